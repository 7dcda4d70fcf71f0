"""Benchmark coupon-validator against check-jsonschema, ajv-cli and the cost of Python itself.

Run from a clone with one command (nothing else to install by hand)::

    python benchmarks/bench.py            # 10,000 files, 200 MB JSONL: about 5-10 minutes
    python benchmarks/bench.py --quick    # 2,000 files, 20 MB JSONL, fewer rounds: ~1 minute

What it does, and why each step is there:

1. Installs the tool from this checkout into a private virtualenv, with check-jsonschema beside
   it (``pip``), and ajv-cli with ajv-formats (``npm``) when node is on the PATH. Everything is
   measured as a user runs it: installed console scripts with compiled bytecode, never this
   source tree, and ``python -c pass`` with the same interpreter as the floor of start-up.
2. Generates the corpus (``benchmarks/corpus.py``): realistic shop-coupon-add bodies, about
   10 % with one mistake that every validator detects, plus one 200 MB JSONL file.
3. Checks agreement before timing anything: coupon-validator must flag exactly the files that
   check-jsonschema flags given ``coupon-validator schema shop-coupon-add`` (ajv-cli and the
   generator's own labels are compared too). A fast tool that disagrees is not a result.
4. Times paired runs: in each round every command runs once, in an order that alternates, and
   each ratio is coupon-validator's time over the other command's time *in the same round*.
   The table shows the median of those ratios, so a slow moment of a shared machine hits both
   sides of a pair instead of one tool's average.
5. Measures memory: ``ru_maxrss`` of every timed run (the largest single process, from
   ``wait4``), and, in one extra run of coupon-validator per scenario, the peak of the whole
   process tree (the main process plus its pool workers) sampled from /proc every 10 ms.

Benchmarks are never part of the test run: timings belong to a machine, not to a commit.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # a sibling module, not an installed package

REPO = Path(__file__).resolve().parent.parent
NOW = str(corpus.NOW)
API = "shop-coupon-add"

#: The read+parse floor: what any Python tool pays to find, read and parse the files.
FLOOR_PROGRAM = """\
import json, os, sys
for root, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        if name.endswith(".json"):
            with open(os.path.join(root, name), "rb") as stream:
                json.loads(stream.read())
"""


# -- running commands --------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    max_rss_kb: int  # ru_maxrss: the largest single process of the run
    code: int


def run_timed(command: Sequence[str], cwd: Path) -> Run:
    """Run with output discarded; time it and read its rusage from ``wait4``."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env()
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # already reaped
    return Run(elapsed, usage.ru_maxrss, process.returncode)


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
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env()
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


def _env() -> dict[str, str]:
    """The caller's environment without what would change which code runs."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


# -- installing the contenders -------------------------------------------------------------


@dataclass
class Tools:
    python: Path
    validator: Path
    check_jsonschema: Path | None
    ajv: Path | None
    notes: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)


def install(cache: Path, want_ajv: bool, want_cj: bool) -> Tools:
    """A virtualenv with this checkout and check-jsonschema; ajv-cli under ``cache/ajv``."""
    venv = cache / "venv"
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    if not python.exists():
        _say(f"creating {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        _pip(python, "install", "--upgrade", "pip")
    if want_cj and not (bindir / "check-jsonschema").exists():
        _say("installing check-jsonschema (benchmark only, never a dependency)")
        _pip(python, "install", "check-jsonschema")
    _say(f"installing coupon-validator from {REPO}")
    _pip(python, "install", str(REPO))  # dependencies, once
    _pip(python, "install", "--no-deps", "--force-reinstall", str(REPO))  # this tree, always
    tools = Tools(python, bindir / "coupon-validator", None, None)
    if want_cj:
        tools.check_jsonschema = bindir / "check-jsonschema"
    else:
        tools.notes.append("check-jsonschema skipped (--no-check-jsonschema)")
    if want_ajv:
        tools.ajv = _install_ajv(cache / "ajv", tools.notes)
    else:
        tools.notes.append("ajv-cli skipped (--no-ajv)")
    tools.versions = _versions(tools)
    return tools


def _pip(python: Path, *args: str) -> None:
    subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", "-q", *args],
        check=True,
        env=_env(),
    )


def _install_ajv(folder: Path, notes: list[str]) -> Path | None:
    binary = folder / "node_modules" / ".bin" / "ajv"
    if binary.exists():
        return binary
    if shutil.which("node") is None or shutil.which("npm") is None:
        notes.append("ajv-cli skipped: node/npm not found on the PATH")
        return None
    _say("installing ajv-cli and ajv-formats with npm (benchmark only)")
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund", "--silent",
         "ajv-cli", "ajv-formats"],
        capture_output=True,
        text=True,
    )  # fmt: skip
    if result.returncode != 0 or not binary.exists():
        notes.append(f"ajv-cli skipped: npm install failed ({result.stderr.strip()[:200]})")
        return None
    return binary


def _versions(tools: Tools) -> dict[str, str]:
    def output(command: list[str]) -> str:
        """The version number a ``--version`` prints (its last word)."""
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return "?"
        lines = (result.stdout or result.stderr).strip().splitlines()
        return lines[0].split()[-1] if lines else "?"

    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    version = output([str(tools.validator), "--version"])
    source = (commit or "no git") + (" + local changes" if dirty else "")
    found = {
        "python": platform.python_version(),
        "coupon-validator": f"{version} ({source})",
    }
    if tools.check_jsonschema:
        found["check-jsonschema"] = output([str(tools.check_jsonschema), "--version"])
    if tools.ajv:
        package = tools.ajv.parent.parent / "ajv-cli" / "package.json"
        with contextlib.suppress(OSError, ValueError):
            found["ajv-cli"] = json.loads(package.read_text())["version"]
        found["node"] = output(["node", "--version"])
    return found


# -- the commands being compared -----------------------------------------------------------


@dataclass
class Contender:
    name: str
    command: list[str]
    rounds: int  # how many rounds it takes part in (check-jsonschema is slow on 10k files)


def commands(tools: Tools, work: Path, target: str, files: list[str]) -> dict[str, list[str]]:
    """Each tool's command line for one scenario (run with ``cwd=work``)."""
    single = len(files) == 1
    found: dict[str, list[str]] = {
        "coupon-validator": [str(tools.validator), "check", "--now", NOW, target],
    }
    if tools.check_jsonschema:
        found["check-jsonschema"] = [
            str(tools.check_jsonschema), "--schemafile", "schema.json", *files,
        ]  # fmt: skip
    if tools.ajv:
        data = files[0] if single else f"{target}/*.json"
        found["ajv-cli"] = [
            str(tools.ajv), "validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats",
            "--errors=line", "-s", "schema.json", "-d", data,
        ]  # fmt: skip
    return found


# -- agreement -----------------------------------------------------------------------------


def agreement(tools: Tools, work: Path, expected: dict[str, bool]) -> tuple[bool, list[str]]:
    """Which files each tool flags; coupon-validator must match check-jsonschema exactly."""
    lines = []
    names = sorted(expected)
    files = [f"corpus/{name}" for name in names]
    labelled = {f for f, name in zip(files, names, strict=True) if not expected[name]}
    ours_run = subprocess.run(
        [str(tools.validator), "check", "--now", NOW, "--format", "json", "corpus"],
        cwd=work, capture_output=True, text=True, env=_env(),
    )  # fmt: skip
    ours = {d["file"] for d in json.loads(ours_run.stdout)["diagnostics"]}
    lines.append(f"coupon-validator flags {len(ours)} of {len(files)} files")
    ok = ours == labelled
    if not ok:
        lines.append(f"  differs from the generator's labels: {_diff(ours, labelled)}")
    if tools.check_jsonschema:
        result = subprocess.run(
            [str(tools.check_jsonschema), "-o", "json", "--schemafile", "schema.json", *files],
            cwd=work, capture_output=True, text=True, env=_env(),
        )  # fmt: skip
        theirs = {e["filename"] for e in json.loads(result.stdout)["errors"]}
        same = theirs == ours
        ok = ok and same
        verdict = "the same files" if same else f"DIFFERENT files: {_diff(ours, theirs)}"
        lines.append(f"check-jsonschema flags {len(theirs)}: {verdict}")
    if tools.ajv:
        result = subprocess.run(
            commands(tools, work, "corpus", files)["ajv-cli"],
            cwd=work, capture_output=True, text=True, env=_env(),
        )  # fmt: skip
        theirs = {
            line.rsplit(" ", 1)[0]
            for line in (result.stdout + result.stderr).splitlines()
            if line.endswith(" invalid")
        }
        same = theirs == ours
        ok = ok and same
        verdict = "the same files" if same else f"DIFFERENT files: {_diff(ours, theirs)}"
        lines.append(f"ajv-cli flags {len(theirs)}: {verdict}")
    return ok, lines


def _diff(ours: set[str], theirs: set[str]) -> str:
    only_ours = sorted(ours - theirs)[:5]
    only_theirs = sorted(theirs - ours)[:5]
    return f"only coupon-validator {only_ours}, only the other {only_theirs}"


# -- timing --------------------------------------------------------------------------------


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
            run = run_timed(contender.command, cwd)
            runs[contender.name].append(run)
            times[contender.name] = run.seconds
        for name in times:
            if name != ours.name:
                ratios[name].append(times[ours.name] / times[name])
        _say(f"{label}: round {index + 1}/{rounds}: " + ", ".join(
            f"{name} {seconds:.3f}s" for name, seconds in times.items()))  # fmt: skip
    return Timing(runs, ratios)


# -- the report ----------------------------------------------------------------------------


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


def _load() -> str:
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
        f"load average at the start {load_at_start}, at the end {_load()}\n{versions}"
    )


def _mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def _say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# -- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=None, help="corpus size (default 10000)")
    parser.add_argument(
        "--quick", action="store_true", help="2,000 files, 20 MB JSONL and fewer rounds"
    )
    parser.add_argument("--rounds", type=int, default=None, help="rounds on the many-file corpus")
    parser.add_argument("--cold-rounds", type=int, default=None, help="rounds on one file")
    parser.add_argument(
        "--cj-rounds",
        type=int,
        default=None,
        help="rounds check-jsonschema takes part in on the many-file corpus (it is slow)",
    )
    parser.add_argument("--jsonl-mb", type=int, default=None, help="JSONL size (default 200)")
    parser.add_argument("--no-jsonl", action="store_true", help="skip the JSONL scenario")
    parser.add_argument("--no-ajv", action="store_true", help="do not install or run ajv-cli")
    parser.add_argument(
        "--no-check-jsonschema", action="store_true", help="do not install or run it"
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
        / "coupon-validator-bench",
        help="where the virtualenv and node_modules live between runs",
    )
    parser.add_argument("--workdir", type=Path, help="where the corpus goes (default: a temp dir)")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)

    count = args.files or (2_000 if args.quick else 10_000)
    rounds = args.rounds or (3 if args.quick else 5)
    cold_rounds = args.cold_rounds or (7 if args.quick else 21)
    cj_rounds = min(rounds, args.cj_rounds or (1 if args.quick else 3))
    jsonl_mb = args.jsonl_mb or (20 if args.quick else 200)

    tools = install(args.cache, not args.no_ajv, not args.no_check_jsonschema)
    with contextlib.ExitStack() as stack:
        if args.workdir:
            work = args.workdir.resolve()
            work.mkdir(parents=True, exist_ok=True)
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cv-bench-")))
        return _benchmark(tools, work, args, count, rounds, cold_rounds, cj_rounds, jsonl_mb)


def _benchmark(
    tools: Tools,
    work: Path,
    args: argparse.Namespace,
    count: int,
    rounds: int,
    cold_rounds: int,
    cj_rounds: int,
    jsonl_mb: int,
) -> int:
    load_at_start = _load()
    if hasattr(os, "getloadavg") and os.getloadavg()[0] > 0.5:
        _say(
            f"load average {load_at_start}: something else is running; the pool needs free "
            "cores, so the many-file ratios will come out worse than on an idle machine"
        )
    _say(f"generating {count} files in {work}")
    shutil.rmtree(work / "corpus", ignore_errors=True)
    expected = corpus.write_files(work / "corpus", count)
    names = sorted(expected)
    files = [f"corpus/{name}" for name in names]
    first_valid = next(name for name in names if expected[name])
    shutil.copy(work / "corpus" / first_valid, work / "one.json")
    schema = subprocess.run(
        [str(tools.validator), "schema", API], capture_output=True, check=True, env=_env()
    )
    (work / "schema.json").write_bytes(schema.stdout)

    _say("checking that the tools flag the same files")
    agreed, agreement_lines = agreement(tools, work, expected)
    for line in agreement_lines:
        _say(line)

    python = str(tools.python)
    rows: list[Row] = []
    # One file: start-up dominates (pre-commit runs on one or a few files).
    cold = commands(tools, work, "one.json", ["one.json"])
    contenders = [Contender(name, command, cold_rounds) for name, command in cold.items()]
    contenders.append(Contender("python -c pass", [python, "-c", "pass"], cold_rounds))
    timing = paired(contenders, work, "one file")
    for other, limit in (("check-jsonschema", 0.25), ("python -c pass", 6.0), ("ajv-cli", None)):
        row = ratio_row("1 file", timing, other, limit)
        if row:
            rows.append(row)
    one_memory = run_sampled(cold["coupon-validator"], work)

    # Many files: throughput dominates (CI over a folder).
    many = commands(tools, work, "corpus", files)
    contenders = [Contender("coupon-validator", many["coupon-validator"], rounds)]
    if "check-jsonschema" in many:
        contenders.append(Contender("check-jsonschema", many["check-jsonschema"], cj_rounds))
    if "ajv-cli" in many:
        contenders.append(Contender("ajv-cli", many["ajv-cli"], rounds))
    floor = [python, "-c", FLOOR_PROGRAM, "corpus"]
    contenders.append(Contender("read+json.loads floor", floor, rounds))
    sequential = [*many["coupon-validator"][:2], "--jobs", "1", *many["coupon-validator"][2:]]
    contenders.append(Contender("coupon-validator --jobs 1", sequential, rounds))
    timing = paired(contenders, work, f"{count} files")
    scenario = f"{count:,} files"
    for other, limit in (
        ("check-jsonschema", 0.05),
        ("ajv-cli", 1.0),
        ("read+json.loads floor", 2.5),
        ("coupon-validator --jobs 1", None),
    ):
        row = ratio_row(scenario, timing, other, limit)
        if row:
            rows.append(row)
    many_memory = run_sampled(many["coupon-validator"], work)
    rows.append(
        Row(
            f"{scenario}, peak memory",
            "whole process tree (RSS)",
            None,
            None,
            None,
            "< 150 MB",
            many_memory.tree_rss_kb < 150 * 1024,
            note=_mb(many_memory.tree_rss_kb),
        )
    )

    jsonl_lines: list[str] = []
    if not args.no_jsonl:
        _say(f"generating a {jsonl_mb} MB JSONL file")
        big = work / "big.jsonl"
        records, invalid = corpus.write_jsonl(big, jsonl_mb)
        size = big.stat().st_size
        _say(f"checking {big.name}: {records} records, {invalid} invalid")
        jsonl = run_sampled([str(tools.validator), "check", "--now", NOW, big.name], work)
        bounded = jsonl.tree_rss_kb < 150 * 1024
        rows.append(
            Row(
                f"{size / 1e6:.0f} MB JSONL ({records:,} records)",
                "peak memory (RSS)",
                None,
                None,
                None,
                "< 150 MB (streamed)",
                bounded,
                note=_mb(jsonl.tree_rss_kb),
            )
        )
        jsonl_lines.append(
            f"- JSONL: {size / 1e6:.0f} MB, {records:,} records ({invalid:,} invalid) checked "
            f"in {jsonl.seconds:.1f} s ({size / 1e6 / jsonl.seconds:.1f} MB/s) with a peak "
            f"RSS of {_mb(jsonl.tree_rss_kb)}: the file is read line by line, and what grows "
            "with it is only the list of findings to report"
        )
        big.unlink()

    report = [
        "## Benchmark",
        "",
        f"Machine: {machine(tools, load_at_start)}",
        "",
        table(rows),
        "",
        f"- Rounds: {cold_rounds} on one file, {rounds} on {count:,} files "
        f"(check-jsonschema in {cj_rounds} of them); each ratio is the median of per-round "
        "ratios.",
        f"- Peak memory, one file: {_mb(one_memory.tree_rss_kb)} RSS; {count:,} files: "
        f"{_mb(many_memory.tree_rss_kb)} RSS summed over {many_memory.processes} processes "
        f"({_mb(many_memory.tree_pss_kb)} PSS, largest process {_mb(many_memory.max_rss_kb)}).",
        *jsonl_lines,
        "- Other tools' largest process: "
        + ", ".join(
            f"{name} {_mb(max(r.max_rss_kb for r in timing.runs[name]))}"
            for name in timing.runs
            if name != "coupon-validator"
        ),
        *[f"- Agreement: {line}" for line in agreement_lines],
        *[f"- Note: {note}" for note in tools.notes],
    ]
    text = "\n".join(report)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    if not agreed:
        _say("the tools disagree on which files are invalid: see above")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
