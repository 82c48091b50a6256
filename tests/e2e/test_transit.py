"""The route's time in the browser: Khorgos to Poti gives a range in days and names what contributes most."""

from __future__ import annotations

from playwright.sync_api import expect

from bench.mapdriver import TIMEOUT_MS, MapPage
from corridor import routes
from corridor.dataset import load_dataset
from corridor.routes import timewording
from corridor.routes.search import Route
from corridor.routes.transit import route_transit


def test_khorgos_to_poti_shows_its_time_in_days_and_its_largest_part(page, server, artifacts):
    dataset = load_dataset()
    network = routes.network_of(dataset.layers, dataset.missing_links)
    route = routes.find_route(
        network, "gateway-khorgos", "port-poti", dataset.states_in(dataset.data_year).get
    )
    assert isinstance(route, Route)
    transit = route_transit(route, dataset.transit)
    total = timewording.total_text(transit, "en").split("**")[1]
    largest = timewording.largest_text(transit, route, network, "en")
    assert largest is not None
    app = MapPage(*page).open(server.url + "/?route=gateway-khorgos..port-poti")
    expect(app.panel.get_by_role("heading", name="Transit time")).to_be_visible(timeout=TIMEOUT_MS)
    expect(app.panel.get_by_text(total, exact=False)).to_be_visible()
    expect(app.panel.get_by_text(largest)).to_be_visible()
    left_out = app.panel.get_by_text("the range leaves them out", exact=False)
    expect(left_out).to_contain_text("Aktau (waiting for a ferry)")
    # The whole trip as KTZ times it stands beside the sum, linked to its article.
    expect(app.panel.get_by_text("Altynkol station to Poti", exact=False)).to_contain_text("12 days")
    expect(app.panel.locator('a[href="https://www.trend.az/casia/kazakhstan/3933364.html"]')).to_have_count(1)
    expect(app.panel.locator('a[href^="https://www.railfreight.com/"]')).to_have_count(6)
    app.page.screenshot(path=artifacts / "route-khorgos-poti-time.png")
