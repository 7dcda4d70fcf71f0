"""``--format json``: version 1 of the contract in spec/interface.md, byte-stable."""

from __future__ import annotations

import json
from typing import TextIO

from validator.reporters import RunResult

VERSION = 1


def document(result: RunResult) -> dict[str, object]:
    """The JSON output as a dict (used by tests and by the library)."""
    return {
        "version": VERSION,
        "summary": {
            "files": len(result.files),
            "errors": result.count("error"),
            "warnings": result.count("warning"),
            "infos": result.count("info"),
        },
        "diagnostics": [d.to_dict() for d in result.diagnostics],
    }


def render(result: RunResult, stream: TextIO) -> None:
    json.dump(document(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
