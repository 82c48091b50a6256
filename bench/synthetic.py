"""Grow the layers N times with synthetic features, to see how costs scale with data."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from corridor.layers import CORRIDOR_LAYERS

# Copies sit within about a kilometre of their original, so that they pass the
# geographic rules (a port stays in its country and on its coast, a rail line
# on land) and the grown data set is drawn in full.
JITTER_DEGREES = 0.01


def _shift(coordinates, dlon: float, dlat: float):
    if isinstance(coordinates[0], (int, float)):
        lon = min(max(coordinates[0] + dlon, -180), 180)
        lat = min(max(coordinates[1] + dlat, -85), 85)
        return [round(lon, 4), round(lat, 4)]
    return [_shift(c, dlon, dlat) for c in coordinates]


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
        document["features"] = grown
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target
