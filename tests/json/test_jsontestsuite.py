"""The loader against JSONTestSuite (github.com/nst/JSONTestSuite, MIT; copied to tests/data).

- every ``n_`` file gets at least one fatal J-code;
- no ``y_`` file gets J001, J003, J004, J006, J007 or J009 (J002 and J008 are fine);
- ``i_`` files and every ``test_transform`` file may go either way but must never raise.

The corpus is copied into tests/data/JSONTestSuite (with its licence), so these tests always run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.test_fuzz import assert_output_well_formed, invoke
from validator import validate
from validator.inputs.runner import check_one
from validator.json.loader import LoadedDocument, load_bytes

CORPUS = DATA / "JSONTestSuite"
SYNTAX_CODES = {"J001", "J003", "J004", "J006", "J007", "J009"}
FATAL_CODES = SYNTAX_CODES | {"J008"}


def _files(folder: str, prefix: str = "") -> list[Path]:
    paths = sorted(p for p in (CORPUS / folder).iterdir() if p.name.startswith(prefix))
    assert paths, f"no {prefix}* file in {CORPUS / folder}"
    return paths


def _params(paths: list[Path]) -> list:
    return [pytest.param(path, id=path.name) for path in paths]


def _load_fully(path: Path) -> LoadedDocument:
    """Load like the tool does: findings, then positions for every non-fatal document."""
    document = load_bytes(path.read_bytes())
    for finding in document.findings:
        assert finding.span is not None, finding
    if document.text is not None and not document.fatal:
        positions = document.positions()
        positions.locate("")
        positions.locate("/0/missing", "key")
        for finding in document.findings:
            positions.locate(finding.pointer, finding.target)
    return document


def test_corpus_is_present() -> None:
    assert len(_files("test_parsing", "n_")) > 150
    assert len(_files("test_parsing", "y_")) > 90


N_FILES = _params(_files("test_parsing", "n_"))
Y_FILES = _params(_files("test_parsing", "y_"))
I_FILES = _params(_files("test_parsing", "i_") + _files("test_transform"))


@pytest.mark.parametrize("path", N_FILES)
def test_n_files_get_a_fatal_j_code(path: Path) -> None:
    document = _load_fully(path)
    codes = [f.code for f in document.findings]
    assert document.fatal and FATAL_CODES.intersection(codes), codes
    assert document.value is None


@pytest.mark.parametrize("path", Y_FILES)
def test_y_files_get_no_syntax_j_code(path: Path) -> None:
    document = _load_fully(path)
    codes = {f.code for f in document.findings}
    assert not codes & SYNTAX_CODES, [f.message for f in document.findings]
    assert codes <= {"J002", "J008"}


@pytest.mark.parametrize("path", I_FILES)
def test_i_and_transform_files_never_raise(path: Path) -> None:
    document = _load_fully(path)
    assert document.fatal == (document.value is None)


@pytest.mark.parametrize("output_format", ["json", "text", "sarif", "github", "junit"])
def test_the_whole_corpus_through_the_command_line(output_format: str) -> None:
    """The same expectations end to end (detection, schema, rules, positions, reporters),
    every format: exit 1, output that parses, and each file's verdict as above."""
    folders = [str(CORPUS / "test_parsing"), str(CORPUS / "test_transform")]
    result = invoke("check", "--now", "1800000000", "--format", output_format, *folders)
    assert result.exit_code == 1, result.stderr
    document = assert_output_well_formed(output_format, result.stdout, result.exit_code)
    if document is None:
        return
    codes: dict[str, set[str]] = {}
    for diagnostic in document["diagnostics"]:
        codes.setdefault(Path(diagnostic["file"]).name, set()).add(diagnostic["code"])
    for path in _files("test_parsing") + _files("test_transform"):
        found = codes.get(path.name, set())
        if not found:  # an object without any API's member names: skipped, not a coupon body
            assert check_one(str(path), "auto", 1800000000, skip_unrelated=True).skipped
            assert validate(path.read_bytes()), path.name  # the library still reports it
            continue
        if path.name.startswith("n_"):
            assert found & FATAL_CODES, (path.name, found)
        elif path.name.startswith("y_"):
            assert not found & SYNTAX_CODES, (path.name, found)
