"""The map page: sidebar controls, the map, and the side panel."""

from __future__ import annotations

import gc
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from corridor import charts, mapbuild, mapdata
from corridor.contract import STATUSES
from corridor.dataset import Dataset, load_dataset
from corridor.i18n import STATUS_LABELS
from corridor.layers import BORDERS, CORRIDOR_LAYERS
from corridor.paths import geodata_dir
from corridor.selection import interpret_click, reported_layers
from corridor.ui.assets import leaflet_urls, publish_text
from corridor.ui.network import disable_nagle
from corridor.ui.panels import feature_panel, overview_panel
from corridor.ui.text import md

MAP_KEY = "corridor-map"
MAP_HEIGHT = 620
# streamlit-folium reports nothing (so pans, zooms and hovers never rerun the
# script); the map's own click handler reports clicks, without a debounce.
RETURNED_OBJECTS: list[str] = []


@st.cache_resource(show_spinner="Loading the corridor layers…")
def get_dataset(folder: Path) -> Dataset:
    """Load and validate every file once per server process.

    A resource cache, not a data cache: the dataset is immutable and shared by
    every session, where ``cache_data`` would hand each rerun its own copy.
    """
    dataset = load_dataset(folder)
    # The dataset lives as long as the process: move it out of the collector's
    # way, so that collections do not scan it again and again.
    gc.freeze()
    return dataset


@st.cache_resource(show_spinner=False)
def send_at_once() -> int:
    """Switch Nagle's algorithm off on the server's sockets, once per process (see ``network``)."""
    return disable_nagle()


@st.cache_resource(show_spinner="Preparing the map files…")
def get_published(folder: Path) -> mapdata.Published:
    """Publish the layers, basemap, names and map code once per process, for every session."""
    published = mapdata.publish_map(get_dataset(folder).layers, publish_text)
    gc.freeze()
    return published


@st.cache_resource(show_spinner=False)
def get_map_frame(folder: Path) -> mapbuild.MapFrame:
    dataset = get_dataset(folder)
    return mapbuild.map_frame(
        [dataset.layers[layer.id] for layer in CORRIDOR_LAYERS], dataset.layers[BORDERS.id]
    )


def _chart_specs(dataset: Dataset) -> tuple[tuple[charts.HeadlineChart, ...], dict | None]:
    headline = charts.headline_charts(dataset.figures, dataset.sources)
    series_spec = None if dataset.series is None else charts.series_chart(dataset.series).to_dict()
    return headline, series_spec


@st.cache_data(show_spinner=False)
def show_overview(folder: Path, complete: bool) -> None:
    """Draw the overview panel; later runs replay the drawn elements from the cache.

    The overview is the same for every session, and drawing it again costs most
    of a rerun: Altair validates each chart and Streamlit turns its data into
    Arrow every time.
    """
    dataset = get_dataset(folder)
    overview_panel(dataset, *(_chart_specs(dataset) if complete else (None, None)))


def _clear_selection() -> None:
    st.session_state["selected"] = None


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


STATUS_KEY = "statuses"
LAYERS_KEY = "layers"
LAYERS_VERSION_KEY = "layers_version"
ALL_LAYER_IDS = tuple(layer.id for layer in CORRIDOR_LAYERS)


def _apply_report() -> None:
    """Take the map's latest report into the session, before anything is drawn.

    A click changes the selection. The layers come from the map's legend,
    which switches them at once in the browser; the report tells the app, so
    that the next state it sends agrees.
    """
    report = st.session_state.get(MAP_KEY)
    click = interpret_click(report, st.session_state.get("click_signature"))
    if click is not None:
        st.session_state["click_signature"] = click.signature
        st.session_state["selected"] = click.feature_id
    choice = reported_layers(report, ALL_LAYER_IDS, st.session_state.get(LAYERS_VERSION_KEY, 0))
    if choice is not None:
        st.session_state[LAYERS_KEY] = list(choice.layers)
        st.session_state[LAYERS_VERSION_KEY] = choice.version


def _choices() -> tuple[list[str], list[str], int]:
    """The layers, statuses and layer-switch count, read before anything is drawn.

    The map is drawn before the sidebar so that its frame starts loading first;
    the widgets' values are already in the session state when a run starts.
    """
    visible = list(st.session_state.get(LAYERS_KEY, ALL_LAYER_IDS))
    statuses = list(st.session_state.get(STATUS_KEY, STATUSES))
    return visible, statuses, st.session_state.get(LAYERS_VERSION_KEY, 0)


def _sidebar() -> None:
    with st.sidebar:
        st.header("Layers")
        st.caption("Switch layers on and off in the map's legend; the map changes at once.")
        st.header("Status")
        st.multiselect(
            "Show links that are",
            options=list(STATUSES),
            default=list(STATUSES),
            format_func=lambda status: STATUS_LABELS["en"][status],
            key=STATUS_KEY,
        )
        st.button("Clear selection", on_click=_clear_selection, width="stretch")
        st.caption(
            "Figures come from the interview with Azerbaijan's ambassador to Kazakhstan "
            "(Report, 29 December 2025) and from the public sources named with each figure."
        )


def _problems(dataset: Dataset) -> None:
    if not dataset.problems:
        return
    files = sorted({p.file for p in dataset.problems})
    with st.expander(
        f"⚠️ {len(dataset.problems)} data problem(s) in {', '.join(files)}: "
        "the features concerned are left off the map",
        expanded=False,
    ):
        for problem in dataset.problems:
            st.error(md(problem))


def main() -> None:
    send_at_once()
    folder = geodata_dir()
    dataset = get_dataset(folder)
    _apply_report()
    visible, statuses, layers_version = _choices()
    _problems(dataset)
    selected_id = st.session_state.get("selected")
    found = dataset.feature(selected_id) if selected_id else None

    map_column, panel_column = st.columns([5, 3], gap="medium")
    with map_column:
        fmap = mapbuild.build_base_map(get_published(folder), get_map_frame(folder), leaflet_urls())
        state = mapdata.map_state(
            visible=visible,
            statuses=statuses,
            selected_id=selected_id,
            language="en",
            layers_version=layers_version,
        )
        st_folium(
            fmap,
            key=MAP_KEY,
            height=MAP_HEIGHT,
            use_container_width=True,
            returned_objects=RETURNED_OBJECTS,
            feature_group_to_add=mapbuild.state_group(state),
            # The map is new on every run, so rendering it once (st_folium always
            # renders the map itself) is enough; a second render of the whole
            # figure only doubled the cost of a rerun.
            render=False,
        )
        if not visible:
            st.info("Every layer is switched off. Turn one on in the map's legend.")
        elif not statuses:
            st.info("No status is selected, so no link is drawn. Pick one in the sidebar.")
    loaded = _map_has_loaded()
    with panel_column:
        if found is None:
            show_overview(folder, complete=loaded)
        else:
            feature_panel(dataset, *found)
            st.button("← Back to the overview", on_click=_clear_selection, key="back")
    if loaded:
        _sidebar()
    else:
        st.sidebar.header("Layers")
        st.sidebar.caption("The controls appear as soon as the map is drawn…")
