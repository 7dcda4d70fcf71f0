"""The words of the schema findings: every template the walker reports with, and how a member,
a type and a number are named in a message.

One place for them, so that a message reads the same whichever keyword produced it, and the
walker's methods say only which finding they report and when. Each message is a template of
``validator.text`` (its Chinese wording is in ``validator.text.zh.schema``); an optional clause
is a template of its own, passed as a parameter, or ``""`` when absent. The sentences the schema
files carry (``x-hint``, ``x-message``…) are in ``validator.schema.texts``.
"""

from __future__ import annotations

from validator.text import Template, Text, message

# -- fragments ------------------------------------------------------------------------------

#: A JSON type as the message names the expected value ("must be an integer").
TYPE_WORDS = {
    "object": message("schema.an-object", "an object"),
    "array": message("schema.an-array", "an array"),
    "string": message("schema.a-string", "a string"),
    "integer": message("schema.an-integer", "an integer"),
    "boolean": message("schema.true-or-false", "true or false"),
    "number": message("schema.a-number", "a number"),
}
_OR = message("schema.or", "{left} or {right}")
_AND = message("schema.and", "{left} and {right}")
_THE_DOCUMENT = message("schema.the-document", "the document")
#: ``{message}; {clause}``: a server answer after a conditional's message.
CLAUSE = message("schema.clause", "{message}; {clause}")
DID_YOU_MEAN = message("schema.did-you-mean", "did you mean {suggestion}?")
_YUAN = message("schema.float-yuan", "if it means {value} yuan, write {fen} (fen){also}")
_ALREADY_FEN = message("schema.float-already-fen", ", if it is already fen, write {value}")
_WHOLE = message("schema.float-whole", "write {value} without a fraction")
BELOW = message("schema.below", "is below {bound}")
ABOVE = message("schema.above", "is above {bound}")
NOT_MULTIPLE = message("schema.not-multiple", "is not a multiple of {bound}")
CHARACTER = message("schema.character", "character")
CHARACTERS = message("schema.characters", "characters")
AT_LEAST = message("schema.at-least", "at least {bound}")
AT_MOST = message("schema.at-most", "at most {bound}")
DATE_TIME_EXAMPLE = message("schema.date-time-example", " like 2030-04-01T00:00:00+08:00")

# -- the findings ---------------------------------------------------------------------------
# Each ends in ``{more}``: the clauses after it (a repair, a hint, a server answer), chained by
# ``MORE``, or ``""``. A slot rather than a wrapping Text keeps a finding small (``fragment``).

MORE = message("schema.more", "; {clause}{more}")
MISSING = message("S001.missing", "missing required member {name}{more}")
MISSING_IN = message("S001.missing-in", "missing required member {name} in {parent}{more}")
WRONG_TYPE = message("S002.wrong-type", "{name} must be {expected}, got {value}{more}")
WRONG_KIND = message("S002.wrong-kind", "{name} must be {expected}, got {kind}{more}")
WRONG_NULL = message("S002.wrong-null", "{name} must be {expected}, got null{more}")
WRONG_STRING = message("S002.wrong-string", "{name} must be {expected}, got {kind} {value}{more}")
NOT_IN_ENUM = message("S003.not-in-enum", "{name} {value} is not one of {allowed}{more}")
OUT_OF_RANGE = message("S004.out-of-range", "{name} {value} {problems}{more}")
LENGTH = message("S005.length", "{name} has {count} {noun}; {bound} (code points){more}")
ITEMS = message("S005.items", "{name} has {count} items; {bound}{more}")
NOT_DATE_TIME = message(
    "S006.not-date-time", "{name} {value} is not an RFC 3339 date-time{example}{more}"
)
NO_MATCH = message("S006.no-match", "{name} {value} does not match {pattern}{more}")
UNKNOWN = message("S007.unknown", "unknown member {name}{more}")
DUPLICATE = message(
    "S008.duplicate", "duplicate item {value} in {name} (first at index {first}){more}"
)
SOFT_BELOW = message("S009.below", "{name} {value} is below the plausible minimum {bound}{more}")
SOFT_ABOVE = message("S009.above", "{name} {value} is above the plausible maximum {bound}{more}")
SOFT_EMPTY = message("S009.empty", "{name} is empty; give it a value{more}")
SOFT_ITEMS = message("S009.items", "{name} has {count} items; expected at least {bound}{more}")
_NOT_A_URL = message(
    "S010.not-a-url",
    "{name} must be an http(s) URL (WeChat wants the URL returned by its image upload API), "
    "got {value}{more}",
)
_NOT_AN_APPID = message(
    "S011.not-an-appid",
    "{name} {value} does not look like an appid (wx followed by 16 hex characters){more}",
)
#: The messages of a coded conditional whose ``allOf`` entry has no ``x-message``.
IGNORED_WHEN = message(
    "schema.ignored-when", "{member} is ignored when {trigger} is {value}; remove it"
)
REQUIRES = message("schema.requires", "{trigger} {value} requires {member}; add it")


#: Fragments made once and shared by every finding that uses them (see ``fragment``).
_FRAGMENTS: dict[tuple[object, ...], Text] = {}


def fragment(template: Template, **params: str | int) -> Text:
    """``template(**params)``, made once per distinct values and then shared.

    Why: a document may hold 10^5 bad items, and each finding keeps its Text until the report
    is written. The fragments of a message (a type word, a bound, a schema sentence) repeat
    across those findings, so sharing them keeps a finding about as small as the English
    string it used to be. Texts are never changed once made, so sharing one is safe.
    """
    key = (template.key, *sorted(params.items()))
    found = _FRAGMENTS.get(key)
    if found is None:
        found = _FRAGMENTS[key] = template(**params)
    return found


def describe_name(pointer: str) -> str | Text:
    """The member name a message talks about: the last token, or ``name[2]`` for an item."""
    tokens = pointer.rsplit("/", 2)
    last = tokens[-1].replace("~1", "/").replace("~0", "~")
    if last.isdigit() and len(tokens) > 2:
        return f"{tokens[-2].replace('~1', '/').replace('~0', '~')}[{last}]"
    return last or fragment(_THE_DOCUMENT)


def expected_types(types: tuple[str, ...]) -> Text:
    """The types a value may have, as the message names them: "an object or an array"
    (made once per list of types)."""
    key = ("expected", *types)
    words = _FRAGMENTS.get(key)
    if words is None:
        words = fragment(TYPE_WORDS[types[0]])
        for name in types[1:]:
            words = _OR(left=words, right=fragment(TYPE_WORDS[name]))
        _FRAGMENTS[key] = words
    return words


def problems(*broken: tuple[Template, str]) -> Text:
    """The bounds one number breaks, each a (template, bound) pair, joined: "is below 2000 and
    is not a multiple of 100" (made once per combination)."""
    key = ("problems", *((template.key, bound) for template, bound in broken))
    joined = _FRAGMENTS.get(key)
    if joined is None:
        template, bound = broken[0]
        joined = fragment(template, bound=bound)
        for template, bound in broken[1:]:
            joined = _AND(left=joined, right=fragment(template, bound=bound))
        _FRAGMENTS[key] = joined
    return joined


def number_text(value: float | int) -> str:
    """A bound or a value as a person writes it: ``10``, not ``10.0``."""
    return str(value) if isinstance(value, int) or not value.is_integer() else str(int(value))


def reads_as_yuan(value: float) -> bool:
    """Whether a float in an amount field is a whole number of fen once read as yuan (9.9)."""
    return abs(value) < 1e13 and abs(value * 100 - round(value * 100)) < 1e-6


def float_repair(value: float, *, money: bool) -> Text | str:
    """The repair a float in an integer field suggests (``""`` for none). For money both readings
    are named, because 10.0 may be 10 fen or 10 yuan (1000 fen): the tool never guesses which."""
    whole = value.is_integer()
    if money and reads_as_yuan(value):
        shown = number_text(value)
        also = _ALREADY_FEN(value=shown) if whole else ""
        return _YUAN(value=shown, fen=round(value * 100), also=also)
    return _WHOLE(value=number_text(value)) if whole else ""


def shape_template(code: str) -> Template:
    """The message of a value that breaks its ``x-shape`` (``name``, ``value``): S010 for a URL
    member, S011 for an appid member."""
    return _NOT_A_URL if code == "S010" else _NOT_AN_APPID
