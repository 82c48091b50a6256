"""What the corridor layers hold, read from ``data/catalogue/``: one JSON file per layer.

Each feature is a record of facts (id, kind, status, countries, sources, where
it is) and a ``text`` object with its words in every language together:
``{"en": {"name": ..., "description": ...}, "ru": {...}}``. The languages are
the ones the data holds; every feature must give each of them the same text
keys as its English. ``data/README.md`` describes the files.

Geometry is not written here by hand. Ports and gateways carry the coordinates
of the public record they cite, named by ``location_source``. Rail lines take
their stations, in order, from ``data/rail-lines.json``; sea lanes come from
``searoute``; flight arcs from ``airportsdata`` and ``pyproj``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corridor.paths import PROJECT_DIR

CATALOGUE_DIR = PROJECT_DIR / "data" / "catalogue"
# The language every feature is written in first; its properties keep their
# plain names (``description``, ``name_en``), every other language's take a suffix.
ENGLISH = "en"
LAYER_FILES = ("ports", "rail", "sea", "flights", "fibre", "energy")


class CatalogueError(ValueError):
    """A catalogue file that cannot be built from, naming the file and the feature."""


@dataclass(frozen=True)
class Catalogue:
    """The catalogue as read: each layer's features and layer-wide texts, the languages, the latest status check."""

    layers: dict[str, tuple[dict, ...]]
    # Text objects of a whole layer (e.g. the dash between a stretch's ends), by layer.
    layer_texts: dict[str, dict[str, dict[str, str]]]
    languages: tuple[str, ...]
    checked: str


def _resolve(waypoint, places: dict[str, dict]):
    """A waypoint that names one of the file's ``places`` by its key, replaced by that place."""
    if isinstance(waypoint, dict) and "place" in waypoint:
        return places[waypoint["place"]]
    return waypoint


def _record(raw: dict, document: dict) -> dict:
    places = document.get("places", {})
    record = {"status_checked": document["status_checked"], **raw}
    for key in ("route", "cable", "sea"):
        if key in record:
            record[key] = [_resolve(w, places) for w in record[key]]
    return record


def check_texts(where: str, owner: str, text: object, languages: tuple[str, ...]) -> None:
    """Every language in ``languages`` gives ``text`` the same keys as English, each a string."""
    if not isinstance(text, dict) or not isinstance(text.get(ENGLISH), dict):
        raise CatalogueError(f"{where}: {owner}: no {ENGLISH!r} texts")
    keys = set(text[ENGLISH])
    for language in languages:
        words = text.get(language)
        if not isinstance(words, dict):
            raise CatalogueError(f"{where}: {owner}: no {language!r} texts")
        if set(words) != keys:
            missing, extra = sorted(keys - set(words)), sorted(set(words) - keys)
            raise CatalogueError(
                f"{where}: {owner}: the {language!r} texts differ from the {ENGLISH!r} ones"
                f" (missing: {', '.join(missing) or 'none'}; extra: {', '.join(extra) or 'none'})"
            )
        for key, value in words.items():
            if not isinstance(value, str) or not value.strip():
                raise CatalogueError(f"{where}: {owner}: the {language!r} text {key!r} is empty")


def load(folder: Path = CATALOGUE_DIR) -> Catalogue:
    """Every layer's features from ``folder``, with their texts checked in every language found."""
    documents = {}
    for layer in LAYER_FILES:
        path = folder / f"{layer}.json"
        try:
            documents[layer] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise CatalogueError(f"{path.name}: cannot be read: {error}") from error
    texts = [
        text
        for document in documents.values()
        for text in (document.get("text"), *(f.get("text") for f in document["features"]))
        if isinstance(text, dict)
    ]
    others = sorted({language for text in texts for language in text} - {ENGLISH})
    languages = (ENGLISH, *others)
    for layer, document in documents.items():
        where = f"{layer}.json"
        if "text" in document:
            check_texts(where, "the layer's own texts", document["text"], languages)
        for feature in document["features"]:
            check_texts(where, feature.get("id", "a feature with no id"), feature.get("text"), languages)
    return Catalogue(
        layers={k: tuple(_record(f, d) for f in d["features"]) for k, d in documents.items()},
        layer_texts={k: d["text"] for k, d in documents.items() if "text" in d},
        languages=languages,
        checked=max(d["status_checked"] for d in documents.values()),
    )


CATALOGUE = load()
LANGUAGES = CATALOGUE.languages
# The day the statuses were last checked against their sources.
CHECKED = CATALOGUE.checked
PORTS = CATALOGUE.layers["ports"]
RAIL_LINES = CATALOGUE.layers["rail"]
SEA_LANES = CATALOGUE.layers["sea"]
FLIGHTS = CATALOGUE.layers["flights"]
(FIBRE,) = CATALOGUE.layers["fibre"]
ENERGY_LINKS = CATALOGUE.layers["energy"]
# Track gauge in millimetres, by rail line id.
GAUGE_MM = {line["id"]: line["gauge_mm"] for line in RAIL_LINES}
