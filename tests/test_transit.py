"""Transit time: the cited speeds and dwells (geodata/transit.json), the route's sum, and its words."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from corridor import routes
from corridor.routes import timewording
from corridor.routes.search import Change, Route
from corridor.routes.transit import LegIn, StopIn, route_stops, route_transit, transit_time
from corridor.transitfile import FILE, TimeFact, parse_transit
from tests.helpers import in_every_language

F = Fraction


def fact(kind: str, applies_to: tuple[str, ...], value: tuple[F, F] | None, fact_id: str = "f") -> TimeFact:
    texts = tuple((code, f"{fact_id} {code}") for code in ("en", "ru", "az", "kk"))
    return TimeFact(fact_id, kind, applies_to, value, "", texts, texts, "", "s", "2026-12-05")


SPEED = fact("rail speed", ("rail-a",), (F(600), F(900)), "speed")
CROSSING = fact("crossing", ("sea-b",), (F(18), F(22)), "crossing")
PORT = fact("port", ("port-p",), (F(201, 10), F(30)), "port")
WAIT = fact("ferry wait", ("port-p",), None, "wait")
TRIP = fact("trip", ("start", "end"), (F(12 * 24), F(12 * 24)), "trip")
FACTS = (SPEED, CROSSING, PORT, WAIT, TRIP)


def test_a_leg_moves_at_its_cited_speed_and_a_range_of_speeds_gives_a_range_of_hours():
    transit = transit_time([LegIn("rail-a", "rail", F(900))], [], FACTS)
    # 900 km at 900 to 600 km a day: one day to a day and a half.
    assert transit.legs[0].hours == (F(24), F(36))
    assert transit.total == (F(24), F(36))
    assert transit.total_days == (F(1), F(3, 2))
    assert transit.unknown == ()


def test_the_total_adds_legs_crossings_and_stops_exactly():
    legs = [LegIn("rail-a", "rail", F(450)), LegIn("sea-b", "sea", F(470))]
    transit = transit_time(legs, [StopIn("port-p", "port")], FACTS)
    assert [part.hours for part in transit.legs] == [(F(12), F(18)), (F(18), F(22))]
    assert transit.stops[0].hours == (F(201, 10), F(30))
    assert transit.total == (F(12) + F(18) + F(201, 10), F(18) + F(22) + F(30))
    assert transit.total_days == (F(501, 10) / 24, F(70, 24))


def test_what_no_source_gives_is_listed_and_never_counted_as_zero():
    legs = [LegIn("rail-a", "rail", F(900)), LegIn("rail-z", "rail", F(5000)), LegIn("sea-y", "sea", F(300))]
    stops = [StopIn("port-p", "port"), StopIn("port-p", "ferry wait"), StopIn("station-q", "border")]
    transit = transit_time(legs, stops, FACTS)
    assert transit.total == (F(24) + F(201, 10), F(36) + F(30)), "only the known parts are added"
    unknown = [(part.leg, part.stop) for part in transit.unknown]
    assert unknown == [
        (1, None),
        (2, None),
        (None, StopIn("port-p", "ferry wait")),
        (None, StopIn("station-q", "border")),
    ]
    # The ferry wait has a source, and words, but no number: the fact stays with it.
    assert transit.unknown[2].fact == WAIT
    assert transit.unknown[2].hours is None


def test_with_no_data_there_is_no_total_and_no_largest_part():
    transit = transit_time([LegIn("rail-a", "rail", F(900))], [StopIn("port-p", "port")], ())
    assert transit.total is None
    assert transit.total_days is None
    assert transit.largest is None
    assert len(transit.unknown) == 2


def test_the_largest_part_has_the_largest_upper_bound_and_the_first_of_two_alike_wins():
    legs = [LegIn("rail-a", "rail", F(600)), LegIn("sea-b", "sea", F(470))]
    # 600 km: 16 to 24 hours; the crossing 18 to 22; the port 20.1 to 30.
    transit = transit_time(legs, [StopIn("port-p", "port")], FACTS)
    assert transit.largest is not None
    assert transit.largest.stop == StopIn("port-p", "port")
    # A wide range beats a narrow one with a higher minimum: the upper bound decides.
    wide = fact("port", ("port-r",), (F(1), F(23)), "wide")
    transit = transit_time([LegIn("sea-b", "sea", F(470))], [StopIn("port-r", "port")], (CROSSING, wide))
    assert transit.largest is not None
    assert transit.largest.stop == StopIn("port-r", "port")
    same = fact("port", ("port-r",), (F(1), F(30)), "same")
    transit = transit_time([], [StopIn("port-p", "port"), StopIn("port-r", "port")], (PORT, same))
    assert transit.largest is not None
    assert transit.largest.stop == StopIn("port-p", "port")


def test_a_whole_trip_is_set_beside_the_route_only_between_the_same_ends():
    assert transit_time([], [], FACTS, ("start", "end")).trips == (TRIP,)
    assert transit_time([], [], FACTS, ("end", "start")).trips == ()
    assert transit_time([], [], FACTS).trips == ()


def route_with(changes: tuple[Change, ...]) -> Route:
    return Route("start", "end", (), changes, 0.0)


def test_the_stops_come_from_where_the_route_changes_and_not_from_its_ends():
    route = route_with(
        (
            Change("border", "start", "CN", "KZ"),
            Change("mode", "port-p", "rail", "sea"),
            Change("border", "port-q", "KZ", "AZ", by_sea=True),
            Change("mode", "port-q", "sea", "rail"),
            Change("gauge", "station-g", "1520", "1435"),
            Change("border", "station-b", "AZ", "GE"),
            Change("border", "station-b", "AZ", "GE"),
            Change("mode", "end", "rail", "sea"),
        )
    )
    assert route_stops(route) == (
        StopIn("port-p", "port"),
        StopIn("port-p", "ferry wait"),
        StopIn("port-q", "border"),
        StopIn("port-q", "port"),
        StopIn("station-g", "gauge change"),
        StopIn("station-b", "border"),
    )


# The validator: each rule on a synthetic entry, naming the file and the entry.
GOOD = in_every_language(
    {
        "id": "speed-x",
        "kind": "rail speed",
        "features": ["rail-x"],
        "value": [800, 941],
        "unit": "km/day",
        "what": "w",
        "what_ru": "в",
        "period": "2018",
        "period_ru": "2018 год",
        "source": "s",
        "checked": "2026-12-05",
    }
)


def problems_of(entry: dict, features=None) -> list[tuple[str, str, str]]:
    _, problems = parse_transit([entry], {"s"}, features)
    return [(p.file, p.feature_id or "", p.field) for p in problems]


def test_a_good_entry_is_read_in_base_units():
    facts, problems = parse_transit(
        [GOOD, {**GOOD, "id": "t", "kind": "port", "place": "p", "value": [1, 2], "unit": "days"}], {"s"}
    )
    assert problems == []
    assert facts[0].value == (F(800), F(941))
    assert facts[1].value == (F(24), F(48)), "days are read as hours"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"value": [941, 800]}, "value"),
        ({"kind": "port", "place": "p", "value": [30, 20.1], "unit": "h"}, "value"),
        ({"value": 941}, "value"),
        ({"value": [0, 941]}, "value"),
        ({"unit": "km/h"}, "unit"),
        ({"kind": "port", "place": "p", "value": [1, 2], "unit": "km/day"}, "unit"),
        ({"source": "nowhere"}, "source"),
        ({"checked": "2026-13-01"}, "checked"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"kind": "speedy"}, "kind"),
        ({"what_kk": ""}, "what_kk"),
    ],
)
def test_a_bad_entry_is_named_with_its_file_and_field(change, field):
    assert problems_of({**GOOD, **change}) == [(FILE, "speed-x", field)]


def test_a_speed_or_a_time_without_a_unit_is_rejected():
    for entry in (GOOD, {**GOOD, "kind": "border", "place": "p", "value": [4.25, 4.25]}):
        unitless = {key: value for key, value in entry.items() if key != "unit"}
        assert problems_of(unitless) == [(FILE, "speed-x", "unit")]
    # No number needs no unit.
    assert problems_of({**GOOD, "kind": "ferry wait", "place": "p", "value": None, "unit": None}) == []


def test_a_line_must_exist_and_may_have_one_speed():
    assert problems_of(GOOD, features={"rail-y"}) == [(FILE, "speed-x", "features")]
    facts, problems = parse_transit([GOOD, {**GOOD, "id": "speed-y"}], {"s"})
    assert [f.id for f in facts] == ["speed-x"]
    assert [(p.feature_id, p.field) for p in problems] == [("speed-y", "features")]


def test_a_bad_entry_is_reported_on_load_and_the_rest_is_used(geodata_copy):
    from corridor.__main__ import problems_in
    from corridor.dataset import load_dataset

    path = geodata_copy / FILE
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw[0]["value"] = [raw[0]["value"][1] + 1, raw[0]["value"][0]]
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    dataset = load_dataset(geodata_copy)
    bad = [p for p in dataset.problems if p.file == FILE]
    assert [(p.feature_id, p.field) for p in bad] == [(raw[0]["id"], "value")]
    assert "exceeds the maximum" in str(bad[0])
    assert len(dataset.transit) == len(raw) - 1
    assert [p.feature_id for p in problems_in(path)] == [raw[0]["id"]]


# The data as shipped, and Khorgos to Poti.
@pytest.fixture(scope="module")
def khorgos_poti(dataset):
    network = routes.network_of(dataset.layers, dataset.missing_links)
    route = routes.find_route(network, "gateway-khorgos", "port-poti", dataset.states_in(2025).get)
    assert isinstance(route, Route)
    return route, network, route_transit(route, dataset.transit)


def test_the_shipped_times_load_and_name_places_of_the_network(dataset, khorgos_poti):
    _, network, _ = khorgos_poti
    assert [p for p in dataset.problems if p.file == FILE] == []
    assert len(dataset.transit) >= 8
    for time in dataset.transit:
        if time.kind not in ("rail speed", "crossing"):
            assert set(time.applies_to) <= set(network.places), time.id
        assert time.source in dataset.sources


def test_khorgos_to_poti_gives_a_range_its_largest_part_and_what_it_leaves_out(khorgos_poti):
    route, _, transit = khorgos_poti
    assert transit.total_days is not None
    low, high = transit.total_days
    assert 4 < low <= high < 6
    assert transit.largest is not None
    assert transit.largest.leg is not None
    assert route.legs[transit.largest.leg].feature == "rail-kz-zhetygen-saksaulskaya"
    left_out = {route.legs[part.leg].feature for part in transit.unknown if part.leg is not None}
    assert left_out == {"rail-az-baku-georgia", "rail-ge-gardabani-poti"}
    assert StopIn("port-aktau", "ferry wait") in {part.stop for part in transit.unknown}
    assert [trip.id for trip in transit.trips] == ["trip-altynkol-poti"]


# The words, in every language.
@pytest.mark.parametrize(
    ("language", "days", "expected"),
    [
        ("en", (F(481, 100), F(521, 100)), "4.8–5.3 days"),
        ("en", (F(1), F(1)), "1 day"),
        ("ru", (F(2), F(4)), "2–4 дня"),
        ("ru", (F(9), F(12)), "9–12 дней"),
        ("ru", (F(20), F(21)), "20–21 день"),
        ("ru", (F(481, 100), F(521, 100)), "4,8–5,3 дня"),
        ("az", (F(9), F(12)), "9–12 gün"),
        ("kk", (F(9), F(12)), "9–12 күн"),
    ],
)
def test_days_take_the_form_their_language_gives_the_upper_end(language, days, expected):
    assert timewording.days_text(days, language) == expected


@pytest.mark.parametrize(
    ("language", "hours", "expected"),
    [
        ("en", (F(201, 10), F(30)), "20.1–30 h"),
        ("en", (F(17, 4), F(17, 4)), "4.25 h"),
        ("en", (F(275 * 24, 941), F(275 * 24, 941)), "7 h"),
        ("ru", (F(201, 10), F(30)), "20,1–30 ч"),
        ("az", (F(18), F(22)), "18–22 saat"),
        ("kk", (F(391, 10), F(391, 10)), "39,1 сағ"),
    ],
)
def test_hours_keep_a_cited_number_and_round_a_computed_one(language, hours, expected):
    assert timewording.hours_text(hours, language) == expected


@pytest.mark.parametrize(
    ("language", "total", "largest", "left_out"),
    [
        ("en", "**About 4.8–5.3 days**", "Contributes most: ", "the range leaves them out"),
        ("ru", "**Примерно 4,8–5,3 дня**", "Больше всего времени занимает: ", "диапазон их не учитывает"),
        ("az", "**Təxminən 4,8–5,3 gün**", "Ən çox vaxt aparan: ", "aralıq onları nəzərə almır"),
        ("kk", "**Шамамен 4,8–5,3 күн**", "Ең көп уақыт алатыны: ", "ауқым оларды ескермейді"),
    ],
)
def test_khorgos_to_poti_in_every_language(khorgos_poti, language, total, largest, left_out):
    route, network, transit = khorgos_poti
    assert timewording.total_text(transit, language).startswith(total)
    said = timewording.largest_text(transit, route, network, language)
    assert said is not None
    assert said.startswith(largest)
    assert route.legs[transit.largest.leg].name(language) in said  # type: ignore[union-attr,index]
    unknown = timewording.unknown_text(transit, route, network, language)
    assert unknown is not None
    assert left_out in unknown
    assert (
        timewording.days_text((F(12), F(12)), language)
        in timewording.trip_line(transit.trips[0], language).text
    )
