"""English and Russian: every sentence of the page in both, and no English left on a Russian page."""

from __future__ import annotations

import json
import re
import string

import pytest
from streamlit.testing.v1 import AppTest

from corridor.i18n import (
    GLOSSARY,
    LANGUAGES,
    LOCALES_DIR,
    SECTIONS,
    UI,
    format_number,
    plural,
    plural_categories,
    words,
)
from corridor.layers import ALL_LAYERS, registered_kinds
from corridor.paths import GEODATA_DIR, geodata_dir
from corridor.ui.finder import SEARCH_KEY, SHOW_TABLE_KEY
from corridor.ui.session import LANGUAGE_KEY
from tests.helpers import APP, click, plain, report

# Latin words a Russian page may hold besides names and sources: airline and
# company names, the fibre line's brand (Digital Silk Way), airport codes, the
# OpenStreetMap and Natural Earth credits, the file formats, TEU (which the
# interview's Russian, quoted, writes in Latin letters), and the language
# switch's own "Language / Язык" and "English", and the Enter key.
ALLOWED_LATIN = {
    # Company, project and ship-type names as their owners write them.
    "ADY",
    "Container",
    "Jan",
    "De",
    "Nul",
    "CESI",
    "TRIPP",
    "Ro",
    "Pax",
    "AZAL",
    "Air",
    "Astana",
    "FlyArystan",
    "AzerTelecom",
    "OpenStreetMap",
    "COP29",
    "Digital",
    "Silk",
    "Way",
    "GYD",
    "NQZ",
    "ALA",
    "SCO",
    "GUW",
    "CIT",
    "AKX",
    "Report",
    "ODbL",
    "Natural",
    "Earth",
    "GeoJSON",
    "TEU",
    "CSV",
    "Language",
    "English",
    # The key's name as keyboards print it ("нажмите Enter").
    "Enter",
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_catalogue_has_every_word_of_the_english_one_with_the_same_placeholders():
    """Each section of every language's file, read from the files themselves, not from a list kept here."""
    assert sorted(path.stem for path in LOCALES_DIR.glob("*.toml") if path.stem != GLOSSARY) == sorted(
        LANGUAGES
    )
    english = words("en")
    for language in LANGUAGES:
        catalogue = words(language)
        for section in SECTIONS:
            table, base = getattr(catalogue, section), getattr(english, section)
            assert set(table) == set(base), f"{language}.toml [{section}]: {set(base) ^ set(table)}"
            for key, text in table.items():
                assert text.strip() or not base[key], f"{language}.toml [{section}] {key} is empty"
                assert placeholders(text) == placeholders(base[key]), f"{language}.toml [{section}] {key}"


def test_every_catalogue_says_every_count_in_every_form_its_grammar_has():
    """Each sentence with a count, in each CLDR plural category of the catalogue's locale (Babel's), and no other."""
    english = words("en").plurals
    for language in LANGUAGES:
        catalogue = words(language)
        needed = plural_categories(language)
        assert set(catalogue.plurals) == set(english), f"{language}.toml [plurals]"
        for key, forms in catalogue.plurals.items():
            assert set(forms) == needed, f"{language}.toml [plurals.{key}]: {set(forms) ^ needed}"
            for category, text in forms.items():
                assert "count" in placeholders(text), f"{language}.toml [plurals.{key}] {category}"
                assert placeholders(text) == placeholders(english[key]["other"]), (
                    f"{language} {key} {category}"
                )


def test_russian_has_four_forms_and_english_two():
    assert plural_categories("ru") == {"one", "few", "many", "other"}
    assert plural_categories("en") == {"one", "other"}


def test_no_sentence_hedges_a_count_with_a_bracketed_s():
    """Never "4 figure(s)": every count is said in its own form, as [plurals] gives it."""
    for language in LANGUAGES:
        catalogue = words(language)
        texts = [text for section in SECTIONS for text in getattr(catalogue, section).values()]
        texts += [text for forms in catalogue.plurals.values() for text in forms.values()]
        assert not [text for text in texts if "(s)" in text], language


COUNTS = (1, 2, 5, 21)


@pytest.mark.parametrize(
    ("language", "key", "values", "expected"),
    [
        ("en", "context", {}, ["1 figure", "2 figures", "5 figures", "21 figures"]),
        ("ru", "context", {}, ["1 цифра по", "2 цифры по", "5 цифр по", "21 цифра по"]),
        ("en", "station_count", {}, ["(1 station)", "(2 stations)", "(5 stations)", "(21 stations)"]),
        ("ru", "station_count", {}, ["(1 станция)", "(2 станции)", "(5 станций)", "(21 станция)"]),
        (
            "en",
            "route_not_operating",
            {"year": 2016},
            ["1 leg is not", "2 legs are not", "5 legs are not", "21 legs are not"],
        ),
        (
            "ru",
            "route_not_operating",
            {"year": 2016},
            [
                "1 участок не действует в 2016 году",
                "2 участка не действуют в 2016 году",
                "5 участков не действуют в 2016 году",
                "21 участок не действует в 2016 году",
            ],
        ),
        (
            "en",
            "route_total",
            {"km": "10", "legs_km": "10"},
            ["over 1 leg (", "over 2 legs (", "over 5 legs (", "over 21 legs ("],
        ),
        (
            "ru",
            "route_total",
            {"km": "10", "legs_km": "10"},
            ["км**, 1 участок (", "км**, 2 участка (", "км**, 5 участков (", "км**, 21 участок ("],
        ),
    ],
)
def test_a_count_takes_the_form_its_language_gives_it(language, key, values, expected):
    said = [plural(language, key, count, **values) for count in COUNTS]
    assert [part in text for part, text in zip(expected, said, strict=True)] == [True] * 4, said


def test_a_count_is_written_as_its_language_writes_numbers():
    assert plural("ru", "context", 1000) == "1\u00a0000 цифр по коридору в целом"
    assert plural("en", "context", 1000) == "Corridor-wide context: 1,000 figures"


def test_the_catalogues_name_every_kind_status_layer_and_country_the_data_can_hold():
    from corridor.contract import COUNTRIES, STATUSES

    for language in LANGUAGES:
        catalogue = words(language)
        assert set(catalogue.kinds) == set(registered_kinds()), language
        assert set(catalogue.statuses) == set(STATUSES), language
        assert set(catalogue.layers) == {layer.id for layer in ALL_LAYERS}, language
        assert set(catalogue.countries) == set(COUNTRIES), language


def test_numbers_are_written_as_each_language_writes_them():
    assert format_number(90_000, "en") == "90,000"
    assert format_number(90_000, "ru") == "90\u00a0000"
    assert format_number(4.5, "ru") == "4,5"
    assert format_number(1_000, "ru") == "1\u00a0000"
    assert format_number(0.759, "en") == "0.759"


def names_and_sources() -> list[str]:
    """What a Russian page may show in English: feature names, and the sources' titles and publishers.

    Each panel gives the other language's name too.
    """
    folder = geodata_dir()
    found = []
    for path in folder.glob("*.geojson"):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            found.append(feature["properties"]["name_en"])
    sources = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    entries = sources.values() if isinstance(sources, dict) else sources
    for entry in entries:
        for key in ("title", "publisher", "date"):
            if isinstance(entry, dict) and entry.get(key):
                found.append(entry[key])
    return sorted(found, key=len, reverse=True)


def page_text(at: AppTest) -> str:
    """Every string the reader can see: text, labels, help, options, and the charts' titles."""
    parts = [
        plain(e.value)
        for kind in ("markdown", "caption", "title", "subheader", "header")
        for e in at.get(kind)
    ]
    parts += [e.value for kind in ("info", "warning", "error") for e in at.get(kind)]
    kinds = ("button", "expander", "multiselect", "radio", "toggle", "text_input", "download_button")
    parts += [e.label for kind in kinds for e in at.get(kind)]
    parts += [e.value for e in at.get("code")]
    parts += [str(e.proto.placeholder) for e in at.get("text_input")]
    parts += [f"{m.label} {m.value} {m.proto.help}" for m in at.metric]
    for widget in (*at.multiselect, *at.radio):
        parts += list(widget.options)  # as the reader sees them, formatted
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        parts += re.findall(r'"title": "([^"]*)"', json.dumps(spec, ensure_ascii=False))
    return "\n".join(parts)


def english_left(text: str) -> list[str]:
    text = re.sub(r"https?://[^\s)]+", " ", text)
    text = re.sub(r"\S*/\?lang=\S+", " ", text)  # a link to the view, without its host in AppTest
    for allowed in names_and_sources():
        text = re.sub(rf"(?<!\w){re.escape(allowed)}(?!\w)", " ", text)
    text = text.replace(":grey[", " ")  # Streamlit's colour directive, not a word
    return sorted({word for word in re.findall(r"[A-Za-z][A-Za-z0-9]+", text) if word not in ALLOWED_LATIN})


@pytest.fixture(scope="module")
def russian() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "ru"
    at.run()
    report(at, "ready")
    at.toggle(key=SHOW_TABLE_KEY).set_value(True).run()
    at.toggle(key="cite").set_value(True).run()
    at.text_input(key=SEARCH_KEY).set_value("Курык").run()
    assert len(at.dataframe) == 1
    return at


def feature_ids() -> list[str]:
    folder = geodata_dir()
    return [
        feature["properties"]["id"]
        for name in ("ports", "rail", "sea", "flights", "fibre", "energy")
        for feature in json.loads((folder / f"{name}.geojson").read_text(encoding="utf-8"))["features"]
    ]


def test_the_russian_overview_has_no_english_but_names_and_sources(russian):
    click(russian, None)
    assert russian.title[0].value.startswith("Средний коридор")
    assert russian.radio[0].value == "ru"
    assert english_left(page_text(russian)) == []


@pytest.mark.parametrize("feature_id", feature_ids())
def test_every_russian_panel_has_no_english_but_names_and_sources(russian, feature_id):
    click(russian, feature_id)
    assert russian.button(key="back").label == UI["ru"]["back"]
    assert english_left(page_text(russian)) == [], feature_id


def test_the_check_finds_english_when_there_is_some(russian):
    click(russian, "port-aktau")
    assert english_left(page_text(russian) + " Kazakhstan's main Caspian port") == ["Caspian", "main", "port"]
    assert english_left(page_text(russian) + " Baku port") == ["port"]


def test_the_language_switch_changes_the_page_and_the_map(russian):
    click(russian, "port-aktau")
    assert russian.title[0].value == "Морской порт Актау"
    russian.radio(key=LANGUAGE_KEY).set_value("en").run()
    assert russian.title[0].value == "Aktau sea port"
    assert "Kazakhstan's main port on the Caspian" in page_text(russian)
    assert russian.query_params["lang"] in ("en", ["en"])
    russian.radio(key=LANGUAGE_KEY).set_value("ru").run()
    assert "Главный каспийский порт Казахстана" in page_text(russian)


@pytest.mark.parametrize("feature_id", feature_ids())
def test_every_english_panel_opens(feature_id):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["select"] = feature_id
    at.run()
    assert not at.exception
    assert at.button(key="back").label == UI["en"]["back"]


def russian_strings():
    """Every Russian string the page can show: the interface, the layers, figures, series and dates."""

    def walk(value, where):
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from walk(item, f"{where}.{key}")
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                yield from walk(item, f"{where}[{index}]")

    for section in SECTIONS:
        yield from walk(dict(getattr(words("ru"), section)), f"ru.toml [{section}]")
    yield from walk(dict(words("ru").plurals), "ru.toml [plurals]")
    for layer in ALL_LAYERS:
        for feature in json.loads((GEODATA_DIR / layer.filename).read_text(encoding="utf-8"))["features"]:
            properties = feature["properties"]
            for key, value in properties.items():
                if key.endswith("_ru"):
                    yield from walk(value, f"{layer.filename}:{properties['id']}.{key}")
    figures = json.loads((GEODATA_DIR / "figures.json").read_text(encoding="utf-8"))
    for figure in figures["figures"]:
        yield from walk(figure["ru"], f"figures.json:{figure['id']}")
    for series in figures["series"]:
        yield from walk(series["ru"], f"figures.json:{series['id']}")
    timeline = json.loads((GEODATA_DIR / "timeline.json").read_text(encoding="utf-8"))
    events = [(fid, e) for fid, found in timeline["features"].items() for e in found]
    events += [(e.get("id", "-"), e) for e in timeline["events"]]
    for fid, event in events:
        for key in ("when_ru", "what_ru", "place_ru"):
            if key in event:
                yield f"timeline.json:{fid}.{key}", event[key]


def test_russian_uses_dashes_not_spaced_hyphens():
    """A dash between words or in a range of numbers is a dash in Russian: "Баку — Тбилиси", "6–7 октября"."""
    hyphens = [
        (where, text) for where, text in russian_strings() if " - " in text or re.search(r"\d-\d", text)
    ]
    assert hyphens == []


def test_every_russian_name_is_written_in_cyrillic():
    latin_only = [
        (where, text)
        for where, text in russian_strings()
        if where.endswith(("name_ru", "label_ru"))
        and re.search("[A-Za-z]", text)
        and not re.search("[\u0400-\u04ff]", text)
    ]
    assert latin_only == []


def test_one_spelling_for_each_name():
    text = " ".join(value for _, value in russian_strings())
    assert "Нахичевань" not in text, "Нахчыван, as Azerbaijan writes it in Russian"
    assert "Степанакерт" not in text, "Ханкенди"
    assert "пересадк" not in text, "freight is transshipped: перевалка"


def test_the_russian_checks_can_fail():
    assert " - " in "Баку - Тбилиси"
    assert re.search(r"\d-\d", "6-7 октября")
    assert re.search("[A-Za-z]", "Quiemo")
    assert not re.search("[\u0400-\u04ff]", "Quiemo")
