"""A port's capacity and throughput bars in the browser.

Drawn to scale, the chosen year outlined, the sources linked, and in the page's
language after a switch, with the map kept.
"""

from __future__ import annotations

import json

from playwright.sync_api import expect

from bench.mapdriver import TIMEOUT_MS, MapPage
from corridor.i18n import words
from corridor.paths import geodata_dir

BARS = ".st-key-corridor-panel .corridor-bars"
# Each series' title, and each bar's drawn length as a share of its track, as the browser lays them out.
LENGTHS_JS = """
(bars) => [...bars.querySelectorAll('.corridor-bars-series')].map((series) => ({
  title: series.querySelector('p').textContent.trim(),
  shares: [...series.querySelectorAll('li')].map((row) => {
    const track = row.querySelector('span[aria-hidden="true"]');
    return track.firstElementChild.getBoundingClientRect().width / track.getBoundingClientRect().width;
  }),
}))
"""


def expected_shares(feature: str) -> dict[str, list[float]]:
    """Each of the feature's series (by English label) and each point's share of its largest, from figures.json."""
    document = json.loads((geodata_dir() / "figures.json").read_text(encoding="utf-8"))
    found = {}
    for raw in document["series"]:
        if feature in raw.get("features", []):
            largest = max(point["value"] for point in raw["points"])
            found[raw["label"]] = [point["value"] / largest for point in raw["points"]]
    return found


def test_bakus_bars_are_drawn_to_scale_with_2024_outlined_and_their_sources_linked(page, server):
    app = MapPage(*page).open(f"{server.url}/?select=port-baku-alat&year=2024")
    bars = app.page.locator(BARS)
    expect(bars).to_be_visible(timeout=TIMEOUT_MS)
    expect(bars.locator('li[aria-current="true"]')).to_have_count(4)
    drawn = {one["title"].rsplit(",", 1)[0]: one["shares"] for one in bars.evaluate(LENGTHS_JS)}
    expected = expected_shares("port-baku-alat")
    assert set(drawn) == set(expected)
    for label, shares in expected.items():
        assert [round(share, 2) for share in drawn[label]] == [round(share, 2) for share in shares], label
    links = bars.locator("a")
    expect(links.first).to_have_attribute(
        "href",
        "https://intermodalnews.eu/2021/04/29/director-general-of-port-of-baku-new-location-opens-up-new-opportunities/",
    )
    expect(links.first).to_have_attribute("target", "_blank")


def test_the_bars_speak_the_new_language_after_a_switch_and_the_map_stays(page, server):
    app = MapPage(*page).open(f"{server.url}/?select=port-aktau&year=2022")
    bars = app.page.locator(BARS)
    expect(bars).to_be_visible(timeout=TIMEOUT_MS)
    app.mark_map()
    russian = words("ru")
    app.page.get_by_text(russian.name, exact=True).click()
    expect(bars).to_have_attribute("aria-label", russian["capacity_heading"], timeout=TIMEOUT_MS)
    expect(bars.locator("li").first).to_have_attribute(
        "title", f"свыше 11 млн т в год · 2024 · {russian['source']}: The Astana Times, 2024-09-26"
    )
    # 2022's throughput is outlined; the capacity stated for 2024 is not in force in 2022.
    expect(bars.locator('li[aria-current="true"]')).to_have_count(1)
    expect(bars.locator('li[aria-current="true"]')).to_contain_text("2022")
    assert app.map_is_marked(), "the map was re-mounted"
