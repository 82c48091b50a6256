"""The pages in the corridor's own languages open where the issue says, in their language and script.

``?lang=az&select=port-baku-alat`` and ``?lang=kk&select=port-aktau``: the
panel's heading is in the language's script and holds a letter only its
alphabet has, the page says its language (``<html lang>``, through the map's
state), and nothing on it is in another language but names, sources, quotes
and the allow-list. A case per language whose catalogue is in
corridor/locales, English and Russian aside: none until a catalogue lands
(the test is then not collected at all, rather than skipped), and a language
not in the table fails rather than pass unchecked.
tests/e2e/test_languages.py opens the same pages in a browser.
"""

from __future__ import annotations

import datetime

import pytest
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from corridor.i18n import LANGUAGES, format_day, format_number, name_of, words
from tests.helpers import map_state, opened, plain
from tests.stray import NEW_LANGUAGES, features, heading_problems, new_languages, page_text, stray

# Collected only once a catalogue beside English and Russian is in corridor/locales: no case, no test, no skip.
if new_languages():

    @pytest.mark.parametrize("language", new_languages())
    def test_the_page_opens_in_the_language_and_its_script(language):
        assert language in NEW_LANGUAGES, (
            f"{language}: add the feature to open and its letters to NEW_LANGUAGES"
        )
        feature = NEW_LANGUAGES[language]["feature"]
        at = opened(lang=language, select=feature)
        heading = plain(at.title[0].value)
        assert heading == name_of(features()[feature], language)
        assert heading_problems(heading, language) == []
        assert map_state(at)["language"] == language
        assert stray(page_text(at), language) == []


def test_the_heading_check_can_fail():
    assert heading_problems("Bakı Beynəlxalq Dəniz Ticarət Limanı", "az") == []
    assert heading_problems("Ақтау халықаралық теңіз сауда порты", "kk") == []
    assert heading_problems("Baku port", "az") == ["'Baku port' has none of əğıöüçşƏĞİÖÜÇŞ"]
    assert heading_problems("Морской порт Актау", "kk") == [
        "'Морской порт Актау' has none of әғқңөұүһіӘҒҚҢӨҰҮҺІ"
    ]
    assert heading_problems("Ақтау port", "kk") == ["'Ақтау port' is not all in the Cyrillic script"]
    assert heading_problems("Aktau", "xx")


DAY = datetime.date(2025, 9, 30)
SEPTEMBER = 9


def cldr_number(locale: Locale) -> str:
    """1234567.5 as the locale's CLDR symbols write it: its group and decimal marks."""
    symbols = locale.number_symbols["latn"]
    return f"1{symbols['group']}234{symbols['group']}567{symbols['decimal']}5"


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_and_days_are_written_as_the_languages_cldr_data_says(language):
    """Each language's numbers and days by the CLDR data (through Babel) of its catalogue's locale."""
    locale = Locale.parse(words(language).locale)
    assert format_number(1234567.5, language) == cldr_number(locale)
    day = format_day(DAY, language)
    assert locale.months["format"]["wide"][SEPTEMBER] in day
    assert "2025" in day
    assert "30" in day


@pytest.mark.parametrize("code", sorted(NEW_LANGUAGES))
def test_babel_has_the_corridors_own_languages(code):
    """Babel's az and kk locales, which the catalogues name: their number marks and month names."""
    locale = Locale.parse(code)
    assert locale.language == code
    assert format_decimal(1234567.5, locale=locale) == cldr_number(locale)
    assert locale.months["format"]["wide"][SEPTEMBER] in format_date(DAY, "long", locale=locale)
    assert any(
        c in NEW_LANGUAGES[code]["letters"]
        for c in locale.months["format"]["wide"][SEPTEMBER] + locale.display_name
    )
