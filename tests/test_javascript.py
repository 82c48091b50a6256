"""The map's browser code passes ESLint, pinned in package.json, with eslint.config.mjs.

ESLint comes from ``npm ci``: without it these tests fail and say so, rather than
pass unread. One test plants an unused variable and an undefined name in the
map's code (given to ESLint as text, never written), to show the check can fail.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LEAFLET = ROOT / "corridor" / "leaflet"
ESLINT = ROOT / "node_modules" / ".bin" / "eslint"


def eslint(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    if not ESLINT.exists():
        pytest.fail("ESLint is not installed: run `npm ci` in the project's folder (scripts/test.sh does)")
    npx = shutil.which("npx")
    assert npx, "npx (Node.js) is needed to run ESLint"
    return subprocess.run(
        [npx, "--no-install", "eslint", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_browser_code_passes_eslint() -> None:
    run = eslint("corridor/leaflet")
    assert run.returncode == 0, f"ESLint found problems in corridor/leaflet:\n{run.stdout}{run.stderr}"


def test_every_script_the_bundle_joins_is_linted() -> None:
    from corridor.leaflet import SCRIPTS

    assert sorted(f"{name}.js" for name in SCRIPTS) == sorted(path.name for path in LEAFLET.glob("*.js"))


def test_eslint_reports_an_unused_variable_and_an_undefined_name() -> None:
    # The map's own code with two mistakes planted, linted as if it were that file.
    code = (LEAFLET / "corridor_map.js").read_text(encoding="utf-8")
    planted = (
        code + "\nfunction plantedByTheTest() {\n    var unused = 1;\n    return notDefinedAnywhere;\n}\n"
    )
    planted += "plantedByTheTest();\n"
    run = eslint("--stdin", "--stdin-filename", "corridor/leaflet/corridor_map.js", stdin=planted)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "'unused' is assigned a value but never used" in run.stdout
    assert "'notDefinedAnywhere' is not defined" in run.stdout
    assert "2 problems (2 errors" in run.stdout, run.stdout


def test_without_eslint_the_check_fails_and_says_to_run_npm_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules[__name__], "ESLINT", ROOT / "node_modules" / ".bin" / "no-such-eslint")
    with pytest.raises(pytest.fail.Exception, match="run `npm ci`"):
        eslint("corridor/leaflet")
