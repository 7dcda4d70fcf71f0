"""Output formats. Each module renders one ``RunResult`` to a text stream; nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from validator.finding import Diagnostic

FORMATS = ("text", "json", "sarif", "github", "junit")


@dataclass
class RunResult:
    """Everything a reporter may show: the checked files and their (filtered) diagnostics."""

    files: list[str]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    io_errors: list[str] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)


Reporter = Callable[[RunResult, TextIO], None]

_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def reporter(name: str) -> Reporter:
    """The ``render`` function of a format (imported lazily: most runs need only one)."""
    module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
    return module.render
