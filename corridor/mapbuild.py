"""Assemble the folium map: a base map that never changes, and the state of each rerun.

The base map (bounds, zoom limits, and the call that starts the browser side
with the first view and the tiles) is the same on every rerun, so
streamlit-folium keeps the Leaflet map. The layers are published files the
browser fetches once (:mod:`corridor.mapdata`); a rerun sends only the state,
which :mod:`corridor.leaflet`'s code applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import folium
import xyzservices

from corridor import layout
from corridor.layers import LayerData
from corridor.leaflet.elements import CorridorMap, MapState
from corridor.mapdata import Published
from corridor.mapfeatures import bounds_of

# Fractional zoom lets the initial view fit the corridor closely.
ZOOM_SNAP = 0.25
# A provider object, not a name: folium would search xyzservices' whole catalogue for a name.
TILES = xyzservices.providers.OpenStreetMap.Mapnik
# Some positions (towns where OpenStreetMap has no station, a few ports, the fibre cable's end
# at Sumgayit) are GeoNames data, under CC BY 4.0: credited beside OpenStreetMap and Natural Earth.
GEONAMES_ATTRIBUTION = (
    '<a href="https://www.geonames.org/">GeoNames</a>'
    ' (<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)'
)
FRAME_PADDING_DEGREES = 1.0
# Panning may go this far past the basemap's edge: a tall phone screen shows
# more than the basemap's height, and the first view must still be free to
# sit above the panel sheet rather than be pushed to the basemap's middle.
LIMIT_PADDING_DEGREES = 30.0
# On a phone the panel's sheet covers the map's lower part, and the opening
# view is framed above it: the map may reach this much further south, under
# the sheet, or Leaflet would push a tall phone's view north (the corridor
# would sink behind the scale bar).
SHEET_SOUTH_DEGREES = 40.0
# The corridor from the Black Sea to the Chinese border, when no layer has data.
DEFAULT_VIEW = ((37.0, 40.0), (52.0, 84.0))


@dataclass(frozen=True)
class MapFrame:
    """Where the map starts (``view``) and how far it may pan (``limits``)."""

    view: Sequence[Sequence[float]]
    limits: Sequence[Sequence[float]]


def corridor_view(layers: Sequence[LayerData]) -> tuple[tuple[float, float], tuple[float, float]]:
    """The initial view: the layers the registry says frame it, with a margin.

    They are the rail network, from the Chinese border to the Black Sea.

    The onward links (into China, across Turkey) and the sea links on to
    Constanța are a pan away.
    """
    features = [
        f
        for data in layers
        if data.layer.frames_view
        for f in data.features
        if not f["properties"].get("onward")
    ]
    if not features:
        features = [f for data in layers for f in data.features]
    if not features:
        return DEFAULT_VIEW
    (south, west), (north, east) = bounds_of(features)
    pad = FRAME_PADDING_DEGREES
    return (south - pad, west - pad), (north + pad, east + pad)


def map_frame(layers: Sequence[LayerData], borders: LayerData) -> MapFrame:
    """The initial view frames the ports and rail lines; panning stops a margin past the basemap's edge.

    Without a basemap, panning stops a margin past the opening view.
    """
    if borders.features:
        (south, west), (north, east) = bounds_of(borders.features)
    else:
        (south, west), (north, east) = corridor_view(layers)
    pad = LIMIT_PADDING_DEGREES
    return MapFrame(
        view=corridor_view(layers),
        limits=(
            (max(south - pad - SHEET_SOUTH_DEGREES, -80.0), west - pad),
            (min(north + pad, 80.0), east + pad),
        ),
    )


def build_base_map(
    published: Published, frame: MapFrame, leaflet_urls: tuple[str, str] | None = None
) -> folium.Map:
    """The part of the map that stays the same on every rerun.

    ``leaflet_urls`` is (js, css) to load Leaflet from; None keeps folium's CDN.
    """
    (south, west), (north, east) = frame.limits
    fmap = folium.Map(
        tiles=None,
        max_bounds=True,
        min_lat=south,
        max_lat=north,
        min_lon=west,
        max_lon=east,
        control_scale=True,
        world_copy_jump=False,
        zoom_snap=ZOOM_SNAP,
    )
    # With no default tiles folium passes zoom limits to nothing: set them on the map.
    fmap.options.update(min_zoom=layout.MIN_ZOOM, max_zoom=layout.MAX_ZOOM)
    if leaflet_urls is not None:
        js, css = leaflet_urls
        fmap.default_js = [("leaflet", js)]
        fmap.default_css = [("leaflet_css", css)]
    # The bundle loads first: it only defines functions until the map starts,
    # and it starts fetching the layers while Leaflet is still loading.
    fmap.default_js = [*((f"corridor_{i}", url) for i, url in enumerate(published.scripts)), *fmap.default_js]
    fmap.default_css = [
        *fmap.default_css,
        *((f"corridor_css_{i}", url) for i, url in enumerate(published.stylesheets)),
    ]
    options = {
        **layout.map_options(),
        "view": [list(corner) for corner in frame.view],
        "attribution": GEONAMES_ATTRIBUTION,
        "tiles": {
            "url": TILES.build_url(),
            "options": {
                "attribution": TILES.html_attribution,
                "maxZoom": layout.MAX_ZOOM,
                "referrerPolicy": "strict-origin-when-cross-origin",
            },
        },
    }
    fmap.add_child(CorridorMap(published.config_id, options))
    return fmap


def state_group(state: dict) -> folium.FeatureGroup:
    """The feature group a rerun hands to streamlit-folium: empty, carrying only the state."""
    group = folium.FeatureGroup(name="state", control=False)
    group.add_child(MapState(state))
    return group
