"""RFC 6901 JSON Pointers: the one address format of every finding."""

from __future__ import annotations

from typing import Any


class _Missing:
    """The marker for "no value here" (absent, or a container of the wrong type)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()
_NO_DEFAULT = object()


def escape(token: str | int) -> str:
    """Escape one reference token (``~`` first, then ``/``, as RFC 6901 requires)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join(pointer: str, *tokens: str | int) -> str:
    """Append tokens to a pointer: ``join("/coupon", "type") == "/coupon/type"``."""
    return pointer + "".join("/" + escape(token) for token in tokens)


def split(pointer: str) -> list[str]:
    """The unescaped reference tokens of a pointer; ``""`` (the root) has none."""
    if not pointer:
        return []
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def parent(pointer: str) -> str:
    """The pointer one level up; the root is its own parent."""
    return pointer[: pointer.rfind("/")] if pointer else ""


def last_token(pointer: str) -> str:
    """The unescaped last token: the member name or index a pointer ends in."""
    tokens = split(pointer)
    return tokens[-1] if tokens else ""


def resolve(document: Any, pointer: str, default: Any = _NO_DEFAULT) -> Any:
    """The value at ``pointer``, or ``default`` (None if not given) when any step is absent
    or of the wrong type."""
    value = document
    for token in split(pointer):
        if isinstance(value, dict):
            if token not in value:
                return None if default is _NO_DEFAULT else default
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return None if default is _NO_DEFAULT else default
    return value
