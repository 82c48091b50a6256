"""Reading and writing layer files."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def dump_collection(features: Iterable[dict]) -> str:
    """Serialise features as a FeatureCollection, one feature per line.

    One line per feature keeps diffs of the committed layers readable.
    """
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    body = ",\n".join(lines)
    return '{"type":"FeatureCollection","features":[\n' + body + "\n]}\n"


def read_features(path: Path) -> list[dict]:
    """The features of a committed layer file (build and check tools only: the app validates as it loads)."""
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def write_collection(path: Path, features: Iterable[dict]) -> None:
    path.write_text(dump_collection(features), encoding="utf-8")


def _round_nested(value, digits: int):
    if isinstance(value, (int, float)):
        return round(value, digits)
    return [_round_nested(v, digits) for v in value]


def round_geometry(geometry: dict, digits: int) -> dict:
    """Return a GeoJSON geometry with coordinates rounded to ``digits`` places."""
    return {"type": geometry["type"], "coordinates": _round_nested(geometry["coordinates"], digits)}
