"""What the framing tests measure in the browser, in the map's pixels.

What lies over the map (its controls, the legend among them, and the page's sidebar and panel where
they overlap the frame), a feature's or the route's box, the marks' boxes, the middle of the map in
view, and where a line is drawn on top.
"""

from __future__ import annotations

from bench.mapdriver import MapPage

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
