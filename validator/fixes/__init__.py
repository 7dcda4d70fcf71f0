"""Safe autofix (``check --fix`` / ``--diff``): repairs that cannot change what a body means.

A fix is a text edit on the original text, never a re-serialisation: indentation, key order,
number spelling, untouched lines and line endings stay byte-identical, so a fixed file shows in
review as exactly the lines that changed. Fixes are applied in passes, because loading findings
are fatal: a file with comments shows its schema findings only once the comments are gone, and
``coupon_info`` can be unwrapped only after the fixes inside it. Each pass loads and checks the
current text with the real engine and repairs only what that check reports, so every edit
answers a finding the user would have seen. Passes stop when nothing is left to fix (bounded by
``MAX_PASSES`` in case two fixes ever undo each other).

Which codes and which cases (the registry's ``RuleInfo.fix`` says the same for ``explain``):

====  =========================================================================================
J005  the UTF-8 byte-order mark is removed
J003  ``//`` and ``/* */`` comments outside strings, with the blank space they leave
J004  a comma before ``}`` or ``]``
U001  a millisecond timestamp → seconds (``// 1000``) when the result lies in 2015–2100
S002  ``100.0`` / ``1e2`` → ``100`` where the field is an integer, not money, and in range
S007  a member name wrong only in case → the real name, when the real one is absent
B007  the ``coupon_info`` wrapper is unwrapped when none of its members exists outside it
====  =========================================================================================

Never fixed, because the repair is a guess: a fraction where fen are expected (``9.9``: yuan?),
any float amount of money, a discount that may be a percentage (``discount_num`` 85), a
misspelt name (``star_time``), a millisecond value whose seconds would be implausible. Their
messages already suggest the repair.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

from validator.engine import check_loaded
from validator.finding import Finding
from validator.fixes import values
from validator.fixes.syntax import TextEdit, apply_edits, syntax_edits, without_overlaps
from validator.json.loader import LoadedDocument, load_text
from validator.record import MutableRecord

__all__ = [
    "FIXABLE",
    "MAX_PASSES",
    "Allow",
    "AppliedFix",
    "BytesFixResult",
    "FixResult",
    "fix_bytes",
    "fix_text",
]

#: Every code with at least one safely fixable case (``registry.RuleInfo.fixable`` agrees).
FIXABLE = frozenset({"J003", "J004", "J005", "U001", "S002", "S007", "B007"})

#: Enough for comments → value fixes → S002 then U001 on one timestamp → unwrap → a rename
#: that only the unwrap made safe, with room to spare; a real file needs three or four.
MAX_PASSES = 12

_BOM = "\ufeff"
_BOM_BYTES = b"\xef\xbb\xbf"

#: Decides per finding whether it may be fixed: ``(code, pointer) -> bool``. The command line
#: passes its ``--select``/``--ignore`` and configuration, so a finding the report would not
#: show is not fixed either.
Allow = Callable[[str, str], bool]

_VALUE_FIXERS: dict[str, Callable[[values.Located, Finding], TextEdit | None]] = {
    "S002": values.whole_float,
    "U001": values.milliseconds,
    "S007": values.wrong_case,
    "B007": values.unwrap_coupon_info,
}
_NEEDS_UNIQUE_NAMES = {"S007", "B007"}


class AppliedFix(NamedTuple):
    """One repair that was made: the code it answers, where, and what changed.

    The records of this module are named tuples and plain classes, not dataclasses: the
    ``(fixable)`` marker of a text report imports this module, and ``dataclasses`` (with
    ``inspect``, ``ast`` and ``dis``) would cost that run more than the marking itself.
    """

    code: str
    pointer: str
    description: str
    record: int | None = None


class _Repairs(MutableRecord):
    """What both results answer: whether any repair was made."""

    __slots__ = ("applied",)
    applied: list[AppliedFix]

    @property
    def changed(self) -> bool:
        return bool(self.applied)


class FixResult(_Repairs):
    """The fixed document and the repairs made (empty when nothing was fixable)."""

    __slots__ = ("text",)
    _FIELDS = ("text", "applied")

    def __init__(self, text: str, applied: list[AppliedFix] | None = None) -> None:
        self.text = text
        self.applied = [] if applied is None else applied


class BytesFixResult(_Repairs):
    """``fix_bytes``: the fixed bytes and the repairs made."""

    __slots__ = ("data",)
    _FIELDS = ("data", "applied")

    def __init__(self, data: bytes, applied: list[AppliedFix] | None = None) -> None:
        self.data = data
        self.applied = [] if applied is None else applied


def _everything(code: str, pointer: str) -> bool:
    return True


def fix_text(
    text: str, api: str = "auto", now: int | None = None, allow: Allow | None = None
) -> FixResult:
    """Fix a document given as decoded text (a leading U+FEFF counts as the BOM, J005).

    ``api`` is ``"auto"`` or an API id, as for ``check``; ``now`` only matters for U003, which
    has no fix, and defaults to the clock. Never raises for bad input: text that cannot be
    fixed comes back unchanged.
    """
    allow = allow or _everything
    applied: list[AppliedFix] = []
    if text.startswith(_BOM) and allow("J005", ""):
        text = text[1:]
        applied.append(AppliedFix("J005", "", "removed the byte-order mark"))
    result = _fix_passes(text, api, int(time.time()) if now is None else now, allow)
    result.applied[:0] = applied
    return result


def fix_bytes(
    data: bytes, api: str = "auto", now: int | None = None, allow: Allow | None = None
) -> BytesFixResult:
    """Fix a file's bytes: the BOM is dropped, the rest is fixed if it is UTF-8.

    Text that is not UTF-8 (J007) or too large (J009) gets no fix beyond the BOM: the loader
    cannot tell where its tokens are.
    """
    allow = allow or _everything
    applied: list[AppliedFix] = []
    if data.startswith(_BOM_BYTES) and allow("J005", ""):
        data = data[len(_BOM_BYTES) :]
        applied.append(AppliedFix("J005", "", "removed the byte-order mark"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return BytesFixResult(data, applied)
    result = _fix_passes(text, api, int(time.time()) if now is None else now, allow)
    if not result.applied:
        return BytesFixResult(data, applied)
    return BytesFixResult(result.text.encode("utf-8"), applied + result.applied)


def _fix_passes(text: str, api: str, now: int, allow: Allow) -> FixResult:
    """Load, fix what the check reports, repeat: each pass sees what the last one revealed."""
    applied: list[AppliedFix] = []
    loaded = load_text(text)
    for _ in range(MAX_PASSES):
        if loaded.fatal:
            edits = _syntax_edits(text, loaded, allow)
        else:
            edits = _value_edits(text, loaded, api, now, allow)
        if not edits:
            break
        fixed = apply_edits(text, edits)
        fixed_loaded = load_text(fixed)
        if fixed_loaded.fatal and not loaded.fatal:
            break  # defensive: a value fix never breaks the syntax; keep the last good text
        text, loaded = fixed, fixed_loaded
        applied.extend(AppliedFix(e.code, e.pointer, e.what) for e in edits)
    return FixResult(text, applied)


def _parses(text: str, fixed_codes: frozenset[str]) -> bool:
    """Whether syntax edits made the text JSON: they are kept only then.

    A comment that runs to the end of a line can swallow what was meant as data (a one-line
    body with ``// note, "b": 2}``), and text after a different syntax error may not be lexed
    as its author meant. Requiring the whole result to parse rules both out: the user fixes
    the real syntax error by hand and runs ``--fix`` again. Only a J003/J004 the caller chose
    not to fix (``--ignore J004``) may remain.
    """
    loaded = load_text(text)
    if not loaded.fatal:
        return True
    problem = loaded.findings[-1].code
    return problem == "J008" or problem in {"J003", "J004"} - fixed_codes


def _syntax_edits(text: str, loaded: LoadedDocument, allow: Allow) -> list[TextEdit]:
    """While loading fails: comments and trailing commas, if that is the first problem."""
    problem = loaded.findings[-1].code
    codes = frozenset(code for code in ("J003", "J004") if allow(code, ""))
    if problem not in codes:
        return []
    edits = without_overlaps(syntax_edits(text, codes))
    return edits if _parses(apply_edits(text, edits), codes) else []


def _value_edits(
    text: str, loaded: LoadedDocument, api: str, now: int, allow: Allow
) -> list[TextEdit]:
    """Once the text loads: one edit per fixable finding the check reports, if it is safe."""
    used_api, findings = check_loaded(loaded, api, now, capped=False)
    if used_api is None:
        return []
    document = values.Located(text, loaded, used_api)
    unique_names = not any(f.code == "J002" for f in findings)
    edits = []
    for finding in findings:
        fixer = _VALUE_FIXERS.get(finding.code)
        if fixer is None or not allow(finding.code, finding.pointer):
            continue
        if finding.code in _NEEDS_UNIQUE_NAMES and not unique_names:
            continue  # with a duplicated name, which member is meant is not clear
        edit = fixer(document, finding)
        if edit is not None:
            edits.append(edit)
    return without_overlaps(edits)
