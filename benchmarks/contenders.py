"""The tools being compared: installing them, asking coupon-validator which APIs it checks and
for their schemas, and the command lines the other tools are run with.

Neither check-jsonschema nor ajv-cli is a dependency of the package: they live in the
benchmark's own cache, installed on the first run.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from measure import env, say

REPO = Path(__file__).resolve().parent.parent
#: How ajv-cli is told to read the printed schemas: the draft 2020-12 dialect, the formats
#: (date-time) from ajv-formats, and no refusal of the schemas' own ``x-`` keywords.
AJV_OPTIONS = ("--spec=draft2020", "--strict=false", "-c", "ajv-formats")


@dataclass
class Tools:
    python: Path
    validator: Path
    check_jsonschema: Path | None
    ajv: Path | None
    notes: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)


def install(cache: Path, want_ajv: bool, want_cj: bool) -> Tools:
    """A virtualenv with this checkout and check-jsonschema; ajv-cli under ``cache/ajv``."""
    venv = cache / "venv"
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    if not python.exists():
        say(f"creating {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        _pip(python, "install", "--upgrade", "pip")
    if want_cj and not (bindir / "check-jsonschema").exists():
        say("installing check-jsonschema (benchmark only, never a dependency)")
        _pip(python, "install", "check-jsonschema")
    say(f"installing coupon-validator from {REPO}")
    _pip(python, "install", str(REPO))  # dependencies, once
    _pip(python, "install", "--no-deps", "--force-reinstall", str(REPO))  # this tree, always
    tools = Tools(python, bindir / "coupon-validator", None, None)
    if want_cj:
        tools.check_jsonschema = bindir / "check-jsonschema"
    else:
        tools.notes.append("check-jsonschema skipped (--no-check-jsonschema)")
    if want_ajv:
        tools.ajv = _install_ajv(cache / "ajv", tools.notes)
    else:
        tools.notes.append("ajv-cli skipped (--no-ajv)")
    tools.versions = _versions(tools)
    return tools


def _pip(python: Path, *args: str) -> None:
    subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", "-q", *args],
        check=True,
        env=env(),
    )


def _install_ajv(folder: Path, notes: list[str]) -> Path | None:
    binary = folder / "node_modules" / ".bin" / "ajv"
    if binary.exists():
        return binary
    if shutil.which("node") is None or shutil.which("npm") is None:
        notes.append("ajv-cli skipped: node/npm not found on the PATH")
        return None
    say("installing ajv-cli and ajv-formats with npm (benchmark only)")
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund", "--silent",
         "ajv-cli", "ajv-formats"],
        capture_output=True,
        text=True,
    )  # fmt: skip
    if result.returncode != 0 or not binary.exists():
        notes.append(f"ajv-cli skipped: npm install failed ({result.stderr.strip()[:200]})")
        return None
    return binary


def _versions(tools: Tools) -> dict[str, str]:
    def output(command: list[str]) -> str:
        """The version number a ``--version`` prints (its last word)."""
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return "?"
        lines = (result.stdout or result.stderr).strip().splitlines()
        return lines[0].split()[-1] if lines else "?"

    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    version = output([str(tools.validator), "--version"])
    source = (commit or "no git") + (" + local changes" if dirty else "")
    found = {
        "python": platform.python_version(),
        "coupon-validator": f"{version} ({source})",
    }
    if tools.check_jsonschema:
        found["check-jsonschema"] = output([str(tools.check_jsonschema), "--version"])
    if tools.ajv:
        package = tools.ajv.parent.parent / "ajv-cli" / "package.json"
        with contextlib.suppress(OSError, ValueError):
            found["ajv-cli"] = json.loads(package.read_text())["version"]
        found["node"] = output(["node", "--version"])
    return found


def registered_apis(tools: Tools) -> tuple[str, ...]:
    """The API ids the installed coupon-validator checks, in its registry's order."""
    program = "from validator.apis import API_IDS; print(*API_IDS, sep=chr(10))"
    result = subprocess.run(
        [str(tools.python), "-c", program], capture_output=True, text=True, check=True, env=env()
    )
    return tuple(result.stdout.split())


def print_schema(tools: Tools, api: str) -> bytes:
    """``coupon-validator schema API``: the self-contained schema a team gives other tools."""
    return subprocess.run(
        [str(tools.validator), "schema", api], capture_output=True, check=True, env=env()
    ).stdout


def check_jsonschema(
    tools: Tools, schema: str, files: list[str], json_output: bool = False
) -> list[str]:
    """check-jsonschema on ``files`` (it takes them as arguments) against one schema."""
    assert tools.check_jsonschema is not None
    output = ["-o", "json"] if json_output else []
    return [str(tools.check_jsonschema), *output, "--schemafile", schema, *files]


def ajv(tools: Tools, schema: str, data: str) -> list[str]:
    """ajv-cli on ``data`` (a file or a glob it expands itself) against one schema."""
    assert tools.ajv is not None
    return [str(tools.ajv), "validate", *AJV_OPTIONS, "--errors=line", "-s", schema, "-d", data]


def schema_problems(tools: Tools, cwd: Path, schemas: dict[str, str]) -> list[str]:
    """What keeps the other tools from using a printed schema (API id → schema file), if
    anything: check-jsonschema checks it against its metaschema, ajv-cli compiles it (which
    resolves every ``$ref``, the bundled ``$defs`` with their own ``$id`` included)."""
    problems = []
    for api, schema in schemas.items():
        runs = []
        if tools.check_jsonschema:
            runs.append(
                ("check-jsonschema", [str(tools.check_jsonschema), "--check-metaschema", schema])
            )
        if tools.ajv:
            runs.append(("ajv-cli", [str(tools.ajv), "compile", *AJV_OPTIONS, "-s", schema]))
        for name, command in runs:
            result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env())
            if result.returncode != 0:
                reason = (result.stderr or result.stdout).strip().splitlines()
                problems.append(f"{name} refuses the schema of {api}: {' / '.join(reason[:3])}")
    return problems
