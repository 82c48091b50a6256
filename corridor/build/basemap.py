"""An offline basemap: Natural Earth country borders clipped to the region."""

from __future__ import annotations

from pathlib import Path

# lon/lat box wide enough to fill the map at the lowest zoom it allows.
REGION = (14.0, 22.0, 100.0, 66.0)
SIMPLIFY_DEGREES = 0.03
GRID_DEGREES = 0.001
ATLAS_FILE = "countries-50m.json"

RUSSIAN_NAMES = {
    "Afghanistan": "Афганистан",
    "Albania": "Албания",
    "Armenia": "Армения",
    "Austria": "Австрия",
    "Azerbaijan": "Азербайджан",
    "Bahrain": "Бахрейн",
    "Bangladesh": "Бангладеш",
    "Belarus": "Беларусь",
    "Bhutan": "Бутан",
    "Bosnia and Herz.": "Босния и Герцеговина",
    "Bulgaria": "Болгария",
    "Chad": "Чад",
    "China": "Китай",
    "Croatia": "Хорватия",
    "Cyprus": "Кипр",
    "Czechia": "Чехия",
    "Denmark": "Дания",
    "Egypt": "Египет",
    "Estonia": "Эстония",
    "Finland": "Финляндия",
    "Georgia": "Грузия",
    "Germany": "Германия",
    "Greece": "Греция",
    "Hungary": "Венгрия",
    "India": "Индия",
    "Iran": "Иран",
    "Iraq": "Ирак",
    "Israel": "Израиль",
    "Italy": "Италия",
    "Jordan": "Иордания",
    "Kazakhstan": "Казахстан",
    "Kosovo": "Косово",
    "Kuwait": "Кувейт",
    "Kyrgyzstan": "Киргизия",
    "Latvia": "Латвия",
    "Lebanon": "Ливан",
    "Libya": "Ливия",
    "Lithuania": "Литва",
    "Macedonia": "Северная Македония",
    "Malta": "Мальта",
    "Moldova": "Молдавия",
    "Mongolia": "Монголия",
    "Montenegro": "Черногория",
    "Myanmar": "Мьянма",
    "N. Cyprus": "Северный Кипр",
    "Nepal": "Непал",
    "Niger": "Нигер",
    "Norway": "Норвегия",
    "Oman": "Оман",
    "Pakistan": "Пакистан",
    "Palestine": "Палестина",
    "Poland": "Польша",
    "Qatar": "Катар",
    "Romania": "Румыния",
    "Russia": "Россия",
    "Saudi Arabia": "Саудовская Аравия",
    "Serbia": "Сербия",
    "Siachen Glacier": "Ледник Сиачен",
    "Slovakia": "Словакия",
    "Slovenia": "Словения",
    "Sudan": "Судан",
    "Sweden": "Швеция",
    "Syria": "Сирия",
    "Tajikistan": "Таджикистан",
    "Turkey": "Турция",
    "Turkmenistan": "Туркменистан",
    "Ukraine": "Украина",
    "United Arab Emirates": "Объединённые Арабские Эмираты",
    "Uzbekistan": "Узбекистан",
    "Åland": "Аландские острова",
}


def _countries(world_atlas_dir: Path):
    import geopandas
    import shapely
    from shapely.geometry import box

    frame = geopandas.read_file(world_atlas_dir / ATLAS_FILE, layer="countries")
    frame = frame.set_crs(4326, allow_override=True)
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    frame = frame[frame.intersects(box(*REGION))]
    return frame


def land_polygons(world_atlas_dir: Path):
    """All land in the region as one geometry, unsimplified, for on-water checks."""
    import shapely

    return shapely.union_all(_countries(world_atlas_dir).clip(REGION).geometry.values)


def build_borders(world_atlas_dir: Path) -> list[dict]:
    import shapely
    from shapely.geometry import mapping

    from corridor.geojson_io import round_geometry

    frame = _countries(world_atlas_dir).clip(REGION)
    frame["geometry"] = shapely.set_precision(
        frame.geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True).values, GRID_DEGREES
    )
    frame = frame[~frame.geometry.is_empty].sort_values("name")
    features = []
    for name, geometry, code in zip(frame["name"], frame.geometry, frame["id"], strict=True):
        slug = code if isinstance(code, str) and code.isdigit() else name.lower().replace(" ", "")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": f"country-{slug}".replace(".", ""),
                    "name_en": name,
                    "name_ru": RUSSIAN_NAMES.get(name, name),
                    "kind": "country",
                    "sources": ["natural-earth"],
                },
                "geometry": round_geometry(mapping(geometry), 3),
            }
        )
    return features
