"""Command line: ``python -m corridor validate [PATH...]`` and ``python -m corridor build``."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

from corridor.contract import Problem, shown_problems, unique
from corridor.dataset import Dataset, load_dataset, validate_file
from corridor.paths import GEODATA_DIR, PROJECT_DIR

# Files the whole dataset is needed to check: they name sources, layers and features.
DATASET_FILES = ("sources.json", "figures.json", "timeline.json")


def problems_in(path: Path, load: Callable[[Path], Dataset] = load_dataset) -> tuple[Problem, ...]:
    """Every problem in a data folder, or in one of its files, by the contract the app loads with."""
    if path.is_dir():
        return load(path).problems
    if path.name in DATASET_FILES:
        return tuple(p for p in load(path.parent).problems if p.file == path.name)
    if not path.exists():
        return (Problem(path.name, "-", "file", "not found"),)
    return validate_file(path, load(path.parent if (path.parent / "sources.json").exists() else GEODATA_DIR))


def validate(paths: list[Path]) -> int:
    """Print each problem once (the first :data:`MAX_SHOWN_PROBLEMS`, then a count); 1 if there are any.

    Each folder's dataset is loaded once, however many of its files are named.
    """
    load = functools.cache(load_dataset)
    problems = unique(p for path in paths or [GEODATA_DIR] for p in problems_in(path, load))
    listed, rest = shown_problems(problems)
    for problem in listed:
        print(problem)
    if rest:
        print(f"... and {rest} more problem(s)")
    checked = ", ".join(str(p) for p in paths) or str(GEODATA_DIR)
    print(f"{len(problems)} problem(s) in {checked}", file=sys.stderr)
    return 1 if problems else 0


def build(atlas: Path, out: Path) -> int:
    from corridor.build.layers import write_all

    write_all(atlas, out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corridor")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check layer files against the contract")
    check.add_argument(
        "paths", nargs="*", type=Path, help="data folders or files in one (default: all of geodata/)"
    )
    make = commands.add_parser("build", help="regenerate geodata/ from public data packages")
    make.add_argument(
        "--atlas",
        type=Path,
        default=PROJECT_DIR / "node_modules" / "world-atlas",
        help="folder holding the world-atlas TopoJSON files (npm install puts them in node_modules/)",
    )
    make.add_argument("--out", type=Path, default=GEODATA_DIR)
    args = parser.parse_args(argv)
    if args.command == "validate":
        return validate(args.paths)
    return build(args.atlas, args.out)


if __name__ == "__main__":
    sys.exit(main())
