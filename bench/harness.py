"""A real ``streamlit run`` server and a real headless Chromium, with no internet.

Shared by the end-to-end tests, the screenshot command and the benchmark.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from corridor.paths import GEODATA_ENV, PROJECT_DIR

APP = PROJECT_DIR / "streamlit_app.py"
# The map is the page's only component frame (its title is the map's own, set by the map).
MAP_FRAME = 'iframe[data-testid="stCustomComponentV1"]'
LOCAL_PREFIXES = ("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "data:", "blob:", "about:")
TILE_HOST = "tile.openstreetmap.org"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
BROWSER_HELP = (
    "No Chromium was found for the browser tests. Install one: on Debian or Ubuntu "
    "`apt-get install -y chromium`; elsewhere `python -m playwright install chromium`. "
    "Or point CHROMIUM_PATH at a Chromium or Chrome binary."
)


def find_browser() -> str | None:
    """A Chromium to drive: $CHROMIUM_PATH, one on PATH, or Playwright's own."""
    candidates = [os.environ.get("CHROMIUM_PATH")]
    candidates += [shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            managed = p.chromium.executable_path
    except Exception:
        return None
    return managed if Path(managed).is_file() else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check: Callable[[], bool], timeout: float, what: str, interval: float = 0.05) -> None:
    """Poll ``check`` until it is true; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read() == b"ok"
    except OSError:
        return False


# Where each test server writes what it prints, one file a port: kept after the run, shown when a test fails.
SERVER_LOGS = PROJECT_DIR / "test-artifacts" / "servers"
# How much of a server's log a failed test shows.
LOG_TAIL_BYTES = 8000


@dataclass
class Server:
    """A streamlit server started for a run: its process, address, log and start-up time."""

    process: subprocess.Popen
    url: str
    started: float
    log: Path
    healthy_after: float = 0.0

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_tail(self, size: int = LOG_TAIL_BYTES) -> str:
        """The end of what the server has printed so far."""
        with self.log.open("rb") as handle:
            handle.seek(max(0, self.log.stat().st_size - size))
            return handle.read().decode("utf-8", errors="replace")


@contextmanager
def streamlit_server(
    app: Path = APP, geodata: Path | None = None, timeout: float = 60, port: int | None = None
) -> Iterator[Server]:
    """Run ``streamlit run`` on a loopback port (a free one unless given) until the block ends."""
    port = port or free_port()
    env = dict(os.environ)
    env.pop(GEODATA_ENV, None)
    # Scripts outside the project root (the benchmark's floor page) import corridor too.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_DIR), env.get("PYTHONPATH")]))
    if geodata is not None:
        env[GEODATA_ENV] = str(geodata)
    command = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    started = time.perf_counter()
    SERVER_LOGS.mkdir(parents=True, exist_ok=True)
    log = SERVER_LOGS / f"streamlit-{port}.log"
    # A file, not a pipe: a pipe nobody reads fills at 64 KB, and the server then blocks on its next line.
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=app.parent, env=env, stdout=output, stderr=subprocess.STDOUT)
    server = Server(process, f"http://127.0.0.1:{port}", started, log)
    try:
        wait_until(
            lambda: process.poll() is None and _healthy(server.url),
            timeout,
            "the streamlit server's /_stcore/health",
        )
        server.healthy_after = time.perf_counter() - started
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class Traffic:
    """What a page asked the network for, and what went wrong."""

    refused: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def refused_other_than_tiles(self) -> list[str]:
        return [url for url in self.refused if TILE_HOST not in url]


def launch_browser(playwright, extra_args: tuple[str, ...] = ()):
    executable = find_browser()
    if executable is None:
        raise RuntimeError(BROWSER_HELP)
    return playwright.chromium.launch(
        executable_path=executable, headless=True, args=[*CHROMIUM_ARGS, *extra_args]
    )


def offline_page(browser, viewport: dict[str, int] | None = None, locale: str = "en-GB"):
    """A page whose requests off this machine are refused, and whose errors are kept."""
    context = browser.new_context(viewport=viewport or {"width": 1400, "height": 900}, locale=locale)
    page = context.new_page()
    traffic = Traffic()

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith(LOCAL_PREFIXES):
            request_route.continue_()
        else:
            traffic.refused.append(url)
            request_route.abort("blockedbyclient")

    def on_failed(request) -> None:
        if request.url.startswith(LOCAL_PREFIXES):
            traffic.failed.append(f"{request.url}: {request.failure}")

    def on_response(response) -> None:
        if response.status >= 400 and response.url.startswith(LOCAL_PREFIXES):
            traffic.failed.append(f"{response.url}: HTTP {response.status}")

    def on_console(message) -> None:
        location = message.location.get("url", "") if message.location else ""
        if message.type == "error" and TILE_HOST not in location + message.text:
            traffic.console_errors.append(message.text)

    def on_dialog(dialog) -> None:
        traffic.dialogs.append(dialog.message)
        dialog.dismiss()

    context.route("**/*", route)
    page.on("requestfailed", on_failed)
    page.on("response", on_response)
    page.on("console", on_console)
    page.on("pageerror", lambda error: traffic.page_errors.append(str(error)))
    page.on("dialog", on_dialog)
    context.on("page", lambda other: other.on("dialog", on_dialog))
    return page, traffic


# Runs inside the map frame: where a feature is on screen, and whether it is on top there.
FIND_FEATURE_JS = """
(id) => {
  const map = window.map;
  let target = null;
  map.eachLayer((layer) => {
    if (layer.feature && layer.feature.properties.id === id && layer._path && layer._path.isConnected) {
      target = layer;
    }
  });
  if (!target) return null;
  let candidates = [];
  if (target.getLatLng) {
    candidates = [target.getLatLng()];
  } else {
    const flat = target.getLatLngs().flat(3);
    for (let i = 0; i < flat.length; i++) {
      candidates.push(flat[i]);
      if (i + 1 < flat.length) {
        candidates.push(L.latLng((flat[i].lat + flat[i + 1].lat) / 2, (flat[i].lng + flat[i + 1].lng) / 2));
      }
    }
    const middle = Math.floor(candidates.length / 2);
    candidates = candidates.slice(middle).concat(candidates.slice(0, middle));
  }
  const box = map.getContainer().getBoundingClientRect();
  for (const latlng of candidates) {
    const p = map.latLngToContainerPoint(latlng);
    const x = p.x + box.left, y = p.y + box.top;
    if (x < box.left + 60 || y < box.top + 60 || x > box.right - 10 || y > box.bottom - 30) continue;
    if (document.elementFromPoint(x, y) === target._path) return [x, y];
  }
  return null;
}
"""

# Runs inside the map frame: zoom two steps in on a feature, as a person would.
ZOOM_TO_FEATURE_JS = """
(id) => {
  const map = window.map;
  map.eachLayer((layer) => {
    if (layer.feature && layer.feature.properties.id === id && layer._path) {
      const where = layer.getLatLng ? layer.getLatLng() : layer.getBounds().getCenter();
      map.setView(where, Math.min(map.getZoom() + 2, map.getMaxZoom()), {animate: false});
    }
  });
}
"""

# Runs inside the map frame: how many paths of each stroke colour are drawn.
COUNT_PATHS_JS = """
() => {
  const counts = {};
  document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').forEach((path) => {
    const key = path.getAttribute('stroke');
    counts[key] = (counts[key] || 0) + 1;
  });
  return counts;
}
"""

# Runs inside the map frame: the place names shown, with their boxes.
SHOWN_LABELS_JS = """
() => [...document.querySelectorAll('.corridor-label.shown')].map((el) => {
  const r = el.getBoundingClientRect();
  return {text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
})
"""


# Where the app publishes the files it makes from the data (layers, basemap, names, code).
PUBLISHED_PATH = "/component/corridor.ui.assets.generated_files/"


def record_published(page) -> list[str]:
    """Every request the page and its frames make for a published file, in order, as it happens."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url) if PUBLISHED_PATH in request.url else None)
    return seen
