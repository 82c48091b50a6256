"""Finding features without the map: the search box, the table and the downloads.

Picking a search result or a table row selects the feature, as a click on the
map does, and asks the map to frame it. The table and the downloads are drawn
only while the reader has them open: a rerun that does not show them costs
nothing for them. The downloads are made only when their button is pressed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import pyarrow as pa
import streamlit as st

from corridor import catalog, figuretable
from corridor import downloads as files
from corridor.dataset import Dataset
from corridor.i18n import plural, words
from corridor.ui.text import md

SEARCH_KEY = "search"
TABLE_KEY = "feature-table"
TABLE_IDS_KEY = "feature-table-ids"
SHOW_TABLE_KEY = "show-table"
TABLE_HEIGHT = 320
MATCHES = 8
# The GeoJSON downloads, one per geometry type: the label's key and the file's name.
GEOJSON_LABELS = {"Point": "download_points", "LineString": "download_lines"}
GEOJSON_NAMES = {"Point": "points", "LineString": "lines"}

# A feature's id, and where a station picked on it is in its list of stations.
Pick = Callable[[str, int | None], None]


def search_box(entries: Sequence[catalog.Entry], pick: Pick, language: str) -> None:
    """A text box; the features it finds are listed as buttons that select them.

    A text box, not a drop-down of every name: the list would be sent on every
    rerun, and with thousands of features it would cost more than the rest of
    the page.
    """
    say = words(language)
    query = st.text_input(
        say["search"], placeholder=say["search_hint"], key=SEARCH_KEY, label_visibility="collapsed"
    )
    if not query.strip():
        return
    found = catalog.matches(entries, query, MATCHES)
    if not found:
        st.caption(say["search_none"])
        return
    for index in found:
        st.button(
            md(entries[index].labels[language]),
            key=f"found-{index}",
            on_click=pick,
            args=(entries[index].feature_id, entries[index].station),
            type="tertiary",
            width="stretch",
        )


def table_of(rows: Sequence[catalog.Row], language: str) -> pa.Table:
    """Every row as an Arrow table, made once per language: a rerun only takes the rows it shows."""
    if not rows:
        return pa.table({column: pa.array([], pa.string()) for column in catalog.TABLE_COLUMNS})
    return pa.Table.from_pylist([row.cells(language) for row in rows]).select(catalog.TABLE_COLUMNS)


def table_wanted(language: str) -> bool:
    """The switch that opens the table and the downloads; off until the reader turns it on."""
    return st.toggle(words(language)["show_table"], key=SHOW_TABLE_KEY)


def feature_table(table: pa.Table, rows: Sequence[catalog.Row], pick: Pick, language: str) -> None:
    """The features on the map (``rows``, and ``table``, their cells); picking a row selects its feature."""
    st.session_state[TABLE_IDS_KEY] = [row.id for row in rows]
    say = words(language)
    st.markdown(f"## {plural(language, 'table_title', len(rows))}")
    st.caption(say["table_help"])

    def picked() -> None:
        state = st.session_state.get(TABLE_KEY)
        chosen = state.selection.rows if state is not None else []
        ids = st.session_state.get(TABLE_IDS_KEY, [])
        if chosen and 0 <= chosen[0] < len(ids):
            pick(ids[chosen[0]], None)

    headings = words(language).table
    st.dataframe(
        table,
        key=TABLE_KEY,
        on_select=picked,
        selection_mode="single-row",
        hide_index=True,
        height=TABLE_HEIGHT,
        column_config={
            **{column: headings[column] for column in catalog.TABLE_COLUMNS},
            "length_km": st.column_config.NumberColumn(headings["length_km"], format="%d"),
            "id": None,
        },
    )


def downloads(dataset: Dataset, rows: Sequence[catalog.Row], language: str) -> None:
    """The visible features as GeoJSON (a file per geometry type) and CSV, and every figure as CSV.

    Each file carries its sources; a button for a geometry type the map does not show is greyed out.
    """
    say = words(language)
    shown = list(rows)
    present = set(files.geometry_types(shown))
    offered: list[tuple[str, Callable[[], str], str, str, str, bool]] = [
        (
            GEOJSON_LABELS[kind],
            functools.partial(files.features_geojson, dataset, shown, kind),
            GEOJSON_NAMES[kind],
            "geojson",
            "application/geo+json",
            kind not in present,
        )
        for kind in GEOJSON_LABELS
    ]
    offered += [
        ("download_csv", lambda: files.features_csv(dataset, shown), "features", "csv", "text/csv", False),
        ("download_figures", lambda: figuretable.figures_csv(dataset), "figures", "csv", "text/csv", False),
    ]
    for column, (label, make, what, suffix, mime, empty) in zip(
        st.columns(len(offered)), offered, strict=True
    ):
        with column:
            st.download_button(
                say[label],
                data=make,
                file_name=catalog.file_name(what, dataset, suffix),
                mime=mime,
                on_click="ignore",
                key=f"{label}-{what}",
                width="stretch",
                disabled=empty,
            )
    st.caption(say["credits"])
