"""``check --fix`` on JSONL: record by record, in memory that does not grow with the file.

The reference for what the fixed file must hold is ``fix_data``, the in-memory fixer that
``--diff`` still uses and that ``--fix`` used before it streamed: the streamed file must be
byte for byte what it gives, for every shape of line (blank, CRLF, a byte-order mark, broken
JSON, no final line feed, a line over the size limit) and every way the lines fall across the
reads. Then: nothing is written when nothing changes, the file's mode and symlinks are kept,
a failed write leaves the original, and a 200 MB file costs well under 100 MB.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from tests.test_fuzz import FUZZ, invoke
from tests.test_limits import run_plain
from validator.catalogue.bases import BASE_B
from validator.fixes import files, stream
from validator.fixes.files import diagnostics_after, fix_data, fix_target
from validator.inputs.runner import check_read
from validator.json import loader

NOW = 1800000000
MIB = 1024 * 1024
FIXTURES = REPO / "tests" / "fixtures_fix"

CLEAN = json.dumps(BASE_B, ensure_ascii=False)
#: One-line records: clean, fixable in different ways, and not fixable at all.
LINES = [
    CLEAN,
    CLEAN.replace('"total_num": 300', '"total_num": 300.0'),  # S002 whole float
    CLEAN.replace('"type": 102,', '"type": 102, // 满减\n').replace("\n", ""),  # J003
    CLEAN.replace("1900604800}}", "1900604800,},}"),  # J004 trailing commas
    "\ufeff" + CLEAN,  # J005
    CLEAN.replace('"start_time": 1900000000', '"start_time": 1900000000000'),  # U001
    '{"coupon_info": ' + CLEAN + "}",  # B007 wrapper
    "{'type': 102}",  # J001: nothing to fix
    "[1, 2]",
    "",
    "   ",
    "\r",
]


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    """A JSONL text of those records, LF or CRLF, with or without a final line feed."""
    lines = draw(st.lists(st.sampled_from(LINES), max_size=8))
    ends = draw(st.lists(st.sampled_from(["\n", "\r\n"]), min_size=len(lines), max_size=len(lines)))
    text = "".join(line + end for line, end in zip(lines, ends, strict=True))
    if text and draw(st.booleans()):
        text = text.rstrip("\r\n")  # no final line feed
    return text.encode("utf-8")


def _fix_file(path: Path, data: bytes) -> files.FileFix:
    path.write_bytes(data)
    return fix_target(str(path), "auto", NOW, write=True)


@settings(FUZZ, max_examples=120)
@given(data=jsonl_files(), chunk=st.sampled_from([1, 7, 64, 1 << 20]))
def test_the_streamed_file_is_what_the_whole_file_fixer_gives(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, chunk: int
) -> None:
    path = tmp_path_factory.mktemp("fix") / "records.jsonl"
    reference = fix_data(data, True, "auto", NOW, None)
    saved = stream._CHUNK
    stream._CHUNK = chunk  # lines and line feeds fall across reads in every way
    try:
        outcome = _fix_file(path, data)
    finally:
        stream._CHUNK = saved
    assert path.read_bytes() == reference.after
    assert (outcome.changed, outcome.fixes) == (reference.changed, len(reference.applied))
    assert outcome.error is None and outcome.readable
    expected = check_read(str(path), reference.after, "auto", NOW)
    assert diagnostics_after(outcome, "auto", NOW) == expected
    assert sorted(os.listdir(path.parent)) == ["records.jsonl"]  # no temporary file left


@pytest.mark.parametrize("chunk", [5, 1 << 20])
def test_a_line_over_the_limit_is_copied_through_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """With the limit lowered to 400 bytes, the long lines are J009 and stay as they are, in
    front of, between and after fixed records, and at the end without a line feed."""
    monkeypatch.setattr(loader, "MAX_DOCUMENT_BYTES", 400)
    monkeypatch.setattr(stream, "MAX_DOCUMENT_BYTES", 400)
    monkeypatch.setattr(stream, "_CHUNK", chunk)
    fixable = '\ufeff{"type": 102}'  # J005: the byte-order mark goes
    long = '{"type": 102.0, "name": "' + "x" * 500 + '"}'
    for lines in ([long, fixable, long, fixable], [fixable, long, long, fixable, long]):
        data = "\n".join(lines).encode()
        reference = fix_data(data, True, "auto", NOW, None)
        outcome = _fix_file(tmp_path / "long.jsonl", data)
        assert (tmp_path / "long.jsonl").read_bytes() == reference.after
        assert reference.after.count(long.encode()) == lines.count(long)
        assert outcome.fixes == len(reference.applied) == lines.count(fixable)


def test_small_fixture_is_fixed_byte_for_byte(tmp_path: Path) -> None:
    data = (FIXTURES / "records.jsonl").read_bytes()
    outcome = _fix_file(tmp_path / "records.jsonl", data)
    assert (tmp_path / "records.jsonl").read_bytes() == (
        FIXTURES / "records.fixed.jsonl"
    ).read_bytes()
    assert outcome.fixes == 6


def test_nothing_to_fix_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "clean.jsonl"
    path.write_text(CLEAN + "\n" + CLEAN + "\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    outcome = fix_target(str(path), "auto", NOW, write=True)
    assert not outcome.changed and outcome.fixes == 0
    assert path.stat().st_mtime_ns == 1
    assert sorted(os.listdir(tmp_path)) == ["clean.jsonl"]


def test_mode_and_symlink_are_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text(LINES[1] + "\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    result = invoke("check", "--now", str(NOW), "--fix", str(link))
    assert result.exit_code == 0 and result.stdout.splitlines()[-1] == "Applied 1 fix to 1 file."
    assert link.is_symlink() and real.read_text("utf-8") == CLEAN + "\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_original_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "records.jsonl"
    data = (CLEAN + "\n" + LINES[1] + "\n").encode()
    path.write_bytes(data)

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(stream.tempfile, "mkstemp", no_space)
    result = invoke("check", "--now", str(NOW), "--fix", str(path))
    assert path.read_bytes() == data
    assert f"{path}: cannot write the fixed file (No space left on device)" in result.stderr
    assert f"{path}:2:" in result.stdout and "S002" in result.stdout  # the finding remains
    assert result.stdout.splitlines()[-1] == "No fixes applied."
    assert sorted(os.listdir(tmp_path)) == ["records.jsonl"]


def test_an_unreadable_jsonl_is_named_as_check_names_it(tmp_path: Path) -> None:
    directory = tmp_path / "folder.jsonl"
    directory.mkdir()
    outcome = fix_target(str(directory), "auto", NOW, write=True)
    assert (outcome.readable, outcome.error) == (False, f"{directory}: is a directory")


# -- a 200 MB file ------------------------------------------------------------------------------


_PAD = " " * MIB
GOOD = ('{"type": 102,' + _PAD + CLEAN[len('{"type": 102,') :]).encode()
BAD = GOOD.replace(b'"total_num": 300', b'"total_num": 300.0')
OVERSIZED = b'{"name": "' + b"x" * (loader.MAX_DOCUMENT_BYTES + MIB) + b'"}'


def _layout() -> Iterator[bytes]:
    """About 200 MB: 100 clean 1 MiB records, a line over the limit, then clean and fixable
    records by turns (the first fix comes after a 100 MB prefix that must be copied)."""
    yield from [GOOD] * 100
    yield OVERSIZED
    for index in range(90):
        yield BAD if index % 3 == 0 else GOOD


def test_fixing_a_200_mb_jsonl_file_costs_under_100_mb(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    expected = hashlib.sha256()
    with path.open("wb") as out:
        for line in _layout():
            out.write(line + b"\n")
            expected.update((GOOD if line is BAD else line) + b"\n")
    assert path.stat().st_size > 200 * 1000 * 1000
    process, seconds, peak = run_plain("check", "--now", str(NOW), "--fix", str(path))
    output = process.stdout.decode().splitlines()
    assert len(output) == 3 and output[-1] == "Applied 30 fixes to 1 file.", output
    assert output[0].startswith(f"{path}:101:1: J009 ")  # the line over the limit, as it was
    actual = hashlib.sha256()
    with path.open("rb") as fixed:
        while chunk := fixed.read(MIB):
            actual.update(chunk)
    assert actual.hexdigest() == expected.hexdigest()
    assert peak < 100 * 1000 * 1000, peak  # about 40 MB here
    assert seconds < 60, seconds
