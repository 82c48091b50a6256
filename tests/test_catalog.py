"""The table's rows, the search entries and the downloads' names (the files themselves: test_downloads.py)."""

from __future__ import annotations

import re

import pytest

from corridor import catalog
from corridor.contract import STATUSES
from corridor.i18n import LANGUAGES, words
from corridor.layers import CORRIDOR_LAYERS

ALL = [layer.id for layer in CORRIDOR_LAYERS]


@pytest.fixture(scope="module")
def every(dataset):
    return catalog.all_rows(dataset)


def by_id(rows):
    return {row.id: row for row in rows}


def test_every_feature_has_one_row_with_its_sources(dataset, every):
    features = [f for layer in CORRIDOR_LAYERS for f in dataset.layers[layer.id].features]
    assert len(every) == len(features) == len(by_id(every))
    assert all(row.sources for row in every)
    # Points come first, as on the map, where they are drawn on top.
    assert every[0].layer == "ports"


def test_lines_are_measured_on_the_ellipsoid_and_points_have_no_length(every):
    rows = by_id(every)
    assert rows["port-aktau"].length_km is None
    # Aktau to Alat across the Caspian is some 400 to 500 km by any route.
    assert 350 < rows["sea-aktau-alat"].length_km < 600
    assert all(row.length_km > 0 for row in every if row.layer != "ports")


def test_the_table_follows_the_layers_and_statuses(every):
    shown = catalog.visible_rows(every, ["rail"], ["planned"])
    assert shown
    assert {row.layer for row in shown} == {"rail"}
    assert {row.status for row in shown} == {"planned"}
    assert catalog.visible_rows(every, [], STATUSES) == []
    assert len(catalog.visible_rows(every, ALL, STATUSES)) == len(every)


def test_search_finds_english_and_russian_names_and_stations(dataset):
    entries = catalog.search_entries(dataset)
    labels = {entry.labels["en"]: entry.feature_id for entry in entries}
    assert labels["Kuryk port — Ports and gateways"] == "port-kuryk"
    russian = {entry.labels["ru"]: entry.feature_id for entry in entries}
    assert russian["Порт Курык — Порты и погранпереходы"] == "port-kuryk"
    stations = [entry for entry in entries if entry.labels["en"].startswith("Beyneu station")]
    assert stations
    assert all(entry.feature_id.startswith("rail-") for entry in stations)
    assert {entry.feature_id for entry in entries} == {row.id for row in catalog.all_rows(dataset)}


# What readers type, and the feature it must find: without diacritics, in any case, with any dash
# or none, in any word order, in either script, or by another name.
FORGIVEN = [
    ("Constanta", "port-constanta"),
    ("CONSTANȚA", "port-constanta"),
    ("Igdir", "rail-tr-kars-dilucu"),
    ("BTK", "rail-btk"),
    ("Horgos", "gateway-khorgos"),
    ("Qorgas", "gateway-khorgos"),
    ("Khorgos", "gateway-khorgos"),
    ("Aqtau", "port-aktau"),
    ("Alyat", "port-baku-alat"),
    ("Baku port", "port-baku-alat"),
    ("Aktau-Alat", "sea-aktau-alat"),
    ("Aktau – Alat", "sea-aktau-alat"),
    ("Aktau Alat", "sea-aktau-alat"),
    ("Актау порт", "port-aktau"),
    ("Актау-Алят", "sea-aktau-alat"),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("query", "feature_id"), FORGIVEN)
def test_search_forgives_spelling_and_answers_in_the_pages_language(
    dataset, every, query, feature_id, language
):
    entries = catalog.search_entries(dataset)
    found = [entries[index] for index in catalog.matches(entries, query, 8)]
    assert feature_id in [entry.feature_id for entry in found], f"{query!r} does not find {feature_id}"
    entry = next(entry for entry in found if entry.feature_id == feature_id)
    assert by_id(every)[feature_id].name(language) in entry.labels[language]


def test_the_search_finds_only_the_names_it_has():
    entries = [catalog.Entry("Port of Constanța", "port-constanta", {"en": "Port of Constanța"})]
    assert catalog.matches(entries, "Constanza", 8) == []
    assert catalog.matches(entries, "Constanta Aktau", 8) == []
    assert catalog.matches(entries, " - ", 8) == []


def test_each_page_names_what_it_finds_in_its_own_language_whatever_the_script_typed(dataset):
    cyrillic = re.compile("[\u0400-\u04ff]")
    entries = catalog.search_entries(dataset)
    assert not [entry.labels["en"] for entry in entries if cyrillic.search(entry.labels["en"])]
    kuryk = [entry for entry in entries if entry.feature_id == "port-kuryk"]
    assert {entry.text for entry in kuryk} >= {"Kuryk port", "Порт Курык", "Quryq"}
    assert {entry.labels["en"] for entry in kuryk} == {"Kuryk port — Ports and gateways"}
    assert {entry.labels["ru"] for entry in kuryk} == {"Порт Курык — Порты и погранпереходы"}
    beyneu = [entry.labels["ru"] for entry in entries if entry.text == "Beyneu"]
    assert beyneu
    assert all(label.startswith("Станция Бейнеу") for label in beyneu)


def test_download_names_say_what_and_when(dataset):
    name = catalog.file_name("features", dataset, "geojson")
    assert name == f"middle-corridor-features-{catalog.data_date(dataset)}.geojson"
    assert catalog.data_date(dataset)[:2] == "20"


def test_matches_put_names_that_start_with_the_query_first_one_per_feature(dataset):
    entries = catalog.search_entries(dataset)
    found = catalog.matches(entries, "  BEYNEU ", 8)
    assert found
    assert entries[found[0]].text.casefold().startswith("beyneu")
    assert len({entries[i].feature_id for i in found}) == len(found)
    assert catalog.matches(entries, "", 8) == []
    assert len(catalog.matches(entries, "a", 3)) == 3


def test_the_table_reads_in_the_page_language(every):
    row = by_id(every)["port-aktau"]
    assert row.cells("ru")["name"] == "Морской порт Актау"
    assert row.cells("ru")["status"] == "действует"
    assert row.cells("ru")["countries"] == "Казахстан"
    assert row.cells("en")["type"] == "Sea port"
    assert all(set(words(language).table) == set(catalog.TABLE_COLUMNS) for language in LANGUAGES)
