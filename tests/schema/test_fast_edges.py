"""The schema's generated fast path agrees with the walker on values at every edge.

The fast path checks date-time strings (length, shape and ``rfc3339.parse``), booleans and
arrays (count bounds, distinct items, then each item) itself, and hands the walker only what is
not certainly clean. These tests put malformed and out-of-range date-times, wrong types and
arrays too long, too short, with repeats or bad items into the fixtures, samples and examples,
and hold both paths to the same findings, in the same order, and the same unusable values.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import pytest

from tests.schema.test_schema_fast import DOCUMENTS, _agree, _places
from validator.apis import API_IDS

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
