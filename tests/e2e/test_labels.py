"""Names by importance: the corridor's cities first, every route end named, and no name crossed by a line.

Natural Earth's rank alone named Omsk, Samara and Rudny at the first view and left Baku, Almaty and
Tbilisi unnamed; on a phone Hotan was named and Khorgos was not; lines crossed the Kuryk and Baku labels.
"""

from __future__ import annotations

import pytest

from bench import harness
from bench.mapdriver import TIMEOUT_MS
from tests.e2e.helpers import PHONE, WIDE, open_offline

CORRIDOR_CITIES = (
    "Baku",
    "Almaty",
    "Tbilisi",
    "Astana",
    "Tashkent",
    "Turkmenbashi",
    "Aktau",
    "Kuryk",
    "Kars",
)
KHORGOS = "Altynkol / Khorgos Gateway"

# Every shown label whose box a drawn line crosses while one of the places around its point (each of
# eight sides, close and a little further out: [side, above or below, corner] gaps in pixels, for a
# point's mark and for a city's dot) was inside the map and clear, by a margin, of the lines, the
# other labels, the marks and the controls. The lines are the map's own polylines, projected here.
CROSSED_WHERE_FREE_JS = """
(names) => {
  const map = window.map;
  const frame = map.getContainer().getBoundingClientRect();
  const size = map.getSize();
  const segments = [];
  const marks = [];
  const anchors = new Map();
  map.eachLayer((layer) => {
    if (layer instanceof L.Polyline && !(layer instanceof L.Polygon)) {
      const latlngs = layer.getLatLngs();
      (L.LineUtil.isFlat(latlngs) ? [latlngs] : latlngs).forEach((part) => {
        const points = part.map((latlng) => map.latLngToContainerPoint(latlng));
        for (let i = 0; i + 1 < points.length; i += 1) segments.push([points[i], points[i + 1]]);
      });
    } else if (layer instanceof L.CircleMarker && layer.feature) {
      const p = map.latLngToContainerPoint(layer.getLatLng());
      const r = layer.getRadius();
      marks.push({left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r});
    } else if (layer instanceof L.Marker && layer.getElement()) {
      const span = layer.getElement().querySelector('.corridor-label');
      if (span) anchors.set(span, map.latLngToContainerPoint(layer.getLatLng()));
    }
  });
  const local = (r) => ({left: r.left - frame.left, right: r.right - frame.left, top: r.top - frame.top, bottom: r.bottom - frame.top});
  const meets = (b, p, q) => {
    if (Math.max(p.x, q.x) < b.left || Math.min(p.x, q.x) > b.right || Math.max(p.y, q.y) < b.top || Math.min(p.y, q.y) > b.bottom) return false;
    const sides = [[b.left, b.top], [b.right, b.top], [b.left, b.bottom], [b.right, b.bottom]]
      .map(([x, y]) => Math.sign((q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x)));
    return !(sides.every((s) => s > 0) || sides.every((s) => s < 0));
  };
  const crossed = (b) => segments.some(([p, q]) => meets(b, p, q));
  const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  const shown = [...document.querySelectorAll('.corridor-label.shown')];
  const controls = [...map.getContainer().querySelectorAll('.leaflet-control')].map((c) => local(c.getBoundingClientRect()));
  const found = [];
  shown.filter((el) => names.includes(el.textContent)).forEach((el) => {
    const box = local(el.getBoundingClientRect());
    if (!crossed(box)) return;
    const p = anchors.get(el);
    const w = box.right - box.left;
    const h = box.bottom - box.top;
    const others = shown.filter((o) => o !== el).map((o) => local(o.getBoundingClientRect())).concat(controls, marks);
    const gaps = el.classList.contains('city') ? [[7, 4, 4], [16, 12, 11]] : [[11, 9, 7], [22, 18, 15]];
    const m = 3;
    const free = gaps.some(([side, vertical, corner]) => [[0, -0.5, side, 0], [-1, -0.5, -side, 0],
        [-0.5, -1, 0, -vertical], [-0.5, 0, 0, vertical], [0, -1, corner, -corner], [0, 0, corner, corner],
        [-1, -1, -corner, -corner], [-1, 0, -corner, corner]].some(([fx, fy, dx, dy]) => {
      const left = p.x + fx * w + dx;
      const top = p.y + fy * h + dy;
      const b = {left: left, top: top, right: left + w, bottom: top + h};
      const wide = {left: left - m, top: top - m, right: left + w + m, bottom: top + h + m};
      return b.left >= 0 && b.top >= 0 && b.right <= size.x && b.bottom <= size.y &&
        others.every((o) => apart(wide, o)) && !crossed(wide);
    }));
    if (free) found.push(el.textContent);
  });
  return found;
}
"""


def wait_for_names(app, names) -> None:
    app.content_frame().wait_for_function(
        "(names) => { const shown = new Set([...document.querySelectorAll('.corridor-label.shown')]"
        ".map((e) => e.textContent)); return names.every((n) => shown.has(n)); }",
        arg=list(names),
        timeout=TIMEOUT_MS,
    )
    app.wait_for_still_view()


def shown_names(app) -> set[str]:
    return {label["text"] for label in app.content_frame().evaluate(harness.SHOWN_LABELS_JS)}


@pytest.fixture
def opened(browser, server):
    pages = []

    def open_page(viewport, tail=""):
        app = open_offline(browser, server, viewport, tail)
        pages.append(app.page)
        return app

    yield open_page
    for page in pages:
        page.context.close()


def test_the_first_wide_view_names_the_capitals_and_corridor_cities(opened, artifacts):
    app = opened(WIDE)
    try:
        wait_for_names(app, CORRIDOR_CITIES)
    finally:
        app.page.screenshot(path=artifacts / "labels-wide.png")
    assert "Aktau" in shown_names(app)


def test_a_phone_names_khorgos(opened, artifacts):
    app = opened(PHONE)
    try:
        wait_for_names(app, [KHORGOS, "Aktau", "Astana"])
    finally:
        app.page.screenshot(path=artifacts / "labels-phone.png")


@pytest.mark.parametrize(
    ("viewport", "route", "ends"),
    [
        (WIDE, "station-aktobe-1..station-tbilisi-central", ("Aktobe-1", "Tbilisi Central")),
        (PHONE, "gateway-khorgos..port-poti", (KHORGOS, "Poti")),
    ],
)
def test_the_route_view_names_both_ends(opened, viewport, route, ends):
    app = opened(viewport, f"?route={route}")
    app.frame.locator(".leaflet-corridor-route-pane path").first.wait_for(
        state="attached", timeout=TIMEOUT_MS
    )
    wait_for_names(app, ends)


def test_no_name_is_crossed_by_a_line_where_a_place_beside_it_is_free(opened):
    app = opened(WIDE)
    names = [*CORRIDOR_CITIES, "Alat (Port of Baku)", "Poti", "Batumi", "Dostyk", KHORGOS]
    wait_for_names(app, ["Aktau", "Kuryk", "Alat (Port of Baku)"])
    assert app.content_frame().evaluate(CROSSED_WHERE_FREE_JS, names) == []
    # Closer in on the Caspian, where the lines that meet at Aktau, Kuryk and Baku leave room.
    app.content_frame().evaluate("() => window.map.setView([42.5, 51], 5.75, {animate: false})")
    wait_for_names(app, ["Aktau", "Kuryk", "Baku"])
    assert app.content_frame().evaluate(CROSSED_WHERE_FREE_JS, names) == []
