"""The contract's limits.

The corridor's gauges, each layer's kinds, the years a date may name, an id's length, ids unique
with the basemap's too, and problems that carry the feature's id as data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corridor.contract import (
    EARLIEST_YEAR,
    GAUGES_MM,
    LATEST_YEAR,
    MAX_ID_LENGTH,
    date_problem,
    validate_collection,
)
from corridor.dataset import load_dataset
from corridor.layers import ALL_LAYERS, LAYERS_BY_ID
from corridor.sources import parse_sources
from tests.conftest import edit_feature
from tests.helpers import SOURCES, port, run_validate

PORTS = LAYERS_BY_ID["ports"]
RAIL = LAYERS_BY_ID["rail"]


def check(features: list, layer=PORTS):
    return validate_collection(
        {"type": "FeatureCollection", "features": features},
        file=layer.filename,
        geometry_kind=layer.geometry,
        fields=layer.fields,
        source_ids=SOURCES,
        kinds=layer.kinds,
    )


def test_the_gauges_are_the_ones_the_lines_run_on(dataset):
    assert GAUGES_MM == (1435, 1520)
    used = {
        f["properties"][name]
        for f in dataset.layers["rail"].features
        for name in ("gauge_mm", "gauge_after_mm")
        if name in f["properties"]
    }
    assert used == set(GAUGES_MM)


@pytest.mark.parametrize("name", ["gauge_mm", "gauge_after_mm"])
@pytest.mark.parametrize("value", [-1, 0, 1000, 1067, 1520.5, True, "1520", float("nan"), 10**400])
def test_a_gauge_the_corridor_has_not_is_refused_naming_the_gauges(name, value):
    valid, problems = check([port(**{name: value})])
    assert valid == []
    assert [p.field for p in problems] == [name]
    assert problems[0].message.endswith("is not a track gauge of the corridor: one of 1435, 1520 (mm)")


@pytest.mark.parametrize("value", [1435, 1520, 1520.0])
def test_the_corridors_gauges_pass(value):
    valid, problems = check([port(gauge_mm=value, gauge_after_mm=1435)])
    assert problems == []
    assert len(valid) == 1


def test_every_layer_names_the_kinds_it_holds_and_the_data_keeps_to_them(dataset):
    for layer in ALL_LAYERS:
        held = {f["properties"]["kind"] for f in dataset.layers[layer.id].features}
        assert held == set(layer.kinds), layer.id


@pytest.mark.parametrize("kind", ["flight_route", "rail_line", "country", "city"])
def test_a_kind_another_layer_holds_is_refused(kind):
    valid, problems = check([port(kind=kind, geometry_confidence="surveyed track")])
    assert valid == []
    assert [(p.field, p.message) for p in problems] == [
        ("kind", f"'{kind}' is not one of sea_port, dry_port, rail_border_station")
    ]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("9999", f"outside the years {EARLIEST_YEAR} to {LATEST_YEAR}"),
        ("0000", "outside the years"),
        ("0000-01-01", "outside the years"),
        (f"{EARLIEST_YEAR - 1}-12-31", "outside the years"),
        (f"{LATEST_YEAR + 1}", "outside the years"),
        ("2025-02-30", "not a calendar date"),
        ("2025-02-29", "not a calendar date"),
        ("2025-13-45", "not a calendar date"),
        ("2025-13", "not a calendar date"),
        ("2025-00", "not a calendar date"),
        ("2025-1-1", "not a calendar date"),
        ("2025\n", "not a calendar date"),
        ("٢٠٢٥", "not a calendar date"),
        ("２０２５", "not a calendar date"),
        (2025, "not a calendar date"),
        (None, "not a calendar date"),
    ],
)
def test_a_date_is_a_real_day_month_or_year_within_the_stated_years(value, fragment):
    message = date_problem(value)
    assert message is not None
    assert fragment in message


@pytest.mark.parametrize(
    "value", ["1872-10-10", "2024-02-29", "2025-12", "2032", str(EARLIEST_YEAR), str(LATEST_YEAR)]
)
def test_the_datas_dates_pass(value):
    assert date_problem(value) is None


def test_the_stated_years_hold_every_date_in_the_data(dataset):
    years = dataset.timeline.years()
    assert EARLIEST_YEAR <= years[0] <= 1872
    assert 2032 <= years[-1] <= LATEST_YEAR


@pytest.mark.parametrize("value", ["9999-01-01", "0000-01-01", "2025-12", "2025-02-30"])
def test_a_status_checked_outside_the_years_or_on_no_day_is_refused(value):
    _, problems = check([port(status_checked=value)])
    assert [p.field for p in problems] == ["status_checked"]


@pytest.mark.parametrize("value", ["9999", "0000-01-01", "2025-02-30", "2025-13-45", "2025-13"])
def test_a_source_dated_outside_the_years_or_on_no_day_is_refused(value):
    sources, problems = parse_sources(
        {"s": {"title": "t", "publisher": "p", "url": "https://report.az/x", "date": value}}
    )
    assert sources == {}
    assert [(p.feature, p.field) for p in problems] == [("'s'", "date")]


def test_an_id_of_10000_characters_is_refused_in_a_short_message():
    long_id = "a" * 10_000
    valid, problems = check([port(id=long_id)])
    assert valid == []
    assert [(p.field, p.message) for p in problems] == [("id", f"is longer than {MAX_ID_LENGTH} characters")]
    assert len(str(problems[0])) < 200
    assert problems[0].feature_id == long_id


def test_an_id_of_the_limit_passes():
    valid, problems = check([port(id="a" * MAX_ID_LENGTH)])
    assert problems == []
    assert len(valid) == 1


def test_an_id_ending_in_a_line_break_is_refused():
    _, problems = check([port(id="port-test\n")])
    assert [p.field for p in problems] == ["id"]


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


def test_a_corridor_feature_with_a_countrys_id_is_left_out_and_the_country_kept(geodata_copy, dataset):
    edit_feature(geodata_copy, "ports.geojson", "port-aktau", id="country-398")
    spoilt = load_dataset(geodata_copy)
    assert [str(p) for p in spoilt.problems if p.file.endswith(".geojson")] == [
        "ports.geojson: feature 'country-398': id: also used in borders-detail.geojson, borders.geojson: "
        "the borders keep theirs, this copy is left out"
    ]
    assert spoilt.feature("country-398") is None
    for layer_id in ("borders", "borders_detail"):
        assert len(spoilt.layers[layer_id].features) == len(dataset.layers[layer_id].features)


def test_the_two_border_scales_share_their_countries_ids(dataset):
    ids = {f["properties"]["id"] for f in dataset.layers["borders"].features}
    detail = {f["properties"]["id"] for f in dataset.layers["borders_detail"].features}
    assert ids & detail
    assert dataset.problems == ()


def test_one_file_checked_alone_is_checked_against_the_basemaps_ids(geodata_copy):
    edit_feature(geodata_copy, "rail.geojson", "rail-btk", id="country-268")
    result = run_validate(geodata_copy / "rail.geojson")
    assert result.returncode == 1
    assert "rail.geojson: feature 'country-268': id: also used in borders-detail.geojson" in result.stdout


def _first_figure_names(geodata: Path, feature_id: str) -> dict:
    """Have the first figure name ``feature_id``; the figures' document as written."""
    path = geodata / "figures.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["figures"][0]["features"] = [feature_id]
    path.write_text(json.dumps(document), encoding="utf-8")
    return document


def test_a_broken_basemap_file_leaves_the_dangling_figure_check_on(geodata_copy):
    (geodata_copy / "borders.geojson").write_text("{", encoding="utf-8")
    document = _first_figure_names(geodata_copy, "port-atlantis")
    problems = load_dataset(geodata_copy).problems
    figure_id = document["figures"][0]["id"]
    assert ("figures.json", figure_id, "features", "no feature 'port-atlantis'") in [
        (p.file, p.feature_id, p.field, p.message) for p in problems
    ]


def test_a_broken_corridor_file_still_hides_which_ids_it_held(geodata_copy):
    (geodata_copy / "ports.geojson").write_text("{", encoding="utf-8")
    _first_figure_names(geodata_copy, "port-atlantis")
    problems = load_dataset(geodata_copy).problems
    assert [p.file for p in problems] == ["ports.geojson"]
