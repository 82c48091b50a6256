"""Helpers the browser tests share.

Window sizes, an offline page in a colour scheme, the layers' colours and counts as the data gives them,
and waiting for the address.
"""

from __future__ import annotations

from bench import harness
from bench.mapdriver import TIMEOUT_MS, MapPage
from tests.e2e.expected import colour_counts, colour_of

WIDE = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
# An A4 page at 96 dpi, as a browser lays out a printout.
A4 = {"width": 794, "height": 1123}


def open_offline(browser, server, viewport, url_tail: str = "", color_scheme: str = "light") -> MapPage:
    """The app in a new offline page of this size and colour scheme, opened at ``url_tail``."""
    page, traffic = harness.offline_page(browser, viewport)
    page.emulate_media(color_scheme=color_scheme)
    return MapPage(page, traffic).open(f"{server.url}/{url_tail}")


RAIL, SEA, FLIGHTS, FIBRE, ENERGY = (
    colour_of(layer) for layer in ("rail", "sea", "flights", "fibre", "energy")
)


DEFAULT_COUNTS = colour_counts()


def wait_for_param(app: MapPage, name: str, value: str | None) -> None:
    app.page.wait_for_function(
        "([name, value]) => new URLSearchParams(location.search).get(name) === value",
        arg=[name, value],
        timeout=TIMEOUT_MS,
    )
