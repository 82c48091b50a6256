"""The GeoJSON contract every layer file follows, and its validator.

A layer file is an RFC 7946 FeatureCollection in WGS84 lon/lat. Each feature
carries the core properties in :data:`CORE_PROPERTIES`. Validation never
raises on bad input: it returns one :class:`Problem` per thing that is wrong,
so a caller can keep the good features and report the rest.
"""

from __future__ import annotations

import datetime
import math
import re
import reprlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

STATUSES = ("operating", "under construction", "planned")

# The kinds a feature may have when the check names no layer's own. Each
# layer's kinds are in its entry of the layer registry (corridor/layers.py),
# and a new layer may bring new ones; tests/test_registry.py checks that a
# layer holds every kind named here.
KINDS = (
    "sea_port",
    "dry_port",
    "rail_border_station",
    "rail_line",
    "sea_lane",
    "flight_route",
    "fibre_cable",
    "power_link",
    "oil_pipeline",
    "oil_tanker_route",
    "gas_pipeline",
    "country",
    "city",
)

# How a line's geometry was drawn, from the most to the least certain.
GEOMETRY_CONFIDENCES = ("surveyed track", "station chain", "schematic")

# ISO 3166-1 alpha-2 codes of the countries the corridor touches.
COUNTRIES = {
    "AM": ("Armenia", "Армения"),
    "AZ": ("Azerbaijan", "Азербайджан"),
    "BG": ("Bulgaria", "Болгария"),
    "CN": ("China", "Китай"),
    "GE": ("Georgia", "Грузия"),
    "HU": ("Hungary", "Венгрия"),
    "KG": ("Kyrgyzstan", "Кыргызстан"),
    "RO": ("Romania", "Румыния"),
    "KZ": ("Kazakhstan", "Казахстан"),
    "TR": ("Turkey", "Турция"),
    "TM": ("Turkmenistan", "Туркменистан"),
    "UA": ("Ukraine", "Украина"),
    "UZ": ("Uzbekistan", "Узбекистан"),
}

# \Z, not $: "$" would let a line break end an id.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# An id is a name, not a text: today's longest is 31 characters.
MAX_ID_LENGTH = 80
# The track gauges of the corridor's railways, in mm: the 1,520 mm of the
# former Soviet lines, and the standard 1,435 mm of China, Turkey and Europe.
GAUGES_MM = (1435, 1520)
# The years a date may name. The oldest line opened in 1872 (Poti - Tbilisi);
# the latest plan is due by 2032 (the Black Sea power cable). A year outside
# (0000, 9999) is a slip, and would stretch the year slider to it.
EARLIEST_YEAR = 1850
LATEST_YEAR = 2050
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
MAX_NAME_LENGTH = 200
MAX_DESCRIPTION_LENGTH = 2000
# The app must serve data this many times today's (the benchmark's largest size).
SCALE_GOAL = 100
# No data file may be larger. Today's largest layer, the rail lines, is about
# 80 KB; grown to the scale goal with long, detailed lines (``bench/synthetic.py``)
# it is about 23 MB. The limit leaves twice that, and refuses a file far beyond it.
MAX_FILE_BYTES = 48 * 1024 * 1024
# How many problems a report lists before it counts the rest.
MAX_SHOWN_PROBLEMS = 50
# Jinja's delimiters. folium builds its page with Jinja, so no data string may carry them.
TEMPLATE_SYNTAX = re.compile(r"\{[{%#]|[}%#]\}")

# Where the map's data may lie, as (west, south, east, north) in degrees: the
# basemap reaches from central Europe to western China; the corridor's own
# features lie between the Black Sea's west coast and the Chinese border.
BASEMAP_REGION = (10.0, 15.0, 110.0, 70.0)
CORRIDOR_REGION = (20.0, 30.0, 100.0, 56.0)

_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict = 2, 4, 4


def shown(value: object) -> str:
    """A data value as a message quotes it: short, and safe for any value (reprlib bounds depth and length)."""
    return _SHORT.repr(value)


def finite_number(value: object) -> bool:
    """Whether a value is a real, finite number (not a bool, not NaN or infinity, not too big for a float)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


GEOMETRY_TYPES = {
    "point": ("Point",),
    # One line a feature: the route network, the lengths and the drawing read a line's positions in order.
    "line": ("LineString",),
    "area": ("Polygon", "MultiPolygon"),
}


@dataclass(frozen=True)
class Field:
    """One property of the contract."""

    name: str
    # "id", "text", "enum", "countries", "sources", "source", "texts", "positions", "number", "gauge",
    # "flag" or "date"
    kind: str
    required: bool = True


CORE_PROPERTIES = (
    Field("id", "id"),
    Field("name_en", "text"),
    Field("name_ru", "text"),
    Field("kind", "enum"),
    Field("status", "enum"),
    Field("countries", "countries"),
    Field("description", "text"),
    Field("description_ru", "text"),
    Field("sources", "sources"),
    # When the status was last checked, and the source that supports it.
    Field("status_checked", "date"),
    Field("status_source", "source"),
)

OPTIONAL_PROPERTIES = (
    Field("status_note", "text", required=False),
    Field("status_note_ru", "text", required=False),
    Field("location_note_ru", "text", required=False),
    Field("stations", "texts", required=False),
    Field("stations_ru", "texts", required=False),
    # Stretches between two sourced stations where the line rests on OSM's station points alone.
    Field("unsourced_stretches", "texts", required=False),
    Field("unsourced_stretches_ru", "texts", required=False),
    Field("station_count", "number", required=False),
    Field("track_share", "number", required=False),
    Field("geometry_confidence", "enum", required=False),
    Field("location_note", "text", required=False),
    Field("location_source", "source", required=False),
    Field("label_en", "text", required=False),
    Field("label_ru", "text", required=False),
    Field("station_points", "positions", required=False),
    Field("gauge_mm", "gauge", required=False),
    Field("gauge_change_at", "text", required=False),
    Field("gauge_change_at_ru", "text", required=False),
    Field("gauge_after_mm", "gauge", required=False),
    # An onward link beyond the corridor's core (into China, across Turkey): the opening view leaves it out.
    Field("onward", "flag", required=False),
    # A land line that crosses water in a tunnel or on a bridge says how long it is.
    Field("tunnel_km", "number", required=False),
)

# Labels on the map: places, not corridor features.
PLACE_PROPERTIES = (
    Field("id", "id"),
    Field("name_en", "text"),
    Field("name_ru", "text"),
    Field("kind", "enum"),
    Field("sources", "sources"),
    Field("min_zoom", "number"),
    Field("rank", "number"),
    Field("capital", "flag"),
)

# The basemap is context, not a corridor feature: it needs fewer properties.
BASEMAP_PROPERTIES = (
    Field("id", "id"),
    Field("name_en", "text"),
    Field("name_ru", "text"),
    Field("kind", "enum"),
    Field("sources", "sources"),
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file.

    ``feature`` names the feature (or figure, source, event) in a message: its
    id quoted and cut short, ``#<index>`` when it has no usable id, ``-`` for
    the whole file. ``feature_id`` and ``index`` hold the same as data, None
    where they do not apply: code matches problems to features by them, never
    by the label.
    """

    file: str
    feature: str
    field: str
    message: str
    feature_id: str | None = None
    index: int | None = None

    @classmethod
    def about(cls, file: str, feature_id: str, field: str, message: str, index: int | None = None) -> Problem:
        """A problem with a feature (or figure, source, event) that has an id."""
        return cls(file, id_label(feature_id), field, message, feature_id, index)

    @classmethod
    def whole(cls, file: str, field: str, message: str) -> Problem:
        """A problem with a whole file: which ids it held is not known."""
        return cls(file, "-", field, message)

    def __str__(self) -> str:
        return f"{self.file}: feature {self.feature}: {self.field}: {self.message}"


def _inside(lon: float, lat: float, region: tuple[float, float, float, float]) -> bool:
    west, south, east, north = region
    return west <= lon <= east and south <= lat <= north


def _position_problem(position: object, region: tuple[float, float, float, float]) -> str | None:
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


def _positions(coordinates: object, depth: int) -> Iterable[object]:
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
        message = _position_problem(position, region)
        if message:
            return [("geometry.coordinates", message)]
    if gtype == "LineString" and len({(p[0], p[1]) for p in coordinates}) < 2:
        return [("geometry.coordinates", "a line needs at least two different positions")]
    return shape_problems(geometry)


def shape_problems(geometry: Mapping) -> list[tuple[str, str]]:
    """What GEOS finds wrong with a geometry whose positions are sound: too few positions in a part,
    a ring that is not closed, a polygon that crosses itself."""
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


def _flat(coordinates: object, depth: int) -> object:
    if depth == 0:
        return coordinates[:2]
    return [_flat(item, depth - 1) for item in coordinates]


def without_altitude(feature: dict) -> dict:
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


def date_problem(value: object, partial: bool = True) -> str | None:
    """What is wrong with a date; None for a real calendar day (or, when ``partial``, month or
    year) between :data:`EARLIEST_YEAR` and :data:`LATEST_YEAR`."""
    not_a_date = f"{shown(value)} is not a calendar date ({'YYYY, YYYY-MM or ' if partial else ''}YYYY-MM-DD)"
    found = _DATE.fullmatch(value) if isinstance(value, str) else None
    if found is None or (not partial and found.group(3) is None):
        return not_a_date
    year, month, day = (int(part) if part else 1 for part in found.groups())
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return f"{shown(value)} is outside the years {EARLIEST_YEAR} to {LATEST_YEAR}"
    try:
        datetime.date(year, month, day)
    except ValueError:
        return not_a_date
    return None


def calendar_date(value: object) -> datetime.date | None:
    """A real calendar day written YYYY-MM-DD, or None (2025-02-30 is not one)."""
    if not isinstance(value, str) or len(value) != len("YYYY-MM-DD"):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def id_problem(value: object) -> str | None:
    """What is wrong with an id (of a feature, a figure or a source); None when fine."""
    if isinstance(value, str) and len(value) > MAX_ID_LENGTH:
        return f"is longer than {MAX_ID_LENGTH} characters"
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        return "must be lower-case letters, digits and single hyphens"
    return None


# Characters a name may not hold: controls (NUL, CR, LF...), and the bidirectional
# embeddings, overrides and isolates that would show a name reversed.
_UNSAFE_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What a name made only of is empty to a reader: spaces and the invisible format characters.
_INVISIBLE = re.compile("[\\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad]+")


def text_problem(value: object, limit: int) -> str | None:
    """What is wrong with a text field: empty, not a string, or longer than ``limit``; None when fine."""
    if not isinstance(value, str) or not _INVISIBLE.sub("", value):
        return "must be a non-empty string"
    if len(value) > limit:
        return f"is longer than {limit} characters"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "holds a lone surrogate, which is not Unicode text"
    unsafe = _UNSAFE_CHARACTERS.search(value)
    if unsafe:
        return f"holds the control or direction character U+{ord(unsafe.group()):04X}"
    if TEMPLATE_SYNTAX.search(value):
        return "carries template syntax ({{, {%, {# or their ends), which the page's templates would run"
    return None


def property_problems(
    properties: Mapping[str, object],
    fields: Iterable[Field],
    source_ids: Iterable[str],
    region: tuple[float, float, float, float] = BASEMAP_REGION,
    kinds: Sequence[str] = KINDS,
) -> list[tuple[str, str]]:
    """Return ``(field, message)`` pairs for what is wrong with the properties.

    ``kinds`` are the kinds the feature's layer holds.
    """
    known_sources = set(source_ids)
    found: list[tuple[str, str]] = []
    for field in fields:
        if field.name not in properties:
            if field.required:
                found.append((field.name, "missing"))
            continue
        value = properties[field.name]
        message = _field_problem(field, value, known_sources, region, tuple(kinds))
        if message:
            found.append((field.name, message))
        russian = f"{field.name}_ru"
        if field.name in TRANSLATED and russian not in properties and not field.required:
            found.append((russian, f"missing: the page shows {field.name} in Russian too"))
    return found


# Texts a feature carries in English and, as ``<name>_ru``, in Russian.
TRANSLATED = ("description", "status_note", "location_note")


ENUMS = {"status": STATUSES, "geometry_confidence": GEOMETRY_CONFIDENCES}


def _unknown(value: list, known: Iterable[str]) -> list[str]:
    """The items of a list that are not among the known codes (anything but a string is unknown)."""
    known = set(known)
    return [shown(item) for item in value if not isinstance(item, str) or item not in known]


def _field_problem(
    field: Field,
    value: object,
    known_sources: set[str],
    region: tuple[float, float, float, float],
    kinds: tuple[str, ...] = KINDS,
) -> str | None:
    if field.kind == "id":
        return id_problem(value)
    if field.kind == "text":
        limit = MAX_DESCRIPTION_LENGTH if "description" in field.name else MAX_NAME_LENGTH
        return text_problem(value, limit)
    if field.kind == "enum":
        allowed = ENUMS.get(field.name, kinds)
        if not isinstance(value, str) or value not in allowed:
            return f"{shown(value)} is not one of {', '.join(allowed)}"
        return None
    if field.kind == "number":
        return None if finite_number(value) else "must be a finite number"
    if field.kind == "gauge":
        if finite_number(value) and value in GAUGES_MM:
            return None
        return f"{shown(value)} is not a track gauge of the corridor: one of {', '.join(map(str, GAUGES_MM))} (mm)"
    if field.kind == "flag":
        return None if isinstance(value, bool) else "must be true or false"
    if field.kind == "date":
        return date_problem(value, partial=False)
    if field.kind == "source":
        if isinstance(value, str) and value in known_sources:
            return None
        return f"unknown source id {shown(value)}"
    if not isinstance(value, list) or not value:
        return "must be a non-empty list"
    if field.kind == "positions":
        return next(filter(None, (_position_problem(position, region) for position in value)), None)
    if field.kind == "countries":
        unknown = _unknown(value, COUNTRIES)
        return f"unknown country codes {', '.join(unknown)}" if unknown else None
    if field.kind == "sources":
        unknown = _unknown(value, known_sources)
        return f"unknown source ids {', '.join(unknown)}" if unknown else None
    bad = [v for v in value if text_problem(v, MAX_NAME_LENGTH)]
    return "every item must be a non-empty string" if bad else None


def usable_id(feature: object) -> str | None:
    """A feature's id if it has one a message can name it by (a string, not blank), else None."""
    if isinstance(feature, Mapping):
        properties = feature.get("properties")
        if isinstance(properties, Mapping):
            fid = properties.get("id")
            if isinstance(fid, str) and fid.strip():
                return fid
    return None


def feature_label(feature: object, index: int) -> str:
    """Name a feature in a message: its id if it has a usable one, else its index."""
    fid = usable_id(feature)
    return f"#{index}" if fid is None else id_label(fid)


def id_label(feature_id: str) -> str:
    """Name a feature with a valid id in a message, as :func:`feature_label` does."""
    return repr(feature_id[:60])


def _station_problems(properties: Mapping[str, object]) -> list[tuple[str, str]]:
    """A line's station points and their names go one for one: the route network reads them in pairs."""
    lists = {name: properties.get(name) for name in ("station_points", "stations", "stations_ru")}
    counts = {name: len(value) for name, value in lists.items() if isinstance(value, list)}
    if "station_points" in lists and lists["station_points"] is not None and len(set(counts.values())) > 1:
        given = ", ".join(f"{count} {name}" for name, count in counts.items())
        return [("station_points", f"must go one for one with stations and stations_ru: {given}")]
    return []


def validate_feature(
    feature: object,
    *,
    file: str,
    index: int,
    geometry_kind: str,
    fields: Iterable[Field],
    source_ids: Iterable[str],
    region: tuple[float, float, float, float] = BASEMAP_REGION,
    kinds: Sequence[str] = KINDS,
) -> list[Problem]:
    """Check one feature against the contract; ``kinds`` are the kinds its layer holds."""
    label = feature_label(feature, index)
    fid = usable_id(feature)
    if not isinstance(feature, Mapping) or feature.get("type") != "Feature":
        return [Problem(file, label, "type", "must be a GeoJSON Feature", fid, index)]
    found = geometry_problems(feature.get("geometry"), geometry_kind, region)
    properties = feature.get("properties")
    if not isinstance(properties, Mapping):
        found.append(("properties", "missing or not an object"))
    else:
        found.extend(property_problems(properties, fields, source_ids, region, kinds))
        if properties.get("kind") == "rail_line" and "geometry_confidence" not in properties:
            found.append(("geometry_confidence", "missing: every rail line says how it was drawn"))
        found.extend(_station_problems(properties))
    return [Problem(file, label, field, message, fid, index) for field, message in found]


def validate_collection(
    document: object,
    *,
    file: str,
    geometry_kind: str,
    fields: Iterable[Field],
    source_ids: Iterable[str],
    region: tuple[float, float, float, float] = BASEMAP_REGION,
    kinds: Sequence[str] = KINDS,
) -> tuple[list[dict], list[Problem]]:
    """Split a parsed layer file into its valid features and its problems.

    ``kinds`` are the kinds of feature the layer holds.

    A feature with any problem is left out; every other feature is kept.
    Duplicate ids are problems too: no copy can be trusted to be the right
    one, so every copy is left out and named.
    """
    fields = tuple(fields)
    source_ids = tuple(source_ids)
    if not isinstance(document, Mapping) or document.get("type") != "FeatureCollection":
        return [], [Problem.whole(file, "type", "the file must be a GeoJSON FeatureCollection")]
    features = document.get("features")
    if not isinstance(features, list):
        return [], [Problem.whole(file, "features", "must be a list")]
    valid: list[tuple[int, dict]] = []
    problems: list[Problem] = []
    for index, feature in enumerate(features):
        found = validate_feature(
            feature,
            file=file,
            index=index,
            geometry_kind=geometry_kind,
            fields=fields,
            source_ids=source_ids,
            region=region,
            kinds=kinds,
        )
        if found:
            problems.extend(found)
        else:
            valid.append((index, feature))
    copies: dict[str, list[int]] = {}
    for index, feature in valid:
        copies.setdefault(feature["properties"]["id"], []).append(index)
    for fid, indices in copies.items():
        if len(indices) > 1:
            where = ", ".join(f"#{i}" for i in indices)
            problems.append(
                Problem.about(file, fid, "id", f"features {where} share this id: every copy is left out")
            )
    kept = [
        without_altitude(feature) for _, feature in valid if len(copies[feature["properties"]["id"]]) == 1
    ]
    return kept, problems


def unique(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Each problem once, in the order first found."""
    return tuple(dict.fromkeys(problems))


def shown_problems(
    problems: Sequence[Problem], limit: int = MAX_SHOWN_PROBLEMS
) -> tuple[Sequence[Problem], int]:
    """The problems a report lists, and how many more it only counts."""
    return problems[:limit], max(0, len(problems) - limit)
