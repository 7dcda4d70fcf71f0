"""The rule context's learned plan fills its memo with exactly what a lookup would find.

``RuleContext`` learns which pointers the rules of an API read and, from then on, resolves
them all at once per document. Every rule must still see the same values: these tests run the
whole engine with a plan learned from ordinary documents and without any plan, on every
fixture, sample and registry example and on mutated documents (wrong types and missing
containers on the way to the planned pointers).
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from tests.schema.test_schema_fast import DOCUMENTS, _mutants
from validator.apis import API_IDS
from validator.engine import check_value
from validator.finding import Finding
from validator.json.pointer import MISSING, resolve
from validator.rules import context
from validator.rules.context import RuleContext

NOW = 1_800_000_000


def _findings(document: Any, api: str) -> tuple[str | None, list[Finding]]:
    return check_value(document, api, NOW)


@pytest.fixture
def no_plans(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "_PLANS", {})
    monkeypatch.setattr(context, "_LEARNING", {})


@pytest.mark.parametrize("api", API_IDS)
def test_planned_and_unplanned_rules_agree(api: str, no_plans: None) -> None:
    rng = random.Random(f"rule-plan-{api}")
    documents = [*DOCUMENTS, *_mutants(rng, api, 1000)]
    without_plan = []
    for document in documents:
        context._LEARNING.clear()  # never learns: every value is looked up on demand
        without_plan.append(_findings(document, api))
    for document in DOCUMENTS[:20]:  # learn the plan from ordinary documents
        _findings(document, api)
    assert api in context._PLANS
    assert [_findings(document, api) for document in documents] == without_plan


def test_a_plan_fills_what_resolve_finds(no_plans: None) -> None:
    pointers = ["/a/b", "/a/c/0", "/a/c/01", "/x", "/a/b~1c", "/a/~0", ""]
    plan = context._Plan(pointers)
    documents: list[Any] = [
        {"a": {"b": 1, "c": [5, 6], "b/c": 2, "~": 3}, "x": None},
        {"a": [1, 2]},
        {"a": {"c": {"0": "zero", "01": "one"}}},
        {"a": "text"},
        {},
    ]
    for document in documents:
        values: dict[str, Any] = {}
        plan.fill(document, values)
        for pointer in pointers:
            if pointer:
                assert values[pointer] == resolve(document, pointer, MISSING), pointer
        assert RuleContext(document, "shop-coupon-add", NOW, set()).value("/a/c/01") == (
            resolve(document, "/a/c/01", MISSING)
        )
