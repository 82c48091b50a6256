"""Statuses that say when they were checked, sources that link their articles, and a year view.

The year view tells "not yet" from "not known".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from corridor.dataset import load_dataset
from corridor.paths import GEODATA_ENV, PROJECT_DIR
from corridor.sources import parse_sources, url_problem
from tests.conftest import edit_feature
from tests.helpers import APP, click, opened, report, shown_text


@pytest.fixture
def app():
    """The page after its first run and the map's "ready" report."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    report(at, "ready")
    return at


def validate(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corridor", "validate", str(folder)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_status_checked_long_before_the_datas_date_is_a_warning(geodata_copy):
    edit_feature(geodata_copy, "ports.geojson", "port-poti", status_checked="2025-06-01")
    dataset = load_dataset(geodata_copy)
    assert dataset.problems == ()
    (warning,) = dataset.warnings
    assert (warning.file, warning.feature, warning.field) == (
        "ports.geojson",
        "'port-poti'",
        "status_checked",
    )
    result = validate(geodata_copy)
    assert result.returncode == 0, "a warning does not fail the check"
    assert result.stdout.splitlines() == [
        "warning: ports.geojson: feature 'port-poti': status_checked: the status was checked on 2025-06-01, "
        "more than 365 days before the data's date (2026-12-04): check it again"
    ]


def test_a_status_checked_within_the_year_is_no_warning(geodata_copy):
    edit_feature(geodata_copy, "ports.geojson", "port-poti", status_checked="2026-01-01")
    assert load_dataset(geodata_copy).warnings == ()


def test_the_panel_gives_the_status_as_of_its_check_and_its_source(app):
    click(app, "port-anaklia")
    text = shown_text(app)
    assert "**Status as of 4 December 2026:** under construction: the government announced" in text
    assert "[DredgeWire, 2025-12-03](https://dredgewire.com/" in text


def test_a_stale_status_is_marked_on_the_panel(geodata_copy, monkeypatch):
    edit_feature(geodata_copy, "ports.geojson", "port-poti", status_checked="2025-06-01")
    monkeypatch.setenv(GEODATA_ENV, str(geodata_copy))
    at = opened(select="port-poti")
    assert "checked more than a year before the data's date (4 December 2026)" in shown_text(at)
    at = opened(select="port-poti", lang="ru")
    assert "Статус на 1 июня 2025\u202fг.:" in shown_text(at), "Babel's Russian long date"


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("https://ady.az/", "front page"),
        ("https://report.az", "front page"),
        ("https://web.archive.org/web/2005/http://russian.china.org.cn/x.htm", "moment in full"),
        ("https://evil.example\uff0f@report.az/x", "well-formed"),
        ("https://evil.example/x\x1b", "control or invisible"),
        ("https://report.az/\u202ex", "control or invisible"),
        ("http://report.az/en/news/1", "https://"),
    ],
)
def test_a_source_must_link_its_article(url, fragment):
    sources, problems = parse_sources({"s": {"title": "t", "publisher": "p", "url": url}})
    assert sources == {}
    assert [p.field for p in problems] == ["url"]
    assert fragment in problems[0].message


def test_only_the_publishers_site_may_be_cited_when_said_so():
    sources, problems = parse_sources(
        {"s": {"title": "t", "publisher": "p", "url": "https://report.az/", "site_only": True}}
    )
    assert problems == []
    assert sources["s"]["site_only"] is True
    assert url_problem("https://web.archive.org/web/20050117000000/http://russian.china.org.cn/x.htm") is None


def test_every_site_only_source_says_so_on_the_panel(app, dataset):
    site_only = {sid for sid, source in dataset.sources.items() if source.get("site_only")}
    assert site_only, "some sources are known only by their publisher's site"
    feature = next(f for f in dataset.corridor_features if site_only & set(f["properties"]["sources"]))
    click(app, feature["properties"]["id"])
    assert "only the publisher's site is known, not the page" in shown_text(app)


def test_an_undated_feature_is_drawn_as_today_and_marked_date_unknown():
    at = opened(year="2016", select="sea-aktau-alat")
    from tests.helpers import map_state

    assert map_state(at)["asOf"]["sea-aktau-alat"] == ["operating", "shown", "undated"]
    assert "**In 2016:** date unknown: no source we cite dates it" in shown_text(at)


def test_the_headline_cards_follow_the_year_or_say_they_are_the_latest():
    at = opened(year="2019")
    labels = [m.label.replace("\\", "") for m in at.metric]
    assert labels[:2] == [
        "Trade between Azerbaijan and Kazakhstan, 2019",
        "Middle Corridor cargo (million tonnes), 2019",
    ]
    assert [m.value for m in at.metric][:2] == ["USD 229.6 million", "0.759"]
    # No visitors count for 2019: the latest, with its own period, said plainly.
    assert labels[2] == "Visitors to Azerbaijan from Kazakhstan, 2024"
    assert any("it shows the latest one" in c.value for c in at.caption)
    at = opened()
    assert not any("it shows the latest one" in c.value for c in at.caption)


def test_a_line_resting_on_osm_stations_alone_says_where(app):
    click(app, "rail-kz-shalkar-beineu")
    captions = " ".join(c.value for c in app.caption).replace("\\", "")
    assert "Between Tassai – Beyneu no source we found names the stations" in captions
    assert "Stations in order (17)" in [e.label for e in app.expander]
