"""A port's panel with its capacity and throughput: the chart, and the chosen year's utilisation or why there is none."""

from __future__ import annotations

from tests.bars import outlined
from tests.helpers import opened, shown_text


def _bars(at) -> str:
    """The capacity bars' HTML: the panel's one HTML element."""
    (found,) = [element.proto.body for element in at.get("html")]
    return found


def test_bakus_panel_in_2024_gives_its_utilisation_with_the_numbers_and_a_chart_outlining_the_year():
    at = opened(select="port-baku-alat", year="2024")
    text = shown_text(at).replace("**", "")
    assert "Capacity and throughput" in text
    # 7.6 million tonnes handled in 2024 of a first-phase capacity of 15 million tonnes a year.
    assert "Utilisation in 2024, by weight: 51%" in text
    assert "Throughput: 7.6 million tonnes — 2024" in text
    assert "Capacity in force: 15 million tonnes a year — first phase, opened 2018" in text
    assert "Utilisation in 2024, in containers (TEU): 77%" in text
    # The chosen year's bars are outlined: the year's throughput, and the capacity in force in it.
    assert outlined(_bars(at)) == {
        "Port of Baku at Alat: cargo capacity, million tonnes a year": ["first phase, opened 2018"],
        "Port of Baku at Alat: container capacity, TEU a year": ["first phase, opened 2018"],
        "Port of Baku at Alat: cargo handled, million tonnes": ["2024"],
        "Port of Baku at Alat: containers handled, TEU": ["2024"],
    }


def test_bakus_panel_in_2016_says_no_data_and_why():
    at = opened(select="port-baku-alat", year="2016")
    text = shown_text(at).replace("**", "")
    assert "Utilisation in 2016, by weight: no data: no source gives a capacity in force in 2016" in text
    assert all(not periods for periods in outlined(_bars(at)).values())
