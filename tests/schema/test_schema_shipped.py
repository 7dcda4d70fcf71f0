"""The fast paths shipped as modules match the schemas, and are used only when they do.

``validator.schema.shipped`` keeps each API's generated fast path as a module of its package, so
that a process loads bytecode instead of compiling a few hundred lines per API. A stale module
must fail here (so that it is never released) and must never run (so that a checkout with one
gives the same findings as a fresh one).
"""

from __future__ import annotations

import builtins
import subprocess
import sys
from typing import Any

import pytest

from tests.conftest import REPO
from validator.apis import API_IDS
from validator.schema import CompiledSchema, compiled, load_raw, shipped
from validator.schema.fast import source
from validator.schema.write_shipped import expected_text


@pytest.mark.parametrize("api", API_IDS)
def test_every_shipped_module_is_what_the_generator_writes_now(api: str) -> None:
    path = shipped.module_path(api)
    assert path is not None
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    assert text == expected_text(api), (
        f"{path} is stale: run `python -m validator.schema.write_shipped`"
    )


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names given to ``compile`` from now on (the fast path's is recognisable)."""
    names: list[str] = []
    real = builtins.compile

    def spy(text: Any, filename: Any, *args: Any, **kwargs: Any) -> Any:
        names.append(str(filename))
        return real(text, filename, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", spy)
    return names


FAST_FILE = "<coupon-validator schema fast path>"


@pytest.mark.parametrize("api", API_IDS)
def test_a_shipped_schema_loads_its_fast_path_without_compiling_it(
    api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiles = _compiles(monkeypatch)
    fast = compiled(api).fast_path()
    assert fast is not None
    assert FAST_FILE not in compiles


def test_a_stale_shipped_module_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped text differs from what the generator writes: the source is compiled."""
    schema = compiled("shop-coupon-add")
    written = source(schema.root)
    assert shipped.code_for("shop-coupon-add", written) is not None
    assert shipped.code_for("shop-coupon-add", written + "\n# edited\n") is None
    monkeypatch.setattr(shipped, "HEADER", "# another header\n")
    compiles = _compiles(monkeypatch)
    assert schema.fast_path() is not None
    assert compiles == [FAST_FILE]


def test_a_schema_that_is_not_shipped_compiles_its_own_fast_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A schema given by a caller, even with the same text as a shipped one, is never taken
    for it: only ``compiled(api)`` is the shipped schema."""
    compiles = _compiles(monkeypatch)
    schema = CompiledSchema(load_raw("channels-ec-coupon-create"), api="channels-ec-coupon-create")
    assert schema.shipped_as is None
    assert schema.fast_path() is not None
    assert compiles == [FAST_FILE]


def test_an_api_without_a_shipped_module_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shipped, "MODULE", "no_such_module")
    schema = compiled("favor-stock-create")
    assert shipped.code_for("favor-stock-create", source(schema.root)) is None


def test_loading_a_shipped_fast_path_imports_little() -> None:
    """Loading goes through ``importlib.machinery``'s loader: ``importlib.util`` (with
    ``contextlib`` and more) would cost a pre-commit run of a few files more than it saves."""
    script = (
        "import json, sys\n"
        "from validator import validate\n"
        "from validator.schema import compiled\n"
        "body = json.load(open('examples/shop-coupon-add.json', encoding='utf-8'))\n"
        "for _ in range(compiled('shop-coupon-add').fast_after):\n"
        "    assert validate(body, now=1800000000) == []\n"
        "assert compiled('shop-coupon-add').on_fast_path\n"
        "print('importlib.util' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
