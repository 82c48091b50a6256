"""Serve Leaflet's files from the app itself.

Streamlit serves the folder of a declared component under
``/component/<name>/``. Declaring the installed Leaflet folder as a component
(never rendered) makes its files reachable next to streamlit-folium's own
frame, so the map loads with no CDN.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import streamlit.components.v1 as components

from corridor.assets import LEAFLET_CSS, LEAFLET_JS, leaflet_dir

_leaflet_files = components.declare_component("leaflet_files", path=str(leaflet_dir()))

# Files made from the data at start-up, such as the basemap. The folder lives
# as long as the server process.
_generated = tempfile.TemporaryDirectory(prefix="corridor-")
_generated_files = components.declare_component("generated_files", path=_generated.name)


def leaflet_urls() -> tuple[str, str]:
    """URLs of Leaflet's JS and CSS, relative to streamlit-folium's frame."""
    base = f"../{_leaflet_files.name}"
    return f"{base}/{LEAFLET_JS}", f"{base}/{LEAFLET_CSS}"


def publish_json(stem: str, document: object) -> str:
    """Write a JSON document where the map's frame can fetch it; return its URL."""
    return publish_text(stem, json.dumps(document, separators=(",", ":"), ensure_ascii=False), "json")


def publish_text(stem: str, text: str, suffix: str) -> str:
    """Write a file where the map's frame can fetch it; return its URL.

    The name carries a hash of the content, so a browser never keeps a stale copy.
    """
    name = f"{stem}-{hashlib.sha256(text.encode()).hexdigest()[:16]}.{suffix}"
    (Path(_generated.name) / name).write_text(text, encoding="utf-8")
    return f"../{_generated_files.name}/{name}"
