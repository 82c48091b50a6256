"""Shared fixtures: the real dataset, and a copy of geodata/ that tests may spoil."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corridor.dataset import Dataset, load_dataset
from corridor.paths import PROJECT_DIR
from tests.helpers import every_language

GEODATA = PROJECT_DIR / "geodata"
HOSTILE_NAME = "<img src=x onerror=alert(1)> `${alert(2)}` \"quoted\" 'single'"
# Markup that would fetch from outside if any of it went live: an image, a
# stylesheet, a frame, a Markdown image and link, and an autolink.
HOSTILE_TEXT = (
    "![pixel](https://evil.example/pixel.png) <img src=https://evil.example/i.png> "
    "<link rel=stylesheet href=https://evil.example/s.css> <iframe src=https://evil.example/f></iframe> "
    "[link](javascript:alert(3)) <https://evil.example/auto> :red[alarm] $x^2$"
)


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
            "properties": every_language(
                {
                    "id": "port-hostile",
                    "name_en": HOSTILE_NAME,
                    "name_ru": HOSTILE_NAME,
                    "kind": "dry_port",
                    "status": "operating",
                    "countries": ["KZ"],
                    "description": HOSTILE_NAME,
                    "description_ru": HOSTILE_NAME,
                    "sources": ["geonames"],
                    "status_checked": "2026-12-04",
                    "status_source": "geonames",
                }
            ),
        }
    )
    path.write_text(json.dumps(document), encoding="utf-8")


def add_hostile_source(geodata_dir: Path) -> None:
    """Give the hostile port a source whose title and publisher carry markup that would fetch from outside.

    Run after :func:`add_hostile_port`. The source's address is a plain https one, so it loads.
    """
    sources_path = geodata_dir / "sources.json"
    sources = json.loads(sources_path.read_text(encoding="utf-8"))
    sources["hostile-source"] = {
        "title": HOSTILE_TEXT[:290],
        "publisher": HOSTILE_TEXT[:190],
        "url": "https://example.org/hostile-article",
    }
    sources_path.write_text(json.dumps(sources), encoding="utf-8")
    ports_path = geodata_dir / "ports.geojson"
    ports = json.loads(ports_path.read_text(encoding="utf-8"))
    hostile = next(f for f in ports["features"] if f["properties"]["id"] == "port-hostile")
    hostile["properties"]["sources"].append("hostile-source")
    hostile["properties"]["description"] = HOSTILE_TEXT
    ports_path.write_text(json.dumps(ports), encoding="utf-8")


def edit_feature(geodata: Path, name: str, feature_id: str, **changes) -> None:
    """Change properties of one feature in a copy's layer file."""
    path = geodata / name
    document = json.loads(path.read_text(encoding="utf-8"))
    for feature in document["features"]:
        if feature["properties"]["id"] == feature_id:
            feature["properties"].update(changes)
    path.write_text(json.dumps(document), encoding="utf-8")
