"""Hostile and broken data in a real browser: shown as text, reported, and contained."""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import MapPage
from corridor.paths import PROJECT_DIR
from tests.conftest import HOSTILE_NAME, add_hostile_port, add_hostile_source
from tests.e2e.expected import PORT_EDGE, colour_counts, colour_of


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    geodata = tmp_path_factory.mktemp("hostile") / "geodata"
    shutil.copytree(PROJECT_DIR / "geodata", geodata)
    add_hostile_port(geodata)
    add_hostile_source(geodata)
    (geodata / "fibre.geojson").write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    with harness.streamlit_server(geodata=geodata) as running:
        yield running


@pytest.fixture
def app(browser, hostile_server) -> MapPage:
    page, traffic = harness.offline_page(browser)
    yield MapPage(page, traffic).open(hostile_server.url)
    page.context.close()


def test_a_hostile_name_shows_as_text_and_runs_nothing(app):
    app.click_feature("port-hostile")
    app.wait_for_panel("onerror")
    assert app.panel_title() == HOSTILE_NAME
    frame = app.content_frame()
    tooltip = frame.locator(".leaflet-tooltip", has_text="onerror").first
    tooltip.wait_for()
    assert tooltip.inner_text().strip() == f"{HOSTILE_NAME} (operating)"
    # No element was made from the name, in the map or in the page.
    # Its permanent label on the map is text too (shown where there is room for it).
    label = frame.locator(".corridor-label", has_text="onerror").first
    label.wait_for(state="attached")
    assert label.text_content() == HOSTILE_NAME
    assert label.evaluate("(el) => el.children.length") == 0
    assert frame.locator("img:not(.leaflet-tile)").count() == 0
    assert app.page.locator('[data-testid="stMainBlockContainer"] img[src="x"]').count() == 0
    assert app.traffic.dialogs == []
    assert app.traffic.page_errors == []


def test_a_broken_layer_is_reported_and_the_rest_still_draws(app):
    problems = app.page.get_by_text("Data problems: 1 in fibre.geojson")
    problems.wait_for()
    problems.click()
    expect(app.page.locator('[data-testid="stAlertContentError"]').first).to_contain_text(
        "fibre.geojson: feature -: file: is not valid JSON (line 1"
    )
    expected = colour_counts()
    counts = app.wait_for_counts(
        lambda counts: (
            counts.get(colour_of("rail")) == expected[colour_of("rail")]
            and counts.get(PORT_EDGE) == expected[PORT_EDGE] + 1
        ),
        "the rail lines, and the ports and gateways with the hostile one",
    )
    assert colour_of("fibre") not in counts, "the broken fibre layer drew something"
    # The legend still names the layer, with its switch disabled: there is nothing to switch on.
    expect(app.layer_switch("Caspian fibre-optic line").locator("input")).to_be_disabled()


def test_hostile_data_opens_no_dialog_fetches_nothing_from_outside_and_logs_no_error(app):
    """The hostile port's panel lists its hostile source: markup that would fetch from outside if it went live."""
    app.click_feature("port-hostile")
    app.wait_for_panel("onerror")
    panel = app.panel
    expect(panel).to_contain_text("evil.example/pixel.png")
    expect(panel).to_contain_text(":red[alarm]")
    assert panel.locator("img, iframe, link, svg image").count() == 0
    assert not panel.locator("a[href^='javascript:'], a[href*='evil.example']").count()
    assert app.traffic.dialogs == []
    # The only host off this machine the page ever asks is the tile server the app itself names.
    assert app.traffic.refused_other_than_tiles == []
    assert not any("evil.example" in url for url in app.traffic.refused + app.traffic.failed)
    assert app.traffic.console_errors == []
    assert app.traffic.page_errors == []


def test_a_basemap_that_cannot_be_fetched_is_named_and_the_layers_draw(browser, hostile_server):
    page, traffic = harness.offline_page(browser)
    page.context.route("**/borders*.json", lambda route: route.abort("failed"))
    try:
        app = MapPage(page, traffic)
        page.goto(hostile_server.url)
        notice = app.frame.locator(".corridor-notice")
        expect(notice).to_contain_text("The basemap could not be loaded", timeout=30_000)
        rail = colour_counts(layers=["rail"])
        app.wait_for_counts(
            lambda counts: counts.get(colour_of("rail")) == rail[colour_of("rail")],
            "the rail lines over a plain background",
        )
        assert traffic.page_errors == []
    finally:
        page.context.close()
