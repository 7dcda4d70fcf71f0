"""The full command line with click: every command (``check``, ``rules``, ``explain``,
``schema``), ``--help``, ``--version`` and usage errors.

A plain ``check`` command line does not come here: ``validator.cli.entry`` runs it without
importing click (start-up is most of a pre-commit run). Both ways end in
``validator.cli.check.run_check`` and share the option table of
``validator.cli.check_options``, so they accept the same options with the same meaning.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from validator.apis import API_IDS
from validator.cli.check import run_check, usage_error
from validator.cli.check_options import OPTIONS, OptionSpec


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coupon-validator", prog_name="coupon-validator")
def main() -> None:
    """Check WeChat coupon-creation request bodies offline, before any network call."""


def _click_option(spec: OptionSpec) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The click option of one ``check`` option (the table is shared with the quick path)."""
    if spec.kind == "flag":
        return click.option(
            spec.flag, spec.name, is_flag=True, default=spec.default, help=spec.help
        )
    value_type: Any = {
        "text": None,
        "texts": None,
        "choice": click.Choice(spec.choices, case_sensitive=False),
        "int": int,
        "positive-int": click.IntRange(min=1),
        "file": click.Path(dir_okay=False),
    }[spec.kind]
    return click.option(
        spec.flag,
        spec.name,
        type=value_type,
        multiple=spec.kind == "texts",
        default=spec.default,
        show_default=spec.show_default,
        help=spec.help,
    )


def _with_check_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate ``check`` with its argument and every option of ``OPTIONS``."""
    for spec in reversed(OPTIONS):  # decorators apply bottom-up; --help lists them in order
        function = _click_option(spec)(function)
    return click.argument("paths", nargs=-1, required=True)(function)


@main.command()
@_with_check_options
def check(**params: Any) -> None:
    """Check files, directories (recursively: *.json, *.jsonl) or - (standard input).

    Options given here override the configuration file's settings.
    """
    sys.exit(run_check(**params))


@main.command()
@click.option("--api", type=click.Choice(API_IDS), help="Only the rules of this API.")
def rules(api: str | None) -> None:
    """List every rule: code, severity, API and a one-line summary."""
    from validator import catalogue
    from validator.apis import rule_apis

    carried = rule_apis(api)[1:] if api else ()
    width = max(len(api_id) for api_id in API_IDS)
    for info in catalogue.RULES.values():
        if api and info.api not in (None, api) and not (info.carried and info.api in carried):
            continue
        scope = info.api or "all"
        click.echo(f"{info.code}  {info.severity:<7}  {scope:<{width}}  {info.summary}")


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain one rule: what it checks, why, its source, a failing and a passing example."""
    from validator import catalogue

    try:
        info = catalogue.get(code.strip().upper())
    except KeyError:
        from validator.policy.suggest import closest

        suggestion = closest(code.strip().upper(), catalogue.RULES)
        hint = f"did you mean {suggestion!r}? " if suggestion else ""
        usage_error(f"unknown rule code {code!r}; {hint}`coupon-validator rules` lists them")
    click.echo(f"{info.code} ({info.name}): {info.summary}")
    api = catalogue.applies_to(info)
    click.echo(f"Severity: {info.severity}    API: {api}    Status: {info.status}")
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
