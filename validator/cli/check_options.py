"""The options of ``check`` as data, and a parser for the command lines that need no help.

Why a second parser next to click: pre-commit runs ``coupon-validator check`` on every commit,
usually on one or two files, and there start-up is the whole cost. Importing click (with the
``inspect``, ``typing`` and ``uuid`` modules it pulls in) took about 40 % of a one-file run,
more than reading, detecting and validating the file. So a plain ``check`` command line (long
options with valid values, then paths) is read here, and everything else goes to click:
``--help``, short options, unknown options, values click would reject, any other command.
click stays the one place that writes usage errors and help.

The two cannot drift apart: ``OPTIONS`` below is also what ``validator.cli.commands`` turns into the
click options of ``check``, and ``tests/cli/test_check_options.py`` parses many command lines both
ways and requires the same parameters (or a hand-over to click).
"""

from __future__ import annotations

import os
import stat
from typing import Any, NamedTuple

from validator.apis import API_IDS
from validator.reporters import FORMATS

__all__ = ["OPTIONS", "OptionSpec", "parse_check"]


class OptionSpec(NamedTuple):
    """One long option of ``check``.

    ``kind`` is how its value is read: ``text`` (any string), ``texts`` (any string, and the
    option may be repeated: the values are collected in a tuple, each may hold comma-separated
    items), ``choice`` (one of ``choices``, in any case: ``--format JSON``), ``int`` (an
    integer), ``positive-int`` (an integer >= 1), ``file`` (a path that may not exist yet but
    must not be a directory), ``flag`` (no value: True when given).
    """

    flag: str
    name: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    default: Any = None
    help: str | None = None
    show_default: bool = False


#: The options of ``check``, in the order ``--help`` lists them.
OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec(
        "--api",
        "api",
        "choice",
        ("auto", *API_IDS),
        help="Which API the files target (default: auto, detected per file).",
    ),
    OptionSpec("--format", "output_format", "choice", FORMATS, default="text", show_default=True),
    OptionSpec(
        "--select",
        "select",
        "texts",
        default=(),
        help="Codes or prefixes to report (A, S00, U001, ALL); comma-separated or repeated.",
    ),
    OptionSpec(
        "--ignore",
        "ignore",
        "texts",
        default=(),
        help="Codes or prefixes not to report; comma-separated or repeated.",
    ),
    OptionSpec(
        "--fail-on",
        "fail_on",
        "choice",
        ("error", "warning"),
        help="Lowest severity that makes the run fail (default: error).",
    ),
    OptionSpec(
        "--now", "now", "int", help="Unix seconds for time-relative rules (default: the clock)."
    ),
    OptionSpec(
        "--lang",
        "lang",
        "choice",
        ("zh", "en"),
        help=(
            "Language of the messages (default: config, COUPON_VALIDATOR_LANG, "
            "LC_ALL/LC_MESSAGES/LANG, else en)."
        ),
    ),
    OptionSpec(
        "--config",
        "config_path",
        "file",
        help="Configuration file (default: [tool.coupon-validator] in the nearest pyproject.toml).",
    ),
    OptionSpec("--jobs", "jobs", "positive-int", help="Worker processes (default: automatic)."),
    OptionSpec(
        "--baseline",
        "baseline_path",
        "file",
        help="Report only findings not recorded in this baseline file.",
    ),
    OptionSpec(
        "--write-baseline",
        "write_baseline_path",
        "file",
        help="Record today's findings in this file and exit 0.",
    ),
    OptionSpec(
        "--fix",
        "fix",
        "flag",
        default=False,
        help=(
            "Apply the safe fixes in place (explain CODE says which); - prints the fixed document."
        ),
    ),
    OptionSpec(
        "--diff",
        "show_diff",
        "flag",
        default=False,
        help="Print the safe fixes as a unified diff instead of applying them; writes nothing.",
    ),
    OptionSpec(
        "--exclude",
        "exclude",
        "texts",
        default=(),
        help=(
            "Globs of files and folders the directory walk skips, replacing the configured "
            "and default ones; comma-separated or repeated."
        ),
    ),
    OptionSpec(
        "--extend-exclude",
        "extend_exclude",
        "texts",
        default=(),
        help="Globs to skip in addition to the configured and default ones.",
    ),
    OptionSpec(
        "--force-exclude",
        "force_exclude",
        "flag",
        default=False,
        help="Apply the excludes to paths named on the command line too (for pre-commit).",
    ),
    OptionSpec(
        "--statistics",
        "statistics",
        "flag",
        default=False,
        help="Print the number of findings per code instead of the findings.",
    ),
    OptionSpec(
        "--quiet",
        "quiet",
        "flag",
        default=False,
        help="Text format: print the summary line only.",
    ),
    OptionSpec(
        "--exit-zero",
        "exit_zero",
        "flag",
        default=False,
        help="Exit 0 even when findings reach --fail-on (2 still means a usage error).",
    ),
    OptionSpec(
        "--output-file",
        "output_file",
        "file",
        help="Write the report to this file instead of standard output.",
    ),
    OptionSpec(
        "--stdin-filename",
        "stdin_filename",
        help=(
            "The path that - stands for: configuration globs, api-by-path and .jsonl apply to it."
        ),
    ),
)

_BY_FLAG = {spec.flag: spec for spec in OPTIONS}


def parse_check(argv: list[str]) -> dict[str, Any] | None:
    """The parameters of ``check`` for ``argv`` (starting with ``"check"``), exactly as click
    would pass them (``paths`` plus one entry per option, defaults included), or ``None`` when
    the command line is anything but a plain, valid ``check``: then click must read it.
    """
    if not argv or argv[0] != "check":
        return None
    params: dict[str, Any] = {spec.name: spec.default for spec in OPTIONS}
    paths: list[str] = []
    tokens = iter(argv[1:])
    for token in tokens:
        if token == "--":
            paths.extend(tokens)
            break
        if not token.startswith("-") or token == "-":
            paths.append(token)
            continue
        flag, has_value, value = token.partition("=")
        spec = _BY_FLAG.get(flag)
        if spec is None:  # short options, --help, unknown or misspelt options
            return None
        if spec.kind == "flag":
            if has_value:
                return None
            params[spec.name] = True
            continue
        if not has_value:
            value = next(tokens, None)
            if value is None or value.startswith("-"):  # missing, or click's call to make
                return None
        converted = _convert(spec, value)
        if converted is None:
            return None
        params[spec.name] = (*params[spec.name], converted) if spec.kind == "texts" else converted
    if not paths:
        return None
    params["paths"] = tuple(paths)
    return params


def _convert(spec: OptionSpec, value: str) -> Any:
    """``value`` read as ``spec`` says, or None where click could disagree or would refuse it."""
    if spec.kind in ("text", "texts"):
        return value
    if spec.kind == "choice":
        if value in spec.choices:
            return value
        if not value.isascii():  # click folds with casefold(): leave the exotic cases to it
            return None
        folded = value.lower()
        return next((choice for choice in spec.choices if choice.lower() == folded), None)
    if spec.kind in ("int", "positive-int"):
        if not (value.isascii() and value.isdigit()):
            return None  # click's int() also takes " 7", "+7", "1_0" and other digits: let it
        number = int(value)
        return None if spec.kind == "positive-int" and number < 1 else number
    if spec.kind == "file":
        return value if _usable_file_path(value) else None
    raise ValueError(f"unknown option kind {spec.kind!r}")


def _usable_file_path(value: str) -> bool:
    """What ``click.Path(dir_okay=False)`` accepts: a path that does not exist (yet), or an
    existing one that is not a directory and can be read."""
    try:
        mode = os.stat(value).st_mode
    except OSError:  # absent (yet)
        return True
    except ValueError:  # a NUL in the name: whatever click makes of it
        return False
    return not stat.S_ISDIR(mode) and os.access(value, os.R_OK)
