"""The view's state: read from a link and written back, changed by the map's reports and the page's controls.

Pure: no Streamlit. The page's own tests (test_link.py, test_app.py) drive the same state through the page.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corridor import urlstate
from corridor.contract import COUNTRIES, STATUSES
from corridor.i18n import LANGUAGES
from corridor.layout import MAX_ZOOM, MIN_ZOOM
from corridor.lens import LENSES
from corridor.state import ALL_LAYER_IDS, Focus, Known, ViewState
from corridor.urlstate import Notice, View

FEATURES = ("port-aktau", "rail-btk", "port-poti")
PLACES = ("port-aktau", "port-poti", "gateway-khorgos")
YEARS = (1991, 2027)
DATA_YEAR = 2024
KNOWN = Known(features=frozenset(FEATURES), places=frozenset(PLACES), years=YEARS, data_year=DATA_YEAR)


def ordered_subset(items: tuple[str, ...]) -> st.SearchStrategy[tuple[str, ...]]:
    return st.sets(st.sampled_from(items)).map(lambda chosen: tuple(i for i in items if i in chosen))


def decimals(low: float, high: float, places: int) -> st.SearchStrategy[float]:
    """Numbers with at most ``places`` decimals: what a link can hold exactly."""
    scale = 10**places
    return st.integers(round(low * scale), round(high * scale)).map(lambda n: n / scale)


views = st.builds(View, decimals(-90, 90, 4), decimals(-180, 180, 4), decimals(MIN_ZOOM, MAX_ZOOM, 2))
routes = st.one_of(
    st.none(), st.tuples(*[st.sampled_from(PLACES)] * 2).filter(lambda ends: ends[0] != ends[1])
)


@st.composite
def linked_states(draw: st.DrawFn) -> ViewState:
    """A state as the page holds it: what a link carries, and what only the session keeps."""
    route = draw(routes)
    return ViewState(
        language=draw(st.sampled_from(("en", "ru"))),
        layers=draw(ordered_subset(ALL_LAYER_IDS)),
        layers_version=draw(st.integers(0, 10**6)),
        statuses=draw(ordered_subset(STATUSES)),
        countries=draw(ordered_subset(COUNTRIES)),
        selected=draw(st.one_of(st.none(), st.sampled_from(FEATURES))),
        year=draw(st.one_of(st.none(), st.integers(*YEARS).filter(lambda year: year != DATA_YEAR))),
        view=draw(st.one_of(st.none(), views)),
        view_serial=draw(st.integers(0, 10**6)),
        focus=draw(
            st.one_of(st.none(), st.builds(Focus, st.sampled_from(FEATURES), st.just("ports"), st.integers()))
        ),
        # The explorer's switch and a half-picked route are not in a link: only a route is.
        route_open=route is not None or draw(st.booleans()),
        route_from=None if route is None else route[0],
        route_to=None if route is None else route[1],
        operating_only=route is not None and draw(st.booleans()),
        lens=draw(st.sampled_from((None, *LENSES))),
        report_id=draw(st.one_of(st.none(), st.text(max_size=8))),
        click_signature=draw(st.one_of(st.none(), st.text(max_size=8))),
    )


@settings(max_examples=300, deadline=None)
@given(linked_states())
def test_a_state_read_back_from_its_link_is_the_same_state(state):
    again, notices = ViewState.from_link(state.to_link(), KNOWN, previous=state)
    assert notices == []
    assert again == state


@settings(max_examples=300, deadline=None)
@given(linked_states())
def test_a_new_session_opening_a_link_writes_the_same_link(state):
    opened, notices = ViewState.from_link(state.to_link(), KNOWN)
    assert notices == []
    assert opened.to_link() == state.to_link()
    # A view from a link is one the map goes to, once.
    assert opened.map_view() == (
        None if state.view is None else (state.view.lat, state.view.lon, state.view.zoom, 1)
    )


texts = st.one_of(
    st.text(),
    st.text(st.characters(codec="utf-8"), min_size=1000, max_size=5000),
    st.integers().map(str),
    st.floats().map(str),
    st.builds(",".join, st.lists(st.sampled_from((*ALL_LAYER_IDS, *STATUSES, *COUNTRIES, "az", "", " x")))),
    st.builds("..".join, st.lists(st.sampled_from((*PLACES, "")))),
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.one_of(st.sampled_from(urlstate.PARAMETERS), st.text()), texts, max_size=12),
    st.one_of(st.none(), linked_states()),
)
@example({"year": "9" * 5000, "view": "1e400,51,7", "lang": "ру"}, None)
@example({"layers": "", "status": "", "route": "port-aktau..port-aktau"}, None)
@example({"lang": "AZ"}, None)
def test_any_link_is_read_and_what_is_left_out_is_named(params, previous):
    """Any parameter, any value, any length: read into a state the page can write back, or named."""
    state, notices = ViewState.from_link(params, KNOWN, previous=previous)
    assert set(state.layers) <= set(ALL_LAYER_IDS)
    assert set(state.statuses) <= set(STATUSES)
    assert set(state.countries) <= set(COUNTRIES)
    assert state.selected is None or state.selected in FEATURES
    assert state.year is None or YEARS[0] <= state.year <= YEARS[1]
    assert state.route is None or set(state.route) <= set(PLACES)
    for name, value in params.items():
        if name not in urlstate.PARAMETERS:
            assert Notice(name, value) in notices
    if params.get("select") and params["select"] not in FEATURES:
        assert Notice("select", params["select"]) in notices
    if "lang" in params and params["lang"].strip().lower() not in LANGUAGES:
        assert Notice("lang", params["lang"]) in notices
    if "lens" in params and params["lens"].strip().lower() not in LENSES:
        assert Notice("lens", params["lens"]) in notices
    assert state.lens is None or state.lens in LENSES
    assert all(len(n.value) <= urlstate.NOTICE_CHARACTERS + 1 for n in notices)
    # What the page writes back is a clean link.
    assert ViewState.from_link(state.to_link(), KNOWN)[1] == []


def test_a_link_that_says_nothing_gives_the_whole_map_in_the_readers_language():
    state, notices = ViewState.from_link({}, replace(KNOWN, language="ru"))
    assert notices == []
    assert state == ViewState(language="ru")
    assert state.to_link() == {"lang": "ru", "layers": ",".join(ALL_LAYER_IDS), "status": ",".join(STATUSES)}


def test_a_link_over_the_session_counts_a_layer_switch_and_a_new_view():
    before = ViewState(layers_version=3, view=View(40, 50, 6), view_serial=2, route_open=True)
    after, _ = ViewState.from_link(
        {"layers": "rail", "view": "41,51,7", "year": str(DATA_YEAR)}, KNOWN, before
    )
    assert (after.layers, after.layers_version) == (("rail",), 4)
    assert after.map_view() == (41, 51, 7, 3)
    assert after.year is None
    # The explorer stays on, with no route.
    assert after.route_open
    assert after.route is None


def click(report_id: str, feature_id: str | None, **more: object) -> dict:
    return {"event": "click", "id": report_id, "feature_id": feature_id, **more}


def test_a_click_selects_once():
    state = ViewState().apply_report(click("r1", "port-aktau"))
    assert state.selected == "port-aktau"
    # The same report again, after the reader went back to the overview, is not a new click.
    assert state.select(None).apply_report(click("r1", "port-aktau")).selected is None
    assert state.apply_report(click("r2", None)).selected is None


def test_a_report_carries_the_last_click_the_legends_layers_and_the_view():
    report = {
        "event": "view",
        "id": "r2",
        "layers": ["ports", "rail", "nonsense"],
        "layersVersion": 2,
        "view": "41.7,44.8,7",
        "lastClick": {"id": "c1", "feature_id": "rail-btk"},
    }
    state = ViewState(layers_version=1).apply_report(report)
    assert state.selected == "rail-btk"
    assert (state.layers, state.layers_version) == (("rail", "ports"), 2)
    assert state.view == View(41.7, 44.8, 7)
    # A view the reader moved to is already on the map: it is not sent back.
    assert state.map_view() is None
    assert state.to_link()["view"] == "41.7,44.8,7"


def test_older_layers_than_the_states_are_not_taken():
    state = ViewState(layers=("rail",), layers_version=5)
    report = {"event": "layers", "id": "r3", "layers": ["ports"], "layersVersion": 4}
    assert state.apply_report(report).layers == ("rail",)


@pytest.mark.parametrize("report", [None, "click", [], {"id": None}])
def test_no_report_or_a_malformed_one_changes_nothing(report):
    assert ViewState().apply_report(report) == ViewState()


def test_a_report_counted_as_taken_is_not_applied():
    report = click("r1", "port-aktau")
    state = ViewState().taken(report)
    assert state.apply_report(report).selected is None
    later = {
        "event": "view",
        "id": "r2",
        "view": "41,51,7",
        "lastClick": {"id": "r1", "feature_id": "port-aktau"},
    }
    assert state.apply_report(later).selected is None, "its click was counted too"


def test_a_pick_shows_its_layer_and_status_and_frames_the_feature():
    state = ViewState(layers=("rail",), statuses=("operating",), layers_version=1)
    picked = state.pick("port-aktau", "ports", "planned")
    assert picked.selected == "port-aktau"
    assert picked.layers == ("rail", "ports")
    assert picked.layers_version == 2
    assert picked.statuses == ("operating", "planned")
    assert picked.focus == Focus("port-aktau", "ports", 1)
    assert picked.pick("port-aktau", "ports", "planned").focus.serial == 2


def test_a_pick_outside_the_chosen_countries_adds_its_own():
    state = ViewState(countries=("TR",), layers_version=3)
    picked = state.pick("port-aktau", "ports", "operating", ["KZ"])
    assert picked.countries == ("KZ", "TR")
    assert picked.layers_version == 4
    # A feature already in a chosen country, or a map limited to none, changes nothing.
    assert state.pick("rail-btk", "rail", "operating", ["AZ", "GE", "TR"]).countries == ("TR",)
    assert ViewState().pick("port-aktau", "ports", "operating", ["KZ"]).countries == ()


def test_the_legends_statuses_and_countries_are_taken_when_newer():
    state = ViewState(layers_version=2)
    report = {
        "event": "layers",
        "id": "a",
        "layers": ["rail"],
        "statuses": ["planned"],
        "countries": ["KZ", "AZ"],
    }
    taken = state.apply_report({**report, "layersVersion": 3})
    assert (taken.layers, taken.statuses, taken.countries) == (("rail",), ("planned",), ("AZ", "KZ"))
    assert state.apply_report({**report, "layersVersion": 2}) == replace(state, report_id="a")
    assert taken.to_link()["countries"] == "AZ,KZ"
    assert taken.to_map_state(year=None)["countries"] == ["AZ", "KZ"]


def test_the_explorer_route_and_the_year():
    state = ViewState().with_controls(route_from="port-aktau", route_to="port-poti")
    assert state.route is None, "the explorer is off"
    state = state.with_controls(route_open=True, operating_only=True)
    assert state.route == ("port-aktau", "port-poti")
    assert state.to_link()["route"] == "port-aktau..port-poti"
    assert state.to_link()["route_links"] == "operating"
    cleared = state.clear_route()
    assert cleared.route is None
    assert cleared.route_open
    assert cleared.operating_only
    assert state.set_year(DATA_YEAR, DATA_YEAR).year is None
    assert state.set_year(2010, DATA_YEAR).shown_year(DATA_YEAR) == 2010
    with pytest.raises(TypeError):
        state.with_controls(selected="port-aktau")


def test_the_map_gets_the_state_and_what_the_page_computed():
    state = ViewState(language="ru", layers=("ports", "rail"), selected="port-aktau", view=View(40, 50, 6))
    sent = replace(state, view_serial=1).to_map_state(year=2010, session="s1")
    assert sent["layers"] == ["rail", "ports"]
    assert sent["selected"] == "port-aktau"
    assert sent["language"] == "ru"
    assert sent["view"] == {"lat": 40, "lon": 50, "zoom": 6, "serial": 1}
    assert (sent["year"], sent["session"]) == (2010, "s1")
    assert state.to_map_state(year=None)["view"] is None
