"""The geographic data rules, as the loader and ``python -m corridor validate`` apply them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corridor.__main__ import main
from corridor.dataset import load_dataset


def _edit(geodata: Path, name: str, feature_id: str, **changes) -> None:
    path = geodata / name
    document = json.loads(path.read_text(encoding="utf-8"))
    for feature in document["features"]:
        if feature["properties"]["id"] == feature_id:
            for key, value in changes.items():
                if key == "coordinates":
                    feature["geometry"]["coordinates"] = value
                else:
                    feature["properties"][key] = value
    path.write_text(json.dumps(document), encoding="utf-8")


def _problems(geodata: Path) -> list[str]:
    return [str(p) for p in load_dataset(geodata).problems]


def test_a_gateway_on_the_wrong_side_of_the_border(geodata_copy):
    # The old Khorgos point, about 3 km inside China.
    _edit(geodata_copy, "ports.geojson", "gateway-khorgos", coordinates=[80.4, 44.2])
    dataset = load_dataset(geodata_copy)
    assert [str(p) for p in dataset.problems] == [
        "ports.geojson: feature 'gateway-khorgos': geometry.coordinates: lies in or nearest to CN, not in KZ"
    ]
    assert dataset.feature("gateway-khorgos") is None
    assert dataset.feature("gateway-dostyk") is not None


def test_a_sea_port_inland_is_reported(geodata_copy):
    _edit(geodata_copy, "ports.geojson", "port-aktau", coordinates=[51.5, 43.9])
    (message,) = _problems(geodata_copy)
    assert message.startswith("ports.geojson: feature 'port-aktau': geometry.coordinates: a sea port")
    assert "km from the coast" in message


def test_a_rail_line_across_the_sea_is_reported(geodata_copy):
    _edit(geodata_copy, "rail.geojson", "rail-kz-mangystau-kuryk", coordinates=[[51.3, 43.7], [49.9, 40.4]])
    messages = _problems(geodata_copy)
    assert any("'rail-kz-mangystau-kuryk': geometry: runs" in m and "over water" in m for m in messages)
    assert any("straight stretch of" in m for m in messages)


def test_a_long_straight_stretch_is_reported_unless_schematic(geodata_copy):
    line = [[67.69, 47.78], [61.15, 47.08]]
    _edit(geodata_copy, "rail.geojson", "rail-kz-zhezkazgan-saksaulskaya", coordinates=line)
    (message,) = _problems(geodata_copy)
    assert "straight stretch of 498 km (over 110)" in message
    _edit(geodata_copy, "rail.geojson", "rail-kz-zhezkazgan-saksaulskaya", geometry_confidence="schematic")
    assert _problems(geodata_copy) == []


def test_a_land_line_outside_its_countries_is_reported(geodata_copy):
    """The old Darbaza - Maktaaral line ran straight to Myrzakent, 44 km of it through Uzbekistan."""
    line = [[69.08869, 41.56944], [68.5503, 40.6628]]
    _edit(geodata_copy, "rail.geojson", "rail-kz-darbaza-maktaaral", coordinates=line)
    (message,) = _problems(geodata_copy)
    assert "'rail-kz-darbaza-maktaaral': geometry: runs" in message
    assert "outside its countries (KZ)" in message


def test_a_land_line_crosses_water_only_in_the_tunnel_it_declares(geodata_copy):
    _edit(geodata_copy, "rail.geojson", "rail-tr-kars-istanbul", tunnel_km=0)
    (message,) = _problems(geodata_copy)
    assert "'rail-tr-kars-istanbul': geometry: runs" in message
    assert "over water" in message


def test_an_unknown_geometry_confidence_is_reported(geodata_copy):
    _edit(geodata_copy, "rail.geojson", "rail-btk", geometry_confidence="guessed")
    (message,) = _problems(geodata_copy)
    assert message == (
        "rail.geojson: feature 'rail-btk': geometry_confidence: "
        "'guessed' is not one of surveyed track, station chain, schematic"
    )


def test_every_rail_line_must_say_how_it_was_drawn(geodata_copy):
    path = geodata_copy / "rail.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["features"][0]["properties"]["geometry_confidence"]
    path.write_text(json.dumps(document), encoding="utf-8")
    (message,) = _problems(geodata_copy)
    assert message.endswith("geometry_confidence: missing: every rail line says how it was drawn")


def test_the_cli_applies_the_rules_to_one_file(geodata_copy, capsys):
    _edit(geodata_copy, "ports.geojson", "gateway-khorgos", coordinates=[80.4, 44.2])
    assert main(["validate", str(geodata_copy / "ports.geojson")]) == 1
    assert "gateway-khorgos': geometry.coordinates: lies in or nearest to CN" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["ports.geojson", "rail.geojson", "sea.geojson", "energy.geojson"])
def test_the_committed_layers_pass_every_rule(name, capsys):
    from corridor.paths import GEODATA_DIR

    assert main(["validate", str(GEODATA_DIR / name)]) == 0
