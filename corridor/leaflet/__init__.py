"""The map's browser-side code: JavaScript and CSS files that a linter and a reader can open.

The app publishes the scripts as one bundle, joined in the order of
:data:`SCRIPTS`, with the map's config, next to Leaflet, and the map's frame
loads it once with ``<script src>``, so no rerun resends them. ESLint checks
them (``eslint.config.mjs``). First the helpers, which are plain functions:

``loading.js`` tries a script or stylesheet that failed to load once more,
and names it on the map if it fails again; ``files.js`` fetches each
published file once per browser; ``remote_geojson.js`` draws the basemap
files; ``label_space.js`` finds what a name must keep clear of (the drawn
lines, the marks) and ``labels.js`` places the names; ``page.js`` deals with the app's page
around the map's frame (its theme, the phone's panel sheet).

Then the map's parts, each registering itself on one namespace,
``window.corridor``: ``layers.js`` (one object per corridor layer),
``basemap.js``; ``control.js`` (``corridor.lazyControl``, which makes a
control's class on first use) and the controls ``notice.js``,
``link_button.js``, ``year_box.js`` and ``legend.js``; ``clear.js`` (what lies over the map, measured, and
framing clear of it), ``station.js`` (a station picked in the search),
``route.js`` (the route explorer's route), ``view.js`` (the view and the page's address),
``theme.js``, ``reports.js`` (what the map tells the app), ``state.js``
(applying a rerun's state) and ``pointer.js`` (which feature a click means:
the nearest mark, or a chooser of the marks about as near).
``corridor_map.js`` wires them together around one shared object.
:mod:`corridor.leaflet.elements` holds the two folium elements that call into them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPTS = (
    "loading",
    "files",
    "remote_geojson",
    "label_space",
    "labels",
    "page",
    "layers",
    "basemap",
    "control",
    "notice",
    "link_button",
    "year_box",
    "legend",
    "clear",
    "station",
    "route",
    "view",
    "theme",
    "reports",
    "state",
    "pointer",
    "corridor_map",
)
STYLESHEETS = ("corridor",)


@cache
def script(name: str) -> str:
    """The text of one of this folder's ``.js`` files."""
    return (HERE / f"{name}.js").read_text(encoding="utf-8")


@cache
def stylesheet(name: str) -> str:
    """The text of one of this folder's ``.css`` files."""
    return (HERE / f"{name}.css").read_text(encoding="utf-8")
