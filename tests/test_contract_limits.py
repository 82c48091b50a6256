"""Problems carry the feature's id and index as data, and the loader matches features by them."""

from __future__ import annotations

import json

from corridor.contract import validate_collection
from corridor.dataset import load_dataset
from corridor.layers import LAYERS_BY_ID
from tests.test_contract import SOURCES, port

PORTS = LAYERS_BY_ID["ports"]


def check(features: list, layer=PORTS):
    return validate_collection(
        {"type": "FeatureCollection", "features": features},
        file=layer.filename,
        geometry_kind=layer.geometry,
        fields=layer.fields,
        source_ids=SOURCES,
    )


def test_a_problem_carries_the_features_id_and_index_as_data():
    nameless = port(id="port-two", name_en="")
    idless = {"type": "Feature", "properties": {}, "geometry": None}
    _, problems = check([port(), idless, nameless, port()])
    by_field = {(p.feature, p.field): (p.feature_id, p.index) for p in problems}
    assert by_field[("#1", "geometry")] == (None, 1)
    assert by_field[("'port-two'", "name_en")] == ("port-two", 2)
    # Both copies of a shared id are named once, by the id.
    assert by_field[("'port-test'", "id")] == ("port-test", None)
    assert (
        str(problems[-1])
        == "ports.geojson: feature 'port-test': id: features #0, #3 share this id: every copy is left out"
    )


def test_a_whole_file_problem_has_no_feature_id_or_index():
    _, problems = validate_collection(
        [1], file="x.geojson", geometry_kind="point", fields=PORTS.fields, source_ids=()
    )
    assert [(p.feature, p.feature_id, p.index) for p in problems] == [("-", None, None)]


def test_a_geographic_problem_carries_the_features_id(geodata_copy):
    path = geodata_copy / "ports.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    for feature in document["features"]:
        if feature["properties"]["id"] == "gateway-khorgos":
            feature["geometry"]["coordinates"] = [80.4, 44.2]
    path.write_text(json.dumps(document), encoding="utf-8")
    dataset = load_dataset(geodata_copy)
    assert [(p.file, p.feature_id) for p in dataset.problems] == [("ports.geojson", "gateway-khorgos")]
    assert dataset.feature("gateway-khorgos") is None


def test_a_broken_basemap_file_leaves_the_dangling_figure_check_on(geodata_copy):
    (geodata_copy / "borders.geojson").write_text("{", encoding="utf-8")
    path = geodata_copy / "figures.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["figures"][0]["features"] = ["port-atlantis"]
    path.write_text(json.dumps(document), encoding="utf-8")
    problems = load_dataset(geodata_copy).problems
    figure_id = document["figures"][0]["id"]
    assert ("figures.json", figure_id, "features", "no feature 'port-atlantis'") in [
        (p.file, p.feature_id, p.field, p.message) for p in problems
    ]


def test_a_broken_corridor_file_still_hides_which_ids_it_held(geodata_copy):
    (geodata_copy / "ports.geojson").write_text("{", encoding="utf-8")
    path = geodata_copy / "figures.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["figures"][0]["features"] = ["port-atlantis"]
    path.write_text(json.dumps(document), encoding="utf-8")
    problems = load_dataset(geodata_copy).problems
    assert [p.file for p in problems] == ["ports.geojson"]
