"""Checks of single values: ids, texts, dates and numbers, and how a message quotes a value."""

from __future__ import annotations

import datetime
import math
import re
import reprlib
from typing import TypeGuard

from corridor.contract.limits import EARLIEST_YEAR, ID_PATTERN, LATEST_YEAR, MAX_ID_LENGTH

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# Jinja's delimiters. folium builds its page with Jinja, so no data string may carry them.
TEMPLATE_SYNTAX = re.compile(r"\{[{%#]|[}%#]\}")

_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict = 2, 4, 4


def shown(value: object) -> str:
    """A data value as a message quotes it: short, and safe for any value (reprlib bounds depth and length)."""
    return _SHORT.repr(value)


def finite_number(value: object) -> TypeGuard[float]:
    """Whether a value is a real, finite number (not a bool, not NaN or infinity, not too big for a float)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def date_problem(value: object, partial: bool = True) -> str | None:
    """What is wrong with a date; None for a real calendar day in the years a date may name.

    When ``partial``, a month or a year will do too; the years run from :data:`EARLIEST_YEAR` to
    :data:`LATEST_YEAR`.
    """
    not_a_date = f"{shown(value)} is not a calendar date ({'YYYY, YYYY-MM or ' if partial else ''}YYYY-MM-DD)"
    found = _DATE.fullmatch(value) if isinstance(value, str) else None
    if found is None or (not partial and found.group(3) is None):
        return not_a_date
    year, month, day = (int(part) if part else 1 for part in found.groups())
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return f"{shown(value)} is outside the years {EARLIEST_YEAR} to {LATEST_YEAR}"
    try:
        datetime.date(year, month, day)
    except ValueError:
        return not_a_date
    return None


def calendar_date(value: object) -> datetime.date | None:
    """A real calendar day written YYYY-MM-DD, or None (2025-02-30 is not one)."""
    if not isinstance(value, str) or len(value) != len("YYYY-MM-DD"):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def id_problem(value: object) -> str | None:
    """What is wrong with an id (of a feature, a figure or a source); None when fine."""
    if isinstance(value, str) and len(value) > MAX_ID_LENGTH:
        return f"is longer than {MAX_ID_LENGTH} characters"
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        return "must be lower-case letters, digits and single hyphens"
    return None


# Characters no name and no address may hold, as the inside of a regular expression's [...]: the
# controls (NUL, CR, LF...), and the bidirectional embeddings, overrides and isolates that would
# show a text reversed.
CONTROL_AND_BIDI = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE_CHARACTERS = re.compile(f"[{CONTROL_AND_BIDI}]")
# What a name made only of is empty to a reader: spaces and the invisible format characters.
_INVISIBLE = re.compile("[\\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad]+")


def text_problem(value: object, limit: int) -> str | None:
    """What is wrong with a text field: empty, not a string, or longer than ``limit``; None when fine."""
    if not isinstance(value, str) or not _INVISIBLE.sub("", value):
        return "must be a non-empty string"
    if len(value) > limit:
        return f"is longer than {limit} characters"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "holds a lone surrogate, which is not Unicode text"
    unsafe = _UNSAFE_CHARACTERS.search(value)
    if unsafe:
        return f"holds the control or direction character U+{ord(unsafe.group()):04X}"
    if TEMPLATE_SYNTAX.search(value):
        return "carries template syntax ({{, {%, {# or their ends), which the page's templates would run"
    return None
