"""Hostile strings in every field, through every renderer: the output stays inert.

A property-based test (hypothesis, 1,000 examples a run). Each example puts a
string made of attack fragments and arbitrary text into one field of a
feature, a figure, a series, a source or a dated event, and renders it the
ways the app does: the panels (their Markdown, metric labels and help, chart
specs, citations), the map's files and state, the CSV and GeoJSON downloads
and the page's address. Validation is skipped on purpose: the renderers must
be safe on their own.

The panels' Markdown is rendered with markdown-it (HTML and link detection on,
so it is stricter than Streamlit's renderer), and the output may hold no
element but text formatting, and no link but a source's checked address.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from types import MappingProxyType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink
from streamlit_folium import generate_leaflet_string

from corridor import catalog, charts, cite, downloads, figuretable, mapbuild, mapdata, mapfeatures
from corridor.dataset import Dataset, load_dataset
from corridor.figures import SeriesPoint
from corridor.layers import LayerData
from corridor.mapfeatures import escape_text
from corridor.paths import PROJECT_DIR
from corridor.sources import safe_url
from corridor.timeline import Timeline
from corridor.ui import capacity, overview, panels
from corridor.urlstate import encode
from tests.bars import read_bars
from tests.conftest import GEODATA

FRAGMENTS = (
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<svg onload=alert(1)>",
    "<iframe src=//evil.example/>",
    '<a href="javascript:alert(1)">x</a>',
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "![pixel](https://evil.example/p.png)",
    "[click](javascript:alert(1))",
    "[data](data:text/html,x)",
    "<https://evil.example/>",
    "https://evil.example/x",
    "//evil.example/x",
    "www.evil.example",
    "mail@evil.example",
    "{{ 7*7 }}",
    "{% raw %}",
    "{% endraw %}",
    "{# comment",
    "${alert(1)}",
    "`",
    "```",
    "\\",
    ":red[alarm]",
    ":material/warning:",
    "$x^2$",
    "&lt;img&gt;",
    "&#60;script&#62;",
    '"',
    "'",
    "\n\n",
    "\n# heading\n",
    "|a|b|\n|-|-|\n",
    "<!--",
    "]]>",
    "url(https://evil.example/bg.png)",
    "@import 'https://evil.example/x.css';",
    '=HYPERLINK("https://evil.example")',
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "\u202e",
    "\x00",
)

hostile = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=1, max_size=5).map(
    "".join
)

FEATURE_FIELDS = (
    "name_en",
    "name_ru",
    "description",
    "description_ru",
    "status_note",
    "status_note_ru",
    "location_note",
    "location_note_ru",
    "label_en",
    "stations",
)
FIGURE_FIELDS = (
    "label",
    "unit",
    "period",
    "note",
    "quote_ru",
    "quote",
    "ru.label",
    "ru.unit",
    "ru.period",
    "ru.note",
)
SERIES_FIELDS = ("label", "unit", "note", "period", "ru.label", "ru.unit")
SOURCE_FIELDS = ("title", "publisher", "date", "url")
EVENT_FIELDS = ("when", "when_ru", "what", "what_ru", "place", "place_ru")
FIELDS = (
    *(("feature", f) for f in FEATURE_FIELDS),
    *(("figure", f) for f in FIGURE_FIELDS),
    *(("series", f) for f in SERIES_FIELDS),
    *(("source", f) for f in SOURCE_FIELDS),
    *(("event", f) for f in EVENT_FIELDS),
)

MARKDOWN = MarkdownIt("gfm-like", {"html": True, "linkify": True})
# Text formatting only: anything else was made from data.
ALLOWED_TAGS = {"p", "strong", "em", "br", "ul", "ol", "li", "h2", "code", "pre", "s"}
AUTOLINK = re.compile(r"(?i)(://|www\.|www\\\.|(?<!\u2060)@)")
TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")


class Recorder:
    """Stands in for ``streamlit`` in the panels: records every call, returns blocks that record too."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple, dict]] = []
        self.session_state: dict = {}

    def __getattr__(self, name: str):
        def call(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            if name == "columns":
                count = args[0] if isinstance(args[0], int) else len(args[0])
                return [self] * count
            return self

        return call

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False

    def __bool__(self) -> bool:
        # Every toggle is on: the citations are drawn too.
        return True

    def markdown_texts(self) -> Iterator[str]:
        """Every string the panels handed to Streamlit to render as Markdown."""
        markdown_calls = (
            "markdown",
            "caption",
            "title",
            "header",
            "warning",
            "info",
            "error",
            "button",
            "toggle",
        )
        for name, args, kwargs in self.calls:
            if name in markdown_calls and args:
                yield str(args[0])
            if name == "metric":
                yield str(args[0])
                yield str(kwargs.get("help", ""))
            if name == "expander":
                yield str(args[0])

    def specs(self) -> Iterator[dict]:
        for name, args, _ in self.calls:
            if name == "vega_lite_chart":
                yield args[0]

    def html_texts(self) -> Iterator[str]:
        for name, args, _ in self.calls:
            if name == "html":
                yield args[0]

    def code_blocks(self) -> Iterator[str]:
        for name, args, _ in self.calls:
            if name == "code":
                yield args[0]


@functools.lru_cache(maxsize=8192)
def live_markup(text: str, allowed_links: frozenset[str]) -> str | None:
    """What in rendered Markdown was made from data, or None; the panels' fixed texts are rendered once.

    Streamlit's renderer links a bare address by itself (GitHub's autolink
    literals, found in the text after escapes are read): outside a link's own
    address, the Markdown may hold no "://", "www." or "@".
    """
    outside_links = re.sub(r"\]\(https://[^)\s]*\)", "]", text)
    if trigger := AUTOLINK.search(outside_links):
        return f"an address Streamlit would link by itself ({trigger.group()!r}) in {text!r}"
    html = MARKDOWN.render(text)
    for closing, tag, attributes in TAG.findall(html):
        tag = tag.lower()
        if tag == "a" and not closing:
            href = re.search(r'href="([^"]*)"', attributes)
            # The renderer writes an address percent-encoded (normalizeLink), as the browser would ask for it.
            if href is None or href.group(1) not in {normalizeLink(link) for link in allowed_links}:
                return f"a link made from data: {attributes!r} in {text!r}"
        elif tag != "a" and tag not in ALLOWED_TAGS:
            return f"<{closing}{tag}> made from {text!r}"
        elif tag != "a" and attributes.strip(" /"):
            return f"attributes made from {text!r}: {attributes!r}"
    return None


def assert_inert_markdown(text: str, allowed_links: frozenset[str]) -> None:
    found = live_markup(text, allowed_links)
    assert found is None, found


def assert_inert_spec(spec: object) -> None:
    """A Vega-Lite spec draws text only: no data from a URL, no links, no images."""
    if isinstance(spec, dict):
        for key, value in spec.items():
            assert key not in ("url", "href", "image"), f"a chart spec with {key!r}"
            if key == "mark":
                assert value not in ("image",)
                assert not isinstance(value, dict) or value.get("type") != "image"
            assert_inert_spec(value)
    elif isinstance(spec, list):
        for value in spec:
            assert_inert_spec(value)


# A spreadsheet runs a cell that starts with =, @ or a control character. One that starts with + or -
# runs too, but can call or reference something only with an operator, bracket, quote, pipe (DDE),
# sheet or range mark, or a cell reference such as A1 after the sign.
FORMULA_START = re.compile(r"[=@\x00-\x1f\x7f]")
CALLS_OR_REFERENCES = re.compile(r"[=+\-*/^&|!()<>:\"'\[\]{}@$#\x00-\x1f\x7f]|[A-Za-z]\d")


def could_run(cell: str) -> bool:
    """Whether a spreadsheet opening the CSV could run the cell as a formula that does something."""
    if FORMULA_START.match(cell):
        return True
    return cell.startswith(("+", "-")) and CALLS_OR_REFERENCES.search(cell[1:]) is not None


HTML_SPECIALS = re.compile(r"[<>\"'`$]")
LABELS_JS = (PROJECT_DIR / "corridor" / "leaflet" / "labels.js").read_text(encoding="utf-8")
LABELS_AS_TEXT = re.compile(r"\.textContent\s*=\s*row\[2\]")
HTML_SINKS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|bindTooltip|setContent")


def assert_escaped(value: object) -> None:
    """A string the map puts into HTML or JavaScript carries no raw special character."""
    if isinstance(value, str):
        assert not HTML_SPECIALS.search(value), f"unescaped: {value!r}"
    elif isinstance(value, dict):
        for item in value.values():
            assert_escaped(item)
    elif isinstance(value, list):
        for item in value:
            assert_escaped(item)


def _set(mapping: dict, dotted: str, value: object) -> None:
    *path, last = dotted.split(".")
    for part in path:
        mapping = mapping.setdefault(part, {})
    mapping[last] = [value] if last == "stations" else value


def spoilt_dataset(dataset: Dataset, where: str, field: str, value: str) -> tuple[Dataset, dict, str]:
    """The dataset with ``value`` in one field; returns it, the feature shown, and the figure id shown."""
    layers = dict(dataset.layers)
    rail = layers["rail"]
    feature = json.loads(json.dumps(rail.features[0]))
    figures, series, sources, timeline = (
        dataset.figures,
        dataset.series,
        dict(dataset.sources),
        dataset.timeline,
    )
    figure = next(f for f in dataset.figures if f.id == "cargo-2024")
    if where == "feature":
        _set(feature["properties"], field, value)
    elif where == "figure":
        if field.startswith("ru."):
            words = {k: dict(v) for k, v in figure.words.items()}
            words["ru"][field[3:]] = value
            changed = replace(figure, words=words, note=figure.note or "note")
        else:
            changed = replace(figure, **{field: value})
        figures = tuple(changed if f.id == figure.id else f for f in figures)
    elif where == "series":
        first = series[0]
        if field == "period":
            points = (replace(first.points[0], period=value), *first.points[1:])
            changed = replace(first, points=points)
        elif field.startswith("ru."):
            words = {k: dict(v) for k, v in first.words.items()}
            words["ru"][field[3:]] = value
            changed = replace(first, words=words)
        else:
            changed = replace(first, **{field: value})
        series = (changed, *series[1:])
    elif where == "source":
        cited = feature["properties"]["sources"][0]
        sources[cited] = MappingProxyType({**sources[cited], field: value})
        sources[figure.source] = MappingProxyType({**sources[figure.source], field: value})
    else:
        fid = feature["properties"]["id"]
        events = dict(timeline.features)
        first = events[fid][0]
        changed = {"translations": {**first.translations, field: value}} if "_" in field else {field: value}
        events[fid] = (replace(first, **changed), *events[fid][1:])
        timeline = Timeline(features=MappingProxyType(events), events=timeline.events)
    layers["rail"] = LayerData(rail.layer, (feature, *rail.features[1:]), ())
    spoilt = replace(
        dataset,
        layers=MappingProxyType(layers),
        figures=figures,
        series=series,
        sources=MappingProxyType(sources),
        timeline=timeline,
    )
    return spoilt, feature, figure.id


def render_panels(dataset: Dataset, feature: dict, language: str, with_charts: bool) -> Recorder:
    """Draw a feature's panel, the overview and the citations into a :class:`Recorder`.

    The overview's charts cost half a second an example (Altair builds and
    validates each): they are drawn only when ``with_charts``; without them
    every headline figure is drawn as text instead.
    """
    recorder = Recorder()
    real = panels.st
    panels.st = overview.st = capacity.st = recorder
    try:
        layer = dataset.layers["rail"].layer
        year = dataset.data_year
        panels.feature_panel(
            dataset, layer, feature, language, "https://map.example/?select=x", year - 1, None
        )
        headline, series_spec = (), None
        if with_charts:
            headline = charts.headline_charts(dataset.figures, dataset.sources, language, year)
            shown = [one.in_language(language) for one in dataset.series]
            series_spec = charts.series_spec(shown, dataset.sources, language, year)
        overview.overview_panel(dataset, headline, series_spec, language, year)
        panels.cite_block(dataset.headline_figures, dataset, "https://map.example/", language)
    finally:
        panels.st = overview.st = capacity.st = real
    return recorder


@functools.cache
def clean() -> Dataset:
    """The real dataset, read once (not a fixture: hypothesis would print it with every failure)."""
    return load_dataset(GEODATA)


def allowed(where_field: tuple[str, str], value: str) -> frozenset[str]:
    """The links an example may make: the sources' addresses, and a fuzzed address that passes the check.

    A source's address is meant to be a link; only a plain https one may become one.
    """
    if where_field == ("source", "url") and safe_url(value):
        return links() | {value}
    return links()


@functools.cache
def links() -> frozenset[str]:
    """The sources' checked addresses: the only links the panels may make."""
    return frozenset(source["url"] for source in clean().sources.values())


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(where_field=st.sampled_from(FIELDS), value=hostile, language=st.sampled_from(("en", "ru")))
@example(where_field=("source", "url"), value="https://evil.example/x", language="en")
@example(where_field=("source", "url"), value="javascript:alert(1)", language="en")
@example(where_field=("source", "url"), value="https://evil.example/x\x1b", language="en")
@example(
    where_field=("feature", "description"),
    value="see https://evil.example/x or www.evil.example",
    language="ru",
)
def test_a_hostile_string_in_any_field_renders_inert(where_field, value, language):
    where, field = where_field
    spoilt, feature, _ = spoilt_dataset(clean(), where, field, value)

    # The panels: Markdown, metric labels and help, and citations.
    recorder = render_panels(spoilt, feature, language, with_charts=False)
    for text in recorder.markdown_texts():
        assert_inert_markdown(text, allowed(where_field, value))
    for text in recorder.html_texts():
        _, _, made_links, made = read_bars(text)
        assert made == [], made
        assert set(made_links) <= allowed(where_field, value)
    assert list(recorder.code_blocks()), "the citations were not drawn"

    # The map: the layer file, the labels and the state are escaped, and folium runs no template.
    drawn = mapfeatures.layer_feature(feature)
    assert_escaped(drawn["properties"])
    # A label is set as text by the browser (labels.js, LABELS_AS_TEXT): its name goes as written, not escaped.
    rows = mapfeatures.labels_document(spoilt.layers["places"], [spoilt.layers["rail"]], language)
    (own,) = [row for row in rows if row[6] == escape_text(feature["properties"]["id"])]
    written = feature["properties"]
    shown_name = written.get(f"label_{language}") or written.get(f"name_{language}") or written["name_en"]
    assert own[2] == shown_name
    if where_field == ("feature", f"name_{language}") and value:
        assert own[2] == value
    assert_escaped(own[6])
    assert LABELS_AS_TEXT.search(LABELS_JS), "labels.js no longer sets a label's text with textContent"
    assert not HTML_SINKS.search(LABELS_JS), "labels.js puts a string into the page as HTML"
    state = mapdata.map_state(
        visible=["rail"], statuses=["operating"], selected_id=value, language=language, as_of=None
    )
    assert_escaped(state["selected"])
    script = generate_leaflet_string(mapbuild.state_group(state))
    assert "</script" not in script.lower().replace("<\\/script", "")

    # The downloads: no cell can start a formula that calls or references anything, and the GeoJSON parses.
    rows_shown = [row for row in catalog.all_rows(spoilt) if row.layer == "rail"][:1]
    for record in csv.reader(io.StringIO(downloads.features_csv(spoilt, rows_shown))):
        assert not any(could_run(cell) for cell in record)
    for record in csv.reader(io.StringIO(figuretable.figures_csv(spoilt))):
        assert not any(could_run(cell) for cell in record)
    json.loads(downloads.features_geojson(spoilt, rows_shown, "LineString"))

    # The address: a data string is encoded, never raw.
    params = encode(lang=language, layers=["rail"], statuses=["operating"], select=value, view=None)
    link = cite.view_link("https://map.example", params)
    assert not re.search(r"[\s<>\"'`{}]", link)


CHART_FIELDS = tuple(field for field in FIELDS if field[0] in ("figure", "series", "source"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where_field=st.sampled_from(CHART_FIELDS), value=hostile, language=st.sampled_from(("en", "ru")))
def test_a_hostile_string_in_a_chart_stays_text(where_field, value, language):
    """The charts' specs: each string is a value Vega draws as text; nothing is fetched or linked."""
    spoilt, feature, _ = spoilt_dataset(clean(), *where_field, value)
    recorder = render_panels(spoilt, feature, language, with_charts=True)
    specs = list(recorder.specs())
    assert len(specs) == 4
    for spec in specs:
        assert_inert_spec(spec)
    for text in recorder.markdown_texts():
        assert_inert_markdown(text, allowed(where_field, value))


def test_the_checks_catch_live_markup():
    """The check can fail: an unescaped image in Markdown is caught."""
    with pytest.raises(AssertionError, match="made from"):
        assert_inert_markdown("![x](https://evil.example/x.png)", links())
    with pytest.raises(AssertionError, match="a link made from data"):
        assert_inert_markdown("[x](https://evil.example/)", links())
    with pytest.raises(AssertionError, match="unescaped"):
        assert_escaped({"name": "<b>"})


def test_a_point_period_reaches_the_chart_text():
    """The series' period field is one the charts show (the property test's series fields are live)."""
    first = clean().series[0]
    changed = replace(first, points=(SeriesPoint("<b>1999</b>", 1.0, first.source), *first.points[1:]))
    assert "<b>1999</b>" in charts.series_points_text(changed)
