"""The page survives its server: a restart under an open page brings back the sidebar, the selection and the address."""

from __future__ import annotations

from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import TIMEOUT_MS, MapPage

SIDEBAR_CONTROLS = '[data-testid="stSidebar"] [data-testid="stButton"]'


def session(app: MapPage) -> str | None:
    return app.content_frame().evaluate("() => window.map.corridor.session()")


def test_a_server_restart_brings_back_the_sidebar_and_the_selection(browser):
    port = harness.free_port()
    page, traffic = harness.offline_page(browser)
    app = MapPage(page, traffic)
    try:
        with harness.streamlit_server(port=port) as server:
            app.open(server.url)
            expect(page.locator(SIDEBAR_CONTROLS)).to_have_count(1, timeout=TIMEOUT_MS)
            app.click_feature("port-aktau")
            app.wait_for_panel("Aktau")
            first = session(app)
            address = page.evaluate("() => location.href")
            assert "select=port-aktau" in address
        with harness.streamlit_server(port=port):
            # The page reconnects by itself and the new session's state reaches the map.
            app.content_frame().wait_for_function(
                "(first) => window.map.corridor.session() !== first", arg=first, timeout=TIMEOUT_MS
            )
            expect(page.locator(SIDEBAR_CONTROLS)).to_have_count(1, timeout=TIMEOUT_MS)
            app.wait_for_panel("Aktau")
            assert page.evaluate("() => location.href") == address
            # The next switch keeps both: the new session knows the map is drawn.
            app.switch_layer("Flight routes")
            page.wait_for_function(
                "() => new URL(location.href).searchParams.get('layers') === 'energy,sea,fibre,rail,ports'",
                timeout=TIMEOUT_MS,
            )
            expect(page.locator(SIDEBAR_CONTROLS)).to_have_count(1, timeout=TIMEOUT_MS)
            app.wait_for_panel("Aktau")
            assert "select=port-aktau" in page.evaluate("() => location.href")
            assert traffic.page_errors == []
    finally:
        page.context.close()
