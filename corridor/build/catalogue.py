"""What the corridor layers hold: names, statuses, descriptions and sources.

Geometry is not written here by hand. Ports and gateways carry the coordinates
of the public record they cite (an OpenStreetMap node, Natural Earth, GeoNames
or Wikipedia), named by ``location_source``. Rail lines list waypoints: OSM
stations by node id, ports, or GeoNames places; the builder finds every OSM
station between two OSM waypoints and follows OSM track where there is some.
Sea lanes come from ``searoute``; flight arcs from ``airportsdata`` and ``pyproj``.
"""

from __future__ import annotations


def osm(node: int, name_en: str, name_ru: str) -> dict:
    """A waypoint at an OpenStreetMap railway station, by node id."""
    return {"osm": node, "name_en": name_en, "name_ru": name_ru}


def point(lonlat: tuple[float, float], name_en: str, name_ru: str) -> dict:
    """A waypoint at coordinates that the line's sources give."""
    return {"lonlat": lonlat, "name_en": name_en, "name_ru": name_ru}


# The western end of the Horadiz - Aghband track that OSM maps as under
# construction, on the Araz at the Armenian border (a test checks it is a
# vertex of the OSM extract).
AGHBAND = point((46.55168, 38.88376), "Aghband", "Агбенд")
# The Bakhty crossing, 46°41' N 82°48' E by the China.org.cn page cited.
BAKHTY = point((82.8, 46.6833), "Bakhty", "Бахты")


def place(name: str, country: str, name_en: str, name_ru: str, admin1: str | None = None) -> dict:
    """A waypoint at a GeoNames place (cities1000), for lines OSM has no stations for."""
    return {"geonames": (name, country, admin1), "name_en": name_en, "name_ru": name_ru}


PORTS = (
    {
        "id": "port-aktau",
        "name_en": "Aktau sea port",
        "name_ru": "Морской порт Актау",
        "label_en": "Aktau",
        "label_ru": "Актау",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["KZ"],
        "lonlat": (51.22256, 43.59956),
        "location_source": "osm-node-7066248958",
        "location_note": "the port's railway station, on the quay",
        "description": (
            "Kazakhstan's main Caspian port, with oil, dry-cargo and grain berths. "
            "Ferries and container ships sail from here to Alat near Baku."
        ),
        "sources": ["osm-node-7066248958", "astanatimes-2024-09-26", "report-interview-2025"],
    },
    {
        "id": "port-kuryk",
        "name_en": "Kuryk port",
        "name_ru": "Порт Курык",
        "label_en": "Kuryk",
        "label_ru": "Курык",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["KZ"],
        "lonlat": (51.44161, 43.16477),
        "location_source": "osm-node-11910129790",
        "location_note": "the port's railway station, beside the ferry berths",
        "description": (
            "A ferry port on the Caspian shore some 70 km south-east of Aktau. Its ferry "
            "complex was commissioned at the end of 2016, and rail ferries link it with Alat."
        ),
        "sources": ["osm-node-11910129790", "astanatimes-kuryk", "report-interview-2025"],
    },
    {
        "id": "port-baku-alat",
        "name_en": "Baku International Sea Trade Port (Alat)",
        "name_ru": "Бакинский международный морской торговый порт (Алят)",
        "label_en": "Alat (Port of Baku)",
        "label_ru": "Алят (Бакинский порт)",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["AZ"],
        "lonlat": (49.40456, 39.94915),
        "location_source": "osm-node-11339217853",
        "location_note": "the New Alat railway depot at the port",
        "description": (
            "Azerbaijan's main Caspian port. It moved from central Baku to Alat, some 65-70 km "
            "south of the city, and opened there on 14 May 2018."
        ),
        "sources": [
            "osm-node-11339217853",
            "ady-2018-05-14",
            "intermodalnews-2021-04-29",
            "report-interview-2025",
        ],
    },
    {
        "id": "port-turkmenbashi",
        "name_en": "Turkmenbashi International Sea Port",
        "name_ru": "Туркменбашийский международный морской порт",
        "label_en": "Turkmenbashi",
        "label_ru": "Туркменбаши",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["TM"],
        "lonlat": (53.0333, 40.0),
        "location_source": "wikipedia-turkmenbashi-port",
        "location_note": "40°0' N 53°2' E, as the encyclopaedia gives it: to the nearest minute",
        "description": (
            "Turkmenistan's Caspian port, rebuilt as an international sea port that opened on "
            "2 May 2018. Ferries link it with Alat, an alternative crossing to the Kazakh ports."
        ),
        "sources": ["wikipedia-turkmenbashi-port", "turkmenistan-gov-2018-05-02", "trend-2019-04-11"],
    },
    {
        "id": "port-poti",
        "name_en": "Poti sea port",
        "name_ru": "Морской порт Поти",
        "label_en": "Poti",
        "label_ru": "Поти",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["GE"],
        "lonlat": (41.65283, 42.155),
        "location_source": "natural-earth-ports",
        "description": "A Georgian Black Sea port at the western end of the rail line from Tbilisi.",
        "sources": ["natural-earth-ports"],
    },
    {
        "id": "port-batumi",
        "name_en": "Batumi sea port",
        "name_ru": "Морской порт Батуми",
        "label_en": "Batumi",
        "label_ru": "Батуми",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["GE"],
        "lonlat": (41.65053, 41.64889),
        "location_source": "natural-earth-ports",
        "description": "A Georgian Black Sea port near the Turkish border, served by a branch from Samtredia.",
        "sources": ["natural-earth-ports"],
    },
    {
        "id": "port-anaklia",
        "name_en": "Anaklia deep-sea port (planned)",
        "name_ru": "Глубоководный порт Анаклия (планируется)",
        "label_en": "Anaklia",
        "label_ru": "Анаклия",
        "kind": "sea_port",
        "status": "planned",
        "countries": ["GE"],
        "lonlat": (41.569, 42.394),
        "location_source": "wikipedia-anaklia",
        "location_note": "Anaklia village; the port's footprint is not yet fixed",
        "description": (
            "A deep-water port planned on Georgia's Black Sea coast north of Poti, able to take "
            "larger ships than the existing Georgian ports."
        ),
        "sources": ["wikipedia-anaklia"],
    },
    {
        "id": "port-constanta",
        "name_en": "Port of Constanța",
        "name_ru": "Порт Констанца",
        "label_en": "Constanța",
        "label_ru": "Констанца",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["RO"],
        "lonlat": (28.63432, 44.18073),
        "location_source": "geonames-constanta",
        "location_note": "Constanța city; the port lies along its shore, within 5 km",
        "description": (
            "Romania's Black Sea port, where corridor containers shipped from Georgia "
            "enter the European Union."
        ),
        "sources": ["geonames-constanta", "informare-2022-05-25"],
    },
    {
        "id": "gateway-khorgos",
        "name_en": "Altynkol border station and the Khorgos Gateway dry port",
        "name_ru": "Погранстанция Алтынколь и сухой порт «Хоргос — Восточные ворота»",
        "label_en": "Altynkol / Khorgos Gateway",
        "label_ru": "Алтынколь / Хоргос",
        "kind": "dry_port",
        "status": "operating",
        "countries": ["KZ"],
        "lonlat": (80.29542, 44.16491),
        "location_source": "osm-node-4046956026",
        "location_note": "Altynkol station, where the dry port lies",
        "description": (
            "Kazakhstan's second rail crossing to China, at the end of the 293 km "
            "Zhetygen - Altynkol line opened in 2011-2013. Beside the station the Khorgos "
            "Gateway dry port moves containers between Chinese and Kazakh gauge wagons. "
            "Azerbaijan's ambassador visited the nearby Khorgos International Centre for "
            "Boundary Cooperation in May 2025."
        ),
        "sources": ["osm-node-4046956026", "cfts-khorgos-2017", "report-interview-2025"],
    },
    {
        "id": "gateway-dostyk",
        "name_en": "Dostyk rail border station",
        "name_ru": "Пограничная станция Достык",
        "label_en": "Dostyk",
        "label_ru": "Достык",
        "kind": "rail_border_station",
        "status": "operating",
        "countries": ["KZ"],
        "lonlat": (82.48665, 45.25286),
        "location_source": "osm-node-4025083258",
        "description": (
            "The oldest Kazakh rail crossing to China, facing Alashankou. Trains change "
            "gauge here between the 1435 mm and 1520 mm networks."
        ),
        "sources": ["osm-node-4025083258"],
    },
)

# Waypoints are OSM node ids of railway stations (rail_stations.geojson). The
# builder adds every OSM station between two of them. "schematic" lines are
# drawn straight between the places the sources name.
RAIL_LINES = (
    {
        "id": "rail-kz-dostyk-saksaulskaya",
        "name_en": "Dostyk - Moyinty - Zhezkazgan - Saksaulskaya line",
        "name_ru": "Линия Достык — Мойынты — Жезказган — Саксаульская",
        "status": "operating",
        "countries": ["KZ"],
        "route": [
            osm(4025083258, "Dostyk", "Достык"),
            osm(4020137341, "Aktogay", "Актогай"),
            osm(2614557959, "Sayak", "Саяк"),
            osm(1843860384, "Moyinty", "Мойынты"),
            osm(922818608, "Zhezkazgan", "Жезказган"),
            osm(2404537552, "Saksaulskaya", "Саксаульская"),
        ],
        "description": (
            "The northern Kazakh branch of the corridor: from the Dostyk crossing west past "
            "Lake Balkhash to Zhezkazgan, then across the steppe to Saksaulskaya. The "
            "Zhezkazgan - Saksaulskaya section is part of the Trans-Kazakhstan line finished "
            "in 2014; a second track from Dostyk to Moyinty opened in September 2025."
        ),
        "sources": ["osm-railways", "wikipedia-titr", "qazinform-2025-09-30", "report-interview-2025"],
    },
    {
        "id": "rail-kz-altynkol-saksaulskaya",
        "name_en": "Altynkol - Almaty - Shymkent - Kyzylorda - Saksaulskaya line",
        "name_ru": "Линия Алтынколь — Алматы — Шымкент — Кызылорда — Саксаульская",
        "status": "operating",
        "countries": ["KZ"],
        "route": [
            osm(4046956026, "Altynkol", "Алтынколь"),
            osm(2406190344, "Zhetygen", "Жетыген"),
            osm(260543817, "Almaty-1", "Алматы-1"),
            osm(4032336053, "Shu", "Шу"),
            osm(4030109523, "Kulan", "Кулан"),
            osm(4057490819, "Taraz", "Тараз"),
            osm(2753413127, "Shymkent", "Шымкент"),
            osm(4021927562, "Arys", "Арыс"),
            osm(1326669039, "Turkestan", "Туркестан"),
            osm(4029732481, "Kyzylorda", "Кызылорда"),
            osm(2404537552, "Saksaulskaya", "Саксаульская"),
        ],
        "description": (
            "The southern Kazakh branch: from the Khorgos/Altynkol crossing to the Zhetygen "
            "junction and Almaty, then west along the old Turkestan-Siberia and "
            "Orenburg-Tashkent lines to Saksaulskaya."
        ),
        "sources": ["osm-railways", "wikipedia-titr"],
    },
    {
        "id": "rail-kz-saksaulskaya-aktau",
        "name_en": "Saksaulskaya - Shalkar - Beyneu - Aktau line",
        "name_ru": "Линия Саксаульская — Шалкар — Бейнеу — Актау",
        "status": "operating",
        "countries": ["KZ"],
        "route": [
            osm(2404537552, "Saksaulskaya", "Саксаульская"),
            osm(4032336057, "Shalkar", "Шалкар"),
            osm(4064729697, "Beyneu", "Бейнеу"),
            osm(4034464670, "Mangystau", "Мангистау"),
            osm(7066248958, "Aktau port", "Актау-порт"),
        ],
        "description": (
            "The western trunk where both Kazakh branches meet and run to the Caspian. The "
            "Shalkar - Beyneu section opened in 2014 as part of the Trans-Kazakhstan line; "
            "Beyneu - Mangystau runs on to the port of Aktau."
        ),
        "sources": ["osm-railways", "wikipedia-titr"],
    },
    {
        "id": "rail-kz-mangystau-kuryk",
        "name_en": "Mangystau - Borzhakty - Kuryk port line",
        "name_ru": "Линия Мангистау — Боржакты — порт Курык",
        "status": "operating",
        "countries": ["KZ"],
        "route": [
            osm(4034464670, "Mangystau", "Мангистау"),
            osm(4072423867, "Borzhakty", "Боржакты"),
            osm(7066119030, "Ersai", "Ерсай"),
            osm(11910129790, "Kuryk port", "Курык-порт"),
        ],
        "description": (
            "The branch that brings wagons from the Mangystau junction, inland of Aktau, "
            "south-east to Borzhakty and down to the Kuryk ferry port."
        ),
        "sources": ["osm-railways", "astanatimes-kuryk"],
    },
    {
        "id": "rail-kz-aktobe-shalkar",
        "name_en": "Aktobe - Kandyagash - Shalkar line",
        "name_ru": "Линия Актобе — Кандыагаш — Шалкар",
        "status": "operating",
        "countries": ["KZ"],
        "route": [
            osm(4020137340, "Aktobe-1", "Актобе-1"),
            osm(8977338207, "Kandyagash", "Кандыагаш"),
            osm(4032336057, "Shalkar", "Шалкар"),
        ],
        "description": (
            "Links Aktobe, home of the rail and beam plant, to the corridor trunk at Shalkar. "
            "Azerbaijan ordered a large batch of rails from the plant, and most of it had "
            "already been shipped by late 2025."
        ),
        "sources": ["osm-railways", "report-interview-2025"],
    },
    {
        "id": "rail-kz-bakhty-ayagoz",
        "name_en": "Bakhty - Ayagoz line (third crossing to China)",
        "name_ru": "Линия Бахты — Аягоз (третий переход в Китай)",
        "status": "under construction",
        "status_note": "built 2025-2027, as its builder plans",
        "countries": ["KZ"],
        "schematic": True,
        "route": [
            osm(242938858, "Ayagoz", "Аягоз"),
            place("Urzhar", "KZ", "Urzhar", "Урджар"),
            BAKHTY,
        ],
        "description": (
            "A new line from Ayagoz on the Turkestan-Siberia railway to Bakhty on the Chinese "
            "border, the third Kazakh rail crossing to China. Its route is not published in "
            "detail: it is drawn through Urzhar, one of the places where the builders' camps stand."
        ),
        "sources": [
            "trend-2025-09-17",
            "tenqri-bakhty-ayagoz",
            "china-org-bakhty",
            "osm-railways",
            "geonames",
        ],
    },
    {
        "id": "rail-kz-darbaza-maktaaral",
        "name_en": "Darbaza - Maktaaral line",
        "name_ru": "Линия Дарбаза — Мактаарал",
        "status": "under construction",
        "status_note": "built 2024-2026, as its builder plans",
        "countries": ["KZ"],
        "schematic": True,
        "route": [
            osm(4046956030, "Darbaza", "Дарбаза"),
            place("Myrzakent", "KZ", "Maktaaral (Myrzakent)", "Мактаарал (Мырзакент)"),
        ],
        "description": (
            "A 152 km line in the Turkestan region that gives the cotton districts on the "
            "Uzbek border a direct link to the Kazakh network, with a new crossing to "
            "Uzbekistan, and takes load off Saryagash station. Its route is not published "
            "in detail: it is drawn straight between its two ends."
        ),
        "sources": ["trend-2025-09-17", "turanews-darbaza-maktaaral", "osm-railways", "geonames"],
    },
    {
        "id": "rail-az-baku-georgia",
        "name_en": "Baku - Alat - Ganja - Georgian border line",
        "name_ru": "Линия Баку — Алят — Гянджа — граница Грузии",
        "status": "operating",
        "countries": ["AZ", "GE"],
        "route": [
            osm(3950438053, "Baku", "Баку"),
            osm(3079878190, "Alat", "Алят"),
            osm(3072419334, "Ganja", "Гянджа"),
            osm(2857851598, "Boyuk Kesik", "Беюк-Кесик"),
            osm(184610043, "Gardabani", "Гардабани"),
        ],
        "description": (
            "Azerbaijan's main line: from Baku south along the coast to Alat, by the port, "
            "then west through Ganja to the Georgian border at Boyuk Kesik - Gardabani. "
            "Trains on the Baku - Tbilisi - Kars route use it."
        ),
        "sources": ["osm-railways", "ady-2018-05-14"],
    },
    {
        "id": "rail-ge-gardabani-poti",
        "name_en": "Gardabani - Tbilisi - Samtredia - Poti line",
        "name_ru": "Линия Гардабани — Тбилиси — Самтредиа — Поти",
        "status": "operating",
        "countries": ["GE"],
        "route": [
            osm(184610043, "Gardabani", "Гардабани"),
            osm(3709944425, "Rustavi", "Рустави"),
            osm(3072368499, "Tbilisi", "Тбилиси"),
            osm(8184042614, "Gori", "Гори"),
            osm(10776367478, "Khashuri", "Хашури"),
            osm(288626049, "Zestaponi", "Зестафони"),
            osm(10056291746, "Samtredia", "Самтредиа"),
            osm(3065946736, "Poti", "Поти"),
        ],
        "description": (
            "Georgia's east-west main line from the Azerbaijani border through Tbilisi "
            "to the Black Sea port of Poti."
        ),
        "sources": ["osm-railways", "natural-earth-ports"],
    },
    {
        "id": "rail-ge-samtredia-batumi",
        "name_en": "Samtredia - Kobuleti - Batumi line",
        "name_ru": "Линия Самтредиа — Кобулети — Батуми",
        "status": "operating",
        "countries": ["GE"],
        "route": [
            osm(10056291746, "Samtredia", "Самтредиа"),
            osm(10056291747, "Kobuleti", "Кобулети"),
            osm(6199471015, "Batumi", "Батуми"),
        ],
        "description": "The branch that leaves the main line at Samtredia for the port of Batumi.",
        "sources": ["osm-railways", "natural-earth-ports"],
    },
    {
        "id": "rail-btk",
        "name_en": "Baku - Tbilisi - Kars railway (Tbilisi - Akhalkalaki - Kars)",
        "name_ru": "Железная дорога Баку — Тбилиси — Карс (участок Тбилиси — Ахалкалаки — Карс)",
        "status": "operating",
        "countries": ["GE", "TR"],
        "route": [
            osm(3072368499, "Tbilisi", "Тбилиси"),
            osm(10781805793, "Marabda", "Марабда"),
            osm(7996564301, "Tetritskaro", "Тетрицкаро"),
            place("Tsalka", "GE", "Tsalka", "Цалка"),
            place("Akhalk'alak'i", "GE", "Akhalkalaki", "Ахалкалаки"),
            osm(13249471534, "Kartsakhi", "Карцахи"),
            osm(2005962642, "Kars", "Карс"),
        ],
        "description": (
            "Opened on 30 October 2017, it joins the Azerbaijani and Georgian network to "
            "Turkey's. Only about 105 km of it is new track, between Akhalkalaki and Kars; "
            "at Akhalkalaki trains change between 1520 mm and 1435 mm gauge. Shown here "
            "from Tbilisi; from Baku it runs on the Azerbaijani main line. OpenStreetMap "
            "has no stations between Tetritskaro and Kartsakhi, so there the line is drawn "
            "through the towns of Tsalka and Akhalkalaki."
        ),
        "sources": [
            "osm-railways",
            "geonames",
            "report-az-2017-10-30",
            "railway-technology-btk",
            "report-interview-2025",
        ],
    },
    {
        "id": "rail-zangezur-horadiz-aghband",
        "name_en": "Zangezur corridor: Horadiz - Aghband",
        "name_ru": "Зангезурский коридор: Горадиз — Агбенд",
        "status": "under construction",
        "status_note": "being built in stages",
        "countries": ["AZ"],
        "route": [
            osm(3078736354, "Horadiz", "Горадиз"),
            AGHBAND,
        ],
        "description": (
            "The Azerbaijani mainland section of the Zangezur corridor, from Horadiz along the "
            "Araz valley to Aghband on the Armenian border, drawn along the track OpenStreetMap "
            "maps as under construction."
        ),
        "sources": [
            "osm-railways",
            "caspiannews-2022",
            "trend-2025-10-13",
            "menafn-2025-11-26",
            "report-interview-2025",
        ],
    },
    {
        "id": "rail-zangezur-meghri-nakhchivan",
        "name_en": "Zangezur corridor: Meghri - Julfa - Nakhchivan - Sadarak",
        "name_ru": "Зангезурский коридор: Мегри — Джульфа — Нахчыван — Садарак",
        "status": "planned",
        "countries": ["AM", "AZ"],
        "route": [
            AGHBAND,
            place("Meghri", "AM", "Meghri", "Мегри"),
            osm(3963704035, "Salamalik", "Саламалик"),
            osm(3082835805, "Ordubad", "Ордубад"),
            osm(235460157, "Julfa", "Джульфа"),
            osm(8631252675, "Nakhchivan", "Нахчыван"),
            osm(3963722257, "Sadarak", "Садарак"),
        ],
        "description": (
            "The planned link along the Araz across southern Armenia past Meghri, then along "
            "the existing Nakhchivan railway to the Turkish border. The Nakhchivan section is "
            "188 km. The Armenian stretch has no published alignment and is drawn straight."
        ),
        "sources": ["osm-railways", "geonames", "menafn-2025-11-26", "report-interview-2025"],
    },
    {
        "id": "rail-tr-kars-dilucu",
        "name_en": "Kars - Igdir - Dilucu railway",
        "name_ru": "Железная дорога Карс — Ыгдыр — Дилуджу",
        "status": "under construction",
        "status_note": "ground broken on 22 August 2025",
        "countries": ["TR", "AZ"],
        "schematic": True,
        "route": [
            osm(2005962642, "Kars", "Карс"),
            place("Digor", "TR", "Digor", "Дигор"),
            place("Tuzluca", "TR", "Tuzluca", "Тузлуджа"),
            place("Igdir", "TR", "Igdir", "Ыгдыр", "Igdir"),
            place("Aralik", "TR", "Aralik", "Аралык", "Igdir"),
            osm(3963722257, "Sadarak", "Садарак"),
        ],
        "description": (
            "Turkey's line towards Nakhchivan, which would carry the Zangezur corridor on "
            "to Kars and the Baku - Tbilisi - Kars railway. Its alignment is not published: "
            "it is drawn through the towns where its stations are to be."
        ),
        "sources": ["osm-railways", "geonames", "menafn-2025-08-22", "report-2026-03-05"],
    },
)

# Track gauge in millimetres: 1,520 mm on the networks of the former Soviet
# Union, 1,435 mm in Turkey (and China, beyond the Kazakh gateways). BTK
# changes gauge at Akhalkalaki, one of its waypoints, as its sources say.
GAUGE_MM = {line["id"]: 1520 for line in RAIL_LINES} | {"rail-tr-kars-dilucu": 1435}
GAUGE_CHANGES = {"rail-btk": {"at": "Akhalkalaki", "at_ru": "Ахалкалаки", "gauge_mm": 1435}}


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
    {
        "id": "sea-turkmenbashi-alat",
        "name_en": "Turkmenbashi - Alat ferry line",
        "name_ru": "Паромная линия Туркменбаши — Алят",
        "status": "operating",
        "countries": ["TM", "AZ"],
        "ports": ("port-turkmenbashi", "port-baku-alat"),
        "description": (
            "The southern Caspian crossing, between Turkmenistan's port and Alat, used by "
            "freight from Central Asia that does not pass through Kazakhstan."
        ),
        "sources": ["searoute", "trend-2019-04-11"],
    },
    {
        "id": "sea-poti-constanta",
        "name_en": "Poti - Constanța container line (Black Sea)",
        "name_ru": "Контейнерная линия Поти — Констанца (Чёрное море)",
        "status": "operating",
        "countries": ["GE", "RO"],
        "ports": ("port-poti", "port-constanta"),
        "description": (
            "The corridor's onward link across the Black Sea: a feeder container service "
            "between the Georgian ports and Constanța, started in 2022 with a ship of the "
            "Azerbaijan Caspian Shipping Company."
        ),
        "sources": ["searoute", "informare-2022-05-25", "middlecorridor-2019-08-20"],
    },
)

ENERGY_LINKS = (
    {
        "id": "energy-caspian-green-corridor",
        "name_en": "Green energy link Uzbekistan - Kazakhstan - Azerbaijan (planned)",
        "name_ru": "Зелёный энергокоридор Узбекистан — Казахстан — Азербайджан (планируется)",
        "kind": "power_link",
        "status": "planned",
        "status_note": "agreement signed at COP29 in Baku in November 2024",
        "countries": ["UZ", "KZ", "AZ"],
        "route": [("Tashkent", "UZ"), ("Aktau", "KZ", "Mangghystau"), ("Baku", "AZ")],
        "description": (
            "A strategic partnership of the three countries to generate green electricity and "
            "send it from Central Asia across the Caspian to Europe; a feasibility study for a "
            "high-voltage cable on the Caspian seabed began in 2024. "
            "No route has been published: the line is schematic and only joins the three "
            "countries through Tashkent, Aktau and Baku."
        ),
        "sources": ["report-interview-2025", "trend-2024-05-10", "geonames"],
    },
)
# The source names the airlines on the three operating routes together and does
# not say which airline flies which route, so no airline is tied to a route.
AIRLINES_NOTE = (
    "The source names AZAL, Air Astana and FlyArystan as the airlines on the three "
    "operating routes between the two countries, but does not say which flies which route."
)
UNDER_CONSIDERATION = "under consideration, as the source puts it"

FLIGHTS = (
    {
        "id": "flight-gyd-nqz",
        "name_en": "Baku - Astana",
        "name_ru": "Баку — Астана",
        "status": "operating",
        "iata": ("GYD", "NQZ"),
    },
    {
        "id": "flight-gyd-ala",
        "name_en": "Baku - Almaty",
        "name_ru": "Баку — Алматы",
        "status": "operating",
        "iata": ("GYD", "ALA"),
    },
    {
        "id": "flight-gyd-sco",
        "name_en": "Baku - Aktau",
        "name_ru": "Баку — Актау",
        "status": "operating",
        "iata": ("GYD", "SCO"),
    },
    {
        "id": "flight-guw-gyd",
        "name_en": "Atyrau - Baku",
        "name_ru": "Атырау — Баку",
        "status": "planned",
        "status_note": f"{UNDER_CONSIDERATION}: the national carriers are considering the route",
        "iata": ("GUW", "GYD"),
    },
    {
        "id": "flight-cit-gyd",
        "name_en": "Shymkent - Baku",
        "name_ru": "Шымкент — Баку",
        "status": "planned",
        "status_note": f"{UNDER_CONSIDERATION}: the national carriers are considering the route",
        "iata": ("CIT", "GYD"),
    },
    {
        "id": "flight-akx-gyd",
        "name_en": "Aktobe - Baku",
        "name_ru": "Актобе — Баку",
        "status": "planned",
        "status_note": f"{UNDER_CONSIDERATION}: discussed by the ambassador with the akim of Aktobe in late 2025",
        "iata": ("AKX", "GYD"),
    },
)

FIBRE = {
    "id": "fibre-sumgayit-aktau",
    "name_en": "Trans-Caspian fibre-optic line (Digital Silk Way): Sumgayit - Aktau",
    "name_ru": "Транскаспийская волоконно-оптическая линия (Digital Silk Way): Сумгайыт — Актау",
    "kind": "fibre_cable",
    "status": "planned",
    "status_note": "marine route survey launched in August 2025; due to be completed by the end of 2026",
    "countries": ["AZ", "KZ"],
    "from": ("Sumqayit", "AZ"),
    # TeleGeography's landing point "Aktau", on the city side of the port.
    "to": (51.20, 43.65),
    "description": (
        "A telecom cable on the Caspian seabed, to be built by AzerTelecom and Kazakhtelecom "
        "as a digital link between Europe and Asia. The surveyed seabed route is not published: "
        "the line drawn is the shortest path between its two landings."
    ),
    "sources": ["trend-2025-08-06", "digitalsilkway", "geonames", "telegeography", "report-interview-2025"],
}
