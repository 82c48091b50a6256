"""What is timed in the browser: first paint, toggles, clicks and the year slider, on the app and the floor."""

from __future__ import annotations

import time

from bench import harness
from bench.mapdriver import MapPage
from corridor.i18n import LANGUAGES, read_catalogue

# Installed in the page before it loads: at every animation frame it looks
# into the map's frame (same origin), and notes the time of the first frame at
# which every shape (and the basemap) is drawn, from navigation start.
# Times are read in the page, as for toggles and clicks, so the driver's own
# round trips, which slow down while the page is busy, do not count.
DRAWN_AT_JS = """
(() => {
  if (window.top !== window) return;
  const check = () => {
    const frame = document.querySelector('%(frame)s');
    const doc = frame && frame.contentDocument;
    const shapes = doc ? doc.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length : 0;
    const basemap = !%(basemap)s || (doc && doc.querySelectorAll('.leaflet-basemap-pane path').length > 0);
    if (shapes >= %(paths)d && basemap) {
      window.__drawnAt = performance.now();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
})();
"""


# The benchmark's browser reaches nothing but this machine by itself: every
# host name fails to resolve, and 127.0.0.1 needs no resolving. The tests'
# pages route every request through the driver instead, to record and refuse
# it; that round trip per request would weigh on a page in proportion to its
# number of requests, and the app makes many more than the floor.
OFFLINE_ARGS = ("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",)


def bench_page(browser):
    """A new browser context and page, with nothing between the page and the server."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    return context.new_page(), harness.Traffic()


def navigate_until_drawn(browser, url: str, paths: int, basemap: bool) -> tuple[float, MapPage]:
    """Open ``url`` in a new browser context; seconds from navigation start until every shape is drawn."""
    page, traffic = bench_page(browser)
    return navigate_in(page, url, paths, basemap), MapPage(page, traffic)


def navigate_in(page, url: str, paths: int, basemap: bool = True) -> float:
    script = DRAWN_AT_JS % {
        "paths": paths,
        "basemap": "true" if basemap else "false",
        "frame": harness.MAP_FRAME,
    }
    page.add_init_script(script)
    page.goto(url)
    page.wait_for_function("() => window.__drawnAt", timeout=120_000)
    return page.evaluate("() => window.__drawnAt") / 1000


def first_script_run(browser, url: str) -> float:
    page, _ = bench_page(browser)
    started = time.perf_counter()
    page.goto(url)
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(timeout=120_000)
    elapsed = time.perf_counter() - started
    page.context.close()
    return elapsed


# Timestamps are taken in the pages themselves (Date.now() in the page and in
# the map's frame), so the driver's own round trips do not count.
WATCH_TITLE_JS = """
(title) => {
  window.__shownAt = null;
  const check = () => {
    const heading = document.querySelector('[data-testid="stMainBlockContainer"] h1');
    if (heading && heading.innerText.startsWith(title)) { window.__shownAt = Date.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""
WATCH_PATHS_JS = """
(want) => {
  window.__drawnAt = null;
  const pane = document.querySelector('.leaflet-overlay-pane');
  const observer = new MutationObserver(() => {
    if (pane.querySelectorAll('path.leaflet-interactive').length === want) {
      window.__drawnAt = Date.now(); observer.disconnect();
    }
  });
  observer.observe(pane, {subtree: true, childList: true});
}
"""
WATCH_HEADING_CHANGE_JS = """
() => {
  window.__shownAt = null;
  // The floor's one heading (h3), as the app's panel heading (h1) is watched above.
  const selector = '[data-testid="stMainBlockContainer"] h3';
  const before = document.querySelector(selector).innerText;
  const observer = new MutationObserver(() => {
    const heading = document.querySelector(selector);
    if (heading && heading.innerText !== before) { window.__shownAt = Date.now(); observer.disconnect(); }
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""
MARK_PRESS_JS = "() => { window.__pressedAt = null; document.addEventListener('mousedown', () => { window.__pressedAt = Date.now(); }, {once: true, capture: true}); }"


# Notes when the first state from the app that has taken in the map's
# latest switch arrives (the rerun the switch brought).
WATCH_AGREED_JS = """
() => {
  window.__agreedAt = null;
  window.__layersVersion = (window.__layersVersion || 0) + 1;
  if (!window.__realState) {
    window.__realState = corridorState;
    window.corridorState = (map, state) => {
      if (state.layersVersion >= window.__layersVersion && window.__agreedAt === null) {
        window.__agreedAt = Date.now();
      }
      return window.__realState(map, state);
    };
  }
}
"""


def toggle_times(app: MapPage, paths: int, flights: int, repeat: int) -> tuple[list[float], list[float]]:
    """From pressing a layer's switch in the legend until the map has drawn the change.

    And until the app's rerun has sent the state that agrees with it.
    """
    switch = app.layer_switch("Flight routes")
    frame = app.content_frame()
    drawn, agreed = [], []
    for i in range(repeat):
        want = paths - flights if i % 2 == 0 else paths
        frame.evaluate(WATCH_PATHS_JS, want)
        frame.evaluate(WATCH_AGREED_JS)
        frame.evaluate(MARK_PRESS_JS)
        switch.click()
        frame.wait_for_function(
            "() => window.__drawnAt !== null && window.__agreedAt !== null", timeout=60_000
        )
        pressed = frame.evaluate("() => window.__pressedAt")
        drawn.append((frame.evaluate("() => window.__drawnAt") - pressed) / 1000)
        agreed.append((frame.evaluate("() => window.__agreedAt") - pressed) / 1000)
    return drawn, agreed


def click_times(app: MapPage, targets: list[tuple[str, str]], repeat: int) -> list[float]:
    """From pressing the mouse on a feature until its panel's title shows."""
    times = []
    frame = app.content_frame()
    for i in range(repeat):
        feature, title = targets[i % len(targets)]
        x, y = app.locate_feature(feature)
        app.page.evaluate(WATCH_TITLE_JS, title)
        frame.evaluate(MARK_PRESS_JS)
        app.page.mouse.click(x, y)
        app.page.wait_for_function("() => window.__shownAt !== null", timeout=60_000)
        times.append(
            (app.page.evaluate("() => window.__shownAt") - frame.evaluate("() => window.__pressedAt")) / 1000
        )
    return times


APP_TARGETS = [("port-aktau", "Aktau sea port"), ("port-baku-alat", "Baku International Sea Trade Port")]


def targets_at(dataset) -> list[tuple[str, str]]:
    """The ports to click: in grown data, the last copy drawn, which is on top.

    A copy that the geographic rules left out (a port moved off its coast) is skipped.
    """
    ids = [f["properties"]["id"] for f in dataset.layers["ports"].features]
    return [
        (next(i for i in reversed(ids) if i.startswith(feature_id)), title)
        for feature_id, title in APP_TARGETS
    ]


# The floor reports the map's click position: click open map beside the marker.
FLOOR_SPOT_JS = """
() => {
  const box = window.map.getContainer().getBoundingClientRect();
  return [box.left + box.width * 0.3, box.top + box.height * 0.3];
}
"""


def floor_click_times(app: MapPage, repeat: int) -> list[float]:
    """The same measure on the floor page: a click on its map, then its one-line panel."""
    times = []
    frame = app.content_frame()
    for i in range(repeat):
        point = frame.evaluate(FLOOR_SPOT_JS)
        box = app.page.locator(harness.MAP_FRAME).bounding_box()
        # Each click lands a pixel apart, so the floor reports a new position every time.
        app.page.evaluate(WATCH_HEADING_CHANGE_JS)
        frame.evaluate(MARK_PRESS_JS)
        app.page.mouse.click(box["x"] + point[0] + (i % 3) - 1, box["y"] + point[1] + (i % 2))
        app.page.wait_for_function("() => window.__shownAt !== null", timeout=60_000)
        times.append(
            (app.page.evaluate("() => window.__shownAt") - frame.evaluate("() => window.__pressedAt")) / 1000
        )
    return times


# Issue 12's state: a year with hidden and faded features, and a drawn route.
TIMED_QUERY = "year=2018&route=gateway-khorgos..port-poti"
TIMED_YEAR = 2018
WATCH_YEAR_JS = """
(want) => {
  window.__yearAt = null;
  const box = document.querySelector('.corridor-year');
  const observer = new MutationObserver(() => {
    if (box.textContent.endsWith(String(want))) { window.__yearAt = Date.now(); observer.disconnect(); }
  });
  observer.observe(box, {subtree: true, childList: true, characterData: true});
}
"""
MARK_KEY_JS = (
    "() => { window.__keyAt = null; document.addEventListener('keydown', () => { window.__keyAt = Date.now(); },"
    " {once: true, capture: true}); }"
)


def year_times(app: MapPage, repeat: int) -> list[float]:
    """From a key press on the year slider until the map shows the new year."""
    times = []
    frame = app.content_frame()
    slider = app.page.get_by_role("slider", name="As of year")
    year = TIMED_YEAR
    for i in range(repeat):
        key, year = ("ArrowRight", year + 1) if i % 2 == 0 else ("ArrowLeft", year - 1)
        frame.evaluate(WATCH_YEAR_JS, year)
        app.page.evaluate(MARK_KEY_JS)
        slider.press(key)
        frame.wait_for_function("() => window.__yearAt !== null", timeout=60_000)
        times.append(
            (frame.evaluate("() => window.__yearAt") - app.page.evaluate("() => window.__keyAt")) / 1000
        )
    return times


# Notes when the map's legend reads ``want``: the map has drawn the page in that language.
WATCH_LEGEND_JS = """
(want) => {
  window.__spokenAt = null;
  const spoken = () => {
    const summary = document.querySelector('.corridor-legend > details > summary');
    return summary !== null && summary.textContent.trim() === want;
  };
  const observer = new MutationObserver(() => {
    if (spoken()) { window.__spokenAt = Date.now(); observer.disconnect(); }
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""
MARK_CLICK_JS = (
    "() => { window.__clickAt = null; document.addEventListener('click', () => { window.__clickAt = Date.now(); },"
    " {once: true, capture: true}); }"
)


def language_times(app: MapPage, repeat: int) -> list[float]:
    """From a click on the language switch until the map's legend reads in that language.

    It goes through every other language and back to the first, as often as
    ``repeat`` needs, so the page ends where it began.
    """
    times = []
    frame = app.content_frame()
    order = [*LANGUAGES[1:], LANGUAGES[0]]
    for _ in range(-(-repeat // len(order))):
        for code in order:
            say = read_catalogue(code)
            frame.evaluate(WATCH_LEGEND_JS, say.legend["legend"])
            app.page.evaluate(MARK_CLICK_JS)
            app.page.get_by_text(say.name, exact=True).click()
            frame.wait_for_function("() => window.__spokenAt !== null", timeout=60_000)
            times.append(
                (frame.evaluate("() => window.__spokenAt") - app.page.evaluate("() => window.__clickAt"))
                / 1000
            )
    return times
