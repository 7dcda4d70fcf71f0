"""``[tool.coupon-validator]`` configuration: discovery, every key, overrides, and usage errors
that name the key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from validator.policy import config

EXAMPLES = REPO / "examples"
NOW = "1800000000"
SHOP = (EXAMPLES / "shop-coupon-add.json").read_text(encoding="utf-8")
# The shop example with one unknown member (S007, a warning) inside "coupon".
SHOP_EXTRA = SHOP.replace('"coupon": {', '"coupon": {\n    "extra": 1,', 1)
# A bare WeChat Pay busifavor body: no detection signal, so D001 under --api auto.
BARE = '{"stock_name": "x", "stock_type": "NORMAL"}\n'


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _pyproject(root: Path, body: str) -> Path:
    return _write(root / "pyproject.toml", "[project]\nname = 'demo'\n\n" + body)


def _codes(*args: str) -> tuple[int, list[tuple[str, str, str]]]:
    """(exit code, [(file, code, pointer)]) of ``check --format json``."""
    code, out, err = run_cli("check", "--now", NOW, "--format", "json", *args)
    assert code in (0, 1), err
    found = [(d["file"], d["code"], d["pointer"]) for d in json.loads(out)["diagnostics"]]
    return code, found


def _usage_error(*args: str) -> str:
    code, out, err = run_cli("check", "--now", NOW, *args)
    assert code == 2, out + err
    assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err
    return err.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root (the current directory) whose pyproject.toml has no table yet."""
    monkeypatch.chdir(tmp_path)
    _pyproject(tmp_path, "")
    _write(tmp_path / "coupons" / "extra.json", SHOP_EXTRA)
    return tmp_path


# --- discovery ----------------------------------------------------------------------------


def test_nearest_pyproject_with_the_table_is_used(repo: Path, monkeypatch: pytest.MonkeyPatch):
    _pyproject(repo, '[tool.coupon-validator]\nignore = ["S007"]\n')
    nested = repo / "pkg" / "sub"
    _pyproject(repo / "pkg", "[tool.ruff]\nline-length = 100\n")  # no table: looked past
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert _codes(str(repo / "coupons")) == (0, [])
    found = config.discover(nested)
    assert found is not None and found[0] == str(repo / "pyproject.toml")


def test_a_pyproject_that_cannot_hold_the_table_is_not_parsed(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Discovery reads every pyproject.toml on the way up but parses only one that mentions
    coupon-validator: a broken file of another tool is looked past, not a usage error."""
    _pyproject(repo, '[tool.coupon-validator]\nignore = ["S007"]\n')
    nested = repo / "pkg"
    _write(nested / "pyproject.toml", "[tool.ruff\nline-length = 100\n")  # invalid TOML
    monkeypatch.chdir(nested)
    assert _codes(str(repo / "coupons")) == (0, [])
    _write(nested / "pyproject.toml", "[tool.coupon-validator\n")  # ours, broken: an error
    assert "error: pyproject.toml: invalid TOML (" in _usage_error(str(repo / "coupons"))


def test_the_table_spelt_with_a_unicode_escape_is_found(repo: Path) -> None:
    _pyproject(repo, '[tool."coupon\\u002Dvalidator"]\nignore = ["S007"]\n')
    assert b"coupon-validator" not in (repo / "pyproject.toml").read_bytes()
    assert _codes("coupons") == (0, [])


def test_loading_without_our_table_imports_neither_tomllib_nor_pathlib(repo: Path) -> None:
    """Every run loads the configuration: start-up must not pay for modules it does not use
    (a pyproject.toml of other tools only is the common case)."""
    code = (
        "import sys\n"
        "for name in ('tomllib', 'tomli', 'pathlib'):\n"
        "    sys.modules.pop(name, None)\n"
        "    sys.modules[name] = None  # importing it raises ImportError\n"
        "from validator.policy import config\n"
        f"loaded = config.load(None, start={str(repo / 'coupons')!r})\n"
        "assert loaded.source is None and loaded.root == __import__('os').getcwd()\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=repo, check=True, env=_importable_env())


def _importable_env() -> dict[str, str]:
    """The environment with this checkout first on PYTHONPATH (the child runs in tmp_path)."""
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO), path)))}


def test_no_configuration_anywhere_means_defaults(repo: Path) -> None:
    loaded = config.load(None, start=repo / "coupons")
    assert loaded.source is None and loaded.api is None and loaded.select is None
    assert _codes("coupons")[1] == [("coupons/extra.json", "S007", "/coupon/extra")]


def test_config_option_reads_a_pyproject_table(repo: Path, tmp_path: Path) -> None:
    other = _pyproject(tmp_path / "elsewhere", '[tool.coupon-validator]\nignore = ["S"]\n')
    assert _codes("--config", str(other), "coupons") == (0, [])


def test_config_option_reads_a_plain_toml_file_at_top_level(repo: Path) -> None:
    plain = _write(repo / "coupon-validator.toml", 'ignore = ["S007"]\n')
    assert _codes("--config", str(plain), "coupons") == (0, [])


def test_plain_toml_with_a_tool_table_gets_a_hint(repo: Path) -> None:
    plain = _write(repo / "cv.toml", '[tool.coupon-validator]\nignore = ["S007"]\n')
    err = _usage_error("--config", str(plain), "coupons")
    assert err.startswith(f"coupon-validator: error: {plain}: unknown key 'tool' (only a file")


# --- usage errors name the key --------------------------------------------------------------


def test_unknown_key_is_a_usage_error_with_a_suggestion(repo: Path) -> None:
    _pyproject(repo, '[tool.coupon-validator]\nselct = ["S"]\n')
    assert _usage_error("coupons") == (
        "coupon-validator: error: pyproject.toml: [tool.coupon-validator] "
        "unknown key 'selct' (did you mean 'select'?)"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('api = "shop"', "[tool.coupon-validator] 'api': expected one of 'auto', "),
        ('fail-on = "info"', "[tool.coupon-validator] 'fail-on': expected one of 'error', "),
        ('select = "S"', "[tool.coupon-validator] 'select': expected a list of rule codes"),
        ('ignore = ["X999"]', "[tool.coupon-validator] 'ignore': unknown rule code or prefix"),
        ('exclude = "dist"', "[tool.coupon-validator] 'exclude': expected a list of file globs"),
        ('extend-exclude = [""]', "[tool.coupon-validator] 'extend-exclude': expected a non-empty"),
        ('include = ["[z-a]"]', "[tool.coupon-validator] 'include': invalid file glob '[z-a]'"),
        ('respect-gitignore = "no"', "[tool.coupon-validator] 'respect-gitignore': expected true"),
        ("force-exclude = 1", "[tool.coupon-validator] 'force-exclude': expected true or false"),
        (
            '[tool.coupon-validator.per-file-ignores]\n"legacy/*.json" = ["Q1"]',
            "[tool.coupon-validator.per-file-ignores] 'legacy/*.json': unknown rule code",
        ),
        (
            '[tool.coupon-validator.per-file-ignores]\n"legacy/*.json" = []',
            "[tool.coupon-validator.per-file-ignores] 'legacy/*.json': expected at least one",
        ),
        (
            '[tool.coupon-validator.api-by-path]\n"c/*" = "coupon"',
            "[tool.coupon-validator.api-by-path] 'c/*': expected one of 'auto', ",
        ),
        ("per-file-ignores = 3", "[tool.coupon-validator.per-file-ignores] expected a table"),
        (
            '[[tool.coupon-validator.suppress]]\nfile = "a.json"\npointer = ""\ncode = "S007"',
            "[[tool.coupon-validator.suppress]] #1: missing required key 'reason'",
        ),
        (
            '[[tool.coupon-validator.suppress]]\nfile = "a.json"\npointer = ""\ncode = "S007"\n'
            'reason = "  "',
            "[[tool.coupon-validator.suppress]] #1 'reason': expected a non-empty explanation",
        ),
        (
            '[[tool.coupon-validator.suppress]]\nfile = "a.json"\npointer = "coupon"\n'
            'code = "S007"\nreason = "r"',
            "[[tool.coupon-validator.suppress]] #1 'pointer': expected a JSON Pointer",
        ),
        (
            '[[tool.coupon-validator.suppress]]\nfile = "a.json"\npointer = ""\ncode = "S"\n'
            'reason = "r"',
            "[[tool.coupon-validator.suppress]] #1 'code': expected one rule code, not the prefix",
        ),
        (
            '[[tool.coupon-validator.suppress]]\nfiles = "a.json"\npointer = ""\ncode = "S007"\n'
            'reason = "r"',
            "[[tool.coupon-validator.suppress]] #1: unknown key 'files' (did you mean 'file'?)",
        ),
    ],
)
def test_bad_values_are_usage_errors_naming_the_key(repo: Path, body: str, expected: str) -> None:
    if not body.startswith("["):
        body = "[tool.coupon-validator]\n" + body
    _pyproject(repo, body + "\n")
    err = _usage_error("coupons")
    assert err.startswith("coupon-validator: error: pyproject.toml: " + expected), err


def test_invalid_toml_and_missing_config_file_are_usage_errors(repo: Path) -> None:
    _pyproject(repo, "[tool.coupon-validator\n")
    assert "pyproject.toml: invalid TOML" in _usage_error("coupons")
    err = _usage_error("--config", "missing.toml", "coupons")
    assert err == "coupon-validator: error: missing.toml: no such file"


# --- what the keys do ---------------------------------------------------------------------


def test_select_ignore_fail_on_and_api_apply(repo: Path) -> None:
    _write(repo / "coupons" / "bare.json", BARE)
    _pyproject(repo, '[tool.coupon-validator]\nselect = ["S007"]\nfail-on = "warning"\n')
    assert _codes("coupons") == (1, [("coupons/extra.json", "S007", "/coupon/extra")])
    _pyproject(
        repo, '[tool.coupon-validator]\napi = "create-coupon-stock"\nselect = ["D", "S001"]\n'
    )
    code, found = _codes("coupons/bare.json")
    assert code == 1 and {c for _, c, _ in found} == {"S001"}  # no D001: the API was given


def test_command_line_overrides_configuration(repo: Path) -> None:
    _pyproject(
        repo,
        '[tool.coupon-validator]\nselect = ["A"]\nignore = ["S007"]\nfail-on = "warning"\n'
        'api = "product-coupon-create"\n',
    )
    assert _codes("coupons") == (0, [])  # only A selected, and the file read as product API
    code, found = _codes("--select", "S", "coupons")  # config's api and ignore still apply
    assert code == 1 and {c for _, c, _ in found} == {"S001"}
    args = ("--select", "S", "--ignore", "A", "--fail-on", "error", "--api", "auto", "coupons")
    # the S007 warning is shown (select/ignore overridden) but does not fail (fail-on error)
    assert _codes(*args) == (0, [("coupons/extra.json", "S007", "/coupon/extra")])


def test_per_file_ignores_by_glob(repo: Path) -> None:
    _write(repo / "legacy" / "old" / "extra.json", SHOP_EXTRA)
    _pyproject(repo, '[tool.coupon-validator.per-file-ignores]\n"legacy/**/*.json" = ["S00"]\n')
    assert _codes("coupons", "legacy") == (0, [("coupons/extra.json", "S007", "/coupon/extra")])


def test_api_by_path_lets_one_repository_hold_every_api(repo: Path) -> None:
    _write(repo / "stock" / "bare.json", BARE)
    _write(repo / "stock" / "elsewhere.json", BARE)
    _pyproject(
        repo,
        '[tool.coupon-validator.api-by-path]\n"stock/bare.json" = "create-coupon-stock"\n'
        '"coupons/" = "shop-coupon-add"\n',
    )
    _, found = _codes("--select", "D,S001", "stock")
    # not mapped: detected as the bare WeChat Pay body it is (busifavor-stock-create)
    assert ("stock/elsewhere.json", "S001", "/belong_merchant") in found
    assert {c for f, c, _ in found if f == "stock/bare.json"} == {"S001"}
    assert ("stock/bare.json", "S001", "/coupon_data") in found


def test_targeted_suppression_needs_file_pointer_and_code(repo: Path) -> None:
    _write(repo / "coupons" / "other.json", SHOP_EXTRA)
    _pyproject(
        repo,
        '[[tool.coupon-validator.suppress]]\nfile = "coupons/extra.json"\npointer = "/coupon"\n'
        'code = "S007"\nreason = "the partner API accepts extra; ticket COUP-12"\n'
        '[[tool.coupon-validator.suppress]]\nfile = "*.json"\npointer = "/coupon/extra"\n'
        'code = "S001"\nreason = "a different code: suppresses nothing here"\n',
    )
    assert _codes("coupons") == (0, [("coupons/other.json", "S007", "/coupon/extra")])


def test_globs_are_relative_to_the_configuration_file(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pyproject(repo, '[tool.coupon-validator.per-file-ignores]\n"coupons/*.json" = ["S007"]\n')
    monkeypatch.chdir(repo / "coupons")
    assert _codes("extra.json") == (0, [])
    assert _codes(str(repo / "coupons" / "extra.json")) == (0, [])


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*.json", "a/b/c.json", True),  # no slash: the file name alone
        ("legacy/*.json", "legacy/a.json", True),
        ("legacy/*.json", "legacy/sub/a.json", False),  # * stays in one segment
        ("legacy/**/*.json", "legacy/a.json", True),
        ("legacy/**/*.json", "legacy/x/y/a.json", True),
        ("legacy/", "legacy/x/y/a.jsonl", True),
        ("./legacy/a.json", "legacy/a.json", True),
        ("**/spring-?.json", "a/spring-1.json", True),
        ("[ab].json", "b.json", True),
        ("[!ab].json", "b.json", False),
        ("legacy/*.json", "../legacy/a.json", False),  # outside the configuration's directory
    ],
)
def test_glob_semantics(pattern: str, path: str, matches: bool) -> None:
    assert config.glob_matches(pattern, path) is matches


def test_file_selection_keys(repo: Path) -> None:
    """exclude, extend-exclude, include, respect-gitignore and force-exclude are read as given
    (tests/inputs/test_file_selection.py checks what the walk does with them)."""
    _pyproject(
        repo,
        "[tool.coupon-validator]\n"
        'exclude = ["fixtures/broken/**"]\n'
        'extend-exclude = ["*.generated.json"]\n'
        'include = ["coupons/**"]\n'
        "respect-gitignore = false\n"
        "force-exclude = true\n",
    )
    settings = config.load(None)
    assert settings.exclude == ("fixtures/broken/**",)
    assert settings.extend_exclude == ("*.generated.json",)
    assert settings.include == ("coupons/**",)
    assert (settings.respect_gitignore, settings.force_exclude) == (False, True)
    defaults = config.Config(root=str(repo))
    assert (defaults.exclude, defaults.extend_exclude, defaults.include) == (None, (), None)
    assert (defaults.respect_gitignore, defaults.force_exclude) == (True, False)


def test_select_all_in_the_configuration(repo: Path) -> None:
    _pyproject(repo, '[tool.coupon-validator]\nselect = ["ALL"]\nignore = ["S007"]\n')
    assert _codes("coupons") == (0, [])
    _pyproject(repo, '[tool.coupon-validator]\nselect = ["all"]\n')
    assert _codes("coupons")[1][0][1] == "S007"
