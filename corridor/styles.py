"""Colours and line styles, and the factories that make the style functions.

Style functions are built by factories, never by lambdas in a loop: a lambda
made in a loop binds late and every layer would get the last layer's colour.
The browser does not run them: :func:`style_table` lists every style a layer
can take, and the map looks its features' styles up in that table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

SEA_COLOUR = "#cfe2ee"
LAND_FILL = "#f6f3ea"
BORDER_COLOUR = "#9a968c"

# Okabe and Ito's palette ("Color Universal Design", 2008): its colours stay
# apart under every common colour-vision deficiency (tests/test_styles.py
# checks each pair under simulated deuteranopia, protanopia and tritanopia).
# Yellow is left out: it does not stand out against the land.
LAYER_COLOURS = {
    "rail": "#d55e00",
    "sea": "#0072b2",
    "flights": "#cc79a7",
    "fibre": "#000000",
    "energy": "#009e73",
}
# Oil and gas share the energy layer with power links, in a dark brown of
# their own (checked against the rest of the palette like every colour).
OIL_AND_GAS = "#6b4226"
LINE_KIND_COLOURS = {
    "oil_pipeline": OIL_AND_GAS,
    "oil_tanker_route": OIL_AND_GAS,
    "gas_pipeline": OIL_AND_GAS,
}
# A tanker route is a course at sea, not a built line: drawn thinner.
LINE_KIND_WEIGHTS = {"oil_tanker_route": 2.0}
KIND_COLOURS = {
    "sea_port": "#56b4e9",
    "dry_port": "#e69f00",
    "rail_border_station": "#e69f00",
}
# Shape carries the kind as well as colour: sea ports are circles, land gateways diamonds.
KIND_SHAPES = {"sea_port": "circle", "dry_port": "diamond", "rail_border_station": "diamond"}

# Planned links are dashed, links under construction dotted.
DASH = {"operating": None, "under construction": "2 7", "planned": "10 8"}
LINE_WEIGHT = {"rail": 3.5, "sea": 3.5, "flights": 2.5, "fibre": 3.0, "energy": 3.0}
SELECTED_WEIGHT_EXTRA = 3
POINT_RADIUS = 7

# (kind, status, selected) -> Leaflet path options
StyleFunction = Callable[[str, str, bool], dict]


# Every country looks the same, so the basemap's style is one object, not a function.
BASEMAP_STYLE = {"fillColor": LAND_FILL, "fillOpacity": 1, "color": BORDER_COLOUR, "weight": 1}
# The basemap on a dark page: the corridor's colours keep their contrast on it
# (the lines get a light halo in the stylesheet).
SEA_COLOUR_DARK = "#1d2b36"
BASEMAP_STYLE_DARK = {**BASEMAP_STYLE, "fillColor": "#33373d", "color": "#70757d"}
THEMES = {
    "light": {"sea": SEA_COLOUR, "land": BASEMAP_STYLE},
    "dark": {"sea": SEA_COLOUR_DARK, "land": BASEMAP_STYLE_DARK},
}


def line_style(layer_id: str) -> StyleFunction:
    """A line layer's style: its colour (or its kind's) and weight, dashed by status, heavier when selected."""
    colour = LAYER_COLOURS[layer_id]
    weight = LINE_WEIGHT[layer_id]

    def style_line(kind: str, status: str, selected: bool) -> dict:
        return {
            "color": LINE_KIND_COLOURS.get(kind, colour),
            "weight": LINE_KIND_WEIGHTS.get(kind, weight) + (SELECTED_WEIGHT_EXTRA if selected else 0),
            "opacity": 1 if selected or status == "operating" else 0.85,
            "dashArray": DASH[status],
            "lineCap": "round",
        }

    return style_line


def point_style() -> StyleFunction:
    """A point's style: filled by kind, ringed in white, larger and ringed in black when selected."""

    def style_point(kind: str, status: str, selected: bool) -> dict:
        return {
            "color": "#202124" if selected else "#ffffff",
            "weight": 3 if selected else 2,
            "fill": True,
            "fillColor": KIND_COLOURS[kind],
            "fillOpacity": 1,
            "radius": POINT_RADIUS + (3 if selected else 0),
            "dashArray": DASH[status],
            "shape": KIND_SHAPES[kind],
        }

    return style_point


HOVER_STYLE = {"weight": 6}
# A feature not yet open in the chosen year, or with no date for it, is drawn faded.
FADED_STYLE = {"opacity": 0.3, "fillOpacity": 0.3}
# The route explorer's route: a wide halo under the links it takes, in the
# palette's yellow (left out of the layers, so it stands apart from them all).
ROUTE_STYLE = {
    "color": "#f0e442",
    "weight": 14,
    "opacity": 0.85,
    "lineCap": "round",
    "lineJoin": "round",
    "interactive": False,
}
# Legs of the route that are not operating in the chosen year: a dashed halo.
ROUTE_PLANNED_DASH = "14 12"


def style_table(style: StyleFunction, kinds: Iterable[str], statuses: Iterable[str]) -> dict[str, dict]:
    """Every style a layer's features can take, keyed ``"kind|status"``, for the browser to look up."""
    return {
        f"{kind}|{status}": {"normal": style(kind, status, False), "selected": style(kind, status, True)}
        for kind in kinds
        for status in statuses
    }
