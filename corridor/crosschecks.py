"""Checks across the files: ids unique across every layer, figures that name features on the map, and the geographic rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from corridor.contract import Problem, shown
from corridor.figures import Figure, Series
from corridor.layers import BORDER_SCALES, BORDERS_DETAIL, LayerData

if TYPE_CHECKING:
    from corridor.georules import Borders


def drop_duplicates(loaded: dict[str, LayerData]) -> tuple[set[str], list[Problem]]:
    """Ids must be unique across every layer, the basemap's too: a shared id's copies are left out, and named.

    Returns every corridor id kept, and the problems. A file's own copies are
    left out when it is read, so a shared id here is always in another file
    too. The two border files are two scales of one map, so they share their
    countries' ids; they keep them, and so does the map: a corridor feature
    or a place label with a country's id is left out.
    """
    scales = {layer.filename for layer in BORDER_SCALES}
    files: dict[str, list[str]] = {}
    corridor: set[str] = set()
    for data in loaded.values():
        for feature in data.features:
            files.setdefault(feature["properties"]["id"], []).append(data.layer.filename)
            if not data.layer.basemap:
                corridor.add(feature["properties"]["id"])
    shared = {
        fid: where
        for fid, where in files.items()
        if len(where) > 1 and len({"borders" if file in scales else file for file in where}) > 1
    }
    problems: list[Problem] = []
    for layer_id, data in list(loaded.items()):
        if data.layer.filename in scales or not any(f["properties"]["id"] in shared for f in data.features):
            continue
        found = []
        for fid in dict.fromkeys(
            f["properties"]["id"] for f in data.features if f["properties"]["id"] in shared
        ):
            others = sorted(set(shared[fid]) - {data.layer.filename})
            left = (
                "the borders keep theirs, this copy is left out"
                if scales & set(others)
                else "every copy is left out"
            )
            found.append(
                Problem.about(data.layer.filename, fid, "id", f"also used in {', '.join(others)}: {left}")
            )
        kept = tuple(f for f in data.features if f["properties"]["id"] not in shared)
        loaded[layer_id] = LayerData(data.layer, kept, data.problems + tuple(found))
        problems.extend(found)
    return corridor - set(shared), problems


def dangling_figures(figures: Sequence[Figure | Series], ids: set[str], left_out: set[str]) -> list[Problem]:
    """A figure or series naming a feature that is not on the map; one left out for its own problem is reported already."""
    return [
        Problem.about("figures.json", figure.id, "features", f"no feature {shown(fid)}")
        for figure in figures
        for fid in figure.features
        if fid not in ids and fid not in left_out
    ]


def borders_of(layers: Mapping[str, LayerData]) -> Borders | None:
    """The detailed borders the geographic rules check against; None without the borders file."""
    from corridor.georules import Borders

    detail = layers.get(BORDERS_DETAIL.id)
    if detail is None or not detail.features:
        return None
    return Borders(detail.features)


def apply_geographic_rules(loaded: dict[str, LayerData], borders: Borders | None) -> list[Problem]:
    """Check the corridor layers against the detailed borders; leave out what fails.

    Without the borders file (its own problem is reported) the rules cannot run.
    """
    from corridor.georules import geographic_problems

    if borders is None:
        return []
    found: list[Problem] = []
    for layer_id, data in list(loaded.items()):
        if data.layer.basemap:
            continue
        problems = geographic_problems(data.layer.filename, data.features, borders)
        if problems:
            failed = {p.feature_id for p in problems}
            kept = tuple(f for f in data.features if f["properties"]["id"] not in failed)
            loaded[layer_id] = LayerData(data.layer, kept, data.problems + tuple(problems))
            found.extend(problems)
    return found
