"""Reading ``figures.json``: every figure and series checked, and each one at fault named and left out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from corridor.capacity import measure_problems, point_field_problem
from corridor.contract import (
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    Problem,
    finite_number,
    id_problem,
    shown,
    text_problem,
)
from corridor.figures import (
    PERIOD_KINDS,
    QUALIFIERS,
    QUOTE_LANGUAGE,
    TOPICS,
    Figure,
    Series,
    SeriesPoint,
    period_problem,
)
from corridor.i18n import BASE, LANGUAGES

# Each figure's words in every language the page speaks beside English, the data's own.
TRANSLATIONS = tuple(code for code in LANGUAGES if code != BASE)
TRANSLATED_FIELDS = ("label", "unit", "period")
# The languages a quote is translated into: every one but the quote's own.
QUOTE_TRANSLATIONS = tuple(code for code in TRANSLATIONS if code != QUOTE_LANGUAGE)


def _text_problems(
    raw: Mapping[str, Any], names: tuple[str, ...], optional: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """``(field, message)`` for each of ``names`` that is not a fit text, and each of ``optional`` given but unfit."""
    found = []
    for name in names + tuple(n for n in optional if n in raw):
        limit = MAX_DESCRIPTION_LENGTH if name in LONG_TEXTS else MAX_NAME_LENGTH
        if message := text_problem(raw.get(name), limit):
            found.append((name, message))
    return found


# Texts that may run to a description's length; the rest are a name's.
LONG_TEXTS = ("note", "quote_ru", "quote_en", "quote")


def _words_problems(raw: Mapping[str, Any]) -> list[tuple[str, str]]:
    found = []
    for language in TRANSLATIONS:
        words = raw.get(language)
        if not isinstance(words, Mapping):
            found.append((language, "missing: the figure's words in this language"))
            continue
        names = TRANSLATED_FIELDS + (("note",) if raw.get("note") else ())
        found.extend((f"{language}.{name}", message) for name, message in _text_problems(words, names))
        if language in QUOTE_TRANSLATIONS:
            quote = _quote_problems(raw, words, "quote")
            found.extend((f"{language}.{name}", message) for name, message in quote)
    return found


def _quote_problems(raw: Mapping[str, Any], words: Mapping[str, Any], name: str) -> list[tuple[str, str]]:
    """Our translation (``words[name]``) of the interview's words: given with the quote, and only with it."""
    if not raw.get("quote_ru"):
        return [(name, "a translation of no quote: the figure has no quote_ru")] if name in words else []
    if name not in words:
        return [(name, "missing: our translation of the interview's words in quote_ru")]
    return _text_problems(words, (name,))


_TEXT_FIELDS = ("id", "topic", "label", "unit", "period", "period_kind", "source")


def _id_list_problem(value: object, known: frozenset[str] | None) -> str | None:
    """What is wrong with a list of ids; ``known`` (if given) is every id the list may name."""
    if not isinstance(value, list) or any(id_problem(item) for item in value):
        return "must be a list of ids"
    unknown = [item for item in value if known is not None and item not in known]
    return f"no such layer: {', '.join(unknown)}" if unknown else None


def _named(file: str, raw: Mapping[str, Any], index: int, default: str) -> Callable[[str, str], Problem]:
    """Make the problems of a figure or a series: by its id when it has one (a string), else by ``default``."""
    fid = raw.get("id")
    if isinstance(fid, str):
        return lambda name, message: Problem.about(file, fid, name, message, index)
    label = repr(str(raw.get("id", default))[:60])
    return lambda name, message: Problem(file, label, name, message, None, index)


def _figure_problems(
    raw: Mapping[str, Any], source_ids: set[str], file: str, layer_ids: frozenset[str] | None, index: int = 0
) -> list[Problem]:
    found = _text_problems(raw, _TEXT_FIELDS, optional=("note", "quote_ru"))
    if isinstance(raw.get("period"), str) and (message := period_problem(raw["period"])):
        found.append(("period", message))
    if isinstance(raw.get("id"), str) and (message := id_problem(raw["id"])):
        found.append(("id", message))
    if not finite_number(raw.get("value")):
        found.append(("value", f"{shown(raw.get('value'))} is not a finite number"))
    for name, allowed in (("qualifier", QUALIFIERS), ("topic", TOPICS), ("period_kind", PERIOD_KINDS)):
        value = raw.get(name, "")
        if not isinstance(value, str) or value not in allowed:
            found.append((name, f"{shown(value)} is not one of {allowed}"))
    if raw.get("source") not in source_ids:
        found.append(("source", f"unknown source id {shown(raw.get('source'))}"))
    for name, known in (("features", None), ("layers", layer_ids)):
        if name in raw and (message := _id_list_problem(raw[name], known)):
            found.append((name, message))
    if not isinstance(raw.get("headline", False), bool):
        found.append(("headline", "must be true or false"))
    found.extend(measure_problems(raw))
    found.extend(_quote_problems(raw, raw, "quote_en"))
    found.extend(_words_problems(raw))
    problem = _named(file, raw, index, "?")
    return [problem(name, message) for name, message in found]


SERIES_TEXTS = ("id", "topic", "label", "unit", "source")


def _point(
    raw: object, series: Mapping[str, Any], source_ids: set[str]
) -> tuple[SeriesPoint | None, str | None]:
    """A series point from ``[period, value]`` or an object; or None and what is wrong."""
    if isinstance(raw, list) and len(raw) == 2:
        raw = {"period": raw[0], "value": raw[1]}
    if not isinstance(raw, Mapping):
        return None, "a point must be [period, value] or an object"
    period, value = raw.get("period"), raw.get("value")
    # text_problem passes only a string.
    if (message := text_problem(period, MAX_NAME_LENGTH)) or not isinstance(period, str):
        return None, f"a point's period {message}"
    if message := period_problem(period):
        return None, f"a point's period {message}"
    if not finite_number(value):
        return None, f"the value for {shown(period)} must be a finite number"
    source = raw.get("source", series.get("source"))
    # A point without a source of its own takes the series' (checked, and reported, with the series).
    if "source" in raw and source not in source_ids:
        return None, f"unknown source id {shown(source)} for {shown(period)}"
    qualifier = raw.get("qualifier", "")
    if not isinstance(qualifier, str) or qualifier not in QUALIFIERS:
        return None, f"the qualifier for {shown(period)} must be one of {QUALIFIERS}"
    kind = raw.get("period_kind", "full year")
    if not isinstance(kind, str) or kind not in PERIOD_KINDS:
        return None, f"the period kind for {shown(period)} must be one of {PERIOD_KINDS}"
    note = raw.get("note", "")
    if note != "" and (message := text_problem(note, MAX_DESCRIPTION_LENGTH)):
        return None, f"the note for {shown(period)} {message}"
    if message := point_field_problem(raw, period):
        return None, message
    stated = raw.get("over_capacity_stated", "")
    return SeriesPoint(
        period, float(value), source, qualifier, kind, note, "en", raw.get("until"), stated
    ), None


def _series_words_problems(raw: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The series' words in each language: its label and unit, and, if given, its note and each period's and note's words."""
    found = []
    for language in TRANSLATIONS:
        words = raw.get(language)
        if not isinstance(words, Mapping):
            found.append((language, "missing: the series' label and unit in this language"))
            continue
        found.extend(
            (f"{language}.{name}", message)
            for name, message in _text_problems(words, ("label", "unit"), ("note",))
        )
        for name in ("periods", "notes"):
            table = words.get(name, {})
            if not isinstance(table, Mapping) or any(
                text_problem(value, MAX_DESCRIPTION_LENGTH) for value in table.values()
            ):
                found.append((f"{language}.{name}", "must map each period to a non-empty string"))
    return found


def parse_series(
    raw_list: object, source_ids: set[str], file: str = "figures.json"
) -> tuple[tuple[Series, ...], list[Problem]]:
    """Every series in the file; a series with any problem is left out and its problems named."""
    if not isinstance(raw_list, list):
        return (), [Problem.whole(file, "series", "must be a list of series")]
    made: list[Series] = []
    problems: list[Problem] = []
    for index, raw in enumerate(raw_list):
        if not isinstance(raw, Mapping):
            problems.append(Problem(file, f"series #{index}", "series", "must be an object", None, index))
            continue
        found = _text_problems(raw, SERIES_TEXTS, optional=("note",))
        if raw.get("topic") not in TOPICS:
            found.append(("topic", f"must be one of {TOPICS}"))
        if raw.get("source") not in source_ids:
            found.append(("source", f"unknown source id {shown(raw.get('source'))}"))
        found.extend(_series_words_problems(raw))
        found.extend(measure_problems(raw))
        if "features" in raw and (message := _id_list_problem(raw["features"], None)):
            found.append(("features", message))
        points = []
        raw_points = raw.get("points")
        if not isinstance(raw_points, list) or not raw_points:
            found.append(("points", "must be a non-empty list"))
            raw_points = []
        for raw_point in raw_points:
            point, message = _point(raw_point, raw, source_ids)
            if message:
                found.append(("points", message))
            elif point is not None:
                points.append(point)
        if found:
            problem = _named(file, raw, index, f"#{index}")
            problems.extend(problem(name, message) for name, message in found)
            continue
        made.append(
            Series(
                id=raw["id"],
                topic=raw["topic"],
                label=raw["label"],
                unit=raw["unit"],
                source=raw["source"],
                note=raw.get("note", ""),
                points=tuple(points),
                features=tuple(raw.get("features", ())),
                measure=raw.get("measure", ""),
                basis=raw.get("basis", ""),
                words={language: dict(raw[language]) for language in TRANSLATIONS if language in raw},
            )
        )
    return tuple(made), problems


def parse_figures(
    document: object,
    source_ids: set[str],
    file: str = "figures.json",
    layer_ids: frozenset[str] | None = None,
) -> tuple[tuple[Figure, ...], tuple[Series, ...], list[Problem]]:
    """Turn the parsed figures file into figures, leaving out (and reporting) bad ones. Never raises.

    ``layer_ids`` are the layers a figure may name (None: any).
    """
    if not isinstance(document, Mapping) or not isinstance(document.get("figures"), list):
        return (), (), [Problem.whole(file, "figures", "must be a list")]
    figures: list[Figure] = []
    problems: list[Problem] = []
    for index, raw in enumerate(document["figures"]):
        if not isinstance(raw, Mapping):
            problems.append(Problem(file, f"figure #{index}", "figure", "must be an object", None, index))
            continue
        found = _figure_problems(raw, source_ids, file, layer_ids, index)
        if found:
            problems.extend(found)
            continue
        figures.append(
            Figure(
                **{k: raw[k] for k in _TEXT_FIELDS},
                value=raw["value"],
                qualifier=raw.get("qualifier", ""),
                note=raw.get("note", ""),
                quote_ru=raw.get("quote_ru", ""),
                quote=raw.get("quote_en", ""),
                headline=bool(raw.get("headline", False)),
                layers=tuple(raw.get("layers", ())),
                features=tuple(raw.get("features", ())),
                measure=raw.get("measure", ""),
                basis=raw.get("basis", ""),
                words={language: dict(raw[language]) for language in TRANSLATIONS},
            )
        )
    series, found = parse_series(document.get("series", []), source_ids, file)
    problems.extend(found)
    return tuple(figures), series, problems
