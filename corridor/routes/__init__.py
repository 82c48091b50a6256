"""The route explorer: the rail and sea network as a graph, and the way between two places.

- :mod:`~corridor.routes.network` builds the graph from the layers' features;
- :mod:`~corridor.routes.search` finds the shortest route in a year, or says why there is none;
- :mod:`~corridor.routes.missing` finds the known missing links a route goes round;
- :mod:`~corridor.routes.wording` puts a route, or its absence, in words.

The names callers use are here, so ``routes.find_route`` needs no submodule.
"""

from __future__ import annotations

from corridor.routes.network import (
    JOIN_KM,
    MERGE_KM,
    PORT_KM,
    Edge,
    Network,
    Place,
    build_network,
    km_between,
    line_km,
    network_of,
)
from corridor.routes.search import Change, Leg, NoRoute, Route, find_route
from corridor.routes.wording import (
    NO_GAUGE,
    change_lines,
    leg_rows,
    no_route_text,
    place_label,
    place_name,
    status_words,
    title_text,
    total_text,
    warning_lines,
)

__all__ = [
    "JOIN_KM",
    "MERGE_KM",
    "NO_GAUGE",
    "PORT_KM",
    "Change",
    "Edge",
    "Leg",
    "Network",
    "NoRoute",
    "Place",
    "Route",
    "build_network",
    "change_lines",
    "find_route",
    "km_between",
    "leg_rows",
    "line_km",
    "network_of",
    "no_route_text",
    "place_label",
    "place_name",
    "status_words",
    "title_text",
    "total_text",
    "warning_lines",
]
