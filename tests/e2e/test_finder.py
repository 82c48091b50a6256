"""Finding features without the map, in the browser: the search, the table and the downloads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import PANEL_HEADING, MapPage
from corridor.layers import CORRIDOR_LAYERS
from tests.e2e import expected
from tests.e2e.helpers import FLIGHTS, RAIL

# Whether the feature's drawn shape lies inside the map's current view.
IN_VIEW_JS = """
(id) => {
  let inside = null;
  window.map.eachLayer((layer) => {
    if (layer.feature && layer.feature.properties.id === id) {
      const bounds = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng(), layer.getLatLng()]);
      inside = window.map.getBounds().contains(bounds.getCenter());
    }
  });
  return inside;
}
"""


def search(app: MapPage, query: str) -> None:
    """Type in the search box and press Enter, as a person does."""
    box = app.panel.locator('[data-testid="stTextInput"] input')
    box.fill(query)
    box.press("Enter")


@pytest.fixture
def app(browser, server) -> MapPage:
    page, traffic = harness.offline_page(browser)
    app = MapPage(page, traffic).open(server.url)
    page.get_by_text("Show the table of features and the downloads").click()
    page.locator('[data-testid="stDataFrame"]').wait_for(timeout=60_000)
    yield app
    page.context.close()


def test_a_search_works_from_the_keyboard_alone(app):
    search(app, "Poti")
    first = app.panel.locator("button", has_text="Poti sea port")
    expect(first).to_be_visible(timeout=30_000)
    app.page.keyboard.press("Tab")
    expect(first).to_be_focused()
    app.page.keyboard.press("Enter")
    app.wait_for_panel("Poti sea port")


def test_a_search_by_russian_name_opens_the_panel_and_frames_the_feature(app):
    app.mark_map()
    search(app, "Курык")
    app.page.get_by_role("button", name="Kuryk port — Ports and gateways").click()
    app.wait_for_panel("Kuryk port")
    frame = app.content_frame()
    frame.wait_for_function("() => window.map.getZoom() >= 7")
    app.wait_for_still_view()
    assert frame.evaluate(IN_VIEW_JS, "port-kuryk") is True
    assert app.map_is_marked(), "the map was re-mounted"


def test_a_search_for_a_feature_switched_off_brings_its_layer_back(app):
    app.switch_layer("Rail links")
    app.wait_for_counts(lambda counts: RAIL not in counts, "the rail to go")
    search(app, "Beyneu")
    app.panel.locator("button", has_text="Beyneu station").first.click()
    app.wait_for_counts(lambda counts: RAIL in counts, "the rail to come back")
    expect(app.layer_switch("Rail links").locator("input")).to_be_checked()
    expect(app.page.locator(PANEL_HEADING).first).to_contain_text("line")


def test_picking_a_table_row_opens_its_panel(app):
    table = app.page.locator('[data-testid="stDataFrame"]')
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    # The grid is drawn on a canvas: the first column holds the row pickers, under a 35 px header.
    app.page.mouse.click(box["x"] + 16, box["y"] + 35 + 35 * 1 + 17)
    app.wait_for_panel("Kuryk port")


def test_the_downloads_hold_the_features_on_the_map_and_their_sources(app):
    app.switch_layer("Flight routes")
    app.wait_for_counts(lambda counts: FLIGHTS not in counts, "the flights to go")
    kept = expected.feature_count(layer.id for layer in CORRIDOR_LAYERS if layer.id != "flights")
    expect(app.page.get_by_text(f"On the map: {kept} features")).to_be_visible(timeout=30_000)
    features = []
    for label in ("Point features (GeoJSON)", "Line features (GeoJSON)"):
        with app.page.expect_download() as download:
            app.page.get_by_role("button", name=label).click()
        assert download.value.suggested_filename.startswith("middle-corridor-")
        document = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        assert len({f["geometry"]["type"] for f in document["features"]}) == 1
        assert "Open Database License" in document["license"]
        features += document["features"]
    assert len(features) == kept
    assert not any(f["properties"]["layer"] == "flights" for f in features)
    with app.page.expect_download() as download:
        app.page.get_by_role("button", name="Features with coordinates (CSV)").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))) == kept
    with app.page.expect_download() as download:
        app.page.get_by_role("button", name="Figures and year series (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    records = list(csv.DictReader(io.StringIO(text)))
    assert records
    assert {record["record"] for record in records} == {"figure", "series", "transit"}
    assert all(record["source_url"].startswith("https://") for record in records)
