"""The READMEs say what the tool does today: their samples are real output, their quick start
passes, their install snippets need no package index, their lists of decided errors are the
catalogue's. README.zh-CN.md (the Chinese one) is held to the same, its commands run like the
English README's, its quick start in a Chinese locale.

Every fenced block that starts with ``$ coupon-validator check`` is run (from a copy of
``examples/``, so ``--fix`` cannot touch the repository) and compared with what it shows: line
for line, or, where the block elides lines with ``…``, as the same lines in the same order. The
runs use ``--now 1800000000`` so that a clock past the examples' windows (2030) cannot turn the
README stale on its own; before then the output is the same with any clock.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, WORKED_NOW, invoke
from validator.catalogue import RULES

README = (REPO / "README.md").read_text(encoding="utf-8")
CHINESE_README = (REPO / "README.zh-CN.md").read_text(encoding="utf-8")
READMES = {"README.md": README, "README.zh-CN.md": CHINESE_README}
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```$", re.DOTALL | re.MULTILINE)
ELIDED = "…"


def _samples(text: str) -> list[str]:
    return [block for block in FENCE.findall(text) if block.startswith("$ coupon-validator check")]


SAMPLES = _samples(README)
ALL_SAMPLES = [(name, block) for name, text in READMES.items() for block in _samples(text)]


def _sample_id(block: str) -> str:
    return block.splitlines()[0].removeprefix("$ coupon-validator ")


def test_the_samples_cover_every_kind_of_output() -> None:
    commands = {_sample_id(block) for block in SAMPLES}
    assert commands == {
        "check examples/mistakes/",
        "check --format json examples/mistakes/discount-85-for-8.5-zhe.json",
        "check --diff examples/mistakes/",
        "check --fix examples/mistakes/",
        "check --lang zh --quiet examples/mistakes/",
    }
    assert {_sample_id(block) for block in _samples(CHINESE_README)} == {
        "check --lang zh examples/mistakes/",
        "check --lang zh --quiet examples/mistakes/",
        "check --lang zh --diff examples/mistakes/",
        "check --lang zh --fix examples/mistakes/",
    }


@pytest.mark.parametrize(
    ("readme", "block"), ALL_SAMPLES, ids=[f"{n}: {_sample_id(b)}" for n, b in ALL_SAMPLES]
)
def test_a_sample_is_the_real_output(
    readme: str, block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    command, *shown = block.splitlines()
    args = shlex.split(command.removeprefix("$ coupon-validator "))
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(args[0], "--now", str(WORKED_NOW), *args[1:])
    real = (result.stdout + result.stderr).splitlines()  # the diff first, then the report
    assert result.exit_code == 1
    if not any(line.startswith(ELIDED) for line in shown):
        assert shown == real
        return
    position = 0
    for line in shown:
        if line.startswith(ELIDED):
            continue
        assert line in real[position:], f"{line!r} is not in the output (in this order)"
        position = real.index(line, position) + 1


def test_the_sample_output_names_each_mistake_file() -> None:
    (sample,) = [block for block in SAMPLES if _sample_id(block) == "check examples/mistakes/"]
    named = {line.split(":", 1)[0] for line in sample.splitlines()[1:-1]}
    assert named == {f"examples/mistakes/{p.name}" for p in (REPO / "examples/mistakes").iterdir()}


def _quick_start(text: str, heading: str) -> list[str]:
    start = text.index(heading)
    (block, *_) = FENCE.findall(text[start : text.index("\n## ", start + 1)])
    return block.splitlines()


#: The quick start of each README, the locale it is run in, and how its first check ends.
QUICK_STARTS = {
    "README.md": ("## Quick start", {}, "All checks passed ("),
    "README.zh-CN.md": ("## 快速开始", {"LANG": "zh_CN.UTF-8"}, "全部检查通过（"),
}


@pytest.mark.parametrize("readme", QUICK_STARTS)
def test_the_quick_start_is_two_commands_and_the_first_check_passes(readme: str) -> None:
    """Run as the shell runs it (the glob included), with this interpreter's validator; the
    Chinese README's in a Chinese locale, where the tool answers in Chinese."""
    heading, locale, passed = QUICK_STARTS[readme]
    lines = _quick_start(READMES[readme], heading)
    assert lines == _quick_start(README, "## Quick start")  # the same two commands
    assert len(lines) == 2
    install, check = lines[0].split(" && ")
    assert install == "pip install ."
    assert check.startswith("coupon-validator check ")
    command = check.replace("coupon-validator", f"{shlex.quote(sys.executable)} -m validator", 1)
    plain = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    result = subprocess.run(
        ["sh", "-c", command],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**plain, **locale},
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith(passed)
    if readme != "README.md":  # the output it shows is the real one
        assert result.stdout in READMES[readme]


@pytest.mark.parametrize("readme", READMES)
def test_installs_need_no_package_index_and_no_tag(readme: str) -> None:
    """There is no release tag and no index entry: installs name a clone or a pinned commit."""
    text = READMES[readme]
    assert "v0.1.0" not in text
    for match in re.finditer(r"pip install (?:-e )?(\"[^\"]*\"|\S+)", text):
        target = match[1].strip('"')
        assert target.startswith(".") or "@ git+<repository-url>@<commit-sha>" in target, match[0]
    revs = re.findall(r"^\s*rev: (\S+)", text, re.MULTILINE)
    assert revs and set(revs) == {"<commit-sha>"}
    uses = re.findall(r"uses: (<owner>/coupon-validator@\S+)", text)
    assert uses == ["<owner>/coupon-validator@<commit-sha>"]


@pytest.mark.parametrize("readme", READMES)
def test_the_decided_errors_are_the_catalogues(readme: str) -> None:
    """Errors that no official text backs: a status that says ``decided``, or lacks
    ``CONFIRMED`` altogether."""
    section = re.search(
        r"<!-- decided-errors.*?-->(.*?)<!-- /decided-errors -->", READMES[readme], re.S
    )
    assert section, f"the list of decided errors is missing from {readme}"
    listed = set(re.findall(r"`([A-Z][0-9]{3})`", section[1]))
    decided = {
        code
        for code, info in RULES.items()
        if info.severity == "error" and ("decided" in info.status or "CONFIRMED" not in info.status)
    }
    assert listed == decided


def test_the_action_inputs_table_is_the_actions() -> None:
    yaml = pytest.importorskip("yaml")
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    start = README.index("| input | default | what |")
    rows = README[start : README.index("\n\n", start)].splitlines()[2:]
    documented = {row.split("|")[1].strip().strip("`"): row.split("|")[2].strip() for row in rows}
    assert set(documented) == set(action["inputs"])
    for name, spec in action["inputs"].items():
        default = spec.get("default", "")
        assert documented[name] == (f"`{default}`" if default else "(none)"), name


def test_the_json_sample_is_version_1() -> None:
    (block,) = [b for b in SAMPLES if "--format json" in b.splitlines()[0]]
    document = json.loads("\n".join(block.splitlines()[1:]))
    assert document["version"] == 1 and document["diagnostics"][0]["code"] == "S004"


def test_the_readmes_link_each_other_and_document_the_language() -> None:
    assert "[README.zh-CN.md](README.zh-CN.md)" in README
    assert "[English](README.md)" in CHINESE_README
    for text in READMES.values():
        for word in ("--lang", 'lang = "zh"', "COUPON_VALIDATOR_LANG", "LC_ALL", "LC_MESSAGES"):
            assert word in text, word


def _families(text: str) -> list[str]:
    """The prefixes of a README's table of rule families, in order."""
    return re.findall(r"^\| `([A-Z])` \|", text, re.MULTILINE)


def test_both_readmes_list_every_rule_family() -> None:
    from validator.catalogue import FAMILIES

    assert _families(README) == _families(CHINESE_README) == list(FAMILIES)


def test_the_chinese_readme_shows_the_same_integration_snippets() -> None:
    """The pre-commit and configuration snippets are the English README's (comments aside)."""

    def keys(text: str, fence: str) -> list[list[str]]:
        blocks = re.findall(rf"^```{fence}\n(.*?)^```$", text, re.DOTALL | re.MULTILINE)
        return [[line.split("#")[0].rstrip() for line in b.splitlines()] for b in blocks]

    english = keys(README, "yaml")
    for block in keys(CHINESE_README, "yaml")[:2]:  # the pre-commit hooks
        assert block in english
    (chinese_toml,) = keys(CHINESE_README, "toml")
    english_toml = {line for block in keys(README, "toml") for line in block}
    assert {line for line in chinese_toml if "=" in line and "reason" not in line} <= english_toml
