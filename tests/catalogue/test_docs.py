"""docs/rules.md is the catalogue rendered by tests/render_rules_doc.py, never edited by hand.

The reference is committed so that it can be read on the repository's web page; this test keeps
it from drifting from what ``rules`` and ``explain`` print.
"""

from __future__ import annotations

import re

from tests import render_rules_doc as renderer
from tests.conftest import REPO
from validator.catalogue import RULES

DOC = REPO / "docs" / "rules.md"


def test_rules_doc_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == renderer.render(), (
        "docs/rules.md is stale: run python -m tests.render_rules_doc"
    )


def test_rules_doc_has_one_entry_per_code_in_catalogue_order() -> None:
    codes = re.findall(r"^### ([A-Z][0-9]{3}) ", DOC.read_text(encoding="utf-8"), re.MULTILINE)
    assert codes == list(RULES)


def test_contents_links_point_at_headings() -> None:
    text = DOC.read_text(encoding="utf-8")
    anchors = {renderer.slug(h) for h in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert len(links) == len(RULES)
    assert set(links) <= anchors


def test_sources_render_as_links() -> None:
    assert renderer.source_line("[RFC 8259] https://www.rfc-editor.org/rfc/rfc8259") == (
        "[RFC 8259](https://www.rfc-editor.org/rfc/rfc8259)"
    )
    assert renderer.source_line("[Go] https://github.com/o/r (docs/X.md)") == (
        "[Go](https://github.com/o/r) (docs/X.md)"
    )


def test_code_block_fence_is_longer_than_any_backtick_run_inside() -> None:
    block = renderer.fenced('{"a": "```"}')
    assert block.startswith("````json\n") and block.endswith("\n````\n")
