"""How closely each rail line keeps to its real line, against references the builder does not make.

A line's reference is made of things the builder never computes:

- the line's own stations, in order, as ``data/rail-lines.json`` lists them:
  the stations its published sources name, and between them the OpenStreetMap
  halts placed there by hand, each with the reason it is on the line;
- OpenStreetMap's track, where the extract has it (Azerbaijan, Nakhchivan,
  eastern Georgia, Turkmenistan, Uzbekistan).

For each line it measures the share of its length within :data:`WITHIN_KM`
of that reference and how far it strays at worst; the same against the
sourced stations and track alone (how much of the line the sources
themselves pin down); how much of it lies on OSM track; how much runs off
track outside its own countries beyond the borders' own error; and which
OSM stations it passes off the way between its listed stations and off OSM
track (a funicular's, a cosmodrome's, a mine spur's). ``python -m corridor
truth`` prints the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shapely import STRtree

WITHIN_KM = 5.0
# Nowhere may an operating line be farther than this from its reference.
MAX_OFF_KM = 10.0
# The share of an operating line's length that must lie within WITHIN_KM.
MIN_SHARE = 0.95
# A station this close to a line is one it passes through...
PASS_KM = 0.15
# ...unless it stands on OSM track (a station the line runs past on real track).
ON_TRACK_KM = 0.15
# A line this close to OSM track runs on it.
TRACK_KM = 1.0
# Where a line runs off OSM track it may stray this far outside its countries
# before it counts as outside: Natural Earth's 1:10m borders are up to 2.3 km
# off along the Araz, where OSM's Horadiz - Aghband track runs on the
# Azerbaijani bank. (On track, the track is the truth: real stations of the
# Nakhchivan railway lie 3.9 km inside Iran in those borders.)
BORDER_TOLERANCE_KM = 2.5
# Lines are measured at points this far apart.
SAMPLE_M = 250.0


@dataclass(frozen=True)
class Truth:
    """How one line compares with its reference: how much of it lies near it, and how far it strays."""

    feature_id: str
    status: str
    confidence: str
    length_km: float
    share_within: float  # of the length, within WITHIN_KM of the reference
    max_off_km: float  # the farthest the line strays from the reference
    sourced_share_within: float  # the same against the sourced stations and track alone
    sourced_max_off_km: float
    sourced_stations: tuple[int, int]  # stations a source names, of those listed
    share_on_track: float  # of the length, within TRACK_KM of OSM track
    outside_km: float  # off OSM track and outside its own countries, beyond the borders' error
    strays: tuple[str, ...]  # OSM stations it passes off its listed stations' way and off track

    @property
    def holds(self) -> bool:
        """Whether the line meets the targets an operating line must meet."""
        return (
            self.share_within >= MIN_SHARE
            and self.max_off_km <= MAX_OFF_KM
            and self.outside_km == 0
            and not self.strays
        )


@dataclass(frozen=True)
class Reference:
    """Everything a line is measured against, read once."""

    chains: Mapping[str, object]  # line id -> shapely LineString of its sourced stations
    listed: Mapping[str, object]  # line id -> shapely LineString through every station it lists
    counts: Mapping[str, tuple[int, int]]  # line id -> (sourced stations, listed stations)
    track: STRtree  # of OSM track ways
    stations: Sequence[tuple[int, str, tuple[float, float]]]
    countries: Mapping[str, object]  # ISO alpha-2 -> shapely geometry


def sourced_chain(entries: Iterable[Mapping], locate) -> list[tuple[float, float]]:
    """The points of the stations that cite a source, in the list's order."""
    return [tuple(locate(entry)) for entry in entries if entry.get("sources")]


def read_reference(
    lines: Mapping[str, Mapping], locate, stations_path, track_path, borders: Iterable[Mapping]
) -> Reference:
    """The reference of every line in ``lines`` (``data/rail-lines.json``), with ``locate(entry) -> lon, lat``."""
    import shapely
    from shapely.geometry import LineString

    from corridor.build.rail import read_stations, read_track
    from corridor.georules import Borders

    chains = {}
    for line_id, spec in lines.items():
        points = sourced_chain(spec["stations"], locate)
        chains[line_id] = LineString(points) if len(points) > 1 else None
    listed = {
        line_id: LineString([tuple(locate(entry)) for entry in spec["stations"]])
        for line_id, spec in lines.items()
    }
    counts = {
        line_id: (sum(1 for entry in spec["stations"] if entry.get("sources")), len(spec["stations"]))
        for line_id, spec in lines.items()
    }
    ways = [LineString(way) for way in read_track(track_path)]
    stations = [(s.osm_id, s.name, s.lonlat) for s in read_stations(stations_path)]
    return Reference(
        chains=chains,
        listed=listed,
        counts=counts,
        track=shapely.STRtree(ways),
        stations=stations,
        countries=Borders(borders).countries,
    )


def _local(line):
    """A transformer to metres on an azimuthal projection centred on the line."""
    from pyproj import CRS, Transformer

    centre = line.centroid
    crs = CRS.from_proj4(f"+proj=aeqd +lat_0={centre.y} +lon_0={centre.x} +units=m")
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


def measure(feature: Mapping, reference: Reference) -> Truth:
    """One line against its reference, measured at points :data:`SAMPLE_M` apart along it."""
    import numpy as np
    import shapely
    from shapely.geometry import shape

    properties = feature["properties"]
    line = shape(feature["geometry"])
    transformer = _local(line)

    def to_metres(geometry):
        return shapely.transform(
            geometry,
            lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])),
        )

    line_m = to_metres(line)
    samples = shapely.points(shapely.get_coordinates(shapely.segmentize(line_m, SAMPLE_M)))
    reach = 0.5  # degrees: every reference part that can matter lies within this of the line
    ways = [
        to_metres(w) for w in reference.track.geometries.take(reference.track.query(line, "dwithin", reach))
    ]
    chain = reference.chains.get(properties["id"])
    listed = reference.listed.get(properties["id"])
    listed_m = to_metres(listed) if listed is not None else None
    off = _nearest_m(samples, [*ways, *([listed_m] if listed_m is not None else [])])
    sourced_off = _nearest_m(samples, [*ways, *([to_metres(chain)] if chain is not None else [])])
    on_track = _nearest_m(samples, ways)
    share_within = float(np.mean(off <= WITHIN_KM * 1000))
    max_off = float(np.max(off)) / 1000
    share_on_track = float(np.mean(on_track <= TRACK_KM * 1000))
    own = [reference.countries[c] for c in properties["countries"] if c in reference.countries]
    outside_km = 0.0
    if own:
        country_m = to_metres(shapely.union_all(own))
        shapely.prepare(country_m)
        outside = (shapely.distance(samples, country_m) > BORDER_TOLERANCE_KM * 1000) & (
            on_track > TRACK_KM * 1000
        )
        outside_km = round(float(np.sum(outside)) * line_m.length / len(samples) / 1000, 1)
    points = shapely.points([lonlat for _, _, lonlat in reference.stations])
    near = np.nonzero(shapely.distance(line, points) < 0.01)[0]
    strays = []
    for index in near.tolist():
        osm_id, name, lonlat = reference.stations[index]
        point_m = to_metres(shapely.Point(lonlat))
        if line_m.distance(point_m) > PASS_KM * 1000:
            continue
        # A station on the way between two listed stations, or on OSM track, is one the line may pass.
        if listed_m is not None and listed_m.distance(point_m) <= PASS_KM * 1000:
            continue
        if _nearest_m(np.array([point_m]), ways)[0] <= ON_TRACK_KM * 1000:
            continue
        strays.append(f"{name} (OSM node {osm_id})")
    return Truth(
        feature_id=properties["id"],
        status=properties["status"],
        confidence=str(properties.get("geometry_confidence", "")),
        length_km=line_m.length / 1000,
        share_within=share_within,
        max_off_km=max_off,
        sourced_share_within=float(np.mean(sourced_off <= WITHIN_KM * 1000)),
        sourced_max_off_km=float(np.max(sourced_off)) / 1000,
        sourced_stations=reference.counts.get(properties["id"], (0, 0)),
        share_on_track=share_on_track,
        outside_km=outside_km,
        strays=tuple(strays),
    )


def _nearest_m(points, geometries):
    """Each point's distance to the nearest of the geometries (infinite when there are none)."""
    import numpy as np
    import shapely

    if not geometries:
        return np.full(len(points), np.inf)
    tree = shapely.STRtree(geometries)
    (which, _), distances = tree.query_nearest(points, return_distance=True, all_matches=False)
    found = np.full(len(points), np.inf)
    found[which] = distances
    return found


def truth_table(results: Iterable[Truth]) -> str:
    rows = [
        "| rail line | status | drawn as | km | within 5 km | farthest km | stations a source names | "
        "within 5 km of sourced stations | farthest from them km | on OSM track | "
        "outside its countries km | stations passed off its way |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    rows += [
        f"| {t.feature_id} | {t.status} | {t.confidence} | {t.length_km:,.0f} | {t.share_within:.1%} | "
        f"{t.max_off_km:.1f} | {t.sourced_stations[0]} of {t.sourced_stations[1]} | "
        f"{t.sourced_share_within:.1%} | {t.sourced_max_off_km:.1f} | {t.share_on_track:.0%} | "
        f"{t.outside_km:g} | {', '.join(t.strays) or '-'} |"
        for t in results
    ]
    return "\n".join(rows)
