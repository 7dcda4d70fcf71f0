"""Messages in two languages: keyed templates, rendered in the reader's language at the end.

Why keys and not translated strings: a stage (loader, schema, rule) decides *what* is wrong and
never knows who reads it. It reports a ``Text``: a ``Template`` (a stable key and its English
wording) and the values to fill in. The English is written where the finding is made, so a rule
still reads as one piece of code; the Chinese of every key lives in ``validator.text.zh`` and is
imported only when Chinese is chosen, so an English run never pays for it. ``render`` turns a
``Text`` into the string of one language at the very end (``engine.to_diagnostics``, the
reporters, the CLI), which is why codes, pointers and JSON keys cannot change with the language.

A parameter may itself be a ``Text`` (a fragment such as "an array of 3 items", or an optional
clause), rendered in the same language. Every other parameter is shown with ``str``; numbers,
member names and quoted values are the same in both languages.

Every ``Template`` is made at import time by ``message``, so importing the modules that report
findings lists them all (``TEMPLATES``): the tests check that each key has a Chinese wording with
exactly the same placeholders.
"""

from __future__ import annotations

from string import Formatter
from typing import Any, Literal

Language = Literal["en", "zh"]
LANGUAGES: tuple[Language, ...] = ("en", "zh")

#: Every template made so far: key → English wording.
TEMPLATES: dict[str, str] = {}


class Template:
    """One message of the tool, identified by ``key``; calling it with the values makes a Text."""

    __slots__ = ("english", "key")

    def __init__(self, key: str, english: str) -> None:
        self.key = key
        self.english = english

    def __call__(self, **params: Any) -> Text:
        return Text(self.key, self.english, params)

    def __repr__(self) -> str:
        return f"Template({self.key!r}, {self.english!r})"


class Text:
    """A message not yet rendered: its template's key and English wording, and the values.

    ``str(text)`` is the English rendering, so a ``Text`` also works where a plain string is
    expected (and an f-string that embeds one renders English: ``render`` it instead).
    Equality and hashing use the English rendering: two findings that read the same are equal.
    """

    __slots__ = ("english", "key", "params")

    def __init__(self, key: str, english: str, params: dict[str, Any]) -> None:
        self.key = key
        self.english = english
        self.params = params

    def render(self, lang: str = "en") -> str:
        """The message in ``lang`` (English for any language without a wording of the key).

        A wording is a ``str.format`` template only when the Text has values: then a literal
        brace is written ``{{`` or ``}}``. A wording without values is printed as written.
        """
        template = self.english if lang == "en" else _wording(lang, self.key, self.english)
        if not self.params:
            return template
        values = {
            name: value.render(lang) if isinstance(value, Text) else value
            for name, value in self.params.items()
        }
        return template.format_map(values)

    def __str__(self) -> str:
        return self.render("en")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return str(self) == str(other)
        if isinstance(other, str):
            return str(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __repr__(self) -> str:
        return f"Text({self.key!r}, {self.params!r})"

    def __reduce__(self) -> tuple[type[Text], tuple[str, str, dict[str, Any]]]:
        # Workers send findings to the parent: pickle the three fields, not the slots.
        return (Text, (self.key, self.english, self.params))

    def __contains__(self, part: str) -> bool:
        return part in str(self)


def message(key: str, english: str) -> Template:
    """Make the template ``key`` with its English wording (at import time, once per key).

    A key names one wording: making it again with other words is a programming error.
    """
    known = TEMPLATES.get(key)
    if known is not None and known != english:
        raise ValueError(f"message key {key!r} is already used for {known!r}")
    TEMPLATES[key] = english
    return Template(key, english)


def render(text: str | Text, lang: str = "en") -> str:
    """A message as a string in ``lang``; plain strings (values, names) pass unchanged."""
    return text.render(lang) if isinstance(text, Text) else text


def placeholders(wording: str) -> set[str]:
    """The names of the ``{placeholders}`` of a wording (``{{`` and ``}}`` are literal)."""
    return {name for _, name, _, _ in Formatter().parse(wording) if name is not None}


_loaded: dict[str, dict[str, str]] = {}
_rule_texts: dict[str, dict[str, dict[str, str]]] = {}


def _wording(lang: str, key: str, english: str) -> str:
    table = _loaded.get(lang)
    if table is None:
        table = _loaded[lang] = wordings(lang)
    return table.get(key, english)


def rule_texts(lang: str) -> dict[str, dict[str, str]]:
    """The catalogue texts of ``lang`` other than English, by rule code (``validator.text.zh``)."""
    if lang != "zh":
        return {}
    table = _rule_texts.get(lang)
    if table is None:
        from validator.text.zh import rule_texts as chinese

        table = _rule_texts[lang] = chinese()
    return table


def wordings(lang: str) -> dict[str, str]:
    """Every message wording of ``lang`` other than English, by key (imported on first use)."""
    if lang != "zh":
        return {}
    from validator.text.zh import messages

    return messages()
