"""What the corridor layers hold: names, statuses, descriptions and sources.

Geometry is not written here by hand. Ports carry coordinates taken from the
sources they cite; rail lines list the stations they pass, each located from
the GeoNames gazetteer; sea lanes come from ``searoute``; flight arcs from
``airportsdata`` and ``pyproj``.
"""

from __future__ import annotations

PORTS = (
    {
        "id": "port-aktau",
        "name_en": "Aktau sea port",
        "name_ru": "Морской порт Актау",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["KZ"],
        "lonlat": (51.20, 43.65),
        "location_note": "approximate: the cable landing point on the city side of the port",
        "description": (
            "Kazakhstan's main Caspian port, with oil, dry-cargo and grain berths. "
            "Ferries and container ships sail from here to Alat near Baku."
        ),
        "sources": ["telegeography", "astanatimes-2024-09-26", "report-interview-2025"],
    },
    {
        "id": "port-kuryk",
        "name_en": "Kuryk port",
        "name_ru": "Порт Курык",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["KZ"],
        "lonlat": (51.65, 43.20),
        "location_note": "approximate: Kuryk village, beside the ferry complex",
        "description": (
            "A ferry port on the Caspian shore about 70 km south of Aktau. Its ferry "
            "complex was commissioned at the end of 2016, and rail ferries link it with Alat."
        ),
        "sources": ["astanatimes-kuryk", "report-interview-2025"],
    },
    {
        "id": "port-baku-alat",
        "name_en": "Baku International Sea Trade Port (Alat)",
        "name_ru": "Бакинский международный морской торговый порт (Алят)",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["AZ"],
        "lonlat": (49.41, 39.95),
        "location_note": "within about 5 km",
        "description": (
            "Azerbaijan's main Caspian port. It moved from central Baku to Alat, some 65-70 km "
            "south of the city, and opened there on 14 May 2018."
        ),
        "sources": ["ady-2018-05-14", "intermodalnews-2021-04-29", "report-interview-2025"],
    },
    {
        "id": "port-poti",
        "name_en": "Poti sea port",
        "name_ru": "Морской порт Поти",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["GE"],
        "lonlat": (41.653, 42.155),
        "description": "A Georgian Black Sea port at the western end of the rail line from Tbilisi.",
        "sources": ["natural-earth-ports"],
    },
    {
        "id": "port-batumi",
        "name_en": "Batumi sea port",
        "name_ru": "Морской порт Батуми",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["GE"],
        "lonlat": (41.651, 41.649),
        "description": "A Georgian Black Sea port near the Turkish border, served by a branch from Samtredia.",
        "sources": ["natural-earth-ports"],
    },
    {
        "id": "gateway-khorgos",
        "name_en": "Khorgos Gateway dry port and International Centre for Boundary Cooperation",
        "name_ru": "Сухой порт «Хоргос — Восточные ворота» и МЦПС «Хоргос»",
        "kind": "dry_port",
        "status": "operating",
        "countries": ["KZ", "CN"],
        "lonlat": (80.4, 44.2),
        "location_note": "approximate: on the Kazakh side, about 15 km from Khorgas in China",
        "description": (
            "A dry port where containers move between Chinese and Kazakh gauge wagons, next to "
            "a cross-border trade zone shared with China. Azerbaijan's ambassador visited it in May 2025."
        ),
        "sources": ["public-gazetteers", "report-interview-2025"],
    },
    {
        "id": "gateway-altynkol",
        "name_en": "Altynkol rail border station",
        "name_ru": "Пограничная станция Алтынколь",
        "kind": "rail_border_station",
        "status": "operating",
        "countries": ["KZ", "CN"],
        "lonlat": (80.07, 44.17),
        "location_note": "approximate",
        "description": (
            "Kazakhstan's second rail crossing to China, at the end of the 293 km "
            "Zhetygen - Altynkol line opened in 2011-2013."
        ),
        "sources": ["public-gazetteers"],
    },
    {
        "id": "gateway-dostyk",
        "name_en": "Dostyk rail border station",
        "name_ru": "Пограничная станция Достык",
        "kind": "rail_border_station",
        "status": "operating",
        "countries": ["KZ", "CN"],
        "lonlat": (82.484, 45.252),
        "description": (
            "The oldest Kazakh rail crossing to China, facing Alashankou. Trains change "
            "gauge here between the 1435 mm and 1520 mm networks."
        ),
        "sources": ["public-gazetteers"],
    },
)

# Stations are GeoNames place names with their ISO country code. A few places
# GeoNames' cities1000 extract lacks are given in EXTRA_PLACES below.
RAIL_LINES = (
    {
        "id": "rail-kz-dostyk-saksaulskaya",
        "name_en": "Dostyk - Moyinty - Zhezkazgan - Saksaulskaya line",
        "name_ru": "Линия Достык — Мойынты — Жезказган — Саксаульская",
        "status": "operating",
        "countries": ["KZ"],
        "stations": [
            ("@gateway-dostyk", "KZ"),
            ("Aqtoghay", "KZ"),
            ("Sayaq", "KZ"),
            ("Moyynty", "KZ"),
            ("Aqadyr", "KZ"),
            ("Saken Seyfullin", "KZ"),
            ("Atasu", "KZ"),
            ("Zhezqazghan", "KZ"),
            ("Sekseuil", "KZ"),
        ],
        "description": (
            "The northern Kazakh branch of the corridor: from the Dostyk crossing west past "
            "Lake Balkhash to Zhezkazgan, then across the steppe to Saksaulskaya. The "
            "Zhezkazgan - Saksaulskaya section is part of the Trans-Kazakhstan line finished "
            "in 2014; a second track from Dostyk to Moyinty opened in September 2025."
        ),
        "sources": ["geonames", "wikipedia-titr", "qazinform-2025-09-30", "report-interview-2025"],
    },
    {
        "id": "rail-kz-altynkol-saksaulskaya",
        "name_en": "Altynkol - Almaty - Shymkent - Kyzylorda - Saksaulskaya line",
        "name_ru": "Линия Алтынколь — Алматы — Шымкент — Кызылорда — Саксаульская",
        "status": "operating",
        "countries": ["KZ"],
        "stations": [
            ("@gateway-altynkol", "KZ"),
            ("Kapshagay", "KZ"),
            ("Almaty", "KZ"),
            ("Shu", "KZ"),
            ("Merke", "KZ"),
            ("Lugovoy", "KZ"),
            ("Taraz", "KZ"),
            ("Turar Ryskulov", "KZ"),
            ("Shymkent", "KZ"),
            ("Arys", "KZ"),
            ("Turkestan", "KZ"),
            ("Shieli", "KZ"),
            ("Kyzylorda", "KZ"),
            ("Zhosaly", "KZ"),
            ("Ayteke Bi", "KZ"),
            ("Aral", "KZ"),
            ("Sekseuil", "KZ"),
        ],
        "description": (
            "The southern Kazakh branch: from the Khorgos/Altynkol crossing past Almaty, then "
            "west along the old Turkestan-Siberia and Orenburg-Tashkent lines to Saksaulskaya."
        ),
        "sources": ["geonames", "public-gazetteers", "wikipedia-titr"],
    },
    {
        "id": "rail-kz-saksaulskaya-aktau",
        "name_en": "Saksaulskaya - Shalkar - Beyneu - Aktau line",
        "name_ru": "Линия Саксаульская — Шалкар — Бейнеу — Актау",
        "status": "operating",
        "countries": ["KZ"],
        "stations": [
            ("Sekseuil", "KZ"),
            ("Shalqar", "KZ"),
            ("Beyneu", "KZ"),
            ("Sayotesh", "KZ"),
            ("Shetpe", "KZ"),
            ("@port-aktau", "KZ"),
        ],
        "description": (
            "The western trunk where both Kazakh branches meet and run to the Caspian. The "
            "Shalkar - Beyneu section opened in 2014 as part of the Trans-Kazakhstan line; "
            "Beyneu - Mangystau runs on to the port of Aktau."
        ),
        "sources": ["geonames", "wikipedia-titr"],
    },
    {
        "id": "rail-kz-aktau-kuryk",
        "name_en": "Aktau - Kuryk port line",
        "name_ru": "Линия Актау — порт Курык",
        "status": "operating",
        "countries": ["KZ"],
        "stations": [("@port-aktau", "KZ"), ("@port-kuryk", "KZ")],
        "description": "The short rail link that brings wagons to the Kuryk ferry complex.",
        "sources": ["astanatimes-kuryk"],
    },
    {
        "id": "rail-kz-aktobe-shalkar",
        "name_en": "Aktobe - Kandyagash - Shalkar line",
        "name_ru": "Линия Актобе — Кандыагаш — Шалкар",
        "status": "operating",
        "countries": ["KZ"],
        "stations": [("Aqtobe", "KZ"), ("Kandyagash", "KZ"), ("Shalqar", "KZ")],
        "description": (
            "Links Aktobe, home of the rail and beam plant, to the corridor trunk at Shalkar. "
            "Azerbaijan ordered a large batch of rails from the plant, and most of it had "
            "already been shipped by late 2025."
        ),
        "sources": ["geonames", "report-interview-2025"],
    },
    {
        "id": "rail-az-baku-georgia",
        "name_en": "Baku - Alat - Ganja - Georgian border line",
        "name_ru": "Линия Баку — Алят — Гянджа — граница Грузии",
        "status": "operating",
        "countries": ["AZ", "GE"],
        "stations": [
            ("Baku", "AZ"),
            ("Lokbatan", "AZ"),
            ("@port-baku-alat", "AZ"),
            ("Haciqabul", "AZ"),
            ("Kyurdarmir", "AZ"),
            ("Ujar", "AZ"),
            ("Yevlakh", "AZ"),
            ("Goranboy", "AZ"),
            ("Ganja", "AZ"),
            ("Shamkhor", "AZ"),
            ("Tovuz", "AZ"),
            ("Aghstafa", "AZ"),
            ("Saloglu", "AZ"),
            ("Gardabani", "GE"),
        ],
        "description": (
            "Azerbaijan's main line: from Baku south along the coast to the port at Alat, "
            "then west through Ganja to the Georgian border at Boyuk Kesik - Gardabani. "
            "Trains on the Baku - Tbilisi - Kars route use it."
        ),
        "sources": ["geonames", "ady-2018-05-14"],
    },
    {
        "id": "rail-ge-gardabani-poti",
        "name_en": "Gardabani - Tbilisi - Samtredia - Poti line",
        "name_ru": "Линия Гардабани — Тбилиси — Самтредиа — Поти",
        "status": "operating",
        "countries": ["GE"],
        "stations": [
            ("Gardabani", "GE"),
            ("Rust'avi", "GE"),
            ("Tbilisi", "GE"),
            ("Gori", "GE", "Shida Kartli"),
            ("Khashuri", "GE"),
            ("Zestap'oni", "GE"),
            ("Samtredia", "GE"),
            ("@port-poti", "GE"),
        ],
        "description": (
            "Georgia's east-west main line from the Azerbaijani border through Tbilisi "
            "to the Black Sea port of Poti."
        ),
        "sources": ["geonames", "natural-earth-ports"],
    },
    {
        "id": "rail-ge-samtredia-batumi",
        "name_en": "Samtredia - Kobuleti - Batumi line",
        "name_ru": "Линия Самтредиа — Кобулети — Батуми",
        "status": "operating",
        "countries": ["GE"],
        "stations": [("Samtredia", "GE"), ("Kobuleti", "GE"), ("@port-batumi", "GE")],
        "description": "The branch that leaves the main line at Samtredia for the port of Batumi.",
        "sources": ["geonames", "natural-earth-ports"],
    },
    {
        "id": "rail-btk",
        "name_en": "Baku - Tbilisi - Kars railway (Tbilisi - Akhalkalaki - Kars)",
        "name_ru": "Железная дорога Баку — Тбилиси — Карс (участок Тбилиси — Ахалкалаки — Карс)",
        "status": "operating",
        "countries": ["GE", "TR"],
        "stations": [
            ("Tbilisi", "GE"),
            ("Tsalka", "GE"),
            ("Akhalk'alak'i", "GE"),
            ("Zurzuna", "TR"),
            ("Arpacay", "TR"),
            ("Kars", "TR"),
        ],
        "description": (
            "Opened on 30 October 2017, it joins the Azerbaijani and Georgian network to "
            "Turkey's. Only about 105 km of it is new track, between Akhalkalaki and Kars; "
            "at Akhalkalaki trains change between 1520 mm and 1435 mm gauge. Shown here "
            "from Tbilisi; from Baku it runs on the Azerbaijani main line."
        ),
        "sources": ["geonames", "report-az-2017-10-30", "railway-technology-btk", "report-interview-2025"],
    },
    {
        "id": "rail-zangezur-horadiz-aghband",
        "name_en": "Zangezur corridor: Horadiz - Aghband",
        "name_ru": "Зангезурский коридор: Горадиз — Агбенд",
        "status": "planned",
        "status_note": "being built in stages",
        "countries": ["AZ"],
        "stations": [("Horadiz", "AZ"), ("Mincivan", "AZ"), ("Zangilan", "AZ")],
        "description": (
            "The Azerbaijani mainland section of the Zangezur corridor, from Horadiz along the "
            "Araz valley towards Aghband on the Armenian border."
        ),
        "sources": ["geonames", "caspiannews-2022", "report-interview-2025"],
    },
    {
        "id": "rail-zangezur-meghri-nakhchivan",
        "name_en": "Zangezur corridor: Meghri - Julfa - Nakhchivan - Sadarak",
        "name_ru": "Зангезурский коридор: Мегри — Джульфа — Нахчыван — Садарак",
        "status": "planned",
        "countries": ["AM", "AZ"],
        "stations": [
            ("Zangilan", "AZ"),
            ("Meghri", "AM"),
            ("Ordubad", "AZ"),
            ("Culfa", "AZ"),
            ("Nakhchivan", "AZ"),
            ("Sedarak", "AZ"),
        ],
        "description": (
            "The planned link across southern Armenia and along the Araz through Nakhchivan "
            "to the Turkish border. The Nakhchivan section is 188 km."
        ),
        "sources": ["geonames", "menafn-2025-11-26", "report-interview-2025"],
    },
    {
        "id": "rail-tr-kars-dilucu",
        "name_en": "Kars - Igdir - Dilucu railway",
        "name_ru": "Железная дорога Карс — Ыгдыр — Дилуджу",
        "status": "under construction",
        "status_note": "ground broken on 22 August 2025",
        "countries": ["TR"],
        "stations": [
            ("Kars", "TR"),
            ("Digor", "TR"),
            ("Tuzluca", "TR"),
            ("Igdir", "TR", "Igdir"),
            ("Aralik", "TR", "Igdir"),
            ("Sedarak", "AZ"),
        ],
        "description": (
            "Turkey's line towards Nakhchivan, which would carry the Zangezur corridor on "
            "to Kars and the Baku - Tbilisi - Kars railway."
        ),
        "sources": ["geonames", "menafn-2025-11-26"],
    },
)

# Places the GeoNames extract lacks, by name: (lon, lat, source id).
EXTRA_PLACES: dict[str, tuple[float, float, str]] = {}

SEA_LANES = (
    {
        "id": "sea-aktau-alat",
        "name_en": "Aktau - Alat ferry and container line",
        "name_ru": "Паромная и контейнерная линия Актау — Алят",
        "status": "operating",
        "countries": ["KZ", "AZ"],
        "ports": ("port-aktau", "port-baku-alat"),
        "description": "The main Caspian crossing of the corridor, between Kazakhstan's and Azerbaijan's largest ports.",
        "sources": ["searoute", "report-interview-2025"],
    },
    {
        "id": "sea-kuryk-alat",
        "name_en": "Kuryk - Alat ferry line",
        "name_ru": "Паромная линия Курык — Алят",
        "status": "operating",
        "countries": ["KZ", "AZ"],
        "ports": ("port-kuryk", "port-baku-alat"),
        "description": "Rail ferries carry whole wagons between Kuryk and Alat.",
        "sources": ["searoute", "astanatimes-kuryk", "report-interview-2025"],
    },
)

AIRLINES = ["AZAL", "Air Astana", "FlyArystan"]
AIRLINES_NOTE = (
    "The source names AZAL, Air Astana and FlyArystan as the airlines on these "
    "routes but does not say which airline flies which route."
)

FLIGHTS = (
    {
        "id": "flight-gyd-nqz",
        "name_en": "Baku - Astana",
        "name_ru": "Баку — Астана",
        "status": "operating",
        "iata": ("GYD", "NQZ"),
        "airlines": AIRLINES,
    },
    {
        "id": "flight-gyd-ala",
        "name_en": "Baku - Almaty",
        "name_ru": "Баку — Алматы",
        "status": "operating",
        "iata": ("GYD", "ALA"),
        "airlines": AIRLINES,
    },
    {
        "id": "flight-gyd-sco",
        "name_en": "Baku - Aktau",
        "name_ru": "Баку — Актау",
        "status": "operating",
        "iata": ("GYD", "SCO"),
        "airlines": AIRLINES,
    },
    {
        "id": "flight-guw-gyd",
        "name_en": "Atyrau - Baku",
        "name_ru": "Атырау — Баку",
        "status": "planned",
        "status_note": "under consideration by the national carriers",
        "iata": ("GUW", "GYD"),
    },
    {
        "id": "flight-cit-gyd",
        "name_en": "Shymkent - Baku",
        "name_ru": "Шымкент — Баку",
        "status": "planned",
        "status_note": "under consideration by the national carriers",
        "iata": ("CIT", "GYD"),
    },
    {
        "id": "flight-akx-gyd",
        "name_en": "Aktobe - Baku",
        "name_ru": "Актобе — Баку",
        "status": "planned",
        "status_note": "discussed by the ambassador with the akim of Aktobe in late 2025",
        "iata": ("AKX", "GYD"),
    },
)

FIBRE = {
    "id": "fibre-sumgayit-aktau",
    "name_en": "Trans-Caspian fibre-optic line (Digital Silk Way): Sumgayit - Aktau",
    "name_ru": "Транскаспийская волоконно-оптическая линия (Digital Silk Way): Сумгайыт — Актау",
    "kind": "fibre_cable",
    "status": "under construction",
    "status_note": "due to be completed by the end of 2026",
    "countries": ["AZ", "KZ"],
    "from": ("Sumqayit", "AZ"),
    "to": "@port-aktau",
    "description": (
        "A telecom cable on the Caspian seabed, built by AzerTelecom and Kazakhtelecom as a "
        "digital link between Europe and Asia. The surveyed seabed route is not published: "
        "the line drawn is the shortest path between its two landings."
    ),
    "sources": ["trend-2025-08-06", "digitalsilkway", "geonames", "report-interview-2025"],
}
