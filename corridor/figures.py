"""Figures: every number the app shows, with its period and source."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from corridor.contract import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    shown,
)
from corridor.i18n import QUALIFIER_WORDS, format_number

# The words a figure may use for its qualifier ("" when its source states the
# number plainly) and the kind of its period; the translation tables give each
# its words in every language.
QUALIFIERS = ("", "about", "almost", "more than", "over", "up to", "at least")
PERIOD_KINDS = (
    "full year",
    "part of a year",
    "target",
    "unstated",
    "milestone",
    "capacity",
    "length",
    "design",
    "planned",
    "forecast",
)
TOPICS = ("trade", "cargo", "tourism", "relations", "digital", "rail", "energy")
# The language the interview's quotes are in (``quote_ru``); every other language gets our translation.
QUOTE_LANGUAGE = "ru"

# Units that carry a currency go after the currency code: "USD 568 million".
CURRENCY = "USD "
# A unit that starts with an ordinal suffix joins the number: "100,000th container",
# "100 000-й контейнер".
ORDINALS = ("th ", "-")
UNIT_SCALE = {"USD million": 1e6, "USD billion a year": 1e9}
YEAR_PATTERN = re.compile(r"\b(19|20)\d\d\b")
WORD = re.compile(r"\w+")


def _one_word(a: str, b: str) -> bool:
    """Whether two words are forms of one word, as inflection makes them.

    They agree but for their last two letters at most ("visitors", "visitor";
    "посетителей", "Посетители"; "судна", "Суда"), or one begins the other, as a
    suffix lengthens a word ("ziyarətçi", "ziyarətçilər").
    """
    a, b = a.casefold(), b.casefold()
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if common < 3:
        return False
    return max(len(a), len(b)) - common <= 2 or (common == min(len(a), len(b)) and common >= 4)


def names_unit(label: str, unit: str) -> bool:
    """Whether ``label`` already says ``unit``, a unit of one word: "Visitors to Azerbaijan" says "visitors".

    A unit of several words ("million tonnes", "USD million") is never taken as said.
    """
    unit = unit.strip()
    if not WORD.fullmatch(unit):
        return False
    return any(_one_word(word, unit) for word in WORD.findall(label))


def with_unit(label: str, unit: str) -> str:
    """A label with its unit in brackets, unless it says it already: "Middle Corridor cargo (million tonnes)"."""
    return label if not unit or names_unit(label, unit) else f"{label} ({unit})"


def period_year(period: str) -> int | None:
    """The year a period names first ("January-September 2025": 2025), or None."""
    found = YEAR_PATTERN.search(period)
    return int(found.group()) if found else None


def period_problem(period: str) -> str | None:
    """What is wrong with the year a period names (2099 would stretch the year slider to it); None when fine."""
    year = period_year(period)
    if year is not None and not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return f"{shown(period)} names the year {year}, outside {EARLIEST_YEAR} to {LATEST_YEAR}"
    return None


def stated(value: float, qualifier: str, unit: str, language: str) -> str:
    """A value as its source states it, in ``language``: "more than USD 500 million", "about 90,000 visitors".

    ``unit`` is the unit as shown in that language; an English money unit puts
    the currency first, and an ordinal suffix joins the number.
    """
    number = format_number(value, language)
    if unit.startswith(CURRENCY):
        text = f"{CURRENCY}{number} {unit[len(CURRENCY) :]}"
    elif unit.startswith(ORDINALS):
        text = f"{number}{unit}"
    else:
        text = f"{number} {unit}".strip()
    words = QUALIFIER_WORDS[language][qualifier]
    # A language whose qualifier follows the value ("500 ... мөлшерінен астам") marks the value's place with {}.
    return words.replace("{}", text) if "{}" in words else f"{words} {text}".strip()


@dataclass(frozen=True)
class Figure:
    """One figure as its source gives it, in English; :meth:`in_language` gives its other words."""

    id: str
    topic: str
    label: str
    value: float
    unit: str
    period: str
    period_kind: str
    source: str
    qualifier: str = ""
    note: str = ""
    headline: bool = False
    layers: tuple[str, ...] = ()
    features: tuple[str, ...] = ()
    # What a capacity or throughput figure measures ("capacity", "throughput") and in what ("tonnes", "TEU").
    measure: str = ""
    basis: str = ""
    # The interview's own Russian words for the figure, quoted as they stand.
    quote_ru: str = ""
    # Our translation of ``quote_ru`` into the figure's language ("" in Russian, the quote's own):
    # ``quote_en`` in figures.json, and ``quote`` in each other language's block.
    quote: str = ""
    # The figure's words in other languages: {"ru": {"label", "unit", "period", "note"}, "az": {..., "quote"}}.
    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False, hash=False)
    language: str = "en"
    # The unit as shown; ``unit`` stays the English one that charts convert between.
    shown_unit: str = ""

    def in_language(self, language: str) -> Figure:
        """The same figure, with its label, unit, period, note and our translation of its quote in ``language``."""
        if language == self.language or language not in self.words:
            return self
        words = self.words[language]
        return replace(
            self,
            label=words["label"],
            period=words["period"],
            note=words.get("note", ""),
            quote="" if language == QUOTE_LANGUAGE else words.get("quote", ""),
            shown_unit=words["unit"],
            language=language,
        )

    @property
    def display_unit(self) -> str:
        return self.shown_unit or self.unit

    @property
    def _number(self) -> str:
        return format_number(self.value, self.language)

    @property
    def money(self) -> bool:
        return self.unit.startswith(CURRENCY)

    @property
    def number_text(self) -> str:
        """The qualified number without its unit, for a metric whose label names the unit.

        Money keeps its currency and scale: "USD 568 million".
        """
        if self.money:
            return self.value_text
        return stated(self.value, self.qualifier, "", self.language)

    @property
    def value_text(self) -> str:
        return stated(self.value, self.qualifier, self.display_unit, self.language)

    def value_beside(self, label: str | None = None) -> str:
        """The value as said beside ``label`` (the figure's own by default), its unit said once.

        "about 90,000" beside "Visitors to Azerbaijan from Kazakhstan", whose
        label says the unit; "4.5 million tonnes" beside "Cargo carried on the Middle Corridor".
        """
        if names_unit(self.label if label is None else label, self.display_unit):
            return stated(self.value, self.qualifier, "", self.language)
        return self.value_text

    def convertible_to(self, unit: str) -> bool:
        return unit == self.unit or (unit in UNIT_SCALE and self.unit in UNIT_SCALE)

    def in_units_of(self, unit: str) -> float:
        """The value converted to another unit of the same kind (for charts)."""
        if unit == self.unit:
            return self.value
        return self.value * UNIT_SCALE[self.unit] / UNIT_SCALE[unit]

    def belongs_to(self, feature_id: str, layer_id: str) -> bool:
        return feature_id in self.features or layer_id in self.layers

    def describes(self, feature_id: str) -> bool:
        """Whether the figure is this feature's own: it names this feature alone and no layer.

        A figure that also names other features or a whole layer is context:
        it is about the corridor, or about every link of a kind.
        """
        return self.features == (feature_id,) and not self.layers


@dataclass(frozen=True)
class SeriesPoint:
    """One bar of a series: its period, its value as the source states it, and its source."""

    period: str
    value: float
    source: str
    qualifier: str = ""
    period_kind: str = "full year"
    note: str = ""
    language: str = "en"
    # A capacity in force only before this year ("until the upgrade of May 2024": 2024), for every year before it.
    until: int | None = None
    # The source's own words where it says the throughput exceeded the capacity.
    over_capacity_stated: str = ""

    @property
    def year(self) -> int | None:
        return period_year(self.period)

    def value_text(self, unit: str = "") -> str:
        """The value as stated, with ``unit`` (the series' unit in the point's language) if given."""
        return stated(self.value, self.qualifier, unit, self.language)


@dataclass(frozen=True)
class Series:
    """A yearly series: each point with its period, as stated, and its source."""

    id: str
    topic: str
    label: str
    unit: str
    source: str
    note: str
    points: tuple[SeriesPoint, ...]
    # The features the series is about, and, for a capacity or throughput, the measure and its basis.
    features: tuple[str, ...] = ()
    measure: str = ""
    basis: str = ""
    # As figures.json gives them: "label", "unit" and "note" texts, "periods" and "notes" tables.
    words: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, compare=False, hash=False)

    def in_language(self, language: str) -> Series:
        if language not in self.words:
            return self
        words = self.words[language]
        periods = words.get("periods", {})
        notes = words.get("notes", {})
        points = tuple(
            replace(
                point,
                period=periods.get(point.period, point.period),
                note=notes.get(point.period, "") if point.note else "",
                language=language,
            )
            for point in self.points
        )
        return replace(
            self,
            label=words["label"],
            unit=words["unit"],
            note=words.get("note", ""),
            points=points,
            words={},
        )

    @property
    def sources(self) -> tuple[str, ...]:
        """The series' source, then every other source its points cite."""
        found = [self.source]
        for point in self.points:
            if point.source not in found:
                found.append(point.source)
        return tuple(found)
