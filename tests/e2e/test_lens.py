"""The bottleneck view in the browser: features coloured by their bin, no data said and drawn apart, the rest faint."""

from __future__ import annotations

import functools
import json

import pytest
from playwright.sync_api import expect

from bench.mapdriver import TIMEOUT_MS, MapPage
from corridor import capacity, lens
from corridor.dataset import load_dataset
from corridor.layers import CORRIDOR_LAYERS
from corridor.paths import geodata_dir
from tests.e2e.helpers import wait_for_param

POINT_PANES = [f"leaflet-corridor-{layer.id}-pane" for layer in CORRIDOR_LAYERS if layer.geometry == "point"]
# Runs inside the map frame: every corridor feature drawn now, with the attributes its style sets.
DRAWN_JS = (
    f"() => {{ const POINT_PANES = {json.dumps(POINT_PANES)}; return "
    + """[...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')]
    .filter((path) => path.corridorFeature)
    .map((path) => ({
        id: path.corridorFeature,
        point: POINT_PANES.some((pane) => path.closest('.leaflet-pane').classList.contains(pane)),
        stroke: path.getAttribute('stroke'),
        fill: path.getAttribute('fill'),
        fillOpacity: path.getAttribute('fill-opacity'),
        strokeOpacity: path.getAttribute('stroke-opacity'),
        dash: path.getAttribute('stroke-dasharray'),
        label: path.getAttribute('aria-label'),
    })); }"""
)


@functools.cache
def expected(year: int) -> dict[str, int | None]:
    """Each feature the view covers in ``year``, and its bin, or None for no data: from the data itself."""
    readings = capacity.utilisation_by_feature(load_dataset(geodata_dir()).series, year)
    return {
        feature: None if one.fraction is None else lens.bin_of(one.fraction)
        for feature, one in readings.items()
    }


def look_wrong(drawn: dict, covered: dict[str, int | None], year: int) -> str | None:
    """What is wrong with one drawn feature's look under the lens, or None."""
    if drawn["id"] not in covered:
        return None if float(drawn["strokeOpacity"] or 1) <= 0.3 else "not faint"
    found = covered[drawn["id"]]
    if found is None:
        hollow = not drawn["point"] or drawn["fillOpacity"] == "0"
        grey = drawn["stroke"] == lens.NO_DATA_COLOUR and drawn["dash"] == lens.NO_DATA_DASH
        said = f"no data for {year}" in drawn["label"]
        return None if hollow and grey and said else "not in the no-data style"
    colour = drawn["fill"] if drawn["point"] else drawn["stroke"]
    return None if colour == lens.COLOURS[found] and "utilisation in" in drawn["label"] else "not its bin's"


def wrong_looks(app: MapPage, covered: dict[str, int | None], year: int) -> list[str]:
    drawn = app.content_frame().evaluate(DRAWN_JS)
    return [f"{one['id']}: {why}" for one in drawn if (why := look_wrong(one, covered, year))]


def wait_for_lens(app: MapPage, covered: dict[str, int | None], year: int) -> None:
    """Wait until the map draws every feature as the lens says, then check it."""
    drawn_covered = f"""() => ({DRAWN_JS})().some((one) => {list(covered)!r}.includes(one.id)
        && (one.stroke === {lens.NO_DATA_COLOUR!r} || {list(lens.COLOURS)!r}.includes(one.fill)
            || {list(lens.COLOURS)!r}.includes(one.stroke)))"""
    app.content_frame().wait_for_function(drawn_covered, timeout=TIMEOUT_MS)
    drawn = {one["id"] for one in app.content_frame().evaluate(DRAWN_JS)}
    assert drawn & set(covered), "no feature the view covers is drawn"
    assert drawn - set(covered), "no feature the view leaves out is drawn"
    assert wrong_looks(app, covered, year) == []


@pytest.mark.parametrize("year", [2024, 2016])
def test_a_lens_link_colours_by_bin_and_draws_no_data_apart(page, server, year):
    covered = expected(year)
    app = MapPage(*page).open(f"{server.url}/?lens=utilisation&year={year}")
    wait_for_lens(app, covered, year)
    scale = app.frame.locator('.corridor-legend [data-row="lens"]')
    expect(scale).to_be_visible(timeout=TIMEOUT_MS)
    expect(scale).to_contain_text(f"Utilisation in {year}")
    for label in lens.bin_labels("en"):
        expect(scale).to_contain_text(label)
    expect(scale).to_contain_text(f"No data for {year}")
    for colour in lens.COLOURS:
        expect(scale.locator(f'line[stroke="{colour}"]')).to_have_count(1)
    expect(app.frame.locator('input[data-lens="utilisation"]')).to_be_checked()


def test_the_data_gives_colour_in_2024_and_none_in_2016():
    """What the two years above draw: 2024 has figures to colour, 2016 has none, and says so."""
    assert any(found is not None for found in expected(2024).values())
    assert expected(2016)
    assert all(found is None for found in expected(2016).values())


def test_the_switch_writes_and_removes_the_lens_in_the_address(page, server):
    app = MapPage(*page).open(f"{server.url}/?year=2024")
    app.mark_map()
    switch = app.frame.locator(".corridor-legend label.corridor-switch:has(input[data-lens])")
    expect(switch).to_contain_text("Bottleneck view")
    expect(app.frame.locator('.corridor-legend [data-row="lens"]')).to_be_hidden()
    switch.click()
    wait_for_param(app, "lens", "utilisation")
    wait_for_lens(app, expected(2024), 2024)
    expect(app.frame.locator('.corridor-legend [data-row="lens"]')).to_be_visible()
    switch.click()
    wait_for_param(app, "lens", None)
    expect(app.frame.locator('.corridor-legend [data-row="lens"]')).to_be_hidden()
    app.content_frame().wait_for_function(
        f"() => ({DRAWN_JS})().every((one) => one.stroke !== {lens.NO_DATA_COLOUR!r})", timeout=TIMEOUT_MS
    )
    assert app.map_is_marked(), "the map was re-mounted"
