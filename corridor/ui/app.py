"""The map page: sidebar controls, the map, and the side panel."""

from __future__ import annotations

import gc
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit_folium import st_folium

from corridor import catalog, charts, cite, layout, mapbuild, mapdata, routes, urlstate
from corridor.contract import STATUSES, shown_problems
from corridor.dataset import Dataset, load_dataset
from corridor.i18n import LANGUAGE_NAMES, LANGUAGES, STATUS_LABELS, UI, format_number, words
from corridor.layers import BORDERS, CORRIDOR_LAYERS
from corridor.paths import geodata_dir
from corridor.selection import interpret_click, reported_layers, reported_view
from corridor.timeline import AsOf
from corridor.ui import explorer, finder, guard
from corridor.ui.assets import all_published, leaflet_urls, publish_text, published_folder
from corridor.ui.network import disable_nagle
from corridor.ui.panels import cite_block, feature_panel, overview_panel
from corridor.ui.text import md

MAP_KEY = "corridor-map"
# The frame's height before the page's stylesheet makes it fill the window.
MAP_HEIGHT = 620
# The map's share of the width beside the panel, on a wide screen.
COLUMNS = (7, 3)
# streamlit-folium reports nothing (so hovers and moves never rerun the script
# through it); the map's own code reports clicks at once, and a view the reader
# moves to once the map is still.
RETURNED_OBJECTS: list[str] = []


# How long a session's first page waits for the map to report that it is drawn
# before the rest of the page is drawn anyway (its code may never have loaded).
MAP_WAIT_SECONDS = 8
# The icon of the notice that the map has not reported: tests look for it.
NO_REPORT_ICON = "🗺️"


# A process's first load is shown before any language is known: in both.
BOTH = " / "


@st.cache_resource(show_spinner=BOTH.join(UI[language]["loading_layers"] for language in LANGUAGES))
def get_dataset(folder: str) -> Dataset:
    """Load and validate every file once per server process.

    A resource cache, not a data cache: the dataset is immutable and shared by
    every session, where ``cache_data`` would hand each rerun its own copy.
    """
    dataset = load_dataset(Path(folder))
    # The dataset lives as long as the process: move it out of the collector's
    # way, so that collections do not scan it again and again.
    gc.freeze()
    return dataset


@st.cache_resource(show_spinner=False)
def send_at_once() -> int:
    """Switch Nagle's algorithm off on the server's sockets, once per process (see ``network``)."""
    return disable_nagle()


@st.cache_resource(show_spinner=BOTH.join(UI[language]["preparing_files"] for language in LANGUAGES))
def get_published(folder: str) -> mapdata.Published:
    """Publish the layers, basemap, names and map code once per process, for every session."""
    published = mapdata.publish_map(get_dataset(folder).layers, publish_text)
    gc.freeze()
    return published


@st.cache_resource(show_spinner=False)
def get_map_frame(folder: str) -> mapbuild.MapFrame:
    dataset = get_dataset(folder)
    return mapbuild.map_frame(
        [dataset.layers[layer.id] for layer in CORRIDOR_LAYERS], dataset.layers[BORDERS.id]
    )


@st.cache_resource(show_spinner=False)
def get_network(folder: str) -> routes.Network:
    """The rail and sea network as a graph, built once per process from the layers."""
    layers = get_dataset(folder).layers
    return routes.build_network(
        layers["ports"].features,
        layers["rail"].features,
        layers["sea"].features,
        layers["borders_detail"].features,
    )


@st.cache_resource(show_spinner=False, max_entries=512)
def get_route(
    folder: str, origin: str, destination: str, year: int, operating_only: bool
) -> tuple[routes.Route | routes.NoRoute, dict | None]:
    """A route and its drawing for the map, once per pair, year and choice."""
    states = get_states(folder, year)
    found = routes.find_route(get_network(folder), origin, destination, states.get, operating_only)
    if isinstance(found, routes.NoRoute):
        return found, None
    key = f"{urlstate.ROUTE_SEPARATOR.join((origin, destination))}|{year}|{int(operating_only)}"
    legs = [
        (leg.coords, leg.as_of.status == "operating" and leg.as_of.basis != "undated") for leg in found.legs
    ]
    return found, mapdata.route_drawing(key, legs)


@st.cache_resource(show_spinner=False, max_entries=64)
def get_states(folder: str, year: int) -> dict[str, AsOf]:
    """Every feature's state in a year, once per year, shared by every session."""
    return get_dataset(folder).states_in(year)


@dataclass(frozen=True)
class Catalog:
    rows: tuple[catalog.Row, ...]
    tables: dict[str, pa.Table]
    entries: tuple[catalog.Entry, ...]


@st.cache_resource(show_spinner=False)
def get_catalog(folder: str) -> Catalog:
    """The table's rows (lengths measured once), as Arrow in each language, and the search's entries."""
    dataset = get_dataset(folder)
    rows = catalog.all_rows(dataset)
    tables = {language: finder.table_of(rows, language) for language in LANGUAGES}
    return Catalog(rows, tables, tuple(catalog.search_entries(dataset)))


def _chart_specs(
    dataset: Dataset, language: str, year: int
) -> tuple[tuple[charts.HeadlineChart, ...], dict | None]:
    headline = charts.headline_charts(dataset.figures, dataset.sources, language, year)
    series = [one.in_language(language) for one in dataset.series]
    series_spec = charts.series_chart(series, dataset.sources, language, year).to_dict() if series else None
    return headline, series_spec


@st.cache_data(show_spinner=False)
def show_overview(folder: str, complete: bool, language: str, year: int) -> None:
    """Draw the overview panel; later runs replay the drawn elements from the cache.

    The overview is the same for every session, and drawing it again costs most
    of a rerun: Altair validates each chart and Streamlit turns its data into
    Arrow every time.
    """
    dataset = get_dataset(folder)
    overview_panel(
        dataset, *(_chart_specs(dataset, language, year) if complete else (None, None)), language, year
    )


def _clear_selection() -> None:
    st.session_state["selected"] = None


def _draw_map(folder: str, first_run: bool, language: str, state: Callable[[], dict]) -> bool:
    """Send the map with this run's ``state()``; False when no map went out (its failure is shown instead)."""
    with guard.part("map", language):
        published = _published(folder, first_run, language)
        if published is None:
            return False
        fmap = mapbuild.build_base_map(published, get_map_frame(folder), leaflet_urls())
        st_folium(
            fmap,
            key=MAP_KEY,
            height=MAP_HEIGHT,
            use_container_width=True,
            returned_objects=RETURNED_OBJECTS,
            feature_group_to_add=mapbuild.state_group(state()),
            # The map is new on every run, so rendering it once (st_folium always
            # renders the map itself) is enough; a second render of the whole
            # figure only doubled the cost of a rerun.
            render=False,
        )
        return True
    return False


def _published(folder: str, first_run: bool, language: str) -> mapdata.Published | None:
    """The map's published files; None, with the map's failure shown, when they cannot be written.

    A session's first run checks that the files are still there (a cleaner of
    the temporary folder may have removed them) and publishes them again if
    not: every new visitor would otherwise get a blank map until a restart.
    A session whose files could not be published does not try again on every
    rerun; a new session (a reload) does.
    """
    state = st.session_state
    # What guard.attempt names; the map's own message is shown below either way.
    failed: list[str] = []
    published = None
    if not state.get(MAP_FAILED_KEY):
        published = guard.attempt("map", failed, get_published, folder)
        if published is not None and first_run and not all_published(published.urls()):
            guard.LOG.warning(
                "the map's published files are gone from %s: publishing them again", published_folder()
            )
            get_published.clear()
            published = guard.attempt("map", failed, get_published, folder)
    if published is None:
        state[MAP_FAILED_KEY] = True
        guard.show_failed(["map"], language)
    return published


def _map_has_loaded() -> bool:
    """Whether this session's map has drawn and reported once.

    On a session's first run the page draws the map first and little else: the
    sidebar's widgets, the metrics and the charts would otherwise compete with
    the map's scripts for the browser's main thread. The map's "ready" report
    brings the rerun that draws them, a moment after the map.
    """
    if st.session_state.get(MAP_KEY) is not None:
        st.session_state["map_loaded"] = True
    return st.session_state.get("map_loaded", False)


# When the session's first run started waiting for the map, and whether it has stopped waiting.
MAP_WAIT_KEY = "map_wait_since"
MAP_WAITED_KEY = "map_waited"
# The map's files could not be published for this session.
MAP_FAILED_KEY = "map_failed"


@st.fragment(run_every=MAP_WAIT_SECONDS)
def _wait_for_map() -> None:
    """Stop waiting for a map that has not reported :data:`MAP_WAIT_SECONDS` after the session's first run.

    Called only while the page waits for the map. A map that reports in time
    brings a full run that no longer calls this fragment, and Streamlit then
    drops its timer: on the usual path it never runs on its own. Otherwise
    its first timed run marks the wait as over and reruns the whole page,
    which draws everything but the map without it.
    """
    state = st.session_state
    since = state.setdefault(MAP_WAIT_KEY, time.monotonic())
    if state.get(MAP_KEY) is not None or time.monotonic() - since < MAP_WAIT_SECONDS:
        return
    state[MAP_WAITED_KEY] = True
    guard.LOG.warning(
        "a map did not report within %d s: the rest of its page is drawn without it", MAP_WAIT_SECONDS
    )
    st.rerun(scope="app")


STATUS_KEY = "statuses"
LAYERS_KEY = "layers"
LAYERS_VERSION_KEY = "layers_version"
LANGUAGE_KEY = "language"
YEAR_KEY = "year"
VIEW_KEY = "view"
VIEW_SERIAL_KEY = "view_serial"
REPORT_KEY = "report_id"
FOCUS_KEY = "focus"
# The address the app last wrote, and the notices about the link it last read.
LINK_KEY = "link"
# A name for this server session, which the map compares with the last one it saw.
SESSION_KEY = "session_name"
NOTICES_KEY = "link_notices"
ALL_LAYER_IDS = tuple(layer.id for layer in CORRIDOR_LAYERS)


def _take_old_report() -> None:
    """On a session's first run, count the map's last report as taken.

    A page that reconnects to a restarted server sends the map's last report
    with its first run. The address already holds everything that report
    brought (the app wrote it), and holds what came after it (Back, say):
    the address wins.
    """
    report = st.session_state.get(MAP_KEY)
    if isinstance(report, dict):
        st.session_state[REPORT_KEY] = report.get("id")
        click = interpret_click(report, None)
        if click is not None:
            st.session_state["click_signature"] = click.signature


# A fragment that reruns itself this often, and does nothing else. While a
# page has one, Streamlit's front end asks for a full run as soon as it
# reconnects (to a restarted server, too); without one it waits for the
# reader's next click, and shows the old page meanwhile.
RECONNECT_WATCH_SECONDS = 3600


@st.fragment(run_every=RECONNECT_WATCH_SECONDS)
def _rerun_on_reconnect() -> None:
    """See :data:`RECONNECT_WATCH_SECONDS`."""


def _apply_report() -> None:
    """Take the map's latest report into the session, before anything is drawn.

    A click changes the selection. The layers come from the map's legend,
    which switches them at once in the browser; the report tells the app, so
    that the next state it sends agrees. Every report carries the view the
    reader has moved the map to. A report is taken once: a link read since
    (Back, say) is not overwritten by an old report.
    """
    report = st.session_state.get(MAP_KEY)
    if not isinstance(report, dict) or report.get("id") == st.session_state.get(REPORT_KEY):
        return
    st.session_state[REPORT_KEY] = report.get("id")
    if report.get("event") == "failed":
        # The map's frame could not load one of its files, even on a second try.
        guard.LOG.warning("a browser could not load the map's %r", str(report.get("failed"))[:80])
    click = interpret_click(report, st.session_state.get("click_signature"))
    if click is not None:
        st.session_state["click_signature"] = click.signature
        st.session_state["selected"] = click.feature_id
    choice = reported_layers(report, ALL_LAYER_IDS, st.session_state.get(LAYERS_VERSION_KEY, 0))
    if choice is not None:
        st.session_state[LAYERS_KEY] = list(choice.layers)
        st.session_state[LAYERS_VERSION_KEY] = choice.version
    view = reported_view(report)
    if view is not None:
        st.session_state[VIEW_KEY] = view


def _set_layers(layers: Iterable[str]) -> None:
    """Switch layers from the app's side (a link, a search pick).

    A change counts as one more switch, so the map takes it over its own.
    """
    layers = list(layers)
    if layers != list(st.session_state.get(LAYERS_KEY, ALL_LAYER_IDS)):
        st.session_state[LAYERS_KEY] = layers
        st.session_state[LAYERS_VERSION_KEY] = st.session_state.get(LAYERS_VERSION_KEY, 0) + 1


def _history_navigation() -> bool:
    """Whether this run comes from the browser's Back or Forward.

    Streamlit marks such runs in its run context (its own widgets bound to
    the address use the mark the same way); there is no public API for it.
    """
    ctx = get_script_run_ctx()
    return bool(getattr(ctx, "is_history_navigation", False))


def browser_language() -> str:
    """The reader's browser language when the app speaks it, else English."""
    locale = (st.context.locale or "").split("-")[0].lower()
    return locale if locale in LANGUAGES else LANGUAGES[0]


def _read_link(dataset: Dataset, places: frozenset[str]) -> None:
    """Apply the page's address when it is not the one the app last wrote.

    That is a link being opened or a reload (a session's first run), or Back
    and Forward, which bring back an earlier address. Any other run keeps
    the session's state: its address may be an older one the browser sent
    before it had taken in the app's last write. What the address leaves out
    takes its default; what it gets wrong is left out and named in a notice.
    """
    params = st.query_params.to_dict()
    if LINK_KEY in st.session_state and (not _history_navigation() or params == st.session_state[LINK_KEY]):
        return
    if LINK_KEY not in st.session_state:
        _take_old_report()
    link, notices = urlstate.parse(
        params,
        languages=LANGUAGES,
        layers=ALL_LAYER_IDS,
        statuses=STATUSES,
        features=dataset.feature_ids,
        years=dataset.year_span,
        places=places,
    )
    state = st.session_state
    state[LANGUAGE_KEY] = link.lang or browser_language()
    _set_layers(ALL_LAYER_IDS if link.layers is None else link.layers)
    state[STATUS_KEY] = list(STATUSES if link.statuses is None else link.statuses)
    state["selected"] = link.select
    state[YEAR_KEY] = dataset.data_year if link.year is None else link.year
    explorer.set_route(link.route, bool(link.operating_only))
    if link.view != state.get(VIEW_KEY):
        state[VIEW_KEY] = link.view
        if link.view is not None:
            state[VIEW_SERIAL_KEY] = state.get(VIEW_SERIAL_KEY, 0) + 1
    state[NOTICES_KEY] = (notices, None)


def _write_link(
    language: str, visible: list[str], statuses: list[str], selected: str | None, year: int | None
) -> dict:
    """Put the state in the page's address; a changed address is a new step in the browser's history."""
    wanted = urlstate.encode(
        lang=language,
        layers=visible,
        statuses=statuses,
        select=selected,
        view=st.session_state.get(VIEW_KEY),
        year=year,
        route=explorer.chosen(),
        operating_only=explorer.operating_only(),
    )
    if wanted != st.query_params.to_dict():
        st.query_params.from_dict(wanted)
    st.session_state[LINK_KEY] = wanted
    return wanted


def _choices() -> tuple[list[str], list[str], int]:
    """The layers, statuses and layer-switch count, read before anything is drawn.

    The map is drawn before the sidebar so that its frame starts loading first;
    the widgets' values are already in the session state when a run starts.
    """
    visible = list(st.session_state.get(LAYERS_KEY, ALL_LAYER_IDS))
    statuses = list(st.session_state.get(STATUS_KEY, STATUSES))
    return visible, statuses, st.session_state.get(LAYERS_VERSION_KEY, 0)


def _map_view() -> tuple[float, float, float, int] | None:
    """The view a link asked for, with its serial, for the map to go to once."""
    view = st.session_state.get(VIEW_KEY)
    serial = st.session_state.get(VIEW_SERIAL_KEY)
    return None if view is None or serial is None else (view.lat, view.lon, view.zoom, serial)


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


def _pick(feature_id: str) -> None:
    """Select a feature found without the map, and have the map frame it.

    Its layer is switched on and its status shown, so that it is on the map.
    """
    found = get_dataset(str(geodata_dir())).feature(feature_id)
    if found is None:
        return
    layer, feature = found
    state = st.session_state
    state["selected"] = feature_id
    serial = state.get(FOCUS_KEY, (None, None, 0))[2] + 1
    state[FOCUS_KEY] = (feature_id, layer.id, serial)
    visible = state.get(LAYERS_KEY, ALL_LAYER_IDS)
    _set_layers([known for known in ALL_LAYER_IDS if known in visible or known == layer.id])
    status = feature["properties"]["status"]
    statuses = list(state.get(STATUS_KEY, STATUSES))
    if status not in statuses:
        state[STATUS_KEY] = [known for known in STATUSES if known in statuses or known == status]


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
        finder.search_box(found_by.entries, _pick, language)
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
) -> None:
    """The explorer's switch; its places and its route only while it is on (a run spends nothing on them
    otherwise), and the route in one line while a feature's panel is open (``brief``)."""
    # Without the network (its failure is named above), there is nothing to explore.
    if not explorer.switch(language) or network is None:
        return
    if brief:
        if routed is not None:
            explorer.summary(routed[0], network, year, language)
        return
    explorer.controls(network, language)
    if routed is not None:
        explorer.result(routed[0], network, year, language)


def _sidebar(language: str) -> None:
    """The rest of the controls, out of the map's way: the status filter and the notes."""
    say = words(language)
    with st.sidebar:
        st.header(say["layers"])
        st.caption(say["layers_help"])
        st.header(say["status"])
        st.multiselect(
            say["status_pick"],
            options=list(STATUSES),
            format_func=STATUS_LABELS[language].__getitem__,
            key=STATUS_KEY,
        )
        st.button(say["clear"], on_click=_clear_selection, width="stretch")
        st.caption(say["copy_link"])
        st.caption(say["about_sources"])


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
    send_at_once()
    _rerun_on_reconnect()
    # The cached resources are keyed by the folder's path as text: quicker to hash on every run than a Path.
    folder = str(geodata_dir())
    dataset = get_dataset(folder)
    first_run = LINK_KEY not in st.session_state
    # What the map and the panel need, each computed apart: one that fails is named, and the rest draws.
    failed: list[str] = []
    # Without the network, a link can name no route.
    network = guard.attempt("route", failed, get_network, folder)
    _read_link(dataset, frozenset() if network is None else network.places)
    _apply_report()
    visible, statuses, layers_version = _choices()
    selected_id = st.session_state.get("selected")
    language = st.session_state[LANGUAGE_KEY]
    year = st.session_state[YEAR_KEY]
    shown_year = None if year == dataset.data_year else year
    link = _write_link(language, visible, statuses, selected_id, shown_year)
    found = dataset.feature(selected_id) if selected_id else None
    route = explorer.chosen()
    if route is not None:
        routed = guard.attempt("route", failed, get_route, folder, *route, year, explorer.operating_only())
    else:
        routed = None
    states = None if shown_year is None else guard.attempt("year", failed, get_states, folder, year)
    # Without the year's states, the map and the panel show today's.
    drawn_year = None if states is None else shown_year

    map_column, panel_column = st.columns(COLUMNS, gap="medium")
    with map_column:
        map_sent = _draw_map(
            folder,
            first_run,
            language,
            lambda: mapdata.map_state(
                visible=visible,
                statuses=statuses,
                selected_id=selected_id,
                language=language,
                layers_version=layers_version,
                view=_map_view(),
                focus=st.session_state.get(FOCUS_KEY),
                year=drawn_year,
                as_of=states,
                route=None if routed is None else routed[1],
                session=st.session_state.setdefault(SESSION_KEY, secrets.token_hex(8)),
            ),
        )
    reported = _map_has_loaded()
    waited = st.session_state.get(MAP_WAITED_KEY, False)
    if map_sent and waited and not reported:
        # After the map, never before it: an element before it would make its frame again.
        map_column.warning(words(language)["map_no_report"], icon=NO_REPORT_ICON)
    # Without a map, or once the wait is over, there is nothing to wait for.
    loaded = reported or waited or not map_sent
    found_by = guard.attempt("search", failed, get_catalog, folder) if loaded else None
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
        if loaded:
            # A block of its own, as the tools are: a click's panel below does not redraw it.
            with st.container(key=layout.ROUTE_KEY), guard.part("route", language):
                _route_explorer(network, routed, year, language, brief=found is not None)
        with guard.part("panel", language):
            if found is None:
                show_overview(folder, complete=loaded, language=language, year=year)
                if loaded:
                    cite_block(dataset.headline_figures, dataset, _link_url(link), language)
            else:
                st.button(words(language)["back"], on_click=_clear_selection, key=layout.BACK_KEY)
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
                indices = catalog.visible_indices(found_by.rows, visible, statuses)
                shown = [found_by.rows[i] for i in indices]
                table = found_by.tables[language].take(pa.array(indices, type=pa.int64()))
                finder.feature_table(table, shown, _pick, language)
                finder.downloads(dataset, shown, language)
        with guard.part("sidebar", language):
            _sidebar(language)
    else:
        st.sidebar.header(words(language)["layers"])
        st.sidebar.caption(words(language)["controls_wait"])
        _wait_for_map()
