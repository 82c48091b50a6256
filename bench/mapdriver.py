"""Drive the map page in the browser like a person: look, toggle, click, read."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import expect

from bench import harness
from corridor.layout import PANEL_CLASS

TIMEOUT_MS = 30_000
# The open panel's heading: the overview's title or the feature's name.
PANEL_HEADING = f".{PANEL_CLASS} h1"


@dataclass
class MapPage:
    """The app's page in the browser, and what it has asked the network for."""

    page: object
    traffic: harness.Traffic

    @property
    def frame(self):
        return self.page.frame_locator(harness.MAP_FRAME)

    def content_frame(self):
        return self.page.locator(harness.MAP_FRAME).element_handle().content_frame()

    def open(self, url: str) -> MapPage:
        self.page.goto(url)
        self.frame.locator(".leaflet-container").wait_for(timeout=TIMEOUT_MS)
        self.frame.locator(".leaflet-overlay-pane path.leaflet-interactive").first.wait_for(
            timeout=TIMEOUT_MS
        )
        self.wait_for_still_view()
        return self

    def wait_for_still_view(self) -> None:
        """Wait until the map has stopped moving (fitBounds and layout settle)."""
        frame = self.content_frame()
        frame.wait_for_function(
            """() => {
                const m = window.map; if (!m) return false;
                const key = JSON.stringify([m.getCenter(), m.getZoom(), m.getSize()]);
                const same = window.__lastView === key; window.__lastView = key;
                return same && !m._animatingZoom;
            }""",
            polling=150,
            timeout=TIMEOUT_MS,
        )

    def path_counts(self) -> dict[str, int]:
        return self.content_frame().evaluate(harness.COUNT_PATHS_JS)

    def wait_for_counts(self, predicate, what: str) -> dict[str, int]:
        harness.wait_until(lambda: predicate(self.path_counts()), 15, what)
        return self.path_counts()

    def locate_feature(self, feature_id: str) -> tuple[float, float]:
        """Where on the page the feature is drawn on top, zooming in as a person would if it is hidden."""
        for _ in range(4):
            self.wait_for_still_view()
            point = self.content_frame().evaluate(harness.FIND_FEATURE_JS, feature_id)
            if point is not None:
                box = self.page.locator(harness.MAP_FRAME).bounding_box()
                return box["x"] + point[0], box["y"] + point[1]
            self.content_frame().evaluate(harness.ZOOM_TO_FEATURE_JS, feature_id)
        raise AssertionError(f"{feature_id} is not on top anywhere on the map")

    def open_sidebar(self):
        """Open the sidebar (closed when the page opens: the map comes first); return it."""
        sidebar = self.page.locator('[data-testid="stSidebar"]')
        if sidebar.get_attribute("data-collapsed") != "false":
            self.page.locator('[data-testid="stExpandSidebarButton"]').click()
        expect(sidebar).to_have_attribute("data-collapsed", "false", timeout=TIMEOUT_MS)
        expect(sidebar.locator('[data-testid="stButton"]').first).to_be_in_viewport(timeout=TIMEOUT_MS)
        return sidebar

    @property
    def panel(self):
        return self.page.locator(f".{PANEL_CLASS}")

    def layer_switch(self, name: str):
        """The legend's switch for the layer titled ``name``."""
        return self.frame.locator(".corridor-legend label.corridor-switch", has_text=name)

    def switch_layer(self, name: str) -> None:
        self.layer_switch(name).click()

    def status_switch(self, name: str):
        """The legend's switch for the status labelled ``name``."""
        return self.frame.locator(
            ".corridor-legend label.corridor-switch:has(input[data-status])", has_text=name
        )

    def country_switch(self, name: str):
        """The legend's switch for the country ``name``, its list opened first."""
        countries = self.frame.locator(".corridor-legend details.corridor-countries")
        if countries.get_attribute("open") is None:
            countries.locator("summary").click()
        return countries.locator("label.corridor-switch", has_text=name)

    def click_feature(self, feature_id: str) -> None:
        self.page.mouse.click(*self.locate_feature(feature_id))

    def panel_title(self) -> str:
        return self.page.locator(PANEL_HEADING).first.inner_text()

    def wait_for_panel(self, title: str) -> None:
        self.page.locator(PANEL_HEADING, has_text=title).first.wait_for(timeout=TIMEOUT_MS)

    def panel_text(self) -> str:
        return self.page.locator('[data-testid="stMainBlockContainer"]').inner_text()

    def mark_map(self) -> None:
        """Tag the live Leaflet map; a re-mounted map loses the tag."""
        self.content_frame().evaluate("() => { window.map.getContainer().dataset.mark = 'kept'; }")

    def map_is_marked(self) -> bool:
        return self.content_frame().evaluate(
            "() => !!window.map && window.map.getContainer().dataset.mark === 'kept'"
        )

    def view(self):
        return self.content_frame().evaluate(
            "() => { const c = window.map.getCenter(); return [c.lat, c.lng, window.map.getZoom()]; }"
        )
