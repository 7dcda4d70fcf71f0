"""The JSON Schema side of the validator: the shipped schemas, compiled and evaluated.

Modules, each with one job and imported in this order only (no cycle): ``values`` (JSON value
semantics), ``model`` (the compiled nodes), ``messages`` (the words of the findings), ``load``
(finding the shipped files), ``refs`` (references between schemas, overrides), ``compiler``
(schema → nodes), ``walker`` (nodes × document → findings), ``fast`` (the generated fast path,
which calls the walker's public methods), ``evaluator`` (``CompiledSchema``), ``bundle`` (the
self-contained schema that ``schema API-ID`` prints). Two more are imported by the walker only
when it reports a finding: ``texts`` (the schema files' sentences under their message keys) and
``answers`` (the server answer the catalogue records for a finding's case).
"""

from __future__ import annotations

from typing import Any

from validator.schema.evaluator import CompiledSchema, compiled
from validator.schema.load import load_raw
from validator.schema.model import Node, SchemaError
from validator.schema.walker import SchemaResult

__all__ = [
    "CompiledSchema",
    "Node",
    "SchemaError",
    "SchemaResult",
    "compiled",
    "load_raw",
    "schema_at",
    "schema_text",
]


def schema_at(api: str, pointer: str) -> dict[str, Any]:
    """The raw schema of the value at ``pointer`` in an API's documents, references followed
    and overrides applied (``Registry.schema_at``); for readers of the schemas that do not
    compile them, such as the payload strategies."""
    from validator.schema.load import api_file
    from validator.schema.refs import shipped_registry

    return shipped_registry().schema_at(api_file(api), pointer)


def __getattr__(name: str) -> Any:
    """``schema_text`` on first use: only the ``schema`` command bundles, not a ``check``."""
    if name == "schema_text":
        from validator.schema.bundle import schema_text

        return schema_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
