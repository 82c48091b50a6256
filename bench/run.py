"""Benchmark the app against the floor Streamlit and folium impose: ``python -m bench.run``.

Every browser figure is measured beside a minimal page (one ``st_folium`` map,
one marker) served and driven the same way, and is also given as a ratio to
it, because these machines are noisy. Prints a table and checks the budgets.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import psutil
from playwright.sync_api import sync_playwright

from bench import harness
from bench.load import load_run, map_report, summary
from bench.mapdriver import MapPage
from bench.synthetic import grow
from corridor.layers import CORRIDOR_LAYERS
from corridor.paths import GEODATA_DIR, GEODATA_ENV, PROJECT_DIR
from corridor.timeline import HIDDEN

FLOOR_APP = PROJECT_DIR / "bench" / "floor_app.py"
RESULTS = PROJECT_DIR / "bench" / "results"
KB = 1024
MB = 1024 * 1024


@dataclass(frozen=True)
class Budget:
    """What one data size must meet (issue 9's table)."""

    script_ms: float
    toggle_ms: float
    click_ms: float
    nav_ratio: float
    # The 1x payload must stay under ``payload``; larger sizes within ``payload_drift`` of the 1x figure.
    payload: int | None = None
    payload_drift: int = 1 * KB
    session_mb: float = 2.0


BUDGETS = {
    1: Budget(script_ms=30, toggle_ms=100, click_ms=150, nav_ratio=1.2, payload=16 * KB),
    10: Budget(script_ms=30, toggle_ms=120, click_ms=150, nav_ratio=1.3),
    100: Budget(script_ms=40, toggle_ms=150, click_ms=200, nav_ratio=1.5),
}
LOAD_MIN_RERUNS_PER_SECOND = 25
LOAD_MAX_MEDIAN_MS = 300


@dataclass
class Row:
    name: str
    value: str
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    budgets: list[tuple[str, bool, str]] = field(default_factory=list)

    def add(self, name: str, value: str, note: str = "") -> None:
        self.rows.append(Row(name, value, note))
        print(f"  {name}: {value} {note}", flush=True)

    def check(self, name: str, ok: bool, detail: str) -> None:
        self.budgets.append((name, ok, detail))

    def markdown(self) -> str:
        lines = ["| measure | value | note |", "| --- | --- | --- |"]
        lines += [f"| {r.name} | {r.value} | {r.note} |" for r in self.rows]
        lines += ["", "| budget | met | measured |", "| --- | --- | --- |"]
        lines += [f"| {n} | {'yes' if ok else 'NO'} | {d} |" for n, ok, d in self.budgets]
        return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def median(values: list[float]) -> float:
    return statistics.median(values)


def geodata_env(folder: Path):
    """Point the app at ``folder`` for the duration of a ``with`` block."""
    return mock.patch.dict(os.environ, {GEODATA_ENV: str(folder)})


# ---------------------------------------------------------------- script time


def script_times(folder: Path, repeat: int) -> dict[str, float]:
    """Time ``main()`` itself inside real AppTest runs: first load, rerun, toggle, click."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    import corridor.ui.app as page
    from corridor.ui.session import MAP_KEY

    timings: list[float] = []
    real_main = page.main

    def timed_main() -> None:
        started = time.perf_counter()
        real_main()
        timings.append(time.perf_counter() - started)

    page.main = timed_main
    try:
        with geodata_env(folder):
            st.cache_resource.clear()
            at = AppTest.from_file(str(harness.APP), default_timeout=120)
            at.run()
            first = timings[-1]
            report_ready(at)
            for _ in range(repeat):
                at.run()
            rerun = median(timings[-repeat:])
            for i in range(repeat):
                at.session_state[MAP_KEY] = map_report(
                    "layers", None, f"bench-layers-{i}", i + 1, flights=i % 2 == 1
                )
                at.run()
            toggle = median(timings[-repeat:])
            for i in range(repeat):
                feature = "port-aktau" if i % 2 == 0 else "port-baku-alat"
                at.session_state[MAP_KEY] = map_report(
                    "click", feature, f"bench-click-{i}", repeat, flights=True
                )
                at.run()
            click = median(timings[-repeat:])
            assert not at.exception, at.exception
    finally:
        page.main = real_main
    return {"first": first, "rerun": rerun, "toggle": toggle, "click": click}


def report_ready(at) -> None:
    """What the map reports once drawn; it brings the run that adds the controls and figures."""
    from corridor.ui.session import MAP_KEY

    at.session_state[MAP_KEY] = {"event": "ready", "id": "bench-ready", "feature_id": None}
    at.run()


def apptest_run_time(script: Path, repeat: int) -> float:
    """Wall time of a whole AppTest rerun, the same way for the app and the floor."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(script), default_timeout=120)
    at.run()
    if script == harness.APP:
        report_ready(at)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - started)
    return median(times)


# -------------------------------------------------------------------- payload


def payload(folder: Path) -> dict[str, int]:
    """Bytes of the map component's arguments on a rerun, and of the files the browser fetches once."""
    from streamlit.testing.v1 import AppTest

    from corridor.ui.assets import published_file
    from corridor.ui.resources import get_published
    from corridor.ui.session import MAP_KEY

    def size_of(url: str) -> int:
        return published_file(url).stat().st_size

    with geodata_env(folder):
        at = AppTest.from_file(str(harness.APP), default_timeout=120)
        at.run()
        report_ready(at)
        sizes = {"all arguments": len(component_bytes(at))}
        sizes["of which the state"] = len(json.loads(component_bytes(at))["feature_group"].encode())
        at.session_state[MAP_KEY] = map_report("click", "port-aktau", "bench-payload", 1, flights=False)
        at.run()
        sizes["all arguments, a port selected and flights off"] = len(component_bytes(at))
        published = get_published(folder)
        config = published.config
        sizes["basemap file"] = size_of(config["basemap"]["borders"])
        sizes["labels file (English)"] = size_of(config["labels"]["urls"]["en"])
        sizes["detailed borders file (from zoom 6)"] = size_of(config["basemap"]["detail"])
        sizes["map code and config (1 script, 1 stylesheet)"] = sum(
            size_of(u) for u in published.scripts + published.stylesheets
        )
        for spec in config["layers"]:
            for tier in spec["tiers"]:
                sizes[f"layer {spec['id']}, from zoom {tier['minZoom']}"] = size_of(tier["url"])
        sizes["layer files at the opening zoom"] = sum(
            size_of(spec["tiers"][0]["url"]) for spec in config["layers"]
        )
    return sizes


def component_bytes(at) -> bytes:
    (component,) = at.get("component_instance")
    return component.proto.json_args.encode()


# -------------------------------------------------------------------- browser


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
    """From pressing a layer's switch in the legend until the map has drawn the change,
    and until the app's rerun has sent the state that agrees with it."""
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


def measure_time_and_route(
    browser, server: harness.Server, dataset, label: str, report: Report, repeat: int, budget: Budget | None
) -> None:
    """Clicks with a year chosen and a route drawn (issue 12), and the slider's own speed."""
    states = dataset.states_in(TIMED_YEAR)
    paths = sum(len(dataset.layers[layer.id].features) for layer in CORRIDOR_LAYERS)
    shown = paths - sum(1 for state in states.values() if state.shown == HIDDEN)
    _, app = navigate_until_drawn(browser, f"{server.url}/?{TIMED_QUERY}", shown, basemap=True)
    app.content_frame().wait_for_function(
        "() => document.querySelectorAll('.leaflet-corridor-route-pane path').length > 0", timeout=60_000
    )
    app.wait_for_still_view()
    app.mark_map()
    clicks = median(click_times(app, targets_at(dataset), repeat))
    years = median(year_times(app, repeat))
    kept = app.map_is_marked()
    report.add(
        f"{label}: click until panel, year {TIMED_YEAR} and a route drawn", ms(clicks), f"median of {repeat}"
    )
    report.add(
        f"{label}: year slider until the map shows the year", ms(years), f"median of {repeat}, arrow keys"
    )
    if budget:
        report.check(
            f"{label}: click until panel with a year and a route <= {budget.click_ms:.0f} ms",
            clicks * 1000 <= budget.click_ms,
            ms(clicks),
        )
    report.check(f"{label}: map never re-mounted by the slider", kept, "same Leaflet container")
    app.page.context.close()


def rss(pid: int) -> int:
    process = psutil.Process(pid)
    return process.memory_info().rss + sum(c.memory_info().rss for c in process.children(recursive=True))


# ---------------------------------------------------------------------- main


@dataclass
class Floor:
    url: str
    click: float
    apptest_run: float


def measure_floor(browser, server: harness.Server, report: Report, repeat: int) -> Floor:
    print("floor (one st_folium map, one marker)", flush=True)
    report.add("floor: process start to /_stcore/health", ms(server.healthy_after))
    report.add("floor: first script run finished (browser)", ms(first_script_run(browser, server.url)))
    _, page = navigate_until_drawn(browser, server.url, 1, basemap=False)
    click = median(floor_click_times(page, repeat))
    page.page.context.close()
    report.add("floor: click until panel", ms(click), "includes streamlit-folium's 250 ms debounce")
    apptest_run = apptest_run_time(FLOOR_APP, repeat)
    report.add("floor: AppTest rerun (whole run)", ms(apptest_run))
    return Floor(server.url, click, apptest_run)


def paired_navigation(
    browser, floor: Floor, url: str, paths: int, repeat: int
) -> tuple[float, float, list[float]]:
    """Navigate to the floor and to the app in turn; return both medians and every pair's ratio."""
    floor_times, app_times, ratios = [], [], []
    for _ in range(repeat):
        floor_elapsed, floor_page = navigate_until_drawn(browser, floor.url, 1, basemap=False)
        floor_page.page.context.close()
        app_elapsed, app_page = navigate_until_drawn(browser, url, paths, basemap=True)
        app_page.page.context.close()
        floor_times.append(floor_elapsed)
        app_times.append(app_elapsed)
        ratios.append(app_elapsed / floor_elapsed)
    return median(floor_times), median(app_times), ratios


def cold_and_warm(browser, url: str, paths: int) -> tuple[float, float, int]:
    """First paint in a new browser, then again in the same browser: (cold, warm, files fetched warm)."""
    page, _ = bench_page(browser)
    requests = harness.record_published(page)
    cold = navigate_in(page, url, paths)
    # The labels file is fetched last, once the basemap has drawn, and every file is
    # stored in the browser once the page is idle: let them settle.
    page.frame_locator(harness.MAP_FRAME).locator(".corridor-label.shown").first.wait_for(timeout=120_000)
    page.locator(harness.MAP_FRAME).element_handle().content_frame().wait_for_function(
        "() => window.map.corridor.pending() === 0", timeout=120_000
    )
    requests.clear()
    warm = navigate_in(page, url, paths)
    fetched = len([u for u in requests if "/layer-" in u or "/borders-" in u or "/labels-" in u])
    page.context.close()
    return cold, warm, fetched


def measure_size(
    browser,
    floor: Floor,
    factor: int,
    folder: Path,
    report: Report,
    repeat: int,
    sessions: int,
    baseline: dict,
    nav_pairs: int,
) -> None:
    from corridor.dataset import load_dataset

    budget = BUDGETS.get(factor)
    label = "today" if factor == 1 else f"{factor}x"
    print(f"app at {label} data size", flush=True)
    times = script_times(folder, repeat)
    notes = {"first": "main() inside AppTest; loads, validates and publishes the data once per process"}
    for step in ("first", "rerun", "toggle", "click"):
        report.add(f"{label}: script time, {step}", ms(times[step]), notes.get(step, "main() inside AppTest"))
    if factor == 1:
        app_run = apptest_run_time(harness.APP, repeat)
        report.add(
            f"{label}: AppTest rerun (whole run)", ms(app_run), f"{app_run / floor.apptest_run:.2f}x floor"
        )
    slowest = max(times["rerun"], times["toggle"], times["click"])
    if budget:
        report.check(
            f"{label}: script time per rerun <= {budget.script_ms:.0f} ms",
            slowest * 1000 <= budget.script_ms,
            f"rerun {ms(times['rerun'])}, toggle {ms(times['toggle'])}, click {ms(times['click'])}",
        )

    sizes = payload(folder)
    for name, size in sizes.items():
        report.add(f"{label}: payload, {name}", f"{size / KB:.1f} KB")
    arguments = max(sizes["all arguments"], sizes["all arguments, a port selected and flights off"])
    if factor == 1:
        baseline["arguments"] = arguments
    if budget and budget.payload is not None:
        report.check(
            f"{label}: rerun payload <= {budget.payload / KB:.0f} KB",
            arguments <= budget.payload,
            f"{arguments / KB:.1f} KB",
        )
    elif budget and "arguments" in baseline:
        drift = abs(arguments - baseline["arguments"])
        report.check(
            f"{label}: rerun payload within {budget.payload_drift / KB:.0f} KB of today's",
            drift <= budget.payload_drift,
            f"{arguments / KB:.1f} KB ({drift} bytes apart)",
        )

    dataset = load_dataset(folder)
    paths = sum(len(dataset.layers[layer.id].features) for layer in CORRIDOR_LAYERS)
    flights = len(dataset.layers["flights"].features)
    with harness.streamlit_server(geodata=None if factor == 1 else folder, timeout=300) as server:
        report.add(f"{label}: process start to /_stcore/health", ms(server.healthy_after))
        report.add(f"{label}: first script run finished (browser)", ms(first_script_run(browser, server.url)))
        cold, warm, fetched = cold_and_warm(browser, server.url, paths)
        report.add(f"{label}: first paint, cold browser cache", ms(cold), "until every layer is drawn")
        report.add(
            f"{label}: first paint, warm browser cache",
            ms(warm),
            f"{fetched} layer, basemap or labels files fetched again",
        )
        floor_nav, nav, ratios = paired_navigation(browser, floor, server.url, paths, nav_pairs)
        ratio = median(ratios)
        report.add(
            f"{label}: navigation until every layer drawn",
            ms(nav),
            f"{ratio:.2f}x floor ({ms(floor_nav)}), median of {len(ratios)} pairs,"
            f" {min(ratios):.2f}x to {max(ratios):.2f}x",
        )

        _, app = navigate_until_drawn(browser, server.url, paths, basemap=True)
        app.wait_for_still_view()
        app.mark_map()
        drawn, agreed = toggle_times(app, paths, flights, repeat)
        toggles = median(drawn)
        clicks = median(click_times(app, targets_at(dataset), repeat))
        kept = app.map_is_marked()
        report.add(f"{label}: toggle until drawn", ms(toggles), f"median of {repeat}, the legend's switch")
        report.add(
            f"{label}: toggle until the app agrees", ms(median(agreed)), "the rerun's state reaches the map"
        )
        report.add(f"{label}: click until panel", ms(clicks), f"{clicks / floor.click:.2f}x floor")
        report.add(f"{label}: map kept (never re-mounted)", "yes" if kept else "NO")
        if budget:
            report.check(
                f"{label}: navigation <= {budget.nav_ratio}x floor",
                ratio <= budget.nav_ratio,
                f"{ratio:.2f}x",
            )
            report.check(
                f"{label}: toggle until drawn <= {budget.toggle_ms:.0f} ms",
                toggles * 1000 <= budget.toggle_ms,
                ms(toggles),
            )
            report.check(
                f"{label}: click until panel <= {budget.click_ms:.0f} ms",
                clicks * 1000 <= budget.click_ms,
                ms(clicks),
            )
            report.check(
                f"{label}: warm first paint fetches no data file", fetched == 0, f"{fetched} fetched"
            )
        report.check(f"{label}: map never re-mounted by toggles and clicks", kept, "same Leaflet container")
        measure_memory(browser, server, app, paths, label, report, sessions, budget)
        app.page.context.close()
        if factor == 1:
            measure_time_and_route(browser, server, dataset, label, report, repeat, budget)


def measure_memory(
    browser,
    server,
    first: MapPage,
    paths: int,
    label: str,
    report: Report,
    sessions: int,
    budget: Budget | None,
) -> None:
    one = rss(server.pid)
    others = [navigate_until_drawn(browser, server.url, paths, basemap=True)[1] for _ in range(sessions - 1)]
    many = rss(server.pid)
    per_session = (many - one) / (sessions - 1) / MB
    report.add(f"{label}: server RSS, 1 session", f"{one / MB:.0f} MB")
    report.add(
        f"{label}: server RSS, {sessions} sessions",
        f"{many / MB:.0f} MB",
        f"{per_session:.2f} MB per extra session",
    )
    if budget:
        report.check(
            f"{label}: {sessions} sessions add <= {budget.session_mb:.0f} MB each",
            per_session <= budget.session_mb,
            f"{per_session:.2f} MB",
        )
    for other in others:
        other.page.context.close()


def measure_load(report: Report, sessions: int, seconds: float) -> None:
    """The bounded load run: ``sessions`` websocket sessions toggling and clicking for ``seconds``."""
    print(f"load run: {sessions} sessions for {seconds:.0f} s", flush=True)
    with harness.streamlit_server() as server:
        result = load_run(server.url, sessions, seconds)
    for name, value in summary(result).items():
        report.add(f"load, {sessions} sessions: {name}", value)
    for error in result.errors[:5]:
        print(f"  {error}", flush=True)
    median_ms = statistics.median(result.reruns) * 1000 if result.reruns else float("inf")
    report.check(
        f"load: >= {LOAD_MIN_RERUNS_PER_SECOND} reruns a second",
        result.reruns_per_second >= LOAD_MIN_RERUNS_PER_SECOND,
        f"{result.reruns_per_second:.1f}",
    )
    report.check(
        f"load: rerun median <= {LOAD_MAX_MEDIAN_MS} ms with {sessions} sessions",
        median_ms <= LOAD_MAX_MEDIAN_MS,
        f"{median_ms:.0f} ms",
    )
    report.check("load: no errors", not result.errors, f"{len(result.errors)} errors")


def run(sizes: list[int], repeat: int, sessions: int, load_seconds: float, nav_pairs: int) -> Report:
    report = Report()
    work = Path(tempfile.mkdtemp(prefix="corridor-bench-"))
    baseline: dict = {}
    with sync_playwright() as playwright, harness.streamlit_server(FLOOR_APP) as floor_server:
        browser = harness.launch_browser(playwright, OFFLINE_ARGS)
        floor = measure_floor(browser, floor_server, report, repeat)
        for factor in sizes:
            folder = GEODATA_DIR if factor == 1 else grow(GEODATA_DIR, work / f"geodata-x{factor}", factor)
            measure_size(browser, floor, factor, folder, report, repeat, sessions, baseline, nav_pairs)
        browser.close()
    if load_seconds > 0:
        measure_load(report, sessions, load_seconds)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1,10,100", help="data sizes to measure, as factors of today's")
    parser.add_argument(
        "--repeat", type=int, default=5, help="repetitions per timed step (medians are shown)"
    )
    parser.add_argument(
        "--sessions", type=int, default=20, help="concurrent sessions for the memory figure and the load run"
    )
    parser.add_argument("--load-seconds", type=float, default=60, help="length of the load run (0 skips it)")
    parser.add_argument(
        "--nav-pairs",
        type=int,
        default=11,
        help="floor/app navigation pairs: a whole page load is the noisiest figure, so it takes more",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    report = run(sizes, args.repeat, args.sessions, args.load_seconds, args.nav_pairs)
    table = report.markdown()
    print()
    print(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(table + "\n", encoding="utf-8")
    return 0 if all(ok for _, ok, _ in report.budgets) else 1


if __name__ == "__main__":
    sys.exit(main())
