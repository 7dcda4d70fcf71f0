"""Which language the messages are in: the first of these that says one.

1. ``--lang zh|en`` (or ``lang=`` of the library),
2. ``lang`` in ``[tool.coupon-validator]``,
3. the environment variable ``COUPON_VALIDATOR_LANG``,
4. the locale variables, in POSIX order of precedence: ``LC_ALL``, ``LC_MESSAGES``, ``LANG``;
   the first one that is set and not empty decides, and any ``zh…`` value (``zh_CN.UTF-8``,
   ``zh_TW``, ``zh``) means Chinese,
5. else English.

``COUPON_VALIDATOR_LANG`` accepts what ``--lang`` accepts (``zh`` or ``en``) and, like the locale
variables, any ``zh…`` or ``en…`` value; anything else there is ignored, as a locale the tool
has no wording for is. A locale of ``C`` or ``POSIX`` means English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from validator.text import LANGUAGES, Language

ENVIRONMENT_VARIABLE = "COUPON_VALIDATOR_LANG"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def _named(value: str) -> Language | None:
    """``zh``/``en`` for a value that names one of them (``zh_CN.UTF-8``, ``en-US``), else None."""
    lowered = value.strip().lower()
    for language in LANGUAGES:
        if lowered.startswith(language):
            return language
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> Language:
    """The language steps 3 to 5 choose (the command line and configuration said nothing)."""
    env = os.environ if environ is None else environ
    chosen = _named(env.get(ENVIRONMENT_VARIABLE, ""))
    if chosen is not None:
        return chosen
    for variable in LOCALE_VARIABLES:
        value = env.get(variable, "")
        if value:
            return "zh" if _named(value) == "zh" else "en"
    return "en"


def choose(
    option: str | None, configured: str | None, environ: Mapping[str, str] | None = None
) -> Language:
    """The language of a run: the option, else the configuration, else the environment."""
    for given in (option, configured):
        if given is not None:
            chosen = _named(given)
            if chosen is not None:
                return chosen
    return from_environment(environ)
