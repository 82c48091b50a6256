"""The layers go to the browser once, as files; a rerun sends only the state."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import MapPage
from corridor.layers import CORRIDOR_LAYERS
from tests.e2e import expected
from tests.e2e.helpers import DEFAULT_COUNTS, FLIGHTS, RAIL

SETTLED_JS = "() => window.map && window.map.corridor && window.map.corridor.pending() === 0"


def layer_files(urls: list[str]) -> list[str]:
    return [url for url in urls if "/layer-" in url]


@pytest.fixture
def session(browser, server):
    page, traffic = harness.offline_page(browser)
    requests = harness.record_published(page)
    app = MapPage(page, traffic).open(server.url)
    app.wait_for_counts(lambda counts: counts == DEFAULT_COUNTS, "every layer to draw")
    yield app, requests, server
    page.context.close()


def settled(app: MapPage) -> None:
    app.content_frame().wait_for_function(SETTLED_JS)


def test_layer_files_come_once_from_the_app_through_many_reruns(session):
    app, requests, server = session
    app.mark_map()
    app.open_sidebar()
    at_load = layer_files(requests)
    # One file per layer at the opening zoom, every one from the app itself.
    assert len(at_load) == len(CORRIDOR_LAYERS)
    assert all(url.startswith(server.url + harness.PUBLISHED_PATH) for url in at_load)

    before = list(requests)
    for _ in range(2):
        app.switch_layer("Flight routes")
        app.wait_for_counts(lambda counts: FLIGHTS not in counts, "the flights to go")
        app.switch_layer("Flight routes")
        app.wait_for_counts(lambda counts: counts == DEFAULT_COUNTS, "the flights to come back")
    app.status_switch("planned").click()
    built = expected.colour_counts(statuses=("operating", "under construction"))
    app.wait_for_counts(lambda counts: counts == built, "the planned links to go")
    assert requests == before, "a toggle or the status filter fetched a published file"

    app.content_frame().evaluate("() => window.map.setView([42.5, 49.0], 6, {animate: false})")
    app.wait_for_still_view()
    settled(app)
    before = list(requests)
    for feature_id, title in [("port-aktau", "Aktau sea port"), ("port-baku-alat", "Baku International")]:
        app.click_feature(feature_id)
        app.wait_for_panel(title)
    app.page.get_by_role("button", name="Clear selection").click()
    app.wait_for_panel("Middle Corridor")
    settled(app)
    assert layer_files(requests) == layer_files(before), "a selection fetched a layer file"
    assert len(set(requests)) == len(requests), "a published file was fetched twice"
    assert app.map_is_marked(), "the map was re-mounted"


def test_zooming_in_fetches_the_detailed_tier_once(session):
    app, requests, _ = session
    frame = app.content_frame()
    settled(app)
    coarse = set(layer_files(requests))
    frame.evaluate("() => window.map.setView([41.7, 44.8], 10, {animate: false})")
    settled(app)
    detailed = set(layer_files(requests)) - coarse
    assert any("/layer-flights-z10-" in url for url in detailed), detailed
    frame.evaluate("() => window.map.setView([41.7, 44.8], 5, {animate: false})")
    settled(app)
    frame.evaluate("() => window.map.setView([41.7, 44.8], 10, {animate: false})")
    settled(app)
    assert len(set(requests)) == len(requests), "a tier was fetched twice"


def test_a_second_visit_takes_the_layer_files_from_the_browser(session):
    app, requests, server = session
    settled(app)
    assert layer_files(requests)
    requests.clear()
    app.open(server.url)
    app.wait_for_counts(lambda counts: counts == DEFAULT_COUNTS, "every layer to draw again")
    assert layer_files(requests) == []
    assert not any("/map-config-" in url or "/borders-" in url for url in requests)


def test_a_browser_that_lost_its_stored_files_fetches_them_again(session):
    """The list of stored files is only a hint: a file missing from the store comes from the app."""
    app, requests, server = session
    settled(app)
    assert app.content_frame().evaluate("() => caches.delete('corridor-files-v1')")
    requests.clear()
    app.open(server.url)
    app.wait_for_counts(lambda counts: counts == DEFAULT_COUNTS, "every layer to draw again")
    assert len(layer_files(requests)) == len(CORRIDOR_LAYERS)


def test_a_layer_file_that_cannot_be_fetched_is_named_and_the_rest_draws(browser, server):
    page, traffic = harness.offline_page(browser)
    page.route("**/layer-rail-*", lambda route: route.fulfill(status=404, body="gone"))
    try:
        app = MapPage(page, traffic).open(server.url)
        notice = app.frame.locator(".corridor-notice")
        expect(notice).to_contain_text("Rail links", timeout=30_000)
        others = {colour: n for colour, n in DEFAULT_COUNTS.items() if colour != RAIL}
        app.wait_for_counts(lambda counts: counts == others, "every other layer to draw")
    finally:
        page.context.close()
