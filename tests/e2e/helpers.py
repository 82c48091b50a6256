"""Helpers the browser tests share: the layers' colours and counts as the data gives them, and waiting for the address."""

from __future__ import annotations

from bench.mapdriver import TIMEOUT_MS, MapPage
from tests.e2e.expected import colour_counts, colour_of

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
