"""The map's colours stay apart for readers with colour-vision deficiencies.

Each pair of the corridor's colours is compared as a person with normal
vision, deuteranopia, protanopia or tritanopia would see it (colorspacious's
simulation of Machado et al. 2009, at full severity), by the distance in
CAM02-UCS, where about 1 is just noticeable.
"""

from __future__ import annotations

import itertools

import pytest

from corridor import styles
from corridor.layers import CORRIDOR_LAYERS, LAYERS_BY_ID
from tests.helpers import DARK_GROUNDS, MIN_CONTRAST, MIN_DISTANCE, VISION, contrast, distance


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


LIGHT_GROUNDS = {"sea": styles.SEA_COLOUR, "land": styles.LAND_FILL}
# Light colours below 3:1 on the light basemap today: known, and left as they are for now.
LIGHT_BELOW_CONTRAST = {
    ("flights flight_route", "sea"),
    ("flights flight_route", "land"),
    ("energy power_link", "sea"),
    ("rail rail_line", "sea"),
}


def line_colours() -> dict[str, str]:
    """Every colour a line kind is drawn in, named ``"layer kind"``."""
    return {
        f"{layer.id} {kind}": str(styles.kind_look(layer, kind).colour)
        for layer in CORRIDOR_LAYERS
        if layer.geometry == "line"
        for kind in layer.kinds
    }


def test_the_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_every_line_and_the_selection_ring_stand_out_on_the_dark_basemap():
    drawn = {name: styles.themed(colour, "dark") for name, colour in line_colours().items()}
    drawn["selection ring"] = styles.themed(styles.SELECTED_RING, "dark")
    low = [
        f"{name} on the {ground}: {contrast(colour, behind):.2f}"
        for name, colour in drawn.items()
        for ground, behind in DARK_GROUNDS.items()
        if contrast(colour, behind) < MIN_CONTRAST
    ]
    assert low == []


def test_the_lines_and_the_selection_ring_on_the_light_basemap():
    low = {
        (name, ground)
        for name, colour in line_colours().items()
        for ground, behind in LIGHT_GROUNDS.items()
        if contrast(colour, behind) < MIN_CONTRAST
    }
    assert low == LIGHT_BELOW_CONTRAST
    assert all(contrast(styles.SELECTED_RING, behind) >= MIN_CONTRAST for behind in LIGHT_GROUNDS.values())


@pytest.mark.parametrize("vision", VISION)
def test_the_dark_colours_stay_apart_and_off_the_dark_basemap(vision):
    colours = {styles.themed(colour, "dark"): name for name, colour in corridor_colours().items()}
    close = [
        f"{colours[a]} and {colours[b]}: {distance(a, b, vision):.1f}"
        for a, b in itertools.combinations(colours, 2)
        if distance(a, b, vision) < MIN_DISTANCE
    ]
    faint = [colours[c] for c in colours for g in DARK_GROUNDS.values() if distance(c, g, vision) < 20]
    assert (close, faint) == ([], [])


def test_the_dark_theme_recolours_only_colours_the_map_draws():
    drawn = set(corridor_colours().values()) | {styles.POINT_RING, styles.SELECTED_RING, styles.NO_DATA}
    assert set(styles.DARK_COLOURS) <= drawn
