"""What the browser draws of each feature: an escaped, slim copy, simplified by zoom tier.

Also the basemap's borders, the labels' rows and the route's halo. Every
string that comes from data is escaped here (:func:`escape_text`): folium
and Leaflet's tooltips escape nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

import shapely
from shapely.geometry import LineString, mapping, shape

from corridor.i18n import LANGUAGES, label_of, name_of
from corridor.labelrank import LABEL_PRIORITY, corridor_city_ids, named_by_a_point
from corridor.layers import LayerData

# Line layers are published in zoom tiers: (from zoom, tolerance in degrees).
# Below zoom 7 a pixel spans about 0.01° or more, so detail finer than that is
# never seen; from zoom 10 on the full geometry is sent. The geometry is
# simplified by shapely (GEOS's Douglas-Peucker), not by code of our own.
ZOOM_TIERS: tuple[tuple[float, float], ...] = ((0, 0.01), (7, 0.001), (10, 0.0))
# Coordinates are rounded to a tenth of the tier's tolerance, and never finer than about 10 cm.
FINEST_GRID = 1e-6


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
            "countries": [escape_text(code) for code in properties["countries"]],
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


def labels_document(
    places: LayerData, points: Sequence[LayerData], language: str, lines: Sequence[LayerData] = ()
) -> list[list]:
    """Rows for the labels: corridor points, the corridor's cities, then countries and cities by rank.

    A row is [lon, lat, text, css class, priority, min zoom, feature id or null].
    The browser sets the text as text, never as HTML. A corridor city
    (:mod:`corridor.labelrank`, from the ``points`` and ``lines``) is wanted
    at every zoom; one whose name a corridor point beside it shows is left out.
    """
    rows: list[list] = []
    for data in points:
        for feature in data.features:
            properties = feature["properties"]
            text = label_of(properties, language)
            lon, lat = feature["geometry"]["coordinates"][:2]
            rows.append(
                [lon, lat, text, "corridor", LABEL_PRIORITY["corridor"], 0, escape_text(properties["id"])]
            )
    corridor_cities = corridor_city_ids(places, points, lines)
    for feature in places.features:
        properties = feature["properties"]
        kind = "capital" if properties.get("capital") else properties["kind"]
        lon, lat = feature["geometry"]["coordinates"][:2]
        css = "city capital" if kind == "capital" else kind
        min_zoom = properties["min_zoom"]
        if properties["id"] in corridor_cities:
            if named_by_a_point(feature, points, language):
                continue
            kind, min_zoom = "corridor_city", 0
        priority = LABEL_PRIORITY[kind] + properties["rank"]
        rows.append([lon, lat, name_of(properties, language), css, priority, min_zoom, None])
    return rows


# The route is drawn simplified to about a kilometre: it is a halo under the links.
ROUTE_SIMPLIFY_DEGREES = 0.01


def route_drawing(
    key: str,
    legs: Iterable[tuple[Sequence[Sequence[float]], bool]],
    ends: Iterable[tuple[str, Sequence[float], Mapping[str, str]]] = (),
) -> dict:
    """The route for the map: each leg's line in [lat, lon], and whether it is operating.

    ``ends`` are the route's first and last places, as (id, [lon, lat], name
    by language); the map names them. Like the labels, a name is set as text
    by the browser and goes as written; the id is escaped.
    """
    lines, operating = [], []
    for coords, is_operating in legs:
        line = LineString(coords).simplify(ROUTE_SIMPLIFY_DEGREES, preserve_topology=False)
        lines.append([[round(lat, 4), round(lon, 4)] for lon, lat in line.coords])
        operating.append(is_operating)
    named = [
        [round(lonlat[0], 4), round(lonlat[1], 4), dict(names), escape_text(place_id)]
        for place_id, lonlat, names in ends
    ]
    return {"key": key, "lines": lines, "operating": operating, "ends": named}
