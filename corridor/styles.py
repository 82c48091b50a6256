"""Colours and line styles, and the factories that make folium style functions.

Style functions are built by factories, never by lambdas in a loop: a lambda
made in a loop binds late and every layer would get the last layer's colour.
"""

from __future__ import annotations

from collections.abc import Callable

SEA_COLOUR = "#cfe2ee"
LAND_FILL = "#f6f3ea"
BORDER_COLOUR = "#9a968c"

LAYER_COLOURS = {
    "rail": "#b3261e",
    "sea": "#0b57a4",
    "flights": "#7b3fa0",
    "fibre": "#00897b",
    "energy": "#5d8c1f",
    "ports": "#e8710a",
}
KIND_COLOURS = {
    "sea_port": "#0b57a4",
    "dry_port": "#e8710a",
    "rail_border_station": "#e8710a",
}

# Planned links are dashed, links under construction dotted.
DASH = {"operating": None, "under construction": "2 7", "planned": "10 8"}
LINE_WEIGHT = {"rail": 3.5, "sea": 3.5, "flights": 2.0, "fibre": 3.0, "energy": 3.0}
SELECTED_WEIGHT_EXTRA = 3
POINT_RADIUS = 7

StyleFunction = Callable[[dict], dict]


# Every country looks the same, so the basemap's style is one object, not a function.
BASEMAP_STYLE = {"fillColor": LAND_FILL, "fillOpacity": 1, "color": BORDER_COLOUR, "weight": 1}


def line_style(layer_id: str, selected_id: str | None = None) -> StyleFunction:
    colour = LAYER_COLOURS[layer_id]
    weight = LINE_WEIGHT[layer_id]

    def style_line(feature: dict) -> dict:
        properties = feature["properties"]
        selected = properties["id"] == selected_id
        return {
            "color": colour,
            "weight": weight + (SELECTED_WEIGHT_EXTRA if selected else 0),
            "opacity": 1 if selected or properties["status"] == "operating" else 0.85,
            "dashArray": DASH[properties["status"]],
            "lineCap": "round",
        }

    return style_line


def point_style(selected_id: str | None = None) -> StyleFunction:
    def style_point(feature: dict) -> dict:
        properties = feature["properties"]
        selected = properties["id"] == selected_id
        return {
            "color": "#202124" if selected else "#ffffff",
            "weight": 3 if selected else 2,
            "fill": True,
            "fillColor": KIND_COLOURS[properties["kind"]],
            "fillOpacity": 1,
            "radius": POINT_RADIUS + (3 if selected else 0),
            "dashArray": DASH[properties["status"]],
        }

    return style_point


def highlight_style() -> StyleFunction:
    def style_hover(feature: dict) -> dict:
        return {"weight": 6}

    return style_hover
