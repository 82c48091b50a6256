"""Which clicks select a feature and which return to the overview."""

from corridor.selection import interpret_click


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
