"""A port's panel with its capacity and throughput: the chart, and the chosen year's utilisation or why there is none."""

from __future__ import annotations

import json

from tests.helpers import opened, shown_text


def _chart_specs(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def _capacity_chart(at) -> dict:
    (found,) = [spec for spec in _chart_specs(at) if "cargo handled" in json.dumps(spec)]
    return found


def _outlined(spec: dict, year: int) -> dict[str, list[str]]:
    """Each small chart's title and the periods of the bars outlined as the chosen year's."""
    found = {}
    for chart in spec["vconcat"]:
        assert chart["encoding"]["stroke"]["condition"]["test"] == f"(datum['y'] === {year})"
        found[chart["title"]["text"]] = [row["period"] for row in chart["data"]["values"] if row["y"] == year]
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
    assert _outlined(_capacity_chart(at), 2024) == {
        "Port of Baku at Alat: cargo capacity": ["first phase, opened 2018"],
        "Port of Baku at Alat: container capacity": ["first phase, opened 2018"],
        "Port of Baku at Alat: cargo handled": ["2024"],
        "Port of Baku at Alat: containers handled": ["2024"],
    }


def test_bakus_panel_in_2016_says_no_data_and_why():
    at = opened(select="port-baku-alat", year="2016")
    text = shown_text(at).replace("**", "")
    assert "Utilisation in 2016, by weight: no data: no source gives a capacity in force in 2016" in text
    assert all(not periods for periods in _outlined(_capacity_chart(at), 2016).values())
