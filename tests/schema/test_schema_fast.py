"""The schema walker's generated fast path agrees with the walker on every document.

``validator.schema.fast`` writes Python source per schema node and takes over from the walker
after a few dozen documents, so every large run goes through it. It must never change a
finding, its order, or which values are unusable: these tests run both paths on every fixture,
sample and registry example, and on thousands of mutated documents (wrong types, missing and
unknown members, values from every enum and bound of the schemas).
"""

from __future__ import annotations

import copy
import functools
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import DATA, FIXTURES
from validator import catalogue
from validator.apis import API_IDS
from validator.json.loader import load_bytes
from validator.schema import CompiledSchema, SchemaResult, compiled, load_raw, schema_text
from validator.schema.fast import FastFunction
from validator.schema.walker import Walker

MUTANTS_PER_API = 1500
_BOUNDS = ("minimum", "maximum", "minLength", "maxLength", "multipleOf")


def _walked(api: str, document: Any) -> SchemaResult:
    result = SchemaResult()
    Walker(result).value(compiled(api).root, document, "")
    return result


@functools.cache
def _fast_path(api: str) -> FastFunction:
    fast = compiled(api).fast_path()
    assert fast is not None
    return fast


def _fast(api: str, document: dict[str, Any]) -> SchemaResult:
    fast = _fast_path(api)
    result = SchemaResult()
    fast(document, "", Walker(result))
    return result


def _agree(api: str, document: dict[str, Any]) -> None:
    walked, fast = _walked(api, document), _fast(api, document)
    assert fast.findings == walked.findings
    assert fast.unusable == walked.unusable


def _documents() -> Iterator[dict[str, Any]]:
    paths = sorted(FIXTURES.rglob("*.json"))
    paths += sorted((DATA / "samples").glob("*.json"))
    for path in paths:
        loaded = load_bytes(path.read_bytes())
        if not loaded.fatal:
            yield loaded.value
    for info in catalogue.RULES.values():
        for example in (info.fail_example, info.pass_example):
            loaded = load_bytes(example.to_bytes())
            if not loaded.fatal:
                yield loaded.value


DOCUMENTS = list(_documents())


@pytest.mark.parametrize("api", API_IDS)
def test_every_fixture_sample_and_example(api: str) -> None:
    assert len(DOCUMENTS) > 100
    for document in DOCUMENTS:
        _agree(api, document)


def _schema_values(api: str) -> list[Any]:
    """Every const, enum value and bound of a schema, and each one just past its bound."""
    found: list[Any] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("const", "default"):
                    found.append(value)
                elif key == "enum" and isinstance(value, list):
                    found.extend(value)
                elif key in _BOUNDS and isinstance(value, (int, float)):
                    found.extend((value, value - 1, value + 1, "x" * int(max(value, 0) % 300)))
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(json.loads(schema_text(api)))  # with every file the schema refers to
    return found


def _mutants(rng: random.Random, api: str, count: int) -> Iterator[dict[str, Any]]:
    values = [*_schema_values(api), 0, -1, 1.0, 2.5, True, False, None, "", "a", [], {}, [1, 1]]
    names = sorted({key for doc in DOCUMENTS for key in _keys(doc)})
    bases = [doc for doc in DOCUMENTS if doc]
    for _ in range(count):
        document = copy.deepcopy(rng.choice(bases))
        for _ in range(rng.choice((1, 1, 2, 3))):
            places = [p for p in _places(document) if p[0] is not None]
            if not places:
                break
            container, key = rng.choice(places)
            roll = rng.random()
            if roll < 0.25 and isinstance(container, dict):
                del container[key]
            elif roll < 0.45 and isinstance(container[key], dict):
                container[key][rng.choice(names)] = rng.choice(values)
            elif roll < 0.55 and isinstance(container[key], list) and container[key]:
                container[key].append(rng.choice(container[key]))
            else:
                container[key] = copy.deepcopy(rng.choice(values))
        yield document


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def _places(value: Any, container: Any = None, key: Any = None) -> Iterator[tuple[Any, Any]]:
    yield container, key
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _places(item, value, name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, value, index)


@pytest.mark.parametrize("api", API_IDS)
def test_mutated_documents(api: str) -> None:
    rng = random.Random(f"schema-fast-{api}")
    for document in _mutants(rng, api, MUTANTS_PER_API):
        _agree(api, document)


def test_large_runs_switch_to_the_fast_path() -> None:
    """A shipped schema (whose fast path is loaded, not compiled) switches sooner than one a
    caller hands over; neither does for the first document, which a one-file run checks."""
    shipped = CompiledSchema.from_file("shop-coupon-add.json", api="shop-coupon-add")
    shipped.shipped_as = "shop-coupon-add"
    given = CompiledSchema(load_raw("channels-ec-coupon-create"))
    assert 1 < shipped.fast_after == shipped.SHIPPED_FAST_AFTER < given.fast_after
    for schema, body in ((shipped, {"coupon": {}}), (given, {"type": 1})):
        for _ in range(schema.fast_after - 1):
            schema.evaluate(body)
        assert not schema.on_fast_path
        schema.evaluate(body)
        assert schema.on_fast_path
