"""A feature and a whole layer file checked against the contract."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from corridor.contract.fields import Field, property_problems, station_problems
from corridor.contract.geometry import geometry_problems, without_altitude
from corridor.contract.limits import BASEMAP_REGION, KINDS
from corridor.contract.problems import Problem, feature_label, usable_id


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
        found.extend(station_problems(properties))
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
) -> tuple[list[dict[str, Any]], list[Problem]]:
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
    valid: list[tuple[int, dict[str, Any]]] = []
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
