"""The legend's filters in the browser: layers × status × country, beside the map, in the address."""

from __future__ import annotations

from playwright.sync_api import expect

from bench.mapdriver import TIMEOUT_MS, MapPage
from corridor import urlstate
from tests.e2e.expected import colour_counts, shown_ids
from tests.e2e.helpers import DEFAULT_COUNTS, ENERGY, FIBRE, RAIL, wait_for_param

# Runs inside the map frame: the ids of the corridor features drawn now, sorted.
DRAWN_IDS_JS = """() => [...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')]
    .map((path) => path.corridorFeature).filter(Boolean).sort()"""


def wait_for_drawn(app: MapPage, ids: list[str]) -> None:
    """Wait until the map draws exactly the features ``ids``."""
    app.content_frame().wait_for_function(
        f"(want) => JSON.stringify(({DRAWN_IDS_JS})()) === JSON.stringify(want)", arg=ids, timeout=TIMEOUT_MS
    )


def address_keys(app: MapPage) -> list[str]:
    return app.page.evaluate("() => [...new URLSearchParams(location.search).keys()]")


def test_the_status_filter_is_in_the_legend_and_works_with_the_sidebar_closed(page, server):
    """The status filter sat in the sidebar: with the sidebar closed, there was none."""
    app = MapPage(*page).open(server.url)
    app.mark_map()
    expect(app.page.locator('[data-testid="stSidebar"]')).not_to_have_attribute("data-collapsed", "false")
    switch = app.status_switch("planned")
    expect(switch).to_be_visible(timeout=TIMEOUT_MS)
    switch.click()
    unplanned = colour_counts(["operating", "under construction"])
    counts = app.wait_for_counts(lambda c: c == unplanned, "planned links to disappear")
    # Of the rail, only the Meghri - Nakhchivan link is planned; the others being built stay.
    assert counts[RAIL] == DEFAULT_COUNTS[RAIL] - 1
    # Both power links are planned; the fibre line and Anaklia are being built.
    assert ENERGY not in counts
    assert counts[FIBRE] == 1
    wait_for_param(app, "status", "operating,under construction")
    expect(switch.locator("input")).not_to_be_checked()
    app.status_switch("planned").click()
    app.wait_for_counts(lambda c: c == DEFAULT_COUNTS, "planned links to come back")
    wait_for_param(app, "status", "operating,under construction,planned")
    assert app.map_is_marked(), "the map was re-mounted"


def test_choosing_countries_hides_the_others_and_goes_into_the_address(page, server):
    app = MapPage(*page).open(server.url)
    summary = app.frame.locator(".corridor-countries > summary")
    expect(summary).to_have_text("Countries: all")
    app.country_switch("Azerbaijan").click()
    wait_for_drawn(app, shown_ids(countries=["AZ"]))
    wait_for_param(app, "countries", "AZ")
    app.country_switch("Kazakhstan").click()
    wait_for_drawn(app, shown_ids(countries=["AZ", "KZ"]))
    wait_for_param(app, "countries", "AZ,KZ")
    expect(summary).to_have_text("Countries: Azerbaijan, Kazakhstan")
    # The app writes the countries where the contract's order puts them, beside the other filters.
    assert address_keys(app) == [key for key in urlstate.PARAMETERS if key in address_keys(app)]
    # A filter is a step in the history, as a layer is.
    app.page.go_back()
    wait_for_param(app, "countries", "AZ")
    wait_for_drawn(app, shown_ids(countries=["AZ"]))
    expect(summary).to_have_text("Countries: Azerbaijan")


def test_a_countries_link_shows_only_that_countrys_features(page, server):
    app = MapPage(*page).open(server.url + "/?countries=AZ")
    azerbaijani = shown_ids(countries=["AZ"])
    assert "port-aktau" not in azerbaijani
    wait_for_drawn(app, azerbaijani)
    expect(app.country_switch("Azerbaijan").locator("input")).to_be_checked()
    expect(app.country_switch("Kazakhstan").locator("input")).not_to_be_checked()
    # A place's name goes with its feature.
    expect(app.frame.locator(".corridor-label.shown", has_text="Aktau")).to_have_count(0)
    wait_for_param(app, "countries", "AZ")


def test_a_bad_country_in_a_link_is_named_and_the_rest_applies(page, server):
    app = MapPage(*page).open(server.url + "/?countries=AZ,Atlantis")
    notice = app.page.locator('[data-testid="stAlert"]', has_text="not understood")
    expect(notice).to_contain_text("countries=Atlantis", timeout=TIMEOUT_MS)
    wait_for_drawn(app, shown_ids(countries=["AZ"]))
    wait_for_param(app, "countries", "AZ")


def test_filters_that_leave_nothing_say_so(page, server):
    app = MapPage(*page).open(server.url + "/?layers=flights,ports&countries=GE")
    wait_for_drawn(app, shown_ids(layers=["flights", "ports"], countries=["GE"]))
    app.layer_switch("Ports and gateways").click()
    expect(app.page.get_by_text("Nothing on the map matches")).to_be_visible(timeout=TIMEOUT_MS)
    wait_for_drawn(app, [])
