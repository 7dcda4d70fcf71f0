"""Which API a document targets under ``--api auto``.

Detection is deliberately dumb: each API's spec has one signal on top-level member names, and
anything other than exactly one true signal is D001. A validator that guesses would report a
wall of S007s for the wrong API; asking for ``--api`` is cheaper for the user. The signals are
tried in catalogue order (``validator.apis.APIS``), which is also the order D001 names them in.
"""

from __future__ import annotations

from typing import Any

from validator.apis import APIS
from validator.finding import Finding


def signals(document: dict[str, Any]) -> list[str]:
    """The API ids whose signal is true for this top-level object, in catalogue order."""
    return [spec.id for spec in APIS if spec.signal(document)]


def detect(document: dict[str, Any]) -> tuple[str | None, Finding | None]:
    """The detected API, or None with the D001 finding that explains why not."""
    found = signals(document)
    if len(found) == 1:
        return found[0], None
    if found:
        message = (
            f"cannot tell which API this file targets (signals: {' and '.join(found)}); pass --api"
        )
    else:
        message = "cannot tell which API this file targets (signals: none); pass --api"
    return None, Finding("D001", "", message)
