"""Comfortable for everyone: the layout, the keyboard, screen readers, axe-core, phone, dark and print.

axe-core comes from the npm package the test setup installs (never fetched
at run time). It runs in the page and inside the map's frame, and any
serious or critical violation fails the test.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import PANEL_HEADING, TIMEOUT_MS, MapPage
from corridor.layers import CORRIDOR_LAYERS
from corridor.paths import PROJECT_DIR
from tests.e2e.helpers import PHONE, WIDE, open_offline

AXE = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
# The corridor's ends and its crossing: the first view must show each, clear of the map's controls.
LANDMARKS = ("gateway-khorgos", "port-aktau", "port-baku-alat", "port-poti")

# Runs inside the map's frame: where each landmark is, and whether it is clear of the
# controls, the attribution and (on a phone) the panel sheet over the map's foot.
PLACES_JS = """
(ids) => {
  const map = window.map;
  const box = map.getContainer().getBoundingClientRect();
  const covered = parseFloat(map.getContainer().style.getPropertyValue('--corridor-covered')) || 0;
  const controls = [...document.querySelectorAll('.leaflet-control')].map((el) => el.getBoundingClientRect());
  const found = {};
  map.eachLayer((layer) => {
    if (layer.feature && ids.includes(layer.feature.properties.id) && layer.getLatLng) {
      const p = map.latLngToContainerPoint(layer.getLatLng());
      const x = p.x + box.left, y = p.y + box.top;
      const inside = x >= box.left + 4 && x <= box.right - 4 && y >= box.top + 4 && y <= box.bottom - covered - 4;
      const under = controls.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      found[layer.feature.properties.id] = {inside, under, x, y};
    }
  });
  return found;
}
"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `npm ci` (scripts/test.sh does)", pytrace=False)
    return AXE.read_text(encoding="utf-8")


def open_app(browser, server, viewport, url_tail: str = "", color_scheme: str = "light") -> MapPage:
    app = open_offline(browser, server, viewport, url_tail, color_scheme)
    page = app.page
    # The rest of the page (panel tools, metrics) follows the map's first report.
    page.locator('[data-testid="stMetric"], [data-testid="stExpander"]').first.wait_for(timeout=TIMEOUT_MS)
    return app


def serious(frame, source: str) -> list[str]:
    """Run axe-core in a page or frame; name every serious or critical violation and where."""
    frame.evaluate(source)
    result = frame.evaluate(
        "async () => { const r = await axe.run(document);"
        " return {passed: r.passes.length, violations: r.violations.map((v) => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary)}))}; }"
    )
    # axe checked something here: a page it could not read would pass every rule by passing none.
    assert result["passed"] >= 5, result
    return [json.dumps(v) for v in result["violations"] if v["impact"] in ("serious", "critical")]


def audit(app: MapPage, source: str) -> list[str]:
    return serious(app.page, source) + serious(app.content_frame(), source)


@pytest.mark.parametrize(
    ("viewport", "tail", "name"),
    [
        (WIDE, "", "default"),
        (WIDE, "?select=port-aktau", "selected"),
        (PHONE, "", "phone"),
        (PHONE, "?select=rail-btk", "phone-selected"),
    ],
)
def test_axe_finds_nothing_serious(browser, server, axe_source, viewport, tail, name):
    app = open_app(browser, server, viewport, tail)
    try:
        if tail:
            app.page.locator(PANEL_HEADING).first.wait_for(timeout=TIMEOUT_MS)
        assert audit(app, axe_source) == [], name
    finally:
        app.page.context.close()


def test_axe_finds_nothing_serious_in_the_dark(browser, server, axe_source, artifacts):
    app = open_app(browser, server, WIDE, "?select=port-aktau", color_scheme="dark")
    try:
        app.page.locator(PANEL_HEADING).first.wait_for(timeout=TIMEOUT_MS)
        # The page and the map both turned dark.
        app.frame.locator(".leaflet-container.corridor-dark").wait_for(timeout=TIMEOUT_MS)
        background = app.page.evaluate(
            "() => getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor"
        )
        assert sum(int(c) for c in background[4:-1].split(",")[:3]) < 150, background
        assert audit(app, axe_source) == []
        app.page.screenshot(path=artifacts / "dark-mode.png")
    finally:
        app.page.context.close()


def test_the_map_fills_the_window_and_stays_in_view(browser, server, artifacts):
    app = open_app(browser, server, WIDE)
    try:
        box = app.page.locator(harness.MAP_FRAME).bounding_box()
        assert box["width"] * box["height"] >= 0.6 * WIDE["width"] * WIDE["height"], box
        assert box["y"] + box["height"] <= WIDE["height"]
        app.page.screenshot(path=artifacts / "comfort-default.png")
        # Reading the whole panel scrolls the panel, not the page: the map stays where it was.
        panel = app.page.locator(".st-key-corridor-panel")
        panel.evaluate("(el) => { el.scrollTop = el.scrollHeight; }")
        expect(app.page.get_by_text("Cite this").first).to_be_in_viewport()
        assert app.page.locator(harness.MAP_FRAME).bounding_box()["y"] == box["y"]
        # A feature's panel opens at its top, with the way back first.
        app.click_feature("port-aktau")
        app.wait_for_panel("Aktau sea port")
        back = app.page.get_by_role("button", name="Back to the overview")
        expect(back).to_be_in_viewport()
        assert back.bounding_box()["y"] < app.page.locator(PANEL_HEADING).first.bounding_box()["y"]
        expect(app.page.locator(PANEL_HEADING).first).to_be_in_viewport()
        app.page.screenshot(path=artifacts / "comfort-selected.png")
    finally:
        app.page.context.close()


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide", "phone"])
def test_the_first_view_holds_the_corridor_from_china_to_the_black_sea(browser, server, viewport):
    app = open_app(browser, server, viewport)
    try:
        places = app.content_frame().evaluate(PLACES_JS, list(LANDMARKS))
        assert set(places) == set(LANDMARKS)
        for name, place in places.items():
            assert place["inside"], (name, place)
            assert not place["under"], (name, place)
    finally:
        app.page.context.close()


def test_a_feature_opens_with_the_keyboard_alone(browser, server):
    app = open_app(browser, server, WIDE)
    try:
        frame = app.content_frame()
        # Tab from the page's start into the map, then from shape to shape until Aktau.
        app.page.locator("body").focus()
        name = None
        for _ in range(80):
            app.page.keyboard.press("Tab")
            name = frame.evaluate(
                "() => document.activeElement && document.activeElement.getAttribute('aria-label')"
            )
            if name == "Aktau sea port (operating)":
                break
        assert name == "Aktau sea port (operating)"
        assert frame.evaluate("() => document.activeElement.getAttribute('role')") == "button"
        # The focused shape shows a focus ring.
        outline = frame.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert outline == "solid"
        app.page.keyboard.press("Enter")
        app.wait_for_panel("Aktau sea port")
        # Every shape on the map is a named button.
        unnamed = frame.evaluate(
            "() => [...document.querySelectorAll('path.leaflet-interactive')]"
            ".filter((p) => !p.getAttribute('aria-label') || p.getAttribute('tabindex') !== '0').length"
        )
        assert unnamed == 0
        assert app.page.locator(harness.MAP_FRAME).get_attribute("title") == "Map of the Middle Corridor"
    finally:
        app.page.context.close()


def test_the_layer_controls_agree(browser, server):
    app = open_app(browser, server, WIDE)
    try:
        # One set of switches: the legend's. Nothing else offers layers.
        assert app.frame.locator(".leaflet-control-layers").count() == 0
        assert app.page.locator('[data-testid="stSidebar"] input[type=checkbox]').count() == 0
        legend = app.frame.locator(".corridor-legend input[data-layer]")
        assert legend.count() == len(CORRIDOR_LAYERS)

        def agree(expected: set[str]) -> None:
            app.page.wait_for_function(
                "(want) => new URLSearchParams(location.search).get('layers') === want",
                arg=",".join(layer.id for layer in CORRIDOR_LAYERS if layer.id in expected),
                timeout=TIMEOUT_MS,
            )
            checked = app.frame.locator(".corridor-legend input[data-layer]:checked")
            expect(checked).to_have_count(len(expected))
            assert {checked.nth(i).get_attribute("data-layer") for i in range(len(expected))} == expected

        every = {layer.id for layer in CORRIDOR_LAYERS}
        app.switch_layer("Rail links")
        agree(every - {"rail"})
        # A search pick of a rail line switches rail back on: the legend follows.
        box = app.page.get_by_placeholder("Find a port, line or station", exact=False)
        box.fill("Baku - Tbilisi - Kars")
        box.press("Enter")
        app.page.get_by_role("button", name="Baku - Tbilisi - Kars", exact=False).first.click()
        app.wait_for_panel("Baku - Tbilisi - Kars")
        agree(every)
    finally:
        app.page.context.close()


def test_print_puts_the_map_above_the_panel(browser, server, artifacts):
    app = open_app(browser, server, WIDE, "?select=port-aktau")
    try:
        app.page.locator(PANEL_HEADING).first.wait_for(timeout=TIMEOUT_MS)
        app.page.emulate_media(media="print")
        frame_box = app.page.locator(harness.MAP_FRAME).bounding_box()
        heading = app.page.locator(PANEL_HEADING).first.bounding_box()
        assert frame_box["y"] + frame_box["height"] <= heading["y"], (frame_box, heading)
        assert heading["x"] < frame_box["x"] + 50
        expect(app.page.locator('[data-testid="stSidebar"]')).to_be_hidden()
        expect(app.page.locator(".st-key-corridor-panel")).to_contain_text("Sources")
        expect(app.frame.locator(".corridor-legend")).to_be_visible()
        app.page.screenshot(path=artifacts / "print.png", full_page=True)
    finally:
        app.page.context.close()
