"""Which places the map names first: the corridor's cities, then capitals, then towns by size.

Natural Earth ranks places by population and fame, so on its own it names Omsk,
Samara and Rudny at the first view and leaves Baku, Almaty and Turkmenbashi
unnamed. What makes a city matter on this map is the corridor itself: a city
is a *corridor city* when a corridor point (a port or a gateway) or the end of
a corridor line (a rail line, a sea lane, a flight, the fibre or an energy
line) lies within :data:`CORRIDOR_CITY_KM` of it, and the capital of a country
the corridor crosses is one too. Nothing is listed by hand: a new port, line or
flight makes its city a corridor city.

A corridor city is named at every zoom, before country names and every other
city, unless a corridor point close by already carries its name ("Aktau" beside
the Aktau port): then a second "Aktau" would only crowd the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from corridor.georules import great_circle_km
from corridor.i18n import label_of, name_of
from corridor.layers import LayerData
from corridor.spelling import fold

# An airport or a port lies up to about 20 km from the centre Natural Earth gives its city
# (Baku's Heydar Aliyev airport: 18 km; Astana's: 17 km).
CORRIDOR_CITY_KM = 25.0

# Lower wins a place first. A city's Natural Earth rank (0 for the largest) is added to its tier.
LABEL_PRIORITY = {"route": -10, "corridor": 0, "corridor_city": 5, "country": 12, "capital": 20, "city": 30}


def _anchors_of(geometry: dict) -> list[Sequence[float]]:
    """A point itself, or both ends of each part of a line."""
    if geometry["type"] == "Point":
        return [geometry["coordinates"][:2]]
    parts = geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
    return [end[:2] for part in parts if part for end in (part[0], part[-1])]


def corridor_anchors(layers: Iterable[LayerData]) -> list[Sequence[float]]:
    """Every corridor point, and both ends of every part of every corridor line, as [lon, lat]."""
    return [
        anchor for data in layers for feature in data.features for anchor in _anchors_of(feature["geometry"])
    ]


def corridor_countries(places: LayerData, anchors: Sequence[Sequence[float]]) -> set[str]:
    """The countries (a city id's last part, ``city-baku-aze``) of the cities the corridor serves."""
    return {
        feature["properties"]["id"].rsplit("-", 1)[-1]
        for feature in places.features
        if feature["properties"]["kind"] == "city" and _near(feature["geometry"]["coordinates"], anchors)
    }


def _near(lonlat: Sequence[float], anchors: Sequence[Sequence[float]]) -> bool:
    return any(great_circle_km(lonlat, anchor) <= CORRIDOR_CITY_KM for anchor in anchors)


def corridor_city_ids(places: LayerData, points: Sequence[LayerData], lines: Sequence[LayerData]) -> set[str]:
    """The ids of the corridor's cities: near a corridor point or line end, or a capital of a corridor country.

    A town within :data:`CORRIDOR_CITY_KM` of a larger corridor city (Balykshy
    beside Atyrau) is left to it: the airport or port serves the larger one.
    """
    anchors = corridor_anchors([*points, *lines])
    countries = corridor_countries(places, anchors)
    found = []
    for feature in places.features:
        properties = feature["properties"]
        if properties["kind"] != "city":
            continue
        capital = properties.get("capital") and properties["id"].rsplit("-", 1)[-1] in countries
        if capital or _near(feature["geometry"]["coordinates"], anchors):
            found.append(feature)
    found.sort(key=lambda feature: (not feature["properties"].get("capital"), feature["properties"]["rank"]))
    chosen: list[dict] = []
    for feature in found:
        if not _near(
            feature["geometry"]["coordinates"], [city["geometry"]["coordinates"] for city in chosen]
        ):
            chosen.append(feature)
    return {feature["properties"]["id"] for feature in chosen}


def named_by_a_point(city: dict, points: Sequence[LayerData], language: str) -> bool:
    """Whether a corridor point close to the city already shows the city's name in its label."""
    name = fold(name_of(city["properties"], language))
    return any(
        name in fold(label_of(feature["properties"], language))
        and _near(city["geometry"]["coordinates"], _anchors_of(feature["geometry"]))
        for data in points
        for feature in data.features
    )
