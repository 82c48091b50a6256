"""The session's state: the keys it is kept under, the address read and written, and the map's reports
taken in, all before anything is drawn."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from corridor import urlstate
from corridor.contract import STATUSES
from corridor.dataset import Dataset
from corridor.i18n import LANGUAGES
from corridor.layers import CORRIDOR_LAYERS
from corridor.paths import geodata_dir
from corridor.selection import interpret_click, reported_layers, reported_view
from corridor.ui import explorer, guard
from corridor.ui.resources import get_dataset

# What the map reported last (streamlit-folium's widget key).
MAP_KEY = "corridor-map"

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
# When the session's first run started waiting for the map, and whether it has stopped waiting.
MAP_WAIT_KEY = "map_wait_since"
MAP_WAITED_KEY = "map_waited"
# The map's files could not be published for this session.
MAP_FAILED_KEY = "map_failed"


def clear_selection() -> None:
    st.session_state["selected"] = None


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


def apply_report() -> None:
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


def read_link(dataset: Dataset, places: frozenset[str]) -> None:
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


def write_link(
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


def choices() -> tuple[list[str], list[str], int]:
    """The layers, statuses and layer-switch count, read before anything is drawn.

    The map is drawn before the sidebar so that its frame starts loading first;
    the widgets' values are already in the session state when a run starts.
    """
    visible = list(st.session_state.get(LAYERS_KEY, ALL_LAYER_IDS))
    statuses = list(st.session_state.get(STATUS_KEY, STATUSES))
    return visible, statuses, st.session_state.get(LAYERS_VERSION_KEY, 0)


def map_view() -> tuple[float, float, float, int] | None:
    """The view a link asked for, with its serial, for the map to go to once."""
    view = st.session_state.get(VIEW_KEY)
    serial = st.session_state.get(VIEW_SERIAL_KEY)
    return None if view is None or serial is None else (view.lat, view.lon, view.zoom, serial)


def pick(feature_id: str) -> None:
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
