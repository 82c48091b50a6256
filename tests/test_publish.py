"""The map's published files: published again when they disappear, and named when they cannot be written."""

from __future__ import annotations

import errno
import json
import logging
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from corridor import mapdata
from corridor.i18n import words
from corridor.paths import PROJECT_DIR, geodata_dir
from corridor.ui import assets, guard, resources

APP = str(PROJECT_DIR / "streamlit_app.py")


def new_session() -> AppTest:
    """A visitor's first run of the page."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def published() -> mapdata.Published:
    return resources.get_published(str(geodata_dir()))


def frame_files(at: AppTest) -> list[Path]:
    """The published files the run's map loads by tag: its code and its stylesheet."""
    (component,) = at.get("component_instance")
    args = json.loads(component.proto.json_args)
    urls = [url for url in args["js_links"] + args["css_links"] if "generated_files" in url]
    assert urls, "the map loads no published file"
    return [assets.published_file(url) for url in urls]


@pytest.fixture
def fresh_cache():
    """Each test publishes for itself; the tests after it publish again."""
    resources.get_published.clear()
    yield
    resources.get_published.clear()


def test_published_files_that_disappear_are_published_again_when_a_session_starts(fresh_cache, caplog):
    new_session()
    folder = assets.published_folder()
    assert assets.all_published(published().urls())
    # A cleaner of the temporary folder takes the files and their folder while the server runs.
    shutil.rmtree(folder)
    with caplog.at_level(logging.WARNING, logger=guard.LOG.name):
        at = new_session()
    urls = published().urls()
    assert len(urls) > 10
    assert all(assets.published_file(url).is_file() for url in urls)
    assert all(path.is_file() for path in frame_files(at))
    assert "publishing them again" in caplog.text
    # Half-written copies never stay behind.
    assert not list(folder.glob(".*.partial"))
    # A session's later runs do not check again; the next session finds everything in place.
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger=guard.LOG.name):
        at.run()
        new_session()
    assert "publishing them again" not in caplog.text


def test_files_that_cannot_be_written_name_the_map_and_the_rest_of_the_page_draws(fresh_cache, monkeypatch):
    attempts: list[str] = []

    def disk_full(stem: str, text: str, suffix: str) -> str:
        attempts.append(stem)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(resources, "publish_text", disk_full)
    at = new_session()
    assert attempts
    assert not at.get("component_instance"), "a map went out without its files"
    assert [e.value for e in at.error] == [guard.failed_words("map", "en")]
    # Nothing waits for a map that was never sent: the tools, the panel and the sidebar draw at once.
    assert at.text_input, "no search box"
    assert at.slider, "no year slider"
    assert [b.label for b in at.sidebar.button] == [words("en")["clear"]], "no sidebar"
    assert len(at.metric) == 3
    # The session does not try again on every rerun; a reload (a new session) does.
    tried = len(attempts)
    at.run()
    assert not at.exception
    assert len(attempts) == tried
    assert [e.value for e in at.error] == [guard.failed_words("map", "en")]
    monkeypatch.undo()
    again = new_session()
    assert again.get("component_instance")
    assert not again.error
