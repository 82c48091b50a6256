"""Benchmark the app against the floor Streamlit and folium impose: ``python -m bench.run``.

Every browser figure is measured beside a minimal page (one ``st_folium`` map,
one marker) served and driven the same way, and is also given as a ratio to
it, because these machines are noisy. Prints a table and checks the budgets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench import harness
from bench.inbrowser import OFFLINE_ARGS
from bench.measure import FLOOR_APP, measure_floor, measure_load, measure_size
from bench.report import Report
from bench.synthetic import grow
from corridor.paths import GEODATA_DIR, PROJECT_DIR

RESULTS = PROJECT_DIR / "bench" / "results"


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
