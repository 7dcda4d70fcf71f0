"""What ``rules`` and ``explain`` print: the catalogue, told in the reader's language.

Kept apart from click (``validator.cli.commands`` reads the options and prints these lines), so
the texts are plain functions of a rule and a language. The summary, explanation and fix
sentence come from the catalogue in that language (``validator.catalogue.in_language``); the
headings are templates here. Codes, severities, API ids, statuses, sources and the example
bodies are the same in every language: they are what a user searches for and copies.

``explain`` also takes what the real API answered (``explain 109110``, ``explain PARAM_ERROR``)
and lists the rules that catch the mistakes behind that answer, from the catalogue's
``server_errors``: the answer is often all a developer has when a request fails.
"""

from __future__ import annotations

from validator import catalogue
from validator.apis import API_IDS, APIS, rule_apis
from validator.catalogue import RuleInfo
from validator.catalogue.model import ServerError
from validator.reporters import rule_help
from validator.text import Text, message, render
from validator.text.language import choose

HEADER = message("explain.header", "{code} ({name}): {summary}")
FACTS = message("explain.facts", "Severity: {severity}    API: {api}    Status: {status}")
FIXABLE = message("explain.fixable", "Fixable: yes, check --fix {fix}")
NOT_FIXABLE = message("explain.not-fixable", "Fixable: no")
FAILING = message("explain.failing-example", "Failing example, --api {api}{where}:")
PASSING = message("explain.passing-example", "Passing example, --api {api}{where}:")
REPORTED_AT = message("explain.reported-at", " (reported at {pointer})")
EVERY_API = message("explain.every-api", "all")
CARRIED = message("explain.carried", "{api}; also {carriers}")
CARRIER = message("explain.carrier", "{api} (in {prefix})")
#: Two items of a list in running text, joined (``, `` in English, ``、`` in Chinese).
PAIR = message("explain.pair", "{first}, {second}")
ANSWERED_BY_ERRCODE = message(
    "explain.answered-by-errcode",
    "errcode {code} is what the server answers to the mistakes these rules catch:",
)
ANSWERED_BY = message(
    "explain.answered-by", "{code} is what the server answers to the mistakes these rules catch:"
)
EXPLAIN_EACH = message("explain.explain-each", "`coupon-validator explain CODE` explains each one.")
UNKNOWN_CODE = message(
    "explain.unknown-code", "unknown rule code {code}; {hint}`coupon-validator rules` lists them"
)
DID_YOU_MEAN = message("explain.did-you-mean", "did you mean {suggestion}? ")


def language(option: str | None) -> str:
    """The language of ``rules`` and ``explain``, chosen as ``check`` chooses it: ``--lang``,
    else ``lang`` of the nearest configuration, else the environment. Raises
    ``validator.policy.config.ConfigError`` for a configuration with a mistake (the
    configuration is read only without ``--lang``)."""
    if option is not None:
        return choose(option, None)
    from validator.policy import config

    return choose(None, config.load(None).lang)


def rule_lines(api: str | None, lang: str) -> list[str]:
    """``rules [--api ID]``: one line per rule, ``CODE  severity  api  summary``."""
    carried = rule_apis(api)[1:] if api else ()
    width = max(len(api_id) for api_id in API_IDS)
    return [
        _rule_line(info, lang, width)
        for info in catalogue.RULES.values()
        if not api or info.api in (None, api) or (info.carried and info.api in carried)
    ]


def _rule_line(english: RuleInfo, lang: str, width: int) -> str:
    """The scope column keeps ``all`` and the API ids in every language: it is read as ids."""
    info = catalogue.in_language(english, lang)
    scope = info.api or "all"
    return f"{info.code}  {info.severity:<7}  {scope:<{width}}  {info.summary}"


def explain_lines(english: RuleInfo, lang: str) -> list[str]:
    """``explain CODE``: the rule's facts, explanation, server answers, sources, examples."""
    info = catalogue.in_language(english, lang)
    facts = FACTS(severity=info.severity, api=_applies_to(info), status=info.status)
    fixable = FIXABLE(fix=info.fix) if info.fix else NOT_FIXABLE()
    lines = [
        render(HEADER(code=info.code, name=info.name, summary=info.summary), lang),
        render(facts, lang),
        render(fixable, lang),
        "",
        info.explanation,
    ]
    if info.server_errors:
        lines += ["", rule_help.server_heading(info, lang)]
        for answer, source in rule_help.server_answers(info, lang):
            lines += [f"  {answer}", f"      {source}"]
    if info.sources:
        lines += ["", rule_help.sources_heading(lang)]
        lines += [f"  {source}" for source in info.sources]
    for heading, example in ((FAILING, info.fail_example), (PASSING, info.pass_example)):
        pointer = example.pointer or '""'  # the root pointer "" would print as nothing
        where = REPORTED_AT(pointer=pointer) if example.pointer is not None else ""
        lines += ["", render(heading(api=example.api, where=where), lang)]
        lines.append(example.document.rstrip("\n"))
    return lines


def _applies_to(info: RuleInfo) -> Text | str:
    """Where the rule applies (``validator.catalogue.applies_to``), as words of a language."""
    if info.api is None:
        return EVERY_API()
    if not info.carried:
        return info.api
    carriers = [
        CARRIER(api=spec.id, prefix=spec.mount.prefix)
        for spec in APIS
        if spec.mount is not None and spec.mount.api == info.api
    ]
    if not carriers:
        return info.api
    return CARRIED(api=info.api, carriers=_listed(carriers))


def _listed(items: list[Text]) -> Text:
    """Items as one list in running text, in the reader's language."""
    result = items[0]
    for item in items[1:]:
        result = PAIR(first=result, second=item)
    return result


def answered(query: str) -> list[tuple[RuleInfo, ServerError]]:
    """The rules whose mistakes the server answers with ``query`` (``109110``, ``param_error``:
    the case of a WeChat Pay code is ignored), each with that answer, in catalogue order."""
    wanted = query.strip().casefold()
    if not wanted:
        return []
    return [
        (info, error)
        for info in catalogue.RULES.values()
        for error in info.server_errors
        if error.code.casefold() == wanted
    ]


def answer_lines(matches: list[tuple[RuleInfo, ServerError]], lang: str) -> list[str]:
    """``explain 109110``: which rules prevent that answer, each with where it was seen."""
    code = matches[0][1].code
    heading = ANSWERED_BY_ERRCODE if code.isdigit() else ANSWERED_BY
    lines = [render(heading(code=code), lang)]
    width = max(len(api_id) for api_id in API_IDS)
    for info, error in matches:
        lines.append(f"  {_rule_line(info, lang, width)}")
        lines.append(f"      {render(rule_help.answer(error), lang)}")
        lines.append(f"      {rule_help.cited(error.source)}")
    lines += ["", render(EXPLAIN_EACH(), lang)]
    return lines


def unknown_code(code: str) -> Text:
    """The usage error of ``explain`` for a code nobody knows, with the closest known one."""
    from validator.policy.suggest import closest

    suggestion = closest(code.strip().upper(), catalogue.RULES)
    hint = DID_YOU_MEAN(suggestion=repr(suggestion)) if suggestion else ""
    return UNKNOWN_CODE(code=repr(code), hint=hint)
