"""The app in a real headless Chromium, offline: drawing, toggles, filters and clicks."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import PANEL_HEADING, TIMEOUT_MS, MapPage
from corridor.contract import COUNTRIES, STATUSES
from corridor.i18n import layer_title
from corridor.layers import CORRIDOR_LAYERS
from tests.e2e.expected import PORT_EDGE
from tests.e2e.helpers import DEFAULT_COUNTS, FLIGHTS, RAIL

LAYER_NAMES = [layer_title(layer, "en") for layer in CORRIDOR_LAYERS]


@pytest.fixture
def app(browser, server) -> MapPage:
    page, traffic = harness.offline_page(browser)
    yield MapPage(page, traffic).open(server.url)
    page.context.close()


def test_every_layer_is_drawn_and_explained_offline(app, artifacts):
    app.wait_for_counts(lambda counts: counts == DEFAULT_COUNTS, "every layer to draw")
    legend = app.frame.locator(".corridor-legend")
    expect(legend).to_be_visible()
    for name in LAYER_NAMES:
        assert name in legend.inner_text()
    # The legend is the one place to switch layers, statuses and countries: no second control.
    assert legend.locator("input[data-layer]").count() == len(CORRIDOR_LAYERS)
    assert legend.locator("input[data-status]").count() == len(STATUSES)
    assert legend.locator("input[data-country]").count() == len(COUNTRIES)
    # And the bottleneck view's one switch.
    assert legend.locator("input[data-lens]").count() == 1
    assert (
        legend.locator("input[type=checkbox]").count()
        == len(CORRIDOR_LAYERS) + len(STATUSES) + len(COUNTRIES) + 1
    )
    assert app.frame.locator(".leaflet-control-layers").count() == 0
    attribution = app.frame.locator(".leaflet-control-attribution").inner_text()
    assert "Natural Earth" in attribution
    assert "OpenStreetMap" in attribution
    assert "GeoNames (CC BY 4.0)" in attribution
    # Every country outline draws with no tile server at all.
    app.content_frame().wait_for_function(
        "() => document.querySelectorAll('.leaflet-basemap-pane path').length >= 50", timeout=TIMEOUT_MS
    )
    app.page.screenshot(path=artifacts / "default-view.png")


def test_names_show_on_the_map_without_hovering_and_never_overlap(app, artifacts):
    frame = app.content_frame()
    frame.wait_for_function("() => document.querySelectorAll('.corridor-label.shown').length >= 10")
    shown = frame.evaluate(harness.SHOWN_LABELS_JS)
    names = {label["text"] for label in shown}
    assert {"Aktau", "Kuryk", "Poti", "Batumi", "Dostyk"} <= names
    assert {"Astana", "Tbilisi", "Kazakhstan"} & names, "no city or country is named"
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            apart = (
                a["right"] <= b["left"]
                or b["right"] <= a["left"]
                or a["bottom"] <= b["top"]
                or b["bottom"] <= a["top"]
            )
            assert apart, f"{a['text']} overlaps {b['text']}"
    # Zoomed in, the finer coast takes over and more places are named.
    frame.evaluate("() => window.map.setView([40.4, 49.9], 8, {animate: false})")
    frame.wait_for_function("() => document.querySelectorAll('.leaflet-basemap-pane path').length > 0")
    frame.wait_for_function(
        "() => [...document.querySelectorAll('.corridor-label.shown')].some((e) => e.textContent === 'Baku')"
    )
    app.page.screenshot(path=artifacts / "zoomed-labels.png")


def test_controls_and_figures_follow_the_map(app):
    """The first run draws the map; its "ready" report brings the sidebar and the figures."""
    sidebar = app.open_sidebar()
    assert sidebar.locator('[data-testid="stCheckbox"], [role="switch"]').count() == 0
    app.page.locator('[data-testid="stMetric"]').nth(2).wait_for()


def test_the_overview_charts_follow_the_map(app):
    charts = app.page.locator('[data-testid="stVegaLiteChart"]')
    # Three headline charts, and the four series by year in one graphic.
    expect(charts).to_have_count(4, timeout=30_000)
    panel = app.page.locator('[data-testid="stMainBlockContainer"]')
    expect(panel).to_contain_text("USD 568 million", timeout=30_000)
    expect(panel).to_contain_text("The bars cover different periods", timeout=30_000)
    expect(panel).not_to_contain_text("appear once the map has loaded")


def test_no_console_errors_and_only_tiles_refused(app):
    app.click_feature("port-kuryk")
    app.wait_for_panel("Kuryk port")
    assert app.traffic.console_errors == []
    assert app.traffic.page_errors == []
    assert app.traffic.failed == []
    assert app.traffic.refused_other_than_tiles == []
    assert any(harness.TILE_HOST in url for url in app.traffic.refused), "tiles were never requested"


def test_leaflet_is_served_by_the_app(app):
    frame = app.content_frame()
    assert frame.evaluate("() => L.version") == "1.9.4"
    sources = frame.evaluate("() => [...document.scripts].map((s) => s.src).filter(Boolean)")
    assert any(src.endswith("/component/corridor.ui.assets.leaflet_files/leaflet.js") for src in sources)
    assert all(src.startswith("http://127.0.0.1") for src in sources)


def test_each_toggle_changes_what_is_drawn_and_keeps_the_map(app):
    app.mark_map()
    expected = dict(DEFAULT_COUNTS)
    for name, colour in [("Flight routes", FLIGHTS), ("Rail links", RAIL), ("Ports and gateways", PORT_EDGE)]:
        app.switch_layer(name)
        expected.pop(colour)
        app.wait_for_counts(lambda counts, want=dict(expected): counts == want, f"{name} to disappear")
        expect(app.layer_switch(name).locator("input")).not_to_be_checked()
    app.switch_layer("Flight routes")
    expected[FLIGHTS] = DEFAULT_COUNTS[FLIGHTS]
    app.wait_for_counts(lambda counts: counts == expected, "the flights to come back")
    assert app.map_is_marked(), "the map was re-mounted"


# Counts every flight or rail path put back on the map after the watch starts.
WATCH_COMEBACKS_JS = """
(colours) => {
  window.__comebacks = 0;
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        const paths = node.tagName === 'path' ? [node] : [...(node.querySelectorAll ? node.querySelectorAll('path') : [])];
        window.__comebacks += paths.filter((path) => colours.includes(path.getAttribute('stroke'))).length;
      }
    }
  }).observe(document.querySelector('.leaflet-overlay-pane'), {subtree: true, childList: true});
}
"""


def test_the_app_agrees_with_the_legend_even_when_switches_outrun_its_reruns(app):
    """Two quick switches, then a click: the reruns they bring never switch a layer back."""
    app.page.locator('[data-testid="stSidebar"] [data-testid="stButton"]').wait_for(state="attached")
    app.content_frame().evaluate(WATCH_COMEBACKS_JS, [FLIGHTS, RAIL])
    app.switch_layer("Flight routes")
    app.switch_layer("Rail links")
    without = {colour: n for colour, n in DEFAULT_COUNTS.items() if colour not in (FLIGHTS, RAIL)}
    app.wait_for_counts(lambda counts: counts == without, "flights and rail to go")
    # A state sent before the app took in the switches comes too late: the map keeps its own layers.
    app.content_frame().evaluate(
        """(layers) => corridorState(window.map, {
            layers, statuses: ["operating", "under construction", "planned"],
            selected: null, language: "en", layersVersion: 0})""",
        [layer.id for layer in CORRIDOR_LAYERS],
    )
    app.click_feature("port-aktau")
    app.wait_for_panel("Aktau sea port")
    assert app.content_frame().evaluate("() => window.__comebacks") == 0, "a rerun switched a layer back"
    counts = app.path_counts()  # the selected port is drawn in another colour
    assert FLIGHTS not in counts
    assert RAIL not in counts
    assert sum(counts.values()) == sum(without.values())
    # Every layer off is a state the app knows of: it says so beside the map.
    for name in LAYER_NAMES:
        if name not in ("Flight routes", "Rail links"):
            app.switch_layer(name)
    expect(app.page.get_by_text("Every layer is switched off")).to_be_visible(timeout=30_000)
    app.wait_for_counts(lambda counts: counts == {}, "every layer to go")
    app.switch_layer("Rail links")
    expect(app.page.get_by_text("Every layer is switched off")).to_have_count(0, timeout=30_000)
    app.wait_for_counts(lambda counts: counts == {RAIL: DEFAULT_COUNTS[RAIL]}, "the rail to come back")


def test_pan_and_zoom_survive_a_click(app):
    # A view with Alat up and to the left of the centre, clear of the legend.
    app.content_frame().evaluate("() => window.map.setView([39.5, 50.5], 6, {animate: false})")
    app.wait_for_still_view()
    before = app.view()
    app.click_feature("port-baku-alat")
    app.wait_for_panel("Baku International Sea Trade Port")
    app.wait_for_still_view()
    assert app.view() == pytest.approx(before)


@pytest.mark.parametrize(
    ("feature_id", "title", "expected"),
    [
        ("port-aktau", "Aktau sea port", ["4.5 million tonnes", "over 11 million tonnes a year", "Source:"]),
        ("rail-btk", "Baku - Tbilisi - Kars railway", ["about 850 km", "Report.az, 2017-10-30"]),
        ("flight-gyd-nqz", "Baku - Astana", ["about 90,000", "AZAL, Air Astana and FlyArystan"]),
        ("fibre-sumgayit-aktau", "Trans-Caspian fibre-optic line", ["about 380 km", "Status as of"]),
    ],
)
def test_a_click_opens_the_right_panel(app, artifacts, feature_id, title, expected):
    app.click_feature(feature_id)
    app.wait_for_panel(title)
    # The title can show before the rest of the panel has replaced the overview.
    panel = app.page.locator('[data-testid="stMainBlockContainer"]')
    for fragment in [*expected, "Sources"]:
        expect(panel).to_contain_text(fragment, timeout=30_000)
    if feature_id == "port-aktau":
        app.page.screenshot(path=artifacts / "selected-port.png")


def test_a_click_on_empty_map_returns_to_the_overview(app):
    app.click_feature("port-aktau")
    app.wait_for_panel("Aktau sea port")
    box = app.page.locator(harness.MAP_FRAME).bounding_box()
    # The far north-west of the view: open steppe with nothing drawn on it.
    app.page.mouse.click(box["x"] + box["width"] * 0.35, box["y"] + box["height"] * 0.2)
    app.wait_for_panel("Middle Corridor")


def test_a_narrow_phone_keeps_map_and_panel_usable(browser, server, artifacts):
    page, traffic = harness.offline_page(browser, viewport={"width": 390, "height": 844})
    try:
        app = MapPage(page, traffic).open(server.url)
        box = page.locator(harness.MAP_FRAME).bounding_box()
        assert 300 <= box["width"] <= 390
        assert box["height"] >= 400
        expect(app.frame.locator(".leaflet-control-zoom")).to_be_visible()
        page.screenshot(path=artifacts / "mobile-view.png")
        app.click_feature("port-baku-alat")
        app.wait_for_panel("Baku International Sea Trade Port")
        # The panel comes up in view, as a sheet over the map: no scrolling needed to read it.
        heading = page.locator(PANEL_HEADING).first
        expect(heading).to_be_in_viewport()
        box = heading.bounding_box()
        assert box["y"] + box["height"] <= 844
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        page.screenshot(path=artifacts / "mobile-selected.png")
    finally:
        page.context.close()
