"""Altair charts of the headline figures. Plain Altair: the UI decides where they go."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt

from corridor.capacity import in_force
from corridor.figures import Figure, Series, SeriesPoint, period_year, with_unit
from corridor.i18n import PERIOD_KIND_WORDS, chart_locale, words
from corridor.sources import source_label

# The overview's comparison charts: topic, unit of the axis, key of the title.
HEADLINE_CHARTS = (
    ("trade", "USD million", "chart_trade"),
    ("cargo", "million tonnes", "chart_cargo"),
    ("tourism", "visitors", "chart_tourism"),
)

KIND_COLOURS = {
    "full year": "#0b57a4",
    "part of a year": "#6fa8dc",
    "target": "#f2a33a",
    "unstated": "#9e9e9e",
    # A capacity in force is a stated level, as a full year's count is; design, plans and forecasts are not.
    "capacity": "#0b57a4",
    "design": "#f2a33a",
    "planned": "#f2a33a",
    "forecast": "#f2a33a",
}


# The year the reader has chosen: its bars are outlined (and, in the series, the others fade to this opacity).
YEAR_STROKE = "#202124"
FADED = 0.45


def _year_marks(year: int | None, field: str = "year") -> dict:
    """Encodings that outline the chosen year's bars."""
    if year is None:
        return {}
    chosen = alt.datum[field] == year
    return {
        "stroke": alt.condition(chosen, alt.value(YEAR_STROKE), alt.value(None)),
        "strokeWidth": alt.condition(chosen, alt.value(2.5), alt.value(0)),
    }


def describe(title: str, pairs: Sequence[tuple[str, str]]) -> str:
    """A chart's text alternative: its title, then each bar's label and value as stated."""
    return f"{title}: " + "; ".join(f"{label}: {value}" for label, value in pairs) + "."


def comparison_chart(
    figures: Sequence[Figure],
    unit: str,
    sources: Mapping[str, Mapping[str, str]],
    language: str = "en",
    title: str = "",
    year: int | None = None,
) -> alt.Chart:
    """Bars for figures of one measure, each labelled with its own period.

    Bars for a full year, part of a year and a target are coloured apart, so
    unlike periods on one axis are never mistaken for like ones. The figures
    come in ``language``; the axis names their unit as they show it.
    """
    say = words(language)
    rows: list[dict[str, Any]] = [
        {
            "period": f"{f.period} ({PERIOD_KIND_WORDS[language][f.period_kind]})",
            "value": f.in_units_of(unit),
            "as_stated": f.value_text,
            "kind": f.period_kind,
            "source": source_label(sources.get(f.source, {})),
            "note": f.note,
            "year": period_year(f.period),
        }
        for f in figures
    ]
    order = [row["period"] for row in rows]
    bars = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            y=alt.Y("period:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
            x=alt.X("value:Q", title=_axis_unit(figures, unit)),
            color=alt.Color(
                "kind:N",
                title=say["period"],
                scale=alt.Scale(domain=list(KIND_COLOURS), range=list(KIND_COLOURS.values())),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("as_stated:N", title=say["value"]),
                alt.Tooltip("period:N", title=say["period"]),
                alt.Tooltip("note:N", title=say["note"]),
                alt.Tooltip("source:N", title=say["source"]),
            ],
            **_year_marks(year),
        )
    )
    # Screen readers read the description (Vega makes it the graphic's label).
    description = describe(
        title, [(row["period"], f.value_beside(title)) for row, f in zip(rows, figures, strict=True)]
    )
    return bars.properties(height=alt.Step(30), description=description).configure(
        locale=chart_locale(language)
    )


def _axis_unit(figures: Sequence[Figure], unit: str) -> str:
    """The axis's unit in the figures' language: the shown unit of a figure in that unit."""
    return next((f.display_unit for f in figures if f.unit == unit), unit)


def series_points_text(series: Series, language: str = "en") -> str:
    """The series in words, point by point as each is stated, in ``language``'s number format."""
    return describe(with_unit(series.label, series.unit), [(p.period, p.value_text()) for p in series.points])


def bar_year(point: SeriesPoint, year: int | None) -> int | None:
    """The year a bar stands for when the chosen one is outlined: a capacity's is the chosen year while it is in force."""
    if point.period_kind == "capacity" and year is not None:
        return year if in_force(point, year) else None
    return point.year


def _condition(test: str, chosen: object, other: object) -> dict[str, object]:
    return {"condition": {"test": test, "value": chosen}, "value": other}


def _series_bars(
    series: Series, sources: Mapping[str, Mapping[str, str]], language: str, year: int | None
) -> dict[str, Any]:
    """One series' bars as a Vega-Lite view, titled with its label and unit; ``year``'s bar marked."""
    say = words(language)
    rows: list[dict[str, Any]] = [
        {
            "period": p.period,
            "value": p.value,
            "as_stated": p.value_text(series.unit),
            "kind": p.period_kind,
            "source": source_label(sources.get(p.source, {})),
            "note": p.note,
            "y": bar_year(p, year),
        }
        for p in series.points
    ]
    encoding: dict[str, Any] = {
        "color": {
            "field": "kind",
            "legend": None,
            "scale": {"domain": list(KIND_COLOURS), "range": list(KIND_COLOURS.values())},
            "type": "nominal",
        },
        "tooltip": [
            {"field": field, "title": say[title], "type": "nominal"}
            for field, title in (
                ("as_stated", "value"),
                ("period", "period"),
                ("note", "note"),
                ("source", "source"),
            )
        ],
        # Every period is named, however long: "January-September 2025" slants rather than hides.
        "x": {
            "axis": {"labelAngle": -35, "labelLimit": 140, "labelOverlap": False},
            "field": "period",
            "sort": [row["period"] for row in rows],
            "title": None,
            "type": "nominal",
        },
        "y": {"field": "value", "title": series.unit, "type": "quantitative"},
    }
    if year is not None:
        chosen = f"(datum['y'] === {year})"
        encoding["opacity"] = _condition(f"(datum.y === {year})", 1, FADED)
        encoding["stroke"] = _condition(chosen, YEAR_STROKE, None)
        encoding["strokeWidth"] = _condition(chosen, 2.5, 0)
    return {
        "data": {"values": rows},
        "mark": {"type": "bar"},
        "encoding": dict(sorted(encoding.items())),
        "height": 120,
        "title": {"text": series.label, "anchor": "start", "fontSize": 14},
        "width": "container",
    }


def series_spec(
    series: Sequence[Series],
    sources: Mapping[str, Mapping[str, str]],
    language: str = "en",
    year: int | None = None,
) -> dict[str, Any]:
    """The series by year as small multiples in one Vega-Lite graphic, in ``language``; ``year``'s bars marked.

    Give each series as ``series.in_language(language)``.

    One graphic rather than one per series: the page sends and draws one
    element. Bars for part of a year are coloured apart from full years, as in
    the headline charts, and each bar's tooltip gives its value as stated and its source.
    Written as the plain spec Altair would make (tests/chart_reference.py makes it
    with Altair and compares): Altair took 50-100 ms to make each, on every switch of language.
    """
    views = [_series_bars(one, sources, language, year) for one in series]
    spec: dict[str, Any] = {
        "config": {
            "view": {"continuousWidth": 300, "continuousHeight": 300},
            "locale": chart_locale(language),
        },
        "vconcat": views,
        "description": " ".join(series_points_text(one, language) for one in series),
        "spacing": 24,
        "$schema": alt.SCHEMA_URL,
    }
    # Data every view shares is given once, for the whole graphic, as Altair gives it.
    if views and all(view["data"] == views[0]["data"] for view in views):
        spec["data"] = views[0]["data"]
        for view in views:
            del view["data"]
    return spec


@dataclass(frozen=True)
class HeadlineChart:
    """A chart ready to draw: its Vega-Lite spec and the figures behind it."""

    title: str
    spec: dict
    figures: tuple[Figure, ...]


def headline_charts(
    figures: Sequence[Figure],
    sources: Mapping[str, Mapping[str, str]],
    language: str = "en",
    year: int | None = None,
) -> tuple[HeadlineChart, ...]:
    """The overview's charts in ``language``, as Vega-Lite specs.

    Specs are plain dicts so a caller can build them once: Altair validates a
    chart against its schema every time it is turned into a spec.
    """
    made = []
    for topic, unit, title in HEADLINE_CHARTS:
        chosen = tuple(
            f.in_language(language)
            for f in figures
            if f.headline and f.topic == topic and f.convertible_to(unit)
        )
        if chosen:
            heading = words(language)[title]
            spec = comparison_chart(chosen, unit, sources, language, heading, year).to_dict()
            made.append(HeadlineChart(heading, spec, chosen))
    return tuple(made)
