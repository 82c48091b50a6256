"""Each data size measured against the floor, and the load run, with the budgets each figure must meet."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench import harness
from bench.inbrowser import (
    TIMED_QUERY,
    TIMED_YEAR,
    bench_page,
    click_times,
    first_script_run,
    floor_click_times,
    language_times,
    navigate_in,
    navigate_until_drawn,
    targets_at,
    toggle_times,
    year_times,
)
from bench.inprocess import apptest_run_time, payload, script_times
from bench.load import load_run, summary
from bench.mapdriver import MapPage
from bench.report import (
    BUDGETS,
    KB,
    LOAD_MAX_MEDIAN_MS,
    LOAD_MIN_RERUNS_PER_SECOND,
    MB,
    Budget,
    Report,
    median,
    ms,
)
from corridor.layers import CORRIDOR_LAYERS
from corridor.paths import PROJECT_DIR
from corridor.timeline import HIDDEN

FLOOR_APP = PROJECT_DIR / "bench" / "floor_app.py"


def measure_time_and_route(
    browser, server: harness.Server, dataset, label: str, report: Report, repeat: int, budget: Budget | None
) -> None:
    """Clicks with a year chosen and a route drawn, the slider's own speed, and switching language."""
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
    switches = language_times(app, repeat)
    kept = app.map_is_marked()
    report.add(
        f"{label}: click until panel, year {TIMED_YEAR} and a route drawn", ms(clicks), f"median of {repeat}"
    )
    report.add(
        f"{label}: year slider until the map shows the year", ms(years), f"median of {repeat}, arrow keys"
    )
    report.add(
        f"{label}: language switch until the map speaks it",
        ms(median(switches)),
        f"median of {len(switches)}, through every language",
    )
    if budget:
        report.check(
            f"{label}: click until panel with a year and a route <= {budget.click_ms:.0f} ms",
            clicks * 1000 <= budget.click_ms,
            ms(clicks),
        )
        report.check(
            f"{label}: language switch <= {budget.click_ms:.0f} ms (the click budget)",
            median(switches) * 1000 <= budget.click_ms,
            ms(median(switches)),
        )
    report.check(
        f"{label}: map never re-mounted by the slider or the language", kept, "same Leaflet container"
    )
    app.page.context.close()


def rss(pid: int) -> int:
    process = psutil.Process(pid)
    return process.memory_info().rss + sum(c.memory_info().rss for c in process.children(recursive=True))


@dataclass
class Floor:
    """The floor, a page with one st_folium map and one marker: its address, a click's time and an AppTest run's."""

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
