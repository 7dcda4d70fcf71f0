"""The findings cap: at most 1,000 findings per document, then one J010 that counts the rest.

What is checked: which findings are kept (the first in output order, for every shape of
document the ranking must handle: missing members, member names, a byte-order mark, duplicated
members), the exact count in J010, that every output format shows it, that the exit status
ignores it, and what a 10 MiB document with 10^5 bad items costs.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, WORKED_NOW
from tests.test_fuzz import FUZZ, assert_well_formed, invoke
from tests.test_limits import run_plain
from validator import cap, engine, validate
from validator.catalogue.bases import BASE_B
from validator.finding import Diagnostic, Finding
from validator.json.loader import MAX_DOCUMENT_BYTES, load_bytes
from validator.json.pointer import join
from validator.json.positions import build_positions
from validator.policy.selection import fails

MIB = 1024 * 1024
IDS = "/discount_info/discount_condition/product_ids"
FAIL = FIXTURES / "J010" / "fail.json"


def type_2_with(ids: list[Any]) -> dict[str, Any]:
    """Base-B as a type-2 coupon with these ``product_ids``."""
    document = copy.deepcopy(BASE_B)
    document["type"] = 2
    document["discount_info"]["discount_condition"]["product_ids"] = ids
    return document


def quoted(count: int) -> list[str]:
    """``count`` distinct ids written as strings: one S002 each, nothing else."""
    return [str(n) for n in range(1, count + 1)]


# -- what is kept and what is counted -----------------------------------------------------------


def test_the_worked_example_keeps_the_first_1000_and_counts_100() -> None:
    diagnostics = validate(FAIL.read_bytes(), now=WORKED_NOW)
    assert_well_formed(diagnostics)
    first, *kept = diagnostics
    assert (first.code, first.severity, first.pointer, first.line, first.column) == (
        "J010",
        "info",
        "",
        1,
        1,
    )
    assert first.message == "100 more findings not shown; fix the ones above first"
    assert [(d.code, d.pointer) for d in kept] == [("S002", join(IDS, n)) for n in range(1000)]


@pytest.mark.parametrize(
    ("count", "shown", "message"),
    [
        (999, 999, None),
        (1000, 1000, None),
        (1001, 1001, "1 more finding not shown; fix the ones above first"),
        (5000, 1001, "4000 more findings not shown; fix the ones above first"),
    ],
)
def test_the_cap_is_exact_at_its_boundary(count: int, shown: int, message: str | None) -> None:
    diagnostics = validate(type_2_with(quoted(count)), now=WORKED_NOW)
    assert len(diagnostics) == shown
    notes = [d.message for d in diagnostics if d.code == "J010"]
    assert notes == ([] if message is None else [message])


def test_each_jsonl_record_has_its_own_cap(tmp_path: Path) -> None:
    lines = [json.dumps(type_2_with(quoted(n))) for n in (1100, 3, 1500)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("check", "--now", str(WORKED_NOW), "--format", "json", str(path))
    diagnostics = json.loads(result.stdout)["diagnostics"]
    by_record: dict[int, list[dict[str, Any]]] = {}
    for d in diagnostics:
        by_record.setdefault(d["record"], []).append(d)
    assert {record: len(found) for record, found in by_record.items()} == {1: 1001, 2: 3, 3: 1001}
    notes = [
        (d["record"], d["line"], d["column"], d["message"].split()[0])
        for d in diagnostics
        if d["code"] == "J010"
    ]
    assert notes == [(1, 1, 1, "100"), (3, 3, 1, "500")]


def test_the_exit_status_ignores_j010(tmp_path: Path) -> None:
    """1,100 repeats of one id are 1,099 S008 warnings: exit 0 unless warnings fail the run,
    with J010 (info) shown in both cases."""
    path = tmp_path / "repeats.json"
    path.write_text(json.dumps(type_2_with([7] * 1100)), encoding="utf-8")
    for options, status in (((), 0), (("--fail-on", "warning"), 1)):
        result = invoke("check", "--now", str(WORKED_NOW), *options, str(path))
        assert result.exit_code == status, result.stdout[-500:]
        first = result.stdout.splitlines()[0]
        assert first.startswith(f"{path}:1:1: J010 ")
        assert first.endswith(" 99 more findings not shown; fix the ones above first")
    note = Diagnostic(str(path), 1, 1, 1, 1, "", "J010", "info", None, "1 more finding")
    assert not fails([note], "error") and not fails([note], "warning")


def _outputs(fmt: str) -> str:
    result = invoke("check", "--now", str(WORKED_NOW), "--format", fmt, str(FAIL))
    assert result.exit_code == 1
    return result.stdout


def test_every_format_shows_j010() -> None:
    message = "100 more findings not shown; fix the ones above first"
    text = _outputs("text").splitlines()
    assert text[0].startswith(f"{FAIL}:1:1: J010 ") and text[0].endswith(f" {message}")
    assert text[-1] == "Found 1000 errors, 0 warnings, 1 info in 1 of 1 file checked."

    report = json.loads(_outputs("json"))
    assert report["summary"] == {"files": 1, "errors": 1000, "warnings": 0, "infos": 1}
    assert report["diagnostics"][0]["code"] == "J010"

    sarif = json.loads(_outputs("sarif"))["runs"][0]
    (result,) = [r for r in sarif["results"] if r["ruleId"] == "J010"]
    assert result["level"] == "note" and result["message"]["text"].startswith(message)
    (rule,) = [r for r in sarif["tool"]["driver"]["rules"] if r["id"] == "J010"]
    assert rule["defaultConfiguration"]["level"] == "note"

    github = _outputs("github").splitlines()
    assert github[0].startswith("::notice ") and "J010" in github[0]
    assert github[0].endswith(f"::{message}")

    junit = _outputs("junit")
    assert junit.count("<failure ") == 1001
    assert f'<failure type="J010" message="{message}">' in junit


# -- the ranking --------------------------------------------------------------------------------


def _present(value: Any, pointer: str = "") -> list[str]:
    found = [pointer]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _present(child, join(pointer, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _present(child, join(pointer, index))
    return found


_KEYS = st.sampled_from(["a", "b", "~", "/", "a/b", "é", ""])
_VALUES = st.recursive(
    st.none() | st.integers(-5, 5) | st.text(alphabet="ab\n", max_size=3),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=4),
    max_leaves=25,
)


@st.composite
def _documents(draw: st.DrawFn) -> bytes:
    """A JSON object as text, sometimes indented, with leading whitespace, a byte-order mark
    or a duplicated member (the loader's J005 and J002 then come with spans)."""
    value = draw(st.dictionaries(_KEYS, _VALUES, min_size=1, max_size=4))
    text = json.dumps(value, indent=draw(st.sampled_from([None, 1])), ensure_ascii=False)
    if draw(st.booleans()) and text != "{}":
        text = '{"a": [1, {"x": 2}], ' + text[1:]  # "a" may now appear twice
    text = draw(st.sampled_from(["", " ", "\n\n"])) + text
    data = text.encode()
    return b"\xef\xbb\xbf" + data if draw(st.booleans()) else data


@settings(FUZZ, max_examples=150)
@given(data=_documents(), choice=st.data())
def test_the_kept_findings_are_the_first_in_output_order(
    data: bytes, choice: st.DataObject
) -> None:
    """Whatever the document, the capped output is the full, sorted output cut after ``limit``
    diagnostics (the ranking never makes a span, so it must agree with the spans)."""
    loaded = load_bytes(data)
    assert not loaded.fatal
    present = _present(loaded.value)
    pointers = choice.draw(st.lists(st.sampled_from(present), min_size=1, max_size=12))
    pointers += [join(p, "missing") for p in pointers[:3]] + [join(p, 0) for p in pointers[3:5]]
    findings = list(loaded.findings)
    seen = {(f.pointer, f.code) for f in findings}
    for pointer in pointers:
        code = choice.draw(st.sampled_from(["A001", "S001", "S002", "S007"]))
        if (pointer, code) not in seen:
            seen.add((pointer, code))
            target = choice.draw(st.sampled_from(["value", "key"]))
            findings.append(Finding(code, pointer, "m", target=target))
    limit = choice.draw(st.integers(1, len(findings)))
    every = engine.to_diagnostics(findings, loaded, file="f", api=None)
    kept = cap.first_findings(findings, loaded, limit, engine._printable)
    assert engine.to_diagnostics(kept, loaded, file="f", api=None) == every[:limit]


def test_check_loaded_caps_and_the_fixer_sees_every_finding() -> None:
    loaded = load_bytes(FAIL.read_bytes())
    _, shown = engine.check_loaded(loaded, "auto", WORKED_NOW)
    _, every = engine.check_loaded(loaded, "auto", WORKED_NOW, capped=False)
    assert (len(shown), len(every)) == (1001, 1100)
    assert shown[-1].code == "J010" and shown[-1].span == (1, 1, 1, 1)
    assert set(shown[:-1]) == set(every[:1000])


def test_a_partial_position_map_records_only_what_is_wanted() -> None:
    """Three findings among 10^5 items of one array cost three entries, not 10^5."""
    text = json.dumps({"a": {"ids": list(range(10**5))}, "b": 1})
    wanted = ["/a/ids/5", "/a/ids/99999", "/a/ids/7/missing"]
    positions = build_positions(text, wanted=wanted)
    assert len(positions) <= 6  # the three (or their parents) and the containers above
    full = build_positions(text)
    for pointer in wanted:
        assert positions.locate(pointer) == full.locate(pointer)


# -- cost ---------------------------------------------------------------------------------------


def test_10_mib_with_100000_bad_items_is_1001_diagnostics_in_bounded_memory(
    tmp_path: Path,
) -> None:
    """10^5 product names given as product ids, just under the size limit: 1,001 diagnostics,
    and the peak resident size of the whole command stays under 150 MB (about 125 MB here).
    What remains is the text, the parsed value and the 10^5 findings the schema reports; the
    findings not shown are freed before positions are looked up, and the position map and
    the diagnostics are made for the 1,000 shown only."""
    names = [
        f"春季新品女装连衣裙夏季款式编号{n:06d}号商品名称长度不超过三十个汉" for n in range(10**5)
    ]
    data = json.dumps(type_2_with(names), ensure_ascii=False, separators=(",", ":")).encode()
    assert MAX_DOCUMENT_BYTES - MIB < len(data) <= MAX_DOCUMENT_BYTES
    path = tmp_path / "big.json"
    path.write_bytes(data)
    process, seconds, peak = run_plain(
        "check", "--now", str(WORKED_NOW), "--format", "json", str(path)
    )
    assert process.returncode == 1, process.stderr[-2000:]
    diagnostics = json.loads(process.stdout)["diagnostics"]
    assert len(diagnostics) == 1001
    assert diagnostics[0]["message"].startswith("99000 more findings")
    assert peak < 150 * 1000 * 1000, peak
    assert seconds < 30, seconds
