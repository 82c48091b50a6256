"""The properties a feature carries, field by field, and their checks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from corridor.contract.geometry import position_problem
from corridor.contract.limits import (
    BASEMAP_REGION,
    COUNTRIES,
    GAUGES_MM,
    GEOMETRY_CONFIDENCES,
    KINDS,
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    STATUSES,
)
from corridor.contract.values import date_problem, finite_number, id_problem, shown, text_problem
from corridor.i18n import BASE, LANGUAGES, suffixed


@dataclass(frozen=True)
class Field:
    """One property of the contract."""

    name: str
    # "id", "text", "enum", "countries", "sources", "source", "texts", "positions", "number", "gauge",
    # "flag" or "date"
    kind: str
    required: bool = True


# The languages beside English, the data's own: a text in each is ``<name>_<code>`` (``description_ru``).
OTHER_LANGUAGES = tuple(code for code in LANGUAGES if code != BASE)


def in_every_language(field: Field, required: bool | None = None) -> tuple[Field, ...]:
    """A text field in English and in every other language the page speaks.

    The other languages' texts are required as the English one is, unless ``required`` says otherwise.
    """
    also = field.required if required is None else required
    return (field, *(Field(suffixed(field.name, code), field.kind, also) for code in OTHER_LANGUAGES))


CORE_PROPERTIES = (
    Field("id", "id"),
    *in_every_language(Field("name_en", "text")),
    Field("kind", "enum"),
    Field("status", "enum"),
    Field("countries", "countries"),
    *in_every_language(Field("description", "text")),
    Field("sources", "sources"),
    # When the status was last checked, and the source that supports it.
    Field("status_checked", "date"),
    Field("status_source", "source"),
)

OPTIONAL_PROPERTIES = (
    *in_every_language(Field("status_note", "text", required=False)),
    *in_every_language(Field("stations", "texts", required=False)),
    # Stretches between two sourced stations where the line rests on OSM's station points alone.
    *in_every_language(Field("unsourced_stretches", "texts", required=False)),
    Field("station_count", "number", required=False),
    Field("track_share", "number", required=False),
    Field("geometry_confidence", "enum", required=False),
    *in_every_language(Field("location_note", "text", required=False)),
    Field("location_source", "source", required=False),
    *in_every_language(Field("label_en", "text", required=False)),
    Field("station_points", "positions", required=False),
    Field("gauge_mm", "gauge", required=False),
    *in_every_language(Field("gauge_change_at", "text", required=False)),
    Field("gauge_after_mm", "gauge", required=False),
    # An onward link beyond the corridor's core (into China, across Turkey): the opening view leaves it out.
    Field("onward", "flag", required=False),
    # A land line that crosses water in a tunnel or on a bridge says how long it is.
    Field("tunnel_km", "number", required=False),
    # Other names readers type (BTK, Horgos, Aqtau): the search finds the feature by them; no label or panel shows them.
    Field("aliases", "texts", required=False),
)

# Labels on the map: places, not corridor features.
PLACE_PROPERTIES = (
    Field("id", "id"),
    # A place's name in another language may be missing: the map falls back as that language's catalogue says.
    *in_every_language(Field("name_en", "text"), required=False),
    Field("kind", "enum"),
    Field("sources", "sources"),
    Field("min_zoom", "number"),
    Field("rank", "number"),
    Field("capital", "flag"),
)

# The basemap is context, not a corridor feature: it needs fewer properties.
BASEMAP_PROPERTIES = (
    Field("id", "id"),
    # A place's name in another language may be missing: the map falls back as that language's catalogue says.
    *in_every_language(Field("name_en", "text"), required=False),
    Field("kind", "enum"),
    Field("sources", "sources"),
)


def property_problems(
    properties: Mapping[str, object],
    fields: Iterable[Field],
    source_ids: Iterable[str],
    region: tuple[float, float, float, float] = BASEMAP_REGION,
    kinds: Sequence[str] = KINDS,
) -> list[tuple[str, str]]:
    """Return ``(field, message)`` pairs for what is wrong with the properties.

    ``kinds`` are the kinds the feature's layer holds.
    """
    known_sources = set(source_ids)
    found: list[tuple[str, str]] = []
    for field in fields:
        if field.name not in properties:
            if field.required:
                found.append((field.name, "missing"))
            continue
        value = properties[field.name]
        message = _field_problem(field, value, known_sources, region, tuple(kinds))
        if message:
            found.append((field.name, message))
        if field.name in TRANSLATED and not field.required:
            for code in OTHER_LANGUAGES:
                if suffixed(field.name, code) not in properties:
                    said = f"missing: the page shows {field.name} in {language_name(code)} too"
                    found.append((suffixed(field.name, code), said))
    return found


def language_name(code: str) -> str:
    """A language's name in English, from Babel's CLDR data: "Russian"."""
    from babel import Locale

    return str(Locale.parse(BASE).languages.get(code, code))


# Texts a feature carries in English and, as ``<name>_<code>``, in every other language.
TRANSLATED = ("description", "status_note", "location_note")


ENUMS = {"status": STATUSES, "geometry_confidence": GEOMETRY_CONFIDENCES}


def _unknown(value: list[object], known: Iterable[str]) -> list[str]:
    """The items of a list that are not among the known codes (anything but a string is unknown)."""
    known = set(known)
    return [shown(item) for item in value if not isinstance(item, str) or item not in known]


def _field_problem(
    field: Field,
    value: object,
    known_sources: set[str],
    region: tuple[float, float, float, float],
    kinds: tuple[str, ...] = KINDS,
) -> str | None:
    if field.kind == "id":
        return id_problem(value)
    if field.kind == "text":
        limit = MAX_DESCRIPTION_LENGTH if "description" in field.name else MAX_NAME_LENGTH
        return text_problem(value, limit)
    if field.kind == "enum":
        allowed = ENUMS.get(field.name, kinds)
        if not isinstance(value, str) or value not in allowed:
            return f"{shown(value)} is not one of {', '.join(allowed)}"
        return None
    if field.kind == "number":
        return None if finite_number(value) else "must be a finite number"
    if field.kind == "gauge":
        if finite_number(value) and value in GAUGES_MM:
            return None
        return f"{shown(value)} is not a track gauge of the corridor: one of {', '.join(map(str, GAUGES_MM))} (mm)"
    if field.kind == "flag":
        return None if isinstance(value, bool) else "must be true or false"
    if field.kind == "date":
        return date_problem(value, partial=False)
    if field.kind == "source":
        if isinstance(value, str) and value in known_sources:
            return None
        return f"unknown source id {shown(value)}"
    if not isinstance(value, list) or not value:
        return "must be a non-empty list"
    if field.kind == "positions":
        return next(filter(None, (position_problem(position, region) for position in value)), None)
    if field.kind == "countries":
        unknown = _unknown(value, COUNTRIES)
        return f"unknown country codes {', '.join(unknown)}" if unknown else None
    if field.kind == "sources":
        unknown = _unknown(value, known_sources)
        return f"unknown source ids {', '.join(unknown)}" if unknown else None
    bad = [v for v in value if text_problem(v, MAX_NAME_LENGTH)]
    return "every item must be a non-empty string" if bad else None


def station_problems(properties: Mapping[str, object]) -> list[tuple[str, str]]:
    """A line's station points and their names go one for one: the route network reads them in pairs."""
    names = ("station_points", *(suffixed("stations", code) for code in LANGUAGES))
    lists = {name: properties.get(name) for name in names}
    counts = {name: len(value) for name, value in lists.items() if isinstance(value, list)}
    if "station_points" in lists and lists["station_points"] is not None and len(set(counts.values())) > 1:
        given = ", ".join(f"{count} {name}" for name, count in counts.items())
        return [("station_points", f"must go one for one with {' and '.join(names[1:])}: {given}")]
    return []
