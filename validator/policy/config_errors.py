"""The mistakes a configuration file can have, as messages (``validator.policy.config`` finds them).

Each is a ``validator.text`` template: a file with a mistake cannot be trusted to say the
language (its ``lang`` may be the mistake), so the command line renders the message in the
language of ``--lang`` or of the environment. A message names where the mistake is (the file,
the TOML header of its table, the key or entry) in no language, and what is wrong in words.
"""

from __future__ import annotations

from validator.text import Text, message


class ConfigError(ValueError):
    """The configuration cannot be used (a usage error, exit 2); the message names the key.

    ``problem`` is the message as a ``Text`` (``str()`` gives the English).
    """

    @property
    def problem(self) -> Text:
        return self.args[0]  # type: ignore[no-any-return]


NO_SUCH_FILE = message("config.no-such-file", "{path}: no such file")
CANNOT_READ = message("config.cannot-read", "{path}: cannot read ({reason})")
TOO_LARGE = message("config.too-large", "{path}: too large for a configuration file (over 10 MiB)")
INVALID_TOML = message("config.invalid-toml", "{path}: invalid TOML ({error})")
#: A problem in the file: its path, the TOML header of the table it is in (``[tool.…] ``, or
#: ``""`` at the top level of a file that is not a pyproject.toml), and the problem.
IN_FILE = message("config.in-file", "{path}: {header}{problem}")
#: A problem with one key or entry: ``'select'``, ``#2 'code'``.
AT = message("config.at", "{where}: {problem}")
UNKNOWN_KEY = message("config.unknown-key", "unknown key {key}{hint}")
ONLY_PYPROJECT = message(
    "config.only-pyproject",
    " (only a file named {pyproject} uses a [tool.coupon-validator] table)",
)
EXPECTED_ONE_OF = message("config.expected-one-of", "expected one of {choices}, got {value}")
EXPECTED_CODES = message(
    "config.expected-codes", "expected a list of rule codes or prefixes, got {value}"
)
AT_LEAST_ONE_CODE = message("config.at-least-one-code", "expected at least one rule code or prefix")
EXPECTED_GLOB = message("config.expected-glob", "expected a non-empty file glob, got {value}")
INVALID_GLOB = message("config.invalid-glob", "invalid file glob {glob}")
EXPECTED_GLOBS = message("config.expected-globs", "expected a list of file globs, got {value}")
EXPECTED_BOOLEAN = message("config.expected-boolean", "expected true or false, got {value}")
EXPECTED_PER_FILE = message(
    "config.expected-per-file-ignores", "expected a table of file glob = [rule codes]"
)
EXPECTED_API_BY_PATH = message(
    "config.expected-api-by-path", "expected a table of file glob = API id"
)
EXPECTED_SUPPRESS = message(
    "config.expected-suppress",
    "expected an array of tables, each with file, pointer, code, reason",
)
MISSING_KEY = message("config.missing-key", "missing required key {key}")
EXPECTED_POINTER = message(
    "config.expected-pointer", "expected a JSON Pointer ('' or '/…'), got {value}"
)
EXPECTED_REASON = message("config.expected-reason", "expected a non-empty explanation, got {value}")
EXPECTED_CODE = message("config.expected-code", "expected a rule code, got {value}")
PREFIX_NOT_CODE = message("config.prefix-not-code", "expected one rule code, not the prefix {code}")
UNKNOWN_CODE = message("config.unknown-code", "unknown rule code {code}")


def at(where: str, problem: Text) -> ConfigError:
    """The error ``where: problem`` (``where`` names the key or entry, in no language)."""
    return ConfigError(AT(where=where, problem=problem))


def in_file(display: str, header: str, error: ConfigError) -> ConfigError:
    return ConfigError(IN_FILE(path=display, header=header, problem=error.problem))
