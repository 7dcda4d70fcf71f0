"""What ``check`` does once its options are read: configuration, the run, the report, the status.

Kept free of click so that the quick path of ``validator.cli.entry`` can run it without importing
click (see ``validator.cli.check_options``); ``validator.cli.commands`` calls the same function,
so both ways in behave the same by construction.

Exit status: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage error or an input that
could not be read. ``run_check`` returns it rather than exiting; its callers exit with it. Usage
errors are one line on stderr (``coupon-validator: error: …``), never a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, ParamSpec

from validator.reporters import RunResult, reporter

if TYPE_CHECKING:
    from collections import Counter

    from validator.fixes.session import FixSession
    from validator.policy.baseline import Key
    from validator.policy.selection import Selection

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

P = ParamSpec("P")


class UsageError(Exception):
    """Ends ``check`` with its message on one line and exit status 2."""


def say(message: str) -> None:
    """One line on standard error (errors, warnings and notes never mix with the report)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def usage_error(message: str) -> NoReturn:
    """For the other commands: say ``message`` as a usage error and exit 2."""
    say(f"coupon-validator: error: {message}")
    sys.exit(EXIT_USAGE)


def _usage_error_is_status_2(run: Callable[P, int]) -> Callable[P, int]:
    """``run`` with a ``UsageError`` said on one line and returned as exit status 2: helpers
    deep in the run raise it, and nothing above them needs to pass a status back up."""

    @functools.wraps(run)
    def checked(*args: P.args, **kwargs: P.kwargs) -> int:
        try:
            return run(*args, **kwargs)
        except UsageError as error:
            say(f"coupon-validator: error: {error}")
            return EXIT_USAGE

    return checked


@_usage_error_is_status_2
def run_check(
    paths: tuple[str, ...],
    api: str | None,
    output_format: str,
    select: str | None,
    ignore: str | None,
    fail_on: str | None,
    now: int | None,
    config_path: str | None,
    jobs: int | None,
    baseline_path: str | None,
    write_baseline_path: str | None,
    fix: bool,
    show_diff: bool,
) -> int:
    """Check ``paths``, write the report, and return the exit status.

    Options given here override the configuration file's settings. A reader that goes away
    (``BrokenPipeError``) is the one thing raised: the caller decides how to end quietly.
    """
    from validator.inputs.discover import DiscoveryError, discover
    from validator.inputs.pool import check_all
    from validator.policy import config
    from validator.policy.selection import Selection, SelectionError, fails, parse_codes

    if baseline_path and write_baseline_path:
        raise UsageError("--baseline and --write-baseline cannot be used together")
    known = None
    try:
        settings = config.load(config_path)
        selection = Selection(
            parse_codes(select) if select is not None else settings.select or (),
            parse_codes(ignore) if ignore is not None else settings.ignore or (),
            settings,
        )
        if baseline_path:
            known = _read_baseline(baseline_path)
        targets = discover(list(paths))
    except (SelectionError, DiscoveryError, config.ConfigError) as error:
        raise UsageError(str(error)) from None
    if not targets:  # only directories, none holding a file to check: no error, but say so
        for directory in paths:
            say(f"coupon-validator: warning: no .json or .jsonl file found in {directory}")
    fail_on = fail_on or settings.fail_on or "error"
    moment = int(time.time()) if now is None else now
    result = RunResult(files=targets)
    fixing = _fix_session(selection, moment, show_diff) if fix or show_diff else None
    tasks = [(target, api or settings.api_for(target) or "auto") for target in targets]
    if fixing is not None:  # fixes write files: one at a time, in this process
        reports = (fixing.check(target, target_api) for target, target_api in tasks)
    else:  # a pool of --jobs workers for many files; reports come back in file order
        reports = check_all(tasks, moment, jobs)
    for (target, _), report in zip(tasks, reports, strict=True):
        if report.io_error:
            result.io_errors.append(report.io_error)
        result.diagnostics.extend(selection.apply(report.diagnostics, target))
    result.diagnostics.sort(key=lambda d: d.sort_key())
    if write_baseline_path:
        return _write_baseline(write_baseline_path, result)
    if known is not None and baseline_path:
        from validator.policy import baseline

        result.diagnostics = baseline.new_findings(result.diagnostics, known, baseline_path)
    report_stream = sys.stdout
    if fixing is not None and fixing.report_to_stderr(targets):
        report_stream = sys.stderr
    try:
        reporter(output_format)(result, report_stream)
        if fixing is not None:
            summary_stream = report_stream if output_format == "text" else sys.stderr
            summary_stream.write(fixing.summary() + "\n")
        report_stream.flush()
    except BrokenPipeError:
        raise  # the reader went away (| head): the caller ends quietly
    except OSError as error:
        _unwritable_report(error)
    for problem in result.io_errors:
        say(f"coupon-validator: error: {problem}")
    if result.io_errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if fails(result.diagnostics, fail_on) else EXIT_OK


def _read_baseline(path: str) -> Counter[Key]:
    """``--baseline``: the recorded findings (the module is imported only when asked for)."""
    from validator.policy import baseline

    try:
        return baseline.read(path)
    except baseline.BaselineError as error:
        raise UsageError(str(error)) from None


def _unwritable_report(error: OSError) -> NoReturn:
    """A full disk or ``> /dev/full``: one line and exit 2, not a traceback. Standard output
    then points at /dev/null, so the interpreter's last flush of what is left in its buffer
    cannot fail again on the way out."""
    with contextlib.suppress(OSError, ValueError):  # no real descriptor: an in-memory stream
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise UsageError(f"cannot write the report ({error.strerror or error})")


def _fix_session(selection: Selection, moment: int, show_diff: bool) -> FixSession:
    """``--fix``/``--diff``: fix only what the report would show (selection and configuration)."""
    from validator.fixes.session import FixSession

    return FixSession(
        selection, moment, diff=show_diff, stdout=sys.stdout.buffer, diff_out=sys.stdout
    )


def _write_baseline(path: str, result: RunResult) -> int:
    """``--write-baseline``: record the findings instead of reporting them; status 0 (2 when a
    file could not be read, since the baseline would then be incomplete)."""
    from validator.policy import baseline

    try:
        count = baseline.write(path, result.diagnostics)
    except baseline.BaselineError as error:
        raise UsageError(str(error)) from None
    files = len({d.file for d in result.diagnostics})
    findings = f"{count} finding{'' if count == 1 else 's'}"
    in_files = f"{files} file{'' if files == 1 else 's'}"
    say(f"coupon-validator: wrote {findings} in {in_files} to {path}")
    for problem in result.io_errors:
        say(f"coupon-validator: error: {problem}")
    return EXIT_USAGE if result.io_errors else EXIT_OK
