"""Shared test helpers: where the repo and the sibling shared/ folder are, and a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from validator.cli import main

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WORKED_NOW = 1800000000  # rules.md §12 runs every worked example with --now 1800000000


def run_cli(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    """Run the click command in-process; returns (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str, input: bytes | None = None) -> tuple[int, dict]:
    """``check --format json``; returns (exit code, parsed output)."""
    code, out, _ = run_cli("check", "--format", "json", *args, input=input)
    return code, json.loads(out)


def require_shared(*parts: str) -> Path:
    """A path inside ../shared, or skip the test when the folder is not beside the repo."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the spec's shared/ folder is not beside the repo)")
    return path
