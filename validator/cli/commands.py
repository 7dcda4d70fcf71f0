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

LANGUAGE_HELP = (
    "Language of the texts (default: config, COUPON_VALIDATOR_LANG, LC_ALL/LC_MESSAGES/LANG, "
    "else en)."
)


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


def _lang_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang", type=click.Choice(("zh", "en"), case_sensitive=False), help=LANGUAGE_HELP
    )(function)


def _language(option: str | None) -> str:
    """``--lang``, else the configuration's, else the environment's; a configuration with a
    mistake is a usage error, said in the environment's language (as ``check`` says it)."""
    from validator.cli import explain as texts
    from validator.policy.config import ConfigError
    from validator.text.language import choose

    try:
        return texts.language(option)
    except ConfigError as error:
        usage_error(error.problem, choose(None, None))


@main.command()
@click.option("--api", type=click.Choice(API_IDS), help="Only the rules of this API.")
@_lang_option
def rules(api: str | None, lang: str | None) -> None:
    """List every rule: code, severity, API and a one-line summary."""
    from validator.cli.explain import rule_lines

    click.echo("\n".join(rule_lines(api, _language(lang))))


@main.command()
@click.argument("code")
@_lang_option
def explain(code: str, lang: str | None) -> None:
    """Explain one rule: what it checks, why, the server answer it prevents, its sources, a
    failing and a passing example. CODE may also be what the server answered (109110,
    PARAM_ERROR): then the rules that prevent that answer are listed."""
    from validator import catalogue
    from validator.cli import explain as texts

    language = _language(lang)
    info = catalogue.RULES.get(code.strip().upper())
    if info is not None:
        click.echo("\n".join(texts.explain_lines(info, language)))
        return
    matches = texts.answered(code)
    if not matches:
        usage_error(texts.unknown_code(code), language)
    click.echo("\n".join(texts.answer_lines(matches, language)))


@main.command()
@click.argument("api_id", metavar="API-ID", type=click.Choice(API_IDS))
def schema(api_id: str) -> None:
    """Print the JSON Schema of an API (for editors and other validators)."""
    from validator.schema import schema_text

    click.echo(schema_text(api_id).rstrip("\n"))
