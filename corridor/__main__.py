"""Command line: ``python -m corridor validate [PATH...]``, ``build`` and ``truth``."""

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
DATASET_FILES = ("sources.json", "figures.json", "timeline.json", "transit.json", "alternatives.json")


def problems_in(path: Path, load: Callable[[Path], Dataset] = load_dataset) -> tuple[Problem, ...]:
    """Every problem in a data folder, or in one of its files, by the contract the app loads with."""
    if path.is_dir():
        return load(path).problems
    if path.name in DATASET_FILES:
        return tuple(p for p in load(path.parent).problems if p.file == path.name)
    if not path.exists():
        return (Problem(path.name, "-", "file", "not found"),)
    return validate_file(path, load(path.parent if (path.parent / "sources.json").exists() else GEODATA_DIR))


def warnings_in(path: Path, load: Callable[[Path], Dataset] = load_dataset) -> tuple[Problem, ...]:
    """What may be out of date in a data folder (a stale status), or in one of its layer files."""
    if not path.exists():
        return ()
    folder = path if path.is_dir() else path.parent
    if not (folder / "sources.json").exists():
        return ()
    found = load(folder).warnings
    return found if path.is_dir() else tuple(w for w in found if w.file == path.name)


def validate(paths: list[Path]) -> int:
    """Print each problem once (the first :data:`MAX_SHOWN_PROBLEMS`, then a count); 1 if there are any.

    Warnings (a status checked more than a year before the data's date) are
    printed too, marked as such; they do not fail the check. Each folder's
    dataset is loaded once, however many of its files are named.
    """
    load = functools.cache(load_dataset)
    problems = unique(p for path in paths or [GEODATA_DIR] for p in problems_in(path, load))
    warnings = unique(w for path in paths or [GEODATA_DIR] for w in warnings_in(path, load))
    listed, rest = shown_problems(problems)
    for problem in listed:
        print(problem)
    if rest:
        print(f"... and {rest} more problem(s)")
    listed, rest = shown_problems(warnings)
    for warning in listed:
        print(f"warning: {warning}")
    if rest:
        print(f"... and {rest} more warning(s)")
    checked = ", ".join(str(p) for p in paths) or str(GEODATA_DIR)
    print(f"{len(problems)} problem(s), {len(warnings)} warning(s) in {checked}", file=sys.stderr)
    return 1 if problems else 0


def truth(geodata: Path) -> int:
    """Print how each rail line keeps to its sources' stations and OSM track; 1 if an operating line fails."""
    from corridor.build.coverage import measure, truth_table
    from corridor.build.layers import rail_reference
    from corridor.geojson_io import read_features

    reference = rail_reference(read_features(geodata / "borders-detail.geojson"))
    results = [measure(feature, reference) for feature in read_features(geodata / "rail.geojson")]
    print(truth_table(results))
    failing = [t.feature_id for t in results if t.status == "operating" and not t.holds]
    if failing:
        print(f"operating lines that miss the targets: {', '.join(failing)}", file=sys.stderr)
    return 1 if failing else 0


def build(atlas: Path, out: Path) -> int:
    from corridor.build.make import write_all

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
    measure = commands.add_parser(
        "truth", help="measure every rail line against its sources' stations and OpenStreetMap track"
    )
    measure.add_argument("--geodata", type=Path, default=GEODATA_DIR)
    args = parser.parse_args(argv)
    if args.command == "validate":
        return validate(args.paths)
    if args.command == "truth":
        return truth(args.geodata)
    return build(args.atlas, args.out)


if __name__ == "__main__":
    sys.exit(main())
