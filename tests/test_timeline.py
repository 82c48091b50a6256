"""The corridor through time: dated events, a feature's status as of a year, and the file's checks."""

from __future__ import annotations

import json

import pytest

from corridor.dataset import load_dataset
from corridor.timeline import FADED, HIDDEN, SHOWN, Event, parse_timeline, status_in


def as_of(dataset, feature_id: str, year: int):
    return status_in(
        dataset.timeline.of(feature_id), year, dataset.statuses_today[feature_id], dataset.data_year
    )


def test_the_data_year_and_the_span_come_from_the_data(dataset):
    # The cargo series ends in 2025; Dostyk's crossing opened in 1991; Bakhty - Ayagoz is due by 2027.
    assert dataset.data_year == 2025
    assert dataset.year_span == (1991, 2027)


@pytest.mark.parametrize(
    ("feature_id", "year", "status", "shown"),
    [
        # BTK: building began on 21 November 2007, it opened on 30 October 2017.
        ("rail-btk", 2006, None, HIDDEN),
        ("rail-btk", 2007, "under construction", SHOWN),
        ("rail-btk", 2016, "under construction", SHOWN),
        ("rail-btk", 2017, "operating", SHOWN),
        # The port at Alat opened on 14 May 2018; when it was begun the sources do not say.
        ("port-baku-alat", 2017, None, FADED),
        ("port-baku-alat", 2018, "operating", SHOWN),
        # Turkmenbashi's new port opened on 2 May 2018.
        ("port-turkmenbashi", 2016, None, FADED),
        # Kuryk's ferry complex: December 2016.
        ("port-kuryk", 2015, None, FADED),
        ("port-kuryk", 2016, "operating", SHOWN),
        # Khorgos Gateway: building from June 2014, open in 2015.
        ("gateway-khorgos", 2013, None, HIDDEN),
        ("gateway-khorgos", 2014, "under construction", SHOWN),
        ("gateway-khorgos", 2015, "operating", SHOWN),
        # Dostyk - Alashankou has operated since 1991.
        ("gateway-dostyk", 1991, "operating", SHOWN),
        # Horadiz - Aghband: building began in 2021.
        ("rail-zangezur-horadiz-aghband", 2020, None, HIDDEN),
        ("rail-zangezur-horadiz-aghband", 2021, "under construction", SHOWN),
        # Kars - Dilucu: ground broken on 22 August 2025, the data's own year.
        ("rail-tr-kars-dilucu", 2024, None, HIDDEN),
        ("rail-tr-kars-dilucu", 2025, "under construction", SHOWN),
        # Darbaza - Maktaaral: built 2024-2026, as its builder plans.
        ("rail-kz-darbaza-maktaaral", 2023, None, HIDDEN),
        ("rail-kz-darbaza-maktaaral", 2024, "under construction", SHOWN),
        # The green energy link: a feasibility study from May 2024.
        ("energy-caspian-green-corridor", 2023, None, HIDDEN),
        ("energy-caspian-green-corridor", 2024, "planned", SHOWN),
        # The Poti - Constanța container line started in 2022.
        ("sea-poti-constanta", 2021, None, FADED),
        ("sea-poti-constanta", 2022, "operating", SHOWN),
        # Undated: the map keeps today's status, faded, before the data's year.
        ("port-poti", 2016, "operating", FADED),
        ("sea-aktau-alat", 2019, "operating", FADED),
        ("port-poti", 2025, "operating", SHOWN),
        # After the data's year, the data's status holds.
        ("fibre-sumgayit-aktau", 2027, "planned", SHOWN),
    ],
)
def test_each_feature_has_the_status_its_dates_give(dataset, feature_id, year, status, shown):
    state = as_of(dataset, feature_id, year)
    assert (state.status, state.shown) == (status, shown)


def test_every_corridor_feature_has_an_entry_and_every_date_a_source(dataset):
    assert set(dataset.timeline.features) == set(dataset.statuses_today)
    for events in dataset.timeline.features.values():
        for event in events:
            assert event.source in dataset.sources
            assert event.when
            assert event.when_ru
    assert not [p for p in dataset.problems if p.file == "timeline.json"]


def test_in_the_data_year_every_feature_shows_its_status(dataset):
    states = dataset.states_in(dataset.data_year)
    assert {fid: state.status for fid, state in states.items()} == dict(dataset.statuses_today)


def test_milestones_of_a_year_and_the_relations_events(dataset):
    assert [e.feature for e in dataset.timeline.in_year(2017)] == ["rail-btk"]
    in_2025 = dataset.timeline.in_year(2025)
    assert "ots-summit-gabala" not in [e.feature for e in in_2025]
    assert any(e.when == "6-7 October 2025" for e in in_2025)
    relations = dataset.timeline.dated_relations()
    assert [e.date for e in relations][-1] is None, "the undated fund comes last"
    dated = [e.date for e in relations if e.date]
    assert dated == sorted(dated)


def event(**changes) -> dict:
    raw = {"kind": "opened", "date": "2017", "when": "2017", "when_ru": "2017 год", "source": "s"}
    return raw | changes


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (event(kind="rumoured"), "kind"),
        (event(date="30 Oct 2017"), "date"),
        (event(date="2017-13"), "date"),
        (event(date=None), "date"),
        (event(when=""), "when"),
        (event(when_ru=5), "when_ru"),
        (event(source="nowhere"), "source"),
        (event(what="x" * 400), "what"),
        ("opened in 2017", "event"),
    ],
)
def test_a_bad_event_is_named_with_the_file_and_the_feature_and_left_out(raw, field):
    timeline, problems = parse_timeline({"features": {"rail-btk": [raw, event()]}}, ["s"], ["rail-btk"])
    assert [(p.file, p.feature, p.field) for p in problems] == [("timeline.json", "'rail-btk'", field)]
    assert timeline.of("rail-btk") == (Event("opened", "2017", "2017", "2017 год", "s", feature="rail-btk"),)


@pytest.mark.parametrize("document", [None, [], "text", {"features": []}, {"features": {"rail-btk": "2017"}}])
def test_a_malformed_file_is_reported_never_raised(document):
    _, problems = parse_timeline(document, ["s"], ["rail-btk"])
    assert problems
    assert all(p.file == "timeline.json" for p in problems)


def test_a_missing_entry_and_an_unknown_feature_are_reported():
    _, problems = parse_timeline({"features": {"rail-atlantis": []}}, ["s"], ["rail-btk"])
    assert {(p.feature, p.message.split(":")[0]) for p in problems} == {
        ("'rail-atlantis'", "no such corridor feature"),
        ("'rail-btk'", "missing"),
    }


def test_a_dated_past_more_built_than_today_is_reported(geodata_copy):
    path = geodata_copy / "timeline.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["features"]["rail-tr-kars-dilucu"].append(event(date="2019", source="menafn-2025-08-22"))
    path.write_text(json.dumps(document), encoding="utf-8")
    problems = load_dataset(geodata_copy).problems
    assert [(p.file, p.feature) for p in problems] == [("timeline.json", "'rail-tr-kars-dilucu'")]
    assert "operating" in problems[0].message


def test_a_missing_timeline_file_is_a_problem_and_the_map_still_loads(geodata_copy):
    (geodata_copy / "timeline.json").unlink()
    dataset = load_dataset(geodata_copy)
    assert [(p.file, p.message) for p in dataset.problems] == [("timeline.json", "not found")]
    assert len(dataset.layers["rail"].features) == 14
    assert dataset.year_span == (2025, 2025)
