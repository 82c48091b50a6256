"""The corridor through time: each feature's dated events, and its status as of a year.

``geodata/timeline.json`` holds, for every corridor feature, the dates its
sources give: when it was proposed, when building began, when it opened, when
it is expected, and other milestones. Each event names its source and words
its date as the source does ("by the end of 2026"). A feature with no dated
source has an empty list: its dates are unknown, and the app says so.

It also holds the dated events of the two countries' relations.

:func:`status_in` answers "what was this feature in year Y?" from the dated
events alone, and never guesses:

- the latest proposal, start of building or opening on or before Y gives the
  status (planned, under construction, operating);
- before its first dated step a feature was not there yet: it is *hidden*
  when that step is a proposal or the start of building (it had not begun),
  and *not yet open*, drawn faded, when the first date known is its opening
  (it may have been under way; the sources do not say);
- a feature no source dates is *undated*: "not known" is not "not yet", so
  the map draws it as it is today, marked "date unknown";
- from the data's own year on, the status the data gives applies.

:func:`parse_timeline` validates the file and never raises: a bad event is
reported with the file and the feature, and left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from corridor.contract import STATUSES, Problem, date_problem, shown, text_problem
from corridor.i18n import LANGUAGES, suffixed, text_of

FILE = "timeline.json"

# What each kind of event says about the feature, and the status it starts.
KINDS = {
    "proposed": "planned",
    "construction": "under construction",
    "opened": "operating",
    "expected": None,
    "milestone": None,
}
# Kinds that mark a feature's first step: before it, the feature was not there.
BEGINNINGS = ("proposed", "construction")

MAX_TEXT = 300
# An event's texts, in English and (``when_ru``) in every other language.
TEXTS = tuple(suffixed("when", code) for code in LANGUAGES)
OPTIONAL_TEXTS = tuple(suffixed(name, code) for name in ("what", "place") for code in LANGUAGES)

# How the map shows a feature in a year.
SHOWN = "shown"
FADED = "faded"
HIDDEN = "hidden"


@dataclass(frozen=True)
class Event:
    """One dated step of a feature, or of the relations between the countries."""

    kind: str
    date: str | None
    when: str
    source: str
    what: str = ""
    place: str = ""
    feature: str | None = None
    # The texts in other languages, by property name: {"when_ru": ..., "what_ru": ...}.
    translations: Mapping[str, str] = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return None if self.date is None else int(self.date[:4])

    def words(self, language: str) -> tuple[str, str, str]:
        """The date as the source words it, what happened, and where, in the language."""
        texts = {"when": self.when, "what": self.what, "place": self.place, **self.translations}
        when, what, place = (str(text_of(texts, name, language)) for name in ("when", "what", "place"))
        return when, what, place


@dataclass(frozen=True)
class AsOf:
    """A feature in a year: its status then (None when it was not there), and how it is drawn."""

    status: str | None
    shown: str
    basis: str  # "dated", "today", "undated", "not open" or "not begun"


@dataclass(frozen=True)
class Timeline:
    """Every feature's events, and the relations' events."""

    features: Mapping[str, tuple[Event, ...]]
    events: tuple[Event, ...]

    def of(self, feature_id: str) -> tuple[Event, ...]:
        return self.features.get(feature_id, ())

    def years(self) -> tuple[int, ...]:
        """Every year an event of a feature is dated in, sorted."""
        return tuple(
            sorted({e.year for events in self.features.values() for e in events if e.year is not None})
        )

    def in_year(self, year: int) -> tuple[Event, ...]:
        """The milestones of a year: every feature's and relation's event dated in it, by date."""
        found = [e for events in self.features.values() for e in events if e.year == year]
        found += [e for e in self.events if e.year == year]
        return tuple(sorted(found, key=lambda e: (e.date or "", e.feature or "")))

    def dated_relations(self) -> tuple[Event, ...]:
        """The relations' events, dated ones by date, undated ones last."""
        return tuple(sorted(self.events, key=lambda e: (e.date is None, e.date or "")))


EMPTY = Timeline({}, ())


def status_in(events: Iterable[Event], year: int, today: str, data_year: int) -> AsOf:
    """A feature's status in ``year``, from its dated events; ``today`` is the status the data gives."""
    if year >= data_year:
        return AsOf(today, SHOWN, "today")
    steps = sorted(
        (e for e in events if KINDS.get(e.kind) and e.date is not None),
        key=lambda e: e.date or "",
    )
    before = [e for e in steps if (e.year or 0) <= year]
    if before:
        return AsOf(KINDS[before[-1].kind], SHOWN, "dated")
    if not steps:
        return AsOf(today, SHOWN, "undated")
    if steps[0].kind in BEGINNINGS:
        return AsOf(None, HIDDEN, "not begun")
    return AsOf(None, FADED, "not open")


def _event(
    raw: object, source_ids: set[str], feature: str | None
) -> tuple[Event | None, list[tuple[str, str]]]:
    """One event, or None and ``(field, message)`` for each thing wrong with it."""
    if not isinstance(raw, Mapping):
        return None, [("event", "must be an object")]
    found: list[tuple[str, str]] = []
    kind = raw.get("kind", "milestone" if feature is None else None)
    if not isinstance(kind, str) or kind not in KINDS:
        found.append(("kind", f"{shown(kind)} is not one of {', '.join(KINDS)}"))
    date = raw.get("date")
    if date is not None and (message := date_problem(date)):
        found.append(("date", message))
    if feature is not None and date is None:
        found.append(("date", "a feature's event needs a date"))
    for name in TEXTS:
        message = text_problem(raw.get(name), MAX_TEXT)
        if message:
            found.append((name, message))
    for name in OPTIONAL_TEXTS:
        if name in raw and text_problem(raw[name], MAX_TEXT):
            found.append((name, text_problem(raw[name], MAX_TEXT) or ""))
    source = raw.get("source")
    if not isinstance(source, str) or source not in source_ids:
        return None, [*found, ("source", f"unknown source id {shown(source)}")]
    if found:
        return None, found
    return Event(
        kind=kind,
        date=date,
        when=raw["when"],
        source=source,
        what=raw.get("what", ""),
        place=raw.get("place", ""),
        feature=feature,
        translations={name: raw[name] for name in (*TEXTS, *OPTIONAL_TEXTS) if name in raw and "_" in name},
    ), []


def parse_timeline(
    document: object, source_ids: Iterable[str], feature_ids: Iterable[str], check_ids: bool = True
) -> tuple[Timeline, list[Problem]]:
    """Read the timeline file against the sources and features; never raises.

    Every corridor feature must have an entry (an empty list says no source
    dates it); an entry for an unknown feature is reported. With
    ``check_ids`` False (a layer already has problems, so some features were
    left out) entries are matched to the features there are, silently.
    """
    sources = set(source_ids)
    if not isinstance(document, Mapping):
        return EMPTY, [Problem.whole(FILE, "file", "must be an object with 'features' and 'events'")]
    problems: list[Problem] = []
    raw_features = document.get("features")
    if not isinstance(raw_features, Mapping):
        raw_features = {}
        problems.append(Problem.whole(FILE, "features", "must be an object of feature ids"))
    known = set(feature_ids)
    features: dict[str, tuple[Event, ...]] = {}
    for fid, raw_events in raw_features.items():
        fid = str(fid)
        if fid not in known:
            if check_ids:
                problems.append(Problem.about(FILE, fid, "id", "no such corridor feature"))
            continue
        if not isinstance(raw_events, list):
            problems.append(
                Problem.about(FILE, fid, "events", "must be a list (empty when no source gives a date)")
            )
            continue
        kept = []
        for raw in raw_events:
            event, found = _event(raw, sources, fid)
            problems.extend(Problem.about(FILE, fid, field, message) for field, message in found)
            if event is not None:
                kept.append(event)
        features[fid] = tuple(kept)
    for fid in sorted(known - set(raw_features)) if check_ids else ():
        problems.append(Problem.about(FILE, fid, "events", "missing: say [] when no source gives a date"))
    events = []
    raw_relations = document.get("events", [])
    if not isinstance(raw_relations, list):
        raw_relations = []
        problems.append(Problem.whole(FILE, "events", "must be a list"))
    for index, raw in enumerate(raw_relations):
        event, found = _event(raw, sources, None)
        problems.extend(_relation_problem(raw, index, field, message) for field, message in found)
        if event is not None:
            events.append(event)
    return Timeline(features, tuple(events)), problems


def _relation_problem(raw: object, index: int, field: str, message: str) -> Problem:
    """A problem with a relations' event, named by its id when it has one, else by its place in the list."""
    rid = raw.get("id") if isinstance(raw, Mapping) else None
    if isinstance(rid, str) and rid.strip():
        return Problem.about(FILE, rid, field, message, index)
    return Problem(FILE, f"#{index}", field, message, None, index)


def status_problems(timeline: Timeline, statuses: Mapping[str, str], data_year: int) -> list[Problem]:
    """Where a feature's dated events contradict the status the data gives for its own year."""
    found = []
    for fid, dated in states_in(timeline, statuses, data_year - 1, data_year).items():
        today = statuses[fid]
        # STATUSES runs from the most built to the least: a dated past cannot be more built than today.
        if (
            dated.basis == "dated"
            and today in STATUSES
            and STATUSES.index(dated.status) < STATUSES.index(today)
        ):
            found.append(
                Problem.about(
                    FILE,
                    fid,
                    "events",
                    f"dated {shown(dated.status)} before {data_year}, but the data says {shown(today)}",
                )
            )
    return found


def states_in(timeline: Timeline, statuses: Mapping[str, str], year: int, data_year: int) -> dict[str, AsOf]:
    """Every feature's state in ``year`` (``statuses``: each feature's status as the data gives it)."""
    return {fid: status_in(timeline.of(fid), year, today, data_year) for fid, today in statuses.items()}
