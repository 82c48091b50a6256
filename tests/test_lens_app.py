"""The bottleneck view on the page, run by Streamlit's AppTest, with synthetic figures in place of the data's."""

from __future__ import annotations

import json
from types import MappingProxyType

import pytest

from corridor import lens
from corridor.lens import Utilisation
from corridor.state import ALL_LAYER_IDS
from corridor.ui import guard
from tests.helpers import map_args, map_state, opened, report

# The figures a provider gives for each year: Aktau's and BTK's utilisation, Poti without data.
SYNTHETIC = {
    2024: {"port-aktau": 0.78, "rail-btk": 0.95, "port-poti": None},
    2016: {"port-aktau": None, "rail-btk": 0.3, "port-poti": None},
}


@pytest.fixture
def provider(monkeypatch) -> list[tuple[str, int]]:
    """The lens's figures from :data:`SYNTHETIC`; each call noted."""
    from corridor.ui import resources

    calls: list[tuple[str, int]] = []

    def synthetic(folder: str, year: int):
        calls.append((folder, year))
        return MappingProxyType(SYNTHETIC.get(year, {}))

    monkeypatch.setattr(resources, "get_utilisation", synthetic)
    return calls


def address(at) -> dict[str, str]:
    """The page's address as the app last wrote it."""
    return {name: value if isinstance(value, str) else value[-1] for name, value in at.query_params.items()}


def lens_switch(at, lenses: list[str], version: int) -> None:
    """What the map reports after its legend's lens switch."""
    at.session_state["corridor-map"] = {
        "event": "layers",
        "id": f"lens-{version}",
        "feature_id": None,
        "layers": map_state(at)["layers"],
        "statuses": map_state(at)["statuses"],
        "countries": map_state(at)["countries"],
        "lenses": lenses,
        "layersVersion": version,
    }
    at.run()
    assert not at.exception


@pytest.mark.parametrize("year", [2024, 2016])
def test_a_lens_link_sends_the_years_figures_and_keeps_the_lens_in_the_address(provider, year):
    at = opened(lens="utilisation", year=str(year))
    state = map_state(at)
    assert state["lenses"] == ["utilisation"]
    assert state["utilisation"] == lens.lens_state(Utilisation(year, SYNTHETIC[year]), "en")
    assert address(at)["lens"] == "utilisation"
    assert not at.warning


def test_the_lens_takes_the_latest_year_when_the_link_names_none(provider, dataset):
    at = opened(lens="utilisation")
    assert map_state(at)["utilisation"]["year"] == dataset.data_year
    assert "year" not in address(at)


def test_without_the_lens_nothing_is_asked_and_nothing_sent(provider):
    at = opened(year="2016")
    assert (map_state(at)["lenses"], map_state(at)["utilisation"]) == ([], None)
    assert provider == []
    assert "lens" not in address(at)


def test_the_legends_switch_writes_and_removes_the_lens_in_the_address(provider):
    at = opened(year="2024")
    lens_switch(at, ["utilisation"], 1)
    assert address(at)["lens"] == "utilisation"
    assert map_state(at)["utilisation"]["features"]["port-aktau"] == [2, "78%"]
    lens_switch(at, [], 2)
    assert "lens" not in address(at)
    assert map_state(at)["utilisation"] is None
    # A report older than the app's switch changes nothing.
    lens_switch(at, ["utilisation"], 1)
    assert "lens" not in address(at)


def test_a_bad_lens_is_named_and_the_rest_of_the_link_applies(provider):
    at = opened(lens="heat", year="2016", layers="ports")
    (notice,) = at.warning
    assert "lens=heat" in notice.value
    assert map_state(at)["lenses"] == []
    assert map_state(at)["year"] == 2016
    assert map_state(at)["layers"] == ["ports"]
    assert "lens" not in address(at)


def test_the_lens_keeps_the_rerun_small(provider):
    plain = len(json.dumps(map_args(opened(year="2024"))).encode())
    at = opened(year="2024", lens="utilisation")
    assert map_state(at)["utilisation"]["features"], "the year's figures are sent"
    lensed = len(json.dumps(map_args(at)).encode())
    assert lensed - plain < 1024
    assert lensed < 16 * 1024


def test_figures_that_fail_are_named_and_the_map_draws_without_them(monkeypatch):
    from corridor.ui import resources

    def broken(*args):
        raise RuntimeError("no figures")

    monkeypatch.setattr(resources, "get_utilisation", broken)
    at = opened(lens="utilisation")
    assert [e.value for e in at.error if e.icon == guard.ICON] == [guard.failed_words("lens", "en")]
    assert map_state(at)["utilisation"] is None
    assert map_state(at)["layers"] == list(ALL_LAYER_IDS)
    report(at, "ready")


@pytest.mark.parametrize("year", [2024, 2016])
def test_the_data_gives_the_lens_each_covered_features_reading_and_no_guess(dataset, year):
    from corridor import capacity

    readings = capacity.utilisation_by_feature(dataset.series, year)
    assert readings, "the data has capacity and throughput series"
    sent = map_state(opened(lens="utilisation", year=str(year)))["utilisation"]
    assert sent["year"] == year
    assert set(sent["features"]) == set(readings)
    for feature, reading in readings.items():
        wanted = None if reading.fraction is None else lens.bin_of(reading.fraction)
        assert (sent["features"][feature] or [None])[0] == wanted, feature


def test_the_slider_brings_the_new_years_figures_and_keeps_the_lens(provider):
    at = opened(lens="utilisation", year="2024")
    at.slider[0].set_value(2016).run()
    assert not at.exception
    assert map_state(at)["utilisation"] == lens.lens_state(Utilisation(2016, SYNTHETIC[2016]), "en")
    assert map_state(at)["lenses"] == ["utilisation"]
