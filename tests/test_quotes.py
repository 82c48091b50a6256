"""Quotes stay in the source's language: the interview's Russian words as they stand, our translation beside them."""

from __future__ import annotations

import pytest

from corridor import figurefile, figuretable
from corridor.figurefile import parse_figures
from corridor.figures import QUOTE_LANGUAGE
from corridor.i18n import LANGUAGES, words
from corridor.ui.panels import quote_line
from tests.helpers import EXTRA_LANGUAGES, opened, plain, shown_text

QUOTE = "Ожидается, что к 2027 году этот показатель достигнет 10 млн тонн"
TRANSLATION = "This figure is expected to reach 10 million tonnes by 2027"


def quoted_figure(**more: object) -> dict:
    """A valid figure with the interview's words and our English translation, but for what ``more`` changes."""
    figure = {
        "id": "quoted",
        "topic": "cargo",
        "label": "L",
        "value": 10,
        "unit": "million tonnes",
        "period": "by 2027",
        "period_kind": "target",
        "source": "s",
        "ru": {"label": "Л", "unit": "млн т", "period": "к 2027 году"},
        "quote_ru": QUOTE,
        "quote_en": TRANSLATION,
    }
    # The languages the catalogues add beside English and Russian: the Russian words and our translation.
    figure.update({code: {**figure["ru"], "quote": TRANSLATION} for code in EXTRA_LANGUAGES})
    figure.update(more)
    return {key: value for key, value in figure.items() if value is not None}


def problems_of(raw: dict) -> list[tuple[str, str, str, str]]:
    figures, _, problems = parse_figures({"figures": [raw]}, {"s"})
    assert figures == () or not problems
    return [(p.file, p.feature, p.field, p.message) for p in problems]


def test_a_quoted_figure_carries_our_translation_in_english_and_none_in_russian():
    (figure,), _, problems = parse_figures({"figures": [quoted_figure()]}, {"s"})
    assert problems == []
    assert figure.quote_ru == QUOTE
    assert figure.quote == TRANSLATION
    assert figure.in_language(QUOTE_LANGUAGE).quote == ""
    assert figure.in_language(QUOTE_LANGUAGE).quote_ru == QUOTE


def test_a_quote_without_our_english_translation_is_named_with_its_file_and_figure():
    assert problems_of(quoted_figure(quote_en=None)) == [
        (
            "figures.json",
            "'quoted'",
            "quote_en",
            "missing: our translation of the interview's words in quote_ru",
        )
    ]


def test_a_translation_of_no_quote_is_refused():
    assert problems_of(quoted_figure(quote_ru=None)) == [
        ("figures.json", "'quoted'", "quote_en", "a translation of no quote: the figure has no quote_ru"),
        *(
            (
                "figures.json",
                "'quoted'",
                f"{code}.quote",
                "a translation of no quote: the figure has no quote_ru",
            )
            for code in EXTRA_LANGUAGES
        ),
    ]


def test_every_language_but_the_quotes_own_needs_its_translation(monkeypatch):
    """A third language ("xx", as a newcomer's): its block must hold ``quote``; Russian's needs none."""
    monkeypatch.setattr(figurefile, "TRANSLATIONS", ("ru", "xx"))
    monkeypatch.setattr(figurefile, "QUOTE_TRANSLATIONS", ("xx",))
    block = {"label": "x", "unit": "x", "period": "x"}
    assert problems_of(quoted_figure(xx=block)) == [
        (
            "figures.json",
            "'quoted'",
            "xx.quote",
            "missing: our translation of the interview's words in quote_ru",
        )
    ]
    (figure,), _, problems = parse_figures({"figures": [quoted_figure(xx={**block, "quote": "ẋ"})]}, {"s"})
    assert problems == []
    assert figure.in_language("xx").quote == "ẋ"
    assert figure.in_language("xx").quote_ru == QUOTE


def test_every_quote_in_the_data_has_our_translation_in_every_language_but_russian(dataset):
    quoted = [figure for figure in dataset.figures if figure.quote_ru]
    assert len(quoted) >= 15
    for language in (code for code in LANGUAGES if code != QUOTE_LANGUAGE):
        missing = [figure.id for figure in quoted if not figure.in_language(language).quote]
        assert missing == [], language


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != QUOTE_LANGUAGE])
def test_the_quote_stands_in_russian_with_our_translation_marked_as_ours(dataset, language):
    figure = next(figure for figure in dataset.figures if figure.id == "cargo-target-2027")
    line = quote_line(figure, language)
    say = words(language)
    assert line.startswith(f"{say['quote']}: «{QUOTE}»")
    assert say["quote_translation"].split("{")[0] in line
    assert figure.in_language(language).quote in plain(line)


def test_a_russian_page_shows_the_quote_alone(dataset):
    figure = next(figure for figure in dataset.figures if figure.id == "cargo-target-2027")
    assert quote_line(figure, QUOTE_LANGUAGE) == f"{words(QUOTE_LANGUAGE)['quote']}: «{QUOTE}»"


def test_the_figures_csv_has_our_translation_in_every_language_but_russian(dataset):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(figuretable.figures_csv(dataset).lstrip("\ufeff"))))
    expected = [f"quote_{code}" for code in LANGUAGES if code != QUOTE_LANGUAGE]
    assert [column for column in rows[0] if column.startswith("quote_")] == ["quote_ru", *expected]
    row = next(row for row in rows if row["id"] == "cargo-target-2027")
    assert row["quote_ru"] == QUOTE
    assert row["quote_en"] == TRANSLATION
    assert all(row[column] for column in expected)
    assert not any(row[column] for row in rows if row["record"] == "series" for column in expected)


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [
        ("en", ["In the interview, in Russian: «Прием и перевалка", "Our translation: “Receiving"], []),
        ("ru", ["В интервью: «Прием и перевалка"], ["Наш перевод", "Receiving"]),
    ],
)
def test_the_panel_shows_the_quote_and_our_translation_on_a_page_not_in_russian(language, shown, hidden):
    at = opened(lang=language, select="port-baku-alat")
    text = shown_text(at)
    assert [said for said in shown if said not in text] == []
    assert [said for said in hidden if said in text] == []
