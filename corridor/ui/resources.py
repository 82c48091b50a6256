"""The page's cached resources, shared by every session.

What is computed once per server process, or once per year, route or language.
"""

from __future__ import annotations

import gc
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pyarrow as pa
import streamlit as st

from corridor import capacity, catalog, charts, mapbuild, mapdata, mapfeatures, routes, urlstate
from corridor.dataset import Dataset, load_dataset
from corridor.i18n import LANGUAGES, UI
from corridor.layers import BORDERS, CORRIDOR_LAYERS
from corridor.routes.transit import Transit, route_transit
from corridor.timeline import AsOf
from corridor.ui import finder
from corridor.ui.assets import publish_text
from corridor.ui.network import disable_nagle
from corridor.ui.overview import overview_panel

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
    return routes.network_of(layers, get_dataset(folder).missing_links)


@st.cache_resource(show_spinner=False, max_entries=512)
def get_route(
    folder: str, origin: str, destination: str, year: int, operating_only: bool
) -> tuple[routes.Route | routes.NoRoute, dict | None]:
    """A route and its drawing for the map, once per pair, year and choice."""
    states = get_states(folder, year)
    network = get_network(folder)
    found = routes.find_route(network, origin, destination, states.get, operating_only)
    if isinstance(found, routes.NoRoute):
        return found, None
    key = f"{urlstate.ROUTE_SEPARATOR.join((origin, destination))}|{year}|{int(operating_only)}"
    legs = [
        (leg.coords, leg.as_of.status == "operating" and leg.as_of.basis != "undated") for leg in found.legs
    ]
    ends = [
        (place.id, place.lonlat, {language: place.name(language) for language in LANGUAGES})
        for place in (network.places[origin], network.places[destination])
    ]
    return found, mapfeatures.route_drawing(key, legs, ends)


@st.cache_resource(show_spinner=False, max_entries=512)
def get_transit(
    folder: str, origin: str, destination: str, year: int, operating_only: bool
) -> Transit | None:
    """A route's time from the cited speeds and dwells, once per pair, year and choice; None without a route."""
    found, _ = get_route(folder, origin, destination, year, operating_only)
    if isinstance(found, routes.NoRoute):
        return None
    return route_transit(found, get_dataset(folder).transit)


@st.cache_resource(show_spinner=False, max_entries=64)
def get_states(folder: str, year: int) -> dict[str, AsOf]:
    """Every feature's state in a year, once per year, shared by every session."""
    return get_dataset(folder).states_in(year)


@st.cache_resource(show_spinner=False, max_entries=64)
def get_utilisation(folder: str, year: int) -> Mapping[str, float | None]:
    """The bottleneck view's figures for a year, once per year: each feature it covers, and its utilisation or None.

    The view covers every feature with a capacity or a throughput series; a
    year without both, in force and for the full year, is no data (:mod:`corridor.capacity`).
    """
    readings = capacity.utilisation_by_feature(get_dataset(folder).series, year)
    return MappingProxyType({feature: reading.fraction for feature, reading in readings.items()})


@dataclass(frozen=True)
class Catalog:
    """The feature table: its rows, as Arrow in each language, and the search's entries."""

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
    series = [one.in_language(language) for one in dataset.corridor_series]
    series_spec = charts.series_spec(series, dataset.sources, language, year) if series else None
    return headline, series_spec


@st.cache_data(show_spinner=False)
def show_overview(folder: str, complete: bool, language: str, year: int) -> None:
    """Draw the overview panel; later runs replay the drawn elements from the cache.

    The overview is the same for every session, and drawing it again costs most
    of a rerun: Altair validates each chart and Streamlit turns its data into
    Arrow every time.
    """
    dataset = get_dataset(folder)
    headline, series_spec = _chart_specs(dataset, language, year) if complete else (None, None)
    overview_panel(dataset, headline, series_spec, language, year)
