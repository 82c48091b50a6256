"""The layer registry: one entry per layer, read by the legend, the map, the table, the network and the build.

A layer added to the registry, with its file and its words, shows in the
legend, on the map and in the table with no other change.
"""

from __future__ import annotations

import json
import pkgutil
import re
from pathlib import Path

import pytest

from corridor import catalog, contract, i18n, layers, mapdata, styles
from corridor.dataset import load_dataset
from corridor.layers import ALL_LAYERS, CORRIDOR_LAYERS, NETWORK_PARTS, Layer, registered_kinds
from corridor.legend import legend_html
from corridor.styles import Look
from tests.helpers import EXTRA_LANGUAGES


def test_ids_and_files_are_one_per_layer():
    assert len({layer.id for layer in ALL_LAYERS}) == len(ALL_LAYERS)
    assert len({layer.filename for layer in ALL_LAYERS}) == len(ALL_LAYERS)


def test_a_layer_holds_every_kind_the_contract_names():
    assert set(contract.KINDS) <= set(registered_kinds())


def test_every_builder_the_registry_names_is_there():
    for layer in ALL_LAYERS:
        if layer.builder is not None:
            assert callable(pkgutil.resolve_name(layer.builder)), layer.id


def test_every_legend_row_is_a_kind_of_its_layer_with_its_words():
    for layer in CORRIDOR_LAYERS:
        for kind, key in layer.legend:
            assert kind in layer.kinds, (layer.id, kind)
            for language in i18n.LANGUAGES:
                assert key in i18n.words(language).legend, (layer.id, key, language)


def test_the_network_gets_each_of_its_parts_from_a_layer():
    given = [layer.network for layer in CORRIDOR_LAYERS if layer.network is not None]
    assert sorted(given) == sorted(NETWORK_PARTS)


# A made-up layer: ferries, drawn in a colour and weight of their own, with a row in the legend.
FERRIES = Layer(
    "ferries",
    "ferries.geojson",
    "line",
    kinds=("ferry_route",),
    look=Look("#882255", 4.0),
    kind_looks={"ferry_route": Look(weight=4.5)},
    legend=(("ferry_route", "ferry"),),
)
FERRY_ID = "ferry-aktau-alat"


def add_ferry_file(geodata: Path) -> None:
    """The layer's data: one ferry line on the Aktau - Alat lane's track, and its (empty) dates."""
    sea = json.loads((geodata / "sea.geojson").read_text(encoding="utf-8"))
    lane = next(f for f in sea["features"] if f["properties"]["id"] == "sea-aktau-alat")
    properties = {
        **lane["properties"],
        "id": FERRY_ID,
        "kind": "ferry_route",
        "name_en": "Aktau - Alat ferry",
    }
    document = {"type": "FeatureCollection", "features": [{**lane, "properties": properties}]}
    (geodata / FERRIES.filename).write_text(json.dumps(document), encoding="utf-8")
    timeline = json.loads((geodata / "timeline.json").read_text(encoding="utf-8"))
    timeline["features"][FERRY_ID] = []
    (geodata / "timeline.json").write_text(json.dumps(timeline), encoding="utf-8")


@pytest.fixture
def with_ferries(monkeypatch, geodata_copy):
    """The registry with the ferries' entry (before the points, which go last), their file and their words."""
    corridor = (*CORRIDOR_LAYERS[:-1], FERRIES, CORRIDOR_LAYERS[-1])
    every = (*layers.BASEMAP_LAYERS, *corridor)
    monkeypatch.setattr(layers, "CORRIDOR_LAYERS", corridor)
    monkeypatch.setattr(layers, "ALL_LAYERS", every)
    monkeypatch.setattr(layers, "LAYERS_BY_ID", {layer.id: layer for layer in every})
    for language, title, kind_word, legend_word in (
        ("en", "Ferry lines", "Ferry line", "Ferry"),
        ("ru", "Паромные линии", "Паромная линия", "Паром"),
        # Every other language the catalogues hold, in English words: the layer needs a title in each.
        *((code, "Ferry lines", "Ferry line", "Ferry") for code in EXTRA_LANGUAGES),
    ):
        words = i18n.words(language)
        monkeypatch.setitem(words.layers, "ferries", title)
        monkeypatch.setitem(words.kinds, "ferry_route", kind_word)
        monkeypatch.setitem(words.legend, "ferry", legend_word)
    add_ferry_file(geodata_copy)
    dataset = load_dataset(geodata_copy, layers.ALL_LAYERS)
    assert [str(p) for p in dataset.problems] == []
    return dataset


def test_a_new_layer_has_its_switch_and_its_row_in_the_legend(with_ferries):
    for language, title, word in (("en", "Ferry lines", "Ferry"), ("ru", "Паромные линии", "Паром")):
        legend = legend_html(language)
        switch = re.search(
            r'<label class="corridor-switch"><input type="checkbox" data-layer="ferries" checked>'
            r"(.*?)</label>",
            legend,
        )
        assert switch is not None
        assert 'stroke="#882255"' in switch.group(1)
        assert f"<span>{title}</span>" in switch.group(1)
        assert f'stroke="#882255" stroke-width="3" stroke-linecap="round"/></svg>{word}</div>' in legend
    legend = legend_html("en")
    assert legend.index('data-layer="ferries"') < legend.index('data-layer="sea"'), "in the map's order"


def test_a_new_layer_is_drawn_on_the_map_in_its_own_style(with_ferries):
    published = mapdata.publish_map(with_ferries.layers, lambda stem, text, suffix: f"{stem}.{suffix}")
    (ferries,) = [spec for spec in published.config["layers"] if spec["id"] == "ferries"]
    assert ferries["title"] == {
        "en": "Ferry lines",
        "ru": "Паромные линии",
        **dict.fromkeys(EXTRA_LANGUAGES, "Ferry lines"),
    }
    assert set(ferries["styles"]) == {f"ferry_route|{status}" for status in contract.STATUSES}
    style = ferries["styles"]["ferry_route|operating"]
    assert style["normal"]["color"] == "#882255"
    assert style["normal"]["weight"] == 4.5
    assert style["selected"]["weight"] == 4.5 + styles.SELECTED_WEIGHT_EXTRA
    assert ferries["tiers"][0]["url"] == "layer-ferries-z0.json"
    sent = mapdata.map_state(
        visible=["ferries", "rail"], statuses=["operating"], selected_id=None, language="en"
    )
    assert sent["layers"] == ["rail", "ferries"]


def test_a_new_layer_is_in_the_table_and_the_search(with_ferries):
    rows = {row.id: row for row in catalog.all_rows(with_ferries)}
    ferry = rows[FERRY_ID]
    assert ferry.layer == "ferries"
    assert ferry.cells("en")["type"] == "Ferry line"
    assert ferry.cells("ru")["type"] == "Паромная линия"
    assert ferry.length_km == pytest.approx(rows["sea-aktau-alat"].length_km)
    labels = [
        entry.labels["en"] for entry in catalog.search_entries(with_ferries) if entry.feature_id == FERRY_ID
    ]
    assert "Aktau - Alat ferry — Ferry lines" in labels
