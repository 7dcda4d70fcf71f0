"""The shipped schemas: valid draft 2020-12, compilable, and in agreement with jsonschema.

``jsonschema`` reads what ``schema API-ID`` prints (the bundle, self-contained); the files as
written are checked too: each against the meta-schema, and every reference in them resolved by
``referencing`` the way another 2020-12 tool would resolve it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.conftest import REPO
from tests.schema.test_schema_refs import refs_in
from validator.apis import API_IDS
from validator.schema import (
    CompiledSchema,
    SchemaError,
    compiled,
    load_raw,
    schema_at,
    schema_text,
)

EXAMPLES = {api: REPO / "examples" / f"{api}.json" for api in API_IDS}
#: Codes of extension keywords other validators ignore (x-unique, x-soft, x-shape).
CUSTOM_CODES = {"S008", "S009", "S010", "S011"}
SCHEMA_FILES = sorted((REPO / "schemas").glob("*.json"))


def bundled(api: str) -> dict[str, Any]:
    """The schema as ``schema API-ID`` prints it."""
    return json.loads(schema_text(api))


def reference_validator(api: str) -> jsonschema.Draft202012Validator:
    """jsonschema on the printed schema, with JSON integers: a float is never an integer."""
    base = jsonschema.Draft202012Validator
    checker = base.TYPE_CHECKER.redefine("integer", lambda _, value: type(value) is int)
    cls = jsonschema.validators.extend(base, type_checker=checker)
    return cls(bundled(api), format_checker=base.FORMAT_CHECKER)


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda path: path.name)
def test_schema_file_is_valid_against_the_meta_schema(path: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("api", API_IDS)
def test_printed_schema_is_valid_against_the_meta_schema(api: str) -> None:
    printed = bundled(api)
    jsonschema.Draft202012Validator.check_schema(printed)
    embedded = {entry.get("$id") for entry in printed.get("$defs", {}).values()}
    for ref in refs_in(printed):  # self-contained: no reference to a file beside it
        assert ref.startswith("#") or ref.partition("#")[0] in embedded, ref


@pytest.mark.parametrize("api", API_IDS)
def test_load_raw_is_the_file_as_written(api: str) -> None:
    path = REPO / "schemas" / f"{api}.json"
    assert load_raw(api) == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("api", API_IDS)
def test_schema_at_reads_every_member_of_the_root(api: str) -> None:
    root = schema_at(api, "")
    assert root["properties"]
    for name in root["properties"]:
        assert isinstance(schema_at(api, f"/{name}"), dict)


def test_every_reference_in_the_files_resolves_with_referencing() -> None:
    """Another tool given the files resolves each ``$ref`` (a file name is resolved against the
    referring file's location, since the ``urn:`` ids are not hierarchical)."""
    documents = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in SCHEMA_FILES}
    resources = []
    for name, document in documents.items():
        resource = DRAFT202012.create_resource(document)
        resources += [(name, resource), (document["$id"], resource)]
    registry: Registry = Registry().with_resources(resources)
    resolved = 0
    for document in documents.values():
        resolver = registry.resolver(base_uri=document["$id"])
        for ref in refs_in(document):
            assert resolver.lookup(ref).contents is not None, ref
            resolved += 1
    assert resolved > 10


@pytest.mark.parametrize("api", API_IDS)
def test_schema_compiles_and_example_is_clean(api: str) -> None:
    document = json.loads(EXAMPLES[api].read_text(encoding="utf-8"))
    assert compiled(api).evaluate(document).findings == []
    assert list(reference_validator(api).iter_errors(document)) == []


def test_unknown_keywords_are_refused() -> None:
    with pytest.raises(SchemaError, match="unsupported keywords"):
        CompiledSchema({"type": "object", "oneOf": []})


def _mutations(document: object, pointer: str = ""):
    """Single mutations of every value: wrong types, out-of-range numbers, removed members."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield from (
                (f"{pointer}/{key}", path_value) for path_value in ("REMOVE", None, "x", 10**12, -1)
            )
            yield from _mutations(value, f"{pointer}/{key}")
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _mutations(value, f"{pointer}/{index}")


def _apply(document: dict, pointer: str, value: object) -> dict:
    mutated = copy.deepcopy(document)
    *parents, last = pointer[1:].split("/")
    target = mutated
    for token in parents:
        target = target[int(token)] if isinstance(target, list) else target[token]
    if value == "REMOVE":
        del target[last]
    else:
        target[last] = value
    return mutated


@pytest.mark.parametrize("api", API_IDS)
def test_both_engines_agree_on_mutated_examples(api: str) -> None:
    """Differential test: the evaluator rejects exactly what jsonschema rejects."""
    document = json.loads(EXAMPLES[api].read_text(encoding="utf-8"))
    reference = reference_validator(api)
    ours = compiled(api)
    checked = 0
    for pointer, value in _mutations(document):
        mutated = _apply(document, pointer, value)
        theirs_valid = reference.is_valid(mutated)
        our_codes = {f.code for f in ours.evaluate(mutated).findings} - CUSTOM_CODES
        assert theirs_valid == (not our_codes), (pointer, value, our_codes)
        checked += 1
    assert checked > 50
