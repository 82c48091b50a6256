"""Every figure and every point of the year series as one CSV table, ready for analysis.

A row per figure and feature it names (a figure about no feature has one row
with no ``feature_id``), then a row per point of each series. Beside the
source's own value, unit and period, each row gives the value in a plain unit
(``value_normalised``: USD 568 million is 568000000 USD) and, where the
period is a year, a month or a day (or a run of months or days in one year),
its first and last day in ISO-8601. docs/features.md lists every column.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping
from typing import Any

from corridor.dataset import Dataset
from corridor.downloads import csv_text
from corridor.figures import ORDINALS, QUOTE_LANGUAGE, Figure, Series, SeriesPoint
from corridor.i18n import BASE, LANGUAGES

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
RATES = {" a year": "/year", " a day": "/day"}
# Units written out in words, as their symbols.
SYMBOLS = {"tonnes": "t", "cubic metres": "m³", "barrels of oil": "barrels"}
# What follows the unit itself: "km (405 km of it in Azerbaijan)", "… a year, including 100,000 TEU",
# "vessels of 700 containers each".
ASIDE = re.compile(r"\s*\(.*?\)|,.*$| of \d.*$")

MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
_MONTH = "(" + "|".join(MONTHS) + ")"
_YEAR = r"((?:19|20)\d\d)"
# Periods that name whole days: "2024", "December 2023", "January–September 2025",
# "first 7 months of 2025", "30 October 2017", "20–21 October 2025".
PERIODS = (
    re.compile(rf"{_YEAR}"),
    re.compile(rf"{_MONTH} {_YEAR}"),
    re.compile(rf"{_MONTH}[–-]{_MONTH} {_YEAR}"),
    re.compile(rf"first (\d+) months of {_YEAR}"),
    re.compile(rf"(\d{{1,2}}) {_MONTH} {_YEAR}"),
    re.compile(rf"(\d{{1,2}})[–-](\d{{1,2}}) {_MONTH} {_YEAR}"),
)
# A count's name after its period: "2023 (WNAM)".
WHOSE_COUNT = re.compile(r"\s*\([^()]*\)$")


def normalised(value: float, unit: str) -> tuple[float, str]:
    """The value in a plain unit: (568, "USD million") is (568000000.0, "USD"); the unit's asides go."""
    text = unit.strip()
    if text.startswith(ORDINALS):
        text = text.removeprefix(ORDINALS[0]).removeprefix(ORDINALS[1])
    text = ASIDE.sub("", text).strip()
    rate = ""
    for words, symbol in RATES.items():
        if text.endswith(words):
            text, rate = text.removesuffix(words), symbol
    scale = 1.0
    parts = text.split(" ")
    for index, part in enumerate(parts):
        if part in SCALES:
            scale = SCALES[part]
            text = " ".join(parts[:index] + parts[index + 1 :])
            break
    text = SYMBOLS.get(text, text)
    # Fifteen significant digits, as a float holds them: 598.47 million is 598470000, not 598470000.0000001.
    return float(f"{value * scale:.15g}"), f"{text}{rate}"


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def period_days(period: str) -> tuple[str, str]:
    """A period's first and last day in ISO-8601, or ("", "") when it names no year, month or day."""
    text = WHOSE_COUNT.sub("", period.strip())
    for index, pattern in enumerate(PERIODS):
        found = pattern.fullmatch(text)
        if found is None:
            continue
        parts = found.groups()
        year = int(parts[-1])
        if index == 0:
            first, last = (1, 1), (12, 31)
        elif index == 1:
            month = MONTHS[parts[0]]
            first, last = (month, 1), (month, _last_day(year, month))
        elif index == 2:
            start, end = MONTHS[parts[0]], MONTHS[parts[1]]
            first, last = (start, 1), (end, _last_day(year, end))
        elif index == 3:
            end = int(parts[0])
            first, last = (1, 1), (end, _last_day(year, end))
        elif index == 4:
            month = MONTHS[parts[1]]
            first = last = (month, int(parts[0]))
        else:
            month = MONTHS[parts[2]]
            first, last = (month, int(parts[0])), (month, int(parts[1]))
        return f"{year}-{first[0]:02}-{first[1]:02}", f"{year}-{last[0]:02}-{last[1]:02}"
    return "", ""


# A figure's words, in English and in every other language.
FIGURE_WORDS = ("label", "unit", "period", "note")
OTHER_LANGUAGES = tuple(code for code in LANGUAGES if code != BASE)
# Our translations of the quote, one column per language but the quote's own: quote_en, quote_az, ...
QUOTE_COLUMNS = tuple(f"quote_{code}" for code in LANGUAGES if code != QUOTE_LANGUAGE)
FIGURE_COLUMNS = [
    "record",
    "id",
    "feature_id",
    "layers",
    "topic",
    "label",
    "qualifier",
    "value",
    "unit",
    "value_normalised",
    "unit_normalised",
    "period",
    "period_start",
    "period_end",
    "period_kind",
    "measure",
    "basis",
    "over_capacity_stated",
    "note",
    *(f"{key}_{code}" for code in OTHER_LANGUAGES for key in FIGURE_WORDS),
    "quote_ru",
    *QUOTE_COLUMNS,
    "source_id",
    "source_title",
    "source_publisher",
    "source_date",
    "source_url",
]


def _measure(value: float, unit: str, period: str) -> dict[str, object]:
    plain_value, plain_unit = normalised(value, unit)
    start, end = period_days(period)
    return {
        "value": value,
        "unit": unit,
        "value_normalised": plain_value,
        "unit_normalised": plain_unit,
        "period": period,
        "period_start": start,
        "period_end": end,
    }


def _source(source_id: str, sources: Mapping[str, Mapping[str, str]]) -> dict[str, object]:
    source = sources.get(source_id, {})
    return {
        "source_id": source_id,
        "source_title": source.get("title", source_id),
        "source_publisher": source.get("publisher", ""),
        "source_date": source.get("date", ""),
        "source_url": source.get("url", ""),
    }


def _translated_quote(figure: Figure, code: str) -> str:
    """Our translation of the figure's quote into ``code``: the English figure's own, another language's in its block."""
    return figure.quote if code == BASE else figure.words.get(code, {}).get("quote", "")


def _figure_records(figure: Figure, sources: Mapping[str, Mapping[str, str]]) -> Iterator[dict[str, Any]]:
    record = {
        "record": "figure",
        "id": figure.id,
        "layers": "; ".join(figure.layers),
        "topic": figure.topic,
        "label": figure.label,
        "qualifier": figure.qualifier,
        **_measure(figure.value, figure.unit, figure.period),
        "period_kind": figure.period_kind,
        "measure": figure.measure,
        "basis": figure.basis,
        "over_capacity_stated": "",
        "note": figure.note,
        **{
            f"{key}_{code}": figure.words.get(code, {}).get(key, "")
            for code in OTHER_LANGUAGES
            for key in FIGURE_WORDS
        },
        "quote_ru": figure.quote_ru,
        **{f"quote_{code}": _translated_quote(figure, code) for code in LANGUAGES if code != QUOTE_LANGUAGE},
        **_source(figure.source, sources),
    }
    for feature_id in figure.features or ("",):
        yield {**record, "feature_id": feature_id}


def _point_words(series: Series, index: int, code: str) -> dict[str, str]:
    shown = series.in_language(code)
    if shown is series:
        return dict.fromkeys(FIGURE_WORDS, "")
    point = shown.points[index]
    return {"label": shown.label, "unit": shown.unit, "period": point.period, "note": point.note}


def _point_records(
    series: Series, index: int, point: SeriesPoint, sources: Mapping[str, Mapping[str, str]]
) -> Iterator[dict[str, Any]]:
    """A row for the point, one per feature its series names (one with no feature id if it names none)."""
    other = {code: _point_words(series, index, code) for code in OTHER_LANGUAGES}
    record = {
        "record": "series",
        "id": series.id,
        "layers": "",
        "topic": series.topic,
        "label": series.label,
        "qualifier": point.qualifier,
        **_measure(point.value, series.unit, point.period),
        "period_kind": point.period_kind,
        "measure": series.measure,
        "basis": series.basis,
        "over_capacity_stated": point.over_capacity_stated,
        "note": point.note,
        **{f"{key}_{code}": other[code][key] for code in OTHER_LANGUAGES for key in FIGURE_WORDS},
        "quote_ru": "",
        **dict.fromkeys(QUOTE_COLUMNS, ""),
        **_source(point.source, sources),
    }
    for feature_id in series.features or ("",):
        yield {**record, "feature_id": feature_id}


def figures_csv(dataset: Dataset) -> str:
    """Every figure, a row per feature it names, then every point of every series, a row per feature it names."""
    records = [record for figure in dataset.figures for record in _figure_records(figure, dataset.sources)]
    records += [
        record
        for series in dataset.series
        for index, point in enumerate(series.points)
        for record in _point_records(series, index, point, dataset.sources)
    ]
    return csv_text(records, FIGURE_COLUMNS)
