"""Command line: ``python -m corridor validate [PATH...]`` and ``python -m corridor build``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corridor.dataset import load_dataset, validate_file
from corridor.paths import GEODATA_DIR, PROJECT_DIR


def validate(paths: list[Path]) -> int:
    dataset = load_dataset()
    if paths:
        problems = [p for path in paths for p in validate_file(path, dataset)]
    else:
        problems = list(dataset.problems)
    for problem in problems:
        print(problem)
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
    check.add_argument("paths", nargs="*", type=Path, help="layer files (default: all of geodata/)")
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
