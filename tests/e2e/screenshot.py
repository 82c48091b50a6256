"""Make the README's screenshot from the running app: ``python -m tests.e2e.screenshot``.

It starts the app on a free port, opens it in headless Chromium with the
network off, selects the Aktau port and saves the page.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from corridor.paths import PROJECT_DIR
from tests.e2e import harness
from tests.e2e.mapdriver import MapPage

DEFAULT_OUT = PROJECT_DIR / "docs" / "screenshot.png"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--select", default="port-aktau", help="feature id to click first ('' for none)")
    args = parser.parse_args(argv)
    with harness.streamlit_server() as server, sync_playwright() as playwright:
        browser = harness.launch_browser(playwright)
        page, traffic = harness.offline_page(browser, {"width": 1400, "height": 860})
        app = MapPage(page, traffic).open(server.url)
        if args.select:
            app.click_feature(args.select)
            app.wait_for_panel(args.select.split("-")[1].capitalize())
            app.wait_for_still_view()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.out)
        browser.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
