"""A bounded load run: N websocket sessions that toggle and click, against 127.0.0.1 only.

Each session speaks Streamlit's own protocol (protobuf over
``/_stcore/stream``), as a browser tab does: it opens the page, reports the map
as drawn, then, for the length of the run, alternately switches the flight
layer in the map's legend and clicks a port, one action every ``period``
seconds (a heavy user). Both reach the app as the map's report, the
component value a browser would send.
It waits for each rerun to finish before the next action, so a slow server
slows the session down rather than piling up work. Meanwhile the server's
health endpoint is polled. Nothing is sent to any host but 127.0.0.1.

``python -m bench.load --sessions 20 --seconds 60`` runs it against a fresh
server on a free port; ``bench.run`` calls :func:`load_run` the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlparse

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from corridor.layers import CORRIDOR_LAYERS

PORTS = ("port-aktau", "port-baku-alat", "port-kuryk", "port-poti")
RERUN_TIMEOUT = 60.0


@dataclass
class LoadResult:
    """What a load run measured: its sessions and length, each rerun and health check, the errors."""

    sessions: int
    seconds: float
    reruns: list[float] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def reruns_per_second(self) -> float:
        return len(self.reruns) / self.seconds

    def percentile(self, values: list[float], share: float) -> float:
        if not values:
            return float("nan")
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def map_report(event: str, feature_id: str | None, report_id: str, version: int, flights: bool) -> dict:
    """What the map reports to the app: the event, and the layers its legend has switched on.

    The layers are all, or all but the flights, after ``version`` switches.
    """
    return {
        "event": event,
        "id": report_id,
        "feature_id": feature_id,
        "layers": [layer.id for layer in CORRIDOR_LAYERS if flights or layer.id != "flights"],
        "layersVersion": version,
    }


class Session:
    """One browser tab's worth of Streamlit protocol."""

    def __init__(self, url: str, number: int):
        self.url = url
        self.number = number
        self.ws = None
        self.map_id: str | None = None
        self.map_value: dict = {}
        self.flights_on = True
        self.switches = 0
        self.clicks = 0

    async def open(self) -> None:
        address = urlparse(self.url)
        self.ws = await websockets.connect(
            f"ws://{address.netloc}/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=RERUN_TIMEOUT,
        )
        await self.rerun()
        self.map_value = self.report("ready", None)
        await self.rerun()
        if self.map_id is None:
            raise RuntimeError("the page did not show its map")

    def report(self, event: str, feature_id: str | None) -> dict:
        return map_report(
            event, feature_id, f"load-{self.number}-{event}-{self.clicks}", self.switches, self.flights_on
        )

    async def rerun(self) -> None:
        """Send the widgets' state and wait until the script run it brings has finished."""
        message = BackMsg()
        state = message.rerun_script
        state.query_string = ""
        state.page_script_hash = ""
        if self.map_id is not None and self.map_value:
            widget = state.widget_states.widgets.add()
            widget.id = self.map_id
            widget.json_value = json.dumps(self.map_value)
        await self.ws.send(message.SerializeToString())
        while True:
            data = await asyncio.wait_for(self.ws.recv(), RERUN_TIMEOUT)
            forward = ForwardMsg()
            forward.ParseFromString(data)
            kind = forward.WhichOneof("type")
            if kind == "delta":
                self._read_delta(forward)
            elif kind == "script_finished":
                if forward.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    raise RuntimeError("the script failed to compile")
                if forward.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                    return

    def _read_delta(self, forward: ForwardMsg) -> None:
        if forward.delta.WhichOneof("type") != "new_element":
            return
        element = forward.delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            raise RuntimeError(f"the page showed an exception: {element.exception.message}")
        if kind == "component_instance":
            self.map_id = element.component_instance.id

    async def act(self) -> None:
        """Switch the flights, or click a port: one rerun either way."""
        if self.clicks % 2 == 0:
            self.flights_on = not self.flights_on
            self.switches += 1
            self.map_value = self.report("layers", None)
        else:
            port = PORTS[(self.clicks // 2 + self.number) % len(PORTS)]
            self.map_value = self.report("click", port)
        self.clicks += 1
        await self.rerun()

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


async def _session_loop(session: Session, result: LoadResult, deadline: float, period: float) -> None:
    try:
        await session.open()
        while time.monotonic() < deadline:
            started = time.monotonic()
            await session.act()
            elapsed = time.monotonic() - started
            result.reruns.append(elapsed)
            await asyncio.sleep(max(0.0, period - elapsed))
    except Exception as error:  # a load run reports every failure and carries on
        result.errors.append(f"session {session.number}: {type(error).__name__}: {error}")
    finally:
        await session.close()


def _health_once(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=30) as response:
        response.read()
    return time.perf_counter() - started


async def _health_loop(url: str, result: LoadResult, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            result.health.append(await asyncio.to_thread(_health_once, url))
        except OSError as error:
            result.errors.append(f"health: {error}")
        await asyncio.sleep(0.5)


async def _load(url: str, sessions: int, seconds: float, period: float) -> LoadResult:
    if urlparse(url).hostname != "127.0.0.1":
        raise ValueError("the load run only sends traffic to 127.0.0.1")
    result = LoadResult(sessions, seconds)
    opened = time.monotonic()
    deadline = opened + seconds
    clients = [Session(url, number) for number in range(sessions)]
    await asyncio.gather(
        _health_loop(url, result, deadline),
        *(_session_loop(client, result, deadline, period) for client in clients),
    )
    # Sessions start at once, so opening the pages falls inside the run.
    result.seconds = time.monotonic() - opened
    return result


def load_run(url: str, sessions: int = 20, seconds: float = 60.0, period: float = 0.5) -> LoadResult:
    """Run the load against ``url`` (a server on 127.0.0.1) and return what was measured."""
    return asyncio.run(_load(url, sessions, seconds, period))


def summary(result: LoadResult) -> dict[str, str]:
    median = statistics.median(result.reruns) if result.reruns else float("nan")
    return {
        "reruns per second": f"{result.reruns_per_second:.1f}",
        "rerun median": f"{median * 1000:.0f} ms",
        "rerun p95": f"{result.percentile(result.reruns, 0.95) * 1000:.0f} ms",
        "health median / p95": (
            f"{statistics.median(result.health) * 1000:.0f} / "
            f"{result.percentile(result.health, 0.95) * 1000:.0f} ms"
            if result.health
            else "none answered"
        ),
        "errors": str(len(result.errors)),
    }


def main(argv: list[str] | None = None) -> int:
    from bench import harness

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--period", type=float, default=0.5, help="seconds between one session's actions")
    args = parser.parse_args(argv)
    with harness.streamlit_server() as server:
        result = load_run(server.url, args.sessions, args.seconds, args.period)
    for name, value in summary(result).items():
        print(f"{name}: {value}")
    for error in result.errors[:10]:
        print(error)
    return 0 if not result.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
