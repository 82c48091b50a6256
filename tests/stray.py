"""Words left in another language on a page: English on any page not in English, Russian on a Kazakh or Azerbaijani one.

What a page may hold in another language: every name (each feature's,
station's and event place's, in every language, and each language's own name
in the switch), the sources' titles, publishers and dates, the interview's
Russian words (quoted as they stand), and the words ``tests/stray_words.toml``
allows, each with its reason. Those are taken out of the page's text first;
what is left must be in the page's language.

- **English** on a page in a Cyrillic language (Russian, Kazakh): any Latin word.
  On a page in a Latin language (Azerbaijani): any word of the English texts
  (the English catalogue and the data's English) that the language does not
  write the same way (``[shared]``) and that has no letter English lacks.
- **Russian** on an Azerbaijani page: any Cyrillic word.
- **Russian** on a Kazakh page, whose alphabet holds all of Russian's letters:
  a common Russian word Kazakh does not use (``[russian]``, unless
  ``[kazakh]`` allows it), or a sentence of six Cyrillic words or more with
  none of the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і): Kazakh prose has
  one within a few words, Russian never.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from streamlit.testing.v1 import AppTest

from corridor.i18n import BASE, LANGUAGE_NAMES, LOCALES_DIR, SECTIONS, words
from corridor.paths import PROJECT_DIR, geodata_dir
from tests.bars import words_of
from tests.helpers import plain

ALLOWED_FILE = Path(__file__).resolve().parent / "stray_words.toml"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# A sentence this long in Kazakh has a letter only Kazakh has.
LONG_SENTENCE = 6
SENTENCE_END = re.compile(r"[.;:!?\n«»()]")
RUSSIAN = "ru"


@cache
def allowed() -> dict[str, dict[str, str]]:
    with ALLOWED_FILE.open("rb") as handle:
        return tomllib.load(handle)


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


@cache
def names_and_sources() -> tuple[str, ...]:
    """What a page may show in another language, longest first: names, sources, quotes and the languages' names."""
    folder = geodata_dir()
    found = list(LANGUAGE_NAMES.values())
    for path in folder.glob("*.geojson"):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            for key, value in feature["properties"].items():
                if key.startswith(("name", "label", "stations")):
                    found += _texts(value)
    sources = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    for entry in sources.values():
        found += [entry[key] for key in ("title", "publisher", "date") if entry.get(key)]
    figures = json.loads((folder / "figures.json").read_text(encoding="utf-8"))
    found += [figure["quote_ru"] for figure in figures["figures"] if figure.get("quote_ru")]
    timeline = json.loads((folder / "timeline.json").read_text(encoding="utf-8"))
    events = [event for found in timeline["features"].values() for event in found] + timeline["events"]
    found += [value for event in events for key, value in event.items() if key.startswith("place")]
    return tuple(sorted({text for text in found if text.strip()}, key=len, reverse=True))


def without_names(text: str) -> str:
    """The text with every link, name, source and quote taken out."""
    text = re.sub(r"https?://[^\s)]+", " ", text)
    text = re.sub(r"\S*/\?lang=\S+", " ", text)  # a link to the view, without its host in AppTest
    for name in names_and_sources():
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text)
    return re.sub(r":(?:grey|small)\[", " ", text)  # Streamlit's colour and size directives, not words


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@cache
def english_words() -> frozenset[str]:
    """Every word the English texts use: the catalogue and the data's English, casefolded."""
    english = words(BASE)
    texts = [text for section in SECTIONS for text in getattr(english, section).values()]
    texts += [text for forms in english.plurals.values() for text in forms.values()]
    for path in (PROJECT_DIR / "data" / "catalogue").glob("*.json"):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            texts += _strings(feature.get("text", {}).get(BASE, {}))
    figures = json.loads((geodata_dir() / "figures.json").read_text(encoding="utf-8"))
    for record in figures["figures"] + figures["series"]:
        texts += [record[key] for key in ("label", "unit", "period", "note", "quote_en") if key in record]
    return frozenset(word.casefold() for text in texts for word in WORD.findall(text))


@cache
def latin_script(language: str) -> bool:
    """Whether the language writes in Latin letters, by the letters of its catalogue's sentences."""
    text = " ".join(words(language).ui.values())
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) > len(letters) / 2


def english_left(text: str, latin: bool) -> list[str]:
    """The English words left on a page, but for names, sources and the allow-list; ``latin``: the page's script."""
    text = without_names(text)
    ok = set(allowed()["latin"])
    if not latin:
        return sorted({word for word in LATIN_WORD.findall(text) if word not in ok})
    ok |= set(allowed()["shared"])
    english = english_words()
    return sorted(
        {
            word
            for word in WORD.findall(text)
            if word.isascii() and word.casefold() in english and word not in ok and word.casefold() not in ok
        }
    )


def russian_left(text: str, latin: bool) -> list[str]:
    """The Russian left on a page in Kazakh (``latin`` False) or in a Latin language, but for names and the allow-list."""
    text = without_names(text)
    if latin:
        ok = set(allowed()["cyrillic"])
        return sorted({word for word in WORD.findall(text) if CYRILLIC.search(word) and word not in ok})
    russian = set(allowed()["russian"]) - set(allowed()["kazakh"])
    found = {word for word in WORD.findall(text) if word.casefold() in russian}
    for sentence in SENTENCE_END.split(text):
        cyrillic = [word for word in WORD.findall(sentence) if CYRILLIC.search(word)]
        if len(cyrillic) >= LONG_SENTENCE and not KAZAKH_LETTERS.search(sentence):
            found.add(" ".join(cyrillic))
    return sorted(found)


def stray(text: str, language: str) -> list[str]:
    """Every word or sentence on a page in ``language`` that is in another language and not allowed."""
    latin = latin_script(language)
    return english_left(text, latin) + ([] if language == RUSSIAN else russian_left(text, latin))


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
    for element in at.get("html"):
        parts += words_of(element.proto.body)
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        parts += re.findall(r'"title": "([^"]*)"', json.dumps(spec, ensure_ascii=False))
    return "\n".join(parts)


def other_languages() -> list[str]:
    """Every language the page speaks but English, as the catalogues in corridor/locales give them."""
    return sorted(
        path.stem for path in LOCALES_DIR.glob("*.toml") if path.stem in LANGUAGE_NAMES and path.stem != BASE
    )


# The languages the corridor's countries speak, as the done-criteria open them: the feature each page
# opens on, and the letters only its alphabet has, one of which its heading must hold.
NEW_LANGUAGES = {
    "az": {"feature": "port-baku-alat", "letters": "əğıöüçşƏĞİÖÜÇŞ", "latin": True},
    "kk": {"feature": "port-aktau", "letters": "әғқңөұүһіӘҒҚҢӨҰҮҺІ", "latin": False},
}


def new_languages() -> list[str]:
    """Every language the catalogues give but English and Russian: none until their catalogues land."""
    return [code for code in other_languages() if code != RUSSIAN]


def heading_problems(heading: str, language: str) -> list[str]:
    """What is wrong with a panel's heading in ``language``: its script, or no letter of the language's own."""
    expected = NEW_LANGUAGES.get(language)
    if expected is None:
        return [f"{language}: no row in NEW_LANGUAGES (the feature to open, the language's own letters)"]
    problems = []
    letters = [c for c in heading if c.isalpha()]
    if not letters or any((not CYRILLIC.match(c)) != expected["latin"] for c in letters):
        problems.append(
            f"{heading!r} is not all in the {'Latin' if expected['latin'] else 'Cyrillic'} script"
        )
    if not any(c in expected["letters"] for c in heading):
        problems.append(f"{heading!r} has none of {expected['letters']}")
    return problems


LAYER_FILES = ("ports", "rail", "sea", "flights", "fibre", "energy")


@cache
def features() -> dict[str, dict]:
    """Every corridor feature's properties, by id, in the layers' order."""
    folder = geodata_dir()
    return {
        feature["properties"]["id"]: feature["properties"]
        for name in LAYER_FILES
        for feature in json.loads((folder / f"{name}.geojson").read_text(encoding="utf-8"))["features"]
    }
