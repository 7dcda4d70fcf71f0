"""The command line (spec/interface.md). Thin: parse options, call the runner, pick a reporter.

Exit status: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage error. Usage errors
are one line on stderr (``coupon-validator: error: …``), never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from typing import TYPE_CHECKING, NoReturn

import click

from validator.reporters import FORMATS, RunResult, reporter
from validator.schema import API_IDS

if TYPE_CHECKING:
    from validator.config import Config
    from validator.fixes.session import FixSession
    from validator.selection import Selection

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _usage_error(message: str) -> NoReturn:
    click.echo(f"coupon-validator: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coupon-validator", prog_name="coupon-validator")
def main() -> None:
    """Check WeChat coupon-creation request bodies offline, before any network call."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--api",
    type=click.Choice(("auto", *API_IDS)),
    default=None,
    help="Which API the files target (default: auto, detected per file).",
)
@click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True
)
@click.option("--select", help="Comma-separated codes or prefixes to report (A, S00, U001).")
@click.option("--ignore", help="Comma-separated codes or prefixes not to report.")
@click.option(
    "--fail-on",
    type=click.Choice(("error", "warning")),
    default=None,
    help="Lowest severity that makes the run fail (default: error).",
)
@click.option("--now", type=int, help="Unix seconds for time-relative rules (default: the clock).")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Configuration file (default: [tool.coupon-validator] in the nearest pyproject.toml).",
)
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes (default: automatic).")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_path",
    type=click.Path(dir_okay=False),
    help="Record today's findings in this file and exit 0.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the safe fixes in place (explain CODE says which); - prints the fixed document.",
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print the safe fixes as a unified diff instead of applying them; writes nothing.",
)
def check(
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
) -> None:
    """Check files, directories (recursively: *.json, *.jsonl) or - (standard input).

    Options given here override the configuration file's settings.
    """
    from validator import baseline, config
    from validator.pool import check_all
    from validator.runner import UsageError, discover
    from validator.selection import Selection, SelectionError, fails, parse_codes

    if baseline_path and write_baseline_path:
        _usage_error("--baseline and --write-baseline cannot be used together")
    try:
        settings = config.load(config_path)
        selection = Selection(
            parse_codes(select) if select is not None else settings.select or (),
            parse_codes(ignore) if ignore is not None else settings.ignore or (),
        )
        known = baseline.read(baseline_path) if baseline_path else None
        targets = discover(list(paths))
    except (SelectionError, UsageError, config.ConfigError, baseline.BaselineError) as error:
        _usage_error(str(error))
    if not targets:  # only directories, none holding a file to check: no error, but say so
        for directory in paths:
            click.echo(
                f"coupon-validator: warning: no .json or .jsonl file found in {directory}",
                err=True,
            )
    fail_on = fail_on or settings.fail_on or "error"
    moment = int(time.time()) if now is None else now
    result = RunResult(files=targets)
    fixing = _fix_session(settings, selection, moment, show_diff) if fix or show_diff else None
    tasks = [(target, api or settings.api_for(target) or "auto") for target in targets]
    if fixing is not None:  # fixes write files: one at a time, in this process
        reports = (fixing.check(target, target_api) for target, target_api in tasks)
    else:  # a pool of --jobs workers for many files; reports come back in file order
        reports = check_all(tasks, moment, jobs)
    for (target, _), report in zip(tasks, reports, strict=True):
        if report.io_error:
            result.io_errors.append(report.io_error)
        result.diagnostics.extend(settings.filter(target, selection.apply(report.diagnostics)))
    result.diagnostics.sort(key=lambda d: d.sort_key())
    if write_baseline_path:
        _write_baseline(write_baseline_path, result)
    if known is not None and baseline_path:
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
        raise  # the reader went away (| head): click ends quietly
    except OSError as error:
        _unwritable_report(error)
    for problem in result.io_errors:
        click.echo(f"coupon-validator: error: {problem}", err=True)
    if result.io_errors:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if fails(result.diagnostics, fail_on) else EXIT_OK)


def _unwritable_report(error: OSError) -> NoReturn:
    """A full disk or ``> /dev/full``: one line and exit 2, not a traceback. Standard output
    then points at /dev/null, so the interpreter's last flush of what is left in its buffer
    cannot fail again on the way out."""
    with contextlib.suppress(OSError, ValueError):  # no real descriptor: an in-memory stream
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    _usage_error(f"cannot write the report ({error.strerror or error})")


def _fix_session(
    settings: Config, selection: Selection, moment: int, show_diff: bool
) -> FixSession:
    """``--fix``/``--diff``: fix only what the report would show (selection and configuration)."""
    from validator.fixes.session import FixSession

    return FixSession(
        lambda target, found: settings.filter(target, selection.apply(found)),
        moment,
        diff=show_diff,
        stdout=sys.stdout.buffer,
        diff_out=sys.stdout,
    )


def _write_baseline(path: str, result: RunResult) -> NoReturn:
    """``--write-baseline``: record the findings instead of reporting them; exit 0 (2 when a
    file could not be read, since the baseline would then be incomplete)."""
    from validator import baseline

    try:
        count = baseline.write(path, result.diagnostics)
    except baseline.BaselineError as error:
        _usage_error(str(error))
    files = len({d.file for d in result.diagnostics})
    findings = f"{count} finding{'' if count == 1 else 's'}"
    in_files = f"{files} file{'' if files == 1 else 's'}"
    click.echo(f"coupon-validator: wrote {findings} in {in_files} to {path}", err=True)
    for problem in result.io_errors:
        click.echo(f"coupon-validator: error: {problem}", err=True)
    sys.exit(EXIT_USAGE if result.io_errors else EXIT_OK)


@main.command()
@click.option("--api", type=click.Choice(API_IDS), help="Only the rules of this API.")
def rules(api: str | None) -> None:
    """List every rule: code, severity, API and a one-line summary."""
    from validator import registry

    for info in registry.RULES.values():
        if api and info.api not in (None, api):
            continue
        scope = info.api or "all"
        click.echo(f"{info.code}  {info.severity:<7}  {scope:<21}  {info.summary}")


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain one rule: what it checks, why, its source, a failing and a passing example."""
    from validator import registry

    try:
        info = registry.get(code.upper())
    except KeyError:
        _usage_error(f"unknown rule code {code!r}; `coupon-validator rules` lists them")
    click.echo(f"{info.code} ({info.name}): {info.summary}")
    click.echo(f"Severity: {info.severity}    API: {info.api or 'all'}    Status: {info.status}")
    click.echo(f"Fixable: yes, check --fix {info.fix}" if info.fix else "Fixable: no")
    click.echo("")
    click.echo(info.explanation)
    if info.sources:
        click.echo("\nSources:")
        for source in info.sources:
            click.echo(f"  {source}")
    for title, example in (("Failing", info.fail_example), ("Passing", info.pass_example)):
        pointer = example.pointer or '""'  # the root pointer "" would print as nothing
        where = f" (reported at {pointer})" if example.pointer is not None else ""
        click.echo(f"\n{title} example, --api {example.api}{where}:")
        click.echo(example.document.rstrip("\n"))


@main.command()
@click.argument("api_id", metavar="API-ID", type=click.Choice(API_IDS))
def schema(api_id: str) -> None:
    """Print the JSON Schema of an API (for editors and other validators)."""
    from validator.schema import schema_text

    click.echo(schema_text(api_id).rstrip("\n"))
