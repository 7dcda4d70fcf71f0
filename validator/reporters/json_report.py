"""``--format json``: version 1 of the output contract (the README's "JSON output"), byte-stable.

The same in every language but for each diagnostic's ``message``: the keys, codes, pointers and
severities never change, and nothing is added for the language.
"""

from __future__ import annotations

import json
import re
from typing import TextIO

from validator.reporters import RunResult

VERSION = 1
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    """A file name that is not UTF-8 holds lone surrogates; they are written as JSON escapes
    (``\\udce9``), so the output stays UTF-8 and ``os.fsencode`` of the parsed name gives
    back the file's real bytes."""
    text = json.dumps(document(result), ensure_ascii=False, indent=2)
    stream.write(_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
