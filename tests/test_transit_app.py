"""The route explorer's time on the page (AppTest): Khorgos to Poti in days, its largest part and its sources."""

from __future__ import annotations

import pytest

from corridor import routes
from corridor.i18n import words
from corridor.routes import timewording
from corridor.routes.search import Route
from corridor.routes.transit import route_transit
from tests.helpers import opened

ROUTE = "gateway-khorgos..port-poti"


def plain(text: str) -> str:
    """Markdown as the reader sees it: without the escapes that keep data literal."""
    return text.replace("\\", "")


@pytest.mark.parametrize("language", ["en", "ru", "az", "kk"])
def test_khorgos_to_poti_shows_its_range_in_days_and_what_contributes_most(dataset, language):
    network = routes.network_of(dataset.layers, dataset.missing_links)
    route = routes.find_route(
        network, "gateway-khorgos", "port-poti", dataset.states_in(dataset.data_year).get
    )
    assert isinstance(route, Route)
    transit = route_transit(route, dataset.transit)
    at = opened(route=ROUTE, lang=language)
    said = [plain(m.value) for m in at.markdown]
    assert f"### {words(language)['transit_title']}" in said
    assert timewording.total_text(transit, language) in said
    largest = timewording.largest_text(transit, route, network, language)
    assert largest is not None
    assert largest in said
    left_out = timewording.unknown_text(transit, route, network, language)
    assert [plain(i.value) for i in at.info] == [left_out]
    page = "\n".join(said)
    # Every number cites its source; the whole trip as KTZ times it stands beside the sum.
    assert page.count("https://www.railfreight.com/") == 6
    assert "https://www.trend.az/casia/kazakhstan/3933364.html" in page
    assert "https://en.trend.az/business/4052708.html" in page
