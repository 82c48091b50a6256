"""Make the README's screenshot from the running app: ``python -m tests.e2e.screenshot``.

It starts the app on a free port, opens it in headless Chromium with the
network off, selects the Aktau port and saves the page. ``--lang ru`` makes
the Russian one (``docs/screenshot-ru.png``); ``--query`` adds to the link
(``--select '' --query route=gateway-khorgos..port-poti --out
docs/screenshot-route.png`` makes the route explorer's). ``--size phone``
opens it in a phone's window and ``--scheme dark`` in the dark colour scheme
(``docs/screenshot-phone.png``, ``docs/screenshot-dark.png``); ``--size a4
--print`` saves the whole page as an A4 printout shows it
(``docs/screenshot-print.png``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench import harness
from bench.mapdriver import MapPage
from corridor.dataset import load_dataset
from corridor.i18n import LANGUAGES, name_of
from corridor.paths import PROJECT_DIR
from tests.e2e.helpers import A4, PHONE

DEFAULT_OUT = PROJECT_DIR / "docs" / "screenshot.png"
SIZES = {"wide": {"width": 1400, "height": 860}, "phone": PHONE, "a4": A4}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help=f"default: {DEFAULT_OUT}, or -ru for Russian")
    parser.add_argument("--select", default="port-aktau", help="feature id to click first ('' for none)")
    parser.add_argument("--lang", default="en", choices=LANGUAGES)
    parser.add_argument(
        "--query", default="", help="more of the link, e.g. 'route=gateway-khorgos..port-poti'"
    )
    parser.add_argument("--size", default="wide", choices=SIZES, help="the window: wide or phone")
    parser.add_argument("--scheme", default="light", choices=("light", "dark"), help="the colour scheme")
    parser.add_argument("--print", action="store_true", help="as printed: the print styles, the whole page")
    args = parser.parse_args(argv)
    out = args.out or (DEFAULT_OUT if args.lang == "en" else DEFAULT_OUT.with_stem(f"screenshot-{args.lang}"))
    with harness.streamlit_server() as server, sync_playwright() as playwright:
        browser = harness.launch_browser(playwright)
        page, traffic = harness.offline_page(browser, SIZES[args.size])
        page.emulate_media(color_scheme=args.scheme)
        app = MapPage(page, traffic).open(f"{server.url}/?lang={args.lang}&{args.query}")
        if "route=" in args.query:
            route = app.frame.locator(".leaflet-corridor-route-pane path").first
            route.wait_for(state="attached", timeout=30_000)
            app.wait_for_still_view()
        if args.select:
            _, feature = load_dataset().feature(args.select)
            app.click_feature(args.select)
            app.wait_for_panel(name_of(feature["properties"], args.lang))
            app.wait_for_still_view()
        # The pointer leaves the map, so that no tooltip is left open where the click was.
        page.mouse.move(0, 0)
        app.frame.locator(".leaflet-tooltip").wait_for(state="hidden")
        out.parent.mkdir(parents=True, exist_ok=True)
        if args.print:
            page.emulate_media(media="print")
            app.frame.locator(".leaflet-control-zoom").wait_for(state="hidden")
        page.screenshot(path=out, full_page=args.print)
        browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
