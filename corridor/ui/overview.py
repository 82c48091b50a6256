"""The overview: the headline figures as cards, the charts by year, the year's milestones and the relations."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from corridor import charts
from corridor.dataset import Dataset
from corridor.figures import CURRENCY, Figure, Series, names_unit
from corridor.i18n import (
    words,
)
from corridor.sources import source_label
from corridor.ui.panels import event_line, figure_list, short_source
from corridor.ui.text import md

HEADLINE_METRICS = (
    ("trade-2025-jan-sep", "metric_trade", "trade-by-year"),
    ("cargo-2024", "metric_cargo", "cargo-by-year"),
    ("tourists-2024", "metric_tourists", "visitors-by-year"),
)


def metric_words(
    figure: Figure, title: str, sources: Mapping[str, Mapping[str, str]], language: str
) -> tuple[str, str, str]:
    """A headline metric's label, value and help; the label and help are Markdown, with every data string escaped."""
    say = words(language)
    figure = figure.in_language(language)
    source = source_label(sources.get(figure.source, {}))
    said = figure.number_text == figure.value_text or names_unit(say[title], figure.display_unit)
    unit = "" if said else f" ({md(figure.display_unit)})"
    help_text = say["metric_help"].format(label=md(figure.label), period=md(figure.period), source=md(source))
    return f"{say[title]}{unit}, {md(figure.period)}", figure.number_text, help_text


def year_metric_words(
    series: Series, year: int, title: str, sources: Mapping[str, Mapping[str, str]], language: str
) -> tuple[str, str, str] | None:
    """A headline card for the year from the series' point for it (the first, where two counts differ), or None."""
    say = words(language)
    shown = series.in_language(language)
    point = next((p for p in shown.points if p.year == year), None)
    if point is None:
        return None
    source = source_label(sources.get(point.source, {}))
    said = series.unit.startswith(CURRENCY) or names_unit(say[title], shown.unit)
    unit = "" if said else f" ({md(shown.unit)})"
    value = point.value_text(shown.unit) if series.unit.startswith(CURRENCY) else point.value_text("")
    help_text = say["metric_help"].format(label=md(shown.label), period=md(point.period), source=md(source))
    return f"{say[title]}{unit}, {md(point.period)}", value, help_text


def _headline_metrics(dataset: Dataset, language: str, year: int | None = None) -> None:
    """The headline cards: the year's figures where the series give them, else the latest, said plainly."""
    say = words(language)
    by_id = {f.id: f for f in dataset.figures}
    series = {s.id: s for s in dataset.series}
    latest = []
    for figure_id, title, series_id in HEADLINE_METRICS:
        figure = by_id.get(figure_id)
        if figure is None:
            continue
        found = None
        if year is not None and series_id in series:
            found = year_metric_words(series[series_id], year, title, dataset.sources, language)
        if found is None:
            found = metric_words(figure, title, dataset.sources, language)
            latest.append(found[0])
        label, value, help_text = found
        st.metric(label, value, help=help_text, border=True)
    if year is not None and latest:
        st.caption(say["metrics_latest"].format(year=year))


def milestones(dataset: Dataset, year: int, language: str) -> None:
    """The year's milestones: what the sources date to it, features and relations alike."""
    say = words(language)
    st.markdown(f"## {say['milestones'].format(year=year)}")
    found = dataset.timeline.in_year(year)
    if found:
        st.markdown("\n".join(f"- {event_line(event, dataset, language)}" for event in found))
    else:
        st.caption(say["no_milestones"].format(year=year))


def overview_panel(
    dataset: Dataset,
    headline_charts: tuple[charts.HeadlineChart, ...] | None,
    series_spec: dict | None,
    language: str = "en",
    year: int | None = None,
) -> None:
    """The overview; with ``headline_charts`` None, only its heading, while the map loads."""
    say = words(language)
    st.title(say["title"])
    st.caption(say["intro"])
    if headline_charts is None:
        st.caption(say["figures_wait"])
        return
    _headline_metrics(dataset, language, None if year == dataset.data_year else year)
    milestones(dataset, dataset.data_year if year is None else year, language)
    for chart in headline_charts:
        st.markdown(f"## {md(chart.title)}")
        st.vega_lite_chart(chart.spec, width="stretch")
        st.caption(say["bars_note"])
        figure_list(chart.figures, dataset.sources, language)
    charted = {figure.id for chart in headline_charts for figure in chart.figures}
    figure_list([f for f in dataset.headline_figures if f.id not in charted], dataset.sources, language)
    if series_spec is not None:
        shown = [one.in_language(language) for one in dataset.corridor_series]
        st.markdown(f"## {say['by_year']}")
        st.vega_lite_chart(series_spec, width="stretch")
        notes = []
        for series in shown:
            cited = "; ".join(short_source(source, dataset.sources) for source in series.sources)
            notes.append(f"- **{md(series.label)}.** {md(series.note)} {say['sources']}: {cited}.")
        st.caption("\n".join(notes))
        with st.expander(say["chart_text"]):
            st.markdown("\n\n".join(md(charts.series_points_text(series, language)) for series in shown))
    with st.expander(say["relations"]):
        figure_list([f for f in dataset.figures if f.topic == "relations"], dataset.sources, language)
        st.markdown(f"**{say['events']}**")
        st.markdown(
            "\n".join(f"- {event_line(e, dataset, language)}" for e in dataset.timeline.dated_relations())
        )
