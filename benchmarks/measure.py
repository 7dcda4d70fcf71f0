"""Running commands the way the benchmark measures them: wall time, ``ru_maxrss``, the peak
memory of a whole process tree, and paired rounds.

Every command runs with its output discarded (writing a report is part of a tool's work, but
a terminal's speed is not) and with an environment that cannot change which code runs.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    seconds: float
    max_rss_kb: int  # ru_maxrss: the largest single process of the run
    code: int
    parts: tuple[float, ...] = ()  # each command's time, when the run is several


def run_timed(command: Sequence[str], cwd: Path) -> Run:
    """Run with output discarded; time it and read its rusage from ``wait4``."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env()
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # already reaped
    return Run(elapsed, usage.ru_maxrss, process.returncode)


def run_all(commands: Sequence[Sequence[str]], cwd: Path) -> Run:
    """Run the commands one after the other, as one measurement: the sum of their times (each
    kept in ``parts``), the largest process among them and the highest exit status.

    This is how a tool that takes one schema per invocation checks a tree of several APIs.
    """
    runs = [run_timed(command, cwd) for command in commands]
    return Run(
        sum(run.seconds for run in runs),
        max(run.max_rss_kb for run in runs),
        max(run.code for run in runs),
        tuple(run.seconds for run in runs),
    )


class TreeSampler:
    """Peak memory of a process and all its descendants, polled from /proc.

    RSS counts pages shared between a parent and its forked workers once per process (an
    upper bound); PSS shares them out (what the tree really costs). Both are reported.
    """

    def __init__(self, pid: int, interval: float = 0.01) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.is_set():
            rss = pss = 0
            pids = list(_descendants(self.pid))
            for pid in pids:
                rss_kb, pss_kb = _memory_kb(pid)
                rss += rss_kb
                pss += pss_kb
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.peak_processes = max(self.peak_processes, len(pids))
            self._stop.wait(self.interval)


def _descendants(pid: int) -> Iterator[int]:
    yield pid
    with contextlib.suppress(OSError):
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        for child in children:
            yield from _descendants(int(child))


def _memory_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


@dataclass
class Sampled:
    seconds: float
    max_rss_kb: int
    tree_rss_kb: int
    tree_pss_kb: int
    processes: int


def run_sampled(command: Sequence[str], cwd: Path) -> Sampled:
    """One untimed-for-the-table run with the process tree's memory sampled."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env()
    )
    sampler = TreeSampler(process.pid)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    return Sampled(
        elapsed,
        usage.ru_maxrss,
        max(sampler.peak_rss_kb, usage.ru_maxrss),
        sampler.peak_pss_kb,
        sampler.peak_processes,
    )


def env() -> dict[str, str]:
    """The caller's environment without what would change which code runs."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


# -- paired rounds -------------------------------------------------------------------------


@dataclass
class Contender:
    name: str
    #: Run one after the other; the time is their sum (one command but for a tool that takes
    #: one schema per invocation, which runs once per API on a tree of several).
    commands: list[list[str]]
    rounds: int  # how many rounds it takes part in (check-jsonschema is slow on 10k files)


@dataclass
class Timing:
    runs: dict[str, list[Run]]
    ratios: dict[str, list[float]]  # coupon-validator / other, per round


def paired(contenders: list[Contender], cwd: Path, label: str) -> Timing:
    """Rounds of every contender once, alternating the order; ratios within each round."""
    ours = contenders[0]
    runs: dict[str, list[Run]] = {c.name: [] for c in contenders}
    ratios: dict[str, list[float]] = {c.name: [] for c in contenders[1:]}
    rounds = max(c.rounds for c in contenders)
    for index in range(rounds):
        present = [c for c in contenders if c.rounds > index]
        order = present if index % 2 == 0 else present[::-1]
        times: dict[str, float] = {}
        for contender in order:
            run = run_all(contender.commands, cwd)
            runs[contender.name].append(run)
            times[contender.name] = run.seconds
        for name in times:
            if name != ours.name:
                ratios[name].append(times[ours.name] / times[name])
        say(f"{label}: round {index + 1}/{rounds}: " + ", ".join(
            f"{name} {seconds:.3f}s" for name, seconds in times.items()))  # fmt: skip
    return Timing(runs, ratios)


def say(message: str) -> None:
    """Progress goes to stderr, so that stdout carries the report alone."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)
