"""``--select`` / ``--ignore`` / ``--fail-on``: which diagnostics are shown and which fail the run.

Selection only filters the output: evaluation never changes, so an ignored S003 still makes
its value unusable for the rules that read that value.

The same selection answers two questions: which of a file's diagnostics the report shows
(``apply``), and, before a finding is fixed, whether the report would show it at all
(``wants``: ``check --fix`` repairs only what the user would have been told about).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from validator.catalogue import codes_matching
from validator.finding import SEVERITY_RANK, Diagnostic
from validator.text import Text, message

if TYPE_CHECKING:
    from validator.policy.config import Config


class SelectionError(ValueError):
    """A selector names no known code (a usage error, exit 2); ``problem`` says it in words
    that the command line renders in the run's language (``str()`` gives the English)."""

    @property
    def problem(self) -> Text:
        return self.args[0]  # type: ignore[no-any-return]


UNKNOWN_SELECTOR = message(
    "policy.unknown-selector", "unknown rule code or prefix {selector}{hint}"
)


#: The selector that names every code (``--select ALL``, ``ignore = ["ALL"]``), as in ruff.
ALL = "ALL"


def parse_codes(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Split ``"A,S00, U001"`` (or a list from configuration, or the values of a repeated
    option, each of which may hold commas) into validated selectors.

    ``ALL`` names every code; it becomes the empty prefix, which every code starts with.
    An unknown selector is an error that suggests the closest known code or family.
    """
    if text is None:
        return ()
    items = [text] if isinstance(text, str) else list(text)
    selectors = tuple(
        part.strip().upper() for item in items for part in item.split(",") if part.strip()
    )
    for selector in selectors:
        if selector != ALL and not codes_matching(selector):
            raise SelectionError(_unknown(selector))
    return tuple("" if selector == ALL else selector for selector in selectors)


def _unknown(selector: str) -> Text:
    """The message for a selector that names nothing, with the closest code when there is one."""
    from validator import catalogue
    from validator.policy.suggest import closest, did_you_mean

    codes = list(catalogue.RULES)
    families = sorted({code[0] for code in codes})
    limit = 1 if len(selector) <= 3 else 2  # "ZZ" is not a typo of "A"
    suggestion = closest(selector, [ALL, *families, *codes], limit)
    return UNKNOWN_SELECTOR(selector=repr(selector), hint=did_you_mean(suggestion))


class Selection(NamedTuple):
    """Which codes to show. An empty ``select`` means every code.

    ``files``, when given, is the configuration whose per-file ignores and suppressions hide
    more in the files they match; without it only ``select`` and ``ignore`` count.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    files: Config | None = None

    def wants(self, code: str, path: str | None = None, pointer: str = "") -> bool:
        """Whether the report shows ``code`` (in file ``path`` at ``pointer``, when given)."""
        if self.select and not any(code.startswith(s) for s in self.select):
            return False
        if any(code.startswith(s) for s in self.ignore):
            return False
        return path is None or self.files is None or not self.files.hides(path, code, pointer)

    def apply(self, diagnostics: Iterable[Diagnostic], path: str | None = None) -> list[Diagnostic]:
        """The ``diagnostics`` (of file ``path``, when given) that the report shows."""
        shown = [d for d in diagnostics if self.wants(d.code)]
        if path is None or self.files is None:
            return shown
        return self.files.filter(path, shown)


def fails(diagnostics: Iterable[Diagnostic], fail_on: str) -> bool:
    """True when any diagnostic is at or above the ``--fail-on`` severity."""
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[d.severity] >= threshold for d in diagnostics)
