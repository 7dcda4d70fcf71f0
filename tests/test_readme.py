"""The README says what the tool does today: its samples are real output, its quick start
passes, its install snippets need no package index, its list of decided errors is the
catalogue's.

Every fenced block that starts with ``$ coupon-validator check`` is run (from a copy of
``examples/``, so ``--fix`` cannot touch the repository) and compared with what it shows: line
for line, or, where the block elides lines with ``…``, as the same lines in the same order. The
runs use ``--now 1800000000`` so that a clock past the examples' windows (2030) cannot turn the
README stale on its own; before then the output is the same with any clock.
"""

from __future__ import annotations

import json
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
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```$", re.DOTALL | re.MULTILINE)
BLOCKS = FENCE.findall(README)
SAMPLES = [block for block in BLOCKS if block.startswith("$ coupon-validator check")]
ELIDED = "…"


def _sample_id(block: str) -> str:
    return block.splitlines()[0].removeprefix("$ coupon-validator ")


def test_the_samples_cover_every_kind_of_output() -> None:
    commands = {_sample_id(block) for block in SAMPLES}
    assert commands == {
        "check examples/mistakes/",
        "check --format json examples/mistakes/discount-85-for-8.5-zhe.json",
        "check --diff examples/mistakes/",
        "check --fix examples/mistakes/",
    }


@pytest.mark.parametrize("block", SAMPLES, ids=_sample_id)
def test_a_sample_is_the_real_output(
    block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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


def _quick_start() -> list[str]:
    start = README.index("## Quick start")
    (block,) = FENCE.findall(README[start : README.index("\n## ", start + 1)])
    return block.splitlines()


def test_the_quick_start_is_two_commands_and_the_first_check_passes() -> None:
    """Run as the shell runs it (the glob included), with this interpreter's validator."""
    lines = _quick_start()
    assert len(lines) == 2
    install, check = lines[0].split(" && ")
    assert install == "pip install ."
    assert check.startswith("coupon-validator check ")
    command = check.replace("coupon-validator", f"{shlex.quote(sys.executable)} -m validator", 1)
    result = subprocess.run(
        ["sh", "-c", command], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("All checks passed (")


def test_installs_need_no_package_index_and_no_tag() -> None:
    """There is no release tag and no index entry: installs name a clone or a pinned commit."""
    assert "v0.1.0" not in README
    for match in re.finditer(r"pip install (?:-e )?(\"[^\"]*\"|\S+)", README):
        target = match[1].strip('"')
        assert target.startswith(".") or "@ git+<repository-url>@<commit-sha>" in target, match[0]
    revs = re.findall(r"^\s*rev: (\S+)", README, re.MULTILINE)
    assert revs and set(revs) == {"<commit-sha>"}
    uses = re.findall(r"uses: (<owner>/coupon-validator@\S+)", README)
    assert uses == ["<owner>/coupon-validator@<commit-sha>"]


def test_the_decided_errors_are_the_catalogues() -> None:
    """Errors that no official text backs: a status that says ``decided``, or lacks
    ``CONFIRMED`` altogether."""
    section = re.search(r"<!-- decided-errors.*?-->(.*?)<!-- /decided-errors -->", README, re.S)
    assert section, "the README's list of decided errors is missing"
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
