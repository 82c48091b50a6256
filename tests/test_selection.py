"""Which clicks select a feature and which return to the overview."""

from corridor.selection import interpret_click

AKTAU = {"lat": 43.65, "lng": 51.2}
ELSEWHERE = {"lat": 45.0, "lng": 60.0}
DRAWING = {"type": "Feature", "properties": {"id": "port-aktau"}}


def test_a_click_on_a_feature_selects_it():
    click = interpret_click(
        {"last_clicked": AKTAU, "last_object_clicked": AKTAU, "last_active_drawing": DRAWING}, None
    )
    assert click.feature_id == "port-aktau"


def test_a_click_on_empty_map_clears():
    click = interpret_click(
        {"last_clicked": ELSEWHERE, "last_object_clicked": AKTAU, "last_active_drawing": DRAWING}, None
    )
    assert click.feature_id is None


def test_the_same_report_twice_is_not_a_new_click():
    state = {"last_clicked": AKTAU, "last_object_clicked": AKTAU, "last_active_drawing": DRAWING}
    first = interpret_click(state, None)
    assert interpret_click(state, first.signature) is None


def test_nothing_clicked_yet():
    assert interpret_click(None, None) is None
    assert interpret_click({"last_clicked": None, "last_object_clicked": None}, None) is None


def test_a_report_without_positions_is_ignored():
    assert interpret_click({"last_clicked": "junk", "last_active_drawing": DRAWING}, None) is None
