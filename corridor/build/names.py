"""The basemap's names in every language: ``data/place-names.json``.

``countries`` gives each Natural Earth country (by its English name) its name
in every other language; ``cities`` corrects a Natural Earth city (by its
``name_en``) to the names the corridor layers use, in the languages it gives.
The languages are the ones the file holds; a country without one of them, or a
city renamed in English without a name in every language Natural Earth has, is
named in an error. A city with no name in a language Natural Earth lacks
(Kazakh) has none in the layer, and the map falls back as that language's
catalogue says (to Russian).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corridor.build.catalogue import ENGLISH, CatalogueError
from corridor.paths import PROJECT_DIR

NAMES_FILE = PROJECT_DIR / "data" / "place-names.json"
# The languages data/natural-earth-places names its cities in; a city it gives
# no Russian name keeps its English one there.
NATURAL_EARTH_LANGUAGES = (ENGLISH, "ru")


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
        """A Natural Earth city's names in every language that has one, and whether it is renamed here in English."""
        name_en = properties.get("name_en") or properties["name"]
        given = self.cities.get(name_en, {})
        names = {"name_en": given.get(ENGLISH, name_en)}
        for lang in self.others:
            kept = name_en if lang in NATURAL_EARTH_LANGUAGES else ""
            if name := given.get(lang) or properties.get(f"name_{lang}") or kept:
                names[f"name_{lang}"] = name
        return names, ENGLISH in given


def _check(path: Path, section: str, name: str, names: dict[str, str], needed) -> None:
    missing = [lang for lang in dict.fromkeys([*needed, *names]) if not str(names.get(lang, "")).strip()]
    if missing:
        raise CatalogueError(f"{path.name}: {section}: {name} has no name in {', '.join(missing)}")


def load(path: Path = NAMES_FILE) -> PlaceNames:
    document = json.loads(path.read_text(encoding="utf-8"))
    countries = document["countries"]
    cities = {name: entry["name"] for name, entry in document["cities"].items()}
    found = {lang for names in (*countries.values(), *cities.values()) for lang in names}
    languages = (ENGLISH, *sorted(found - {ENGLISH}))
    for name, names in countries.items():
        _check(path, "countries", name, names, languages[1:])
    for name, names in cities.items():
        # A city renamed in English is renamed in Russian too, so that no old Natural Earth name is left.
        _check(path, "cities", name, names, NATURAL_EARTH_LANGUAGES if ENGLISH in names else ())
    return PlaceNames(countries, cities, languages)


PLACE_NAMES = load()
