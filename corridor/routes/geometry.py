"""Measures and cuts on the network's lines: lengths on the WGS84 ellipsoid, points near a line, pieces of a line.

- :func:`km_between` and :func:`line_km` measure on the ellipsoid;
- :class:`Grid` finds the points within some kilometres of a point;
- :func:`near_line` and :func:`along` find the places by a line and how far along it each lies;
- :func:`cutter` cuts a line into pieces between distances along it.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
import shapely
from pyproj import Geod
from shapely import STRtree
from shapely.geometry import LineString
from shapely.geometry import box as box_of

GEOD = Geod(ellps="WGS84")
# The items near_line is given and gives back (the network's places).
T = TypeVar("T")


def km_between(a: Sequence[float], b: Sequence[float]) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000


def line_km(coords: Sequence[Sequence[float]]) -> float:
    return GEOD.line_length([c[0] for c in coords], [c[1] for c in coords]) / 1000


# Kilometres in a degree of latitude, at least (110.57 at the equator); a degree of longitude is this times cos(lat).
KM_PER_DEGREE = 110.5


def degrees_within(km: float, lat: float) -> tuple[float, float]:
    """How far, in degrees of longitude and latitude, a point ``km`` away from latitude ``lat`` may lie: at most."""
    dlat = km / KM_PER_DEGREE
    far = min(abs(lat) + dlat, 89.0)
    return km / (KM_PER_DEGREE * math.cos(math.radians(far))), dlat


class Grid:
    """Points filed by grid cell, to find those within some kilometres of a point without trying every one.

    :meth:`within` answers as trying every point in the order added would,
    with the exact distance on the ellipsoid; the cells only narrow the search.
    """

    CELL_DEGREES = 0.25

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[int, str, tuple[float, float]]]] = {}
        self._added = 0

    def add(self, key: str, lonlat: tuple[float, float]) -> None:
        cell = (math.floor(lonlat[0] / self.CELL_DEGREES), math.floor(lonlat[1] / self.CELL_DEGREES))
        self._cells.setdefault(cell, []).append((self._added, key, lonlat))
        self._added += 1

    def within(self, lonlat: tuple[float, float], km: float) -> list[str]:
        """The keys of the points within ``km`` of ``lonlat``, in the order they were added."""
        dlon, dlat = degrees_within(km, lonlat[1])
        size = self.CELL_DEGREES
        found = [
            (added, key)
            for x in range(math.floor((lonlat[0] - dlon) / size), math.floor((lonlat[0] + dlon) / size) + 1)
            for y in range(math.floor((lonlat[1] - dlat) / size), math.floor((lonlat[1] + dlat) / size) + 1)
            for added, key, there in self._cells.get((x, y), ())
            if km_between(there, lonlat) <= km
        ]
        return [key for _, key in sorted(found)]


def near_line(line: LineString, km: float, everywhere: STRtree, places: Sequence[T]) -> list[T]:
    """The places that may lie within ``km`` of a line, in the order of ``places``.

    They are the places in a box around the line, wide enough at its latitudes; ``everywhere`` is a
    tree of their points, in that order.
    """
    west, south, east, north = line.bounds
    dlon, dlat = degrees_within(km, max(abs(south), abs(north)))
    box = box_of(west - dlon, south - dlat, east + dlon, north + dlat)
    return [places[i] for i in sorted(everywhere.query(box))]


def along(line: LineString, lonlats: Sequence[tuple[float, float]]) -> np.ndarray:
    """How far along the line each position's nearest point lies (in the line's degrees)."""
    points = shapely.points(np.array(lonlats, dtype=float).reshape(-1, 2))
    return shapely.line_locate_point(line, points)


def cutter(line: LineString) -> Callable[[float, float], tuple[tuple[float, float], ...]]:
    """Cut pieces of a line between two distances along it, as ``shapely.ops.substring`` does.

    The line's positions and their distances along it are read once, so that
    cutting a long line into many pieces is not quadratic in its length.
    """
    positions = list(line.coords)
    along = list(
        itertools.accumulate(
            (((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in itertools.pairwise(positions)),
            initial=0.0,
        )
    )
    # substring passes over the last position: the piece's end is its own.
    inner = len(positions) - 1

    def cut(start: float, end: float) -> tuple[tuple[float, float], ...]:
        first, last = line.interpolate(start), line.interpolate(end)
        between = positions[
            bisect.bisect_right(along, max(start, 0)) : min(bisect.bisect_left(along, end), inner)
        ]
        return ((first.x, first.y), *between, (last.x, last.y))

    return cut
