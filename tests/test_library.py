"""The library API: validate, validate_file, assert_valid, Diagnostic, and nothing else."""

from __future__ import annotations

import json
import subprocess
import sys
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


def test_the_yuan_repair_replaces_the_generic_fen_sentence_but_not_a_longer_hint() -> None:
    """ "if it means 9.9 yuan, write 990 (fen)" already says "amounts are integer fen: 9.9 yuan
    is 990"; a hint that says more (the 代金券 budget) still follows the repair."""
    payload = json.loads(json.dumps(BASE_A))
    payload["coupon"]["coupon_info"]["discount_info"]["discount_fee"] = 9.9
    [diagnostic] = validate(payload, now=NOW)
    assert diagnostic.message == (
        "discount_fee must be an integer, got 9.9; if it means 9.9 yuan, write 990 (fen)"
    )
    favor = json.loads((REPO / "examples" / "favor-stock-create.json").read_text("utf-8"))
    favor["stock_use_rule"]["max_amount"] = 9.9
    [budget] = [d for d in validate(favor, now=NOW) if d.code == "S002"]
    assert budget.message == (
        "max_amount must be an integer, got 9.9; if it means 9.9 yuan, write 990 (fen); "
        "amounts are integer fen: 9.9 yuan is 990; the budget is max_coupons × coupon_amount"
    )
    payload["coupon"]["coupon_info"]["discount_info"]["discount_fee"] = 9.999  # not whole fen
    [diagnostic] = validate(payload, now=NOW)
    assert diagnostic.message == (
        "discount_fee must be an integer, got 9.999; amounts are integer fen: 9.9 yuan is 990"
    )


# -- the package's namespace and pytest's view of assert_valid ---------------------------------

PUBLIC_API = ["Diagnostic", "assert_valid", "validate", "validate_file"]


def _fresh(script: str, cwd: Path) -> str:
    """Run ``script`` in a new interpreter (this process has imported much of the package)."""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd, check=True
    )
    return result.stdout


def test_the_package_lists_only_its_public_api(tmp_path: Path) -> None:
    out = _fresh(
        "import json, validator\n"
        "print(json.dumps([validator.__all__, dir(validator),"
        " [n for n in ('json', 'os', 'time', '_json', '_os', '_time', 'SEVERITY_RANK', 'Any')"
        "  if hasattr(validator, n)]]))\n"
        "namespace = {}\n"
        "exec('from validator import *', namespace)\n"
        "print(json.dumps(sorted(n for n in namespace if n != '__builtins__')))\n",
        tmp_path,
    )
    exported, listed, stray = json.loads(out.splitlines()[0])
    assert exported == PUBLIC_API
    assert listed == PUBLIC_API
    assert stray == []
    assert json.loads(out.splitlines()[1]) == PUBLIC_API


def test_validator_json_is_the_subpackage_and_stays_out_of_dir(tmp_path: Path) -> None:
    """``import validator`` alone binds no ``json`` (it once re-exported the standard library's
    under a helper name); importing the subpackage binds it, as Python does for any
    submodule, and ``dir`` still lists the public API only."""
    out = _fresh(
        "import validator\n"
        "print(hasattr(validator, 'json'))\n"
        "import validator.json.loader\n"
        "print(validator.json.__name__, dir(validator) == sorted(validator.__all__))\n",
        tmp_path,
    )
    assert out.splitlines() == ["False", "validator.json True"]


def test_a_failing_assert_valid_shows_the_test_not_the_library(tmp_path: Path) -> None:
    """pytest hides the frame of assert_valid (``__tracebackhide__``): the traceback ends at the
    caller's line, followed by the findings."""
    (tmp_path / "test_coupon.py").write_text(
        "from validator import assert_valid\n\n\n"
        "def test_spring_coupon() -> None:\n"
        "    body = {'coupon': {'type': 102}}\n"
        "    assert_valid(body, api='shop-coupon-add', now=1800000000)  # the caller's line\n",
        encoding="utf-8",
    )
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_coupon.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 1, out
    assert "# the caller's line" in out
    assert "AssertionError: shop-coupon-add payload has" in out
    assert "S001 error /coupon/out_coupon_id" in out
    assert "validator/__init__.py" not in out and "raise AssertionError" not in out, out
