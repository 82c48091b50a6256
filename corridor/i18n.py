"""The words of the page, one catalogue per language, and how each language writes numbers and days.

Each language is one file, ``corridor/locales/<code>.toml``: the interface's
sentences, the map's and the legend's words, the table's headings, the names
of kinds, statuses, qualifiers, periods, layers and countries, and the Babel
locale that writes its numbers and dates. Adding a language adds a file; no
code names a language but English, the language the data is written in.
Features carry their own names and texts in every language (``name_<code>``).
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Protocol

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
# Beside the catalogues: each term's word in every language, which the texts are checked against.
GLOSSARY = LOCALES_DIR / "glossary.toml"
# The language the data is written in: its texts carry no suffix, and every other language falls back to it.
BASE = "en"
SECTIONS = (
    "countries",
    "layers",
    "kinds",
    "statuses",
    "qualifiers",
    "periods",
    "table",
    "legend",
    "map",
    "ui",
)
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@dataclass(frozen=True)
class Catalogue:
    """One language's words. ``catalogue["key"]`` is a sentence of the interface."""

    code: str
    name: str
    order: int
    locale: str
    day_format: str
    second: str
    fallback: str
    sections: Mapping[str, Mapping[str, str]]
    # Sentences that hold a count, by key: each in every CLDR plural category
    # its locale has ({"one": "{count} figure", "other": "{count} figures"}).
    plurals: Mapping[str, Mapping[str, str]]

    def __getitem__(self, key: str) -> str:
        return self.sections["ui"][key]

    def __getattr__(self, section: str) -> Mapping[str, str]:
        try:
            return self.sections[section]
        except KeyError:
            raise AttributeError(section) from None

    @property
    def names(self) -> tuple[str, ...]:
        """Where a feature's name is looked for: this language, then its fallbacks, then the base."""
        chain = [self.code]
        code = self.fallback
        while code and code not in chain:
            chain.append(code)
            code = read_catalogue(code).fallback if code in LANGUAGES else ""
        return (*chain, *(() if BASE in chain else (BASE,)))


def _read(path: Path) -> Catalogue:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    about = data["language"]
    return Catalogue(
        code=path.stem,
        name=about["name"],
        order=about["order"],
        locale=about["locale"],
        day_format=about["day_format"],
        second=about["second"],
        fallback=about["fallback"],
        sections={name: dict(data[name]) for name in SECTIONS},
        plurals={key: dict(forms) for key, forms in data["plurals"].items()},
    )


@cache
def read_catalogue(code: str) -> Catalogue:
    return _read(LOCALES_DIR / f"{code}.toml")


def _languages() -> tuple[str, ...]:
    codes = [path.stem for path in LOCALES_DIR.glob("*.toml") if path != GLOSSARY]
    return tuple(sorted(codes, key=lambda code: (read_catalogue(code).order, code)))


# Every language the page speaks, in the order the language switch offers them.
LANGUAGES = _languages()
LANGUAGE_NAMES = {code: read_catalogue(code).name for code in LANGUAGES}


def words(language: str) -> Catalogue:
    """Every word of the page in ``language``: ``words(language)["key"]``, ``words(language).kinds``."""
    return read_catalogue(language)


def _table(section: str) -> dict[str, Mapping[str, str]]:
    return {code: getattr(read_catalogue(code), section) for code in LANGUAGES}


UI = _table("ui")
STATUS_LABELS = _table("statuses")
KIND_LABELS = _table("kinds")
QUALIFIER_WORDS = _table("qualifiers")
PERIOD_KIND_WORDS = _table("periods")


def suffixed(name: str, language: str) -> str:
    """The property that holds a text in ``language``: ``description``, ``description_ru``.

    A name that already ends in the base language's suffix (``name_en``) swaps it.
    """
    stem = name.removesuffix(f"_{BASE}")
    if language == BASE:
        return name
    return f"{stem}_{language}"


def fallbacks(language: str) -> tuple[str, ...]:
    """Where a text is looked for: the language, its catalogue's fallbacks, then English."""
    return words(language).names if language in LANGUAGES else (language, BASE)


def text_of(properties: Mapping[str, object], name: str, language: str, default: object = "") -> object:
    """A feature's text in the language, else in the language's fallbacks, else in English."""
    for code in fallbacks(language):
        value = properties.get(suffixed(name, code))
        if value:
            return value
    return default


def in_language(texts: Mapping[str, str], language: str) -> str:
    """Of a text in several languages (by code), the one in ``language``, else in its fallbacks, else English."""
    return next((texts[code] for code in fallbacks(language) if texts.get(code)), "")


def names_of(properties: Mapping[str, Any], name: str = "name_en") -> dict[str, str]:
    """A feature's text in every language it has one in, by language: {"en": ..., "ru": ...}."""
    return {code: properties[key] for code in LANGUAGES if (key := suffixed(name, code)) in properties}


def name_of(properties: Mapping[str, object], language: str) -> str:
    """A feature's name in the language, falling back as its catalogue says, then to English."""
    return str(text_of(properties, "name_en", language))


def label_of(properties: Mapping[str, object], language: str) -> str:
    """A feature's short label on the map: its label, else its name, in the first language that has either."""
    for code in fallbacks(language):
        text = properties.get(suffixed("label_en", code)) or properties.get(suffixed("name_en", code))
        if text:
            return str(text)
    return ""


class Identified(Protocol):
    """Anything named by an id, as a layer of the registry (:class:`corridor.layers.Layer`) is."""

    @property
    def id(self) -> str: ...


def layer_title(layer: Identified, language: str) -> str:
    """A layer's title; a file outside the registry is named by its id."""
    return words(language).layers.get(layer.id, layer.id)


def country_name(code: str, language: str) -> str:
    return words(language).countries[code]


def format_number(value: float, language: str) -> str:
    """A number as the language writes it (Babel's CLDR data): "90,000" and "4.5"; "90 000" and "4,5"."""
    from babel.numbers import format_decimal

    # Fifteen significant digits, as a float holds them; then every digit is kept.
    exact = Decimal(value) if isinstance(value, int) else Decimal(f"{value:.15g}")
    return format_decimal(exact, locale=words(language).locale, decimal_quantization=False)


def plural_categories(language: str) -> frozenset[str]:
    """The CLDR plural categories the language's grammar has: "one" and "other"; "one", "few", "many", "other"."""
    from babel import Locale

    return frozenset({*Locale.parse(words(language).locale).plural_form.tags, "other"})


def plural(language: str, key: str, count: float, **values: object) -> str:
    """The sentence ``key`` of the catalogue's ``[plurals]`` in the form its grammar takes for ``count``.

    Babel's CLDR plural rules pick the form: "1 figure", "2 figures"; "1 цифра",
    "2 цифры", "5 цифр", "21 цифра". ``{count}`` is written as the language
    writes numbers; ``values`` fill the sentence's other placeholders.
    """
    from babel import Locale

    catalogue = words(language)
    forms = catalogue.plurals[key]
    category = Locale.parse(catalogue.locale).plural_form(count)
    return forms.get(category, forms["other"]).format(count=format_number(count, language), **values)


def format_day(day: datetime.date, language: str) -> str:
    """A calendar day as the language writes it: "4 December 2026", "4 декабря 2026 г."."""
    from babel.dates import format_date

    catalogue = words(language)
    return format_date(day, catalogue.day_format, locale=catalogue.locale)


def chart_locale(language: str) -> dict[str, object]:
    """How the charts (Vega's d3 locale) write numbers in the language, from Babel's CLDR data."""
    from babel import Locale

    locale = Locale.parse(words(language).locale)
    symbols = locale.number_symbols["latn"]
    currency = locale.currency_formats["standard"]
    prefix, suffix = currency.prefix[0].replace("¤", "$"), currency.suffix[0].replace("¤", "$")
    return {
        "number": {
            "decimal": symbols["decimal"],
            "thousands": symbols["group"],
            "grouping": [3],
            "currency": [prefix, suffix],
        }
    }


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))
