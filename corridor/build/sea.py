"""Courses at sea: the shortest way over water between two points on the shore.

``searoute`` gives the way over its coarse network; legs that cross land are
routed over a fine grid of water cells, and the route is pulled taut again.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence


def shortcut_on_water(coords: Sequence[Sequence[float]], land) -> list[list[float]]:
    """Pull a route taut: from each vertex jump to the farthest one in plain sight over water.

    ``searoute`` snaps both ends to its coarse network, which can add a detour
    along the coast. Skipping vertices only when the straight leg between them
    touches no land keeps the lane on water.
    """
    from shapely.geometry import LineString

    kept = [list(coords[0])]
    i = 0
    while i < len(coords) - 1:
        j = len(coords) - 1
        while j > i + 1 and LineString([coords[i], coords[j]]).intersects(land):
            j -= 1
        kept.append(list(coords[j]))
        i = j
    return kept


# Ports sit on the shore, so legs that leave them graze the coastline: land
# within this distance of either port does not count as an obstacle.
PORT_MARGIN_DEGREES = 0.08


# The grid that routes a leg around land the searoute network's coarse legs cross.
WATER_CELL_DEGREES = 0.02
WATER_GRID_MARGIN_DEGREES = 0.5


def water_path(start, end, land) -> list[list[float]]:
    """The shortest way from ``start`` to ``end`` through grid cells clear of ``land``.

    searoute joins a port to its network with a straight leg, which can cut
    across a spit. This routes such a leg over water, on a grid fine enough
    for bays and spits, before the route is pulled taut again.
    """
    import networkx as nx
    import numpy as np
    import shapely

    west, east = sorted((start[0], end[0]))
    south, north = sorted((start[1], end[1]))
    m = WATER_GRID_MARGIN_DEGREES
    xs = np.arange(west - m, east + m, WATER_CELL_DEGREES)
    ys = np.arange(south - m, north + m, WATER_CELL_DEGREES)
    grid_x, grid_y = np.meshgrid(xs, ys)
    shapely.prepare(land)
    water = ~shapely.contains_xy(land, grid_x, grid_y)
    rows, cols = water.shape
    edges = [
        ((r, c), (r + dr, c + dc), float(np.hypot(dr, dc)))
        for r, c in zip(*np.nonzero(water), strict=True)
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1))
        if 0 <= r + dr < rows and 0 <= c + dc < cols and water[r + dr, c + dc]
    ]
    # Two cells on water can still have a spit between them.
    segments = shapely.linestrings([[(xs[a[1]], ys[a[0]]), (xs[b[1]], ys[b[0]])] for a, b, _ in edges])
    clear = ~shapely.intersects(segments, land)
    graph = nx.Graph()
    graph.add_weighted_edges_from(edge for edge, ok in zip(edges, clear, strict=True) if ok)

    def nearest(point):
        nodes = np.array(list(graph.nodes))
        d = (xs[nodes[:, 1]] - point[0]) ** 2 + (ys[nodes[:, 0]] - point[1]) ** 2
        return tuple(nodes[int(np.argmin(d))])

    cells = nx.astar_path(graph, nearest(start), nearest(end), weight="weight")
    return [list(start), *([float(xs[c]), float(ys[r])] for r, c in cells[1:-1]), list(end)]


def _around_land(coords, obstacles) -> list[list[float]]:
    """Replace each leg that crosses an obstacle by a path over water."""
    from shapely.geometry import LineString

    routed = [list(coords[0])]
    for a, b in itertools.pairwise(coords):
        if LineString([a, b]).intersects(obstacles):
            routed.extend(water_path(a, b, obstacles)[1:])
        else:
            routed.append(list(b))
    return routed


def sea_route(origin, destination, land) -> list[list[float]]:
    """The shortest way over water between two points on the shore, pulled taut (``searoute`` first)."""
    import searoute
    from shapely.geometry import Point

    near_ends = (
        Point(origin).buffer(PORT_MARGIN_DEGREES).union(Point(destination).buffer(PORT_MARGIN_DEGREES))
    )
    obstacles = land.difference(near_ends)
    route = searoute.searoute(list(origin), list(destination), append_orig_dest=True)
    network = route["geometry"]["coordinates"]
    # The network's own nodes can sit on a 1:10m spit or cape: drop those first.
    afloat = [network[0], *(c for c in network[1:-1] if not obstacles.contains(Point(c))), network[-1]]
    return shortcut_on_water(_around_land(afloat, obstacles), obstacles)
