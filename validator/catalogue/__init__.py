"""The rule catalogue: every code with its severity, texts, sources and examples.

Import from here (``from validator.catalogue import RULES, get, severity_of``). The entries
themselves are written beside the code that reports them, so a rule is found in one hop:

- J (loading): ``validator.catalogue.loading``; S (schema): ``validator.catalogue.schema_rules``;
  D (detection): ``validator.catalogue.detection``;
- U (units and time): ``validator.rules.common``, on the rule functions;
- A, B, C, E, F: ``validator.apis.<api>.rules`` (and the modules it imports), on the rule functions,
  and ``validator.apis.<api>.requirements``: ``describe(...)`` for the requirements the API's
  JSON Schema checks (``x-code``).

``RULES`` is assembled on first use (a module ``__getattr__``): importing this package must not
import the rule modules, because the rule modules import it (for ``describe`` and the example
helpers), and a check that finds nothing needs only the rule functions, never the entries that
have none (loading, schema, detection, requirements). Assembling imports every module above
once, checks that no code is described twice, and orders the entries by family (J, S, D, U, A,
B, C, E, F) and then number.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from validator.catalogue.model import FAMILIES, WORKED_NOW, Example, RuleInfo
from validator.catalogue.sources import SOURCES
from validator.finding import Severity
from validator.text import Text, message

__all__ = [
    "FAMILIES",
    "RULES",
    "SOURCES",
    "WORKED_NOW",
    "Example",
    "RuleInfo",
    "applies_to",
    "codes_matching",
    "get",
    "in_language",
    "severity_of",
]

if TYPE_CHECKING:
    #: Every rule, keyed by code, ordered by family (J, S, D, U, A, B, C, E, F) and then number.
    RULES: dict[str, RuleInfo]

_CODE = re.compile(f"[{''.join(FAMILIES)}][0-9]{{3}}")
#: The modules whose entries have no rule function, besides each API's ``requirements``; the
#: rule modules come from ``validator.rules`` (which imports them in the order they must run).
_ENTRY_MODULES = (
    "validator.catalogue.loading",
    "validator.catalogue.schema_rules",
    "validator.catalogue.detection",
)
_rules: dict[str, RuleInfo] | None = None


def __getattr__(name: str) -> object:
    if name == "RULES":
        return _catalogue()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _catalogue() -> dict[str, RuleInfo]:
    """``RULES``, assembled on first use (see the module docstring)."""
    global _rules
    if _rules is None:
        from validator.catalogue.model import ENTRIES
        from validator.rules import all_rules

        all_rules()  # imports the rule modules, whose decorators describe their codes
        for module in _entry_modules():
            _import(module)
        _rules = _ordered(ENTRIES)
        globals()["RULES"] = _rules  # later look-ups find it without ``__getattr__``
    return _rules


def _entry_modules() -> list[str]:
    """The modules that only describe codes: J, S, D, and each API's schema requirements."""
    from validator.apis import APIS

    return [*_ENTRY_MODULES, *(f"{spec.package}.requirements" for spec in APIS)]


def _import(module: str) -> None:
    """Import ``module``; an API without schema requirements may have no ``requirements``."""
    import importlib

    try:
        importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name != module:
            raise


def _order(info: RuleInfo) -> tuple[int, int]:
    return FAMILIES.index(info.code[0]), int(info.code[1:])


def _ordered(entries: list[RuleInfo]) -> dict[str, RuleInfo]:
    rules: dict[str, RuleInfo] = {}
    for info in sorted(entries, key=_order):
        if not _CODE.fullmatch(info.code) or info.code in rules:
            raise ValueError(f"bad or repeated rule code {info.code!r}")
        rules[info.code] = info
    return rules


def get(code: str) -> RuleInfo:
    """The rule with this exact code; ``KeyError`` naming the closest codes if it is unknown
    (in the environment's language, as the library's messages are without ``lang=``)."""
    rules = _catalogue()
    try:
        return rules[code]
    except KeyError:
        pass
    import difflib

    from validator.text import render
    from validator.text.language import from_environment

    close = difflib.get_close_matches(str(code).strip().upper(), rules, n=3, cutoff=0.5)
    hint = _CLOSEST(codes=_alternatives(close)) if close else ""
    problem = _UNKNOWN(code=repr(code), hint=hint, families=", ".join(FAMILIES))
    raise KeyError(render(problem, from_environment())) from None


_UNKNOWN = message(
    "catalogue.unknown-code",
    "unknown rule code {code}{hint} (codes are a family letter {families} and 3 digits; "
    "`coupon-validator rules` lists them)",
)
_CLOSEST = message("catalogue.closest", "; did you mean {codes}?")
_EITHER = message("catalogue.either", "{first} or {second}")


def _alternatives(codes: list[str]) -> Text | str:
    """``A001 or A002 or A003``, in the reader's language."""
    result: Text | str = codes[0]
    for code in codes[1:]:
        result = _EITHER(first=result, second=code)
    return result


def in_language(info: RuleInfo, lang: str) -> RuleInfo:
    """``info`` with its summary, explanation and fix sentence in ``lang``.

    The English entry is the reference; another language's texts come from ``validator.text``
    (imported only for that language), and a text it lacks stays English.
    """
    if lang == "en":
        return info
    from validator.text import rule_texts

    texts = rule_texts(lang).get(info.code)
    if not texts:
        return info
    from validator.catalogue.model import prose

    return info._replace(
        summary=texts.get("summary", info.summary),
        explanation=prose(texts["explanation"]) if "explanation" in texts else info.explanation,
        fix=texts.get("fix", info.fix) if info.fix is not None else None,
    )


def severity_of(code: str) -> Severity:
    """The fixed severity of a code; ``KeyError`` for an unknown code."""
    return get(code).severity


def codes_matching(selector: str) -> list[str]:
    """The codes a selector names, in catalogue order: a family (``"A"``), a prefix
    (``"S00"``) or an exact code (``"U001"``); case and surrounding spaces are ignored.
    An empty or unknown selector names nothing: ``[]``.
    """
    prefix = selector.strip().upper()
    if not prefix:
        return []
    return [code for code in _catalogue() if code.startswith(prefix)]


def applies_to(info: RuleInfo) -> str:
    """Where a rule applies, as ``explain`` and the rule reference say it: ``all``, or its API,
    followed by each API that carries that API's body (``ApiSpec.mount``) and runs the rule
    there too: "busifavor-stock-create; also create-coupon-stock (in /coupon_data)"."""
    if info.api is None:
        return "all"
    if not info.carried:
        return info.api
    from validator.apis import APIS

    carriers = [
        f"{spec.id} (in {spec.mount.prefix})"
        for spec in APIS
        if spec.mount is not None and spec.mount.api == info.api
    ]
    return f"{info.api}; also {', '.join(carriers)}" if carriers else info.api
