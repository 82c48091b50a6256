"""Serve Leaflet's files from the app itself.

Streamlit serves the folder of a declared component under
``/component/<name>/``. Declaring the installed Leaflet folder as a component
(never rendered) makes its files reachable next to streamlit-folium's own
frame, so the map loads with no CDN.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit.components.v1 as components

from corridor.assets import LEAFLET_CSS, LEAFLET_JS, leaflet_dir
from corridor.mapdata import content_name

_leaflet_files = components.declare_component("leaflet_files", path=str(leaflet_dir()))

# Files made from the data at start-up: the layers, the basemap, the map's code. The folder lives
# as long as the server process.
_generated = tempfile.TemporaryDirectory(prefix="corridor-")
_generated_files = components.declare_component("generated_files", path=_generated.name)


def leaflet_urls() -> tuple[str, str]:
    """URLs of Leaflet's JS and CSS, relative to streamlit-folium's frame."""
    base = f"../{_leaflet_files.name}"
    return f"{base}/{LEAFLET_JS}", f"{base}/{LEAFLET_CSS}"


def publish_text(stem: str, text: str, suffix: str) -> str:
    """Write a file where the map's frame can fetch it; return its URL.

    The name carries a hash of the content, so a browser never keeps a stale copy.
    """
    name = content_name(stem, text, suffix)
    (Path(_generated.name) / name).write_text(text, encoding="utf-8")
    return f"../{_generated_files.name}/{name}"


def published_file(url: str) -> Path:
    """The file behind a URL that :func:`publish_text` returned."""
    return Path(_generated.name) / url.rsplit("/", 1)[-1]
