"""Turn what the map reports after a click into a change of selection.

The map (``corridor/leaflet/corridor_map.js``) reports ``{"event": "click",
"id": <unique per click>, "feature_id": <id or null>}``. A click on a feature
selects it; a click on empty map returns to the overview. Other events, such
as "ready", select nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Click:
    """What a new click asks for: select ``feature_id``, or clear (None)."""

    feature_id: str | None
    signature: str


def interpret_click(state: object, last_signature: str | None) -> Click | None:
    """Return the new click in ``state``, or None when nothing new was clicked."""
    if not isinstance(state, Mapping) or state.get("event") != "click":
        return None
    signature = state.get("id")
    if not isinstance(signature, str) or signature == last_signature:
        return None
    feature_id = state.get("feature_id")
    return Click(feature_id if isinstance(feature_id, str) else None, signature)
