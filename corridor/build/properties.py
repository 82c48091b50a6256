"""A catalogue record as a GeoJSON feature: its facts and its texts in every language.

English keeps the property names the layers have always had (``name_en``,
``label_en``, ``description``, ``status_note``); every other language's text
is the same name with the language as a suffix (``name_ru``, ``description_ru``),
for whatever languages the catalogue holds.
"""

from __future__ import annotations

from corridor.build.catalogue import ENGLISH, CatalogueError
from corridor.i18n import LANGUAGES, read_catalogue

COORDINATE_DIGITS = 4
# Texts whose English property carries the language too, as ``name_en``.
SUFFIXED_IN_ENGLISH = ("name", "label")
# Texts written in English under their own name; the other languages follow at the end.
NOTES = ("description", "status_note", "location_note")


def round_lonlat(lon: float, lat: float) -> list[float]:
    return [round(lon, COORDINATE_DIGITS), round(lat, COORDINATE_DIGITS)]


def other_languages(text: dict[str, dict[str, str]]) -> list[str]:
    """The languages of a text object besides English, in a fixed order whatever the data's."""
    return sorted(language for language in text if language != ENGLISH)


def in_every_language(text: dict[str, dict[str, str]], key: str) -> dict[str, str]:
    """One text as properties: English under its name (``name_en`` for a name), then each other language."""
    english = f"{key}_{ENGLISH}" if key in SUFFIXED_IN_ENGLISH else key
    return {
        english: text[ENGLISH][key],
        **{f"{key}_{lang}": text[lang][key] for lang in other_languages(text)},
    }


def feature(spec: dict, kind: str, geometry: dict, **extra: object) -> dict:
    text = spec["text"]
    english = text[ENGLISH]
    properties = {
        "id": spec["id"],
        **in_every_language(text, "name"),
        "kind": kind,
        "status": spec["status"],
        "countries": list(spec["countries"]),
        "description": english["description"],
        "sources": list(spec["sources"]),
        "status_checked": spec["status_checked"],
        "status_source": spec["status_source"],
    }
    for key in ("status_note", "location_note"):
        if key in english:
            properties[key] = english[key]
    if "location_source" in spec:
        properties["location_source"] = spec["location_source"]
    if "label" in english:
        properties.update(in_every_language(text, "label"))
    for key in ("tunnel_km", "onward", "aliases"):
        if key in spec:
            properties[key] = spec[key]
    properties.update(extra)
    for key in NOTES:
        if key in english:
            properties.update({f"{key}_{lang}": text[lang][key] for lang in other_languages(text)})
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def _station_name(where: str, entry: dict, language: str) -> str:
    """A station's name in the language; where no source gives one, its name in the language's fallbacks.

    A language with a catalogue falls back as its names do (Kazakh: Russian, then
    English); one without (a language being added) needs every station's name.
    """
    for code in read_catalogue(language).names if language in LANGUAGES else (language,):
        if f"name_{code}" in entry:
            return entry[f"name_{code}"]
    raise CatalogueError(f"{where}: station {entry['name_en']} has no name_{language}")


def station_names(where: str, entries: list[dict], languages: list[str]) -> dict[str, list[str]]:
    """A rail line's stations in every language: ``stations`` in English, ``stations_ru`` and so on.

    A station no source names in a language takes its name in that language's
    fallback (its catalogue's ``fallback``: Russian for Kazakh, English for
    Azerbaijani); a language without a catalogue needs every station's name.
    """
    names = {f"stations_{lang}": [_station_name(where, e, lang) for e in entries] for lang in languages}
    return {"stations": names.pop(f"stations_{ENGLISH}"), **names}


def stretch_names(
    where: str,
    entries: list[dict],
    stretches,
    dashes: dict[str, str],
) -> dict[str, list[str]]:
    """Each (first, last) stretch of a line as its two ends in every language, joined by that language's dash."""
    names = {
        f"unsourced_stretches_{lang}": [
            _station_name(where, entries[a], lang) + dash + _station_name(where, entries[b], lang)
            for a, b in stretches
        ]
        for lang, dash in dashes.items()
    }
    return {"unsourced_stretches": names.pop(f"unsourced_stretches_{ENGLISH}"), **names}
