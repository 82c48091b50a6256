"""The layer contract: every kind of bad input is named by file, feature and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corridor.contract import validate_collection
from corridor.dataset import load_dataset
from corridor.layers import LAYERS_BY_ID, load_layer
from tests.helpers import SOURCES, port

PORTS = LAYERS_BY_ID["ports"]


def check(features: list, geometry: str = "point"):
    return validate_collection(
        {"type": "FeatureCollection", "features": features},
        file="ports.geojson",
        geometry_kind=geometry,
        fields=PORTS.fields,
        source_ids=SOURCES,
    )


def test_a_valid_feature_passes():
    valid, problems = check([port()])
    assert problems == []
    assert [f["properties"]["id"] for f in valid] == ["port-test"]


def test_a_feature_may_carry_aliases_for_the_search():
    valid, problems = check([port(aliases=["Aqtau", "Ақтау", "Port of Aktau"])])
    assert problems == []
    assert valid[0]["properties"]["aliases"] == ["Aqtau", "Ақтау", "Port of Aktau"]


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"name_en": None}, "name_en", "missing"),
        ({"name_ru": ""}, "name_ru", "non-empty"),
        ({"status": "open"}, "status", "'open' is not one of"),
        ({"kind": "harbour"}, "kind", "'harbour' is not one of"),
        ({"countries": ["XX"]}, "countries", "unknown country codes"),
        ({"countries": []}, "countries", "non-empty list"),
        ({"sources": ["nowhere"]}, "sources", "unknown source ids"),
        ({"id": "Port One"}, "id", "lower-case"),
        ({"description": "x" * 5000}, "description", "longer than"),
        ({"status_checked": None}, "status_checked", "missing"),
        ({"status_checked": "2025-02-30"}, "status_checked", "not a calendar date"),
        ({"status_checked": "2025-12"}, "status_checked", "not a calendar date"),
        ({"status_source": "nowhere"}, "status_source", "unknown source id"),
        ({"aliases": "BTK"}, "aliases", "non-empty list"),
        ({"aliases": []}, "aliases", "non-empty list"),
        ({"aliases": ["BTK", ""]}, "aliases", "non-empty string"),
        ({"aliases": [{"en": "BTK"}]}, "aliases", "non-empty string"),
    ],
)
def test_a_bad_property_is_named(changes, field, fragment):
    valid, problems = check([port(**changes)])
    assert valid == []
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.file, problem.field) == ("ports.geojson", field)
    assert fragment in problem.message
    assert str(problem).startswith("ports.geojson: feature ")


@pytest.mark.parametrize(
    ("coordinates", "fragment"),
    [
        ([200.0, 43.0], "longitude 200.0 is outside"),
        ([51.0, -95.0], "latitude -95.0 is outside"),
        (["51", 43.0], "finite numbers"),
        ([51.0], "[lon, lat]"),
    ],
)
def test_a_bad_coordinate_is_named(coordinates, fragment):
    feature = port()
    feature["geometry"]["coordinates"] = coordinates
    _, problems = check([feature])
    assert [p.field for p in problems] == ["geometry.coordinates"]
    assert fragment in problems[0].message
    assert problems[0].feature == "'port-test'"


def test_wrong_geometry_type_for_the_layer():
    _, problems = check([port()], geometry="line")
    assert problems[0].field == "geometry.type"
    assert "'Point' is not one of LineString" in problems[0].message


def test_a_duplicate_id_leaves_out_every_copy_and_names_them():
    other = port()
    other["properties"]["id"] = "port-other"
    valid, problems = check([port(), other, port(name_en="Second")])
    assert [f["properties"]["id"] for f in valid] == ["port-other"]
    assert [(p.feature, p.message) for p in problems] == [
        ("'port-test'", "features #0, #2 share this id: every copy is left out")
    ]


def test_a_feature_without_an_id_is_named_by_index():
    _, problems = check([port(), {"type": "Feature", "properties": {}, "geometry": None}])
    assert {p.feature for p in problems} == {"#1"}


def test_hostile_strings_are_valid_data():
    """Markup in a name is not a contract error: it must be shown as text instead."""
    valid, problems = check([port(name_en="<img src=x onerror=alert(1)> `${x}`")])
    assert problems == []
    assert valid


def test_not_a_feature_collection():
    valid, problems = validate_collection(
        [1, 2], file="x.geojson", geometry_kind="point", fields=PORTS.fields, source_ids=SOURCES
    )
    assert valid == []
    assert problems[0].message == "the file must be a GeoJSON FeatureCollection"


def test_malformed_json_names_file_and_position(tmp_path: Path):
    path = tmp_path / "ports.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    data = load_layer(PORTS, path, SOURCES)
    assert data.features == ()
    assert len(data.problems) == 1
    assert str(data.problems[0]).startswith("ports.geojson: feature -: file: is not valid JSON (line 1")


def test_a_missing_file_is_a_problem(tmp_path: Path):
    data = load_layer(PORTS, tmp_path / "ports.geojson", SOURCES)
    assert data.problems[0].message == "not found"


def test_one_broken_file_leaves_the_other_layers_whole(geodata_copy: Path, dataset):
    (geodata_copy / "rail.geojson").write_text("not json", encoding="utf-8")
    spoiled = load_dataset(geodata_copy)
    assert spoiled.layers["rail"].features == ()
    assert [p.file for p in spoiled.problems] == ["rail.geojson"]
    for layer_id in ("ports", "sea", "flights", "fibre", "borders"):
        assert len(spoiled.layers[layer_id].features) == len(dataset.layers[layer_id].features)


def test_one_bad_feature_leaves_the_rest_of_its_file(geodata_copy: Path, dataset):
    path = geodata_copy / "ports.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["features"][0]["geometry"]["coordinates"] = [51.2, 143.6]
    path.write_text(json.dumps(document), encoding="utf-8")
    spoiled = load_dataset(geodata_copy)
    assert len(spoiled.layers["ports"].features) == len(dataset.layers["ports"].features) - 1
    assert [str(p) for p in spoiled.problems] == [
        "ports.geojson: feature 'port-aktau': geometry.coordinates: latitude 143.6 is outside -90..90"
    ]
