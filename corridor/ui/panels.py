"""Side panels: the overview with headline figures, and one feature's details."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from corridor import charts
from corridor.contract import COUNTRIES
from corridor.dataset import Dataset
from corridor.figures import Figure
from corridor.i18n import KIND_LABELS, STATUS_LABELS
from corridor.layers import Layer
from corridor.ui.text import md


def _linked(text: str, source: Mapping[str, str]) -> str:
    """Escaped Markdown text, linked to the source's address when it has one."""
    url = source.get("url", "")
    return f"[{md(text)}]({url})" if url.startswith("https://") else md(text)


def source_line(source_id: str, sources: Mapping[str, Mapping[str, str]]) -> str:
    """One Markdown line naming a source: its title, then publisher and date."""
    source = sources.get(source_id, {})
    details = md(charts.source_label(source))
    return _linked(source.get("title", source_id), source) + (f" — {details}" if details else "")


def short_source(source_id: str, sources: Mapping[str, Mapping[str, str]]) -> str:
    """Publisher and date, linked when the source has an address."""
    source = sources.get(source_id, {})
    return _linked(charts.source_label(source) or source_id, source)


GEOMETRY_WORDING = {
    "surveyed track": "along the track mapped in OpenStreetMap",
    "station chain": "through the stations OpenStreetMap records along the line, in order",
    "schematic": "schematically: no surveyed alignment is published",
}


def drawn_as(properties: Mapping[str, object]) -> str:
    """How a line's geometry was drawn, in words, with its share on surveyed track."""
    wording = GEOMETRY_WORDING[str(properties["geometry_confidence"])]
    share = properties.get("track_share")
    if isinstance(share, (int, float)) and 0 < share < 1 and properties["geometry_confidence"] != "schematic":
        wording += f"; {share:.0%} of it along surveyed track"
    count = properties.get("station_count")
    if isinstance(count, int) and properties["geometry_confidence"] != "schematic":
        wording += f" ({count} stations)"
    return wording


def figure_block(figure: Figure, sources: Mapping[str, Mapping[str, str]]) -> None:
    note = f" · {md(figure.note)}" if figure.note else ""
    st.markdown(
        f"**{md(figure.value_text)}** — {md(figure.label)}  \n"
        f":grey[{md(figure.period)}{note} · Source: {short_source(figure.source, sources)}]"
    )


HEADLINE_METRICS = (
    ("trade-2025-jan-sep", "Trade turnover"),
    ("cargo-2024", "Middle Corridor cargo"),
    ("tourists-2024", "Visitors to Azerbaijan"),
)


def _headline_metrics(dataset: Dataset) -> None:
    by_id = {f.id: f for f in dataset.figures}
    for figure_id, title in HEADLINE_METRICS:
        figure = by_id.get(figure_id)
        if figure is None:
            continue
        source = charts.source_label(dataset.sources.get(figure.source, {}))
        unit = "" if figure.number_text == figure.value_text else f" ({figure.unit})"
        st.metric(
            f"{title}{unit}, {figure.period}",
            figure.number_text,
            help=f"{figure.label}, {figure.period}. Source: {source}.",
            border=True,
        )


def overview_panel(
    dataset: Dataset,
    headline_charts: tuple[charts.HeadlineChart, ...] | None,
    series_spec: dict | None,
) -> None:
    """The overview; with ``headline_charts`` None, only its heading, while the map loads."""
    st.subheader("Middle Corridor: Kazakhstan – Caspian – Azerbaijan")
    st.caption(
        "Click a port, a rail line, a sea link, a flight arc or the fibre line on the map "
        "to read its figures. The headline figures below are for the corridor as a whole."
    )
    if headline_charts is None:
        st.caption("The figures appear as soon as the map is drawn…")
        return
    _headline_metrics(dataset)
    for chart in headline_charts:
        st.markdown(f"##### {md(chart.title)}")
        st.vega_lite_chart(chart.spec, width="stretch")
        st.caption("The bars cover different periods; each is labelled with its own.")
        for figure in chart.figures:
            figure_block(figure, dataset.sources)
    charted = {figure.id for chart in headline_charts for figure in chart.figures}
    for figure in dataset.headline_figures:
        if figure.id not in charted:
            figure_block(figure, dataset.sources)
    if dataset.series is not None and series_spec is not None:
        series = dataset.series
        st.markdown(f"##### {md(series.label)}")
        st.vega_lite_chart(series_spec, width="stretch")
        st.caption(f"{md(series.note)} Source: {source_line(series.source, dataset.sources)}.")
    with st.expander("Bilateral relations"):
        for figure in dataset.figures:
            if figure.topic == "relations":
                figure_block(figure, dataset.sources)


def feature_panel(dataset: Dataset, layer: Layer, feature: dict) -> None:
    properties = feature["properties"]
    st.subheader(md(properties["name_en"]))
    st.caption(md(properties["name_ru"]))
    status = STATUS_LABELS["en"][properties["status"]]
    if properties.get("status_note"):
        status = f"{status}: {properties['status_note']}"
    countries = ", ".join(COUNTRIES[c][0] for c in properties["countries"])
    facts = [
        f"**Type:** {md(KIND_LABELS['en'][properties['kind']])}",
        f"**Status:** {md(status)}",
        f"**Countries:** {md(countries)}",
    ]
    if "location_source" in properties:
        where = md(properties.get("location_note", "as the source gives it"))
        facts.append(
            f"**Location:** {where} ({short_source(properties['location_source'], dataset.sources)})"
        )
    if "geometry_confidence" in properties:
        facts.append(f"**Drawn:** {md(drawn_as(properties))}")
    st.markdown("  \n".join(facts))
    st.markdown(md(properties["description"]))
    if properties.get("stations"):
        st.markdown("**Main stations:** " + md(" – ".join(properties["stations"])))
    figures = dataset.figures_for(properties["id"], layer.id)
    st.markdown("#### Figures")
    if figures:
        for figure in figures:
            figure_block(figure, dataset.sources)
    else:
        st.info("The sources give no figures for this feature.")
    st.markdown("#### Sources")
    st.markdown("\n".join(f"- {source_line(s, dataset.sources)}" for s in properties["sources"]))
