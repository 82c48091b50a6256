"""The floor: the least a page with an ``st_folium`` map costs, for comparison.

One map with one marker, Leaflet served the same way as the real app's, and a
one-line panel that shows what was clicked.
"""

import folium
import streamlit as st
from streamlit_folium import st_folium

from corridor.ui.assets import leaflet_urls


def floor_page() -> None:
    fmap = folium.Map(location=[43.65, 51.2], zoom_start=5, tiles=None)
    js, css = leaflet_urls()
    fmap.default_js = [("leaflet", js)]
    fmap.default_css = [("leaflet_css", css)]
    folium.CircleMarker([43.65, 51.2], radius=7, fill=True, tooltip="Aktau").add_to(fmap)
    state = st_folium(
        fmap, key="floor-map", height=620, use_container_width=True, returned_objects=["last_clicked"]
    )
    clicked = (state or {}).get("last_clicked")
    st.subheader(f"Clicked {clicked['lat']:.2f}, {clicked['lng']:.2f}" if clicked else "Nothing clicked")


floor_page()
