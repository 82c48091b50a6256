"""Streamlit's private parts the page relies on, each behind one function.

Streamlit has no public API for these. ``tests/test_private.py`` checks each
against the installed Streamlit, so an upgrade that changes one fails there
rather than quietly changing the page.
"""

from __future__ import annotations

from streamlit.runtime.scriptrunner import get_script_run_ctx

# The run context's mark for a run that comes from the browser's Back or Forward.
HISTORY_ATTRIBUTE = "is_history_navigation"


def is_history_navigation() -> bool:
    """Whether this run comes from the browser's Back or Forward.

    Streamlit marks such runs in its run context (its own widgets bound to
    the address use the mark the same way).
    """
    return bool(getattr(get_script_run_ctx(), HISTORY_ATTRIBUTE, False))
