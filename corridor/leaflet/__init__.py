"""The map's browser-side code: JavaScript and CSS files that a linter and a reader can open.

``loading.js`` tries a script or stylesheet that failed to load once more,
and names it on the map if it fails again; ``corridor_map.js`` holds the
layers and applies each rerun's state to them;
``remote_geojson.js`` draws the basemap files; ``labels.js`` places the names;
``files.js`` fetches each published file once per browser; ``page.js`` deals
with the app's page around the map's frame (its theme, the phone's panel sheet).
The app publishes the scripts as one bundle, with the map's config, next to
Leaflet, and the map's frame loads it once with ``<script src>``, so no rerun
resends them. :mod:`corridor.leaflet.elements` holds the two folium
elements that call into them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPTS = ("loading", "files", "remote_geojson", "labels", "page", "corridor_map")
STYLESHEETS = ("corridor",)


@cache
def script(name: str) -> str:
    """The text of one of this folder's ``.js`` files."""
    return (HERE / f"{name}.js").read_text(encoding="utf-8")


@cache
def stylesheet(name: str) -> str:
    """The text of one of this folder's ``.css`` files."""
    return (HERE / f"{name}.css").read_text(encoding="utf-8")
