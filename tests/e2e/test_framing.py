"""Where the map looks: zooming on a phone, routes and selections framed clear of what lies over the map.

Everything is measured in the browser: the legend (open or closed), the zoom
buttons, the attribution, an open sidebar and the phone's panel sheet, as
they are drawn.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import PANEL_HEADING, TIMEOUT_MS, MapPage
from tests.e2e.helpers import PHONE, WIDE, open_offline, wait_for_param

# Runs inside the map's frame. What lies over the map, as boxes in the map's
# pixels: its controls (the legend among them), and the page's sidebar and
# panel where they overlap the frame (the phone's sheet is the panel).
COVERS_JS = """
() => {
  const map = window.map;
  const box = map.getContainer().getBoundingClientRect();
  const frame = window.frameElement.getBoundingClientRect();
  const inMap = (r, dx, dy) => ({left: r.left - dx, top: r.top - dy, right: r.right - dx, bottom: r.bottom - dy});
  const covers = {};
  document.querySelectorAll('.leaflet-control').forEach((el, i) => {
    const r = el.getBoundingClientRect();
    if (r.width && r.height) covers[el.className.split(' ').pop() + i] = inMap(r, box.left, box.top);
  });
  const page = window.parent;
  const sidebar = page.document.querySelector('[data-testid="stSidebar"]');
  if (sidebar && page.getComputedStyle(sidebar).visibility !== 'hidden') {
    covers.sidebar = inMap(sidebar.getBoundingClientRect(), frame.left + box.left, frame.top + box.top);
  }
  covers.panel = inMap(page.document.querySelector('.st-key-corridor-panel').getBoundingClientRect(),
    frame.left + box.left, frame.top + box.top);
  const size = map.getSize();
  return {covers, size: [size.x, size.y]};
}
"""
# A feature's box in the map's pixels: its bounds projected, with room for a point's mark.
FEATURE_BOX_JS = """
(id) => {
  const map = window.map;
  let found = null;
  map.eachLayer((layer) => {
    if (layer.feature && layer.feature.properties.id === id && layer.feature.geometry) {
      const b = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng(), layer.getLatLng()]);
      const nw = map.latLngToContainerPoint(b.getNorthWest());
      const se = map.latLngToContainerPoint(b.getSouthEast());
      found = {left: nw.x - 6, top: nw.y - 6, right: se.x + 6, bottom: se.y + 6};
    }
  });
  return found;
}
"""
# The drawn route's box in the map's pixels.
ROUTE_BOX_JS = """
() => {
  const box = window.map.getContainer().getBoundingClientRect();
  const rects = [...document.querySelectorAll('.leaflet-corridor-route-pane path')].map((p) => p.getBoundingClientRect());
  return {left: Math.min(...rects.map((r) => r.left)) - box.left, top: Math.min(...rects.map((r) => r.top)) - box.top,
          right: Math.max(...rects.map((r) => r.right)) - box.left, bottom: Math.max(...rects.map((r) => r.bottom)) - box.top};
}
"""
# Each mark's drawn box (its shape's), in the map's pixels.
MARKS_JS = """
(ids) => {
  const map = window.map;
  const box = map.getContainer().getBoundingClientRect();
  const found = {};
  map.eachLayer((layer) => {
    if (layer.feature && ids.includes(layer.feature.properties.id) && layer.getElement && layer.getElement()) {
      const r = layer.getElement().getBoundingClientRect();
      found[layer.feature.properties.id] = {left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top};
    }
  });
  return found;
}
"""
# The container's pixel at the middle of the part of the map in view (above the phone's sheet),
# and the place there.
MIDDLE_JS = """
() => {
  const map = window.map;
  const frame = window.frameElement.getBoundingClientRect();
  const box = map.getContainer().getBoundingClientRect();
  const sheet = window.parent.document.querySelector('.st-key-corridor-panel').getBoundingClientRect();
  const bottom = Math.min(map.getSize().y, sheet.top - frame.top - box.top);
  const point = L.point(map.getSize().x / 2, bottom / 2);
  const place = map.containerPointToLatLng(point);
  return {x: point.x, y: point.y, lat: place.lat, lng: place.lng, zoom: map.getZoom(), visible: [map.getSize().x, bottom]};
}
"""

# Where on the page a line is drawn on top, above the phone's sheet and clear of the controls.
VISIBLE_POINT_JS = """
(id) => {
  const map = window.map;
  const frame = window.frameElement.getBoundingClientRect();
  const box = map.getContainer().getBoundingClientRect();
  const bottom = box.bottom - (parseFloat(map.getContainer().style.getPropertyValue('--corridor-covered')) || 0) - 30;
  let found = null;
  map.eachLayer((layer) => {
    if (found || !layer.feature || layer.feature.properties.id !== id || !layer.getLatLngs) return;
    const points = layer.getLatLngs().flat(Infinity).map((p) => map.latLngToContainerPoint(p));
    for (let i = 1; i < points.length && !found; i++) {
      for (let t = 0; t < 1 && !found; t += 0.1) {
        const x = points[i - 1].x + (points[i].x - points[i - 1].x) * t + box.left;
        const y = points[i - 1].y + (points[i].y - points[i - 1].y) * t + box.top;
        if (x > 60 && x < box.right - 20 && y > 20 && y < bottom && document.elementFromPoint(x, y) === layer.getElement()) {
          found = [x + frame.left, y + frame.top];
        }
      }
    }
  });
  return found;
}
"""


def overlaps(a: dict, b: dict) -> bool:
    return (
        a["left"] < b["right"]
        and a["right"] > b["left"]
        and a["top"] < b["bottom"]
        and a["bottom"] > b["top"]
    )


def assert_clear(app: MapPage, box: dict, what: str) -> None:
    """``box`` lies inside the map and clear of everything over it."""
    measured = app.content_frame().evaluate(COVERS_JS)
    width, height = measured["size"]
    inside = box["left"] >= 0, box["top"] >= 0, box["right"] <= width, box["bottom"] <= height
    assert all(inside), (what, box, measured["size"])
    hidden = {name: rect for name, rect in measured["covers"].items() if overlaps(box, rect)}
    assert not hidden, (what, box, hidden)


def feature_box(app: MapPage, feature_id: str) -> dict:
    app.wait_for_still_view()
    box = app.content_frame().evaluate(FEATURE_BOX_JS, feature_id)
    assert box is not None, feature_id
    return box


def search_pick(app: MapPage, query: str, name: str) -> None:
    box = app.panel.locator('[data-testid="stTextInput"] input')
    box.fill(query)
    box.press("Enter")
    app.panel.get_by_role("button", name=name).first.click()


def test_the_zoom_buttons_on_a_phone_zoom_around_the_middle_of_the_map_in_view(browser, server):
    app = open_offline(browser, server, PHONE)
    try:
        container = app.frame.locator(".leaflet-container")
        # The buttons, then the keys (on the focused map), as Leaflet's keyboard handler takes them.
        for zoom in (
            app.frame.locator(".leaflet-control-zoom-in").click,
            app.frame.locator(".leaflet-control-zoom-in").click,
            app.frame.locator(".leaflet-control-zoom-out").click,
            lambda: container.press("NumpadAdd"),
            lambda: container.press("NumpadSubtract"),
        ):
            before = app.content_frame().evaluate(MIDDLE_JS)
            zoom()
            app.content_frame().wait_for_function(
                "(zoom) => window.map.getZoom() !== zoom", arg=before["zoom"]
            )
            app.wait_for_still_view()
            after = app.content_frame().evaluate(MIDDLE_JS)
            # The place that was in the middle of the map in view is still there, within a few pixels.
            moved = app.content_frame().evaluate(
                "([lat, lng]) => window.map.latLngToContainerPoint([lat, lng])",
                [before["lat"], before["lng"]],
            )
            assert abs(moved["x"] - after["x"]) < 4, (before, after, moved)
            assert abs(moved["y"] - after["y"]) < 4, (before, after, moved)
    finally:
        app.page.context.close()


def test_the_route_view_on_a_phone_holds_both_gateways_to_china_and_the_route_clear(browser, server):
    app = open_offline(browser, server, PHONE, "?route=gateway-khorgos..port-poti")
    try:
        app.frame.locator(".leaflet-corridor-route-pane path").first.wait_for(
            state="attached", timeout=TIMEOUT_MS
        )
        app.wait_for_still_view()
        marks = app.content_frame().evaluate(MARKS_JS, ["gateway-khorgos", "gateway-dostyk", "port-poti"])
        assert set(marks) == {"gateway-khorgos", "gateway-dostyk", "port-poti"}
        for name, box in marks.items():
            assert_clear(app, box, name)
        assert_clear(app, app.content_frame().evaluate(ROUTE_BOX_JS), "the route")
    finally:
        app.page.context.close()


def test_the_open_legend_on_a_phone_covers_at_most_a_third_of_the_map_in_view(browser, server):
    app = open_offline(browser, server, PHONE)
    try:
        app.frame.locator(".corridor-legend summary").click()
        legend = app.frame.locator(".corridor-legend")
        expect(legend.locator("details")).to_have_attribute("open", "")
        expect(app.layer_switch("Flight routes")).to_be_attached()
        area = app.content_frame().evaluate(
            """() => {
              const r = document.querySelector('.corridor-legend').getBoundingClientRect();
              return r.width * r.height;
            }"""
        )
        visible = app.content_frame().evaluate(MIDDLE_JS)["visible"]
        assert area <= visible[0] * visible[1] / 3, (area, visible)
        # What does not fit scrolls within the legend: its last switch can be reached.
        app.layer_switch("Flight routes").scroll_into_view_if_needed()
        expect(app.layer_switch("Flight routes")).to_be_in_viewport()
    finally:
        app.page.context.close()


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide", "phone"])
def test_a_click_frames_the_feature_clear_of_the_legend_and_the_sheet(browser, server, viewport):
    app = open_offline(browser, server, viewport)
    try:
        # At the first view on a wide screen the Baku - Almaty flight reaches under
        # the legend; on a phone the map is moved so that it reaches under the sheet.
        if viewport is PHONE:
            app.content_frame().evaluate("() => window.map.panBy([0, -170], {animate: false})")
        app.wait_for_still_view()
        app.page.mouse.click(*app.content_frame().evaluate(VISIBLE_POINT_JS, "flight-gyd-ala"))
        app.wait_for_panel("Baku - Almaty")
        assert_clear(app, feature_box(app, "flight-gyd-ala"), "Baku - Almaty")
    finally:
        app.page.context.close()


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide-sidebar-open", "phone"])
def test_a_search_pick_frames_the_feature_clear(browser, server, viewport):
    app = open_offline(browser, server, viewport)
    try:
        if viewport is WIDE:
            app.open_sidebar()
            app.wait_for_still_view()
        for query, title, feature_id in (
            ("Baku - Almaty", "Baku - Almaty", "flight-gyd-ala"),
            ("BTK", "Baku - Tbilisi - Kars railway", "rail-btk"),
        ):
            search_pick(app, query, title)
            app.wait_for_panel(title)
            wait_for_param(app, "select", feature_id)
            app.content_frame().wait_for_function("() => window.parent.location.search.includes('view=')")
            assert_clear(app, feature_box(app, feature_id), title)
    finally:
        app.page.context.close()


def test_a_route_picked_with_the_sidebar_open_is_framed_clear(browser, server):
    app = open_offline(browser, server, WIDE)
    try:
        app.open_sidebar()
        app.page.get_by_text("Route explorer", exact=False).first.click()
        for label, typed, place in (("From", "Baku", "Baku · Rail station"), ("To", "Zhetygen", "Zhetygen")):
            app.panel.get_by_role("combobox", name=label).click()
            app.page.keyboard.type(typed)
            app.page.get_by_role("option", name=place).first.click()
        app.frame.locator(".leaflet-corridor-route-pane path").first.wait_for(
            state="attached", timeout=TIMEOUT_MS
        )
        app.wait_for_still_view()
        assert_clear(app, app.content_frame().evaluate(ROUTE_BOX_JS), "Baku - Zhetygen (Almaty)")
    finally:
        app.page.context.close()


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide", "phone"])
def test_a_station_picked_in_the_search_is_marked_on_its_framed_line(browser, server, viewport):
    app = open_offline(browser, server, viewport)
    try:
        search_pick(app, "Aktogay", "Aktogay station")
        app.wait_for_panel("Dostyk - Moyinty - Zhezkazgan line")
        mark = app.frame.get_by_role("img", name="Aktogay")
        expect(mark).to_be_visible(timeout=TIMEOUT_MS)
        expect(mark).to_contain_text("Aktogay")
        assert_clear(app, feature_box(app, "rail-kz-dostyk-zhezkazgan"), "the line")
        # A feature opened otherwise takes the mark away.
        app.click_feature("port-aktau")
        app.wait_for_panel("Aktau sea port")
        expect(app.frame.locator(".corridor-station")).to_have_count(0)
    finally:
        app.page.context.close()


def test_a_table_pick_brings_the_map_and_the_panel_heading_into_view(browser, server):
    app = open_offline(browser, server, WIDE)
    try:
        app.page.get_by_text("Show the table of features and the downloads").click()
        table = app.page.locator('[data-testid="stDataFrame"]')
        table.wait_for(timeout=TIMEOUT_MS)
        table.scroll_into_view_if_needed()
        expect(app.page.locator(harness.MAP_FRAME)).not_to_be_in_viewport(ratio=0.9)
        box = table.bounding_box()
        # The grid is drawn on a canvas: the first column holds the row pickers, under a 35 px header.
        app.page.mouse.click(box["x"] + 16, box["y"] + 35 + 35 * 1 + 17)
        app.wait_for_panel("Kuryk port")
        expect(app.page.locator(harness.MAP_FRAME)).to_be_in_viewport(ratio=0.9, timeout=TIMEOUT_MS)
        expect(app.page.locator(PANEL_HEADING).first).to_be_in_viewport(timeout=TIMEOUT_MS)
        assert_clear(app, feature_box(app, "port-kuryk"), "Kuryk")
    finally:
        app.page.context.close()


# Moves the map so that a point of a line where it is drawn on top lies at (x, y) in the map's
# pixels; returns that point on the page.
BRING_LINE_JS = """
([id, x, y]) => {
  const map = window.map;
  let line = null;
  map.eachLayer((layer) => {
    if (layer.feature && layer.feature.properties.id === id && layer.getLatLngs) line = layer;
  });
  const points = line.getLatLngs().flat(Infinity);
  const frame = window.frameElement.getBoundingClientRect();
  const box = map.getContainer().getBoundingClientRect();
  map.setView(line.getBounds().getCenter(), 6, {animate: false});
  for (let k = 1; k < 10 * (points.length - 1); k++) {
    const i = Math.floor(k / 10) + 1, t = (k % 10) / 10;
    const place = L.latLng(points[i - 1].lat + (points[i].lat - points[i - 1].lat) * t,
      points[i - 1].lng + (points[i].lng - points[i - 1].lng) * t);
    const at = map.latLngToContainerPoint(place);
    map.panBy([at.x - x, at.y - y], {animate: false});
    const now = map.latLngToContainerPoint(place);
    if (document.elementFromPoint(box.left + now.x, box.top + now.y) === line.getElement()) {
      return [frame.left + box.left + now.x, frame.top + box.top + now.y];
    }
  }
  return null;
}
"""


def test_a_tooltip_beside_the_open_legend_is_not_under_it(browser, server):
    app = open_offline(browser, server, PHONE)
    try:
        app.frame.locator(".corridor-legend summary").click()
        expect(app.layer_switch("Rail links")).to_be_visible()
        legend = app.frame.locator(".corridor-legend").bounding_box()
        frame = app.page.locator(harness.MAP_FRAME).bounding_box()
        # The fibre line's middle a little left of the legend, level with its middle:
        # its tooltip opens to the right, towards the legend.
        x, y = legend["x"] - frame["x"] - 50, legend["y"] - frame["y"] + legend["height"] / 2
        point = app.content_frame().evaluate(BRING_LINE_JS, ["fibre-sumgayit-aktau", x, y])
        app.page.mouse.move(*point)
        tooltip = app.frame.locator(".leaflet-tooltip")
        expect(tooltip).to_contain_text("fibre-optic")
        tip = tooltip.bounding_box()
        legend = app.frame.locator(".corridor-legend").bounding_box()
        assert not overlaps(
            {
                "left": tip["x"],
                "top": tip["y"],
                "right": tip["x"] + tip["width"],
                "bottom": tip["y"] + tip["height"],
            },
            {
                "left": legend["x"],
                "top": legend["y"],
                "right": legend["x"] + legend["width"],
                "bottom": legend["y"] + legend["height"],
            },
        ), (tip, legend)
    finally:
        app.page.context.close()
