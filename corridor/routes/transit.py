"""A route's time: each leg's moving time and each stop's dwell from the cited facts, and their sum.

Pure arithmetic in exact fractions, on hours:

- a rail leg moves at its line's cited speed: ``km / (km a day) × 24`` hours, the fastest speed
  giving the shortest time, so a speed range gives a time range;
- a sea leg takes its lane's cited crossing hours;
- a stop (a port where the route changes mode, a ferry wait where it boards a ship, a border, a
  gauge change) takes its place's cited dwell for that kind of stop;
- the total is the sum of the known ranges; what no source gives a number for is listed, and
  left out, never counted as zero;
- the part that contributes most is the one with the largest upper bound (of two alike, the first:
  the legs in order, then the stops in order).

The route's own two ends are not stops: time spent there is not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from corridor.routes.search import Route
from corridor.transitfile import CROSSING, SPEED, TRIP, TimeFact

HOURS_A_DAY = Fraction(24)

Hours = tuple[Fraction, Fraction]


@dataclass(frozen=True)
class LegIn:
    """A leg as the arithmetic needs it: its line or lane, its mode and its length."""

    feature: str
    mode: str
    km: Fraction


@dataclass(frozen=True)
class StopIn:
    """A stop between two legs: its place and its kind (a node kind of ``transitfile``)."""

    place: str
    kind: str


@dataclass(frozen=True)
class Part:
    """A leg (``leg`` is its index) or a stop, with its hours and the fact they come from, if any."""

    leg: int | None
    stop: StopIn | None
    hours: Hours | None
    fact: TimeFact | None

    @property
    def known(self) -> bool:
        return self.hours is not None


@dataclass(frozen=True)
class Transit:
    """A route's time: its legs and stops, the total over what is known, what is not, and the largest part."""

    legs: tuple[Part, ...]
    stops: tuple[Part, ...]
    total: Hours | None
    unknown: tuple[Part, ...]
    largest: Part | None
    # Whole trips a source times between the route's two ends, to set beside the sum.
    trips: tuple[TimeFact, ...] = ()

    @property
    def total_days(self) -> Hours | None:
        return None if self.total is None else (self.total[0] / HOURS_A_DAY, self.total[1] / HOURS_A_DAY)


def leg_hours(leg: LegIn, facts: Iterable[TimeFact]) -> tuple[Hours | None, TimeFact | None]:
    """A leg's moving time from its line's speed or its lane's crossing; (None, fact) if the fact has no number."""
    kind = SPEED if leg.mode == "rail" else CROSSING
    fact = next((f for f in facts if f.kind == kind and leg.feature in f.applies_to), None)
    if fact is None or fact.value is None:
        return None, fact
    if kind == CROSSING:
        return fact.value, fact
    slowest, fastest = fact.value
    return (leg.km * HOURS_A_DAY / fastest, leg.km * HOURS_A_DAY / slowest), fact


def stop_hours(stop: StopIn, facts: Iterable[TimeFact]) -> tuple[Hours | None, TimeFact | None]:
    """A stop's dwell from its place's fact of that kind; (None, fact) if the fact has no number."""
    fact = next((f for f in facts if f.kind == stop.kind and f.applies_to == (stop.place,)), None)
    return (None if fact is None else fact.value), fact


def transit_time(
    legs: Sequence[LegIn],
    stops: Sequence[StopIn],
    facts: Sequence[TimeFact],
    ends: tuple[str, str] | None = None,
) -> Transit:
    """The time of a route made of ``legs`` and ``stops``, from ``facts``; its cited whole trips between ``ends``."""
    leg_parts = tuple(Part(index, None, *leg_hours(leg, facts)) for index, leg in enumerate(legs))
    stop_parts = tuple(Part(None, stop, *stop_hours(stop, facts)) for stop in stops)
    parts = leg_parts + stop_parts
    known = [part for part in parts if part.hours is not None]
    total = None
    largest = None
    if known:
        total = (sum((p.hours[0] for p in known), Fraction(0)), sum((p.hours[1] for p in known), Fraction(0)))  # type: ignore[index]
        # max keeps the first of equal bounds.
        largest = max(known, key=lambda p: p.hours[1])  # type: ignore[index]
    trips = tuple(f for f in facts if f.kind == TRIP and ends is not None and f.applies_to == ends)
    unknown = tuple(part for part in parts if part.hours is None)
    return Transit(leg_parts, stop_parts, total, unknown, largest, trips)


def route_stops(route: Route) -> tuple[StopIn, ...]:
    """The stops between a route's legs, in order, from where it changes mode, gauge or country.

    Boarding a ship is a port stop and a ferry wait; leaving one, a port stop. A place and kind is
    one stop however many changes name it.
    """
    found: list[StopIn] = []
    for change in route.changes:
        if change.kind == "mode":
            kinds = ("port", "ferry wait") if change.after == "sea" else ("port",)
        else:
            kinds = ("gauge change",) if change.kind == "gauge" else ("border",)
        for kind in kinds:
            stop = StopIn(change.place, kind)
            if stop not in found and change.place not in (route.origin, route.destination):
                found.append(stop)
    return tuple(found)


def route_transit(route: Route, facts: Sequence[TimeFact]) -> Transit:
    """A found route's time from the cited facts."""
    legs = [LegIn(leg.feature, leg.mode, Fraction(leg.km)) for leg in route.legs]
    return transit_time(legs, route_stops(route), facts, (route.origin, route.destination))
