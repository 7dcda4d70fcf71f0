"""The values of the catalogue: one ``RuleInfo`` per code, with its ``Example`` bodies.

Why data beside the code: every consumer needs the same facts about a rule and none of them
should re-derive them. The engine takes a finding's severity from the catalogue (rule functions
only decide *whether* and *where* a rule fires), the ``rules`` and ``explain`` commands print the
summary, explanation and examples, the SARIF reporter lists every rule with its default level,
and ``--select``/``--ignore`` and the configuration check codes and prefixes against it. Each
entry is written once, as keyword arguments beside the code that reports it: ``@rule(...)`` on a
rule function (``validator.rules``), or ``describe(...)`` where no function exists (a loading,
schema or detection code, or a requirement the JSON Schema checks through ``x-code``). Both end
in ``describe``, which keeps the entry in ``ENTRIES``; ``validator.catalogue`` orders them.

The failing and passing examples are executable documentation: each is a complete request body
that a test runs through the engine, so ``explain`` cannot drift into showing an example that
does not behave as described.

Why the examples are lazy: almost no run reads them (only ``explain``, the tests and the docs
do), but the rule modules that define them are imported by every check. Building every
example document at import (a deep copy of a base, the change applied, ``json.dumps(indent=2)``,
which is pure Python) used to be most of the catalogue's import time and a large share of a
one-file check's start-up. So an example only records its base and the changes (``Changed``),
and ``Example.document`` renders it the first time it is read and keeps the text. What a reader
sees is unchanged. The descriptions hold references, not copies, so the bases and change values
must never be mutated (callers that need a variant of a base copy it first, as the tests do).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from validator.catalogue.sources import SOURCES
from validator.finding import Severity

#: The order of the code families in ``RULES`` (and in the ``rules`` listing).
FAMILIES = ("J", "S", "D", "U", "A", "B", "C", "E", "F")

#: The ``--now`` every example runs with unless it names another (2027-01-15).
WORKED_NOW = 1800000000


class Remove:
    """Type of the marker value for ``Changed`` that deletes a member instead of setting it."""


#: Put as a change's value, deletes the member.
REMOVE = Remove()


class Changed:
    """``base`` with ``changes`` applied, as ``bases.changed`` describes it; built only when needed.

    It holds references to ``base`` and the change values, not copies (building them is what
    import must not pay for), so neither may be mutated afterwards.
    """

    __slots__ = ("base", "changes")

    def __init__(self, base: dict[str, Any], changes: dict[str, Any]) -> None:
        self.base = base
        self.changes = changes

    def build(self) -> dict[str, Any]:
        """A deep copy of ``base`` with each ``pointer: value`` of ``changes`` applied in order.

        An existing member keeps its place and gets the new value; a new member is appended to
        its object, so an example reads as its base with one member replaced or added.
        """
        import copy

        document = copy.deepcopy(self.base)
        for pointer, value in self.changes.items():
            *parents, last = pointer.split("/")[1:]
            target = document
            for key in parents:
                target = target[key]
            if value is REMOVE:
                del target[last]
            else:
                target[last] = copy.deepcopy(value)
        return document


def render(document: Any) -> str:
    """The pretty-printed text every example uses (2-space indent, UTF-8 characters kept).

    ``document`` is a JSON value or a ``Changed`` description (built first).
    """
    import json

    if isinstance(document, Changed):
        document = document.build()
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class Example:
    """One request body that shows a rule failing or passing.

    ``document`` is the full text of the body. It is pretty-printed JSON (2-space indent) except
    for the failing examples of the loading rules (J…), which must be broken on purpose.
    Run it as *bytes*: ``document.encode(encoding)``. Library input given as ``str`` skips the
    byte-order-mark and UTF-8 steps of loading, so J005 and J007 only show up from bytes.
    ``encoding`` is ``"utf-8"`` everywhere except the failing J007 example, whose text must be
    encoded as UTF-16 to produce the bytes that are not UTF-8 the rule is about.

    The text is lazy (see the module docstring): the constructor also takes a JSON value or a
    ``Changed`` description instead of a ``str``, and ``document`` renders it (2-space indent,
    UTF-8 characters kept, final newline) on first access and keeps the result. Otherwise this
    behaves like a frozen record: the fields cannot be assigned (``AttributeError``), and
    equality, hashing and ``repr`` use the rendered ``document`` with ``api``, ``now``,
    ``pointer`` and ``encoding``.
    """

    __slots__ = ("_document", "api", "encoding", "now", "pointer")
    __match_args__ = ("document", "api", "now", "pointer", "encoding")

    api: str
    now: int
    pointer: str | None
    encoding: str

    def __init__(
        self,
        document: str | dict[str, Any] | list[Any] | Changed,
        api: str = "auto",
        now: int = WORKED_NOW,
        pointer: str | None = None,
        encoding: str = "utf-8",
    ) -> None:
        init = object.__setattr__
        init(self, "_document", document)
        init(self, "api", api)
        init(self, "now", now)
        init(self, "pointer", pointer)
        init(self, "encoding", encoding)

    @property
    def document(self) -> str:
        """The full text of the body, rendered on first access."""
        text = self._document
        if not isinstance(text, str):
            text = render(text)
            object.__setattr__(self, "_document", text)
        return text

    def to_bytes(self) -> bytes:
        """The exact bytes to feed the validator (``document`` in ``encoding``)."""
        return self.document.encode(self.encoding)

    def _fields(self) -> tuple[str, str, int, str | None, str]:
        return (self.document, self.api, self.now, self.pointer, self.encoding)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(document={self.document!r}, api={self.api!r}, "
            f"now={self.now!r}, pointer={self.pointer!r}, encoding={self.encoding!r})"
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Example], tuple[str, str, int, str | None, str]]:
        # Pickle and copy through the constructor (the default would assign the slots).
        return (type(self), self._fields())


class ServerError(NamedTuple):
    """An answer the real API gives to the mistake a rule catches, as public material shows it.

    ``code`` is the errcode or WeChat Pay error code (``"109110"``, ``"PARAM_ERROR"``), ``text``
    the server's own words (``"优惠券校验领取时间失败"``; empty when the source does not quote
    them), and ``source`` the label of ``SOURCES`` that shows the answer. ``where`` narrows a
    code that many mistakes share (an S-code) to the case the answer was seen for, in words that
    need no translation: an API id and a pointer (``"shop-coupon-add /coupon/discount_info"``);
    empty when every case of the code gets it. ``explain`` prints it and the finding's message
    names it, so a user who searches for the errcode finds the rule.
    """

    code: str
    text: str
    source: str
    where: str = ""


class RuleInfo(NamedTuple):
    """Everything about one rule code except the code that decides whether it fires.

    A named tuple, not a dataclass: see ``validator.finding`` (every check builds these).
    """

    code: str
    severity: Severity
    api: str | None
    name: str
    summary: str
    explanation: str
    status: str
    sources: tuple[str, ...]
    fail_example: Example
    pass_example: Example
    #: What ``check --fix`` does for this code, in one sentence (None: no safe fix). Cases the
    #: sentence does not cover are left alone; the finding's message suggests their repair.
    fix: str | None = None
    #: Whether the rule also checks ``api``'s body where another API carries it
    #: (``ApiSpec.mount``): create-coupon-stock's ``coupon_data`` for busifavor-stock-create.
    carried: bool = True
    #: What the real API answers when this mistake is sent (``ServerError``), when known.
    server_errors: tuple[ServerError, ...] = ()

    @property
    def fixable(self) -> bool:
        """True when at least one case of this code is fixed by ``check --fix``."""
        return self.fix is not None


#: Every entry described so far, in the order the modules were imported (``validator.catalogue``
#: orders them by code).
ENTRIES: list[RuleInfo] = []

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _prose(text: str) -> str:
    """Source-friendly paragraphs: lines are joined, blank lines separate paragraphs.

    Lines are joined with a space, except where the join falls between two characters that
    are not ASCII: Chinese text has no spaces between words, so a Chinese explanation can be
    wrapped in the source like an English one.
    """
    paragraphs = _PARAGRAPH_BREAK.split(text.strip())
    return "\n\n".join(_joined(p.splitlines()) for p in paragraphs)


def _joined(lines: list[str]) -> str:
    joined = ""
    for line in (line.strip() for line in lines):
        if joined and line and _spaced(joined[-1], line[0]):
            joined += " "
        joined += line
    return joined


def _full_width_punctuation(character: str) -> bool:
    """，。：、（） and the like: Chinese punctuation, which is never followed or preceded by a
    space (CJK Symbols and Punctuation, and the Halfwidth and Fullwidth Forms block)."""
    return "\u3000" <= character <= "\u303f" or "\uff00" <= character <= "\uffef"


def _spaced(before: str, after: str) -> bool:
    """Whether a line break between these two characters reads as a space: between words of
    English, and between Chinese and a Latin word or code (as the texts write them inline), but
    not between two Chinese characters or next to Chinese punctuation."""
    if _full_width_punctuation(before) or _full_width_punctuation(after):
        return False
    return before.isascii() or after.isascii()


def prose(text: str) -> str:
    """``_prose`` for the texts of another language (``validator.catalogue.in_language``)."""
    return _prose(text)


def describe(
    *,
    code: str,
    api: str | None = None,
    severity: Severity,
    name: str,
    summary: str,
    explanation: str,
    status: str,
    sources: tuple[str, ...],
    fail: Example,
    passing: Example,
    fix: str | None = None,
    carried: bool = True,
    server_errors: tuple[tuple[str, ...], ...] = (),
) -> RuleInfo:
    """Add one code to the catalogue.

    ``api`` is None for a code of every API. ``explanation`` is written as an indented
    triple-quoted string; its lines are joined into paragraphs (a blank line separates them).
    ``sources`` are labels of ``SOURCES`` (a typo fails at import) and become
    ``"[label] address"``. ``status`` says what the rule rests on: CONFIRMED (an official text
    says it), SISTER (a sister API's official text), INFERRED, and (decided) where the project
    chose. ``fix`` is what ``check --fix`` does, in one sentence. ``carried=False`` keeps an
    API's code from applying where another API carries that API's body (``ApiSpec.mount``):
    for a rule about members the carrying API does not let through. ``server_errors`` are
    ``(code, text, source label[, where])`` of ``ServerError``: what the real API answers to the
    mistake.
    """
    for error in server_errors:
        label = error[2]
        if label not in SOURCES:
            raise KeyError(f"{code}: unknown source label {label!r} in server_errors")
    info = RuleInfo(
        code=code,
        severity=severity,
        api=api,
        name=name,
        summary=summary,
        explanation=_prose(explanation),
        status=status,
        sources=tuple(f"[{label}] {SOURCES[label]}" for label in sources),
        fail_example=fail,
        pass_example=passing,
        fix=fix,
        carried=carried,
        server_errors=tuple(ServerError(*error) for error in server_errors),
    )
    ENTRIES.append(info)
    return info
