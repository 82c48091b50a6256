"""The known missing links a route goes round: ways the map's data does not draw that would shorten it."""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from corridor.missinglinks import MissingLink
from corridor.routes.network import Network, km_between


def round_missing(
    network: Network,
    view: nx.MultiGraph,
    origin: str,
    destination: str,
    weight: Callable[[str, str, dict], float],
) -> tuple[MissingLink, ...]:
    """The known missing links the shortest route from ``origin`` to ``destination`` over ``view`` goes round.

    A missing link is gone round when the way over it, counted as the crow flies between its
    ends (no line can be shorter), is shorter than the route; ``weight`` measures the view's links.
    """
    links = [link for link in network.missing_links if all(end in view for end in link.ends)]
    if not links:
        return ()
    here = nx.single_source_dijkstra_path_length(view, origin, weight=weight)
    there = nx.single_source_dijkstra_path_length(view, destination, weight=weight)
    length = here[destination]
    found = []
    for link in links:
        a, b = link.ends
        gap = km_between(network.places[a].lonlat, network.places[b].lonlat)
        over = min(here.get(x, float("inf")) + gap + there.get(y, float("inf")) for x, y in ((a, b), (b, a)))
        if over < length:
            found.append(link)
    return tuple(found)
