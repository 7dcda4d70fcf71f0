"""What a rule function sees of a document: values, usability, and a way to report."""

from __future__ import annotations

from typing import Any

from validator.finding import Finding, Target
from validator.pointer import MISSING, resolve


class RuleContext:
    """One document under validation, as the rules see it.

    ``usable`` follows rules.md §1.5: present, reached through containers of the right type,
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

    # -- reading ----------------------------------------------------------------------------

    def value(self, pointer: str) -> Any:
        """The raw value at ``pointer``, or ``MISSING`` (absent, or a container is wrong-typed)."""
        return resolve(self.document, pointer, MISSING)

    def present(self, pointer: str) -> bool:
        """rules.md §1.5 "present": the key exists (whatever its value)."""
        return self.value(pointer) is not MISSING

    def usable(self, pointer: str) -> bool:
        """Present and not marked unusable by the schema or an earlier rule."""
        return pointer not in self.unusable and self.present(pointer)

    def integer(self, pointer: str) -> int | None:
        """A usable JSON integer, else None."""
        value = self.value(pointer)
        if type(value) is int and pointer not in self.unusable:
            return value
        return None

    def string(self, pointer: str) -> str | None:
        """A usable string, else None."""
        value = self.value(pointer)
        if type(value) is str and pointer not in self.unusable:
            return value
        return None

    def object(self, pointer: str) -> dict[str, Any] | None:
        """A usable object, else None."""
        value = self.value(pointer)
        if type(value) is dict and pointer not in self.unusable:
            return value
        return None

    def array(self, pointer: str) -> list[Any] | None:
        """A usable array, else None."""
        value = self.value(pointer)
        if type(value) is list and pointer not in self.unusable:
            return value
        return None

    # -- writing ----------------------------------------------------------------------------

    def report(self, code: str, pointer: str, message: str, target: Target = "value") -> None:
        """Record a finding at ``pointer`` (the engine adds severity and position)."""
        self.findings.append(Finding(code, pointer, message, target))

    def mark_unusable(self, pointer: str) -> None:
        """Make later rules skip this value (U001/U002 on timestamps)."""
        self.unusable.add(pointer)
