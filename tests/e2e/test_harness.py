"""The test servers themselves: one that prints a lot keeps serving, and its log is kept for a failure."""

from __future__ import annotations

from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import TIMEOUT_MS

# More than a pipe holds (64 KB on Linux): a server writing into a pipe nobody read blocked here.
NOISY_APP = """
import streamlit as st

for line in range(400):
    print(f"line {line} " + "x" * 1000, flush=True)
print("the last line", flush=True)
st.write("drawn after the noise")
"""


def test_a_server_that_prints_400_kb_still_draws_and_keeps_its_log(page, tmp_path):
    app = tmp_path / "noisy_app.py"
    app.write_text(NOISY_APP, encoding="utf-8")
    with harness.streamlit_server(app=app) as server:
        browser_page, _ = page
        browser_page.goto(server.url)
        expect(browser_page.get_by_text("drawn after the noise")).to_be_visible(timeout=TIMEOUT_MS)
        harness.wait_until(lambda: "the last line" in server.log_tail(), 10, "the log's last line")
        assert server.log.stat().st_size > 400_000
