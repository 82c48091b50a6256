"""Names as readers type them: in any case, with or without diacritics, dashes or word order.

:func:`fold` reduces a text to the letters and digits a reader types on any
keyboard. Unicode's compatibility decomposition (NFKD, from the standard
library's ``unicodedata``) splits each letter from its marks, which are
dropped (ț → t, ğ → g, ё → е), and case is folded (İ → i). The few letters
Unicode does not decompose are written as readers write them without the
letter: the dotless ı of Turkish and Azerbaijani as i, the Azerbaijani ə as
a (Ələt, Alat), Kazakh Cyrillic as Russian writes it (Ақтау, Актау). Every
dash, slash, bracket or other sign between words separates them.

:func:`rank` says how well a folded name answers a folded query: a name that
starts with the query first, then one with words that start with the query's
words in any order, then one that merely holds them.
"""

from __future__ import annotations

import unicodedata

# Letters with no decomposition in Unicode, as readers write them without the letter.
PLAIN_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ə": "a",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ħ": "h",
        "æ": "ae",
        "œ": "oe",
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
    }
)
# Apostrophes join the parts of one word (Xi'an, Qo‘qon): they are dropped, not read as a space.
APOSTROPHES = str.maketrans("", "", "'’‘ʼʻ`´")

# How well a name answers a query, best first.
STARTS, WORDS, HOLDS = 0, 1, 2


def fold(text: str) -> str:
    """The text in lower-case letters and digits without marks, its words split by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).casefold()).casefold()
    kept = (
        char if char.isalnum() else " "
        for char in decomposed.translate(PLAIN_LETTERS)
        if not unicodedata.combining(char)
    )
    return " ".join("".join(kept).split())


def rank(name: str, query: str) -> int | None:
    """How well a folded name answers a folded query (:data:`STARTS`, :data:`WORDS`, :data:`HOLDS`), or None."""
    if name.startswith(query):
        return STARTS
    wanted, words = query.split(), name.split()
    if all(any(word.startswith(part) for word in words) for part in wanted):
        return WORDS
    if all(part in name for part in wanted):
        return HOLDS
    return None
