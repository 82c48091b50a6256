"""Grow the layers N times with synthetic features, to see how costs scale with data.

From 100× on, the grown set also holds long lines, as real track is: every
line of today's data and every tenth copy of it is split into thousands of
vertices, each moved a few tens of metres, so that simplifying them has
real detail to remove.

Every copy must pass the same validation as real data, so that the grown set
is drawn in full and the page shows no problems: a copy that the geographic
rules reject (a port moved too far from its coast, a wiggled line over water)
takes its original's geometry instead.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

from corridor.dataset import load_dataset
from corridor.layers import CORRIDOR_LAYERS

# Copies sit within about a kilometre of their original, so that they pass the
# geographic rules (a port stays in its country and on its coast, a rail line
# on land) and the grown data set is drawn in full.
JITTER_DEGREES = 0.01
LONG_LINES_FROM = 100
LONG_LINE_VERTICES = 3000
LONG_LINE_EVERY = 10
WIGGLE_DEGREES = 0.0003


def _shift(coordinates, dlon: float, dlat: float):
    if isinstance(coordinates[0], (int, float)):
        lon = min(max(coordinates[0] + dlon, -180), 180)
        lat = min(max(coordinates[1] + dlat, -85), 85)
        return [round(lon, 4), round(lat, 4)]
    return [_shift(c, dlon, dlat) for c in coordinates]


def lengthen(geometry: dict, vertices: int, rng: random.Random) -> dict:
    """The line split into about ``vertices`` points, each moved by up to WIGGLE_DEGREES."""
    line = shape(geometry)
    step = line.length / vertices
    dense = mapping(shapely.segmentize(line, step))

    def wiggle(coordinates):
        if isinstance(coordinates[0], (int, float)):
            return [
                round(coordinates[0] + rng.uniform(-WIGGLE_DEGREES, WIGGLE_DEGREES), 6),
                round(coordinates[1] + rng.uniform(-WIGGLE_DEGREES, WIGGLE_DEGREES), 6),
            ]
        return [wiggle(c) for c in coordinates]

    return {"type": dense["type"], "coordinates": wiggle(json.loads(json.dumps(dense["coordinates"])))}


def grow(source: Path, target: Path, factor: int, seed: int = 7) -> Path:
    """Copy ``source`` to ``target`` with every corridor layer ``factor`` times as large."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    rng = random.Random(seed)
    for layer in CORRIDOR_LAYERS:
        path = target / layer.filename
        document = json.loads(path.read_text(encoding="utf-8"))
        originals = document["features"]
        grown = list(originals)
        for copy in range(1, factor):
            for feature in originals:
                dlon, dlat = (rng.uniform(-JITTER_DEGREES, JITTER_DEGREES) for _ in range(2))
                properties = dict(feature["properties"])
                properties["id"] = f"{properties['id']}-copy{copy}"
                properties["name_en"] = f"{properties['name_en']} (synthetic {copy})"
                grown.append(
                    {
                        "type": "Feature",
                        "properties": properties,
                        "geometry": {
                            "type": feature["geometry"]["type"],
                            "coordinates": _shift(feature["geometry"]["coordinates"], dlon, dlat),
                        },
                    }
                )
        if factor >= LONG_LINES_FROM and layer.geometry == "line":
            originals_count = len(originals)
            for index, feature in enumerate(grown):
                if (index // originals_count) % LONG_LINE_EVERY == 0:
                    feature["geometry"] = lengthen(feature["geometry"], LONG_LINE_VERTICES, rng)
        document["features"] = grown
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _grow_timeline(target, factor)
    _repair(source, target)
    return target


def _grow_timeline(target: Path, factor: int) -> None:
    """Give every copy its original's dates: the timeline must hold an entry for every feature."""
    path = target / "timeline.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    entries = document["features"]
    for feature_id, events in list(entries.items()):
        for copy in range(1, factor):
            entries[f"{feature_id}-copy{copy}"] = events
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _repair(source: Path, target: Path) -> None:
    """Give every copy that fails validation its original's geometry."""
    rejected = {problem.feature.strip("'") for problem in load_dataset(target).problems}
    if not rejected:
        return
    for layer in CORRIDOR_LAYERS:
        originals = {
            feature["properties"]["id"]: feature["geometry"]
            for feature in json.loads((source / layer.filename).read_text(encoding="utf-8"))["features"]
        }
        path = target / layer.filename
        document = json.loads(path.read_text(encoding="utf-8"))
        for feature in document["features"]:
            feature_id = feature["properties"]["id"]
            if feature_id in rejected and "-copy" in feature_id:
                feature["geometry"] = originals[feature_id.split("-copy")[0]]
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    left = load_dataset(target).problems
    if left:
        raise RuntimeError(f"the grown data still has {len(left)} problems, e.g. {left[0]}")
