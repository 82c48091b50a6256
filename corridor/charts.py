"""Altair charts of the headline figures. Plain Altair: the UI decides where they go."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import altair as alt

from corridor.figures import Figure, Series

# The overview's comparison charts: topic, unit of the axis, title.
HEADLINE_CHARTS = (
    ("trade", "USD million", "Trade turnover against the USD 1 billion target"),
    ("cargo", "million tonnes", "Middle Corridor cargo against the 10 Mt expected by 2027"),
    ("tourism", "visitors", "Visitors to Azerbaijan from Kazakhstan"),
)

KIND_COLOURS = {
    "full year": "#0b57a4",
    "part of a year": "#6fa8dc",
    "target": "#f2a33a",
    "unstated": "#9e9e9e",
}


def source_label(source: Mapping[str, str]) -> str:
    parts = [source.get("publisher", ""), source.get("date", "")]
    return ", ".join(p for p in parts if p)


def comparison_chart(
    figures: Sequence[Figure],
    unit: str,
    sources: Mapping[str, Mapping[str, str]],
) -> alt.Chart:
    """Bars for figures of one measure, each labelled with its own period.

    Bars for a full year, part of a year and a target are coloured apart, so
    unlike periods on one axis are never mistaken for like ones.
    """
    rows = [
        {
            "period": f"{f.period} ({f.period_kind})",
            "value": f.in_units_of(unit),
            "as_stated": f.value_text,
            "kind": f.period_kind,
            "source": source_label(sources.get(f.source, {})),
            "note": f.note,
        }
        for f in figures
    ]
    order = [row["period"] for row in rows]
    bars = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            y=alt.Y("period:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
            x=alt.X("value:Q", title=unit),
            color=alt.Color(
                "kind:N",
                title="Period",
                scale=alt.Scale(domain=list(KIND_COLOURS), range=list(KIND_COLOURS.values())),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("as_stated:N", title="Value"),
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("note:N", title="Note"),
                alt.Tooltip("source:N", title="Source"),
            ],
        )
    )
    return bars.properties(height=alt.Step(30))


def series_chart(series: Series) -> alt.Chart:
    rows = [{"year": year, "value": value} for year, value in series.points]
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar(color="#0b57a4")
        .encode(
            x=alt.X("year:O", title=None),
            y=alt.Y("value:Q", title=series.unit),
            tooltip=[alt.Tooltip("year:O"), alt.Tooltip("value:Q", title=series.unit)],
        )
        .properties(height=200)
    )


@dataclass(frozen=True)
class HeadlineChart:
    """A chart ready to draw: its Vega-Lite spec and the figures behind it."""

    title: str
    spec: dict
    figures: tuple[Figure, ...]


def headline_charts(
    figures: Sequence[Figure], sources: Mapping[str, Mapping[str, str]]
) -> tuple[HeadlineChart, ...]:
    """The overview's charts, as Vega-Lite specs.

    Specs are plain dicts so a caller can build them once: Altair validates a
    chart against its schema every time it is turned into a spec.
    """
    made = []
    for topic, unit, title in HEADLINE_CHARTS:
        chosen = tuple(f for f in figures if f.headline and f.topic == topic and f.convertible_to(unit))
        if chosen:
            made.append(HeadlineChart(title, comparison_chart(chosen, unit, sources).to_dict(), chosen))
    return tuple(made)
