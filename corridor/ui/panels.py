"""Side panels: the overview with headline figures, and one feature's details."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import streamlit as st

from corridor import catalog, cite
from corridor.contract import calendar_date
from corridor.dataset import Dataset, status_stale
from corridor.figures import Figure
from corridor.i18n import (
    KIND_LABELS,
    STATUS_LABELS,
    country_name,
    format_day,
    name_of,
    plural,
    text_of,
    words,
)
from corridor.layers import Layer
from corridor.sources import safe_url, source_label
from corridor.timeline import AsOf, Event
from corridor.ui.capacity import capacity_section
from corridor.ui.text import md

# Markdown's line break inside a paragraph.
LINE_BREAK = "  \n"


def linked(text: str, source: Mapping[str, str]) -> str:
    """Escaped Markdown text, linked to the source's address when it is a plain https one."""
    url = safe_url(source.get("url"))
    return f"[{md(text)}]({url})" if url else md(text)


def source_line(source_id: str, sources: Mapping[str, Mapping[str, str]], language: str = "en") -> str:
    """One Markdown line naming a source: its title, then publisher and date, and whether only its site is known."""
    source = sources.get(source_id, {})
    details = md(source_label(source))
    site_only = f" ({words(language)['site_only']})" if source.get("site_only") else ""
    return linked(source.get("title", source_id), source) + (f" — {details}" if details else "") + site_only


def short_source(source_id: str, sources: Mapping[str, Mapping[str, str]]) -> str:
    """Publisher and date, linked when the source has an address."""
    source = sources.get(source_id, {})
    return linked(source_label(source) or source_id, source)


GEOMETRY_WORDING = {
    "surveyed track": "drawn_track",
    "station chain": "drawn_chain",
    "schematic": "drawn_schematic",
}


def drawn_as(properties: Mapping[str, object], language: str = "en") -> str:
    """How a line's geometry was drawn, in words, with its share on surveyed track."""
    say = words(language)
    wording = say[GEOMETRY_WORDING[str(properties["geometry_confidence"])]]
    share = properties.get("track_share")
    if isinstance(share, (int, float)) and 0 < share < 1 and properties["geometry_confidence"] != "schematic":
        wording += say["track_share"].format(share=f"{round(share * 100)}%")
    count = properties.get("station_count")
    if isinstance(count, int) and properties["geometry_confidence"] != "schematic":
        wording += plural(language, "station_count", count)
    return wording


def figure_text(figure: Figure, sources: Mapping[str, Mapping[str, str]], language: str = "en") -> str:
    """One figure in Markdown: its value and label, then its period, note and source, then the interview's words."""
    figure = figure.in_language(language)
    note = f" · {md(figure.note)}" if figure.note else ""
    lines = [
        f"**{md(figure.value_beside())}** — {md(figure.label)}",
        f":grey[{md(figure.period)}{note} · {words(language)['source']}: {short_source(figure.source, sources)}]",
    ]
    if figure.quote_ru:
        lines += [f":small[:grey[{line}]]" for line in quote_line(figure, language).split(LINE_BREAK)]
    return LINE_BREAK.join(lines)


def figure_list(
    figures: Sequence[Figure], sources: Mapping[str, Mapping[str, str]], language: str = "en"
) -> None:
    """Figures as one Markdown element, a paragraph each.

    One element, not one per figure: on a switch of language the browser draws
    every element of the panel again, and a panel's context alone holds a dozen figures.
    """
    if figures:
        st.markdown("\n\n".join(figure_text(figure, sources, language) for figure in figures))


def quote_line(figure: Figure, language: str) -> str:
    """The interview's Russian words as they stand and, beside them, our translation into the page's language."""
    say = words(language)
    line = f"{say['quote']}: «{md(figure.quote_ru)}»"
    translation = figure.in_language(language).quote
    return line + (LINE_BREAK + say["quote_translation"].format(quote=md(translation)) if translation else "")


# Each headline card: its figure, its title, and the series that gives it by year.
def event_line(event: Event, dataset: Dataset, language: str, named: bool = True) -> str:
    """One dated event in Markdown: its date as the source words it, what happened, and the source."""
    say = words(language)
    when, what, place = event.words(language)
    found = dataset.feature(event.feature) if named and event.feature else None
    subject = f"{md(name_of(found[1]['properties'], language))}: " if found else ""
    # What the source says happened; an event it says no more of is named by its kind ("building began").
    said = md(what or (say["event_" + event.kind] if event.feature else ""))
    where = f", {md(place)}" if place else ""
    return f"**{md(when)}**{where} — {subject}{said} · {short_source(event.source, dataset.sources)}"


def _in_language(properties: Mapping[str, object], key: str, language: str) -> Any:
    """A feature's text (or list) in the language (``<key>_ru``), else in its fallbacks, else in English."""
    return text_of(properties, key, language, properties[key])


CITE_KEY = "cite"


def cite_block(
    figures: Sequence[Figure],
    dataset: Dataset,
    link: str,
    language: str,
    feature: Mapping[str, object] | None = None,
) -> None:
    """The citations of a panel, one line each (the feature's first), in a box with a copy button.

    They are made while the reader has the switch on (it stays on from panel
    to panel): a run that does not show them spends nothing on them.
    """
    say = words(language)
    if not st.toggle(say["cite"], key=CITE_KEY):
        return
    first = (
        []
        if feature is None
        else [cite.feature_citation(feature, catalog.data_date(dataset), link, language)]
    )
    lines = first + [cite.figure_citation(figure, dataset.sources, link, language) for figure in figures]
    st.caption(say["cite_help"])
    st.code("\n\n".join(lines), language=None, wrap_lines=True)


def status_line(properties: Mapping[str, object], dataset: Dataset, language: str) -> str:
    """The status in Markdown, as of the day it was checked, with the source that supports it."""
    say = words(language)
    status = STATUS_LABELS[language][str(properties["status"])]
    if properties.get("status_note"):
        status = f"{status}: {_in_language(properties, 'status_note', language)}"
    checked = calendar_date(properties.get("status_checked"))
    heading = say["status_as_of"].format(date=format_day(checked, language)) if checked else say["status"]
    line = f"**{md(heading)}:** {md(status)}"
    if isinstance(properties.get("status_source"), str):
        line += f" · {short_source(str(properties['status_source']), dataset.sources)}"
    if checked and dataset.data_date and status_stale(checked, dataset.data_date):
        line += " · ⚠ " + md(say["status_stale"].format(data_date=format_day(dataset.data_date, language)))
    return line


def _as_of_words(state: AsOf, data_year: int, language: str) -> str:
    say = words(language)
    if state.basis == "not begun":
        return say["as_of_not_begun"]
    if state.basis == "not open":
        return say["as_of_not_open"]
    if state.basis == "undated":
        return say["as_of_undated"].format(data_year=data_year)
    return STATUS_LABELS[language][state.status or "planned"]


def feature_panel(
    dataset: Dataset,
    layer: Layer,
    feature: dict,
    language: str = "en",
    link: str = "",
    year: int | None = None,
    as_of: Mapping[str, AsOf] | None = None,
) -> None:
    say = words(language)
    other = say.second
    properties = feature["properties"]
    st.title(md(name_of(properties, language)))
    st.caption(md(name_of(properties, other)))
    countries = ", ".join(country_name(c, language) for c in properties["countries"])
    facts = [
        f"**{say['type']}:** {md(KIND_LABELS[language][properties['kind']])}",
        status_line(properties, dataset, language),
        f"**{say['countries']}:** {md(countries)}",
    ]
    state = (as_of or {}).get(properties["id"])
    if year is not None and state is not None and year != dataset.data_year:
        in_year = _as_of_words(state, dataset.data_year, language)
        facts.append(f"**{say['status_in'].format(year=year)}:** {md(in_year)}")
    if "location_source" in properties:
        where = md(
            _in_language(properties, "location_note", language)
            if "location_note" in properties
            else say["as_given"]
        )
        facts.append(
            f"**{say['location']}:** {where} ({short_source(properties['location_source'], dataset.sources)})"
        )
    if "geometry_confidence" in properties:
        facts.append(f"**{say['drawn']}:** {md(drawn_as(properties, language))}")
    st.markdown("  \n".join(facts))
    # Lines have stations and ports do not: in a block, what follows keeps its place.
    with st.container():
        st.markdown(md(_in_language(properties, "description", language)))
        if properties.get("unsourced_stretches"):
            stretches = ", ".join(_in_language(properties, "unsourced_stretches", language))
            st.caption(md(say["unsourced"].format(stretches=stretches)) + ".")
        if properties.get("stations"):
            stations = _in_language(properties, "stations", language)
            with st.expander(say["main_stations"].format(count=len(stations))):
                st.markdown(md(" – ".join(stations)))
    st.markdown(f"## {say['dates']}")
    with st.container():
        events = dataset.timeline.of(properties["id"])
        if events:
            st.markdown("\n".join(f"- {event_line(e, dataset, language, named=False)}" for e in events))
        else:
            st.caption(say["no_dates"])
    capacity_section(
        dataset, properties["id"], language, year, lambda source: short_source(source, dataset.sources)
    )
    own, context = dataset.own_and_context(properties["id"], layer.id)
    st.markdown(f"## {say['figures']}")
    # A block of their own: however many there are, what follows keeps its
    # place, and the browser keeps it from one panel to the next.
    with st.container():
        if own:
            figure_list(own, dataset.sources, language)
        else:
            st.info(say["no_figures"])
    if context:
        with st.expander(plural(language, "context", len(context))):
            st.caption(say["context_note"])
            figure_list(context, dataset.sources, language)
    figures = own + context
    st.markdown(f"## {say['sources']}")
    st.markdown("\n".join(f"- {source_line(s, dataset.sources, language)}" for s in properties["sources"]))
    cite_block(figures, dataset, link, language, properties)
