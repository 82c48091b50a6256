"""Nothing waits forever: a file the map's frame fails to load is tried again, then named, and the page draws."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import TIMEOUT_MS, MapPage
from corridor.layout import TOOLS_CLASS
from corridor.ui.mapview import MAP_WAIT_SECONDS, NO_REPORT_ICON
from corridor.urlstate import NOTICE_CHARACTERS
from tests.e2e.helpers import DEFAULT_COUNTS, PHONE

LEAFLET_JS = "**/*.leaflet_files/leaflet.js*"
MAP_BUNDLE = "**/corridor-map-*.js*"
# streamlit-folium's own frame: its page and its code.
COMPONENT = "**/component/streamlit_folium.*/**"
# Drawn over the map by the map's frame when a file failed twice.
LOAD_FAILED = ".corridor-load-failed"
SEARCH_BOX = f".{TOOLS_CLASS} [data-testid='stTextInput'] input"
YEAR_SLIDER = f".{TOOLS_CLASS} [data-testid='stSlider']"
SIDEBAR_CONTROLS = '[data-testid="stSidebar"] [data-testid="stButton"]'
NO_REPORT = f'[data-testid="stAlert"]:has-text("{NO_REPORT_ICON}")'
# The bounded wait, a full run of the page and the browser drawing it, on a busy machine.
WAITED_MS = MAP_WAIT_SECONDS * 1000 + TIMEOUT_MS


@pytest.fixture
def app(browser) -> MapPage:
    """A page, not yet opened, whose requests off this machine are refused."""
    page, traffic = harness.offline_page(browser)
    yield MapPage(page, traffic)
    page.context.close()


def failing(page, pattern: str, times: int | None = None) -> list[str]:
    """Refuse the page's requests for ``pattern`` (its first ``times``, or all); return every request's URL."""
    seen: list[str] = []

    def handle(route) -> None:
        seen.append(route.request.url)
        if times is None or len(seen) <= times:
            route.abort("failed")
        else:
            route.continue_()

    page.route(pattern, handle)
    return seen


def expect_the_rest_of_the_page(page, timeout: float = TIMEOUT_MS) -> None:
    """The panel's tools (the search box, the year slider) and the sidebar's controls are drawn."""
    expect(page.locator(SEARCH_BOX)).to_be_visible(timeout=timeout)
    expect(page.locator(YEAR_SLIDER)).to_be_visible(timeout=timeout)
    expect(page.locator(SIDEBAR_CONTROLS)).to_have_count(1, timeout=timeout)


def test_leaflet_that_fails_once_is_fetched_again_and_the_map_draws(app, server):
    requests = failing(app.page, LEAFLET_JS, times=1)
    app.open(server.url)
    app.wait_for_counts(lambda counts: counts == DEFAULT_COUNTS, "every layer to draw")
    # The map reported that it is drawn: the rest of the page follows at once.
    expect_the_rest_of_the_page(app.page)
    assert len(requests) == 2
    assert "corridor-retry=" in requests[1]
    expect(app.frame.locator(LOAD_FAILED)).to_have_count(0)
    expect(app.page.locator(NO_REPORT)).to_have_count(0)
    assert app.traffic.page_errors == []


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The map could not load its code (leaflet.js). Reload the page to try again."),
        ("ru", "Не удалось загрузить код карты (leaflet.js). Чтобы попробовать снова, обновите страницу."),
    ],
)
def test_leaflet_that_never_loads_is_named_on_the_map_and_the_page_draws(
    app, server, artifacts, language, message
):
    requests = failing(app.page, LEAFLET_JS)
    app.page.goto(f"{server.url}/?lang={language}")
    failed = app.frame.locator(LOAD_FAILED)
    expect(failed).to_have_text(message, timeout=TIMEOUT_MS)
    expect(failed).to_be_in_viewport()
    # The map told the app that it cannot be drawn: the rest of the page does not wait for it.
    expect_the_rest_of_the_page(app.page)
    expect(app.page.locator(NO_REPORT)).to_have_count(0)
    assert len(requests) == 2
    app.page.screenshot(path=artifacts / f"map-code-failed-{language}.png")


def test_a_stylesheet_that_never_loads_is_named_and_the_map_still_draws(app, server):
    failing(app.page, "**/*.leaflet_files/leaflet.css*")
    app.page.goto(server.url)
    expect(app.frame.locator(LOAD_FAILED)).to_have_text(
        "The map could not load its stylesheet (leaflet.css) and may look wrong. Reload the page to try again.",
        timeout=TIMEOUT_MS,
    )
    # The map still draws and reports: the rest of the page follows.
    app.frame.locator(".leaflet-overlay-pane path.leaflet-interactive").first.wait_for(timeout=TIMEOUT_MS)
    expect_the_rest_of_the_page(app.page)


def test_place_names_that_never_load_are_named_on_the_map(app, server):
    requests = failing(app.page, "**/labels-en-*.json*")
    app.open(server.url)
    expect(app.frame.locator(".corridor-notice")).to_contain_text(
        "The place names could not be loaded.", timeout=TIMEOUT_MS
    )
    assert len(requests) == 2


@pytest.mark.parametrize("pattern", [MAP_BUNDLE, COMPONENT], ids=["map-bundle", "component"])
def test_a_map_that_never_reports_leaves_the_rest_of_the_page_after_a_bounded_wait(
    app, server, artifacts, pattern
):
    requests = failing(app.page, pattern)
    app.page.goto(server.url)
    expect(app.page.locator(NO_REPORT)).to_contain_text("The map has not finished loading", timeout=WAITED_MS)
    expect_the_rest_of_the_page(app.page)
    assert requests, "nothing was refused"
    name = "map-bundle" if pattern == MAP_BUNDLE else "component"
    app.page.screenshot(path=artifacts / f"map-no-report-{name}.png")


def test_a_long_link_value_is_cut_short_and_wrapped_on_a_phone(browser, server):
    page, traffic = harness.offline_page(browser, PHONE)
    try:
        MapPage(page, traffic).open(server.url + "/?select=" + "x" * 5000)
        notice = page.locator('[data-testid="stAlert"]', has_text="not understood")
        expect(notice).to_contain_text(f"select={'x' * NOTICE_CHARACTERS}…", timeout=TIMEOUT_MS)
        # Nothing in the notice is wider than its box, and nothing on the page wider than the screen.
        page.wait_for_function(
            """() => {
                const notice = [...document.querySelectorAll('[data-testid="stAlert"]')]
                    .find((alert) => alert.textContent.includes('not understood'));
                if (!notice || notice.getBoundingClientRect().right > window.innerWidth) return false;
                const boxes = [notice, ...notice.querySelectorAll('*')];
                return boxes.every((box) => box.scrollWidth <= box.clientWidth + 1)
                    && document.documentElement.scrollWidth <= window.innerWidth;
            }""",
            timeout=TIMEOUT_MS,
        )
    finally:
        page.context.close()
