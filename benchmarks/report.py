"""The benchmark's report: the table of scenarios and targets, and the machine it ran on.

Each ratio is the median of per-round ratios (coupon-validator's time over the other's in the
same round) with their range, so a reader sees how much a shared machine moved them.
"""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from contenders import Tools
from measure import Timing


@dataclass
class Row:
    scenario: str
    baseline: str
    ours: float | None
    theirs: float | None
    ratio: float | None
    target: str
    holds: bool | None
    ratios: list[float] = field(default_factory=list)
    note: str = ""


def ratio_row(
    scenario: str, timing: Timing, other: str, limit: float | None, label: str | None = None
) -> Row | None:
    if other not in timing.ratios or not timing.ratios[other]:
        return None
    ratio = statistics.median(timing.ratios[other])
    return Row(
        scenario,
        label or other,
        statistics.median(r.seconds for r in timing.runs["coupon-validator"]),
        statistics.median(r.seconds for r in timing.runs[other]),
        ratio,
        f"≤ {limit:g} ×" if limit is not None else "(info)",
        None if limit is None else ratio <= limit,
        timing.ratios[other],
    )


def table(rows: list[Row]) -> str:
    out = [
        "| scenario | compared with | coupon-validator | other | ratio: median of pairs "
        "(range) | target | holds |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        ours = f"{row.ours:.3f} s" if row.ours is not None else row.note
        theirs = f"{row.theirs:.3f} s" if row.theirs is not None else ""
        ratio = ""
        if row.ratio is not None:
            low, high = min(row.ratios), max(row.ratios)
            ratio = f"{row.ratio:.3f} × ({low:.2f}-{high:.2f})"
        holds = {True: "yes", False: "**no**", None: ""}[row.holds]
        out.append(
            f"| {row.scenario} | {row.baseline} | {ours} | {theirs} | {ratio} | {row.target} "
            f"| {holds} |"
        )
    return "\n".join(out)


def load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def machine(tools: Tools, load_at_start: str) -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        total = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
        memory = f", {int(total) / 1024 / 1024:.0f} GiB RAM"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = ", ".join(f"{k} {v}" for k, v in tools.versions.items())
    return (
        f"{cpu}, {cores} cores{memory}; {platform.system()} {platform.release()}; "
        f"load average at the start {load_at_start}, at the end {load_average()}\n{versions}"
    )


def mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"
