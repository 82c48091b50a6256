"""The route explorer: pick two places, read the route's legs, see it on the map."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from corridor import routes
from corridor.i18n import words
from corridor.ui import compare, session
from corridor.ui.text import md

# The widgets' keys: corridor/ui/session.py binds them to the view's state, which keeps what the
# reader picked while a widget is not drawn (a feature's panel shows the route in one line).
OPEN_KEY = session.ROUTE_OPEN_KEY
FROM_KEY = session.ROUTE_FROM_KEY
TO_KEY = session.ROUTE_TO_KEY
OPERATING_KEY = session.ROUTE_OPERATING_KEY


def switch(language: str) -> bool:
    """The explorer's on-off switch."""
    return st.toggle(words(language)["route_explorer"], key=OPEN_KEY)


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
    # Each place with its kind, country and other spellings: typing any of them finds it.
    labels = {place.id: routes.place_label(network, place.id, language) for place in network.terminals()}
    options = list(labels)

    def label(place_id: str) -> str:
        return labels[place_id]

    for column, key in zip(st.columns(2), (FROM_KEY, TO_KEY), strict=True):
        with column:
            st.selectbox(
                say[key],
                options,
                format_func=label,
                index=None,
                placeholder=say["route_pick"],
                key=key,
            )
    st.toggle(say["route_operating"], key=OPERATING_KEY)


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
    on_clear: Callable[[], None] = session.clear_route,
    timing: Callable[[routes.Route], None] | None = None,
) -> None:
    """The route in words: its legs, its changes and its total, or why there is none.

    ``timing`` draws the route's time below its total.
    """
    say = words(language)
    if isinstance(found, routes.NoRoute):
        st.warning(md(routes.no_route_text(found, network, year, language)), icon=":material/block:")
    else:
        st.markdown(f"## {md(routes.title_text(found, network, language))}")
        st.markdown(f"**{say['route_legs']}**")
        st.markdown(legs_markdown(routes.leg_rows(found, network, year, language), language))
        for line in routes.warning_lines(found, network, year, language):
            st.warning(md(line), icon=":material/warning:")
        st.markdown(f"**{say['route_changes']}**")
        st.markdown("\n".join(f"- {md(line)}" for line in routes.change_lines(found, network, language)))
        st.markdown(routes.total_text(found, language))
        if timing is not None:
            timing(found)
        compare.alternatives(language)
    st.button(say["route_clear"], on_click=on_clear, key="route_clear")
