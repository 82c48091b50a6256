"""A route's time in words, in a language: the total in days, each leg and stop, what is left out.

Numbers are written as the language writes them; days take the plural form the language's
grammar gives the range's upper end ("4,8–5,3 дня", "9–12 дней"). A range is rounded outwards
(its lower end down, its upper end up, to a tenth), so the words never claim more than the sum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from corridor.i18n import format_number, plural, words
from corridor.routes.network import Network
from corridor.routes.search import Route
from corridor.routes.transit import Hours, Part, Transit
from corridor.routes.wording import place_name
from corridor.transitfile import SPEED, TimeFact

STOP_WORDS = {
    "port": "transit_port",
    "border": "transit_border",
    "gauge change": "transit_gauge",
    "ferry wait": "transit_ferry_wait",
}


@dataclass(frozen=True)
class Line:
    """One line of the explorer's time: its text, and the fact it cites (None when no source has one)."""

    text: str
    fact: TimeFact | None


def _tenths(value: Fraction, up: bool) -> Fraction:
    scaled = value * 10
    return Fraction(math.ceil(scaled) if up else math.floor(scaled), 10)


def _number(value: Fraction, language: str) -> str:
    whole = int(value)
    return format_number(whole if whole == value else float(value), language)


def days_text(days: Hours, language: str) -> str:
    """A range of days, rounded outwards to tenths: "4.8–5.3 days"; one number when both ends agree."""
    low, high = _tenths(days[0], up=False), _tenths(days[1], up=True)
    said = plural(language, "transit_days", float(high) if high != int(high) else int(high))
    return said if low == high else f"{_number(low, language)}–{said}"


def hours_text(hours: Hours, language: str) -> str:
    """A range of hours: a cited number as it stands (4.25, 20.1), any other to a tenth ("39.1 h")."""

    def one(value: Fraction) -> Fraction:
        return value if (value * 100).denominator == 1 else Fraction(round(value * 10), 10)

    low, high = one(hours[0]), one(hours[1])
    number = _number(low, language) if low == high else f"{_number(low, language)}–{_number(high, language)}"
    return words(language)["transit_hours"].format(hours=number)


def part_name(part: Part, route: Route, network: Network, language: str) -> str:
    """A leg by its line's name and stretch; a stop by its place and kind."""
    if part.leg is not None:
        leg = route.legs[part.leg]
        stretch = f"{place_name(network, leg.start, language)} → {place_name(network, leg.end, language)}"
        return f"{leg.name(language)} ({stretch})"
    assert part.stop is not None
    kind = words(language)[STOP_WORDS[part.stop.kind]]
    return f"{place_name(network, part.stop.place, language)} ({kind})"


def _cited(fact: TimeFact, language: str) -> str:
    return f"{fact.what(language)}, {fact.period(language)}"


def part_line(part: Part, route: Route, network: Network, language: str) -> Line:
    """A leg's or stop's time with what it is computed from, or that no source gives one."""
    say = words(language)
    name = part_name(part, route, network, language)
    if part.hours is None or part.fact is None:
        return Line(say["transit_part_unknown"].format(part=name), part.fact)
    if part.fact.kind == SPEED and part.leg is not None:
        text = say["transit_leg_speed"].format(
            part=name,
            hours=hours_text(part.hours, language),
            km=format_number(round(route.legs[part.leg].km), language),
            speed=_range(part.fact.value, language),  # type: ignore[arg-type]
            cited=_cited(part.fact, language),
        )
    else:
        text = say["transit_part"].format(
            part=name, hours=hours_text(part.hours, language), cited=_cited(part.fact, language)
        )
    return Line(text, part.fact)


def _range(value: Hours, language: str) -> str:
    low, high = value
    return _number(low, language) if low == high else f"{_number(low, language)}–{_number(high, language)}"


def total_text(transit: Transit, language: str) -> str:
    """The total over what is known, in days, or that no source gives a time for any part."""
    days = transit.total_days
    if days is None:
        return words(language)["transit_none"]
    return words(language)["transit_total"].format(days=days_text(days, language))


def largest_text(transit: Transit, route: Route, network: Network, language: str) -> str | None:
    part = transit.largest
    if part is None or part.hours is None:
        return None
    return words(language)["transit_largest"].format(
        part=part_name(part, route, network, language), hours=hours_text(part.hours, language)
    )


def unknown_text(transit: Transit, route: Route, network: Network, language: str) -> str | None:
    """What no source gives a number for, named plainly, and that the range leaves it out."""
    if not transit.unknown:
        return None
    names = "; ".join(part_name(part, route, network, language) for part in transit.unknown)
    return words(language)["transit_left_out"].format(parts=names)


def trip_line(fact: TimeFact, language: str) -> Line:
    """A whole trip a source times between the route's ends, to set beside the computed range."""
    assert fact.value is not None
    days = (fact.value[0] / 24, fact.value[1] / 24)
    return Line(
        words(language)["transit_trip"].format(
            what=fact.what(language), days=days_text(days, language), period=fact.period(language)
        ),
        fact,
    )
