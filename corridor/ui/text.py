"""Showing data strings as plain text in Streamlit's Markdown."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(value: object) -> str:
    """Escape a data string so Markdown shows it literally, never as markup or HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(value))
