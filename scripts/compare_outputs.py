#!/usr/bin/env python3
"""Prove that a refactor of coupon-validator leaves its output byte-identical.

Why this exists: the package is being restructured internally (modules moved into packages,
imports rewired). None of that may change what a user sees. This script captures what the
command line prints -- ``check --format json`` (and the other formats on a subset), ``explain``
for every code, ``rules`` and ``schema`` -- over a large fixed corpus, once with the code
before the refactor and once after, and compares the two captures byte for byte.

It only drives the command line (``PYTHON -m validator ...``), never imports the package
(except ``generate``, see below), so the same unchanged script works against the old and the
new code.

Subcommands:

``generate DIR [--python PY]``
    Write a deterministic corpus (seeded ``random.Random``; no hypothesis) into DIR: the
    project's ``examples/``, the real sample payloads, every rule's failing and passing example
    (``validator.registry.RULES``), and >10,000 mutated copies of the base documents
    (``BASE_A``, ``BASE_B``, ``BASE_C``) and of the examples, plus JSONL files. A manifest
    (``compare-manifest.json``) records the ``--api``/``--now`` each rule example needs and the
    file subsets capture uses. Run it ONCE, with the interpreter of the *old* code (it reads
    the registry through ``--python``); the "after" capture reuses the same directory.

``capture CORPUS OUT [--python PY]``
    Run every command of the plan with cwd = CORPUS and a fixed environment, and save stdout,
    stderr and exit status of each as ``OUT/runs/NNN-name.{stdout,stderr,exit}``.
    ``OUT/commands.txt`` lists the command lines; ``OUT/_meta/`` holds informational facts
    (interpreter, package versions, timings) that ``diff`` reports but does not compare;
    ``_meta/constraints.txt`` pins the dependency versions for the other side's venv
    (``pip install -c constraints.txt ...``), since click and jsonschema also shape the output.
    The environment of every run is fixed (``PYTHONHASHSEED=0``, ``LC_ALL=C.UTF-8``, ``TZ=UTC``,
    no ``NO_COLOR``/``FORCE_COLOR``, stdin from /dev/null unless a run feeds a file).

``diff BEFORE AFTER``
    Compare two captures; print a summary and the first differing lines; exit 1 on any
    difference.

Configuration: ``check`` reads ``[tool.coupon-validator]`` from the nearest pyproject.toml
above the working directory. ``generate`` therefore writes a ``pyproject.toml`` with an empty
``[tool.coupon-validator]`` table at the corpus root and every run uses the corpus root as its
working directory: discovery stops there, before and after, whatever lies above it.

What is not normalised: nothing. SARIF embeds the working directory as a ``file://`` base URI
(and the package version), so both captures must use the same CORPUS path (same directory, not
a copy elsewhere).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

MANIFEST = "compare-manifest.json"
MANIFEST_FORMAT = 1
DEFAULT_SEED = 20240607
DEFAULT_COUNT = 10500
BATCHES = 10
NOW = 1800000000  # the --now of every run (2027-01-15), as in rules.md §12
SAMPLES_NOW = 1420070400  # the --now of /work/shared/samples/README.md
DEFAULT_SAMPLES = "/work/shared/samples"
APIS = ("shop-coupon-add", "product-coupon-create", "create-coupon-stock")
LETTER = {"shop-coupon-add": "a", "product-coupon-create": "b", "create-coupon-stock": "c"}
FORMATS_SUBSET = 400
EXPLICIT_SUBSET = 300
CROSS_SUBSET = 100
STDIN_SUBSET = 12
RUN_TIMEOUT = 600

JSONValue = Any
Doc = dict[str, Any]

# --------------------------------------------------------------------------------------------
# generate: reading the project's registry through the given interpreter
# --------------------------------------------------------------------------------------------

_DUMP_REGISTRY = r"""
import json, os, sys
try:
    from validator import registry
except ImportError:  # after the refactor the module moved; generate is meant for the old code
    import types
    from validator.catalogue import RULES
    from validator.catalogue.bases import BASE_A, BASE_B, BASE_C
    registry = types.SimpleNamespace(RULES=RULES, BASE_A=BASE_A, BASE_B=BASE_B, BASE_C=BASE_C)
import validator
out = {"bases": {"A": registry.BASE_A, "B": registry.BASE_B, "C": registry.BASE_C},
       "rules": [], "package_dir": os.path.dirname(os.path.abspath(validator.__file__))}
for info in registry.RULES.values():
    for kind, ex in (("fail", info.fail_example), ("pass", info.pass_example)):
        out["rules"].append({"code": info.code, "kind": kind, "api": ex.api, "now": ex.now,
                             "encoding": ex.encoding, "pointer": ex.pointer,
                             "document": ex.document})
sys.stdout.write(json.dumps(out, ensure_ascii=True))
"""


def read_registry(python: str) -> dict[str, Any]:
    """Bases and rule examples of the installed package, read by ``python`` (the old code)."""
    with _neutral_dir() as cwd:
        proc = subprocess.run(
            [python, "-c", _DUMP_REGISTRY],
            cwd=cwd,
            env=_run_env(cwd),
            capture_output=True,
            check=False,
        )
    if proc.returncode != 0:
        sys.exit(f"cannot read the registry with {python}:\n{proc.stderr.decode(errors='replace')}")
    return json.loads(proc.stdout)


class _neutral_dir:
    """A temporary empty directory (a context manager yielding its path)."""

    def __enter__(self) -> str:
        import tempfile

        self._tmp = tempfile.TemporaryDirectory(prefix="compare-outputs-")
        return self._tmp.name

    def __exit__(self, *exc: object) -> None:
        self._tmp.cleanup()


# --------------------------------------------------------------------------------------------
# generate: document mutations
# --------------------------------------------------------------------------------------------

TS_KEYS = ("start_time", "end_time", "valid_time", "invalid_time")
RFC_KEYS = ("available_begin_time", "available_end_time", "begin_time", "end_time")
WINDOWS = (
    ("start_time", "end_time"),
    ("valid_time", "invalid_time"),
    ("available_begin_time", "available_end_time"),
    ("begin_time", "end_time"),
)
NAME_KEYS = ("name", "coupon_name", "stock_name", "goods_name", "nickname")
NAME_CHARS = "春夏秋冬满减折扣店铺券周末新品会员专享限时优惠ABCXYZ0123456789"
UNKNOWN_NAMES = (
    "remark",
    "discount_fees",
    "Name",
    "TYPE",
    "coupon_infos",
    "stock_nmae",
    "extra",
    "valid_days",
    "startTime",
    "end time",
    "备注",
    "discount-fee",
    "coupon_useRule",
)
ENUM_MISTAKES: dict[str, tuple[JSONValue, ...]] = {
    "type": (0, 5, 7, 100, 105, 201, "102", 102.0, -1, "满减"),
    "valid_type": (0, 3, 4, "1", 1.0, -2),
    "promote_type": (0, 1, 2, 3, 5, "4"),
    "coupon_type": (0, 2, 3, 4, "1"),
    "discount_type": ("normal", "Normal", "FIXED", "DISCOUNT ", "EXCHANGE_COUPON", 1),
    "stock_type": ("normal", "FIXED", "DISCOUNT", "EXCHANGE", "NORMAL ", 0),
    "use_method": ("OFFLINE", "MINIPROGRAMS", "SELF_CONSUME", "PAYMENT_CODE", "off_line"),
    "coupon_code_mode": ("WECHAT_MODE", "MERCHANT", "merchant_api"),
    "code_display_mode": ("QR_CODE", "BAR", "NONE"),
    "show_area": (3, -1, "1"),
}
OTHER_API_MEMBERS: dict[str, tuple[tuple[str, JSONValue], ...]] = {
    "shop-coupon-add": (("coupon_data", {}), ("ext_info", {"valid_time": 1900000000})),
    "product-coupon-create": (("coupon", {"type": 1}), ("coupon_name", "x")),
    "create-coupon-stock": (("coupon", {}), ("type", 1)),
}


def walk(node: JSONValue, pointer: str = "") -> list[tuple[Any, Any, str]]:
    """Every member/item under ``node`` as (container, key, pointer), in document order."""
    found: list[tuple[Any, Any, str]] = []
    if isinstance(node, dict):
        for key in list(node):
            child = f"{pointer}/{key}"
            found.append((node, key, child))
            found.extend(walk(node[key], child))
    elif isinstance(node, list):
        for index in range(len(node)):
            child = f"{pointer}/{index}"
            found.append((node, index, child))
            found.extend(walk(node[index], child))
    return found


def _is_int(value: JSONValue) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _leaves(doc: Doc, test: Callable[[Any, Any], bool]) -> list[tuple[Any, Any, str]]:
    return [(c, k, p) for c, k, p in walk(doc) if test(k, c[k])]


def _objects(doc: Doc) -> list[Any]:
    return [doc] + [c[k] for c, k, _ in walk(doc) if isinstance(c[k], dict)]


def _pick(rng: random.Random, items: list[Any]) -> Any:
    return items[rng.randrange(len(items))] if items else None


def _short_name(rng: random.Random, low: int = 2, high: int = 9) -> str:
    return "".join(rng.choice(NAME_CHARS) for _ in range(rng.randint(low, high)))


def _shift_rfc(text: str, seconds: int) -> str:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    shifted = moment + dt.timedelta(seconds=seconds)
    return shifted.isoformat()


# benign changes: keep a valid document valid (mostly; capture measures what the tool says)


def benign_names(rng: random.Random, doc: Doc, api: str) -> str | None:
    name = _short_name(rng)
    hits = _leaves(doc, lambda k, v: k in NAME_KEYS and isinstance(v, str))
    for container, key, _ in hits:
        # C013: coupon_name and stock_name must agree, so every name gets the same text
        container[key] = name
    return "names" if hits else None


def benign_ids(rng: random.Random, doc: Doc, api: str) -> str | None:
    keys = ("out_coupon_id", "out_request_no")
    hits = _leaves(doc, lambda k, v: k in keys and isinstance(v, str))
    for container, key, _ in hits:
        prefix = rng.choice(("spring", "promo", "id", "1900012345"))
        container[key] = f"{prefix}-{rng.randrange(10**8)}"
    return "ids" if hits else None


def benign_times(rng: random.Random, doc: Doc, api: str) -> str | None:
    delta = rng.randrange(0, 900) * 86400 + rng.choice((0, 0, 3600, 1800, 59))
    changed = False
    for container, key, _ in walk(doc):
        value = container[key]
        if key in TS_KEYS and _is_int(value) and 10**9 < value < 10**10:
            container[key] = value + delta
            changed = True
        elif key in RFC_KEYS and isinstance(value, str):
            container[key] = _shift_rfc(value, delta)
            changed = True
    return "shift-times" if changed else None


def benign_amounts(rng: random.Random, doc: Doc, api: str) -> str | None:
    factor = rng.choice((2, 3, 5))
    keys = ("product_price", "discount_fee", "discount_amount", "transaction_minimum", "price")
    hits = _leaves(doc, lambda k, v: k in keys and _is_int(v))
    for container, key, _ in hits:
        container[key] = container[key] * factor
    return f"amounts-x{factor}" if hits else None


def benign_counts(rng: random.Random, doc: Doc, api: str) -> str | None:
    changed = False
    for obj in _objects(doc):
        if _is_int(obj.get("total_num")):
            limit = obj.get("limit_num_one_person", 1)
            obj["total_num"] = rng.randint(limit if _is_int(limit) else 1, 100000)
            changed = True
        if _is_int(obj.get("max_coupons")):
            obj["max_coupons"] = rng.randint(10, 10**6) * 10
            per_user = obj.get("max_coupons_per_user")
            if _is_int(per_user) and per_user > obj["max_coupons"]:
                obj["max_coupons"] = per_user
            changed = True
    return "counts" if changed else None


def benign_order(rng: random.Random, doc: Doc, api: str) -> str | None:
    def shuffle(node: JSONValue) -> JSONValue:
        if isinstance(node, dict):
            keys = list(node)
            rng.shuffle(keys)
            return {k: shuffle(node[k]) for k in keys}
        if isinstance(node, list):
            return [shuffle(v) for v in node]
        return node

    shuffled = shuffle(doc)
    doc.clear()
    doc.update(shuffled)
    return "key-order"


BENIGN = (benign_names, benign_ids, benign_times, benign_amounts, benign_counts, benign_order)


# mistakes


def m_int_as_string(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, _leaves(doc, lambda k, v: _is_int(v)))
    if hit is None:
        return None
    container, key, pointer = hit
    container[key] = rng.choice((str(container[key]), f" {container[key]}", f"{container[key]}元"))
    return f"int-as-string {pointer}"


def m_string_as_int(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, _leaves(doc, lambda k, v: isinstance(v, str)))
    if hit is None:
        return None
    container, key, pointer = hit
    container[key] = rng.choice((0, 1, 123456, -5, 1900012345))
    return f"string-as-int {pointer}"


def m_null_or_bool(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, walk(doc))
    if hit is None:
        return None
    container, key, pointer = hit
    container[key] = rng.choice((None, True, False, [], {}, ""))
    return f"null-or-bool {pointer}"


def m_object_as_list(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, _leaves(doc, lambda k, v: isinstance(v, dict)))
    if hit is None:
        return None
    container, key, pointer = hit
    value = container[key]
    container[key] = rng.choice(([value], list(value.values()), list(value)))
    return f"object-as-list {pointer}"


def m_float_in_int(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, _leaves(doc, lambda k, v: _is_int(v)))
    if hit is None:
        return None
    container, key, pointer = hit
    value = container[key]
    container[key] = rng.choice((float(value), value + 0.5, value / 100, value * 1.0 + 0.01))
    return f"float-in-int {pointer}"


def m_milliseconds(rng: random.Random, doc: Doc, api: str) -> str | None:
    hits = _leaves(doc, lambda k, v: k in TS_KEYS and _is_int(v))
    if not hits:
        return None
    chosen = hits if rng.random() < 0.3 else [_pick(rng, hits)]
    for container, key, _ in chosen:
        container[key] = container[key] * 1000 + rng.randrange(1000)
    return f"milliseconds x{len(chosen)}"


def m_remove_member(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, [h for h in walk(doc) if isinstance(h[0], dict)])
    if hit is None:
        return None
    container, key, pointer = hit
    del container[key]
    return f"remove {pointer}"


def m_reverse_window(rng: random.Random, doc: Doc, api: str) -> str | None:
    pairs = [
        (obj, start, end)
        for obj in _objects(doc)
        for start, end in WINDOWS
        if start in obj and end in obj
    ]
    hit = _pick(rng, pairs)
    if hit is None:
        return None
    obj, start, end = hit
    if rng.random() < 0.7:
        obj[start], obj[end] = obj[end], obj[start]
        return f"reversed {start}/{end}"
    obj[end] = obj[start]
    return f"empty-window {start}/{end}"


def m_unknown_member(rng: random.Random, doc: Doc, api: str) -> str | None:
    obj = _pick(rng, _objects(doc))
    name = rng.choice(UNKNOWN_NAMES)
    obj[name] = rng.choice(("x", 1, None, {"a": 1}, [1, 2]))
    return f"unknown-member {name}"


def m_misspelt_member(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, [h for h in walk(doc) if isinstance(h[0], dict) and len(str(h[1])) > 3])
    if hit is None:
        return None
    container, key, pointer = hit
    variants = (key.upper(), key.capitalize(), key[:-1], key + "s", key.replace("_", ""), key[1:])
    new = rng.choice(variants)
    if new in container:
        return None
    items = [(new if k == key else k, v) for k, v in container.items()]
    container.clear()
    container.update(items)
    return f"misspelt {pointer} -> {new}"


def m_enum_mistake(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, _leaves(doc, lambda k, v: k in ENUM_MISTAKES))
    if hit is None:
        return None
    container, key, pointer = hit
    container[key] = rng.choice(ENUM_MISTAKES[key])
    return f"enum {pointer}={container[key]!r}"


def m_switch_type(rng: random.Random, doc: Doc, api: str) -> str | None:
    """A valid enum value for ``type``/``valid_type``/``stock_type`` without its companions."""
    choices = {
        "type": (1, 2, 3, 4, 101, 102, 103, 104),
        "valid_type": (1, 2, 3),
        "stock_type": ("NORMAL", "DISCOUNT", "EXCHANGE"),
        "discount_type": ("NORMAL", "DISCOUNT", "EXCHANGE"),
        "use_method": ("OFF_LINE", "MINI_PROGRAMS", "PAYMENT_CODE", "SELF_CONSUME"),
    }
    hit = _pick(rng, _leaves(doc, lambda k, v: k in choices))
    if hit is None:
        return None
    container, key, pointer = hit
    container[key] = rng.choice(choices[key])
    if key == "valid_type" and container[key] == 2 and rng.random() < 0.5:
        container["valid_day_num"] = rng.choice((7, 30, 0, 400))
    return f"switch {pointer}={container[key]!r}"


def m_discount_85(rng: random.Random, doc: Doc, api: str) -> str | None:
    """8.5 折 written 85 (or 8.5, 850, 10000, 0): discount_num is 折 x 1000."""
    value = rng.choice((85, 8.5, 850, 8500, 10000, 0, 12000, 95, 1999))
    if api == "create-coupon-stock":
        rule = doc.get("coupon_data", {}).get("coupon_use_rule")
        if not isinstance(rule, dict):
            return None
        rule["discount_coupon"] = {"discount_percent": value, "transaction_minimum": 10000}
        if rng.random() < 0.6:
            rule.pop("fixed_normal_coupon", None)
            doc["coupon_data"]["stock_type"] = "DISCOUNT"
            doc["discount_type"] = "DISCOUNT"
        return f"discount_percent={value}"
    info = doc.get("coupon", {}).get("coupon_info") if api == "shop-coupon-add" else doc
    if not isinstance(info, dict) or not isinstance(info.get("discount_info"), dict):
        return None
    info["discount_info"]["discount_num"] = value
    if rng.random() < 0.6:
        info["discount_info"].pop("discount_fee", None)
        target = doc["coupon"] if api == "shop-coupon-add" else doc
        target["type"] = rng.choice((103, 3, 1, 101))
    return f"discount_num={value}"


def m_bad_number(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, _leaves(doc, lambda k, v: _is_int(v)))
    if hit is None:
        return None
    container, key, pointer = hit
    container[key] = rng.choice((-1, 0, 2**31, 2**31 - 1, 10**12, 10**18, -(10**9), 1))
    return f"number {pointer}={container[key]}"


def m_bad_string(rng: random.Random, doc: Doc, api: str) -> str | None:
    hit = _pick(rng, _leaves(doc, lambda k, v: isinstance(v, str)))
    if hit is None:
        return None
    container, key, pointer = hit
    container[key] = rng.choice(
        (
            "",
            " ",
            _short_name(rng, 11, 40),
            "x" * rng.choice((13, 17, 33, 65, 129, 300)),
            "line\nbreak",
            "tab\there",
            "\u0000nul",
            "emoji \U0001f381 券",
            "#FFFFFF",
            "2030-04-01 00:00:00",
            "2030-13-01T00:00:00+08:00",
            "1900000000",
            "wx123",
            "http://example.com/a.png",
        )
    )
    return f"string {pointer}"


def m_window_numbers(rng: random.Random, doc: Doc, api: str) -> str | None:
    """Timestamps before 2015, after 2100, already ended, or far apart."""
    hit = _pick(rng, _leaves(doc, lambda k, v: (k in TS_KEYS and _is_int(v)) or k in RFC_KEYS))
    if hit is None:
        return None
    container, key, pointer = hit
    if isinstance(container[key], str):
        container[key] = rng.choice(
            (
                "2014-01-01T00:00:00+08:00",
                "2101-01-01T00:00:00+08:00",
                "2026-01-01T00:00:00+08:00",
                "2032-12-31T23:59:59+08:00",
                "2030-04-01T00:00:00Z",
                "2030-04-01T00:00:00",
                "2030-04-01T00:00:00.000+08:00",
                1900000000,
            )
        )
    else:
        container[key] = rng.choice((1300000000, 1700000000, 4200000000, 1799999999, 86400, 0))
    return f"time {pointer}={container[key]!r}"


def m_limits(rng: random.Random, doc: Doc, api: str) -> str | None:
    for obj in _objects(doc):
        if "limit_num_one_person" in obj and "total_num" in obj:
            obj["limit_num_one_person"] = rng.randint(2, 50)
            obj["total_num"] = rng.randint(1, obj["limit_num_one_person"] - 1)
            return "limit-over-total"
        if "max_coupons" in obj:
            obj[rng.choice(("max_coupons_per_user", "max_coupons_by_day"))] = obj["max_coupons"] + 1
            return "limit-over-max"
    return None


def m_discount_over_price(rng: random.Random, doc: Doc, api: str) -> str | None:
    for obj in _objects(doc):
        info = obj.get("discount_info")
        if isinstance(info, dict) and isinstance(info.get("discount_condition"), dict):
            price = info["discount_condition"].get("product_price")
            if _is_int(price):
                info["discount_fee"] = rng.choice((price, price + 1, price * 9 // 10, 600000))
                return f"discount-fee={info['discount_fee']}"
        fixed = obj.get("fixed_normal_coupon")
        if isinstance(fixed, dict) and _is_int(fixed.get("transaction_minimum")):
            fixed["discount_amount"] = fixed["transaction_minimum"] + rng.choice((0, 1, 500))
            return "discount-amount>=minimum"
    return None


def m_wrapper(rng: random.Random, doc: Doc, api: str) -> str | None:
    """The obsolete ``coupon_info`` wrapper (B007) and related nesting mistakes."""
    if api == "product-coupon-create":
        members = list(doc.items())
        doc.clear()
        style = rng.choice(("keep-type", "all", "partial"))
        if style == "all":
            doc["coupon_info"] = dict(members)
        elif style == "keep-type":
            doc.update((k, v) for k, v in members if k == "type")
            doc["coupon_info"] = {k: v for k, v in members if k != "type"}
        else:
            cut = rng.randrange(1, len(members))
            doc.update(members[:cut])
            inner = dict(members[cut:])
            if rng.random() < 0.5 and members[:cut]:
                inner[members[0][0]] = members[0][1]  # duplicated inside and outside
            doc["coupon_info"] = inner
        return f"coupon_info-wrapper {style}"
    if api == "shop-coupon-add":
        coupon = doc.pop("coupon", None)
        if not isinstance(coupon, dict):
            return None
        if rng.random() < 0.5:
            doc.update(coupon)  # the coupon wrapper forgotten
            return "no-coupon-wrapper"
        doc["coupon"] = {"coupon": coupon}  # wrapped twice
        return "double-coupon-wrapper"
    data = doc.pop("coupon_data", None)
    if not isinstance(data, dict):
        return None
    if rng.random() < 0.5:
        doc.clear()
        doc.update(data)  # a bare busifavor body
        return "bare-busifavor"
    doc["coupon_data"] = json.dumps(data, ensure_ascii=False)  # coupon_data sent as a string
    return "coupon_data-as-string"


def m_other_api(rng: random.Random, doc: Doc, api: str) -> str | None:
    name, value = rng.choice(OTHER_API_MEMBERS[api])
    doc[name] = copy.deepcopy(value)
    return f"other-api-member {name}"


def m_stock_specific(rng: random.Random, doc: Doc, api: str) -> str | None:
    """create-coupon-stock mistakes that need several members."""
    data = doc.get("coupon_data")
    if api != "create-coupon-stock" or not isinstance(data, dict):
        return None
    rule = data.get("coupon_use_rule")
    if not isinstance(rule, dict):
        return None
    cat = rule.get("coupon_available_time")
    choice = rng.randrange(11)
    if choice == 0:
        rule["mini_programs_appid"] = rng.choice(("wx5a1c9e7f3b2d4e60", "wx123"))
        return "mini-appid-offline"
    if choice == 1:
        rule["use_method"] = "MINI_PROGRAMS"
        return "mini-without-appid"
    if choice == 2:
        data.setdefault("stock_send_rule", {})["max_coupons_by_day"] = rng.randint(1, 100)
        return "by-day-on-normal"
    if choice == 3 and isinstance(cat, dict):
        cat["available_week"] = {"available_day_time": [{"begin_time": 36000, "end_time": 64800}]}
        return "day-time-without-week-day"
    if choice == 4 and isinstance(cat, dict):
        cat["wait_days_after_receive"] = rng.randint(0, 10)
        return "wait-days-alone"
    if choice == 5 and isinstance(cat, dict):
        cat["available_week"] = {
            "week_day": rng.choice(([1, 2, 2], [0, 8], [1, 3, 5])),
            "available_day_time": [{"begin_time": 64800, "end_time": rng.choice((36000, 64800))}],
        }
        return "week-day-slot"
    if choice == 6 and isinstance(cat, dict):
        cat["irregulary_avaliable_time"] = [
            {"begin_time": "2031-01-01T00:00:00+08:00", "end_time": "2030-01-01T00:00:00+08:00"}
        ]
        return "irregular-window"
    if choice == 7:
        data.setdefault("display_pattern_info", {})["background_color"] = rng.choice(
            ("#FFFFFF", "Color001", "Color050", "color010", "Color100")
        )
        return "background-color"
    if choice == 8:
        doc.update({"stock_id": "123", "status": 1, "total_num": 10, "person_num": 99})
        return "output-only-and-vendor-mismatch"
    if choice == 9:
        data["out_request_no"] = rng.choice(("中文-1", "a b c", "x/y", "ok|_*-"))
        return "out-request-no"
    data.setdefault("display_pattern_info", {})["merchant_name"] = _short_name(rng, 13, 18)
    return "merchant-name-length"


def apply(
    change: Callable[[random.Random, Doc, str], str | None], rng: random.Random, doc: Doc, api: str
) -> str | None:
    """Run one change; when it does not fit the document (an earlier change made a member a
    string, say), the document is restored and None returned. Deterministic either way."""
    backup = copy.deepcopy(doc)
    try:
        return change(rng, doc, api)
    except (TypeError, KeyError, AttributeError, ValueError, IndexError):
        doc.clear()
        doc.update(backup)
        return None


MISTAKES = (
    m_int_as_string,
    m_string_as_int,
    m_null_or_bool,
    m_object_as_list,
    m_float_in_int,
    m_milliseconds,
    m_milliseconds,
    m_remove_member,
    m_remove_member,
    m_reverse_window,
    m_reverse_window,
    m_unknown_member,
    m_misspelt_member,
    m_enum_mistake,
    m_enum_mistake,
    m_switch_type,
    m_switch_type,
    m_discount_85,
    m_bad_number,
    m_bad_string,
    m_window_numbers,
    m_limits,
    m_discount_over_price,
    m_wrapper,
    m_other_api,
    m_stock_specific,
    m_stock_specific,
)

# --------------------------------------------------------------------------------------------
# generate: text rendering and text-level mistakes
# --------------------------------------------------------------------------------------------


def render(rng: random.Random, doc: JSONValue) -> tuple[str, str]:
    """Serialise with a random but valid layout; returns (text, layout label)."""
    indent = rng.choice((None, None, 2, 2, 2, 4, 0, 1, "\t"))
    ensure_ascii = rng.random() < 0.2
    compact = indent is None and rng.random() < 0.5
    text = json.dumps(
        doc,
        indent=indent,
        ensure_ascii=ensure_ascii,
        separators=(",", ":") if compact else None,
    )
    label = f"indent={indent!r}{' ascii' if ensure_ascii else ''}{' compact' if compact else ''}"
    if rng.random() < 0.85:
        text += "\n"
    if rng.random() < 0.08:
        text = text.replace("\n", "\r\n")
        label += " crlf"
    return text, label


def _value_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the number literals in a JSON text outside strings."""
    spans = []
    i, n, in_string = 0, len(text), False
    while i < n:
        ch = text[i]
        if in_string:
            if ch == "\\":
                i += 2
                continue
            if ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "-0123456789":
            j = i + 1
            while j < n and text[j] in "0123456789.eE+-":
                j += 1
            spans.append((i, j))
            i = j
            continue
        i += 1
    return spans


def _structural(text: str, chars: str) -> list[int]:
    """Offsets of the given structural characters outside strings."""
    found, in_string, escaped = [], False, False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in chars:
            found.append(i)
    return found


def t_bom(rng: random.Random, text: str) -> tuple[str, str]:
    return "\ufeff" + text, "bom"


def t_comment(rng: random.Random, text: str) -> tuple[str, str]:
    commas = _structural(text, ",{")
    at = _pick(rng, commas)
    if at is None:
        return "// leading\n" + text, "comment"
    comment = rng.choice(("// 备注\n", "/* block */", "# hash\n", "//\n", "/* unterminated"))
    return text[: at + 1] + comment + text[at + 1 :], f"comment {comment.strip()[:2]}"


def t_trailing_comma(rng: random.Random, text: str) -> tuple[str, str]:
    closers = _structural(text, "}]")
    at = _pick(rng, closers)
    if at is None:
        return text + ",", "trailing-comma"
    before = text[:at].rstrip()
    if before.endswith(("{", "[")):
        return text[:at] + ",," + text[at:], "empty-comma"
    return before + "," + text[len(before) :], "trailing-comma"


def t_duplicate_key(rng: random.Random, text: str, doc: JSONValue) -> tuple[str, str]:
    if not isinstance(doc, dict) or not doc:
        return text, "duplicate-key (none)"
    paths = [(c, k, p) for c, k, p in walk(doc) if isinstance(c, dict)]
    container, key, pointer = _pick(rng, paths)
    # find that object's opening brace by re-serialising: simplest is a top-level duplicate or
    # one inside the first object whose member list starts with the key
    dup = (
        json.dumps(key, ensure_ascii=False)
        + ": "
        + json.dumps(rng.choice((container[key], 1, "dup", None)), ensure_ascii=False)
    )
    needle = json.dumps(key, ensure_ascii=False)
    idx = text.find(needle)
    if idx < 0:
        return text, "duplicate-key (not found)"
    return text[:idx] + dup + ", " + text[idx:], f"duplicate-key {pointer}"


def t_syntax(rng: random.Random, text: str) -> tuple[str, str]:
    kind = rng.randrange(10)
    if kind == 0:
        cut = rng.randrange(1, max(2, len(text)))
        return text[:cut], f"truncated@{cut}"
    if kind == 1:
        commas = _structural(text, ",")
        at = _pick(rng, commas)
        if at is not None:
            return text[:at] + text[at + 1 :], "missing-comma"
    if kind == 2:
        colons = _structural(text, ":")
        at = _pick(rng, colons)
        if at is not None:
            return text[:at] + rng.choice(("=", " ", "::")) + text[at + 1 :], "bad-colon"
    if kind == 3:
        return text.replace('"', "'", rng.randint(1, 6)), "single-quotes"
    if kind == 4:
        quote = text.find('"')
        end = text.find('"', quote + 1)
        if 0 <= quote < end:
            return text[:quote] + text[quote + 1 : end] + text[end + 1 :], "unquoted-key"
    if kind == 5:
        return text.rstrip().rstrip("}") + "\n", "missing-close"
    if kind == 6:
        return text + rng.choice(("}", " {}", '\n"extra"', "x", "\n[]")), "extra-after"
    if kind == 7:
        at = rng.randrange(len(text) + 1)
        return text[:at] + rng.choice(("\x00", "\x01", "\t\u3000", "\\", "@")) + text[at:], "junk"
    if kind == 8:
        spans = _value_spans(text)
        span = _pick(rng, spans)
        if span is not None:
            literal = rng.choice(("0x10", "01", "+1", ".5", "1.", "1e", "--1", "1_000"))
            return text[: span[0]] + literal + text[span[1] :], f"bad-number {literal}"
    quotes = _structural(text, '"')
    at = _pick(rng, quotes)
    if at is None:
        return text + '"', "unterminated-string"
    return text[:at] + text[at + 1 :], "dropped-quote"


def t_nan(rng: random.Random, text: str) -> tuple[str, str]:
    span = _pick(rng, _value_spans(text))
    literal = rng.choice(("NaN", "Infinity", "-Infinity", "nan", "inf"))
    if span is None:
        return text, "nan (none)"
    return text[: span[0]] + literal + text[span[1] :], f"nan {literal}"


def t_numbers(rng: random.Random, text: str) -> tuple[str, str]:
    span = _pick(rng, _value_spans(text))
    literal = rng.choice(
        ("1" * 101, "1" * 100, "1e400", "-0", "1E3", "1.0e3", "12345678901234567890", "-1e-400")
    )
    if span is None:
        return text, "number (none)"
    return text[: span[0]] + literal + text[span[1] :], f"number {literal[:12]}"


def t_escapes(rng: random.Random, text: str) -> tuple[str, str]:
    quotes = _structural(text, '"')
    if len(quotes) < 4:
        return text, "escapes (none)"
    # inside the value string of some member: after an opening quote that follows a colon
    at = quotes[rng.randrange(1, len(quotes) // 2) * 2 - 1]
    piece = rng.choice(("\\ud800", "\\udc00x", "\\u0000", "\\x41", "\\q", "\\u12", "\n", "\t"))
    return text[: at + 1] + piece + text[at + 1 :], f"escape {piece!r}"


def t_deep(rng: random.Random, text: str) -> tuple[str, str]:
    depth = rng.choice((63, 64, 65, 70, 200))
    nested = "[" * depth + "1" + "]" * depth
    brace = text.find("{")
    if brace < 0:
        return nested, f"deep {depth}"
    return text[: brace + 1] + f'"deep": {nested}, ' + text[brace + 1 :], f"deep {depth}"


TEXT_MISTAKES = (
    t_bom,
    t_comment,
    t_comment,
    t_trailing_comma,
    t_trailing_comma,
    t_syntax,
    t_syntax,
    t_syntax,
    t_nan,
    t_numbers,
    t_escapes,
    t_deep,
)


def non_object(rng: random.Random, doc: JSONValue) -> tuple[str, str]:
    kind = rng.randrange(9)
    if kind == 0:
        return json.dumps([doc], ensure_ascii=False, indent=2) + "\n", "top-level-array"
    if kind == 1:
        return json.dumps(json.dumps(doc, ensure_ascii=False)) + "\n", "top-level-string"
    if kind == 2:
        return rng.choice(("null", "true", "42", "-1.5", '"x"', "[]")) + "\n", "top-level-scalar"
    if kind == 3:
        return "", "empty-file"
    if kind == 4:
        return rng.choice((" \n", "\n\n", "\t", "\ufeff", "\ufeff\n")), "blank-file"
    if kind == 5:
        return "{}\n", "empty-object"
    if kind == 6:
        return json.dumps(doc, ensure_ascii=False) + "\n" + json.dumps(doc) + "\n", "two-documents"
    if kind == 7:
        return json.dumps({"data": doc, "code": 0}, ensure_ascii=False, indent=2), "envelope"
    return json.dumps([doc, doc], ensure_ascii=False), "array-of-two"


def encode(rng: random.Random, text: str, bad_encoding: bool) -> tuple[bytes, str | None]:
    if not bad_encoding:
        return text.encode("utf-8", "surrogatepass"), None
    kind = rng.choice(("gbk", "utf-16", "utf-16-le", "latin-1", "cut-utf8", "utf-32"))
    if kind == "cut-utf8":
        data = text.encode("utf-8")
        for i, byte in enumerate(data):
            if byte >= 0xE0:  # first byte of a 3-byte sequence: drop its continuation
                return data[: i + 1] + data[i + 2 :], kind
        return data + b"\xff", kind
    return text.encode(kind, "replace"), kind


# --------------------------------------------------------------------------------------------
# generate: the corpus
# --------------------------------------------------------------------------------------------


class Corpus:
    """Collects files and their manifest entries."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries: list[dict[str, Any]] = []

    def add(self, relative: str, data: bytes, **info: Any) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.entries.append({"path": relative, **info})


def _bases(registry: dict[str, Any]) -> tuple[dict[str, list[Doc]], dict[str, list[Doc]]]:
    """Per API: documents to derive valid variants from, and documents for invalid ones."""
    valid: dict[str, list[Doc]] = {api: [] for api in APIS}
    other: dict[str, list[Doc]] = {api: [] for api in APIS}
    for api, key in zip(APIS, "ABC", strict=True):
        valid[api].append(registry["bases"][key])
    for ex in registry["rules"]:
        try:
            doc = json.loads(ex["document"])
        except ValueError:
            continue
        if not isinstance(doc, dict):
            continue
        api = ex["api"]
        if api == "auto":
            api = next((a for a in APIS if _looks_like(a, doc)), None)
        if api not in APIS:
            continue
        if ex["kind"] == "pass" and ex["now"] == NOW:
            valid[api].append(doc)
        else:
            other[api].append(doc)
    for api in APIS:
        other[api] = valid[api] + other[api]
    return valid, other


def _looks_like(api: str, doc: Doc) -> bool:
    if api == "shop-coupon-add":
        return "coupon" in doc
    if api == "product-coupon-create":
        return "coupon" not in doc and ("ext_info" in doc or "coupon_info" in doc)
    return "coupon_data" in doc


def make_document(
    rng: random.Random, api: str, valid_bases: list[Doc], all_bases: list[Doc], valid: bool
) -> tuple[bytes, list[str]]:
    """One generated file: its bytes and the list of changes made (for the manifest)."""
    labels: list[str] = []
    if valid:
        doc = copy.deepcopy(valid_bases[0] if rng.random() < 0.5 else rng.choice(valid_bases))
        for change in BENIGN:
            if rng.random() < 0.5:
                label = apply(change, rng, doc, api)
                if label:
                    labels.append(label)
        text, layout = render(rng, doc)
        labels.append(layout)
        return text.encode("utf-8"), labels
    doc = copy.deepcopy(rng.choice(all_bases))
    if rng.random() < 0.4:
        for change in BENIGN:
            if rng.random() < 0.3:
                label = apply(change, rng, doc, api)
                if label:
                    labels.append(label)
    roll = rng.random()
    if roll < 0.62:  # value-level mistakes only
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            for _attempt in range(4):
                label = apply(rng.choice(MISTAKES), rng, doc, api)
                if label:
                    labels.append(label)
                    break
        text, layout = render(rng, doc)
        labels.append(layout)
        return encode(rng, text, False)[0], labels
    if roll < 0.70:
        text, label = non_object(rng, doc)
        labels.append(label)
        return text.encode("utf-8"), labels
    if roll < 0.74:
        text, layout = render(rng, doc)
        data, kind = encode(rng, text, True)
        labels += [layout, f"encoding {kind}"]
        return data, labels
    if rng.random() < 0.4:  # a value mistake under the text mistake
        label = apply(rng.choice(MISTAKES), rng, doc, api)
        if label:
            labels.append(label)
    text, layout = render(rng, doc)
    labels.append(layout)
    for _ in range(rng.choice((1, 1, 1, 2))):
        if rng.random() < 0.15:
            text, label = t_duplicate_key(rng, text, doc)
        else:
            text, label = rng.choice(TEXT_MISTAKES)(rng, text)
        labels.append(label)
    return text.encode("utf-8", "surrogatepass"), labels


def _file_name(rng: random.Random, api: str, index: int) -> str:
    name = f"{LETTER[api]}-{index:05d}.json"
    roll = rng.random()
    if roll < 0.06:
        depth = rng.randint(1, 3)
        folders = ("sub", "nested", "q1", "q2", "旧", "with space")
        parts = [rng.choice(folders) for _ in range(depth)]
        return "/".join(parts) + "/" + name
    if roll < 0.065:
        return f"{LETTER[api]}-{index:05d} 券 copy.json"
    return name


def generate(
    target: Path, python: str, seed: int, count: int, examples: str | None, samples: str
) -> None:
    if target.exists() and any(target.iterdir()):
        sys.exit(f"{target} exists and is not empty; generate writes a fresh corpus")
    registry = read_registry(python)
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(target)
    (target / "pyproject.toml").write_text(
        "# Pins the configuration of every compare_outputs.py run: this empty table is the\n"
        "# nearest one, so no pyproject.toml above this directory is ever read.\n"
        "[tool.coupon-validator]\n",
        encoding="utf-8",
    )
    (target / "README.txt").write_text(
        "Corpus of scripts/compare_outputs.py; do not edit (both captures must read the same "
        "bytes).\n",
        encoding="utf-8",
    )

    examples_dir = Path(examples) if examples else Path(registry["package_dir"]).parent / "examples"
    for source in sorted(examples_dir.iterdir()):
        if source.is_file():
            corpus.add(f"examples/{source.name}", source.read_bytes(), kind="project-example")
    for source in sorted(Path(samples).glob("*.json")):
        corpus.add(f"samples/{source.name}", source.read_bytes(), kind="sample")
    # the bare busifavor samples, wrapped as the samples' README says, for create-coupon-stock
    for source in sorted(Path(samples).glob("busifavor_*.json")):
        body = json.loads(source.read_bytes().decode("utf-8-sig"))
        wrapped = json.dumps({"coupon_data": body}, ensure_ascii=False, indent=2) + "\n"
        corpus.add(f"samples-wrapped/{source.name}", wrapped.encode("utf-8"), kind="sample-wrapped")

    for ex in registry["rules"]:
        relative = f"rule-examples/{ex['code']}-{ex['kind']}.json"
        corpus.add(
            relative,
            ex["document"].encode(ex["encoding"]),
            kind="rule-example",
            code=ex["code"],
            example=ex["kind"],
            api=ex["api"],
            now=ex["now"],
            pointer=ex["pointer"],
        )

    valid_bases, all_bases = _bases(registry)
    per_batch = -(-count // BATCHES)
    generated: dict[str, list[str]] = {api: [] for api in APIS}
    for index in range(count):
        api = APIS[index % 3]
        valid = rng.random() < 0.5
        data, labels = make_document(rng, api, valid_bases[api], all_bases[api], valid)
        relative = f"gen/batch-{index // per_batch:02d}/{_file_name(rng, api, index)}"
        corpus.add(
            relative,
            data,
            kind="generated",
            api=api,
            intent="valid" if valid else "invalid",
            changes=labels,
        )
        generated[api].append(relative)

    # walk edge cases: files the directory walk must skip, and one over the size limit
    extras = {
        "gen/batch-00/.hidden/skipped.json": b"{",
        "gen/batch-00/notes.txt": b"not json",
        "gen/batch-01/old.json.bak": b"{",
        "gen/batch-01/UPPER.JSON": b"{",
        "gen/batch-02/empty-dir-sibling/.keep": b"",
    }
    for relative, data in extras.items():
        corpus.add(relative, data, kind="walk-edge-case")
    (target / "gen/batch-03/empty-subdir").mkdir(parents=True, exist_ok=True)
    big = b"{" + b" " * (10 * 1024 * 1024) + b"}"
    corpus.add("gen/batch-09/oversized.json", big, kind="walk-edge-case")

    jsonl = make_jsonl(rng, corpus, valid_bases, all_bases)

    # subsets for capture (chosen here, so capture itself has no randomness)
    pool = [e["path"] for e in corpus.entries if e["kind"] == "generated"]
    subsets: dict[str, Any] = {
        "explicit": {api: rng.sample(generated[api], EXPLICIT_SUBSET) for api in APIS},
        "cross": {
            api: rng.sample([p for a in APIS if a != api for p in generated[a]], CROSS_SUBSET)
            for api in APIS
        },
        "formats": sorted(
            rng.sample(pool, FORMATS_SUBSET - 40)
            + [e["path"] for e in corpus.entries if e["kind"] == "rule-example"][:24]
            + [e["path"] for e in corpus.entries if e["kind"] in ("sample", "project-example")]
            + [e["path"] for e in corpus.entries if e["kind"] == "jsonl"][:5]
        ),
        "stdin": rng.sample(pool, STDIN_SUBSET),
        "jsonl_by_api": {api: [p for p, a in jsonl if a == api] for api in APIS},
    }
    manifest = {
        "format": MANIFEST_FORMAT,
        "seed": seed,
        "count": count,
        "now": NOW,
        "files": corpus.entries,
        "subsets": subsets,
    }
    (target / MANIFEST).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    kinds: dict[str, int] = {}
    for entry in corpus.entries:
        key = entry["kind"] + (f"/{entry['intent']}" if "intent" in entry else "")
        kinds[key] = kinds.get(key, 0) + 1
    print(f"wrote {len(corpus.entries)} files to {target}")
    for key in sorted(kinds):
        print(f"  {key}: {kinds[key]}")


def make_jsonl(
    rng: random.Random,
    corpus: Corpus,
    valid_bases: dict[str, list[Doc]],
    all_bases: dict[str, list[Doc]],
) -> list[tuple[str, str | None]]:
    """JSONL files, each with several records: 30 with one API, 10 mixed."""
    made: list[tuple[str, str | None]] = []
    for number in range(40):
        api = APIS[number % 3] if number < 30 else None
        lines: list[str] = []
        for _ in range(rng.randint(3, 40)):
            record_api = api or rng.choice(APIS)
            valid = rng.random() < 0.5
            data, _labels = make_document(
                rng, record_api, valid_bases[record_api], all_bases[record_api], valid
            )
            text = data.decode("utf-8", "replace")
            try:  # one record per line: re-serialise what still parses
                line = json.dumps(json.loads(text), ensure_ascii=rng.random() < 0.2)
            except ValueError:
                line = text.replace("\r", "").replace("\n", " ")
            lines.append(line)
            if rng.random() < 0.05:
                lines.append(rng.choice(("", "   ", "// comment line", "[1,2]", "{")))
        text = "\n".join(lines) + ("\n" if rng.random() < 0.8 else "")
        if rng.random() < 0.1:
            text = text.replace("\n", "\r\n")
        if rng.random() < 0.1:
            text = "\ufeff" + text
        relative = f"jsonl/{(api and LETTER[api]) or 'mixed'}-{number:02d}.jsonl"
        corpus.add(relative, text.encode("utf-8", "surrogatepass"), kind="jsonl", api=api or "auto")
        made.append((relative, api))
    return made


# --------------------------------------------------------------------------------------------
# capture
# --------------------------------------------------------------------------------------------


def _run_env(cwd: str) -> dict[str, str]:
    """A fixed environment: nothing from the caller's shell can change the output."""
    return {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": cwd,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONHASHSEED": "0",
        "PYTHONNOUSERSITE": "1",
        "PYTHONIOENCODING": "utf-8",
        "COLUMNS": "100",
        "TERM": "dumb",
    }


class Run:
    """One command of the capture plan."""

    def __init__(self, name: str, args: list[str], stdin: str | None = None) -> None:
        self.name = name
        self.args = args
        self.stdin = stdin  # a corpus-relative file fed on standard input


def plan(corpus: Path, python: str) -> list[Run]:
    """Every command to capture, in a fixed order (capture numbers them and adds the
    ``explain CODE`` runs after reading the codes from ``rules``)."""
    manifest = json.loads((corpus / MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("format") != MANIFEST_FORMAT:
        sys.exit(f"{corpus / MANIFEST}: unknown manifest format")
    subsets = manifest["subsets"]
    files = manifest["files"]
    now = str(NOW)
    check_json = ["check", "--format", "json", "--now", now]
    runs: list[Run] = []

    def add(name: str, args: list[str], stdin: str | None = None) -> None:
        runs.append(Run(name, args, stdin))

    # catalogue commands (rules lists the codes explain is run for: read after the first run)
    add("rules", ["rules"])
    for api in APIS:
        add(f"rules--api-{api}", ["rules", "--api", api])
    for api in APIS:
        add(f"schema-{api}", ["schema", api])
    add("explain-unknown", ["explain", "Z999"])
    add("explain-lowercase", ["explain", "s004"])
    # explain CODE runs are appended by capture() once `rules` has printed the codes

    # the project's examples and the real samples
    add("check-json-examples", [*check_json, "examples"])
    add("check-json-samples", [*check_json, "samples"])
    add(
        "check-json-samples-now-2015",
        ["check", "--format", "json", "--now", str(SAMPLES_NOW), "samples"],
    )
    for entry in files:
        if entry["kind"] == "sample":
            stem = Path(entry["path"]).stem
            add(f"check-json-sample-{stem}", [*check_json, entry["path"]])
    for api in APIS:
        add(f"check-json-samples--api-{api}", [*check_json, "--api", api, "samples"])
    add("check-json-samples-wrapped", [*check_json, "samples-wrapped"])
    add(
        "check-json-samples-wrapped--api-create-coupon-stock",
        [*check_json, "--api", "create-coupon-stock", "samples-wrapped"],
    )

    # rule examples, grouped by the --api and --now each needs
    groups: dict[tuple[str, int], list[str]] = {}
    for entry in files:
        if entry["kind"] == "rule-example":
            groups.setdefault((entry["api"], entry["now"]), []).append(entry["path"])
    for (api, example_now), paths in sorted(groups.items()):
        add(
            f"check-json-rule-examples--api-{api}--now-{example_now}",
            ["check", "--format", "json", "--now", str(example_now), "--api", api, *paths],
        )
        add(
            f"check-text-rule-examples--api-{api}--now-{example_now}",
            ["check", "--format", "text", "--now", str(example_now), "--api", api, *paths],
        )
    add("check-json-rule-examples-dir", [*check_json, "rule-examples"])

    # the generated corpus, by directory
    batches = sorted({e["path"].split("/")[1] for e in files if e["path"].startswith("gen/")})
    for batch in batches:
        add(f"check-json-{batch}", [*check_json, "--api", "auto", f"gen/{batch}"])
    add("check-json-gen-all--jobs-1", [*check_json, "--jobs", "1", "gen"])
    add("check-json-gen-batch-00--jobs-3", [*check_json, "--jobs", "3", "gen/batch-00"])
    add(
        "check-json-batch-01--fail-on-warning",
        [*check_json, "--fail-on", "warning", "gen/batch-01"],
    )
    add(
        "check-json-batch-02--select-S,U--ignore-S007",
        [*check_json, "--select", "S,U", "--ignore", "S007", "gen/batch-02"],
    )
    add("check-text-batch-03", ["check", "--format", "text", "--now", now, "gen/batch-03"])

    # explicit --api: files of that API, and files of the other APIs
    for api in APIS:
        add(
            f"check-json-explicit--api-{api}",
            [*check_json, "--api", api, *subsets["explicit"][api]],
        )
    for api in APIS:
        add(f"check-json-cross--api-{api}", [*check_json, "--api", api, *subsets["cross"][api]])

    # JSONL
    add("check-json-jsonl-dir", [*check_json, "--api", "auto", "jsonl"])
    for api in APIS:
        add(
            f"check-json-jsonl--api-{api}",
            [*check_json, "--api", api, *subsets["jsonl_by_api"][api]],
        )

    # every output format on a subset
    for fmt in ("json", "text", "sarif", "github", "junit"):
        add(f"check-{fmt}-subset", ["check", "--format", fmt, "--now", now, *subsets["formats"]])

    # standard input
    for path in subsets["stdin"]:
        add(f"check-json-stdin-{Path(path).stem}", [*check_json, "-"], stdin=path)
    return runs


def _execute(python: str, corpus: Path, run: Run) -> tuple[bytes, bytes, int, float]:
    cwd = str(corpus)
    stdin = (corpus / run.stdin).open("rb") if run.stdin else subprocess.DEVNULL
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [python, "-m", "validator", *run.args],
            cwd=cwd,
            env=_run_env(cwd),
            stdin=stdin,
            capture_output=True,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    finally:
        if run.stdin:
            stdin.close()  # type: ignore[union-attr]
    return proc.stdout, proc.stderr, proc.returncode, time.perf_counter() - started


def _codes_from_rules(stdout: bytes) -> list[str]:
    codes = []
    for line in stdout.decode("utf-8", "replace").splitlines():
        token = line.split(" ", 1)[0]
        if len(token) == 4 and token[0].isalpha() and token[1:].isdigit():
            codes.append(token)
    return codes


def capture(corpus: Path, out: Path, python: str, workers: int) -> int:
    from concurrent.futures import ThreadPoolExecutor

    corpus = corpus.absolute()
    python = os.path.abspath(python) if os.sep in python else (shutil.which(python) or python)
    if not (corpus / MANIFEST).is_file():
        sys.exit(f"{corpus} holds no {MANIFEST}: run `generate` first")
    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out} exists and is not empty")
    runs_dir = out / "runs"
    runs_dir.mkdir(parents=True)
    started = time.perf_counter()
    runs = plan(corpus, python)
    # `rules` first: its codes decide the explain runs
    first = _execute(python, corpus, runs[0])
    codes = _codes_from_rules(first[0])
    if not codes:
        problem = first[1].decode(errors="replace")
        sys.exit(f"`rules` printed no codes (exit {first[2]}):\n{problem}")
    insert_at = next(i for i, r in enumerate(runs) if r.name == "explain-lowercase") + 1
    runs[insert_at:insert_at] = [Run(f"explain-{code}", ["explain", code]) for code in codes]
    for number, run in enumerate(runs):
        run.name = f"{number:03d}-{run.name}"
    results: list[tuple[bytes, bytes, int, float]] = [first]
    with ThreadPoolExecutor(max_workers=workers) as executor:
        futures = [executor.submit(_execute, python, corpus, run) for run in runs[1:]]
        results.extend(future.result() for future in futures)
    timings = []
    with (out / "commands.txt").open("w", encoding="utf-8") as commands:
        commands.write("# cwd: the corpus directory; PYTHON: the --python interpreter\n")
        for run, (stdout, stderr, status, seconds) in zip(runs, results, strict=True):
            (runs_dir / f"{run.name}.stdout").write_bytes(stdout)
            (runs_dir / f"{run.name}.stderr").write_bytes(stderr)
            (runs_dir / f"{run.name}.exit").write_text(f"{status}\n", encoding="utf-8")
            line = " ".join(["PYTHON", "-m", "validator", *run.args])
            if run.stdin:
                line += f" < {run.stdin}"
            commands.write(f"{run.name}: {line}\n")
            timings.append(f"{seconds:8.3f}s  {run.name}")
    elapsed = time.perf_counter() - started
    meta = out / "_meta"
    meta.mkdir()
    (meta / "timings.txt").write_text(
        "\n".join(timings) + f"\ntotal {elapsed:.1f}s\n", encoding="utf-8"
    )
    facts = subprocess.run(
        [python, "-c", "import sys, platform; print(sys.version); print(platform.platform())"],
        capture_output=True,
        check=False,
        env=_run_env(str(corpus)),
        cwd=str(corpus),
    ).stdout.decode(errors="replace")
    freeze = subprocess.run(
        [python, "-m", "pip", "freeze", "--all"],
        capture_output=True,
        check=False,
        env=_run_env(str(corpus)),
        cwd=str(corpus),
    ).stdout.decode(errors="replace")
    constraints = [
        line
        for line in freeze.splitlines()
        if line and not line.startswith(("#", "-e")) and not line.startswith("coupon-validator")
    ]
    (meta / "constraints.txt").write_text("\n".join(constraints) + "\n", encoding="utf-8")
    (meta / "environment.txt").write_text(
        f"python: {python}\ncorpus: {corpus}\n{facts}\n{freeze}", encoding="utf-8"
    )
    statuses: dict[int, int] = {}
    for _, _, status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    print(
        f"captured {len(runs)} runs into {out} in {elapsed:.1f}s "
        f"(exit statuses: {dict(sorted(statuses.items()))})"
    )
    return 0


# --------------------------------------------------------------------------------------------
# diff
# --------------------------------------------------------------------------------------------

META = "_meta"


def _files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}


def _first_difference(a: bytes, b: bytes, context: int) -> list[str]:
    """The first differing line and up to ``context`` lines after it, with line numbers."""
    left = a.decode("utf-8", "backslashreplace").splitlines()
    right = b.decode("utf-8", "backslashreplace").splitlines()
    index = next(
        (i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y),
        min(len(left), len(right)),
    )
    lines = [
        f"    first difference at line {index + 1} (before: {len(left)} lines, {len(a)} bytes; "
        f"after: {len(right)} lines, {len(b)} bytes)"
    ]
    if a.replace(b"\r\n", b"\n") == b.replace(b"\r\n", b"\n"):
        lines.append("    (only line endings differ)")
    for number in range(index, index + context):
        x = left[number] if number < len(left) else None
        y = right[number] if number < len(right) else None
        if x == y or (x is None and y is None):
            continue
        for side, text in (("before", x), ("after ", y)):
            shown = "<no such line>" if text is None else text
            shown = shown if len(shown) <= 300 else shown[:300] + " ..."
            lines.append(f"    {side} {number + 1:>6}: {shown}")
    return lines


def diff(before: Path, after: Path, context: int, max_shown: int) -> int:
    left, right = _files(before), _files(after)
    compared = identical = shown = 0
    differing: list[str] = []
    one_side: list[str] = []
    for name in sorted(set(left) | set(right)):
        if name.startswith(META + "/"):
            continue
        if name not in right or name not in left:
            one_side.append(f"only in {before if name in left else after}: {name}")
            continue
        compared += 1
        a, b = left[name].read_bytes(), right[name].read_bytes()
        if a == b:
            identical += 1
            continue
        differing.append(name)
        if shown < max_shown:
            shown += 1
            print(f"DIFFERS: {name}")
            for line in _first_difference(a, b, context):
                print(line)
    if len(differing) > shown:
        print(f"... and {len(differing) - shown} more differing files:")
        for name in differing[shown:]:
            print(f"DIFFERS: {name}")
    for line in one_side:
        print(line)
    env = f"{META}/environment.txt"
    if env in left and env in right and left[env].read_bytes() != right[env].read_bytes():
        print(f"note: {env} differs (interpreter, packages); informational, not compared")
    print(
        f"compared {compared} files: {identical} identical, {len(differing)} differing, "
        f"{len(one_side)} present on one side only"
    )
    return 1 if differing or one_side else 0


# --------------------------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the corpus (once, with the old code)")
    gen.add_argument("dir", type=Path)
    gen.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter with the OLD package installed (reads its registry)",
    )
    gen.add_argument("--seed", type=int, default=DEFAULT_SEED)
    gen.add_argument("--count", type=int, default=DEFAULT_COUNT, help="generated .json files")
    gen.add_argument("--examples", help="the project's examples/ (default: beside the package)")
    gen.add_argument("--samples", default=DEFAULT_SAMPLES, help="folder of real sample *.json")
    cap = sub.add_parser("capture", help="run the plan and save every output")
    cap.add_argument("corpus", type=Path)
    cap.add_argument("out", type=Path)
    cap.add_argument("--python", default=sys.executable, help="interpreter to run the tool with")
    cap.add_argument("--workers", type=int, default=2, help="commands run at once")
    dif = sub.add_parser("diff", help="compare two captures; exit 1 on any difference")
    dif.add_argument("before", type=Path)
    dif.add_argument("after", type=Path)
    dif.add_argument("--context", type=int, default=6, help="lines shown per difference")
    dif.add_argument("--max-shown", type=int, default=20, help="differences shown in detail")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "generate":
        generate(args.dir, args.python, args.seed, args.count, args.examples, args.samples)
        return 0
    if args.command == "capture":
        return capture(args.corpus, args.out, args.python, args.workers)
    return diff(args.before, args.after, args.context, args.max_shown)


if __name__ == "__main__":
    sys.exit(main())
