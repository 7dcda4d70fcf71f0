"""``check --statistics``: how many findings of each code, instead of the findings themselves.

Like ruff's ``--statistics``: on a legacy folder with thousands of findings, the first question
is which rules they come from, to decide what to fix, ignore or record in a baseline. One row per
code, the most frequent first (then by code): the count, the code, its severity and the rule's
one-line summary (in the run's language). ``--format json`` gives the same rows as a JSON array.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from validator.reporters import RunResult

#: The formats ``--statistics`` can be written in.
FORMATS = ("text", "json")


def rows(result: RunResult) -> list[dict[str, object]]:
    """One row per code, most frequent first (ties by code), summaries in the run's language."""
    from validator import catalogue

    rules = catalogue.RULES
    counts = Counter(d.code for d in result.diagnostics)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [
        {
            "code": code,
            "severity": catalogue.severity_of(code),
            "count": count,
            "summary": (
                catalogue.in_language(rules[code], result.lang).summary if code in rules else ""
            ),
        }
        for code, count in ordered
    ]


def render(result: RunResult, stream: TextIO, output_format: str) -> None:
    """The table (text) or the array (json); nothing for a run without findings in text."""
    table = rows(result)
    if output_format == "json":
        stream.write(json.dumps(table, ensure_ascii=False, indent=2) + "\n")
        return
    width = max((len(str(row["count"])) for row in table), default=1)
    for row in table:
        stream.write(f"{row['count']:>{width}}  {row['code']}  {row['severity']:<7}  ")
        stream.write(f"{row['summary']}\n")
