"""Ready-made citations: a feature or a figure, its period and source, and a link to the view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from corridor.figures import Figure
from corridor.i18n import KIND_LABELS, STATUS_LABELS, name_of, words
from corridor.sources import source_label


def view_link(base: str, params: Mapping[str, str]) -> str:
    """The address of a view. Commas stay as they are: the link is read by people too."""
    return f"{base.rstrip('/')}/?{urlencode(params, safe=',')}"


def source_text(source_id: str, sources: Mapping[str, Mapping[str, str]]) -> str:
    """A source as a citation names it: title (publisher, date), address."""
    source = sources.get(source_id, {})
    details = source_label(source)
    text = str(source.get("title", source_id)) + (f" ({details})" if details else "")
    return f"{text}, {source['url']}" if source.get("url") else text


def figure_citation(
    figure: Figure, sources: Mapping[str, Mapping[str, str]], link: str, language: str
) -> str:
    """One line: what the figure measures, its value as the source words it, its period and source."""
    figure = figure.in_language(language)
    return words(language)["cite_figure"].format(
        label=figure.label,
        value=figure.value_beside(),
        period=figure.period,
        source=source_text(figure.source, sources),
        link=link,
    )


def feature_citation(properties: Mapping[str, Any], date: str, link: str, language: str) -> str:
    """One line naming a feature, what it is, its status, the date of the data and the link."""
    return words(language)["cite_feature"].format(
        name=name_of(properties, language),
        kind=KIND_LABELS[language][properties["kind"]],
        status=STATUS_LABELS[language][properties["status"]],
        date=date,
        link=link,
    )
