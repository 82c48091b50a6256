"""Links: the address's parameters read by the page, and the state written back into it."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from corridor import urlstate
from corridor.contract import STATUSES
from corridor.layers import CORRIDOR_LAYERS
from corridor.urlstate import LinkState, Notice, View
from tests.test_app import APP, click, map_state, report, switch_layers

LAYERS = tuple(layer.id for layer in CORRIDOR_LAYERS)
KNOWN = {
    "languages": ("en", "ru"),
    "layers": LAYERS,
    "statuses": STATUSES,
    "features": {"port-aktau", "rail-btk"},
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
    ],
)
def test_a_bad_value_is_left_out_and_named(params, wanted, notice):
    assert urlstate.parse(params, **KNOWN) == (wanted, [notice])


def test_empty_lists_mean_none():
    assert parse(layers="", status="") == (LinkState(layers=(), statuses=()), [])


def test_the_state_is_written_in_a_fixed_order_and_reads_back():
    params = urlstate.encode(
        lang="ru",
        layers=("rail", "ports"),
        statuses=("operating",),
        select="rail-btk",
        view=View(41.7, 44.8, 7),
    )
    assert list(params) == ["lang", "layers", "status", "select", "view"]
    assert params["view"] == "41.7,44.8,7"
    assert urlstate.parse(params, **KNOWN) == (
        LinkState("ru", ("rail", "ports"), ("operating",), "rail-btk", View(41.7, 44.8, 7)),
        [],
    )
    assert "select" not in urlstate.encode(lang="en", layers=(), statuses=(), select=None, view=None)


def opened(**params: str) -> AppTest:
    """The page opened from a link, after the map's "ready" report."""
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    report(at, "ready")
    return at


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
    assert at.multiselect[0].value == ["operating"]
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
    at.multiselect[0].set_value(["planned"]).run()
    assert address(at)["status"] == "planned"
    at.button(key="back").click().run()
    assert "select" not in address(at)


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
