"""Read what the map reports: a click that changes the selection, and the layers switched on.

The map (``corridor/leaflet/reports.js``) reports ``{"event": ..., "id":
<unique per report>, "feature_id": <id or null>, "layers": [...],
"layersVersion": <n>, "view": "lat,lon,zoom" or null, "lastClick": {"id",
"feature_id"} or null}``. The event is "click", "layers", "view" or
"ready". A click on
a feature selects it; a click on empty map returns to the overview. The
layers are switched in the map's legend, which draws the change at once and
counts its switches: every report carries the layers switched on and that
count, so the app takes a report's layers only when they are newer than the
ones it holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from corridor.urlstate import View, parse_view


@dataclass(frozen=True)
class Click:
    """What a new click asks for: select ``feature_id``, or clear (None)."""

    feature_id: str | None
    signature: str


@dataclass(frozen=True)
class LayerChoice:
    """The layers the map's legend has switched on, and how many switches that took."""

    layers: tuple[str, ...]
    version: int


def interpret_click(state: object, last_signature: str | None) -> Click | None:
    """Return the new click in ``state``, or None when nothing new was clicked.

    A click report is itself the click; any other report carries the latest
    click as ``lastClick``, in case it replaced the click's own report
    before the app read it.
    """
    if not isinstance(state, Mapping):
        return None
    click = state if state.get("event") == "click" else state.get("lastClick")
    if not isinstance(click, Mapping):
        return None
    signature = click.get("id")
    if not isinstance(signature, str) or signature == last_signature:
        return None
    feature_id = click.get("feature_id")
    return Click(feature_id if isinstance(feature_id, str) else None, signature)


def reported_layers(state: object, known: Iterable[str], last_version: int) -> LayerChoice | None:
    """Return the layers in ``state`` when they are newer than ``last_version``, else None.

    Only ``known`` layer ids are kept, in the order of ``known``.
    """
    if not isinstance(state, Mapping):
        return None
    version = state.get("layersVersion")
    layers = state.get("layers")
    if not isinstance(version, int) or isinstance(version, bool) or version <= last_version:
        return None
    if not isinstance(layers, list):
        return None
    chosen = {layer for layer in layers if isinstance(layer, str)}
    return LayerChoice(tuple(layer for layer in known if layer in chosen), version)


def reported_view(state: object) -> View | None:
    """The view the reader has moved the map to, or None before any move (or when malformed)."""
    if not isinstance(state, Mapping) or not isinstance(state.get("view"), str):
        return None
    return parse_view(state["view"])
