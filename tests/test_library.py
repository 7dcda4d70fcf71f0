"""The library API of spec/interface.md: validate, validate_file, assert_valid, Diagnostic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO
from validator import Diagnostic, assert_valid, validate, validate_file

BASE_A = json.loads((REPO / "examples" / "shop-coupon-add.json").read_text(encoding="utf-8"))
NOW = 1800000000


def test_clean_dict_text_and_bytes() -> None:
    text = json.dumps(BASE_A, ensure_ascii=False)
    assert validate(BASE_A, now=NOW) == []
    assert validate(text, now=NOW) == []
    assert validate(text.encode("utf-8"), now=NOW) == []


def test_dict_float_is_not_an_integer() -> None:
    payload = json.loads(json.dumps(BASE_A))
    payload["coupon"]["coupon_info"]["discount_info"]["discount_fee"] = 30.0
    [diagnostic] = validate(payload, now=NOW)
    assert isinstance(diagnostic, Diagnostic)
    assert diagnostic.code == "S002" and diagnostic.severity == "error"
    assert diagnostic.pointer == "/coupon/coupon_info/discount_info/discount_fee"
    assert diagnostic.line > 1  # positions refer to json.dumps(payload, indent=2)


@pytest.mark.parametrize("payload", [{"coupon": {1, 2}}, {"coupon": object()}])
def test_non_json_python_values_are_a_finding_not_a_crash(payload: dict) -> None:
    [diagnostic] = validate(payload)
    assert diagnostic.code == "J001"


def test_text_gets_loader_codes() -> None:
    codes = [d.code for d in validate('{"coupon": {}, }')]
    assert codes == ["J004"]


def test_validate_file_and_unknown_api(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps(BASE_A), encoding="utf-8")
    assert validate_file(path, now=NOW) == []
    with pytest.raises(ValueError, match="api must be"):
        validate(BASE_A, api="nope")
    with pytest.raises(OSError):
        validate_file(tmp_path / "missing.json")


def test_assert_valid_lists_every_finding() -> None:
    payload = json.loads(json.dumps(BASE_A))
    payload["coupon"]["coupon_info"]["receive_info"]["start_time"] = 1900000000000
    payload["coupon"]["coupon_info"]["receive_info"]["limit_num_one_person"] = 0
    with pytest.raises(AssertionError) as raised:
        assert_valid(payload, api="shop-coupon-add", now=NOW)
    message = str(raised.value)
    assert "U001 error /coupon/coupon_info/receive_info/start_time" in message
    assert "S009 warning /coupon/coupon_info/receive_info/limit_num_one_person" in message
    assert_valid(BASE_A, now=NOW, fail_on="warning")


def test_assert_valid_passes_warnings_by_default() -> None:
    payload = json.loads(json.dumps(BASE_A))
    payload["coupon"]["coupon_info"]["receive_info"]["limit_num_one_person"] = 0
    assert_valid(payload, now=NOW)
    with pytest.raises(AssertionError):
        assert_valid(payload, now=NOW, fail_on="warning")


def test_money_float_names_both_readings() -> None:
    """10.0 may be 10 fen or 10 yuan: the message offers both, never one guess (issue 9)."""
    payload = json.loads(json.dumps(BASE_A))
    payload["coupon"]["coupon_info"]["discount_info"]["discount_fee"] = 10.0
    [diagnostic] = validate(payload, now=NOW)
    assert "if it means 10 yuan, write 1000 (fen)" in diagnostic.message
    assert "if it is already fen, write 10" in diagnostic.message
