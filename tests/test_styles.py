"""The map's colours stay apart for readers with colour-vision deficiencies.

Each pair of the corridor's colours is compared as a person with normal
vision, deuteranopia, protanopia or tritanopia would see it (colorspacious's
simulation of Machado et al. 2009, at full severity), by the distance in
CAM02-UCS, where about 1 is just noticeable.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from corridor import styles
from corridor.layers import CORRIDOR_LAYERS, LAYERS_BY_ID

VISION = ("normal", "deuteranomaly", "protanomaly", "tritanomaly")
# Comfortably apart at a glance, thin lines included.
MIN_DISTANCE = 10.0


def rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])


def seen(colour: str, vision: str) -> np.ndarray:
    if vision == "normal":
        return rgb(colour)
    space = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
    return np.clip(cspace_convert(rgb(colour), space, "sRGB1"), 0, 1)


def distance(a: str, b: str, vision: str) -> float:
    return float(deltaE(seen(a, vision), seen(b, vision), input_space="sRGB1"))


def corridor_colours() -> dict[str, str]:
    """Every colour the layer registry draws with, named by its layer or its layer's kind."""
    found = {}
    for layer in CORRIDOR_LAYERS:
        if layer.look.colour:
            found[layer.id] = layer.look.colour
        for kind in layer.kinds:
            found[f"{layer.id} {kind}"] = styles.kind_look(layer, kind).colour
    return found


def test_every_layer_and_kind_has_a_colour_and_every_point_a_shape():
    for layer in CORRIDOR_LAYERS:
        for kind in layer.kinds:
            look = styles.kind_look(layer, kind)
            assert look.colour, (layer.id, kind)
            if layer.geometry == "point":
                assert look.shape in styles.SHAPES, (layer.id, kind)
            else:
                assert look.weight, (layer.id, kind)


@pytest.mark.parametrize("vision", VISION)
def test_every_two_colours_of_the_map_stay_apart(vision):
    colours = {colour: name for name, colour in corridor_colours().items()}
    close = [
        f"{colours[a]} and {colours[b]}: {distance(a, b, vision):.1f}"
        for a, b in itertools.combinations(colours, 2)
        if distance(a, b, vision) < MIN_DISTANCE
    ]
    assert close == [], f"too close under {vision}"


@pytest.mark.parametrize("vision", VISION)
@pytest.mark.parametrize("ground", [styles.SEA_COLOUR, styles.LAND_FILL])
def test_every_colour_stands_out_from_land_and_sea(vision, ground):
    faint = [name for name, colour in corridor_colours().items() if distance(colour, ground, vision) < 20]
    assert faint == []


def test_the_check_would_catch_the_old_palette():
    # Green energy and orange ports: one colour to a protanope. The test above must see it.
    assert distance("#5d8c1f", "#e8710a", "protanomaly") < MIN_DISTANCE


def test_shape_as_well_as_colour_tells_sea_ports_from_land_gateways():
    ports = LAYERS_BY_ID["ports"]
    shape = {kind: styles.kind_look(ports, kind).shape for kind in ports.kinds}
    assert shape["sea_port"] != shape["dry_port"]
    assert shape["dry_port"] == shape["rail_border_station"]
    point = styles.point_style(ports)
    assert point("dry_port", "operating", False)["shape"] == "diamond"


def test_status_is_told_by_the_line_pattern_too():
    dashes = {styles.DASH[status] for status in styles.DASH}
    assert len(dashes) == len(styles.DASH)
