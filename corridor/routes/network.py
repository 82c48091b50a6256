"""The rail and sea network as a graph, built from the layers themselves, over their real geometry.

- every rail line is cut at its stations (the waypoints it lists in
  ``stations`` and ``station_points``), at any other line's station within
  :data:`JOIN_KM` of it (a junction), and at any port or gateway within
  :data:`PORT_KM` (its siding); each piece is an edge, measured on the
  WGS84 ellipsoid;
- every sea lane joins the two ports at its ends;
- a station within :data:`MERGE_KM` of a port or gateway is that port or
  gateway (Aktau port's station is the port).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import networkx as nx
import shapely
from shapely import STRtree
from shapely.geometry import LineString, Point, shape

from corridor import layers as registry
from corridor.georules import ISO_NUMERIC
from corridor.i18n import BASE, LANGUAGES, in_language, names_of, suffixed
from corridor.layers import BORDERS_DETAIL, LayerData
from corridor.missinglinks import MissingLink
from corridor.routes.geometry import GEOD, Grid, along, cutter, km_between, line_km, near_line

# A station this close to a port or gateway is that port or gateway.
MERGE_KM = 3.0
# Another line's station this close to a line joins the two there.
JOIN_KM = 1.0
# A port this close to a line has a siding onto it.
PORT_KM = 5.0
# Stations of one name this close are one place.
SAME_PLACE_KM = 3.0
# A line's end this close to a country (in degrees, about 2 km) is in it: the simplified borders
# leave a station on a border river (Aghband on the Araz) just outside every country.
END_COUNTRY_DEGREES = 0.02

# Natural Earth's numeric ISO 3166-1 codes of the countries the corridor touches, to their letters.
NUMERIC_COUNTRIES = {number: code for code, number in ISO_NUMERIC.items()}


@dataclass(frozen=True)
class Place:
    """A place a route can start or end at, or pass through."""

    id: str
    # The place's name in each language it has one in, as (code, name) pairs.
    names: tuple[tuple[str, str], ...]
    lonlat: tuple[float, float]
    kind: str  # a port's or gateway's kind, or "station"
    terminal: bool = False
    # A port's or gateway's countries, as its feature gives them; a station has none.
    countries: tuple[str, ...] = ()

    @property
    def name_en(self) -> str:
        return dict(self.names)[BASE]

    def name(self, language: str) -> str:
        return in_language(dict(self.names), language)


@dataclass(frozen=True)
class Edge:
    """One link between two places: the feature it belongs to, its mode, its positions, length and gauge."""

    feature: str
    mode: str
    coords: tuple[tuple[float, float], ...]
    km: float
    gauge: int | None


@dataclass(frozen=True)
class Network:
    """The rail and sea network: the graph of places and links, the places, and the features' names."""

    graph: nx.MultiGraph
    places: Mapping[str, Place]
    names: Mapping[str, tuple[tuple[str, str], ...]]
    countries_of: Callable[[Sequence[tuple[float, float]]], list[str | None]] = field(repr=False)
    # The country a line's end lies in or on the border of, None if none is near.
    country_at_end: Callable[[tuple[float, float]], str | None] = field(repr=False, default=lambda _: None)
    # The ways the map's data does not draw (the dataset's), whose two ends are both places here.
    missing_links: tuple[MissingLink, ...] = ()

    def place_countries(self, place_id: str) -> tuple[str, ...]:
        """A place's countries: a port's or gateway's own, a station's from the borders."""
        place = self.places[place_id]
        if place.countries:
            return place.countries
        found = self.countries_of([place.lonlat])[0] or self.country_at_end(place.lonlat)
        return (found,) if found else ()

    def terminals(self) -> tuple[Place, ...]:
        """The places a reader picks from: ports, gateways and the stations that end a line."""
        chosen = [p for p in self.places.values() if p.terminal or p.kind != "station"]
        return tuple(sorted(chosen, key=lambda p: (p.kind == "station", p.name_en)))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _country_finder(
    borders: Iterable[dict],
) -> tuple[
    Callable[[Sequence[tuple[float, float]]], list[str | None]], Callable[[tuple[float, float]], str | None]
]:
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

    def at_end(lonlat: tuple[float, float]) -> str | None:
        if not codes:
            return None
        index = tree.query_nearest(Point(lonlat), max_distance=END_COUNTRY_DEGREES)
        return codes[int(index[0])] if len(index) else None

    return countries, at_end


def _places(
    ports: Iterable[dict], rail: Iterable[dict]
) -> tuple[dict[str, Place], dict[tuple[str, int], str]]:
    """Every place, and which place each rail line's station is."""
    places: dict[str, Place] = {}
    fixed = Grid()
    for feature in ports:
        p = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"][:2]
        label = names_of(p) | names_of(p, "label_en")
        countries = tuple(p.get("countries") or ())
        places[p["id"]] = Place(p["id"], tuple(label.items()), (lon, lat), p["kind"], countries=countries)
        fixed.add(p["id"], (lon, lat))
    # The stations made so far, by name.
    stations: dict[str, Grid] = {}
    station_of: dict[tuple[str, int], str] = {}
    for feature in rail:
        p = feature["properties"]
        points = p.get("station_points") or []
        named = {code: p.get(suffixed("stations", code)) or p.get("stations", []) for code in LANGUAGES}
        names = [tuple(zip(named, each, strict=True)) for each in zip(*named.values(), strict=False)]
        for index, (lonlat, station) in enumerate(zip(points, names, strict=False)):
            name_en = dict(station)[BASE]
            lonlat = (lonlat[0], lonlat[1])
            end = index in (0, len(points) - 1)
            near = fixed.within(lonlat, MERGE_KM)
            same = stations.setdefault(name_en, Grid())
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
                place = places[pid] = Place(pid, station, lonlat, "station", end)
                same.add(pid, lonlat)
            station_of[(p["id"], index)] = place.id
    return places, station_of


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
    for pid, at in zip(own, along(line, [places[pid].lonlat for pid in own]), strict=True):
        stops[pid] = at
    others = [place for place in near_line(line, PORT_KM, *everywhere) if place.id not in stops]
    at = along(line, [q.lonlat for q in others])
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
    cut = cutter(line)
    for (a, da), (b, db) in itertools.pairwise(order):
        if db - da <= 0:
            continue
        coords = cut(da, db)
        edges.append((a, b, Edge(p["id"], "rail", coords, line_km(coords), gauge)))
        if change_at and places[b].name_en == change_at:
            gauge = p.get("gauge_after_mm", gauge)
    return edges


def build_network(
    ports: Iterable[dict],
    rail: Iterable[dict],
    sea: Iterable[dict],
    borders: Iterable[dict],
    missing_links: Iterable[MissingLink] = (),
) -> Network:
    """The graph of the rail and sea network, from the features of those layers.

    A missing link is kept only when both its ends are places of the network.
    """
    ports, rail, sea = list(ports), list(rail), list(sea)
    places, station_of = _places(ports, rail)
    graph = nx.MultiGraph()
    graph.add_nodes_from(places)
    names = {}
    every = list(places.values())
    everywhere = (STRtree([Point(place.lonlat) for place in every]), every)
    for feature in rail:
        p = feature["properties"]
        names[p["id"]] = tuple(names_of(p).items())
        for a, b, edge in _split_rail(feature, places, station_of, everywhere):
            graph.add_edge(a, b, edge=edge)
    port_places = Grid()
    for place in every:
        if place.kind != "station":
            port_places.add(place.id, place.lonlat)
    for feature in sea:
        p = feature["properties"]
        names[p["id"]] = tuple(names_of(p).items())
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
    countries_of, country_at_end = _country_finder(borders)
    known = tuple(link for link in missing_links if all(end in places for end in link.ends))
    return Network(graph, places, names, countries_of, country_at_end, known)


def network_of(layers: Mapping[str, LayerData], missing_links: Iterable[MissingLink] = ()) -> Network:
    """The network from the loaded layers: each gives the part its registry entry names (``network``).

    ``missing_links`` are the dataset's known missing links.
    """
    parts: dict[str, list[dict]] = {part: [] for part in registry.NETWORK_PARTS}
    for layer in registry.CORRIDOR_LAYERS:
        if layer.network is not None:
            parts[layer.network].extend(layers[layer.id].features)
    borders = layers[BORDERS_DETAIL.id].features
    return build_network(parts["places"], parts["rail"], parts["sea"], borders, missing_links)
