"""Load every layer, the sources and the figures once, with all their problems."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from corridor.contract import Problem
from corridor.figures import Figure, Series, parse_figures
from corridor.layers import ALL_LAYERS, Layer, LayerData, load_layer, read_json
from corridor.paths import GEODATA_DIR


@dataclass(frozen=True)
class Dataset:
    """Everything the app shows, validated. Shared read-only by every session."""

    layers: Mapping[str, LayerData]
    sources: Mapping[str, Mapping[str, str]]
    figures: tuple[Figure, ...]
    series: Series | None
    problems: tuple[Problem, ...]

    def feature(self, feature_id: str) -> tuple[Layer, dict] | None:
        """Find a feature by id in the corridor layers."""
        for data in self.layers.values():
            if data.layer.basemap:
                continue
            for feature in data.features:
                if feature["properties"]["id"] == feature_id:
                    return data.layer, feature
        return None

    def figures_for(self, feature_id: str, layer_id: str) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.belongs_to(feature_id, layer_id))

    @property
    def headline_figures(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.headline)


def _duplicate_ids(layers: Mapping[str, LayerData]) -> tuple[set[str], list[Problem]]:
    """Ids must be unique across layers. Returns every id seen, and the clashes."""
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for data in layers.values():
        for feature in data.features:
            fid = feature["properties"]["id"]
            if fid in owner:
                problems.append(Problem(data.layer.filename, repr(fid), "id", f"also used in {owner[fid]}"))
            owner[fid] = data.layer.filename
    return set(owner), problems


def _dangling_figures(figures: tuple[Figure, ...], ids: set[str]) -> list[Problem]:
    return [
        Problem("figures.json", repr(figure.id), "features", f"no feature {fid!r}")
        for figure in figures
        for fid in figure.features
        if fid not in ids
    ]


def load_dataset(geodata_dir: Path = GEODATA_DIR, layers: tuple[Layer, ...] = ALL_LAYERS) -> Dataset:
    """Read and validate the sources, every layer and the figures. Never raises on bad data."""
    problems: list[Problem] = []
    raw_sources, found = read_json(geodata_dir / "sources.json", "sources.json")
    problems.extend(found)
    sources = raw_sources if isinstance(raw_sources, Mapping) else {}
    source_ids = tuple(sources)
    loaded = {}
    for layer in layers:
        data = load_layer(layer, geodata_dir / layer.filename, source_ids)
        loaded[layer.id] = data
        problems.extend(data.problems)
    raw_figures, found = read_json(geodata_dir / "figures.json", "figures.json")
    problems.extend(found)
    figures, series, found = parse_figures(raw_figures, set(source_ids))
    problems.extend(found)
    ids, clashes = _duplicate_ids(loaded)
    # A figure pointing at a feature left out for its own problem would only
    # repeat that problem, so references are checked when the layers are clean.
    if not problems:
        problems.extend(_dangling_figures(figures, ids))
    problems.extend(clashes)
    return Dataset(
        layers=MappingProxyType(loaded),
        sources=MappingProxyType(dict(sources)),
        figures=figures,
        series=series,
        problems=tuple(problems),
    )
