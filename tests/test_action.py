"""The GitHub Action (``action.yml``): what can be checked without GitHub.

The file must parse, be a composite action whose every input reaches its run steps, and its
run steps must work: they are executed here as the runner would, with bash, in a scratch
repository, the ``${{ … }}`` expressions substituted and ``GITHUB_OUTPUT`` pointing at a
temporary file. Installing the tool from the working tree takes half a minute (a wheel build),
so the install step runs against a stand-in ``python`` that records its commands and makes a
``coupon-validator`` that runs this interpreter's validator; the check step then runs for real.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

yaml = pytest.importorskip("yaml")  # PyYAML comes with pre-commit (the dev extra)

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="the steps are bash")

ACTION: dict[str, Any] = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
RUN_STEPS = [step for step in STEPS if "run" in step]
EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")
VALID = (REPO / "examples" / "shop-coupon-add.json").read_bytes()
MISTAKE = (REPO / "examples" / "mistakes" / "amount-in-yuan.json").read_bytes()


def test_the_action_is_composite_with_its_documented_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert ACTION["name"] == "coupon-validator" and ACTION["description"]
    assert set(ACTION["inputs"]) == {"paths", "format", "args", "sarif-file", "python-version"}
    assert ACTION["inputs"]["format"]["default"] == "github"
    assert ACTION["inputs"]["paths"]["default"] == "."
    assert all(not spec.get("required", False) for spec in ACTION["inputs"].values())
    assert STEPS[0]["uses"].startswith("actions/setup-python@")
    assert all(step.get("shell") == "bash" for step in RUN_STEPS)  # composite steps need one


def test_every_input_reaches_a_step_and_is_used_there() -> None:
    for name in ACTION["inputs"]:
        expression = f"inputs.{name}"
        used = False
        for step in STEPS:
            for value in step.get("with", {}).values():
                used = used or expression in EXPRESSION.findall(str(value))
            for variable, value in step.get("env", {}).items():
                if expression in EXPRESSION.findall(str(value)):
                    assert f"${variable}" in step["run"], f"{variable} is set but not used"
                    used = True
            assert expression not in step.get("run", ""), "inputs go through env, not the script"
        assert used, f"input {name} is never used"


def test_the_output_is_written_by_the_step_it_names() -> None:
    (output,) = ACTION["outputs"].values()
    match = re.fullmatch(r"steps\.(\S+)\.outputs\.(\S+)", _expression(output["value"]))
    assert match, output["value"]
    step_id, name = match.groups()
    (step,) = [step for step in STEPS if step.get("id") == step_id]
    assert f'echo "{name}=' in step["run"] and '>> "$GITHUB_OUTPUT"' in step["run"]


def test_the_tool_is_installed_from_the_actions_own_ref() -> None:
    install = RUN_STEPS[0]
    assert _expression(install["env"]["ACTION_PATH"]) == "github.action_path"
    assert '-m pip install --quiet "$ACTION_PATH"' in install["run"]


def _expression(value: str) -> str:
    match = EXPRESSION.fullmatch(value.strip())
    assert match, value
    return match[1]


# -- the run steps, executed -------------------------------------------------------------------


def _substitute(text: str, context: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        assert match[1] in context, f"no value for the expression {match[1]}"
        return context[match[1]]

    return EXPRESSION.sub(value, text)


def _stand_in_python(folder: Path) -> Path:
    """A ``python`` for the install step: ``-m venv DIR`` makes DIR/bin with a recording
    ``python`` and a ``coupon-validator`` that runs the validator under test."""
    folder.mkdir()
    tool = f'#!/bin/sh\nexec "{sys.executable}" -m validator "$@"\n'
    recorder = '#!/bin/sh\necho "$0 $*" >> "$STAND_IN_LOG"\n'
    script = (
        recorder + 'if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then\n'
        '  mkdir -p "$3/bin"\n'
        f"  printf '%s' '{recorder}' > \"$3/bin/python\"\n"
        f"  printf '%s' '{tool}' > \"$3/bin/coupon-validator\"\n"
        '  chmod +x "$3/bin/python" "$3/bin/coupon-validator"\n'
        "fi\n"
    )
    python = folder / "python"
    python.write_text(script, encoding="utf-8")
    python.chmod(0o755)
    return folder


class Run:
    """What running the action's steps left: the last step's status and streams, the outputs."""

    def __init__(self, status: int, stdout: str, stderr: str, outputs: str, log: str) -> None:
        self.status, self.stdout, self.stderr = status, stdout, stderr
        self.outputs = dict(line.split("=", 1) for line in outputs.splitlines())
        self.log = log


def run_action(tmp_path: Path, **given: str) -> Run:
    """Run the run steps in order, in a scratch repository, as the runner would."""
    workspace = tmp_path / "repository"
    (workspace / "coupons").mkdir(parents=True)
    (workspace / "pyproject.toml").write_text("[project]\nname = 'shop'\n", encoding="utf-8")
    (workspace / "coupons" / "good.json").write_bytes(VALID)
    (workspace / "coupons" / "bad.json").write_bytes(MISTAKE)
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    output, log = tmp_path / "github-output", tmp_path / "stand-in.log"
    output.touch()
    log.touch()
    context = {
        f"inputs.{name}": str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()
    }
    context.update({f"inputs.{name}": value for name, value in given.items()})
    context.update({"github.action_path": str(REPO), "runner.temp": str(temp)})
    stand_in = _stand_in_python(tmp_path / "stand-in")
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_"))},
        "PATH": f"{stand_in}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_OUTPUT": str(output),
        "STAND_IN_LOG": str(log),
        "NO_COLOR": "1",
    }
    result = None
    for step in RUN_STEPS:
        env = {
            name: _substitute(str(value), context) for name, value in step.get("env", {}).items()
        }
        script = _substitute(step["run"], context)
        # The runner's command line for `shell: bash`.
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            cwd=workspace,
            env={**environment, **env},
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            break
    assert result is not None
    return Run(
        result.returncode,
        result.stdout,
        result.stderr,
        output.read_text(encoding="utf-8"),
        log.read_text(encoding="utf-8"),
    )


def test_the_install_step_makes_a_venv_and_installs_the_action_path(tmp_path: Path) -> None:
    run = run_action(tmp_path, paths="coupons/good.json")
    venv = tmp_path / "runner-temp" / "coupon-validator-venv"
    assert run.log.splitlines() == [
        f"{tmp_path / 'stand-in' / 'python'} -m venv {venv}",
        f"{venv / 'bin' / 'python'} -m pip install --quiet {REPO}",
    ]


def test_a_clean_folder_passes(tmp_path: Path) -> None:
    run = run_action(tmp_path, paths="coupons/good.json")
    assert (run.status, run.stdout, run.stderr) == (0, "", "")
    assert run.outputs == {"sarif-file": ""}


def test_findings_become_annotations_and_fail_the_step(tmp_path: Path) -> None:
    run = run_action(tmp_path)  # the defaults: paths ".", format github
    assert run.status == 1
    (annotation,) = run.stdout.splitlines()
    assert annotation.startswith("::error file=coupons/bad.json,line=5,col=21,")
    assert "title=S002::discount_fee must be an integer" in annotation


def test_a_sarif_file_is_written_for_upload_even_when_findings_fail_the_step(
    tmp_path: Path,
) -> None:
    run = run_action(tmp_path, **{"sarif-file": "coupon-validator.sarif", "format": "text"})
    assert run.status == 1
    assert run.outputs == {"sarif-file": "coupon-validator.sarif"}
    sarif = json.loads((tmp_path / "repository" / "coupon-validator.sarif").read_text("utf-8"))
    (result,) = sarif["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert (result["ruleId"], location["uri"]) == ("S002", "coupons/bad.json")
    assert run.stdout.startswith("coupons/bad.json:5:21: S002 error [/discount_info/discount_fee]")


def test_args_and_several_paths_are_passed_as_lists(tmp_path: Path) -> None:
    run = run_action(tmp_path, paths="coupons/good.json coupons/bad.json", args="--ignore S002")
    assert (run.status, run.stdout) == (0, "")


def test_a_usage_error_stops_before_the_report(tmp_path: Path) -> None:
    run = run_action(tmp_path, args="--select X999", **{"sarif-file": "out.sarif"})
    assert run.status == 2 and run.stdout == ""
    assert "X999" in run.stderr
