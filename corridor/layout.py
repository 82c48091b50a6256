"""The page's layout, shared by the app's stylesheet and the map's code.

On a wide screen the map fills the window's height beside a panel that
scrolls on its own. On a phone (up to ``PHONE_MAX_WIDTH`` pixels wide, where
Streamlit stacks columns) the map fills the screen and the panel is a sheet
fixed over its lower ``SHEET_SHARE``, as map apps do; the map keeps its
controls and its first view clear of the sheet.
"""

from __future__ import annotations

PHONE_MAX_WIDTH = 640
SHEET_SHARE = 0.42
# Streamlit gives a keyed container the class st-key-<key>.
# The panel's container, and the language switch and search at its head.
PANEL_KEY = "corridor-panel"
TOOLS_KEY = "corridor-tools"
# The route explorer, in a block of its own below the tools.
ROUTE_KEY = "corridor-route"
# The way back to the overview, at the top of a feature's panel.
BACK_KEY = "back"
PANEL_CLASS = f"st-key-{PANEL_KEY}"
TOOLS_CLASS = f"st-key-{TOOLS_KEY}"
# Room the first view leaves at the map's edges, and above the scale bar and
# the attribution at its foot, in pixels.
FIRST_VIEW_PADDING = {"topLeft": [16, 16], "bottomRight": [16, 52]}
# The map's zoom range, from the whole corridor to a town's streets; a link's view must lie within it.
MIN_ZOOM = 3.0
MAX_ZOOM = 12


def page_style(css: str) -> str:
    """The page's stylesheet (``leaflet/page.css``) with the layout's numbers filled in."""
    for name, value in (
        ("panel", PANEL_CLASS),
        ("tools", TOOLS_CLASS),
        ("phone", PHONE_MAX_WIDTH),
        ("sheet", SHEET_SHARE),
    ):
        css = css.replace("{" + name + "}", str(value))
    return css


def map_options() -> dict[str, object]:
    """What the map's code needs to know of the page."""
    return {
        "sheet": {"maxWidth": PHONE_MAX_WIDTH, "share": SHEET_SHARE},
        "padding": FIRST_VIEW_PADDING,
        "panel": PANEL_CLASS,
        "back": f"st-key-{BACK_KEY}",
    }
