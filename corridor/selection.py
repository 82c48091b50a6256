"""Turn what the map reports after a click into a change of selection.

streamlit-folium reports the latest map click (``last_clicked``) and, when the
click hit a feature, the same position in ``last_object_clicked`` and the
feature itself in ``last_active_drawing``. A click on empty map has a new
``last_clicked`` and an older (or no) ``last_object_clicked``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Click:
    """What a new click asks for: select ``feature_id``, or clear (None)."""

    feature_id: str | None
    signature: str


def _point(value: object) -> tuple[float, float] | None:
    if isinstance(value, Mapping) and "lat" in value and "lng" in value:
        try:
            return float(value["lat"]), float(value["lng"])
        except (TypeError, ValueError):
            return None
    return None


def _feature_id(drawing: object) -> str | None:
    if isinstance(drawing, Mapping):
        properties = drawing.get("properties")
        if isinstance(properties, Mapping) and isinstance(properties.get("id"), str):
            return properties["id"]
    return None


def interpret_click(state: object, last_signature: str | None) -> Click | None:
    """Return the new click in ``state``, or None when nothing new was clicked."""
    if not isinstance(state, Mapping):
        return None
    clicked = _point(state.get("last_clicked"))
    on_object = _point(state.get("last_object_clicked"))
    if clicked is None and on_object is None:
        return None
    feature_id = _feature_id(state.get("last_active_drawing"))
    hit = on_object is not None and (clicked is None or clicked == on_object)
    signature = repr((clicked, on_object, feature_id))
    if signature == last_signature:
        return None
    return Click(feature_id if hit else None, signature)
