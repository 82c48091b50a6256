"""Figures: every number the app shows, with its period and source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from corridor.contract import Problem
from corridor.i18n import PERIOD_KIND_WORDS, QUALIFIER_WORDS, format_number

# The words a figure may use for its qualifier and the kind of its period,
# written once, in the table that gives each its words in every language.
QUALIFIERS = tuple(QUALIFIER_WORDS["en"])
PERIOD_KINDS = tuple(PERIOD_KIND_WORDS["en"])
TOPICS = ("trade", "cargo", "tourism", "relations", "digital", "rail")

# Units that carry a currency go after the currency code: "USD 568 million".
CURRENCY = "USD "
# A unit that starts with an ordinal suffix joins the number: "100,000th container",
# "100 000-й контейнер".
ORDINALS = ("th ", "-")
UNIT_SCALE = {"USD million": 1e6, "USD billion a year": 1e9}


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
    # The interview's own Russian words for the figure, quoted as they stand.
    quote_ru: str = ""
    # The figure's words in other languages: {"ru": {"label", "unit", "period", "note"}}.
    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False, hash=False)
    language: str = "en"
    # The unit as shown; ``unit`` stays the English one that charts convert between.
    shown_unit: str = ""

    def in_language(self, language: str) -> Figure:
        """The same figure, with its label, unit, period and note in ``language``."""
        if language == self.language or language not in self.words:
            return self
        words = self.words[language]
        return replace(
            self,
            label=words["label"],
            period=words["period"],
            note=words.get("note", ""),
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
    def _qualifier(self) -> str:
        return QUALIFIER_WORDS[self.language][self.qualifier]

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
        return f"{self._qualifier} {self._number}".strip()

    @property
    def value_text(self) -> str:
        number, unit = self._number, self.display_unit
        if self.money and self.language == "en":
            text = f"{CURRENCY}{number} {unit[len(CURRENCY) :]}"
        elif unit.startswith(ORDINALS):
            text = f"{number}{unit}"
        else:
            text = f"{number} {unit}"
        return f"{self._qualifier} {text}".strip()

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
class Series:
    """A yearly series from one source."""

    id: str
    label: str
    unit: str
    source: str
    note: str
    points: tuple[tuple[str, float], ...]
    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False, hash=False)

    def in_language(self, language: str) -> Series:
        if language not in self.words:
            return self
        words = self.words[language]
        return replace(self, label=words["label"], unit=words["unit"], note=words.get("note", ""), words={})


# Each figure's words in Russian: the interface is in both languages, and so is every figure.
TRANSLATIONS = ("ru",)
TRANSLATED_FIELDS = ("label", "unit", "period")


def _words_problems(raw: Mapping, label: str, file: str) -> list[Problem]:
    found = []
    for language in TRANSLATIONS:
        words = raw.get(language)
        if not isinstance(words, Mapping):
            found.append(Problem(file, label, language, "missing: the figure's words in this language"))
            continue
        names = TRANSLATED_FIELDS + (("note",) if raw.get("note") else ())
        for name in names:
            if not isinstance(words.get(name), str) or not words[name].strip():
                found.append(Problem(file, label, f"{language}.{name}", "must be a non-empty string"))
    return found


_TEXT_FIELDS = ("id", "topic", "label", "unit", "period", "period_kind", "source")


def _figure_problems(raw: Mapping, source_ids: set[str], file: str) -> list[Problem]:
    label = repr(raw.get("id", "?"))
    found: list[tuple[str, str]] = []
    for name in _TEXT_FIELDS:
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            found.append((name, "must be a non-empty string"))
    value = raw.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        found.append(("value", "must be a number"))
    if raw.get("qualifier", "") not in QUALIFIERS:
        found.append(("qualifier", f"must be one of {QUALIFIERS}"))
    if raw.get("topic") not in TOPICS:
        found.append(("topic", f"must be one of {TOPICS}"))
    if raw.get("period_kind") not in PERIOD_KINDS:
        found.append(("period_kind", f"must be one of {PERIOD_KINDS}"))
    if not isinstance(raw.get("quote_ru", ""), str):
        found.append(("quote_ru", "must be a string"))
    if raw.get("source") not in source_ids:
        found.append(("source", f"unknown source id {raw.get('source')!r}"))
    return [Problem(file, label, name, message) for name, message in found] + _words_problems(
        raw, label, file
    )


def parse_figures(
    document: object, source_ids: set[str], file: str = "figures.json"
) -> tuple[tuple[Figure, ...], Series | None, list[Problem]]:
    """Turn the parsed figures file into figures, leaving out (and reporting) bad ones."""
    if not isinstance(document, Mapping) or not isinstance(document.get("figures"), list):
        return (), None, [Problem(file, "-", "figures", "must be a list")]
    figures: list[Figure] = []
    problems: list[Problem] = []
    for raw in document["figures"]:
        if not isinstance(raw, Mapping):
            problems.append(Problem(file, "?", "figure", "must be an object"))
            continue
        found = _figure_problems(raw, source_ids, file)
        if found:
            problems.extend(found)
            continue
        figures.append(
            Figure(
                **{k: raw[k] for k in (*_TEXT_FIELDS, "value")},
                qualifier=raw.get("qualifier", ""),
                note=raw.get("note", ""),
                quote_ru=raw.get("quote_ru", ""),
                headline=bool(raw.get("headline", False)),
                layers=tuple(raw.get("layers", ())),
                features=tuple(raw.get("features", ())),
                words={language: dict(raw[language]) for language in TRANSLATIONS},
            )
        )
    series = None
    raw_series = document.get("series")
    if isinstance(raw_series, Mapping):
        series = Series(
            id=raw_series["id"],
            label=raw_series["label"],
            unit=raw_series["unit"],
            source=raw_series["source"],
            note=raw_series.get("note", ""),
            points=tuple((str(year), float(v)) for year, v in raw_series["points"]),
            words={
                language: dict(raw_series[language]) for language in TRANSLATIONS if language in raw_series
            },
        )
    return tuple(figures), series, problems
