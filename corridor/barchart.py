"""A feature's capacity and throughput by year as bars in HTML: plain elements the panel shows at once.

One group per series: its label and unit, then a row per point with its
period, a bar as long as its value is of the series' largest, and the value
as the source words it. Bars are coloured by the kind of period as the
headline charts colour them (a full year, part of a year, a plan); with a
year chosen, the bars that stand for it are outlined and the rest fade. Each
row's tooltip names its period, note and source, and each series names its
sources, linked to the article.

HTML rather than a Vega-Lite chart: on these machines a Vega view costs 40-60
ms of the browser's time each time it is drawn, which a port's panel paid on
every switch of language or year (docs/performance.md). Jinja escapes every
string from the data; a link is made only from an address that passes
:func:`~corridor.sources.safe_url`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jinja2 import Environment

from corridor.charts import FADED, KIND_COLOURS, bar_year
from corridor.figures import Series
from corridor.i18n import words
from corridor.sources import safe_url, source_label

# The bars' look, inline: the panel shows them as they are, whatever stylesheet has loaded yet.
ROW_STYLE = (
    "display:grid;grid-template-columns:minmax(5rem,40%) 1fr auto;gap:0.5rem;"
    "align-items:center;margin:0.15rem 0;font-size:0.875rem;line-height:1.3"
)
# A printout keeps the bars' colours: browsers leave backgrounds out of print unless told otherwise.
PRINTED = "-webkit-print-color-adjust:exact;print-color-adjust:exact;"
TRACK_STYLE = f"height:0.8rem;border-radius:2px;background:rgba(128,128,128,0.15);{PRINTED}"
# The chosen year's outline is the text's colour: dark on the light theme, light on the dark one.
CHOSEN_OUTLINE = "outline:2px solid currentColor;outline-offset:1px;"

_TEMPLATE = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(
    """\
<div class="corridor-bars" role="group" aria-label="{{ title }}">
{% for group in groups %}
<div class="corridor-bars-series" style="margin:0.75rem 0 0.5rem">
<p style="margin:0 0 0.25rem;font-weight:600">{{ group.label }}{% if group.unit %}, \
<span style="font-weight:400">{{ group.unit }}</span>{% endif %}</p>
<ul style="list-style:none;margin:0;padding:0">
{% for bar in group.bars %}
<li style="{{ row_style }}" title="{{ bar.tip }}"{% if bar.chosen %} aria-current="true"{% endif %}>\
<span>{{ bar.period }}</span>\
<span style="{{ track_style }}" aria-hidden="true"><span style="display:block;height:100%;\
width:{{ bar.width }}%;background:{{ bar.colour }};opacity:{{ bar.opacity }};border-radius:2px;{{ printed }}\
{% if bar.chosen %}{{ chosen_outline }}{% endif %}"></span></span>\
<span style="white-space:nowrap">{{ bar.value }}</span></li>
{% endfor %}
</ul>
<p style="margin:0.25rem 0 0;font-size:0.8rem;opacity:0.8">{{ group.source_word }}: \
{% for cited in group.sources %}{% if cited.url %}<a href="{{ cited.url }}" target="_blank" \
rel="noopener noreferrer">{{ cited.label }}</a>{% else %}{{ cited.label }}{% endif %}\
{% if not loop.last %}; {% endif %}{% endfor %}</p>
</div>
{% endfor %}
</div>
"""
)


@dataclass(frozen=True)
class Bar:
    """One point as a row: its words, its bar's length in percent of the series' largest, and its look."""

    period: str
    value: str
    tip: str
    width: float
    colour: str
    opacity: float
    chosen: bool


@dataclass(frozen=True)
class Cited:
    """A source under a series: its publisher and date, and its address if it may be a link."""

    label: str
    url: str | None


@dataclass(frozen=True)
class Group:
    """A series: its label and unit, its bars, and the sources they cite."""

    label: str
    unit: str
    bars: tuple[Bar, ...]
    sources: tuple[Cited, ...]
    source_word: str


def width(value: float, largest: float) -> float:
    """A bar's length in percent of the series' largest value, to a tenth; none when nothing is above zero."""
    return round(100 * value / largest, 1) if largest > 0 else 0.0


def groups(
    series: Sequence[Series], sources: Mapping[str, Mapping[str, str]], language: str, year: int | None
) -> tuple[Group, ...]:
    """Each series as a group of bars, in ``language`` (give each as ``series.in_language(language)``)."""
    say = words(language)
    made = []
    for one in series:
        largest = max((point.value for point in one.points), default=0.0)
        bars = []
        for point in one.points:
            chosen = year is not None and bar_year(point, year) == year
            source = sources.get(point.source, {})
            tip = " · ".join(
                part
                for part in (
                    point.value_text(one.unit),
                    point.period,
                    point.note,
                    f"{say['source']}: {source_label(source) or point.source}",
                )
                if part
            )
            bars.append(
                Bar(
                    period=point.period,
                    value=point.value_text(),
                    tip=tip,
                    width=width(point.value, largest),
                    colour=KIND_COLOURS.get(point.period_kind, KIND_COLOURS["unstated"]),
                    opacity=1.0 if year is None or chosen else FADED,
                    chosen=chosen,
                )
            )
        cited = []
        for source_id in one.sources:
            source = sources.get(source_id, {})
            cited.append(Cited(source_label(source) or source_id, safe_url(source.get("url"))))
        source_word = say["sources"] if len(cited) > 1 else say["source"]
        made.append(Group(one.label, one.unit, tuple(bars), tuple(cited), source_word))
    return tuple(made)


def series_html(
    series: Sequence[Series],
    sources: Mapping[str, Mapping[str, str]],
    language: str = "en",
    year: int | None = None,
) -> str:
    """The series as bars in HTML, in ``language``; with ``year``, its bars outlined and the rest faded."""
    say = words(language)
    return _TEMPLATE.render(
        title=say["capacity_heading"],
        groups=groups(series, sources, language, year),
        row_style=ROW_STYLE,
        track_style=TRACK_STYLE,
        chosen_outline=CHOSEN_OUTLINE,
        printed=PRINTED,
    )
