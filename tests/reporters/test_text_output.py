"""``--format text``: the line layout, the pointer in brackets, colours, the ``(fixable)`` marker
and the summary that counts it.

The marker must say exactly what ``check --fix`` does, finding by finding, so besides the cases
that decide it (money stays a float, an implausible timestamp stays milliseconds, a comment that
swallows data stays) it is compared with the fix engine run for real over every fixture, every
fix fixture and every example: the marked findings are those the applied fixes answer, and a
file has a marked finding exactly when ``--fix`` changes it.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO, WORKED_NOW, run_cli
from validator.finding import Diagnostic
from validator.fixes import AppliedFix, fix_bytes
from validator.inputs.runner import check_one
from validator.reporters import RunResult
from validator.reporters.fixable import fixable
from validator.reporters.text import line, render, shown_pointer, summary

NOW = str(WORKED_NOW)
#: ``path:line:col: CODE severity [pointer] message``, then `` (fixable)`` where --fix applies.
LINE = re.compile(
    r"(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<code>[A-Z]\d{3}) "
    r"(?P<severity>error|warning|info) \[(?P<pointer>[^\]]*)\] (?P<message>.*?)"
    r"(?P<fixable> \(fixable\))?"
)
SHOP = json.loads((REPO / "examples" / "shop-coupon-add.json").read_text("utf-8"))
WRAPPED = REPO / "examples" / "mistakes" / "coupon-info-wrapper.json"


def _diagnostic(**changes: object) -> Diagnostic:
    fields: dict[str, object] = {
        "file": "coupons/spring.json",
        "line": 14,
        "column": 9,
        "end_line": 14,
        "end_column": 13,
        "pointer": "/coupon/coupon_info/discount_info/discount_num",
        "code": "S004",
        "severity": "error",
        "api": "shop-coupon-add",
        "message": "discount_num 85 is below 2000",
    }
    fields.update(changes)
    return Diagnostic(**fields)  # type: ignore[arg-type]


def _shop(**receive_info: object) -> str:
    body = json.loads(json.dumps(SHOP))
    body["coupon"]["coupon_info"]["receive_info"].update(receive_info)
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _marked(out: str) -> dict[tuple[str, str], bool]:
    """(code, pointer) → marked, for every finding line of a text report."""
    found = {}
    for text in out.splitlines()[:-1]:
        match = LINE.fullmatch(text)
        assert match, text
        found[(match["code"], match["pointer"])] = bool(match["fixable"])
    return found


# -- the line -----------------------------------------------------------------------------------


def test_a_line_carries_location_code_severity_pointer_and_message() -> None:
    assert line(_diagnostic()) == (
        "coupons/spring.json:14:9: S004 error [/coupon/coupon_info/discount_info/discount_num] "
        "discount_num 85 is below 2000"
    )
    warning = line(_diagnostic(code="S007", severity="warning", pointer="/coupon/x"), True)
    assert warning.startswith("coupons/spring.json:14:9: S007 warning [/coupon/x] ")
    assert warning.endswith(" (fixable)")


def test_the_marker_in_chinese_and_in_colour() -> None:
    """The marker follows the report's language; the Chinese one is full-width, with no space
    before it. Colour wraps the marker, not the space."""
    d = _diagnostic(message="discount_num 85 低于 2000")
    assert line(d, True, lang="zh").endswith("低于 2000（可自动修复）")
    assert line(d, False, lang="zh").endswith("低于 2000")
    assert line(d, True, colour=True).endswith(" \033[36m(fixable)\033[0m")
    assert line(d, True, colour=True, lang="zh").endswith("2000\033[36m（可自动修复）\033[0m")


def test_the_root_is_the_empty_pointer_and_differs_from_the_empty_name() -> None:
    assert " J001 error [] " in line(_diagnostic(code="J001", pointer=""))
    assert " S007 error [/] " in line(_diagnostic(code="S007", pointer="/"))


@pytest.mark.parametrize(
    "name", ["\n", "a\r\nb", "\u2028", "\u2029", "\x85", "\x1b[31m", "\t", "back\\slash", "\ud800"]
)
def test_a_pointer_stays_on_one_line_and_reads_back_exactly(name: str) -> None:
    pointer = f"/coupon/coupon_info/{name}"
    shown = line(_diagnostic(pointer=pointer))
    assert len(shown.splitlines()) == 1
    shown.encode("utf-8")  # no lone surrogate is left to crash the output stream
    inside = LINE.fullmatch(shown)["pointer"]  # type: ignore[index]
    assert json.loads('"' + inside.replace('"', '\\"') + '"') == pointer


def test_ordinary_pointers_are_shown_as_they_are() -> None:
    pointer = '/coupon/coupon_info/名称/a~1b/0/"q"/it\'s'
    assert shown_pointer(pointer) == pointer


class _Stream(list[str]):
    """A text stream that remembers what was written and says whether it is a terminal."""

    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def write(self, text: str) -> int:
        self.append(text)
        return len(text)

    def isatty(self) -> bool:
        return self.terminal


def _rendered(terminal: bool) -> str:
    stream = _Stream(terminal)
    render(RunResult(files=["a.json"], diagnostics=[_diagnostic(file="a.json")]), stream)  # type: ignore[arg-type]
    return "".join(stream)


def test_colour_only_on_a_terminal_and_as_the_environment_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert "\033[31merror\033[0m" in _rendered(terminal=True)
    assert "\033" not in _rendered(terminal=False)
    assert " S004 error [" in _rendered(terminal=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\033[" in _rendered(terminal=False)
    monkeypatch.setenv("NO_COLOR", "1")  # NO_COLOR wins
    assert "\033" not in _rendered(terminal=True)


# -- the summary --------------------------------------------------------------------------------


def test_summary_counts_and_fixable_note() -> None:
    result = RunResult(files=["a.json", "b.json"], diagnostics=[_diagnostic(file="a.json")])
    assert summary(result) == "Found 1 error, 0 warnings in 1 of 2 files checked."
    assert summary(result, 1) == (
        "Found 1 error, 0 warnings in 1 of 2 files checked; 1 fixable with --fix."
    )
    result.io_errors.append("c.json: cannot read (Permission denied)")
    assert summary(result, 2).endswith("checked; 1 could not be read; 2 fixable with --fix.")
    assert summary(RunResult(files=["a.json"])) == "All checks passed (1 file checked)."


def test_summary_in_chinese() -> None:
    """Every variant of the line, in the run's language (the counts have one form)."""
    two = ["a.json", "b.json"]
    result = RunResult(files=two, diagnostics=[_diagnostic(file="a.json")], lang="zh")
    assert summary(result) == "检查了 2 个文件，其中 1 个有问题：1 个错误，0 个警告。"
    result.io_errors.append("c.json: 无法读取（Permission denied）")
    result.skipped.append("package.json")
    assert summary(result, 2) == (
        "检查了 2 个文件，其中 1 个有问题：1 个错误，0 个警告；1 个无法读取；"
        "另有 1 个文件不是优惠券创建请求体，已跳过；2 个可用 --fix 自动修复。"
    )
    result.diagnostics.append(_diagnostic(file="b.json", severity="info"))
    assert "：1 个错误，0 个警告，1 条提示；" in summary(result)
    assert summary(RunResult(files=["a.json"], lang="zh")) == "全部检查通过（检查了 1 个文件）。"
    assert summary(RunResult(files=two, io_errors=["x"], lang="zh")) == (
        "没有发现问题，但 2 个文件中有 1 个无法读取。"
    )


# -- the (fixable) marker: the cases that decide it ---------------------------------------------


def test_money_stays_unmarked_while_a_whole_float_count_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "floats.json"
    path.write_text(_shop(limit_num_one_person=2.0, total_num=500.5), encoding="utf-8")
    body = json.loads(path.read_text("utf-8"))
    body["coupon"]["coupon_info"]["discount_info"]["discount_fee"] = 3000.0
    path.write_text(json.dumps(body, indent=2), encoding="utf-8")
    code, out, _ = run_cli("check", "--now", NOW, str(path))
    assert code == 1
    info = "/coupon/coupon_info"
    assert _marked(out) == {
        ("S002", f"{info}/discount_info/discount_fee"): False,  # 3000.0 fen or yuan? a guess
        ("S002", f"{info}/receive_info/limit_num_one_person"): True,
        ("S002", f"{info}/receive_info/total_num"): False,  # a fraction: no integer is meant
    }
    assert out.splitlines()[-1].endswith("checked; 1 fixable with --fix.")


def test_only_plausible_milliseconds_are_marked(tmp_path: Path) -> None:
    path = tmp_path / "ms.json"
    path.write_text(_shop(start_time=1900000000000, end_time=190008640000000), encoding="utf-8")
    _, out, _ = run_cli("check", "--now", NOW, str(path))
    marked = _marked(out)
    assert marked[("U001", "/coupon/coupon_info/receive_info/start_time")] is True
    assert marked[("U001", "/coupon/coupon_info/receive_info/end_time")] is False  # microseconds


def test_comments_are_marked_only_when_removing_them_leaves_json(tmp_path: Path) -> None:
    fixable_comment = tmp_path / "a.json"
    fixable_comment.write_text(_shop().replace('"total_num": 500', '"total_num": 500 // 库存'))
    swallowing = tmp_path / "b.json"
    swallowing.write_text('{"coupon": {"type": 1 // note, "promote_type": 4}}\n')
    _, out, _ = run_cli("check", "--now", NOW, str(fixable_comment), str(swallowing))
    lines = out.splitlines()
    assert lines[0].startswith(f"{fixable_comment}:") and lines[0].endswith(" (fixable)")
    assert lines[1].startswith(f"{swallowing}:") and " J003 error [] " in lines[1]
    assert not lines[1].endswith("(fixable)")


def test_the_wrapper_and_case_renames_are_marked_only_when_unambiguous(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked.json"
    body = json.loads(WRAPPED.read_text("utf-8"))
    body["name"] = body["coupon_info"]["name"]  # in both places: which one is meant?
    blocked.write_text(json.dumps(body, indent=2, ensure_ascii=False))
    renamed = tmp_path / "renamed.json"
    renamed.write_text(
        _shop()
        .replace('"total_num"', '"Total_Num"')
        .replace('"end_time": 1900086400', '"ned_time": 1900086400')
    )
    _, out, _ = run_cli("check", "--now", NOW, str(WRAPPED), str(blocked), str(renamed))
    marks = [
        (m["path"], m["code"], m["pointer"], bool(m["fixable"]))
        for m in map(LINE.fullmatch, out.splitlines()[:-1])
        if m
    ]
    assert (str(WRAPPED), "B007", "/coupon_info", True) in marks
    assert (str(blocked), "B007", "/coupon_info", False) in marks
    info = "/coupon/coupon_info/receive_info"
    assert (str(renamed), "S007", f"{info}/Total_Num", True) in marks
    assert (str(renamed), "S007", f"{info}/ned_time", False) in marks  # a misspelling: a guess


def test_what_the_report_hides_is_not_fixed_and_not_counted(tmp_path: Path) -> None:
    path = tmp_path / "ms.json"
    path.write_text(_shop(start_time=1900000000000, limit_num_one_person=2.0))
    _, out, _ = run_cli("check", "--now", NOW, "--ignore", "U001", str(path))
    assert _marked(out) == {("S002", "/coupon/coupon_info/receive_info/limit_num_one_person"): True}
    assert out.splitlines()[-1].endswith("; 1 fixable with --fix.")


def test_jsonl_records_are_marked_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    clean = json.dumps(SHOP, ensure_ascii=False)
    money = json.loads(clean)
    money["coupon"]["coupon_info"]["discount_info"]["discount_fee"] = 3000.0
    millis = json.loads(_shop(start_time=1900000000000))
    records = [clean, "", json.dumps(millis), json.dumps(money), clean + " // x"]
    path.write_text("\n".join(records) + "\n")
    _, out, _ = run_cli("check", "--now", NOW, str(path))
    lines = out.splitlines()[:-1]
    assert [(t.split(":")[1], t.split()[1], t.endswith("(fixable)")) for t in lines] == [
        ("3", "U001", True),
        ("4", "S002", False),
        ("5", "J003", True),
    ]
    assert out.splitlines()[-1].endswith("; 2 fixable with --fix.")


def test_standard_input_and_fixed_files_carry_no_marker(tmp_path: Path) -> None:
    text = _shop(start_time=1900000000000)
    code, out, _ = run_cli("check", "--now", NOW, "-", input=text.encode())
    assert code == 1 and "(fixable)" not in out and "fixable with" not in out
    path = tmp_path / "ms.json"
    path.write_text(text.replace('"total_num": 500', '"total_num": 500.5'))
    code, out, _ = run_cli("check", "--now", NOW, "--fix", str(path))
    assert code == 1 and "(fixable)" not in out  # what --fix left is what it cannot fix
    assert out.splitlines()[-2:] == [
        "Found 1 error, 0 warnings in 1 of 1 file checked.",
        "Applied 1 fix to 1 file.",
    ]


def test_standard_input_named_after_a_file_on_disk_carries_no_marker(tmp_path: Path) -> None:
    """``--stdin-filename`` names a file that exists with other content: the marker must not
    come from reading that file instead of what was checked."""
    on_disk = tmp_path / "ms.json"
    on_disk.write_text(_shop(start_time=1900000000000))
    piped = _shop(start_time=1900000000000, limit_num_one_person=2.0)
    _, out, _ = run_cli(
        "check", "--now", NOW, "--stdin-filename", str(on_disk), "-", input=piped.encode()
    )
    assert " U001 " in out and " S002 " in out
    assert "(fixable)" not in out and "fixable with" not in out


def test_workers_mark_what_the_report_would_mark_itself(tmp_path: Path) -> None:
    """Above the pool's threshold the workers mark their own files as they check them; the
    marks, and so the lines, are the same as one process gives, and as the reporter finds when
    it is handed the diagnostics alone."""
    bodies = [
        _shop(start_time=1900000000000),  # plausible milliseconds: fixable
        _shop(end_time=190008640000000),  # microseconds: not fixable
        _shop(limit_num_one_person=2.0, total_num=500.5),  # one fixable, one not
        _shop(),
    ]
    for number in range(300):
        (tmp_path / f"c{number:03}.json").write_text(bodies[number % len(bodies)])
    outputs = {
        jobs: run_cli("check", "--now", NOW, "--jobs", jobs, str(tmp_path))[1] for jobs in "12"
    }
    assert outputs["1"] == outputs["2"]
    assert outputs["2"].count("(fixable)") == 75 * 2
    _, report, _ = run_cli("check", "--now", NOW, "--format", "json", str(tmp_path))
    diagnostics = [
        Diagnostic(**{k: v for k, v in d.items() if k in Diagnostic._fields})
        for d in json.loads(report)["diagnostics"]
    ]
    found = {(d.file, d.code, d.pointer) for d in fixable(diagnostics)}
    marked = {
        (m["path"], m["code"], m["pointer"])
        for m in map(LINE.fullmatch, outputs["2"].splitlines())
        if m and m["fixable"]
    }
    assert marked == found


def test_a_clean_run_does_not_import_the_fix_engine() -> None:
    import subprocess
    import sys

    script = (
        "import sys\nfrom validator.cli.entry import main\n"
        "try:\n    main(['check', '--now', '1800000000', 'examples/shop-coupon-add.json'])\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('validator.fixes')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]"


# -- the marker agrees with the fix engine, finding by finding ------------------------------------


def _answered_by_fixing(path: Path, diagnostics: list[Diagnostic]) -> set[Diagnostic]:
    """The oracle: run every pass of the fix engine (allowed what the report shows) and name
    the shown findings its applied fixes answer, also those made after the unwrap, whose
    pointers no longer carry ``/coupon_info``."""
    answered: set[Diagnostic] = set()
    by_record: dict[int | None, list[Diagnostic]] = {}
    for d in diagnostics:
        by_record.setdefault(d.record, []).append(d)
    lines = path.read_bytes().split(b"\n")
    for record, shown in by_record.items():
        data = path.read_bytes() if record is None else lines[record - 1]
        allowed = {(d.code, d.pointer) for d in shown}
        if ("B007", "/coupon_info") in allowed:
            allowed |= {
                (c, p[len("/coupon_info") :]) for c, p in allowed if p.startswith("/coupon_info/")
            }
        api = next((d.api for d in shown if d.api), None) or "auto"
        applied = fix_bytes(data, api, WORKED_NOW, lambda c, p, a=allowed: (c, p) in a).applied
        keys = _keys(applied)
        answered |= {d for d in shown if (d.code, d.pointer) in keys}
    return answered


def _keys(applied: list[AppliedFix]) -> set[tuple[str, str]]:
    keys, unwrapped = set(), False
    for fix in applied:
        keys.add((fix.code, fix.pointer))
        if unwrapped and fix.pointer:
            keys.add((fix.code, "/coupon_info" + fix.pointer))
        unwrapped = unwrapped or (fix.code, fix.pointer) == ("B007", "/coupon_info")
    return keys


def _inputs() -> list[tuple[Path, str]]:
    found = []
    for expect in sorted(FIXTURES.glob("*/expect.json")):
        api = json.loads(expect.read_text("utf-8"))["api"]
        found += [(path, api) for path in sorted(expect.parent.glob("fail*.json"))]
    fix_fixtures = REPO / "tests" / "fixtures_fix"
    found += [(p, "auto") for p in sorted(fix_fixtures.glob("*.json*")) if ".fixed." not in p.name]
    found += [(p, "auto") for p in sorted((REPO / "examples").rglob("*.json"))]
    return [(p, api) for p, api in found if p.name != "cases.json"]


@pytest.mark.parametrize(
    ("path", "api"), _inputs(), ids=lambda v: str(v.relative_to(REPO)) if isinstance(v, Path) else v
)
def test_the_marker_is_what_the_fix_engine_does(path: Path, api: str, tmp_path: Path) -> None:
    diagnostics = check_one(str(path), api, WORKED_NOW).diagnostics
    marked = fixable(diagnostics)
    assert marked == _answered_by_fixing(path, diagnostics)
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    run_cli("check", "--fix", "--now", NOW, "--api", api, str(copy))
    assert (copy.read_bytes() != path.read_bytes()) == bool(marked)
