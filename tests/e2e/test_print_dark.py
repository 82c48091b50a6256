"""Dark mode, print and the legend's rows, in a real browser.

Dark mode draws the fibre line, its legend sample and the selection ring in
colours that stand out on the dark basemap; an A4 printout holds the whole map
with its legend and no buttons, the panel's sources with their addresses and
its context opened; the legend names the faded features and the route only
while the map shows them.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import PANEL_HEADING, TIMEOUT_MS
from corridor import i18n, styles
from corridor.layers import LAYERS_BY_ID
from tests.e2e.helpers import A4, WIDE, open_offline
from tests.helpers import DARK_GROUNDS, MIN_CONTRAST, contrast

FIBRE = str(LAYERS_BY_ID["fibre"].look.colour)

COLOURS_JS = """
() => {
  const stroke = (el) => el ? getComputedStyle(el).stroke : null;
  return {
    fibre: stroke(document.querySelector('.leaflet-corridor-fibre-pane path.leaflet-interactive')),
    sample: stroke(document.querySelector('.corridor-legend input[data-layer="fibre"] + svg line')),
    ring: stroke(document.querySelector('path.leaflet-interactive[aria-pressed="true"]')),
  };
}
"""


def as_hex(computed: str) -> str:
    """A computed colour, "rgb(232, 234, 237)", as "#e8eaed"."""
    red, green, blue = (int(part) for part in re.findall(r"\d+", computed)[:3])
    return f"#{red:02x}{green:02x}{blue:02x}"


def test_dark_mode_draws_the_fibre_line_its_sample_and_the_selection_ring_to_stand_out(browser, server):
    app = open_offline(browser, server, WIDE, "?select=port-aktau", color_scheme="dark")
    try:
        app.frame.locator(".leaflet-container.corridor-dark").wait_for(timeout=TIMEOUT_MS)
        app.frame.locator('path.leaflet-interactive[aria-pressed="true"]').wait_for(timeout=TIMEOUT_MS)
        drawn = {name: as_hex(value) for name, value in app.content_frame().evaluate(COLOURS_JS).items()}
        assert drawn["fibre"] == drawn["sample"] == styles.themed(FIBRE, "dark")
        assert drawn["ring"] == styles.themed(styles.SELECTED_RING, "dark")
        for name, colour in drawn.items():
            for ground, behind in DARK_GROUNDS.items():
                assert contrast(colour, behind) >= MIN_CONTRAST, (name, ground, colour)
    finally:
        app.page.context.close()


def test_light_mode_keeps_the_light_colours(browser, server):
    app = open_offline(browser, server, WIDE, "?select=port-aktau")
    try:
        app.frame.locator('path.leaflet-interactive[aria-pressed="true"]').wait_for(timeout=TIMEOUT_MS)
        drawn = {name: as_hex(value) for name, value in app.content_frame().evaluate(COLOURS_JS).items()}
        assert drawn == {"fibre": FIBRE, "sample": FIBRE, "ring": styles.SELECTED_RING}
    finally:
        app.page.context.close()


PRINT_JS = """
() => {
  const links = [...document.querySelectorAll('.st-key-corridor-panel a[href^="http"]')];
  const details = [...document.querySelectorAll('.st-key-corridor-panel details')];
  return {
    links: links.map((a) => [a.href, getComputedStyle(a, '::after').content]),
    context: details.filter((d) => d.querySelector('summary').textContent.includes('context')).map((d) => d.open),
  };
}
"""


def test_an_a4_printout_holds_the_map_its_legend_the_sources_and_the_context(browser, server, artifacts):
    app = open_offline(browser, server, A4, "?select=port-aktau")
    try:
        app.page.locator(PANEL_HEADING).first.wait_for(timeout=TIMEOUT_MS)
        # The panel draws its parts in turn: the context box, below the capacity chart, is there before printing.
        panel = app.page.locator(".st-key-corridor-panel")
        panel.locator("details summary", has_text="context").first.wait_for(timeout=TIMEOUT_MS)
        app.page.emulate_media(media="print")
        frame = app.page.locator(harness.MAP_FRAME).bounding_box()
        assert frame["x"] >= 0, frame
        assert frame["x"] + frame["width"] <= A4["width"], frame
        legend = app.frame.locator(".corridor-legend")
        expect(legend).to_be_visible()
        expect(legend.locator(":scope > details")).to_have_attribute("open", "")
        box = legend.bounding_box()
        assert frame["x"] <= box["x"], (box, frame)
        assert box["x"] + box["width"] <= frame["x"] + frame["width"], (box, frame)
        assert frame["y"] <= box["y"], (box, frame)
        assert box["y"] + box["height"] <= frame["y"] + frame["height"], (box, frame)
        expect(app.frame.locator(".leaflet-control-zoom")).to_be_hidden()
        expect(app.frame.locator(".corridor-link")).to_be_hidden()
        printed = app.page.evaluate(PRINT_JS)
        assert printed["links"], "the panel has no source links"
        for href, after in printed["links"]:
            assert href in after, (href, after)
        assert printed["context"] == [True], printed["context"]
        app.page.screenshot(path=artifacts / "print-a4.png", full_page=True)
        # Back on the screen, the context folds again.
        app.page.emulate_media(media="screen")
        app.page.wait_for_function(f"() => ({PRINT_JS})().context.join() === 'false'", timeout=TIMEOUT_MS)
    finally:
        app.page.context.close()


@pytest.mark.parametrize(
    ("tail", "faded", "route"),
    [
        ("", False, False),
        ("?year=2016", True, False),
        ("?route=gateway-khorgos..port-poti", False, True),
    ],
)
def test_the_legend_names_the_faded_and_the_route_only_when_the_map_shows_them(
    browser, server, tail, faded, route
):
    app = open_offline(browser, server, WIDE, tail)
    try:
        if route:
            app.frame.locator(".leaflet-corridor-route-pane path").first.wait_for(
                state="attached", timeout=TIMEOUT_MS
            )
        words = i18n.words("en").legend
        for row, shown in {"faded": faded, "route": route}.items():
            locator = app.frame.locator(".corridor-legend div").filter(has_text=words[row])
            expect(locator).to_have_count(1)
            if shown:
                expect(locator).to_be_visible()
            else:
                expect(locator).to_be_hidden()
    finally:
        app.page.context.close()
