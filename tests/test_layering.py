"""Imports run one way: from the page down to the data, never back up.

Each module of ``corridor`` sits in a tier; a module may import its own tier
and those below it. A data module that imports the drawing code (``urlstate``
once took two zoom numbers from ``mapbuild``, and with it folium) or the charts
(``cite`` took a label from ``charts``, and with it Altair) fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from corridor.paths import PROJECT_DIR

PACKAGE = PROJECT_DIR / "corridor"

# From the bottom up. A module not listed takes its package's tier (corridor.ui.* is "page").
TIERS = {
    "base": (
        "corridor",
        "corridor.i18n",
        "corridor.contract",
        "corridor.contract.limits",
        "corridor.contract.values",
        "corridor.contract.problems",
        "corridor.contract.geometry",
        "corridor.contract.fields",
        "corridor.contract.validate",
        "corridor.paths",
        "corridor.spelling",
        "corridor.layout",
        "corridor.styles",
        "corridor.assets",
        "corridor.geojson_io",
        "corridor.leaflet",
        "corridor.leaflet.elements",
    ),
    "data": (
        "corridor.layers",
        "corridor.sources",
        "corridor.timeline",
        "corridor.georules",
        "corridor.figures",
        "corridor.capacity",
        "corridor.figurefile",
        "corridor.missinglinks",
        "corridor.transitfile",
        "corridor.crosschecks",
        "corridor.dataset",
        "corridor.urlstate",
        "corridor.selection",
        "corridor.alternatives",
    ),
    "views": (
        "corridor.routes",
        "corridor.routes.geometry",
        "corridor.routes.network",
        "corridor.routes.missing",
        "corridor.routes.search",
        "corridor.routes.wording",
        "corridor.routes.transit",
        "corridor.routes.timewording",
        "corridor.catalog",
        "corridor.downloads",
        "corridor.figuretable",
        "corridor.charts",
        "corridor.barchart",
        "corridor.cite",
        "corridor.labelrank",
        "corridor.mapfeatures",
        "corridor.legend",
        "corridor.lens",
        "corridor.mapdata",
        "corridor.mapbuild",
        "corridor.state",
    ),
    "page": (
        "corridor.ui",
        "corridor.ui.resources",
        "corridor.ui.session",
        "corridor.ui.mapview",
        "corridor.ui.app",
        "corridor.__main__",
        "corridor.build",
    ),
}
ORDER = list(TIERS)
# Imports that may run back up, for now: none.
KNOWN: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_DIR).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def tier(name: str) -> str:
    for candidate in (name, *(name.rsplit(".", n)[0] for n in range(1, name.count(".") + 1))):
        for label, members in TIERS.items():
            if candidate in members:
                return label
    raise AssertionError(f"{name} is in no tier: add it to TIERS")


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "corridor":
            if node.module == "corridor":
                found |= {f"corridor.{alias.name}" for alias in node.names}
            else:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "corridor"}
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_a_module_imports_only_its_own_tier_and_those_below(path):
    name = module_name(path)
    upward = [
        f"{target} ({tier(target)})"
        for target in sorted(imports(path))
        if ORDER.index(tier(target)) > ORDER.index(tier(name)) and (name, target) not in KNOWN
    ]
    assert not upward, f"{name} ({tier(name)}) imports up: {', '.join(upward)}"


def test_the_known_exceptions_are_still_needed():
    for name, target in KNOWN:
        path = PACKAGE / (name.removeprefix("corridor.").replace(".", "/") + ".py")
        assert target in imports(path), f"{name} no longer imports {target}: drop it from KNOWN"


def third_party(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
    return found - {"corridor"}


def reached(name: str) -> set[str]:
    """Every library a module brings in, through the project's modules it imports."""
    paths = {module_name(path): path for path in MODULES}
    seen, todo, libraries = set(), [name], set()
    while todo:
        current = todo.pop()
        if current in seen or current not in paths:
            continue
        seen.add(current)
        libraries |= third_party(paths[current])
        todo.extend(imports(paths[current]))
    return libraries


# What draws the page: only the page's own modules may bring these in.
DRAWING = {"streamlit": "the page", "folium": "the map", "branca": "the map", "altair": "the charts"}


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("corridor.urlstate", set()),
        ("corridor.selection", set()),
        ("corridor.cite", set()),
        ("corridor.figures", set()),
        ("corridor.dataset", set()),
        ("corridor.routes", set()),
        ("corridor.routes.geometry", set()),
        ("corridor.routes.network", set()),
        ("corridor.routes.search", set()),
        ("corridor.routes.wording", set()),
        ("corridor.catalog", set()),
        ("corridor.downloads", set()),
        ("corridor.figuretable", set()),
        ("corridor.mapdata", set()),
        ("corridor.charts", {"altair"}),
        ("corridor.mapbuild", {"folium", "branca"}),
    ],
)
def test_a_module_brings_in_no_drawing_library_it_does_not_draw_with(name, allowed):
    brought = {library for library in reached(name) & set(DRAWING) if library not in allowed}
    assert not brought, f"{name} brings in {', '.join(f'{b} ({DRAWING[b]})' for b in sorted(brought))}"


def test_only_the_page_imports_streamlit():
    outside = [
        module_name(path)
        for path in MODULES
        if "streamlit" in third_party(path) and tier(module_name(path)) != "page"
    ]
    assert not outside, f"streamlit imported outside corridor.ui: {outside}"


def test_the_benchmark_imports_nothing_from_the_tests():
    """The benchmark's helpers (the server runner, the offline browser page, the map driver) are its own."""
    found = [
        path.name for path in sorted((PROJECT_DIR / "bench").glob("*.py")) if "tests" in third_party(path)
    ]
    assert not found, f"bench imports test code: {', '.join(found)}"


def test_no_test_module_imports_from_another():
    """What tests share lives in a helpers module (tests/helpers.py, tests/e2e/helpers.py), never in a test module."""
    found = []
    for path in sorted((PROJECT_DIR / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.split(".")[-1].startswith("test_")
            ):
                found.append(f"{path.relative_to(PROJECT_DIR)} imports {node.module}")
    assert not found, "; ".join(found)
