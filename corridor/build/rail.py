"""Rail lines drawn on the railway: through their own stations, along OSM track where there is some.

Each line is an explicit, ordered list of its stations, as the published
sources it cites list them (``data/rail-lines.json``), each snapped to its
OpenStreetMap station point by node id. Nothing is routed over the stations
at large: a shortest path through every station in the region jumps between
parallel railways and into spurs. Between two consecutive stations the line
follows real OSM track where the extract has it (Azerbaijan, Nakhchivan,
eastern Georgia), and is drawn straight where it has none.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Track is followed between two stations only when both lie this close to it...
SNAP_KM = 1.5
# ...and the way along it is not much longer than the straight line.
MAX_DETOUR = 1.6
DETOUR_SLACK_KM = 3.0
# A way that ends this close to another is joined to it: the extract was
# simplified, so a junction's node can be a few metres off the other way.
JOIN_DEGREES = 0.0005
GRID_DEGREES = 1e-6
TRACK_KINDS = ("rail", "construction")
# Yards count: on some lines (Kartsakhi on the Baku - Tbilisi - Kars railway) they are the only points.
STATION_KINDS = ("station", "halt", "yard")

GEOMETRY_TRACK = "surveyed track"
GEOMETRY_STATIONS = "station chain"
GEOMETRY_SCHEMATIC = "schematic"
# A line whose length is at least this share on track counts as surveyed track.
TRACK_SHARE_FOR_SURVEYED = 0.9


def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def km_between(a: Sequence[float], b: Sequence[float]) -> float:
    return _geod().inv(a[0], a[1], b[0], b[1])[2] / 1000


def line_km(coordinates: Sequence[Sequence[float]]) -> float:
    from shapely.geometry import LineString

    return _geod().geometry_length(LineString(coordinates)) / 1000


@dataclass(frozen=True)
class Station:
    """An OSM station, halt or yard: its node id, names and position."""

    osm_id: int
    name: str
    name_local: str | None
    lonlat: tuple[float, float]


class StationIndex:
    """OSM stations, halts and yards by node id."""

    def __init__(self, stations: Sequence[Station]):
        self.stations = tuple(stations)
        self.index = {s.osm_id: i for i, s in enumerate(self.stations)}

    @classmethod
    def from_file(cls, path: Path) -> StationIndex:
        return cls(read_stations(path))

    def station(self, osm_id: int) -> Station:
        return self.stations[self.index[osm_id]]


class TrackNetwork:
    """OSM railway track as a graph whose edges carry the geometry between junctions."""

    def __init__(self, ways: Sequence[Sequence[Sequence[float]]]):
        import networkx as nx
        import shapely

        pieces = shapely.get_parts(shapely.union_all(_joined(ways), grid_size=GRID_DEGREES))
        self.graph = nx.Graph()
        ends: dict[tuple[float, float], int] = {}
        self._pieces = [piece for piece in pieces if piece.length > 0]
        self._piece_ends = []
        for piece in self._pieces:
            coordinates = [list(p) for p in piece.coords]
            a = ends.setdefault(tuple(coordinates[0]), len(ends))
            b = ends.setdefault(tuple(coordinates[-1]), len(ends))
            self._piece_ends.append((a, b))
            length = line_km(coordinates)
            current = self.graph.get_edge_data(a, b)
            if a != b and (current is None or current["weight"] > length):
                self.graph.add_edge(
                    a, b, weight=length, coordinates=coordinates if a < b else coordinates[::-1]
                )
        self._tree = shapely.STRtree(self._pieces)

    @classmethod
    def from_file(cls, path: Path) -> TrackNetwork:
        return cls(read_track(path))

    def _attach(self, lonlat: Sequence[float]):
        """The track piece nearest a point, and how far along it the point falls (in degrees)."""
        from shapely.geometry import Point

        point = Point(lonlat)
        index = int(self._tree.nearest(point))
        piece = self._pieces[index]
        if km_between(lonlat, piece.interpolate(piece.project(point)).coords[0]) > SNAP_KM:
            return None
        return index, piece.project(point)

    def route(self, start: Sequence[float], end: Sequence[float]) -> list[list[float]] | None:
        """Coordinates along the track from near ``start`` to near ``end``, or None."""
        import networkx as nx
        from shapely.ops import substring

        a, b = self._attach(start), self._attach(end)
        if a is None or b is None:
            return None
        (piece_a, at_a), (piece_b, at_b) = a, b
        if piece_a == piece_b:
            coordinates = [list(p) for p in substring(self._pieces[piece_a], at_a, at_b).coords]
        else:
            best = None
            for end_a, end_b in itertools.product((0, 1), repeat=2):
                u, v = self._piece_ends[piece_a][end_a], self._piece_ends[piece_b][end_b]
                try:
                    path = nx.shortest_path(self.graph, u, v, weight="weight")
                except nx.NetworkXNoPath:
                    continue
                head = substring(self._pieces[piece_a], at_a, self._pieces[piece_a].length * end_a)
                tail = substring(self._pieces[piece_b], self._pieces[piece_b].length * end_b, at_b)
                coordinates = [list(p) for p in head.coords]
                for x, y in itertools.pairwise(path):
                    piece = self.graph.edges[x, y]["coordinates"]
                    coordinates.extend(piece[1:] if x < y else piece[::-1][1:])
                coordinates.extend(list(p) for p in tail.coords)
                length = line_km(coordinates)
                if best is None or length < best[0]:
                    best = (length, coordinates)
            if best is None:
                return None
            coordinates = best[1]
        if line_km(coordinates) > km_between(start, end) * MAX_DETOUR + DETOUR_SLACK_KM:
            return None
        return coordinates


def _joined(ways: Sequence[Sequence[Sequence[float]]]) -> list:
    """The ways as shapely lines, each loose end moved onto the nearest other way within reach."""
    import numpy as np
    import shapely
    from shapely.geometry import LineString

    lines = [LineString(way) for way in ways]
    tree = shapely.STRtree(lines)
    ends = shapely.points(np.array([[way[0], way[-1]] for way in ways], dtype=float).reshape(-1, 2))
    coordinates = [[list(p) for p in way] for way in ways]
    end_index, line_index = tree.query(ends, predicate="dwithin", distance=JOIN_DEGREES)
    nearest: dict[int, tuple[float, int]] = {}
    for e, other in zip(end_index.tolist(), line_index.tolist(), strict=True):
        if e // 2 == other:
            continue
        distance = lines[other].distance(ends[e])
        if e not in nearest or distance < nearest[e][0]:
            nearest[e] = (distance, other)
    for e, (distance, other) in nearest.items():
        if distance == 0:
            continue
        line = lines[other]
        point = line.interpolate(line.project(ends[e]))
        coordinates[e // 2][0 if e % 2 == 0 else -1] = list(point.coords[0])
    return [LineString(c) for c in coordinates]


def read_stations(path: Path) -> list[Station]:
    """The OSM stations, halts and yards of an extract."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return [
        Station(
            osm_id=f["properties"]["osm_id"],
            name=f["properties"].get("name", ""),
            name_local=f["properties"].get("name_local"),
            lonlat=tuple(f["geometry"]["coordinates"]),
        )
        for f in document["features"]
        if f["properties"]["railway"] in STATION_KINDS
    ]


def read_track(path: Path) -> list[list[list[float]]]:
    """The coordinates of every OSM track way (rail or under construction) of an extract."""
    document = json.loads(path.read_text(encoding="utf-8"))
    ways: list[list[list[float]]] = []
    for feature in document["features"]:
        if feature["properties"]["railway"] not in TRACK_KINDS:
            continue
        geometry = feature["geometry"]
        parts = (
            geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
        )
        ways.extend(part for part in parts if len(part) > 1)
    return ways


@dataclass(frozen=True)
class RailGeometry:
    """A drawn line: its positions, the share of it on OSM track, and the confidence that gives it."""

    coordinates: list[list[float]]
    track_share: float
    confidence: str


def draw_line(stations: Sequence[Station], track: TrackNetwork) -> RailGeometry:
    """Join consecutive stations along the track where it exists, straight elsewhere."""
    coordinates: list[list[float]] = [list(stations[0].lonlat)]
    on_track = total = 0.0
    for a, b in itertools.pairwise(stations):
        leg = track.route(a.lonlat, b.lonlat)
        straight = km_between(a.lonlat, b.lonlat)
        total += straight
        if leg is None:
            coordinates.append(list(b.lonlat))
            continue
        on_track += straight
        coordinates.extend([*leg[1:-1], list(b.lonlat)])
    share = on_track / total if total else 0.0
    confidence = GEOMETRY_TRACK if share >= TRACK_SHARE_FOR_SURVEYED else GEOMETRY_STATIONS
    return RailGeometry(coordinates, share, confidence)
