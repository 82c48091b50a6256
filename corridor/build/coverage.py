"""How closely each rail line keeps to the railway, measured against OpenStreetMap.

The reference is built from OSM alone, independently of how the builder chose
its stations: the track ways, plus a "station network" that joins every OSM
station to its nearest neighbours. A line that runs through town centres, cuts
across between two railways or crosses a sea has stretches far from both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

WITHIN_KM = 5.0
NEIGHBOURS = 4
MAX_NEIGHBOUR_KM = 110.0


@dataclass(frozen=True)
class Coverage:
    feature_id: str
    status: str
    length_km: float
    share_within: float  # of the length, within WITHIN_KM of the reference


def _reference(stations_path: Path, track_path: Path):
    import shapely
    from shapely.geometry import LineString

    from corridor.build.rail import nearest_pairs, read_stations, read_track

    points = [station.lonlat for station in read_stations(stations_path)]
    segments = [
        LineString([points[i], points[j]]) for i, j, _ in nearest_pairs(points, NEIGHBOURS, MAX_NEIGHBOUR_KM)
    ]
    ways = [LineString(way) for way in read_track(track_path)]
    return shapely.STRtree([*segments, *ways])


def rail_coverage(
    features: Iterable[Mapping],
    stations_path: Path,
    track_path: Path,
    extra: Mapping[str, list] | None = None,
) -> list[Coverage]:
    """The share of each line's length within :data:`WITHIN_KM` of OSM track or the OSM station network.

    ``extra`` adds, per feature id, reference lines of its own (shapely geometries).
    """
    import numpy as np
    import shapely
    from pyproj import CRS, Transformer
    from shapely.geometry import shape

    reference = _reference(stations_path, track_path)
    results = []
    for feature in features:
        line = shape(feature["geometry"])
        centre = line.centroid
        local = CRS.from_proj4(f"+proj=aeqd +lat_0={centre.y} +lon_0={centre.x} +units=m")
        transformer = Transformer.from_crs("EPSG:4326", local, always_xy=True)

        def to_local(xy, transformer=transformer):
            return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

        near = list(reference.geometries.take(reference.query(line, predicate="dwithin", distance=0.1)))
        near += (extra or {}).get(feature["properties"]["id"], [])
        line_m = shapely.transform(line, to_local)
        zone = shapely.union_all([shapely.transform(g, to_local).buffer(WITHIN_KM * 1000, 4) for g in near])
        inside = shapely.intersection(line_m, zone).length
        results.append(
            Coverage(
                feature_id=feature["properties"]["id"],
                status=feature["properties"]["status"],
                length_km=line_m.length / 1000,
                share_within=inside / line_m.length if line_m.length else 0.0,
            )
        )
    return results


def coverage_table(results: Iterable[Coverage]) -> str:
    rows = ["| rail line | status | length km | within 5 km of OSM |", "| --- | --- | ---: | ---: |"]
    rows += [f"| {c.feature_id} | {c.status} | {c.length_km:,.0f} | {c.share_within:.1%} |" for c in results]
    return "\n".join(rows)
