"""Capacity, throughput and utilisation: the model on synthetic series, the validator's rules, and the data."""

from __future__ import annotations

import json

import pytest

from corridor import capacity
from corridor.dataset import load_dataset
from corridor.figurefile import parse_figures, parse_series
from tests.helpers import in_every_language

SOURCES = {"s", "t"}


def raw_series(sid: str, measure: str, basis: str, unit: str, points: list, **more: object) -> dict:
    """A valid series of one feature's capacity or throughput, as figures.json holds it."""
    raw = {
        "id": sid,
        "topic": "cargo",
        "label": sid,
        "unit": unit,
        "source": "s",
        "features": ["port-x"],
        "measure": measure,
        "basis": basis,
        "points": points,
        "ru": {"label": sid, "unit": unit},
    }
    return in_every_language(raw) | more


def port(*raws: dict):
    made, problems = parse_series(list(raws), SOURCES)
    assert problems == []
    return made


CAPACITY = raw_series(
    "cap",
    "capacity",
    "tonnes",
    "million tonnes a year",
    [
        {
            "period": "from the opening in 2017 until May 2020",
            "value": 1,
            "period_kind": "capacity",
            "until": 2020,
        },
        {"period": "from May 2020", "value": 2, "period_kind": "capacity"},
        {"period": "second phase, by 2030", "value": 9, "period_kind": "planned"},
    ],
)
THROUGHPUT = raw_series(
    "thr",
    "throughput",
    "tonnes",
    "tonnes",
    [
        ["2018", 500000],
        ["2021", 1500000],
        {"period": "January–June 2022", "value": 900000, "period_kind": "part of a year"},
        {"period": "2023", "value": 2100000, "period_kind": "forecast"},
    ],
)


def test_units_convert_to_their_basis_and_nothing_else_counts_as_one():
    assert capacity.unit_factor("million tonnes a year", "tonnes") == 1e6
    assert capacity.unit_factor("thousand TEU", "TEU") == 1e3
    assert capacity.unit_factor("TEU a year", "TEU") == 1
    assert capacity.unit_factor("million tonnes", "TEU") is None
    assert capacity.unit_factor("a year", "tonnes") is None


@pytest.mark.parametrize(
    ("year", "fraction", "reason", "capacity_value"),
    [
        # Values converted by unit: 500,000 tonnes of 1 million tonnes a year.
        (2018, 0.5, "", 1),
        (2021, 0.75, "", 2),
        (2016, None, capacity.NO_CAPACITY, None),
        (2019, None, capacity.NO_THROUGHPUT, 1),
        # Part of a year never stands for the whole year; nor does a forecast.
        (2022, None, capacity.PART_YEAR, 2),
        (2023, None, capacity.FORECAST, 2),
    ],
)
def test_a_reading_takes_the_capacity_in_force_and_the_years_full_throughput(
    year, fraction, reason, capacity_value
):
    found = capacity.reading(port(CAPACITY, THROUGHPUT), "port-x", year, "tonnes")
    assert found.fraction == fraction
    assert found.reason == reason
    assert (found.capacity.point.value if found.capacity else None) == capacity_value


def test_a_planned_or_design_capacity_is_never_in_force():
    planned = raw_series(
        "plan", "capacity", "TEU", "TEU a year", [{"period": "2020", "value": 9, "period_kind": "planned"}]
    )
    teu = raw_series("box", "throughput", "TEU", "TEU", [["2021", 5]])
    found = capacity.reading(port(planned, teu), "port-x", 2021, "TEU")
    assert (found.fraction, found.reason) == (None, capacity.NO_CAPACITY)


def test_a_capacity_in_tonnes_and_a_throughput_in_teu_give_no_utilisation_and_say_why():
    teu = raw_series("box", "throughput", "TEU", "TEU", [["2021", 5]])
    made = port(CAPACITY, teu)
    assert capacity.reading(made, "port-x", 2021, "tonnes").reason == capacity.OTHER_BASIS
    assert capacity.reading(made, "port-x", 2021, "TEU").reason == capacity.OTHER_BASIS


def test_every_feature_gets_one_simple_reading_for_the_year():
    other = raw_series("other", "throughput", "TEU", "TEU", [["2021", 5]], features=["port-y"])
    found = capacity.utilisation_by_feature(port(CAPACITY, THROUGHPUT, other), 2021)
    assert {key: value.fraction for key, value in found.items()} == {"port-x": 0.75, "port-y": None}
    assert found["port-x"].sources == ("s", "s")
    assert found["port-y"].reason == capacity.NO_CAPACITY


# The validator's rules: each document passed before the rule was made.
@pytest.mark.parametrize(
    ("raw", "field"),
    [
        # A capacity without a unit of its basis.
        (raw_series("c", "capacity", "tonnes", "a year", [["2020", 1]]), "unit"),
        (raw_series("c", "capacity", "TEU", "million tonnes a year", [["2020", 1]]), "unit"),
        # Unknown measure or basis, or a measure without a basis.
        (raw_series("c", "flow", "tonnes", "tonnes", [["2020", 1]]), "measure"),
        (raw_series("c", "capacity", "barrels", "tonnes", [["2020", 1]]), "basis"),
        (
            {
                k: v
                for k, v in raw_series("c", "capacity", "tonnes", "tonnes", [["2020", 1]]).items()
                if k != "basis"
            },
            "basis",
        ),
        (raw_series("c", "capacity", "tonnes", "tonnes", [["2020", 1]], features="port-x"), "features"),
        (
            raw_series("c", "capacity", "tonnes", "tonnes", [{"period": "2020", "value": 1, "until": "May"}]),
            "points",
        ),
    ],
)
def test_a_series_with_a_bad_measure_basis_or_unit_is_named_and_left_out(raw, field):
    found, problems = parse_series([raw], SOURCES)
    assert found == ()
    assert [(p.feature, p.field) for p in problems] == [("'c'", field)]


def test_a_figure_with_a_capacity_but_no_unit_of_its_basis_is_refused():
    words = {"label": "Л", "unit": "е", "period": "2024"}
    document = {
        "figures": [raw_figure("cap", measure="capacity", basis="tonnes", unit="first phase", ru=words)]
    }
    figures, _, problems = parse_figures(document, {"s"})
    assert figures == ()
    assert [(p.feature, p.field) for p in problems] == [("'cap'", "unit")]


def raw_figure(figure_id: str, **more: object) -> dict:
    """A valid figure as the file holds it, but for what ``more`` adds."""
    base = {"id": figure_id, "topic": "cargo", "label": "L", "value": 1, "unit": "u", "period": "2024"}
    return in_every_language({**base, "period_kind": "capacity", "source": "s", **more})


def over(stated: str | None) -> tuple:
    point: dict = {"period": "2021", "value": 2500000}
    if stated is not None:
        point["over_capacity_stated"] = stated
    return port(CAPACITY, raw_series("thr", "throughput", "tonnes", "tonnes", [point]))


def test_a_utilisation_above_100_per_cent_is_refused_unless_its_source_says_so():
    (problem,) = capacity.over_capacity_problems(over(None))
    assert (problem.file, problem.feature, problem.field) == ("figures.json", "'thr'", "points")
    assert "125%" in problem.message
    assert "'2021'" in problem.message
    assert capacity.over_capacity_problems(over("the port worked above its design capacity")) == []
    with pytest.raises(AssertionError):
        over("  ")


def test_the_validator_reports_a_throughput_above_capacity_by_file_and_series(geodata_copy):
    path = geodata_copy / "figures.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    (btk,) = [one for one in document["series"] if one["id"] == "btk-throughput-tonnes"]
    btk["points"].append(["2021", 1200000])
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    found = [p for p in load_dataset(geodata_copy).problems if p.feature == "'btk-throughput-tonnes'"]
    assert [(p.file, p.field) for p in found] == [("figures.json", "points")]
    assert "120%" in found[0].message


def test_the_data_gives_bakus_utilisation_in_2024_and_none_before_the_port_opened(dataset):
    found = capacity.utilisation_by_feature(dataset.series, 2024)
    assert round(found["port-baku-alat"].fraction, 3) == round(7.6 / 15, 3)
    assert found["rail-btk"].reason == capacity.NO_THROUGHPUT
    assert capacity.utilisation_by_feature(dataset.series, 2022)["rail-btk"].fraction == pytest.approx(
        0.432284
    )
    assert (
        capacity.utilisation_by_feature(dataset.series, 2016)["port-baku-alat"].reason == capacity.NO_CAPACITY
    )
    # A part-year count gives no utilisation for the whole year.
    assert capacity.utilisation_by_feature(dataset.series, 2024)["port-kuryk"].reason == capacity.PART_YEAR


def test_the_overview_and_the_data_year_leave_the_features_series_to_their_panels(dataset):
    assert all(not one.features for one in dataset.corridor_series)
    assert {one.id for one in dataset.series_of("port-anaklia")} == {"anaklia-capacity-teu"}
    # Anaklia's plans for 2029 and 2035 do not stretch the data's year.
    assert dataset.data_year < 2029


def test_a_series_naming_a_feature_not_on_the_map_is_reported(geodata_copy):
    path = geodata_copy / "figures.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    (batumi,) = [one for one in document["series"] if one["id"] == "batumi-capacity-tonnes"]
    batumi["features"] = ["port-nowhere"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    found = [p for p in load_dataset(geodata_copy).problems if p.feature == "'batumi-capacity-tonnes'"]
    assert [(p.file, p.field, p.message) for p in found] == [
        ("figures.json", "features", "no feature 'port-nowhere'")
    ]
