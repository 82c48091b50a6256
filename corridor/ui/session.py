"""The view's state bound to the session.

:class:`corridor.state.ViewState` kept in the session state, its controls in their widgets' keys,
its link in the page's address, and the map's reports taken in.

The state is the one truth: a widget's value is copied into it when a run or a
callback starts (:func:`current`), and every change is written back to the
widgets' keys (:func:`store`). A widget not drawn in a run loses its value in
Streamlit; the state keeps it and gives it back.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection
from urllib.parse import urlencode

import streamlit as st

from corridor.dataset import Dataset
from corridor.i18n import LANGUAGES
from corridor.mapdata import station_mark
from corridor.paths import geodata_dir
from corridor.state import Known, ViewState
from corridor.ui import guard, private
from corridor.ui.resources import get_dataset

# What the map reported last (streamlit-folium's widget key).
MAP_KEY = "corridor-map"
# The view's state.
STATE_KEY = "view_state"
# The widgets that hold a part of the state.
LANGUAGE_KEY = "language"
YEAR_KEY = "year"
ROUTE_OPEN_KEY = "route_open"
ROUTE_FROM_KEY = "route_from"
ROUTE_TO_KEY = "route_to"
ROUTE_OPERATING_KEY = "route_operating"
# The address the app last wrote, and the notices about the link it last read.
LINK_KEY = "link"
# A name for this server session, which the map compares with the last one it saw.
SESSION_KEY = "session_name"
NOTICES_KEY = "link_notices"
# When the session's first run started waiting for the map, and whether it has stopped waiting.
MAP_WAIT_KEY = "map_wait_since"
MAP_WAITED_KEY = "map_waited"
# The map's files could not be published for this session.
MAP_FAILED_KEY = "map_failed"
# The address the map is to write in place of the page's current history entry, or None.
REPLACE_KEY = "address_to_replace"
# The parameters whose change alone replaces the history entry rather than adding one: a step
# of the year slider (the map writes a pan's view itself).
REPLACED_PARAMS = frozenset({"year", "view"})


def _latest() -> int:
    return get_dataset(str(geodata_dir())).data_year


# Each control's part of the state and its widget's key (the year is apart: the state leaves out the latest).
CONTROL_KEYS = (
    ("language", LANGUAGE_KEY),
    ("route_open", ROUTE_OPEN_KEY),
    ("route_from", ROUTE_FROM_KEY),
    ("route_to", ROUTE_TO_KEY),
    ("operating_only", ROUTE_OPERATING_KEY),
)


def _widgets(state: ViewState, latest: int) -> dict[str, object]:
    """Each widget's key and the value the state gives it."""
    values: dict[str, object] = {key: getattr(state, name) for name, key in CONTROL_KEYS}
    values[YEAR_KEY] = state.shown_year(latest)
    return values


def current() -> ViewState:
    """The session's state, with what the reader has set in its widgets since."""
    session = st.session_state
    state = session.get(STATE_KEY) or ViewState()
    state = state.with_controls(**{name: session[key] for name, key in CONTROL_KEYS if key in session})
    return state.set_year(session[YEAR_KEY], _latest()) if YEAR_KEY in session else state


def store(state: ViewState) -> None:
    """Keep ``state``, and give each widget its value (before the widget is drawn: a callback, or a run's start).

    A widget whose value is None starts empty.
    """
    session = st.session_state
    session[STATE_KEY] = state
    for key, value in _widgets(state, _latest()).items():
        if value is None:
            session.pop(key, None)
        elif key not in session or session[key] != value:
            session[key] = value


def update(change: Callable[[ViewState], ViewState]) -> None:
    """Change the state (a callback's work): ``change`` is one of the state's transitions."""
    store(change(current()))


def clear_selection() -> None:
    update(lambda state: state.select(None))


def clear_route() -> None:
    update(ViewState.clear_route)


def pick(feature_id: str, station: int | None = None) -> None:
    """Select a feature found without the map, and have the map frame it (with its layer, status and country shown).

    ``station`` is where a station picked on a line is in its list of stations: the map marks it.
    """
    found = get_dataset(str(geodata_dir())).feature(feature_id)
    if found is not None:
        layer, feature = found
        properties = feature["properties"]
        mark = station_mark(properties, station)
        update(
            lambda state: state.pick(
                feature_id, layer.id, properties["status"], properties["countries"], mark
            )
        )


def browser_language() -> str:
    """The reader's browser language when the app speaks it, else English."""
    locale = (st.context.locale or "").split("-")[0].lower()
    return locale if locale in LANGUAGES else LANGUAGES[0]


def _read_link(state: ViewState, dataset: Dataset, places: Collection[str]) -> ViewState:
    """The page's address applied, when it is not the one the app last wrote.

    That is a link being opened or a reload (a session's first run), or Back
    and Forward, which bring back an earlier address. Any other run keeps
    the session's state: its address may be an older one the browser sent
    before it had taken in the app's last write.
    """
    params = st.query_params.to_dict()
    session = st.session_state
    if LINK_KEY in session and (not private.is_history_navigation() or params == session[LINK_KEY]):
        return state
    if LINK_KEY not in session:
        state = state.taken(session.get(MAP_KEY))
    known = Known(
        features=dataset.feature_ids,
        places=places,
        years=dataset.year_span,
        data_year=dataset.data_year,
        language=browser_language(),
    )
    state, notices = ViewState.from_link(params, known, previous=state)
    session[NOTICES_KEY] = (notices, None)
    return state


def begin(dataset: Dataset, places: Collection[str]) -> ViewState:
    """The state of this run, before anything is drawn: the widgets, then the address, then the map's report."""
    state = _read_link(current(), dataset, places)
    report = st.session_state.get(MAP_KEY)
    if isinstance(report, dict) and report.get("id") != state.report_id and report.get("event") == "failed":
        # The map's frame could not load one of its files, even on a second try.
        guard.LOG.warning("a browser could not load the map's %r", str(report.get("failed"))[:80])
    state = state.apply_report(report)
    store(state)
    return state


def _replaces(last: dict | None, wanted: dict) -> bool:
    """Whether the change from the last address to ``wanted`` is a change of the year alone."""
    if last is None:
        return False
    changed = {key for key in last.keys() | wanted.keys() if last.get(key) != wanted.get(key)}
    return "year" in changed and changed <= REPLACED_PARAMS


def write_link(state: ViewState) -> dict:
    """Put the state in the page's address; a changed address is a new step in the browser's history.

    A change of the year alone (stepping or dragging the slider) is no step:
    Streamlit can only add one, so the map writes that address in place of
    the current entry (:func:`replaced_address`), as it writes a pan's view,
    and Back goes to the selection before.
    """
    session = st.session_state
    wanted = state.to_link()
    replaced = None
    if wanted != st.query_params.to_dict():
        if _replaces(session.get(LINK_KEY), wanted):
            replaced = urlencode(wanted)
        else:
            st.query_params.from_dict(wanted)
    session[LINK_KEY] = wanted
    session[REPLACE_KEY] = replaced
    return wanted


def replaced_address() -> str | None:
    """The query string the map is to write in place of the current history entry, or None."""
    return st.session_state.get(REPLACE_KEY)


def session_name() -> str:
    return st.session_state.setdefault(SESSION_KEY, secrets.token_hex(8))
