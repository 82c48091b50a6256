"""Helpers the test modules share: the app run by AppTest, the validator run as a command, a port to spoil, the pins."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

from packaging.utils import canonicalize_name
from streamlit.testing.v1 import AppTest

from corridor import styles
from corridor.i18n import LANGUAGES
from corridor.paths import PROJECT_DIR
from corridor.ui.session import MAP_KEY
from corridor.ui.text import WORD_JOINER

APP = str(PROJECT_DIR / "streamlit_app.py")


def plain(markdown: str) -> str:
    """What the reader sees of escaped Markdown: no escapes, and character references as characters."""
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown)).replace(WORD_JOINER, "")


def shown_text(at: AppTest) -> str:
    return " ".join(plain(m.value) for m in at.markdown)


def map_args(at: AppTest) -> dict:
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)


def map_state(at: AppTest) -> dict:
    """The state the rerun sent to the map."""
    found = re.search(r"corridorState\(map_div, (\{.*\})\);", map_args(at)["feature_group"])
    return json.loads(found.group(1))


def drawn_layers(at: AppTest) -> list[str]:
    return map_state(at)["layers"]


def report(at: AppTest, event: str, feature_id: str | None = None) -> None:
    """What the map reports to Streamlit, as the component's value, then the rerun it brings."""
    at.session_state[MAP_KEY] = {
        "event": event,
        "id": f"{event}-{feature_id}-{len(at.markdown)}",
        "feature_id": feature_id,
    }
    at.run()
    assert not at.exception


def opened(**params: str) -> AppTest:
    """The page opened from a link, after the map's "ready" report."""
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    report(at, "ready")
    return at


def click(at: AppTest, feature_id: str | None) -> None:
    report(at, "click", feature_id)


def switch_layers(at: AppTest, layers: list[str], version: int, event: str = "layers") -> None:
    """What the map reports after its legend has switched layers ``version`` times."""
    at.session_state[MAP_KEY] = {
        "event": event,
        "id": f"{event}-{version}-{len(at.markdown)}",
        "feature_id": None,
        "layers": layers,
        "layersVersion": version,
    }
    at.run()
    assert not at.exception


def published_layer(folder, layer_id: str) -> dict:
    """The first tier of a layer as the app published it, read back from its file."""
    from corridor.ui import resources
    from corridor.ui.assets import published_file

    config = resources.get_published(folder).config
    spec = next(spec for spec in config["layers"] if spec["id"] == layer_id)
    return json.loads(published_file(spec["tiers"][0]["url"]).read_text(encoding="utf-8"))


def run_validate(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corridor", "validate", *map(str, paths)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


SOURCES = ("geonames",)
# The languages the catalogues add beside English and Russian: a test's data gives them the Russian texts.
EXTRA_LANGUAGES = tuple(code for code in LANGUAGES if code not in ("en", "ru"))


def in_every_language(raw: dict) -> dict:
    """``raw`` with its Russian texts (``x_ru``, or a ``"ru"`` block) given to every other language too.

    The interview's own Russian words (``quote_ru``) stay the quote's alone.
    """
    found = dict(raw)
    for key, value in raw.items():
        for code in EXTRA_LANGUAGES:
            if key.endswith("_ru") and key != "quote_ru":
                found.setdefault(key.removesuffix("_ru") + "_" + code, value)
            elif key == "ru" and isinstance(value, dict):
                found.setdefault(code, value)
    return found


def port(**changes) -> dict:
    properties = {
        "id": "port-test",
        "name_en": "Test port",
        "name_ru": "Тестовый порт",
        "kind": "sea_port",
        "status": "operating",
        "countries": ["KZ"],
        "description": "A port for tests.",
        "description_ru": "Порт для тестов.",
        "sources": ["geonames"],
        "status_checked": "2026-12-04",
        "status_source": "geonames",
    }
    properties = in_every_language(properties)
    properties.update(changes)
    for key in [k for k, v in changes.items() if v is None]:
        del properties[key]
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [51.2, 43.6]},
        "properties": properties,
    }


def requirement_lines(path: Path) -> list[str]:
    """The lines of a requirements file that are not blank, comments or options (-r, -c)."""
    lines = (line.split(" #")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith(("#", "-"))]


def pins(path: Path) -> dict[str, str]:
    """Each pinned distribution's canonical name and version; a line that is not ``name==version`` fails."""
    found: dict[str, str] = {}
    for line in requirement_lines(path):
        match = PIN.match(line)
        assert match, f"{path.name}: {line!r} is not an exact name==version pin"
        name = canonicalize_name(match["name"])
        assert name not in found, f"{path.name}: {name} is pinned twice"
        found[name] = match["version"]
    return found


PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[A-Za-z0-9.+!_-]+)$")


# WCAG 2.1's contrast for graphical objects (1.4.11): at least 3:1 against what is next to them.
MIN_CONTRAST = 3.0
DARK_GROUNDS = {"dark sea": styles.SEA_COLOUR_DARK, "dark land": str(styles.BASEMAP_STYLE_DARK["fillColor"])}


def luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of an sRGB colour, "#rrggbb"."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2.1's contrast ratio of two colours, from 1 to 21."""
    dark, light = sorted((luminance(a), luminance(b)))
    return (light + 0.05) / (dark + 0.05)


# Colour-vision deficiencies simulated by colorspacious (Machado et al. 2009, at full severity).
VISION = ("normal", "deuteranomaly", "protanomaly", "tritanomaly")
# Comfortably apart at a glance, thin lines included (CAM02-UCS, where about 1 is just noticeable).
MIN_DISTANCE = 10.0


def seen(colour: str, vision: str):
    """A colour, "#rrggbb", as a person with ``vision`` sees it, as sRGB from 0 to 1."""
    import numpy as np
    from colorspacious import cspace_convert

    rgb = np.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    if vision == "normal":
        return rgb
    space = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
    return np.clip(cspace_convert(rgb, space, "sRGB1"), 0, 1)


def distance(a: str, b: str, vision: str) -> float:
    """How far apart two colours look to a person with ``vision``, in CAM02-UCS."""
    from colorspacious import deltaE

    return float(deltaE(seen(a, vision), seen(b, vision), input_space="sRGB1"))
