"""The catalogue's examples are rendered when read, not at import (issue 7: start-up time).

Importing the modules that describe the rules (the rule modules every check imports, and the
loading, schema and detection entries that assembling ``RULES`` imports) must not deep-copy the
bases or render the example documents; ``Example.document`` renders on first access and keeps
the text. Importing ``validator.catalogue`` itself imports none of them. The contents of the
examples are checked by ``test_registry.py`` and ``test_registry_examples.py``.
"""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from validator.catalogue import RULES, Example
from validator.catalogue.bases import BASE_A

REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: counts deep copies and JSON encodings during the import, then
# while every example is read twice.
_PROBE = """
import copy, json, json.encoder

counts = {"deepcopy": 0, "encode": 0}
deepcopy, encode = copy.deepcopy, json.encoder.JSONEncoder.encode

def counting_deepcopy(*args, **kwargs):
    counts["deepcopy"] += 1
    return deepcopy(*args, **kwargs)

def counting_encode(self, value):
    counts["encode"] += 1
    return encode(self, value)

copy.deepcopy = counting_deepcopy
json.encoder.JSONEncoder.encode = counting_encode

import sys
import validator.catalogue as catalogue

rule_modules_at_import = sorted(m for m in sys.modules if m.endswith((".rules", ".loading")))
rules = catalogue.RULES  # assembling imports every module that describes a rule

at_import = dict(counts)
examples = [e for info in rules.values() for e in (info.fail_example, info.pass_example)]
first = [e.document for e in examples]
after_first = dict(counts)
second = [e.document for e in examples]
cached = all(a is b for a, b in zip(first, second))
json.encoder.JSONEncoder.encode = encode
print(json.dumps({
    "at_import": at_import, "after_first": after_first, "after_second": counts,
    "cached": cached, "examples": len(examples), "rule_modules_at_import": rule_modules_at_import,
}))
"""


@pytest.fixture(scope="module")
def probe() -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_importing_the_catalogue_imports_no_rule_module(probe: dict[str, object]) -> None:
    assert probe["rule_modules_at_import"] == []


def test_import_builds_no_example(probe: dict[str, object]) -> None:
    at_import = probe["at_import"]
    assert isinstance(at_import, dict)
    assert at_import["deepcopy"] == 0
    # Only the base texts that the loading (J) examples edit are rendered at import.
    assert at_import["encode"] <= 3
    assert probe["examples"] == 2 * len(RULES)


def test_examples_render_on_first_read_and_keep_the_text(probe: dict[str, object]) -> None:
    at_import, after_first, after_second = (
        probe["at_import"],
        probe["after_first"],
        probe["after_second"],
    )
    assert isinstance(at_import, dict) and isinstance(after_first, dict)
    assert after_first["encode"] - at_import["encode"] >= 50  # most examples were deferred
    assert after_second == after_first  # nothing is rendered twice
    assert probe["cached"] is True


def test_a_deferred_example_behaves_like_its_text() -> None:
    value = {"coupon": {"name": "春季满减券", "type": 102}}
    text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    lazy = Example(value, api="shop-coupon-add", pointer="/coupon/type")
    eager = Example(text, api="shop-coupon-add", pointer="/coupon/type")
    assert repr(lazy) == repr(eager)
    assert lazy == eager and hash(lazy) == hash(eager)
    assert lazy.document == text and lazy.to_bytes() == text.encode("utf-8")
    assert Example(text) != eager and Example(text, encoding="latin-1") != Example(text)


@pytest.mark.parametrize("code", ["J007", "J008", "A001", "C001"])
def test_catalogue_examples_are_immutable_values(code: str) -> None:
    example = RULES[code].fail_example
    assert pickle.loads(pickle.dumps(example)) == example
    assert copy.deepcopy(example) == example and copy.copy(example) == example
    with pytest.raises(AttributeError):
        example.document = ""  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del example.pointer  # type: ignore[misc]


def test_reading_an_example_leaves_the_bases_alone() -> None:
    before = json.dumps(BASE_A)
    for info in RULES.values():
        info.fail_example.document  # noqa: B018
        info.pass_example.document  # noqa: B018
    assert json.dumps(BASE_A) == before


def test_a_clean_check_imports_no_entry_only_module() -> None:
    """Entries without a rule function (J, S, D, the schema requirements) are read only when a
    finding needs its severity or a command lists the rules."""
    probe = (
        "import sys; from validator import validate; from validator.catalogue.bases import BASE_A;"
        "assert validate(BASE_A, api='auto', now=1800000000) == [];"
        "print(sorted(m for m in sys.modules if m.endswith(('.requirements', '.loading',"
        " '.schema_rules', '.detection'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
