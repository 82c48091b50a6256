"""The pins: requirements.txt holds the app's whole dependency tree, each package at one exact version.

requirements.txt is compiled from the direct pins in requirements.in, and requirements-dev.txt from
requirements-dev.in (see their headers). Community Cloud installs requirements.txt and CI installs
requirements-dev.txt, so these tests check, against the environment they run in, that every package
the direct pins pull in is pinned at the version installed here: what CI tests is what is deployed.
Pure Python, no network.
"""

import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import pins, requirement_lines

ROOT = Path(__file__).resolve().parent.parent


def options(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line.startswith("-")]


def direct(path: Path) -> list[Requirement]:
    return [Requirement(line) for line in requirement_lines(path)]


def tree(source: str) -> tuple[dict[str, str], dict[str, set[str]], list[str]]:
    """Walk the installed distributions a requirements file's direct pins need, with markers and extras here.

    Returns each reached distribution's installed version, who needs it, and the needed ones missing.
    """
    versions: dict[str, str] = {}
    needed_by: dict[str, set[str]] = {}
    missing: list[str] = []
    todo = [(req, source) for req in direct(ROOT / source)]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        req, parent = todo.pop()
        name = canonicalize_name(req.name)
        needed_by.setdefault(name, set()).add(parent)
        if (name, frozenset(req.extras)) in seen:
            continue
        seen.add((name, frozenset(req.extras)))
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            missing.append(name)
            continue
        versions[name] = dist.version
        for text in dist.requires or []:
            dep = Requirement(text)
            extras = req.extras or {""}
            if dep.marker is None or any(dep.marker.evaluate({"extra": extra}) for extra in extras):
                todo.append((dep, name))
    return versions, needed_by, missing


def test_every_line_of_requirements_txt_is_an_exact_pin() -> None:
    assert len(pins(ROOT / "requirements.txt")) > len(direct(ROOT / "requirements.in"))
    assert not options(ROOT / "requirements.txt"), "requirements.txt should hold pins only"


def test_the_direct_pins_are_compiled_into_requirements_txt_at_their_versions() -> None:
    pinned = pins(ROOT / "requirements.txt")
    for source, compiled in (
        ("requirements.in", pinned),
        ("requirements-dev.in", pins(ROOT / "requirements-dev.txt")),
    ):
        for req in direct(ROOT / source):
            name = canonicalize_name(req.name)
            (spec,) = req.specifier
            assert spec.operator == "==", f"{source}: {req} should be an exact pin"
            assert compiled.get(name) == spec.version, (
                f"{source} pins {name}=={spec.version} but its compiled file has {compiled.get(name)}: "
                "regenerate it (the command is in its header)"
            )


@pytest.mark.parametrize(
    ("source", "compiled"),
    [
        ("requirements.in", ["requirements.txt"]),
        ("requirements-dev.in", ["requirements.txt", "requirements-dev.txt"]),
    ],
)
def test_everything_the_direct_pins_need_here_is_pinned_at_its_installed_version(
    source: str, compiled: list[str]
) -> None:
    pinned: dict[str, str] = {}
    for name in compiled:
        pinned.update(pins(ROOT / name))
    versions, needed_by, missing = tree(source)
    problems = [
        f"{name} is needed but not installed: pip install -r requirements-dev.txt" for name in missing
    ]
    for name, version in sorted(versions.items()):
        by = ", ".join(sorted(needed_by[name]))
        if name not in pinned:
            problems.append(
                f"{name} {version} (needed by {by}) is installed but not pinned in {' or '.join(compiled)}"
            )
        elif pinned[name] != version:
            problems.append(f"{name} is pinned at {pinned[name]} but {version} is installed (needed by {by})")
    assert not problems, "\n".join([*problems, f"regenerate {compiled[-1]} (the command is in its header)"])


@pytest.mark.skipif(
    sys.platform != "linux", reason="requirements.txt is compiled for Linux, as Community Cloud runs"
)
def test_requirements_txt_pins_nothing_the_app_does_not_need() -> None:
    versions, _, _ = tree("requirements.in")
    stale = sorted(set(pins(ROOT / "requirements.txt")) - set(versions))
    assert not stale, f"requirements.txt pins what nothing in requirements.in needs: {stale}; regenerate it"


def test_requirements_dev_txt_installs_the_runtime_pins_first_and_never_moves_one() -> None:
    path = ROOT / "requirements-dev.txt"
    first = next(
        line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()[:1] != "#"
    )
    assert first == "-r requirements.txt"
    assert options(path) == ["-r requirements.txt"]
    runtime, dev = pins(ROOT / "requirements.txt"), pins(path)
    moved = {
        name: (runtime[name], dev[name]) for name in runtime.keys() & dev.keys() if runtime[name] != dev[name]
    }
    assert not moved, f"requirements-dev.txt pins these at other versions than requirements.txt: {moved}"
