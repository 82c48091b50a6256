"""The route network on random data.

It is built from whatever the contract lets through, and every route it finds adds up. The spatial
indexes answer as trying every pair would.

The features are drawn from a small grid of positions and a few station names, so
that lines share stations and ends, cross, run apart as islands, and meet ports.
Their geometry is any type the contract may meet: a MultiLineString, a part of one
position, an altitude, a line of one point.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString
from shapely.ops import substring

from corridor import routes
from corridor.contract import CORRIDOR_REGION, validate_collection
from corridor.layers import LAYERS_BY_ID
from corridor.routes.geometry import Grid, cutter
from corridor.timeline import AsOf

SOURCE = "source-test"
EXAMPLES = 1000
NAMES = ("Aral", "Beyneu", "Kungrad", "Mangystau")
STATES = (
    None,
    AsOf("operating", "operating", "dated"),
    AsOf("operating", "operating", "undated"),
    AsOf("planned", "planned", "dated"),
    AsOf(None, "hidden", "not begun"),
)

# Positions on a grid about 11 km apart, some of them closer than the network's joining distances.
lons = st.sampled_from([50.0, 50.1, 50.2, 50.2001, 50.3, 50.31])
lats = st.sampled_from([43.0, 43.1, 43.1002, 43.2, 43.25])
positions = st.tuples(lons, lats).map(list)


def _properties(feature_id: str, kind: str, **more: object) -> dict:
    return {
        "id": feature_id,
        "name_en": feature_id,
        "name_ru": feature_id,
        "kind": kind,
        "status": "operating",
        "countries": ["KZ"],
        "description": "A test feature.",
        "description_ru": "Проверочный объект.",
        "sources": [SOURCE],
        "status_checked": "2026-12-01",
        "status_source": SOURCE,
        **more,
    }


@st.composite
def rail_geometry(draw: Callable) -> dict:
    """Mostly a LineString; sometimes a shape the contract must refuse or mend."""
    line = draw(st.lists(positions, min_size=1, max_size=6))
    shape = draw(st.sampled_from(["line"] * 6 + ["multi", "altitude", "one part"]))
    if shape == "multi":
        return {"type": "MultiLineString", "coordinates": [line, draw(st.lists(positions, max_size=3))]}
    if shape == "altitude":
        return {"type": "LineString", "coordinates": [[*p, 0] for p in line]}
    if shape == "one part":
        return {"type": "MultiLineString", "coordinates": [line[:1]]}
    return {"type": "LineString", "coordinates": line}


@st.composite
def rail_feature(draw: Callable, index: int) -> dict:
    geometry = draw(rail_geometry())
    coordinates = geometry["coordinates"]
    flat = coordinates if geometry["type"] == "LineString" else coordinates[0]
    # The stations: some of the line's positions, its ends among them, or none listed.
    chosen = sorted(set(draw(st.lists(st.integers(0, max(len(flat) - 1, 0)), max_size=4))))
    points = [flat[i][:2] for i in sorted({0, len(flat) - 1, *chosen})] if flat else []
    names = [draw(st.sampled_from(NAMES)) for _ in points]
    extra = {"geometry_confidence": "schematic", "gauge_mm": draw(st.sampled_from([1520, 1435]))}
    if points and draw(st.booleans()):
        # Sometimes a name or a point short: the two lists must go one for one.
        short = draw(st.sampled_from([None] * 4 + ["names", "points"]))
        extra |= {
            "station_points": points[:-1] if short == "points" else points,
            "stations": names[:-1] if short == "names" else names,
            "stations_ru": names,
        }
    feature_id = draw(st.sampled_from([f"rail-{index}", "rail-twin"]))
    return {
        "type": "Feature",
        "geometry": geometry,
        "properties": _properties(feature_id, "rail_line", **extra),
    }


@st.composite
def network_layers(draw: Callable) -> tuple[list[dict], list[dict], list[dict]]:
    ports = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": draw(positions)},
            "properties": _properties(f"port-{i}", "sea_port"),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    rail = [draw(rail_feature(i)) for i in range(draw(st.integers(0, 6)))]
    sea = [
        {
            "type": "Feature",
            "geometry": {
                "type": "LineString",
                "coordinates": draw(st.lists(positions, min_size=2, max_size=3)),
            },
            "properties": _properties(f"sea-{i}", "sea_lane"),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    return ports, rail, sea


def _valid(layer_id: str, features: list[dict]) -> list[dict]:
    """What the contract keeps of a layer's features, as the app loads them."""
    layer = LAYERS_BY_ID[layer_id]
    kept, _ = validate_collection(
        {"type": "FeatureCollection", "features": features},
        file=layer.filename,
        geometry_kind=layer.geometry,
        fields=layer.fields,
        source_ids=(SOURCE,),
        region=CORRIDOR_REGION,
    )
    return kept


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    layers=network_layers(),
    pairs=st.lists(st.tuples(st.integers(0), st.integers(0)), max_size=4),
    data=st.data(),
)
def test_the_network_is_built_from_any_valid_layers_and_its_routes_add_up(layers, pairs, data):
    ports, rail, sea = (
        _valid(name, features) for name, features in zip(("ports", "rail", "sea"), layers, strict=True)
    )
    network = routes.build_network(ports, rail, sea, [])
    assert set(network.graph.nodes) == set(network.places)
    for _, _, found in network.graph.edges(data=True):
        edge = found["edge"]
        assert len(edge.coords) >= 2
        assert edge.km >= 0
    places = sorted(network.places)
    if not places:
        return
    # Every feature has a state in the year, as the dataset gives it; a station is no feature.
    states = {fid: data.draw(st.sampled_from(STATES[1:])) for fid in network.names}
    states |= {fid: data.draw(st.sampled_from(STATES)) for fid in places if fid.startswith("port-")}
    for a, b in pairs:
        origin, destination = places[a % len(places)], places[b % len(places)]
        found = routes.find_route(network, origin, destination, states.get, data.draw(st.booleans()))
        if isinstance(found, routes.NoRoute):
            continue
        assert found.legs[0].start == origin if found.legs else origin == destination
        for before, after in zip(found.legs, found.legs[1:], strict=False):
            assert before.end == after.start, "legs join end to start"
        # The total runs along the drawn route: every leg, and any step between two legs' ends.
        assert found.total_km >= found.legs_km - 1e-6
        for language in ("en", "ru"):
            assert routes.title_text(found, network, language)
            routes.leg_rows(found, network, 2025, language)
            routes.change_lines(found, network, language)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    points=st.lists(st.tuples(st.floats(20, 100), st.floats(30, 70)), max_size=30),
    probe=st.tuples(st.floats(20, 100), st.floats(30, 70)),
    km=st.sampled_from([routes.JOIN_KM, routes.MERGE_KM, routes.PORT_KM, 40.0]),
)
@example(points=[(60.0, 69.99), (60.0 + 5.0 / 38.0, 69.99)], probe=(60.0, 69.99), km=5.0)
@example(points=[(49.9999, 42.9999)], probe=(50.0, 43.0), km=1.0)
def test_the_grid_finds_what_trying_every_point_finds(points, probe, km):
    grid = Grid()
    for index, point in enumerate(points):
        grid.add(str(index), point)
    every = [str(i) for i, point in enumerate(points) if routes.km_between(point, probe) <= km]
    assert grid.within(probe, km) == every


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    line=st.lists(st.tuples(st.floats(40, 60), st.floats(35, 50)), min_size=2, max_size=12, unique=True),
    cuts=st.lists(st.floats(0, 1), min_size=2, max_size=6),
)
@example(line=[(50.0, 40.0), (50.0, 40.0 + 1e-9), (51.0, 40.0)], cuts=[0.0, 1.0])
def test_a_line_is_cut_as_shapely_cuts_it(line, cuts):
    shape = LineString(line)
    cut = cutter(shape)
    distances = sorted(c * shape.length for c in cuts)
    for start, end in itertools.pairwise(distances):
        if end - start <= 0:
            continue
        expected = tuple((x, y) for x, y in substring(shape, start, end).coords)
        assert cut(start, end) == expected


def test_a_leg_over_two_pieces_of_a_line_that_do_not_meet_keeps_the_step_between_them():
    """A leg over two pieces of one line keeps the step between them, when they do not meet.

    Found by the property test above: the second piece started away from the first's end, and the leg
    that joined them dropped its first position, so the drawn route came out shorter than its legs.
    """

    def point(feature_id: str, lonlat: list[float]) -> dict:
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": lonlat},
            "properties": _properties(feature_id, "sea_port"),
        }

    def line(feature_id: str, coordinates: list[list[float]], **more: object) -> dict:
        properties = _properties(
            feature_id, "rail_line", geometry_confidence="schematic", gauge_mm=1520, **more
        )
        return {
            "type": "Feature",
            "geometry": {"type": "LineString", "coordinates": coordinates},
            "properties": properties,
        }

    ports = [point("port-0", [50.2001, 43.0]), point("port-1", [50.2, 43.0])]
    ends = [[50.0, 43.0], [50.0, 43.1]]
    rail = [
        line("rail-0", ends, station_points=ends, stations=["Aral", "Aral"], stations_ru=["Aral", "Aral"]),
        line("rail-1", [[50.0, 43.1], [50.3, 43.0]]),
    ]
    network = routes.build_network(_valid("ports", ports), _valid("rail", rail), [], [])
    operating = AsOf("operating", "operating", "dated")
    for origin in sorted(network.places):
        for destination in sorted(network.places):
            found = routes.find_route(network, origin, destination, lambda _: operating, False)
            if isinstance(found, routes.Route):
                assert found.total_km >= found.legs_km - 1e-6, (origin, destination)
