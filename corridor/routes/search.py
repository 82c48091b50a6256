"""The way between two places: the shortest route over the network, its legs and changes, or why there is none.

:func:`find_route` takes the shortest way by length (``networkx``), over the
links that existed in the chosen year, or only over those operating then. It
lists each leg with its mode, length, countries, gauge and status in the
year, where the mode or the gauge changes, and where the route crosses a
border. When there is no way, it says which link is missing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace

import networkx as nx

from corridor.i18n import in_language
from corridor.missinglinks import MissingLink
from corridor.routes.missing import round_missing
from corridor.routes.network import Edge, Network, Place, km_between, line_km
from corridor.timeline import AsOf

# Two lines' pieces between the same places that differ in length by less than this share a track.
SAME_TRACK_KM = 0.5


@dataclass(frozen=True)
class Leg:
    """A stretch of the route on one feature, in one mode and gauge."""

    feature: str
    # The feature's name in each language it has one in, as (code, name) pairs.
    names: tuple[tuple[str, str], ...]
    mode: str
    start: str
    end: str
    km: float
    countries: tuple[str, ...]
    gauge: int | None
    as_of: AsOf
    coords: tuple[tuple[float, float], ...]

    def name(self, language: str) -> str:
        return in_language(dict(self.names), language)


@dataclass(frozen=True)
class Change:
    """Where the route changes: mode (rail to ship), gauge, or country."""

    kind: str  # "mode", "gauge" or "border"
    place: str
    before: str
    after: str
    by_sea: bool = False


@dataclass(frozen=True)
class Route:
    """A route found between two places: its legs, where it changes mode, gauge or country, and its length."""

    origin: str
    destination: str
    legs: tuple[Leg, ...]
    changes: tuple[Change, ...]
    total_km: float
    # The known missing links the route goes round: over any of them it would be shorter.
    round_missing: tuple[MissingLink, ...] = ()

    @property
    def legs_km(self) -> float:
        return sum(leg.km for leg in self.legs)

    @property
    def planned(self) -> tuple[Leg, ...]:
        return tuple(leg for leg in self.legs if leg.as_of.status != "operating")


@dataclass(frozen=True)
class NoRoute:
    """Why there is no route: the links the way needs that the year rules out, or the gap."""

    origin: str
    destination: str
    blocked: tuple[tuple[str, AsOf], ...] = ()
    gap: tuple[str, str, float] | None = None


def _oriented(edge: Edge, start: Place) -> tuple[tuple[float, float], ...]:
    coords = edge.coords
    if km_between(coords[-1], start.lonlat) < km_between(coords[0], start.lonlat):
        return tuple(reversed(coords))
    return coords


def _leg_countries(network: Network, leg: Leg, ends: tuple[Place, Place]) -> tuple[str, ...]:
    """The countries a leg passes, in order: along its track, or the two shores of a sea crossing.

    A sea crossing's shores are its two ports' countries (a port's point may lie off the coast). A
    track's ends that lie outside every country (a station on a border river) are in the country
    nearest them.
    """
    mode, leg_coords = leg.mode, leg.coords
    if mode == "sea" and all(end.countries for end in ends):
        found: list[str | None] = [ends[0].countries[0], ends[1].countries[0]]
    else:
        sample = [ends[0].lonlat, ends[1].lonlat] if mode == "sea" else list(leg_coords)
        found = network.countries_of(sample)
        if found and found[0] is None:
            found[0] = network.country_at_end(sample[0])
        if found and found[-1] is None:
            found[-1] = network.country_at_end(sample[-1])
    runs = [(country, len(list(points))) for country, points in itertools.groupby(c for c in found if c)]
    # A single point across a border that the track only touches is not a crossing.
    kept = [
        country
        for index, (country, points) in enumerate(runs)
        if not (points == 1 and 0 < index < len(runs) - 1 and runs[index - 1][0] == runs[index + 1][0])
    ]
    return tuple(country for country, _ in itertools.groupby(kept))


def _border_place(network: Network, leg: Leg, country: str, after: int) -> tuple[str, int]:
    """The route place nearest to where a leg enters ``country`` at its ``after``-th position or later.

    Also gives that position, from which the next crossing of the leg is looked for.
    """
    found = network.countries_of(leg.coords)
    at = next(
        (i for i in range(after, len(found)) if found[i] == country),
        len(found) - 1,
    )
    stations = list(network.places.values())
    return min(stations, key=lambda q: km_between(q.lonlat, leg.coords[at])).id, at


def find_route(
    network: Network,
    origin: str,
    destination: str,
    as_of: Callable[[str], AsOf | None],
    operating_only: bool = False,
) -> Route | NoRoute:
    """The shortest route by length over the links and ports allowed in the year.

    ``as_of`` gives a feature's state in the year (None for a place that is
    no feature, a station). A link or a port that was not there in the year
    is left out; with ``operating_only``, so is every link not known to
    operate then.
    """

    def allowed(feature: str) -> bool:
        state = as_of(feature)
        if state is None:
            return True
        if state.status is None:
            return False
        return not operating_only or (state.status == "operating" and state.basis != "undated")

    def usable(a: str, b: str, key: object) -> bool:
        return allowed(network.graph[a][b][key]["edge"].feature)

    def open_place(place: str) -> bool:
        # A port or gateway takes trains and ships only once it operates.
        state = as_of(place)
        return state is None or state.status == "operating"

    view = nx.subgraph_view(network.graph, filter_node=open_place, filter_edge=usable)
    try:
        nodes = nx.shortest_path(view, origin, destination, weight=_shortest_km)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return _why_not(network, origin, destination, as_of, usable, open_place)
    route = _route(network, nodes, view, as_of)
    return replace(route, round_missing=round_missing(network, view, origin, destination, _shortest_km))


def _state(as_of: Callable[[str], AsOf | None], feature: str) -> AsOf:
    """A feature's state in the year: the year's states hold every feature (a station, no feature, has none)."""
    state = as_of(feature)
    if state is None:
        raise LookupError(f"no state in the year for {feature!r}")
    return state


def _shortest_km(a: str, b: str, edges: dict) -> float:
    """The weight networkx gives between two places: the shortest of the edges that join them."""
    return min(data["edge"].km for data in edges.values())


def _route(
    network: Network, nodes: list[str], view: nx.MultiGraph, as_of: Callable[[str], AsOf | None]
) -> Route:
    pieces = []
    previous: str | None = None
    for a, b in itertools.pairwise(nodes):
        edges = [data["edge"] for data in view[a][b].values()]
        # Two lines on one track (BTK leaves Tbilisi on the main line's): stay on the line taken,
        # within a few hundred metres, rather than switch to the other for a stretch.
        shortest = min(edges, key=lambda e: e.km)
        same = [e for e in edges if e.feature == previous and e.km <= shortest.km + SAME_TRACK_KM]
        edge = same[0] if same else shortest
        previous = edge.feature
        pieces.append((a, b, edge, _oriented(edge, network.places[a])))
    legs: list[Leg] = []
    for a, b, edge, coords in pieces:
        last = legs[-1] if legs else None
        if last is not None and last.feature == edge.feature and last.gauge == edge.gauge:
            joined = coords[1:] if coords[0] == last.coords[-1] else coords
            legs[-1] = replace(last, end=b, km=last.km + edge.km, coords=last.coords + joined)
        else:
            legs.append(
                Leg(
                    edge.feature,
                    network.names[edge.feature],
                    edge.mode,
                    a,
                    b,
                    edge.km,
                    (),
                    edge.gauge,
                    _state(as_of, edge.feature),
                    coords,
                )
            )
    legs = [
        replace(
            leg,
            countries=_leg_countries(network, leg, (network.places[leg.start], network.places[leg.end])),
        )
        for leg in legs
    ]
    changes: list[Change] = []
    country: str | None = None
    for index, leg in enumerate(legs):
        if index:
            before = legs[index - 1]
            if before.mode != leg.mode:
                changes.append(Change("mode", leg.start, before.mode, leg.mode))
            elif before.gauge != leg.gauge and before.gauge and leg.gauge:
                changes.append(Change("gauge", leg.start, str(before.gauge), str(leg.gauge)))
        after = 0
        for entered in leg.countries:
            if country is not None and entered != country:
                if leg.mode == "sea":
                    place = leg.end
                else:
                    place, after = _border_place(network, leg, entered, after)
                changes.append(Change("border", place, country, entered, by_sea=leg.mode == "sea"))
            country = entered
    total = line_km([c for leg in legs for c in leg.coords])
    return Route(nodes[0], nodes[-1], tuple(legs), tuple(changes), total)


def _why_not(
    network: Network,
    origin: str,
    destination: str,
    as_of: Callable[[str], AsOf | None],
    usable: Callable[[str, str, object], bool],
    open_place: Callable[[str], bool],
) -> NoRoute:
    """Why no route exists.

    The ports the year closes on the way its links allow, else the links it rules out on the
    shortest way, else the gap between the two ends' networks.
    """
    graph = network.graph
    if origin not in graph or destination not in graph:
        return NoRoute(origin, destination)
    links = nx.subgraph_view(graph, filter_edge=usable)
    for view, check_links in ((links, False), (graph, True)):
        if not nx.has_path(view, origin, destination):
            continue
        nodes = nx.shortest_path(view, origin, destination, weight=_shortest_km)
        blocked: dict[str, AsOf] = {}
        for a, b in itertools.pairwise(nodes):
            keys = list(graph[a][b])
            if check_links and not any(usable(a, b, key) for key in keys):
                feature = min((graph[a][b][key]["edge"] for key in keys), key=lambda e: e.km).feature
                blocked[feature] = _state(as_of, feature)
            if not open_place(b):
                blocked[b] = _state(as_of, b)
        return NoRoute(origin, destination, blocked=tuple(blocked.items()))
    here = nx.node_connected_component(graph, origin)
    there = nx.node_connected_component(graph, destination)
    # A missing link leaves one network where a line ends or lines meet, short of the route's own
    # ends, and reaches the nearest place of the other.
    pairs = [(a, b) for a in _ends_and_junctions(graph, here) - {origin} for b in there]
    pairs += [(b, a) for a in _ends_and_junctions(graph, there) - {destination} for b in here]
    gap = min(
        (
            (a, b, km_between(network.places[a].lonlat, network.places[b].lonlat))
            for a, b in pairs or [(a, b) for a in here for b in there]
        ),
        key=lambda found: found[2],
    )
    return NoRoute(origin, destination, gap=gap)


def _ends_and_junctions(graph: nx.MultiGraph, component: set[str]) -> set[str]:
    """The places of a component where a line ends or lines meet (every place if there are none)."""
    found = {place for place in component if graph.degree(place) != 2}
    return found or component
