"""Geographic rules every layer must pass, checked against the detailed country borders.

- A port or gateway stands inside one of its own countries (or, for a port on
  the quay, within :data:`COAST_TOLERANCE_KM` of it, on no other country's side),
  and a sea port stands within :data:`QUAY_KM` of the coast, so that its sea
  lanes start at the water.
- A line starts and ends in (or within :data:`LINE_END_KM` of) one of its own
  countries: a flight's airports, a lane's ports. This also catches a line
  whose positions were written [lat, lon].
- A land line (a rail line, an oil pipeline) never runs over open water (but
  for the tunnel or bridge it declares, ``tunnel_km``), and
  stays inside its own countries: no more than :data:`BORDER_TOLERANCE_KM`
  outside them, the 1:10m borders' own error.
- A rail line drawn along track or through stations has no straight stretch
  longer than :data:`MAX_STRAIGHT_KM`; a schematic line says that it is one.

Like the contract, these rules never raise on bad data: each problem is
reported with the file and the feature, and the feature is left off the map.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence

from corridor.contract import Problem

# ISO 3166 numeric codes, as the Natural Earth borders carry them.
ISO_NUMERIC = {
    "AM": "051",
    "AZ": "031",
    "BG": "100",
    "CN": "156",
    "GE": "268",
    "HU": "348",
    "KG": "417",
    "KZ": "398",
    "RO": "642",
    "TM": "795",
    "TR": "792",
    "UA": "804",
    "UZ": "860",
}
# Baikonur is Kazakh territory leased to Russia; Natural Earth draws it apart.
EXTRA_PARTS = {"KZ": ("country-baikonur",)}

COAST_TOLERANCE_KM = 2.0
# The coast is the 1:10m one simplified to about 300 m, so a quay can sit a
# little inland of it.
QUAY_KM = 3.0
WATER_TOLERANCE_KM = 1.0
LINE_END_KM = 5.0
MAX_STRAIGHT_KM = 110.0
LAND_LINE_KINDS = ("rail_line", "oil_pipeline")
# The 1:10m borders are this far off in places: OpenStreetMap's Nakhchivan
# railway at Dəstə station, on the Azerbaijani bank of the Araz, lies 3.9 km
# inside Iran in them. (``corridor.build.coverage`` checks a line's stretches
# off surveyed track more closely, at build time.)
BORDER_TOLERANCE_KM = 4.5
EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = 111.2


def great_circle_km(a: Sequence[float], b: Sequence[float]) -> float:
    """Haversine distance; ample for a 110 km rule, and it needs no projection library."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def longest_straight_km(coordinates: Sequence[Sequence[float]]) -> tuple[float, Sequence[float]]:
    """The longest leg of a line, and where it starts."""
    return max(
        ((great_circle_km(a, b), a) for a, b in itertools.pairwise(coordinates)), default=(0.0, (0, 0))
    )


class Borders:
    """Country polygons by ISO code, and all land as one shape."""

    def __init__(self, features: Iterable[Mapping]):
        import shapely
        from shapely.geometry import shape

        by_id = {f["properties"]["id"]: shape(f["geometry"]) for f in features}
        self.countries = {}
        for code, number in ISO_NUMERIC.items():
            parts = [by_id[i] for i in (f"country-{number}", *EXTRA_PARTS.get(code, ())) if i in by_id]
            if parts:
                self.countries[code] = shapely.union_all(parts)
        self._allowed_by_codes: dict[tuple[str, ...], object] = {}
        self.land = shapely.union_all(list(by_id.values()))
        self.coast = self.land.boundary
        shapely.prepare(self.land)
        for polygon in self.countries.values():
            shapely.prepare(polygon)

    def country_at(self, lonlat: Sequence[float]) -> tuple[str | None, float]:
        """The corridor country nearest a point, and its distance in km (0 inside)."""
        from shapely.geometry import Point

        point = Point(lonlat)
        best: tuple[str | None, float] = (None, math.inf)
        for code, polygon in self.countries.items():
            distance = polygon.distance(point) * KM_PER_DEGREE
            if distance < best[1]:
                best = (code, distance)
        return best

    def km_from(self, codes: Iterable[str], lonlat: Sequence[float]) -> float | None:
        """How far a point lies from the nearest of some countries (0 inside); None if none is known."""
        from shapely.geometry import Point

        point = Point(lonlat)
        found = [self.countries[c].distance(point) * KM_PER_DEGREE for c in codes if c in self.countries]
        return min(found) if found else None

    def outside_km(self, codes: Iterable[str], coordinates: Sequence[Sequence[float]]) -> float:
        """How much of a line lies more than the tolerance outside the given countries (0 if one is unknown)."""
        from shapely.geometry import LineString

        codes = tuple(sorted(set(codes)))
        if not codes or any(c not in self.countries for c in codes):
            return 0.0
        line = LineString(coordinates)
        allowed = self._allowed(codes)
        if allowed.contains(line):
            return 0.0
        return line.difference(allowed).length * KM_PER_DEGREE

    def _allowed(self, codes: tuple[str, ...]):
        """Some countries with the borders' tolerance around them, made once for each set of countries."""
        import shapely

        if codes not in self._allowed_by_codes:
            allowed = shapely.union_all([self.countries[c] for c in codes]).buffer(
                BORDER_TOLERANCE_KM / KM_PER_DEGREE
            )
            shapely.prepare(allowed)
            self._allowed_by_codes[codes] = allowed
        return self._allowed_by_codes[codes]

    def water_stretch_km(
        self, coordinates: Sequence[Sequence[float]]
    ) -> tuple[float, Sequence[float] | None]:
        """How much of a line lies farther than the tolerance from land, and where it starts."""
        import shapely
        from shapely.geometry import LineString

        line = LineString(coordinates)
        off_land = line.difference(self.land)
        total = 0.0
        where = None
        for piece in shapely.get_parts(off_land):
            dense = shapely.segmentize(piece, 0.01)
            far = [
                p
                for p in dense.coords
                if self.land.distance(shapely.Point(p)) * KM_PER_DEGREE > WATER_TOLERANCE_KM
            ]
            if far:
                total += piece.length * KM_PER_DEGREE
                where = where or far[0]
        return total, where


def _point_problem(feature: Mapping, borders: Borders) -> str | None:
    properties = feature["properties"]
    own = [c for c in properties["countries"] if c in borders.countries]
    if not own:
        return None
    lonlat = feature["geometry"]["coordinates"]
    code, distance = borders.country_at(lonlat)
    if code not in own:
        return f"lies in or nearest to {code}, not in {', '.join(own)}"
    if distance > COAST_TOLERANCE_KM:
        return f"lies {distance:.1f} km outside {code}"
    if properties["kind"] == "sea_port":
        from shapely.geometry import Point

        inland = borders.coast.distance(Point(lonlat)) * KM_PER_DEGREE
        if inland > QUAY_KM:
            return f"a sea port {inland:.1f} km from the coast (more than {QUAY_KM:.0f} km)"
    return None


def _line_problems(feature: Mapping, borders: Borders) -> list[tuple[str, str]]:
    properties = feature["properties"]
    coordinates = feature["geometry"]["coordinates"]
    lines = coordinates if feature["geometry"]["type"] == "MultiLineString" else [coordinates]
    found = []
    for line in lines:
        for end in (line[0], line[-1]):
            distance = borders.km_from(properties["countries"], end)
            if distance is not None and distance > LINE_END_KM:
                found.append(
                    (
                        "geometry",
                        f"ends at {end[1]:.3f} N {end[0]:.3f} E, {distance:.0f} km from its countries "
                        f"({', '.join(properties['countries'])})",
                    )
                )
    if properties["kind"] in LAND_LINE_KINDS:
        for line in lines:
            water, where = borders.water_stretch_km(line)
            tunnel = properties.get("tunnel_km", 0)
            if where is not None and water > tunnel:
                found.append(
                    ("geometry", f"runs {water:.1f} km over water, from {where[1]:.3f} N {where[0]:.3f} E")
                )
            outside = borders.outside_km(properties["countries"], line)
            if outside > 0:
                found.append(
                    (
                        "geometry",
                        f"runs {outside:.1f} km outside its countries ({', '.join(properties['countries'])}), "
                        f"more than {BORDER_TOLERANCE_KM:g} km beyond their borders",
                    )
                )
            if properties.get("geometry_confidence") != "schematic":
                longest, start = longest_straight_km(line)
                if longest > MAX_STRAIGHT_KM:
                    found.append(
                        (
                            "geometry",
                            f"has a straight stretch of {longest:.0f} km (over {MAX_STRAIGHT_KM:.0f}) "
                            f"from {start[1]:.3f} N {start[0]:.3f} E",
                        )
                    )
    return found


def geographic_problems(file: str, features: Iterable[Mapping], borders: Borders) -> list[Problem]:
    """Every geographic problem in a layer's (contract-valid) features."""
    problems = []
    for feature in features:
        fid = feature["properties"]["id"]
        if feature["geometry"]["type"] == "Point":
            message = _point_problem(feature, borders)
            if message:
                problems.append(Problem.about(file, fid, "geometry.coordinates", message))
        else:
            problems.extend(
                Problem.about(file, fid, field, message)
                for field, message in _line_problems(feature, borders)
            )
    return problems
