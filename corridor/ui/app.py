"""The map page: sidebar controls, the map, and the side panel."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pyarrow as pa
import streamlit as st

from corridor import catalog, cite, layout, routes
from corridor.contract import shown_problems
from corridor.dataset import Dataset
from corridor.i18n import LANGUAGE_NAMES, LANGUAGES, format_number, name_of, words
from corridor.layers import Layer
from corridor.lens import Utilisation
from corridor.paths import geodata_dir
from corridor.ui import explorer, finder, guard, resources, session, timing
from corridor.ui.mapview import NO_REPORT_ICON, draw_map, map_has_loaded, wait_for_map
from corridor.ui.panels import cite_block, feature_panel
from corridor.ui.resources import Catalog
from corridor.ui.session import LANGUAGE_KEY, LINK_KEY, MAP_WAITED_KEY, NOTICES_KEY, YEAR_KEY
from corridor.ui.text import md

# The map's share of the width beside the panel, on a wide screen.
COLUMNS = (7, 3)

# A fragment that reruns itself this often, and does nothing else. While a
# page has one, Streamlit's front end asks for a full run as soon as it
# reconnects (to a restarted server, too); without one it waits for the
# reader's next click, and shows the old page meanwhile.
RECONNECT_WATCH_SECONDS = 3600


@st.fragment(run_every=RECONNECT_WATCH_SECONDS)
def _rerun_on_reconnect() -> None:
    """See :data:`RECONNECT_WATCH_SECONDS`."""


def _link_notices(link: dict, language: str) -> None:
    """Name what the link that opened this view got wrong, until the reader changes the view."""
    notices, shown_with = st.session_state.get(NOTICES_KEY, ((), None))
    if shown_with is None:
        st.session_state[NOTICES_KEY] = (notices, link)
    elif shown_with != link:
        return
    if not notices:
        return
    ignored = "; ".join(f"{md(n.parameter)}={md(n.value)}" for n in notices)
    st.warning(words(language)["link_notice"].format(ignored=ignored), icon="🔗")


def _link_url(link: dict) -> str:
    return cite.view_link(st.context.url or "", link)


def _tools(language: str, found_by: Catalog | None, span: tuple[int, int], latest: int) -> None:
    """The panel's head: the language, the search and the year, in reach without opening the sidebar."""
    say = words(language)
    st.radio(
        say["language"],
        options=LANGUAGES,
        format_func=LANGUAGE_NAMES.__getitem__,
        key=LANGUAGE_KEY,
        horizontal=True,
        label_visibility="collapsed",
    )
    if found_by is not None:
        finder.search_box(found_by.entries, session.pick, language)
    if span[0] == span[1]:
        # No dated feature: there is one year to show, and nothing to slide.
        return
    st.slider(
        say["year_pick"],
        min_value=span[0],
        max_value=span[1],
        key=YEAR_KEY,
        help=say["year_help"].format(latest=latest),
    )


def _route_explorer(
    network: routes.Network | None,
    routed: tuple[routes.Route | routes.NoRoute, dict | None] | None,
    year: int,
    language: str,
    brief: bool,
    time_of: Callable[[routes.Route], None] | None = None,
) -> None:
    """The explorer's switch; its places and its route only while it is on.

    A run spends nothing on them otherwise; while a feature's panel is open (``brief``), the route
    is one line.
    """
    # Without the network (its failure is named above), there is nothing to explore.
    if not explorer.switch(language) or network is None:
        return
    if brief:
        if routed is not None:
            explorer.summary(routed[0], network, year, language)
        return
    explorer.controls(network, language)
    if routed is not None:
        explorer.result(routed[0], network, year, language, timing=time_of)


def _sidebar(language: str) -> None:
    """The rest, out of the map's way: returning to the overview and the notes (the filters are in the legend)."""
    say = words(language)
    with st.sidebar:
        st.button(say["clear"], on_click=session.clear_selection, width="stretch")
        st.caption(say["copy_link"])
        st.caption(say["about_sources"])


def _tab_title(found: tuple[Layer, dict] | None, language: str) -> str:
    """The tab's title: what is open, then the map's name, in the page's language."""
    say = words(language)
    if found is None:
        return say["tab_title"]
    return say["tab_title_open"].format(name=name_of(found[1]["properties"], language))


def _problems(dataset: Dataset, language: str) -> None:
    if not dataset.problems:
        return
    files = sorted({p.file for p in dataset.problems})
    label = words(language)["problems"].format(count=len(dataset.problems), files=", ".join(files))
    listed, rest = shown_problems(dataset.problems, guard.MAX_LISTED)
    with st.expander(label, expanded=False):
        for problem in listed:
            st.error(md(problem))
        if rest:
            st.caption(words(language)["problems_more"].format(count=format_number(rest, language)))


def main() -> None:
    resources.send_at_once()
    _rerun_on_reconnect()
    # The cached resources are keyed by the folder's path as text: quicker to hash on every run than a Path.
    folder = str(geodata_dir())
    dataset = resources.get_dataset(folder)
    first_run = LINK_KEY not in st.session_state
    # What the map and the panel need, each computed apart: one that fails is named, and the rest draws.
    failed: list[str] = []
    # Without the network, a link can name no route.
    network = guard.attempt("route", failed, resources.get_network, folder)
    state = session.begin(dataset, frozenset() if network is None else network.places)
    visible, statuses, countries = state.layers, state.statuses, state.countries
    selected_id, language = state.selected, state.language
    year = state.shown_year(dataset.data_year)
    shown_year = state.year
    link = session.write_link(state)
    found = dataset.feature(selected_id) if selected_id else None
    # Streamlit takes a later call as a change of the title set at the top of the page.
    st.set_page_config(page_title=_tab_title(found, language))
    route = state.route
    if route is not None:
        routed = guard.attempt(
            "route", failed, resources.get_route, folder, *route, year, state.operating_only
        )
    else:
        routed = None
    states = None if shown_year is None else guard.attempt("year", failed, resources.get_states, folder, year)
    # Without the year's states, the map and the panel show today's.
    drawn_year = None if states is None else shown_year
    utilisation = None
    if state.lens is not None:
        fractions = guard.attempt("lens", failed, resources.get_utilisation, folder, year)
        utilisation = None if fractions is None else Utilisation(year, fractions)

    map_column, panel_column = st.columns(COLUMNS, gap="medium")
    with map_column:
        map_sent = draw_map(
            folder,
            first_run,
            language,
            lambda: state.to_map_state(
                year=drawn_year,
                as_of=states,
                route=None if routed is None else routed[1],
                session=session.session_name(),
                address=session.replaced_address(),
                utilisation=utilisation,
            ),
        )
    reported = map_has_loaded()
    waited = st.session_state.get(MAP_WAITED_KEY, False)
    if map_sent and waited and not reported:
        # After the map, never before it: an element before it would make its frame again.
        map_column.warning(words(language)["map_no_report"], icon=NO_REPORT_ICON)
    # Without a map, or once the wait is over, there is nothing to wait for.
    loaded = reported or waited or not map_sent
    found_by = guard.attempt("search", failed, resources.get_catalog, folder) if loaded else None
    # The panel goes out before the table: after a click, the panel is what the reader waits for.
    with panel_column, st.container(key=layout.PANEL_KEY):
        if loaded:
            # A block of their own: when the panel below changes, the browser
            # does not draw the tools again (a click's panel came 40 ms sooner).
            with st.container(key=layout.TOOLS_KEY), guard.part("tools", language):
                _tools(language, found_by, dataset.year_span, dataset.data_year)
        # What the reader must know about the map comes first in the panel: the
        # map's place on the page never moves.
        guard.show_failed(failed, language)
        _link_notices(link, language)
        _problems(dataset, language)
        if not visible:
            st.info(words(language)["no_layers"])
        elif not statuses:
            st.info(words(language)["no_status"])
        elif not catalog.draws_any(dataset, visible, statuses, countries):
            st.info(words(language)["no_match"])
        if loaded:
            # A block of its own, as the tools are: a click's panel below does not redraw it.
            with st.container(key=layout.ROUTE_KEY), guard.part("route", language):
                time_of = None
                if route is not None and network is not None:
                    time_of = functools.partial(
                        timing.show_time, folder, route, year, state.operating_only, network, language
                    )
                _route_explorer(network, routed, year, language, brief=found is not None, time_of=time_of)
        with guard.part("panel", language):
            if found is None:
                resources.show_overview(folder, complete=loaded, language=language, year=year)
                if loaded:
                    cite_block(dataset.headline_figures, dataset, _link_url(link), language)
            else:
                st.button(words(language)["back"], on_click=session.clear_selection, key=layout.BACK_KEY)
                feature_panel(
                    dataset,
                    *found,
                    language=language,
                    link=_link_url(link),
                    year=drawn_year,
                    as_of=states,
                )
    if loaded:
        with map_column, guard.part("table", language):
            if found_by is not None and finder.table_wanted(language):
                indices = catalog.visible_indices(found_by.rows, visible, statuses, countries)
                shown = [found_by.rows[i] for i in indices]
                table = found_by.tables[language].take(pa.array(indices, type=pa.int64()))
                finder.feature_table(table, shown, session.pick, language)
                finder.downloads(dataset, shown, language)
        with guard.part("sidebar", language):
            _sidebar(language)
    else:
        st.sidebar.caption(words(language)["controls_wait"])
        wait_for_map()
