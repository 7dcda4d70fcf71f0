"""The shortcuts a large run takes give the same answers as the long way.

A many-file run parses each RFC 3339 string once (``rfc3339.parse`` remembers it), checks
date-times, booleans and arrays in the schema's generated fast path instead of the walker,
resolves the rules' pointers in generated code, and expands the date-time fields through the
rule context. Each of these must be invisible: these tests hold them to the plain path on
values chosen to sit on every edge (malformed and out-of-range date-times, wrong types, arrays
too long, too short, with repeats or bad items) and on the fixtures, samples and examples.
"""

from __future__ import annotations

import copy
import random
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_schema_fast import DOCUMENTS, _agree, _mutants, _places
from validator import rfc3339
from validator.apis import API_IDS, spec_for
from validator.apis.spec import expand
from validator.engine import check_value
from validator.json.pointer import MISSING, resolve
from validator.rules import context
from validator.rules.common import datetime_fields
from validator.rules.context import RuleContext

NOW = 1_800_000_000

#: Strings around the RFC 3339 grammar and calendar, and values of other types.
DATE_TIMES: list[Any] = [
    "2030-04-01T00:00:00+08:00",
    "2030-04-01T00:00:00.000+08:00",
    "2031-04-01T00:00:00.5-00:00",
    "2028-02-29T00:00:00Z",
    "2029-02-29T00:00:00Z",
    "2030-02-30T00:00:00+08:00",
    "2030-04-31T00:00:00Z",
    "2030-13-01T00:00:00Z",
    "2030-04-01T24:00:00Z",
    "2030-04-01T00:00:60Z",
    "2030-04-01T00:00:00+24:00",
    "2030-04-01T00:00:00+08:60",
    "2030-04-01t00:00:00Z",
    "2030-04-01T00:00:00z",
    "2030-04-01 00:00:00+08:00",
    "2030-04-01T00:00:00",
    "2030-04-01T00:00:00Z\n",
    " 2030-04-01T00:00:00Z",
    "２０３０-04-01T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "2014-12-31T23:59:59Z",
    "2015-01-01T00:00:00Z",
    "2100-01-01T00:00:00Z",
    "2100-01-01T00:00:00.000000001Z",
    "2030-04-01T00:00:00." + "1" * 40 + "+08:00",
    "2030-04-01T00:00:00+08:00" * 3,
    "",
    "x",
    12345,
    1.5,
    True,
    None,
    [],
    {},
]
OTHERS: list[Any] = [0, 1, -1, 2.5, True, False, None, "", "true", [], {}, [1, 1], [True, True]]


def _is_date_time(value: Any) -> bool:
    return isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and "T" in value


def _edited(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    """Documents with a date-time, a boolean or an array changed to an edge value."""
    bases = [doc for doc in DOCUMENTS if doc]
    for _ in range(count):
        document = copy.deepcopy(rng.choice(bases))
        for _ in range(rng.choice((1, 2, 3))):
            places = [p for p in _places(document) if p[0] is not None]
            if not places:
                break
            container, key = rng.choice(places)
            times = [(c, k) for c, k in places if _is_date_time(c[k])]
            if times and rng.random() < 0.5:
                container, key = rng.choice(times)
                container[key] = copy.deepcopy(rng.choice(DATE_TIMES))
            elif isinstance(container[key], list) and container[key] and rng.random() < 0.6:
                extra = rng.choice(container[key]) if rng.random() < 0.7 else rng.choice(OTHERS)
                container[key].append(copy.deepcopy(extra))
            else:
                container[key] = copy.deepcopy(rng.choice(OTHERS))
        yield document


@pytest.mark.parametrize("api", API_IDS)
def test_the_fast_path_agrees_on_edge_values(api: str) -> None:
    rng = random.Random(f"fast-edges-{api}")
    for document in _edited(rng, 600):
        _agree(api, document)


# -- rfc3339.parse remembers ----------------------------------------------------------------------


def test_parse_remembers_exactly_what_it_computed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rfc3339, "_PARSED", {})
    for text in [t for t in DATE_TIMES if isinstance(t, str)] * 2:
        fresh = rfc3339._parse(text)
        remembered = rfc3339.parse(text)
        if fresh is None:
            assert remembered is None
        else:
            assert remembered is not None
            assert remembered.isoformat() == fresh.isoformat()
            assert remembered.instant == fresh.instant
            assert remembered.offset == fresh.offset


def test_parse_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rfc3339, "_PARSED", {})
    monkeypatch.setattr(rfc3339, "_PARSED_LIMIT", 10)
    for second in range(25):
        assert rfc3339.parse(f"2030-04-01T00:00:{second:02d}Z") is not None
        assert len(rfc3339._PARSED) <= 10
    long = "2030-04-01T00:00:00." + "5" * 100 + "Z"
    assert rfc3339.parse(long) is not None
    assert long not in rfc3339._PARSED  # a long string is parsed, not kept


# -- the rule context ----------------------------------------------------------------------------


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
