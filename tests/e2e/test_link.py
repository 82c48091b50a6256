"""The page's address holds the view: opening a link, clicking, Back, and a reload."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import PANEL_HEADING, TIMEOUT_MS, MapPage
from corridor import urlstate
from corridor.layout import TOOLS_CLASS
from tests.e2e.expected import PORT_EDGE
from tests.e2e.helpers import DEFAULT_COUNTS, FLIGHTS, RAIL, wait_for_param


def rail_and_ports_only(counts: dict[str, int]) -> bool:
    """The rail lines and the ports, nothing else (a selected port has a stroke of its own)."""
    others = {colour: n for colour, n in counts.items() if colour not in (RAIL, PORT_EDGE)}
    return (
        counts.get(RAIL) == DEFAULT_COUNTS[RAIL]
        and not set(others) & set(DEFAULT_COUNTS)
        and sum(counts.values()) == DEFAULT_COUNTS[RAIL] + DEFAULT_COUNTS[PORT_EDGE]
    )


def params(app: MapPage) -> dict[str, str]:
    """The page's address as the browser holds it now (read in the page, not from a cached URL)."""
    query = app.page.evaluate("() => location.search")
    return {key: values[-1] for key, values in parse_qs(query.lstrip("?")).items()}


def view_text(view: list[float]) -> str:
    """A view as the address writes it."""
    return ",".join(
        f"{value:.{places}f}".rstrip("0").rstrip(".") for value, places in zip(view, (4, 4, 2), strict=True)
    )


def test_a_link_opens_its_layers_and_panel_and_the_address_follows_clicks_and_back(page, server):
    app = MapPage(*page).open(server.url + "/?layers=rail,ports&select=port-aktau")
    app.wait_for_panel("Aktau sea port")
    app.wait_for_counts(rail_and_ports_only, "only the rail and the ports to draw")
    expect(app.layer_switch("Flight routes").locator("input")).not_to_be_checked()
    wait_for_param(app, "lang", "en")
    assert params(app)["layers"] == "rail,ports"
    assert params(app)["select"] == "port-aktau"

    app.click_feature("port-kuryk")
    app.wait_for_panel("Kuryk")
    wait_for_param(app, "select", "port-kuryk")

    app.page.go_back()
    app.wait_for_panel("Aktau sea port")
    wait_for_param(app, "select", "port-aktau")
    assert rail_and_ports_only(app.path_counts())
    assert "view" not in params(app), "the map wrote a view the reader never moved to"

    app.page.go_forward()
    app.wait_for_panel("Kuryk")
    wait_for_param(app, "select", "port-kuryk")


def test_a_reload_keeps_the_layers_the_selection_and_the_view(page, server):
    app = MapPage(*page).open(server.url)
    app.page.locator('[data-testid="stSidebar"] [data-testid="stButton"]').wait_for(
        state="attached", timeout=TIMEOUT_MS
    )
    app.switch_layer("Flight routes")
    wait_for_param(app, "layers", "energy,sea,fibre,rail,ports")
    assert "view" not in params(app)
    box = app.page.locator(harness.MAP_FRAME).bounding_box()
    app.page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.4)
    app.page.mouse.wheel(0, -400)
    app.page.wait_for_function("() => new URLSearchParams(location.search).has('view')", timeout=TIMEOUT_MS)
    app.wait_for_still_view()
    wait_for_param(app, "view", view_text(app.view()))
    app.click_feature("port-poti")
    app.wait_for_panel("Poti")
    wait_for_param(app, "select", "port-poti")
    address, view = app.page.evaluate("() => location.href"), params(app)["view"]

    app.page.reload()
    app.wait_for_panel("Poti")
    app.wait_for_still_view()
    lat, lon, zoom = (float(part) for part in view.split(","))
    # Leaflet puts the centre on a whole pixel: a few thousandths of a degree at this zoom.
    assert app.view() == [pytest.approx(lat, abs=0.01), pytest.approx(lon, abs=0.01), zoom]
    app.wait_for_counts(
        lambda counts: (
            FLIGHTS not in counts
            and sum(counts.values()) == sum(DEFAULT_COUNTS.values()) - DEFAULT_COUNTS[FLIGHTS]
        ),
        "every layer but the flights",
    )
    expect(app.layer_switch("Flight routes").locator("input")).not_to_be_checked()
    assert app.page.evaluate("() => location.href") == address


def test_a_link_with_unknown_values_says_so_and_the_rest_applies(page, server):
    app = MapPage(*page).open(server.url + "/?layers=rail,metro&select=port-atlantis&lang=fr")
    notice = app.page.locator('[data-testid="stAlert"]', has_text="not understood")
    expect(notice).to_be_visible(timeout=TIMEOUT_MS)
    expect(notice).to_contain_text("layers=metro")
    expect(notice).to_contain_text("select=port-atlantis")
    expect(notice).to_contain_text("lang=fr")
    app.wait_for_counts(lambda counts: counts == {RAIL: DEFAULT_COUNTS[RAIL]}, "only the rail to draw")
    wait_for_param(app, "layers", "rail")
    assert "select" not in params(app)
    app.click_feature("rail-btk")
    expect(notice).to_have_count(0, timeout=TIMEOUT_MS)


def test_a_russian_link_opens_the_russian_panel_legend_and_labels(page, server):
    app = MapPage(*page).open(server.url + "/?lang=ru&layers=rail,ports&select=port-aktau")
    app.wait_for_panel("Морской порт Актау")
    app.wait_for_counts(rail_and_ports_only, "only the rail and the ports to draw")
    expect(app.frame.locator(".corridor-legend > details > summary")).to_have_text("Слои и легенда")
    expect(app.layer_switch("Авиарейсы").locator("input")).not_to_be_checked()
    expect(app.layer_switch("Железные дороги").locator("input")).to_be_checked()
    expect(app.frame.locator(".corridor-label", has_text="Баку").first).to_be_attached(timeout=TIMEOUT_MS)
    expect(app.status_switch("планируется").locator("input")).to_be_checked()
    expect(app.frame.locator(".corridor-countries > summary")).to_have_text("Страны: все")

    # Switching the language redraws the panel, the legend and the labels, and keeps the view.
    app.panel.get_by_test_id("stRadioGroup").get_by_text("English").click()
    app.wait_for_panel("Aktau sea port")
    expect(app.frame.locator(".corridor-legend > details > summary")).to_have_text("Layers and legend")
    expect(app.frame.locator(".corridor-countries > summary")).to_have_text("Countries: all")
    expect(app.layer_switch("Flight routes").locator("input")).not_to_be_checked()
    expect(app.frame.locator(".corridor-label", has_text="Baku").first).to_be_attached(timeout=TIMEOUT_MS)
    wait_for_param(app, "lang", "en")
    assert rail_and_ports_only(app.path_counts())


def test_a_russian_browser_opens_the_page_in_russian_unless_the_link_says_otherwise(browser, server):
    page, traffic = harness.offline_page(browser, locale="ru-RU")
    try:
        app = MapPage(page, traffic).open(server.url)
        expect(app.page.locator(PANEL_HEADING).first).to_contain_text("Средний коридор")
        wait_for_param(app, "lang", "ru")
        app.open(server.url + "/?lang=en")
        app.wait_for_panel("Middle Corridor")
    finally:
        page.context.close()


def test_a_zoom_with_the_plus_button_writes_the_view(page, server):
    """Leaflet's zoom buttons stop the mousedown the map listens for: a zoom with + wrote no view."""
    app = MapPage(*page).open(server.url + "/?select=port-aktau")
    app.wait_for_panel("Aktau sea port")
    assert "view" not in params(app)
    zoom = app.view()[2]
    app.frame.locator(".leaflet-control-zoom-in").click()
    app.page.wait_for_function("() => new URLSearchParams(location.search).has('view')", timeout=TIMEOUT_MS)
    app.wait_for_still_view()
    wait_for_param(app, "view", view_text(app.view()))
    assert app.view()[2] > zoom


def test_the_tab_title_names_what_is_open_and_the_page_says_its_language(page, server):
    app = MapPage(*page).open(server.url + "/?lang=ru&select=port-aktau")
    app.wait_for_panel("Морской порт Актау")
    expect(app.page).to_have_title("Морской порт Актау — карта Среднего коридора", timeout=TIMEOUT_MS)
    app.page.wait_for_function("() => document.documentElement.lang === 'ru'", timeout=TIMEOUT_MS)
    app.click_feature("port-kuryk")
    wait_for_param(app, "select", "port-kuryk")
    expect(app.page).to_have_title(re.compile("^Порт Курык — "), timeout=TIMEOUT_MS)


def test_the_copy_link_button_copies_the_address_with_the_view(page, server):
    app = MapPage(*page).open(server.url + "/?select=port-aktau")
    app.wait_for_panel("Aktau sea port")
    app.page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    box = app.page.locator(harness.MAP_FRAME).bounding_box()
    app.page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
    app.page.mouse.wheel(0, -300)
    app.page.wait_for_function("() => new URLSearchParams(location.search).has('view')", timeout=TIMEOUT_MS)
    button = app.frame.get_by_role("button", name="Copy link to this view")
    button.focus()
    app.page.keyboard.press("Enter")
    expect(app.frame.locator(".corridor-link-status")).to_have_text("Link copied")
    copied = app.page.evaluate("() => navigator.clipboard.readText()")
    assert copied == app.page.evaluate("() => location.href")
    assert "select=port-aktau" in copied
    assert "view=" in copied


@pytest.mark.parametrize(
    "year",
    ["\u00b2", "\u00b2\u2070\u00b9\u2076", "9" * 5000],
    ids=["superscript two", "superscript 2016", "5,000 nines"],
)
def test_a_year_no_int_can_read_is_named_and_the_page_draws_on_every_visit(page, server, year):
    """int() raises on "²" and on 5,000 digits: such a year took the whole page down, visit after visit."""
    app = MapPage(*page)
    for _ in range(2):
        app.open(server.url + "/?select=port-aktau&year=" + year)
        notice = app.page.locator('[data-testid="stAlert"]', has_text="not understood")
        expect(notice).to_contain_text("year=", timeout=TIMEOUT_MS)
        expect(app.page.locator(PANEL_HEADING).first).to_contain_text("Aktau", timeout=TIMEOUT_MS)
        app.wait_for_counts(lambda counts: counts.get(RAIL) == DEFAULT_COUNTS[RAIL], "the rail lines to draw")
        expect(app.page.get_by_text("could not be drawn")).to_have_count(0)
        # The address the app writes leaves the year out: the map shows the data's own year.
        wait_for_param(app, "year", None)


def test_the_map_writes_the_address_in_the_apps_order_and_adds_no_history(page, server):
    """The map appended view= after year=, where the app writes it before."""
    app = MapPage(*page).open(server.url + "/?select=port-aktau")
    app.wait_for_panel("Aktau sea port")
    app.click_feature("port-kuryk")
    app.wait_for_panel("Kuryk")
    wait_for_param(app, "select", "port-kuryk")
    steps = app.page.evaluate("() => history.length")
    thumb = app.page.locator(f".{TOOLS_CLASS}").get_by_role("slider", name="As of year")
    thumb.focus()
    thumb.press("ArrowLeft")
    app.page.wait_for_function("() => new URLSearchParams(location.search).has('year')", timeout=TIMEOUT_MS)
    app.frame.locator(".leaflet-control-zoom-in").click()
    app.page.wait_for_function("() => new URLSearchParams(location.search).has('view')", timeout=TIMEOUT_MS)
    app.wait_for_still_view()
    keys = list(params(app))
    assert keys == [key for key in urlstate.PARAMETERS if key in keys]
    # The view's report and the next step of the year add nothing to the history either.
    year = int(app.page.evaluate("() => new URLSearchParams(location.search).get('year')"))
    thumb.focus()
    thumb.press("ArrowLeft")
    wait_for_param(app, "year", str(year - 1))
    keys = list(params(app))
    assert keys == [key for key in urlstate.PARAMETERS if key in keys]
    assert app.page.evaluate("() => history.length") == steps
    app.page.go_back()
    app.wait_for_panel("Aktau sea port")
    wait_for_param(app, "year", None)
