"""The bottleneck view (the utilisation lens): its bins, its colours, its legend, its link and what a rerun sends.

Pure: synthetic mappings of feature id to utilisation, no Streamlit (test_lens_app.py runs the page).
"""

from __future__ import annotations

import itertools
import math

import pytest

from corridor import i18n, lens, mapdata, styles, urlstate
from corridor.legend import legend_html
from corridor.lens import Utilisation
from corridor.selection import reported_filters
from corridor.state import ALL_LAYER_IDS, Known, ViewState
from corridor.urlstate import Notice
from tests.helpers import DARK_GROUNDS, MIN_CONTRAST, MIN_DISTANCE, VISION, contrast, distance

KNOWN = Known(features=frozenset({"port-aktau"}), years=(1991, 2027), data_year=2024)
SYNTHETIC = {"port-aktau": 0.78, "port-poti": None, "rail-btk": 1.2, "port-<b>": 0.1}


@pytest.mark.parametrize(
    ("fraction", "wanted"), [(0, 0), (0.499, 0), (0.5, 1), (0.749, 1), (0.75, 2), (0.9, 3), (1.4, 3)]
)
def test_each_utilisation_falls_in_one_bin(fraction, wanted):
    assert lens.bin_of(fraction) == wanted
    assert len(lens.COLOURS) == len(lens.BOUNDS) + 1


def test_a_rerun_sends_the_year_and_each_covered_features_bin_and_figure():
    sent = lens.lens_state(Utilisation(2024, SYNTHETIC), "en")
    assert sent == {
        "year": 2024,
        "features": {
            "port-&lt;b&gt;": [0, "10%"],
            "port-aktau": [2, "78%"],
            "port-poti": None,
            "rail-btk": [3, "120%"],
        },
    }


def test_the_figure_is_written_as_the_language_writes_a_percentage():
    sent = lens.lens_state(Utilisation(2016, {"port-aktau": 0.78}), "ru")
    assert sent["features"]["port-aktau"] == [2, "78\xa0%"]


@pytest.mark.parametrize(
    ("fraction", "language", "wanted"),
    [
        (0.895, "en", "89.5%"),
        (0.8999, "en", "89.9%"),
        (0.7496, "ru", "74,9\xa0%"),
        (0.4999, "en", "49.9%"),
        (0.9, "en", "90%"),
        (0.904, "en", "90%"),
        (0.5067, "en", "51%"),
        (0.894, "en", "89%"),
    ],
)
def test_a_figure_never_reads_as_the_edge_of_a_bin_it_is_not_in(fraction, language, wanted):
    """89.5 % is drawn in the 75–90 % bin: rounded to the whole per cent, it would read "90%"."""
    assert lens.percent(fraction, language) == wanted
    assert lens.lens_state(Utilisation(2024, {"port-aktau": fraction}), language)["features"][
        "port-aktau"
    ] == [
        lens.bin_of(fraction),
        wanted,
    ]


@pytest.mark.parametrize("value", [None, math.nan, math.inf, -0.2, True, "0.5"])
def test_what_is_no_fraction_is_no_data_and_never_a_bin(value):
    assert lens.lens_state(Utilisation(2016, {"port-aktau": value}), "en")["features"] == {"port-aktau": None}


def test_the_bins_stay_apart_from_each_other_from_no_data_and_from_land_and_sea():
    colours = (*lens.COLOURS, lens.NO_DATA_COLOUR)
    close = [
        (vision, a, b)
        for vision in VISION
        for a, b in itertools.combinations(colours, 2)
        if distance(a, b, vision) < MIN_DISTANCE
    ]
    faint = [
        (vision, colour, ground)
        for vision in VISION
        for colour in colours
        for ground in (styles.LAND_FILL, styles.SEA_COLOUR)
        if distance(colour, ground, vision) < 20
    ]
    assert (close, faint) == ([], [])


def test_the_bins_run_from_light_to_dark():
    def lightness(colour: str) -> float:
        return sum(int(colour[i : i + 2], 16) for i in (1, 3, 5))

    assert [lightness(c) for c in lens.COLOURS] == sorted((lightness(c) for c in lens.COLOURS), reverse=True)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_legend_has_the_switch_and_its_scale_in_the_pages_language(language):
    html = legend_html(language)
    words = i18n.words(language).legend
    assert 'data-lens="utilisation"' in html
    assert words["lens"] in html
    labels = lens.bin_labels(language)
    assert len(labels) == len(lens.COLOURS)
    for colour, label in zip(lens.COLOURS, labels, strict=True):
        assert f'stroke="{colour}"' in html
        assert label in html
    assert html.count("data-lens-year") == 2
    assert '<div class="corridor-lens" data-row="lens" hidden>' in html
    assert words["lens_no_data"].split("{year}")[0] in html


def test_the_english_scale_reads_as_percentages():
    assert lens.bin_labels("en") == ("0%–50%", "50%–75%", "75%–90%", "90% and above")


def parse(**params: str) -> tuple[urlstate.LinkState, list[Notice]]:
    return urlstate.parse(
        params, languages=("en",), layers=("ports",), statuses=("operating",), features=(), lenses=lens.LENSES
    )


def test_a_link_turns_the_lens_on_and_a_bad_value_is_named_while_the_rest_applies():
    assert parse(lens="utilisation") == (urlstate.LinkState(lens="utilisation"), [])
    assert parse(lens=" Utilisation ")[0].lens == "utilisation"
    link, notices = parse(lens="heat", lang="en")
    assert link == urlstate.LinkState(lang="en")
    assert notices == [Notice("lens", "heat")]
    assert parse(lens="")[1] == [Notice("lens", "")]


def test_the_lens_is_written_last_and_only_when_on():
    plain = {"lang": "en", "layers": ("ports",), "statuses": ("operating",), "select": None, "view": None}
    assert "lens" not in urlstate.encode(**plain)
    params = urlstate.encode(**plain, year=2016, lens="utilisation")
    assert list(params)[-1] == "lens" == urlstate.PARAMETERS[-1]
    assert params["lens"] == "utilisation"


def test_the_state_reads_the_lens_from_a_link_and_writes_it_back():
    state, notices = ViewState.from_link({"lens": "utilisation", "year": "2016"}, KNOWN)
    assert notices == []
    assert state.lens == "utilisation"
    assert state.to_link()["lens"] == "utilisation"
    # A link without the lens is a view without it.
    again, _ = ViewState.from_link({"year": "2016"}, KNOWN, previous=state)
    assert again.lens is None
    assert again.layers_version > state.layers_version


def test_a_bad_lens_in_a_link_is_named_and_the_rest_of_the_link_applies():
    state, notices = ViewState.from_link({"lens": "heat", "year": "2016", "select": "port-aktau"}, KNOWN)
    assert notices == [Notice("lens", "heat")]
    assert (state.lens, state.year, state.selected) == (None, 2016, "port-aktau")


def report(lenses: object, version: int) -> dict[str, object]:
    return {
        "event": "layers",
        "id": f"r{version}",
        "layers": list(ALL_LAYER_IDS),
        "lenses": lenses,
        "layersVersion": version,
    }


def test_the_legends_switch_turns_the_lens_on_and_off_and_an_older_report_changes_nothing():
    state = ViewState().apply_report(report(["utilisation"], 1))
    assert (state.lens, state.layers_version) == ("utilisation", 1)
    assert state.apply_report(report([], 1)).lens == "utilisation", "no newer than the app's"
    assert state.apply_report(report([], 2)).lens is None
    assert state.apply_report(report(["heat"], 2)).lens is None
    # A report from before the lens (without the list) leaves it as it is.
    assert state.apply_report(report(None, 2)).lens == "utilisation"


def test_the_reported_lens_is_read_with_the_filters():
    choice = reported_filters(
        report(["utilisation", "x"], 3),
        0,
        layers=ALL_LAYER_IDS,
        statuses=(),
        countries=(),
        lenses=lens.LENSES,
    )
    assert choice is not None
    assert choice.lenses == ("utilisation",)


def test_the_lens_switch_counts_as_one_more_switch_only_when_it_changes():
    state = ViewState()
    assert state.set_lens(None) is state
    assert state.set_lens("utilisation").layers_version == 1


def test_the_years_figures_go_to_the_map_only_while_the_lens_is_on():
    figures = Utilisation(2024, SYNTHETIC)
    off = ViewState().to_map_state(year=None, utilisation=figures)
    assert (off["lenses"], off["utilisation"]) == ([], None)
    on = ViewState(lens="utilisation").to_map_state(year=None, utilisation=figures)
    assert on["lenses"] == ["utilisation"]
    assert on["utilisation"] == lens.lens_state(figures, "en")
    # Without figures (they failed) the map is told the lens is on, and colours nothing.
    assert ViewState(lens="utilisation").to_map_state(year=None)["utilisation"] is None


def test_the_map_is_published_with_the_lens_colours_and_styles(dataset):
    config = mapdata.publish_map(dataset.layers, lambda stem, text, suffix: f"{stem}.{suffix}").config
    assert config["lens"]["colours"] == list(lens.COLOURS)
    assert config["lens"]["noData"] == {
        "color": lens.NO_DATA_COLOUR,
        "fillColor": lens.NO_DATA_COLOUR,
        "dashArray": lens.NO_DATA_DASH,
    }
    assert all("lensValue" in words and "lensNoData" in words for words in config["words"].values())


def test_no_data_is_drawn_lighter_on_the_dark_basemap_and_stands_out_there():
    dark = styles.themed(lens.NO_DATA_COLOUR, "dark")
    assert dark != lens.NO_DATA_COLOUR
    assert all(contrast(dark, ground) >= MIN_CONTRAST for ground in DARK_GROUNDS.values())
    assert all(
        contrast(lens.NO_DATA_COLOUR, ground) >= MIN_CONTRAST
        for ground in (styles.LAND_FILL, styles.SEA_COLOUR)
    )
