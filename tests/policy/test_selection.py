"""The selection answers "is this code shown?" for the report and for ``check --fix`` alike.

``check --fix`` repairs only what the report would show: before a fix it asks
``Selection.wants(code, path, pointer)``, the report keeps what ``Selection.apply`` keeps, and
the two must agree on every code, file and pointer (``--select``/``--ignore``, then the
configuration's per-file ignores and suppressions).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from validator.finding import Diagnostic
from validator.policy.config import Config, Suppression
from validator.policy.selection import Selection

COMMENTED = b'{\n  // a note\n  "coupon": {}\n}\n'


@pytest.fixture
def selection(tmp_path: Path) -> Selection:
    settings = Config(
        root=str(tmp_path),
        per_file_ignores=(("legacy/*.json", ("J003", "S00")),),
        suppress=(Suppression("*.json", "/coupon", "S007", "accepted: a partner field"),),
    )
    return Selection((), ("A",), settings)


def _diagnostic(file: str, code: str, pointer: str) -> Diagnostic:
    return Diagnostic(file, 1, 1, 1, 2, pointer, code, "error", None, "")


def test_wants_asks_the_selection_then_the_configuration(
    selection: Selection, tmp_path: Path
) -> None:
    legacy, new = str(tmp_path / "legacy" / "a.json"), str(tmp_path / "new.json")
    assert not selection.wants("A001")  # --ignore A
    assert selection.wants("J003") and selection.wants("J003", new)
    assert not selection.wants("J003", legacy)  # per-file ignore
    assert not selection.wants("S002", legacy, "/coupon")  # per-file ignore by prefix
    assert not selection.wants("S007", new, "/coupon/extra")  # suppressed at or below /coupon
    assert selection.wants("S007", new, "/coupons")
    assert selection.wants("J003", "-")  # standard input has no path for globs to match
    assert Selection(("S",)).wants("S007", legacy, "/coupon")  # no configuration: codes only


def test_wants_and_apply_agree_everywhere(selection: Selection, tmp_path: Path) -> None:
    files = [str(tmp_path / "legacy" / "a.json"), str(tmp_path / "new.json"), "-"]
    codes = ["A001", "J003", "S002", "S007", "U001"]
    pointers = ["", "/coupon", "/coupon/extra", "/coupons"]
    for file in files:
        found = [_diagnostic(file, c, p) for c, p in itertools.product(codes, pointers)]
        kept = selection.apply(found, file)
        assert kept == [d for d in found if selection.wants(d.code, file, d.pointer)]
        assert selection.apply(found) == [d for d in found if selection.wants(d.code)]


def test_fix_leaves_what_per_file_ignores_hide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.coupon-validator.per-file-ignores]\n"legacy/*.json" = ["J003"]\n', encoding="utf-8"
    )
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.json").write_bytes(COMMENTED)
    (tmp_path / "new.json").write_bytes(COMMENTED)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("check", "--fix", "--select", "J", "legacy", "new.json")
    assert (code, out.splitlines()[-1]) == (0, "Applied 1 fix to 1 file.")
    assert (tmp_path / "legacy" / "old.json").read_bytes() == COMMENTED
    assert b"//" not in (tmp_path / "new.json").read_bytes()
    assert os.listdir(tmp_path / "legacy") == ["old.json"]  # no temporary file left behind
