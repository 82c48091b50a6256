"""Load every layer, the sources and the figures once, with all their problems."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from corridor.alternatives import FILE as ALTERNATIVES_FILE
from corridor.alternatives import NONE as NONE_ALTERNATIVES
from corridor.alternatives import Alternatives, parse_alternatives
from corridor.capacity import over_capacity_problems
from corridor.contract import Problem, calendar_date, unique
from corridor.crosschecks import apply_geographic_rules, borders_of, dangling_figures, drop_duplicates
from corridor.figurefile import parse_figures
from corridor.figures import Figure, Series
from corridor.layers import (
    ALL_LAYERS,
    Layer,
    LayerData,
    layer_for_path,
    load_layer,
    read_json,
)
from corridor.missinglinks import FILE as MISSING_LINKS_FILE
from corridor.missinglinks import MissingLink, parse_missing_links
from corridor.paths import GEODATA_DIR
from corridor.sources import parse_sources
from corridor.timeline import EMPTY, AsOf, Timeline, parse_timeline, states_in, status_problems
from corridor.transitfile import FILE as TRANSIT_FILE
from corridor.transitfile import TimeFact, parse_transit

T = TypeVar("T")

if TYPE_CHECKING:
    from corridor.georules import Borders

# The year slider starts here: in 1990 the railways of China and Kazakhstan
# met at Dostyk, the corridor's first link. Older dates (Poti - Tbilisi in
# 1872, the Orenburg - Tashkent line in 1906) are listed on the panels, and
# what they opened is shown as operating from the slider's first year on.
FIRST_YEAR = 1990
# A status checked this long before the data's date may have changed.
STALE_AFTER_DAYS = 365


def status_stale(checked: datetime.date, data_date: datetime.date) -> bool:
    return (data_date - checked).days > STALE_AFTER_DAYS


def _first_day(value: object) -> object:
    """A source's date as a day: "2025" and "2025-12" count from their first day."""
    if isinstance(value, str) and len(value) in (4, 7):
        return value + "-01-01"[len(value) - 4 :]
    return value


@dataclass(frozen=True)
class Dataset:
    """Everything the app shows, validated. Shared read-only by every session."""

    layers: Mapping[str, LayerData]
    sources: Mapping[str, Mapping[str, str]]
    figures: tuple[Figure, ...]
    series: tuple[Series, ...]
    problems: tuple[Problem, ...]
    timeline: Timeline = EMPTY
    # The ways the map's data does not draw, which a route may have to go round.
    missing_links: tuple[MissingLink, ...] = ()
    # The cited speeds and times the route explorer adds up.
    transit: tuple[TimeFact, ...] = ()
    # The Middle Corridor beside the Northern and Suez routes, and the 2030 targets.
    alternatives: Alternatives = NONE_ALTERNATIVES

    def feature(self, feature_id: str) -> tuple[Layer, dict[str, Any]] | None:
        """Find a feature by id in the corridor layers."""
        for data in self.layers.values():
            if data.layer.basemap:
                continue
            for feature in data.features:
                if feature["properties"]["id"] == feature_id:
                    return data.layer, feature
        return None

    @cached_property
    def feature_ids(self) -> frozenset[str]:
        """Every corridor feature's id (a link may name any of them)."""
        return frozenset(
            feature["properties"]["id"]
            for data in self.layers.values()
            if not data.layer.basemap
            for feature in data.features
        )

    def figures_for(self, feature_id: str, layer_id: str) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.belongs_to(feature_id, layer_id))

    def own_and_context(
        self, feature_id: str, layer_id: str
    ) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
        """A feature's figures split in two: its own, and the corridor-wide ones that give context."""
        figures = self.figures_for(feature_id, layer_id)
        own = tuple(f for f in figures if f.describes(feature_id))
        return own, tuple(f for f in figures if not f.describes(feature_id))

    @property
    def headline_figures(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.headline)

    @property
    def corridor_series(self) -> tuple[Series, ...]:
        """The series about the corridor as a whole (the overview's); a port's or a line's are its panel's."""
        return tuple(one for one in self.series if not one.features)

    def series_of(self, feature_id: str) -> tuple[Series, ...]:
        return tuple(one for one in self.series if feature_id in one.features)

    @cached_property
    def data_year(self) -> int:
        """The latest year with data: the series' last year, else the last dated event's."""
        years = [point.year for series in self.corridor_series for point in series.points if point.year]
        return max(years or self.timeline.years() or (0,))

    @cached_property
    def data_date(self) -> datetime.date | None:
        """The data's date: the newest day a source was published or a status was checked."""
        days = [calendar_date(_first_day(s.get("date"))) for s in self.sources.values()]
        days += [calendar_date(f["properties"].get("status_checked")) for f in self.corridor_features]
        found = [day for day in days if day is not None]
        return max(found) if found else None

    @property
    def corridor_features(self) -> tuple[dict[str, Any], ...]:
        return tuple(
            feature for data in self.layers.values() if not data.layer.basemap for feature in data.features
        )

    @cached_property
    def warnings(self) -> tuple[Problem, ...]:
        """What is not wrong but may be out of date: a status checked long before the data's date."""
        if self.data_date is None:
            return ()
        found = []
        for data in self.layers.values():
            for feature in () if data.layer.basemap else data.features:
                checked = calendar_date(feature["properties"].get("status_checked"))
                if checked is not None and status_stale(checked, self.data_date):
                    found.append(
                        Problem.about(
                            data.layer.filename,
                            feature["properties"]["id"],
                            "status_checked",
                            f"the status was checked on {checked}, more than {STALE_AFTER_DAYS} days "
                            f"before the data's date ({self.data_date}): check it again",
                        )
                    )
        return tuple(found)

    @cached_property
    def year_span(self) -> tuple[int, int]:
        """From the first dated feature, or :data:`FIRST_YEAR` if that is later, to the last target year.

        Both ends include the data's year.
        """
        years = self.timeline.years()
        if not years:
            return self.data_year, self.data_year
        first = min(max(years[0], FIRST_YEAR), self.data_year)
        return first, max(years[-1], self.data_year)

    def states_in(self, year: int) -> dict[str, AsOf]:
        """Every corridor feature's state in ``year``, from its dated events."""
        return states_in(self.timeline, self.statuses_today, year, self.data_year)

    @cached_property
    def borders(self) -> Borders | None:
        """The detailed borders the geographic rules check against, made once for the dataset.

        The validator checks each file it is given against them. None without the borders file.
        """
        return borders_of(self.layers)

    @cached_property
    def statuses_today(self) -> Mapping[str, str]:
        """Every corridor feature's status, as the data gives it."""
        return {
            feature["properties"]["id"]: feature["properties"]["status"]
            for data in self.layers.values()
            if not data.layer.basemap
            for feature in data.features
        }


def load_dataset(geodata_dir: Path = GEODATA_DIR, layers: tuple[Layer, ...] = ALL_LAYERS) -> Dataset:
    """Read and validate the sources, every layer and the figures. Never raises on bad data."""
    problems: list[Problem] = []
    raw_sources, found = read_json(geodata_dir / "sources.json", "sources.json")
    problems.extend(found)
    sources, found = parse_sources(raw_sources) if raw_sources is not None else ({}, [])
    problems.extend(found)
    source_ids = tuple(sources)
    loaded = {}
    for layer in layers:
        data = load_layer(layer, geodata_dir / layer.filename, source_ids)
        loaded[layer.id] = data
        problems.extend(data.problems)
    borders = borders_of(loaded)
    problems.extend(apply_geographic_rules(loaded, borders))
    ids, clashes = drop_duplicates(loaded)
    problems.extend(clashes)
    layers_clean = not problems
    raw_figures, found = read_json(geodata_dir / "figures.json", "figures.json")
    problems.extend(found)
    layer_ids = frozenset(layer.id for layer in layers if not layer.basemap)
    figures, series, found = parse_figures(raw_figures, set(source_ids), layer_ids=layer_ids)
    problems.extend(found)
    corridor_files = {layer.filename for layer in layers if not layer.basemap}
    in_corridor = [p for p in problems if p.file in corridor_files]
    left_out = {p.feature_id for p in in_corridor if p.feature_id is not None}
    # A corridor file that could not be read, or a feature in one without a
    # usable id, hides which ids it held: a figure naming one of them would
    # only echo that problem. The basemap holds no figure's feature.
    if all(p.feature_id is not None for p in in_corridor):
        problems.extend(dangling_figures(figures + series, ids, left_out))
    problems.extend(over_capacity_problems(series))
    raw_timeline, unread = read_json(geodata_dir / "timeline.json", "timeline.json")
    problems.extend(unread)
    if not unread:
        timeline, found = parse_timeline(raw_timeline, source_ids, ids, check_ids=layers_clean)
        problems.extend(found)
    else:
        timeline = EMPTY
    missing_links: tuple[MissingLink, ...] = _optional(
        geodata_dir, MISSING_LINKS_FILE, (), lambda raw: parse_missing_links(raw, source_ids), problems
    )
    feature_ids = ids if layers_clean else None
    transit: tuple[TimeFact, ...] = _optional(
        geodata_dir, TRANSIT_FILE, (), lambda raw: parse_transit(raw, source_ids, feature_ids), problems
    )
    alternatives = _optional(
        geodata_dir,
        ALTERNATIVES_FILE,
        NONE_ALTERNATIVES,
        lambda raw: parse_alternatives(raw, source_ids),
        problems,
    )
    dataset = Dataset(
        layers=MappingProxyType(loaded),
        sources=MappingProxyType(dict(sources)),
        figures=figures,
        series=series,
        problems=unique(problems),
        timeline=timeline,
        missing_links=missing_links,
        transit=transit,
        alternatives=alternatives,
    )
    late = status_problems(timeline, dataset.statuses_today, dataset.data_year)
    if late:
        dataset = replace(dataset, problems=unique(dataset.problems + tuple(late)))
    # The borders the rules were checked against are the dataset's: it need not make them again.
    object.__setattr__(dataset, "borders", borders)
    return dataset


def _optional(
    geodata_dir: Path,
    name: str,
    empty: T,
    parse: Callable[[object], tuple[T, Sequence[Problem]]],
    problems: list[Problem],
) -> T:
    """A file the folder may leave out (it then knows of nothing of its kind): parsed, its problems added to ``problems``."""
    if not (geodata_dir / name).exists():
        return empty
    raw, unread = read_json(geodata_dir / name, name)
    problems.extend(unread)
    if unread:
        return empty
    made, found = parse(raw)
    problems.extend(found)
    return made


def validate_file(path: Path, dataset: Dataset) -> tuple[Problem, ...]:
    """Every problem in one layer file, checked with the dataset's sources and borders."""
    layer = layer_for_path(path)
    data = load_layer(layer, path, tuple(dataset.sources))
    if layer.basemap:
        return data.problems
    # The basemap's ids, too, are taken: a corridor feature may not use one.
    basemap = {key: other for key, other in dataset.layers.items() if other.layer.basemap}
    loaded = {**basemap, layer.id: data}
    apply_geographic_rules(loaded, dataset.borders)
    drop_duplicates(loaded)
    return loaded[layer.id].problems
