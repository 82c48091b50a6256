"""The page, run by Streamlit's AppTest: no browser, real script runs."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from corridor import charts
from corridor.layers import CORRIDOR_LAYERS
from tests.conftest import HOSTILE_NAME, add_hostile_port
from tests.helpers import (
    APP,
    click,
    drawn_layers,
    map_args,
    map_state,
    opened,
    plain,
    published_layer,
    report,
    shown_text,
    switch_layers,
)


def metric_count(dataset) -> int:
    """The overview's headline cards: one per headline metric whose figure the data holds."""
    from corridor.ui.overview import HEADLINE_METRICS

    held = {figure.id for figure in dataset.figures}
    return sum(figure_id in held for figure_id, _, _ in HEADLINE_METRICS)


def chart_count(dataset) -> int:
    """The overview's charts: one per headline topic with figures, and one of the series by year."""
    return len(charts.headline_charts(dataset.figures, dataset.sources)) + bool(dataset.series)


@pytest.fixture
def app() -> AppTest:
    """The page after its first run and the map's "ready" report."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    report(at, "ready")
    return at


def test_the_first_run_draws_the_map_before_the_rest(dataset):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert drawn_layers(at) == [layer.id for layer in CORRIDOR_LAYERS]
    assert at.title[0].value.startswith("Middle Corridor")
    assert len(at.metric) == 0
    assert len(at.multiselect) == 0
    assert "appear as soon as the map is drawn" in at.sidebar.caption[0].value
    report(at, "ready")
    assert len(at.metric) == metric_count(dataset)
    # Layers, statuses and countries are switched in the map's legend, the one place for them.
    assert len(at.multiselect) == 0
    assert [t.key for t in at.toggle] == ["show-table", "route_open", "cite"]
    assert not at.sidebar.header
    assert len(at.get("vega_lite_chart")) == chart_count(dataset)


def test_the_page_runs_and_shows_the_overview(app, dataset):
    assert drawn_layers(app) == [layer.id for layer in CORRIDOR_LAYERS]
    assert [plain(m.label) for m in app.metric] == [
        "Trade between Azerbaijan and Kazakhstan, January–September 2025",
        "Middle Corridor cargo (million tonnes), 2024",
        # The card's title says what is counted: its unit is said once, not again in brackets.
        "Visitors to Azerbaijan from Kazakhstan, 2024",
    ]
    assert [m.value for m in app.metric] == ["USD 568 million", "4.5", "about 90,000"]
    assert len(app.get("vega_lite_chart")) == chart_count(dataset)
    assert app.title[0].value.startswith("Middle Corridor")
    assert all("Data problems" not in e.label for e in app.expander)


def test_only_clicks_rerun_the_script(app):
    args = map_args(app)
    assert args["returned_objects"] == []
    assert "corridorMap(map_div, " in args["script"]
    bundle, leaflet = args["js_links"]
    assert leaflet == "../corridor.ui.assets.leaflet_files/leaflet.js"
    assert bundle.startswith("../corridor.ui.assets.generated_files/corridor-map-")


def test_a_rerun_sends_only_the_state(app):
    """The layers are files the browser fetches once; the component's arguments stay small."""
    size = len(json.dumps(map_args(app)).encode())
    assert size < 16 * 1024
    assert "coordinates" not in map_args(app)["feature_group"]
    click(app, "rail-btk")
    assert map_state(app)["selected"] == "rail-btk"
    assert abs(len(json.dumps(map_args(app)).encode()) - size) < 100


def test_the_legend_switches_reach_the_app_without_changing_the_map(app):
    key = map_args(app)["key"]
    assert map_state(app)["layersVersion"] == 0
    switch_layers(app, ["energy", "fibre", "sea", "rail", "ports"], 1)
    assert drawn_layers(app) == ["energy", "sea", "fibre", "rail", "ports"]
    assert map_state(app)["layersVersion"] == 1
    switch_layers(app, ["ports", "sea", "energy", "fibre", "no-such-layer", 7], 2)
    assert drawn_layers(app) == ["energy", "sea", "fibre", "ports"]
    assert map_args(app)["key"] == key


def test_a_report_older_than_the_apps_layers_changes_nothing(app):
    switch_layers(app, ["ports"], 3)
    switch_layers(app, ["ports", "rail"], 2, event="click")
    assert drawn_layers(app) == ["ports"]
    assert map_state(app)["layersVersion"] == 3
    # A click carries the layers too: a click after a switch keeps them.
    switch_layers(app, ["ports", "rail"], 4, event="click")
    assert drawn_layers(app) == ["rail", "ports"]


def filters(at, version: int, statuses: list[str], countries: list[str] = ()) -> None:
    """What the map reports after its legend has switched statuses or countries."""
    at.session_state["corridor-map"] = {
        "event": "layers",
        "id": f"filters-{version}",
        "feature_id": None,
        "layers": map_state(at)["layers"],
        "statuses": statuses,
        "countries": list(countries),
        "layersVersion": version,
    }
    at.run()
    assert not at.exception


def test_the_status_filter_is_in_the_legend_and_the_sidebar_has_no_layers_heading(app):
    """The status filter sat in the sidebar, out of sight while it was closed, under a heading with one sentence."""
    assert map_state(app)["statuses"] == ["operating", "under construction", "planned"]
    assert len(app.multiselect) == 0
    assert not [h for h in app.sidebar.header if h.value in ("Layers", "Status")]
    filters(app, 1, ["planned"])
    assert map_state(app)["statuses"] == ["planned"]
    filters(app, 2, [])
    assert map_state(app)["statuses"] == []
    assert "No status is ticked" in app.info[0].value


def test_the_country_filter_reaches_the_map_and_an_older_report_changes_nothing(app):
    filters(app, 1, ["operating"], ["TR", "AZ"])
    assert map_state(app)["countries"] == ["AZ", "TR"]
    assert map_state(app)["layersVersion"] == 1
    filters(app, 1, ["operating"], ["KZ"])
    assert map_state(app)["countries"] == ["AZ", "TR"]


def test_every_layer_off_explains_itself(app):
    switch_layers(app, [], 1)
    assert drawn_layers(app) == []
    assert "Every layer is switched off" in app.info[0].value


def test_a_clicked_port_shows_its_panel(app):
    click(app, "port-baku-alat")
    assert plain(app.title[0].value) == "Baku International Sea Trade Port (Alat)"
    text = shown_text(app)
    assert "**100,000th container** — Milestone reached by the Baku" in text
    assert "**4.5 million tonnes** — Cargo carried on the Middle Corridor" in text
    assert "Source: [Report news agency, Kazakhstan bureau, 2025-12-29](https://report.az/en/" in text
    assert "Opening of the Baku International Sea Trade Port at Alat" in text


def test_a_clicked_flight_shows_tourism_figures(app):
    click(app, "flight-gyd-nqz")
    text = shown_text(app)
    # The label says what is counted, so the number is said without its unit.
    assert "**about 90,000** — Visitors to Azerbaijan from Kazakhstan" in text
    assert "90,000 visitors" not in text
    assert "AZAL, Air Astana and FlyArystan" in text
    assert "does not say which flies which route" in text


def test_clear_returns_to_the_overview(app):
    click(app, "fibre-sumgayit-aktau")
    assert "fibre" in app.title[0].value.lower()
    app.button(key="back").click().run()
    assert app.title[0].value.startswith("Middle Corridor")


def test_a_rail_panel_says_how_its_line_was_drawn(app):
    click(app, "rail-az-baku-georgia")
    text = shown_text(app)
    assert "along the track mapped in OpenStreetMap" in text
    assert "Stations in order (14)" in [e.label for e in app.expander]
    assert "Baku – Gobustan – Alat – Hajigabul" in text
    click(app, "rail-kz-bakhty-ayagoz")
    assert "schematically: no surveyed alignment is published" in shown_text(app)


def test_a_port_panel_cites_where_its_point_comes_from(app):
    click(app, "port-aktau")
    text = shown_text(app)
    assert "**Location:** the port's railway station, on the quay" in text
    assert "[OpenStreetMap](https://www.openstreetmap.org/node/7066248958)" in text


def test_a_click_on_empty_map_returns_to_the_overview(app):
    click(app, "port-aktau")
    assert app.title[0].value == "Aktau sea port"
    click(app, None)
    assert app.title[0].value.startswith("Middle Corridor")


def test_bad_data_is_reported_and_the_rest_still_draws(geodata_copy, monkeypatch, dataset):
    add_hostile_port(geodata_copy)
    (geodata_copy / "fibre.geojson").write_text("{oops", encoding="utf-8")
    monkeypatch.setenv("CORRIDOR_GEODATA_DIR", str(geodata_copy))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    report(at, "ready")
    assert any("Data problems: 1 in fibre.geojson" in e.label for e in at.expander)
    assert plain(at.error[0].value).startswith("fibre.geojson: feature -: file: is not valid JSON (line 1")
    fibre = published_layer(geodata_copy, "fibre")
    assert fibre["features"] == [], "the broken fibre file must publish nothing"
    assert len(published_layer(geodata_copy, "rail")["features"]) == len(dataset.layers["rail"].features)
    click(at, "port-hostile")
    shown = at.title[0].value
    assert plain(shown) == HOSTILE_NAME
    assert "<img" not in shown.replace("\\<img", ""), "the tag must reach Markdown escaped"


def test_a_panel_shows_its_own_figures_first_and_sets_the_corridors_apart(app):
    click(app, "rail-zangezur-horadiz-aghband")
    (context,) = [e for e in app.expander if e.label.startswith("Corridor-wide")]
    assert context.label == "Corridor-wide context: 4 figures"
    own = " ".join(plain(m.value) for m in app.main.markdown if m not in context.markdown)
    assert "Horadiz" in own
    assert "4.5 million tonnes" not in own
    context_text = " ".join(plain(m.value) for m in context.markdown)
    assert "**4.5 million tonnes** — Cargo carried on the Middle Corridor" in context_text
    assert "not this feature's own" in context.caption[0].value
    click(app, "port-kuryk")
    assert "The sources give no figures for this feature alone." in app.info[0].value


def test_a_russian_panel_counts_its_context_and_stations_in_russian_forms():
    at = opened(select="rail-zangezur-horadiz-aghband", lang="ru")
    assert [e.label for e in at.expander if "по коридору" in e.label] == ["4 цифры по коридору в целом"]
    assert "(4 станции)" in shown_text(opened(select="rail-kz-mangystau-kuryk", lang="ru"))
    assert "(58 станций)" in shown_text(opened(select="rail-kz-dostyk-zhezkazgan", lang="ru"))


def test_a_part_that_fails_shows_a_short_message_and_the_rest_draws(monkeypatch):
    from corridor.ui import guard, resources

    def broken(*args, **kwargs):
        raise RuntimeError("/srv/secret/path.py exploded")

    monkeypatch.setattr(resources, "show_overview", broken)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    report(at, "ready")
    assert not at.exception
    (failed,) = [e for e in at.error if e.icon == guard.ICON]
    assert failed.value == guard.failed_words("panel", "en")
    assert "secret" not in failed.value
    assert map_state(at)["layers"], "the map still draws"
    assert at.sidebar.button, "the sidebar still draws"


def _broken(*args, **kwargs):
    raise RuntimeError("/srv/secret/path.py exploded")


@pytest.fixture
def fresh_caches():
    """The network, the year's states and the catalogue built again for this test, and after it."""
    from corridor.ui import resources

    cached = (resources.get_network, resources.get_route, resources.get_states, resources.get_catalog)
    for function in cached:
        function.clear()
    yield
    for function in cached:
        function.clear()


@pytest.mark.parametrize(
    ("target", "params", "part"),
    [
        ("corridor.routes.network_of", {"route": "gateway-khorgos..port-poti"}, "route"),
        ("corridor.dataset.Dataset.states_in", {"year": "2010"}, "year"),
        ("corridor.catalog.all_rows", {}, "search"),
    ],
    ids=["network", "states", "catalogue"],
)
def test_what_a_part_needs_fails_and_only_that_part_says_so(monkeypatch, fresh_caches, target, params, part):
    """The network is read with the link, the year's states and the catalogue before their parts.

    Each failing names its part, and the map, the panel and the sidebar still draw.
    """
    from corridor.ui import guard

    monkeypatch.setattr(target, _broken)
    at = opened(**params)
    failed = [e.value for e in at.error if e.icon == guard.ICON]
    assert failed == [guard.failed_words(part, "en")]
    assert "secret" not in " ".join(failed)
    state = map_state(at)
    assert state["layers"], "the map still draws"
    assert state["year"] is None, "without the year's states the map shows today's"
    assert at.sidebar.button, "the sidebar still draws"
    assert at.radio, "the language switch still draws"
    at.toggle(key="route_open").set_value(True).run()
    assert [e.value for e in at.error if e.icon == guard.ICON] == failed, "named once, with the explorer open"


@pytest.mark.parametrize(
    ("language", "route", "expected"),
    [
        ("en", "gateway-dostyk..station-kars", ["1 leg is not operating in 2025", "over 12 legs ("]),
        ("en", "station-horadiz..station-kars", ["3 legs are not operating in 2025", "over 3 legs ("]),
        ("ru", "gateway-dostyk..station-kars", ["1 участок не действует в 2025 году", "км**, 12 участков ("]),
        ("ru", "station-horadiz..station-kars", ["3 участка не действуют в 2025 году", "км**, 3 участка ("]),
    ],
)
def test_the_route_counts_its_legs_in_the_form_its_language_gives_them(language, route, expected):
    at = opened(route=route, lang=language)
    said = " ".join([w.value for w in at.warning] + [m.value for m in at.markdown])
    assert [part for part in expected if part not in said] == []
    assert "(s)" not in said
