"""Everything on the map as a list: the rows of the table, the search entries and the downloads.

Plain Python: the page shows these, and tests read them directly. Lengths are
measured on the WGS84 ellipsoid with ``pyproj.Geod``. Every download carries
its sources, and the geometry carries its licences (ODbL for what is derived
from OpenStreetMap, Natural Earth's public domain for the borders).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pyproj import Geod
from shapely.geometry import shape

from corridor import layers as registry
from corridor.dataset import Dataset
from corridor.i18n import (
    KIND_LABELS,
    LANGUAGES,
    STATUS_LABELS,
    country_name,
    in_language,
    layer_title,
    name_of,
    names_of,
    words,
)
from corridor.spelling import fold, rank

GEOD = Geod(ellps="WGS84")

CREDITS = (
    "Geometry derived from OpenStreetMap (© OpenStreetMap contributors) is available under the "
    "Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/1-0/. "
    "Country borders: Natural Earth (public domain), https://www.naturalearthdata.com/. "
    "Each feature names its own sources."
)


@dataclass(frozen=True)
class Row:
    """One feature on the map, as the table shows it."""

    id: str
    layer: str
    # The feature's name by language, as its properties give them.
    names: Mapping[str, str]
    kind: str
    status: str
    countries: tuple[str, ...]
    length_km: float | None
    figures: int
    sources: tuple[str, ...]

    def cells(self, language: str = "en") -> dict[str, object]:
        """The row in words, under the machine names of :data:`TABLE_COLUMNS` (the CSV's header)."""
        return {
            "name": self.name(language),
            "other_name": self.name(words(language).second),
            "type": KIND_LABELS[language].get(self.kind, self.kind),
            "status": STATUS_LABELS[language].get(self.status, self.status),
            "countries": ", ".join(country_name(c, language) for c in self.countries),
            "length_km": None if self.length_km is None else round(self.length_km),
            "figures": self.figures,
            "sources": "; ".join(self.sources),
            "id": self.id,
        }

    def name(self, language: str) -> str:
        """The name in the language, else in its fallbacks, as the panel shows it."""
        return in_language(self.names, language)


def length_km(geometry: Mapping[str, Any]) -> float | None:
    """A line's length on the WGS84 ellipsoid, in km; None for a point."""
    if geometry.get("type") not in ("LineString", "MultiLineString"):
        return None
    return GEOD.geometry_length(shape(geometry)) / 1000


def _source_titles(ids: Iterable[str], sources: Mapping[str, Mapping[str, str]]) -> tuple[str, ...]:
    return tuple(str(sources.get(source_id, {}).get("title", source_id)) for source_id in ids)


def all_rows(dataset: Dataset) -> tuple[Row, ...]:
    """Every corridor feature, in the map's layer order with points first: worth making once."""
    found = []
    for layer in reversed(registry.CORRIDOR_LAYERS):
        for feature in dataset.layers[layer.id].features:
            properties = feature["properties"]
            found.append(
                Row(
                    id=properties["id"],
                    layer=layer.id,
                    names=names_of(properties),
                    kind=properties["kind"],
                    status=properties["status"],
                    countries=tuple(properties["countries"]),
                    length_km=length_km(feature["geometry"]),
                    figures=len(dataset.figures_for(properties["id"], layer.id)),
                    sources=_source_titles(properties["sources"], dataset.sources),
                )
            )
    return tuple(found)


def visible_indices(
    every: Iterable[Row], layers: Iterable[str], statuses: Iterable[str], countries: Iterable[str] = ()
) -> list[int]:
    """Where the rows the map draws for these layers, statuses and countries (none: every country) are in ``every``."""
    layers, statuses, countries = set(layers), set(statuses), set(countries)
    return [
        i
        for i, row in enumerate(every)
        if row.layer in layers
        and row.status in statuses
        and (not countries or countries.intersection(row.countries))
    ]


def visible_rows(
    every: Sequence[Row], layers: Iterable[str], statuses: Iterable[str], countries: Iterable[str] = ()
) -> list[Row]:
    """The rows the map draws for these layers, statuses and countries."""
    return [every[i] for i in visible_indices(every, layers, statuses, countries)]


def draws_any(
    dataset: Dataset, layers: Iterable[str], statuses: Iterable[str], countries: Iterable[str]
) -> bool:
    """Whether the map draws any feature for these filters (it stops at the first it finds)."""
    statuses, countries = set(statuses), set(countries)
    return any(
        feature["properties"]["status"] in statuses
        and (not countries or countries.intersection(feature["properties"]["countries"]))
        for layer in layers
        if layer in dataset.layers
        for feature in dataset.layers[layer].features
    )


@dataclass(frozen=True)
class Entry:
    """One name the search box can find (in any language, or an alias), the feature it selects, and its labels.

    Each label is in one language alone, whatever the language of ``text``.
    """

    text: str
    feature_id: str
    labels: Mapping[str, str]
    # Where a station's entry is in its line's list of stations (None for a feature's own name).
    station: int | None = None
    # The text as the search compares it (:func:`corridor.spelling.fold`).
    key: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", fold(self.text))


def search_entries(dataset: Dataset) -> list[Entry]:
    """Every feature by its name in every language and by its aliases, and every named station by its line."""
    entries: list[Entry] = []
    for layer in reversed(registry.CORRIDOR_LAYERS):
        for feature in dataset.layers[layer.id].features:
            properties = feature["properties"]
            feature_id = properties["id"]
            labels = {
                language: f"{name_of(properties, language)} — {layer_title(layer, language)}"
                for language in LANGUAGES
            }
            for text in dict.fromkeys([*names_of(properties).values(), *properties.get("aliases", ())]):
                entries.append(Entry(text, feature_id, labels))
            entries.extend(_station_entries(properties))
    return entries


def _station_entries(properties: Mapping[str, Any]) -> list[Entry]:
    """A line's stations by their names in every language, each read in one language: the station's and the line's."""
    line = {language: name_of(properties, language) for language in LANGUAGES}
    named = names_of(properties, "stations")
    entries: list[Entry] = []
    for index in range(max(map(len, named.values()), default=0)):
        names = {code: stations[index] for code, stations in named.items() if index < len(stations)}
        labels = {
            language: words(language)["station_entry"].format(
                station=in_language(names, language), line=line[language]
            )
            for language in LANGUAGES
        }
        entries.extend(Entry(name, properties["id"], labels, index) for name in dict.fromkeys(names.values()))
    return entries


def matches(entries: Sequence[Entry], query: str, limit: int) -> list[int]:
    """Where the entries that match ``query`` are, best first, one per feature.

    Case, diacritics, dashes and the order of words are ignored
    (:mod:`corridor.spelling`). Names that start with the query come first,
    then those with words that start with the query's words, then those that
    only contain them.
    """
    wanted = fold(query)
    ranked = sorted(
        (r, i) for i, entry in enumerate(entries) if wanted and (r := rank(entry.key, wanted)) is not None
    )
    first: dict[str, int] = {}
    for _, index in ranked:
        first.setdefault(entries[index].feature_id, index)
    return list(first.values())[:limit]


def data_date(dataset: Dataset) -> str:
    """The data's date (the newest source or status check), YYYY-MM-DD, which dates the data as a whole."""
    return dataset.data_date.isoformat() if dataset.data_date else "undated"


def file_name(what: str, dataset: Dataset, suffix: str) -> str:
    """A download's name: what it holds and the date of the data."""
    return f"middle-corridor-{what}-{data_date(dataset)}.{suffix}"


TABLE_COLUMNS = ["name", "other_name", "type", "status", "countries", "length_km", "figures", "sources", "id"]
