"""The year series' chart made with Altair: the reference :func:`corridor.charts.series_spec` must equal.

The app writes the plain Vega-Lite spec itself (Altair took 50-100 ms to
make one); this is the same chart in Altair's own terms, so a test can
check that the spec the app writes is the one Altair would make.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt

from corridor.charts import KIND_COLOURS, _year_marks, bar_year, series_points_text
from corridor.figures import Series
from corridor.i18n import chart_locale, words
from corridor.sources import source_label


def _series_bars(
    series: Series, sources: Mapping[str, Mapping[str, str]], language: str, year: int | None
) -> alt.Chart:
    """One series' bars, titled with its label and unit; ``year``'s bar marked."""
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
    marks = _year_marks(year, "y")
    if marks:
        marks["opacity"] = alt.condition(alt.datum.y == year, alt.value(1), alt.value(0.45))
    return (
        alt.Chart(alt.Data(values=rows), title=alt.Title(series.label, anchor="start", fontSize=14))
        .mark_bar()
        .encode(
            x=alt.X(
                "period:N",
                sort=[row["period"] for row in rows],
                title=None,
                # Every period is named, however long: "January-September 2025" slants rather than hides.
                axis=alt.Axis(labelAngle=-35, labelOverlap=False, labelLimit=140),
            ),
            y=alt.Y("value:Q", title=series.unit),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=list(KIND_COLOURS), range=list(KIND_COLOURS.values())),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("as_stated:N", title=say["value"]),
                alt.Tooltip("period:N", title=say["period"]),
                alt.Tooltip("note:N", title=say["note"]),
                alt.Tooltip("source:N", title=say["source"]),
            ],
            **marks,
        )
        .properties(height=120, width="container")
    )


def series_chart(
    series: Sequence[Series],
    sources: Mapping[str, Mapping[str, str]],
    language: str = "en",
    year: int | None = None,
) -> alt.VConcatChart:
    """The series by year as small multiples in one graphic, in ``language``; ``year``'s bars marked.

    Give each series as ``series.in_language(language)``.

    One graphic rather than one per series: the page sends and draws one
    element. Bars for part of a year are coloured apart from full years, as in
    the headline charts, and each bar's tooltip gives its value as stated and its source.
    """
    description = " ".join(series_points_text(one, language) for one in series)
    return (
        alt.vconcat(*(_series_bars(one, sources, language, year) for one in series), spacing=24)
        .properties(description=description)
        .configure(locale=chart_locale(language))
    )
