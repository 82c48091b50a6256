"""Finding features without the map: the search box, the table and the downloads.

Picking a search result or a table row selects the feature, as a click on the
map does, and asks the map to frame it (``focus``). The downloads are made
only when their button is pressed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyarrow as pa
import streamlit as st

from corridor import catalog
from corridor.dataset import Dataset
from corridor.ui.text import md

SEARCH_KEY = "search"
TABLE_KEY = "feature-table"
TABLE_IDS_KEY = "feature-table-ids"
TABLE_HEIGHT = 320
MATCHES = 8

Pick = Callable[[str], None]


def search_box(entries: Sequence[catalog.Entry], pick: Pick) -> None:
    """A text box; the features it finds are listed as buttons that select them.

    A text box, not a drop-down of every name: the list would be sent on every
    rerun, and with thousands of features it would cost more than the rest of
    the page.
    """
    query = st.text_input(
        "Find a port, line or station",
        placeholder="A name in English or Russian, then Enter",
        key=SEARCH_KEY,
    )
    if not query.strip():
        return
    found = catalog.matches(entries, query, MATCHES)
    if not found:
        st.caption("Nothing on the map has that name. Try another spelling, or a station on a line.")
        return
    for index in found:
        st.button(
            md(entries[index].label),
            key=f"found-{index}",
            on_click=pick,
            args=(entries[index].feature_id,),
            type="tertiary",
            width="stretch",
        )


def table_of(rows: Sequence[catalog.Row]) -> pa.Table:
    """Every row as an Arrow table, made once: a rerun only takes the rows it shows."""
    return pa.Table.from_pylist([row.cells() for row in rows]).select(catalog.TABLE_COLUMNS)


def feature_table(table: pa.Table, rows: Sequence[catalog.Row], pick: Pick) -> None:
    """The features on the map (``rows``, and ``table``, their cells); picking a row selects its feature."""
    st.session_state[TABLE_IDS_KEY] = [row.id for row in rows]

    def picked() -> None:
        state = st.session_state.get(TABLE_KEY)
        chosen = state.selection.rows if state is not None else []
        ids = st.session_state.get(TABLE_IDS_KEY, [])
        if chosen and 0 <= chosen[0] < len(ids):
            pick(ids[chosen[0]])

    st.dataframe(
        table,
        key=TABLE_KEY,
        on_select=picked,
        selection_mode="single-row",
        hide_index=True,
        height=TABLE_HEIGHT,
        column_config={
            "Length (km)": st.column_config.NumberColumn(format="%d"),
            "Id": None,
        },
    )


def downloads(dataset: Dataset, rows: Sequence[catalog.Row]) -> None:
    """The visible features as GeoJSON and CSV, and every figure as CSV, each with its sources."""
    shown = list(rows)
    first, second, third = st.columns(3)
    with first:
        st.download_button(
            "Features (GeoJSON)",
            data=lambda: catalog.features_geojson(dataset, shown),
            file_name=catalog.file_name("features", dataset, "geojson"),
            mime="application/geo+json",
            on_click="ignore",
            key="download-geojson",
            width="stretch",
        )
    with second:
        st.download_button(
            "Features (CSV)",
            data=lambda: catalog.features_csv(shown),
            file_name=catalog.file_name("features", dataset, "csv"),
            mime="text/csv",
            on_click="ignore",
            key="download-features-csv",
            width="stretch",
        )
    with third:
        st.download_button(
            "Every figure (CSV)",
            data=lambda: catalog.figures_csv(dataset),
            file_name=catalog.file_name("figures", dataset, "csv"),
            mime="text/csv",
            on_click="ignore",
            key="download-figures-csv",
            width="stretch",
        )
    st.caption(catalog.CREDITS)
