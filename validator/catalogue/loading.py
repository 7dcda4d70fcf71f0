"""J-codes: the loading rules, shared by every API (reported by ``validator.json.loader``).

Loading turns bytes into one JSON object: size, byte-order mark, UTF-8, syntax, limits, the
top-level type. These codes have no rule function, so their entries are written here. Each
status says what the rule rests on: RFC 8259, or a limit the project chose.

The failing examples must be broken on purpose, so they are made by editing a base's text
(``edit``); the two base texts this needs are the only examples rendered at import. Each passing
example is the base itself: the edit undone.
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_A, BASE_B, edit, fails, passes, text
from validator.catalogue.model import Example, describe

_TEXT_A = text(BASE_A)
_TEXT_B = text(BASE_B)

describe(
    code="J001",
    severity="error",
    name="invalid-json",
    summary="Invalid JSON (a syntax error no more specific J-code covers)",
    explanation="""
    The text is not JSON, for a reason that none of the more specific loading codes (J003 comments,
    J004 trailing comma, J006 NaN/Infinity, J009 limits) describes: an empty or whitespace-only
    file, single-quoted strings or keys, unquoted keys, text cut off before its closing bracket,
    a raw control character (a tab or line break) inside a string, or anything after the
    top-level value. No server can read such a body, so not a single field of it reaches WeChat.

    Only the first syntax problem of the document is reported, with pointer "" at the line and
    column where parsing failed. The finding is fatal: no API detection and no other rule runs.

    Typical cause: a body assembled by string concatenation or copied from a Python or JavaScript
    literal (`{'type': 102}`). Fix: build the body as a dict/object and serialise it with a JSON
    library (json.dumps, JSON.stringify); JSON strings and keys always use double quotes.
    """,
    status="CONFIRMED (RFC 8259)",
    sources=("RFC 8259",),
    # Base-A cut off before its last `}`, as a truncated download or copy leaves it.
    fail=fails(edit(_TEXT_A, "\n}\n", "\n"), ""),
    passing=passes(_TEXT_A),
)

describe(
    code="J002",
    severity="error",
    name="duplicate-member",
    summary="A member name appears twice in one object",
    explanation="""
    The same member name occurs twice in one object, for example two "type" members.
    RFC 8259 only says names SHOULD be unique, and parsers disagree about duplicates: most keep
    the last value, some the first, some reject the body. The value WeChat uses may therefore not
    be the one you reviewed. Duplicates usually come from editing a template by adding a line
    instead of changing the existing one.

    Loading goes on: like most parsers, the validator uses the **last** occurrence for every other
    rule. The finding is reported at the duplicated member's pointer (`/type`), positioned
    at the second occurrence's key. Fix: delete one of the two members and keep the value you
    mean.
    """,
    status="INFERRED (decided)",
    sources=("RFC 8259",),
    fail=fails(edit(_TEXT_B, '"type": 102,', '"type": 101,\n  "type": 102,'), "/type"),
    passing=passes(_TEXT_B),
)

describe(
    code="J003",
    severity="error",
    name="comment-in-json",
    summary="Comment (// or /* */) in the JSON text",
    explanation="""
    `//` or `/*` appears outside a string. JSON has no comments. The request examples on the
    official WeChat pages are annotated this way (`"promote_type": 4, // 视频号`,
    `// 1:商品指定时间区间`); pasted unchanged, such an example is not JSON and the server cannot
    parse the body at all.

    Reported with pointer "" at the first `/`; the finding is fatal, so nothing else in the
    document is checked until the comment is gone. Fix: delete the comments (keep explanations in
    your code or documentation, not in the request body).
    """,
    status="CONFIRMED (RFC 8259)",
    sources=("RFC 8259", "A-zh"),
    fail=fails(edit(_TEXT_B, '"type": 102,', '"type": 102, // 店铺满减'), ""),
    passing=passes(_TEXT_B),
    fix="removes `//` and `/* */` comments outside strings, with the blank space they leave (a "
    "line holding only a comment goes entirely)",
)

describe(
    code="J004",
    severity="error",
    name="trailing-comma",
    summary="Trailing comma before } or ]",
    explanation="""
    A comma is followed (after optional whitespace) by `}` or `]`. JavaScript and Python accept a
    comma after the last member or item, JSON does not, and a strict parser rejects the whole
    body. It typically appears after deleting the last member of an object by hand, or in bodies
    written as JavaScript object literals.

    Reported with pointer "" at the comma; the finding is fatal. Fix: remove the comma after the
    last member or item.
    """,
    status="CONFIRMED (RFC 8259)",
    sources=("RFC 8259",),
    # A comma after Base-B's last member (`valid_info`), before the closing `}`.
    fail=fails(edit(_TEXT_B, "\n  }\n}\n", "\n  },\n}\n"), ""),
    passing=passes(_TEXT_B),
    fix="removes the comma before `}` or `]`",
)

describe(
    code="J005",
    severity="warning",
    name="byte-order-mark",
    summary="The file starts with a UTF-8 byte-order mark",
    explanation="""
    The file starts with the UTF-8 byte-order mark (the bytes EF BB BF), which Windows editors add
    when saving as "UTF-8 with BOM". RFC 8259 forbids sending one and only allows parsers to
    ignore it, so whether a server accepts it depends on its parser. Some reject the body, some
    read the BOM as part of the first key.

    The validator skips the mark and checks the rest of the document normally, so this is a
    warning and it does not hide other findings. Reported with pointer "" at 1:1. Fix: save the
    file as plain UTF-8 without BOM (or strip the first three bytes before sending).
    """,
    status="INFERRED (RFC 8259 §8.1: senders must not add a BOM, parsers may ignore it)",
    sources=("RFC 8259",),
    fail=fails("\ufeff" + _TEXT_A, ""),
    passing=passes(_TEXT_A),
    fix="removes the byte-order mark",
)

describe(
    code="J006",
    severity="error",
    name="nan-or-infinity",
    summary="NaN or Infinity used as a number",
    explanation="""
    The bare word `NaN`, `Infinity` or `-Infinity` stands where a value is expected. These are not
    JSON numbers. They appear when a serialiser writes a float that came from a division by zero or
    a missing value: Python's json.dumps does so by default (allow_nan=True). Every number in these
    APIs is an integer anyway (amounts in fen, counts, Unix seconds), so the value is wrong even
    for a lenient parser.

    Reported with pointer "" at the word; the finding is fatal. Fix: compute a real integer (for
    example 2000 fen for 20 yuan) or leave the member out; serialise with allow_nan=False so the
    mistake fails in your code instead of at WeChat.
    """,
    status="CONFIRMED (RFC 8259)",
    sources=("RFC 8259",),
    fail=fails(edit(_TEXT_B, '"discount_fee": 2000', '"discount_fee": NaN'), ""),
    passing=passes(_TEXT_B),
)

describe(
    code="J007",
    severity="error",
    name="not-utf8",
    summary="The file is not UTF-8 (GBK, Latin-1, UTF-16, …)",
    explanation="""
    The bytes (after a byte-order mark, if any) are not valid UTF-8. Typical causes: the file was
    saved as GBK/GB2312, as Latin-1/Windows-1252, or as UTF-16 ("Unicode" in Windows editors).
    JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1); a server reading such a body
    either rejects it or stores coupon names and nicknames as garbage.

    Reported with pointer "" at the first byte that is not valid UTF-8; the finding is fatal.
    UTF-16 and UTF-32 text, with or without its byte-order mark, is recognised and named as such
    in the message (reported at 1:1, or at its first zero byte). Fix: re-save or re-encode the
    file as UTF-8 (in code: encode the serialised text with UTF-8 explicitly instead of relying
    on the platform's default encoding).
    """,
    status="CONFIRMED (RFC 8259)",
    sources=("RFC 8259",),
    # Base-A saved as UTF-16 (what Windows editors call "Unicode"): the runner encodes the text
    # with Example.encoding, which writes a UTF-16 byte-order mark and two bytes per character.
    # A str cannot hold the wrong encoding itself.
    fail=Example(_TEXT_A, pointer="", encoding="utf-16"),
    passing=passes(_TEXT_A),
)

describe(
    code="J008",
    severity="error",
    name="top-level-not-object",
    summary="The top-level value is not a JSON object",
    explanation="""
    The document is valid JSON, but its top-level value is not an object: an array of bodies, a
    string that contains JSON (serialised twice), a number, `null`. Every API checked here takes
    exactly one JSON object per request, so WeChat cannot read any field of it.

    Reported with pointer "" at the value; the finding is fatal. Fix: send one object per request.
    To check many bodies in one file, use a `.jsonl` file with one object per line. If the
    top-level value is a string, the body was serialised twice: serialise the object once.
    """,
    status="CONFIRMED (every API's body is an object)",
    sources=("A-zh", "B-new", "LK"),
    fail=fails([BASE_A], ""),
    passing=passes(_TEXT_A),
)

describe(
    code="J009",
    severity="error",
    name="document-limits-exceeded",
    summary="Document larger than 10 MiB, nested deeper than 64, or a number over 100 digits",
    explanation="""
    The document exceeds one of the loader's limits: it is larger than 10 MiB (10,485,760 bytes;
    checked first, and for `.jsonl` each line counts on its own), it nests deeper than 64 levels
    (the top-level object is level 1, a container at level 65 fails), or one number token has more
    than 100 digits. A real coupon body is a few kilobytes, fewer than 10 levels deep, and its
    largest number is a timestamp of 10 digits, so reaching a limit means the file is not a
    coupon body or the program that wrote it has a bug. RFC 8259 §9 lets every parser set such
    limits, and they keep the validator fast and safe on hostile input.

    Reported with pointer "", at 1:1 for the size and at the offending token otherwise; the
    finding is fatal. Fix: check that the right file is being validated, and look at the code that
    produced the huge number or the deep nesting.
    """,
    status="INFERRED (decided: the project's limits, as RFC 8259 §9 allows)",
    sources=("RFC 8259",),
    # Base-B's total_num written as 101 nines: one digit over the limit.
    fail=fails(edit(_TEXT_B, '"total_num": 300\n', '"total_num": ' + "9" * 101 + "\n"), ""),
    passing=passes(_TEXT_B),
)


def _quoted_ids(count: int) -> str:
    """Base-B as a type-2 coupon whose ``product_ids`` are ``count`` distinct numbers written as
    strings (one S002 each). Edited as text so the list stays on one line in ``explain``."""
    ids = '"' + '", "'.join(map(str, range(1, count + 1))) + '"'
    typed = edit(_TEXT_B, '"type": 102,', '"type": 2,')
    listed = f'"product_price": 19900,\n      "product_ids": [{ids}]\n'
    return edit(typed, '"product_price": 19900\n', listed)


describe(
    code="J010",
    severity="info",
    name="too-many-findings",
    summary="More than 1,000 findings in one document: the rest are counted, not listed",
    explanation="""
    One document (a `.json` file, or one record of a `.jsonl` file) has more than 1,000
    findings. The first 1,000 in output order (by line, column, code and pointer) are reported,
    and this one counts the rest: "N more findings not shown". It is reported with pointer "" at
    1:1, so it comes before the findings of its document.

    A coupon body has at most a few hundred meaningful findings; far more means one mistake
    repeated, typically every item of a long array written wrongly (ids as strings instead of
    numbers), or a file that is not a coupon body at all. Listing every one would cost memory
    and bury the useful findings in a CI log. The cap never changes the exit status: the
    findings shown already decide it. `check --fix` still fixes what it can among all of them.

    Fix: fix the findings shown (usually one mistake repeated) and check again.
    """,
    status="INFERRED (decided: the project's output limit)",
    sources=(),
    fail=fails(_quoted_ids(1100), ""),
    passing=passes(_quoted_ids(900)),
)
