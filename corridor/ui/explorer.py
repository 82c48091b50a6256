"""The route explorer: pick two places, read the route's legs, see it on the map."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from corridor import routes
from corridor.i18n import words
from corridor.ui.text import md

OPEN_KEY = "route_open"
FROM_KEY = "route_from"
TO_KEY = "route_to"
OPERATING_KEY = "route_operating"


def chosen() -> tuple[str, str] | None:
    """The route the reader has picked, while the explorer is on: two different places, or None."""
    state = st.session_state
    origin, destination = state.get(FROM_KEY), state.get(TO_KEY)
    if not state.get(OPEN_KEY) or not origin or not destination or origin == destination:
        return None
    return origin, destination


def set_route(route: tuple[str, str] | None, operating_only: bool) -> None:
    """A link's route: the explorer opens with it; a link without one leaves the explorer as it is."""
    st.session_state[FROM_KEY], st.session_state[TO_KEY] = route or (None, None)
    st.session_state[OPERATING_KEY] = operating_only
    if route is not None:
        st.session_state[OPEN_KEY] = True


def switch(language: str) -> bool:
    """The explorer's on-off switch."""
    return st.toggle(words(language)["route_explorer"], key=OPEN_KEY)


def _clear() -> None:
    set_route(None, st.session_state.get(OPERATING_KEY, False))


def controls(network: routes.Network, language: str) -> None:
    """The two places and the switch; the result is drawn by :func:`result`."""
    say = words(language)
    places = {place.id: place for place in network.terminals()}
    options = list(places)

    def label(place_id: str) -> str:
        return places[place_id].name(language)

    left, right = st.columns(2)
    with left:
        st.selectbox(
            say["route_from"],
            options,
            format_func=label,
            index=None,
            placeholder=say["route_pick"],
            key=FROM_KEY,
        )
    with right:
        st.selectbox(
            say["route_to"], options, format_func=label, index=None, placeholder=say["route_pick"], key=TO_KEY
        )
    st.toggle(say["route_operating"], key=OPERATING_KEY)


def legs_markdown(rows: list[dict[str, str]], language: str) -> str:
    """The legs as a numbered list, narrow enough for the panel: the stretch, then its facts, then the link."""
    lines = []
    for number, row in enumerate(rows, start=1):
        link, mode, stretch, km, countries, gauge, status = (md(value) for value in row.values())
        unit = words(language)["route_km"]
        how = ", ".join(part for part in (f"{km} {unit}", mode, gauge) if part != md(routes.NO_GAUGE))
        lines.append(f"{number}. **{stretch}**: {how} · {countries} · {status}  \n   _{link}_")
    return "\n".join(lines)


def result(
    found: routes.Route | routes.NoRoute,
    network: routes.Network,
    year: int,
    language: str,
    on_clear: Callable[[], None] = _clear,
) -> None:
    """The route in words: its legs, its changes and its total, or why there is none."""
    say = words(language)
    if isinstance(found, routes.NoRoute):
        st.warning(md(routes.no_route_text(found, network, year, language)), icon=":material/block:")
    else:
        st.markdown(f"## {md(routes.title_text(found, network, language))}")
        st.markdown(f"**{say['route_legs']}**")
        st.markdown(legs_markdown(routes.leg_rows(found, network, year, language), language))
        if found.planned:
            st.warning(
                say["route_not_operating"].format(count=len(found.planned), year=year),
                icon=":material/warning:",
            )
        st.markdown(f"**{say['route_changes']}**")
        st.markdown("\n".join(f"- {md(line)}" for line in routes.change_lines(found, network, language)))
        st.markdown(routes.total_text(found, language))
        st.caption(say["route_times"])
    st.button(say["route_clear"], on_click=on_clear, key="route_clear")
