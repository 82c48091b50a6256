"""The cited transit times: ``geodata/transit.json``, checked before the route explorer adds one up.

Each entry is one thing a source says about time on the corridor:

- ``rail speed``: a typical speed of trains on the rail lines it names (``features``), in km a day;
- ``crossing``: the hours a ship takes over the sea lanes it names (``features``);
- ``port``, ``border``, ``gauge change``, ``ferry wait``: the hours spent at one ``place``;
- ``trip``: a whole trip's days between two places (``ends``), set beside the route's sum.

``value`` is ``[min, max]`` (the same number twice for one figure) with its ``unit``; ``null`` when
the source gives no number, with the words it does use, if any, in ``words``. Every entry names
its source, its period and what it measures in every language, and the day it was checked. A bad
entry is reported, naming the file and the entry, and left out; the rest is used.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from fractions import Fraction

from corridor.contract import MAX_DESCRIPTION_LENGTH, Problem, date_problem, id_problem, shown, text_problem
from corridor.figures import QUALIFIERS
from corridor.i18n import LANGUAGES, in_language, suffixed

FILE = "transit.json"
SPEED = "rail speed"
CROSSING = "crossing"
TRIP = "trip"
NODE_KINDS = ("port", "border", "gauge change", "ferry wait")
KINDS = (SPEED, CROSSING, TRIP, *NODE_KINDS)
# The units each kind's value may have, and how many of the kind's base unit (km a day for a
# speed, hours for a time) one of it is.
SPEED_UNITS = {"km/day": Fraction(1)}
TIME_UNITS = {"h": Fraction(1), "days": Fraction(24)}
MAX_WORDS_LENGTH = 600


@dataclass(frozen=True)
class TimeFact:
    """One cited speed or time: its kind, what it applies to, its range in base units, and its source."""

    id: str
    kind: str
    # The rail lines or sea lanes (speed, crossing), the place (a node) or the two ends (trip).
    applies_to: tuple[str, ...]
    # [min, max] in km a day for a speed, in hours for a time; None: the source gives no number.
    value: tuple[Fraction, Fraction] | None
    qualifier: str
    # What it measures and its period, in each language, as (code, text) pairs.
    whats: tuple[tuple[str, str], ...]
    periods: tuple[tuple[str, str], ...]
    # The source's own words, in its language ("" when it has none to give).
    words: str
    source: str
    checked: str

    def what(self, language: str) -> str:
        return in_language(dict(self.whats), language)

    def period(self, language: str) -> str:
        return in_language(dict(self.periods), language)


def _number(value: object) -> Fraction | None:
    """A JSON number as an exact fraction of its decimal digits (20.1 is 201/10), None if not a number ≥ 0."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or value != value:
        return None
    return Fraction(str(value))


def _value_problems(entry: dict) -> list[tuple[str, str]]:
    value = entry.get("value")
    if value is None:
        return []
    units = SPEED_UNITS if entry.get("kind") == SPEED else TIME_UNITS
    found = []
    if "unit" not in entry:
        found.append(("unit", f"a speed or time needs its unit, one of {tuple(units)}"))
    elif entry["unit"] not in units:
        found.append(("unit", f"{shown(entry['unit'])} is not one of {tuple(units)}"))
    if not isinstance(value, list) or len(value) != 2 or any(_number(v) is None for v in value):
        found.append(("value", "must be [min, max], two numbers of at least 0, or null for no number"))
    elif _number(value[0]) > _number(value[1]):  # type: ignore[operator]
        found.append(("value", f"the minimum {value[0]} exceeds the maximum {value[1]}"))
    elif entry.get("kind") == SPEED and _number(value[0]) == 0:
        found.append(("value", "a speed must be above 0"))
    return found


def _target_problems(entry: dict, feature_ids: Collection[str] | None) -> list[tuple[str, str]]:
    kind = entry["kind"]
    if kind in (SPEED, CROSSING):
        features = entry.get("features")
        if not isinstance(features, list) or not features or any(id_problem(f) for f in features):
            return [("features", "must list the ids of the lines it applies to")]
        if feature_ids is not None:
            return [("features", f"no feature {shown(f)}") for f in features if f not in feature_ids]
        return []
    if kind == TRIP:
        ends = entry.get("ends")
        if not isinstance(ends, list) or len(ends) != 2 or any(id_problem(end) for end in ends):
            return [("ends", "must be two place ids")]
        return []
    return [("place", "must be a place id")] if id_problem(entry.get("place")) else []


def _entry_problems(
    entry: dict, source_ids: Collection[str], feature_ids: Collection[str] | None
) -> list[tuple[str, str]]:
    if entry.get("kind") not in KINDS:
        return [("kind", f"must be one of {KINDS}")]
    found = _target_problems(entry, feature_ids) + _value_problems(entry)
    if entry.get("qualifier", "") not in QUALIFIERS:
        found.append(("qualifier", f"must be one of {QUALIFIERS}"))
    for name in ("what", "period"):
        for code in LANGUAGES:
            key = suffixed(name, code)
            if problem := text_problem(entry.get(key), MAX_DESCRIPTION_LENGTH):
                found.append((key, problem))
    if "words" in entry and (problem := text_problem(entry["words"], MAX_WORDS_LENGTH)):
        found.append(("words", problem))
    if entry.get("source") not in source_ids:
        found.append(("source", f"no source {shown(entry.get('source'))}"))
    if problem := date_problem(entry.get("checked"), partial=False):
        found.append(("checked", f"the day it was checked {problem}"))
    return found


def _fact(entry: dict) -> TimeFact:
    kind = entry["kind"]
    if kind in (SPEED, CROSSING):
        applies_to = tuple(entry["features"])
    else:
        applies_to = tuple(entry["ends"]) if kind == TRIP else (entry["place"],)
    value = None
    if entry.get("value") is not None:
        scale = (SPEED_UNITS if kind == SPEED else TIME_UNITS)[entry["unit"]]
        low, high = (_number(v) for v in entry["value"])
        value = (low * scale, high * scale)  # type: ignore[operator]
    return TimeFact(
        id=entry["id"],
        kind=kind,
        applies_to=applies_to,
        value=value,
        qualifier=entry.get("qualifier", ""),
        whats=tuple((code, entry[suffixed("what", code)]) for code in LANGUAGES),
        periods=tuple((code, entry[suffixed("period", code)]) for code in LANGUAGES),
        words=entry.get("words", ""),
        source=entry["source"],
        checked=entry["checked"],
    )


def _clashes(facts: list[TimeFact]) -> list[Problem]:
    """A line or lane with two speeds or crossings, or a place with two times of one kind, is ambiguous."""
    seen: dict[tuple[str, str], str] = {}
    found = []
    for fact in facts:
        if fact.kind == TRIP:
            continue
        for target in fact.applies_to:
            key = ("leg" if fact.kind in (SPEED, CROSSING) else fact.kind, target)
            if key in seen:
                found.append(
                    Problem.about(FILE, fact.id, "features", f"{target} already has a time in {seen[key]}")
                )
            else:
                seen[key] = fact.id
    return found


def parse_transit(
    raw: object, source_ids: Collection[str], feature_ids: Collection[str] | None = None
) -> tuple[tuple[TimeFact, ...], list[Problem]]:
    """Every well-formed entry, and a problem for each one at fault (which is left out).

    ``feature_ids``, when given, are the corridor's features a speed or a crossing may name.
    """
    if not isinstance(raw, list):
        return (), [Problem.whole(FILE, "file", "must be a list of speeds and times")]
    facts: list[TimeFact] = []
    problems: list[Problem] = []
    ids: set[str] = set()
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict) or id_problem(entry.get("id")) or entry["id"] in ids:
            problems.append(
                Problem(FILE, f"#{index}", "id", "must be an entry with a valid id of its own", None, index)
            )
            continue
        ids.add(entry["id"])
        found = _entry_problems(entry, source_ids, feature_ids)
        problems += [Problem.about(FILE, entry["id"], field, message, index) for field, message in found]
        if not found:
            facts.append(_fact(entry))
    clashes = _clashes(facts)
    problems += clashes
    bad = {p.feature_id for p in clashes}
    return tuple(f for f in facts if f.id not in bad), problems
