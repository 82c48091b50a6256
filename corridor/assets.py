"""Where the map's front-end files come from, so the map works with no CDN.

Leaflet's JS, CSS and control icons are taken from the installed
``django-js-lib-leaflet`` wheel (Leaflet 1.9.4, BSD-2-Clause), which pip
installs from ``requirements.txt``. The package is only used as a folder of
files: nothing of Django is imported.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

LEAFLET_PACKAGE = "js_lib_leaflet"
LEAFLET_JS = "leaflet.js"
LEAFLET_CSS = "leaflet.css"


def leaflet_dir() -> Path:
    spec = importlib.util.find_spec(LEAFLET_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{LEAFLET_PACKAGE} is not installed: run pip install -r requirements.txt")
    folder = Path(next(iter(spec.submodule_search_locations))) / "static" / LEAFLET_PACKAGE
    if not (folder / LEAFLET_JS).is_file():
        raise FileNotFoundError(f"{folder / LEAFLET_JS} is missing")
    return folder
