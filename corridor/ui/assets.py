"""Serve Leaflet's files from the app itself.

Streamlit serves the folder of a declared component under
``/component/<name>/``. Declaring the installed Leaflet folder as a component
(never rendered) makes its files reachable next to streamlit-folium's own
frame, so the map loads with no CDN.
"""

from __future__ import annotations

import streamlit.components.v1 as components

from corridor.assets import LEAFLET_CSS, LEAFLET_JS, leaflet_dir

_leaflet_files = components.declare_component("leaflet_files", path=str(leaflet_dir()))


def leaflet_urls() -> tuple[str, str]:
    """URLs of Leaflet's JS and CSS, relative to streamlit-folium's frame."""
    base = f"../{_leaflet_files.name}"
    return f"{base}/{LEAFLET_JS}", f"{base}/{LEAFLET_CSS}"
