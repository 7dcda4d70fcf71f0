"""Value equality and a readable ``repr`` for the mutable records of the check path.

Why not ``@dataclass``: importing ``dataclasses`` (with ``inspect``, ``ast`` and ``dis``) cost
every run about 11 ms (see ``validator.finding``). The immutable records are named tuples; the
few that are filled in as a run goes (a loaded document caches its position map, reports
collect diagnostics) are plain slotted classes built on this base, which gives them what the
dataclass did: comparison by the fields listed in ``_FIELDS``, no hashing, and a ``repr``.
"""

from __future__ import annotations

from typing import Any


class MutableRecord:
    """Base of a plain mutable class whose ``_FIELDS`` name what it is compared and shown by."""

    __slots__ = ()
    _FIELDS: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable: compared by value, not hashable

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{type(self).__qualname__}({fields})"
