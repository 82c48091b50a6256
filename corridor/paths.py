"""Locations of the project's data, built from this file's path."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
GEODATA_DIR = PROJECT_DIR / "geodata"
GEODATA_ENV = "CORRIDOR_GEODATA_DIR"


def geodata_dir() -> Path:
    """The folder the app reads: ``geodata/``, unless a test points it at fixtures."""
    return Path(os.environ.get(GEODATA_ENV) or GEODATA_DIR)
