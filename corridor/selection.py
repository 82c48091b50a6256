"""Read what the map reports: a click that changes the selection, and the filters switched on.

The map (``corridor/leaflet/reports.js``) reports ``{"event": ..., "id":
<unique per report>, "feature_id": <id or null>, "layers": [...],
"statuses": [...], "countries": [...], "lenses": [...], "layersVersion": <n>, "view":
"lat,lon,zoom" or null, "lastClick": {"id", "feature_id"} or null}``. The
event is "click", "layers", "view" or "ready". A click on a feature selects
it; a click on empty map returns to the overview. The layers, the statuses,
the countries and the lens (a list of none or one) are switched in the map's legend, which draws the change at
once and counts its switches: every report carries the filters and that
count, so the app takes a report's filters only when they are newer than the
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
class FilterChoice:
    """The filters the map's legend has set, and how many switches that took; None where a report has none."""

    layers: tuple[str, ...] | None
    statuses: tuple[str, ...] | None
    countries: tuple[str, ...] | None
    version: int
    lenses: tuple[str, ...] | None = None


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


def _chosen(value: object, known: Iterable[str]) -> tuple[str, ...] | None:
    """The ``known`` ids listed in ``value``, in the order of ``known``; None when ``value`` is no list."""
    if not isinstance(value, list):
        return None
    chosen = {item for item in value if isinstance(item, str)}
    return tuple(item for item in known if item in chosen)


def reported_filters(
    state: object,
    last_version: int,
    *,
    layers: Iterable[str],
    statuses: Iterable[str],
    countries: Iterable[str],
    lenses: Iterable[str] = (),
) -> FilterChoice | None:
    """Return the filters in ``state`` when they are newer than ``last_version``, else None.

    A report without its layers says nothing; only known ids are kept, in
    the order given. A report without statuses, countries or lenses leaves them as they are.
    """
    if not isinstance(state, Mapping):
        return None
    version = state.get("layersVersion")
    if not isinstance(version, int) or isinstance(version, bool) or version <= last_version:
        return None
    chosen_layers = _chosen(state.get("layers"), layers)
    if chosen_layers is None:
        return None
    return FilterChoice(
        chosen_layers,
        _chosen(state.get("statuses"), statuses),
        _chosen(state.get("countries"), countries),
        version,
        _chosen(state.get("lenses"), lenses),
    )


def reported_view(state: object) -> View | None:
    """The view the reader has moved the map to, or None before any move (or when malformed)."""
    if not isinstance(state, Mapping) or not isinstance(state.get("view"), str):
        return None
    return parse_view(state["view"])
