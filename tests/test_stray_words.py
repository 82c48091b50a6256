"""Every page not in English holds nothing in another language but names, sources, quotes and the allow-list.

One page per language the catalogues give (corridor/locales/<code>.toml),
English aside: its overview and every feature's panel. A language is checked
from the day its catalogue lands; tests/stray.py says how each script is read.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from corridor.i18n import UI, label_of
from corridor.ui.finder import SEARCH_KEY, SHOW_TABLE_KEY
from tests.helpers import APP, click, report
from tests.stray import (
    english_left,
    features,
    names_and_sources,
    other_languages,
    page_text,
    russian_left,
    stray,
)


@pytest.fixture(scope="module")
def page(request) -> tuple[str, AppTest]:
    """The page in one language, with the table, the citations and a search shown."""
    language = request.param
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = language
    at.run()
    report(at, "ready")
    at.toggle(key=SHOW_TABLE_KEY).set_value(True).run()
    at.toggle(key="cite").set_value(True).run()
    at.text_input(key=SEARCH_KEY).set_value(label_of(features()["port-kuryk"], language)).run()
    assert len(at.dataframe) == 1
    return language, at


@pytest.mark.parametrize("page", other_languages(), indirect=True)
def test_the_overview_holds_nothing_in_another_language(page):
    language, at = page
    click(at, None)
    assert at.radio[0].value == language
    assert stray(page_text(at), language) == []


@pytest.mark.parametrize("feature_id", list(features()))
@pytest.mark.parametrize("page", other_languages(), indirect=True)
def test_every_panel_holds_nothing_in_another_language(page, feature_id):
    language, at = page
    click(at, feature_id)
    assert at.button(key="back").label == UI[language]["back"]
    assert stray(page_text(at), language) == [], feature_id


@pytest.mark.parametrize("page", ["ru"], indirect=True)
def test_the_check_finds_english_on_a_russian_page(page):
    _, at = page
    click(at, "port-aktau")
    assert stray(page_text(at) + " Kazakhstan's main Caspian port", "ru") == ["Caspian", "main", "port"]
    assert stray(page_text(at) + " Baku port", "ru") == ["port"]


def test_the_check_finds_english_on_a_page_in_latin_letters():
    azerbaijani = "Aktau limanı Qazaxıstanın Xəzər dənizindəki əsas limanıdır, 1963-cü ildə tikilib."
    assert english_left(azerbaijani, latin=True) == []
    assert english_left(azerbaijani + " The main port on the Caspian.", latin=True) == [
        "Caspian",
        "The",
        "main",
        "port",
        "the",
    ]
    # Units and numbers the two languages write alike, and ten ("on") in Azerbaijani, stay.
    assert english_left("Xəttin uzunluğu 836 km, eni 1520 mm, on stansiya", latin=True) == []


def test_the_check_finds_russian_on_a_page_in_latin_letters():
    assert russian_left("Aktau limanı, Xəzər dənizi", latin=True) == []
    assert russian_left("Aktau limanı, главный порт", latin=True) == ["главный", "порт"]


def test_the_check_finds_russian_on_a_kazakh_page():
    kazakh = (
        "Қазақстанның Каспийдегі басты порты, 1963 жылы салынған. "
        "Мұнда мұнай, құрғақ жүк және астық айлақтары бар. Порт пен станция."
    )
    assert russian_left(kazakh, latin=False) == []
    # A long sentence with no letter only Kazakh has, and a Russian word in a short one.
    russian = "Главный каспийский порт Казахстана, построенный в 1963 году. Порт и станция."
    assert russian_left(kazakh + " " + russian, latin=False) == [
        "Главный каспийский порт Казахстана построенный в году",
        "в",
        "году",
        "и",
    ]


def test_names_sources_and_quotes_are_not_stray():
    allowed = names_and_sources()
    assert "Aktau sea port" in allowed
    assert "Морской порт Актау" in allowed
    assert any(text.startswith("Ожидается, что к 2027 году") for text in allowed)
    assert "Русский" in allowed
    assert "English" in allowed
    assert russian_left("Морской порт Актау", latin=True) == []
