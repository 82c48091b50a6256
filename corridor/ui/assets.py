"""Serve Leaflet's files from the app itself.

Streamlit serves the folder of a declared component under
``/component/<name>/``. Declaring the installed Leaflet folder as a component
(never rendered) makes its files reachable next to streamlit-folium's own
frame, so the map loads with no CDN.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path

import streamlit.components.v1 as components

from corridor.assets import LEAFLET_CSS, LEAFLET_JS, leaflet_dir
from corridor.mapdata import content_name

_leaflet_files = components.declare_component("leaflet_files", path=str(leaflet_dir()))

# Files made from the data at start-up: the layers, the basemap, the map's code. The folder lives
# as long as the server process, unless something cleans the temporary folder under it: the app
# checks the files at each session's start and publishes them again (``all_published``).
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
    folder = published_folder()
    # The folder is made again if a cleaner removed it.
    folder.mkdir(parents=True, exist_ok=True)
    # Written beside its place, then moved there: a browser fetching the file
    # while it is published again never reads half of it, and a write that
    # fails (a full disk) leaves no file behind under its name.
    partial = folder / f".{name}.{secrets.token_hex(8)}.partial"
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(folder / name)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return f"../{_generated_files.name}/{name}"


def published_folder() -> Path:
    """Where :func:`publish_text` writes."""
    return Path(_generated.name)


def published_file(url: str) -> Path:
    """The file behind a URL that :func:`publish_text` returned."""
    return published_folder() / url.rsplit("/", 1)[-1]


def all_published(urls: Iterable[str]) -> bool:
    """Whether every file behind ``urls`` (from :func:`publish_text`) is still there: a stat each."""
    return all(published_file(url).is_file() for url in urls)
