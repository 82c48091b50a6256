"""The page in every language in a browser: the corridor's own languages where the issue opens them, and the switch.

``?lang=az&select=port-baku-alat`` and ``?lang=kk&select=port-aktau``: the
panel's heading in the language's script with a letter only its alphabet has,
``<html lang>`` the language's code, and nothing on the page in another
language but names, sources, quotes and the allow-list (tests/stray.py). A
case per language whose catalogue is in corridor/locales, English and Russian
aside: none until a catalogue lands (the test is then not collected at all,
rather than skipped), and a language missing from ``NEW_LANGUAGES`` fails.
"""

from __future__ import annotations

import pytest

from bench.mapdriver import TIMEOUT_MS
from corridor.i18n import LANGUAGE_NAMES, LANGUAGES, name_of
from tests.e2e.helpers import PHONE, WIDE, open_offline
from tests.stray import NEW_LANGUAGES, features, heading_problems, new_languages, stray

# Runs in the page: each option of the language switch, its text, where it is, and whether its text is cut.
OPTIONS_JS = """
(radio) => [...radio.querySelectorAll('label')].map((label) => {
  const box = label.getBoundingClientRect();
  return {text: label.innerText.trim(), left: box.left, right: box.right, top: box.top,
          cut: label.scrollWidth > label.clientWidth + 1};
})
"""


def shown_text(app) -> str:
    """The panel's text as the reader reads it: without the names of Streamlit's icons ("keyboard_arrow_right")."""
    text = app.panel_text()
    for icon in app.panel.locator('[data-testid="stIconMaterial"]').all_inner_texts():
        text = text.replace(icon, " ")
    return text


if new_languages():

    @pytest.mark.parametrize("language", new_languages())
    def test_the_page_opens_in_the_language_and_its_script(browser, server, language):
        assert language in NEW_LANGUAGES, (
            f"{language}: add the feature to open and its letters to NEW_LANGUAGES"
        )
        feature = NEW_LANGUAGES[language]["feature"]
        heading = name_of(features()[feature], language)
        app = open_offline(browser, server, WIDE, f"?lang={language}&select={feature}")
        try:
            app.wait_for_panel(heading)
            assert heading_problems(app.panel_title(), language) == []
            app.page.wait_for_function(
                "(code) => document.documentElement.lang === code", arg=language, timeout=TIMEOUT_MS
            )
            assert stray(shown_text(app), language) == []
        finally:
            app.page.context.close()


def test_the_language_switch_offers_every_language_by_its_own_name_and_fits_a_phone(browser, server):
    """In the catalogues' order, each option whole and inside the window on a phone, however many languages."""
    app = open_offline(browser, server, PHONE)
    try:
        radio = app.page.get_by_role("radiogroup").first
        radio.scroll_into_view_if_needed(timeout=TIMEOUT_MS)
        options = radio.evaluate(OPTIONS_JS)
        assert [option["text"] for option in options] == [LANGUAGE_NAMES[code] for code in LANGUAGES]
        width = app.page.evaluate("() => document.documentElement.clientWidth")
        assert [o for o in options if o["left"] < 0 or o["right"] > width or o["cut"]] == []
        scroll = app.page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll <= width
    finally:
        app.page.context.close()
