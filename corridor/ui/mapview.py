"""The map on the page.

Its frame sent with this run's state, its published files, and the wait for its first report.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import streamlit as st
from streamlit_folium import st_folium

from corridor import mapbuild, mapdata
from corridor.ui import guard
from corridor.ui.assets import all_published, leaflet_urls, published_folder
from corridor.ui.resources import get_map_frame, get_published
from corridor.ui.session import MAP_FAILED_KEY, MAP_KEY, MAP_WAIT_KEY, MAP_WAITED_KEY

# The frame's height before the page's stylesheet makes it fill the window.
MAP_HEIGHT = 620
# streamlit-folium reports nothing (so hovers and moves never rerun the script
# through it); the map's own code reports clicks at once, and a view the reader
# moves to once the map is still.
RETURNED_OBJECTS: list[str] = []


# How long a session's first page waits for the map to report that it is drawn
# before the rest of the page is drawn anyway (its code may never have loaded).
MAP_WAIT_SECONDS = 8
# The icon of the notice that the map has not reported: tests look for it.
NO_REPORT_ICON = "🗺️"


def draw_map(folder: str, first_run: bool, language: str, state: Callable[[], dict]) -> bool:
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


def map_has_loaded() -> bool:
    """Whether this session's map has drawn and reported once.

    On a session's first run the page draws the map first and little else: the
    sidebar's widgets, the metrics and the charts would otherwise compete with
    the map's scripts for the browser's main thread. The map's "ready" report
    brings the rerun that draws them, a moment after the map.
    """
    if st.session_state.get(MAP_KEY) is not None:
        st.session_state["map_loaded"] = True
    return st.session_state.get("map_loaded", False)


@st.fragment(run_every=MAP_WAIT_SECONDS)
def wait_for_map() -> None:
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
