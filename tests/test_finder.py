"""The search, the table, the downloads and the citations, run by Streamlit's AppTest."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from corridor import catalog
from corridor.ui.finder import SHOW_TABLE_KEY
from tests.helpers import APP, map_state, plain, report, switch_layers


@pytest.fixture
def app() -> AppTest:
    """The page after its first run and the map's "ready" report."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    report(at, "ready")
    return at


def search(at: AppTest, query: str) -> list:
    at.text_input(key="search").set_value(query).run()
    assert not at.exception
    return [b for b in at.button if b.key and b.key.startswith("found-")]


def test_a_search_pick_selects_frames_and_shows_the_feature(app):
    app.session_state["corridor-map"] = {
        "event": "layers",
        "id": "layers-1",
        "feature_id": None,
        "layers": ["rail"],
        "statuses": ["planned"],
        "countries": ["TR"],
        "layersVersion": 1,
    }
    app.run()
    found = search(app, "kuryk")
    assert plain(found[0].label) == "Kuryk port — Ports and gateways"
    # One button per feature, however many of its stations match.
    assert len({b.key for b in found}) == len(found)
    found[0].click().run()
    assert not app.exception
    assert app.title[0].value == "Kuryk port"
    state = map_state(app)
    assert state["selected"] == "port-kuryk"
    assert state["focus"]["id"] == "port-kuryk"
    assert state["focus"]["layer"] == "ports"
    # The port's layer, status and country come back on, so the map can frame it; the map is told to take them.
    assert "ports" in state["layers"]
    assert "operating" in state["statuses"]
    assert state["countries"] == ["KZ", "TR"]
    assert state["layersVersion"] == 2
    assert app.query_params["select"] in ("port-kuryk", ["port-kuryk"])
    serial = state["focus"]["serial"]
    found = search(app, "Курык")
    # The port (in Kazakh, "Құрық порты") and the station named after it start with the word, so they come
    # first; both read in English.
    first = [plain(b.label) for b in found[:2]]
    assert "Kuryk port — Ports and gateways" in first
    assert any(label.startswith("Kuryk-Port station") for label in first), first
    next(b for b in found if plain(b.label) == "Kuryk port — Ports and gateways").click().run()
    assert map_state(app)["focus"]["serial"] == serial + 1


# What readers type, and a label the search lists for it on the English page.
FORGIVEN = [
    ("Constanta", "Port of Constanța — Ports and gateways"),
    ("BTK", "Baku - Tbilisi - Kars railway (Tbilisi - Akhalkalaki - Kars) — Rail links"),
    ("Horgos", "Altynkol border station and the Khorgos Gateway dry port — Ports and gateways"),
    ("Aqtau", "Aktau sea port — Ports and gateways"),
    ("Aktau-Alat", "Aktau - Alat ferry and container line — Sea links"),
    ("Актау порт", "Aktau sea port — Ports and gateways"),
]
CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_the_search_forgives_spelling_and_answers_in_the_pages_language(app):
    for query, label in FORGIVEN:
        labels = [plain(b.label) for b in search(app, query)]
        assert label in labels, f"{query!r} finds {labels}"
        assert not [shown for shown in labels if CYRILLIC.search(shown)], f"{query!r} lists Russian"
    app.radio(key="language").set_value("ru").run()
    found = search(app, "Aqtau")
    assert plain(found[0].label) == "Морской порт Актау — Порты и погранпереходы"
    found[0].click().run()
    assert not app.exception
    assert map_state(app)["selected"] == "port-aktau"


def test_a_search_that_finds_nothing_says_so(app):
    assert search(app, "Atlantis") == []
    assert "Nothing on the map has that name" in " ".join(c.value for c in app.main.caption)


def test_the_table_is_drawn_only_when_asked_for_and_follows_the_map(app, dataset):
    assert len(app.dataframe) == 0
    assert len(app.get("download_button")) == 0
    app.toggle(key=SHOW_TABLE_KEY).set_value(True).run()
    (table,) = app.dataframe
    assert len(table.value) == len(dataset.corridor_features)
    assert len(app.get("download_button")) == 4
    assert not any(b.proto.disabled for b in app.get("download_button"))
    switch_layers(app, ["sea"], 1)
    (table,) = app.dataframe
    assert set(table.value["type"]) == {"Sea link"}
    sea = len(dataset.layers["sea"].features)
    assert f"On the map: {sea} features" in " ".join(m.value for m in app.markdown)
    buttons = app.get("download_button")
    assert [b.label for b in buttons] == [
        "Point features (GeoJSON)",
        "Line features (GeoJSON)",
        "Features with coordinates (CSV)",
        "Figures and year series (CSV)",
    ]
    # The sea lanes are lines: there is no point file to give.
    assert [b.proto.disabled for b in buttons] == [True, False, False, False]
    app.radio(key="language").set_value("ru").run()
    (table,) = app.dataframe
    assert set(table.value["type"]) == {"Морская линия"}
    assert [b.label for b in app.get("download_button")] == [
        "Точечные объекты (GeoJSON)",
        "Линейные объекты (GeoJSON)",
        "Объекты с координатами (CSV)",
        "Цифры и ряды по годам (CSV)",
    ]


def test_the_table_and_the_downloads_follow_the_country_filter(app, dataset):
    app.toggle(key=SHOW_TABLE_KEY).set_value(True).run()
    app.session_state["corridor-map"] = {
        "event": "layers",
        "id": "layers-countries",
        "feature_id": None,
        "layers": ["ports", "flights"],
        "statuses": ["operating", "under construction", "planned"],
        "countries": ["GE"],
        "layersVersion": 1,
    }
    app.run()
    (table,) = app.dataframe
    georgian = [
        f["properties"]["id"]
        for layer in ("ports", "flights")
        for f in dataset.layers[layer].features
        if "GE" in f["properties"]["countries"]
    ]
    assert sorted(table.value["id"]) == sorted(georgian)
    assert set(table.value["countries"]) == {"Georgia"}
    # The line file has nothing to give: the ports of Georgia are points, and no flight reaches it.
    assert [b.proto.disabled for b in app.get("download_button")] == [False, True, False, False]


def test_a_panel_offers_citations_with_the_period_the_source_and_a_link_to_the_view(app):
    report(app, "click", "sea-aktau-alat")
    assert not [c for c in app.get("code") if "Middle Corridor map" in c.value], "made before asked for"
    app.toggle(key="cite").set_value(True).run()
    (code,) = [c for c in app.get("code") if "Middle Corridor map" in c.value]
    lines = code.value.split("\n\n")
    assert lines[0].startswith("Aktau - Alat")
    assert "select=sea-aktau-alat" in lines[0]
    for line in lines[1:]:
        assert "Source: " in line
        assert "/?lang=en&layers=" in line
    app.radio(key="language").set_value("ru").run()
    (code,) = [c for c in app.get("code") if "Средний коридор" in c.value]
    assert "Источник: " in code.value
    assert "lang=ru" in code.value


def test_the_overview_cites_its_headline_figures(app, dataset):
    app.toggle(key="cite").set_value(True).run()
    (code,) = [c for c in app.get("code") if "Via the Middle Corridor map" in c.value]
    assert "more than USD 500 million (2024). Source: Interview with Agalar Atamoglanov" in code.value
    assert code.value.count("Source: ") == len(dataset.headline_figures)


def test_the_data_date_is_the_newest_source_date_or_status_check(dataset):
    dates = [s["date"] for s in dataset.sources.values() if len(s.get("date", "")) == len("YYYY-MM-DD")]
    checked = [f["properties"]["status_checked"] for f in dataset.corridor_features]
    assert catalog.data_date(dataset) == max(dates + checked)


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "On the map: 1 feature"), ("ru", "На карте 1 объект")]
)
def test_the_tables_heading_counts_in_the_languages_own_plural(language, heading, dataset):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = language
    at.run()
    report(at, "ready")
    at.toggle(key=SHOW_TABLE_KEY).set_value(True).run()
    switch_layers(at, ["fibre"], 1)
    assert len(dataset.layers["fibre"].features) == 1
    assert f"## {heading}" in [m.value for m in at.markdown]
