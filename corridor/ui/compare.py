"""Under the route explorer's result: the Middle Corridor beside the Northern and Suez routes, from cited sources."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from corridor import alternatives as alt
from corridor.i18n import words
from corridor.paths import geodata_dir
from corridor.sources import source_label
from corridor.ui.panels import linked
from corridor.ui.resources import get_dataset
from corridor.ui.text import md


def _table(rows: list[dict[str, str]], language: str) -> None:
    """Rows of data shown as text, under the catalogue's headings; a source is its number in the list below."""
    say = words(language)
    st.table(
        [{say[f"compare_col_{key}"]: text for key, text in row.items()} for row in rows], hide_index=True
    )


def _route_cells(row: dict[str, str]) -> dict[str, str]:
    """Four columns, narrow enough for the panel: the route and its ends (and note), distance, time, period."""
    ends = "; ".join(md(text) for text in (row["ends"], row["note"]) if text)
    return {
        "route": f"**{md(row['route'])}**: {ends}",
        "distance": md(row["distance"]),
        "time": md(row["time"]),
        "period": f"{md(row['period'])} {md(row['source'])}",
    }


def _target_cells(row: dict[str, str]) -> dict[str, str]:
    return {
        "measure": md(row["measure"]),
        "target": f"{md(row['target'])} {md(row['source'])}",
        "note": md(row["note"]),
    }


def _source_line(number: int, source: Mapping[str, str]) -> str:
    """A note as the tables cite it, "[1]", then its source, linked to the article."""
    return md(f"[{number}]") + " " + linked(f"{source_label(source)}: {source['title']}", source)


def alternatives(language: str) -> None:
    """The comparison table, the World Bank's 2030 targets and the numbered sources they cite."""
    dataset = get_dataset(str(geodata_dir()))
    found = dataset.alternatives
    if not found.routes and not found.targets:
        return
    say = words(language)
    numbers = alt.source_numbers(found)
    st.markdown(f"### {say['compare_title']}")
    st.caption(say["compare_intro"])
    _table([_route_cells(row) for row in alt.route_rows(found, numbers, language)], language)
    st.markdown(f"#### {say['compare_targets_title']}")
    _table([_target_cells(row) for row in alt.target_rows(found, numbers, language)], language)
    st.markdown(f"#### {say['compare_sources_title']}")
    lines = [_source_line(n, dataset.sources[s]) for s, n in numbers.items() if s in dataset.sources]
    # Lines, not a numbered list: the notes keep the tables' own brackets.
    st.markdown("  \n".join(lines))
