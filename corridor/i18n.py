"""Interface words in English and Russian. Data carries its own names in both."""

from __future__ import annotations

LANGUAGES = ("en", "ru")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}

STATUS_LABELS = {
    "en": {"operating": "operating", "under construction": "under construction", "planned": "planned"},
    "ru": {"operating": "действует", "under construction": "строится", "planned": "планируется"},
}

KIND_LABELS = {
    "en": {
        "sea_port": "Sea port",
        "dry_port": "Dry port",
        "rail_border_station": "Rail border station",
        "rail_line": "Rail line",
        "sea_lane": "Sea link",
        "flight_route": "Flight route",
        "fibre_cable": "Fibre-optic cable",
        "country": "Country",
    },
    "ru": {
        "sea_port": "Морской порт",
        "dry_port": "Сухой порт",
        "rail_border_station": "Пограничная ж/д станция",
        "rail_line": "Железная дорога",
        "sea_lane": "Морская линия",
        "flight_route": "Авиамаршрут",
        "fibre_cable": "Волоконно-оптический кабель",
        "country": "Страна",
    },
}


def name_of(properties: dict, language: str) -> str:
    """A feature's name in the language, falling back to English."""
    return properties.get(f"name_{language}") or properties["name_en"]


def layer_title(layer, language: str) -> str:
    return layer.title_ru if language == "ru" else layer.title_en
