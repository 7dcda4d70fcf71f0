"""What ``check`` does once its options are read: configuration, the run, the report, the status.

Kept free of click so that the quick path of ``validator.cli.entry`` can run it without importing
click (see ``validator.cli.check_options``); ``validator.cli.commands`` calls the same function,
so both ways in behave the same by construction.

Exit status: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage error or an input that
could not be read. ``run_check`` returns it rather than exiting; its callers exit with it. Usage
errors are one line on stderr (``coupon-validator: error: …``), never a traceback.

Language: every line of ours (usage errors, warnings, the report's own texts) is in the run's
language (``validator.text.language.choose``): ``--lang``, else the configuration's ``lang``,
else the environment. A usage error met before the configuration is read (an impossible
combination of options), or in the configuration itself (whose ``lang`` cannot be trusted
then), is said in the language of ``--lang`` or of the environment, which are always known.
click's own usage errors (an unknown option, a bad ``--lang`` value) stay as click says them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, ParamSpec

from validator.reporters import RunResult, counted, reporter
from validator.text import Text, message, render
from validator.text.language import choose

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


ERROR = message("cli.error", "coupon-validator: error: {problem}")
WARNING = message("cli.warning", "coupon-validator: warning: {problem}")
STDIN_NOT_JSONL = message(
    "cli.stdin-not-jsonl", "--fix and --diff read standard input as one document, not JSONL"
)
BASELINE_AND_WRITE = message(
    "cli.baseline-and-write", "--baseline and --write-baseline cannot be used together"
)
NOW_IN_MILLISECONDS = message(
    "cli.now-in-milliseconds", "--now {now} looks like milliseconds; give Unix seconds ({seconds})"
)
STATISTICS_FORMAT = message(
    "cli.statistics-format",
    "--statistics prints text or json, not {format} (use --format text or json)",
)
INVALID_GLOB = message("cli.invalid-glob", "{option}: invalid file glob {glob}")
NOTHING_FOUND = message("cli.nothing-found", "no .json or .jsonl file found in {directory}")
CANNOT_WRITE_REPORT_TO = message(
    "cli.cannot-write-report-to", "{path}: cannot write the report ({reason})"
)
CANNOT_WRITE_REPORT = message("cli.cannot-write-report", "cannot write the report ({reason})")
WROTE_BASELINE = message(
    "cli.wrote-baseline", "coupon-validator: wrote {findings} in {files} to {path}"
)
ONE_FINDING = message("cli.finding", "{count} finding")
FINDINGS = message("cli.findings", "{count} findings")


class UsageError(Exception):
    """Ends ``check`` with its message on one line and exit status 2.

    ``problem`` is the message (a ``Text``); ``lang`` the language to say it in, once the
    run's is known (None before: the option's or the environment's, see the module docstring).
    """

    def __init__(self, problem: Text, lang: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.lang = lang


def say(line: str) -> None:
    """One line on standard error (errors, warnings and notes never mix with the report)."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def say_error(problem: str | Text, lang: str) -> None:
    """``coupon-validator: error: …`` in ``lang``."""
    say(render(ERROR(problem=problem), lang))


def usage_error(problem: Text, lang: str) -> NoReturn:
    """For the other commands: say ``problem`` as a usage error in ``lang`` and exit 2."""
    say_error(problem, lang)
    sys.exit(EXIT_USAGE)


def _usage_error_is_status_2(run: Callable[P, int]) -> Callable[P, int]:
    """``run`` with a ``UsageError`` said on one line and returned as exit status 2: helpers
    deep in the run raise it, and nothing above them needs to pass a status back up. An error
    raised before the run's language is known is said in the language of ``--lang`` (the
    ``lang`` keyword) or of the environment."""

    @functools.wraps(run)
    def checked(*args: P.args, **kwargs: P.kwargs) -> int:
        try:
            return run(*args, **kwargs)
        except UsageError as error:
            option = kwargs.get("lang")
            say_error(error.problem, error.lang or choose(option, None))  # type: ignore[arg-type]
            return EXIT_USAGE

    return checked


#: ``--now`` values from here on are milliseconds (the tool flags such timestamps as U001).
MILLISECONDS = 100_000_000_000


@_usage_error_is_status_2
def run_check(
    paths: tuple[str, ...],
    *,
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
    ``lang`` is ``--lang`` (None: the configuration's, else the environment's). A reader that
    goes away (``BrokenPipeError``) is the one thing raised: the caller decides how to end
    quietly.
    """
    from validator.inputs import STDIN
    from validator.inputs.discover import DiscoveryError, discover
    from validator.inputs.pool import check_all
    from validator.policy import config
    from validator.policy.selection import Selection, SelectionError, fails, parse_codes

    _check_combinations(output_format, baseline_path, write_baseline_path, now, statistics)
    if (fix or show_diff) and stdin_filename is not None and stdin_filename.endswith(".jsonl"):
        raise UsageError(STDIN_NOT_JSONL())
    try:
        settings = config.load(config_path)
    except config.ConfigError as error:  # said in the language of --lang or the environment
        raise UsageError(error.problem) from None
    language = choose(lang, settings.lang)
    known = None
    try:
        selection = Selection(
            parse_codes(select) if select else settings.select or (),
            parse_codes(ignore) if ignore else settings.ignore or (),
            settings,
        )
        if baseline_path:
            known = _read_baseline(baseline_path, language)
        choice = _file_filter(settings, exclude, extend_exclude, force_exclude, language)
        targets = discover(list(paths), choice)
    except (SelectionError, DiscoveryError) as error:
        raise UsageError(error.problem, language) from None
    if stdin_filename is not None and STDIN in targets and choice.excludes_named(stdin_filename):
        targets.remove(STDIN)  # --force-exclude of the file that standard input stands for
    if not targets:  # only directories, none holding a file to check: no error, but say so
        for directory in paths:
            if os.path.isdir(directory):
                say(render(WARNING(problem=NOTHING_FOUND(directory=directory)), language))
    fail_on = fail_on or settings.fail_on or "error"
    moment = int(time.time()) if now is None else now

    def shown(target: str) -> str:  # the name a target has in the report and for the globs
        return stdin_filename if target == STDIN and stdin_filename is not None else target

    result = RunResult(files=[], lang=language)
    fixing = _fix_session(selection, moment, show_diff, language) if fix or show_diff else None
    tasks = [(target, api or settings.api_for(shown(target)) or "auto") for target in targets]
    if fixing is not None:  # fixes write files: one at a time, in this process
        reports = (_fixed(fixing, target, task_api, moment, shown) for target, task_api in tasks)
    else:  # a pool of --jobs workers for many files; reports come back in file order
        marking = output_format == "text"  # the (fixable) marker: found where each file is
        reports = check_all(
            tasks, moment, jobs, stdin_name=stdin_filename, lang=language, mark_fixable=marking
        )
        result.fixable = set() if marking else None
    for (target, _), report in zip(tasks, reports, strict=True):
        if report.skipped:
            result.skipped.append(shown(target))
            continue
        result.files.append(shown(target))
        if report.io_error:
            result.io_errors.append(render(report.io_error, language))
        result.diagnostics.extend(selection.apply(report.diagnostics, shown(target)))
        if report.fixable and result.fixable is not None:
            result.fixable.update(report.fixable)
    result.diagnostics.sort(key=lambda d: d.sort_key())
    if write_baseline_path:
        return _write_baseline(write_baseline_path, result, language)
    if known is not None and baseline_path:
        from validator.policy import baseline

        result.diagnostics = baseline.new_findings(result.diagnostics, known, baseline_path)
    taken = fixing is not None and fixing.report_to_stderr(targets)
    with _report_stream(output_file, taken, language) as report_stream:
        _write_report(result, report_stream, output_format, statistics, quiet)
        if fixing is not None:
            summary_stream = report_stream if output_format == "text" else sys.stderr
            summary_stream.write(fixing.summary() + "\n")
    for problem in result.io_errors:
        say_error(problem, language)
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
        raise UsageError(BASELINE_AND_WRITE())
    if now is not None and now >= MILLISECONDS:
        raise UsageError(NOW_IN_MILLISECONDS(now=now, seconds=now // 1000))
    if statistics and output_format not in STATISTICS_FORMATS:
        raise UsageError(STATISTICS_FORMAT(format=output_format))


def _file_filter(
    settings: Config,
    exclude: tuple[str, ...],
    extend_exclude: tuple[str, ...],
    force: bool,
    lang: str,
) -> FileFilter:
    """Which files the walk leaves out: the configuration's globs, then the command line's."""
    from validator.inputs.filters import file_filter

    return file_filter(
        settings.root,
        settings.exclude,
        settings.extend_exclude,
        settings.include,
        cli_exclude=_globs(exclude, "--exclude", lang) if exclude else None,
        cli_extend_exclude=_globs(extend_exclude, "--extend-exclude", lang),
        respect_gitignore=settings.respect_gitignore,
        force_exclude=force or settings.force_exclude,
    )


def _globs(values: tuple[str, ...], option: str, lang: str) -> tuple[str, ...]:
    """The globs of a repeated, comma-separated option (``--exclude a,b --exclude c``)."""
    import re

    from validator.policy.config import compile_glob

    globs = tuple(part.strip() for value in values for part in value.split(",") if part.strip())
    for glob in globs:
        try:
            compile_glob(glob)
        except re.error:
            raise UsageError(INVALID_GLOB(option=option, glob=repr(glob)), lang) from None
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
def _report_stream(output_file: str | None, taken: bool, lang: str) -> Iterator[TextIO]:
    """Where the report goes: ``--output-file``, else standard output, or standard error when
    ``--fix``/``--diff`` has standard output for the fixed document or the diff. A report
    that cannot be written is one line and exit 2."""
    if output_file is not None:
        try:
            stream = open(output_file, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as error:
            raise UsageError(_unwritable(output_file, error), lang) from None
        with stream:
            try:
                yield stream
                stream.flush()
            except OSError as error:
                raise UsageError(_unwritable(output_file, error), lang) from None
        return
    stream = sys.stderr if taken else sys.stdout
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        raise  # the reader went away (| head): the caller ends quietly
    except OSError as error:
        _unwritable_report(error, lang)


def _unwritable(path: str, error: OSError) -> Text:
    return CANNOT_WRITE_REPORT_TO(path=path, reason=error.strerror or error)


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


def _read_baseline(path: str, lang: str) -> Counter[Key]:
    """``--baseline``: the recorded findings (the module is imported only when asked for)."""
    from validator.policy import baseline

    try:
        return baseline.read(path)
    except baseline.BaselineError as error:
        raise UsageError(error.problem, lang) from None


def _unwritable_report(error: OSError, lang: str) -> NoReturn:
    """A full disk or ``> /dev/full``: one line and exit 2, not a traceback. Standard output
    then points at /dev/null, so the interpreter's last flush of what is left in its buffer
    cannot fail again on the way out."""
    with contextlib.suppress(OSError, ValueError):  # no real descriptor: an in-memory stream
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise UsageError(CANNOT_WRITE_REPORT(reason=error.strerror or error), lang)


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


def _write_baseline(path: str, result: RunResult, lang: str) -> int:
    """``--write-baseline``: record the findings instead of reporting them; status 0 (2 when a
    file could not be read, since the baseline would then be incomplete)."""
    from validator.policy import baseline
    from validator.reporters import FILES, ONE_FILE

    try:
        count = baseline.write(path, result.diagnostics)
    except baseline.BaselineError as error:
        raise UsageError(error.problem, lang) from None
    files = len({d.file for d in result.diagnostics})
    findings = counted(count, ONE_FINDING, FINDINGS)
    say(
        render(
            WROTE_BASELINE(findings=findings, files=counted(files, ONE_FILE, FILES), path=path),
            lang,
        )
    )
    for problem in result.io_errors:
        say_error(problem, lang)
    return EXIT_USAGE if result.io_errors else EXIT_OK
