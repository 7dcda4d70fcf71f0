"""Which files ``check`` walks: git's ignore files, the excludes, ``include``, ``--force-exclude``.

The reference for git's ignore rules is git itself: where git is installed, the walk over a
scratch repository must pick exactly the JSON files ``git ls-files --others --exclude-standard``
lists (nested ``.gitignore`` files, negations, anchored and directory-only patterns,
``.git/info/exclude`` and the global excludes file).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from validator.inputs.discover import discover
from validator.inputs.filters import DEFAULT_EXCLUDE, file_filter

SHOP = (REPO / "examples" / "shop-coupon-add.json").read_text(encoding="utf-8")
BAD = '{"coupon": 1}\n'  # one S002
NOW = "1800000000"

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _write(path: Path, text: str = BAD) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def private_git_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No global excludes file of the machine's user may change what the walk finds."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)
    return home


def _git(cwd: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout


def _found(root: Path, *paths: str, **settings: object) -> list[str]:
    """The files ``discover`` picks in ``paths`` (default: all of ``root``), relative to
    ``root``, with ``settings`` as if configured in ``root``."""
    choice = file_filter(str(root), **settings)  # type: ignore[arg-type]
    given = [str(root / path) for path in paths] or [str(root)]
    return sorted(os.path.relpath(p, root) for p in discover(given, choice))


def _files(output: str) -> list[str]:
    return sorted({d["file"] for d in json.loads(output)["diagnostics"]})


# -- git's ignore files ----------------------------------------------------------------------


IGNORE_TREE = {
    ".gitignore": "ignored/\n*.local.json\n/top-only.json\nlogs\n!keep.local.json\n",
    "sub/.gitignore": "deep.json\n!*.local.json\n",
    "sub/deeper/.gitignore": "*\n!*.json\n!*/\n",
}
JSON_FILES = [
    "a.json",
    "top-only.json",
    "x/top-only.json",  # /top-only.json is anchored to the root
    "ignored/a.json",
    "x/ignored/b.json",
    "ignored.json",  # ignored/ names a directory only
    "c.local.json",
    "keep.local.json",  # re-included by a negation
    "logs/l.json",
    "sub/deep.json",
    "sub/d.local.json",  # the nested file re-includes what the root file ignores
    "sub/deeper/e.json",
    "sub/deeper/f.jsonl",
    "node_modules/pkg/package.json",
    "info-excluded.json",
    "globally-excluded.json",
]


@needs_git
def test_the_walk_finds_what_git_would_track(tmp_path: Path, private_git_home: Path) -> None:
    _git(tmp_path, "init", "-q")
    for name, text in IGNORE_TREE.items():
        _write(tmp_path / name, text)
    for name in JSON_FILES:
        _write(tmp_path / name)
    _write(tmp_path / ".git" / "info" / "exclude", "# a comment\ninfo-excluded.json\n")
    _write(private_git_home / ".config" / "git" / "ignore", "globally-excluded.json\n")
    git_sees = sorted(
        line
        for line in _git(tmp_path, "ls-files", "--others", "--exclude-standard").splitlines()
        if line.endswith((".json", ".jsonl"))
    )
    assert "sub/d.local.json" in git_sees and "ignored/a.json" not in git_sees
    # node_modules is git's to track but one of the tool's default excludes
    assert _found(tmp_path, exclude=()) == git_sees
    assert _found(tmp_path) == [p for p in git_sees if not p.startswith("node_modules/")]
    everything = _found(tmp_path, exclude=(), respect_gitignore=False)
    assert everything == sorted(JSON_FILES)


@needs_git
def test_core_excludes_file_from_the_user_configuration(
    tmp_path: Path, private_git_home: Path
) -> None:
    _git(tmp_path, "init", "-q")
    _write(tmp_path / "a.json")
    _write(tmp_path / "secret.json")
    _write(private_git_home / "my-excludes", "secret.json\n")
    _write(private_git_home / ".gitconfig", '[core]\n\texcludesFile = "~/my-excludes"\n')
    assert _git(tmp_path, "ls-files", "--others", "--exclude-standard").split() == ["a.json"]
    assert _found(tmp_path) == ["a.json"]


def test_outside_a_repository_no_ignore_file_applies(tmp_path: Path) -> None:
    """As in git (and ruff): a .gitignore means something only inside a repository."""
    _write(tmp_path / ".gitignore", "*.json\n")
    _write(tmp_path / "a.json")
    assert _found(tmp_path) == ["a.json"]


@needs_git
def test_a_directory_named_on_the_command_line_is_walked_even_if_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _git(tmp_path, "init", "-q")
    _write(tmp_path / ".gitignore", "generated/\n*.tmp.json\n")
    _write(tmp_path / "generated" / "a.json")
    _write(tmp_path / "generated" / "b.tmp.json")
    _write(tmp_path / "generated" / ".gitignore", "c.json\n")
    _write(tmp_path / "generated" / "c.json")
    monkeypatch.chdir(tmp_path)
    assert _found(tmp_path) == []
    # named: walked, and only the ignore files inside it apply
    assert _found(tmp_path, "generated") == ["generated/a.json", "generated/b.tmp.json"]
    # a file named explicitly is checked whatever .gitignore says
    assert _found(tmp_path, "generated/c.json") == ["generated/c.json"]


@needs_git
def test_a_walk_below_the_root_applies_the_ignore_files_above_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _git(tmp_path, "init", "-q")
    _write(tmp_path / ".gitignore", "coupons/old/\n/coupons/*.draft.json\n")
    _write(tmp_path / "coupons" / "a.json")
    _write(tmp_path / "coupons" / "b.draft.json")
    _write(tmp_path / "coupons" / "old" / "c.json")
    monkeypatch.chdir(tmp_path / "coupons")
    assert _found(tmp_path / "coupons") == ["a.json"]


@needs_git
def test_a_nested_repository_uses_its_own_ignore_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _git(tmp_path, "init", "-q")
    _write(tmp_path / ".gitignore", "vendored.json\n")
    nested = tmp_path / "nested"
    nested.mkdir()
    _git(nested, "init", "-q")
    _write(nested / ".gitignore", "own.json\n")
    for name in ("vendored.json", "own.json", "nested/vendored.json", "nested/own.json"):
        _write(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    assert _found(tmp_path) == ["nested/vendored.json", "own.json"]


def test_respect_gitignore_false_in_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()  # enough of a repository for the walk
    _write(tmp_path / ".gitignore", "a.json\n")
    _write(tmp_path / "a.json")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("check", "--format", "json", "--now", NOW, ".")
    assert (code, _files(out)) == (0, [])
    _write(tmp_path / "pyproject.toml", "[tool.coupon-validator]\nrespect-gitignore = false\n")
    code, out, _ = run_cli("check", "--format", "json", "--now", NOW, ".")
    assert (code, _files(out)) == (1, ["a.json"])


def test_ignore_files_are_matched_without_pathspec_when_there_is_none(tmp_path: Path) -> None:
    """The library is imported only for an ignore file with a pattern in it."""
    (tmp_path / ".git" / "info").mkdir(parents=True)
    _write(tmp_path / ".git" / "info" / "exclude", "# only comments\n\n")
    _write(tmp_path / "a.json", SHOP)
    script = (
        "import sys\n"
        "from validator.cli.entry import main\n"
        "import atexit\n"
        "atexit.register(lambda: print('pathspec' in sys.modules))\n"
        "main(['check', '--now', '1800000000', '.'])\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.stdout.splitlines()[-1] == "False", result.stdout + result.stderr
    _write(tmp_path / ".gitignore", "b.json\n")
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.stdout.splitlines()[-1] == "True", result.stdout + result.stderr


# -- exclude, extend-exclude, include ---------------------------------------------------------


def test_default_excludes_are_folders_no_team_writes_payloads_in(tmp_path: Path) -> None:
    for folder in DEFAULT_EXCLUDE:
        _write(tmp_path / "pkg" / folder / "x.json")
    _write(tmp_path / "pkg" / "coupons" / "a.json")
    assert _found(tmp_path, "pkg") == ["pkg/coupons/a.json"]
    assert {"node_modules", "venv", ".venv", "__pycache__", "dist", "build"} <= set(DEFAULT_EXCLUDE)


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.json", "node_modules/p.json", "fixtures/broken/b.json", "x.generated.json"):
        _write(tmp_path / name)
    _write(tmp_path / "fixtures" / "ok" / "c.json")
    monkeypatch.chdir(tmp_path)
    assert _found(tmp_path, exclude=("fixtures/broken/",)) == [
        "a.json",
        "fixtures/ok/c.json",
        "node_modules/p.json",
        "x.generated.json",
    ]
    assert _found(tmp_path, extend_exclude=("fixtures/broken/**", "*.generated.json")) == [
        "a.json",
        "fixtures/ok/c.json",
    ]


def test_include_narrows_the_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("coupons/a.json", "coupons/deep/b.jsonl", "other/c.json", "coupons/d.txt"):
        _write(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    assert _found(tmp_path, include=("coupons/**",)) == ["coupons/a.json", "coupons/deep/b.jsonl"]
    assert _found(tmp_path, include=("*.jsonl",)) == ["coupons/deep/b.jsonl"]


def test_configuration_globs_are_relative_to_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.coupon-validator]\nextend-exclude = ["legacy/"]\n')
    _write(tmp_path / "legacy" / "old.json")
    _write(tmp_path / "coupons" / "legacy" / "kept.json")
    _write(tmp_path / "coupons" / "new.json")
    monkeypatch.chdir(tmp_path / "coupons")
    code, out, _ = run_cli("check", "--format", "json", "--now", NOW, "..")
    assert code == 1
    assert _files(out) == ["../coupons/legacy/kept.json", "../coupons/new.json"]


def test_command_line_excludes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.json", "b/b.json", "c/c.json", "node_modules/n.json"):
        _write(tmp_path / name)
    monkeypatch.chdir(tmp_path)

    def files(*args: str) -> list[str]:
        code, out, err = run_cli("check", "--format", "json", "--now", NOW, *args)
        assert code in (0, 1), err
        return _files(out)

    assert files(".") == ["a.json", "b/b.json", "c/c.json"]
    assert files("--extend-exclude", "b", "--extend-exclude=c/*.json", ".") == ["a.json"]
    assert files("--exclude", "a.json,b", ".") == ["c/c.json", "node_modules/n.json"]
    everything = ["a.json", "b/b.json", "c/c.json", "node_modules/n.json"]
    assert files("--exclude=", ".") == everything
    _write(tmp_path / "pyproject.toml", '[tool.coupon-validator]\nexclude = ["a.json"]\n')
    assert files(".") == ["b/b.json", "c/c.json", "node_modules/n.json"]
    assert files("--exclude", "b", ".") == ["a.json", "c/c.json", "node_modules/n.json"]


def test_files_named_explicitly_are_checked_unless_force_exclude(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What pre-commit needs: it names every staged file, excluded or not."""
    _write(tmp_path / "node_modules" / "pkg" / "bad.json")
    _write(tmp_path / "legacy" / "bad.json")
    _write(tmp_path / "bad.json")
    _write(tmp_path / "pyproject.toml", '[tool.coupon-validator]\nextend-exclude = ["legacy/"]\n')
    monkeypatch.chdir(tmp_path)
    named = ("node_modules/pkg/bad.json", "legacy/bad.json", "bad.json")
    code, out, _ = run_cli("check", "--format", "json", *named)
    assert (code, _files(out)) == (1, sorted(named))
    code, out, _ = run_cli("check", "--format", "json", "--force-exclude", *named)
    assert (code, _files(out)) == (1, ["bad.json"])
    code, out, err = run_cli("check", "--force-exclude", "node_modules/pkg/bad.json")
    assert (code, out, err) == (0, "All checks passed (0 files checked).\n", "")
    code, out, _ = run_cli("check", "--force-exclude", "legacy")  # a named folder, excluded
    assert (code, out) == (0, "All checks passed (0 files checked).\n")
    _write(tmp_path / "pyproject.toml", "[tool.coupon-validator]\nforce-exclude = true\n")
    code, out, _ = run_cli("check", "--format", "json", *named)
    assert (code, _files(out)) == (1, ["bad.json", "legacy/bad.json"])


def test_force_exclude_applies_to_the_stdin_filename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ("check", "--force-exclude", "--stdin-filename", "node_modules/x.json", "-")
    assert run_cli(*args, input=BAD.encode()) == (0, "All checks passed (0 files checked).\n", "")


def test_invalid_globs_are_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "a.json")
    code, _, err = run_cli("check", "--exclude", "[z-a]", ".")
    assert (
        code == 2 and err.strip() == "coupon-validator: error: --exclude: invalid file glob '[z-a]'"
    )


def test_an_older_pathspec_without_check_file_decides_alike() -> None:
    """pathspec's check_file() is recent; before it, the last matching pattern decides."""
    import pathspec

    from validator.inputs.gitignore import IgnoreMatcher

    lines = ["*.json", "!keep.json", "build/", "/top.json"]
    spec = pathspec.GitIgnoreSpec.from_lines(lines)

    class Older:
        patterns = spec.patterns

    new, old = IgnoreMatcher(spec), IgnoreMatcher(Older())
    for path in ("a.json", "keep.json", "x/keep.json", "build/", "x/build/", "top.json", "a.txt"):
        assert new.decide(path) == old.decide(path), path
