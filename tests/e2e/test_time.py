"""The corridor through time and the route explorer, in the browser."""

from __future__ import annotations

from playwright.sync_api import expect

from bench.mapdriver import TIMEOUT_MS, MapPage
from corridor import styles
from corridor.layout import TOOLS_CLASS
from tests.e2e.helpers import wait_for_param

# How a feature's shape is drawn now: its dashes, its opacity and its name for screen readers.
SHAPE_JS = """(id) => {
    const found = Array.from(document.querySelectorAll('path.leaflet-interactive'))
        .filter((path) => path.corridorFeature === id);
    if (!found.length) return null;
    const path = found[0];
    return {
        dash: path.getAttribute('stroke-dasharray'),
        opacity: Number(path.getAttribute('stroke-opacity')),
        label: path.getAttribute('aria-label'),
    };
}"""
ROUTE_PATHS_JS = "() => document.querySelectorAll('.leaflet-corridor-route-pane path').length"


def shape(app: MapPage, feature_id: str) -> dict | None:
    return app.content_frame().evaluate(SHAPE_JS, feature_id)


def wait_for_shape(app: MapPage, feature_id: str, condition: str) -> None:
    """Wait until the feature's shape meets ``condition`` (JS over ``s``, null when not drawn)."""
    app.content_frame().wait_for_function(
        f"(id) => {{ const s = ({SHAPE_JS})(id); return {condition}; }}", arg=feature_id, timeout=TIMEOUT_MS
    )


def test_a_year_shows_the_corridor_as_it_was_and_the_slider_moves_it_without_a_new_map(
    page, server, artifacts
):
    app = MapPage(*page).open(server.url + "/?year=2016")
    # BTK opened on 30 October 2017: in 2016 it is drawn as being built, not operating.
    under_construction = styles.DASH["under construction"].replace(" ", ",")
    wait_for_shape(app, "rail-btk", f"s && (s.dash || '').replace(/ /g, ',') === '{under_construction}'")
    assert "under construction" in shape(app, "rail-btk")["label"]
    # Not yet begun: hidden. Not yet open (Kuryk's ferries from March 2017): faded. No date known:
    # drawn as it is today, and said so.
    assert shape(app, "rail-tr-kars-dilucu") is None
    wait_for_shape(app, "sea-kuryk-alat", f"s && s.opacity <= {styles.FADED_STYLE['opacity']}")
    wait_for_shape(app, "sea-aktau-alat", "s && s.opacity === 1 && s.label.includes('date unknown')")
    wait_for_shape(app, "port-aktau", "s && s.label.includes('operating')")
    expect(app.frame.locator(".corridor-year")).to_have_text("As of 2016")
    expect(app.page.get_by_text("Milestones of 2016")).to_be_visible(timeout=TIMEOUT_MS)
    app.page.screenshot(path=artifacts / "year-2016.png")
    app.mark_map()
    thumb = app.page.locator(f".{TOOLS_CLASS}").get_by_role("slider", name="As of year")
    thumb.focus()
    thumb.press("ArrowRight")
    wait_for_param(app, "year", "2017")
    wait_for_shape(app, "rail-btk", "s && !s.dash && s.label.includes('operating')")
    expect(app.page.get_by_text("Milestones of 2017")).to_be_visible(timeout=TIMEOUT_MS)
    assert app.map_is_marked(), "moving the slider re-made the map"


def test_a_route_link_draws_the_route_and_lists_its_legs(page, server, artifacts):
    app = MapPage(*page).open(server.url + "/?route=gateway-khorgos..port-poti")
    app.content_frame().wait_for_function(f"() => ({ROUTE_PATHS_JS})() === 9", timeout=TIMEOUT_MS)
    expect(app.panel.get_by_text("Altynkol / Khorgos Gateway → Poti: 4,1", exact=False)).to_be_visible(
        timeout=TIMEOUT_MS
    )
    legs = app.panel.locator('[data-testid="stMarkdownContainer"] ol > li')
    expect(legs).to_have_count(9)
    sea = legs.filter(has_text="Aktau → Alat (Port of Baku)")
    expect(sea).to_contain_text("ship or ferry")
    expect(legs.filter(has_text="Zhetygen → Kazybek bek")).to_contain_text("under construction")
    expect(app.panel.get_by_text("Aktau: from rail to ship or ferry")).to_be_visible()
    expect(app.panel.get_by_text("Gardabani: border from Azerbaijan into Georgia")).to_be_visible()
    # The route is framed: both ends are in the map's view.
    app.wait_for_still_view()
    inside = app.content_frame().evaluate(
        """() => [[44.1649, 80.2954], [42.155, 41.6528]].every((p) => window.map.getBounds().contains(p))"""
    )
    assert inside
    app.page.screenshot(path=artifacts / "route-khorgos-poti.png")
    app.mark_map()
    app.panel.get_by_text("Operating links only").click()
    wait_for_param(app, "route_links", "operating")
    app.panel.get_by_role("button", name="Clear the route").click()
    wait_for_param(app, "route", None)
    app.content_frame().wait_for_function(f"() => ({ROUTE_PATHS_JS})() === 0", timeout=TIMEOUT_MS)
    assert app.map_is_marked(), "the route re-made the map"


def test_a_route_with_a_gap_says_which_link_is_missing(page, server):
    app = MapPage(*page).open(server.url + "/?route=station-bakhty..port-poti")
    expect(app.panel.get_by_text("between Ayagoz and Aktogay", exact=False)).to_be_visible(timeout=TIMEOUT_MS)
    assert app.content_frame().evaluate(ROUTE_PATHS_JS) == 0


def test_stepping_the_year_replaces_the_history_entry_and_back_goes_to_the_selection_before(page, server):
    """Each step of the slider added a history entry: Back walked through every year first."""
    app = MapPage(*page).open(server.url + "/?select=port-aktau")
    app.wait_for_panel("Aktau sea port")
    wait_for_param(app, "select", "port-aktau")
    app.click_feature("port-kuryk")
    app.wait_for_panel("Kuryk")
    wait_for_param(app, "select", "port-kuryk")
    latest = app.page.evaluate("() => history.length")
    thumb = app.page.locator(f".{TOOLS_CLASS}").get_by_role("slider", name="As of year")
    thumb.focus()
    thumb.press("ArrowLeft")
    app.page.wait_for_function("() => new URLSearchParams(location.search).has('year')", timeout=TIMEOUT_MS)
    year = int(app.page.evaluate("() => new URLSearchParams(location.search).get('year')"))
    for step in range(1, 4):
        thumb.focus()
        thumb.press("ArrowLeft")
        wait_for_param(app, "year", str(year - step))
    assert app.page.evaluate("() => history.length") == latest
    app.page.go_back()
    app.wait_for_panel("Aktau sea port")
    wait_for_param(app, "select", "port-aktau")
    wait_for_param(app, "year", None)
