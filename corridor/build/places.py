"""Map labels: Natural Earth populated places and country names, by rank.

Natural Earth's names are from 2017 and some are old spellings or
transliterations from Kazakh ("Jezkazgan", "Kapchagay", "Алма-Ата"): the
corrections below make them agree with the names the corridor layers use.
"""

from __future__ import annotations

import json
from pathlib import Path

from corridor.build.basemap import DETAIL_REGION, REGION, RUSSIAN_NAMES, countries_frame

# Natural Earth name_en -> (English, Russian) as the corridor layers spell them.
CORRECTIONS = {
    "Almaty": ("Almaty", "Алматы"),
    "Jezkazgan": ("Zhezkazgan", "Жезказган"),
    "Kapchagay": ("Konaev", "Конаев"),
    "Ayagoz": ("Ayagoz", "Аягоз"),
    "Türkmenbaşy": ("Turkmenbashi", "Туркменбаши"),
    "Türkmenabat": ("Turkmenabat", "Туркменабат"),
    "Daşoguz": ("Dashoguz", "Дашогуз"),
    "Rudniy": ("Rudny", "Рудный"),
    "Ereymentau": ("Yereymentau", "Ерейментау"),
    "Balyqshy": ("Balykshy", "Балыкши"),
    "Kiev": ("Kyiv", "Киев"),
}
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


def _city(feature: dict) -> dict | None:
    properties = feature["properties"]
    if properties.get("featurecla") not in CITY_CLASSES or properties.get("min_zoom", 99) > MAX_MIN_ZOOM:
        return None
    name_en = properties.get("name_en") or properties["name"]
    name_ru = properties.get("name_ru") or name_en
    name_en, name_ru = CORRECTIONS.get(name_en, (name_en, name_ru))
    lon, lat = feature["geometry"]["coordinates"]
    in_corridor = properties.get("adm0_a3") in CORRIDOR_COUNTRIES
    west, south, east, north = DETAIL_REGION
    if not (west <= lon <= east and south <= lat <= north):
        return None
    return {
        "type": "Feature",
        "properties": {
            "id": f"city-{_slug(properties.get('name_ascii') or name_en)}-{properties.get('adm0_a3', 'x').lower()}",
            "name_en": name_en,
            "name_ru": name_ru,
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
                    "name_en": name,
                    "name_ru": RUSSIAN_NAMES.get(name, name),
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
    cities: dict[str, dict] = {}
    for feature in document["features"]:
        city = _city(feature)
        if city is not None:
            cities.setdefault(city["properties"]["id"], city)
    return _countries(world_atlas_dir) + list(cities.values())
