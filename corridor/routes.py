"""The route explorer: the rail and sea network as a graph, and the way between two places.

The network is built from the layers themselves, over their real geometry:

- every rail line is cut at its stations (the waypoints it lists in
  ``stations`` and ``station_points``), at any other line's station within
  :data:`JOIN_KM` of it (a junction), and at any port or gateway within
  :data:`PORT_KM` (its siding); each piece is an edge, measured on the
  WGS84 ellipsoid;
- every sea lane joins the two ports at its ends;
- a station within :data:`MERGE_KM` of a port or gateway is that port or
  gateway (Aktau port's station is the port).

:func:`find_route` takes the shortest way by length (``networkx``), over the
links that existed in the chosen year, or only over those operating then. It
lists each leg with its mode, length, countries, gauge and status in the
year, where the mode or the gauge changes, and where the route crosses a
border. When there is no way, it says which link is missing.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import networkx as nx
import numpy as np
import shapely
from pyproj import Geod
from shapely import STRtree
from shapely.geometry import LineString, Point, shape
from shapely.geometry import box as box_of

from corridor.i18n import STATUS_LABELS, country_name, format_number, words
from corridor.timeline import AsOf

GEOD = Geod(ellps="WGS84")
# A station this close to a port or gateway is that port or gateway.
MERGE_KM = 3.0
# Another line's station this close to a line joins the two there.
JOIN_KM = 1.0
# A port this close to a line has a siding onto it.
PORT_KM = 5.0
# Stations of one name this close are one place.
SAME_PLACE_KM = 3.0
# Two lines' pieces between the same places that differ in length by less than this share a track.
SAME_TRACK_KM = 0.5

MODES = {"rail_line": "rail", "sea_lane": "sea"}

# Natural Earth's numeric ISO 3166-1 codes of the countries the corridor touches.
NUMERIC_COUNTRIES = {
    "031": "AZ",
    "051": "AM",
    "100": "BG",
    "156": "CN",
    "268": "GE",
    "348": "HU",
    "398": "KZ",
    "417": "KG",
    "642": "RO",
    "792": "TR",
    "795": "TM",
    "804": "UA",
    "860": "UZ",
}


@dataclass(frozen=True)
class Place:
    """A place a route can start or end at, or pass through."""

    id: str
    name_en: str
    name_ru: str
    lonlat: tuple[float, float]
    kind: str  # a port's or gateway's kind, or "station"
    terminal: bool = False

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_en


@dataclass(frozen=True)
class Edge:
    feature: str
    mode: str
    coords: tuple[tuple[float, float], ...]
    km: float
    gauge: int | None


@dataclass(frozen=True)
class Leg:
    """A stretch of the route on one feature, in one mode and gauge."""

    feature: str
    name_en: str
    name_ru: str
    mode: str
    start: str
    end: str
    km: float
    countries: tuple[str, ...]
    gauge: int | None
    as_of: AsOf
    coords: tuple[tuple[float, float], ...]

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_en


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
    origin: str
    destination: str
    legs: tuple[Leg, ...]
    changes: tuple[Change, ...]
    total_km: float

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


@dataclass(frozen=True)
class Network:
    graph: nx.MultiGraph
    places: Mapping[str, Place]
    names: Mapping[str, tuple[str, str]]
    countries_of: Callable[[Sequence[tuple[float, float]]], list[str | None]] = field(repr=False)

    def terminals(self) -> tuple[Place, ...]:
        """The places a reader picks from: ports, gateways and the stations that end a line."""
        chosen = [p for p in self.places.values() if p.terminal or p.kind != "station"]
        return tuple(sorted(chosen, key=lambda p: (p.kind == "station", p.name_en)))


def km_between(a: Sequence[float], b: Sequence[float]) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000


def line_km(coords: Sequence[Sequence[float]]) -> float:
    return GEOD.line_length([c[0] for c in coords], [c[1] for c in coords]) / 1000


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _country_finder(borders: Iterable[dict]) -> Callable[[Sequence[tuple[float, float]]], list[str | None]]:
    shapes, codes = [], []
    for feature in borders:
        code = NUMERIC_COUNTRIES.get(str(feature["properties"]["id"]).removeprefix("country-"))
        if code:
            shapes.append(shape(feature["geometry"]))
            codes.append(code)
    tree = STRtree(shapes)

    def countries(coords: Sequence[tuple[float, float]]) -> list[str | None]:
        points = [Point(c) for c in coords]
        found: list[str | None] = [None] * len(points)
        hits = tree.query(points, predicate="within")
        for point_index, shape_index in zip(*hits, strict=True):
            found[point_index] = codes[shape_index]
        return found

    return countries


# Kilometres in a degree of latitude, at least (110.57 at the equator); a degree of longitude is this times cos(lat).
KM_PER_DEGREE = 110.5


def degrees_within(km: float, lat: float) -> tuple[float, float]:
    """How far, in degrees of longitude and latitude, a point ``km`` away from latitude ``lat`` may lie: at most."""
    dlat = km / KM_PER_DEGREE
    far = min(abs(lat) + dlat, 89.0)
    return km / (KM_PER_DEGREE * math.cos(math.radians(far))), dlat


class _Grid:
    """Points filed by grid cell, to find those within some kilometres of a point without trying every one.

    :meth:`within` answers as trying every point in the order added would,
    with the exact distance on the ellipsoid; the cells only narrow the search.
    """

    CELL_DEGREES = 0.25

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[int, str, tuple[float, float]]]] = {}
        self._added = 0

    def add(self, key: str, lonlat: tuple[float, float]) -> None:
        cell = (math.floor(lonlat[0] / self.CELL_DEGREES), math.floor(lonlat[1] / self.CELL_DEGREES))
        self._cells.setdefault(cell, []).append((self._added, key, lonlat))
        self._added += 1

    def within(self, lonlat: tuple[float, float], km: float) -> list[str]:
        """The keys of the points within ``km`` of ``lonlat``, in the order they were added."""
        dlon, dlat = degrees_within(km, lonlat[1])
        size = self.CELL_DEGREES
        found = [
            (added, key)
            for x in range(math.floor((lonlat[0] - dlon) / size), math.floor((lonlat[0] + dlon) / size) + 1)
            for y in range(math.floor((lonlat[1] - dlat) / size), math.floor((lonlat[1] + dlat) / size) + 1)
            for added, key, there in self._cells.get((x, y), ())
            if km_between(there, lonlat) <= km
        ]
        return [key for _, key in sorted(found)]


def _places(
    ports: Iterable[dict], rail: Iterable[dict]
) -> tuple[dict[str, Place], dict[tuple[str, int], str]]:
    """Every place, and which place each rail line's station is."""
    places: dict[str, Place] = {}
    fixed = _Grid()
    for feature in ports:
        p = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"][:2]
        places[p["id"]] = Place(
            p["id"], p.get("label_en", p["name_en"]), p.get("label_ru", p["name_ru"]), (lon, lat), p["kind"]
        )
        fixed.add(p["id"], (lon, lat))
    # The stations made so far, by name.
    stations: dict[str, _Grid] = {}
    station_of: dict[tuple[str, int], str] = {}
    for feature in rail:
        p = feature["properties"]
        points = p.get("station_points") or []
        names = list(zip(p.get("stations", []), p.get("stations_ru", p.get("stations", [])), strict=False))
        for index, (lonlat, (name_en, name_ru)) in enumerate(zip(points, names, strict=False)):
            lonlat = (lonlat[0], lonlat[1])
            end = index in (0, len(points) - 1)
            near = fixed.within(lonlat, MERGE_KM)
            same = stations.setdefault(name_en, _Grid())
            if near:
                place = places[near[0]]
            elif found := same.within(lonlat, SAME_PLACE_KM):
                place = places[found[0]]
                if end and not place.terminal:
                    places[place.id] = place = replace(place, terminal=True)
            else:
                pid = f"station-{_slug(name_en)}"
                while pid in places:
                    pid += "-2"
                place = places[pid] = Place(pid, name_en, name_ru, lonlat, "station", end)
                same.add(pid, lonlat)
            station_of[(p["id"], index)] = place.id
    return places, station_of


def _near_line(line: LineString, everywhere: STRtree, places: Sequence[Place]) -> list[Place]:
    """The places that may lie within :data:`PORT_KM` of a line (a box around it, wide enough at its
    latitudes), in the order of ``places``."""
    west, south, east, north = line.bounds
    dlon, dlat = degrees_within(PORT_KM, max(abs(south), abs(north)))
    box = box_of(west - dlon, south - dlat, east + dlon, north + dlat)
    return [places[i] for i in sorted(everywhere.query(box))]


def _along(line: LineString, places: Sequence[Place]) -> np.ndarray:
    """How far along the line each place's nearest point lies (in the line's degrees)."""
    points = shapely.points(np.array([q.lonlat for q in places], dtype=float).reshape(-1, 2))
    return shapely.line_locate_point(line, points)


def _cutter(line: LineString) -> Callable[[float, float], tuple[tuple[float, float], ...]]:
    """Cut pieces of a line between two distances along it, as ``shapely.ops.substring`` does.

    The line's positions and their distances along it are read once, so that
    cutting a long line into many pieces is not quadratic in its length.
    """
    positions = list(line.coords)
    along = list(
        itertools.accumulate(
            (((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in itertools.pairwise(positions)),
            initial=0.0,
        )
    )
    # substring passes over the last position: the piece's end is its own.
    inner = len(positions) - 1

    def cut(start: float, end: float) -> tuple[tuple[float, float], ...]:
        first, last = line.interpolate(start), line.interpolate(end)
        between = positions[
            bisect.bisect_right(along, max(start, 0)) : min(bisect.bisect_left(along, end), inner)
        ]
        return ((first.x, first.y), *between, (last.x, last.y))

    return cut


def _split_rail(
    feature: dict,
    places: Mapping[str, Place],
    station_of: Mapping[tuple[str, int], str],
    everywhere: tuple[STRtree, Sequence[Place]],
) -> list[tuple[str, str, Edge]]:
    """Cut one line at its stations, junctions and sidings: (from place, to place, edge) each.

    ``everywhere`` is every place, in the order of ``places``, and a tree of their points.
    """
    p = feature["properties"]
    line = LineString(feature["geometry"]["coordinates"])
    stops: dict[str, float] = {}
    # The line's stations that are places: a point with no name is none.
    own = [
        station_of[key]
        for index, _ in enumerate(p.get("station_points") or [])
        if (key := (p["id"], index)) in station_of
    ]
    for pid, at in zip(own, _along(line, [places[pid] for pid in own]), strict=True):
        stops[pid] = at
    others = [place for place in _near_line(line, *everywhere) if place.id not in stops]
    at = _along(line, others)
    nearest = shapely.get_coordinates(shapely.line_interpolate_point(line, at))
    _, _, metres = GEOD.inv(
        [q.lonlat[0] for q in others], [q.lonlat[1] for q in others], nearest[:, 0], nearest[:, 1]
    )
    for place, distance, km in zip(others, at.tolist(), metres / 1000, strict=True):
        if km <= (JOIN_KM if place.kind == "station" else PORT_KM):
            stops[place.id] = distance
    order = sorted(stops.items(), key=lambda item: item[1])
    gauge = p.get("gauge_mm")
    change_at = p.get("gauge_change_at")
    edges = []
    cut = _cutter(line)
    for (a, da), (b, db) in itertools.pairwise(order):
        if db - da <= 0:
            continue
        coords = cut(da, db)
        edges.append((a, b, Edge(p["id"], "rail", coords, line_km(coords), gauge)))
        if change_at and places[b].name_en == change_at:
            gauge = p.get("gauge_after_mm", gauge)
    return edges


def build_network(
    ports: Iterable[dict], rail: Iterable[dict], sea: Iterable[dict], borders: Iterable[dict]
) -> Network:
    """The graph of the rail and sea network, from the features of those layers."""
    ports, rail, sea = list(ports), list(rail), list(sea)
    places, station_of = _places(ports, rail)
    graph = nx.MultiGraph()
    graph.add_nodes_from(places)
    names = {}
    every = list(places.values())
    everywhere = (STRtree([Point(place.lonlat) for place in every]), every)
    for feature in rail:
        p = feature["properties"]
        names[p["id"]] = (p["name_en"], p["name_ru"])
        for a, b, edge in _split_rail(feature, places, station_of, everywhere):
            graph.add_edge(a, b, edge=edge)
    port_places = _Grid()
    for place in every:
        if place.kind != "station":
            port_places.add(place.id, place.lonlat)
    for feature in sea:
        p = feature["properties"]
        names[p["id"]] = (p["name_en"], p["name_ru"])
        coords = tuple((c[0], c[1]) for c in feature["geometry"]["coordinates"])
        ends = []
        for end in (coords[0], coords[-1]):
            # The nearest port within reach; of two as near, the first.
            near = min(
                port_places.within(end, JOIN_KM),
                key=lambda q: km_between(places[q].lonlat, end),
                default=None,
            )
            if near is not None:
                ends.append(near)
        if len(ends) == 2:
            graph.add_edge(ends[0], ends[1], edge=Edge(p["id"], "sea", coords, line_km(coords), None))
    return Network(graph, places, names, _country_finder(borders))


def _oriented(edge: Edge, start: Place) -> tuple[tuple[float, float], ...]:
    coords = edge.coords
    if km_between(coords[-1], start.lonlat) < km_between(coords[0], start.lonlat):
        return tuple(reversed(coords))
    return coords


def _leg_countries(
    network: Network, leg_coords: Sequence[tuple[float, float]], mode: str, ends: tuple[Place, Place]
) -> tuple[str, ...]:
    """The countries a leg passes, in order: along its track, or the two shores of a sea crossing."""
    sample = [ends[0].lonlat, ends[1].lonlat] if mode == "sea" else list(leg_coords)
    sequence: list[str] = []
    for country in network.countries_of(sample):
        if country and (not sequence or sequence[-1] != country):
            sequence.append(country)
    # A single point across a border that the track only touches is not a crossing.
    cleaned: list[str] = []
    for country in sequence:
        if len(cleaned) >= 2 and cleaned[-2] == country:
            cleaned.pop()
            continue
        cleaned.append(country)
    return tuple(cleaned)


def _border_place(network: Network, leg: Leg, country: str) -> str:
    """The route place nearest to where a leg enters ``country``."""
    found = network.countries_of(leg.coords)
    entry = next((c for c, k in zip(leg.coords, found, strict=True) if k == country), leg.coords[-1])
    stations = list(network.places.values())
    return min(stations, key=lambda q: km_between(q.lonlat, entry)).id


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
    return _route(network, nodes, view, as_of)


def _shortest_km(a: str, b: str, edges: dict) -> float:
    """networkx's weight between two places: the shortest of the edges that join them."""
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
            legs[-1] = replace(last, end=b, km=last.km + edge.km, coords=last.coords + coords[1:])
        else:
            name_en, name_ru = network.names[edge.feature]
            legs.append(
                Leg(
                    edge.feature,
                    name_en,
                    name_ru,
                    edge.mode,
                    a,
                    b,
                    edge.km,
                    (),
                    edge.gauge,
                    as_of(edge.feature),
                    coords,
                )
            )
    legs = [
        replace(
            leg,
            countries=_leg_countries(
                network, leg.coords, leg.mode, (network.places[leg.start], network.places[leg.end])
            ),
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
        for entered in leg.countries:
            if country is not None and entered != country:
                place = leg.end if leg.mode == "sea" else _border_place(network, leg, entered)
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
    """Why no route exists: the ports the year closes on the way its links allow, else the links it
    rules out on the shortest way, else the gap between the two ends' networks."""
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
                blocked[feature] = as_of(feature)
            if not open_place(b):
                blocked[b] = as_of(b)
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


# In words: the route's table, its changes and the reason for no route, in a language.


# A sea leg has no gauge.
NO_GAUGE = "–"


def _km(value: float, language: str) -> str:
    return format_number(round(value), language)


def place_name(network: Network, place_id: str, language: str) -> str:
    place = network.places.get(place_id)
    return place.name(language) if place else place_id


def status_words(state: AsOf, year: int, language: str) -> str:
    """A leg's status in the year, marked ⚠ when it is not operating or not known."""
    say = words(language)
    status = STATUS_LABELS[language].get(state.status or "", "")
    if state.basis == "undated":
        return say["route_unknown"].format(status=status, year=year)
    return status if state.status == "operating" else f"⚠ {status}"


def leg_rows(route: Route, network: Network, year: int, language: str) -> list[dict[str, str]]:
    """One row per leg, with the table's column names in the language."""
    say = words(language)
    return [
        {
            say["route_leg"]: leg.name(language),
            say["route_mode"]: say[f"mode_{leg.mode}"],
            say[
                "route_stretch"
            ]: f"{place_name(network, leg.start, language)} → {place_name(network, leg.end, language)}",
            say["route_km"]: _km(leg.km, language),
            say["route_countries"]: ", ".join(country_name(c, language) for c in leg.countries),
            say["route_gauge"]: f"{format_number(leg.gauge, language)} {say['mm']}"
            if leg.gauge
            else NO_GAUGE,
            say["route_status"].format(year=year): status_words(leg.as_of, year, language),
        }
        for leg in route.legs
    ]


def change_lines(route: Route, network: Network, language: str) -> list[str]:
    """Where the mode or the gauge changes, and where the route crosses a border, in order."""
    say = words(language)
    lines = []
    for change in route.changes:
        place = place_name(network, change.place, language)
        if change.kind == "mode":
            text = say["change_mode"].format(
                place=place, before=say[f"mode_{change.before}"], after=say[f"mode_{change.after}"]
            )
        elif change.kind == "gauge":
            text = say["change_gauge"].format(
                place=place,
                before=format_number(int(change.before), language),
                after=format_number(int(change.after), language),
            )
        else:
            key = "change_border_sea" if change.by_sea else "change_border"
            text = say[key].format(
                place=place,
                before=country_name(change.before, language),
                after=country_name(change.after, language),
            )
        lines.append(text)
    return lines


def title_text(route: Route, network: Network, language: str) -> str:
    return words(language)["route_title"].format(
        origin=place_name(network, route.origin, language),
        destination=place_name(network, route.destination, language),
        km=_km(route.total_km, language),
    )


def total_text(route: Route, language: str) -> str:
    return words(language)["route_total"].format(
        km=_km(route.total_km, language), legs=len(route.legs), legs_km=_km(route.legs_km, language)
    )


def _feature_name(network: Network, feature: str, language: str) -> str:
    if feature in network.names:
        return network.names[feature][1 if language == "ru" else 0]
    return place_name(network, feature, language)


def _blocked_words(state: AsOf | None, language: str) -> str:
    """Why the year rules a link or a port out, in words."""
    say = words(language)
    if state is None or state.basis == "not begun":
        return say["as_of_not_begun"]
    if state.basis == "not open":
        return say["as_of_not_open"]
    status = STATUS_LABELS[language].get(state.status or "", "")
    return say["route_no_date"].format(status=status) if state.basis == "undated" else status


def no_route_text(found: NoRoute, network: Network, year: int, language: str) -> str:
    """Why there is no route, plainly: the gap in the network, or the links the year rules out."""
    say = words(language)
    origin = place_name(network, found.origin, language)
    destination = place_name(network, found.destination, language)
    if found.gap is not None:
        a, b, km = found.gap
        return say["route_none_gap"].format(
            origin=origin,
            destination=destination,
            a=place_name(network, a, language),
            b=place_name(network, b, language),
            km=_km(km, language),
        )
    if found.blocked:
        links = "; ".join(
            f"{_feature_name(network, feature, language)} ({_blocked_words(state, language)})"
            for feature, state in found.blocked
        )
        return say["route_none_blocked"].format(year=year, links=links)
    return say["route_none"].format(origin=origin, destination=destination)
