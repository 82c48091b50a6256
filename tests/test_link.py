"""Links: the address's parameters read by the page, and the state written back into it."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from corridor import charts, urlstate
from corridor.contract import COUNTRIES, STATUSES
from corridor.layers import CORRIDOR_LAYERS
from corridor.ui import guard
from corridor.urlstate import LinkState, Notice, View
from tests.helpers import click, map_state, opened, report, switch_layers

LAYERS = tuple(layer.id for layer in CORRIDOR_LAYERS)
KNOWN = {
    "languages": ("en", "ru"),
    "layers": LAYERS,
    "statuses": STATUSES,
    "features": {"port-aktau", "rail-btk"},
    "years": (1991, 2027),
    "places": {"port-aktau", "port-poti", "gateway-khorgos"},
    "countries": COUNTRIES,
}


def parse(**params: str) -> tuple[LinkState, list[Notice]]:
    return urlstate.parse(params, **KNOWN)


def test_every_parameter_is_read():
    link, notices = parse(
        lang="ru", layers="ports,rail", status="operating", select="port-aktau", view="43.65,51.17,7.5"
    )
    # Layers keep the map's order whatever the link's.
    assert link == LinkState("ru", ("rail", "ports"), ("operating",), "port-aktau", View(43.65, 51.17, 7.5))
    assert notices == []


def test_a_link_that_says_nothing_asks_for_nothing():
    assert parse() == (LinkState(), [])


@pytest.mark.parametrize(
    ("params", "wanted", "notice"),
    [
        ({"lang": "fr"}, LinkState(), Notice("lang", "fr")),
        ({"layers": "rail,metro"}, LinkState(layers=("rail",)), Notice("layers", "metro")),
        ({"layers": "metro"}, LinkState(), Notice("layers", "metro")),
        ({"status": "closed,planned"}, LinkState(statuses=("planned",)), Notice("status", "closed")),
        ({"select": "port-atlantis"}, LinkState(), Notice("select", "port-atlantis")),
        ({"select": "<script>"}, LinkState(), Notice("select", "<script>")),
        ({"view": "43.6,51.1"}, LinkState(), Notice("view", "43.6,51.1")),
        ({"view": "95,51.1,7"}, LinkState(), Notice("view", "95,51.1,7")),
        ({"view": "43.6,51.1,40"}, LinkState(), Notice("view", "43.6,51.1,40")),
        ({"view": "nan,51.1,7"}, LinkState(), Notice("view", "nan,51.1,7")),
        ({"view": "north,east,near"}, LinkState(), Notice("view", "north,east,near")),
        ({"zoom": "7"}, LinkState(), Notice("zoom", "7")),
        ({"year": "1850"}, LinkState(), Notice("year", "1850")),
        ({"year": "2016.5"}, LinkState(), Notice("year", "2016.5")),
        ({"year": "last"}, LinkState(), Notice("year", "last")),
        # Digits int() does not take, and more digits than it takes.
        ({"year": "²"}, LinkState(), Notice("year", "²")),
        ({"year": "²⁰¹⁶"}, LinkState(), Notice("year", "²⁰¹⁶")),
        ({"year": "٢٠١٦"}, LinkState(), Notice("year", "٢٠١٦")),
        ({"year": "9" * 5000}, LinkState(), Notice("year", "9" * 60 + "…")),
        ({"route": "port-aktau"}, LinkState(), Notice("route", "port-aktau")),
        ({"route": "port-aktau..port-aktau"}, LinkState(), Notice("route", "port-aktau..port-aktau")),
        ({"route": "port-aktau..atlantis"}, LinkState(), Notice("route", "port-aktau..atlantis")),
        ({"route": "a..b..c"}, LinkState(), Notice("route", "a..b..c")),
        ({"route_links": "all"}, LinkState(), Notice("route_links", "all")),
        ({"countries": "ZZ"}, LinkState(), Notice("countries", "ZZ")),
        ({"countries": "kz,Atlantis"}, LinkState(countries=("KZ",)), Notice("countries", "Atlantis")),
        ({"countries": "Azerbaijan"}, LinkState(), Notice("countries", "Azerbaijan")),
    ],
)
def test_a_bad_value_is_left_out_and_named(params, wanted, notice):
    assert urlstate.parse(params, **KNOWN) == (wanted, [notice])


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(urlstate.PARAMETERS), st.text()),
        st.one_of(
            st.text(),
            st.from_regex(r"[0-9²⁰-⁹٠-٩.,\-]{0,12}", fullmatch=True),
            st.builds(",".join, st.lists(st.sampled_from((*LAYERS, *STATUSES, "", "x")))),
            st.builds(
                "..".join, st.lists(st.sampled_from(("port-aktau", "port-poti", "gateway-khorgos", "")))
            ),
        ),
        max_size=12,
    )
)
@example({"year": "²"})
@example({"year": "9" * 5000})
@example({"view": "1e400,51,7"})
def test_parse_reads_any_link_without_raising(params):
    """Any parameter, any value, any length: parsed, or named in a short notice."""
    link, notices = urlstate.parse(params, **KNOWN)
    assert link.year is None or KNOWN["years"][0] <= link.year <= KNOWN["years"][1]
    assert all(len(n.value) <= urlstate.NOTICE_CHARACTERS + 1 for n in notices)
    assert all(len(n.parameter) <= urlstate.NOTICE_CHARACTERS + 1 for n in notices)
    assert set(link.layers or ()) <= set(LAYERS)


def test_empty_lists_mean_none():
    assert parse(layers="", status="") == (LinkState(layers=(), statuses=()), [])


def test_countries_are_read_as_codes_in_any_case_in_the_contracts_order():
    assert parse(countries="KZ,az, tr") == (LinkState(countries=("AZ", "KZ", "TR")), [])
    # No country named is every country: the state keeps none chosen.
    assert parse(countries="") == (LinkState(countries=()), [])


def test_the_state_is_written_in_a_fixed_order_and_reads_back():
    params = urlstate.encode(
        lang="ru",
        layers=("rail", "ports"),
        statuses=("operating",),
        select="rail-btk",
        view=View(41.7, 44.8, 7),
        countries=("AZ", "KZ"),
    )
    assert list(params) == ["lang", "layers", "status", "countries", "select", "view"]
    assert list(params) == [name for name in urlstate.PARAMETERS if name in params]
    assert params["view"] == "41.7,44.8,7"
    assert params["countries"] == "AZ,KZ"
    assert urlstate.parse(params, **KNOWN) == (
        LinkState(
            "ru", ("rail", "ports"), ("operating",), "rail-btk", View(41.7, 44.8, 7), countries=("AZ", "KZ")
        ),
        [],
    )
    plain = urlstate.encode(lang="en", layers=(), statuses=(), select=None, view=None)
    assert not {"select", "countries"} & set(plain)


def test_the_year_and_the_route_are_written_only_when_set_and_read_back():
    params = urlstate.encode(
        lang="en",
        layers=("rail",),
        statuses=("operating",),
        select=None,
        view=None,
        year=2016,
        route=("gateway-khorgos", "port-poti"),
        operating_only=True,
    )
    assert list(params)[-3:] == ["year", "route", "route_links"]
    assert params["route"] == "gateway-khorgos..port-poti"
    link, notices = urlstate.parse(params, **KNOWN)
    assert (link.year, link.route, link.operating_only, notices) == (
        2016,
        ("gateway-khorgos", "port-poti"),
        True,
        [],
    )
    plain = urlstate.encode(lang="en", layers=(), statuses=(), select=None, view=None, operating_only=True)
    assert not {"year", "route", "route_links"} & set(plain)


def address(at: AppTest) -> dict[str, str]:
    """The page's address as the app last wrote it."""
    return {name: value if isinstance(value, str) else value[-1] for name, value in at.query_params.items()}


def test_a_link_opens_its_view():
    at = opened(layers="rail,ports", status="operating", select="port-aktau", view="43.65,51.17,7.5")
    state = map_state(at)
    assert state["layers"] == ["rail", "ports"]
    assert state["statuses"] == ["operating"]
    assert state["selected"] == "port-aktau"
    assert state["view"] == {"lat": 43.65, "lon": 51.17, "zoom": 7.5, "serial": 1}
    assert at.title[0].value == "Aktau sea port"
    assert address(at) == {
        "lang": "en",
        "layers": "rail,ports",
        "status": "operating",
        "select": "port-aktau",
        "view": "43.65,51.17,7.5",
    }
    assert not at.warning


def test_a_plain_address_gets_the_whole_state():
    at = opened()
    assert address(at) == {"lang": "en", "layers": ",".join(LAYERS), "status": ",".join(STATUSES)}
    assert map_state(at)["view"] is None


def test_what_the_reader_does_goes_into_the_address():
    at = opened()
    click(at, "rail-btk")
    assert address(at)["select"] == "rail-btk"
    switch_layers(at, ["rail", "ports"], 1)
    assert address(at)["layers"] == "rail,ports"
    at.session_state["corridor-map"] = {
        "event": "view",
        "id": "view-1",
        "feature_id": None,
        "layers": ["rail", "ports"],
        "layersVersion": 1,
        "view": "41.7,44.8,7",
    }
    at.run()
    assert address(at)["view"] == "41.7,44.8,7"
    # A view the reader moved to is already on the map: it is not sent back.
    assert map_state(at)["view"] is None
    at.session_state["corridor-map"] = {
        "event": "layers",
        "id": "layers-2",
        "feature_id": None,
        "layers": ["rail", "ports"],
        "statuses": ["planned"],
        "countries": ["KZ", "AZ"],
        "layersVersion": 2,
        "view": "41.7,44.8,7",
    }
    at.run()
    assert address(at)["status"] == "planned"
    assert address(at)["countries"] == "AZ,KZ"
    assert map_state(at)["countries"] == ["AZ", "KZ"]
    at.button(key="back").click().run()
    assert "select" not in address(at)


def test_a_countries_link_limits_the_map_and_stays_in_the_address():
    at = opened(countries="az")
    assert map_state(at)["countries"] == ["AZ"]
    assert address(at)["countries"] == "AZ"
    assert list(address(at)) == ["lang", "layers", "status", "countries"]
    assert not at.warning
    # The reader's next step keeps the countries in the address.
    click(at, "rail-btk")
    assert address(at)["countries"] == "AZ"


def test_a_bad_country_in_a_link_is_named_and_the_map_shows_every_country():
    at = opened(countries="AZ,Atlantis")
    (notice,) = at.warning
    assert "countries=Atlantis" in notice.value
    assert map_state(at)["countries"] == ["AZ"]
    at = opened(countries="zz")
    (notice,) = at.warning
    assert "countries=zz" in notice.value
    assert map_state(at)["countries"] == []
    assert "countries" not in address(at)


def test_filters_that_leave_nothing_on_the_map_say_so():
    at = opened(layers="flights", countries="GE")
    assert "Nothing on the map matches" in at.info[0].value
    at = opened(layers="flights", countries="GE", lang="ru")
    assert "На карте нет ничего" in at.info[0].value
    assert not opened(layers="flights", countries="AZ").info


def test_a_bad_link_gets_a_notice_and_the_rest_applies():
    at = opened(layers="rail,metro", select="<img src=x onerror=alert(1)>", lang="xx", view="1,2")
    (notice,) = at.warning
    for part in ("layers=metro", "lang=xx", "view=1,2", "select="):
        assert part in notice.value.replace("\\", "")
    assert "\\<img" in notice.value
    assert "<img" not in notice.value.replace("\\<", ""), "a value from the link reached the page unescaped"
    assert map_state(at)["layers"] == ["rail"]
    assert map_state(at)["selected"] is None
    assert address(at)["layers"] == "rail"
    # The notice stays until the reader changes the view, then goes.
    report(at, "ready")
    assert len(at.warning) == 1
    click(at, "rail-btk")
    assert not at.warning


@pytest.mark.parametrize(
    "year", ["²", "²⁰¹⁶", "9" * 5000], ids=["superscript", "superscript-year", "5000-digits"]
)
def test_a_year_no_int_can_hold_gets_a_notice_and_the_map(year):
    at = opened(year=year)
    assert not [e for e in at.error if e.icon == guard.ICON], "a part of the page failed"
    (notice,) = at.warning
    assert "year=" in notice.value
    assert map_state(at)["year"] is None


def test_a_long_value_is_named_cut_short():
    at = opened(select="x" * 100_000)
    (notice,) = at.warning
    assert len(notice.value) < 1000
    assert "…" in notice.value


def test_a_year_link_shows_the_map_as_it_was():
    at = opened(year="2016", select="rail-btk")
    state = map_state(at)
    assert state["year"] == 2016
    # BTK opened in 2017: in 2016 it was being built, not operating.
    assert state["asOf"]["rail-btk"] == ["under construction", "shown", "dated"]
    assert state["asOf"]["rail-tr-kars-dilucu"] == [None, "hidden", "not begun"]
    assert state["asOf"]["port-baku-alat"] == ["under construction", "shown", "dated"]
    assert state["asOf"]["sea-kuryk-alat"] == [None, "faded", "not open"]
    assert state["asOf"]["sea-aktau-alat"] == ["operating", "shown", "undated"], "drawn as it is today"
    assert "**In 2016:** under construction" in " ".join(m.value for m in at.markdown)
    assert at.slider[0].value == 2016
    assert address(at)["year"] == "2016"
    at.slider[0].set_value(2025).run()
    # A step of the year adds no history step: the map writes the address in place of the current one.
    assert address(at)["year"] == "2016"
    assert map_state(at)["address"] == urlencode(
        {key: value for key, value in address(at).items() if key != "year"}
    )
    assert map_state(at)["year"] is None
    assert map_state(at)["asOf"] == {}


def test_the_slider_marks_the_year_and_lists_its_milestones(dataset):
    at = opened(year="2017")
    text = " ".join(m.value for m in at.markdown)
    assert "## Milestones of 2017" in text
    assert "30 October 2017" in text
    specs = [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]
    # The headline charts, then every series (cargo, containers, trade, visitors) in one graphic.
    headline = len(charts.headline_charts(dataset.figures, dataset.sources))
    assert len(specs) == headline + 1
    assert [spec["encoding"]["stroke"]["condition"]["test"] for spec in specs[:headline]] == [
        "(datum['year'] === 2017)"
    ] * headline
    series = specs[headline]["vconcat"]
    assert [panel["encoding"]["opacity"]["condition"]["test"] for panel in series] == [
        "(datum.y === 2017)"
    ] * len(dataset.corridor_series)
    at.slider[0].set_value(2024).run()
    series = json.loads(at.get("vega_lite_chart")[3].proto.spec)
    assert series["vconcat"][0]["encoding"]["opacity"]["condition"]["test"] == "(datum.y === 2024)"
    assert "## Milestones of 2024" in " ".join(m.value for m in at.markdown)
    # Where sources disagree both are shown; each point is worded as its source words it.
    described = series["description"]
    assert "2023 (Kazinform): 529.4; 2023 (WNAM): 598.47; 2024: more than 500;" in described
    assert "2023: almost 60,000; 2024: about 90,000; first 8 months of 2025: about 70,000." in described


def test_a_route_link_draws_the_route_and_lists_its_legs():
    at = opened(route="gateway-khorgos..port-poti")
    route = map_state(at)["route"]
    assert route["key"] == "gateway-khorgos..port-poti|2025|0"
    text = " ".join(m.value for m in at.markdown)
    (legs,) = [m.value for m in at.markdown if m.value.startswith("1. **")]
    numbered = [line for line in legs.splitlines() if line[:1].isdigit()]
    assert len(route["lines"]) == len(numbered) == 9
    # The shortest way takes the Almaty bypass, which is being built: marked, and dashed on the map.
    assert route["operating"].count(False) == 1
    assert "**Zhetygen → Kazybek bek**" in legs
    assert "⚠ under construction" in legs
    assert "9. **Gardabani → Poti**: 327 km, rail, 1,520 mm · Georgia · operating" in legs
    assert "Altynkol / Khorgos Gateway → Poti: 4,1" in text.replace("\\", "")
    assert "Total: 4,1" in text
    assert at.selectbox(key="route_from").value == "gateway-khorgos"
    at.toggle(key="route_operating").set_value(True).run()
    assert address(at)["route_links"] == "operating"
    at.button(key="route_clear").click().run()
    assert "route" not in address(at)
    assert map_state(at)["route"] is None


def test_a_route_picked_in_the_explorer_goes_into_the_address():
    at = opened()
    assert not at.selectbox, "the explorer's places come with its switch"
    at.toggle(key="route_open").set_value(True).run()
    at.selectbox(key="route_from").set_value("gateway-dostyk").run()
    assert "route" not in address(at)
    at.selectbox(key="route_to").set_value("station-kars").run()
    assert address(at)["route"] == "gateway-dostyk..station-kars"
    text = " ".join(m.value for m in at.markdown)
    assert "Akhalkalaki: gauge changes from 1,520 mm to 1,435 mm" in text.replace("\\", "")
    # Switched off, the explorer takes its route off the map and out of the address.
    at.toggle(key="route_open").set_value(False).run()
    assert "route" not in address(at)
    assert map_state(at)["route"] is None
    assert not at.selectbox


def test_a_route_with_no_way_says_which_link_is_missing():
    at = opened(route="station-bakhty..port-poti")
    (warning,) = [w for w in at.warning if "No route" in w.value]
    assert "Ayagoz" in warning.value
    assert map_state(at)["route"] is None


def test_a_feature_opened_under_a_route_keeps_the_route_and_shows_it_in_one_line():
    at = opened(route="gateway-dostyk..station-kars", year="2018")
    click(at, "rail-btk")
    assert address(at)["route"] == "gateway-dostyk..station-kars"
    assert map_state(at)["route"]["key"] == "gateway-dostyk..station-kars|2018|0"
    assert not at.selectbox, "the explorer's places wait while a feature's panel is open"
    (line,) = [c.value for c in at.caption if c.value.startswith("On the map:")]
    assert "Dostyk → Kars" in line
    at.button(key="back").click().run()
    assert at.selectbox(key="route_from").value == "gateway-dostyk"
    assert at.selectbox(key="route_to").value == "station-kars"
    assert address(at)["route"] == "gateway-dostyk..station-kars"


@pytest.mark.parametrize(
    ("language", "crossing", "missing", "planned", "place", "constanta"),
    [
        (
            "en",
            "Aghband: border from Armenia into Azerbaijan",
            "known missing link, Alat (Port of Baku) – Horadiz",
            "2 legs are not operating in 2025",
            "Aghband · Rail station, Azerbaijan · Агбенд",
            "Constanța · Sea port, Romania · Констанца · Konstansa · Constanta",
        ),
        (
            "ru",
            "Агбенд: граница, Армения → Азербайджан",
            "недостающего звена Алят (Бакинский порт) — Горадиз",
            "2 участка не действуют в 2025 году",
            "Агбенд · Железнодорожная станция, Азербайджан · Aghband",
            "Констанца · Морской порт, Румыния · Constanța · Konstansa · Constanta",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_route_link_names_every_crossing_and_what_the_route_relies_on(
    language, crossing, missing, planned, place, constanta
):
    at = opened(route="station-aktobe-1..station-aghband", lang=language)
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert text.rstrip().count(crossing) == 1
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert any(w.startswith(planned) for w in warnings), warnings
    assert any(missing in w for w in warnings), warnings
    chooser = at.selectbox(key="route_to")
    assert chooser.value == "station-aghband"
    assert place in chooser.options
    assert constanta in chooser.options
