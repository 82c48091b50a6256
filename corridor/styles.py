"""Colours and line styles, and the factories that make the style functions.

Style functions are built by factories, never by lambdas in a loop: a lambda
made in a loop binds late and every layer would get the last layer's colour.
The browser does not run them: :func:`style_table` lists every style a layer
can take, and the map looks its features' styles up in that table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

SEA_COLOUR = "#cfe2ee"
LAND_FILL = "#f6f3ea"
BORDER_COLOUR = "#9a968c"

# Okabe and Ito's palette ("Color Universal Design", 2008): its colours stay
# apart under every common colour-vision deficiency (tests/test_styles.py
# checks each pair the layer registry uses under simulated deuteranopia,
# protanopia and tritanopia). Yellow is kept for the route, apart from every layer:
# it does not stand out against the land.
ORANGE = "#e69f00"
SKY_BLUE = "#56b4e9"
BLUISH_GREEN = "#009e73"
YELLOW = "#f0e442"
BLUE = "#0072b2"
VERMILION = "#d55e00"
REDDISH_PURPLE = "#cc79a7"
BLACK = "#000000"
# Oil and gas share the energy layer with power links, in a dark brown of
# their own (checked against the rest of the palette like every colour).
OIL_AND_GAS = "#6b4226"
# What the bottleneck view draws where a feature has no data for the year (corridor/lens.py).
NO_DATA = "#5f5f5f"
# A point's shapes: shape carries the kind as well as colour.
SHAPES = ("circle", "diamond")


@dataclass(frozen=True)
class Look:
    """How a layer, or one kind of its features, is drawn where it differs from its layer.

    ``colour`` fills a point and strokes a line; ``weight`` is a line's width
    in pixels; ``shape`` is a point's, one of :data:`SHAPES`.
    """

    colour: str | None = None
    weight: float | None = None
    shape: str | None = None


class Drawn(Protocol):
    """What the styles read of a layer registry entry (:class:`corridor.layers.Layer`)."""

    @property
    def geometry(self) -> str: ...
    @property
    def look(self) -> Look: ...
    @property
    def kind_looks(self) -> Mapping[str, Look]: ...


# Planned links are dashed, links under construction dotted.
DASH = {"operating": None, "under construction": "2 7", "planned": "10 8"}
SELECTED_WEIGHT_EXTRA = 3
POINT_RADIUS = 7
# A point's ring: white, and dark when the point is selected.
POINT_RING = "#ffffff"
SELECTED_RING = "#202124"

# (kind, status, selected) -> Leaflet path options
StyleFunction = Callable[[str, str, bool], dict[str, object]]


# Every country looks the same, so the basemap's style is one object, not a function.
BASEMAP_STYLE = {"fillColor": LAND_FILL, "fillOpacity": 1, "color": BORDER_COLOUR, "weight": 1}
# The basemap on a dark page: the corridor's colours keep their contrast on it
# (the lines get a light halo in the stylesheet).
SEA_COLOUR_DARK = "#1d2b36"
BASEMAP_STYLE_DARK = {**BASEMAP_STYLE, "fillColor": "#33373d", "color": "#70757d"}
# On the dark basemap, the colours too dark for it take a light one of their
# own (at least 3:1 against the dark sea and land, tests/test_styles.py), and
# the point rings swap: dark around a point, light around the selected one.
# The map's code recolours every shape and legend sample drawn in a colour
# named here (theme.js), so the style tables stay one per layer.
DARK_COLOURS = {
    BLACK: "#e8eaed",
    OIL_AND_GAS: "#d4b08c",
    BLUE: "#7b8cff",
    SELECTED_RING: "#ffffff",
    POINT_RING: "#202124",
    NO_DATA: "#b0b0b0",
}
THEMES = {
    "light": {"sea": SEA_COLOUR, "land": BASEMAP_STYLE, "recolour": {}},
    "dark": {"sea": SEA_COLOUR_DARK, "land": BASEMAP_STYLE_DARK, "recolour": DARK_COLOURS},
}


def themed(colour: str, theme: str) -> str:
    """The colour a shape drawn in ``colour`` takes on the theme's basemap."""
    recolour: Mapping[str, str] = THEMES[theme]["recolour"]  # type: ignore[assignment]
    return recolour.get(colour, colour)


def kind_look(layer: Drawn, kind: str) -> Look:
    """How a kind of the layer's features is drawn: its own look, filled in from its layer's."""
    own = layer.kind_looks.get(kind, Look())
    return Look(
        colour=own.colour or layer.look.colour,
        weight=own.weight or layer.look.weight,
        shape=own.shape or layer.look.shape,
    )


def line_style(layer: Drawn) -> StyleFunction:
    """A line layer's style: its kind's colour and weight, dashed by status, heavier when selected."""

    def style_line(kind: str, status: str, selected: bool) -> dict[str, object]:
        look = kind_look(layer, kind)
        if look.weight is None:
            raise ValueError(f"the line kind {kind!r} has no weight")
        return {
            "color": look.colour,
            "weight": look.weight + (SELECTED_WEIGHT_EXTRA if selected else 0),
            "opacity": 1 if selected or status == "operating" else 0.85,
            "dashArray": DASH[status],
            "lineCap": "round",
        }

    return style_line


def point_style(layer: Drawn) -> StyleFunction:
    """A point's style: filled and shaped by kind, ringed in white, larger and ringed in black when selected."""

    def style_point(kind: str, status: str, selected: bool) -> dict[str, object]:
        look = kind_look(layer, kind)
        return {
            "color": SELECTED_RING if selected else POINT_RING,
            "weight": 3 if selected else 2,
            "fill": True,
            "fillColor": look.colour,
            "fillOpacity": 1,
            "radius": POINT_RADIUS + (3 if selected else 0),
            "dashArray": DASH[status],
            "shape": look.shape,
        }

    return style_point


def layer_style(layer: Drawn) -> StyleFunction:
    """The style function of a registry entry: a point's or a line's, by its geometry."""
    return point_style(layer) if layer.geometry == "point" else line_style(layer)


HOVER_STYLE = {"weight": 6}
# A feature not yet open in the chosen year, or with no date for it, is drawn faded.
FADED_STYLE = {"opacity": 0.3, "fillOpacity": 0.3}
# The route explorer's route: a wide halo under the links it takes, in the
# palette's yellow (left out of the layers, so it stands apart from them all).
ROUTE_STYLE = {
    "color": YELLOW,
    "weight": 14,
    "opacity": 0.85,
    "lineCap": "round",
    "lineJoin": "round",
    "interactive": False,
}
# Legs of the route that are not operating in the chosen year: a dashed halo.
ROUTE_PLANNED_DASH = "14 12"


def style_table(
    style: StyleFunction, kinds: Iterable[str], statuses: Iterable[str]
) -> dict[str, dict[str, dict[str, object]]]:
    """Every style a layer's features can take, keyed ``"kind|status"``, for the browser to look up."""
    return {
        f"{kind}|{status}": {"normal": style(kind, status, False), "selected": style(kind, status, True)}
        for kind in kinds
        for status in statuses
    }
