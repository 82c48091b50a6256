"""One word for each term in each language: every text against corridor/locales/glossary.toml.

The rule. For each pair of texts of one record (a feature's text in
data/catalogue/*.json, a catalogue sentence in corridor/locales/<code>.toml
by key, a figure's or a series' label, unit, note and our translation of its
quote in geodata/figures.json), when the English text holds the English term,
the other language's text holds that language's stem; and no text holds a
variant its language's ``avoid`` table lists. Every language with a catalogue
has a glossary table, and every table gives every term.

Where the rule as first written was too strict, and why:

- An English term is found where a word begins with it, not only as a whole
  word: English inflects too ("ferr" finds "ferry" and "ferries"; "port"
  finds "ports" but never "airport" or "transport").
- A term may have a list of stems: a careful writer uses a noun and its
  adjective side by side ("железная дорога", "железнодорожный переход"), or a
  name and its usual abbreviation ("волоконно-оптическая линия", "ВОЛС").
- The interview's own Russian words (``quote_ru``) are not checked: they are
  the source's, quoted as they stand. Our translations of them are.
- ``SENSES`` lists the few places where the English word is not the term
  (a sea "crossing" is a ferry route, not a border crossing; a port "planned
  for" 600,000 containers is designed for them, not in the status "planned";
  "railway" inside a name a language shortens, Турксиб; "Container" in a
  company's name), each with its reason.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from corridor.i18n import BASE, GLOSSARY, LANGUAGES, LOCALES_DIR
from corridor.paths import GEODATA_DIR, PROJECT_DIR

CATALOGUE_DIR = PROJECT_DIR / "data" / "catalogue"
TERMS = (
    "port",
    "dry_port",
    "ferry",
    "gauge",
    "gauge_change",
    "under_construction",
    "planned",
    "operating",
    "railway",
    "station",
    "container",
    "pipeline",
    "fibre_optic",
    "border_crossing",
    "middle_corridor",
    "caspian_sea",
    "ady",
    "ktz",
    "asco",
    "azal",
    "air_astana",
)
# (language, where, term): why the English word there is not the term. "*" is every language.
SENSES = {
    ("*", "ports.json:port-anaklia.description", "planned"): (
        "the first stage is planned for (designed for) 600,000 containers a year: a capacity, not the status"
    ),
    ("*", "ports.json:port-turkmenbashi.description", "border_crossing"): "a sea crossing: the ferry route",
    ("*", "sea.json:sea-aktau-alat.description", "border_crossing"): "a sea crossing: the ferry route",
    ("*", "sea.json:sea-turkmenbashi-alat.description", "border_crossing"): "a sea crossing: the ferry route",
    ("*", "sea.json:sea-batumi-constanta.description", "container"): (
        "ADY Container, a company's name, which stays as the company writes it"
    ),
    ("ru", "rail.json:rail-kz-altynkol-zhetygen.description", "railway"): (
        "the Turkestan - Siberia railway, which Russian names by its own short name, Турксиб"
    ),
    ("ru", "legend:gateway", "station"): (
        "the legend's row for border gateways, which Russian names by what they are: погранпереход"
    ),
}


def glossary(path: Path = GLOSSARY) -> dict[str, dict]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def stems(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def flat(value: object) -> str:
    """A text, or a list or table of texts (stations, plural forms) as one text."""
    if isinstance(value, dict):
        return " ".join(flat(item) for item in value.values())
    if isinstance(value, list):
        return " ".join(flat(item) for item in value)
    return str(value)


def read_toml(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def records(
    code: str, locales: Path = LOCALES_DIR, geodata: Path = GEODATA_DIR
) -> Iterator[tuple[str, str, str]]:
    """Every text in ``code`` beside its English: (where, English, text). A text not yet written is left out."""
    for path in sorted(CATALOGUE_DIR.glob("*.json")):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            texts = feature.get("text", {})
            for key, english in texts.get(BASE, {}).items():
                if key in texts.get(code, {}):
                    yield f"{path.name}:{feature['id']}.{key}", flat(english), flat(texts[code][key])
    if (locales / f"{code}.toml").exists():
        english, other = read_toml(locales / f"{BASE}.toml"), read_toml(locales / f"{code}.toml")
        for section, table in english.items():
            for key, text in table.items() if section != "language" else ():
                if key in other.get(section, {}):
                    yield f"{section}:{key}", flat(text), flat(other[section][key])
    document = json.loads((geodata / "figures.json").read_text(encoding="utf-8"))
    for record in document["figures"] + document["series"]:
        block = record.get(code, {})
        for key in ("label", "unit", "note"):
            if key in record and key in block:
                yield f"figures.json:{record['id']}.{key}", flat(record[key]), flat(block[key])
        if "quote_en" in record and "quote" in block:
            yield f"figures.json:{record['id']}.quote", record["quote_en"], flat(block["quote"])


def begins_a_word(text: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}", text, re.IGNORECASE) is not None


def exempt(code: str, where: str, term: str) -> bool:
    return (code, where, term) in SENSES or ("*", where, term) in SENSES


def missing_terms(code: str, table: dict, english: dict, found: Iterator[tuple[str, str, str]]) -> list[str]:
    """Each text that lacks its language's word for a term its English text uses."""
    missing = []
    for where, english_text, text in found:
        for term in TERMS:
            if not begins_a_word(english_text, english[term]) or exempt(code, where, term):
                continue
            if not any(stem.casefold() in text.casefold() for stem in stems(table[term])):
                missing.append(f"{where}: {term} ({' / '.join(stems(table[term]))}) in {text[:80]!r}")
    return missing


def avoided(table: dict, found: Iterator[tuple[str, str, str]]) -> list[str]:
    """Each text that holds a variant the language avoids."""
    hits = []
    for where, _, text in found:
        for term, variants in table.get("avoid", {}).items():
            hits += [
                f"{where}: {variant!r} for {term}" for variant in variants if begins_a_word(text, variant)
            ]
    return hits


WRITTEN = sorted(set(LANGUAGES) | set(glossary()))
OTHERS = [code for code in WRITTEN if code != BASE]


@pytest.mark.parametrize("code", WRITTEN)
def test_every_language_has_a_table_with_every_term(code):
    tables = glossary()
    assert code in tables, f"{code}: a catalogue, but no [{code}] table in glossary.toml"
    table = tables[code]
    assert set(table) - {"avoid"} == set(TERMS), f"[{code}]: {set(TERMS) ^ (set(table) - {'avoid'})}"
    for term in TERMS:
        assert all(stem.strip() for stem in stems(table[term])), f"[{code}] {term} is empty"
    assert set(table.get("avoid", {})) <= set(TERMS), f"[{code}.avoid] names no term"


@pytest.mark.parametrize("code", OTHERS)
def test_every_text_uses_its_languages_word_for_each_term(code):
    tables = glossary()
    assert missing_terms(code, tables[code], tables[BASE], records(code)) == []


@pytest.mark.parametrize("code", WRITTEN)
def test_no_text_uses_a_variant_its_language_avoids(code):
    tables = glossary()
    texts = records(code) if code != BASE else ((w, e, e) for w, e, _ in records(OTHERS[0]))
    assert avoided(tables[code], texts) == []


def test_the_check_finds_a_missing_term_and_an_avoided_word():
    tables = glossary()
    english = tables[BASE]
    planted = [("here", "The port of Aktau", "Главная гавань Актау"), ("there", "A dry port", "Сухой порт")]
    assert missing_terms("ru", tables["ru"], english, iter(planted)) == [
        "here: port (порт) in 'Главная гавань Актау'"
    ]
    avoid = {**tables["ru"], "avoid": {"port": ["гавань"]}}
    assert avoided(avoid, iter(planted)) == ["here: 'гавань' for port"]
    assert not missing_terms("ru", tables["ru"], english, iter([("x", "transport by air", "авиаперевозки")]))


def test_every_exemption_is_of_a_text_whose_english_holds_the_term():
    english = glossary()[BASE]
    texts = {where: text for code in OTHERS for where, text, _ in records(code)}
    stale = [
        key for key in SENSES if key[1] not in texts or not begins_a_word(texts[key[1]], english[key[2]])
    ]
    assert stale == []
