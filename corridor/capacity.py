"""Capacity, throughput and utilisation of a port or a line, year by year, from the series tied to it.

A series in figures.json may name features, a ``measure`` ("capacity" or
"throughput") and a ``basis`` ("tonnes" or "TEU"). For a feature and a year,
the capacity in force is its latest capacity point stated as such (a design
figure, a plan or a forecast is not in force); the throughput is that year's
full-year point. Utilisation is throughput ÷ capacity, in one basis, each
value converted by its unit. Where it cannot be worked out, the reading says
why, and never guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from corridor.contract import Problem, shown
from corridor.figures import Series, SeriesPoint

MEASURES = ("capacity", "throughput")
BASES = ("tonnes", "TEU")
# The basis a reading prefers when both can be worked out: weight first.
PREFERRED = BASES
SCALES = {"thousand": 1e3, "million": 1e6}
# "million tonnes a year", "TEU", "thousand TEU a year": an optional scale, the basis, an optional rate.
UNIT = re.compile(r"(?:(?P<scale>thousand|million) )?(?P<basis>tonnes|TEU)(?: a year)?")

# Why a year has no utilisation.
NO_CAPACITY = "no capacity"
NO_THROUGHPUT = "no throughput"
PART_YEAR = "part of the year"
FORECAST = "forecast"
OTHER_BASIS = "different basis"


def unit_factor(unit: str, basis: str) -> float | None:
    """How many of the basis' own unit one ``unit`` holds ("million tonnes", "tonnes": 1e6), or None if it is not one."""
    found = UNIT.fullmatch(unit.strip())
    if found is None or found["basis"] != basis:
        return None
    return SCALES.get(found["scale"] or "", 1.0)


def measure_problems(raw: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(field, message)`` for a figure's or series' measure and basis, and for a capacity's unit."""
    found = []
    measure, basis = raw.get("measure"), raw.get("basis")
    if "measure" in raw and measure not in MEASURES:
        found.append(("measure", f"{shown(measure)} is not one of {MEASURES}"))
    if "basis" in raw and basis not in BASES:
        found.append(("basis", f"{shown(basis)} is not one of {BASES}"))
    if measure in MEASURES and "basis" not in raw:
        found.append(("basis", f"missing: a {measure} is counted in one of {BASES}"))
    if measure in MEASURES and basis in BASES and unit_factor(str(raw.get("unit", "")), str(basis)) is None:
        found.append(
            (
                "unit",
                f"a {measure} needs a unit of {basis} (such as 'million {basis} a year'): "
                f"{shown(raw.get('unit'))} is none",
            )
        )
    return found


def point_field_problem(raw: Mapping[str, Any], period: str) -> str | None:
    """What is wrong with a point's ``until`` year or its ``over_capacity_stated`` words; None when fine."""
    until = raw.get("until")
    if until is not None and (not isinstance(until, int) or isinstance(until, bool)):
        return f"the until year for {shown(period)} must be a whole year"
    stated = raw.get("over_capacity_stated", "")
    if not isinstance(stated, str) or ("over_capacity_stated" in raw and not stated.strip()):
        return f"over_capacity_stated for {shown(period)} must be the source's words"
    return None


@dataclass(frozen=True)
class Cited:
    """A point of a series, with the series' unit (for its words) and its value in the basis' own unit."""

    series: Series
    point: SeriesPoint
    amount: float


@dataclass(frozen=True)
class Reading:
    """A feature's utilisation in a year: the fraction, or None and why; the points it rests on."""

    feature: str
    year: int
    basis: str
    fraction: float | None
    reason: str = ""
    capacity: Cited | None = None
    throughput: Cited | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(cited.point.source for cited in (self.capacity, self.throughput) if cited is not None)


def in_force(point: SeriesPoint, year: int) -> bool:
    """Whether a capacity point holds in ``year``: stated as a capacity, from its year and before its ``until``."""
    if point.period_kind != "capacity" or point.year is None or point.year > year:
        return False
    return point.until is None or year < point.until


def _cited(series: Series, point: SeriesPoint) -> Cited:
    return Cited(series, point, point.value * (unit_factor(series.unit, series.basis) or 1.0))


def capacity_in_force(series: Iterable[Series], year: int, basis: str) -> Cited | None:
    """The latest capacity point in force in ``year`` among capacity series in ``basis``."""
    found = [
        _cited(one, point)
        for one in series
        if one.measure == "capacity" and one.basis == basis
        for point in one.points
        if in_force(point, year)
    ]
    # A point that holds only until a later year was stated before the ones that followed it.
    return max(found, key=lambda c: (c.point.until is None, c.point.year or 0), default=None)


def throughput_of(series: Iterable[Series], year: int, basis: str) -> Cited | None:
    """The year's throughput point in ``basis``: a full year before a part of it, a forecast last."""
    order = ("full year", "part of a year", "forecast")
    found = [
        _cited(one, point)
        for one in series
        if one.measure == "throughput" and one.basis == basis
        for point in one.points
        if point.year == year and point.period_kind in order
    ]
    return min(found, key=lambda c: order.index(c.point.period_kind), default=None)


def reading(series: Sequence[Series], feature: str, year: int, basis: str) -> Reading:
    """The feature's utilisation in ``year`` in one basis, or why there is none."""
    mine = [one for one in series if feature in one.features]
    capacity = capacity_in_force(mine, year, basis)
    throughput = throughput_of(mine, year, basis)
    made = Reading(feature, year, basis, None, "", capacity, throughput)
    if capacity is None:
        return _why(made, NO_CAPACITY, mine, year)
    if throughput is None:
        return _why(made, NO_THROUGHPUT, mine, year)
    if throughput.point.period_kind == "part of a year":
        return _with(made, PART_YEAR)
    if throughput.point.period_kind == "forecast":
        return _with(made, FORECAST)
    return Reading(feature, year, basis, throughput.amount / capacity.amount, "", capacity, throughput)


def _with(made: Reading, reason: str) -> Reading:
    return Reading(made.feature, made.year, made.basis, None, reason, made.capacity, made.throughput)


def _why(made: Reading, reason: str, mine: Sequence[Series], year: int) -> Reading:
    """No data, and why: one measure is missing, or it is given only in the other basis than the one at hand."""
    other = next(b for b in BASES if b != made.basis)
    if reason == NO_CAPACITY:
        crossed = made.throughput is not None and capacity_in_force(mine, year, other) is not None
    else:
        crossed = throughput_of(mine, year, other) is not None
    return _with(made, OTHER_BASIS if crossed else reason)


def feature_readings(series: Sequence[Series], feature: str, year: int) -> tuple[Reading, ...]:
    """The feature's readings in ``year``: one per basis its series use (tonnes first)."""
    used = {one.basis for one in series if feature in one.features and one.measure}
    return tuple(reading(series, feature, year, basis) for basis in PREFERRED if basis in used)


def best_reading(readings: Sequence[Reading]) -> Reading | None:
    """The reading to colour a feature by: the first with a fraction, else the first."""
    return next((r for r in readings if r.fraction is not None), readings[0] if readings else None)


def utilisation_by_feature(series: Sequence[Series], year: int) -> dict[str, Reading]:
    """Every feature with a capacity or throughput series: its reading for ``year`` (fraction None: no data)."""
    features = sorted({f for one in series if one.measure for f in one.features})
    found = {feature: best_reading(feature_readings(series, feature, year)) for feature in features}
    return {feature: one for feature, one in found.items() if one is not None}


def _over(series: Sequence[Series], one: Series, feature: str, point: SeriesPoint) -> Reading | None:
    """The reading a throughput point gives, if it puts utilisation above 100 % and its source does not say so."""
    if point.year is None or point.over_capacity_stated:
        return None
    found = reading(series, feature, point.year, one.basis)
    mine = found.throughput is not None and found.throughput.point is point
    return found if mine and found.fraction is not None and found.fraction > 1 else None


def over_capacity_problems(series: Sequence[Series], file: str = "figures.json") -> list[Problem]:
    """A utilisation above 100 % whose throughput point does not quote its source saying so."""
    problems = []
    for one in series:
        for feature in one.features if one.measure == "throughput" else ():
            for point in one.points:
                found = _over(series, one, feature, point)
                if found is None or found.capacity is None or found.fraction is None:
                    continue
                problems.append(
                    Problem.about(
                        file,
                        one.id,
                        "points",
                        f"the throughput for {shown(point.period)} is {found.fraction:.0%} of {feature}'s capacity "
                        f"({found.capacity.series.id}, {shown(found.capacity.point.period)}): above 100 % needs "
                        "over_capacity_stated with the source's own words",
                    )
                )
    return problems
