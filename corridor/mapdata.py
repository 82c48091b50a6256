"""What the map's browser side fetches: the layers by zoom, the basemap, the names, the code.

Everything here is made once per server process from the validated dataset
and published as files whose names carry a hash of their content, so every
session's browser fetches each file once and caches it. The map's code and
its config (styles, words, legend, and where every other file is) travel as
one script, the bundle, which starts fetching the opening view's files as
soon as it loads, while Leaflet is still loading. A rerun then sends only the
state (:func:`map_state`). Every string that comes from data is escaped here,
before it is published.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import shapely
import xyzservices
from shapely.geometry import LineString, mapping, shape

from corridor import i18n, layout, styles
from corridor import layers as registry
from corridor.contract import STATUSES
from corridor.i18n import LANGUAGES, layer_title, name_of
from corridor.layers import BORDERS, BORDERS_DETAIL, PLACES, Layer, LayerData
from corridor.leaflet import SCRIPTS, STYLESHEETS, script, stylesheet
from corridor.timeline import SHOWN, AsOf

DEFAULT_LANGUAGE = "en"

# Line layers are published in zoom tiers: (from zoom, tolerance in degrees).
# Below zoom 7 a pixel spans about 0.01° or more, so detail finer than that is
# never seen; from zoom 10 on the full geometry is sent. The geometry is
# simplified by shapely (GEOS's Douglas-Peucker), not by code of our own.
ZOOM_TIERS: tuple[tuple[float, float], ...] = ((0, 0.01), (7, 0.001), (10, 0.0))
# Coordinates are rounded to a tenth of the tier's tolerance, and never finer than about 10 cm.
FINEST_GRID = 1e-6

# From this zoom on, the detailed 1:10m borders replace the 1:50m ones.
DETAIL_ZOOM = 6
# Natural Earth's min_zoom values suit a world map; this map opens closer in.
LABEL_ZOOM_OFFSET = 1.0
LABEL_PRIORITY = {"corridor": 0, "country": 10, "capital": 20, "city": 30}
BASEMAP_PANE = "basemap"
# Below Leaflet's tile pane (z-index 200): tiles cover the offline basemap when
# they load, and the basemap shows wherever they do not.
BASEMAP_PANE_Z = 150
BORDER_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>'
# The rail lines are OpenStreetMap data (ODbL). The same words as the tile
# layer's credit, so Leaflet shows the credit once whether tiles load or not.
OSM_ATTRIBUTION = xyzservices.providers.OpenStreetMap.Mapnik.html_attribution

# publish(stem, text, suffix) writes a file the map's frame can fetch and returns its URL.
Publisher = Callable[[str, str, str], str]


def escape_text(value: str) -> str:
    """Make a data string safe to show as text in HTML and inside JavaScript.

    folium and Leaflet's tooltips escape nothing. Beyond HTML's special
    characters, backticks and ``$`` are encoded too, so no string can end or
    interpolate a JS template.
    """
    return html.escape(value, quote=True).replace("`", "&#96;").replace("$", "&#36;")


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


def simplified(geometry: dict, tolerance: float) -> dict:
    """The geometry with detail finer than ``tolerance`` degrees removed, and its coordinates rounded."""
    shaped = shape(geometry)
    if tolerance > 0:
        shaped = shapely.simplify(shaped, tolerance, preserve_topology=False)
    rounded = shapely.set_precision(shaped, max(tolerance / 10, FINEST_GRID))
    return mapping(rounded if not rounded.is_empty else shaped)


def layer_feature(feature: dict, tolerance: float = 0.0) -> dict:
    """The slim, escaped copy of a feature that the browser draws."""
    properties = feature["properties"]
    return {
        "type": "Feature",
        "geometry": simplified(feature["geometry"], tolerance),
        "properties": {
            "id": escape_text(properties["id"]),
            "kind": escape_text(properties["kind"]),
            "status": escape_text(properties["status"]),
            "name": {language: escape_text(name_of(properties, language)) for language in LANGUAGES},
        },
    }


def layer_tiers(data: LayerData) -> list[tuple[float, dict]]:
    """A layer's documents by zoom, as (from zoom, document); points need one tier only.

    A tier that would be the same as the one before it is left out.
    """
    tiers = ZOOM_TIERS if data.layer.geometry == "line" else ZOOM_TIERS[-1:]
    documents: list[tuple[float, dict]] = []
    for index, (min_zoom, tolerance) in enumerate(tiers):
        document = {
            "type": "FeatureCollection",
            "features": [layer_feature(f, tolerance) for f in data.features],
        }
        if documents and documents[-1][1] == document:
            continue
        documents.append((0 if index == 0 else min_zoom, document))
    return documents


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


def labels_document(places: LayerData, points: Sequence[LayerData], language: str) -> list[list]:
    """Rows for the labels: corridor points first, then countries and cities by rank.

    A row is [lon, lat, text, css class, priority, min zoom, feature id or null].
    The browser sets the text as text, never as HTML.
    """
    rows: list[list] = []
    for data in points:
        for feature in data.features:
            properties = feature["properties"]
            text = properties.get(f"label_{language}") or name_of(properties, language)
            lon, lat = feature["geometry"]["coordinates"][:2]
            rows.append(
                [lon, lat, text, "corridor", LABEL_PRIORITY["corridor"], 0, escape_text(properties["id"])]
            )
    for feature in places.features:
        properties = feature["properties"]
        kind = "capital" if properties.get("capital") else properties["kind"]
        lon, lat = feature["geometry"]["coordinates"][:2]
        css = "city capital" if kind == "capital" else kind
        priority = LABEL_PRIORITY[kind] + properties["rank"]
        rows.append([lon, lat, name_of(properties, language), css, priority, properties["min_zoom"], None])
    return rows


def _line_sample(colour: str, dash: str | None) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="{colour}"'
        f' stroke-width="3" stroke-linecap="round"{dash_attr}/></svg>'
    )


def _dot_sample(colour: str, shape: str) -> str:
    """A point's sample: its colour and its shape (circle or diamond), as the map draws it."""
    mark = '<path d="M14 0.5L19.5 6L14 11.5L8.5 6z"' if shape == "diamond" else '<circle cx="14" cy="6" r="5"'
    return f'<svg width="28" height="12" aria-hidden="true">{mark} fill="{colour}" stroke="#fff" stroke-width="1.5"/></svg>'


def _switch(layer_id: str, sample: str, title: str, available: bool) -> str:
    """One layer's switch in the legend: a checkbox that the map's code wires up."""
    state = "checked" if available else "disabled"
    return (
        f'<label class="corridor-switch"><input type="checkbox" data-layer="{layer_id}" {state}>'
        f"{sample}<span>{title}</span></label>"
    )


def _kind_sample(layer: Layer, kind: str) -> str:
    """A kind's sample in the legend, drawn as the map draws it."""
    look = styles.kind_look(layer, kind)
    if layer.geometry == "point":
        return _dot_sample(look.colour, look.shape)
    return _line_sample(look.colour, None)


def legend_html(language: str, empty: Iterable[str] = ()) -> str:
    """The legend's HTML, built from the layer registry and constants only (no data strings).

    The legend is also where layers are switched on and off: each corridor
    layer has a checkbox, disabled for a layer with no features (``empty``).
    A line layer's switch shows its colour; the kinds its entry names in
    ``legend`` follow it, each drawn as the map draws it.
    """
    words = i18n.words(language).legend
    empty = set(empty)
    rows = [f"<b>{words['layers']}</b>"]
    for layer in reversed(registry.CORRIDOR_LAYERS):
        sample = _line_sample(layer.look.colour, None) if layer.geometry == "line" else ""
        rows.append(_switch(layer.id, sample, layer_title(layer, language), layer.id not in empty))
        for kind, key in layer.legend:
            rows.append(f'<div class="corridor-kind">{_kind_sample(layer, kind)}{words[key]}</div>')
    rows.append(f"<b>{words['status']}</b>")
    for status in STATUSES:
        sample = _line_sample("currentColor", styles.DASH[status])
        rows.append(f"<div>{sample}{i18n.STATUS_LABELS[language][status]}</div>")
    faded = _line_sample("currentColor", None).replace("<line ", '<line stroke-opacity="0.3" ')
    rows.append(f"<div>{faded}{words['faded']}</div>")
    route = _line_sample(styles.ROUTE_STYLE["color"], None).replace('stroke-width="3"', 'stroke-width="8"')
    rows.append(f"<div>{route}{words['route']}</div>")
    return f"<details open><summary>{words['legend']}</summary>{''.join(rows)}</details>"


def layer_styles(data: LayerData) -> dict[str, dict]:
    """The style table of one corridor layer, for the kinds it holds."""
    style = styles.layer_style(data.layer)
    kinds = sorted({f["properties"]["kind"] for f in data.features})
    return styles.style_table(style, kinds, STATUSES)


@dataclass(frozen=True)
class Published:
    """The map's config, and the scripts and stylesheets the map's frame loads.

    ``config_id`` names the config inside the bundle, so a map never runs with
    a config from another process.
    """

    config_id: str
    config: dict
    scripts: tuple[str, ...]
    stylesheets: tuple[str, ...]

    def urls(self) -> tuple[str, ...]:
        """Every file published for the map: its code and stylesheets, and every file its config names."""
        config = self.config
        return (
            *self.scripts,
            *self.stylesheets,
            *(tier["url"] for layer in config["layers"] for tier in layer["tiers"]),
            config["basemap"]["borders"],
            config["basemap"]["detail"],
            *config["labels"]["urls"].values(),
        )


def publish_json(publish: Publisher, stem: str, document: object) -> str:
    return publish(stem, json.dumps(document, separators=(",", ":"), ensure_ascii=False), "json")


def bundled(code: str) -> str:
    """One script as the bundle carries it: without the indentation, which is for its readers.

    A line of JavaScript means the same without its leading blanks, as long as
    no string or template spans lines; the scripts have none (tests/test_mapbuild.py).
    """
    return re.sub(r"(?m)^[ \t]+", "", code)


def bundle(config_id: str, config: dict) -> str:
    """The map's code and its config as one script.

    As it loads, it starts watching the frame's later scripts and stylesheets
    (a failed one is tried again) and prefetches the opening view's files.
    """
    code = "\n".join(bundled(script(name)) for name in SCRIPTS)
    document = json.dumps(config, separators=(",", ":"), ensure_ascii=True)
    # Inside a <script>, "</" could end the element: JSON allows "<\/" for it.
    document = document.replace("</", "<\\/")
    config_name = json.dumps(config_id)
    return (
        f"{code}\ncorridorConfigs[{config_name}] = {document};\n"
        f"corridorWatchLoads(corridorConfigs[{config_name}]);\n"
        f"corridorStylePage(corridorConfigs[{config_name}].pageStyle);\ncorridorPrefetch({config_name});\n"
    )


def publish_map(layers: Mapping[str, LayerData], publish: Publisher) -> Published:
    """Publish every file the map needs, once; return the config and where the code is."""
    points = [layers[layer.id] for layer in registry.CORRIDOR_LAYERS if layer.geometry == "point"]
    config = {
        "defaultLanguage": DEFAULT_LANGUAGE,
        **styles.THEMES,
        "frame": {
            language: {
                "lang": language,
                "text": i18n.words(language).map["mapTitle"],
                "role": i18n.words(language).map["mapRole"],
            }
            for language in LANGUAGES
        },
        "words": {
            language: {"status": i18n.STATUS_LABELS[language], **i18n.words(language).map}
            for language in LANGUAGES
        },
        "legend": {
            language: legend_html(
                language, [layer.id for layer in registry.CORRIDOR_LAYERS if not layers[layer.id].features]
            )
            for language in LANGUAGES
        },
        "layers": [
            {
                "id": layer.id,
                "geometry": layer.geometry,
                "title": {language: escape_text(layer_title(layer, language)) for language in LANGUAGES},
                "styles": layer_styles(layers[layer.id]),
                "hover": styles.HOVER_STYLE if layer.geometry == "line" else None,
                "tiers": [
                    {
                        "minZoom": min_zoom,
                        "url": publish_json(publish, f"layer-{layer.id}-z{min_zoom:g}", doc),
                    }
                    for min_zoom, doc in layer_tiers(layers[layer.id])
                ],
            }
            for layer in registry.CORRIDOR_LAYERS
        ],
        "basemap": {
            "pane": BASEMAP_PANE,
            "paneZ": BASEMAP_PANE_Z,
            "borders": publish_json(publish, "borders", basemap_document(layers[BORDERS.id])),
            "detail": publish_json(publish, "borders-detail", basemap_document(layers[BORDERS_DETAIL.id])),
            "detailZoom": DETAIL_ZOOM,
            "available": bool(layers[BORDERS.id].features),
            "style": styles.BASEMAP_STYLE,
            "attribution": BORDER_ATTRIBUTION,
        },
        "labels": {
            "urls": {
                language: publish_json(
                    publish, f"labels-{language}", labels_document(layers[PLACES.id], points, language)
                )
                for language in LANGUAGES
            },
            "zoomOffset": LABEL_ZOOM_OFFSET,
        },
        "attribution": OSM_ATTRIBUTION,
        "pageStyle": layout.page_style(stylesheet("page")),
        "faded": styles.FADED_STYLE,
        "route": {"style": styles.ROUTE_STYLE, "plannedDash": styles.ROUTE_PLANNED_DASH},
    }
    config_id = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]
    return Published(
        config_id=config_id,
        config=config,
        scripts=(publish("corridor-map", bundle(config_id, config), "js"),),
        stylesheets=tuple(publish(name, stylesheet(name), "css") for name in STYLESHEETS),
    )


def map_state(
    *,
    visible: Iterable[str],
    statuses: Iterable[str],
    selected_id: str | None,
    language: str,
    layers_version: int = 0,
    view: tuple[float, float, float, int] | None = None,
    focus: tuple[str, str, int] | None = None,
    year: int | None = None,
    as_of: Mapping[str, AsOf] | None = None,
    route: Mapping[str, object] | None = None,
    session: str = "",
) -> dict:
    """What a rerun sends to the map: the state only, never features.

    Ids are escaped like every data string; the browser compares them with the
    escaped ids in the layer files. ``layers_version`` counts the legend's
    switches the app has taken in: the map keeps its own newer layers over
    older ones. ``view`` is (lat, lon, zoom, serial), from a link: the map
    goes there once for each new serial. ``focus`` is (feature id, layer id,
    serial): the map frames that feature once for each new serial (a pick in
    the search or the table). ``year`` is the year the map shows (None: the
    data's own), and ``as_of`` each feature's state in it, where it is not
    simply today's status; ``route`` is the route explorer's drawing
    (:func:`route_drawing`), or None. ``session`` names the server's session:
    a map that sees a new one (the server restarted under the page) reports
    "ready" to it again.
    """
    visible, statuses = set(visible), set(statuses)
    return {
        "layers": [layer.id for layer in registry.CORRIDOR_LAYERS if layer.id in visible],
        "statuses": [status for status in STATUSES if status in statuses],
        "selected": None if selected_id is None else escape_text(selected_id),
        "language": language,
        "layersVersion": layers_version,
        "view": None
        if view is None
        else {"lat": view[0], "lon": view[1], "zoom": view[2], "serial": view[3]},
        "focus": None
        if focus is None
        else {"id": escape_text(focus[0]), "layer": focus[1], "serial": focus[2]},
        "year": year,
        "asOf": {
            escape_text(fid): [state.status, state.shown, state.basis]
            for fid, state in (as_of or {}).items()
            if state.shown != SHOWN or state.basis != "today"
        },
        "route": route,
        "session": session,
    }


# The route is drawn simplified to about a kilometre: it is a halo under the links.
ROUTE_SIMPLIFY_DEGREES = 0.01


def route_drawing(key: str, legs: Iterable[tuple[Sequence[Sequence[float]], bool]]) -> dict:
    """The route for the map: each leg's line in [lat, lon], and whether it is operating."""
    lines, operating = [], []
    for coords, is_operating in legs:
        line = LineString(coords).simplify(ROUTE_SIMPLIFY_DEGREES, preserve_topology=False)
        lines.append([[round(lat, 4), round(lon, 4)] for lon, lat in line.coords])
        operating.append(is_operating)
    return {"key": key, "lines": lines, "operating": operating}


def content_name(stem: str, text: str, suffix: str) -> str:
    """A file name that carries a hash of the content, so a browser never keeps a stale copy."""
    return f"{stem}-{hashlib.sha256(text.encode()).hexdigest()[:16]}.{suffix}"
