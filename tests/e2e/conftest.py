"""Fixtures for the browser tests: one server per module, one browser per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import harness
from corridor.paths import PROJECT_DIR

ARTIFACTS = PROJECT_DIR / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test shows the end of its servers' logs (what a traceback on the server said)."""
    report = yield
    if report.failed:
        for value in getattr(item, "funcargs", {}).values():
            if isinstance(value, harness.Server):
                report.sections.append((f"streamlit server log, last lines ({value.log})", value.log_tail()))
    return report


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if harness.find_browser() is None:
        pytest.fail(harness.BROWSER_HELP, pytrace=False)
    with sync_playwright() as playwright:
        browser = harness.launch_browser(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A new offline page (requests off this machine refused, errors kept), and what it asked for."""
    page, traffic = harness.offline_page(browser)
    yield page, traffic
    page.context.close()


@pytest.fixture(scope="module")
def server():
    """The app on the real geodata/. Modules that need fixtures start their own."""
    with harness.streamlit_server() as running:
        yield running


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
