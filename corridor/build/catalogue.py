"""What the corridor layers hold: names, statuses, descriptions and sources.

Geometry is not written here by hand. Ports and gateways carry the coordinates
of the public record they cite (an OpenStreetMap node, Natural Earth, GeoNames
or Wikipedia), named by ``location_source``. Rail lines take their stations,
in order, from ``data/rail-lines.json``, where each line lists them as its
sources do; the builder follows OSM track between them where there is some.
Sea lanes come from ``searoute``; flight arcs from ``airportsdata`` and ``pyproj``.

Every feature's status says when it was last checked (``status_checked``) and
which source supports it (``status_source``).
"""

from __future__ import annotations

# The day the statuses below were last checked against their sources.
CHECKED = "2026-12-04"

PORTS = (
    {
        "id": "port-aktau",
        "name_en": "Aktau sea port",
        "name_ru": "Морской порт Актау",
        "label_en": "Aktau",
        "label_ru": "Актау",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "aktaupost-container-hub",
        "countries": ["KZ"],
        "lonlat": (51.22256, 43.59956),
        "location_source": "osm-node-7066248958",
        "location_note": "the port's railway station, on the quay",
        "description": (
            "Kazakhstan's main port on the Caspian, built in 1963, with berths for oil, dry cargo and "
            "grain. A container hub run with China's port of Lianyungang opened its first stage in June "
            "2025. Ferries and container ships leave from here for Alat near Baku, and tankers carry "
            "Kazakh oil to Baku for the Baku - Tbilisi - Ceyhan pipeline."
        ),
        "sources": [
            "osm-node-7066248958",
            "tengrinews-2013-12-03",
            "astanatimes-2024-09-26",
            "aktaupost-container-hub",
            "report-interview-2025",
        ],
    },
    {
        "id": "port-kuryk",
        "name_en": "Kuryk port",
        "name_ru": "Порт Курык",
        "label_en": "Kuryk",
        "label_ru": "Курык",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "astanatimes-2023-04-kuryk",
        "countries": ["KZ"],
        "lonlat": (51.44161, 43.16477),
        "location_source": "osm-node-11910129790",
        "location_note": "the port's railway station, beside the ferry berths",
        "description": (
            "A ferry port on the Caspian shore about 70 km south-east of Aktau. Its ferry complex was "
            "built from April 2015, put into service in December 2016 and working from March 2017; "
            "rail ferries link it with Alat."
        ),
        "sources": [
            "osm-node-11910129790",
            "inform-2016-08-09",
            "astanatimes-2021-08-kuryk",
            "astanatimes-2023-04-kuryk",
            "report-interview-2025",
        ],
    },
    {
        "id": "port-baku-alat",
        "name_en": "Baku International Sea Trade Port (Alat)",
        "name_ru": "Бакинский международный морской торговый порт (Алят)",
        "label_en": "Alat (Port of Baku)",
        "label_ru": "Алят (Бакинский порт)",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "countries": ["AZ"],
        "lonlat": (49.40456, 39.94915),
        "location_source": "osm-node-11339217853",
        "location_note": "the New Alat railway depot at the port",
        "description": (
            "Azerbaijan's main Caspian port. A presidential order of October 2007 moved it from central "
            "Baku to Alat, some 65-70 km south of the city; building began in November 2010, and the "
            "new port opened on 14 May 2018."
        ),
        "sources": [
            "osm-node-11339217853",
            "1news-2007-10-19",
            "azernews-2014-02-26",
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
        "status_checked": CHECKED,
        "status_source": "turkmenistan-gov-2018-05-02",
        "countries": ["TM"],
        "lonlat": (53.0333, 40.0),
        "location_source": "wikipedia-turkmenbashi-port",
        "location_note": "40°0' N 53°2' E, as the encyclopaedia gives it: to the nearest minute",
        "description": (
            "Turkmenistan's Caspian port, founded in 1896 and rebuilt as an international sea port that "
            "opened on 2 May 2018. Ferries link it with Alat: a crossing that bypasses the Kazakh ports."
        ),
        "sources": [
            "wikipedia-turkmenbashi-port",
            "knowledgr-turkmenbashi-port",
            "turkmenistan-gov-2018-05-02",
            "trend-2019-04-11",
        ],
    },
    {
        "id": "port-poti",
        "name_en": "Poti sea port",
        "name_ru": "Морской порт Поти",
        "label_en": "Poti",
        "label_ru": "Поти",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "portnews-2022-06-30",
        "countries": ["GE"],
        "lonlat": (41.65283, 42.155),
        "location_source": "natural-earth-ports",
        "description": (
            "A Georgian Black Sea port, opened in 1905, at the western end of the railway from Tbilisi."
        ),
        "sources": ["natural-earth-ports", "wikipedia-poti-sea-port", "portnews-2022-06-30"],
    },
    {
        "id": "port-batumi",
        "name_en": "Batumi sea port",
        "name_ru": "Морской порт Батуми",
        "label_en": "Batumi",
        "label_ru": "Батуми",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "portnews-2022-06-30",
        "countries": ["GE"],
        "lonlat": (41.65053, 41.64889),
        "location_source": "natural-earth-ports",
        "description": (
            "A Georgian Black Sea port near the Turkish border, founded in 1878 and served by a branch "
            "from Samtredia. Feeder ships sail from it to Constanța, and rail ferries to Burgas."
        ),
        "sources": [
            "natural-earth-ports",
            "georgianencyclopedia-batumi-port",
            "portnews-2022-06-30",
            "azernews-2024-07-11",
        ],
    },
    {
        "id": "port-anaklia",
        "name_en": "Anaklia deep-sea port",
        "name_ru": "Глубоководный порт Анаклия",
        "label_en": "Anaklia",
        "label_ru": "Анаклия",
        "kind": "sea_port",
        "status": "under construction",
        "status_note": (
            "the government announced the start of building on 22 October 2024; the breakwater and "
            "dredging are due by 14 May 2027, and the first ships by 2029"
        ),
        "status_checked": CHECKED,
        "status_source": "dredgewire-2025-12-03",
        "countries": ["GE"],
        "lonlat": (41.569, 42.394),
        "location_source": "wikipedia-anaklia",
        "location_note": "Anaklia village; the port's exact footprint is not published",
        "description": (
            "A deep-water port on Georgia's Black Sea coast north of Poti, for larger ships than the "
            "existing Georgian ports take. The Belgian firm Jan De Nul builds its breakwater and dredges "
            "its basin; the first stage is planned for about 600,000 containers a year."
        ),
        "sources": [
            "wikipedia-anaklia",
            "vestikavkaza-2024-10-23",
            "jam-news-anaklia-jan-de-nul",
            "dredgewire-2025-12-03",
        ],
    },
    {
        "id": "port-constanta",
        "name_en": "Port of Constanța",
        "name_ru": "Порт Констанца",
        "label_en": "Constanța",
        "label_ru": "Констанца",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "portnews-2022-06-30",
        "countries": ["RO"],
        "lonlat": (28.63432, 44.18073),
        "location_source": "geonames-constanta",
        "location_note": "Constanța city; the port lies along its shore, within 5 km",
        "description": (
            "Romania's Black Sea port, inaugurated in 1909, where corridor containers shipped from "
            "Georgia enter the European Union."
        ),
        "sources": ["geonames-constanta", "adevarul-2020-09-constanta", "portnews-2022-06-30"],
    },
    {
        "id": "port-burgas",
        "name_en": "Port of Burgas",
        "name_ru": "Порт Бургас",
        "label_en": "Burgas",
        "label_ru": "Бургас",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "azernews-2024-07-11",
        "countries": ["BG"],
        "lonlat": (27.4583, 42.47),
        "location_source": "natural-earth-ports",
        "description": (
            "Bulgaria's largest Black Sea port, where the rail ferry from Batumi lands wagons from "
            "Georgia in the European Union."
        ),
        "sources": ["natural-earth-ports", "azernews-2024-07-11"],
    },
    {
        "id": "port-chornomorsk",
        "name_en": "Port of Chornomorsk",
        "name_ru": "Порт Черноморск",
        "label_en": "Chornomorsk",
        "label_ru": "Черноморск",
        "kind": "sea_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "interfax-2025-04-10",
        "countries": ["UA"],
        "lonlat": (30.65478, 46.30495),
        "location_source": "geonames",
        "location_note": "Chornomorsk town (Illichivsk in GeoNames); the port lies on the estuary beside it",
        "description": (
            "A Ukrainian port near Odesa with a rail ferry terminal, from which ferries to Batumi sailed "
            "again in March 2025."
        ),
        "sources": ["geonames", "interfax-2025-04-10"],
    },
    {
        "id": "gateway-khorgos",
        "name_en": "Altynkol border station and the Khorgos Gateway dry port",
        "name_ru": "Пограничная станция Алтынколь и сухой порт «Хоргос — Восточные ворота»",
        "label_en": "Altynkol / Khorgos Gateway",
        "label_ru": "Алтынколь / Хоргос",
        "kind": "dry_port",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "countries": ["KZ"],
        "lonlat": (80.29542, 44.16491),
        "location_source": "osm-node-4046956026",
        "location_note": "Altynkol station, where the dry port lies",
        "description": (
            "Kazakhstan's second rail crossing to China, opened on 22 December 2012 at the end of the "
            "293 km Zhetygen - Altynkol line. Beside the station the Khorgos Gateway dry port, built from "
            "June 2014, moves containers between Chinese and Kazakh gauge wagons; it took its first "
            "train from China in July 2015. Azerbaijan's ambassador visited the nearby Khorgos "
            "International Centre for Boundary Cooperation in May 2025."
        ),
        "sources": [
            "osm-node-4046956026",
            "raillynews-2012-12-khorgos",
            "cfts-khorgos-2017",
            "khorgosgateway-2015",
            "report-interview-2025",
        ],
    },
    {
        "id": "gateway-dostyk",
        "name_en": "Dostyk rail border station",
        "name_ru": "Пограничная станция Достык",
        "label_en": "Dostyk",
        "label_ru": "Достык",
        "kind": "rail_border_station",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "qazinform-2025-09-30",
        "countries": ["KZ"],
        "lonlat": (82.48665, 45.25286),
        "location_source": "osm-node-4025083258",
        "description": (
            "The oldest Kazakh rail crossing to China, facing Alashankou; the two railways met here on "
            "12 September 1990. Trains change gauge here between the 1,435 mm and 1,520 mm networks."
        ),
        "sources": ["osm-node-4025083258", "chinadaily-2019-09-12", "uic-enews-2013-01-08"],
    },
)

# Each line's stations, in order, and the sources that list them are in
# data/rail-lines.json. "schematic" lines have no published alignment: they
# are drawn through the places their sources name.
RAIL_LINES = (
    {
        "id": "rail-kz-dostyk-zhezkazgan",
        "name_en": "Dostyk - Moyinty - Zhezkazgan line",
        "name_ru": "Линия Достык — Мойынты — Жезказган",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "qazinform-2025-09-30",
        "countries": ["KZ"],
        "description": (
            "The northern Kazakh branch of the corridor: from the Dostyk crossing west past Lake Balkhash "
            "to Moyinty, north on the Karaganda line to Zharyk, then west through Kyzylzhar to Zhezkazgan. "
            "A second track along the 836 km from Dostyk to Moyinty opened on 30 September 2025. A direct "
            "Moyinty - Kyzylzhar line, being built, is to spare trains the way round through Zharyk."
        ),
        "sources": ["qazinform-2025-09-30", "report-interview-2025"],
    },
    {
        "id": "rail-kz-zhezkazgan-saksaulskaya",
        "name_en": "Zhezkazgan - Saksaulskaya line",
        "name_ru": "Линия Жезказган — Саксаульская",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "turkpa-2014-08-25",
        "countries": ["KZ"],
        "description": (
            "The eastern part of the 988 km Zhezkazgan - Beyneu railway, built from 2012 and opened on "
            "22 August 2014: new track across the steppe from Zhezkazgan south-west to Saksaulskaya on "
            "the old Orenburg - Tashkent line. Its Baikonur station is a village of that name in the "
            "Ulytau region, not the cosmodrome."
        ),
        "sources": ["turkpa-2014-08-25", "wikipedia-titr"],
    },
    {
        "id": "rail-kz-altynkol-zhetygen",
        "name_en": "Altynkol - Zhetygen line",
        "name_ru": "Линия Алтынколь — Жетыген",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "countries": ["KZ"],
        "description": (
            "The 293 km line from Altynkol, Kazakhstan's station at the Khorgos crossing, west along the "
            "Ili valley to the Zhetygen junction on the Turkestan - Siberia railway. Trains to and from "
            "China began to cross here on 22 December 2012."
        ),
        "sources": ["raillynews-2012-12-khorgos", "cfts-khorgos-2017", "report-interview-2025"],
    },
    {
        "id": "rail-kz-zhetygen-saksaulskaya",
        "name_en": "Zhetygen - Almaty - Shymkent - Kyzylorda - Saksaulskaya line",
        "name_ru": "Линия Жетыген — Алматы — Шымкент — Кызылорда — Саксаульская",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "countries": ["KZ", "KG"],
        "description": (
            "The southern Kazakh branch: from the Zhetygen junction through Almaty and along the "
            "Turkestan - Siberia railway to Shu and Turksib station (called Lugovaya until 2020), then "
            "through Taraz and Shymkent to Arys, and along the Orenburg - Tashkent railway through "
            "Turkestan and Kyzylorda to Saksaulskaya. Between Taraz and Tulkibas the track runs for a few "
            "kilometres through Kyrgyzstan, at Maimak station, which Kazakhstan's railway operates."
        ),
        "sources": ["wikipedia-titr", "report-interview-2025"],
    },
    {
        "id": "rail-kz-aktobe-saksaulskaya",
        "name_en": "Aktobe - Kandyagash - Shalkar - Saksaulskaya line",
        "name_ru": "Линия Актобе — Кандыагаш — Шалкар — Саксаульская",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "countries": ["KZ"],
        "description": (
            "A stretch of the old Orenburg - Tashkent railway that links Aktobe, home of a rail and beam "
            "plant, with the corridor at Shalkar and Saksaulskaya. Azerbaijan ordered a large batch of "
            "rails from the plant, and most of it had been shipped by late 2025."
        ),
        "sources": ["report-interview-2025"],
    },
    {
        "id": "rail-kz-shalkar-beineu",
        "name_en": "Shalkar - Beyneu line",
        "name_ru": "Линия Шалкар — Бейнеу",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "turkpa-2014-08-25",
        "countries": ["KZ"],
        "description": (
            "The western part of the Zhezkazgan - Beyneu railway: 498 km of new track from Shalkar to "
            "Beyneu, built from September 2012 and opened on 22 August 2014. Both Kazakh branches of the "
            "corridor reach the Caspian along it."
        ),
        "sources": ["turkpa-2014-08-25", "wikipedia-titr"],
    },
    {
        "id": "rail-kz-beineu-aktau",
        "name_en": "Beyneu - Mangystau - Aktau port line",
        "name_ru": "Линия Бейнеу — Мангистау — порт Актау",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "astanatimes-2024-09-26",
        "countries": ["KZ"],
        "description": (
            "The line across the Mangystau region to the Caspian: 404 km from Beyneu to the Mangystau "
            "junction (called Mangyshlak in older sources), then on to the port of Aktau."
        ),
        "sources": ["astanatimes-2024-09-26"],
    },
    {
        "id": "rail-kz-mangystau-kuryk",
        "name_en": "Mangystau - Borzhakty - Kuryk port line",
        "name_ru": "Линия Мангистау — Боржакты — порт Курык",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "astanatimes-2023-04-kuryk",
        "countries": ["KZ"],
        "description": (
            "The way to the Kuryk ferry port: from the Mangystau junction south-east on the line to Uzen "
            "as far as Borzhakty, then on a short branch past Ersai station to the port."
        ),
        "sources": ["astanatimes-2021-08-kuryk", "astanatimes-2023-04-kuryk"],
    },
    {
        "id": "rail-kz-moyinty-kyzylzhar",
        "name_en": "Moyinty - Kyzylzhar line",
        "name_ru": "Линия Мойынты — Кызылжар",
        "status": "under construction",
        "status_note": "due to be finished in 2026, as the railway planned",
        "status_checked": CHECKED,
        "status_source": "inform-ru-2026-01-21",
        "countries": ["KZ"],
        "schematic": True,
        "description": (
            "A new line west from Moyinty to Kyzylzhar, ordered in January 2025, that will take trains "
            "from Dostyk towards Zhezkazgan and the Caspian without the way round through Zharyk. Sources "
            "give its length as 323 or 329 km. Its route is not published: it is drawn through the "
            "places its sources name on it (Aktai, Karazhal, Zhairem)."
        ),
        "sources": ["trend-2025-09-17", "inform-ru-2026-01-21"],
    },
    {
        "id": "rail-kz-almaty-bypass",
        "name_en": "Almaty bypass line (Zhetygen - Kazybek bek)",
        "name_ru": "Обходная линия Алматы (Жетыген — Казыбек бек)",
        "status": "under construction",
        "status_note": "nearing completion in December 2025, by the latest report we found",
        "status_checked": CHECKED,
        "status_source": "menafn-2025-12-09",
        "countries": ["KZ"],
        "schematic": True,
        "description": (
            "A line of about 75 km that takes transit trains round Almaty, from the Zhetygen junction "
            "across the Moiynkum sands to Kazybek bek station on the line towards Shu. Building began on "
            "14 November 2023. Its exact route is not published: it is drawn through the passing loop "
            "OpenStreetMap records in the sands."
        ),
        "sources": ["astanatimes-2023-11-14", "kt-kz-2025-08-20", "menafn-2025-12-09"],
    },
    {
        "id": "rail-kz-bakhty-ayagoz",
        "name_en": "Bakhty - Ayagoz line (third crossing to China)",
        "name_ru": "Линия Бахты — Аягоз (третий переход в Китай)",
        "status": "under construction",
        "status_note": "works on the ground began on 21 July 2025; due by the end of 2027",
        "status_checked": CHECKED,
        "status_source": "rail-news-kz-2025-11-19",
        "countries": ["KZ"],
        "schematic": True,
        "description": (
            "A new line from Ayagoz on the Turkestan - Siberia railway to Bakhty on the Chinese border, "
            "opposite Tacheng: Kazakhstan's third rail crossing to China. Its building was launched on "
            "21 December 2023. It was 272 km long in the plans of 2023 and 303 km in reports of 2025. Its "
            "route is not published: sources name the builders' camps at Ay, Sholpan and Urzhar and the "
            "Makanchi district, and it is drawn through Urzhar."
        ),
        "sources": [
            "astanatimes-bakhty-ayagoz-2023",
            "rail-news-kz-2025-11-19",
            "tenqri-bakhty-ayagoz",
            "china-org-bakhty",
            "geonames",
        ],
    },
)

RAIL_LINES += (
    {
        "id": "rail-kz-darbaza-maktaaral",
        "name_en": "Darbaza - Maktaaral line",
        "name_ru": "Линия Дарбаза — Мактаарал",
        "status": "under construction",
        "status_note": "due to be finished in 2026, as the railway planned; 20 km of track was laid by February 2026",
        "status_checked": CHECKED,
        "status_source": "otyrar-2026-02-02",
        "countries": ["KZ"],
        "schematic": True,
        "description": (
            "A 152 km line in the Turkestan region, launched on 27 November 2023, that gives the cotton "
            "districts on the Uzbek border a direct link to the Kazakh network, with a new crossing to "
            "Uzbekistan, and takes load off Saryagash station. Its route is not published: sources name the "
            "districts it serves and a bridge over the Syr Darya, and it is drawn inside Kazakhstan through "
            "Asykata to Atakent in the Maktaaral district."
        ),
        "sources": [
            "railwaygazette-darbaza-2023",
            "baq-kz-2025-11-25",
            "otyrar-2026-02-02",
            "trend-2025-09-17",
        ],
    },
    {
        "id": "rail-az-baku-georgia",
        "name_en": "Baku - Alat - Ganja - Georgian border line",
        "name_ru": "Линия Баку — Алят — Гянджа — граница с Грузией",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-az-2017-10-30",
        "countries": ["AZ", "GE"],
        "description": (
            "Azerbaijan's main line, opened in 1883: from Baku south along the coast to Alat, by the port, "
            "then west through Yevlakh and Ganja to the Georgian border at Boyuk Kesik - Gardabani. Trains "
            "on the Baku - Tbilisi - Kars route use it."
        ),
        "sources": ["memim-transcaucasus", "report-az-2017-10-30"],
    },
    {
        "id": "rail-ge-gardabani-poti",
        "name_en": "Gardabani - Tbilisi - Samtredia - Poti line",
        "name_ru": "Линия Гардабани — Тбилиси — Самтредиа — Поти",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "portnews-2022-06-30",
        "countries": ["GE"],
        "description": (
            "Georgia's main east - west line from the Azerbaijani border through Tbilisi and over the "
            "Surami ridge to the Black Sea port of Poti. Its Poti - Tbilisi section carried its first "
            "passenger train on 10 October 1872."
        ),
        "sources": ["liquisearch-georgian-railway", "natural-earth-ports"],
    },
    {
        "id": "rail-ge-samtredia-batumi",
        "name_en": "Samtredia - Kobuleti - Batumi line",
        "name_ru": "Линия Самтредиа — Кобулети — Батуми",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "portnews-2022-06-30",
        "countries": ["GE"],
        "description": (
            "The branch, opened in 1883, that leaves the main line at Samtredia for the port of Batumi."
        ),
        "sources": ["memim-transcaucasus", "natural-earth-ports"],
    },
    {
        "id": "rail-btk",
        "name_en": "Baku - Tbilisi - Kars railway (Tbilisi - Akhalkalaki - Kars)",
        "name_ru": "Железная дорога Баку — Тбилиси — Карс (участок Тбилиси — Ахалкалаки — Карс)",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "countries": ["GE", "TR"],
        "description": (
            "Opened on 30 October 2017, it joins the Azerbaijani and Georgian network to Turkey's. Only about "
            "105 km of it is new track: 29 km in Georgia up to Kartsakhi and 76 km in Turkey; the rest "
            "follows the Marabda - Akhalkalaki line of 1986. At Akhalkalaki trains change between 1,520 mm "
            "and 1,435 mm gauge. Shown here from Tbilisi; from Baku it runs on the Azerbaijani main line. "
            "OpenStreetMap has no stations between Tetritskaro and Kartsakhi, so there the line is drawn "
            "through the towns of Tsalka and Akhalkalaki."
        ),
        "sources": [
            "seanews-2017-10-30",
            "report-az-2017-10-30",
            "railwaymagazine-btk-open-2017",
            "liquisearch-georgian-railway",
            "report-interview-2025",
        ],
    },
    {
        "id": "rail-zangezur-horadiz-aghband",
        "name_en": "Zangezur corridor: Horadiz - Aghband",
        "name_ru": "Зангезурский коридор: Горадиз — Агбенд",
        "status": "under construction",
        "status_note": "70 % built in February 2026; due to reach the Armenian border in 2026",
        "status_checked": CHECKED,
        "status_source": "report-2026-02-27",
        "countries": ["AZ"],
        "description": (
            "The Azerbaijani mainland section of the Zangezur corridor, 110.4 km from Horadiz along the Araz "
            "valley to Aghband on the Armenian border. Its foundation was laid on 14 February 2021. It is "
            "drawn along the track OpenStreetMap maps as under construction, through the stations the "
            "railway names."
        ),
        "sources": [
            "trend-2021-02-19-3383274",
            "trend-2025-09-05-4087517",
            "report-2026-02-27",
            "menafn-2025-11-26",
            "report-interview-2025",
        ],
    },
    {
        "id": "rail-zangezur-meghri-nakhchivan",
        "name_en": "Zangezur corridor: Meghri - Julfa - Nakhchivan - Sadarak",
        "name_ru": "Зангезурский коридор: Мегри — Джульфа — Нахчыван — Садарак",
        "status": "planned",
        "status_note": (
            "the Armenian section (the Trump Route, TRIPP) was agreed in Washington on 8 August 2025; its "
            "building was due to start in the second half of 2026"
        ),
        "status_checked": CHECKED,
        "status_source": "reportaz-2025-11-12",
        "countries": ["AM", "AZ"],
        "description": (
            "The planned link from Aghband along the Araz through Armenia's Meghri district, where a Soviet "
            "railway ran until the early 1990s, then along the Nakhchivan railway to Sadarak near the Turkish "
            "border. The Nakhchivan section, 188 km, is being rebuilt from December 2025. The Armenian "
            "stretch, about 42 km, is drawn through the villages on the Armenian bank that the old railway "
            "served."
        ),
        "sources": ["oann-2025-08-08", "reportaz-2025-11-12", "azernews-2025-12-05", "report-interview-2025"],
    },
    {
        "id": "rail-tr-kars-dilucu",
        "name_en": "Kars - Iğdır - Dilucu railway",
        "name_ru": "Железная дорога Карс — Ыгдыр — Дилуджу",
        "status": "under construction",
        "status_note": "ground broken on 22 August 2025; due to be finished on 24 September 2029",
        "status_checked": CHECKED,
        "status_source": "reportaz-ru-2026-03-05",
        "countries": ["TR", "AZ"],
        "schematic": True,
        "description": (
            "Turkey's 224 km line towards Nakhchivan, which is to carry the Zangezur corridor on to Kars and "
            "the Baku - Tbilisi - Kars railway. Its alignment is not published: it is drawn through the towns "
            "of its five new stations (Digor, Tuzluca, Iğdır, Aralık, Dilucu) and on to Sadarak."
        ),
        "sources": ["menafn-2025-08-22", "sabah-2025-08-21", "reportaz-ru-2026-03-05"],
    },
    {
        "id": "rail-tr-kars-istanbul",
        "onward": True,
        "name_en": "Kars - Erzurum - Ankara - Istanbul line",
        "name_ru": "Линия Карс — Эрзурум — Анкара — Стамбул",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "hurriyetdailynews-2019-11-07",
        "countries": ["TR"],
        # The Marmaray tunnel, Ayrılıkçeşme - Kazlıçeşme, part of it under the Bosphorus.
        "tunnel_km": 13.6,
        "description": (
            "Turkey's main line from Kars through Erzurum, Sivas, Kayseri and Ankara to Istanbul, where "
            "freight crosses the Bosphorus in the Marmaray tunnel, opened on 29 October 2013. The first "
            "freight train from China to Europe by the Baku - Tbilisi - Kars railway passed through Marmaray "
            "on 7 November 2019."
        ),
        "sources": ["invest-gov-tr-2013-10-30", "hurriyetdailynews-2019-11-07", "railjournal-2019-11"],
    },
    {
        "id": "rail-cn-urumqi-alashankou",
        "onward": True,
        "name_en": "Urumqi - Alashankou - Dostyk line (Northern Xinjiang railway)",
        "name_ru": "Линия Урумчи — Алашанькоу — Достык (Северо-Синьцзянская железная дорога)",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "chinadaily-2019-09-12",
        "countries": ["CN", "KZ"],
        "description": (
            "Where the corridor begins: China's line from Urumqi to the Alashankou border station, which met "
            "the Kazakh railway at Dostyk on 12 September 1990. It runs on 1,435 mm gauge; at Dostyk goods "
            "change to Kazakhstan's 1,520 mm wagons."
        ),
        "sources": ["chinadaily-2019-09-12"],
    },
    {
        "id": "rail-cn-jinghe-khorgos",
        "onward": True,
        "name_en": "Jinghe - Yining - Khorgos - Altynkol line",
        "name_ru": "Линия Цзинхэ — Инин — Хоргос — Алтынколь",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "raillynews-2012-12-khorgos",
        "countries": ["CN", "KZ"],
        "description": (
            "China's 286 km line from Jinghe on the Northern Xinjiang railway through Yining to Khorgos, in "
            "trial service from December 2009; trains have crossed to Altynkol in Kazakhstan since "
            "22 December 2012. It runs on 1,435 mm gauge."
        ),
        "sources": ["eymaps-jinghe-yining-khorgos", "raillynews-2012-12-khorgos"],
    },
)

# Track gauge in millimetres: 1,520 mm on the networks of the former Soviet
# Union, 1,435 mm in Turkey and China. BTK changes gauge at Akhalkalaki, one of
# its stations, as its sources say.
STANDARD_GAUGE_LINES = (
    "rail-tr-kars-dilucu",
    "rail-tr-kars-istanbul",
    "rail-cn-urumqi-alashankou",
    "rail-cn-jinghe-khorgos",
)
GAUGE_MM = {line["id"]: 1435 if line["id"] in STANDARD_GAUGE_LINES else 1520 for line in RAIL_LINES}
GAUGE_CHANGES = {"rail-btk": {"at": "Akhalkalaki", "at_ru": "Ахалкалаки", "gauge_mm": 1435}}


SEA_LANES = (
    {
        "id": "sea-aktau-alat",
        "name_en": "Aktau - Alat ferry and container line",
        "name_ru": "Паромная и контейнерная линия Актау — Алят",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
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
        "status_checked": CHECKED,
        "status_source": "astanatimes-2021-08-kuryk",
        "countries": ["KZ", "AZ"],
        "ports": ("port-kuryk", "port-baku-alat"),
        "description": (
            "Rail ferries carry whole wagons between Kuryk and Alat, since Kuryk's ferry complex opened "
            "at the turn of 2017."
        ),
        "sources": ["searoute", "astanatimes-2021-08-kuryk", "report-interview-2025"],
    },
    {
        "id": "sea-turkmenbashi-alat",
        "name_en": "Turkmenbashi - Alat ferry line",
        "name_ru": "Паромная линия Туркменбаши — Алят",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "trend-2019-04-11",
        "countries": ["TM", "AZ"],
        "ports": ("port-turkmenbashi", "port-baku-alat"),
        "description": (
            "The southern Caspian crossing, between Turkmenistan's port and Alat, used by freight from "
            "Central Asia that does not pass through Kazakhstan."
        ),
        "sources": ["searoute", "trend-2019-04-11"],
    },
    {
        "id": "sea-poti-constanta",
        "name_en": "Poti - Constanța container line (Black Sea)",
        "name_ru": "Контейнерная линия Поти — Констанца (Чёрное море)",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "informare-2022-05-25",
        "countries": ["GE", "RO"],
        "ports": ("port-poti", "port-constanta"),
        "description": (
            "The corridor's onward link across the Black Sea: a feeder container service between Poti and "
            "Constanța, agreed by the corridor's partners in August 2019; Georgian Railway's logistics arm "
            "started it in May 2022 with a ship of the Azerbaijan Caspian Shipping Company."
        ),
        "sources": ["searoute", "informare-2022-05-25", "middlecorridor-2019-08-20"],
    },
    {
        "id": "sea-batumi-constanta",
        "name_en": "Batumi - Constanța feeder line (Black Sea)",
        "name_ru": "Фидерная линия Батуми — Констанца (Чёрное море)",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "portnews-2022-06-30",
        "countries": ["GE", "RO"],
        "ports": ("port-batumi", "port-constanta"),
        "description": (
            "A feeder ship of ADY Container and the Azerbaijan Caspian Shipping Company that has sailed "
            "between Batumi and Constanța every ten days since June 2022."
        ),
        "sources": ["searoute", "portnews-2022-06-30"],
    },
    {
        "id": "sea-batumi-burgas",
        "name_en": "Batumi - Burgas rail ferry (Black Sea)",
        "name_ru": "Железнодорожная паромная линия Батуми — Бургас (Чёрное море)",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "azernews-2024-07-11",
        "countries": ["GE", "BG"],
        "ports": ("port-batumi", "port-burgas"),
        "description": (
            "The rail ferry between Georgia and Bulgaria, stopped around 2022 and restored by an agreement "
            "signed in Tbilisi in July 2024. It links Batumi with Burgas, not Poti with Varna as older plans "
            "had it."
        ),
        "sources": ["searoute", "azernews-2024-07-11", "dwv-ge-2024-ferry"],
    },
    {
        "id": "sea-chornomorsk-batumi",
        "name_en": "Chornomorsk - Batumi ferry (Black Sea)",
        "name_ru": "Паромная линия Черноморск — Батуми (Чёрное море)",
        "status": "operating",
        "status_note": "only two sailings reported, on 18 and 26 March 2025; we found no timetable",
        "status_checked": CHECKED,
        "status_source": "interfax-2025-04-10",
        "countries": ["UA", "GE"],
        "ports": ("port-chornomorsk", "port-batumi"),
        "description": (
            "Ukraine's ferry link to Georgia. A restart announced for July 2024 did not happen; two voyages "
            "from Chornomorsk to Batumi were made in March 2025."
        ),
        "sources": ["searoute", "swissinfo-2024-06-19", "interfax-2025-04-10"],
    },
)

# The Sangachal terminal south of Baku, where Caspian oil enters the
# Baku - Tbilisi - Ceyhan pipeline; the coordinates of the point the pipeline's
# sources give.
SANGACHAL = {
    "lonlat": (49.48127, 40.20126),
    "name_en": "Sangachal terminal",
    "name_ru": "Сангачальский терминал",
}

ENERGY_LINKS = (
    {
        "id": "energy-caspian-green-corridor",
        "name_en": "Green energy link Uzbekistan - Kazakhstan - Azerbaijan",
        "name_ru": "Зелёный энергокоридор Узбекистан — Казахстан — Азербайджан",
        "kind": "power_link",
        "status": "planned",
        "status_note": (
            "agreement signed at COP29 in Baku on 13 November 2024; its feasibility study, by Italy's CESI, "
            "began work in February 2026"
        ),
        "status_checked": CHECKED,
        "status_source": "trend-2026-02-02",
        "countries": ["UZ", "KZ", "AZ"],
        "route": [("Tashkent", "UZ"), ("Aktau", "KZ", "Mangghystau"), ("Baku", "AZ")],
        "description": (
            "A partnership of the three countries to generate green electricity and send it from Central "
            "Asia across the Caspian to Europe. On 1 May 2024 their energy ministers signed a memorandum to "
            "explore a high-voltage cable on the Caspian seabed; the agreement followed at COP29. No route "
            "has been published: the line is schematic and only joins the three countries through "
            "Tashkent, Aktau and Baku."
        ),
        "sources": [
            "report-interview-2025",
            "trend-2024-05-01",
            "trend-2024-11-15",
            "trend-2026-02-02",
            "geonames",
        ],
    },
    {
        "id": "energy-black-sea-cable",
        "name_en": "Black Sea submarine power cable Georgia - Romania",
        "name_ru": "Черноморский подводный энергокабель Грузия — Румыния",
        "kind": "power_link",
        "status": "planned",
        "status_note": (
            "agreed on 17 December 2022; the European Commission made it a Project of Mutual Interest on "
            "1 December 2025"
        ),
        "status_checked": CHECKED,
        "status_source": "report-2025-12-02-pmi",
        "countries": ["AZ", "GE", "RO", "HU"],
        "cable": [
            {"lonlat": (41.56472, 42.395), "name_en": "Anaklia", "name_ru": "Анаклия"},
            {"lonlat": (28.63432, 44.18073), "name_en": "Constanța", "name_ru": "Констанца"},
        ],
        "description": (
            "The cable that Azerbaijan, Georgia, Romania and Hungary agreed in Bucharest to lay across the "
            "Black Sea, to carry green electricity from the Caspian to Europe: about 1,195 km and 1,000 MW. "
            "Their joint company was set up in September 2024. Its seabed route is not published: it is "
            "drawn straight between the landings its sources name, Anaklia and Constanța."
        ),
        "sources": [
            "ocean-energyresources-2022-12-20",
            "enwiki-bse-cable",
            "romania-insider-2024-09-04",
            "report-2025-12-02-pmi",
        ],
    },
    {
        "id": "oil-aktau-sangachal",
        "name_en": "Kazakh oil by tanker, Aktau - Sangachal",
        "name_ru": "Казахстанская нефть танкерами: Актау — Сангачал",
        "kind": "oil_tanker_route",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "haqqin-2025-12-15",
        "countries": ["KZ", "AZ"],
        "sea": ("port-aktau", SANGACHAL),
        "description": (
            "Tankers carry Kazakh oil from Aktau across the Caspian to the Sangachal terminal near Baku, "
            "where it enters the Baku - Tbilisi - Ceyhan pipeline: oil from Tengiz since spring 2023, and "
            "from Kashagan since January 2025. The course at sea is drawn as the shortest way over water."
        ),
        "sources": [
            "searoute",
            "bp-sangachal",
            "jablog-sangachal",
            "trend-2024-03-09",
            "astanatimes-2025-02-01",
            "haqqin-2025-12-15",
        ],
    },
    {
        "id": "oil-btc",
        "name_en": "Baku - Tbilisi - Ceyhan oil pipeline",
        "name_ru": "Нефтепровод Баку — Тбилиси — Джейхан",
        "kind": "oil_pipeline",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "haqqin-2025-12-15",
        "countries": ["AZ", "GE", "TR"],
        "route": [
            SANGACHAL,
            {"lonlat": (47.15014, 40.61832), "name_en": "Yevlakh", "name_ru": "Евлах"},
            {"lonlat": (46.0178, 40.82975), "name_en": "Shamkir", "name_ru": "Шамкир"},
            {"lonlat": (45.45389, 41.11889), "name_en": "Agstafa", "name_ru": "Агстафа"},
            {"lonlat": (45.09283, 41.46054), "name_en": "Gardabani", "name_ru": "Гардабани"},
            {"lonlat": (44.46153, 41.54448), "name_en": "Tetritskaro", "name_ru": "Тетрицкаро"},
            {"lonlat": (43.41284, 41.85272), "name_en": "Borjomi", "name_ru": "Боржоми"},
            {"lonlat": (41.27694, 39.90861), "name_en": "Erzurum", "name_ru": "Эрзурум"},
            {"lonlat": (36.49898, 38.47917), "name_en": "Sarız", "name_ru": "Сарыз"},
            {"lonlat": (35.79297, 36.77386), "name_en": "Ceyhan terminal", "name_ru": "Терминал Джейхан"},
        ],
        "description": (
            "The 1,768 km pipeline that carries Caspian oil from the Sangachal terminal near Baku through "
            "Georgia to the Mediterranean at Ceyhan in Turkey, formally opened on 13 July 2006. Kazakh oil "
            "shipped across the Caspian enters it at Sangachal. Its exact route is not published here: it "
            "is drawn through the districts and towns its sources name."
        ),
        "sources": ["bp-az-btc", "bbc-2006-07-13", "zawya-btc-2006", "jablog-sangachal", "trend-2024-03-09"],
    },
    {
        "id": "gas-transcaspian",
        "name_en": "Trans-Caspian gas pipeline",
        "name_ru": "Транскаспийский газопровод",
        "kind": "gas_pipeline",
        "status": "planned",
        "status_note": (
            "proposed; in November 2025 Turkmenistan said it intends to consider it once the seabed is "
            "divided with Azerbaijan"
        ),
        "status_checked": CHECKED,
        "status_source": "newscentralasia-2025-11-08",
        "countries": ["TM", "AZ"],
        "sea": ("port-turkmenbashi", SANGACHAL),
        "description": (
            "A proposed gas pipeline of about 300 km on the Caspian seabed from Turkmenistan's coast to "
            "Sangachal, for some 30 billion cubic metres a year, that would bring Turkmen gas to Europe "
            "through Azerbaijan. No route is fixed: it is drawn as the shortest way over water."
        ),
        "sources": [
            "marefa-tcgp",
            "jablog-sangachal",
            "invest-gov-tm-2024-11",
            "newscentralasia-2025-11-08",
            "searoute",
        ],
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
        "status_checked": CHECKED,
        "status_source": "trend-2026-02-11",
        "iata": ("GYD", "NQZ"),
    },
    {
        "id": "flight-gyd-ala",
        "name_en": "Baku - Almaty",
        "name_ru": "Баку — Алматы",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "trend-2026-02-11",
        "iata": ("GYD", "ALA"),
    },
    {
        "id": "flight-gyd-sco",
        "name_en": "Baku - Aktau",
        "name_ru": "Баку — Актау",
        "status": "operating",
        "status_checked": CHECKED,
        "status_source": "trend-2026-02-11",
        "iata": ("GYD", "SCO"),
    },
    {
        "id": "flight-guw-gyd",
        "name_en": "Atyrau - Baku",
        "name_ru": "Атырау — Баку",
        "status": "planned",
        "status_note": f"{UNDER_CONSIDERATION}: the national carriers are considering the route",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "iata": ("GUW", "GYD"),
    },
    {
        "id": "flight-cit-gyd",
        "name_en": "Shymkent - Baku",
        "name_ru": "Шымкент — Баку",
        "status": "operating",
        "status_note": (
            "AZAL scheduled flights from 16 June 2026 and sold tickets for them; we found no later report "
            "that they fly"
        ),
        "status_checked": CHECKED,
        "status_source": "thetraveler-azal-shymkent",
        "iata": ("CIT", "GYD"),
        "airline": "AZAL",
    },
    {
        "id": "flight-akx-gyd",
        "name_en": "Aktobe - Baku",
        "name_ru": "Актобе — Баку",
        "status": "planned",
        "status_note": f"{UNDER_CONSIDERATION}: discussed by the ambassador with the akim of Aktobe in late 2025",
        "status_checked": CHECKED,
        "status_source": "report-interview-2025",
        "iata": ("AKX", "GYD"),
    },
)

FIBRE = {
    "id": "fibre-sumgayit-aktau",
    "name_en": "Trans-Caspian fibre-optic line (Digital Silk Way): Sumgayit - Aktau",
    "name_ru": "Транскаспийская волоконно-оптическая линия (Digital Silk Way): Сумгайыт — Актау",
    "kind": "fibre_cable",
    "status": "under construction",
    "status_note": (
        "the cable was made by February 2026; laying was planned from summer 2026 and the launch for the "
        "third quarter of 2026; we found no report that it has entered service"
    ),
    "status_checked": CHECKED,
    "status_source": "1news-2026-02-24",
    "countries": ["AZ", "KZ"],
    "from": ("Sumqayit", "AZ"),
    # TeleGeography's landing point "Aktau", on the city side of the port.
    "to": (51.20, 43.65),
    "description": (
        "A telecom cable on the Caspian seabed, built by AzerTelecom and Kazakhtelecom as a digital link "
        "between Europe and Asia, under an agreement the two countries signed on 19 March 2019. Its marine "
        "survey began in August 2025. The surveyed seabed route is not published: the line drawn is the "
        "shortest path between its two landings."
    ),
    "sources": [
        "digitalsilkway",
        "trend-2025-08-06",
        "report-2025-12-26",
        "1news-2026-02-24",
        "geonames",
        "telegeography",
        "report-interview-2025",
    ],
}
