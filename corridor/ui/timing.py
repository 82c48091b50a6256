"""The route's time under its legs: the total in days, each leg and stop with its source, what is left out."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from corridor import routes
from corridor.i18n import words
from corridor.routes import timewording
from corridor.routes.transit import Transit
from corridor.ui import resources
from corridor.ui.panels import short_source
from corridor.ui.text import md


def _line(line: timewording.Line, sources: Mapping[str, Mapping[str, str]], language: str) -> str:
    cited = f" · {words(language)['source']}: {short_source(line.fact.source, sources)}" if line.fact else ""
    return f"{md(line.text)}{cited}"


def _said(parts: list[timewording.Line], sources: Mapping[str, Mapping[str, str]], language: str) -> str:
    """The words of the sources that give no number, as they stand, with their sources."""
    say = words(language)
    return "\n".join(
        f"- {say['transit_says']}: “{md(line.fact.words)}” · {say['source']}: {short_source(line.fact.source, sources)}"
        for line in parts
        if line.fact is not None and line.fact.words
    )


def transit_section(
    transit: Transit,
    route: routes.Route,
    network: routes.Network,
    sources: Mapping[str, Mapping[str, str]],
    language: str,
) -> None:
    """The route's time: its total and largest part first, then its legs and stops, then what is left out."""
    say = words(language)
    st.markdown(f"### {say['transit_title']}")
    # The total holds only numbers and the catalogue's words (and its bold marks).
    st.markdown(timewording.total_text(transit, language))
    if (largest := timewording.largest_text(transit, route, network, language)) is not None:
        st.markdown(md(largest))
    for trip in transit.trips:
        st.markdown(_line(timewording.trip_line(trip, language), sources, language))
    lines = {
        part: timewording.part_line(part, route, network, language) for part in transit.legs + transit.stops
    }
    for title, parts in ((say["route_legs"], transit.legs), (say["transit_stops"], transit.stops)):
        if parts:
            st.markdown(f"**{title}**")
            st.markdown("\n".join(f"- {_line(lines[part], sources, language)}" for part in parts))
    if (left_out := timewording.unknown_text(transit, route, network, language)) is not None:
        st.info(md(left_out), icon=":material/help:")
        if said := _said([lines[part] for part in transit.unknown], sources, language):
            st.markdown(said)


def show_time(
    folder: str,
    ends: tuple[str, str],
    year: int,
    operating_only: bool,
    network: routes.Network,
    language: str,
    found: routes.Route,
) -> None:
    """The route's time, computed once per route, year and choice (``resources.get_transit``)."""
    transit = resources.get_transit(folder, *ends, year, operating_only)
    if transit is not None:
        sources = resources.get_dataset(folder).sources
        transit_section(transit, found, network, sources, language)
