"""The rules' shortcuts give what the long way gives.

A many-file run resolves the rules' pointers in generated code (the rule plan), expands the
date-time fields through the rule context's memo, and parses each RFC 3339 string once. These
tests hold each to the plain path: the plan against ``pointer.resolve`` on odd containers and
pointer spellings, ``datetime_fields`` against ``expand``, and whole checks with a cold memo
and no plan against a warm one.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from typing import Any

import pytest

from tests.schema.test_fast_edges import _edited
from tests.schema.test_schema_fast import DOCUMENTS, _mutants
from validator import rfc3339
from validator.apis import API_IDS, spec_for
from validator.apis.spec import expand
from validator.engine import check_value
from validator.json.pointer import MISSING, resolve
from validator.rules import context
from validator.rules.common import datetime_fields
from validator.rules.context import RuleContext

NOW = 1_800_000_000


def test_a_plan_reads_any_container_as_a_lookup_would() -> None:
    pointers = ["/a/b", "/a/c/0", "/a/c/x", "/q'\"\\/r", "/a/b/c/d", "/é/~1/~0"]
    plan = context._Plan(pointers)
    documents: list[Any] = [
        {"a": OrderedDict(b=1, c=[5, 6]), "q'\"\\": {"r": 2}},
        {"a": {"b": {"c": {"d": None}}, "c": {"x": "y", "0": "zero"}}},
        {"a": {"b": [1], "c": "text"}, "é": {"/": {"~": 3}}},
        {"a": None},
        {},
    ]
    for document in documents:
        values = plan.resolve(document)
        assert values == {pointer: resolve(document, pointer, MISSING) for pointer in pointers}


@pytest.mark.parametrize("api", API_IDS)
def test_date_time_fields_are_what_expand_names(api: str) -> None:
    spec = spec_for(api)
    rng = random.Random(f"datetime-fields-{api}")
    for document in [*DOCUMENTS, *_mutants(rng, api, 300), *_edited(rng, 300)]:
        rule_context = RuleContext(document, api, NOW, set())
        expected = [p for pattern in spec.datetimes for p in expand(pattern, document)]
        assert datetime_fields(rule_context) == expected


@pytest.mark.parametrize("api", API_IDS)
def test_checks_agree_with_and_without_the_memo(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole documents, every rule: a cold memo (and no rule plan) against a warm one."""
    rng = random.Random(f"memo-{api}")
    documents = [*DOCUMENTS[:80], *_edited(rng, 300)]
    monkeypatch.setattr(context, "_PLANS", {})
    monkeypatch.setattr(context, "_LEARNING", {})
    cold = []
    for document in documents:
        monkeypatch.setattr(rfc3339, "_PARSED", {})
        context._LEARNING.clear()
        cold.append(check_value(document, api, NOW))
    warm = [check_value(document, api, NOW) for document in documents]
    assert warm == cold
