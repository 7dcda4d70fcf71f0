"""The quick ``check`` parser (validator.cli.check_options) against click, the reference.

A plain ``check`` command line is read without click to save start-up time. These tests hold it
to click's reading: for any command line, the quick parser either hands over (None) or returns
exactly the parameters click would pass, and it never accepts what click refuses. They also make
sure the quick path is really taken for ordinary command lines, so the saving cannot silently
disappear.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, run_cli
from validator.cli.check_options import OPTIONS, parse_check
from validator.cli.commands import check as click_check

EXAMPLE = str(REPO / "examples" / "shop-coupon-add.json")


def click_params(argv: list[str]) -> dict[str, Any] | None:
    """What click passes to ``check`` for ``argv`` (after the word "check"), None if it refuses."""
    try:
        context = click_check.make_context("check", list(argv), parent=None)
    except (click.exceptions.UsageError, click.exceptions.Exit):
        return None
    return dict(context.params)


def assert_agrees(argv: list[str]) -> dict[str, Any] | None:
    quick = parse_check(["check", *argv])
    reference = click_params(argv)
    if quick is not None:
        assert reference is not None, f"click refuses {argv!r}, the quick parser accepts it"
        assert quick == reference, argv
    return quick


PLAIN = [
    ["a.json"],
    ["-"],
    ["a.json", "b.json", "dir"],
    ["--format", "json", "a.json"],
    ["--format=sarif", "a.json"],
    ["a.json", "--format", "github", "--fail-on", "warning"],  # options after paths
    ["--api", "auto", "--api", "create-coupon-stock", "a.json"],  # the last one wins
    ["--select", "A,S00", "--ignore", "U001", "a.json"],
    ["--select=", "a.json"],
    ["--now", "1800000000", "--jobs", "2", "a.json"],
    ["--now=0", "a.json"],
    ["--config", "absent.toml", "--baseline", "absent.json", "a.json"],
    ["--write-baseline=new.json", "a.json"],
    ["--fix", "--diff", "--fix", "a.json"],
    ["--", "--help", "-x.json", "-"],  # after --, everything is a path
    ["", "a.json"],
    ["--select", "S", "--select", "U", "a.json"],  # repeated: both kept, in order
    ["--select", "ALL", "--ignore", "A,B", "--ignore=C", "a.json"],
    ["--format", "JSON", "a.json"],  # choices in any case, given back as spelt in the table
    ["--format=Sarif", "--fail-on", "WARNING", "--api", "Shop-Coupon-Add", "a.json"],
    ["--now", "1700000000000", "a.json"],  # milliseconds: parsed here, refused by run_check
    ["--exclude", "node_modules,dist", "--extend-exclude", "a/**", "--force-exclude", "a.json"],
    ["--exclude=", "a.json"],  # given, and empty: the defaults are replaced by nothing
    ["--statistics", "--quiet", "--exit-zero", "a.json"],
    ["--output-file", "report.txt", "--stdin-filename", "coupons/x.jsonl", "-"],
    ["--output-file=absent/report.json", "a.json"],
]

HANDED_OVER = [
    [],  # click: missing argument
    ["--help"],
    ["-h", "a.json"],
    ["a.json", "--help"],
    ["--formt", "json", "a.json"],  # misspelt: click suggests --format
    ["--format", "ＪＳＯＮ", "a.json"],  # fullwidth letters: click's casefold decides
    ["--format"],
    ["--api", "shop_coupon_add", "a.json"],
    ["--jobs", "0", "a.json"],
    ["--jobs", "+2", "a.json"],
    ["--now", "-5", "a.json"],
    ["--now", "1e9", "a.json"],
    ["--now", "١٢", "a.json"],  # Arabic-Indic digits: int() takes them, so click would
    ["--fix=yes", "a.json"],
    ["--select", "--ignore", "a.json"],
    ["-x.json"],
    ["--config", ".", "a.json"],  # an existing directory
    ["--output-file", ".", "a.json"],  # an existing directory
    ["--statistics=yes", "a.json"],
    ["--exclude"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=repr)
def test_plain_command_lines_take_the_quick_path_with_clicks_parameters(argv: list[str]) -> None:
    assert assert_agrees(argv) is not None


@pytest.mark.parametrize("argv", HANDED_OVER, ids=repr)
def test_anything_else_is_handed_to_click(argv: list[str]) -> None:
    assert parse_check(["check", *argv]) is None


@pytest.mark.parametrize("first", [[], ["rules"], ["--version"], ["-h"], ["explain", "A001"]])
def test_other_commands_are_clicks(first: list[str]) -> None:
    assert parse_check(first) is None


def test_every_option_of_the_table_is_a_click_option_of_check() -> None:
    options = {p.name: p for p in click_check.params if isinstance(p, click.Option)}
    assert list(options) == [spec.name for spec in OPTIONS]
    for spec in OPTIONS:
        assert options[spec.name].opts == [spec.flag]
        assert options[spec.name].default == spec.default


TOKENS = st.sampled_from(
    [
        *(spec.flag for spec in OPTIONS),
        *(f"{spec.flag}=" for spec in OPTIONS),
        "--",
        "-",
        "-h",
        "--help",
        "a.json",
        "dir",
        "json",
        "sarif",
        "auto",
        "shop-coupon-add",
        "warning",
        "error",
        "A,S00",
        "1800000000",
        "0",
        "2",
        " 2",
        "-1",
        ".",
        "",
        "x.toml",
        "--formats",
        "JSON",
        "Warning",
        "ALL",
        "1700000000000",
        "node_modules,dist",
        "x.jsonl",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TOKENS, TOKENS.map(lambda t: t + "1")), max_size=8))
def test_the_quick_parser_never_disagrees_with_click(argv: list[str]) -> None:
    assert_agrees(argv)


#: What a plain check must not import: each costs start-up time that a one-file run cannot
#: afford (click ~25 ms; dataclasses ~11 ms through inspect, ast and dis; tomllib and pathlib
#: ~4 ms each when no configuration file needs them).
HEAVY_MODULES = ("click", "dataclasses", "inspect", "pathlib", "tomllib", "tomli")


def test_a_plain_check_imports_no_heavy_module(tmp_path: Path) -> None:
    """The point of the quick path. Modules the interpreter had already loaded before the run
    (a site-packages .pth file may import pathlib) do not count."""
    script = (
        "import atexit, sys\n"
        "before = set(sys.modules)\n"
        f"heavy = {HEAVY_MODULES!r}\n"
        "atexit.register(lambda: print(sorted(set(heavy) & (set(sys.modules) - before))))\n"
        "from validator.cli.entry import main\n"
        f"main(['check', '--format', 'json', {EXAMPLE!r}])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("\n[]"), result.stdout[-300:]


def _modules_after_a_check(tmp_path: Path, *options: str) -> set[str]:
    """The modules a one-file ``check`` (run the way the console script runs it) loaded."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('\\n'.join(sorted(sys.modules))))\n"
        "from validator.cli.entry import main\n"
        f"main(['check', *{list(options)!r}, {EXAMPLE!r}])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines()[1:])  # after the summary line


def test_an_english_check_never_imports_the_chinese_wordings(tmp_path: Path) -> None:
    """The Chinese of every message is loaded only for a Chinese run: an English one (the
    default, and --lang en whatever the locale says) does not pay for it."""
    for options in ((), ("--lang", "en"), ("--format", "sarif"), ("--statistics",)):
        loaded = _modules_after_a_check(tmp_path, *options)
        assert not {name for name in loaded if name.startswith("validator.text.zh")}, options


def test_a_chinese_check_imports_only_the_chinese_wordings_more(tmp_path: Path) -> None:
    """A Chinese one-file run costs the Chinese modules and nothing else (no click, no heavy
    module: the quick path is kept)."""
    english = _modules_after_a_check(tmp_path, "--lang", "en")
    chinese = _modules_after_a_check(tmp_path, "--lang", "zh")
    extra = chinese - english
    assert extra and all(name.startswith("validator.text.zh") for name in extra), sorted(extra)


def test_handed_over_lines_get_clicks_messages(tmp_path: Path) -> None:
    code, out, err = run_cli("check", "--config", str(tmp_path), EXAMPLE)
    assert (code, out) == (2, "") and "is a directory" in err
    code, out, err = run_cli("check", "--formt", "json", EXAMPLE)
    assert code == 2 and "No such option" in err and "--formt" in err and "--format" in err
    code, out, _ = run_cli("check", "--help")
    assert code == 0 and "--write-baseline" in out and "--jobs" in out


def test_console_script_runs_the_quick_path_in_a_new_process(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "validator", "check", EXAMPLE],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "All checks passed (1 file checked).\n"
