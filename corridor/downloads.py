"""The downloads, ready for analysis: the features as GeoJSON, one file per geometry type, and as CSV.

GDAL and QGIS read a GeoJSON file as one layer of one geometry type, so the
points and the lines go in files of their own. The CSV files open in a
spreadsheet as they are: UTF-8 with a byte order mark (Excel reads the
Cyrillic names right), coordinates as ``lon``/``lat`` for points and WKT for
lines, source addresses and the geometry's licence. The figures' CSV is made
by :mod:`corridor.figuretable`. docs/features.md lists every column.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import shapely
from shapely.geometry import shape

from corridor import layers as registry
from corridor.catalog import CREDITS, Row, data_date
from corridor.dataset import Dataset
from corridor.i18n import BASE, KIND_LABELS, LANGUAGES, STATUS_LABELS, country_name

# A layer's geometry, as GeoJSON names its type; each is a file of its own.
GEOMETRY_TYPES = {"point": "Point", "line": "LineString"}
# Six decimals of a degree: about 0.1 m, finer than any of the data.
WKT_DECIMALS = 6
BOM = "\ufeff"

ODBL = "ODbL-1.0 (© OpenStreetMap contributors)"
SEE_SOURCES = "see sources"
# The licence of a layer's geometry, as geodata/README.md gives it; rail is drawn from OpenStreetMap.
LAYER_LICENCES = {"rail": ODBL, "sea": "Apache-2.0 (searoute)", "flights": "MIT (airportsdata)"}
# A point placed from one source takes that source's licence.
SOURCE_LICENCES = {"natural-earth-ports": "public domain (Natural Earth)", "geonames": "CC-BY-4.0 (GeoNames)"}
OSM_SOURCE = "osm-"

# What a spreadsheet runs as a formula: a cell that starts with =, @ or a control character, or with
# + or - unless the rest can neither call nor reference anything: no operator, bracket, quote, pipe
# (DDE), sheet or range mark, and no cell reference such as A1. "+62% on 2023" and "-й" stay as written.
ALWAYS_FORMULA = re.compile(r"[=@\x00-\x1f\x7f]")
SIGN = ("+", "-")
INERT_AFTER_SIGN = re.compile(r"[+-][^=+\-*/^&|!()<>:\"'\[\]{}@$#\x00-\x1f\x7f]*")
CELL_REFERENCE = re.compile(r"[A-Za-z]\d")


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula ("=1+1", "+cmd|...", "-A1"), not "+62% on 2023"."""
    if ALWAYS_FORMULA.match(text):
        return True
    if not text.startswith(SIGN):
        return False
    return INERT_AFTER_SIGN.fullmatch(text) is None or CELL_REFERENCE.search(text) is not None


def csv_cell(value: object) -> object:
    """A cell as written to CSV: text that a spreadsheet would run as a formula is quoted with '.

    A carriage return becomes a line feed, which the writer quotes (it ends
    the file's lines); a bare one would split the row in a reader.
    """
    if not isinstance(value, str):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + value if runs_as_formula(value) else value


def csv_text(records: Iterable[Mapping[str, object]], columns: Sequence[str]) -> str:
    """The records as CSV under ``columns``, with a byte order mark, every cell guarded by :func:`csv_cell`."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in record.items()} for record in records)
    return out.getvalue()


def geometry_types(found: Iterable[Row]) -> tuple[str, ...]:
    """The geometry types of the rows' layers, points first: one GeoJSON file each."""
    kinds = {registry.LAYERS_BY_ID[row.layer].geometry for row in found}
    return tuple(GEOMETRY_TYPES[kind] for kind in GEOMETRY_TYPES if kind in kinds)


def _shown_features(dataset: Dataset, found: Iterable[Row]) -> list[tuple[str, dict[str, Any]]]:
    """The rows' features as ``(layer id, feature)``, in the map's order, points first."""
    by_layer: dict[str, set[str]] = {}
    for row in found:
        by_layer.setdefault(row.layer, set()).add(row.id)
    return [
        (layer.id, feature)
        for layer in reversed(registry.CORRIDOR_LAYERS)
        for feature in dataset.layers[layer.id].features
        if feature["properties"]["id"] in by_layer.get(layer.id, set())
    ]


def licence(layer_id: str, properties: Mapping[str, Any]) -> str:
    """The licence of a feature's geometry: ODbL where it is drawn from OpenStreetMap."""
    placed_from = str(properties.get("location_source", ""))
    if placed_from.startswith(OSM_SOURCE):
        return ODBL
    return SOURCE_LICENCES.get(placed_from) or LAYER_LICENCES.get(layer_id, SEE_SOURCES)


def features_geojson(dataset: Dataset, found: Iterable[Row], geometry_type: str) -> str:
    """The rows' features of one geometry type ("Point" or "LineString") as GeoJSON, with sources and licences."""
    features = []
    for layer_id, feature in _shown_features(dataset, found):
        if GEOMETRY_TYPES[registry.LAYERS_BY_ID[layer_id].geometry] != geometry_type:
            continue
        properties = {"layer": layer_id, **feature["properties"]}
        properties["sources"] = [
            {"id": source_id, **dataset.sources.get(source_id, {})}
            for source_id in feature["properties"]["sources"]
        ]
        properties["licence"] = licence(layer_id, feature["properties"])
        features.append({"type": "Feature", "properties": properties, "geometry": feature["geometry"]})
    document = {
        "type": "FeatureCollection",
        "name": f"Middle Corridor map features: {geometry_type}",
        "date": data_date(dataset),
        "license": CREDITS,
        "features": features,
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


NAME_COLUMNS = [f"name_{code}" for code in LANGUAGES]
FEATURE_COLUMNS = [
    "id",
    "layer",
    *NAME_COLUMNS,
    "type",
    "status",
    "countries",
    "length_km",
    "lon",
    "lat",
    "wkt",
    "figures",
    "sources",
    "source_urls",
    "licence",
]


def _feature_record(row: Row, feature: Mapping[str, Any], dataset: Dataset) -> dict[str, object]:
    geometry = feature["geometry"]
    point = geometry["type"] == "Point"
    ids = feature["properties"]["sources"]
    return {
        "id": row.id,
        "layer": row.layer,
        **{f"name_{code}": row.names.get(code, "") for code in LANGUAGES},
        "type": KIND_LABELS[BASE].get(row.kind, row.kind),
        "status": STATUS_LABELS[BASE].get(row.status, row.status),
        "countries": "; ".join(country_name(code, BASE) for code in row.countries),
        "length_km": None if row.length_km is None else round(row.length_km, 1),
        "lon": geometry["coordinates"][0] if point else None,
        "lat": geometry["coordinates"][1] if point else None,
        "wkt": None if point else shapely.to_wkt(shape(geometry), rounding_precision=WKT_DECIMALS),
        "figures": row.figures,
        "sources": "; ".join(row.sources),
        "source_urls": "; ".join(str(dataset.sources.get(i, {}).get("url", "")) for i in ids),
        "licence": licence(row.layer, feature["properties"]),
    }


def features_csv(dataset: Dataset, found: Iterable[Row]) -> str:
    """The features: names in every language, coordinates or WKT, sources with addresses, and licences."""
    rows = {(row.layer, row.id): row for row in found}
    records = [
        _feature_record(rows[layer_id, feature["properties"]["id"]], feature, dataset)
        for layer_id, feature in _shown_features(dataset, rows.values())
    ]
    return csv_text(records, FEATURE_COLUMNS)
