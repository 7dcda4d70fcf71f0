"""What a rule function sees of a document: values, usability, and a way to report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from validator.apis import spec_for
from validator.apis.spec import ApiSpec
from validator.finding import Finding, Target
from validator.json.pointer import MISSING, split

#: Pointer → its unescaped tokens. Rules ask for the same few dozen constant pointers in every
#: document, so splitting each once per process saves most of a lookup's cost. Bounded, since
#: pointers into arrays (``…/irregulary_avaliable_time/3/begin_time``) are made per document.
_TOKENS: dict[str, tuple[str, ...]] = {}
_TOKENS_LIMIT = 4096
_UNSET: Any = object()
T = TypeVar("T")


def _tokens(pointer: str) -> tuple[str, ...]:
    tokens = _TOKENS.get(pointer)
    if tokens is None:
        if len(_TOKENS) >= _TOKENS_LIMIT:
            _TOKENS.clear()
        tokens = _TOKENS[pointer] = tuple(split(pointer))
    return tokens


class _Plan:
    """The pointers the rules of one API read, resolved together: once per document, each
    container on the way is looked into once, not once per pointer below it.

    The rules ask for the same constant pointers in every document (the coupon type, the four
    times of the windows…), so the plan is learned from the first ``LEARN_FROM`` documents of
    an API and then resolved into each new context's memo before the rules run. It only fills
    the memo with what ``RuleContext.value`` would compute (the same steps as
    ``pointer.resolve``); a pointer outside the plan is resolved as before.

    The steps are written out as one generated function (``_compile``), like the schema's
    fast path: a loop over the steps would spend more on its own bookkeeping (unpacking each
    step, a list of the containers found) than on the dict lookups it is there for.
    """

    LEARN_FROM = 4
    MAX_POINTERS = 64

    def __init__(self, pointers: list[str]) -> None:
        slots: dict[tuple[str, ...], int] = {(): 0}
        #: (parent slot, token, pointer whose value this slot is, or None)
        self.steps: list[tuple[int, str, str | None]] = []
        for pointer in pointers:
            tokens = _tokens(pointer)
            if not tokens:
                continue
            for depth in range(1, len(tokens) + 1):
                prefix = tokens[:depth]
                if prefix not in slots:
                    slots[prefix] = len(slots)
                    self.steps.append((slots[prefix[:-1]], prefix[-1], None))
            index = slots[tokens] - 1
            parent, token, named = self.steps[index]
            if named is None:
                self.steps[index] = (parent, token, pointer)
            else:  # another spelling of the same tokens: its own step
                slots[(*tokens, pointer)] = len(slots)
                self.steps.append((parent, token, pointer))
        #: document → {pointer: its value or MISSING}, for every named step.
        self.resolve: Callable[[Any], dict[str, Any]] = self._compile()

    def _compile(self) -> Callable[[Any], dict[str, Any]]:
        """``resolve`` as Python source: slot ``sN`` is the value of step N (``s0`` the
        document). The steps are grouped by their container, tested once: an exact dict is
        looked into directly, ``MISSING`` gives ``MISSING``, anything else goes through
        ``_step``. A container's slot is always lower than its members', so the groups in
        slot order find every container already set."""
        children: dict[int, list[tuple[int, str]]] = {}
        for slot, (parent, token, _) in enumerate(self.steps, 1):
            children.setdefault(parent, []).append((slot, token))
        lines = ["def resolve(s0):"]
        for parent in sorted(children):
            group = children[parent]
            lines.append(f"    if type(s{parent}) is dict:")
            lines.append(f"        get = s{parent}.get")
            lines += [f"        s{slot} = get({token!r}, MISSING)" for slot, token in group]
            lines.append(f"    elif s{parent} is MISSING:")
            lines.append("        " + " = ".join(f"s{slot}" for slot, _ in group) + " = MISSING")
            lines.append("    else:")
            lines += [f"        s{slot} = step(s{parent}, {token!r})" for slot, token in group]
        named = [
            f"{pointer!r}: s{slot}"
            for slot, (_, _, pointer) in enumerate(self.steps, 1)
            if pointer is not None
        ]
        lines.append(f"    return {{{', '.join(named)}}}")
        namespace: dict[str, Any] = {"MISSING": MISSING, "step": _step}
        exec(compile("\n".join(lines) + "\n", "<coupon-validator rule plan>", "exec"), namespace)
        return namespace["resolve"]  # type: ignore[no-any-return]

    def fill(self, document: Any, values: dict[str, Any]) -> None:
        """Put the value (or ``MISSING``) of every planned pointer into ``values``."""
        values.update(self.resolve(document))


def _step(container: Any, token: str) -> Any:
    """One step of ``pointer.resolve`` from any container (or none): the generated plan's
    path for what is not an exact dict."""
    if isinstance(container, dict):
        return container.get(token, MISSING)
    if isinstance(container, list) and token.isdigit() and int(token) < len(container):
        return container[int(token)]
    return MISSING


def _typed(kind: type[T], doc: str) -> Callable[[RuleContext, str], T | None]:
    """A typed getter of ``RuleContext``: the value at a pointer when it is usable and exactly
    of ``kind`` (``type(value) is kind`` keeps booleans out of the integers), else None.

    The getter looks the memo up itself before calling ``value``: rules call the getters far
    more often than anything else, and most calls hit the memo, so this saves a call per hit.
    """

    def getter(self: RuleContext, pointer: str) -> T | None:
        value = self._values.get(pointer, _UNSET)
        if value is _UNSET:
            value = self.value(pointer)
        if type(value) is kind and pointer not in self.unusable:
            return value
        return None

    getter.__doc__ = doc
    return getter


#: API → the plan once learned, else the pointers read so far (an ordered set) and how many
#: documents they came from.
_PLANS: dict[str, _Plan] = {}
_LEARNING: dict[str, tuple[dict[str, None], list[int]]] = {}


class RuleContext:
    """One document under validation, as the rules see it.

    A value is *usable* when it is present, reached through containers of the right type,
    and without an S002/S003/S006 finding (or U001/U002 for a timestamp, which the U rules
    add with ``mark_unusable``). Every rule that compares or tests a value asks for it through
    the typed getters below, which return None for anything unusable, so a rule never fires
    on top of a type error and never crashes on one.
    """

    def __init__(self, document: Any, api: str, now: int, unusable: set[str]) -> None:
        self.document = document
        self.api = api
        self.now = now
        self.unusable = unusable
        self.findings: list[Finding] = []
        # Rules never change the document, and several rules read the same values (the
        # coupon type, the windows), so each pointer is resolved once per document.
        self._learning: dict[str, None] | None = None
        self._views: dict[str, MountedContext] | None = None
        plan = _PLANS.get(api)
        if plan is not None:
            self._values: dict[str, Any] = plan.resolve(document)
        else:
            self._values = {}
            self._learn(api)

    def _learn(self, api: str) -> None:
        """Note the pointers read for this API, until ``_Plan.LEARN_FROM`` documents had."""
        seen, documents = _LEARNING.setdefault(api, ({}, [0]))
        documents[0] += 1
        if documents[0] > _Plan.LEARN_FROM:
            _PLANS[api] = _Plan(list(seen)[: _Plan.MAX_POINTERS])
            del _LEARNING[api]
        else:
            self._learning = seen

    @property
    def spec(self) -> ApiSpec:
        """The API's description: its time fields for the U rules, its mount, its endpoint."""
        return spec_for(self.api)

    def under(self, prefix: str, api: str) -> RuleContext:
        """This document as the rules of the body of ``api`` mounted at ``prefix`` see it.

        Their pointers start at that body's root (``/coupon_use_rule``); the view adds the
        prefix (``/coupon_data/coupon_use_rule``) to every read and report, and shares this
        context's values, usability and findings. One view per prefix and document.
        """
        views = self._views
        if views is None:
            views = self._views = {}
        view = views.get(prefix)
        if view is None:
            view = views[prefix] = MountedContext(self, prefix, api)
        return view

    # -- reading ----------------------------------------------------------------------------

    def value(self, pointer: str) -> Any:
        """The raw value at ``pointer``, or ``MISSING`` (absent, or a container is wrong-typed).

        The same walk as ``pointer.resolve``, with the tokens cached and the result memoised
        (the typed getters below look the memo up themselves, saving a call per hit).
        """
        value = self._values.get(pointer, _UNSET)
        if value is not _UNSET:
            return value
        if self._learning is not None:
            self._learning[pointer] = None
        tokens = _TOKENS.get(pointer)
        if tokens is None:
            tokens = _tokens(pointer)
        value = self.document
        for token in tokens:
            if isinstance(value, dict):
                if token not in value:
                    value = MISSING
                    break
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                value = MISSING
                break
        self._values[pointer] = value
        return value

    def present(self, pointer: str) -> bool:
        """Whether the key exists ("present"), whatever its value, ``null`` included."""
        return self.value(pointer) is not MISSING

    def usable(self, pointer: str) -> bool:
        """Present and not marked unusable by the schema or an earlier rule."""
        return pointer not in self.unusable and self.present(pointer)

    integer = _typed(int, "A usable JSON integer, else None.")
    string = _typed(str, "A usable string, else None.")
    object = _typed(dict, "A usable object, else None.")
    array = _typed(list, "A usable array, else None.")

    # -- writing ----------------------------------------------------------------------------

    def report(self, code: str, pointer: str, message: str, target: Target = "value") -> None:
        """Record a finding at ``pointer`` (the engine adds severity and position)."""
        self.findings.append(Finding(code, pointer, message, target))

    def mark_unusable(self, pointer: str) -> None:
        """Make later rules skip this value (U001/U002 on timestamps)."""
        self.unusable.add(pointer)


class MountedContext(RuleContext):
    """A ``RuleContext`` seen from a body that another API carries at ``prefix``.

    Rules of busifavor-stock-create read ``/stock_type``; for create-coupon-stock, whose
    ``coupon_data`` holds that body, the same rule must read ``/coupon_data/stock_type`` and
    report there. Every read and write goes to the outer context with the prefix added, so
    the memo, the usability marks and the findings stay the outer document's own.
    """

    def __init__(self, outer: RuleContext, prefix: str, api: str) -> None:
        # Deliberately not RuleContext.__init__: this view owns no state of its own.
        self.outer = outer
        self.prefix = prefix
        self.api = api
        self.now = outer.now
        self.unusable = outer.unusable  # pointers of the outer document
        self.findings = outer.findings
        self.document = outer.value(prefix)
        self._views = None

    def value(self, pointer: str) -> Any:
        return self.outer.value(self.prefix + pointer)

    def present(self, pointer: str) -> bool:
        return self.outer.present(self.prefix + pointer)

    def usable(self, pointer: str) -> bool:
        return self.outer.usable(self.prefix + pointer)

    def integer(self, pointer: str) -> int | None:
        return self.outer.integer(self.prefix + pointer)

    def string(self, pointer: str) -> str | None:
        return self.outer.string(self.prefix + pointer)

    def object(self, pointer: str) -> dict[str, Any] | None:
        return self.outer.object(self.prefix + pointer)

    def array(self, pointer: str) -> list[Any] | None:
        return self.outer.array(self.prefix + pointer)

    def report(self, code: str, pointer: str, message: str, target: Target = "value") -> None:
        self.outer.report(code, self.prefix + pointer, message, target)

    def mark_unusable(self, pointer: str) -> None:
        self.outer.mark_unusable(self.prefix + pointer)

    def under(self, prefix: str, api: str) -> RuleContext:
        return self.outer.under(self.prefix + prefix, api)
