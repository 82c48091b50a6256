"""The route explorer: pick two places, read the route's legs, see it on the map."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from corridor import routes
from corridor.i18n import words
from corridor.ui.text import md

OPEN_KEY = "route_open"
# The widgets' keys. Streamlit forgets a widget's value in a run that does not
# draw it (a feature's panel shows the route in one line), so what the reader
# picked is kept under the keys in PICKED, copied there on every change.
FROM_KEY = "route_from"
TO_KEY = "route_to"
OPERATING_KEY = "route_operating"
PICKED = {FROM_KEY: "route_from_picked", TO_KEY: "route_to_picked", OPERATING_KEY: "route_operating_picked"}


def picked(key: str) -> object:
    return st.session_state.get(PICKED[key])


def chosen() -> tuple[str, str] | None:
    """The route the reader has picked, while the explorer is on: two different places, or None."""
    origin, destination = picked(FROM_KEY), picked(TO_KEY)
    if not st.session_state.get(OPEN_KEY) or not origin or not destination or origin == destination:
        return None
    return origin, destination


def operating_only() -> bool:
    return bool(picked(OPERATING_KEY))


def set_route(route: tuple[str, str] | None, operating: bool) -> None:
    """A link's route (or a cleared one): the explorer opens with a route; without one it stays as it is."""
    state = st.session_state
    for key, value in zip(
        (FROM_KEY, TO_KEY, OPERATING_KEY), (*(route or (None, None)), operating), strict=True
    ):
        state[PICKED[key]] = value
        # The widget, if drawn in this run, starts from the new value.
        state.pop(key, None)
    if route is not None:
        state[OPEN_KEY] = True


def _keep(key: str) -> None:
    st.session_state[PICKED[key]] = st.session_state.get(key)


def _restore(key: str) -> None:
    """Give a widget that was not drawn in the last run the reader's pick back."""
    if key not in st.session_state and picked(key) is not None:
        st.session_state[key] = picked(key)


def switch(language: str) -> bool:
    """The explorer's on-off switch."""
    return st.toggle(words(language)["route_explorer"], key=OPEN_KEY)


def _clear() -> None:
    set_route(None, operating_only())


def summary(found: routes.Route | routes.NoRoute, network: routes.Network, year: int, language: str) -> None:
    """The route in one line, while a feature's panel is open: the map still shows it."""
    say = words(language)
    if isinstance(found, routes.NoRoute):
        st.caption(md(routes.no_route_text(found, network, year, language)))
    else:
        st.caption(say["route_summary"].format(route=md(routes.title_text(found, network, language))))


def controls(network: routes.Network, language: str) -> None:
    """The two places and the switch; the result is drawn by :func:`result`."""
    say = words(language)
    places = {place.id: place for place in network.terminals()}
    options = list(places)

    def label(place_id: str) -> str:
        return places[place_id].name(language)

    for key in PICKED:
        _restore(key)
    for column, key in zip(st.columns(2), (FROM_KEY, TO_KEY), strict=True):
        with column:
            st.selectbox(
                say[key],
                options,
                format_func=label,
                index=None,
                placeholder=say["route_pick"],
                key=key,
                on_change=_keep,
                args=(key,),
            )
    st.toggle(say["route_operating"], key=OPERATING_KEY, on_change=_keep, args=(OPERATING_KEY,))


def legs_markdown(rows: list[dict[str, str]], language: str) -> str:
    """The legs as a numbered list, narrow enough for the panel: the stretch, then its facts, then the link."""
    unit = words(language)["route_km"]
    lines = []
    for number, row in enumerate(rows, start=1):
        link, mode, stretch, km, countries, gauge, status = (md(value) for value in row.values())
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
