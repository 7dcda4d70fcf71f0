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
    from collections.abc import Iterator
    from typing import TextIO

    from validator.fixes.session import FixSession
    from validator.inputs.filters import FileFilter
    from validator.inputs.runner import FileReport
    from validator.policy.baseline import Key
    from validator.policy.config import Config
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


#: ``--now`` values from here on are milliseconds (the tool flags such timestamps as U001).
MILLISECONDS = 100_000_000_000


@_usage_error_is_status_2
def run_check(
    paths: tuple[str, ...],
    api: str | None,
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    now: int | None,
    config_path: str | None,
    jobs: int | None,
    baseline_path: str | None,
    write_baseline_path: str | None,
    fix: bool,
    show_diff: bool,
    exclude: tuple[str, ...] = (),
    extend_exclude: tuple[str, ...] = (),
    force_exclude: bool = False,
    statistics: bool = False,
    quiet: bool = False,
    exit_zero: bool = False,
    output_file: str | None = None,
    stdin_filename: str | None = None,
    lang: str | None = None,
) -> int:
    """Check ``paths``, write the report, and return the exit status.

    Options given here override the configuration file's settings. ``select``, ``ignore``,
    ``exclude`` and ``extend_exclude`` hold the values of a repeated option (empty: not given).
    A reader that goes away (``BrokenPipeError``) is the one thing raised: the caller decides
    how to end quietly.
    """
    from validator.inputs import STDIN
    from validator.inputs.discover import DiscoveryError, discover
    from validator.inputs.pool import check_all
    from validator.policy import config
    from validator.policy.selection import Selection, SelectionError, fails, parse_codes
    from validator.text.language import choose

    _check_combinations(output_format, baseline_path, write_baseline_path, now, statistics)
    if (fix or show_diff) and stdin_filename is not None and stdin_filename.endswith(".jsonl"):
        raise UsageError("--fix and --diff read standard input as one document, not JSONL")
    known = None
    try:
        settings = config.load(config_path)
        selection = Selection(
            parse_codes(select) if select else settings.select or (),
            parse_codes(ignore) if ignore else settings.ignore or (),
            settings,
        )
        if baseline_path:
            known = _read_baseline(baseline_path)
        choice = _file_filter(settings, exclude, extend_exclude, force_exclude)
        targets = discover(list(paths), choice)
    except (SelectionError, DiscoveryError, config.ConfigError) as error:
        raise UsageError(str(error)) from None
    if stdin_filename is not None and STDIN in targets and choice.excludes_named(stdin_filename):
        targets.remove(STDIN)  # --force-exclude of the file that standard input stands for
    if not targets:  # only directories, none holding a file to check: no error, but say so
        for directory in paths:
            if os.path.isdir(directory):
                say(f"coupon-validator: warning: no .json or .jsonl file found in {directory}")
    fail_on = fail_on or settings.fail_on or "error"
    language = choose(lang, settings.lang)
    moment = int(time.time()) if now is None else now

    def shown(target: str) -> str:  # the name a target has in the report and for the globs
        return stdin_filename if target == STDIN and stdin_filename is not None else target

    result = RunResult(files=[])
    fixing = _fix_session(selection, moment, show_diff, language) if fix or show_diff else None
    tasks = [(target, api or settings.api_for(shown(target)) or "auto") for target in targets]
    if fixing is not None:  # fixes write files: one at a time, in this process
        reports = (_fixed(fixing, target, task_api, moment, shown) for target, task_api in tasks)
    else:  # a pool of --jobs workers for many files; reports come back in file order
        reports = check_all(tasks, moment, jobs, stdin_name=stdin_filename, lang=language)
    for (target, _), report in zip(tasks, reports, strict=True):
        if report.skipped:
            result.skipped.append(shown(target))
            continue
        result.files.append(shown(target))
        if report.io_error:
            result.io_errors.append(report.io_error)
        result.diagnostics.extend(selection.apply(report.diagnostics, shown(target)))
    result.diagnostics.sort(key=lambda d: d.sort_key())
    if write_baseline_path:
        return _write_baseline(write_baseline_path, result)
    if known is not None and baseline_path:
        from validator.policy import baseline

        result.diagnostics = baseline.new_findings(result.diagnostics, known, baseline_path)
    taken = fixing is not None and fixing.report_to_stderr(targets)
    with _report_stream(output_file, taken) as report_stream:
        _write_report(result, report_stream, output_format, statistics, quiet)
        if fixing is not None:
            summary_stream = report_stream if output_format == "text" else sys.stderr
            summary_stream.write(fixing.summary() + "\n")
    for problem in result.io_errors:
        say(f"coupon-validator: error: {problem}")
    if result.io_errors:
        return EXIT_USAGE
    if exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if fails(result.diagnostics, fail_on) else EXIT_OK


def _check_combinations(
    output_format: str,
    baseline_path: str | None,
    write_baseline_path: str | None,
    now: int | None,
    statistics: bool,
) -> None:
    """Option values that are each valid but cannot be used as given."""
    from validator.reporters.statistics import FORMATS as STATISTICS_FORMATS

    if baseline_path and write_baseline_path:
        raise UsageError("--baseline and --write-baseline cannot be used together")
    if now is not None and now >= MILLISECONDS:
        raise UsageError(f"--now {now} looks like milliseconds; give Unix seconds ({now // 1000})")
    if statistics and output_format not in STATISTICS_FORMATS:
        raise UsageError(
            f"--statistics prints text or json, not {output_format} (use --format text or json)"
        )


def _file_filter(
    settings: Config, exclude: tuple[str, ...], extend_exclude: tuple[str, ...], force: bool
) -> FileFilter:
    """Which files the walk leaves out: the configuration's globs, then the command line's."""
    from validator.inputs.filters import file_filter

    return file_filter(
        settings.root,
        settings.exclude,
        settings.extend_exclude,
        settings.include,
        cli_exclude=_globs(exclude, "--exclude") if exclude else None,
        cli_extend_exclude=_globs(extend_exclude, "--extend-exclude"),
        respect_gitignore=settings.respect_gitignore,
        force_exclude=force or settings.force_exclude,
    )


def _globs(values: tuple[str, ...], option: str) -> tuple[str, ...]:
    """The globs of a repeated, comma-separated option (``--exclude a,b --exclude c``)."""
    import re

    from validator.policy.config import compile_glob

    globs = tuple(part.strip() for value in values for part in value.split(",") if part.strip())
    for glob in globs:
        try:
            compile_glob(glob)
        except re.error:
            raise UsageError(f"{option}: invalid file glob {glob!r}") from None
    return globs


def _fixed(
    fixing: FixSession, target: str, api: str, moment: int, shown: Callable[[str], str]
) -> FileReport:
    """``--fix``/``--diff`` of one target. A file that is not a coupon body is left alone,
    exactly as ``check`` skips it. Only a regular file is looked at first: standard input or a
    pipe can be read once, so it is fixed, and its report skips what ``check`` would skip."""
    import stat

    from validator.inputs import STDIN
    from validator.inputs.runner import check_one

    try:
        regular = target != STDIN and stat.S_ISREG(os.stat(target).st_mode)
    except OSError:  # reading it says why
        regular = False
    if regular:
        report = check_one(target, api, moment, skip_unrelated=True)
        if report.skipped:
            return report
    report = fixing.check(target, api)
    if target == STDIN and shown(target) != target:
        name = shown(target)
        report.display = name
        report.diagnostics = [d._replace(file=name) for d in report.diagnostics]
    return report


@contextlib.contextmanager
def _report_stream(output_file: str | None, taken: bool) -> Iterator[TextIO]:
    """Where the report goes: ``--output-file``, else standard output, or standard error when
    ``--fix``/``--diff`` has standard output for the fixed document or the diff. A report
    that cannot be written is one line and exit 2."""
    if output_file is not None:
        try:
            stream = open(output_file, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as error:
            raise UsageError(
                f"{output_file}: cannot write the report ({error.strerror or error})"
            ) from None
        with stream:
            try:
                yield stream
                stream.flush()
            except OSError as error:
                raise UsageError(
                    f"{output_file}: cannot write the report ({error.strerror or error})"
                ) from None
        return
    stream = sys.stderr if taken else sys.stdout
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        raise  # the reader went away (| head): the caller ends quietly
    except OSError as error:
        _unwritable_report(error)


def _write_report(
    result: RunResult, stream: TextIO, output_format: str, statistics: bool, quiet: bool
) -> None:
    """The report in ``output_format``; ``--statistics`` replaces the findings by the count
    of each code (the text format keeps its summary line), ``--quiet`` keeps that line only."""
    if statistics:
        from validator.reporters.statistics import render

        render(result, stream, output_format)
        if output_format != "text":
            return
    result.summary_only = output_format == "text" and (quiet or statistics)
    reporter(output_format)(result, stream)


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


def _fix_session(selection: Selection, moment: int, show_diff: bool, lang: str) -> FixSession:
    """``--fix``/``--diff``: fix only what the report would show (selection and configuration)."""
    from validator.fixes.session import FixSession

    return FixSession(
        selection,
        moment,
        diff=show_diff,
        stdout=sys.stdout.buffer,
        diff_out=sys.stdout,
        lang=lang,
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
