"""The Chinese messages of the eight real payloads of tests/data/samples.

``tests/test_samples.py`` checks which findings each sample gives; this checks what a Chinese
reader is told about them: every message of every sample, with ``--lang zh`` through the real
command line, as in ``tests/data/samples.messages.zh.json`` (the three WeChat Pay merchant-coupon
bodies are also run wrapped in ``coupon_data``, as create-coupon-stock). The expectations were
read by a Chinese reader; after a deliberate change of wording, rewrite them with
``python -m tests.test_samples_zh`` and review the diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, run_json
from tests.test_samples import EXPECTED, SAMPLES, SAMPLES_NOW, _wrapped

EXPECTATIONS = SAMPLES.parent / "samples.messages.zh.json"


def _messages(path: Path, *options: str) -> list[dict[str, Any]]:
    _, output = run_json("--lang", "zh", "--now", str(SAMPLES_NOW), *options, str(path))
    return [
        {"code": d["code"], "pointer": d["pointer"], "line": d["line"], "message": d["message"]}
        for d in output["diagnostics"]
    ]


def chinese_messages(scratch: Path) -> dict[str, list[dict[str, Any]]]:
    """Every sample's diagnostics in Chinese, by sample name (``+wrapped`` for the wrapped run)."""
    found = {}
    for name, (wrap, *_) in sorted(EXPECTED.items()):
        found[name] = _messages(SAMPLES / name)
        if wrap:
            wrapped = scratch / name
            wrapped.write_text(_wrapped(SAMPLES / name), encoding="utf-8")
            found[f"{name}+wrapped"] = _messages(wrapped, "--api", "create-coupon-stock")
    return found


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    return chinese_messages(tmp_path_factory.mktemp("wrapped"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_chinese_messages_of_each_sample(
    name: str, found: dict[str, list[dict[str, Any]]]
) -> None:
    expected = json.loads(EXPECTATIONS.read_text(encoding="utf-8"))
    for key in (name, f"{name}+wrapped"):
        if key in found or key in expected:
            assert found.get(key) == expected.get(key), key


def test_every_chinese_message_of_the_samples_is_chinese(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    for name, diagnostics in found.items():
        for diagnostic in diagnostics:
            text = diagnostic["message"]
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (name, text)


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        found = chinese_messages(Path(scratch))
    text = json.dumps(found, indent=2, ensure_ascii=False) + "\n"
    EXPECTATIONS.write_text(text, encoding="utf-8")
    print(EXPECTATIONS.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
