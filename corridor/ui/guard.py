"""Keep a failure in one part of the page to that part, and its traceback in the server's log.

A visitor sees a short message where the part would be; the rest of the page
still draws. Streamlit's own control flow (a rerun, ``st.stop``) derives from
``BaseException`` and passes through.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import streamlit as st

from corridor.i18n import LANGUAGES, UI

LOG = logging.getLogger("corridor")
# The icon of a failed part's message: tests look for it.
ICON = "🧩"
# How many data problems the page lists before it counts the rest.
MAX_LISTED = 20

T = TypeVar("T")


def failed_words(part: str, language: str | None) -> str:
    """The message for a part that failed, in the page's language (in every language before one is known)."""
    chosen = [language] if language in LANGUAGES else list(LANGUAGES)
    if part == "page":
        # Nothing else of the page is drawn: the message does not promise that the rest works.
        return " / ".join(UI[one]["page_failed"] for one in chosen)
    return " / ".join(UI[one]["part_failed"].format(part=UI[one][f"part_{part}"]) for one in chosen)


@contextmanager
def part(name: str, language: str | None = None) -> Iterator[None]:
    """Draw a part of the page; if it raises, log the traceback and show a short message in its place."""
    try:
        yield
    except Exception:
        LOG.exception("the %s part of the page failed", name)
        st.error(failed_words(name, language), icon=ICON)


def attempt(name: str, failed: list[str], call: Callable[..., T], *args: object) -> T | None:
    """What a part of the page needs, computed before the part is drawn; None if computing it raises.

    The traceback goes to the server's log and ``name`` to ``failed``, for the
    page to show its message (:func:`show_failed`) while the rest draws without it.
    """
    try:
        return call(*args)
    except Exception:
        LOG.exception("the %s part of the page failed", name)
        failed.append(name)
        return None


def show_failed(failed: list[str], language: str | None) -> None:
    """The message of each part that :func:`attempt` could not compute, once."""
    for name in dict.fromkeys(failed):
        st.error(failed_words(name, language), icon=ICON)
