"""Shared fixtures: the real dataset, and a copy of geodata/ that tests may spoil."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corridor.dataset import Dataset, load_dataset
from corridor.paths import PROJECT_DIR

GEODATA = PROJECT_DIR / "geodata"
HOSTILE_NAME = "<img src=x onerror=alert(1)> `${alert(2)}` \"quoted\" 'single'"


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_dataset(GEODATA)


@pytest.fixture
def geodata_copy(tmp_path: Path) -> Path:
    target = tmp_path / "geodata"
    shutil.copytree(GEODATA, target)
    return target


def add_hostile_port(geodata_dir: Path) -> None:
    """Append a port whose names carry HTML, a backtick, ``${`` and quotes."""
    path = geodata_dir / "ports.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["features"].append(
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [66.0, 45.0]},
            "properties": {
                "id": "port-hostile",
                "name_en": HOSTILE_NAME,
                "name_ru": HOSTILE_NAME,
                "kind": "dry_port",
                "status": "operating",
                "countries": ["KZ"],
                "description": HOSTILE_NAME,
                "description_ru": HOSTILE_NAME,
                "sources": ["geonames"],
            },
        }
    )
    path.write_text(json.dumps(document), encoding="utf-8")
