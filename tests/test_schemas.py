"""The shipped schemas: valid draft 2020-12, compilable, and in agreement with jsonschema."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from tests.conftest import REPO
from validator.schema.compiler import API_IDS, CompiledSchema, SchemaError, compiled, load_raw

EXAMPLES = {
    "shop-coupon-add": REPO / "examples" / "shop-coupon-add.json",
    "product-coupon-create": REPO / "examples" / "product-coupon-create.json",
    "create-coupon-stock": REPO / "examples" / "create-coupon-stock.json",
}
CUSTOM_CODES = {"S008", "S009"}  # x-unique / x-soft: extension keywords other validators ignore


def reference_validator(api: str) -> jsonschema.Draft202012Validator:
    """jsonschema with rules.md §1.5 integers (a float is never an integer)."""
    base = jsonschema.Draft202012Validator
    checker = base.TYPE_CHECKER.redefine("integer", lambda _, value: type(value) is int)
    cls = jsonschema.validators.extend(base, type_checker=checker)
    return cls(load_raw(api), format_checker=base.FORMAT_CHECKER)


@pytest.mark.parametrize("api", API_IDS)
def test_schema_is_valid_against_the_meta_schema(api: str) -> None:
    jsonschema.Draft202012Validator.check_schema(load_raw(api))


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
