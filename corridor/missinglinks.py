"""The known missing links: ``geodata/missing-links.json``, checked before a route names one.

A missing link is a way between two places of the route network that the
map's data does not draw (the Alat – Horadiz railway), so a route between
them goes round. Each entry names its two ends by place id, says what is
missing in every language (``note``, ``note_ru``) and cites its sources.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from corridor.contract import MAX_DESCRIPTION_LENGTH, Problem, id_problem, shown, text_problem
from corridor.i18n import LANGUAGES, in_language, suffixed

FILE = "missing-links.json"


@dataclass(frozen=True)
class MissingLink:
    """A way between two places that the map's data does not draw."""

    id: str
    ends: tuple[str, str]
    # What is missing, in each language, as (code, text) pairs.
    notes: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]

    def note(self, language: str) -> str:
        return in_language(dict(self.notes), language)


def _entry_problems(entry: dict, source_ids: Collection[str]) -> list[tuple[str, str]]:
    found = []
    ends = entry.get("ends")
    if not isinstance(ends, list) or len(ends) != 2 or any(id_problem(end) for end in ends):
        found.append(("ends", "must be two place ids"))
    for code in LANGUAGES:
        key = suffixed("note", code)
        if problem := text_problem(entry.get(key), MAX_DESCRIPTION_LENGTH):
            found.append((key, problem))
    sources = entry.get("sources")
    if not isinstance(sources, list) or not sources:
        found.append(("sources", "must list at least one source"))
    else:
        found += [("sources", f"no source {shown(s)}") for s in sources if s not in source_ids]
    return found


def parse_missing_links(
    raw: object, source_ids: Collection[str]
) -> tuple[tuple[MissingLink, ...], list[Problem]]:
    """Every well-formed entry, and a problem for each one at fault (which is left out)."""
    if not isinstance(raw, list):
        return (), [Problem.whole(FILE, "file", "must be a list of missing links")]
    links: list[MissingLink] = []
    problems: list[Problem] = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict) or id_problem(entry.get("id")):
            problems.append(Problem(FILE, f"#{index}", "id", "must be an entry with a valid id", None, index))
            continue
        found = _entry_problems(entry, source_ids)
        problems += [Problem.about(FILE, entry["id"], field, message, index) for field, message in found]
        if not found:
            notes = tuple((code, entry[suffixed("note", code)]) for code in LANGUAGES)
            links.append(MissingLink(entry["id"], tuple(entry["ends"]), notes, tuple(entry["sources"])))
    return tuple(links), problems
