"""JSON that is not a coupon request body is skipped by ``check``, not reported as D001.

A repository holds package.json, tsconfig.json and the tool's own baseline beside its coupon
bodies. ``check`` skips a document with no detection signal that carries none of the supported
APIs' member names among its own members and those of the objects directly inside it (generic
names such as ``name`` and ``version`` do not count), and the baseline file by its marker. A
body that lost its key member, or mixes two APIs, keeps D001. ``--api`` and api-by-path force
the check; the library never skips.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from validator import validate
from validator.apis.detect import GENERIC_NAMES, coupon_member_names, unrelated

NOW = "1800000000"
SHOP = (REPO / "examples" / "shop-coupon-add.json").read_text(encoding="utf-8")

PACKAGE_JSON = {
    "name": "shop-frontend",
    "version": "1.2.0",
    "description": "mini program",
    "scripts": {"test": "jest", "build": "tsc"},
    "dependencies": {"dayjs": "^1.11.0"},
    "repository": {"type": "git", "url": "https://example.invalid/x.git"},
}
TSCONFIG = """{
  /* Visit https://aka.ms/tsconfig to read more about this file */
  "compilerOptions": {
    "target": "es2016",  // the language version
    "module": "commonjs",
    "strict": true,
  },
  "include": ["src"],
}
"""
MINI_PROGRAM_PROJECT = {"appid": "wx0123456789abcdef", "projectname": "shop", "setting": {}}

NOT_COUPONS = {
    "package.json": json.dumps(PACKAGE_JSON),
    "tsconfig.json": TSCONFIG,
    "project.config.json": json.dumps(MINI_PROGRAM_PROJECT),
    "empty.json": "{}",
    "bom.json": "\ufeff" + json.dumps({"name": "x", "name ": 1}),
}
#: No signal, but coupon members: a misspelt or capitalised key member, a member one level down,
#: names spelt another way; and conflicting signals.
STILL_D001 = {
    "misspelt.json": {"coupn": {"type": 1, "coupon_info": {"discount_info": {}}}},
    "key-member-below.json": {"body": {"discount_info": {"discount_num": 8500}}},
    "capitalised.json": {"Coupon": {"type": 1}},
    "conflict.json": {"coupon": {}, "coupon_data": {}},
    "other-spelling.json": {"Discount-Fee": 100, "receiveInfo": {}},
}


def _check(*args: str, input: bytes | None = None) -> tuple[int, dict, str]:
    code, out, err = run_cli("check", "--format", "json", "--now", NOW, *args, input=input)
    return code, json.loads(out), err


def _text(*args: str, input: bytes | None = None) -> tuple[int, str]:
    code, out, _ = run_cli("check", "--now", NOW, *args, input=input)
    return code, out


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name, text in NOT_COUPONS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name, document in STILL_D001.items():
        (tmp_path / name).write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "good.json").write_text(SHOP, encoding="utf-8")
    return tmp_path


def test_non_coupon_files_are_skipped_and_counted(folder: Path) -> None:
    code, output, err = _check(".")
    assert code == 1 and err == ""
    assert sorted((d["file"], d["code"]) for d in output["diagnostics"]) == sorted(
        (name, "D001") for name in STILL_D001
    )
    # the JSON summary keeps its contract: the files checked, no new key
    assert output["summary"] == {"files": 6, "errors": 5, "warnings": 0, "infos": 0}
    code, out = _text(".")
    assert out.splitlines()[-1] == (
        "Found 5 errors, 0 warnings in 5 of 6 files checked; "
        "5 files skipped: not a coupon request body."
    )


def test_only_non_coupon_files_exit_0(folder: Path) -> None:
    code, out = _text(*NOT_COUPONS)
    assert (code, out) == (
        0,
        "All checks passed (0 files checked; 5 files skipped: not a coupon request body).\n",
    )
    code, out = _text("package.json", "good.json")
    assert out == "All checks passed (1 file checked; 1 file skipped: not a coupon request body).\n"


def test_a_coupon_body_with_comments_keeps_its_j003(folder: Path) -> None:
    commented = SHOP.replace('"coupon": {', '"coupon": { // 视频号', 1)
    (folder / "commented.json").write_text(commented, encoding="utf-8")
    code, output, _ = _check("commented.json", "tsconfig.json")
    assert code == 1 and [d["code"] for d in output["diagnostics"]] == ["J003"]


def test_the_baseline_file_is_skipped_even_with_an_api(folder: Path) -> None:
    bad = folder / "coupons" / "bad.json"
    bad.parent.mkdir()
    bad.write_text('{"coupon": 1}', encoding="utf-8")
    baseline = "coupon-validator-baseline.json"
    assert run_cli("check", "--write-baseline", baseline, "coupons")[0] == 0
    assert json.loads((folder / baseline).read_text())["tool"] == "coupon-validator"
    assert _text("--baseline", baseline, baseline, "coupons") == (
        0,
        "All checks passed (1 file checked; 1 file skipped: not a coupon request body).\n",
    )
    code, output, _ = _check("--api", "shop-coupon-add", baseline)
    assert (code, output["diagnostics"]) == (0, [])


def test_an_api_forces_the_check(folder: Path) -> None:
    code, output, _ = _check("--api", "shop-coupon-add", "package.json")
    assert code == 1 and "S001" in {d["code"] for d in output["diagnostics"]}
    (folder / "pyproject.toml").write_text(
        '[tool.coupon-validator.api-by-path]\n"package.json" = "create-coupon-stock"\n',
        encoding="utf-8",
    )
    code, output, _ = _check("package.json", "tsconfig.json")
    assert code == 1 and {d["file"] for d in output["diagnostics"]} == {"package.json"}


def test_stdin_is_skipped_too_unless_an_api_is_given() -> None:
    package = json.dumps(PACKAGE_JSON).encode()
    assert _text("-", input=package) == (
        0,
        "All checks passed (0 files checked; 1 file skipped: not a coupon request body).\n",
    )
    code, _, _ = _check("--api", "shop-coupon-add", "-", input=package)
    assert code == 1


def test_jsonl_records_are_decided_one_by_one(folder: Path) -> None:
    compact = json.dumps(json.loads(SHOP), ensure_ascii=False)
    (folder / "mixed.jsonl").write_text(
        f'{compact}\n{{"name": "x"}}\n{{"coupon": 1}}\n', encoding="utf-8"
    )
    (folder / "data.jsonl").write_text('{"text": "a", "label": 1}\n{"text": "b"}\n')
    code, output, _ = _check("mixed.jsonl", "data.jsonl")
    assert code == 1
    assert [(d["record"], d["code"]) for d in output["diagnostics"]] == [(3, "S002")]
    assert output["summary"]["files"] == 1  # data.jsonl: every record skipped, so the file


def test_fix_leaves_non_coupon_files_alone(folder: Path) -> None:
    before = (folder / "tsconfig.json").read_bytes()
    code, out, err = run_cli("check", "--fix", "tsconfig.json", "package.json")
    assert code == 0, out + err
    assert (folder / "tsconfig.json").read_bytes() == before
    assert out.splitlines()[0] == (
        "All checks passed (0 files checked; 2 files skipped: not a coupon request body)."
    )


def test_the_library_never_skips() -> None:
    assert [d.code for d in validate(json.dumps(PACKAGE_JSON))] == ["D001"]
    assert [d.code for d in validate("{}")] == ["D001"]


def test_the_member_names_come_from_every_shipped_schema() -> None:
    names = coupon_member_names()
    assert {"coupon", "couponinfo", "discountinfo", "coupondata", "stocksendrule"} <= names
    assert not names & {name.replace("_", "") for name in GENERIC_NAMES}
    assert unrelated(PACKAGE_JSON) and unrelated(MINI_PROGRAM_PROJECT) and unrelated({})
    for document in STILL_D001.values():
        assert not unrelated(document)


def test_the_names_are_read_at_first_need_not_at_import() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import validator.apis.detect as detect\n"
        "from validator.cli.entry import main\n"
        "print(bool(detect._NAMES))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
