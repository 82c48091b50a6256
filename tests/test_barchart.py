"""A feature's capacity and throughput bars (corridor/barchart.py), read back from their HTML.

The lengths are checked against the figures file itself, read here as JSON;
the outlined bars against the capacity rules; hostile strings stay text.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corridor import barchart
from corridor.dataset import load_dataset
from corridor.figures import Series, SeriesPoint
from corridor.i18n import LANGUAGES, words
from corridor.paths import GEODATA_DIR
from tests.bars import read_bars

FEATURE_SERIES = [
    raw
    for raw in json.loads((GEODATA_DIR / "figures.json").read_text(encoding="utf-8"))["series"]
    if raw.get("features")
]


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(GEODATA_DIR)


def drawn(dataset, feature: str, language: str = "en", year: int | None = None):
    shown = [one.in_language(language) for one in dataset.series_of(feature)]
    return read_bars(barchart.series_html(shown, dataset.sources, language, year))


def test_every_feature_series_is_drawn_with_each_bar_its_share_of_the_series_largest(dataset):
    by_label = {}
    for feature in sorted({feature for raw in FEATURE_SERIES for feature in raw["features"]}):
        _, series, _, problems = drawn(dataset, feature)
        assert problems == []
        by_label.update({one.title.rsplit(",", 1)[0]: one for one in series})
    for raw in FEATURE_SERIES:
        largest = max(point["value"] for point in raw["points"])
        one = by_label[raw["label"]]
        assert [row.period for row in one.rows] == [point["period"] for point in raw["points"]]
        assert [row.width for row in one.rows] == [
            round(100 * point["value"] / largest, 1) for point in raw["points"]
        ], raw["id"]


def test_without_a_year_no_bar_is_outlined_or_faded(dataset):
    _, series, _, _ = drawn(dataset, "port-baku-alat")
    rows = [row for one in series for row in one.rows]
    assert rows
    assert not any(row.chosen for row in rows)
    assert {row.opacity for row in rows} == {1.0}


def test_the_chosen_year_outlines_the_capacity_in_force_and_the_years_throughput_and_fades_the_rest(dataset):
    _, series, _, _ = drawn(dataset, "rail-btk", year=2025)
    outlined = {one.title: [row.period for row in one.rows if row.chosen] for one in series}
    # The upgrade of May 2024 is in force in 2025; the capacity before it and the design figures are not.
    assert outlined == {
        "Baku – Tbilisi – Kars railway: cargo capacity, million tonnes a year": ["from 20 May 2024"],
        "Baku – Tbilisi – Kars railway: cargo handled, tonnes": [],
    }
    for one in series:
        for row in one.rows:
            assert row.opacity == (1.0 if row.chosen else barchart.FADED)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_series_names_its_sources_linked_to_the_article_in_the_pages_language(dataset, language):
    label, series, links, _ = drawn(dataset, "port-poti", language, 2024)
    say = words(language)
    assert label == say["capacity_heading"]
    translated = [one.in_language(language) for one in dataset.series_of("port-poti")]
    for one, shown in zip(translated, series, strict=True):
        assert shown.title == f"{one.label}, {one.unit}"
        assert shown.cited.startswith(say["sources"] if len(one.sources) > 1 else say["source"])
        assert [href for _, href in shown.links] == [dataset.sources[s]["url"] for s in one.sources]
    assert all(link.startswith("https://") for link in links)


def test_a_series_of_zeros_draws_empty_bars():
    point = SeriesPoint("2020", 0.0, "nowhere")
    one = Series("zeros", "cargo", "Zeros", "tonnes", "nowhere", "", (point, replace(point, period="2021")))
    _, series, _, problems = read_bars(barchart.series_html([one], {}, "en", 2020))
    assert problems == []
    assert [(row.width, row.chosen) for row in series[0].rows] == [(0.0, True), (0.0, False)]
    assert series[0].cited == "Source: nowhere"


TEXT = st.text(alphabet=st.sampled_from("<>\"'&/=:;()[]{} ab1"), max_size=40) | st.sampled_from(
    [
        '"><script>alert(1)</script>',
        "' onmouseover='alert(1)",
        "</li><img src=x onerror=alert(1)>",
        "&amp;<b>",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    label=TEXT, unit=TEXT, period=TEXT, note=TEXT, publisher=TEXT, url=TEXT | st.just("javascript:alert(1)")
)
def test_a_hostile_string_in_a_series_or_its_source_stays_text(label, unit, period, note, publisher, url):
    point = SeriesPoint(period, 3.0, "spoilt", note=note)
    one = Series("spoilt", "cargo", label, unit, "spoilt", "", (point,))
    sources = {"spoilt": {"publisher": publisher, "date": "2024-01-01", "title": "t", "url": url}}
    _, series, links, problems = read_bars(barchart.series_html([one], sources, "en", None))
    assert problems == []
    assert links == []
    (shown,) = series
    assert shown.title == " ".join((f"{label}, {unit}" if unit else label).split())
    assert shown.rows[0].period == period.strip()
    assert note in shown.rows[0].tip
    assert publisher in shown.cited


def test_the_reader_catches_markup_made_from_data():
    """The check can fail: an element or attribute the bars never make is named."""
    _, _, _, problems = read_bars(
        '<div role="group"><div><img src=x onerror="alert(1)"><p style="" onclick="x"></p></div></div>'
    )
    assert problems == ["<img>", "img[src]", "img[onerror]", "p[onclick]"]
