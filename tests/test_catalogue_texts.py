"""Feature texts live in data/catalogue/, every language together.

A language added there is built into the layers with no code change, and a feature short of a text
in one language is named.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corridor.build import catalogue, layers, names
from corridor.build.catalogue import CATALOGUE_DIR, ENGLISH, CatalogueError, load
from corridor.build.properties import feature, in_every_language, station_names, stretch_names
from corridor.i18n import LANGUAGES

POINT = {"type": "Point", "coordinates": [50.0, 40.0]}


def copy_catalogue(tmp_path: Path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE_DIR, folder)
    return folder


def edit(folder: Path, layer: str, change) -> None:
    path = folder / f"{layer}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def add_language(document: dict, language: str) -> None:
    for owner in (document, *document["features"]):
        if "text" in owner:
            owner["text"][language] = {k: f"[{language}] {v}" for k, v in owner["text"][ENGLISH].items()}


def english_name(key: str) -> str:
    return f"{key}_en" if key in ("name", "label") else key


def test_the_committed_catalogue_gives_every_feature_its_texts_in_every_language_of_the_page():
    assert (ENGLISH, *sorted(set(LANGUAGES) - {ENGLISH})) == catalogue.LANGUAGES
    for layer in catalogue.LAYER_FILES:
        for spec in catalogue.CATALOGUE.layers[layer]:
            assert {"name", "description"} <= set(spec["text"]["en"]), spec["id"]
            for language in catalogue.LANGUAGES[1:]:
                assert set(spec["text"][language]) == set(spec["text"]["en"]), (spec["id"], language)


def test_a_language_added_to_the_data_comes_out_in_every_feature_with_no_code_change(tmp_path):
    folder = copy_catalogue(tmp_path)
    for layer in catalogue.LAYER_FILES:
        edit(folder, layer, lambda document: add_language(document, "xx"))
    loaded = load(folder)
    assert loaded.languages == (*catalogue.LANGUAGES, "xx")

    # Ports and flights through their own builders, the rest through the feature their builders share.
    order = ("ports", "flights", "rail", "sea", "fibre", "energy")
    built = [*layers.build_ports(loaded.layers["ports"]), *layers.build_flights(loaded.layers["flights"])]
    built += [feature(spec, "any", POINT) for layer in order[2:] for spec in loaded.layers[layer]]
    specs = [spec for layer in order for spec in loaded.layers[layer]]
    assert len(built) == len(specs) == 53
    for spec, built_feature in zip(specs, built, strict=True):
        properties = built_feature["properties"]
        for key in set(spec["text"]["en"]) - {"gauge_change_at"}:
            assert properties[f"{key}_xx"] == f"[xx] {properties[english_name(key)]}", (spec["id"], key)
            assert f"{key}_ru" in properties, (spec["id"], key)
    assert built[0]["properties"]["name_xx"] == "[xx] Aktau sea port"
    assert built[0]["properties"]["label_xx"] == "[xx] Aktau"
    assert built[0]["properties"]["description_xx"].startswith("[xx] Kazakhstan's main port")

    btk = next(spec for spec in loaded.layers["rail"] if spec["id"] == "rail-btk")
    assert (
        in_every_language(btk["text"], "gauge_change_at").items()
        >= {
            "gauge_change_at": "Akhalkalaki",
            "gauge_change_at_ru": "Ахалкалаки",
            "gauge_change_at_xx": "[xx] Akhalkalaki",
        }.items()
    )
    assert set(loaded.layer_texts["rail"]) == {*catalogue.LANGUAGES, "xx"}
    entries = [
        {"name_en": "A", "name_ru": "А", "name_xx": "Ax"},
        {"name_en": "B", "name_ru": "Б", "name_xx": "Bx"},
    ]
    assert station_names("line", entries, ["en", "ru", "xx"])["stations_xx"] == ["Ax", "Bx"]
    stretches = stretch_names("line", entries, [(0, 1)], {"en": " – ", "ru": " — ", "xx": " / "})
    assert stretches == {
        "unsourced_stretches": ["A – B"],
        "unsourced_stretches_ru": ["А — Б"],
        "unsourced_stretches_xx": ["Ax / Bx"],
    }


def without_ru_location_note(document: dict) -> None:
    del document["features"][1]["text"]["ru"]["location_note"]


def with_xx_on_the_first_port_only(document: dict) -> None:
    document["features"][0]["text"]["xx"] = dict(document["features"][0]["text"]["en"])


def with_an_empty_ru_name(document: dict) -> None:
    document["features"][2]["text"]["ru"]["name"] = " "


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            without_ru_location_note,
            r"^ports\.json: port-kuryk: the 'ru' texts differ .*missing: location_note",
        ),
        (with_xx_on_the_first_port_only, r"^ports\.json: port-kuryk: no 'xx' texts$"),
        (with_an_empty_ru_name, r"^ports\.json: port-baku-alat: the 'ru' text 'name' is empty$"),
    ],
    ids=["missing key", "language on one feature only", "empty text"],
)
def test_a_feature_short_of_a_text_in_one_language_is_named_with_its_file(tmp_path, change, message):
    folder = copy_catalogue(tmp_path)
    edit(folder, "ports", change)
    with pytest.raises(CatalogueError, match=message):
        load(folder)


def test_a_station_with_no_name_in_a_language_is_named_with_its_line():
    entries = [{"name_en": "Aktau", "name_ru": "Актау"}]
    with pytest.raises(CatalogueError, match=r"^rail-lines\.json: rail-x: station Aktau has no name_xx$"):
        station_names("rail-lines.json: rail-x", entries, ["en", "ru", "xx"])


def test_a_station_no_source_names_in_azerbaijani_takes_its_english_name():
    entries = [
        {"name_en": "Aktau", "name_ru": "Актау"},
        {"name_en": "Alat", "name_ru": "Алят", "name_az": "Ələt"},
    ]
    names = station_names("rail-lines.json: rail-x", entries, ["en", "ru", "az"])
    assert names == {
        "stations": ["Aktau", "Alat"],
        "stations_ru": ["Актау", "Алят"],
        "stations_az": ["Aktau", "Ələt"],
    }


def test_a_station_no_source_names_in_kazakh_takes_its_russian_name():
    entries = [
        {"name_en": "Dostyk", "name_ru": "Достык", "name_kk": "Достық"},
        {"name_en": "Saz", "name_ru": "Саз"},
    ]
    assert station_names("rail-lines.json: rail-x", entries, ["en", "ru", "kk"])["stations_kk"] == [
        "Достық",
        "Саз",
    ]


def place_names_with(tmp_path: Path, change) -> Path:
    document = json.loads(names.NAMES_FILE.read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "place-names.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def with_xx_names(document: dict) -> None:
    for country, words in document["countries"].items():
        words["xx"] = f"[xx] {country}"
    for city, entry in document["cities"].items():
        entry["name"]["xx"] = f"[xx] {entry['name'].get('en', city)}"


def test_a_language_added_to_the_place_names_names_every_country_and_city(tmp_path):
    loaded = names.load(place_names_with(tmp_path, with_xx_names))
    assert loaded.languages == (*names.PLACE_NAMES.languages, "xx")
    assert (
        loaded.country("Kazakhstan").items()
        >= {
            "name_en": "Kazakhstan",
            "name_kk": "Қазақстан",
            "name_ru": "Казахстан",
            "name_xx": "[xx] Kazakhstan",
        }.items()
    )
    city, corrected = loaded.city({"name": "Jezkazgan", "name_en": "Jezkazgan", "name_ru": "Джезказган"})
    assert corrected
    assert (
        city.items()
        >= {
            "name_en": "Zhezkazgan",
            "name_kk": "Жезқазған",
            "name_ru": "Жезказган",
            "name_xx": "[xx] Zhezkazgan",
        }.items()
    )
    # Natural Earth names no place in Kazakh: a city not named here has no Kazakh name, and the map falls back.
    assert loaded.city({"name": "Pavlodar", "name_ru": "Павлодар", "name_xx": "Pavlodar-xx"}) == (
        {"name_en": "Pavlodar", "name_ru": "Павлодар", "name_xx": "Pavlodar-xx"},
        False,
    )
    city, corrected = loaded.city({"name": "Karaganda", "name_ru": "Караганда"})
    assert not corrected
    assert (
        city.items()
        >= {
            "name_en": "Karaganda",
            "name_kk": "Қарағанды",
            "name_ru": "Караганда",
            "name_xx": "[xx] Karaganda",
        }.items()
    )


def test_a_country_with_no_name_in_one_language_is_named(tmp_path):
    def without(document: dict) -> None:
        with_xx_names(document)
        del document["countries"]["Georgia"]["xx"]

    with pytest.raises(CatalogueError, match=r"^place-names\.json: countries: Georgia has no name in xx$"):
        names.load(place_names_with(tmp_path, without))


def test_a_city_renamed_in_english_is_renamed_in_russian_too(tmp_path):
    def without(document: dict) -> None:
        del document["cities"]["Kapchagay"]["name"]["ru"]

    with pytest.raises(CatalogueError, match=r"^place-names\.json: cities: Kapchagay has no name in ru$"):
        names.load(place_names_with(tmp_path, without))
