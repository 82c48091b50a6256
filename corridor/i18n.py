"""Interface words in English and Russian. Data carries its own names in both."""

from __future__ import annotations

import datetime

from corridor.contract import COUNTRIES

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
        "power_link": "Power link",
        "oil_pipeline": "Oil pipeline",
        "oil_tanker_route": "Oil by tanker",
        "gas_pipeline": "Gas pipeline",
        "country": "Country",
        "city": "City",
    },
    "ru": {
        "sea_port": "Морской порт",
        "dry_port": "Сухой порт",
        "rail_border_station": "Пограничная ж/д станция",
        "rail_line": "Железная дорога",
        "sea_lane": "Морская линия",
        "flight_route": "Авиамаршрут",
        "fibre_cable": "Волоконно-оптический кабель",
        "power_link": "Линия электропередачи",
        "oil_pipeline": "Нефтепровод",
        "oil_tanker_route": "Перевозка нефти танкерами",
        "gas_pipeline": "Газопровод",
        "country": "Страна",
        "city": "Город",
    },
}


def name_of(properties: dict, language: str) -> str:
    """A feature's name in the language, falling back to English."""
    return properties.get(f"name_{language}") or properties["name_en"]


def layer_title(layer, language: str) -> str:
    return layer.title_ru if language == "ru" else layer.title_en


QUALIFIER_WORDS = {
    "en": {q: q for q in ("", "about", "almost", "more than", "over", "up to")},
    "ru": {"": "", "about": "около", "almost": "почти", "more than": "более", "over": "свыше", "up to": "до"},
}

PERIOD_KIND_WORDS = {
    "en": {
        k: k for k in ("full year", "part of a year", "target", "unstated", "milestone", "capacity", "length")
    },
    "ru": {
        "full year": "полный год",
        "part of a year": "часть года",
        "target": "цель",
        "unstated": "период не указан",
        "milestone": "веха",
        "capacity": "мощность",
        "length": "протяжённость",
    },
}

# Russian groups thousands with a no-break space and writes a decimal comma: "90 000", "4,5".
_THOUSANDS = {"en": ",", "ru": "\u00a0"}
_DECIMAL = {"en": ".", "ru": ","}


def format_number(value: float, language: str) -> str:
    """A number as the language writes it: "90,000" and "4.5"; "90 000" and "4,5"."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.15g}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", _THOUSANDS[language])
    return whole + (_DECIMAL[language] + fraction if fraction else "")


# How each language writes a day: "4 December 2026", "4 декабря 2026 г." (Babel's CLDR data).
_DAY_FORMATS = {"en": "d MMMM y", "ru": "long"}


def format_day(day: datetime.date, language: str) -> str:
    """A calendar day as the language writes it, from Babel's locale data."""
    from babel.dates import format_date

    return format_date(day, _DAY_FORMATS[language], locale=language)


def country_name(code: str, language: str) -> str:
    return COUNTRIES[code][LANGUAGES.index(language)]


# Every sentence of the interface, by key, in each language. A test checks
# that both languages have the same keys and the same {placeholders}.
UI = {
    "en": {
        "part_failed": "The {part} could not be drawn. The rest of the page works; the error is in the server's log.",
        "page_failed": "The page could not be drawn. The error is in the server's log; reloading the page tries again.",
        "part_map": "map",
        "part_tools": "language, search and year controls",
        "part_route": "route explorer",
        "part_panel": "panel",
        "part_table": "table of features",
        "part_sidebar": "sidebar",
        "part_year": "view of the chosen year",
        "part_search": "search",
        "problems_more": "… and {count} more: `python -m corridor validate` lists them all.",
        "loading_layers": "Loading the corridor layers…",
        "preparing_files": "Preparing the map files…",
        "language": "Language / Язык",
        "layers": "Layers",
        "layers_help": "Switch layers on and off in the map's legend; the map changes at once.",
        "controls_wait": "The controls appear as soon as the map is drawn…",
        "status": "Status",
        "status_pick": "Show links that are",
        "clear": "Clear selection",
        "about_sources": (
            "Figures come from the interview with Azerbaijan's ambassador to Kazakhstan "
            "(Report, 29 December 2025) and from the public sources named with each figure."
        ),
        "copy_link": "The page's address always holds this view: share it, or copy it with the link button under the map's zoom buttons.",
        "no_layers": "Every layer is switched off. Turn one on in the map's legend.",
        "no_status": "No status is selected, so no link is drawn. Pick one in the sidebar.",
        "back": "← Back to the overview",
        "problems": "⚠️ {count} data problem(s) in {files}: the features concerned are left off the map",
        "link_notice": "Part of this link was not understood and is ignored: {ignored}",
        "title": "Middle Corridor: Kazakhstan – Caspian – Azerbaijan",
        "intro": (
            "Click a port, a rail line, a sea link, a flight arc or the fibre line on the map "
            "to read its figures. The headline figures below are for the corridor as a whole."
        ),
        "figures_wait": "The figures appear as soon as the map is drawn…",
        "map_no_report": (
            "The map has not finished loading: its code may not have reached the browser. "
            "The rest of the page works without it; reload the page to try again."
        ),
        "bars_note": "The bars cover different periods; each is labelled with its own.",
        "relations": "Bilateral relations",
        "source": "Source",
        "metric_help": "{label}, {period}. Source: {source}.",
        "metrics_latest": "Where a card gives no figure for {year}, it shows the latest one, with its own period.",
        "metric_trade": "Trade turnover",
        "metric_cargo": "Middle Corridor cargo",
        "metric_tourists": "Visitors to Azerbaijan",
        "type": "Type",
        "countries": "Countries",
        "location": "Location",
        "as_given": "as the source gives it",
        "drawn": "Drawn",
        "main_stations": "Stations in order ({count})",
        "unsourced": (
            "Between {stretches} no source we found names the stations: there the line follows the "
            "stations OpenStreetMap records"
        ),
        "figures": "Its own figures",
        "no_figures": "The sources give no figures for this feature alone.",
        "context": "Corridor-wide context: {count} figure(s)",
        "context_note": (
            "These figures are for the Middle Corridor as a whole, or for all of this kind of link; "
            "they are not this feature's own."
        ),
        "chart_text": "The chart's figures, in words",
        "by_year": "Year by year",
        "sources": "Sources",
        "drawn_track": "along the track mapped in OpenStreetMap",
        "drawn_chain": "through its stations in order, as its sources list them, at the points OpenStreetMap gives",
        "drawn_schematic": "schematically: no surveyed alignment is published",
        "track_share": "; {share} of it along surveyed track",
        "station_count": " ({count} stations)",
        "chart_trade": "Trade turnover against the USD 1 billion target",
        "chart_cargo": "Middle Corridor cargo against the 10 Mt expected by 2027",
        "chart_tourism": "Visitors to Azerbaijan from Kazakhstan",
        "value": "Value",
        "period": "Period",
        "note": "Note",
        "year": "Year",
        "search": "Find a port, line or station",
        "search_hint": "Find a port, line or station (English or Russian), then Enter",
        "search_none": "Nothing on the map has that name. Try another spelling, or a station on a line.",
        "show_table": "Show the table of features and the downloads",
        "table_title": "On the map: {count} features",
        "table_help": "Pick a row to open its panel and frame it on the map; the arrow keys move through the rows.",
        "download_geojson": "Features (GeoJSON)",
        "download_csv": "Features (CSV)",
        "download_figures": "Every figure (CSV)",
        "credits": (
            "Geometry derived from OpenStreetMap (© OpenStreetMap contributors) is under the ODbL 1.0; "
            "country borders come from Natural Earth (public domain). The files carry these terms and "
            "every feature's sources."
        ),
        "quote": "In the interview, in Russian",
        "cite": "Cite this",
        "cite_help": "Each line is ready to paste: the figure, its period and source, and a link to this view.",
        "cite_figure": "{label}: {value} ({period}). Source: {source}. Via the Middle Corridor map: {link}",
        "cite_feature": "{name} ({kind}, {status}). Middle Corridor map, data as of {date}: {link}",
        "year_pick": "As of year",
        "year_help": (
            "The map shows what was operating, being built or planned in the year, by the dates "
            "the sources give. Features not yet begun are hidden and those not yet open are faded; "
            'a feature no source dates is drawn as it is today and marked "date unknown". '
            "{latest} is the latest year with data."
        ),
        "milestones": "Milestones of {year}",
        "no_milestones": "The sources date no milestone to {year}.",
        "events": "Dated events",
        "dates": "Dates",
        "no_dates": "No source we cite gives this feature a date: its dates are unknown.",
        "site_only": "only the publisher's site is known, not the page",
        "status_as_of": "Status as of {date}",
        "status_stale": "checked more than a year before the data's date ({data_date}): it may have changed",
        "status_in": "In {year}",
        "as_of_not_begun": "not yet begun (the first dated step comes later)",
        "as_of_not_open": "not yet open (the first date known is its opening)",
        "as_of_undated": "date unknown: no source we cite dates it, so the map draws it as it is today",
        "event_proposed": "proposed",
        "event_construction": "building began",
        "event_opened": "opened",
        "event_expected": "expected",
        "event_milestone": "milestone",
        "route_explorer": "Route explorer: from one place to another by rail and sea",
        "route_from": "From",
        "route_to": "To",
        "route_pick": "Choose a port, gateway or station",
        "route_operating": "Operating links only",
        "route_clear": "Clear the route",
        "route_title": "{origin} → {destination}: {km} km",
        "route_total": (
            "**Total: {km} km** over {legs} leg(s) ({legs_km} km added leg by leg), measured along the "
            "drawn lines on the WGS84 ellipsoid. Lines drawn schematically give approximate lengths."
        ),
        "route_legs": "Legs",
        "mm": "mm",
        "route_summary": "On the map: {route}. Back to the overview for its legs.",
        "route_leg": "Link",
        "route_mode": "Mode",
        "route_stretch": "From → to",
        "route_km": "km",
        "route_countries": "Countries",
        "route_gauge": "Gauge",
        "route_status": "Status in {year}",
        "mode_rail": "rail",
        "mode_sea": "ship or ferry",
        "route_changes": "Changes on the way",
        "change_mode": "{place}: from {before} to {after}",
        "change_gauge": "{place}: gauge changes from {before} mm to {after} mm",
        "change_border": "{place}: border from {before} into {after}",
        "change_border_sea": "{place}: from {before} into {after} across the sea",
        "route_not_operating": "{count} leg(s) are not operating in {year}: marked ⚠ in the table, and dashed on the map.",
        "route_unknown": "⚠ {status} today; no dated status for {year}",
        "route_no_date": "{status} today, but not dated for the year",
        "route_times": "Transit times: no source we cite gives one for these legs, so none is shown.",
        "route_none_gap": (
            "No route: no rail or sea link in the map's data joins {origin} to {destination}. The missing "
            "link is the gap between {a} and {b}, about {km} km apart."
        ),
        "route_none_blocked": "No route over the links allowed in {year}. The way needs: {links}.",
        "route_none": "No route between {origin} and {destination}.",
    },
    "ru": {
        "part_failed": "Не удалось показать {part}. Остальная часть страницы работает; ошибка записана в журнал сервера.",
        "page_failed": "Не удалось показать страницу. Ошибка записана в журнал сервера; чтобы попробовать снова, обновите страницу.",
        "part_map": "карту",
        "part_tools": "поиск, выбор языка и года",
        "part_route": "поиск маршрута",
        "part_panel": "панель",
        "part_table": "таблицу объектов",
        "part_sidebar": "боковую панель",
        "part_year": "карту выбранного года",
        "part_search": "поиск",
        "problems_more": "… и ещё {count}: все их перечисляет `python -m corridor validate`.",
        "loading_layers": "Загружаем слои коридора…",
        "preparing_files": "Готовим файлы карты…",
        "language": "Language / Язык",
        "layers": "Слои",
        "layers_help": "Слои включаются и выключаются в легенде карты; карта меняется сразу.",
        "controls_wait": "Настройки появятся, как только карта будет нарисована…",
        "status": "Статус",
        "status_pick": "Показывать линии со статусом",
        "clear": "Снять выбор",
        "about_sources": (
            "Цифры взяты из интервью посла Азербайджана в Казахстане (Report, 29 декабря 2025 года) "
            "и из открытых источников, указанных при каждой цифре."
        ),
        "copy_link": "Адрес страницы всегда соответствует текущему виду карты: им можно поделиться или скопировать его кнопкой со ссылкой под кнопками масштаба.",
        "no_layers": "Все слои выключены. Включите хотя бы один в легенде карты.",
        "no_status": "Не выбран ни один статус, поэтому линии не показаны. Выберите статус на боковой панели.",
        "back": "← Назад к обзору",
        "problems": "⚠️ Проблем в данных: {count} ({files}); эти объекты не показаны на карте",
        "link_notice": "Часть ссылки не распознана и пропущена: {ignored}",
        "title": "Средний коридор: Казахстан — Каспий — Азербайджан",
        "intro": (
            "Нажмите на порт, железную дорогу, морскую линию, авиамаршрут или кабель на карте, "
            "чтобы увидеть цифры по этому объекту. Ниже — главные цифры по коридору в целом."
        ),
        "figures_wait": "Цифры появятся, как только карта будет нарисована…",
        "map_no_report": (
            "Карта пока не загрузилась — возможно, её код не дошёл до браузера. "
            "Остальная часть страницы работает и без неё; чтобы попробовать снова, обновите страницу."
        ),
        "bars_note": "Столбцы относятся к разным периодам; у каждого подписан свой.",
        "relations": "Двусторонние отношения",
        "source": "Источник",
        "metric_help": "{label}, {period}. Источник: {source}.",
        "metrics_latest": "Если за {year} год цифры нет, карточка показывает последнюю известную цифру с указанием её периода.",
        "metric_trade": "Товарооборот",
        "metric_cargo": "Грузы Среднего коридора",
        "metric_tourists": "Посетители Азербайджана",
        "type": "Тип",
        "countries": "Страны",
        "location": "Местоположение",
        "as_given": "как указано в источнике",
        "drawn": "Как проведена линия",
        "main_stations": "Станции по порядку ({count})",
        "unsourced": (
            "Участки, станции которых не названы ни в одном из найденных нами источников: {stretches}; там "
            "линия проведена через станции, отмеченные в OpenStreetMap"
        ),
        "figures": "Цифры по объекту",
        "no_figures": "Источники не приводят цифр по этому объекту в отдельности.",
        "context": "Цифры по коридору в целом: {count}",
        "context_note": (
            "Эти цифры относятся к Среднему коридору в целом или ко всем связям такого рода, "
            "а не к этому объекту в отдельности."
        ),
        "chart_text": "Данные графика в виде текста",
        "by_year": "По годам",
        "sources": "Источники",
        "drawn_track": "по путям, нанесённым в OpenStreetMap",
        "drawn_chain": "через её станции в том порядке, в каком их перечисляют источники, по координатам из OpenStreetMap",
        "drawn_schematic": "схематично: точная трасса не опубликована",
        "track_share": "; {share} линии — по нанесённым путям",
        "station_count": " (станций: {count})",
        "chart_trade": "Товарооборот и цель в 1 млрд долл. США",
        "chart_cargo": "Грузы Среднего коридора и ожидаемые к 2027 году 10 млн т",
        "chart_tourism": "Посетители Азербайджана из Казахстана",
        "value": "Значение",
        "period": "Период",
        "note": "Примечание",
        "year": "Год",
        "search": "Найти порт, линию или станцию",
        "search_hint": "Введите название порта, линии или станции (по-русски или по-английски) и нажмите Enter",
        "search_none": "На карте нет объекта с таким названием. Попробуйте другое написание или станцию на линии.",
        "show_table": "Показать таблицу объектов и файлы для загрузки",
        "table_title": "На карте объектов: {count}",
        "table_help": "Выберите строку, чтобы открыть панель объекта и показать его на карте; перемещаться по строкам можно клавишами со стрелками.",
        "download_geojson": "Объекты (GeoJSON)",
        "download_csv": "Объекты (CSV)",
        "download_figures": "Все цифры (CSV)",
        "credits": (
            "Геометрия из OpenStreetMap (© участники OpenStreetMap) распространяется по лицензии ODbL 1.0; "
            "границы стран — Natural Earth (общественное достояние). Эти условия и источники каждого "
            "объекта записаны в файлах."
        ),
        "quote": "В интервью",
        "cite": "Процитировать",
        "cite_help": "Каждую строку можно вставить как есть: цифра, период, источник и ссылка на этот вид карты.",
        "cite_figure": "{label}: {value} ({period}). Источник: {source}. Цит. по карте «Средний коридор»: {link}",
        "cite_feature": "{name} ({kind}, {status}). Карта «Средний коридор», данные на {date}: {link}",
        "year_pick": "Состояние на год",
        "year_help": (
            "Карта показывает, что действовало, строилось или планировалось в этом году, по датам "
            "из источников. Ещё не начатые объекты скрыты, ещё не открытые показаны бледным; объект, "
            "который источники не датируют, показан в нынешнем состоянии с пометкой «дата неизвестна». "
            "{latest} — последний год с данными."
        ),
        "milestones": "События {year} года",
        "no_milestones": "Источники не датируют {year} годом ни одного события.",
        "events": "События с датами",
        "dates": "Даты",
        "no_dates": "Ни один из наших источников не датирует этот объект: его даты неизвестны.",
        "site_only": "известен только сайт издателя, а не сама страница",
        "status_as_of": "Статус на {date}",
        "status_stale": "проверен более чем за год до даты данных ({data_date}): он мог измениться",
        "status_in": "В {year} году",
        "as_of_not_begun": "ещё ничего не начато (первое датированное событие — позже)",
        "as_of_not_open": "ещё не действует (первая известная дата — открытие)",
        "as_of_undated": "дата неизвестна: наши источники её не называют, поэтому на карте объект показан в нынешнем состоянии",
        "event_proposed": "предложение",
        "event_construction": "начало строительства",
        "event_opened": "открытие",
        "event_expected": "ожидается",
        "event_milestone": "этап",
        "route_explorer": "Поиск маршрута по железной дороге и морю",
        "route_from": "Откуда",
        "route_to": "Куда",
        "route_pick": "Выберите порт, переход или станцию",
        "route_operating": "Только действующие линии",
        "route_clear": "Убрать маршрут",
        "route_title": "{origin} → {destination}: {km} км",
        "route_total": (
            "**Всего: {km} км**, участков: {legs} ({legs_km} км по сумме участков); расстояние измерено по "
            "линиям карты на эллипсоиде WGS84. У схематичных линий длина приблизительна."
        ),
        "route_legs": "Участки",
        "mm": "мм",
        "route_summary": "На карте: {route}. Участки — в обзоре.",
        "route_leg": "Линия",
        "route_mode": "Вид транспорта",
        "route_stretch": "Откуда → куда",
        "route_km": "км",
        "route_countries": "Страны",
        "route_gauge": "Колея",
        "route_status": "Статус в {year} году",
        "mode_rail": "ж/д",
        "mode_sea": "судно или паром",
        "route_changes": "Перевалка, смена колеи и границы",
        "change_mode": "{place}: перевалка, {before} → {after}",
        "change_gauge": "{place}: смена колеи с {before} мм на {after} мм",
        "change_border": "{place}: граница, {before} → {after}",
        "change_border_sea": "{place}: морем, {before} → {after}",
        "route_not_operating": "Участков, не действующих в {year} году: {count}; в таблице помечены ⚠, на карте — пунктиром.",
        "route_unknown": "⚠ сейчас {status}; статус в {year} году неизвестен",
        "route_no_date": "сейчас {status}; статус в этом году неизвестен",
        "route_times": "Время в пути: ни один из наших источников не даёт его для этих участков, поэтому оно не показано.",
        "route_none_gap": (
            "Маршрута нет: в данных карты ни одна железная дорога или морская линия не соединяет "
            "{origin} и {destination}. Недостающее звено — разрыв между {a} и {b}, около {km} км."
        ),
        "route_none_blocked": "Нет маршрута по линиям, доступным в {year} году. Нужны: {links}.",
        "route_none": "Нет маршрута между {origin} и {destination}.",
    },
}


def words(language: str) -> dict[str, str]:
    """The interface's sentences in ``language``."""
    return UI[language]
