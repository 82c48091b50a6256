"""The sources file: every source a feature, a figure or a date cites, checked before anything shows it.

A source's address becomes a link on the page, so only a plain ``https``
address passes: no other scheme (``javascript:``, ``data:``, ``http:``), and
no whitespace or ``()[]<>``, which could end a Markdown link and start markup.

A source links to what it says, not to the publisher's front page: an
address with no path is refused unless the entry says ``"site_only": true``
(only the publisher's site is known), which the page then says too. A copy
in the Internet Archive names its moment in full (14 digits), so that the
link opens that copy and not the archive's nearest guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from urllib.parse import urlsplit

from corridor.contract import (
    CONTROL_AND_BIDI,
    MAX_NAME_LENGTH,
    Problem,
    date_problem,
    id_problem,
    shown,
    text_problem,
)

FILE = "sources.json"
REQUIRED = ("title", "publisher", "url")
OPTIONAL = ("date", "language", "site_only")
MAX_TITLE_LENGTH = 300
MAX_URL_LENGTH = 500
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")
HOST_PATTERN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")
# Whitespace, what would end an address in Markdown or HTML, the control and direction characters
# no name may hold either, and the invisible format characters.
UNSAFE_IN_URL = re.compile(
    "[\\s()\\[\\]<>\"'`\\\\{}" + CONTROL_AND_BIDI + "\u200b-\u200f\u2060-\u2065\ufeff]"
)
ARCHIVE_HOST = "web.archive.org"
ARCHIVE_PATH = re.compile(r"^/web/\d{14}/https?://")


def url_problem(value: object) -> str | None:
    """What is wrong with a source's address; None for a plain https address."""
    if not isinstance(value, str):
        return "must be a string"
    if len(value) > MAX_URL_LENGTH:
        return f"is longer than {MAX_URL_LENGTH} characters"
    if UNSAFE_IN_URL.search(value):
        return (
            "must hold no whitespace, control or invisible characters, quotes, backslashes, braces or ()[]<>"
        )
    try:
        parts = urlsplit(value)
        hostname = parts.hostname
    except ValueError:
        return "is not a well-formed address"
    if parts.scheme != "https" or not value.startswith("https://"):
        return "must be an https:// address"
    if not HOST_PATTERN.match(hostname or "") or parts.username or parts.password:
        return "must name a host (and no user or password)"
    if hostname == ARCHIVE_HOST and not ARCHIVE_PATH.match(parts.path):
        return "an archive copy must name its moment in full: web.archive.org/web/<14 digits>/<address>"
    return None


def source_label(source: Mapping[str, str]) -> str:
    """A source as a citation names it: its publisher and date ("Report.az, 2025-05-05")."""
    parts = [source.get("publisher", ""), source.get("date", "")]
    return ", ".join(p for p in parts if p)


def home_page(value: str) -> bool:
    """Whether an address is a site's front page rather than a page of its own."""
    parts = urlsplit(value)
    return parts.path in ("", "/") and not parts.query


def safe_url(value: object) -> str | None:
    """The address if it may be a link, else None: the page checks again what the loader checked."""
    return value if isinstance(value, str) and url_problem(value) is None else None


def _entry_problems(raw: object) -> list[tuple[str, str]]:
    if not isinstance(raw, Mapping):
        return [("source", "must be an object with a title, publisher and url")]
    found = [(name, "missing") for name in REQUIRED if name not in raw]
    found.extend(
        (str(name)[:40], "is not a field a source has") for name in raw if name not in REQUIRED + OPTIONAL
    )
    for name, limit in (("title", MAX_TITLE_LENGTH), ("publisher", MAX_NAME_LENGTH)):
        if name in raw and (message := text_problem(raw[name], limit)):
            found.append((name, message))
    if "url" in raw and (message := url_problem(raw["url"])):
        found.append(("url", message))
    if "date" in raw and (message := date_problem(raw["date"])):
        found.append(("date", message))
    url = raw.get("url")
    site_only = raw.get("site_only", False)
    if "site_only" in raw and not isinstance(site_only, bool):
        found.append(("site_only", "must be true or false"))
    elif isinstance(url, str) and url_problem(url) is None and home_page(url) and not site_only:
        found.append(
            (
                "url",
                'is a site\'s front page: link the article, or say "site_only": true '
                "when only the publisher's site is known",
            )
        )
    language = raw.get("language")
    if "language" in raw and not (isinstance(language, str) and LANGUAGE_PATTERN.match(language)):
        found.append(("language", f"{shown(language)} is not a two-letter language code"))
    return found


def parse_sources(
    document: object, file: str = FILE
) -> tuple[Mapping[str, Mapping[str, str]], list[Problem]]:
    """The valid sources by id, and a problem for each thing wrong; a bad source is left out. Never raises."""
    if not isinstance(document, Mapping):
        return MappingProxyType({}), [Problem.whole(file, "file", "must be an object of sources by id")]
    sources: dict[str, Mapping[str, str]] = {}
    problems: list[Problem] = []
    for source_id, raw in document.items():
        sid = str(source_id)
        if message := id_problem(source_id):
            problems.append(Problem.about(file, sid, "id", message))
            continue
        found = _entry_problems(raw)
        if found:
            problems.extend(Problem.about(file, sid, name, message) for name, message in found)
        else:
            sources[source_id] = MappingProxyType(dict(raw))
    return MappingProxyType(sources), problems
