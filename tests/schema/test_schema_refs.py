"""References between schema files, overrides beside ``$ref``, and the bundle ``schema`` prints.

Every test writes its own small schema files into a temporary directory and hands the compiler
and the bundler a reader for it, so nothing here depends on the shipped schemas.
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

from validator.schema import CompiledSchema, SchemaError, SchemaResult
from validator.schema.bundle import bundle
from validator.schema.load import directory_reader
from validator.schema.refs import Registry as RefRegistry
from validator.schema.walker import Walker

DRAFT = "https://json-schema.org/draft/2020-12/schema"
CUSTOM_CODES = {"S008", "S009"}  # warnings that other validators do not know

BASE: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": "urn:test:base",
    "title": "base body",
    "type": "object",
    "required": ["name", "kind"],
    "properties": {
        "name": {"type": "string", "minLength": 1, "maxLength": 5},
        "kind": {"type": "string", "enum": ["A", "B"]},
        "amount": {"$ref": "#/$defs/fen"},
        "extra": {"type": "boolean"},
        "window": {"type": "array", "items": {"$ref": "#/$defs/span"}},
        "rule": {
            "type": "object",
            "properties": {"cap": {"type": "integer"}, "open": {"type": "boolean"}},
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
    "allOf": [
        {
            "if": {"properties": {"kind": {"const": "A"}}, "required": ["kind"]},
            "then": {"required": ["amount"]},
            "x-code": "C001",
        }
    ],
    "$defs": {
        "fen": {"type": "integer", "minimum": 1, "x-hint": "amounts are integer fen"},
        "span": {
            "type": "object",
            "properties": {"begin": {"type": "string", "minLength": 1}},
            "additionalProperties": False,
        },
    },
}

#: Refers to base.json three ways: the whole file, a $defs entry, and an override.
WRAP: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": "urn:test:wrap",
    "type": "object",
    "required": ["body"],
    "properties": {
        "plain": {"$ref": "base.json", "description": "documentation beside $ref changes nothing"},
        "fee": {"$ref": "base.json#/$defs/fen"},
        "body": {
            "$ref": "base.json",
            "description": "the vendor's copy of the base body",
            "properties": {
                "extra": False,
                "vendor_only": {"type": "integer"},
                "window": {"$ref": "#/$defs/window"},
                "rule": {
                    "$ref": "base.json#/properties/rule",
                    "properties": {"open": False},
                    "x-unknown-hints": {"open": "the vendor has no such member"},
                },
            },
            "x-unknown-hints": {"extra": "the vendor has no such member"},
        },
    },
    "additionalProperties": False,
    "$defs": {
        "window": {
            "type": ["object", "array"],
            "properties": {"begin": {"type": "integer"}},
            "additionalProperties": False,
        }
    },
}

#: The same references without overrides: a plain 2020-12 reading of the files means the same.
PLAIN: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": "urn:test:plain",
    "type": "object",
    "properties": {
        "body": {"$ref": "base.json"},
        "fee": {"$ref": "base.json#/$defs/fen"},
        "rule": {"$ref": "base.json#/properties/rule"},
        "spans": {"type": "array", "items": {"$ref": "base.json#/$defs/span"}},
    },
    "additionalProperties": False,
}

DOCUMENTS: list[Any] = [
    {"body": {"name": "x", "kind": "B"}},
    {"body": {"name": "x", "kind": "A", "amount": 5}, "fee": 3},
    {"body": {"name": "x", "kind": "A"}},
    {"body": {"name": "", "kind": "C", "vendor_only": 2, "window": {"begin": 1}}},
    {"body": {"name": "x", "kind": "B", "extra": True, "rule": {"open": True, "cap": 1}}},
    {"body": {"name": "x", "kind": "B", "window": [{"begin": "a"}], "vendor_only": "2"}},
    {"body": {"name": "x", "kind": "B", "rule": {"cap": 1.5}}, "fee": 0},
    {"plain": {"name": "toolong", "kind": "A", "extra": True, "window": [{"begin": ""}]}},
    {"plain": {"name": "x", "kind": "B", "vendor_only": 1, "window": {"begin": 1}}},
    {"body": {"kind": "B"}, "other": 1},
    {"body": [], "plain": "x"},
]


def write(directory: Path, files: dict[str, Any]) -> None:
    for name, schema in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(schema), encoding="utf-8")


@pytest.fixture
def schemas(tmp_path: Path) -> Path:
    write(tmp_path, {"base.json": BASE, "wrap.json": WRAP, "plain.json": PLAIN})
    return tmp_path


def compile_file(directory: Path, file: str) -> CompiledSchema:
    return CompiledSchema.from_file(file, read=directory_reader(directory))


def findings(schema: CompiledSchema, document: Any) -> list[tuple[str, str, str]]:
    return [(f.code, f.pointer, str(f.message)) for f in schema.evaluate(document).findings]


def codes_at(schema: CompiledSchema, document: Any) -> list[tuple[str, str]]:
    return [(code, pointer) for code, pointer, _ in findings(schema, document)]


# -- resolution ------------------------------------------------------------------------------


def test_local_references_are_json_pointers(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "local.json": {
                "type": "object",
                "properties": {
                    "a": {"type": "string", "maxLength": 2},
                    "b": {"$ref": "#/properties/a"},
                    "c": {"$ref": "#/$defs/a~1b"},
                    "d": {"$ref": "#/$defs/with%20space"},
                    "e": {"$ref": "#/$defs/list/items"},
                },
                "$defs": {
                    "a/b": {"type": "integer"},
                    "with space": {"type": "boolean"},
                    "list": {"type": "array", "items": {"enum": [1]}},
                },
            }
        },
    )
    schema = compile_file(tmp_path, "local.json")
    document = {"a": "abc", "b": "abc", "c": "1", "d": 1, "e": 2}
    assert codes_at(schema, document) == [
        ("S005", "/a"),
        ("S005", "/b"),
        ("S002", "/c"),
        ("S002", "/d"),
        ("S003", "/e"),
    ]


def test_findings_of_another_file_are_reported_at_the_referring_pointer(schemas: Path) -> None:
    schema = compile_file(schemas, "wrap.json")
    document = {"plain": {"name": "", "kind": "A"}, "fee": 0, "body": {"name": "x", "kind": "B"}}
    assert findings(schema, document) == [
        ("S005", "/plain/name", "name has 0 characters; at least 1 (code points)"),
        ("C001", "/plain/amount", 'kind "A" requires amount; add it'),
        ("S004", "/fee", "fee 0 is below 1; amounts are integer fen"),
    ]


def test_each_referenced_location_is_compiled_once(schemas: Path) -> None:
    root = compile_file(schemas, "plain.json").root
    body = root.properties["body"]
    assert root.properties["rule"] is body.properties["rule"]
    assert root.properties["fee"] is body.properties["amount"]
    assert root.properties["spans"].items is body.properties["window"].items


def test_a_hierarchical_id_is_the_base_of_relative_references(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "v1/a.json": {
                "$id": "https://example.test/schemas/v1/a.json",
                "properties": {"b": {"$ref": "b.json#/$defs/n"}},
            },
            "v1/b.json": {
                "$id": "https://example.test/schemas/v1/b.json",
                "$defs": {"n": {"type": "integer"}},
            },
        },
    )
    assert codes_at(compile_file(tmp_path, "v1/a.json"), {"b": "x"}) == [("S002", "/b")]


def test_a_file_found_by_location_must_have_the_id_the_reference_resolves_to(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        {
            "a.json": {
                "$id": "https://example.test/a.json",
                "properties": {"b": {"$ref": "b.json"}},
            },
            "b.json": {"$id": "https://elsewhere.test/b.json"},
        },
    )
    with pytest.raises(SchemaError, match=r"resolves to https://example.test/b.json"):
        compile_file(tmp_path, "a.json")


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"$ref": "missing.json"}, "schema file missing.json cannot be read"),
        ({"$ref": "base.json#/$defs/nothing"}, r"base.json#/\$defs/nothing is not defined"),
        ({"$ref": "#/$defs/nothing"}, r"#/\$defs/nothing is not defined"),
        ({"$ref": "base.json#fen"}, "only JSON Pointer fragments"),
        ({"$ref": "../base.json"}, "outside the schema directory"),
        ({"$ref": "urn:test:unknown"}, "no schema has the \\$id urn:test:unknown"),
        ({"$ref": 3}, r"\$ref must be a string"),
        ({"$ref": "#/$defs/loop"}, "refers to itself"),
        ({"$ref": "base.json", "required": ["extra"], "properties": {"extra": False}}, "required"),
        (
            {"$ref": "base.json", "additionalProperties": True, "properties": {"extra": False}},
            "false needs additionalProperties: false",
        ),
        ({"$ref": "base.json#/$defs/fen", "maximum": 2, "oneOf": []}, "unsupported keywords"),
        ({"$ref": "base.json#/properties/kind/enum", "maxLength": 1}, "needs an object schema"),
        ({"properties": {"a": {"$id": "urn:inner", "type": "string"}}}, r"\$id only at the root"),
    ],
)
def test_broken_references_and_overrides_are_refused(
    schemas: Path, schema: dict[str, Any], message: str
) -> None:
    document = {**schema, "$defs": {"loop": {"$ref": "#/$defs/loop"}}}
    with pytest.raises(SchemaError, match=message):
        CompiledSchema(document, file="test.json", read=directory_reader(schemas))


def test_a_circle_of_overrides_is_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.json": {
                "$defs": {
                    "x": {"$ref": "#/$defs/y", "type": "object"},
                    "y": {"$ref": "#/$defs/x", "type": "object"},
                },
                "$ref": "#/$defs/x",
            }
        },
    )
    with pytest.raises(SchemaError, match="go round in a circle"):
        compile_file(tmp_path, "a.json")


# -- overrides -------------------------------------------------------------------------------


def test_an_override_replaces_extends_and_removes_members(schemas: Path) -> None:
    schema = compile_file(schemas, "wrap.json")
    document = {
        "body": {
            "name": "x",
            "kind": "B",
            "vendor_only": 1,  # added by the override: known, no S007
            "window": {"begin": 2},  # replaced: the object form is accepted
            "extra": True,  # removed by the override: unknown, with its hint
            "rule": {"cap": 1, "open": True},  # removed one level down, through a deeper $ref
            "rule_": 1,
        }
    }
    assert findings(schema, document) == [
        ("S007", "/body/extra", "unknown member extra; the vendor has no such member"),
        ("S007", "/body/rule/open", "unknown member open; the vendor has no such member"),
        ("S007", "/body/rule_", "unknown member rule_; did you mean rule?"),
    ]
    # What the override does not mention behaves as in the referenced file.
    assert codes_at(schema, {"body": {"name": "", "kind": "A", "amount": 0}}) == [
        ("S005", "/body/name"),
        ("S004", "/body/amount"),
    ]
    assert codes_at(schema, {"body": {"name": "x", "kind": "A"}}) == [("C001", "/body/amount")]
    # The referenced file itself is unchanged for whoever else refers to it.
    plain = {"name": "x", "kind": "B", "extra": True, "vendor_only": 1, "window": {}}
    assert codes_at(schema, {"body": {"name": "x", "kind": "B"}, "plain": plain}) == [
        ("S007", "/plain/vendor_only"),
        ("S002", "/plain/window"),
    ]


def test_other_keywords_beside_ref_replace_merge_or_append(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    base["properties"]["kind"]["x-enum-hints"] = {'"a"': "capital letters", '"b"': "capitals"}
    override = {
        "$ref": "base.json",
        "required": ["name"],  # replaces: kind is no longer required
        "x-hint": "see the vendor manual",  # added (replaces when present)
        "properties": {
            "kind": {"$ref": "base.json#/properties/kind", "x-enum-hints": {'"b"': "B, not b"}}
        },
        "allOf": [
            {
                "if": {"properties": {"kind": {"const": "A"}}, "required": ["kind"]},
                "then": {"required": ["extra"]},
                "x-code": "C002",
            }
        ],
    }
    write(tmp_path, {"base.json": base, "wrap.json": {"properties": {"body": override}}})
    schema = compile_file(tmp_path, "wrap.json")
    assert codes_at(schema, {"body": {"name": "x"}}) == []
    assert codes_at(schema, {"body": {"name": "x", "kind": "A"}}) == [
        ("C001", "/body/amount"),  # the referenced conditionals first
        ("C002", "/body/extra"),
    ]
    assert findings(schema, {"body": {"name": "x", "kind": "a"}})[0][2].endswith("capital letters")
    assert findings(schema, {"body": {"name": "x", "kind": "b"}})[0][2].endswith("B, not b")
    assert findings(schema, {"body": []}) == [
        ("S002", "/body", "body must be an object, got an array; see the vendor manual")
    ]


def test_an_override_may_open_a_closed_object(tmp_path: Path) -> None:
    override = {"$ref": "base.json", "additionalProperties": True}
    write(tmp_path, {"base.json": BASE, "wrap.json": {"properties": {"body": override}}})
    document = {"body": {"name": "x", "kind": "B", "anything": 1}}
    assert codes_at(compile_file(tmp_path, "wrap.json"), document) == []


def test_overrides_chain_across_files(tmp_path: Path) -> None:
    middle = {
        "$id": "urn:test:middle",
        "$ref": "base.json",
        "properties": {"name": {"type": "string", "maxLength": 1}, "extra": False},
    }
    outer = {
        "$id": "urn:test:outer",
        "properties": {
            "body": {"$ref": "middle.json", "properties": {"kind": {"type": "integer"}}}
        },
    }
    write(tmp_path, {"base.json": BASE, "middle.json": middle, "outer.json": outer})
    schema = compile_file(tmp_path, "outer.json")
    document = {"body": {"name": "xy", "kind": "A", "extra": False}}
    assert codes_at(schema, document) == [
        ("S005", "/body/name"),
        ("S002", "/body/kind"),
        ("S007", "/body/extra"),
        ("C001", "/body/amount"),  # the base file's conditional still applies
    ]
    assert bundled_agrees(tmp_path, "outer.json", [document, {"body": {"name": "x", "kind": 1}}])


def test_schema_at_follows_references_and_applies_overrides(schemas: Path) -> None:
    registry = RefRegistry(directory_reader(schemas))
    body = registry.schema_at("wrap.json", "/body")
    assert "vendor_only" in body["properties"] and body["properties"]["extra"] is False
    assert registry.schema_at("wrap.json", "/body/name") == BASE["properties"]["name"]
    assert registry.schema_at("wrap.json", "/body/window")["type"] == ["object", "array"]
    assert registry.schema_at("wrap.json", "/plain/window/0") == BASE["$defs"]["span"]
    assert registry.schema_at("wrap.json", "/body/rule/cap") == {"type": "integer"}
    assert registry.schema_at("wrap.json", "/body/rule")["properties"]["open"] is False
    assert registry.schema_at("wrap.json", "/fee") == BASE["$defs"]["fen"]
    with pytest.raises(KeyError):
        registry.schema_at("wrap.json", "/body/nothing")


# -- the bundle ------------------------------------------------------------------------------


def refs_in(value: Any) -> list[str]:
    """Every ``$ref`` value in a schema, at any depth."""
    if isinstance(value, dict):
        found = [value["$ref"]] if isinstance(value.get("$ref"), str) else []
        return found + [ref for item in value.values() for ref in refs_in(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in refs_in(item)]
    return []


def bundled_agrees(directory: Path, file: str, documents: list[Any]) -> bool:
    """jsonschema on the bundle accepts exactly what our compiler finds nothing wrong with."""
    bundled = bundle(file, read=directory_reader(directory))
    jsonschema.Draft202012Validator.check_schema(bundled)
    reference = jsonschema.Draft202012Validator(bundled)
    ours = compile_file(directory, file)
    for document in documents:
        our_codes = {code for code, _ in codes_at(ours, document)} - CUSTOM_CODES
        assert reference.is_valid(document) == (not our_codes), (document, our_codes)
    return True


def _mutants(documents: list[Any]) -> list[Any]:
    """Each document, and each with one member changed to a few wrong or borderline values."""
    found = list(documents)
    for document in documents:
        if not isinstance(document, dict):
            continue
        for key, value in document.items():
            if not isinstance(value, dict):
                continue
            for member in [*value, "extra", "vendor_only", "window", "rule"]:
                for replacement in (None, "", "x", 0, 7, True, [], {}, [{"begin": "a"}]):
                    found.append({**document, key: {**value, member: replacement}})
    return found


def test_the_bundle_is_self_contained_and_valid_against_the_meta_schema(schemas: Path) -> None:
    bundled = bundle("wrap.json", read=directory_reader(schemas))
    jsonschema.Draft202012Validator.check_schema(bundled)
    assert bundled["$defs"]["base.json"]["$id"] == "urn:test:base"
    assert bundled["$defs"]["base.json"]["properties"] == BASE["properties"]
    assert all(ref.startswith(("#", "urn:test:base")) for ref in refs_in(bundled)), refs_in(bundled)
    assert bundled["properties"]["plain"] == {
        "$ref": "urn:test:base",
        "description": "documentation beside $ref changes nothing",
    }
    body = bundled["properties"]["body"]
    assert "$ref" not in body
    assert body["properties"]["extra"] is False
    assert body["properties"]["name"] == {"$ref": "urn:test:base#/properties/name"}
    assert body["title"] == "base body"  # inherited documentation
    assert body["description"] == WRAP["properties"]["body"]["description"]


def test_the_bundle_means_for_jsonschema_what_the_files_mean_here(schemas: Path) -> None:
    assert bundled_agrees(schemas, "wrap.json", _mutants(DOCUMENTS))


def test_the_bundle_compiles_to_the_same_findings(schemas: Path) -> None:
    bundled = bundle("wrap.json", read=directory_reader(schemas))
    from_files, from_bundle = compile_file(schemas, "wrap.json"), CompiledSchema(bundled)
    for document in _mutants(DOCUMENTS):
        assert from_bundle.evaluate(document) == from_files.evaluate(document)


def test_a_schema_that_refers_to_no_other_file_bundles_to_itself(schemas: Path) -> None:
    assert bundle("base.json", read=directory_reader(schemas)) == BASE


def test_without_overrides_the_files_read_by_referencing_mean_the_same(schemas: Path) -> None:
    """A plain 2020-12 reading of the files themselves (``referencing`` resolving the file
    names) agrees with the bundle and with our compiler when no override is involved."""
    resources = []
    for name, schema in {"base.json": BASE, "plain.json": PLAIN}.items():
        resource = DRAFT202012.create_resource(schema)
        resources += [(name, resource), (schema["$id"], resource)]
    registry: Registry = Registry().with_resources(resources)
    from_files = jsonschema.Draft202012Validator(PLAIN, registry=registry)
    bundled = bundle("plain.json", read=directory_reader(schemas))
    from_bundle = jsonschema.Draft202012Validator(bundled)
    ours = compile_file(schemas, "plain.json")
    extra = [{"rule": {"cap": "1"}}, {"spans": [{"begin": ""}]}, {"spans": [{"begin": "a"}]}]
    for document in _mutants([*DOCUMENTS, *extra]):
        expected = not ({code for code, _ in codes_at(ours, document)} - CUSTOM_CODES)
        assert from_files.is_valid(document) == expected, document
        assert from_bundle.is_valid(document) == expected, document


# -- the fast path ---------------------------------------------------------------------------


def test_the_fast_path_agrees_with_the_walker_through_references(schemas: Path) -> None:
    schema = compile_file(schemas, "wrap.json")
    fast = schema.fast_path()
    assert fast is not None
    for document in _mutants(DOCUMENTS):
        if not isinstance(document, dict):
            continue
        walked, hurried = SchemaResult(), SchemaResult()
        Walker(walked).value(schema.root, document, "")
        fast(document, "", Walker(hurried))
        assert hurried == walked, document


def test_many_overrides_each_keep_their_own_members(tmp_path: Path) -> None:
    """Each override builds fresh dicts for its inherited members; none may be mistaken for
    another's (a compiled-node cache keyed by the id of a dict freed in between would)."""
    words = {"integer": "an integer", "string": "a string", "boolean": "true or false"}
    kinds = (*words, "array")
    base = {
        "$id": "urn:test:many",
        "$defs": {
            kind: {"type": "object", "properties": {"v": {"type": kind}, "w": {"type": kind}}}
            for kind in kinds
        },
    }
    wrap = {
        "type": "object",
        "properties": {
            f"p{index}": {"$ref": f"many.json#/$defs/{kinds[index % 4]}", "x-hint": f"h{index}"}
            for index in range(60)
        },
    }
    write(tmp_path, {"many.json": base, "wrap.json": wrap})
    schema = compile_file(tmp_path, "wrap.json")
    document = {f"p{index}": {"v": {}, "w": {}} for index in range(60)}
    expected = []
    for index in range(60):
        kind = words.get(kinds[index % 4], "an array")
        expected += [
            ("S002", f"/p{index}/{member}", f"{member} must be {kind}, got an object")
            for member in ("v", "w")
        ]
    assert findings(schema, document) == expected
