"""The schema package stays a package: its modules import each other without a cycle, and the
generated fast path calls nothing of the walker but its public methods."""

from __future__ import annotations

import ast
import re
from graphlib import TopologicalSorter
from pathlib import Path

import pytest

from tests.conftest import REPO
from validator.apis import API_IDS
from validator.schema import compiled
from validator.schema.fast import source
from validator.schema.walker import Walker

PACKAGE = REPO / "validator" / "schema"


def _imports(path: Path) -> set[str]:
    """The ``validator.schema`` modules a module imports, anywhere in it (lazy imports and
    ``TYPE_CHECKING`` ones included: a cycle through them is a cycle all the same)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "validator.schema":
                found |= {f"validator.schema.{alias.name}" for alias in node.names}
            elif node.module.startswith("validator.schema."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("validator.schema.")}
    return found


def test_the_modules_import_each_other_without_a_cycle() -> None:
    modules = {f"validator.schema.{path.stem}": path for path in PACKAGE.glob("*.py")}
    graph = {
        name: {m for m in _imports(path) if m in modules}
        for name, path in modules.items()
        if name != "validator.schema.__init__"
    }
    assert len(graph) >= 8
    list(TopologicalSorter(graph).static_order())  # raises CycleError on a cycle


@pytest.mark.parametrize("api", API_IDS)
def test_the_fast_path_calls_only_public_walker_methods(api: str) -> None:
    calls = set(re.findall(r"\bwalker\.(\w+)", source(compiled(api).root)))
    assert calls
    assert all(not name.startswith("_") and callable(getattr(Walker, name)) for name in calls)
