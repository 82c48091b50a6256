"""``python -m corridor validate``: one line per problem, non-zero exit on problems."""

from __future__ import annotations

import json
from pathlib import Path

from corridor import georules
from corridor.dataset import load_dataset, validate_file
from corridor.paths import GEODATA_DIR
from tests.helpers import EXTRA_LANGUAGES, in_every_language, run_validate


def test_the_committed_data_validates():
    result = run_validate()
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "0 problem(s)" in result.stderr


def test_a_bad_file_gets_one_line_per_problem(tmp_path: Path):
    path = tmp_path / "ports.geojson"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [251.0, 43.0]},
        "properties": in_every_language(
            {
                "id": "port-x",
                "name_en": "X",
                # Named in every language the catalogues add, so that the one name missing is the Russian.
                **{f"name_{language}": "X" for language in EXTRA_LANGUAGES},
                "kind": "sea_port",
                "status": "shut",
                "countries": ["KZ"],
                "description": "d",
                "description_ru": "д",
                "sources": ["geonames"],
                "status_checked": "2026-02-30",
                "status_source": "geonames",
            }
        ),
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    broken = tmp_path / "rail.geojson"
    broken.write_text("{", encoding="utf-8")
    result = run_validate(path, broken)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "ports.geojson: feature 'port-x': geometry.coordinates: longitude 251.0 is outside -180..180",
        "ports.geojson: feature 'port-x': name_ru: missing",
        "ports.geojson: feature 'port-x': status: 'shut' is not one of operating, under construction, planned",
        "ports.geojson: feature 'port-x': status_checked: '2026-02-30' is not a calendar date (YYYY-MM-DD)",
        "rail.geojson: feature -: file: is not valid JSON (line 1 column 2: Expecting property name enclosed in double quotes)",
    ]


def test_each_dataset_makes_its_detailed_borders_once(monkeypatch):
    """Loading makes them; checking files one at a time against either of two datasets makes none."""
    made = []

    class Counted(georules.Borders):
        def __init__(self, features):
            made.append(features)
            super().__init__(features)

    monkeypatch.setattr(georules, "Borders", Counted)
    first, second = load_dataset(GEODATA_DIR), load_dataset(GEODATA_DIR)
    for dataset in (first, second, first, second):
        for name in ("ports.geojson", "rail.geojson"):
            assert validate_file(GEODATA_DIR / name, dataset) == ()
    assert len(made) == 2
