"""The Middle Corridor beside the alternatives: ``geodata/alternatives.json``, checked before it is shown.

Each route row is one measurement from one source: which route (the Middle
Corridor, the Northern route through Russia, the sea route through Suez),
the ends the source measured between (often China – Europe, not the
explorer's route), a distance and a time where the source gives them (a time
may be a range of days, ``[min, max]``), the period, each number's qualifier
as the source words it, and when the figure was checked. A cell no source
fills is ``null``, and the page says so. The World Bank's 2030 targets are
rows of their own.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from corridor.contract import (
    MAX_DESCRIPTION_LENGTH,
    Problem,
    calendar_date,
    date_problem,
    id_problem,
    shown,
    text_problem,
)
from corridor.figures import QUALIFIERS
from corridor.i18n import LANGUAGES, QUALIFIER_WORDS, format_number, in_language, plural, suffixed, words

FILE = "alternatives.json"
ROUTES = ("middle", "northern", "suez")
DISTANCE_UNITS = ("km", "nmi")
TIME_UNITS = ("days",)
# Units said with a plural of their own ([plurals] in the catalogues).
PLURAL_UNITS = {"days": "compare_days", "nmi": "compare_nmi"}
MEASURES = {"volume": ("million tonnes a year",), "time": ("share of today",)}


@dataclass(frozen=True)
class Amount:
    """A number or a range ``(low, high)`` in a unit, with its qualifier as the source words it."""

    low: float
    high: float
    unit: str
    qualifier: str = ""

    @property
    def is_range(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True)
class RouteRow:
    """One source's distance and time for one route, between the ends it measured."""

    id: str
    route: str
    ends: tuple[tuple[str, str], ...]
    distance: Amount | None
    time: Amount | None
    period: str | None
    source: str
    checked: str
    notes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Target:
    """A 2030 target: a volume, or a time as a share of today's."""

    id: str
    measure: str
    amount: Amount
    year: int
    source: str
    checked: str
    notes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Alternatives:
    """The route rows and the targets, each well formed."""

    routes: tuple[RouteRow, ...] = ()
    targets: tuple[Target, ...] = ()


def _amount(raw: object, units: Collection[str], field: str) -> tuple[Amount | None, list[tuple[str, str]]]:
    """An amount from ``{"value": 16 or [min, max], "unit": ..., "qualifier": ...}``, or what is wrong."""
    if not isinstance(raw, Mapping):
        return None, [(field, "must be an object with a value and a unit, or null where no source gives one")]
    found = []
    value = raw.get("value")
    numbers: list[Any] = value if isinstance(value, list) else [value]
    if len(numbers) not in (1, 2) or not all(
        isinstance(n, int | float) and not isinstance(n, bool) and n >= 0 for n in numbers
    ):
        found.append(
            (field, f"value {shown(value)} must be a number, or a range [min, max], of numbers >= 0")
        )
    elif numbers[0] > numbers[-1]:
        found.append((field, f"the range {shown(value)} runs backwards: its minimum exceeds its maximum"))
    unit = raw.get("unit")
    if unit not in units:
        found.append((field, f"unit {shown(unit)} must be one of {', '.join(units)}"))
    qualifier = raw.get("qualifier", "")
    if qualifier not in QUALIFIERS:
        found.append((field, f"qualifier {shown(qualifier)} must be one of {QUALIFIERS}"))
    extra = set(raw) - {"value", "unit", "qualifier"}
    found += [(field, f"{shown(name)} is not a field an amount has") for name in sorted(map(str, extra))]
    if found:
        return None, found
    return Amount(float(numbers[0]), float(numbers[-1]), str(unit), str(qualifier)), []


def _texts(entry: Mapping[str, Any], name: str, required: bool) -> tuple[tuple[tuple[str, str], ...], list]:
    """A text in every language (``ends``, ``ends_ru``, ...), or what is wrong with it."""
    keys = {code: suffixed(name, code) for code in LANGUAGES}
    if not required and not any(key in entry for key in keys.values()):
        return (), []
    found = [(key, p) for key in keys.values() if (p := text_problem(entry.get(key), MAX_DESCRIPTION_LENGTH))]
    return tuple((code, entry[key]) for code, key in keys.items() if key not in dict(found)), found


def _common(entry: Mapping[str, Any], source_ids: Collection[str]) -> list[tuple[str, str]]:
    found = []
    if entry.get("source") not in source_ids:
        found.append(("source", f"no source {shown(entry.get('source'))} in sources.json"))
    checked = entry.get("checked")
    if calendar_date(checked) is None:
        found.append(("checked", f"{shown(checked)} must be the day it was checked, YYYY-MM-DD"))
    return found


def _route(entry: Mapping[str, Any], source_ids: Collection[str]) -> tuple[RouteRow | None, list]:
    found = _common(entry, source_ids)
    if entry.get("route") not in ROUTES:
        found.append(("route", f"{shown(entry.get('route'))} must be one of {', '.join(ROUTES)}"))
    ends, problems = _texts(entry, "ends", required=True)
    notes, more = _texts(entry, "note", required=False)
    found += problems + more
    amounts: dict[str, Amount | None] = {}
    for field, units in (("distance", DISTANCE_UNITS), ("time", TIME_UNITS)):
        if field not in entry:
            found.append((field, "missing: give it, or null where no source gives one"))
        elif entry[field] is not None:
            amounts[field], problems = _amount(entry[field], units, field)
            found += problems
    period = entry.get("period")
    if period is not None and (problem := date_problem(period)):
        found.append(("period", f"{shown(period)} {problem}; null where the source states none"))
    if found:
        return None, found
    row = RouteRow(
        entry["id"], entry["route"], ends, amounts.get("distance"), amounts.get("time"), period,
        entry["source"], entry["checked"], notes,
    )  # fmt: skip
    return row, []


def _target(entry: Mapping[str, Any], source_ids: Collection[str]) -> tuple[Target | None, list]:
    found = _common(entry, source_ids)
    measure = entry.get("measure")
    if measure not in MEASURES:
        return None, [*found, ("measure", f"{shown(measure)} must be one of {', '.join(MEASURES)}")]
    amount, problems = _amount(
        {k: entry[k] for k in ("value", "unit", "qualifier") if k in entry}, MEASURES[measure], "value"
    )
    notes, more = _texts(entry, "note", required=False)
    found += problems + more
    year = entry.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or date_problem(str(year)):
        found.append(("year", f"{shown(year)} must be a year"))
    if found or amount is None or not isinstance(year, int):
        return None, found
    return Target(entry["id"], measure, amount, year, entry["source"], entry["checked"], notes), []


# A folder without the file knows of no alternative.
NONE = Alternatives()


def parse_alternatives(raw: object, source_ids: Collection[str]) -> tuple[Alternatives, list[Problem]]:
    """Every well-formed row and target, and a problem naming the file and entry for each one at fault."""
    if not isinstance(raw, Mapping) or set(raw) != {"routes", "targets"}:
        return Alternatives(), [Problem.whole(FILE, "file", 'must be an object with "routes" and "targets"')]
    problems: list[Problem] = []
    parsed: dict[str, list] = {"routes": [], "targets": []}
    seen: set[str] = set()
    for part, parse in (("routes", _route), ("targets", _target)):
        entries = raw[part]
        if not isinstance(entries, list):
            problems.append(Problem.whole(FILE, part, "must be a list"))
            continue
        for index, entry in enumerate(entries):
            if not isinstance(entry, Mapping) or id_problem(entry.get("id")) or entry["id"] in seen:
                message = "must be an entry with a valid id of its own"
                problems.append(Problem(FILE, f"#{index}", part, message, None, index))
                continue
            seen.add(entry["id"])
            row, found = parse(entry, source_ids)
            problems += [Problem.about(FILE, entry["id"], field, message, index) for field, message in found]
            if row is not None:
                parsed[part].append(row)
    return Alternatives(tuple(parsed["routes"]), tuple(parsed["targets"])), problems


def stated_amount(amount: Amount, language: str) -> str:
    """An amount in words, as its source states it: "about 10,600 nautical miles", "50–55 days".

    A unit that takes a plural ("days") takes the form of the range's end, as CLDR's plural ranges do.
    """
    say = words(language)
    if amount.unit == "share of today":
        from babel.numbers import format_percent

        return say["compare_share_of_today"].format(share=format_percent(amount.high, locale=say.locale))
    start = f"{format_number(_whole(amount.low), language)}–" if amount.is_range else ""
    if amount.unit in PLURAL_UNITS:
        text = start + plural(language, PLURAL_UNITS[amount.unit], _whole(amount.high))
    else:
        number = format_number(_whole(amount.high), language)
        text = f"{start}{number} {say['compare_unit_' + amount.unit.replace(' ', '_')]}"
    qualifier = QUALIFIER_WORDS[language][amount.qualifier]
    return qualifier.replace("{}", text) if "{}" in qualifier else f"{qualifier} {text}".strip()


def _whole(value: float) -> float:
    return int(value) if value == int(value) else value


def period_text(period: str | None, language: str) -> str:
    """A row's period: "2013", "June 2024" in the language's words, or that the source states none."""
    say = words(language)
    if period is None:
        return say["compare_not_stated"]
    if len(period) == len("YYYY"):
        return period
    from babel.dates import format_date

    day = datetime.date.fromisoformat(period + "-01" if len(period) == len("YYYY-MM") else period)
    return format_date(day, "LLLL y" if len(period) == len("YYYY-MM") else say.day_format, locale=say.locale)


def route_rows(alternatives: Alternatives, numbers: Mapping[str, int], language: str) -> list[dict[str, str]]:
    """The comparison table's rows in the language, by column key; ``numbers`` gives each source's note number."""
    say = words(language)
    none = say["compare_none"]
    rows = []
    for row in sorted(alternatives.routes, key=lambda r: ROUTES.index(r.route)):
        note = in_language(dict(row.notes), language)
        rows.append(
            {
                "route": say[f"compare_route_{row.route}"],
                "ends": in_language(dict(row.ends), language),
                "distance": stated_amount(row.distance, language) if row.distance else none,
                "time": stated_amount(row.time, language) if row.time else none,
                "period": period_text(row.period, language),
                "note": note,
                "source": f"[{numbers[row.source]}]",
                "source_id": row.source,
            }
        )
    return rows


def target_rows(
    alternatives: Alternatives, numbers: Mapping[str, int], language: str
) -> list[dict[str, str]]:
    """The 2030 targets' rows in the language, by column key."""
    say = words(language)
    return [
        {
            "measure": say[f"compare_target_{target.measure}"],
            "target": say["compare_by_year"].format(
                amount=stated_amount(target.amount, language), year=target.year
            ),
            "note": in_language(dict(target.notes), language),
            "source": f"[{numbers[target.source]}]",
            "source_id": target.source,
        }
        for target in alternatives.targets
    ]


def source_numbers(alternatives: Alternatives) -> dict[str, int]:
    """Each cited source's note number, in the order the tables first cite it."""
    ordered = sorted(alternatives.routes, key=lambda r: ROUTES.index(r.route))
    cited = [row.source for row in ordered] + [target.source for target in alternatives.targets]
    return {source: number for number, source in enumerate(dict.fromkeys(cited), start=1)}
