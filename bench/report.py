"""The benchmark's budgets, its table of figures and how a figure is written."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

KB = 1024
MB = 1024 * 1024


@dataclass(frozen=True)
class Budget:
    """What one data size must meet (issue 9's table)."""

    script_ms: float
    toggle_ms: float
    click_ms: float
    nav_ratio: float
    # The 1x payload must stay under ``payload``; larger sizes within ``payload_drift`` of the 1x figure.
    payload: int | None = None
    payload_drift: int = 1 * KB
    session_mb: float = 2.0


BUDGETS = {
    1: Budget(script_ms=30, toggle_ms=100, click_ms=150, nav_ratio=1.2, payload=16 * KB),
    10: Budget(script_ms=30, toggle_ms=120, click_ms=150, nav_ratio=1.3),
    100: Budget(script_ms=40, toggle_ms=150, click_ms=200, nav_ratio=1.5),
}
LOAD_MIN_RERUNS_PER_SECOND = 25
LOAD_MAX_MEDIAN_MS = 300


@dataclass
class Row:
    """One figure of the table: its name, its value as written, and a note."""

    name: str
    value: str
    note: str = ""


@dataclass
class Report:
    """The table of figures, and each budget checked with whether it was met."""

    rows: list[Row] = field(default_factory=list)
    budgets: list[tuple[str, bool, str]] = field(default_factory=list)

    def add(self, name: str, value: str, note: str = "") -> None:
        self.rows.append(Row(name, value, note))
        print(f"  {name}: {value} {note}", flush=True)

    def check(self, name: str, ok: bool, detail: str) -> None:
        self.budgets.append((name, ok, detail))

    def markdown(self) -> str:
        lines = ["| measure | value | note |", "| --- | --- | --- |"]
        lines += [f"| {r.name} | {r.value} | {r.note} |" for r in self.rows]
        lines += ["", "| budget | met | measured |", "| --- | --- | --- |"]
        lines += [f"| {n} | {'yes' if ok else 'NO'} | {d} |" for n, ok, d in self.budgets]
        return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def median(values: list[float]) -> float:
    return statistics.median(values)
