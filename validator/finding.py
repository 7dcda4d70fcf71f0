"""The two values every stage passes around: an internal Finding and the public Diagnostic.

Stages (loader, schema, rules) only know *what* is wrong and *where* in JSON Pointer terms.
Line and column numbers are filled in once, at the end, by looking the pointer up in the
document's position map (see ``validator.json.positions``). Keeping positions out of the rules means
a rule can never report a wrong line, and files without findings never pay for a position map.

The three are named tuples, not dataclasses: immutable, hashable and compared by value all the
same, but importing ``dataclasses`` (which imports ``inspect``, ``ast`` and ``dis``) cost every
run about 11 ms, a fifth of checking one file from the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from validator.text import Text

Severity = Literal["error", "warning", "info"]
Target = Literal["value", "key"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Span(NamedTuple):
    """A region of the text: 1-based lines, 1-based columns in code points, end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


class Finding(NamedTuple):
    """One problem as a stage reports it, before positions are known.

    ``span`` is set only by the loader, whose findings (syntax errors) have no pointer that
    could be looked up. ``target`` says whether the pointer's key or value is meant: an unknown
    or duplicated member is shown at its key, everything else at its value.
    """

    code: str
    pointer: str
    #: A ``validator.text.Text`` (rendered in the reader's language by ``to_diagnostics``), or
    #: a plain string for a message that has no words to translate.
    message: str | Text
    target: Target = "value"
    span: Span | None = None


class Diagnostic(NamedTuple):
    """A finding as users see it: the JSON output's ``diagnostics`` items (interface.md)."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    pointer: str
    code: str
    severity: Severity
    api: str | None
    message: str
    record: int | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON-output form: ``record`` appears only for JSONL input."""
        data = self._asdict()
        if self.record is None:
            del data["record"]
        return data

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        """Order of interface.md: file, then line, column, code (pointer breaks the last ties)."""
        return (self.file, self.record or 0, self.line, self.column, self.code, self.pointer)
