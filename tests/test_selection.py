"""Which clicks select a feature and which return to the overview."""

from corridor.contract import COUNTRIES, STATUSES
from corridor.selection import Click, interpret_click, reported_filters, reported_view
from corridor.urlstate import View

KNOWN = ("flights", "rail", "ports")


def test_a_click_on_a_feature_selects_it():
    click = interpret_click({"event": "click", "id": "1-1", "feature_id": "port-aktau"}, None)
    assert click.feature_id == "port-aktau"
    assert click.signature == "1-1"


def test_a_click_on_empty_map_clears():
    click = interpret_click({"event": "click", "id": "1-2", "feature_id": None}, "1-1")
    assert click.feature_id is None


def test_the_same_report_twice_is_not_a_new_click():
    state = {"event": "click", "id": "1-1", "feature_id": "port-aktau"}
    first = interpret_click(state, None)
    assert interpret_click(state, first.signature) is None


def test_clicking_the_same_feature_again_is_a_new_click():
    assert (
        interpret_click({"event": "click", "id": "2-2", "feature_id": "port-aktau"}, "1-1").feature_id
        == "port-aktau"
    )


def test_nothing_clicked_yet():
    assert interpret_click(None, None) is None
    assert interpret_click({}, None) is None


def test_malformed_reports_are_ignored_or_cleared():
    assert interpret_click({"event": "click", "id": 5, "feature_id": "port-aktau"}, None) is None
    assert interpret_click({"event": "click", "id": "3-3", "feature_id": ["x"]}, None).feature_id is None


def test_the_ready_report_selects_nothing():
    assert interpret_click({"event": "ready", "id": "1-1", "feature_id": None}, None) is None


def reported_layers(state, known, last_version):
    return reported_filters(state, last_version, layers=known, statuses=STATUSES, countries=COUNTRIES)


def test_newer_layers_are_taken_in_the_known_order():
    choice = reported_layers(
        {"event": "layers", "layers": ["ports", "flights"], "layersVersion": 2}, KNOWN, 1
    )
    assert choice.layers == ("flights", "ports")
    assert choice.version == 2


def test_layers_no_newer_than_the_apps_are_ignored():
    state = {"event": "click", "layers": ["ports"], "layersVersion": 2}
    assert reported_layers(state, KNOWN, 2) is None
    assert reported_layers(state, KNOWN, 5) is None


def test_unknown_and_malformed_layers_are_dropped_or_ignored():
    assert reported_layers({"layers": ["rail", "x", 3, None], "layersVersion": 1}, KNOWN, 0).layers == (
        "rail",
    )
    assert reported_layers({"layers": "rail", "layersVersion": 1}, KNOWN, 0) is None
    assert reported_layers({"layers": ["rail"], "layersVersion": True}, KNOWN, 0) is None
    assert reported_layers({"layers": ["rail"], "layersVersion": "9"}, KNOWN, 0) is None
    assert reported_layers({"event": "ready", "id": "1", "feature_id": None}, KNOWN, 0) is None
    assert reported_layers(None, KNOWN, 0) is None


def test_every_layer_switched_off_is_a_choice_too():
    assert reported_layers({"layers": [], "layersVersion": 1}, KNOWN, 0).layers == ()


def test_the_statuses_and_countries_come_with_the_layers_and_only_known_ones():
    choice = reported_layers(
        {
            "layers": ["rail"],
            "statuses": ["planned", "closed", "operating"],
            "countries": ["KZ", "AZ", "XX", 4],
            "layersVersion": 3,
        },
        KNOWN,
        2,
    )
    assert choice.statuses == ("operating", "planned")
    assert choice.countries == ("AZ", "KZ")
    # A report without them leaves them as they are.
    bare = reported_layers({"layers": ["rail"], "layersVersion": 3}, KNOWN, 2)
    assert (bare.statuses, bare.countries) == (None, None)


def test_a_click_overtaken_by_a_later_report_is_still_taken_once():
    later = {
        "event": "view",
        "id": "1-3",
        "feature_id": None,
        "lastClick": {"id": "1-2", "feature_id": "port-kuryk"},
    }
    click = interpret_click(later, "1-1")
    assert click == Click("port-kuryk", "1-2")
    assert interpret_click(later, click.signature) is None
    assert interpret_click({"event": "view", "id": "1-4", "lastClick": "1-2"}, None) is None


def test_a_reported_view_is_read_and_a_bad_one_is_not():
    assert reported_view({"event": "view", "view": "41.7,44.8,7"}) == View(41.7, 44.8, 7)
    for bad in (None, "41.7,44.8", "91,44.8,7", "41.7,44.8,30", "a,b,c", ["41.7", "44.8", "7"]):
        assert reported_view({"event": "view", "view": bad}) is None
    assert reported_view("not a report") is None
