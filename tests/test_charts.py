"""The year series' chart the app writes as a plain Vega-Lite spec is the one Altair makes.

The reference is Altair's own (tests/chart_reference.py), for the corridor's
series (the overview's chart) and, as more shapes of data (one point, a
capacity in force over years), every feature's capacity and throughput series,
in every language, with no year and with each year a series gives.
"""

from __future__ import annotations

import functools

import pytest

from corridor import charts
from corridor.dataset import Dataset, load_dataset
from corridor.i18n import LANGUAGES
from tests.chart_reference import series_chart


@functools.cache
def dataset() -> Dataset:
    return load_dataset()


def groups() -> list[tuple[str, tuple[str, ...]]]:
    """The overview's series, and each feature's (which the panels show as bars, corridor/barchart.py)."""
    found = dataset()
    features = sorted({feature for one in found.series for feature in one.features})
    corridor = ("corridor", tuple(one.id for one in found.series if not one.features))
    return [corridor, *((feature, tuple(one.id for one in found.series_of(feature))) for feature in features)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "ids"), groups(), ids=[name for name, _ in groups()])
def test_the_series_spec_is_the_one_altair_makes(name, ids, language):
    found = dataset()
    shown = [one.in_language(language) for one in found.series if one.id in ids]
    years = sorted({point.year for one in shown for point in one.points if point.year is not None})
    for year in (None, 2016, *years):
        expected = series_chart(shown, found.sources, language, year).to_dict()
        assert charts.series_spec(shown, found.sources, language, year) == expected, (name, language, year)
