"""What is measured inside this process with Streamlit's AppTest: the script's own time, the payload."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from unittest import mock

from bench import harness
from bench.load import map_report
from bench.report import median
from corridor.paths import GEODATA_ENV


def geodata_env(folder: Path):
    """Point the app at ``folder`` for the duration of a ``with`` block."""
    return mock.patch.dict(os.environ, {GEODATA_ENV: str(folder)})


def script_times(folder: Path, repeat: int) -> dict[str, float]:
    """Time ``main()`` itself inside real AppTest runs: first load, rerun, toggle, click."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    import corridor.ui.app as page
    from corridor.ui.session import MAP_KEY

    timings: list[float] = []
    real_main = page.main

    def timed_main() -> None:
        started = time.perf_counter()
        real_main()
        timings.append(time.perf_counter() - started)

    page.main = timed_main
    try:
        with geodata_env(folder):
            st.cache_resource.clear()
            at = AppTest.from_file(str(harness.APP), default_timeout=120)
            at.run()
            first = timings[-1]
            report_ready(at)
            for _ in range(repeat):
                at.run()
            rerun = median(timings[-repeat:])
            for i in range(repeat):
                at.session_state[MAP_KEY] = map_report(
                    "layers", None, f"bench-layers-{i}", i + 1, flights=i % 2 == 1
                )
                at.run()
            toggle = median(timings[-repeat:])
            for i in range(repeat):
                feature = "port-aktau" if i % 2 == 0 else "port-baku-alat"
                at.session_state[MAP_KEY] = map_report(
                    "click", feature, f"bench-click-{i}", repeat, flights=True
                )
                at.run()
            click = median(timings[-repeat:])
            assert not at.exception, at.exception
    finally:
        page.main = real_main
    return {"first": first, "rerun": rerun, "toggle": toggle, "click": click}


def report_ready(at) -> None:
    """What the map reports once drawn; it brings the run that adds the controls and figures."""
    from corridor.ui.session import MAP_KEY

    at.session_state[MAP_KEY] = {"event": "ready", "id": "bench-ready", "feature_id": None}
    at.run()


def apptest_run_time(script: Path, repeat: int) -> float:
    """Wall time of a whole AppTest rerun, the same way for the app and the floor."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(script), default_timeout=120)
    at.run()
    if script == harness.APP:
        report_ready(at)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - started)
    return median(times)


def payload(folder: Path) -> dict[str, int]:
    """Bytes of the map component's arguments on a rerun, and of the files the browser fetches once."""
    from streamlit.testing.v1 import AppTest

    from corridor.ui.assets import published_file
    from corridor.ui.resources import get_published
    from corridor.ui.session import MAP_KEY

    def size_of(url: str) -> int:
        return published_file(url).stat().st_size

    with geodata_env(folder):
        at = AppTest.from_file(str(harness.APP), default_timeout=120)
        at.run()
        report_ready(at)
        sizes = {"all arguments": len(component_bytes(at))}
        sizes["of which the state"] = len(json.loads(component_bytes(at))["feature_group"].encode())
        at.session_state[MAP_KEY] = map_report("click", "port-aktau", "bench-payload", 1, flights=False)
        at.run()
        sizes["all arguments, a port selected and flights off"] = len(component_bytes(at))
        published = get_published(folder)
        config = published.config
        sizes["basemap file"] = size_of(config["basemap"]["borders"])
        sizes["labels file (English)"] = size_of(config["labels"]["urls"]["en"])
        sizes["detailed borders file (from zoom 6)"] = size_of(config["basemap"]["detail"])
        sizes["map code and config (1 script, 1 stylesheet)"] = sum(
            size_of(u) for u in published.scripts + published.stylesheets
        )
        for spec in config["layers"]:
            for tier in spec["tiers"]:
                sizes[f"layer {spec['id']}, from zoom {tier['minZoom']}"] = size_of(tier["url"])
        sizes["layer files at the opening zoom"] = sum(
            size_of(spec["tiers"][0]["url"]) for spec in config["layers"]
        )
    return sizes


def component_bytes(at) -> bytes:
    (component,) = at.get("component_instance")
    return component.proto.json_args.encode()
