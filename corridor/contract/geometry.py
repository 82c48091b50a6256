"""The geometry a feature may carry: its type, its positions inside the map's region, and a shape GEOS accepts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from corridor.contract.limits import BASEMAP_REGION
from corridor.contract.values import finite_number, shown

GEOMETRY_TYPES = {
    "point": ("Point",),
    # One line a feature: the route network, the lengths and the drawing read a line's positions in order.
    "line": ("LineString",),
    "area": ("Polygon", "MultiPolygon"),
}


def _inside(lon: float, lat: float, region: tuple[float, float, float, float]) -> bool:
    west, south, east, north = region
    return west <= lon <= east and south <= lat <= north


def position_problem(position: object, region: tuple[float, float, float, float]) -> str | None:
    """What is wrong with one position: not [lon, lat], not finite numbers, or outside the region."""
    if not isinstance(position, (list, tuple)) or len(position) not in (2, 3):
        return "a position must be [lon, lat]"
    if not all(finite_number(v) for v in position):
        return "a position must hold finite numbers"
    lon, lat = position[0], position[1]
    if not -180 <= lon <= 180:
        return f"longitude {lon} is outside -180..180"
    if not -90 <= lat <= 90:
        return f"latitude {lat} is outside -90..90"
    if _inside(lon, lat, region):
        return None
    if _inside(lat, lon, region):
        return f"[{lon}, {lat}] looks like [lat, lon]: GeoJSON positions are [lon, lat]"
    west, south, east, north = region
    return f"[{lon}, {lat}] is outside the map's region (lon {west:g}..{east:g}, lat {south:g}..{north:g})"


def _positions(coordinates: Any, depth: int) -> Iterator[Any]:
    """Yield the positions of a coordinates array nested ``depth`` deep."""
    if depth == 0:
        yield coordinates
        return
    if not isinstance(coordinates, (list, tuple)):
        yield None
        return
    for item in coordinates:
        yield from _positions(item, depth - 1)


_DEPTH = {
    "Point": 0,
    "LineString": 1,
    "MultiPoint": 1,
    "Polygon": 2,
    "MultiLineString": 2,
    "MultiPolygon": 3,
}


def geometry_problems(
    geometry: object, geometry_kind: str, region: tuple[float, float, float, float] = BASEMAP_REGION
) -> list[tuple[str, str]]:
    """Return ``(field, message)`` pairs for what is wrong with a geometry."""
    if not isinstance(geometry, Mapping):
        return [("geometry", "missing or not an object")]
    gtype = geometry.get("type")
    allowed = GEOMETRY_TYPES[geometry_kind]
    if gtype == "MultiLineString" and geometry_kind == "line":
        return [("geometry.type", "a MultiLineString is not drawn: give each part as a feature of its own")]
    if not isinstance(gtype, str) or gtype not in allowed:
        return [("geometry.type", f"{shown(gtype)} is not one of {', '.join(allowed)}")]
    coordinates = geometry.get("coordinates")
    if not isinstance(coordinates, (list, tuple)) or not coordinates:
        return [("geometry.coordinates", "missing or empty")]
    for position in _positions(coordinates, _DEPTH[gtype]):
        message = position_problem(position, region)
        if message:
            return [("geometry.coordinates", message)]
    if gtype == "LineString" and len({(p[0], p[1]) for p in coordinates}) < 2:
        return [("geometry.coordinates", "a line needs at least two different positions")]
    return shape_problems(geometry)


def shape_problems(geometry: Mapping[str, Any]) -> list[tuple[str, str]]:
    """What GEOS finds wrong with a geometry whose positions are sound.

    Too few positions in a part, a ring that is not closed, a polygon that crosses itself.
    """
    import shapely
    from shapely.geometry import shape

    if geometry["type"] in ("Polygon", "MultiPolygon"):
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        for polygon in polygons:
            if not isinstance(polygon, (list, tuple)) or not polygon:
                return [("geometry.coordinates", "a polygon needs at least one ring")]
            for ring in polygon:
                if not isinstance(ring, (list, tuple)) or len(ring) < 4:
                    return [("geometry.coordinates", "a ring needs at least four positions")]
                if list(ring[0][:2]) != list(ring[-1][:2]):
                    return [("geometry.coordinates", "a ring must end where it starts")]
    try:
        made = shape(geometry)
    except (ValueError, TypeError, shapely.errors.GEOSException) as error:
        return [("geometry.coordinates", f"not a geometry GEOS can read: {shown(str(error))}")]
    if made.is_empty:
        return [("geometry.coordinates", "the geometry is empty")]
    if not made.is_valid:
        return [("geometry.coordinates", f"invalid: {shown(shapely.is_valid_reason(made))}")]
    return []


def _flat(coordinates: Any, depth: int) -> Any:
    if depth == 0:
        return coordinates[:2]
    return [_flat(item, depth - 1) for item in coordinates]


def without_altitude(feature: dict[str, Any]) -> dict[str, Any]:
    """A valid feature with its positions as [lon, lat]: RFC 7946 allows an altitude, which nothing here uses.

    The feature itself when it has none; else a copy, so that every reader of
    the layers (the routes, the lengths, the drawing) sees two numbers a position.
    """
    geometry = feature["geometry"]
    depth = _DEPTH[geometry["type"]]
    if all(len(position) == 2 for position in _positions(geometry["coordinates"], depth)):
        return feature
    flat = {**geometry, "coordinates": _flat(geometry["coordinates"], depth)}
    return {**feature, "geometry": flat}
