"""``examples/``: one valid body per API (copies of each API package's example, see
tests/apis/test_apis_registry.py), and ``examples/mistakes/``: one realistic body per common
mistake, each showing that mistake and nothing else, so the README's sample output stays
readable."""

from __future__ import annotations

import pytest

from tests.conftest import REPO, WORKED_NOW
from validator import validate_file

MISTAKES = REPO / "examples" / "mistakes"

#: File → (API, the codes it must report, in order).
EXPECTED = {
    "amount-in-yuan.json": ("product-coupon-create", ["S002"]),
    "discount-85-for-8.5-zhe.json": ("shop-coupon-add", ["S004"]),
    "millisecond-timestamps.json": ("shop-coupon-add", ["U001"] * 4),
    "valid-type-2-without-days.json": ("product-coupon-create", ["B002"]),
    "comments.json": (None, ["J003"]),  # loading stops at the first comment
    "129-product-ids.json": ("shop-coupon-add", ["S005"]),
    "coupon-info-wrapper.json": ("product-coupon-create", ["B007"]),
}


def test_the_mistakes_folder_holds_the_listed_files() -> None:
    assert sorted(p.name for p in MISTAKES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_file_shows_its_mistake_and_nothing_else(name: str) -> None:
    api, codes = EXPECTED[name]
    diagnostics = validate_file(MISTAKES / name, now=WORKED_NOW)
    assert [d.code for d in diagnostics] == codes
    assert {d.api for d in diagnostics} == {api}


def test_the_hundred_and_twenty_ninth_id_is_the_only_problem() -> None:
    (diagnostic,) = validate_file(MISTAKES / "129-product-ids.json", now=WORKED_NOW)
    assert "129 items; at most 128" in diagnostic.message


def test_the_valid_examples_are_clean() -> None:
    for path in sorted((REPO / "examples").glob("*.json")):
        assert validate_file(path, now=WORKED_NOW) == [], path.name
