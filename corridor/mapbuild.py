"""Build the folium map: a stable base map, and one feature group per layer.

The base map (borders, tiles, legend, initial view) never changes between
reruns, so the browser keeps the same Leaflet map. Layers, filters and the
selection only change the feature groups, which streamlit-folium swaps in
place.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import folium
import xyzservices
from branca.element import MacroElement
from jinja2 import Template

from corridor import styles
from corridor.contract import STATUSES
from corridor.i18n import STATUS_LABELS, layer_title, name_of
from corridor.layers import CORRIDOR_LAYERS, LayerData

MIN_ZOOM = 3.5
MAX_ZOOM = 12
# Fractional zoom lets the initial view fit the corridor closely.
ZOOM_SNAP = 0.25
# A provider object, not a name: folium would search xyzservices' whole catalogue for a name.
TILES = xyzservices.providers.OpenStreetMap.Mapnik
BORDER_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>'
# The rail lines are OpenStreetMap data (ODbL). The same words as the tile
# layer's credit, so Leaflet shows the credit once whether tiles load or not.
OSM_ATTRIBUTION = TILES.html_attribution
BASEMAP_PANE = "basemap"
# Below Leaflet's tile pane (z-index 200): tiles cover the offline basemap when
# they load, and the basemap shows wherever they do not.
BASEMAP_PANE_Z = 150


def escape_text(value: str) -> str:
    """Make a data string safe to show as text in HTML and inside JavaScript.

    folium escapes nothing. Beyond HTML's special characters, backticks and
    ``$`` are encoded too, so no string can end or interpolate a JS template.
    """
    return html.escape(value, quote=True).replace("`", "&#96;").replace("$", "&#36;")


def display_feature(feature: dict, language: str) -> dict:
    """The slim, escaped copy of a feature that is sent to the browser."""
    properties = feature["properties"]
    status = properties["status"]
    label = f"{name_of(properties, language)} ({STATUS_LABELS[language][status]})"
    return {
        "type": "Feature",
        "geometry": feature["geometry"],
        "properties": {
            "id": escape_text(properties["id"]),
            "label": escape_text(label),
            "kind": escape_text(properties["kind"]),
            "status": escape_text(status),
        },
    }


def bounds_of(features: Iterable[dict]) -> list[list[float]]:
    """[[south, west], [north, east]] of the features' coordinates."""
    lons: list[float] = []
    lats: list[float] = []

    def walk(coordinates) -> None:
        if coordinates and isinstance(coordinates[0], (int, float)):
            lons.append(coordinates[0])
            lats.append(coordinates[1])
            return
        for item in coordinates:
            walk(item)

    for feature in features:
        walk(feature["geometry"]["coordinates"])
    if not lons:
        raise ValueError("no coordinates to frame")
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


class Legend(MacroElement):
    """A Leaflet control that explains colours and line styles."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .corridor-legend {background: rgba(255,255,255,0.92); padding: 6px 9px;
          border-radius: 6px; font: 12px/1.45 system-ui, sans-serif; color: #202124;
          box-shadow: 0 1px 4px rgba(0,0,0,0.3); max-width: 210px;}
        .corridor-legend summary {font-weight: 600; cursor: pointer;}
        .corridor-legend b {display: block; margin: 4px 0 1px;}
        .corridor-legend div {display: flex; align-items: center; gap: 6px;}
        .leaflet-container {background: {{ this.sea }};}
        @media (max-width: 640px) {.corridor-legend {font-size: 11px; max-width: 160px;}}
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomright"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "corridor-legend");
            div.innerHTML = {{ this.body|tojson }};
            if (window.innerWidth < 520) { div.firstChild.open = false; }
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, body: str):
        super().__init__()
        self._name = "Legend"
        self.body = body
        self.sea = styles.SEA_COLOUR


def _line_sample(colour: str, dash: str | None) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="28" height="10"><line x1="1" y1="5" x2="27" y2="5" stroke="{colour}"'
        f' stroke-width="3" stroke-linecap="round"{dash_attr}/></svg>'
    )


def _dot_sample(colour: str) -> str:
    return (
        f'<svg width="28" height="12"><circle cx="14" cy="6" r="5" fill="{colour}"'
        ' stroke="#fff" stroke-width="1.5"/></svg>'
    )


LEGEND_WORDS = {
    "en": {
        "legend": "Legend",
        "layers": "Layers",
        "status": "Status",
        "sea_port": "Sea port",
        "gateway": "Dry port / border station",
    },
    "ru": {
        "legend": "Легенда",
        "layers": "Слои",
        "status": "Статус",
        "sea_port": "Морской порт",
        "gateway": "Сухой порт / погранпереход",
    },
}


def legend_html(language: str) -> str:
    """The legend's HTML, built from constants only (no data strings)."""
    words = LEGEND_WORDS[language]
    rows = [f"<b>{words['layers']}</b>"]
    rows.append(f"<div>{_dot_sample(styles.KIND_COLOURS['sea_port'])}{words['sea_port']}</div>")
    rows.append(f"<div>{_dot_sample(styles.KIND_COLOURS['dry_port'])}{words['gateway']}</div>")
    for layer in CORRIDOR_LAYERS:
        if layer.geometry == "line":
            colour = styles.LAYER_COLOURS[layer.id]
            rows.append(f"<div>{_line_sample(colour, None)}{layer_title(layer, language)}</div>")
    rows.append(f"<b>{words['status']}</b>")
    for status in STATUSES:
        sample = _line_sample("#444", styles.DASH[status])
        rows.append(f"<div>{sample}{STATUS_LABELS[language][status]}</div>")
    return f"<details open><summary>{words['legend']}</summary>{''.join(rows)}</details>"


# Natural Earth's min_zoom values suit a world map; this map opens closer in.
LABEL_ZOOM_OFFSET = 1.0
# From this zoom on, the detailed 1:10m borders replace the 1:50m ones.
DETAIL_ZOOM = 6
LABEL_PRIORITY = {"corridor": 0, "country": 10, "capital": 20, "city": 30}


class RemoteGeoJson(MacroElement):
    """A GeoJSON layer the browser fetches by URL, between two zoom levels.

    The basemap is the largest and the most constant part of the map. Fetched
    as a file, the browser caches it and it is not resent on every rerun. The
    coarse borders serve the zoomed-out view and the detailed ones the rest;
    the coarse file's arrival marks the basemap as drawn.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = corridorRemoteGeoJson(
            {{ this._parent.get_name() }}, {{ this.url|tojson }}, {{ this.layer_options|tojson }},
            {{ this.min_zoom|tojson }}, {{ this.max_zoom|tojson }},
            {% if this.marks_basemap %}function () {
                performance.mark("corridor:basemap");
                {{ this._parent.get_name() }}.fire("corridor:basemap");
            }{% else %}null{% endif %});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        url: str,
        *,
        min_zoom: float = 0,
        max_zoom: float = 99,
        marks_basemap: bool = False,
        **layer_options: object,
    ):
        super().__init__()
        self._name = "RemoteGeoJson"
        self.url = url
        self.min_zoom = min_zoom
        self.max_zoom = max_zoom
        self.marks_basemap = marks_basemap
        self.layer_options = layer_options


class PlaceLabels(MacroElement):
    """Names of ports, gateways, cities and countries, fetched as a file and thinned to fit.

    It also credits OpenStreetMap, whose data the rail lines are, whatever layers are on.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .corridor-label-anchor {background: none; border: none;}
        .corridor-label {position: absolute; visibility: hidden; white-space: nowrap;
          font: 12px/1.2 system-ui, sans-serif; color: #202124;
          text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff;}
        .corridor-label.shown {visibility: visible;}
        .corridor-label.city {transform: translate(-50%, -130%);}
        .corridor-label.city::after {content: ""; position: absolute; left: 50%; top: 130%;
          width: 4px; height: 4px; margin-left: -2px; border-radius: 50%; background: #5f6368;}
        .corridor-label.capital {font-weight: 600;}
        .corridor-label.country {transform: translate(-50%, -50%); font-size: 11px;
          letter-spacing: 0.12em; text-transform: uppercase; color: #6b6658;}
        .corridor-label.corridor {font-weight: 700; font-size: 12.5px;}
        .corridor-label.pos-right {transform: translate(11px, -50%);}
        .corridor-label.pos-left {transform: translate(calc(-100% - 11px), -50%);}
        .corridor-label.pos-below {transform: translate(-50%, 9px);}
        .corridor-label.pos-above {transform: translate(-50%, calc(-100% - 9px));}
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        corridorLabels({{ this._parent.get_name() }}, {{ this.url|tojson }}, {{ this.zoom_offset|tojson }});
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.attribution|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, url: str, zoom_offset: float = LABEL_ZOOM_OFFSET):
        super().__init__()
        self._name = "PlaceLabels"
        self.url = url
        self.zoom_offset = zoom_offset
        self.attribution = OSM_ATTRIBUTION


def labels_document(places: LayerData, points: Sequence[LayerData], language: str) -> list[list]:
    """Rows for :class:`PlaceLabels`: corridor points first, then countries and cities by rank."""
    rows: list[list] = []
    for data in points:
        for feature in data.features:
            properties = feature["properties"]
            text = properties.get(f"label_{language}") or name_of(properties, language)
            lon, lat = feature["geometry"]["coordinates"][:2]
            rows.append([lon, lat, text, "corridor", LABEL_PRIORITY["corridor"], 0, properties["id"]])
    for feature in places.features:
        properties = feature["properties"]
        kind = "capital" if properties.get("capital") else properties["kind"]
        lon, lat = feature["geometry"]["coordinates"][:2]
        css = "city capital" if kind == "capital" else kind
        priority = LABEL_PRIORITY[kind] + properties["rank"]
        rows.append([lon, lat, name_of(properties, language), css, priority, properties["min_zoom"], None])
    return rows


class MapReporter(MacroElement):
    """Tell Streamlit at once when the map has drawn, and what each click hit.

    streamlit-folium reports clicks only after a 250 ms debounce. With its own
    reporting switched off (``returned_objects=[]``), this sends the component
    value itself through Streamlit's component messaging, so a click reruns the
    script once and at once. The value is ``{"event": "ready" | "click", "id":
    <unique>, "feature_id": <id or null>}``; a click on empty map has no
    feature. "ready" is sent once, after the basemap has been drawn.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var count = 0;
            function report(event, featureId) {
                count += 1;
                window.parent.postMessage({
                    isStreamlitMessage: true,
                    type: "streamlit:setComponentValue",
                    dataType: "json",
                    value: {event: event, id: Date.now() + "-" + count, feature_id: featureId}
                }, "*");
            }
            map.on("click", function (event) {
                var target = event.originalEvent && event.originalEvent.target;
                var featureId = null;
                map.eachLayer(function (layer) {
                    if (layer.feature && layer._path === target) {
                        featureId = layer.feature.properties.id;
                    }
                });
                report("click", featureId);
            });
            map.once("corridor:basemap", function () {
                requestAnimationFrame(function () { report("ready", null); });
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self):
        super().__init__()
        self._name = "MapReporter"


def basemap_document(borders: LayerData) -> dict:
    """The basemap as sent to the browser: geometry and ids only, no data strings."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": f["geometry"],
                "properties": {"id": escape_text(f["properties"]["id"])},
            }
            for f in borders.features
        ],
    }


@dataclass(frozen=True)
class MapFrame:
    """Where the map starts (``view``) and how far it may pan (``limits``)."""

    view: Sequence[Sequence[float]]
    limits: Sequence[Sequence[float]]


def map_frame(layers: Sequence[LayerData], borders: LayerData) -> MapFrame:
    """The initial view frames the ports and rail lines; panning stops at the basemap's edge."""
    return MapFrame(view=corridor_view(layers), limits=bounds_of(borders.features))


@dataclass(frozen=True)
class BasemapUrls:
    """Where the browser fetches the published basemap files and the map's own scripts."""

    borders: str
    borders_detail: str
    labels: str
    scripts: tuple[str, ...] = ()


def build_base_map(
    urls: BasemapUrls,
    frame: MapFrame,
    leaflet_urls: tuple[str, str] | None = None,
    language: str = "en",
) -> folium.Map:
    """The part of the map that stays the same on every rerun.

    ``urls`` says where the browser fetches the basemap documents
    (:func:`basemap_document`, :func:`labels_document`); ``leaflet_urls`` is
    (js, css) to load Leaflet from; None keeps folium's CDN.
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
    fmap.options.update(min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)
    if leaflet_urls is not None:
        js, css = leaflet_urls
        fmap.default_js = [("leaflet", js)]
        fmap.default_css = [("leaflet_css", css)]
    fmap.default_js = [*fmap.default_js, *((f"corridor_{i}", url) for i, url in enumerate(urls.scripts))]
    folium.map.CustomPane(BASEMAP_PANE, z_index=BASEMAP_PANE_Z, pointer_events=False).add_to(fmap)
    fmap.add_child(
        RemoteGeoJson(
            urls.borders,
            max_zoom=DETAIL_ZOOM,
            marks_basemap=True,
            pane=BASEMAP_PANE,
            interactive=False,
            style=styles.BASEMAP_STYLE,
            attribution=BORDER_ATTRIBUTION,
        )
    )
    fmap.add_child(
        RemoteGeoJson(
            urls.borders_detail,
            min_zoom=DETAIL_ZOOM,
            pane=BASEMAP_PANE,
            interactive=False,
            style=styles.BASEMAP_STYLE,
            attribution=BORDER_ATTRIBUTION,
        )
    )
    fmap.add_child(PlaceLabels(urls.labels))
    folium.TileLayer(
        TILES,
        name="OpenStreetMap",
        overlay=True,
        control=True,
        max_zoom=MAX_ZOOM,
        referrer_policy="strict-origin-when-cross-origin",
    ).add_to(fmap)
    fmap.add_child(Legend(legend_html(language)))
    fmap.add_child(MapReporter())
    fmap.fit_bounds([list(corner) for corner in frame.view])
    return fmap


def build_layer_groups(
    layers: Sequence[LayerData],
    *,
    visible: Iterable[str],
    statuses: Iterable[str],
    selected_id: str | None = None,
    language: str = "en",
) -> list[folium.FeatureGroup]:
    """One feature group per visible corridor layer, holding the features whose status is shown."""
    visible = set(visible)
    statuses = set(statuses)
    groups = []
    for data in layers:
        layer = data.layer
        if layer.id not in visible:
            continue
        features = [
            display_feature(f, language) for f in data.features if f["properties"]["status"] in statuses
        ]
        group = folium.FeatureGroup(name=escape_text(layer_title(layer, language)))
        if features:
            is_point = layer.geometry == "point"
            folium.GeoJson(
                {"type": "FeatureCollection", "features": features},
                name=layer.id,
                style_function=(
                    styles.point_style(selected_id) if is_point else styles.line_style(layer.id, selected_id)
                ),
                highlight_function=None if is_point else styles.highlight_style(),
                marker=folium.CircleMarker(radius=styles.POINT_RADIUS) if is_point else None,
                tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False, sticky=True),
                control=False,
            ).add_to(group)
        groups.append(group)
    return groups


def layer_control() -> folium.LayerControl:
    return folium.LayerControl(collapsed=True, position="topright")


FRAME_PADDING_DEGREES = 1.0
# The corridor from the Black Sea to the Chinese border, when no layer has data.
DEFAULT_VIEW = ((37.0, 40.0), (52.0, 84.0))


def corridor_view(layers: Sequence[LayerData]) -> tuple[tuple[float, float], tuple[float, float]]:
    """The initial view: the rail network, from the Chinese border to the Black Sea, with a margin.

    The sea link on to Constanța is a pan away to the west.
    """
    features = [f for data in layers if data.layer.id == "rail" for f in data.features]
    if not features:
        features = [f for data in layers for f in data.features]
    if not features:
        return DEFAULT_VIEW
    (south, west), (north, east) = bounds_of(features)
    pad = FRAME_PADDING_DEGREES
    return (south - pad, west - pad), (north + pad, east + pad)
