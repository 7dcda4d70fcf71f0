"""Files that are not ordinary files (issue 8, item 4), and the promise never to write.

Each odd path gets one clear line on stderr and the exit status README "Limits" documents:

- a path that does not exist, or ``a.json/`` for a file: exit 2 before anything is checked
  (``no such file or directory`` / ``not a directory``);
- an unreadable file, a broken symlink, a symlink loop: exit 2, after every other file is
  checked and reported (``cannot read (…)`` / ``broken symbolic link (…)``);
- a directory, even one named ``x.json``: walked; a symlinked directory met in a walk (so any
  loop): not followed; a pipe, socket or device met in a walk: left out;
- an empty directory: exit 0, with a warning that no file was found;
- a file name that is not UTF-8: checked like any other, shown as ``caf\\xe9.json``.

Tests run as root here, and root reads a ``chmod 000`` file; the unreadable-file test then
drops to the ``nobody`` user in a forked child, and skips (saying why) only if that fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_fuzz import (
    EXAMPLE_BYTES,
    FORMATS,
    NOW,
    assert_output_well_formed,
    invoke,
    run_process,
)
from validator import validate_file

BAD = b'{"coupon": 1}'  # shop-coupon-add with one S002
NOBODY = 65534


def check(*args: str, output_format: str = "json") -> tuple[int, Any, list[str]]:
    """(exit status, parsed JSON output or text, stderr lines) of ``check``."""
    result = invoke("check", "--now", str(NOW), "--format", output_format, *args)
    out: Any = json.loads(result.stdout) if output_format == "json" else result.stdout
    return result.exit_code, out, result.stderr.splitlines()


def files_of(output: dict[str, Any]) -> list[str]:
    return sorted({d["file"] for d in output["diagnostics"]})


def tree(root: Path) -> Path:
    """``good.json`` (clean), ``bad.json`` (one S002) and ``sub/deeper.json`` (one S002)."""
    (root / "sub").mkdir(parents=True)
    (root / "good.json").write_bytes(EXAMPLE_BYTES[-1])
    (root / "bad.json").write_bytes(BAD)
    (root / "sub" / "deeper.json").write_bytes(BAD)
    return root


# -- unreadable files --------------------------------------------------------------------------


def in_unprivileged_child(action: Callable[[], Any]) -> Any:
    """Run ``action`` in a forked child that has dropped root, and return its result.

    Everything the check imports lazily is imported first by the caller, since the child may
    not read the interpreter's own files (here they live under /root).
    """
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        status = 0
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            payload = json.dumps({"result": action()})
        except BaseException as error:  # report anything, then leave
            payload, status = json.dumps({"error": repr(error)}), 1
        with os.fdopen(writer, "w") as stream:
            stream.write(payload)
        os._exit(status)
    os.close(writer)
    with os.fdopen(reader) as stream:
        payload = stream.read()
    os.waitpid(pid, 0)
    answer = json.loads(payload or '{"error": "the child died"}')
    if "error" in answer:
        pytest.skip(f"could not drop root to test an unreadable file: {answer['error']}")
    return answer["result"]


@pytest.fixture
def world_readable_dir() -> Iterator[Path]:
    """A directory the ``nobody`` user can enter (pytest's tmp_path is private to root)."""
    directory = Path(tempfile.mkdtemp(prefix="coupon-validator-"))
    directory.chmod(0o755)
    try:
        yield directory
    finally:
        shutil.rmtree(directory)


def test_an_unreadable_file_is_exit_2_and_the_others_are_still_checked(
    world_readable_dir: Path,
) -> None:
    root = tree(world_readable_dir / "coupons")
    for path in (root, root / "sub"):
        path.chmod(0o755)
    for path in (root / "good.json", root / "bad.json", root / "sub" / "deeper.json"):
        path.chmod(0o644)
    secret = root / "secret.json"
    secret.write_bytes(BAD)
    secret.chmod(0o000)
    check(str(root))  # import everything the check needs before dropping privileges

    def run() -> tuple[int, Any, list[str]]:
        return check(str(root))

    if os.geteuid() == 0:
        code, output, errors = in_unprivileged_child(run)
    else:
        code, output, errors = run()
    assert code == 2
    assert errors == [f"coupon-validator: error: {secret}: cannot read (Permission denied)"]
    assert files_of(output) == [str(root / "bad.json"), str(root / "sub" / "deeper.json")]
    assert output["summary"]["files"] == 4


def test_an_unreadable_directory_is_exit_2_not_silently_skipped(world_readable_dir: Path) -> None:
    """``os.walk`` ignores a directory it cannot list unless told otherwise: everything below
    it went unchecked without a word, and the run passed."""
    root = tree(world_readable_dir / "coupons")
    locked = root / "locked"
    (locked / "inner").mkdir(parents=True)
    (locked / "inner" / "x.json").write_bytes(BAD)
    for path in (root, root / "sub"):
        path.chmod(0o755)
    for path in (root / "good.json", root / "bad.json", root / "sub" / "deeper.json"):
        path.chmod(0o644)
    locked.chmod(0o000)
    check(str(root))

    def run() -> list[tuple[int, Any, list[str]]]:
        return [check(str(root)), check(str(locked))]

    walked, named = in_unprivileged_child(run) if os.geteuid() == 0 else run()
    message = f"coupon-validator: error: {locked}: cannot read directory (Permission denied)"
    code, output, errors = walked
    assert (code, errors) == (2, [message])
    assert files_of(output) == [str(root / "bad.json"), str(root / "sub" / "deeper.json")]
    code, output, errors = named
    assert (code, errors, output["diagnostics"]) == (2, [message], [])


# -- directories, symlinks, loops --------------------------------------------------------------


def test_a_directory_named_like_a_file_is_walked(tmp_path: Path) -> None:
    folder = tmp_path / "coupons.json"
    tree(folder)
    code, output, errors = check(str(folder))
    assert (code, errors) == (1, [])
    assert files_of(output) == [str(folder / "bad.json"), str(folder / "sub" / "deeper.json")]


def test_a_file_given_as_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(BAD)
    code, out, errors = check(str(tmp_path / "a.json") + "/", output_format="text")
    assert (code, out) == (2, "")
    assert errors == [f"coupon-validator: error: {tmp_path / 'a.json'}/: not a directory"]


def test_validate_file_on_a_directory_raises_oserror_with_one_line(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=r": is a directory$"):
        validate_file(tmp_path)


def test_a_broken_symlink_is_exit_2_with_its_target_named(tmp_path: Path) -> None:
    root = tree(tmp_path / "coupons")
    (root / "gone.json").symlink_to("deleted.json")
    expected = (
        f"coupon-validator: error: {root / 'gone.json'}: "
        "broken symbolic link (its target deleted.json does not exist)"
    )
    for argument in (root, root / "gone.json"):  # met in a walk, or named
        code, _, errors = check(str(argument))
        assert (code, errors) == (2, [expected])
    assert files_of(check(str(root))[1]) == [str(root / "bad.json"), str(root / "sub/deeper.json")]


def test_symlinked_files_are_read(tmp_path: Path) -> None:
    root = tree(tmp_path / "coupons")
    (root / "alias.json").symlink_to("bad.json")
    code, output, _ = check(str(root))
    assert code == 1 and str(root / "alias.json") in files_of(output)


def test_a_directory_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    root = tree(tmp_path / "coupons")
    (root / "sub" / "up").symlink_to("..")  # coupons/sub/up -> coupons
    (root / "sub" / "self").symlink_to(".")
    expected = [str(root / "bad.json"), str(root / "sub" / "deeper.json")]
    code, output, errors = check(str(root))
    assert (code, errors, files_of(output)) == (1, [], expected)
    assert output["summary"]["files"] == 3
    # Named explicitly, the loop is walked once (it is the user's choice), and ends.
    code, output, errors = check(str(root / "sub" / "up"))
    assert (code, errors, output["summary"]["files"]) == (1, [], 3)


def test_a_file_symlink_loop_is_exit_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.json").symlink_to("b.json")
    (tmp_path / "b.json").symlink_to("a.json")
    (tmp_path / "self.json").symlink_to("self.json")
    code, output, errors = check(str(tmp_path))
    assert code == 2 and output["diagnostics"] == []
    assert errors == [
        f"coupon-validator: error: {tmp_path / name}: cannot read (Too many levels of symbolic "
        "links)"
        for name in ("a.json", "b.json", "self.json")
    ]


def test_a_walk_lists_a_directorys_files_before_its_subdirectories(tmp_path: Path) -> None:
    """The order ``check`` reports in: depth first, files of a directory sorted by name, then
    its subdirectories one by one (sorted); hidden directories, other suffixes, symlinked
    directories and pipes left out; symlinked files, broken symlinks and hidden files kept."""
    root = tmp_path / "coupons"
    files = "z.json b.jsonl .hidden.json a/y.json a/b/x.json a/c/w.json b.json/v.json c/u.json"
    for name in (*files.split(), ".git/t.json", "notes.txt", "a/B.JSON"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(BAD)
    (root / "m.json").symlink_to("z.json")
    (root / "gone.json").symlink_to("missing.json")
    (root / "linked.json").symlink_to("a", target_is_directory=True)
    (root / "a" / "up").symlink_to("..", target_is_directory=True)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.json")
    from validator.inputs.discover import discover

    expected = ".hidden.json b.jsonl gone.json m.json z.json a/y.json a/b/x.json a/c/w.json"
    expected += " b.json/v.json c/u.json"
    assert discover([str(root)]) == [str(root / name) for name in expected.split()]


def test_the_current_directory_names_its_files_as_git_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check .`` shows ``coupons/a.json`` (as ruff and git do), however ``.`` is written; a
    folder named with ``./`` keeps it, as given, and overlapping arguments still name a file
    once."""
    from validator.inputs.discover import discover

    monkeypatch.chdir(tmp_path)
    (tmp_path / "coupons").mkdir()
    (tmp_path / "coupons" / "a.json").write_bytes(BAD)
    (tmp_path / "b.json").write_bytes(BAD)
    for given in (".", "./", ".//"):
        assert discover([given]) == ["b.json", "coupons/a.json"]
    assert discover(["./coupons"]) == ["./coupons/a.json"]
    assert discover([".", "coupons/a.json", "./b.json"]) == ["b.json", "coupons/a.json"]
    code, out, _ = check(".", output_format="text")
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == ["b.json", "coupons/a.json"]


def test_a_very_deep_tree_is_walked_without_a_recursion_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deeper than the interpreter's recursion limit (os.walk recurses on Python 3.11)."""
    from validator.inputs.discover import discover

    monkeypatch.chdir(tmp_path)  # relative paths: 1,100 levels stay far below PATH_MAX
    levels = ["r"] + ["d"] * 1100
    for depth in range(1, len(levels) + 1):
        os.mkdir("/".join(levels[:depth]))
    leaf = "/".join(levels) + "/x.json"
    try:
        Path(leaf).write_bytes(BAD)
        assert discover(["r"]) == [leaf]
    finally:  # shutil.rmtree (and so pytest's clean-up) recurses too deep for this tree
        with contextlib.suppress(FileNotFoundError):
            os.unlink(leaf)
        for depth in range(len(levels), 0, -1):
            os.rmdir("/".join(levels[:depth]))


# -- pipes and devices -------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_a_directory_is_left_out_instead_of_blocking(tmp_path: Path) -> None:
    """Opening a FIFO blocks until a writer comes: a walk must not open one. A real process
    with a timeout, so a regression fails instead of hanging the suite."""
    root = tree(tmp_path / "coupons")
    os.mkfifo(root / "pipe.json")
    result = run_process("check", "--format", "json", "coupons", cwd=tmp_path, timeout=30)
    assert result.returncode == 1 and result.stderr == b""
    assert json.loads(result.stdout)["summary"]["files"] == 3


@pytest.mark.parametrize("most", [1, 5, 4096])
def test_a_file_that_reads_short_is_read_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, most: int
) -> None:
    """A small file is read in one call and a second that sees its end; a file system that
    returns less than asked (FUSE, /sys) must not leave the rest unread."""
    from validator.inputs import read

    document = EXAMPLE_BYTES[-1]
    path = tmp_path / "coupon.json"
    path.write_bytes(document)
    real_read = os.read
    calls: list[int] = []

    def short_read(descriptor: int, count: int) -> bytes:
        calls.append(count)
        return real_read(descriptor, min(count, most))

    monkeypatch.setattr(os, "read", short_read)
    assert read.read_document(str(path)) == document
    if most >= len(document):  # the usual case: the whole file, then its end
        assert calls == [read._SMALL_READ, read._SMALL_READ]
    else:
        assert len(calls) > len(document) // most
    monkeypatch.setattr(os, "read", real_read)
    assert validate_file(path, now=NOW) == []


@pytest.mark.parametrize("padding", [0, 1, 20_000, 200_000])
def test_a_file_beyond_the_first_read_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, padding: int
) -> None:
    """A body longer than the first read (a long product list, or blanks) is asked its size
    and read in one more call of the rest."""
    from validator.inputs import read

    document = EXAMPLE_BYTES[-1].rstrip() + b" " * (read._SMALL_READ - len(EXAMPLE_BYTES[-1]))
    document += b" " * padding + b"\n"
    path = tmp_path / "coupon.json"
    path.write_bytes(document)
    real_read = os.read
    calls: list[int] = []

    def counted(descriptor: int, count: int) -> bytes:
        calls.append(count)
        return real_read(descriptor, count)

    monkeypatch.setattr(os, "read", counted)
    assert read.read_document(str(path)) == document
    rest = len(document) - read._SMALL_READ
    assert calls == [read._SMALL_READ, rest] if rest else calls == [read._SMALL_READ]
    monkeypatch.setattr(os, "read", real_read)
    assert validate_file(path, now=NOW) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_explicitly_is_read(tmp_path: Path) -> None:
    """``check <(generate)`` passes a pipe: given by name, it is read like a file."""
    pipe = tmp_path / "generated.json"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(BAD,))
    writer.start()
    try:
        code, output, errors = check(str(pipe))
    finally:
        writer.join(timeout=10)
    assert (code, errors) == (1, [])
    assert [d["code"] for d in output["diagnostics"]] == ["S002"]


# -- names that are not UTF-8 ------------------------------------------------------------------


@pytest.fixture
def latin1_tree(tmp_path: Path) -> tuple[Path, bytes]:
    """``café/café.json`` with both names in Latin-1, the way old Windows tools write them."""
    if sys.platform == "darwin":  # APFS/HFS+ refuse names that are not UTF-8
        pytest.skip("the file system only accepts UTF-8 names")
    folder = os.fsencode(tmp_path) + b"/caf\xe9"
    os.mkdir(folder)
    name = folder + b"/caf\xe9.json"
    with open(name, "wb") as stream:
        stream.write(BAD)
    return tmp_path, name


@pytest.mark.parametrize("output_format", FORMATS)
def test_file_names_that_are_not_utf8_in_every_format(
    latin1_tree: tuple[Path, bytes], output_format: str
) -> None:
    """In-process with a strict UTF-8 stdout (as with PYTHONIOENCODING=utf-8)."""
    root, raw = latin1_tree
    for argument in (str(root), os.fsdecode(raw)):  # walked, or named
        result = invoke("check", "--now", str(NOW), "--format", output_format, argument)
        assert result.exit_code == 1, result.stderr
        document = assert_output_well_formed(output_format, result.stdout, result.exit_code)
        if document is not None:  # the name round-trips to the bytes on disk
            assert [os.fsencode(d["file"]) for d in document["diagnostics"]] == [raw]
        if output_format in ("text", "github"):
            assert "caf\\xe9/caf\\xe9.json" in result.stdout


def test_file_names_that_are_not_utf8_in_a_real_process(latin1_tree: tuple[Path, bytes]) -> None:
    root, raw = latin1_tree
    for encoding in ("utf-8", "utf-8:surrogateescape"):
        for output_format in ("text", "json"):
            result = run_process(
                "check", "--format", output_format, ".", cwd=root,
                env={"PYTHONIOENCODING": encoding},
            )  # fmt: skip
            assert result.returncode == 1 and result.stderr == b"", result.stderr
            out = result.stdout.decode("utf-8")  # UTF-8 whatever the name holds
            if output_format == "json":
                (diagnostic,) = json.loads(out)["diagnostics"]
                assert os.fsencode(diagnostic["file"]) == raw[len(os.fsencode(root)) + 1 :]


def test_a_missing_path_that_is_not_utf8_is_a_one_line_usage_error(tmp_path: Path) -> None:
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/gon\xe9.json")
    result = invoke("check", missing)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"coupon-validator: error: {tmp_path}/gon\\udce9.json: no such file or directory"
    ]


# -- empty directories -------------------------------------------------------------------------


def test_an_empty_directory_passes_with_a_warning(tmp_path: Path) -> None:
    """Nothing to check is not an error (exit 0, like ruff), but it is said on stderr: a
    mistyped folder in a CI script must not look like a clean run."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "only-text").mkdir()
    (tmp_path / "only-text" / "notes.txt").write_text("{", encoding="utf-8")
    (tmp_path / "only-text" / ".hidden").mkdir()
    (tmp_path / "only-text" / ".hidden" / "x.json").write_bytes(BAD)
    for folder in ("empty", "only-text"):
        code, output, errors = check(str(tmp_path / folder))
        assert code == 0 and output["summary"]["files"] == 0
        assert errors == [
            f"coupon-validator: warning: no .json or .jsonl file found in {tmp_path / folder}"
        ]


# -- the report itself -------------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_report_that_cannot_be_written_is_one_line_and_exit_2(
    tmp_path: Path, output_format: str
) -> None:
    """A full disk (``> /dev/full``) raised OSError out of the reporter: a traceback."""
    tree(tmp_path / "coupons")
    with open("/dev/full", "w") as full:
        result = run_process(
            "check", "--format", output_format, "coupons", cwd=tmp_path, stdout=full
        )
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "coupon-validator: error: cannot write the report (No space left on device)"
    ]


# -- never writes ------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple[Any, ...]]:
    """Everything a write could change: names, types, modes, sizes, mtimes, contents, links."""
    state: dict[str, tuple[Any, ...]] = {}
    for directory, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            path = os.path.join(directory, name)
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                detail: Any = os.readlink(path)
            elif stat.S_ISREG(info.st_mode):
                detail = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            else:
                detail = None
            state[path] = (info.st_mode, info.st_size, info.st_mtime_ns, detail)
    state[str(root)] = (os.lstat(root).st_mtime_ns,)
    return state


def test_the_checked_tree_is_never_written(tmp_path: Path) -> None:
    """Every format, JSONL, a BOM, bad bytes, symlinks, a baseline: before == after."""
    root = tree(tmp_path / "coupons")
    (root / "bom.json").write_bytes(b"\xef\xbb\xbf" + EXAMPLE_BYTES[0])
    (root / "broken.json").write_bytes(b"{'a': 1,}")
    (root / "many.jsonl").write_bytes(
        b"\n".join(data.replace(b"\n", b"") for data in EXAMPLE_BYTES)
    )
    (root / "alias.json").symlink_to("bad.json")
    (root / "pyproject.toml").write_text(
        '[tool.coupon-validator]\nignore = ["S007"]\n', encoding="utf-8"
    )
    before = snapshot(tmp_path)
    for output_format in FORMATS:
        check(str(root), output_format=output_format)
    check(str(root / "bad.json"), "-", output_format="json")
    result = run_process("check", "--format", "sarif", "coupons", cwd=tmp_path)
    assert result.returncode == 1
    assert snapshot(tmp_path) == before
