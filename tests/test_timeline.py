"""The corridor through time: dated events, a feature's status as of a year, and the file's checks."""

from __future__ import annotations

import json
import re

import pytest

from corridor.dataset import load_dataset
from corridor.i18n import LANGUAGES, words
from corridor.timeline import FADED, HIDDEN, KINDS, SHOWN, Event, parse_timeline, status_in
from tests.helpers import every_language


def as_of(dataset, feature_id: str, year: int):
    return status_in(
        dataset.timeline.of(feature_id), year, dataset.statuses_today[feature_id], dataset.data_year
    )


def test_the_data_year_and_the_span_come_from_the_data(dataset):
    # The cargo series ends in 2025; the slider starts in 1990, when the railways of China and
    # Kazakhstan met at Dostyk; the Black Sea cable is due by 2032.
    assert dataset.data_year == 2025
    assert dataset.year_span == (1990, 2032)


@pytest.mark.parametrize(
    ("feature_id", "year", "status", "shown"),
    [
        # BTK: building began on 21 November 2007, it opened on 30 October 2017.
        ("rail-btk", 2006, None, HIDDEN),
        ("rail-btk", 2007, "under construction", SHOWN),
        ("rail-btk", 2016, "under construction", SHOWN),
        ("rail-btk", 2017, "operating", SHOWN),
        # The port at Alat: ordered in 2007, built from 2010, opened on 14 May 2018.
        ("port-baku-alat", 2006, None, HIDDEN),
        ("port-baku-alat", 2008, "planned", SHOWN),
        ("port-baku-alat", 2017, "under construction", SHOWN),
        ("port-baku-alat", 2018, "operating", SHOWN),
        # Turkmenbashi's port has worked since 1896; its rebuilding is a milestone.
        ("port-turkmenbashi", 2016, "operating", SHOWN),
        # Kuryk's ferry complex: built from April 2015, in service from December 2016.
        ("port-kuryk", 2014, None, HIDDEN),
        ("port-kuryk", 2015, "under construction", SHOWN),
        ("port-kuryk", 2016, "operating", SHOWN),
        # Altynkol: trains have crossed to China since 22 December 2012.
        ("gateway-khorgos", 2011, None, FADED),
        ("gateway-khorgos", 2013, "operating", SHOWN),
        # Dostyk - Alashankou: the railways met in 1990, trains crossed from 1991.
        ("gateway-dostyk", 1990, None, FADED),
        ("gateway-dostyk", 1991, "operating", SHOWN),
        # The 2014 line across the steppe, and the 2012 line to Khorgos, apart from the older lines.
        ("rail-kz-zhezkazgan-saksaulskaya", 2013, None, FADED),
        ("rail-kz-shalkar-beineu", 2013, "under construction", SHOWN),
        ("rail-kz-shalkar-beineu", 2014, "operating", SHOWN),
        ("rail-kz-altynkol-zhetygen", 2010, "under construction", SHOWN),
        ("rail-kz-zhetygen-saksaulskaya", 1990, "operating", SHOWN),
        # Horadiz - Aghband: its foundation was laid on 14 February 2021.
        ("rail-zangezur-horadiz-aghband", 2020, None, HIDDEN),
        ("rail-zangezur-horadiz-aghband", 2021, "under construction", SHOWN),
        # Kars - Dilucu: ground broken on 22 August 2025, the data's own year.
        ("rail-tr-kars-dilucu", 2024, None, HIDDEN),
        ("rail-tr-kars-dilucu", 2025, "under construction", SHOWN),
        # Darbaza - Maktaaral: launched on 27 November 2023.
        ("rail-kz-darbaza-maktaaral", 2022, None, HIDDEN),
        ("rail-kz-darbaza-maktaaral", 2023, "under construction", SHOWN),
        # The green energy link: the memorandum of 1 May 2024.
        ("energy-caspian-green-corridor", 2023, None, HIDDEN),
        ("energy-caspian-green-corridor", 2024, "planned", SHOWN),
        # The Poti - Constanța container line: agreed in 2019, sailing from May 2022.
        ("sea-poti-constanta", 2018, None, HIDDEN),
        ("sea-poti-constanta", 2021, "planned", SHOWN),
        ("sea-poti-constanta", 2022, "operating", SHOWN),
        # Undated: "not known" is not "not yet": drawn as it is today, marked as undated.
        ("sea-aktau-alat", 2016, "operating", SHOWN),
        ("port-burgas", 2016, "operating", SHOWN),
        # After the data's year, the data's status holds.
        ("fibre-sumgayit-aktau", 2027, "under construction", SHOWN),
    ],
)
def test_each_feature_has_the_status_its_dates_give(dataset, feature_id, year, status, shown):
    state = as_of(dataset, feature_id, year)
    assert (state.status, state.shown) == (status, shown)


def test_in_2016_the_corridor_is_not_faded(dataset):
    """Every port, gateway and operating line of 2016 is drawn as it was, none faded for want of a date."""
    states = dataset.states_in(2016)
    faded = {fid: state.basis for fid, state in states.items() if state.shown == FADED}
    assert set(faded.values()) == {"not open"}, "only a dated opening still to come fades a feature"
    assert {"sea-kuryk-alat", "flight-gyd-ala", "oil-aktau-sangachal"} <= set(faded)
    for fid in ("port-aktau", "gateway-dostyk", "port-poti", "port-batumi", "rail-ge-gardabani-poti"):
        assert states[fid].status == "operating", fid
    undated = sorted(fid for fid, state in states.items() if state.basis == "undated")
    assert all(states[fid].shown == SHOWN for fid in undated)


def test_every_port_gateway_and_operating_line_is_dated(dataset):
    """Those with no source date are named here, so that a new one cannot slip in undated."""
    undated = {
        fid
        for fid, status in dataset.statuses_today.items()
        if not any(e.kind in ("proposed", "construction", "opened") for e in dataset.timeline.of(fid))
        and (fid.startswith(("port-", "gateway-")) or (fid.startswith("rail-") and status == "operating"))
    }
    assert undated == {"port-burgas", "port-chornomorsk"}


def test_every_corridor_feature_has_an_entry_and_every_date_a_source(dataset):
    assert set(dataset.timeline.features) == set(dataset.statuses_today)
    for events in dataset.timeline.features.values():
        for event in events:
            assert event.source in dataset.sources
            assert event.when
            assert event.translations["when_ru"]
    assert not [p for p in dataset.problems if p.file == "timeline.json"]


def test_in_the_data_year_every_feature_shows_its_status(dataset):
    states = dataset.states_in(dataset.data_year)
    assert {fid: state.status for fid, state in states.items()} == dict(dataset.statuses_today)


def test_milestones_of_a_year_and_the_relations_events(dataset):
    assert [e.feature for e in dataset.timeline.in_year(2017)] == [
        "port-kuryk",
        "sea-kuryk-alat",
        "rail-btk",
    ]
    in_2025 = dataset.timeline.in_year(2025)
    assert "ots-summit-gabala" not in [e.feature for e in in_2025]
    assert any(e.when == "6–7 October 2025" for e in in_2025)
    relations = dataset.timeline.dated_relations()
    assert [e.date for e in relations][-1] is None, "the undated fund comes last"
    dated = [e.date for e in relations if e.date]
    assert dated == sorted(dated)


def event(**changes) -> dict:
    raw = {"kind": "opened", "date": "2017", "when": "2017", "when_ru": "2017 год", "source": "s"}
    return every_language(raw) | changes


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (event(kind="rumoured"), "kind"),
        (event(date="30 Oct 2017"), "date"),
        (event(date="2017-13"), "date"),
        (event(date="9999"), "date"),
        (event(date="0000"), "date"),
        (event(date="1066-10-14"), "date"),
        (event(date="2025-02-30"), "date"),
        (event(date="2025-13-45"), "date"),
        (event(date="2017\n"), "date"),
        (event(kind=["opened"]), "kind"),
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
    assert timeline.of("rail-btk") == (
        Event(
            "opened",
            "2017",
            "2017",
            "s",
            feature="rail-btk",
            translations=every_language({"when_ru": "2017 год"}),
        ),
    )


def test_a_value_of_10000_characters_is_quoted_short():
    huge = "x" * 10_000
    raw = event(kind=huge, date=huge, when=huge, source=huge)
    _, problems = parse_timeline({"features": {"rail-btk": [raw]}, "events": [raw]}, ["s"], ["rail-btk"])
    assert {p.field for p in problems} == {"kind", "date", "when", "source"}
    assert all(len(str(p)) < 300 for p in problems), max(map(str, problems), key=len)[:400]


def test_a_problem_names_the_event_by_its_feature_or_id_and_carries_them_as_data():
    bad = event(source="nowhere")
    document = {"features": {"rail-btk": [bad]}, "events": [bad | {"id": "summit"}, bad]}
    _, problems = parse_timeline(document, ["s"], ["rail-btk"])
    assert [(p.feature, p.feature_id, p.index) for p in problems] == [
        ("'rail-btk'", "rail-btk", None),
        ("'summit'", "summit", 0),
        ("#1", None, 1),
    ]


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
    assert len(dataset.layers["rail"].features) == len(load_dataset().layers["rail"].features)
    assert dataset.year_span == (2025, 2025)


NESTED = re.compile(r"\([^()]*\(")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_event_says_what_happened_once(dataset, language):
    """Never "… begins (building began)": what the source says, once, and no brackets in brackets."""
    from corridor.ui.panels import event_line

    kinds = [words(language)["event_" + kind] for kind in KINDS]
    events = [event for feature in dataset.timeline.features for event in dataset.timeline.of(feature)]
    assert events
    for event in events:
        line = event_line(event, dataset, language)
        what = event.words(language)[1]
        if what:
            assert not [kind for kind in kinds if f"({kind})" in line], line
        else:
            assert words(language)["event_" + event.kind] in line
        assert not NESTED.search(line), line


def test_the_states_of_a_year_read_without_brackets_in_brackets():
    """The route explorer names a link ruled out by the year with its state in brackets."""
    for language in LANGUAGES:
        say = words(language)
        for key in ("as_of_not_begun", "as_of_not_open", "as_of_undated", "route_no_date"):
            assert "(" not in say[key], (language, key)
