"""The words of the schema findings: how a member, a type and a number are named in a message.

One place for them, so that a message reads the same whichever keyword produced it, and the
walker's methods say only which finding they report and when.
"""

from __future__ import annotations

#: A JSON type as the message names the expected value ("must be an integer").
TYPE_WORDS = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "boolean": "true or false",
    "number": "a number",
}


def describe_name(pointer: str) -> str:
    """The member name a message talks about: the last token, or ``name[2]`` for an item."""
    tokens = pointer.rsplit("/", 2)
    last = tokens[-1].replace("~1", "/").replace("~0", "~")
    if last.isdigit() and len(tokens) > 2:
        return f"{tokens[-2].replace('~1', '/').replace('~0', '~')}[{last}]"
    return last or "the document"


def number_text(value: float | int) -> str:
    """A bound or a value as a person writes it: ``10``, not ``10.0``."""
    return str(value) if isinstance(value, int) or not value.is_integer() else str(int(value))


def float_repair(value: float, *, money: bool) -> str:
    """The repair a float in an integer field suggests. For money both readings are named,
    because 10.0 may be 10 fen or 10 yuan (1000 fen): the tool never guesses which."""
    whole = value.is_integer()
    if money and abs(value) < 1e13 and abs(value * 100 - round(value * 100)) < 1e-6:
        yuan = f"if it means {number_text(value)} yuan, write {round(value * 100)} (fen)"
        also = f", if it is already fen, write {number_text(value)}" if whole else ""
        return f"; {yuan}{also}"
    return f"; write {number_text(value)} without a fraction" if whole else ""


def shape_message(code: str, name: str, shown: str) -> str:
    """The finding of a value that breaks its ``x-shape`` (``shown`` is the quoted value):
    S010 for a URL member, S011 for an appid member."""
    if code == "S010":
        return (
            f"{name} must be an http(s) URL (WeChat wants the URL returned by its image upload "
            f"API), got {shown}"
        )
    return f"{name} {shown} does not look like an appid (wx followed by 16 hex characters)"
