"""Shared test helpers: where the repository and its test data are, and a CLI runner."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from validator.cli.entry import main

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WORKED_NOW = 1800000000  # rules.md §12 runs every worked example with --now 1800000000


@dataclass
class CliResult:
    """What one in-process run of the program left behind (the shape of click's ``Result``)."""

    exit_code: int
    stdout_bytes: bytes
    stderr_bytes: bytes
    exception: BaseException | None = None
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | None = None

    @property
    def stdout(self) -> str:
        """Standard output as text, line ends as ``\\n`` (``stdout_bytes`` keeps them)."""
        return self.stdout_bytes.decode("utf-8", "replace").replace("\r\n", "\n")

    @property
    def stderr(self) -> str:
        return self.stderr_bytes.decode("utf-8", "replace").replace("\r\n", "\n")


def invoke(*args: str, input: bytes | None = None) -> CliResult:
    """Run the program in-process exactly as the console script does (``validator.cli.entry``: a
    plain ``check`` without click, anything else through click), with its own standard streams.

    click's ``CliRunner`` would call the click command directly and so miss the quick path
    that users' runs take; this runs the real entry point instead.
    """
    stdout, stderr = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(io.BytesIO(input or b""), encoding="utf-8"),
        io.TextIOWrapper(stdout, encoding="utf-8", write_through=True),
        io.TextIOWrapper(stderr, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    code, exception, exc_info = 0, None, None
    try:
        main(list(args))
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
        exception = exit if code else None
    except Exception as error:  # reported to the caller, who decides how to fail
        code, exception, exc_info = 1, error, sys.exc_info()
    finally:
        for stream in streams[1:]:
            stream.flush()
        sys.stdin, sys.stdout, sys.stderr = saved
    return CliResult(code, stdout.getvalue(), stderr.getvalue(), exception, exc_info)  # type: ignore[arg-type]


def run_cli(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    """Run the program in-process; returns (exit code, stdout, stderr)."""
    result = invoke(*args, input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str, input: bytes | None = None) -> tuple[int, dict]:
    """``check --format json``; returns (exit code, parsed output)."""
    code, out, _ = run_cli("check", "--format", "json", *args, input=input)
    return code, json.loads(out)


#: Data the tests read, copied into the repository so that no test depends on anything beside it:
#: the real sample payloads (samples/) and the JSONTestSuite parser corpus (JSONTestSuite/).
DATA = Path(__file__).resolve().parent / "data"


def pytest_configure(config: object) -> None:
    """Run the suite in English whatever the machine's locale: the expectations quote the
    English messages, and the Chinese ones are tested with an explicit ``lang`` or
    ``--lang``. The language variables are cleared for subprocesses too."""
    import os

    for variable in ("COUPON_VALIDATOR_LANG", "LC_ALL", "LC_MESSAGES"):
        os.environ.pop(variable, None)
    if os.environ.get("LANG", "").lower().startswith("zh"):
        os.environ["LANG"] = "C.UTF-8"
