"""Resource limits (issue 8, item 3): hostile sizes cost bounded time and memory.

The limits themselves (rules.md §6, README "Limits") are 10 MiB per document, nesting depth 64
and 100 digits per number, each reported as J009. ``tests/json/test_loader.py`` checks where the
loader puts each J009; these tests check the costs, end to end: what a 100 MB file, a
100,000-deep nesting or a million-item array costs the library and the command line in time
and memory. Bounds are generous (several times what this machine needs) so that a slow CI
runner passes, while reading a 100 MB file whole or a quadratic step still fails them.

Memory is measured with ``tracemalloc`` in-process where little is allocated, and as the peak
resident size of a child process where tracemalloc's per-allocation cost would dominate.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from tests.test_fuzz import (
    EXAMPLE_VALUES,
    FUZZ,
    NOW,
    assert_well_formed,
    invoke,
)
from validator import validate, validate_file
from validator.engine import MAX_FINDINGS, MAX_MESSAGE
from validator.json.loader import MAX_DOCUMENT_BYTES, MAX_NUMBER_DIGITS
from validator.json.pointer import join
from validator.json.positions import build_positions

MIB = 1024 * 1024
T = TypeVar("T")
SHOP = EXAMPLE_VALUES[[v.get("coupon") is not None for v in EXAMPLE_VALUES].index(True)]


def measured(action: Callable[[], T]) -> tuple[T, float, int]:
    """(result, seconds, peak bytes allocated by Python while it ran)."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = action()
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, seconds, peak


def shop_with(value: Any, *path: str) -> dict[str, Any]:
    """The shop-coupon-add example with ``value`` put at ``path`` (members created as needed)."""
    document = json.loads(json.dumps(SHOP))
    node = document
    for step in path[:-1]:
        node = node.setdefault(step, {})
    node[path[-1]] = value
    return document


def codes(diagnostics: list[Any]) -> list[str]:
    return [d.code if hasattr(d, "code") else d["code"] for d in diagnostics]


def sparse_file(path: Path, size: int, head: bytes, tail: bytes = b"") -> Path:
    """A ``size``-byte file that costs no disk and no time: ``head``, a hole of NULs, ``tail``."""
    with path.open("wb") as stream:
        stream.write(head)
        stream.seek(size - len(tail))
        stream.write(tail)
        stream.truncate(size)  # an empty tail writes nothing: extend the hole to the size
    assert path.stat().st_size == size
    return path


# -- nesting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("[" * 100_000, 65),
        ("[" * 100_000 + "]" * 100_000, 65),
        ('{"coupon": ' + '{"a": ' * 100_000, 11 + 6 * 63 + 1),
        ('{"coupon": {"coupon_info": ' + '[{"a": ' * 50_000, 28 + 7 * 31),
    ],
    ids=["open", "balanced", "objects-in-a-payload", "mixed-in-a-payload"],
)
def test_100000_deep_nesting_is_j009_at_the_65th_bracket(text: str, column: int) -> None:
    diagnostics, seconds, peak = measured(lambda: validate(text.encode(), now=NOW))
    assert [(d.code, d.line, d.column) for d in diagnostics] == [("J009", 1, column)]
    assert seconds < 2 and peak < 16 * MIB, (seconds, peak)


def test_deep_nesting_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(b'{"coupon": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    started = time.perf_counter()
    result = invoke("check", "--format", "json", str(path))
    assert time.perf_counter() - started < 3
    assert result.exit_code == 1
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["J009"]


# -- long strings ------------------------------------------------------------------------------


def test_a_50_mb_string_inside_a_valid_object_is_j009_without_copying_it(tmp_path: Path) -> None:
    """Over the limit: the file is not read (its size says enough), a ``bytes`` or ``str``
    payload is not copied or encoded."""
    head = b'{"coupon": {"coupon_info": {"name": "'
    data = head + b"x" * (50 * MIB) + b'"}}}'
    path = tmp_path / "long.json"
    path.write_bytes(data)
    text = data.decode("ascii")
    for action in (
        lambda: validate(data),
        lambda: validate(text),
        lambda: validate_file(path),
        lambda: invoke("check", "--format", "json", str(path)),
    ):
        result, seconds, peak = measured(action)
        diagnostics = result if isinstance(result, list) else json.loads(result.stdout)
        if not isinstance(diagnostics, list):
            diagnostics = diagnostics["diagnostics"]
        assert codes(diagnostics) == ["J009"]
        assert seconds < 2 and peak < 4 * MIB, (action, seconds, peak)


def test_strings_just_under_the_limit_are_checked_with_short_messages() -> None:
    """Under the limit the document is checked; messages quote at most ``MAX_MESSAGE``
    characters of a 10 MB name or value, not all of it."""
    long = "名" * ((MAX_DOCUMENT_BYTES - 2000) // 3)  # 3 bytes each in UTF-8
    cases = {
        "value": shop_with(long, "coupon", "coupon_info", "name"),
        "enum": shop_with(long, "coupon", "type"),
        "unknown member": shop_with(1, "coupon", "coupon_info", long),
        "near a known name": shop_with(1, "coupon", "coupon_info" + long[:-12]),
    }
    for name, document in cases.items():
        data = json.dumps(document, ensure_ascii=False).encode()
        assert len(data) <= MAX_DOCUMENT_BYTES
        started = time.perf_counter()
        diagnostics = validate(data, now=NOW)
        assert time.perf_counter() - started < 5, name
        assert diagnostics and "J009" not in codes(diagnostics), name
        assert_well_formed(diagnostics)
        assert all(len(d.message) <= MAX_MESSAGE + 1 for d in diagnostics), name


def test_a_long_duplicated_member_name_gives_a_short_j002_message() -> None:
    name = "k" * (4 * MIB)
    member = json.dumps(name)
    text = '{"coupon": {' + member + ": 1, " + member + ": 2}}"
    diagnostics = validate(text, api="shop-coupon-add", now=NOW)
    (duplicate,) = [d for d in diagnostics if d.code == "J002"]
    assert len(duplicate.message) <= MAX_MESSAGE + 1
    assert duplicate.pointer == "/coupon/" + name


# -- long numbers ------------------------------------------------------------------------------

TOTAL = ("coupon", "coupon_info", "receive_info", "total_num")
END = ("coupon", "coupon_info", "receive_info", "end_time")


def _with_literal(path: tuple[str, ...], literal: str) -> str:
    """The example with the number at ``path`` written as ``literal`` (any JSON number text)."""
    marker = "__number__"
    return json.dumps(shop_with(marker, *path)).replace(f'"{marker}"', literal)


@pytest.mark.parametrize(
    ("path", "literal", "expected"),
    [
        (TOTAL, "1" + "0" * (MAX_NUMBER_DIGITS - 1), []),  # 100 digits: loads, no maximum
        (TOTAL, "1" + "0" * MAX_NUMBER_DIGITS, ["J009"]),  # 101 digits
        (TOTAL, "-" + "9" * MAX_NUMBER_DIGITS, ["A010", "S009"]),  # rules compare it
        (TOTAL, "1." + "0" * (MAX_NUMBER_DIGITS - 1), ["S002"]),  # 100 digits, a float
        (TOTAL, "1." + "0" * MAX_NUMBER_DIGITS, ["J009"]),
        (TOTAL, "1e400", ["S002"]),  # overflows to inf: not a J-code (rules.md §6)
        (TOTAL, "-1e400", ["S002"]),
        (TOTAL, "1" * 5000, ["J009"]),  # past Python's int-from-str limit of 4300 digits
        (END, "9" * MAX_NUMBER_DIGITS, ["U001"]),
        (END, "1e400", ["S002"]),
    ],
    ids=lambda value: (
        (value if len(value) < 12 else f"{len(value)}-chars") if isinstance(value, str) else None
    ),
)
def test_long_numbers(path: tuple[str, ...], literal: str, expected: list[str]) -> None:
    diagnostics = validate(_with_literal(path, literal), now=NOW)
    assert_well_formed(diagnostics)
    assert codes(diagnostics) == expected
    assert all(len(d.message) < 400 for d in diagnostics)  # a 100-digit value prints whole


# -- a 100 MB file -----------------------------------------------------------------------------


def test_a_small_file_costs_little_memory_to_read() -> None:
    """Reading is capped at the limit, but a small file must not pay for the cap: a plain
    ``read(10 MiB + 1)`` allocates all of it up front, for every file and the configuration."""
    from validator.inputs.runner import check_one
    from validator.policy import config

    example = str(REPO / "examples" / "shop-coupon-add.json")
    check_one(example, "auto", NOW)  # imports and compiled schemas out of the measurement
    for action in (lambda: check_one(example, "auto", NOW), lambda: config.load(None)):
        _, _, peak = measured(action)
        assert peak < 1 * MIB, peak


def test_a_100_mb_file_is_j009_without_reading_it(tmp_path: Path) -> None:
    path = sparse_file(tmp_path / "big.json", 100 * 1000 * 1000, b'{"coupon": "', b'"}')
    result, seconds, peak = measured(lambda: invoke("check", "--format", "json", str(path)))
    assert result.exit_code == 1
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert (diagnostic["code"], diagnostic["line"], diagnostic["column"]) == ("J009", 1, 1)
    assert "10 MiB" in diagnostic["message"]
    assert seconds < 2 and peak < 8 * MIB, (seconds, peak)


def test_a_100_mb_jsonl_line_is_one_j009_record_and_the_next_is_checked(tmp_path: Path) -> None:
    """JSONL is streamed: the oversized line costs one document's worth of memory at most."""
    record = json.dumps(SHOP).encode()
    path = sparse_file(
        tmp_path / "big.jsonl", 100 * 1000 * 1000, record + b'\n{"x": "', b'"}\n' + record + b"\n"
    )
    result, seconds, peak = measured(
        lambda: invoke("check", "--now", str(NOW), "--format", "json", str(path))
    )
    assert result.exit_code == 1
    found = [(d["record"], d["code"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert found == [(2, "J009")]
    assert seconds < 10 and peak < 2.5 * MAX_DOCUMENT_BYTES, (seconds, peak)


# The peak resident size of a child: VmHWM where /proc has it, because Linux carries
# ru_maxrss across exec, so a child forked from a large test process would report the size of
# that process instead of its own.
_PEAK = """
def _peak():
    import resource
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
"""

# Every module is imported before tracing starts: in a fresh clone there is no bytecode
# cache yet, and compiling the modules a run imports lazily would count against its peak.
_MEASURED_CHILD = (
    _PEAK
    + """
import importlib, pkgutil, sys, time, tracemalloc
import validator
for module in pkgutil.walk_packages(validator.__path__, "validator."):
    if module.name != "validator.strategies":
        importlib.import_module(module.name)
if sys.argv[1] == "tracemalloc":
    tracemalloc.start()
from validator.cli.entry import main
started = time.perf_counter()
try:
    main(sys.argv[2:])
finally:
    peak = tracemalloc.get_traced_memory()[1] if tracemalloc.is_tracing() else 0
    sys.stderr.write(f"\\nMEASURED {time.perf_counter() - started} {peak} {_peak()}\\n")
"""
)

# The command line as users run it: only what the run itself imports counts.
_PLAIN_CHILD = (
    _PEAK
    + """
import sys, time
from validator.cli.entry import main
started = time.perf_counter()
try:
    main(sys.argv[1:])
finally:
    sys.stderr.write(f"\\nMEASURED {time.perf_counter() - started} {_peak()}\\n")
"""
)


def run_plain(
    *args: str, timeout: float = 120
) -> tuple[subprocess.CompletedProcess[bytes], float, int]:
    """The command line in a child process: (process, seconds, peak resident bytes)."""
    process = subprocess.run(
        [sys.executable, "-c", _PLAIN_CHILD, *args],
        capture_output=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    stderr = process.stderr.decode(errors="replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    seconds, peak = stderr.rsplit("MEASURED ", 1)[1].split()
    return process, float(seconds), int(peak)


def run_measured(
    *args: str, how: str = "tracemalloc", stdin: Any = subprocess.DEVNULL, timeout: float = 60
) -> tuple[subprocess.CompletedProcess[bytes], float, int, int]:
    """The command line in a child process: (process, seconds, traced peak, peak RSS).

    The child's address space is capped at 2 GiB, so a regression that reads an endless
    input whole fails with MemoryError instead of taking the machine down.
    """

    def cap_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2048 * MIB, 2048 * MIB))

    process = subprocess.run(
        [sys.executable, "-c", _MEASURED_CHILD, how, *args],
        stdin=stdin,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=cap_memory,
        check=False,
    )
    assert b"Traceback" not in process.stderr, process.stderr.decode(errors="replace")[-3000:]
    line = process.stderr.decode(errors="replace").rsplit("MEASURED ", 1)[-1].split()
    return process, float(line[0]), int(line[1]), int(line[2])


def test_100_mb_on_standard_input_costs_one_document_of_memory(tmp_path: Path) -> None:
    path = sparse_file(tmp_path / "big.json", 100 * 1000 * 1000, b'{"coupon": "', b'"}')
    with path.open("rb") as stdin:
        process, seconds, peak, _ = run_measured("check", "--format", "json", "-", stdin=stdin)
    assert process.returncode == 1
    assert codes(json.loads(process.stdout)["diagnostics"]) == ["J009"]
    assert seconds < 5 and peak < 2.5 * MAX_DOCUMENT_BYTES, (seconds, peak)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_file_is_j009_in_bounded_memory() -> None:
    """``check /dev/zero``: an explicitly named file is read, but only up to the limit (in
    chunks, then joined: twice the limit at the peak)."""
    process, seconds, peak, _ = run_measured("check", "--format", "json", "/dev/zero")
    assert process.returncode == 1
    assert codes(json.loads(process.stdout)["diagnostics"]) == ["J009"]
    assert seconds < 5 and peak < 2.5 * MAX_DOCUMENT_BYTES, (seconds, peak)


@pytest.mark.parametrize("option", ["--fix", "--diff"])
def test_fixing_a_100_mb_file_reads_10_mib_and_writes_nothing(tmp_path: Path, option: str) -> None:
    """--fix/--diff read files whole too; a J009 file has nothing to fix, and a fixer must
    never rewrite a file from the prefix that was read (the BOM invites the J005 fix)."""
    path = sparse_file(tmp_path / "big.json", 100 * 1000 * 1000, b'\xef\xbb\xbf{"coupon": "', b'"}')
    before = path.stat()
    result, seconds, peak = measured(lambda: invoke("check", option, str(path)))
    assert result.exit_code == 1 and "J009" in result.stdout + result.stderr
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert seconds < 3 and peak < 4 * MAX_DOCUMENT_BYTES, (seconds, peak)


@pytest.mark.parametrize(
    ("option", "limit", "what"),
    [("--config", 10 * MIB, "configuration"), ("--baseline", 64 * MIB, "baseline")],
)
def test_a_100_mb_config_or_baseline_is_a_usage_error_in_bounded_memory(
    tmp_path: Path, option: str, limit: int, what: str
) -> None:
    """Both were read whole: ``--config /dev/zero`` ended in MemoryError and a traceback."""
    path = sparse_file(tmp_path / "huge", 100 * 1000 * 1000, b"[tool]\n")
    examples = str(REPO / "examples")
    result, seconds, peak = measured(lambda: invoke("check", option, str(path), examples))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"coupon-validator: error: {path}: too large for a {what} file (over {limit // MIB} MiB)"
    ]
    assert seconds < 2 and peak < limit + 4 * MIB, (seconds, peak)


# -- a million items ---------------------------------------------------------------------------

IDS = ("coupon", "coupon_info", "discount_info", "discount_condition", "out_product_ids")


def test_a_million_item_array_in_a_valid_payload(tmp_path: Path) -> None:
    """10^6 product ids (just under 10 MiB): S005 (at most 128) in a few seconds.

    The finding's position is looked up without mapping the million items (the position map
    skips containers that hold no finding), so the time is parsing plus one schema pass.
    """
    document = shop_with([str(i) for i in range(10**6)], *IDS)
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    assert len(data) <= MAX_DOCUMENT_BYTES
    path = tmp_path / "million.json"
    path.write_bytes(data)
    process, seconds, _, rss = run_measured(
        "check", "--now", str(NOW), "--format", "json", str(path), how="rss"
    )
    found = json.loads(process.stdout)["diagnostics"]
    assert "S005" in codes(found) and process.returncode == 1
    assert {d["pointer"] for d in found} == {join("", *IDS)}
    assert seconds < 15, seconds  # about 2 s here
    assert rss < 1024 * MIB, rss  # about 320 MB here: the parsed list and its strings


def _lines_executed(function: Callable[[], Any]) -> tuple[Any, int]:
    """``function()`` and how many Python lines it executed: a count that, unlike a timing,
    does not depend on the machine or its load."""
    executed = 0

    def trace(frame: Any, event: str, arg: Any) -> Any:
        nonlocal executed
        if event == "line":
            executed += 1
        return trace

    sys.settrace(trace)
    try:
        result = function()
    finally:
        sys.settrace(None)
    return result, executed


def test_many_findings_cost_work_in_proportion() -> None:
    """Every later repeat in ``out_product_ids`` is an S008, so the findings grow with the
    input; the work per finding must stay flat (no quadratic step). The first 1,000 are shown
    and J010 counts the rest, so shown plus counted is every repeat."""
    work = {}
    for count in (2_000, 8_000):
        text = json.dumps(shop_with(["same"] * count, *IDS))
        diagnostics, work[count] = _lines_executed(lambda text=text: validate(text, now=NOW))
        assert len(diagnostics) == MAX_FINDINGS + 1
        assert diagnostics[0].code == "J010"
        hidden = int(diagnostics[0].message.split()[0])
        assert codes(diagnostics).count("S008") + hidden == count - 1
    assert work[8_000] < 4 * work[2_000] * 1.25, work  # linear, with room for fixed costs


# -- the partial position map ------------------------------------------------------------------


def _pointers(value: Any, pointer: str = "") -> Iterator[str]:
    yield pointer
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _pointers(child, join(pointer, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _pointers(child, join(pointer, index))


_KEYS = st.sampled_from(["a", "b", "~", "/", 'q"', "\\", "é", ""])
_DOCUMENTS = st.recursive(
    st.none() | st.integers() | st.text(alphabet='ab"\\/[]{}', max_size=4),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=4),
    max_leaves=30,
)


@settings(FUZZ, max_examples=100)
@given(document=_DOCUMENTS, indent=st.sampled_from([None, 1]), data=st.data())
def test_partial_position_map_answers_like_the_full_one(
    document: Any, indent: int | None, data: st.DataObject
) -> None:
    """The engine maps only the containers that hold a finding; for every wanted pointer
    (present, or a missing member located at its parent) the answer must be the full map's."""
    text = json.dumps({"root": document}, indent=indent)
    present = list(_pointers(json.loads(text)))
    wanted = data.draw(st.lists(st.sampled_from(present), max_size=4))
    wanted += [join(pointer, "missing") for pointer in wanted[:2]]
    full = build_positions(text)
    partial = build_positions(text, wanted=wanted)
    for pointer in wanted:
        assert partial.locate(pointer) == full.locate(pointer), pointer
        assert partial.locate(pointer, "key") == full.locate(pointer, "key"), pointer


def test_partial_position_map_with_duplicates_and_odd_text() -> None:
    """The last duplicate wins in both maps, and text json cannot parse is scanned in full."""
    text = '{"a": {"x": [1, 2]}, "b": [[0], {"y": "\\"]"}], "a": {"z": 3}}'
    full = build_positions(text)
    for pointer in ("/a/z", "/a/x", "/b/1/y", "/b/0/0", "/b"):
        assert build_positions(text, wanted=[pointer]).locate(pointer) == full.locate(pointer)
    odd = '{"a": [1, 2, {"b": }], "c": 1'
    assert build_positions(odd, wanted=["/c"]).locate("/c") == build_positions(odd).locate("/c")
