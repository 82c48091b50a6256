"""What the browser should draw, derived from the committed data rather than from today's numbers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from corridor import styles
from corridor.contract import STATUSES
from corridor.dataset import load_dataset
from corridor.layers import CORRIDOR_LAYERS, LAYERS_BY_ID

# Ports and gateways are drawn with a white ring.
PORT_EDGE = "#ffffff"


def colour_counts(statuses: Iterable[str] = STATUSES, layers: Iterable[str] | None = None) -> dict[str, int]:
    """How many shapes each stroke colour should have on the opening map: one per feature shown."""
    dataset = load_dataset()
    statuses = set(statuses)
    shown = {layer.id for layer in CORRIDOR_LAYERS} if layers is None else set(layers)
    counts: Counter[str] = Counter()
    for layer in CORRIDOR_LAYERS:
        if layer.id not in shown:
            continue
        for feature in dataset.layers[layer.id].features:
            properties = feature["properties"]
            if properties["status"] not in statuses:
                continue
            if layer.geometry == "point":
                counts[PORT_EDGE] += 1
            else:
                style = styles.line_style(layer)(properties["kind"], properties["status"], False)
                counts[style["color"]] += 1
    return dict(counts)


def colour_of(layer_id: str) -> str:
    """A line layer's colour, as its registry entry gives it."""
    return LAYERS_BY_ID[layer_id].look.colour


def feature_count(layers: Iterable[str]) -> int:
    """How many features the named layers hold, every status shown."""
    dataset = load_dataset()
    return sum(len(dataset.layers[layer].features) for layer in layers)


def shown_ids(
    statuses: Iterable[str] = STATUSES, layers: Iterable[str] | None = None, countries: Iterable[str] = ()
) -> list[str]:
    """The ids of the features the map should draw for these filters (no countries: every country), sorted."""
    dataset = load_dataset()
    statuses, countries = set(statuses), set(countries)
    shown = {layer.id for layer in CORRIDOR_LAYERS} if layers is None else set(layers)
    return sorted(
        feature["properties"]["id"]
        for layer in CORRIDOR_LAYERS
        if layer.id in shown
        for feature in dataset.layers[layer.id].features
        if feature["properties"]["status"] in statuses
        and (not countries or countries & set(feature["properties"]["countries"]))
    )
