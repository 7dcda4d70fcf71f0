#!/usr/bin/env python3
"""Rewrite every ``tests/fixtures/<CODE>/expect.json`` from what the command line prints today.

Why this exists: each fixture's ``expect.json`` is a snapshot of the diagnostics its failing
documents produce (code, severity, pointer, line, column and message). Writing those by hand is
slow and error-prone, and a message reworded in the code would otherwise mean editing dozens of
files. So the snapshot is generated: this script runs every ``fail*`` and ``pass*`` file of every
folder through the real command line (``python -m validator check --format json``, in a
subprocess, exactly as a user runs it) and rewrites the ``fail*`` lists. The keys a person writes
are kept as they are: ``api`` and ``now`` (passed as ``--api``/``--now``), ``only`` and ``note``.

``tests/catalogue/test_fixtures.py`` fails when a snapshot is stale, so after a deliberate change of
behaviour the workflow is: run this script, then review ``git diff tests/fixtures`` line by line
(every changed position or message must be one you meant).

It lives in ``tests/`` beside the test that runs it (the sdist carries ``tests/`` but not
``scripts/``). Usage, from the repository's root (paths are resolved against it)::

    python -m tests.regen_fixtures            # rewrite every expect.json that changed
    python -m tests.regen_fixtures A001 C017  # only these folders
    python -m tests.regen_fixtures --check    # write nothing; exit 1 and list stale files

A folder with a ``fail.json`` and a ``pass.json`` but no ``expect.json`` yet gets one with the
default ``api``/``now``; add a ``note`` that says what the case is.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"

#: ``--now`` when ``expect.json`` gives none: the instant every catalogue example runs at
#: (2027-01-15), so that no example window has ended.
DEFAULT_NOW = 1800000000
DEFAULT_API = "auto"
#: The keys a person writes, in the order they are written back. Everything else is generated.
HAND_KEYS = ("api", "now", "only", "note")
#: What a snapshot records of each diagnostic (``file``, ``end_*`` and ``api`` are left out: the
#: file name is the fixture's own and the end position follows from the start and the pointer).
FIELDS = ("code", "severity", "pointer", "line", "column", "message", "message_zh")
#: ``fail.json``, ``fail-2.jsonl``, ``pass-3.json``: the stem is the part before the first dot.
_CASE = re.compile(r"(fail|pass)(-[0-9]+)?")

Diagnostic = dict[str, Any]


def case_files(folder: Path) -> dict[str, Path]:
    """The fixture documents of one folder, by stem (``fail``, ``fail-2``, ``pass``, …)."""
    cases = {}
    for path in sorted(folder.iterdir()):
        stem = path.name.split(".", 1)[0]
        if path.is_file() and _CASE.fullmatch(stem):
            cases[stem] = path
    return dict(sorted(cases.items(), key=lambda item: _order(item[0])))


def _order(stem: str) -> tuple[str, int]:
    """``fail`` < ``fail-2`` < ``fail-10``, not the string order that puts ``-10`` before ``-2``."""
    kind, _, number = stem.partition("-")
    return kind, int(number or 1)


def read_expect(folder: Path) -> dict[str, Any]:
    """The folder's ``expect.json`` as it is on disk (empty when there is none yet)."""
    path = folder / "expect.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def run_check(paths: list[Path], api: str, now: int) -> dict[Path, list[Diagnostic]]:
    """Diagnostics per file, from the real command line over ``paths``: one run in English,
    whose messages each diagnostic carries as ``message``, and one with ``--lang zh``, whose
    message of the same diagnostic it carries as ``message_zh``.

    One process for many files: the files are independent
    (``tests/catalogue/test_fixtures.py`` also checks each file on its own and so would notice
    if they were not), and one process per file would make regenerating and the staleness test
    slow for no gain.
    """
    by_name = {str(path.relative_to(REPO)): path for path in paths}
    english, chinese = (_diagnostics(list(by_name), api, now, lang) for lang in ("en", "zh"))
    found: dict[Path, list[Diagnostic]] = {path: [] for path in paths}
    for diagnostic, translated in zip(english, chinese, strict=True):
        assert (diagnostic["file"], diagnostic["code"]) == (translated["file"], translated["code"])
        diagnostic["message_zh"] = translated["message"]
        found[by_name[diagnostic["file"]]].append(diagnostic)
    return found


def _diagnostics(names: list[str], api: str, now: int, lang: str) -> list[Diagnostic]:
    command = [sys.executable, "-m", "validator", "check", "--format", "json", "--lang", lang]
    command += ["--api", api, "--now", str(now), *names]
    done = subprocess.run(command, cwd=REPO, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr!r}")
    return json.loads(done.stdout)["diagnostics"]


def run_folders(folders: list[Path]) -> dict[Path, list[Diagnostic]]:
    """Every fixture document of ``folders`` through the command line, grouped by (api, now)."""
    groups: dict[tuple[str, int], list[Path]] = defaultdict(list)
    for folder in folders:
        expect = read_expect(folder)
        key = (expect.get("api", DEFAULT_API), int(expect.get("now", DEFAULT_NOW)))
        groups[key].extend(case_files(folder).values())
    found: dict[Path, list[Diagnostic]] = {}
    for (api, now), paths in sorted(groups.items()):
        found.update(run_check(paths, api, now))
    return found


def snapshot(folder: Path, found: dict[Path, list[Diagnostic]]) -> dict[str, Any]:
    """The ``expect.json`` content for one folder: its hand-written keys plus one list per
    failing document, of the folder's code only, or of every code when ``only`` is set."""
    code = folder.name
    expect = read_expect(folder)
    content: dict[str, Any] = {"api": DEFAULT_API, "now": DEFAULT_NOW}
    content.update({key: expect[key] for key in HAND_KEYS if key in expect})
    for stem, path in case_files(folder).items():
        if stem.startswith("fail"):
            wanted = [d for d in found[path] if expect.get("only") or d["code"] == code]
            content[stem] = [{field: d[field] for field in FIELDS} for d in wanted]
    return content


def render(content: dict[str, Any]) -> str:
    """The file text: two-space indents, characters kept (messages are often Chinese)."""
    return json.dumps(content, indent=2, ensure_ascii=False) + "\n"


def folders(codes: list[str] | None = None) -> list[Path]:
    """The fixture folders (one per code), or only those of ``codes``."""
    every = sorted(path for path in FIXTURES.iterdir() if path.is_dir())
    if not codes:
        return every
    unknown = set(codes) - {path.name for path in every}
    if unknown:
        raise SystemExit(f"no fixture folder for {', '.join(sorted(unknown))}")
    return [path for path in every if path.name in codes]


def regenerate(selected: list[Path]) -> dict[Path, str]:
    """The text every selected ``expect.json`` should have, by path."""
    found = run_folders(selected)
    return {folder / "expect.json": render(snapshot(folder, found)) for folder in selected}


def stale(texts: dict[Path, str]) -> list[Path]:
    """The files whose text on disk differs from ``texts``."""
    return [
        path
        for path, text in texts.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("codes", nargs="*", help="fixture folders to regenerate (default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    texts = regenerate(folders(args.codes))
    changed = stale(texts)
    for path in changed:
        print(path.relative_to(REPO))
        if not args.check:
            path.write_text(texts[path], encoding="utf-8")
    if args.check and changed:
        print(f"{len(changed)} stale; run: python -m tests.regen_fixtures", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
