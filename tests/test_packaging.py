"""The declarations: every package the code imports is a direct requirement, and the licence is stated.

The app (corridor/ but its layer builders, and streamlit_app.py) may import only what requirements.in
pins directly and pyproject.toml's [project].dependencies names: a package that arrives only as a
dependency of another (numpy through pandas, branca through folium) goes the day that other stops
needing it. The layer builders (corridor/build/), the benchmarks (bench/) and the tests (tests/) may
import what requirements.in or requirements-dev.in pins. Imports are read from the source with ast and
mapped to their distributions through the installed metadata, so these tests run in the environment
requirements-dev.txt installs. Pure Python, no network.
"""

import ast
import functools
import json
import sys
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import pins, requirement_lines

ROOT = Path(__file__).resolve().parent.parent
# The project's own top-level packages and modules: corridor, bench, tests, streamlit_app.
OWN = {path.parent.name for path in ROOT.glob("*/__init__.py")} | {path.stem for path in ROOT.glob("*.py")}


def python_files(*paths: str, skip: str | None = None) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = ROOT / name
        files.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return [file for file in files if skip is None or not file.is_relative_to(ROOT / skip)]


def third_party_imports(files: Iterable[Path]) -> dict[str, list[str]]:
    """Each top-level module the files import, neither in the standard library nor the project's own.

    With the files that import it. Imports inside functions and ``if TYPE_CHECKING:`` count too.
    """
    found: dict[str, list[str]] = {}
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top not in sys.stdlib_module_names and top not in OWN:
                    found.setdefault(top, []).append(file.relative_to(ROOT).as_posix())
    return found


@functools.cache
def distributions_of() -> dict[str, list[str]]:
    return metadata.packages_distributions()


def requirement_names(*sources: str) -> set[str]:
    return {
        canonicalize_name(Requirement(line).name)
        for source in sources
        for line in requirement_lines(ROOT / source)
    }


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def undeclared(files: list[Path], *declared: set[str]) -> list[str]:
    """Each imported module that no distribution in every one of the declared sets provides."""
    problems = []
    for module, importers in sorted(third_party_imports(files).items()):
        where = ", ".join(sorted(set(importers))[:3])
        dists = {canonicalize_name(dist) for dist in distributions_of().get(module, [])}
        if not dists:
            problems.append(f"{module} (imported by {where}) is provided by no installed distribution")
            continue
        for names in declared:
            if not dists & names:
                problems.append(f"{module} (distribution {', '.join(sorted(dists))}; imported by {where})")
                break
    return problems


APP = python_files("corridor", "streamlit_app.py", skip="corridor/build")
TOOLS = python_files("corridor/build", "bench", "tests")


def test_the_import_scan_finds_the_app_and_the_tools_imports() -> None:
    assert {"streamlit", "folium", "shapely"} <= set(third_party_imports(APP))
    assert {"pytest", "playwright", "geopandas"} <= set(third_party_imports(TOOLS))
    assert not {"json", "corridor", "tests", "__future__"} & set(third_party_imports([*APP, *TOOLS]))


def test_every_package_the_app_imports_is_a_direct_requirement_in_both_declarations() -> None:
    dependencies = {
        canonicalize_name(Requirement(text).name) for text in pyproject()["project"]["dependencies"]
    }
    problems = undeclared(APP, requirement_names("requirements.in"), dependencies)
    assert not problems, (
        "the app imports these, but requirements.in and pyproject.toml's [project].dependencies "
        "do not both name them: add each, pinned at its version in requirements.txt, then regenerate "
        "requirements.txt (the command is in its header)\n" + "\n".join(problems)
    )


def test_every_package_the_builders_benchmarks_and_tests_import_is_pinned_directly() -> None:
    problems = undeclared(TOOLS, requirement_names("requirements.in", "requirements-dev.in"))
    assert not problems, (
        "corridor/build/, bench/ or tests/ import these, but neither requirements.in nor "
        "requirements-dev.in names them: add each to requirements-dev.in at its pinned version, then "
        "regenerate requirements-dev.txt (the command is in its header)\n" + "\n".join(problems)
    )


@pytest.mark.parametrize(
    ("declared", "source", "compiled"),
    [
        ("dependencies", "requirements.in", ["requirements.txt"]),
        ("dev", "requirements-dev.in", ["requirements.txt", "requirements-dev.txt"]),
    ],
)
def test_pyproject_names_the_direct_pins_and_each_range_admits_its_pin(
    declared: str, source: str, compiled: list[str]
) -> None:
    project = pyproject()["project"]
    texts = (
        project["dependencies"] if declared == "dependencies" else project["optional-dependencies"][declared]
    )
    ranges = {canonicalize_name(req.name): req for req in map(Requirement, texts)}
    direct = {canonicalize_name(req.name): req for req in map(Requirement, requirement_lines(ROOT / source))}
    assert sorted(ranges) == sorted(direct), (
        f"pyproject.toml's {declared} and {source} should name the same packages: "
        f"only in pyproject.toml {sorted(ranges.keys() - direct.keys())}, "
        f"only in {source} {sorted(direct.keys() - ranges.keys())}"
    )
    pinned: dict[str, str] = {}
    for name in compiled:
        pinned.update(pins(ROOT / name))
    problems = []
    for name, req in sorted(ranges.items()):
        if req.extras != direct[name].extras:
            problems.append(f"{req} has other extras than {direct[name]} in {source}")
        if not req.specifier.contains(pinned[name], prereleases=True):
            problems.append(f"{req} excludes {name}=={pinned[name]}, the version {compiled[-1]} pins")
    assert not problems, "\n".join(problems)


def test_the_code_is_mit_and_the_osm_data_odbl() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    words = " ".join(text.split())
    assert "Open Database License (ODbL) 1.0, © OpenStreetMap contributors" in words
    assert "geodata/README.md" in words
    assert json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["license"] == "MIT"
    project = pyproject()["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
