"""The rule specification's worked examples, read from its text and rebuilt as documents.

The specification (``rules.md``, kept beside the repository, not in it) ends with worked
examples: a clean base body per API, one change to it, every diagnostic that change must give
(code, severity, pointer), and the smallest change that removes them ("→ pass"). The tests compare
the catalogue's examples with them (``test_registry``) and run each one through the engine
(``test_registry_examples``), so the specification's examples stay executable and the
catalogue shows exactly them.

This module only reads them. It parses each bullet and applies its change to its base, following
the handful of phrasings the examples use ("Base-A with `"k": v`", "… added to `X`", "without
`k`", "run with `--now N`", text edits for the loading codes). A phrasing it does not know raises
``Unsupported``, so a new kind of example fails loudly instead of being skipped.
"""

from __future__ import annotations

import codecs
import copy
import json
import re
from pathlib import Path
from typing import Any, NamedTuple

from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.apis.favor_stock_create.base import BASE_F
from validator.catalogue import WORKED_NOW
from validator.catalogue.bases import BASE_A, BASE_B, BASE_C
from validator.catalogue.model import render

RULES_MD = Path(__file__).resolve().parents[2] / "shared" / "spec" / "rules.md"

#: The bases by letter. Base-D is the body Base-C carries in ``coupon_data``, at the top level.
BASES: dict[str, dict[str, Any]] = {
    "A": BASE_A,
    "B": BASE_B,
    "C": BASE_C,
    "D": BASE_C["coupon_data"],
    "E": BASE_E,
    "F": BASE_F,
}
#: Abbreviations of the examples' pointers.
PREFIXES = {
    "CI/": "/coupon/coupon_info/",
    "CUR/": "/coupon_data/coupon_use_rule/",
    "CAT/": "/coupon_data/coupon_use_rule/coupon_available_time/",
}
#: The sub-section that holds a family's own examples, where it is not the family's letter.
FAMILY_SECTIONS = {"F": "favor-stock-create"}

Diagnostic = tuple[str, str, str]
_CODE = re.compile(r"[JSDUABCEF][0-9]{3}")
_SPAN = re.compile(r"`([^`]*)`")
_DIAGNOSTIC = re.compile(rf"({_CODE.pattern}) (error|warning|info)(?: (.+))?")


class Unsupported(Exception):
    """A worked example phrased in a way this module cannot rebuild."""


class Worked(NamedTuple):
    """One bullet of the worked examples, as written (whitespace collapsed)."""

    section: str  # the sub-section: a family letter or an API id
    head: str  # the bold head: a code ("A001") or a topic ("Detection")
    label: str | None  # the parenthesised variant after the head ("365 days")
    base: str | None  # the base's letter; None for a stand-alone document
    change: str  # what is done to the base, after "Base-X"
    result: str  # the expected diagnostics, between the first "→" and "→ pass:"
    passing: str | None  # the words after "→ pass:"; None when the example itself passes

    @property
    def id(self) -> str:
        label = f" ({self.label})" if self.label else ""
        return f"{self.section}: {self.head}{label}"

    @property
    def now(self) -> int:
        """The ``--now`` of the example (the default unless it runs with another)."""
        moment = re.search(r"`--now (\d+)`", self.change)
        return int(moment.group(1)) if moment else WORKED_NOW

    @property
    def is_text_edit(self) -> bool:
        """Whether the change is made to the raw text (the loading codes) rather than a value."""
        return self.section == "J"


# -- parsing -----------------------------------------------------------------------------------


def parse(spec: str) -> list[Worked]:
    """Every bullet of the worked-examples section, in order."""
    match = re.search(r"^## 12\. .*?(?=^## |\Z)", spec, re.MULTILINE | re.DOTALL)
    if match is None:
        raise Unsupported("the specification has no worked-examples section")
    parts = re.split(r"^### (.+)$", match.group(), flags=re.MULTILINE)
    examples = []
    for section, body in zip(parts[1::2], parts[2::2], strict=True):
        for bullet in re.split(r"\n(?=- \*\*)", body):
            head = re.match(r"- \*\*([^*]+)\*\*(?: \(([^)]*)\))?\. (.*)", bullet, re.DOTALL)
            if head is None:
                continue
            text = " ".join(head.group(3).split("\n\n")[0].split())
            change, _, rest = text.partition(" → ")
            if rest.startswith("pass:"):
                result, passing = "", None
            else:
                result, _, after = rest.partition(" → pass:")
                passing = after.strip() or None
            base = re.match(r"Base-([A-F])\b", change)
            examples.append(
                Worked(
                    section=section.strip(),
                    head=head.group(1),
                    label=head.group(2),
                    base=base.group(1) if base else None,
                    change=change[base.end() :].strip() if base else change,
                    result=result,
                    passing=passing,
                )
            )
    return examples


def canonical(examples: list[Worked], code: str) -> Worked | None:
    """The worked example of a code: its first bullet in its family's own sub-section (the
    other sub-sections show the code on other APIs), else its first bullet anywhere."""
    section = FAMILY_SECTIONS.get(code[0], code[0])
    own = [w for w in examples if w.head == code and w.section == section]
    anywhere = [w for w in examples if w.head == code]
    return (own or anywhere or [None])[0]


def expand(pointer: str) -> str:
    """A pointer as the examples write it, with the abbreviations spelt out (``""`` is root)."""
    if pointer == '""':
        return ""
    for short, full in PREFIXES.items():
        if pointer.startswith(short):
            return full + pointer[len(short) :]
    return pointer


def expected(worked: Worked, only: str | None = None) -> list[Diagnostic]:
    """Every diagnostic the example lists, as (code, severity, pointer); ``only`` one code's."""
    found: list[Diagnostic] = []
    spans = list(_SPAN.finditer(worked.result))
    for index, span in enumerate(spans):
        match = _DIAGNOSTIC.fullmatch(span.group(1))
        if match is None or (only is not None and match.group(1) != only):
            continue
        code, severity, pointer = match.groups()
        if pointer is not None:
            if "…" in pointer:
                raise Unsupported(f"{worked.id}: a pattern of pointers ({pointer})")
            found.append((code, severity, expand(pointer)))
            continue
        # "`S001 error` at each of `/a`, `/b`, …": the pointers that follow, joined by commas
        joins, end, listed = (" at each of ",), span.end(), 0
        for other in spans[index + 1 :]:
            if worked.result[end : other.start()] not in joins:
                break
            found.append((code, severity, expand(other.group(1))))
            joins, end, listed = (", ", " and ", ", and "), other.end(), listed + 1
        if not listed:
            raise Unsupported(f"{worked.id}: {span.group()} names no pointer")
    return found


# -- documents -----------------------------------------------------------------------------------


def _members(value: Any, name: str, at: str = "") -> list[str]:
    """The pointers of every member called ``name`` below ``value`` (objects and arrays)."""
    pointers = []
    if isinstance(value, dict):
        for key, child in value.items():
            here = f"{at}/{key}"
            if key == name:
                pointers.append(here)
            pointers += _members(child, name, here)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            pointers += _members(child, name, f"{at}/{index}")
    return pointers


def _unique(document: Any, name: str, scope: str = "") -> str | None:
    """The one member called ``name`` (below ``scope``), None if there is none."""
    found = [p for p in _members(document, name) if p.startswith(f"{scope}/")]
    if len(found) > 1:
        raise Unsupported(f"{name} is ambiguous: {found}")
    return found[0] if found else None


def _tokens(pointer: str) -> list[str]:
    return pointer.split("/")[1:] if pointer else []


def _get(document: Any, pointer: str) -> Any:
    for token in _tokens(pointer):
        document = document[int(token)] if isinstance(document, list) else document[token]
    return document


def _has(document: Any, pointer: str) -> bool:
    try:
        _get(document, pointer)
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    return True


def _parent(pointer: str) -> tuple[str, str]:
    head, _, last = pointer.rpartition("/")
    return head, last


def _set(document: Any, pointer: str, value: Any) -> None:
    parent, last = _parent(pointer)
    target = _get(document, parent)
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def _delete(document: Any, pointer: str) -> None:
    parent, last = _parent(pointer)
    target = _get(document, parent)
    if isinstance(target, list):
        del target[int(last)]
    else:
        del target[last]


def _object(document: Any, name: str) -> str:
    """The pointer of the object member called ``name`` (the target of "added to `name`")."""
    pointer = _unique(document, name)
    if pointer is None or not isinstance(_get(document, pointer), dict):
        raise Unsupported(f"no object {name}")
    return pointer


def _fragment(span: str) -> dict[str, Any] | None:
    """The members written in a span such as ``"k": v, "l": w`` (None when it is not that)."""
    if not span.startswith('"'):
        return None
    try:
        members = json.loads("{" + span + "}")
    except json.JSONDecodeError:
        return None
    return members if isinstance(members, dict) else None


def base(worked: Worked) -> Any:
    """A fresh copy of the example's base."""
    if worked.base is None:
        raise Unsupported(f"{worked.id} has no base")
    return copy.deepcopy(BASES[worked.base])


def failing(worked: Worked) -> Any:
    """The example's document as a JSON value (not for the loading codes' text edits)."""
    if worked.is_text_edit:
        raise Unsupported(f"{worked.id} edits the text; see failing_text")
    if worked.base is None:  # a stand-alone document: its first span
        spans = _SPAN.findall(worked.change)
        if not spans:
            raise Unsupported(f"{worked.id}: no document")
        return json.loads(spans[0])
    document = base(worked)
    change = worked.change
    if change.startswith("run with `--now"):
        return document
    if match := re.fullmatch(r"without `?(\w+)`?", change):
        pointer = _unique(document, match.group(1))
        if pointer is None:
            raise Unsupported(f"{worked.id}: nothing to remove")
        _delete(document, pointer)
        return document
    if match := re.fullmatch(r"with (\w+)'s `(\w+)` renamed `(\w+)`", change):
        scope, old, new = match.groups()
        holder = _get(document, _object(document, scope))
        renamed = {(new if key == old else key): value for key, value in holder.items()}
        holder.clear()
        holder.update(renamed)
        return document
    wrapped = r"with every member except `(\w+)` moved into `\"(\w+)\": \{…\}`"
    if match := re.fullmatch(wrapped, change):
        kept, wrapper = match.groups()
        inner = {key: value for key, value in document.items() if key != kept}
        return {kept: document[kept], wrapper: inner}
    if change.startswith("with "):
        return _with(worked, document, change)
    raise Unsupported(f"{worked.id}: {change}")


def _with(worked: Worked, document: Any, change: str) -> Any:
    """A change "with `"k": v` [and `"l": w`] [added to `X` | added at the top level | in `X`]".

    Each member replaces the member of the same name where the base has one, and is added to the
    named object (or beside the previous member, or at the top level) where it has none.
    """
    target: str | None = None
    if match := re.search(r" (?:added to|in) `(\w+)`", change):
        target = _object(document, match.group(1))
    elif re.search(r" added(?! to)", change):
        target = ""
    previous: str | None = None
    for span in _SPAN.finditer(change):
        members = _fragment(span.group(1))
        if members is None:
            if span.group(1).startswith('"') and ":" in span.group(1):
                raise Unsupported(f"{worked.id}: {span.group()} is not JSON")
            continue
        before = re.search(r"(\w+) $", change[: span.start()])
        scope = ""
        if before and before.group(1) not in ("with", "and"):
            scope = _object(document, before.group(1))
        for name, value in members.items():
            pointer = _unique(document, name, scope)
            if pointer is None:
                pointer = _new_member(worked, name, target, previous)
            _set(document, pointer, value)
            previous = pointer
    if previous is None:
        raise Unsupported(f"{worked.id}: no change in {change!r}")
    return document


def _new_member(worked: Worked, name: str, target: str | None, previous: str | None) -> str:
    """Where a member the base lacks goes: into the object the words name, else beside the
    member changed before it, else where the expected diagnostic's pointer puts it."""
    if target is not None:
        return f"{target}/{name}"
    if previous is not None:
        return f"{_parent(previous)[0]}/{name}"
    for _, _, pointer in expected(worked):
        tokens = pointer.split("/")
        if name in tokens:
            return "/".join(tokens[: tokens.index(name) + 1])
    raise Unsupported(f"{worked.id}: where does {name} go?")


def failing_text(worked: Worked) -> tuple[str, str]:
    """A loading code's example as (text, encoding): the base's text edited as the words say."""
    text = render(base(worked))
    change = worked.change
    spans = _SPAN.findall(change)
    if change.startswith("with its last `}` removed"):
        end = text.rindex("}")
        return text[:end] + text[end + 1 :], "utf-8"
    if match := re.fullmatch(r"with `([^`]+)` inserted before `([^`]+)`", change):
        new, old = match.groups()
        at = _once(text, old)
        indent = text[text.rindex("\n", 0, at) + 1 : at]
        return text[:at] + new + "\n" + indent + text[at:], "utf-8"
    if match := re.fullmatch(r"with `([^`]+)` after `([^`]+)`", change):
        new, old = match.groups()
        at = _once(text, old) + len(old)
        return text[:at] + new + text[at:], "utf-8"
    if change.startswith("with a `,` after its last member"):
        end = len(text.rstrip()) - 1  # the closing brace of the top-level object
        last = len(text[:end].rstrip())
        return text[:last] + "," + text[last:], "utf-8"
    if change == "saved with a UTF-8 byte-order mark":
        return "\ufeff" + text, "utf-8"
    if match := re.fullmatch(r"saved as ([\w-]+)", change):
        return text, codecs.lookup(match.group(1)).name
    if change.startswith("inside an array"):
        return render([base(worked)]), "utf-8"
    if match := re.fullmatch(r"with `\"(\w+)\"` written as (\d+) nines", change):
        name, count = match.group(1), int(match.group(2))
        return _replace_value(text, base(worked), name, "9" * count), "utf-8"
    if len(spans) == 1 and (raw := re.fullmatch(r'"(\w+)": (.+)', spans[0])):
        return _replace_value(text, base(worked), raw.group(1), raw.group(2)), "utf-8"
    raise Unsupported(f"{worked.id}: {change}")


def _once(text: str, part: str) -> int:
    if text.count(part) != 1:
        raise Unsupported(f"{part!r} occurs {text.count(part)} times in the base")
    return text.index(part)


def _replace_value(text: str, document: Any, name: str, raw: str) -> str:
    """The text with the value of the one member ``name`` written as ``raw``."""
    pointer = _unique(document, name)
    if pointer is None:
        raise Unsupported(f"no member {name}")
    old = f'"{name}": {json.dumps(_get(document, pointer), ensure_ascii=False)}'
    at = _once(text, old)
    return text[:at] + f'"{name}": {raw}' + text[at + len(old) :]


def passing(worked: Worked) -> list[tuple[Any, int]]:
    """The "→ pass" variants as (document, now) pairs, each of which the example says passes.

    The words may offer alternatives ("remove it, or …", "`1` or `[1]`", "… (or `0`)"); the
    first must be understood, the others are added when they are. A parenthesis that does not
    start with "or" only comments. "remove it" may mean the member at the expected pointer or
    everything the change added, so it gives both. Empty when the variant is not a document
    (``--api ID``).
    """
    if worked.passing is None:
        raise Unsupported(f"{worked.id} passes as it is")
    first, *others = re.split(r" \(or,? |, or | or ", worked.passing.rstrip("."))
    variants = _variant(worked, first.split(" (")[0])
    for words in others:
        try:
            variants += _variant(worked, re.split(r"\)|, ", words)[0])
        except Unsupported:
            continue
    unique: list[tuple[Any, int]] = []
    for variant in variants:
        if variant not in unique:
            unique.append(variant)
    return unique


def _variant(worked: Worked, words: str) -> list[tuple[Any, int]]:
    """The documents one "→ pass" phrasing describes (see ``passing``)."""
    now = worked.now
    if worked.is_text_edit:
        return [(_undone(worked, words), now)]
    if words.startswith("`--api"):
        return []
    if words == "remove it":
        variants = [(base(worked), now)]
        document, pointer = failing(worked), expected(worked)[0][2]
        if pointer and _has(document, pointer):
            _delete(document, pointer)
            variants.insert(0, (document, now))
        return variants
    if re.match(r"(put it back|move them back|swap the two times back)", words):
        return [(base(worked), now)]
    if letter := re.search(r"\bBase-([A-F])\b", words):
        return [(copy.deepcopy(BASES[letter.group(1)]), now)]
    if words == "an earlier `--now`":
        return [(failing(worked), WORKED_NOW)]
    return [(_edited(worked, words), now)]


def _edited(worked: Worked, words: str) -> Any:
    """The failing document with the "→ pass" edit applied at or near the expected pointer."""
    document = failing(worked)
    pointer = expected(worked)[0][2]
    if words == "swap the two values":
        holder = _get(document, pointer)
        holder["begin_time"], holder["end_time"] = holder["end_time"], holder["begin_time"]
        return document
    if match := re.fullmatch(r"use `([\d-]+)` in both times", words):
        holder = _get(document, pointer)
        for key, value in holder.items():
            holder[key] = re.sub(r"\d{4}-\d\d-\d\d", match.group(1), value)
        return document
    if words == "drop the repeat":
        _delete(document, pointer)
        return document
    if match := re.fullmatch(r"remove the `([^`]+)`", words):
        _set(document, pointer, _get(document, pointer).replace(match.group(1), ""))
        return document
    if match := re.fullmatch(r"remove `(\w+)`", words):
        found = _unique(document, match.group(1))
        if found is None:
            raise Unsupported(f"{worked.id}: nothing to remove")
        _delete(document, found)
        return document
    if match := re.fullmatch(r"add `([^`]+)`", words):
        members = _fragment(match.group(1))
        if members is None:
            raise Unsupported(f"{worked.id}: {words}")
        holder = _parent(pointer)[0]
        while not _has(document, holder):
            holder = _parent(holder)[0]
        for name, value in members.items():
            _set(document, f"{holder}/{name}", value)
        return document
    if match := re.fullmatch(r"(?:(\w+) )?`([^`]+)`", words):
        scope_name, span = match.groups()
        members = _fragment(span)
        if members is not None:
            scope = _object(document, scope_name) if scope_name else ""
            for name, value in members.items():
                at = pointer if pointer.endswith(f"/{name}") else _unique(document, name, scope)
                if at is None:
                    raise Unsupported(f"{worked.id}: no member {name}")
                _set(document, at, value)
            return document
        if scope_name is None and _is_json(span):
            value = json.loads(span)
            at = pointer
            if isinstance(value, list) and re.search(r"/\d+$", pointer):
                at = _parent(pointer)[0]  # a list given for one item replaces the list
            _set(document, at, value)
            return document
        renamed = re.fullmatch(r"with \w+'s `(\w+)` renamed `\w+`", worked.change)
        if renamed and renamed.group(1) == span:  # the original name: the rename undone
            return base(worked)
    pairs = re.findall(r"`(\w+)` (\S+)", words)
    if pairs and " and ".join(f"`{k}` {v}" for k, v in pairs) == words:
        for name, raw in pairs:
            at = _unique(document, name)
            if at is None:
                raise Unsupported(f"{worked.id}: no member {name}")
            _set(document, at, json.loads(raw))
        return document
    raise Unsupported(f"{worked.id}: → pass: {worked.passing}")


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def _undone(worked: Worked, words: str) -> Any:
    """A loading code's "→ pass": every one undoes the text edit, giving the base back."""
    undo = ("put it back", "remove the first", "remove the comment", "remove it", "save ")
    undo += ("remove the brackets",)
    if words.startswith(undo):
        return base(worked)
    value = re.fullmatch(r"`([^`]+)`", words)
    named = re.search(r'`"(\w+)"', worked.change)
    if value and named and _is_json(value.group(1)):
        document = base(worked)
        pointer = _unique(document, named.group(1))
        if pointer is not None and _get(document, pointer) == json.loads(value.group(1)):
            return document
    raise Unsupported(f"{worked.id}: → pass: {worked.passing}")
