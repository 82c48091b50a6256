"""Locations of the project's data, built from this file's path."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
GEODATA_DIR = PROJECT_DIR / "geodata"
SOURCES_FILE = GEODATA_DIR / "sources.json"
FIGURES_FILE = GEODATA_DIR / "figures.json"
