"""A problem found in a data file, how a message names a feature, and how a report lists problems."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from corridor.contract.limits import MAX_SHOWN_PROBLEMS


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file.

    ``feature`` names the feature (or figure, source, event) in a message: its
    id quoted and cut short, ``#<index>`` when it has no usable id, ``-`` for
    the whole file. ``feature_id`` and ``index`` hold the same as data, None
    where they do not apply: code matches problems to features by them, never
    by the label.
    """

    file: str
    feature: str
    field: str
    message: str
    feature_id: str | None = None
    index: int | None = None

    @classmethod
    def about(cls, file: str, feature_id: str, field: str, message: str, index: int | None = None) -> Problem:
        """A problem with a feature (or figure, source, event) that has an id."""
        return cls(file, id_label(feature_id), field, message, feature_id, index)

    @classmethod
    def whole(cls, file: str, field: str, message: str) -> Problem:
        """A problem with a whole file: which ids it held is not known."""
        return cls(file, "-", field, message)

    def __str__(self) -> str:
        return f"{self.file}: feature {self.feature}: {self.field}: {self.message}"


def usable_id(feature: object) -> str | None:
    """A feature's id if it has one a message can name it by (a string, not blank), else None."""
    if isinstance(feature, Mapping):
        properties = feature.get("properties")
        if isinstance(properties, Mapping):
            fid = properties.get("id")
            if isinstance(fid, str) and fid.strip():
                return fid
    return None


def feature_label(feature: object, index: int) -> str:
    """Name a feature in a message: its id if it has a usable one, else its index."""
    fid = usable_id(feature)
    return f"#{index}" if fid is None else id_label(fid)


def id_label(feature_id: str) -> str:
    """Name a feature with a valid id in a message, as :func:`feature_label` does."""
    return repr(feature_id[:60])


def unique(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Each problem once, in the order first found."""
    return tuple(dict.fromkeys(problems))


def shown_problems(
    problems: Sequence[Problem], limit: int = MAX_SHOWN_PROBLEMS
) -> tuple[Sequence[Problem], int]:
    """The problems a report lists, and how many more it only counts."""
    return problems[:limit], max(0, len(problems) - limit)
