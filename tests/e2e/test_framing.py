"""Where the map looks: zooming on a phone, routes and selections framed clear of what lies over the map.

Everything is measured in the browser: the legend (open or closed), the zoom
buttons, the attribution, an open sidebar and the phone's panel sheet, as
they are drawn.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import PANEL_HEADING, TIMEOUT_MS
from tests.e2e.helpers import PHONE, WIDE, open_offline, wait_for_param
from tests.e2e.measure import (
    BRING_LINE_JS,
    MARKS_JS,
    MIDDLE_JS,
    ROUTE_BOX_JS,
    VISIBLE_POINT_JS,
    assert_clear,
    feature_box,
    overlaps,
    search_pick,
)


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
        app.frame.locator(".corridor-legend > details > summary").click()
        legend = app.frame.locator(".corridor-legend")
        expect(legend.locator(":scope > details")).to_have_attribute("open", "")
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


def test_a_tooltip_beside_the_open_legend_is_not_under_it(browser, server):
    app = open_offline(browser, server, PHONE)
    try:
        app.frame.locator(".corridor-legend > details > summary").click()
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


# A tooltip opened to the left of a point 6 px from the map's left edge, as a line's tooltip
# follows the pointer there: its box and the map's, left and right, in the frame's pixels.
EDGE_TOOLTIP_JS = """
() => {
  const map = window.map;
  const tip = L.tooltip({direction: 'left', offset: [-12, 0]})
    .setLatLng(map.containerPointToLatLng([6, map.getSize().y / 2]))
    .setContent('Baku - Tbilisi - Ceyhan oil pipeline (operating)')
    .addTo(map);
  const r = tip.getElement().getBoundingClientRect();
  const box = map.getContainer().getBoundingClientRect();
  map.removeLayer(tip);
  return [[r.left, r.right], [box.left, box.right]];
}
"""


def test_a_tooltip_at_the_maps_edge_stays_inside_the_map(browser, server):
    app = open_offline(browser, server, PHONE)
    try:
        app.wait_for_still_view()
        (left, right), (map_left, map_right) = app.content_frame().evaluate(EDGE_TOOLTIP_JS)
        assert left >= map_left, (left, map_left)
        assert right <= map_right, (right, map_right)
    finally:
        app.page.context.close()
