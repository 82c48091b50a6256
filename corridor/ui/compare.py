"""Under the route explorer's result: the Middle Corridor beside the Northern and Suez routes, from cited sources."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from corridor import alternatives as alt
from corridor.i18n import words
from corridor.paths import geodata_dir
from corridor.sources import safe_url, source_label
from corridor.ui.resources import get_dataset
from corridor.ui.text import md

ROUTE_COLUMNS = ("route", "ends", "distance", "time", "period", "note", "source")
TARGET_COLUMNS = ("measure", "target", "note", "source")


def _table(
    rows: list[dict[str, str]],
    columns: tuple[str, ...],
    sources: Mapping[str, Mapping[str, str]],
    language: str,
) -> None:
    """A table whose cells are data shown as text, and whose source cells link to the article."""
    say = words(language)

    def cell(row: dict[str, str], column: str) -> str:
        url = safe_url(sources.get(row["source_id"], {}).get("url")) if column == "source" else None
        return f"[{md(row[column])}]({url})" if url else md(row[column])

    headings = {column: say[f"compare_col_{column}"] for column in columns}
    st.table([{headings[c]: cell(row, c) for c in columns} for row in rows], hide_index=True)


def _source_line(number: int, source: Mapping[str, str]) -> str:
    text = md(f"{source_label(source)}: {source['title']}")
    url = safe_url(source.get("url"))
    return f"{number}. [{text}]({url})" if url else f"{number}. {text}"


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
    _table(alt.route_rows(found, numbers, language), ROUTE_COLUMNS, dataset.sources, language)
    st.markdown(f"#### {say['compare_targets_title']}")
    _table(alt.target_rows(found, numbers, language), TARGET_COLUMNS, dataset.sources, language)
    st.markdown(f"#### {say['compare_sources_title']}")
    lines = [_source_line(n, dataset.sources[s]) for s, n in numbers.items() if s in dataset.sources]
    st.markdown("\n".join(lines))
