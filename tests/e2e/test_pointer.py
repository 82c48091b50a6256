"""The feature under the pointer: the nearest mark, a chooser of the near ones, tooltips beside their marks.

A click opens the nearest mark, a chooser lists marks about as near, and a point's tooltip sits beside
its mark, never over it.

At the first view Poti, Anaklia and Batumi overlap, and so do Aktau and Kuryk: the mark drawn on
top must not win over the one the reader pointed at. Every position is worked out from the map.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import TIMEOUT_MS, MapPage
from tests.e2e.helpers import PHONE, WIDE, open_offline, wait_for_param

# Runs inside the map's frame: the container point of each feature's mark, and its drawn box.
MARKS_JS = """
(ids) => {
  const map = window.map;
  const found = {};
  map.eachLayer((layer) => {
    if (layer.feature && ids.includes(layer.feature.properties.id) && layer.getLatLng && layer._path) {
      const p = map.latLngToContainerPoint(layer.getLatLng());
      const r = layer._path.getBoundingClientRect();
      found[layer.feature.properties.id] = {
        x: p.x, y: p.y, box: {left: r.left, top: r.top, right: r.right, bottom: r.bottom},
      };
    }
  });
  return found;
}
"""

CHOOSER = ".corridor-chooser [role=dialog]"


def marks(app: MapPage, *ids: str) -> dict:
    found = app.content_frame().evaluate(MARKS_JS, list(ids))
    assert set(found) == set(ids), f"not all drawn: {sorted(found)}"
    return found


def click_at(app: MapPage, x: float, y: float) -> None:
    """Click the map's container point (x, y)."""
    frame = app.page.locator(harness.MAP_FRAME).bounding_box()
    app.page.mouse.click(frame["x"] + x, frame["y"] + y)


@pytest.fixture
def open_page(browser, server):
    pages = []

    def opener(viewport) -> MapPage:
        app = open_offline(browser, server, viewport)
        pages.append(app)
        return app

    yield opener
    for app in pages:
        app.page.context.close()


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide", "phone"])
@pytest.mark.parametrize(
    ("feature_id", "neighbour", "title"),
    [("port-poti", "port-anaklia", "Poti sea port"), ("port-aktau", "port-kuryk", "Aktau sea port")],
)
def test_a_click_on_a_mark_opens_it_not_the_one_drawn_over_it(
    open_page, viewport, feature_id, neighbour, title
):
    app = open_page(viewport)
    found = marks(app, feature_id, neighbour)
    click_at(app, found[feature_id]["x"], found[feature_id]["y"])
    wait_for_param(app, "select", feature_id)
    app.wait_for_panel(title)
    expect(app.frame.locator(CHOOSER)).to_have_count(0)


def test_a_click_between_overlapping_marks_offers_a_chooser(open_page):
    app = open_page(WIDE)
    found = marks(app, "port-poti", "port-anaklia")
    poti, anaklia = found["port-poti"], found["port-anaklia"]
    between = ((poti["x"] + anaklia["x"]) / 2, (poti["y"] + anaklia["y"]) / 2)

    click_at(app, *between)
    chooser = app.frame.locator(CHOOSER)
    expect(chooser).to_be_visible(timeout=TIMEOUT_MS)
    expect(chooser).to_have_accessible_name("Several places here. Which one?")
    choices = chooser.get_by_role("button")
    texts = choices.all_inner_texts()
    assert "Poti sea port" in texts, texts
    assert "Anaklia deep-sea port" in texts, texts
    # Keyboard first: the first choice has the focus, Esc closes the chooser and selects nothing.
    expect(choices.first).to_be_focused()
    app.page.keyboard.press("Escape")
    expect(chooser).to_have_count(0)
    assert "select=" not in app.page.url

    # A click elsewhere closes it too, and only closes it.
    click_at(app, *between)
    expect(chooser).to_be_visible(timeout=TIMEOUT_MS)
    click_at(app, between[0] + 200, between[1] + 120)
    expect(chooser).to_have_count(0)
    assert "select=" not in app.page.url

    # Picking a name selects it as a click on its mark would.
    click_at(app, *between)
    chooser.get_by_role("button", name="Anaklia deep-sea port").click()
    wait_for_param(app, "select", "port-anaklia")
    app.wait_for_panel("Anaklia deep-sea port")
    expect(chooser).to_have_count(0)

    # And with the keyboard: the arrow keys move through the names, Enter picks one.
    click_at(app, *between)
    expect(chooser).to_be_visible(timeout=TIMEOUT_MS)
    app.page.keyboard.press("ArrowDown")
    picked = chooser.get_by_role("button").nth(1)
    expect(picked).to_be_focused()
    name = picked.inner_text()
    app.page.keyboard.press("Enter")
    expected = {"Poti sea port": "port-poti", "Anaklia deep-sea port": "port-anaklia"}.get(name)
    assert expected, f"unexpected second choice {name!r}"
    wait_for_param(app, "select", expected)
    app.wait_for_panel(name)


@pytest.mark.parametrize("feature_id", ["port-aktau", "port-poti", "gateway-khorgos"])
def test_a_points_tooltip_sits_beside_its_mark(open_page, feature_id):
    app = open_page(WIDE)
    mark = marks(app, feature_id)[feature_id]
    frame = app.page.locator(harness.MAP_FRAME).bounding_box()
    app.page.mouse.move(frame["x"] + mark["x"], frame["y"] + mark["y"])
    tooltip = app.frame.locator(".leaflet-tooltip")
    expect(tooltip).to_be_visible(timeout=TIMEOUT_MS)
    box = tooltip.evaluate(
        "(el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }"
    )
    shape = mark["box"]
    apart = (
        box[2] <= shape["left"]
        or box[0] >= shape["right"]
        or box[3] <= shape["top"]
        or box[1] >= shape["bottom"]
    )
    assert apart, f"the tooltip {box} covers the mark {shape}"
