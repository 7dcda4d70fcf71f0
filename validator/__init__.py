"""coupon-validator: offline checks of WeChat coupon-creation request bodies.

The public library API: ``validate``, ``validate_file``, ``assert_valid`` and ``Diagnostic``.
Everything else in the package is internal. The module keeps its namespace to those names:
helpers are imported inside the functions, and ``dir(validator)`` (what an editor completes)
lists the public API alone, not the submodules Python binds here as they are imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from validator.finding import Diagnostic
from validator.text import message as _message

if TYPE_CHECKING:
    from os import PathLike
    from typing import Any

    from validator.text import Text

__all__ = ["Diagnostic", "assert_valid", "validate", "validate_file"]

#: The file name diagnostics carry when the payload did not come from a file.
PAYLOAD_NAME = "<payload>"

# The library's own texts (``validator.text``; the Chinese is in ``validator.text.zh``).
_PAYLOAD_FINDINGS = _message("library.payload-findings", "{subject} has {count} finding(s):")
_API_PAYLOAD = _message("library.api-payload", "{api} payload")
_PAYLOAD = _message("library.payload", "payload")
_ROOT = _message("library.root", "(root)")


def validate(
    payload: dict[str, Any] | str | bytes,
    api: str = "auto",
    now: int | None = None,
    lang: str | None = None,
) -> list[Diagnostic]:
    """Validate one request body; never raises for a bad payload.

    ``str``/``bytes`` are raw JSON text: positions and loader codes (J…) apply. A ``dict`` is
    serialised with ``json.dumps(payload, indent=2, ensure_ascii=False)`` first, so its
    diagnostics carry positions in that rendering, and Python values JSON cannot hold (a set,
    a datetime) are reported as J001 instead of raising. Python floats stay floats, so
    ``{"discount_fee": 10.0}`` gets S002 just as the text ``10.0`` does.

    ``lang`` (``"zh"`` or ``"en"``) is the language of the messages; None chooses it as the
    command line does without ``--lang``: ``COUPON_VALIDATOR_LANG``, then ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` (any ``zh…`` means Chinese), else English.
    """
    import json
    import time

    from validator.engine import check_loaded, to_diagnostics
    from validator.json.loader import load_bytes, load_text, not_json_data

    _check_api(api)
    moment = int(time.time()) if now is None else now
    if isinstance(payload, bytes):
        loaded = load_bytes(payload)
    elif isinstance(payload, str):
        loaded = load_text(payload)
    else:
        try:
            text = json.dumps(payload, indent=2, ensure_ascii=False)
        except (TypeError, ValueError) as error:
            loaded = not_json_data(error)
        else:
            loaded = load_text(text)
    used_api, findings = check_loaded(loaded, api, moment)
    return to_diagnostics(findings, loaded, file=PAYLOAD_NAME, api=used_api, lang=_language(lang))


def validate_file(
    path: str | PathLike[str],
    api: str = "auto",
    now: int | None = None,
    lang: str | None = None,
) -> list[Diagnostic]:
    """Validate a ``.json`` or ``.jsonl`` file; raises ``OSError`` only if it cannot be read.
    ``lang`` as for ``validate``."""
    import os
    import time

    from validator.inputs.runner import check_one

    _check_api(api)
    moment = int(time.time()) if now is None else now
    language = _language(lang)
    report = check_one(os.fspath(path), api, moment, lang=language)
    if report.io_error:
        from validator.text import render

        raise OSError(render(report.io_error, language))
    return report.diagnostics


def assert_valid(
    payload: dict[str, Any] | str | bytes,
    api: str = "auto",
    now: int | None = None,
    fail_on: str = "error",
    lang: str | None = None,
) -> None:
    """Raise ``AssertionError`` listing every finding when any is at or above ``fail_on``.

    The default matches the command line (warnings alone pass); use ``fail_on="warning"`` in
    tests that want spotless payloads. pytest leaves this function's frame out of the
    traceback (``__tracebackhide__``): a failure points at the test that called it, and the
    message lists the findings. ``lang`` as for ``validate``: the whole message is in it.
    """
    __tracebackhide__ = True
    from validator.finding import SEVERITY_RANK

    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail_on must be one of {sorted(SEVERITY_RANK)}, not {fail_on!r}")
    language = _language(lang)
    diagnostics = validate(payload, api=api, now=now, lang=language)
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[d.severity] >= threshold for d in diagnostics):
        apis = {d.api for d in diagnostics if d.api}
        subject = _API_PAYLOAD(api=apis.pop()) if len(apis) == 1 else _PAYLOAD()
        header = _PAYLOAD_FINDINGS(subject=subject, count=len(diagnostics))
        raise AssertionError("\n".join(_finding_lines(header, diagnostics, language)))


def _finding_lines(header: Text, diagnostics: list[Diagnostic], lang: str) -> list[str]:
    """``header`` then one line per finding, ``  CODE severity pointer: message``, in ``lang``
    (``assert_valid`` and the request guard's exception say their findings so)."""
    from validator.text import render

    root = render(_ROOT(), lang)
    lines = [render(header, lang)]
    lines += [f"  {d.code} {d.severity} {d.pointer or root}: {d.message}" for d in diagnostics]
    return lines


def _language(lang: str | None) -> str:
    """``lang`` checked, or the language the environment chooses when it is None."""
    from validator.text import LANGUAGES
    from validator.text.language import from_environment

    if lang is None:
        return from_environment()
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {list(LANGUAGES)}, not {lang!r}")
    return lang


def _check_api(api: str) -> None:
    from validator.apis import API_IDS

    if api != "auto" and api not in API_IDS:
        raise ValueError(f"api must be 'auto' or one of {', '.join(API_IDS)}, not {api!r}")


def __dir__() -> list[str]:
    """The public API only: what ``dir(validator)`` and completion in an editor offer."""
    return sorted(__all__)
