"""Did-you-mean suggestions for unknown members (S007) and enum values (S003), and for the codes
and configuration keys the command line does not know.

First a case-insensitive exact match (``start_Time`` → ``start_time``, a mistake that machine
translations of the pages make often), then the closest known name within edit distance 2.
``did_you_mean`` is the hint the command line and the configuration append to a usage error.
"""

from __future__ import annotations

from collections.abc import Iterable

from validator.text import Text, message

DID_YOU_MEAN = message("policy.did-you-mean", " (did you mean {suggestion}?)")


def did_you_mean(suggestion: str | None) -> Text | str:
    """`` (did you mean 'S004'?)`` after a usage error, or ``""`` without a suggestion."""
    return DID_YOU_MEAN(suggestion=repr(suggestion)) if suggestion is not None else ""


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def closest(word: str, candidates: Iterable[str], limit: int = 2) -> str | None:
    """The best known name for ``word``, or None when nothing is close enough."""
    names = list(candidates)
    folded = word.casefold()
    for name in names:
        if name.casefold() == folded and name != word:
            return name
    best: tuple[int, str] | None = None
    for name in names:
        distance = edit_distance(word, name, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, name)
    return best[1] if best else None
