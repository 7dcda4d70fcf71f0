"""Fuzzing the whole tool (issue 8, item 2): whatever arrives, the answer is well-formed.

A validator that crashes or passes garbage in CI is worse than none, so every input here goes
through the same front doors users use, the library (``validate``) and the command line, and
the checks are the contract's, not the implementation's:

- nothing raises, and the command line exits 0 or 1 (2 is for usage errors, which none of these
  inputs is) without a traceback;
- every output format parses (JSON, SARIF, JUnit XML) and agrees with the exit status;
- every diagnostic is well-formed: a catalogue code with its catalogue severity, a 1-based
  position inside the text, an RFC 6901 pointer, a one-line message that can be printed;
- an input ``json.loads`` rejects always gets a fatal J-code ("never a silent pass"), and one it
  accepts never gets a syntax J-code (the oracle is Python's own strict parser).

``tests/json/test_loader.py`` already fuzzes the loader alone; these tests add everything after it
(detection, schema, rules, positions, reporters) and the command line's plumbing. The helpers
at the top are shared with the other reliability tests (test_limits, test_files, ...).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, CliResult
from tests.conftest import invoke as invoke_program
from validator import catalogue, validate
from validator.finding import Diagnostic

NOW = 1800000000
EXAMPLES = sorted((REPO / "examples").glob("*.json"))
EXAMPLE_BYTES = [path.read_bytes() for path in EXAMPLES]
EXAMPLE_VALUES = [json.loads(data) for data in EXAMPLE_BYTES]
FORMATS = ("text", "json", "sarif", "github", "junit")
#: Loader codes that mean "this is not JSON at all" (J008, a non-object, is JSON).
SYNTAX_CODES = {"J001", "J003", "J004", "J006", "J007", "J009"}
FATAL_CODES = SYNTAX_CODES | {"J008"}
NETWORK_CLIENTS = ("http.client", "urllib.request", "httpx", "requests", "ssl", "urllib3")

# Fuzzing budget: enough examples to find the classic crashes, few enough that the whole
# reliability suite stays far inside the suite's two-minute budget on 2 cores. derandomize
# keeps CI stable: the same examples every run, so a failure is reproducible from the log.
FUZZ = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# -- helpers shared by the reliability tests --------------------------------------------------


def strict_json(data: bytes) -> tuple[bool, Any]:
    """(parses, value) by Python's strict parser: UTF-8, one optional BOM, no NaN/Infinity."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
        return True, json.loads(text, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False, None


def _reject_constant(word: str) -> None:
    raise ValueError(word)


def assert_well_formed(diagnostics: list[Diagnostic], *, has_text: bool = True) -> None:
    """What every diagnostic list must satisfy, whatever the input was."""
    assert diagnostics == sorted(diagnostics, key=Diagnostic.sort_key)
    seen: set[tuple[str, str, int | None]] = set()
    for d in diagnostics:
        assert d.code in catalogue.RULES, d
        assert d.severity == catalogue.severity_of(d.code), d
        assert d.pointer == "" or d.pointer.startswith("/"), d
        if has_text:
            assert d.line >= 1 and d.column >= 1, d
            assert (d.end_line, d.end_column) >= (d.line, d.column), d
        assert len(d.message.splitlines()) == 1, d  # one line in every line-based format
        d.message.encode("utf-8")  # printable: no lone surrogates left in
        d.pointer.encode("utf-8")
        key = (d.pointer, d.code, d.record)
        assert key not in seen, f"two {d.code} at {d.pointer!r} (rules.md §1.2)"
        seen.add(key)


def assert_verdict_matches_python(data: bytes, diagnostics: list[Diagnostic]) -> None:
    """No silent pass on unparseable input; no false syntax error on parseable input."""
    codes = {d.code for d in diagnostics}
    parses, value = strict_json(data)
    if not parses:
        assert codes & SYNTAX_CODES, (data[:200], codes)
        assert any(d.severity == "error" for d in diagnostics)
        return
    # json.loads accepts nesting deeper than 64 and numbers longer than 100 digits: J009.
    assert not codes & (SYNTAX_CODES - {"J009"}), (data[:200], codes)
    if not isinstance(value, dict) and "J009" not in codes:
        assert "J008" in codes, (data[:200], codes)


def invoke(*args: str, input: bytes | None = None) -> CliResult:
    """Run the command line in-process and fail with the traceback if anything escaped."""
    result = invoke_program(*args, input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        trace = "".join(traceback.format_exception(*result.exc_info))  # type: ignore[misc]
        pytest.fail(f"coupon-validator {' '.join(args)} raised:\n{trace}")
    assert "Traceback (most recent call last)" not in result.stderr
    return result


def assert_output_well_formed(output_format: str, out: str, exit_code: int) -> dict | None:
    """Each format parses, and its findings agree with the exit status; JSON is returned."""
    if output_format == "json":
        document = json.loads(out)
        assert document["version"] == 1
        diagnostics = document["diagnostics"]
        summary = document["summary"]
        for severity, key in (("error", "errors"), ("warning", "warnings"), ("info", "infos")):
            assert summary[key] == sum(1 for d in diagnostics if d["severity"] == severity)
        assert exit_code == (1 if summary["errors"] else 0)
        order = [
            (d["file"], d.get("record", 0), d["line"], d["column"], d["code"]) for d in diagnostics
        ]
        assert order == sorted(order)
        return document
    if output_format == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert exit_code == (1 if any(r["level"] == "error" for r in results) else 0)
    elif output_format == "junit":
        ET.fromstring(out)
    elif output_format == "github":
        lines = out.splitlines()
        assert all(line.startswith("::") for line in lines), out[:500]
        assert exit_code == (1 if any(line.startswith("::error") for line in lines) else 0)
    else:
        lines = out.splitlines()
        assert lines, "text output always ends with a summary line"
        assert lines[-1].startswith(("Found ", "All checks passed", "No findings")), lines[-1]
        assert exit_code == (1 if " 0 errors" not in lines[-1] and "Found" in lines[-1] else 0)
    return None


def check_bytes_through_cli(data: bytes, output_format: str = "json") -> dict | None:
    """Standard input through the whole command line; the exit status must be 0 or 1."""
    result = invoke("check", "--now", str(NOW), "--format", output_format, "-", input=data)
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    return assert_output_well_formed(output_format, result.stdout, result.exit_code)


# -- strategies -------------------------------------------------------------------------------


def _schema_names() -> list[str]:
    """Every member name the three schemas know, so fuzzed objects reach the rules."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                names.update(node["properties"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for path in sorted((REPO / "schemas").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return sorted(names)


NAMES = st.sampled_from(_schema_names()) | st.text(max_size=6)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**100) + 1, max_value=10**100 - 1)  # up to the 100-digit limit
    | st.sampled_from([0, 1, 100, 2000, 8500, 1420070400, 1900000000, 1900000000000, 10**20])
    | st.floats(allow_nan=False)  # infinities print as 1e400 would load: messages must cope
    | st.text(max_size=12)
    | st.sampled_from(["NORMAL", "OFF_LINE", "2030-04-01T00:00:00+08:00", "Color010", "\ud800"])
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(NAMES, children, max_size=5),
    max_leaves=25,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path to a member or item of a parsed document (the root excluded)."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*prefix, index)
            yield from _paths(child, (*prefix, index))


def _edited(document: Any, path: tuple[Any, ...], action: str, new: Any) -> Any:
    """A deep copy of ``document`` with the value at ``path`` replaced, removed, or given a
    new sibling member (for objects)."""
    copy = json.loads(json.dumps(document))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "remove":
        del parent[last]
    elif action == "add" and isinstance(parent, dict):
        parent[f"{last}_x"] = new
    else:
        parent[last] = new
    return copy


@st.composite
def edited_payloads(draw: st.DrawFn) -> Any:
    """A valid example with one value replaced by a random JSON value, removed, or a random
    member added: the inputs that reach deepest into schema and rules."""
    document = draw(st.sampled_from(EXAMPLE_VALUES))
    path = draw(st.sampled_from(list(_paths(document))))
    action = draw(st.sampled_from(["replace", "remove", "add"]))
    return _edited(document, path, action, draw(JSON_VALUES))


#: Characters a one-character edit draws from: JSON's structure, the J-code triggers, and the
#: odd ones (NUL, a BOM, a lone surrogate half, a non-BMP character, invalid UTF-8 bytes).
EDIT_CHARS = st.sampled_from(
    [*"{}[],:\"\\/*0123456789-+.eEtrufalsnNI \t\n\r'", "\x00", "\ufeff", "é", "券", "😀"]
).map(lambda c: c.encode("utf-8")) | st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])


@st.composite
def one_character_edits(draw: st.DrawFn) -> bytes:
    """An example file with one character inserted, deleted or replaced."""
    data = draw(st.sampled_from(EXAMPLE_BYTES))
    position = draw(st.integers(0, len(data) - 1))
    action = draw(st.sampled_from(["insert", "delete", "replace"]))
    if action == "delete":
        return data[:position] + data[position + 1 :]
    char = draw(EDIT_CHARS)
    skip = 1 if action == "replace" else 0
    return data[:position] + char + data[position + skip :]


#: Bytes that are mostly JSON-shaped, so the parser gets past the first byte now and then.
JSONISH = st.lists(
    st.sampled_from([b"{", b"}", b"[", b"]", b",", b":", b'"a"', b"1", b"null", b" ", b"//"])
    | st.binary(min_size=1, max_size=3),
    max_size=30,
).map(b"".join)


# -- the library -------------------------------------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=300) | JSONISH)
def test_random_bytes_through_the_library(data: bytes) -> None:
    diagnostics = validate(data, now=NOW)
    assert_well_formed(diagnostics)
    assert_verdict_matches_python(data, diagnostics)


@settings(FUZZ, max_examples=60)
@given(value=JSON_VALUES, api=st.sampled_from(["auto", "shop-coupon-add", "create-coupon-stock"]))
def test_random_json_values_through_the_library(value: Any, api: str) -> None:
    """Any JSON value, as text and as bytes: a non-object is J008, an object never raises."""
    text = json.dumps(value, ensure_ascii=False)
    for payload in (text, json.dumps(value).encode("utf-8")):
        diagnostics = validate(payload, api=api, now=NOW)
        assert_well_formed(diagnostics)
        codes = {d.code for d in diagnostics}
        if not isinstance(value, dict):
            assert codes & {"J008", "J006"}, codes  # J006: a float infinity is dumped as Infinity


@FUZZ
@given(document=edited_payloads())
def test_edited_payloads_get_the_same_findings_as_dict_text_and_bytes(document: Any) -> None:
    """The deepest fuzz: random values inside real payloads reach schema and rules.

    A dict, its compact text and its indented UTF-8 bytes are the same document, so the
    findings (code, pointer, message) must agree; only positions may differ.
    """
    as_dict = validate(document, now=NOW)
    as_text = validate(json.dumps(document, ensure_ascii=False), now=NOW)
    as_bytes = validate(json.dumps(document, indent=4).encode("utf-8"), now=NOW)
    for diagnostics in (as_dict, as_text, as_bytes):
        assert_well_formed(diagnostics)

    def essence(diagnostics: list[Diagnostic]) -> list[tuple[str, str, str]]:
        return sorted((d.code, d.pointer, d.message) for d in diagnostics)

    assert essence(as_dict) == essence(as_text) == essence(as_bytes)


@FUZZ
@given(data=one_character_edits())
def test_one_character_edits_through_the_library(data: bytes) -> None:
    diagnostics = validate(data, now=NOW)
    assert_well_formed(diagnostics)
    assert_verdict_matches_python(data, diagnostics)


@pytest.mark.parametrize("name", ["\n", "a\r\nb", "\u2028", "\x85", "\x1b[31m", "\t"])
def test_member_names_with_line_breaks_give_one_line_messages(name: str) -> None:
    """Found by the fuzzer: ``{"\\n": null}`` printed S007 as "unknown member" + a line break,
    which splits a text, GitHub or JUnit report line in two."""
    payload = json.dumps({"coupon": {"coupon_info": {name: None}}})
    diagnostics = validate(payload, api="shop-coupon-add", now=NOW)
    assert_well_formed(diagnostics)
    (unknown,) = [d for d in diagnostics if d.code == "S007"]
    assert unknown.pointer == f"/coupon/coupon_info/{name}"  # the pointer stays exact
    result = invoke(
        "check", "--api", "shop-coupon-add", "--format", "github", "-", input=payload.encode()
    )
    assert all(line.startswith("::") for line in result.stdout.splitlines())


# -- the command line --------------------------------------------------------------------------


@settings(FUZZ, max_examples=60)
@given(data=one_character_edits(), output_format=st.sampled_from(FORMATS))
def test_one_character_edits_through_the_cli(data: bytes, output_format: str) -> None:
    document = check_bytes_through_cli(data, output_format)
    if document is not None:
        codes = {d["code"] for d in document["diagnostics"]}
        if not strict_json(data)[0]:
            assert codes & SYNTAX_CODES
        for d in document["diagnostics"]:
            assert d["file"] == "-" and d["line"] >= 1


@settings(FUZZ, max_examples=50)
@given(data=st.binary(max_size=200) | JSONISH, output_format=st.sampled_from(FORMATS))
def test_random_bytes_through_the_cli(data: bytes, output_format: str) -> None:
    document = check_bytes_through_cli(data, output_format)
    if document is not None and not strict_json(data)[0]:
        assert {d["code"] for d in document["diagnostics"]} & SYNTAX_CODES


@settings(FUZZ, max_examples=50)
@given(document=edited_payloads(), output_format=st.sampled_from(FORMATS))
def test_edited_payloads_through_the_cli(document: Any, output_format: str) -> None:
    check_bytes_through_cli(json.dumps(document, indent=2).encode("utf-8"), output_format)


@settings(FUZZ, max_examples=30)
@given(
    lines=st.lists(
        one_character_edits().map(lambda data: data.replace(b"\n", b" "))
        | st.sampled_from([b"", b"   ", b"[]", b"{", b"\xff"])
        | edited_payloads().map(lambda value: json.dumps(value).encode("utf-8")),
        max_size=6,
    )
)
def test_random_jsonl_files_through_the_cli(lines: list[bytes]) -> None:
    """JSONL: each line is its own document; every diagnostic names a real, non-blank line."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory, "fuzz.jsonl")
        path.write_bytes(b"\n".join(lines))
        result = invoke("check", "--now", str(NOW), "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.stderr
    document = assert_output_well_formed("json", result.stdout, result.exit_code)
    assert document is not None
    for d in document["diagnostics"]:
        record = d["record"]
        assert 1 <= record <= len(lines) and lines[record - 1].strip(b" \t\r")
    for number, line in enumerate(lines, start=1):
        if line.strip(b" \t\r") and not strict_json(line)[0]:
            codes = {d["code"] for d in document["diagnostics"] if d["record"] == number}
            assert codes & SYNTAX_CODES, (number, line[:100], codes)


# -- a few real processes ----------------------------------------------------------------------


def _nasty_tree(root: Path) -> None:
    """One file of each kind that has broken validators before."""
    root.mkdir()
    files = {
        "deep.json": b"[" * 100_000,
        "nan.json": b'{"coupon": {"type": NaN}}',
        "utf16.json": '{"coupon": {}}'.encode("utf-16"),
        "bom.json": b"\xef\xbb\xbf" + EXAMPLE_BYTES[0],
        "latin1.json": '{"coupon_name": "caf\xe9"}'.encode("latin-1"),
        "surrogate.json": b'{"coupon": {"coupon_info": {"name": "\\ud800"}, "\\udfff": 1}}',
        "huge-number.json": b'{"total_num": 1' + b"0" * 200 + b"}",
        "inf.json": b'{"coupon": {"type": 1e400, "promote_type": -1e400}}',
        "empty.json": b"",
        "array.json": b"[{}]",
        "comment.json": b'{"coupon": 1 // x\n}',
        "mixed.jsonl": b'{"coupon": {}}\n\n{\n[]\n\xff\n' + EXAMPLE_BYTES[1].replace(b"\n", b""),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    for index, data in enumerate(EXAMPLE_BYTES):
        (root / f"edit-{index}.json").write_bytes(data.replace(b":", b"", 1))


def run_process(
    *args: str,
    cwd: Path,
    input: bytes | None = None,
    stdin: Any = subprocess.DEVNULL,
    stdout: Any = subprocess.PIPE,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m validator`` in a fresh interpreter (the package from this checkout)."""
    environment = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "validator", *args],
        cwd=cwd,
        env=environment,
        input=input,
        stdin=None if input is not None else stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize("output_format", FORMATS)
def test_real_process_on_a_tree_of_nasty_files(tmp_path: Path, output_format: str) -> None:
    """The installed entry point, real stdout encoding and all: no traceback, exit 1."""
    _nasty_tree(tmp_path / "nasty")
    result = run_process(
        "check", "--now", str(NOW), "--format", output_format, "nasty", cwd=tmp_path
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr, stderr
    assert result.returncode == 1, stderr
    out = result.stdout.decode("utf-8")  # valid UTF-8 whatever the files held
    document = assert_output_well_formed(output_format, out, result.returncode)
    if document is not None:
        by_file: dict[str, set[str]] = {}
        for d in document["diagnostics"]:
            by_file.setdefault(Path(d["file"]).name, set()).add(d["code"])
        assert document["summary"]["files"] == len(list((tmp_path / "nasty").iterdir()))
        for name, code in [
            ("deep.json", "J009"),
            ("nan.json", "J006"),
            ("utf16.json", "J007"),
            ("bom.json", "J005"),
            ("latin1.json", "J007"),
            ("huge-number.json", "J009"),
            ("empty.json", "J001"),
            ("array.json", "J008"),
            ("comment.json", "J003"),
        ]:
            assert code in by_file[name], (name, by_file.get(name))
        assert {"J001", "J007", "J008"} <= by_file["mixed.jsonl"]


def test_real_process_reads_bad_bytes_from_standard_input(tmp_path: Path) -> None:
    for data in (b"\xff\xfe{", b"{" * 70 + b"}" * 70, b""):
        result = run_process("check", "--format", "json", "-", cwd=tmp_path, input=data)
        assert result.returncode == 1 and b"Traceback" not in result.stderr, result.stderr
        codes = {d["code"] for d in json.loads(result.stdout)["diagnostics"]}
        assert codes & SYNTAX_CODES, (data, codes)
