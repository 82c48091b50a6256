"""The map's browser-side code: JavaScript files that a linter and a reader can open.

Each file defines one function; the map's templates call it with their
options. The app publishes the files next to Leaflet and the map's frame loads
them with ``<script src>``, so the browser caches them and no rerun resends them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


SCRIPTS = ("remote_geojson", "labels")


@cache
def script(name: str) -> str:
    """The text of one of this folder's ``.js`` files."""
    return (HERE / f"{name}.js").read_text(encoding="utf-8")
