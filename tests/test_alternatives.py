"""The Middle Corridor beside the Northern and Suez routes: the file's rules, its rows in every language, the page."""

from __future__ import annotations

import copy
import json

import pytest

from corridor.alternatives import FILE, parse_alternatives, route_rows, source_numbers, target_rows
from corridor.i18n import LANGUAGES, words
from corridor.paths import GEODATA_DIR
from tests.helpers import opened, plain, run_validate

RAW = json.loads((GEODATA_DIR / FILE).read_text(encoding="utf-8"))
SOURCES = set(json.loads((GEODATA_DIR / "sources.json").read_text(encoding="utf-8")))
NBSP = "\u00a0"


def problems_of(raw: object) -> list[tuple[str, str, str]]:
    return [(p.file, p.feature, p.field) for p in parse_alternatives(raw, SOURCES)[1]]


def changed(part: str, index: int, **fields: object) -> dict:
    """The file with one entry's fields replaced (``None`` as a value removes the field)."""
    raw = copy.deepcopy(RAW)
    entry = raw[part][index]
    for name, value in fields.items():
        if value is None:
            entry.pop(name, None)
        else:
            entry[name] = value
    return raw


def test_the_file_parses_with_three_routes_the_targets_and_no_problem():
    found, problems = parse_alternatives(RAW, SOURCES)
    assert problems == []
    assert {row.route for row in found.routes} == {"middle", "northern", "suez"}
    assert {target.measure for target in found.targets} == {"volume", "time"}
    assert len(found.routes) == len(RAW["routes"])
    assert len(found.targets) == len(RAW["targets"])


@pytest.mark.parametrize(
    ("part", "index", "fields", "field"),
    [
        # A range whose minimum exceeds its maximum.
        ("routes", 0, {"time": {"value": [55, 50], "unit": "days", "qualifier": ""}}, "time"),
        # A number without a unit, or with one the column does not hold.
        ("routes", 6, {"distance": {"value": 11179, "qualifier": ""}}, "distance"),
        ("routes", 6, {"distance": {"value": 11179, "unit": "days", "qualifier": ""}}, "distance"),
        ("targets", 0, {"unit": None}, "value"),
        ("targets", 0, {"unit": "km"}, "value"),
        # A qualifier the source could not have worded, a value that is not a number.
        ("routes", 6, {"time": {"value": 16, "unit": "days", "qualifier": "roughly"}}, "time"),
        ("routes", 6, {"time": {"value": "16", "unit": "days", "qualifier": ""}}, "time"),
        ("routes", 6, {"time": {"value": [1, 2, 3], "unit": "days", "qualifier": ""}}, "time"),
        # A cell left out rather than said to be empty (null).
        ("routes", 0, {"distance": None}, "distance"),
        # The ends in one language only, a source not in sources.json, no day of checking.
        ("routes", 0, {"ends_kk": None}, "ends_kk"),
        ("routes", 0, {"source": "nowhere"}, "source"),
        ("routes", 0, {"checked": "2026-12"}, "checked"),
        ("routes", 0, {"route": "arctic"}, "route"),
        ("routes", 0, {"period": "June 2024"}, "period"),
        ("targets", 0, {"measure": "cost"}, "measure"),
        ("targets", 0, {"year": "2030"}, "year"),
    ],
)
def test_each_rule_names_the_file_the_entry_and_the_field(part, index, fields, field):
    raw = changed(part, index, **fields)
    entry_id = RAW[part][index]["id"]
    assert problems_of(raw) == [(FILE, f"'{entry_id}'", field)]
    found, _ = parse_alternatives(raw, SOURCES)
    assert entry_id not in {row.id for row in (*found.routes, *found.targets)}, "a bad entry is left out"


def test_a_range_that_runs_forwards_and_a_null_cell_pass():
    raw = changed("routes", 0, time={"value": [50, 50], "unit": "days", "qualifier": ""}, distance=None)
    raw["routes"][0]["distance"] = None
    assert problems_of(raw) == []


def test_an_entry_without_an_id_a_repeated_id_and_a_bad_file_are_named():
    raw = copy.deepcopy(RAW)
    raw["routes"].append(copy.deepcopy(raw["routes"][0]))
    raw["targets"].append({"measure": "time"})
    assert problems_of(raw) == [
        (FILE, f"#{len(RAW['routes'])}", "routes"),
        (FILE, f"#{len(RAW['targets'])}", "targets"),
    ]
    assert problems_of([]) == [(FILE, "-", "file")]


def test_the_validator_reports_a_bad_entry_by_file_and_id(geodata_copy):
    path = geodata_copy / FILE
    path.write_text(
        json.dumps(changed("routes", 0, time={"value": [55, 50], "unit": "days"})), encoding="utf-8"
    )
    result = run_validate(path)
    assert result.returncode == 1
    assert (
        f"{FILE}: feature '{RAW['routes'][0]['id']}': time: the range [55, 50] runs backwards"
        in result.stdout
    )


ROWS = {
    "en": [
        "50–55 days",
        "about 19–23 days",
        "16 days",
        "11,179 km",
        "about 10,600 nautical miles",
        "June 2024",
    ],
    "ru": [
        "50–55 дней",
        "около 19–23 дня",
        "30–32 дня",
        "16 дней",
        f"11{NBSP}179 км",
        f"около 10{NBSP}600 морских миль",
    ],
    "az": ["50–55 gün", "təxminən 19–23 gün", "11.179 km", "təxminən 10.600 dəniz mili", "iyun 2024"],
    "kk": ["50–55 күн", "шамамен 19–23 күн", f"11{NBSP}179 км", f"шамамен 10{NBSP}600 теңіз милі"],
}
TARGETS = {
    "en": ["11 million tonnes a year by 2030", "50% of today's travel time by 2030"],
    "ru": ["11 млн тонн в год к 2030 году", f"50{NBSP}% нынешнего времени в пути к 2030 году"],
    "az": ["11 milyon ton/il; hədəf ili: 2030"],
    "kk": ["2030 жылға қарай 11 млн тонна/жыл"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rows_say_each_number_its_unit_and_the_empty_cells_in_every_language(language):
    found, _ = parse_alternatives(RAW, SOURCES)
    numbers = source_numbers(found)
    rows = route_rows(found, numbers, language)
    cells = [value for row in rows for value in row.values()]
    assert [text for text in ROWS[language] if text not in cells] == []
    say = words(language)
    assert next(row["route"] for row in rows) == say["compare_route_middle"]
    assert {row["route"] for row in rows} == {
        say[f"compare_route_{r}"] for r in ("middle", "northern", "suez")
    }
    # Where no source gives a number, the cell says so; a source that states no period is said to.
    assert say["compare_none"] in [row["distance"] for row in rows]
    assert say["compare_not_stated"] in [row["period"] for row in rows]
    targets = [row["target"] for row in target_rows(found, numbers, language)]
    assert [text for text in TARGETS[language] if text not in targets] == []
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))


def test_the_route_explorer_shows_the_table_its_three_routes_the_targets_and_sources():
    at = opened(route="gateway-khorgos..port-poti")
    say = words("en")
    text = " ".join(plain(m.value) for m in at.markdown)
    assert say["compare_title"] in text
    assert say["compare_targets_title"] in text
    routes, targets = at.table
    first = [plain(value) for value in routes.value[say["compare_col_route"]]]
    names = {text.split(": ")[0] for text in first}
    assert names == {f"**{say[f'compare_route_{r}']}**" for r in ("middle", "northern", "suez")}
    assert "about 10,600 nautical miles" in {plain(v) for v in routes.value[say["compare_col_distance"]]}
    assert "11 million tonnes a year by 2030 [7]" in {
        plain(v) for v in targets.value[say["compare_col_target"]]
    }
    # Each row's source is a numbered note, and the numbered list under the tables links each article.
    notes = {plain(value).rsplit(" ", 1)[1] for value in routes.value[say["compare_col_period"]]}
    assert notes == {f"[{n}]" for n in range(1, 7)}
    listed = " ".join(m.value for m in at.markdown)
    assert "\\[1\\] [Index 1520, 2024" in listed
    assert "(https://openknowledge.worldbank.org/entities/publication/" in listed
