"""Showing data strings as plain text in Streamlit's Markdown."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
# Streamlit's Markdown links a bare address by itself, after escapes are read:
# an address after "://", one starting "www.", and an e-mail address. A word
# joiner (U+2060, invisible) inside each keeps it text.
WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=[wW]{3})(?=\.)|(?=@)")


def md(value: object) -> str:
    """Escape a data string so Markdown shows it literally, never as markup, HTML or a link."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _AUTOLINK.sub(WORD_JOINER, str(value)))
