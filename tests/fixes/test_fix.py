"""Safe autofix (issue 9): ``check --fix``, ``check --diff`` and ``validator.fixes``.

What is checked, and against what:

1. Every fixture pair of ``tests/fixtures_fix`` byte for byte, with the codes fixed and the
   findings that remain (``cases.json``); fixing the fixed output again changes nothing.
2. The edge cases of each fix that decide whether it is safe, one small test each: what must be
   repaired and, as important, what must be left alone.
3. The command line: in-place rewrite (atomic, mode kept, only when changed), ``--diff`` (writes
   nothing; ``git apply`` takes its output), standard input, JSONL, selection, ``explain``.
4. Properties (hypothesis) over clean payloads of ``validator.strategies`` and the examples:
   a clean payload is never changed, and a clean payload with fixable mistakes added is fixed
   back to exactly its original text, while unfixable mistakes stay as written.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, REPO, invoke, run_cli
from validator import validate
from validator.catalogue import RULES
from validator.catalogue.bases import BASE_A, BASE_B, BASE_C
from validator.fixes import FIXABLE, fix_bytes, fix_text
from validator.fixes.files import diagnostics_after, fix_data

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures_fix"
CASES: dict[str, dict[str, Any]] = json.loads((FIXTURES / "cases.json").read_text("utf-8"))
NOW = 1800000000
SHOP, PRODUCT, STOCK = "shop-coupon-add", "product-coupon-create", "create-coupon-stock"


def fixed_name(name: str) -> str:
    stem, suffix = name.rsplit(".", 1)
    return f"{stem}.fixed.{suffix}"


def fixture_outcome(name: str, data: bytes | None = None) -> Any:
    source = FIXTURES / name
    outcome = fix_data(
        source.read_bytes() if data is None else data, name.endswith(".jsonl"), "auto", NOW, None
    )
    outcome.display = name
    return outcome


def codes(text: str, api: str = "auto") -> list[tuple[str, str]]:
    return [(d.code, d.pointer) for d in validate(text, api=api, now=NOW)]


def pretty(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- 1. fixtures ---------------------------------------------------------------------------------


def test_every_fixture_has_a_case_and_every_code_a_fixture() -> None:
    inputs = {p.name for p in FIXTURES.iterdir() if p.suffix in (".json", ".jsonl")} - {
        "cases.json"
    }
    inputs = {name for name in inputs if ".fixed." not in name}
    assert inputs == set(CASES)
    assert all((FIXTURES / fixed_name(name)).exists() for name in CASES)
    applied = {code for case in CASES.values() for code in case["applied"]}
    assert applied == FIXABLE


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_is_fixed_to_the_expected_bytes(name: str) -> None:
    outcome = fixture_outcome(name)
    assert outcome.after == (FIXTURES / fixed_name(name)).read_bytes()
    assert Counter(fix.code for fix in outcome.applied) == Counter(CASES[name]["applied"])
    remaining = {
        f"{d.code} {d.pointer}" + (f" record {d.record}" if d.record else "")
        for d in diagnostics_after(outcome, "auto", NOW)
    }
    assert sorted(remaining) == CASES[name]["remaining"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixing_twice_changes_nothing(name: str) -> None:
    fixed = (FIXTURES / fixed_name(name)).read_bytes()
    outcome = fixture_outcome(name, fixed)
    assert outcome.after == fixed
    assert outcome.applied == []


def test_crlf_line_endings_are_kept() -> None:
    fixed = (FIXTURES / fixed_name("crlf-comments.json")).read_bytes()
    assert fixed.count(b"\n") == fixed.count(b"\r\n") > 0
    lf_version = (FIXTURES / fixed_name("j003-comments.json")).read_bytes()
    assert fixed == lf_version.replace(b"\n", b"\r\n")


def test_a_jsonl_record_keeps_its_carriage_return() -> None:
    lines = (FIXTURES / fixed_name("records.jsonl")).read_bytes().split(b"\n")
    original = (FIXTURES / "records.jsonl").read_bytes().split(b"\n")
    assert len(lines) == len(original)
    assert lines[1].endswith(b"}\r") and lines[1] != original[1]


def test_the_official_example_becomes_the_sample_payload() -> None:
    """The official shop/coupon/add example with its comments, fixed, is the comment-free
    sample payload (whose copier also trimmed two blanks at a line end that were there before
    any comment)."""
    sample = (DATA / "samples" / "shop_coupon_add__wxdoc__1.json").read_text("utf-8")
    fixed = (FIXTURES / fixed_name("shop-official-example.json")).read_text("utf-8")
    assert [line.rstrip() for line in fixed.splitlines()] == sample.splitlines()


# -- 2. edge cases of each fix -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{\'type\': 102, "url": "http://x"} // single quotes come first',
        '{"type": 102, // one line: the comment swallows "name": "x"}',
        '{"type": 102, /* never closed\n"name": "x"}',
        '{"a": [1,,]}',
        '{"a": 1} // two documents\n{"b": 2}',
        '{"a": "raw\nline", // the string is broken\n}',
    ],
    ids=["j001-first", "comment-swallows-data", "unterminated", "double-comma", "two-docs", "raw"],
)
def test_syntax_is_fixed_all_or_nothing(text: str) -> None:
    """Comments and commas are removed only when that makes the whole text JSON."""
    result = fix_text(text, "auto", NOW)
    assert result.text == text
    assert result.applied == []


def test_json_test_suite_never_crashes_and_syntax_fixes_give_json() -> None:
    """Every file of JSONTestSuite: fixing never raises, never touches a valid (``y_``) file,
    and a comment or comma removal always leaves JSON text."""
    corpus = DATA / "JSONTestSuite" / "test_parsing"
    for path in sorted(corpus.iterdir()):
        data = path.read_bytes()
        result = fix_bytes(data, "auto", NOW)
        if path.name.startswith("y_"):
            assert result.data == data, path.name
        if {fix.code for fix in result.applied} & {"J003", "J004"}:
            json.loads(result.data)


def test_comment_markers_inside_strings_stay() -> None:
    text = '{\n  "a": "x // y /* z */", // note\n  "b": "\\" // quoted"\n}\n'
    fixed = fix_text(text, "auto", NOW).text
    assert fixed == '{\n  "a": "x // y /* z */",\n  "b": "\\" // quoted"\n}\n'


def test_bom_in_text_and_bytes() -> None:
    body = (REPO / "examples" / "product-coupon-create.json").read_text("utf-8")
    assert fix_text("\ufeff" + body, "auto", NOW).text == body
    result = fix_bytes(b"\xef\xbb\xbf" + body.encode(), "auto", NOW)
    assert result.data == body.encode() and [f.code for f in result.applied] == ["J005"]


def test_not_utf8_gets_only_the_bom_removed() -> None:
    data = b"\xef\xbb\xbf" + '{"name": "Café"}'.encode("latin-1")
    result = fix_bytes(data, "auto", NOW)
    assert result.data == data[3:]
    assert [f.code for f in result.applied] == ["J005"]


def _b_with(path: str, literal: str) -> str:
    """Base-B pretty-printed, with the value at ``path`` written as ``literal``."""
    marker = 987654321
    document = json.loads(json.dumps(BASE_B))
    *parents, last = path.strip("/").split("/")
    holder = document
    for name in parents:
        holder = holder[name]
    holder[last] = marker
    return pretty(document).replace(str(marker), literal)


@pytest.mark.parametrize(
    ("literal", "fixed"),
    [
        ("1420070400000", "1420070400"),  # 2015-01-01, the first plausible second
        ("1420070400999", "1420070400"),  # the milliseconds are dropped, not rounded
        ("4102444800999", "4102444800"),  # 2100-01-01, the last plausible second
        ("1420070399999", None),  # 2014: implausible in seconds too
        ("4102444801000", None),  # after 2100
        ("100000000000", None),  # the U001 threshold itself is 1973 in seconds
        ("1900000000000000", None),  # microseconds: dividing by 1000 is not the repair
    ],
)
def test_milliseconds_become_seconds_only_when_plausible(literal: str, fixed: str | None) -> None:
    text = _b_with("/ext_info/valid_time", literal)
    result = fix_text(text, PRODUCT, NOW)
    assert result.text == (text if fixed is None else text.replace(literal, fixed))


@pytest.mark.parametrize(
    ("path", "literal", "fixed"),
    [
        ("/receive_info/total_num", "300.0", "300"),
        ("/receive_info/total_num", "3e2", "300"),
        ("/receive_info/total_num", "3.00E+2", "300"),
        ("/type", "102.0", "102"),
        ("/receive_info/total_num", "300.5", None),  # a fraction: no integer is meant
        ("/type", "5.0", None),  # 5 is not an enum value here
        ("/receive_info/total_num", "300.0000000000000001", None),  # whole only after rounding
        ("/receive_info/total_num", "1e400", None),  # infinity
        ("/receive_info/total_num", "1e17", None),  # beyond 2**53: not exact as a double
        ("/discount_info/discount_fee", "2000.0", None),  # money: maybe yuan
        ("/discount_info/discount_condition/product_price", "19900.0", None),  # money
        ("/name", "1.0", None),  # a string field: the integer would be wrong too
    ],
)
def test_whole_floats(path: str, literal: str, fixed: str | None) -> None:
    text = _b_with(path, literal)
    assert ("S002", path) in codes(text, PRODUCT)
    result = fix_text(text, PRODUCT, NOW)
    assert result.text == (text if fixed is None else text.replace(literal, fixed))


def test_money_floats_are_left_alone_in_every_api() -> None:
    cases = [
        (SHOP, BASE_A, "/coupon/coupon_info/discount_info/discount_fee"),
        (PRODUCT, BASE_B, "/discount_info/discount_fee"),
        (STOCK, BASE_C, "/coupon_data/coupon_use_rule/fixed_normal_coupon/transaction_minimum"),
    ]
    for api, base, path in cases:
        document = json.loads(json.dumps(base))
        *parents, last = path.strip("/").split("/")
        holder = document
        for name in parents:
            holder = holder[name]
        holder[last] = float(holder[last])
        text = pretty(document)
        assert ("S002", path) in codes(text, api)
        assert fix_text(text, api, NOW).text == text, path


def test_a_duplicated_name_blocks_renaming_and_unwrapping() -> None:
    text = pretty(BASE_B).replace('"name": ', '"Name": "x",\n  "Name": ', 1)
    assert fix_text(text, PRODUCT, NOW).text == text
    wrapped = '{"type": 102, "coupon_info": {"name": "a"}, "coupon_info": {"name": "b"}}'
    assert fix_text(wrapped, PRODUCT, NOW).text == wrapped


def test_an_empty_wrapper_is_removed_with_its_comma() -> None:
    text = pretty(BASE_B).replace('"type": 102,', '"type": 102,\n  "coupon_info": {},')
    assert fix_text(text, PRODUCT, NOW).text == pretty(BASE_B)
    last = pretty(BASE_B)[:-3] + ',\n  "coupon_info": {}\n}\n'
    assert fix_text(last, PRODUCT, NOW).text == pretty(BASE_B)


def test_a_wrapper_that_is_not_an_object_is_left_alone() -> None:
    text = pretty({**BASE_B, "coupon_info": []})
    assert ("B007", "/coupon_info") in codes(text, PRODUCT)
    assert fix_text(text, PRODUCT, NOW).text == text


def test_allow_limits_what_is_fixed() -> None:
    text = (FIXTURES / "b007-unwrap.json").read_text("utf-8")
    result = fix_text(text, "auto", NOW, allow=lambda code, pointer: code != "U001")
    assert "1900000000000" in result.text
    assert {fix.code for fix in result.applied} == {"S007", "B007"}


def test_unsafe_findings_suggest_their_repair() -> None:
    """What --fix leaves alone, the message tells the user how to repair."""
    text = (FIXTURES / "unsafe.json").read_text("utf-8")
    messages = {(d.code, d.pointer): d.message for d in validate(text, now=NOW)}
    assert "8500" in messages[("S004", "/discount_info/discount_num")]
    assert "990" in messages[("S002", "/discount_info/discount_fee")]
    assert "did you mean total_num" in messages[("S007", "/receive_info/totl_num")]
    assert "without a fraction" in validate(_b_with("/type", "5.0"), now=NOW)[0].message


# -- 3. registry and command line ----------------------------------------------------------------


def test_the_registry_knows_what_is_fixable() -> None:
    assert {code for code, info in RULES.items() if info.fixable} == FIXABLE
    for code in FIXABLE:
        assert RULES[code].fix and not RULES[code].fix.endswith("."), code


def test_explain_says_whether_and_how_a_code_is_fixable() -> None:
    _, out, _ = run_cli("explain", "J003")
    assert "Fixable: yes, check --fix removes `//` and `/* */` comments" in out
    _, out, _ = run_cli("explain", "a001")
    assert "Fixable: no" in out


def test_explain_shows_the_root_pointer_quoted() -> None:
    _, out, _ = run_cli("explain", "J004")
    assert 'Failing example, --api auto (reported at ""):' in out
    assert "(reported at )" not in out


def _copy(tmp_path: Path, *names: str) -> list[Path]:
    copies = []
    for name in names:
        copy = tmp_path / name
        shutil.copyfile(FIXTURES / name, copy)
        copies.append(copy)
    return copies


def test_fix_rewrites_changed_files_in_place_and_reports_what_remains(tmp_path: Path) -> None:
    wrapped, unsafe = _copy(tmp_path, "b007-unwrap.json", "unsafe.json")
    os.chmod(wrapped, 0o640)
    untouched = os.stat(unsafe)
    code, out, _ = run_cli("check", "--now", str(NOW), "--fix", str(tmp_path))
    assert code == 1  # unsafe.json keeps its errors
    assert wrapped.read_bytes() == (FIXTURES / "b007-unwrap.fixed.json").read_bytes()
    assert stat.S_IMODE(os.stat(wrapped).st_mode) == 0o640
    assert unsafe.read_bytes() == (FIXTURES / "unsafe.json").read_bytes()
    assert os.stat(unsafe).st_ino == untouched.st_ino  # not rewritten at all
    assert "b007-unwrap.json" not in out
    assert f"{unsafe}:5:21: S004 " in out
    assert out.splitlines()[-1] == "Applied 4 fixes to 1 file."
    assert sorted(os.listdir(tmp_path)) == ["b007-unwrap.json", "unsafe.json"]


def test_fix_exit_status_reflects_what_remains(tmp_path: Path) -> None:
    (wrapped,) = _copy(tmp_path, "b007-unwrap.json")
    code, out, _ = run_cli("check", "--now", str(NOW), str(wrapped))
    assert code == 1
    code, out, _ = run_cli("check", "--now", str(NOW), "--fix", str(wrapped))
    assert code == 0
    assert out.splitlines() == ["All checks passed (1 file checked).", "Applied 4 fixes to 1 file."]
    before = os.stat(wrapped)
    code, out, _ = run_cli("check", "--now", str(NOW), "--fix", str(wrapped))
    assert code == 0 and out.splitlines()[-1] == "No fixes applied."
    assert os.stat(wrapped).st_mtime_ns == before.st_mtime_ns


def test_diff_writes_nothing_and_git_apply_takes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ("crlf-comments.json", "b007-tabs.json", "unsafe.json", "records.jsonl")
    _copy(tmp_path, *names)
    monkeypatch.chdir(tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in names}
    plain_code, _, _ = run_cli("check", "--now", str(NOW), *names)
    result = invoke("check", "--now", str(NOW), "--diff", *names)
    code, out, err = result.exit_code, result.stdout, result.stderr
    assert code == plain_code == 1  # --diff changes nothing, so the status is check's
    assert {name: (tmp_path / name).read_bytes() for name in names} == before
    assert out.startswith("--- a/crlf-comments.json\n+++ b/crlf-comments.json\n@@ ")
    assert "unsafe.json" not in out
    assert "unsafe.json:5:21: S004" in err  # the report goes to stderr, the patch stays clean
    assert err.splitlines()[-1] == "Would apply 15 fixes to 3 files."
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "fix.patch").write_bytes(result.stdout_bytes)  # .stdout turns CRLF into LF
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    for name in names:
        assert (tmp_path / name).read_bytes() == (FIXTURES / fixed_name(name)).read_bytes()


def test_stdin_fix_prints_the_fixed_document() -> None:
    data = (FIXTURES / "crlf-comments.json").read_bytes()
    args = ["check", "--now", str(NOW), "--fix", "-"]
    result = invoke(*args, input=data)
    assert result.exit_code == 0
    assert result.stdout_bytes == (FIXTURES / "crlf-comments.fixed.json").read_bytes()
    assert result.stderr.splitlines() == [
        "All checks passed (1 file checked).",
        "Applied 8 fixes to 1 file.",
    ]


def test_stdin_diff_is_labelled_stdin() -> None:
    data = (FIXTURES / "j005-bom.json").read_bytes()
    _, out, _ = run_cli("check", "--now", str(NOW), "--diff", "-", input=data)
    assert out.startswith("--- a/<stdin>\n+++ b/<stdin>\n")


def test_fix_with_json_output_keeps_stdout_json(tmp_path: Path) -> None:
    (unsafe, _) = _copy(tmp_path, "unsafe.json", "b007-unwrap.json")
    code, out, err = run_cli("check", "--now", str(NOW), "--format", "json", "--fix", str(tmp_path))
    assert code == 1
    report = json.loads(out)
    assert {d["file"] for d in report["diagnostics"]} == {str(unsafe)}
    assert err.strip() == "Applied 4 fixes to 1 file."


def test_fix_follows_select_and_ignore(tmp_path: Path) -> None:
    (wrapped,) = _copy(tmp_path, "b007-unwrap.json")
    code, out, _ = run_cli("check", "--now", str(NOW), "--ignore", "U001", "--fix", str(wrapped))
    text = wrapped.read_text("utf-8")
    assert "1900000000000" in text and "coupon_info" not in text and "start_Time" not in text
    assert "U001" not in out and code == 0


def test_fix_jsonl_record_by_record(tmp_path: Path) -> None:
    (records,) = _copy(tmp_path, "records.jsonl")
    code, out, _ = run_cli("check", "--now", str(NOW), "--fix", str(records))
    assert code == 1
    assert records.read_bytes() == (FIXTURES / "records.fixed.jsonl").read_bytes()
    assert f"{records}:6:2: J001 " in out and f"{records}:7:" in out
    assert out.splitlines()[-1] == "Applied 6 fixes to 1 file."


def test_fix_through_a_symlink_rewrites_the_target(tmp_path: Path) -> None:
    (real,) = _copy(tmp_path, "j005-bom.json")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    run_cli("check", "--now", str(NOW), "--fix", str(link))
    assert link.is_symlink()
    assert real.read_bytes() == (FIXTURES / "j005-bom.fixed.json").read_bytes()


def test_a_failed_write_leaves_the_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (wrapped,) = _copy(tmp_path, "b007-unwrap.json")

    def refuse(source: str, target: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    code, out, err = run_cli("check", "--now", str(NOW), "--fix", str(wrapped))
    assert code == 2
    assert "cannot write the fixed file (Permission denied)" in err
    assert wrapped.read_bytes() == (FIXTURES / "b007-unwrap.json").read_bytes()
    assert os.listdir(tmp_path) == ["b007-unwrap.json"]  # the temporary file is gone
    assert f"{wrapped}:3:18: B007 " in out  # the report shows the file as it still is
    assert out.splitlines()[-1] == "No fixes applied."


# -- 4. properties -------------------------------------------------------------------------------

strategies = pytest.importorskip("validator.strategies")
API_IDS = (SHOP, PRODUCT, STOCK)

#: Integer members that are not money, by name (an oracle independent of the schema hints):
#: a whole float there has exactly one meaning.
NOT_MONEY = {
    "type", "promote_type", "valid_type", "total_num", "limit_num_one_person", "product_cnt",
    "valid_day_num", "valid_second", "discount_num", "start_time", "end_time", "valid_time",
    "invalid_time", "max_coupons", "max_coupons_per_user", "coupon_type", "jump_product_id",
    "begin_time", "wait_days_after_receive", "discount_percent",
}  # fmt: skip
#: Amounts of money: a float there may be yuan, so it is never rewritten.
MONEY = {"discount_fee", "product_price", "price", "discount_amount", "transaction_minimum"}
#: Unix-second timestamps of shop-coupon-add and product-coupon-create.
SECONDS = {"start_time", "end_time", "valid_time", "invalid_time"}


@pytest.mark.parametrize("path", sorted((REPO / "examples").glob("*.json")), ids=lambda p: p.name)
def test_examples_are_left_alone(path: Path) -> None:
    result = fix_bytes(path.read_bytes(), "auto", NOW)
    assert result.data == path.read_bytes() and result.applied == []


@pytest.mark.parametrize("api", API_IDS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_clean_payload_is_never_changed(api: str, data: st.DataObject) -> None:
    payload = data.draw(strategies.payloads(api), label="payload")
    indent = data.draw(st.sampled_from([None, 2, 4, "\t"]), label="indent")
    text = json.dumps(payload, ensure_ascii=data.draw(st.booleans()), indent=indent)
    result = fix_text(text, data.draw(st.sampled_from(["auto", api])), NOW)
    assert result.text == text
    assert result.applied == []


def _objects(value: Any) -> list[tuple[dict[str, Any], str]]:
    """Every (object, member name) pair of a payload, depth first."""
    found: list[tuple[dict[str, Any], str]] = []
    if isinstance(value, dict):
        for name, member in value.items():
            found.append((value, name))
            found.extend(_objects(member))
    elif isinstance(value, list):
        for item in value:
            found.extend(_objects(item))
    return found


def _rename(holder: dict[str, Any], old: str, new: str) -> None:
    """Rename a member in place, keeping the member order."""
    items = list(holder.items())
    holder.clear()
    holder.update((new if name == old else name, value) for name, value in items)


def _wrap(payload: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The body with everything but ``type`` in ``coupon_info``, and the body the unwrap
    must give back (the same members, in the order the wrapped text has them)."""
    wrapped: dict[str, Any] = {}
    inner = {name: value for name, value in payload.items() if name != "type"}
    for name in payload:
        if name == "type":
            wrapped["type"] = payload["type"]
        elif "coupon_info" not in wrapped:
            wrapped["coupon_info"] = inner
    unwrapped: dict[str, Any] = {}
    for name, value in wrapped.items():
        unwrapped.update(value if name == "coupon_info" else {name: value})
    return wrapped, unwrapped


@pytest.mark.parametrize("api", API_IDS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fixable_mistakes_are_fixed_back_to_the_original(api: str, data: st.DataObject) -> None:
    """Add fixable and unfixable mistakes to a clean payload: ``--fix`` must give back exactly
    the text with only the unfixable ones, which then report only unfixable findings."""
    draw = data.draw
    payload = json.loads(json.dumps(draw(strategies.payloads(api), label="payload")))
    expected = json.loads(json.dumps(payload))  # the same mistakes, minus the fixable ones
    members = _objects(payload)
    twins = [holder for holder, _ in _objects(expected)]
    choices = draw(st.lists(st.integers(0, 5), min_size=len(members), max_size=len(members)))
    renames = []
    for (holder, name), twin, choice in zip(members, twins, choices, strict=True):
        value = holder[name]
        if choice == 1 and type(value) is int and name in MONEY:
            holder[name] = twin[name] = float(value)  # unfixable: maybe yuan
        elif choice == 1 and type(value) is int and name in NOT_MONEY:
            holder[name] = float(value)  # fixable: 300.0 -> 300
        elif choice == 2 and type(value) is int and name in SECONDS and api != STOCK:
            holder[name] = value * 1000 + len(name) * 37  # fixable: milliseconds
        elif choice == 3 and type(value) is int and name in NOT_MONEY:
            holder[name] = twin[name] = value + 0.5  # unfixable: a fraction
        elif choice == 4 and name[:1].islower() and name != "type":
            renames.append((holder, name, None))  # fixable: wrong case
        elif choice == 5 and not isinstance(value, (dict, list)):
            renames.append((holder, name, twin))  # unfixable: an unknown member
    for holder, name, twin in reversed(renames):  # inner members first
        if twin is not None and name + "_x" not in holder:
            _rename(holder, name, name + "_x")
            _rename(twin, name, name + "_x")
        elif twin is None and not any(o.casefold() == name for o in holder if o != name):
            _rename(holder, name, name[0].upper() + name[1:])
    if api == PRODUCT and draw(st.booleans(), label="wrap"):
        payload, _ = _wrap(payload)
        expected = _wrap(expected)[1]
    indent = draw(st.sampled_from([2, 4, "\t"]), label="indent")
    lines = json.dumps(payload, ensure_ascii=False, indent=indent).split("\n")
    want = json.dumps(expected, ensure_ascii=False, indent=indent).split("\n")
    line_flags = st.lists(st.integers(0, 5), min_size=len(lines), max_size=len(lines))
    for index, choice in reversed(list(enumerate(draw(line_flags, label="lines")))):
        closing = index + 1 < len(lines) and lines[index + 1].strip() in ("}", "]", "},", "],")
        if choice == 1 and closing and not lines[index].endswith(("{", "[")):
            lines[index] += ","  # a trailing comma
        elif choice == 2:
            lines[index] += " // 说明"
        elif choice == 3:
            lines.insert(index, "  // a whole-line comment")
        elif choice == 4:
            lines[index] += " /* block */"
    newline = draw(st.sampled_from(["\n", "\r\n"]), label="newline")
    bom = draw(st.sampled_from(["", "\ufeff"]), label="bom")
    text = bom + newline.join(lines) + newline
    result = fix_text(text, api, NOW)
    for code in sorted({fix.code for fix in result.applied}):
        event(f"fixed {code}")  # --hypothesis-show-statistics shows what the runs covered
    assert result.text == newline.join(want) + newline
    left = {code for code, _ in codes(result.text, api)}
    assert not left & {"J003", "J004", "J005", "U001", "B007"}
    assert fix_text(result.text, api, NOW).applied == []  # idempotent
