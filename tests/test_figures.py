"""Figures are worded as the source words them, with period and source."""

from __future__ import annotations

import re

import pytest

from corridor import charts
from corridor.figurefile import parse_figures, parse_series
from corridor.figures import names_unit, with_unit
from corridor.i18n import LANGUAGES
from tests.helpers import in_every_language

# Every figure of part A of the facts digest, as the app must show it.
PART_A = {
    "trade-2024": ("more than USD 500 million", "2024"),
    "trade-2025-jan-sep": ("USD 568 million", "January–September 2025"),
    "trade-target": ("USD 1 billion a year", "in the near future"),
    "tourists-2024": ("about 90,000 visitors", "2024"),
    "tourists-2025-jan-aug": ("about 70,000 visitors", "first 8 months of 2025"),
    "cargo-2024": ("4.5 million tonnes", "2024"),
    "cargo-2025-jan-jul": ("2.6 million tonnes", "first 7 months of 2025"),
    "cargo-target-2027": ("10 million tonnes", "by 2027"),
    "containers": ("40,200 TEU", "period not stated"),
    "vessels": ("2 vessels", "by 2027"),
    "baku-port-100k": ("100,000th container", "2025"),
    "legal-base": ("more than 189 documents", "as of the end of 2025"),
    "visit-documents": ("15 documents", "20–21 October 2025"),
}


@pytest.mark.parametrize(("figure_id", "expected"), PART_A.items())
def test_part_a_figures_as_worded_by_the_source(dataset, figure_id, expected):
    figure = next(f for f in dataset.figures if f.id == figure_id)
    assert (figure.value_text, figure.period) == expected
    assert figure.source == "report-interview-2025"


def test_every_figure_cites_a_known_source(dataset):
    for figure in dataset.figures:
        assert figure.source in dataset.sources


def test_figures_belong_to_their_features(dataset):
    baku = {f.id for f in dataset.figures_for("port-baku-alat", "ports")}
    assert {"baku-port-100k", "cargo-2024", "baku-port-capacity"} <= baku
    flights = {f.id for f in dataset.figures_for("flight-gyd-nqz", "flights")}
    assert {"tourists-2024", "tourists-2025-jan-aug", "flights-operating"} <= flights
    rail = {f.id for f in dataset.figures_for("rail-btk", "rail")}
    assert {"cargo-2024", "btk-length"} <= rail
    assert "baku-port-100k" not in rail


def test_conversion_for_charts(dataset):
    target = next(f for f in dataset.figures if f.id == "trade-target")
    assert target.in_units_of("USD million") == 1000


def raw_figure(figure_id: str, **more: object) -> dict:
    """A valid figure as the file holds it, but for what ``more`` adds."""
    return {
        "id": figure_id,
        "topic": "trade",
        "label": "L",
        "value": 1,
        "unit": "u",
        "period": "2024",
        "period_kind": "full year",
        "source": "s",
        **in_every_language(more),
    }


def test_bad_figures_are_reported_and_left_out():
    document = {
        "figures": [
            raw_figure("ok", ru={"label": "Л", "unit": "е", "period": "2024"}),
            in_every_language(
                {
                    "id": "bad",
                    "topic": "gossip",
                    "label": "L",
                    "value": "many",
                    "unit": "u",
                    "period": "2024",
                    "period_kind": "full year",
                    "source": "nowhere",
                    "qualifier": "roughly",
                    "note": "n",
                    "ru": {"label": "Л", "unit": "", "period": "2024"},
                }
            ),
        ]
    }
    figures, _, problems = parse_figures(document, {"s"})
    assert [f.id for f in figures] == ["ok"]
    # The bad figure's words in every other language (its Russian ones, copied) lack its unit and note.
    each = {f"{language}.{field}" for language in LANGUAGES[1:] for field in ("unit", "note")}
    assert {p.field for p in problems} == {"topic", "value", "source", "qualifier", *each}
    assert all(p.feature == "'bad'" for p in problems)


def test_number_text_keeps_qualifier_and_currency(dataset):
    by_id = {f.id: f for f in dataset.figures}
    assert by_id["tourists-2024"].number_text == "about 90,000"
    assert by_id["trade-2024"].number_text == "more than USD 500 million"
    assert by_id["cargo-2024"].number_text == "4.5"


def test_every_figure_reads_in_russian_with_russian_numbers(dataset):
    by_id = {f.id: f.in_language("ru") for f in dataset.figures}
    assert by_id["tourists-2024"].value_text == "около 90\u00a0000 посетителей"
    assert by_id["trade-2024"].value_text == "более 500 млн долл. США"
    assert by_id["trade-2024"].number_text == "более 500 млн долл. США"
    assert by_id["cargo-2024"].value_text == "4,5 млн т"
    assert by_id["baku-port-100k"].value_text == "100\u00a0000-й контейнер"
    assert by_id["trade-2025-jan-sep"].period == "январь–сентябрь 2025 года"
    assert by_id["vessels"].value_text == "2 судна"
    # The English stays the figure's own, and a chart still converts by its English unit.
    assert by_id["trade-target"].unit == "USD billion a year"
    english = next(f for f in dataset.figures if f.id == "trade-target")
    assert english.in_language("en") is english


def test_a_figure_without_its_russian_is_reported():
    document = {"figures": [raw_figure("no-russian")]}
    figures, _, problems = parse_figures(document, {"s"})
    assert figures == ()
    assert sorted((p.field, p.message) for p in problems) == sorted(
        (code, "missing: the figure's words in this language") for code in LANGUAGES if code != "en"
    )


def test_interview_figures_carry_the_interviews_own_words(dataset):
    quoted = [f for f in dataset.figures if f.source == "report-interview-2025"]
    assert quoted
    assert all(f.quote_ru for f in quoted)
    by_id = {f.id: f for f in quoted}
    # The quote holds the figure as the interview writes it.
    assert "около 90 тысяч" in by_id["tourists-2024"].quote_ru
    assert "568 миллионов" in by_id["trade-2025-jan-sep"].quote_ru


def series(**changes) -> dict:
    raw = {
        "id": "x-by-year",
        "topic": "trade",
        "label": "X by year",
        "unit": "USD million",
        "source": "s",
        "points": [["2024", 1.0], {"period": "2025", "value": 2, "qualifier": "about", "source": "t"}],
        "ru": {"label": "X по годам", "unit": "млн долл. США"},
    }
    return in_every_language(raw) | changes


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (series(points=[["2024", float("nan")]]), "points"),
        (series(points=[["2024", "1"]]), "points"),
        (series(points=[{"period": "2024", "value": 1, "source": "nowhere"}]), "points"),
        (series(points=[{"period": "2024", "value": 1, "qualifier": "roughly"}]), "points"),
        (series(points=[["2024"]]), "points"),
        (series(points=[]), "points"),
        (series(source="nowhere"), "source"),
        (series(topic="weather"), "topic"),
        (series(ru=None), "ru"),
        (series(ru={"label": "X", "unit": "y", "periods": ["2024"]}), "ru.periods"),
        (series(points=[["2024", 10**400]]), "points"),
        (series(points=[["{% raw %}", 1]]), "points"),
        (series(points=[["2099", 1]]), "points"),
    ],
)
def test_a_bad_series_is_named_and_left_out(raw, field):
    found, problems = parse_series([raw, series(id="good")], {"s", "t"})
    assert [s.id for s in found] == ["good"]
    assert [(p.feature, p.field) for p in problems] == [("'x-by-year'", field)]


def test_a_series_point_keeps_its_own_source_and_wording():
    ((made,), problems) = parse_series([series()], {"s", "t"})
    assert problems == []
    assert made.sources == ("s", "t")
    # Worded as the figures are: the currency before the number.
    assert [p.value_text("USD million") for p in made.points] == ["USD 1 million", "about USD 2 million"]
    assert [p.value_text() for p in made.points] == ["1", "about 2"]
    assert parse_series({"id": "x"}, {"s"})[1][0].field == "series"


def test_a_long_period_is_quoted_short():
    (_, problems) = parse_series([series(points=[["p" * 200, "many"]])], {"s", "t"})
    assert [p.field for p in problems] == ["points"]
    assert len(problems[0].message) < 120


def test_a_figure_period_in_a_year_past_the_stated_years_is_refused():
    document = {
        "figures": [raw_figure("late", period="2099", ru={"label": "Л", "unit": "е", "period": "2099"})]
    }
    figures, _, problems = parse_figures(document, {"s"})
    assert figures == ()
    assert [(p.feature, p.feature_id, p.index, p.field) for p in problems] == [
        ("'late'", "late", 0, "period")
    ]
    assert "outside 1850 to 2050" in problems[0].message


def test_every_language_words_the_figures_own_vocabulary():
    """The vocabulary is the data's (figures.py); the translation tables give it words, one for one."""
    from corridor.figures import PERIOD_KINDS, QUALIFIERS
    from corridor.i18n import LANGUAGES, PERIOD_KIND_WORDS, QUALIFIER_WORDS

    for language in LANGUAGES:
        assert tuple(QUALIFIER_WORDS[language]) == QUALIFIERS
        assert tuple(PERIOD_KIND_WORDS[language]) == PERIOD_KINDS


def forms_of(unit_word: str, text: str) -> list[str]:
    """The words of ``text`` that are forms of ``unit_word``: "visitors", "Visitors"; "судна", "Суда"."""
    stem = unit_word.casefold()[: max(3, len(unit_word) - 2)]
    return [
        word
        for word in re.findall(r"\w+", text)
        if word.casefold().startswith(stem) and abs(len(word) - len(unit_word)) <= 3
    ]


def repeated_units(unit: str, text: str) -> list[str]:
    return [word for word in re.findall(r"[^\W\d_]{3,}", unit) if len(forms_of(word, text)) > 1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_figure_says_its_unit_twice(dataset, language):
    """A panel's line, a headline card and a series' text say the unit once: never "Visitors to Azerbaijan (visitors)"."""
    from corridor.ui.overview import HEADLINE_METRICS, metric_words

    repeated = []
    for figure in dataset.figures:
        shown = figure.in_language(language)
        line = f"{shown.value_beside()} — {shown.label}"
        repeated += [(figure.id, line) for _ in repeated_units(shown.display_unit, line)]
    by_id = {figure.id: figure for figure in dataset.figures}
    for figure_id, title, _ in HEADLINE_METRICS:
        figure = by_id[figure_id].in_language(language)
        label, value, _ = metric_words(figure, title, dataset.sources, language)
        repeated += [
            (figure_id, label, value) for _ in repeated_units(figure.display_unit, f"{label} {value}")
        ]
    for series in dataset.series:
        shown = series.in_language(language)
        text = charts.series_points_text(shown, language)
        heading = text.split(":")[0]
        repeated += [(series.id, heading) for _ in repeated_units(shown.unit, heading)]
    assert repeated == []


def test_the_check_finds_a_unit_said_twice():
    assert repeated_units("visitors", "about 90,000 visitors — Visitors to Azerbaijan from Kazakhstan")
    assert repeated_units("посетителей", "Посетители Азербайджана (посетителей), 2024")
    assert repeated_units("судна", "2 судна — Суда, которые Казахстан намерен купить")
    assert not repeated_units(
        "млн баррелей нефти в сутки", "1 млн баррелей нефти в сутки — Мощность нефтепровода"
    )


def test_a_label_that_names_its_unit_takes_the_number_alone():
    assert names_unit("Visitors to Azerbaijan from Kazakhstan", "visitors")
    assert names_unit("Посетители Азербайджана из Казахстана", "посетителей")
    assert names_unit("Суда вместимостью 700 контейнеров каждое", "судна")
    # A suffix that lengthens the word, as in Azerbaijani or Kazakh, still names it.
    assert names_unit("Qazaxıstandan gələn ziyarətçilər", "ziyarətçi")
    assert not names_unit("Cargo carried on the Middle Corridor", "million tonnes")
    assert not names_unit("Length of the cable", "km")
    assert with_unit("Middle Corridor cargo", "million tonnes") == "Middle Corridor cargo (million tonnes)"
    assert with_unit("Visitors to Azerbaijan from Kazakhstan by year", "visitors") == (
        "Visitors to Azerbaijan from Kazakhstan by year"
    )


def test_the_trade_cards_and_chart_say_between_whom(dataset):
    from corridor.i18n import words

    for language, pair in (("en", "Azerbaijan and Kazakhstan"), ("ru", "Азербайджана и Казахстана")):
        say = words(language)
        assert pair in say["metric_trade"]
        assert pair in say["chart_trade"]
        target = next(f for f in dataset.figures if f.id == "trade-target").in_language(language)
        assert pair in target.label


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_citation_says_a_figures_unit_once(dataset, language):
    from corridor.cite import figure_citation

    (figure,) = [f for f in dataset.figures if f.id == "tourists-2024"]
    shown = figure.in_language(language)
    line = figure_citation(figure, dataset.sources, "https://map.example/", language)
    assert names_unit(shown.label, shown.display_unit), "the label names the unit: visitors"
    assert shown.label in line
    # Said once: in the label ("ziyarətçilər" holds "ziyarətçi"), never again after the number.
    assert line.count(shown.display_unit) == shown.label.count(shown.display_unit)


def test_a_kazakh_qualifier_follows_the_value(dataset):
    """Kazakh puts "more than" after the value ("500 ... мөлшерінен астам"), "about" before it."""
    by_id = {f.id: f.in_language("kk") for f in dataset.figures}
    assert by_id["trade-2024"].value_text == "500 млн АҚШ долл. мөлшерінен астам"
    assert by_id["tourists-2024"].value_text == "шамамен 90\u00a0000 келуші"
