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
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import xyzservices

from corridor import i18n, layout, styles, urlstate
from corridor import layers as registry
from corridor.contract import COUNTRIES, STATUSES
from corridor.i18n import LANGUAGES, layer_title
from corridor.layers import BORDERS, BORDERS_DETAIL, PLACES, LayerData
from corridor.leaflet import SCRIPTS, STYLESHEETS, script, stylesheet
from corridor.legend import legend_html
from corridor.lens import Utilisation, lens_config, lens_state
from corridor.mapfeatures import (
    basemap_document,
    escape_text,
    labels_document,
    layer_tiers,
)
from corridor.timeline import SHOWN, AsOf

DEFAULT_LANGUAGE = "en"

# From this zoom on, the detailed 1:10m borders replace the 1:50m ones.
DETAIL_ZOOM = 6
# Natural Earth's min_zoom values suit a world map; this map opens closer in.
LABEL_ZOOM_OFFSET = 1.0
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


def layer_styles(data: LayerData) -> dict[str, dict[str, dict[str, object]]]:
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
    config: dict[str, Any]
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


def bundle(config_id: str, config: dict[str, Any]) -> str:
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
    lines = [layers[layer.id] for layer in registry.CORRIDOR_LAYERS if layer.geometry == "line"]
    config = {
        "defaultLanguage": DEFAULT_LANGUAGE,
        # The address's parameters in the order the app writes them: the map keeps it when it writes the view.
        "linkOrder": list(urlstate.PARAMETERS),
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
                    publish,
                    f"labels-{language}",
                    labels_document(layers[PLACES.id], points, language, lines),
                )
                for language in LANGUAGES
            },
            "zoomOffset": LABEL_ZOOM_OFFSET,
        },
        "attribution": OSM_ATTRIBUTION,
        "pageStyle": layout.page_style(stylesheet("page")),
        "faded": styles.FADED_STYLE,
        "lens": lens_config(),
        "route": {"style": styles.ROUTE_STYLE, "plannedDash": styles.ROUTE_PLANNED_DASH},
    }
    config_id = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]
    return Published(
        config_id=config_id,
        config=config,
        scripts=(publish("corridor-map", bundle(config_id, config), "js"),),
        stylesheets=tuple(publish(name, stylesheet(name), "css") for name in STYLESHEETS),
    )


class StationMark(NamedTuple):
    """A station picked in the search: its names by language and its place, marked on the map."""

    names: tuple[tuple[str, str], ...]
    lat: float
    lon: float


def station_mark(properties: Mapping[str, Any], index: int | None) -> StationMark | None:
    """The station at ``index`` in a line's list of stations, with its names and place; None if it has no place."""
    points = properties.get("station_points") or ()
    if index is None or not 0 <= index < len(points):
        return None
    named = i18n.names_of(properties, "stations")
    names = tuple((code, stations[index]) for code, stations in named.items() if index < len(stations))
    lon, lat = points[index][:2]
    return StationMark(names, float(lat), float(lon))


def map_state(
    *,
    visible: Iterable[str],
    statuses: Iterable[str],
    selected_id: str | None,
    language: str,
    countries: Iterable[str] = (),
    layers_version: int = 0,
    view: tuple[float, float, float, int] | None = None,
    focus: tuple[str, str, int, StationMark | None] | None = None,
    year: int | None = None,
    as_of: Mapping[str, AsOf] | None = None,
    route: Mapping[str, object] | None = None,
    session: str = "",
    lens: str | None = None,
    utilisation: Utilisation | None = None,
) -> dict[str, object]:
    """What a rerun sends to the map: the state only, never features.

    Ids are escaped like every data string; the browser compares them with the
    escaped ids in the layer files. ``countries`` limits the map to features in
    any of them (empty: every country). ``layers_version`` counts the legend's
    switches the app has taken in: the map keeps its own newer filters over
    older ones. ``view`` is (lat, lon, zoom, serial), from a link: the map
    goes there once for each new serial. ``focus`` is (feature id, layer id,
    serial, station): the map frames that feature once for each new serial (a
    pick in the search or the table), and marks the station picked on it, if any. ``year`` is the year the map shows (None: the
    data's own), and ``as_of`` each feature's state in it, where it is not
    simply today's status; ``route`` is the route explorer's drawing
    (:func:`route_drawing`), or None. ``session`` names the server's session:
    a map that sees a new one (the server restarted under the page) reports
    "ready" to it again. ``lens`` colours the map (None: as it is); with it on,
    ``utilisation`` gives the year shown and each feature the lens covers
    with its utilisation in it, or None for no data (:func:`corridor.lens.lens_state`);
    it is sent only while the lens is on.
    """
    visible, statuses, countries = set(visible), set(statuses), set(countries)
    return {
        "layers": [layer.id for layer in registry.CORRIDOR_LAYERS if layer.id in visible],
        "statuses": [status for status in STATUSES if status in statuses],
        "countries": [code for code in COUNTRIES if code in countries],
        "selected": None if selected_id is None else escape_text(selected_id),
        "language": language,
        "layersVersion": layers_version,
        "view": None
        if view is None
        else {"lat": view[0], "lon": view[1], "zoom": view[2], "serial": view[3]},
        "focus": None
        if focus is None
        else {
            "id": escape_text(focus[0]),
            "layer": focus[1],
            "serial": focus[2],
            "station": _station_state(focus[3], language),
        },
        "year": year,
        "asOf": {
            escape_text(fid): [state.status, state.shown, state.basis]
            for fid, state in (as_of or {}).items()
            if state.shown != SHOWN or state.basis != "today"
        },
        "route": route,
        "session": session,
        "lenses": [] if lens is None else [lens],
        "utilisation": None if lens is None or utilisation is None else lens_state(utilisation, language),
    }


def _station_state(station: StationMark | None, language: str) -> dict[str, object] | None:
    """A picked station as the map marks it: its escaped name in the page's language, and its place."""
    if station is None:
        return None
    return {
        "name": escape_text(i18n.in_language(dict(station.names), language)),
        "lat": station.lat,
        "lon": station.lon,
    }


def content_name(stem: str, text: str, suffix: str) -> str:
    """A file name that carries a hash of the content, so a browser never keeps a stale copy."""
    return f"{stem}-{hashlib.sha256(text.encode()).hexdigest()[:16]}.{suffix}"
