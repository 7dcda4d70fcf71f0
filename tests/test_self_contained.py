"""The repository stands on its own: what it ships and documents never points into the spec.

The specification this project was built from lives outside the repository. A reader of the
code, the schemas or the docs (or of an ``explain`` text) cannot follow a reference into it, so
none may appear: rules are described by what they check and cite public sources (see
docs/rules.md), not a section of a document the reader does not have.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO

#: References that only make sense beside the spec: a section of its rules document, its seed
#: files, the folder it sits in, and the rules document itself.
FORBIDDEN = ("rules.md §", "seeds/0", "../shared", "spec/rules.md")
FOLDERS = ("validator", "schemas", "docs", "examples")
SKIPPED_PARTS = {"__pycache__"}
SKIPPED_SUFFIXES = {".pyc", ".pyo", ".so"}

#: Files that still leak (none now). The list may only
#: shrink: a new leak fails, and so does a listed file that no longer leaks (remove it here).
KNOWN_LEAKS: set[str] = set()


def scanned_files() -> list[Path]:
    """Every file under the shipped and documented folders, plus the top-level READMEs."""
    files = sorted(REPO.glob("README*.md"))
    for folder in FOLDERS:
        for path in sorted((REPO / folder).rglob("*")):
            parts = set(path.relative_to(REPO).parts)
            if path.is_file() and path.suffix not in SKIPPED_SUFFIXES and not parts & SKIPPED_PARTS:
                files.append(path)
    return files


def leaks(path: Path) -> list[str]:
    """The forbidden references ``path`` contains (compared as bytes: any file type)."""
    data = path.read_bytes()
    return [needle for needle in FORBIDDEN if needle.encode("utf-8") in data]


def leaking() -> dict[str, list[str]]:
    found = {}
    for path in scanned_files():
        hits = leaks(path)
        if hits:
            found[path.relative_to(REPO).as_posix()] = hits
    return found


def test_scan_covers_the_shipped_and_documented_folders() -> None:
    names = {path.relative_to(REPO).as_posix() for path in scanned_files()}
    assert "README.md" in names
    assert "docs/rules.md" in names
    assert "validator/__init__.py" in names
    assert "schemas/shop-coupon-add.json" in names
    assert "examples/shop-coupon-add.json" in names


def test_no_new_file_points_into_the_spec() -> None:
    new = {name: hits for name, hits in leaking().items() if name not in KNOWN_LEAKS}
    assert new == {}, "describe the rule itself or cite a public source instead"


def test_known_leaks_list_only_files_that_still_leak() -> None:
    fixed = KNOWN_LEAKS - set(leaking())
    assert fixed == set(), "these no longer leak: remove them from KNOWN_LEAKS"
