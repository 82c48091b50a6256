"""The types: mypy finds nothing wrong in corridor/, strictly so in the pure modules.

mypy reads what it checks, and how strictly, from [tool.mypy] in pyproject.toml. scripts/test.sh
runs it too; this test makes pytest alone catch a type error.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_errors() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"mypy reports errors:\n{done.stdout}{done.stderr}"
