"""A port's or a line's capacity and throughput in its panel: the series as a chart, and the year's utilisation."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from corridor import barchart, capacity
from corridor.capacity import Cited, Reading
from corridor.dataset import Dataset
from corridor.figures import Series
from corridor.i18n import words
from corridor.lens import percent
from corridor.ui.text import md

REASON_KEYS = {
    capacity.NO_CAPACITY: "util_no_capacity",
    capacity.NO_THROUGHPUT: "util_no_throughput",
    capacity.PART_YEAR: "util_part_year",
    capacity.FORECAST: "util_forecast",
    capacity.OTHER_BASIS: "util_other_basis",
}


def _shown(cited: Cited, translated: Sequence[Series]) -> tuple[Series, int]:
    """The cited point's series in the page's language, and the point's place in it."""
    series = next(one for one in translated if one.id == cited.series.id)
    return series, cited.series.points.index(cited.point)


def point_line(
    label: str, cited: Cited, translated: Sequence[Series], cite: Callable[[str], str], language: str
) -> str:
    """One number of a reading in Markdown: its value as stated, its period and note, and its source."""
    series, index = _shown(cited, translated)
    point = series.points[index]
    note = f" ({md(point.note)})" if point.note else ""
    return (
        f"- {md(label)}: **{md(point.value_text(series.unit))}** — {md(point.period)}{note}"
        f" · {md(words(language)['source'])}: {cite(point.source)}"
    )


def reading_text(
    found: Reading, translated: Sequence[Series], cite: Callable[[str], str], language: str
) -> str:
    """The year's utilisation in one basis, or "no data" and why, then the numbers it rests on."""
    say = words(language)
    heading = say["utilisation_in"].format(year=found.year, basis=say[f"basis_{found.basis}"])
    if found.fraction is not None:
        # Worded as the bottleneck view words it, so that the two agree on the bin.
        value = f"**{md(percent(found.fraction, language))}**"
    else:
        why = say[REASON_KEYS[found.reason]].format(year=found.year)
        value = f"**{md(say['no_data'])}**: {md(why)}"
    lines = [f"**{md(heading)}:** {value}"]
    if found.throughput is not None:
        lines.append(point_line(say["throughput_label"], found.throughput, translated, cite, language))
    if found.capacity is not None:
        lines.append(point_line(say["capacity_label"], found.capacity, translated, cite, language))
    return "\n".join(lines)


def capacity_section(
    dataset: Dataset, feature_id: str, language: str, year: int | None, cite: Callable[[str], str]
) -> None:
    """The feature's capacity and throughput series, if it has any: a chart with ``year`` outlined, and utilisation."""
    mine = dataset.series_of(feature_id)
    if not mine:
        return
    say = words(language)
    chosen = dataset.data_year if year is None else year
    translated = [one.in_language(language) for one in mine]
    with st.container():
        # The heading and the readings in one element: on a switch of language the browser draws
        # every element of the panel again.
        readings = capacity.feature_readings(mine, feature_id, chosen)
        texts = [reading_text(found, translated, cite, language) for found in readings]
        st.markdown("\n\n".join([f"## {say['capacity_heading']}", *texts]))
        st.caption(say["util_worked_out"])
        # Made on every run: the bars take under a millisecond, less than a cache's lookup of them.
        st.html(barchart.series_html(translated, dataset.sources, language, chosen))
        notes = [f"**{md(one.label)}.** {md(one.note)}" for one in translated if one.note]
        if notes:
            st.caption("  \n".join(notes))
