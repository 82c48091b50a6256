"""Reading the panel's capacity bars (corridor/barchart.py) back from their HTML, as a browser would parse it.

A parser, not the module's own structures: the tests check what the page receives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# What the bars are made of: every other tag or attribute was made from data.
TAGS = {"div", "p", "span", "ul", "li", "a"}
ATTRIBUTES = {
    "class",
    "style",
    "role",
    "aria-label",
    "aria-hidden",
    "aria-current",
    "title",
    "href",
    "target",
    "rel",
}
WIDTH = re.compile(r"width:([0-9.]+)%")
OPACITY = re.compile(r"opacity:([0-9.]+)")


@dataclass
class Row:
    """A bar's row as read: its period and value, its tooltip, its length and opacity, and whether it is outlined."""

    period: str = ""
    value: str = ""
    tip: str = ""
    width: float | None = None
    opacity: float | None = None
    chosen: bool = False


@dataclass
class Series:
    """A series as read: its title (label and unit), its rows, its source line and the links in it."""

    title: str = ""
    rows: list[Row] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    cited: str = ""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.label = ""
        self.series: list[Series] = []
        self.links: list[str] = []
        self.problems: list[str] = []
        self._open: list[str] = []
        self._paragraphs = 0
        self._cell = 0
        self._href = ""

    def handle_starttag(self, tag, attrs):
        found = {name: value or "" for name, value in attrs}
        if tag not in TAGS:
            self.problems.append(f"<{tag}>")
        self.problems += [f"{tag}[{name}]" for name in found if name not in ATTRIBUTES]
        parent = self._open[-1] if self._open else ""
        if tag == "div" and found.get("role") == "group":
            self.label = found.get("aria-label", "")
        elif tag == "div":
            self.series.append(Series())
            self._paragraphs = 0
        elif tag == "p":
            self._paragraphs += 1
        elif tag == "li":
            self.series[-1].rows.append(
                Row(tip=found.get("title", ""), chosen=found.get("aria-current") == "true")
            )
            self._cell = 0
        elif tag == "span" and parent == "li":
            self._cell += 1
        elif tag == "span" and "display:block" in found.get("style", ""):
            row = self.series[-1].rows[-1]
            row.width = float(WIDTH.search(found["style"]).group(1))
            row.opacity = float(OPACITY.search(found["style"]).group(1))
        elif tag == "a":
            self._href = found.get("href", "")
            self.links.append(self._href)
        self._open.append(tag)

    def handle_endtag(self, tag):
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data):
        if not self.series:
            return
        one = self.series[-1]
        if "li" in self._open:
            row = one.rows[-1]
            if self._cell == 1:
                row.period += data
            elif self._cell == 3:
                row.value += data
        elif "p" in self._open and self._paragraphs == 1:
            one.title += data
        elif "p" in self._open:
            one.cited += data
            if "a" in self._open:
                one.links.append((data, self._href))


def read_bars(text: str) -> tuple[str, list[Series], list[str], list[str]]:
    """The bars' label, their series (title, rows, sources), every link's address, and any tag or attribute not theirs."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    for one in reader.series:
        one.title = " ".join(one.title.split())
        for row in one.rows:
            row.period, row.value = row.period.strip(), row.value.strip()
    return reader.label, reader.series, reader.links, reader.problems


def outlined(text: str) -> dict[str, list[str]]:
    """Each series' title and the periods of the bars outlined as the chosen year's."""
    _, series, _, _ = read_bars(text)
    return {one.title: [row.period for row in one.rows if row.chosen] for one in series}


def words_of(text: str) -> list[str]:
    """Every text the bars give a reader: their label, titles, periods, values, tooltips and sources."""
    label, series, _, _ = read_bars(text)
    found = [label]
    for one in series:
        found += [one.title, one.cited]
        found += [part for row in one.rows for part in (row.period, row.value, row.tip)]
    return found
