"""The basemap's names in every language: ``data/place-names.json``.

``countries`` gives each Natural Earth country (by its English name) its name
in every other language; ``cities`` corrects a Natural Earth city (by its
``name_en``) to the names the corridor layers use, in every language. The
languages are the ones the file holds; a country or city without one of them
is named in an error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corridor.build.catalogue import ENGLISH, CatalogueError
from corridor.paths import PROJECT_DIR

NAMES_FILE = PROJECT_DIR / "data" / "place-names.json"


@dataclass(frozen=True)
class PlaceNames:
    """The basemap's country and city names, by English name, in every language the file holds."""

    countries: dict[str, dict[str, str]]
    cities: dict[str, dict[str, str]]
    languages: tuple[str, ...]

    @property
    def others(self) -> tuple[str, ...]:
        return self.languages[1:]

    def country(self, name: str) -> dict[str, str]:
        """A country's ``name_en`` and its name in every other language (its English one where none is given)."""
        names = self.countries.get(name, {})
        return {"name_en": name, **{f"name_{lang}": names.get(lang, name) for lang in self.others}}

    def city(self, properties: dict) -> tuple[dict[str, str], bool]:
        """A Natural Earth city's names in every language, and whether they are corrected here."""
        name_en = properties.get("name_en") or properties["name"]
        corrected = self.cities.get(name_en)
        if corrected:
            return {f"name_{lang}": corrected[lang] for lang in self.languages}, True
        others = {f"name_{lang}": properties.get(f"name_{lang}") or name_en for lang in self.others}
        return {"name_en": name_en, **others}, False


def load(path: Path = NAMES_FILE) -> PlaceNames:
    document = json.loads(path.read_text(encoding="utf-8"))
    countries = document["countries"]
    cities = {name: entry["name"] for name, entry in document["cities"].items()}
    found = {lang for names in (*countries.values(), *cities.values()) for lang in names}
    languages = (ENGLISH, *sorted(found - {ENGLISH}))
    for section, entries, needed in (("countries", countries, languages[1:]), ("cities", cities, languages)):
        for name, names in entries.items():
            missing = [lang for lang in needed if not str(names.get(lang, "")).strip()]
            if missing:
                raise CatalogueError(f"{path.name}: {section}: {name} has no name in {', '.join(missing)}")
    return PlaceNames(countries, cities, languages)


PLACE_NAMES = load()
