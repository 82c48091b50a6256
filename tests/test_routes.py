"""The route explorer's network: built from the layers' geometry, searched with networkx."""

from __future__ import annotations

import pytest

from corridor import routes, urlstate
from corridor.i18n import LANGUAGES, name_of
from tests.helpers import in_every_language


@pytest.fixture(scope="module")
def network(dataset) -> routes.Network:
    return routes.network_of(dataset.layers, dataset.missing_links)


def find(dataset, network, origin, destination, year=2025, operating_only=False):
    states = dataset.states_in(year)
    return routes.find_route(network, origin, destination, states.get, operating_only)


def test_khorgos_to_poti_crosses_the_caspian_and_adds_up(dataset, network):
    route = find(dataset, network, "gateway-khorgos", "port-poti")
    assert isinstance(route, routes.Route)
    modes = [leg.mode for leg in route.legs]
    assert modes.count("sea") == 1
    (sea,) = [leg for leg in route.legs if leg.mode == "sea"]
    assert sea.feature in {"sea-aktau-alat", "sea-kuryk-alat"}
    assert sea.end == "port-baku-alat"
    assert route.legs[0].start == "gateway-khorgos"
    assert route.legs[-1].end == "port-poti"
    for before, after in zip(route.legs, route.legs[1:], strict=False):
        assert before.end == after.start, "legs join end to start"
    # The total is measured along the whole drawn route; the legs one by one.
    assert abs(route.total_km - route.legs_km) <= 0.03 * route.legs_km
    # Each leg is measured on the ellipsoid: the Aktau - Alat crossing is about 470 km by searoute.
    assert 420 <= sea.km <= 520
    assert 3900 <= route.total_km <= 4600
    kinds = [(c.kind, c.place) for c in route.changes]
    assert ("mode", sea.start) in kinds
    assert ("mode", "port-baku-alat") in kinds
    borders = [(c.before, c.after) for c in route.changes if c.kind == "border"]
    # The line through Taraz has two stations in Kyrgyzstan (Zhoon-Dobo, Kurkureusu): out and back in.
    assert borders == [("KZ", "KG"), ("KG", "KZ"), ("KZ", "AZ"), ("AZ", "GE")]
    assert [c.by_sea for c in route.changes if c.kind == "border"] == [False, False, True, False]
    assert route.legs[0].countries == ("KZ",)
    assert sea.countries == ("KZ", "AZ")


def test_dostyk_to_kars_takes_btk_and_changes_gauge_at_akhalkalaki(dataset, network):
    route = find(dataset, network, "gateway-dostyk", "station-kars")
    assert isinstance(route, routes.Route)
    btk = [leg for leg in route.legs if leg.feature == "rail-btk"]
    assert [leg.gauge for leg in btk] == [1520, 1435]
    (gauge,) = [c for c in route.changes if c.kind == "gauge"]
    assert network.places[gauge.place].name_en == "Akhalkalaki"
    assert (gauge.before, gauge.after) == ("1520", "1435")
    assert ("GE", "TR") in [(c.before, c.after) for c in route.changes if c.kind == "border"]
    text = routes.change_lines(route, network, "en")
    assert "Akhalkalaki: gauge changes from 1,520 mm to 1,435 mm" in text
    assert "Aktau: from rail to ship or ferry" in text


def test_a_pair_with_no_link_between_them_names_the_gap(dataset, network):
    found = find(dataset, network, "station-bakhty", "port-poti")
    assert isinstance(found, routes.NoRoute)
    a, b, km = found.gap
    assert {network.places[a].name_en, network.places[b].name_en} == {"Ayagoz", "Aktogay"}
    assert 100 < km < 150
    text = routes.no_route_text(found, network, 2025, "en")
    assert text.startswith("No route: no rail or sea link in the map's data joins Bakhty to Poti.")
    assert f"between Ayagoz and Aktogay, about {round(km):,} km apart" in text


def test_anaklia_has_no_link_at_all(dataset, network):
    found = find(dataset, network, "port-anaklia", "port-poti")
    assert isinstance(found, routes.NoRoute)
    assert found.gap is not None


def test_the_year_rules_out_what_was_not_there(dataset, network):
    # In 2016 the port at Alat, where every Caspian ferry lands, was being built.
    found = find(dataset, network, "gateway-khorgos", "port-poti", year=2016)
    assert isinstance(found, routes.NoRoute)
    assert [feature for feature, _ in found.blocked] == ["port-baku-alat"]
    assert "Alat (Port of Baku) (under construction" in routes.no_route_text(found, network, 2016, "en")
    # In 2010 the Altynkol - Zhetygen line was being built: the route from Khorgos waits for it.
    found = find(dataset, network, "gateway-khorgos", "port-aktau", year=2010)
    assert isinstance(found, routes.NoRoute)
    # BTK opened in 2017: in 2018 it is operating; in 2016 the route to Kars takes it, marked.
    route = find(dataset, network, "port-baku-alat", "station-kars", year=2018)
    assert isinstance(route, routes.Route)
    assert not route.planned
    route = find(dataset, network, "station-gardabani", "station-kars", year=2016)
    assert {leg.feature for leg in route.planned} == {"rail-btk"}
    rows = routes.leg_rows(route, network, 2016, "en")
    assert rows[-1]["Status in 2016"] == "⚠ under construction"


def test_operating_only_leaves_planned_links_out_and_says_which(dataset, network):
    route = find(dataset, network, "station-horadiz", "station-kars")
    assert isinstance(route, routes.Route)
    assert [leg.feature for leg in route.legs] == [
        "rail-zangezur-horadiz-aghband",
        "rail-zangezur-meghri-nakhchivan",
        "rail-tr-kars-dilucu",
    ]
    assert len(route.planned) == 3
    found = find(dataset, network, "station-horadiz", "station-kars", operating_only=True)
    assert isinstance(found, routes.NoRoute)
    assert [feature for feature, _ in found.blocked] == [leg.feature for leg in route.legs]
    assert "under construction" in routes.no_route_text(found, network, 2025, "en")
    for language in ("en", "ru"):
        said = routes.no_route_text(found, network, 2025, language)
        for feature in found.blocked:
            (line,) = [f for f in dataset.layers["rail"].features if f["properties"]["id"] == feature[0]]
            assert f"{name_of(line['properties'], language)} (" in said, (language, said)


def test_the_network_joins_lines_at_their_stations_and_ports_at_their_sidings(network):
    graph = network.graph

    def lines_at(place: str) -> set[str]:
        return {data["edge"].feature for edges in graph[place].values() for data in edges.values()}

    # Junctions: the new line to Beyneu leaves the old Orenburg line at Shalkar; the Kuryk branch
    # leaves the Aktau line at Mangystau; three lines meet at Saksaulskaya.
    assert lines_at("station-shalkar") == {"rail-kz-aktobe-saksaulskaya", "rail-kz-shalkar-beineu"}
    assert lines_at("station-mangystau") == {"rail-kz-beineu-aktau", "rail-kz-mangystau-kuryk"}
    assert lines_at("station-saksaulskaya") == {
        "rail-kz-aktobe-saksaulskaya",
        "rail-kz-zhezkazgan-saksaulskaya",
        "rail-kz-zhetygen-saksaulskaya",
    }
    assert {"gateway-dostyk", "gateway-khorgos", "port-aktau", "port-kuryk", "port-poti"} <= set(graph)
    assert len(graph["port-baku-alat"]) >= 4, "three ferries and the main line both ways"
    terminals = {place.id for place in network.terminals()}
    assert {"gateway-khorgos", "port-poti", "station-kars"} <= terminals

    def route_in(link: str) -> tuple[str, str] | None:
        found, _ = urlstate.parse(
            {"route": link}, languages=(), layers=(), statuses=(), features=(), places=terminals
        )
        return found.route

    assert route_in("gateway-khorgos..port-poti") == ("gateway-khorgos", "port-poti")
    assert route_in("gateway-khorgos..gateway-khorgos") is None
    assert route_in("gateway-khorgos..atlantis") is None


def test_the_route_reads_in_russian(dataset, network):
    route = find(dataset, network, "gateway-dostyk", "station-kars")
    assert routes.title_text(route, network, "ru").startswith("Достык → Карс: 3\u00a0")
    assert "смена колеи с 1\u00a0520 мм на 1\u00a0435 мм" in " ".join(
        routes.change_lines(route, network, "ru")
    )
    rows = routes.leg_rows(route, network, 2025, "ru")
    assert rows[0]["Колея"] == "1\u00a0520 мм"
    assert "судно или паром" in [row["Вид транспорта"] for row in rows]
    assert "Грузия → Турция" in " ".join(routes.change_lines(route, network, "ru"))


def test_aktobe_to_aghband_lists_every_crossing_and_says_what_it_relies_on(dataset, network):
    route = find(dataset, network, "station-aktobe-1", "station-aghband")
    assert isinstance(route, routes.Route)
    borders = [(c.before, c.after, c.place) for c in route.changes if c.kind == "border"]
    # Through Nakhchivan, out of Azerbaijan into Armenia at Meghri, and back into Azerbaijan at
    # Aghband, on the Araz: the last crossing is the route's end.
    assert [(before, after) for before, after, _ in borders] == [
        ("KZ", "AZ"),
        ("AZ", "GE"),
        ("GE", "TR"),
        ("TR", "AZ"),
        ("AZ", "AM"),
        ("AM", "AZ"),
    ]
    assert borders[-1][2] == "station-aghband"
    assert route.legs[-1].countries == ("AZ", "AM", "AZ")
    assert "Aghband: border from Armenia into Azerbaijan" in routes.change_lines(route, network, "en")
    assert [link.id for link in route.round_missing] == ["gap-alat-horadiz"]
    english = routes.warning_lines(route, network, 2025, "en")
    assert english[0].startswith("2 legs are not operating in 2025")
    assert english[1].startswith(
        "This route goes round a known missing link, Alat (Port of Baku) – Horadiz: "
    )
    russian = routes.warning_lines(route, network, 2025, "ru")
    assert russian[0].startswith("2 участка не действуют в 2025 году")
    assert "Алят (Бакинский порт) — Горадиз" in russian[1]
    assert "Агбенд: граница, Армения → Азербайджан" in routes.change_lines(route, network, "ru")


def test_a_route_that_the_missing_link_would_not_shorten_names_none(dataset, network):
    for origin, destination in (("gateway-khorgos", "port-poti"), ("station-horadiz", "station-kars")):
        route = find(dataset, network, origin, destination)
        assert isinstance(route, routes.Route)
        assert route.round_missing == ()
        assert not any("missing link" in line for line in routes.warning_lines(route, network, 2025, "en"))


def test_every_known_missing_link_joins_two_places_and_cites_its_sources(dataset, network):
    assert dataset.missing_links
    for link in dataset.missing_links:
        assert set(link.ends) <= set(network.places), link.id
        assert set(link.sources) <= set(dataset.sources)
    assert network.missing_links == dataset.missing_links


def test_a_sea_leg_names_both_shores(dataset, network):
    route = find(dataset, network, "port-poti", "port-constanta")
    assert isinstance(route, routes.Route)
    (leg,) = route.legs
    assert (leg.mode, leg.countries) == ("sea", ("GE", "RO"))
    assert routes.change_lines(route, network, "en") == [
        "Constanța: from Georgia into Romania across the sea"
    ]
    assert routes.leg_rows(route, network, 2025, "en")[0]["Countries"] == "Georgia, Romania"
    assert routes.leg_rows(route, network, 2025, "ru")[0]["Страны"] == "Грузия, Румыния"


def test_the_place_lists_say_each_place_s_kind_country_and_other_spellings(network):
    assert routes.place_label(network, "port-constanta", "en") == (
        "Constanța · Sea port, Romania · Констанца · Konstansa · Constanta"
    )
    assert (
        routes.place_label(network, "station-aghband", "en") == "Aghband · Rail station, Azerbaijan · Агбенд"
    )
    assert routes.place_label(network, "station-aghband", "ru") == (
        "Агбенд · Железнодорожная станция, Азербайджан · Aghband"
    )
    assert routes.place_label(network, "station-halkal", "en").endswith("Turkey · Халкалы · Halkali")
    for place in network.terminals():
        # Every place a reader picks from is in a country the page names.
        assert ", " in routes.place_label(network, place.id, "en").split(" · ")[1], place.id


def test_a_missing_link_at_fault_is_named_and_left_out(geodata_copy):
    from corridor.dataset import load_dataset
    from corridor.missinglinks import parse_missing_links

    good = in_every_language(
        {"id": "gap-a-b", "ends": ["port-a", "port-b"], "note": "n", "note_ru": "н", "sources": ["s"]}
    )
    links, problems = parse_missing_links([good, {**good, "id": "gap-c", "sources": ["nowhere"]}], {"s"})
    assert [link.id for link in links] == ["gap-a-b"]
    assert [(p.feature_id, p.field) for p in problems] == [("gap-c", "sources")]
    _, problems = parse_missing_links([{k: v for k, v in good.items() if k != "note_ru"}], {"s"})
    assert [p.field for p in problems] == ["note_ru"]
    (geodata_copy / "missing-links.json").write_text('[{"id": "gap-x", "ends": ["a"]}]', encoding="utf-8")
    dataset = load_dataset(geodata_copy)
    assert dataset.missing_links == ()
    assert {p.field for p in dataset.problems if p.file == "missing-links.json"} == {
        "ends",
        "note",
        *(f"note_{language}" for language in LANGUAGES[1:]),
        "sources",
    }
