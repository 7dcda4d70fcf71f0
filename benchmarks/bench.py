"""Benchmark coupon-validator against check-jsonschema, ajv-cli and the cost of Python itself.

Run from a clone with one command (nothing else to install by hand)::

    python benchmarks/bench.py            # 10,000 files, 200 MB JSONL: about 5-10 minutes
    python benchmarks/bench.py --quick    # 2,000 files, 20 MB JSONL, fewer rounds: ~1 minute

What it does, and why each step is there:

1. Installs the tool from this checkout into a private virtualenv, with check-jsonschema beside
   it (``pip``), and ajv-cli with ajv-formats (``npm``) when node is on the PATH. Everything is
   measured as a user runs it: installed console scripts with compiled bytecode, never this
   source tree, and ``python -c pass`` with the same interpreter as the floor of start-up.
2. Generates the corpus (``benchmarks/corpus/``): realistic bodies of every API the installed
   tool checks and the generator can build, one folder per API, about 10 % with one mistake
   that every validator detects, plus one 200 MB JSONL file of the same mix.
3. Prints each API's schema (``coupon-validator schema API-ID``) and makes sure the other tools
   accept it, then checks agreement before timing anything: coupon-validator must flag exactly
   the files that check-jsonschema flags given those schemas (ajv-cli and the generator's own
   labels are compared too). A fast tool that disagrees is not a result.
4. Times paired runs: in each round every command runs once, in an order that alternates, and
   each ratio is coupon-validator's time over the other command's time *in the same round*.
   The table shows the median of those ratios, so a slow moment of a shared machine hits both
   sides of a pair instead of one tool's average. On the many-file tree a JSON Schema tool
   takes one schema per invocation, so it runs once per API folder, and its time is the sum of
   those runs, against one coupon-validator run over the whole tree: what a team checking
   bodies of several APIs would do with each tool.
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
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Sibling modules, not an installed package.
import contenders
import corpus
from contenders import Tools, install
from measure import Contender, Timing, env, paired, run_sampled, say
from report import Row, load_average, machine, mb, ratio_row, table

NOW = str(corpus.NOW)
#: The API of the one-file scenario, which measures start-up: a pre-commit hook on one body.
ONE_FILE_API = "shop-coupon-add"

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


class Corpus:
    """The generated tree: ``corpus/API-ID/*.json``, with each API's printed schema beside it
    in ``schemas/API-ID.json`` (paths relative to the work folder, where every tool runs)."""

    def __init__(self, apis: tuple[str, ...], expected: dict[str, bool]) -> None:
        self.apis = apis
        #: ``corpus/API-ID/coupon-NNNNN.json`` → valid, in name order.
        self.expected = {f"corpus/{name}": expected[name] for name in sorted(expected)}
        self.files = {api: [f for f in self.expected if f.split("/")[1] == api] for api in apis}

    @staticmethod
    def schema(api: str) -> str:
        return f"schemas/{api}.json"

    def describe(self) -> str:
        """One line per run report: how many bodies of each API, how many invalid."""
        parts = []
        for api, files in self.files.items():
            invalid = sum(not self.expected[f] for f in files)
            parts.append(f"{api} {len(files):,} ({invalid:,} invalid)")
        return ", ".join(parts)


def prepare(tools: Tools, work: Path, count: int) -> tuple[Corpus, list[str]]:
    """Generate the tree and print the schemas; the notes say which APIs were left out."""
    registered = contenders.registered_apis(tools)
    apis = corpus.mix(registered)
    notes = [
        f"{api} is not in the mix: the corpus generator has no body builder for it"
        for api in registered
        if api not in apis
    ]
    say(f"generating {count} files of {len(apis)} APIs in {work}: {', '.join(apis)}")
    shutil.rmtree(work / "corpus", ignore_errors=True)
    tree = Corpus(apis, corpus.write_files(work / "corpus", count, apis))
    (work / "schemas").mkdir(exist_ok=True)
    for api in apis:
        (work / tree.schema(api)).write_bytes(contenders.print_schema(tools, api))
    return tree, notes


# -- agreement -----------------------------------------------------------------------------


def agreement(tools: Tools, work: Path, tree: Corpus) -> tuple[bool, list[str]]:
    """Which files each tool flags; coupon-validator must match check-jsonschema exactly."""
    lines = []
    labelled = {f for f, valid in tree.expected.items() if not valid}
    ours_run = subprocess.run(
        [str(tools.validator), "check", "--now", NOW, "--format", "json", "corpus"],
        cwd=work, capture_output=True, text=True, env=env(),
    )  # fmt: skip
    ours = {d["file"] for d in json.loads(ours_run.stdout)["diagnostics"]}
    lines.append(f"coupon-validator flags {len(ours)} of {len(tree.expected)} files")
    ok = ours == labelled
    if not ok:
        lines.append(f"  differs from the generator's labels: {_diff(ours, labelled)}")
    for name, flagged in _theirs(tools, work, tree).items():
        same = flagged == ours
        ok = ok and same
        verdict = "the same files" if same else f"DIFFERENT files: {_diff(ours, flagged)}"
        lines.append(f"{name} flags {len(flagged)}: {verdict}")
    return ok, lines


def _theirs(tools: Tools, work: Path, tree: Corpus) -> dict[str, set[str]]:
    """The files check-jsonschema and ajv-cli flag, one run per API folder."""
    found: dict[str, set[str]] = {}
    for api, files in tree.files.items():
        schema = tree.schema(api)
        if tools.check_jsonschema:
            result = _run(contenders.check_jsonschema(tools, schema, files, json_output=True), work)
            flagged = {e["filename"] for e in json.loads(result.stdout)["errors"]}
            found.setdefault("check-jsonschema", set()).update(flagged)
        if tools.ajv:
            result = _run(contenders.ajv(tools, schema, f"corpus/{api}/*.json"), work)
            flagged = {
                line.rsplit(" ", 1)[0]
                for line in (result.stdout + result.stderr).splitlines()
                if line.endswith(" invalid")
            }
            found.setdefault("ajv-cli", set()).update(flagged)
    return found


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env())


def _diff(ours: set[str], theirs: set[str]) -> str:
    only_ours = sorted(ours - theirs)[:5]
    only_theirs = sorted(theirs - ours)[:5]
    return f"only coupon-validator {only_ours}, only the other {only_theirs}"


# -- the scenarios -------------------------------------------------------------------------


def one_file(tools: Tools, work: Path, tree: Corpus, rounds: int) -> tuple[list[Row], int]:
    """Start-up dominates (pre-commit runs on one or a few files); rows and peak RSS in KB."""
    api = ONE_FILE_API if ONE_FILE_API in tree.apis else tree.apis[0]
    first_valid = next(f for f in tree.files[api] if tree.expected[f])
    shutil.copy(work / first_valid, work / "one.json")
    ours = [str(tools.validator), "check", "--now", NOW, "one.json"]
    racing = [Contender("coupon-validator", [ours], rounds)]
    if tools.check_jsonschema:
        command = contenders.check_jsonschema(tools, tree.schema(api), ["one.json"])
        racing.append(Contender("check-jsonschema", [command], rounds))
    if tools.ajv:
        command = contenders.ajv(tools, tree.schema(api), "one.json")
        racing.append(Contender("ajv-cli", [command], rounds))
    racing.append(Contender("python -c pass", [[str(tools.python), "-c", "pass"]], rounds))
    timing = paired(racing, work, "one file")
    rows = [
        row
        for other, limit in (("check-jsonschema", 0.25), ("python -c pass", 6.0), ("ajv-cli", None))
        if (row := ratio_row("1 file", timing, other, limit))
    ]
    return rows, run_sampled(ours, work).tree_rss_kb


def many_files(
    tools: Tools, work: Path, tree: Corpus, rounds: int, cj_rounds: int
) -> tuple[list[Row], list[str], dict[str, int]]:
    """Throughput dominates (CI over a folder): the rows, lines on memory and on the other tools'
    time per API, and each other command's largest process in KB."""
    ours = [str(tools.validator), "check", "--now", NOW, "corpus"]
    racing = [Contender("coupon-validator", [ours], rounds)]
    groups = len(tree.apis)
    if tools.check_jsonschema:
        per_api = [
            contenders.check_jsonschema(tools, tree.schema(api), files)
            for api, files in tree.files.items()
        ]
        racing.append(Contender("check-jsonschema", per_api, cj_rounds))
    if tools.ajv:
        per_api = [
            contenders.ajv(tools, tree.schema(api), f"corpus/{api}/*.json") for api in tree.apis
        ]
        racing.append(Contender("ajv-cli", per_api, rounds))
    floor = [str(tools.python), "-c", FLOOR_PROGRAM, "corpus"]
    racing.append(Contender("read+json.loads floor", [floor], rounds))
    sequential = [*ours[:2], "--jobs", "1", *ours[2:]]
    racing.append(Contender("coupon-validator --jobs 1", [sequential], rounds))
    timing = paired(racing, work, f"{len(tree.expected)} files")
    scenario = f"{len(tree.expected):,} files, {groups} APIs"
    one_per_api = f", {groups} runs (one per API)" if groups > 1 else ""
    rows = [
        row
        for other, limit, label in (
            ("check-jsonschema", 0.05, f"check-jsonschema{one_per_api}"),
            ("ajv-cli", 1.0, f"ajv-cli{one_per_api}"),
            ("read+json.loads floor", 2.5, None),
            ("coupon-validator --jobs 1", None, None),
        )
        if (row := ratio_row(scenario, timing, other, limit, label))
    ]
    memory = run_sampled(ours, work)
    rows.append(
        Row(
            f"{len(tree.expected):,} files, peak memory",
            "whole process tree (RSS)",
            None,
            None,
            None,
            "< 150 MB",
            memory.tree_rss_kb < 150 * 1024,
            note=mb(memory.tree_rss_kb),
        )
    )
    line = (
        f"- Peak memory, {len(tree.expected):,} files: {mb(memory.tree_rss_kb)} RSS summed over "
        f"{memory.processes} processes ({mb(memory.tree_pss_kb)} PSS, largest process "
        f"{mb(memory.max_rss_kb)})."
    )
    largest = {
        name: max(run.max_rss_kb for run in runs)
        for name, runs in timing.runs.items()
        if name != "coupon-validator"
    }
    return rows, [line, *_per_api(timing, tree.apis)], largest


def _per_api(timing: Timing, apis: tuple[str, ...]) -> list[str]:
    """For each tool run once per API, the median time of each API's run: a schema that one
    tool handles far slower than the others shows here, not only in the sum."""
    lines = []
    for name, runs in timing.runs.items():
        if len(apis) > 1 and runs and len(runs[0].parts) == len(apis):
            times = ", ".join(
                f"{api} {statistics.median(run.parts[i] for run in runs):.2f} s"
                for i, api in enumerate(apis)
            )
            lines.append(f"- {name}, time per API (median of rounds): {times}")
    return lines


def jsonl(tools: Tools, work: Path, tree: Corpus, megabytes: int) -> tuple[Row, str]:
    """One big file of the same mix, one compact body per line: memory must stay bounded."""
    say(f"generating a {megabytes} MB JSONL file")
    big = work / "big.jsonl"
    records, invalid = corpus.write_jsonl(big, megabytes, tree.apis)
    size = big.stat().st_size
    say(f"checking {big.name}: {records} records, {invalid} invalid")
    run = run_sampled([str(tools.validator), "check", "--now", NOW, big.name], work)
    big.unlink()
    row = Row(
        f"{size / 1e6:.0f} MB JSONL ({records:,} records)",
        "peak memory (RSS)",
        None,
        None,
        None,
        "< 150 MB (streamed)",
        run.tree_rss_kb < 150 * 1024,
        note=mb(run.tree_rss_kb),
    )
    line = (
        f"- JSONL: {size / 1e6:.0f} MB, {records:,} records ({invalid:,} invalid) checked "
        f"in {run.seconds:.1f} s ({size / 1e6 / run.seconds:.1f} MB/s) with a peak "
        f"RSS of {mb(run.tree_rss_kb)}: the file is read line by line, and what grows "
        "with it is only the list of findings to report"
    )
    return row, line


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
    load_at_start = load_average()
    if hasattr(os, "getloadavg") and os.getloadavg()[0] > 0.5:
        say(
            f"load average {load_at_start}: something else is running; the pool needs free "
            "cores, so the many-file ratios will come out worse than on an idle machine"
        )
    tree, notes = prepare(tools, work, count)
    problems = contenders.schema_problems(tools, work, {api: tree.schema(api) for api in tree.apis})
    for problem in problems:
        say(problem)
    say("checking that the tools flag the same files")
    agreed, agreement_lines = agreement(tools, work, tree)
    for line in agreement_lines:
        say(line)

    rows, one_rss_kb = one_file(tools, work, tree, cold_rounds)
    many_rows, many_lines, largest = many_files(tools, work, tree, rounds, cj_rounds)
    rows += many_rows
    jsonl_lines: list[str] = []
    if not args.no_jsonl:
        row, line = jsonl(tools, work, tree, jsonl_mb)
        rows.append(row)
        jsonl_lines.append(line)

    report = [
        "## Benchmark",
        "",
        f"Machine: {machine(tools, load_at_start)}",
        "",
        table(rows),
        "",
        f"- Mix: {tree.describe()}; check-jsonschema and ajv-cli run once per API folder with "
        "that API's schema, and their time is the sum of those runs.",
        f"- Rounds: {cold_rounds} on one file ({ONE_FILE_API}), {rounds} on {count:,} files "
        f"(check-jsonschema in {cj_rounds} of them); each ratio is the median of per-round "
        "ratios.",
        f"- Peak memory, one file: {mb(one_rss_kb)} RSS.",
        *many_lines,
        *jsonl_lines,
        "- Other tools' largest process: "
        + ", ".join(f"{name} {mb(kb)}" for name, kb in largest.items()),
        *[f"- Schemas: {problem}" for problem in problems],
        *[f"- Agreement: {line}" for line in agreement_lines],
        *[f"- Note: {note}" for note in [*notes, *tools.notes]],
    ]
    text = "\n".join(report)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    if problems:
        say("another tool refuses a printed schema: see above")
    if not agreed:
        say("the tools disagree on which files are invalid: see above")
    return 1 if problems or not agreed else 0


if __name__ == "__main__":
    sys.exit(main())
