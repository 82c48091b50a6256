"""Which places the map names first: the corridor's cities before peripheral towns (corridor.labelrank)."""

from __future__ import annotations

import dataclasses

import pytest

from corridor import labelrank, mapfeatures
from corridor.georules import great_circle_km
from corridor.layers import CORRIDOR_LAYERS

CORRIDOR_CITIES = {
    "city-baku-aze",
    "city-almaty-kaz",
    "city-tbilisi-geo",
    "city-astana-kaz",
    "city-tashkent-uzb",
    "city-kars-tur",
}
PERIPHERAL = {"city-rudny-kaz", "city-ekibastuz-kaz", "city-omsk-rus", "city-samara-rus", "city-mary-tkm"}


def layers(dataset, geometry):
    return [dataset.layers[layer.id] for layer in CORRIDOR_LAYERS if layer.geometry == geometry]


@pytest.fixture(scope="module")
def chosen(dataset):
    return labelrank.corridor_city_ids(
        dataset.layers["places"], layers(dataset, "point"), layers(dataset, "line")
    )


@pytest.fixture(scope="module")
def rows(dataset):
    places = dataset.layers["places"]
    return {
        language: mapfeatures.labels_document(
            places, layers(dataset, "point"), language, layers(dataset, "line")
        )
        for language in ("en", "ru")
    }


def test_capitals_and_the_cities_where_lines_ports_and_flights_end_are_corridor_cities(chosen):
    assert chosen >= CORRIDOR_CITIES
    assert not chosen & PERIPHERAL
    assert "city-hotan-chn" not in chosen


def test_a_town_beside_a_larger_corridor_city_is_left_to_it(chosen):
    assert "city-atyrau-kaz" in chosen
    assert "city-balykshy-kaz" not in chosen


def test_corridor_cities_are_named_at_every_zoom_before_countries_and_other_towns(rows):
    en = rows["en"]
    by_name = {row[2]: row for row in en if row[6] is None}
    for name in ("Baku", "Almaty", "Tbilisi", "Astana", "Tashkent", "Kars"):
        assert by_name[name][5] == 0, name
        assert by_name[name][4] < min(
            by_name[other][4] for other in ("Rudny", "Ekibastuz", "Omsk", "Samara", "Mary")
        )
        assert by_name[name][4] < by_name["Kazakhstan"][4]
    # Corridor points still come first.
    assert max(row[4] for row in en if row[6] is not None) < min(row[4] for row in en if row[6] is None)


def test_a_city_a_corridor_point_already_names_is_not_named_twice(rows):
    for language, names in (
        ("en", ("Aktau", "Turkmenbashi", "Poti")),
        ("ru", ("Актау", "Туркменбаши", "Поти")),
    ):
        texts = [row[2] for row in rows[language]]
        for name in names:
            assert texts.count(name) == 1, (language, name)
    # Baku's port is at Alat, 60 km away: the city keeps its own name.
    assert "Baku" in [row[2] for row in rows["en"] if row[6] is None]


def test_a_new_port_makes_its_town_a_corridor_city(dataset):
    places = dataset.layers["places"]
    (mary,) = [f for f in places.features if f["properties"]["id"] == "city-mary-tkm"]
    ports = dataset.layers["ports"]
    template = ports.features[0]
    port = {
        **template,
        "properties": {
            **template["properties"],
            "id": "port-mary",
            "name_en": "Mary dry port",
            "label_en": None,
        },
        "geometry": {"type": "Point", "coordinates": [mary["geometry"]["coordinates"][0] + 0.1, 37.6]},
    }
    more = dataclasses.replace(ports, features=(*ports.features, port))
    others = [layer for layer in layers(dataset, "point") if layer is not ports]
    assert "city-mary-tkm" in labelrank.corridor_city_ids(places, [*others, more], layers(dataset, "line"))


def test_a_corridor_citys_distance_is_along_the_earth():
    # Baku's centre to its airport, measured as the corridor-city rule measures it.
    assert great_circle_km([49.8603, 40.3972], [50.0467, 40.4675]) == pytest.approx(17.4, abs=0.5)


def test_a_route_names_its_ends_as_written_with_escaped_ids():
    drawing = mapfeatures.route_drawing(
        "a..b", [([[50.0, 40.0], [51.0, 41.0]], True)], [("port-<b>", (50.0, 40.0), {"en": "A & B"})]
    )
    assert drawing["ends"] == [[50.0, 40.0, {"en": "A & B"}, "port-&lt;b&gt;"]]
