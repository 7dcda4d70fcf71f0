"""The rule catalogue as data: one ``RuleInfo`` per code of ``spec/rules.md``.

Why data and not code: every consumer needs the same facts about a rule and none of them should
re-derive them. The engine takes a finding's severity from here (rule functions only decide
*whether* and *where* a rule fires), the ``rules`` and ``explain`` commands print the summary,
explanation and examples, the SARIF reporter lists every rule with its default level, and
``--select``/``--ignore`` and the configuration check codes and prefixes against ``RULES``.
Keeping the catalogue as plain values in one module means:

- a severity or status is changed in exactly one place, and the change can be reviewed line by
  line against the tables of rules.md (``tests/test_registry.py`` parses those tables and fails
  when the two disagree);
- the failing and passing examples are executable documentation: each is a complete request
  body that a test runs through the engine, so ``explain`` cannot drift into showing an example
  that does not behave as described;
- importing it is cheap: no rule module, schema or parser is loaded to list the rules, and no
  example is built or rendered until someone reads it (see "Why the examples are lazy").

The examples follow rules.md §12 (Base-A, Base-B, Base-C with one change). They are built from
the three base documents below, so a base stays written once and every example is the base plus
exactly the change the catalogue names.

Why the examples are lazy: almost no run reads them (only ``explain``, the tests and the docs
do), but every run imports this module to learn codes and severities. Building the ~85 example
documents at import (a deep copy of a base, the change applied, ``json.dumps(indent=2)``, which
is pure Python) was most of the import's ~9 ms, a large share of a one-file check's start-up
(issue 7). So ``_with`` only records the base and the changes, ``_fail``/``_pass`` keep that
description, and ``Example.document`` renders it the first time it is read and keeps the text.
What a reader sees is unchanged. Only the three base texts are rendered at import, because the
loading (J) examples are made by editing them as text. The descriptions hold references, not
copies, so the bases and change values here must never be mutated (callers that need a variant
of ``BASE_A`` copy it first, as the tests do).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from validator.finding import Severity

__all__ = [
    "BASE_A",
    "BASE_B",
    "BASE_C",
    "FAMILIES",
    "RULES",
    "SOURCES",
    "WORKED_NOW",
    "Example",
    "RuleInfo",
    "codes_matching",
    "get",
    "severity_of",
]

#: The order of the code families in ``RULES`` (and in the ``rules`` listing).
FAMILIES = ("J", "S", "D", "U", "A", "B", "C")

#: The ``--now`` every worked example of rules.md §12 runs with (2027-01-15).
WORKED_NOW = 1800000000

_CODE = re.compile(r"[JSDUABC][0-9]{3}")


class Example:
    """One request body that shows a rule failing or passing.

    ``document`` is the full text of the body. It is pretty-printed JSON (2-space indent) except
    for the failing examples of the loading rules (J…), which must be broken on purpose.
    Run it as *bytes*: ``document.encode(encoding)``. Library input given as ``str`` skips the
    byte-order-mark and UTF-8 steps of loading, so J005 and J007 only show up from bytes.
    ``encoding`` is ``"utf-8"`` everywhere except the failing J007 example, whose text must be
    encoded as Latin-1 to produce the invalid UTF-8 the rule is about.

    The text is lazy (see the module docstring): the constructor also takes a JSON value or a
    ``_with`` description instead of a ``str``, and ``document`` renders it (2-space indent,
    UTF-8 characters kept, final newline) on first access and keeps the result. Otherwise this
    behaves like the frozen record it replaces: the fields cannot be assigned
    (``AttributeError``), and equality, hashing and ``repr`` use the rendered ``document`` with
    ``api``, ``now``, ``pointer`` and ``encoding``.
    """

    __slots__ = ("_document", "api", "encoding", "now", "pointer")
    __match_args__ = ("document", "api", "now", "pointer", "encoding")

    api: str
    now: int
    pointer: str | None
    encoding: str

    def __init__(
        self,
        document: str | dict[str, Any] | list[Any] | _Changed,
        api: str = "auto",
        now: int = WORKED_NOW,
        pointer: str | None = None,
        encoding: str = "utf-8",
    ) -> None:
        init = object.__setattr__
        init(self, "_document", document)
        init(self, "api", api)
        init(self, "now", now)
        init(self, "pointer", pointer)
        init(self, "encoding", encoding)

    @property
    def document(self) -> str:
        """The full text of the body, rendered on first access."""
        text = self._document
        if not isinstance(text, str):
            text = _json(text)
            object.__setattr__(self, "_document", text)
        return text

    def to_bytes(self) -> bytes:
        """The exact bytes to feed the validator (``document`` in ``encoding``)."""
        return self.document.encode(self.encoding)

    def _fields(self) -> tuple[str, str, int, str | None, str]:
        return (self.document, self.api, self.now, self.pointer, self.encoding)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(document={self.document!r}, api={self.api!r}, "
            f"now={self.now!r}, pointer={self.pointer!r}, encoding={self.encoding!r})"
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Example], tuple[str, str, int, str | None, str]]:
        # Pickle and copy through the constructor (the default would assign the slots).
        return (type(self), self._fields())


class RuleInfo(NamedTuple):
    """Everything about one rule code except the code that decides whether it fires.

    A named tuple, not a dataclass: see ``validator.finding`` (the engine imports this module on
    every run).
    """

    code: str
    severity: Severity
    api: str | None
    name: str
    summary: str
    explanation: str
    status: str
    sources: tuple[str, ...]
    fail_example: Example
    pass_example: Example
    #: What ``check --fix`` does for this code, in one sentence (None: no safe fix). Cases the
    #: sentence does not cover are left alone; the finding's message suggests their repair.
    fix: str | None = None

    @property
    def fixable(self) -> bool:
        """True when at least one case of this code is fixed by ``check --fix``."""
        return self.fix is not None


# -- sources (rules.md §13) ----------------------------------------------------------------------

_WX = "https://developers.weixin.qq.com"
_A_PAGES = (
    _WX + "/miniprogram/dev/platform-capabilities/business-capabilities/ministore/"
    "minishopopencomponent2/API/coupon/"
)
_A_PAGES_EN = (
    _WX + "/miniprogram/dev/platform-capabilities/en/business-capabilities/ministore/"
    "minishopopencomponent2/API/coupon/"
)
_B_PAGES = _WX + "/miniprogram/dev/framework/ministore/minishopopencomponent/API/coupon/"
_B_PAGES_EN = (
    _WX + "/miniprogram/dev/platform-capabilities/en/business-capabilities/ministore/"
    "minishopopencomponent/API/coupon/"
)
_COMMUNITY = _WX + "/community/develop/doc/"
_WP_DOCS = "https://pay.weixin.qq.com/docs/"
_LK = "https://www.liankeonline.com/Help/"

#: Source label (without brackets) → where it is, as listed in rules.md §13.
SOURCES: dict[str, str] = {
    "A-zh": _A_PAGES + "add_coupon.html",
    "A-en": _A_PAGES_EN + "add_coupon.html",
    "A-get": _A_PAGES + "get_coupon.html",
    "A-update": _A_PAGES + "update_coupon.html",
    "A-status": _A_PAGES + "update_coupon_status.html",
    "A-confirm": _A_PAGES + "confirm.html",
    "seed000": "seeds/000_1979d619fa684d33.txt",
    "B-new": _B_PAGES + "create_coupon.html",
    "B-old": _WX + "/doc/ministore/minishopopencomponent/API/coupon/create_coupon.html",
    "B-en": _B_PAGES_EN + "create_coupon.html",
    "B-get": _B_PAGES + "get.html",
    "B-status": _B_PAGES_EN + "update_coupon_status.html",
    "B-109110": _COMMUNITY + "0002882b6405e8c3c38b9b45d51000",
    "B-109107": _COMMUNITY + "000862b59cccf8b8d58b1817b51800",
    "B-wrapper": _COMMUNITY + "000e420ca805c0aa870cca62551c00",
    "B-times": _COMMUNITY + "000a6226a8ce1869b2ab186ea51400",
    "seed001": "seeds/001_d66f4f0121625cac.txt",
    "CH": _WX + "/doc/store/shop/API/coupon/create.html",
    "CH-update": _WX + "/doc/channels/API/coupon/update.html",
    "CH-update2": _WX + "/doc/store/API/coupon/update.html",
    "CH-guide": _WX + "/doc/store/shop/guide/marketing/coupon.html",
    "WP": _WP_DOCS + "merchant/products/merchant-exclusive-coupon/apilist.html",
    "WP-partner": _WP_DOCS + "partner/products/merchant-exclusive-coupon/apilist.html",
    "WP-query": _WP_DOCS + "merchant/apis/merchant-exclusive-coupon/busi-favor/query-stock.html",
    "WPwiki": "https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_1.shtml",
    "WPwiki-query": "https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_2.shtml",
    "WPgo": (
        "https://github.com/wechatpay-apiv3/wechatpay-go "
        "(docs/merchantexclusivecoupon/CreateBusiFavorStockRequest.md)"
    ),
    "WP-min": _WX + "/community/personal/oCJUsw9VztOIj84gQ4X9hRfnGbYY/answer",
    "WP-favor": _WX + "/community/pay/doc/000048131ac6e0da1102f5cbc66800",
    "WP-forum-selfconsume": _COMMUNITY + "000ec698b281e0954ebd112c95b800",
    "WPim": "https://wechatpay.im/openapi/v3/marketing/busifavor/stocks",
    "LK": _LK + "Api/POST-Coupon-CreateCouponStock",
    "LK-cat": _LK + "ResourceModel?modelName=CouponAvailableTimeInfo",
    "LK-query": _LK + "Api/POST-Coupon-GetStoreAutoCouponStockList",
    "LK-modify": "http://www.liankeonline.com/Help/Api/POST-Coupon-ModifyCouponStock",
    "LK-merchant": _LK + "ResourceModel?modelName=MerchantReceiveCouponStockInfo",
    "seed002": "seeds/002_31cd765c0ced5559.txt",
    "WxJava": "https://github.com/binarywang/WxJava",
    "SKIT": "https://github.com/fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat",
    "hgyr": "https://github.com/handsomegyr/wechat",
    "RFC 8259": "https://www.rfc-editor.org/rfc/rfc8259",
    "RFC 6901": "https://www.rfc-editor.org/rfc/rfc6901",
    "RFC 3339": "https://www.rfc-editor.org/rfc/rfc3339",
}


def _sources(*labels: str) -> tuple[str, ...]:
    """``("[A-zh] https://…", …)`` for the given §13 labels (a typo fails at import)."""
    return tuple(f"[{label}] {SOURCES[label]}" for label in labels)


def _prose(text: str) -> str:
    """Source-friendly paragraphs: lines are joined, blank lines separate paragraphs."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


# -- example documents (rules.md §12) --------------------------------------------------------------

BASE_A: dict[str, Any] = {
    "coupon": {
        "out_coupon_id": "spring-2030-01",
        "type": 102,
        "promote_type": 4,
        "coupon_info": {
            "name": "春季满减券",
            "promote_info": {"promote_type": 4, "finder": {"nickname": "小店直播间"}},
            "discount_info": {"discount_condition": {"product_price": 29900}, "discount_fee": 3000},
            "receive_info": {
                "start_time": 1900000000,
                "end_time": 1900086400,
                "limit_num_one_person": 2,
                "total_num": 500,
            },
            "valid_info": {"valid_type": 1, "start_time": 1900000000, "end_time": 1900604800},
        },
    }
}

BASE_B: dict[str, Any] = {
    "type": 102,
    "name": "周末满减",
    "discount_info": {"discount_condition": {"product_price": 19900}, "discount_fee": 2000},
    "ext_info": {"valid_time": 1900000000, "invalid_time": 1900604800},
    "promote_info": {"promote_type": 1, "customize_channel": ""},
    "receive_info": {
        "start_time": 1900000000,
        "end_time": 1900086400,
        "limit_num_one_person": 1,
        "total_num": 300,
    },
    "valid_info": {"valid_type": 1, "start_time": 1900000000, "end_time": 1900604800},
}

BASE_C: dict[str, Any] = {
    "coupon_name": "门店满100减10",
    "coupon_type": 1,
    "discount_type": "NORMAL",
    "coupon_data": {
        "stock_name": "门店满100减10",
        "belong_merchant": "1900012345",
        "goods_name": "全场商品",
        "stock_type": "NORMAL",
        "coupon_use_rule": {
            "coupon_available_time": {
                "available_begin_time": "2030-04-01T00:00:00+08:00",
                "available_end_time": "2030-06-30T23:59:59+08:00",
            },
            "fixed_normal_coupon": {"discount_amount": 1000, "transaction_minimum": 10000},
            "use_method": "OFF_LINE",
        },
        "stock_send_rule": {"max_coupons": 5000, "max_coupons_per_user": 3},
        "out_request_no": "1900012345-20300401-0001",
        "coupon_code_mode": "WECHATPAY_MODE",
    },
}

# The §12 abbreviations, usable in the pointers of ``_with``.
_CI = "/coupon/coupon_info"
_CUR = "/coupon_data/coupon_use_rule"
_CAT = _CUR + "/coupon_available_time"

_A, _B, _C = "shop-coupon-add", "product-coupon-create", "create-coupon-stock"


class _Remove:
    """Type of the marker value for ``_with`` that deletes a member instead of setting it."""


_REMOVE = _Remove()


class _Changed:
    """``base`` with ``changes`` applied, as ``_with`` describes it; built only when needed.

    It holds references to ``base`` and the change values, not copies (building them is what
    import must not pay for), so neither may be mutated afterwards.
    """

    __slots__ = ("base", "changes")

    def __init__(self, base: dict[str, Any], changes: dict[str, Any]) -> None:
        self.base = base
        self.changes = changes

    def build(self) -> dict[str, Any]:
        """A deep copy of ``base`` with each ``pointer: value`` of ``changes`` applied in order.

        An existing member keeps its place and gets the new value; a new member is appended to
        its object (rules.md §12: "replaces the member of the same name" / "added to X").
        """
        import copy

        document = copy.deepcopy(self.base)
        for pointer, value in self.changes.items():
            *parents, last = pointer.split("/")[1:]
            target = document
            for key in parents:
                target = target[key]
            if value is _REMOVE:
                del target[last]
            else:
                target[last] = copy.deepcopy(value)
        return document


def _with(base: dict[str, Any], changes: dict[str, Any] | None = None) -> _Changed:
    """``base`` with each ``pointer: value`` of ``changes`` applied in order, as a description.

    Nothing is copied or applied here: ``_Changed.build`` does it when the example is first read.
    """
    return _Changed(base, dict(changes) if changes else {})


def _json(document: Any) -> str:
    """The pretty-printed text every example uses (2-space indent, UTF-8 characters kept).

    ``document`` is a JSON value or a ``_with`` description (built first).
    """
    import json

    if isinstance(document, _Changed):
        document = document.build()
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _edit(text: str | dict[str, Any] | _Changed, old: str, new: str) -> str:
    """Replace ``old`` (which must occur exactly once) in a rendered document.

    ``text`` may also be a JSON value or a ``_with`` description; it is rendered first.
    """
    if not isinstance(text, str):
        text = _json(text)
    if text.count(old) != 1:
        raise ValueError(f"{old!r} occurs {text.count(old)} times, expected once")
    return text.replace(old, new)


def _fail(
    document: str | dict[str, Any] | list[Any] | _Changed,
    pointer: str,
    api: str = "auto",
    now: int = WORKED_NOW,
) -> Example:
    """A failing example; a document that is not text yet is rendered when first read."""
    return Example(document, api=api, now=now, pointer=pointer)


def _pass(
    document: str | dict[str, Any] | list[Any] | _Changed,
    api: str = "auto",
    now: int = WORKED_NOW,
) -> Example:
    """A passing example; a document that is not text yet is rendered when first read."""
    return Example(document, api=api, now=now)


_TEXT_A = _json(BASE_A)
_TEXT_B = _json(BASE_B)
_TEXT_C = _json(BASE_C)

# J007: a body written with ASCII and Latin-1 letters only, so that it can be saved as Latin-1.
# The runner must encode the failing example's text as Latin-1 (Example.encoding): "é" then
# becomes the single byte E9, which is not valid UTF-8.
_LATIN_A = _with(
    BASE_A,
    {
        f"{_CI}/name": "Café -30",
        f"{_CI}/promote_info/finder/nickname": "Café Live",
    },
)


# -- the catalogue -------------------------------------------------------------------------------

_CATALOGUE: list[RuleInfo] = []


def _rule(
    code: str,
    severity: Severity,
    api: str | None,
    name: str,
    summary: str,
    explanation: str,
    status: str,
    sources: tuple[str, ...],
    fail: Example,
    passing: Example,
    fix: str | None = None,
) -> None:
    _CATALOGUE.append(
        RuleInfo(
            code=code,
            severity=severity,
            api=api,
            name=name,
            summary=summary,
            explanation=_prose(explanation),
            status=status,
            sources=sources,
            fail_example=fail,
            pass_example=passing,
            fix=fix,
        )
    )


# J: loading (rules.md §6). The J table has no status column; the statuses below say what the
# rule rests on (RFC 8259, or a limit the project chose).

_rule(
    "J001",
    "error",
    None,
    "invalid-json",
    "Invalid JSON (a syntax error no more specific J-code covers)",
    """
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
    "CONFIRMED (RFC 8259)",
    _sources("RFC 8259"),
    _fail(_edit(_TEXT_A, '"name": "春季满减券"', "\"name\": '春季满减券'"), ""),
    _pass(_TEXT_A),
)

_rule(
    "J002",
    "error",
    None,
    "duplicate-member",
    "A member name appears twice in one object",
    """
    The same member name occurs twice in one object, for example two "type" members in `coupon`.
    RFC 8259 only says names SHOULD be unique, and parsers disagree about duplicates: most keep
    the last value, some the first, some reject the body. The value WeChat uses may therefore not
    be the one you reviewed. Duplicates usually come from editing a template by adding a line
    instead of changing the existing one.

    Loading goes on: like most parsers, the validator uses the **last** occurrence for every other
    rule. The finding is reported at the duplicated member's pointer (`/coupon/type`), positioned
    at the second occurrence's key. Fix: delete one of the two members and keep the value you
    mean.
    """,
    "INFERRED (decided)",
    _sources("RFC 8259"),
    _fail(_edit(_TEXT_A, '"type": 102,', '"type": 101,\n    "type": 102,'), "/coupon/type"),
    _pass(_TEXT_A),
)

_rule(
    "J003",
    "error",
    None,
    "comment-in-json",
    "Comment (// or /* */) in the JSON text",
    """
    `//` or `/*` appears outside a string. JSON has no comments. The request examples on the
    official WeChat pages are annotated this way (`"promote_type": 4, // 视频号`,
    `// 1:商品指定时间区间`); pasted unchanged, such an example is not JSON and the server cannot
    parse the body at all.

    Reported with pointer "" at the first `/`; the finding is fatal, so nothing else in the
    document is checked until the comment is gone. Fix: delete the comments (keep explanations in
    your code or documentation, not in the request body).
    """,
    "CONFIRMED (RFC 8259)",
    _sources("RFC 8259", "seed000"),
    _fail(
        _edit(
            _TEXT_A,
            '"promote_type": 4,\n    "coupon_info"',
            '"promote_type": 4, // 视频号\n    "coupon_info"',
        ),
        "",
    ),
    _pass(_TEXT_A),
    fix=(
        "removes `//` and `/* */` comments outside strings, with the blank space they leave (a "
        "line holding only a comment goes entirely)"
    ),
)

_rule(
    "J004",
    "error",
    None,
    "trailing-comma",
    "Trailing comma before } or ]",
    """
    A comma is followed (after optional whitespace) by `}` or `]`. JavaScript and Python accept a
    comma after the last member or item, JSON does not, and a strict parser rejects the whole
    body. It typically appears after deleting the last member of an object by hand, or in bodies
    written as JavaScript object literals.

    Reported with pointer "" at the comma; the finding is fatal. Fix: remove the comma after the
    last member or item.
    """,
    "CONFIRMED (RFC 8259)",
    _sources("RFC 8259"),
    _fail(_edit(_TEXT_A, '"total_num": 500\n', '"total_num": 500,\n'), ""),
    _pass(_TEXT_A),
    fix="removes the comma before `}` or `]`",
)

_rule(
    "J005",
    "warning",
    None,
    "byte-order-mark",
    "The file starts with a UTF-8 byte-order mark",
    """
    The file starts with the UTF-8 byte-order mark (the bytes EF BB BF), which Windows editors add
    when saving as "UTF-8 with BOM". RFC 8259 forbids sending one and only allows parsers to
    ignore it, so whether a server accepts it depends on its parser. Some reject the body, some
    read the BOM as part of the first key.

    The validator skips the mark and checks the rest of the document normally, so this is a
    warning and it does not hide other findings. Reported with pointer "" at 1:1. Fix: save the
    file as plain UTF-8 without BOM (or strip the first three bytes before sending).
    """,
    "INFERRED (RFC 8259 §8.1: senders must not add a BOM, parsers may ignore it)",
    _sources("RFC 8259"),
    _fail("\ufeff" + _TEXT_A, ""),
    _pass(_TEXT_A),
    fix="removes the byte-order mark",
)

_rule(
    "J006",
    "error",
    None,
    "nan-or-infinity",
    "NaN or Infinity used as a number",
    """
    The bare word `NaN`, `Infinity` or `-Infinity` stands where a value is expected. These are not
    JSON numbers. They appear when a serialiser writes a float that came from a division by zero or
    a missing value: Python's json.dumps does so by default (allow_nan=True). Every number in these
    APIs is an integer anyway (amounts in fen, counts, Unix seconds), so the value is wrong even
    for a lenient parser.

    Reported with pointer "" at the word; the finding is fatal. Fix: compute a real integer (for
    example 2000 fen for 20 yuan) or leave the member out; serialise with allow_nan=False so the
    mistake fails in your code instead of at WeChat.
    """,
    "CONFIRMED (RFC 8259)",
    _sources("RFC 8259"),
    _fail(_edit(_TEXT_B, '"discount_fee": 2000', '"discount_fee": NaN'), ""),
    _pass(_TEXT_B),
)

_rule(
    "J007",
    "error",
    None,
    "not-utf8",
    "The file is not UTF-8 (GBK, Latin-1, UTF-16, …)",
    """
    The bytes (after a byte-order mark, if any) are not valid UTF-8. Typical causes: the file was
    saved as GBK/GB2312, as Latin-1/Windows-1252, or as UTF-16 ("Unicode" in Windows editors).
    JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1); a server reading such a body
    either rejects it or stores coupon names and nicknames as garbage.

    Reported with pointer "" at the first byte that is not valid UTF-8; the finding is fatal.
    Fix: re-save or re-encode the file as UTF-8 (in code: encode the serialised text with UTF-8
    explicitly instead of relying on the platform's default encoding).
    """,
    "CONFIRMED (RFC 8259)",
    _sources("RFC 8259"),
    # The runner must encode this text as Latin-1 (Example.encoding): "é" becomes the lone byte
    # E9, which is invalid UTF-8. A str cannot hold invalid UTF-8 itself.
    Example(_LATIN_A, pointer="", encoding="latin-1"),
    _pass(_LATIN_A),
)

_rule(
    "J008",
    "error",
    None,
    "top-level-not-object",
    "The top-level value is not a JSON object",
    """
    The document is valid JSON, but its top-level value is not an object: an array of bodies, a
    string that contains JSON (serialised twice), a number, `null`. Each of the three APIs takes
    exactly one JSON object per request, so WeChat cannot read any field of it.

    Reported with pointer "" at the value; the finding is fatal. Fix: send one object per request.
    To check many bodies in one file, use a `.jsonl` file with one object per line. If the
    top-level value is a string, the body was serialised twice: serialise the object once.
    """,
    "CONFIRMED (every API's body is an object)",
    _sources("A-zh", "B-new", "LK"),
    _fail([BASE_A], ""),
    _pass(_TEXT_A),
)

_rule(
    "J009",
    "error",
    None,
    "document-limits-exceeded",
    "Document larger than 10 MiB, nested deeper than 64, or a number over 100 digits",
    """
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
    "INFERRED (decided: the project's limits, as RFC 8259 §9 allows)",
    _sources("RFC 8259"),
    _fail(_edit(_TEXT_A, '"total_num": 500\n', '"total_num": 5' + "0" * 100 + "\n"), ""),
    _pass(_TEXT_A),
)

# S: schema (rules.md §7). The S table has no status column: the status of each bound is that of
# its field row (§3.2, §4.2, §5.2, §5.3). Hard bounds are CONFIRMED or (decided), soft ones
# INFERRED.

_SCHEMA_SOURCES = _sources("A-zh", "A-en", "B-new", "LK", "WPwiki", "WPgo")

_rule(
    "S001",
    "error",
    None,
    "missing-required-member",
    "A required member is absent",
    """
    A member that the API requires is absent: one marked "yes" in the field tables of rules.md, or
    "yes*" (required when its parent object is present, such as `discount_amount` inside
    `fixed_normal_coupon`). WeChat rejects a body without it. Only the highest missing member is
    reported: without `receive_info` you get one S001 for `receive_info`, not one for each of its
    four required members. The pointer names the missing member itself
    (`/coupon/coupon_info/receive_info`); its line and column are those of the object that should
    contain it.

    Requirements that depend on another value have their own codes: the coupon type and
    valid_type (A001, A003, B001, B002), the stock type (C001) and the related-member rules (C003,
    C004, C005). In create-coupon-stock only `coupon_data` is required at the vendor's top level.
    Fix: add the member.
    """,
    "CONFIRMED per field (§3.2, §4.2, §5.3); `coupon_data` (decided, §11 F3)",
    _SCHEMA_SOURCES,
    _fail(_with(BASE_A, {f"{_CI}/receive_info": _REMOVE}), f"{_CI}/receive_info"),
    _pass(_TEXT_A),
)

_rule(
    "S002",
    "error",
    None,
    "wrong-type",
    "Wrong JSON type (string for integer, 10.0 for 10, null, …)",
    """
    A value has the wrong JSON type: a string where an integer is expected (`"2000"`), a number
    with a fraction or an exponent where an integer is expected (`20.0`, `1e2`, even when the value
    is whole), a boolean as a number, `null` (never valid for any member, §11 F12), an object
    where an array is expected, and so on. All amounts are integers in fen (分, 1/100 yuan) and all
    timestamps of shop-coupon-add and product-coupon-create are integer Unix seconds, so a float
    usually means yuan were sent where fen are expected: 20 yuan is `2000`, 9.90 yuan is `990`.

    Reported at the value. A value with S002 gets no other S-code, its children are not checked,
    and every rule that reads it is skipped (it is not usable, §1.5). Fix: send the documented
    type; for money, multiply yuan by 100 and send an integer.
    """,
    "CONFIRMED per field (§3.2, §4.2, §5.2, §5.3)",
    _SCHEMA_SOURCES,
    _fail(_with(BASE_B, {"/discount_info/discount_fee": 20.0}), "/discount_info/discount_fee"),
    _pass(_TEXT_B),
    fix=(
        "rewrites a whole number written as a float (`100.0`, `1e2`) as an integer, where the "
        "field is an integer that is not an amount of money and the integer is within the "
        "field's hard bounds; amounts (maybe yuan) and fractions (`9.9`) are left alone"
    ),
)

_rule(
    "S003",
    "error",
    None,
    "invalid-enum-value",
    "Value not in the field's enumeration",
    """
    A value of the right type is not one of the values its field allows. Strings compare
    case-sensitively (`normal` is not `NORMAL`). Common cases: coupon type 5 or 6 in
    product-coupon-create (those exist only in shop-coupon-add); valid_type 0 in
    product-coupon-create (0/1 comes from an obsolete revision of the page; use 1 fixed window or
    2 days); valid_type 3 there (shop-coupon-add only); a promote_type other than 4 (视频号直播) in
    shop-coupon-add; `use_method` `ONLINE` instead of `MINI_PROGRAMS`. The message suggests the
    closest valid value.

    Reported at the value. Such a value is not usable, so rules that depend on it (the per-type
    requirements, for example) are skipped, even when S003 itself is ignored. Fix: use one of
    the documented values.
    """,
    "CONFIRMED per field (§3.3, §4.3, §5.2, §5.4)",
    _SCHEMA_SOURCES + _sources("B-109110"),
    _fail(_with(BASE_C, {f"{_CUR}/use_method": "ONLINE"}), f"{_CUR}/use_method"),
    _pass(_TEXT_C),
)

_rule(
    "S004",
    "error",
    None,
    "number-out-of-range",
    "Number outside its hard range or not a multiple of its step",
    """
    A number is outside its hard (documented) range, or not a multiple of its step. In
    shop-coupon-add `discount_num` is 折 × 1000 from 2000 (2 折, the lowest) to 10000 in steps of
    100, so 8.5 折 (the buyer pays 85 %) is `8500`, and `discount_fee` is 1–20000 fen (at most 200
    yuan). In product-coupon-create `discount_num` is 1000–10000 in steps of 100. In
    create-coupon-stock amounts are 1–10000000 fen (`exchange_price` may be 0),
    `discount_percent` 1–99 (88 = 八八折), `max_coupons_per_user` 1–100, `week_day` items 0–6,
    seconds of the day 0–86399 and `wait_days_after_receive` at most 30. Typical mistakes: `85`
    or `850` for 8.5 折, yuan where fen are expected.

    Reported at the value, once even when it breaks several bounds (the message names all of
    them). Range findings do not make the value unusable: the rules still compare it. Fix: bring
    the value into the range.
    """,
    "CONFIRMED per field; some bounds (decided): §11 E1, E12, F7",
    _SCHEMA_SOURCES + _sources("seed000", "B-109107"),
    _fail(
        _with(
            BASE_A,
            {
                "/coupon/type": 103,
                f"{_CI}/name": "春季折扣券",
                f"{_CI}/discount_info": {"discount_num": 1550},
            },
        ),
        f"{_CI}/discount_info/discount_num",
    ),
    _pass(
        _with(
            BASE_A,
            {
                "/coupon/type": 103,
                f"{_CI}/name": "春季折扣券",
                f"{_CI}/discount_info": {"discount_num": 8500},
            },
        )
    ),
)

_rule(
    "S005",
    "error",
    None,
    "length-out-of-bounds",
    "String length or array item count outside its hard bounds",
    """
    A string has more or fewer characters, or an array more or fewer items, than its hard bounds
    allow. Lengths count Unicode code points: a Chinese character, an ASCII letter and an emoji
    each count 1 (bytes and UTF-16 units are never counted). Examples: product-coupon-create
    `name` 1–10; create-coupon-stock `stock_name` 1–21, `goods_name` 1–15, `entrance_words` 1–5,
    `guiding_words` 1–6, `merchant_name` at most 16, `out_request_no` 1–128; at most 2
    `available_day_time` slots; shop-coupon-add `out_product_ids` 1–128 items. An empty id list
    counts as too short (§11 F2), and an empty string is reported as S005 only, not also as S006.

    Reported at the string or array. Fix: shorten (or fill) the value; split more than 128
    product ids over several coupons.
    """,
    "CONFIRMED per field (§4.2, §5.3); empty id lists (decided, §11 F2)",
    _SCHEMA_SOURCES,
    _fail(
        _with(
            BASE_C,
            {
                "/coupon_data/custom_entrance": {
                    "mini_programs_info": {
                        "mini_programs_appid": "wx5a1c9e7f3b2d4e60",
                        "mini_programs_path": "pages/coupon/index",
                        "entrance_words": "点击领取优惠券",
                    }
                }
            },
        ),
        "/coupon_data/custom_entrance/mini_programs_info/entrance_words",
    ),
    _pass(
        _with(
            BASE_C,
            {
                "/coupon_data/custom_entrance": {
                    "mini_programs_info": {
                        "mini_programs_appid": "wx5a1c9e7f3b2d4e60",
                        "mini_programs_path": "pages/coupon/index",
                        "entrance_words": "立即领取",
                    }
                }
            },
        )
    ),
)

_rule(
    "S006",
    "error",
    None,
    "invalid-format",
    "String breaks its format (RFC 3339 time, digits-only id, colour name)",
    """
    A string does not have the required format. The create-coupon-stock times inside
    `coupon_data` are RFC 3339 date-times: `YYYY-MM-DDTHH:MM:SS`, optional fractional seconds, then
    `Z` or an offset `+HH:MM`/`-HH:MM`, with an upper-case `T`, a real calendar date and no leap
    second, for example `2030-04-01T00:00:00+08:00`. `belong_merchant` is the numeric merchant id
    (商户号), digits only. `background_color` is a colour name `Color` + 3 digits (`Color020`),
    never a hex value like `#ff8800`. Typical mistakes: `2030-04-01 00:00:00` (a space, no
    offset), a bare date, a Unix timestamp as a string.

    Reported at the string. A time with S006 is not usable, so the window rules (C007, C009, U002,
    U003) skip it. An empty string gets S005 only. Fix: write the value in the documented format.
    """,
    "CONFIRMED per field (§5.3); digits-only `belong_merchant` (decided, §11 F6)",
    _sources("WPwiki", "WPgo", "RFC 3339"),
    _fail(
        _with(BASE_C, {"/coupon_data/display_pattern_info": {"background_color": "#ff8800"}}),
        "/coupon_data/display_pattern_info/background_color",
    ),
    _pass(_with(BASE_C, {"/coupon_data/display_pattern_info": {"background_color": "Color020"}})),
)

_rule(
    "S007",
    "warning",
    None,
    "unknown-member",
    "Member not defined for its object (unknown, misspelt or wrong case)",
    """
    An object has a member its API does not define: a misspelling, a wrong case (the machine
    translations of the WeChat pages title-case key names: `start_Time`, `valid_day_Num`), a
    field of another API or of an obsolete revision, `access_token` in the body (it belongs in the
    query string), `ext_info` in a shop-coupon-add body (it exists only in responses), or a WeChat
    Pay field that the vendor model lacks (`subsidy`, `finder_info`, `max_amount`, …), which the
    vendor drops. WeChat's own misspelling `irregulary_avaliable_time` is the correct key.

    No API documents that unknown members are rejected: they are silently ignored (§11 E18),
    hence a warning. That is still a real failure: the value you meant to set never takes effect,
    and the correctly spelt member is usually reported missing as well. Reported at the key; the
    message suggests the closest known name. Nothing below an unknown member is checked. Fix:
    correct the name, or remove the member.
    """,
    "INFERRED (decided, §11 E18)",
    _sources("A-zh", "B-new", "LK", "seed001"),
    _fail(
        _with(
            BASE_B,
            {
                "/valid_info": {
                    "valid_type": 1,
                    "start_Time": 1900000000,
                    "end_time": 1900604800,
                }
            },
        ),
        "/valid_info/start_Time",
    ),
    _pass(_TEXT_B),
    fix=(
        "renames a member whose name differs from a known member only in case (`start_Time` → "
        "`start_time`), when the real member is absent from that object"
    ),
)

_rule(
    "S008",
    "warning",
    None,
    "duplicate-array-item",
    "A value repeats in a list of ids or week days",
    """
    A value occurs more than once in a list whose items should be distinct: `out_product_ids`
    (shop-coupon-add), `product_ids` (product-coupon-create), `store_list` or `week_day`
    (create-coupon-stock). A repeat adds nothing, counts against the 128-id limit of
    `out_product_ids`, and often betrays a bug where lists were merged, so the id you meant may
    be missing.

    Reported at each later repeat (`…/out_product_ids/2`); the first occurrence is fine. Fix:
    remove the duplicates (and check that no intended id is missing).
    """,
    "INFERRED",
    _sources("A-en", "B-get", "WPwiki"),
    _fail(
        _with(
            BASE_A,
            {
                "/coupon/type": 2,
                f"{_CI}/discount_info/discount_condition/out_product_ids": [
                    "sku-9",
                    "sku-12",
                    "sku-9",
                ],
            },
        ),
        f"{_CI}/discount_info/discount_condition/out_product_ids/2",
    ),
    _pass(
        _with(
            BASE_A,
            {
                "/coupon/type": 2,
                f"{_CI}/discount_info/discount_condition/out_product_ids": ["sku-9", "sku-12"],
            },
        )
    ),
)

_rule(
    "S009",
    "warning",
    None,
    "soft-bound",
    "Value breaks an inferred (soft) minimum, maximum or non-empty bound",
    """
    A value breaks a soft bound of the field tables: a minimum, maximum or non-empty rule that no
    official text states but that any working coupon respects. Examples: `total_num` 0 (a coupon
    needs at least 1 in stock), `limit_num_one_person` 0, an empty `out_coupon_id` or `nickname`,
    a `buy_product_cnt` above 2147483647, `wait_days_after_receive` 0 (leave it out when the coupon
    is usable on the day it is claimed, §11 F8), a negative `sell_price`.

    Because these bounds are only INFERRED, breaking one is a warning, never S004/S005 (§11 F13).
    The value stays usable, so the comparison rules still read it (a `total_num` of 0 also makes
    any per-person limit exceed the stock). Reported at the value. Fix: use a meaningful value or
    leave the optional member out.
    """,
    "INFERRED",
    _sources("A-zh", "WxJava", "WPgo"),
    _fail(_with(BASE_A, {f"{_CI}/receive_info/total_num": 0}), f"{_CI}/receive_info/total_num"),
    _pass(_TEXT_A),
)


# D: detection (rules.md §2, §9).

_rule(
    "D001",
    "error",
    None,
    "api-not-detected",
    "Cannot tell which API the document targets (no signal, or several)",
    """
    With `--api auto` the validator decides for each document which API it targets, looking only
    at the members of the top-level object: `coupon` means shop-coupon-add; `type` together with
    `ext_info` (or with a `promote_info` object containing `customize_channel`), or `coupon_info`
    without `coupon`, means product-coupon-create; any of `coupon_data`, `coupon_name`,
    `discount_type`, `coupon_type` means create-coupon-stock. D001 is reported when no signal is
    found, or when signals of two or more APIs are found: nothing is guessed.

    The common case is a bare WeChat Pay merchant-coupon (busifavor) body with `stock_name`,
    `stock_type`, … at the top level: the vendor endpoint expects that body inside `coupon_data`.
    Reported with pointer "" at the top-level `{`. The document is not validated further (J002
    and J005 findings from loading are still shown). Never reported with an explicit `--api`.
    Fix: wrap a busifavor body in `{"coupon_data": …}`, remove the members that mix two APIs, or
    name the API with `--api`.
    """,
    "INFERRED (decided: the tool does not guess)",
    (),
    _fail(BASE_C["coupon_data"], ""),
    _pass(_TEXT_C),
)


# U: units and time (rules.md §8).

_rule(
    "U001",
    "error",
    None,
    "milliseconds-timestamp",
    "Timestamp in milliseconds where Unix seconds are expected",
    """
    A timestamp of shop-coupon-add (`receive_info` and `valid_info` `start_time`/`end_time`) or of
    product-coupon-create (the same plus `ext_info.valid_time`/`invalid_time`) is an integer of
    100000000000 (1e11) or more. Such a value is in milliseconds, as returned by JavaScript's
    `Date.now()` or Java's `System.currentTimeMillis()`, while both APIs take Unix **seconds**
    ("秒级时间戳"). WeChat staff named this as the cause of errcode 109110 on
    product-coupon-create; shop-coupon-add uses the same second-based fields (decided, §11 E17).
    Checked whenever the field is an integer, even where valid_type makes it irrelevant.

    Reported at the field. The timestamp is then not usable, so the window comparisons (A008,
    A009, B004, B005, U003) skip it. Fix: divide by 1000: `1900000000000` → `1900000000`.
    """,
    "CONFIRMED for B; A INFERRED (decided)",
    _sources("B-109110", "B-new", "A-zh"),
    _fail(
        _with(BASE_A, {f"{_CI}/receive_info/start_time": 1900000000000}),
        f"{_CI}/receive_info/start_time",
    ),
    _pass(_TEXT_A),
    fix=(
        "divides a millisecond timestamp by 1000, dropping the sub-second part (`1610523300173` "
        "→ `1610523300`), when the result is a plausible time (2015–2100); other values are "
        "left alone"
    ),
)

_rule(
    "U002",
    "warning",
    None,
    "implausible-timestamp",
    "Timestamp or RFC 3339 time before 2015 or after 2100",
    """
    A timestamp of shop-coupon-add or product-coupon-create (an integer without U001) is before
    2015-01-01T00:00:00Z (1420070400) or after 2100-01-01T00:00:00Z (4102444800); or an RFC 3339
    time of create-coupon-stock (`available_begin_time`, `available_end_time`, the array form of
    `irregulary_avaliable_time`) lies outside the same range. The two boundary values themselves
    are fine. Such a value is almost always a unit or typing mistake: minutes or days instead of
    seconds, a date such as 20300401 read as seconds (1970-08-23), a digit too few, a year typed
    as 2300.

    Reported at the field; the value is then not usable, so no window rule compares it. Fix: write
    the intended moment in Unix seconds (1900000000 is 2030-03-17) or as an RFC 3339 time with
    its offset (`2030-04-01T00:00:00+08:00`).
    """,
    "INFERRED",
    _sources("B-109110"),
    _fail(
        _with(BASE_A, {f"{_CI}/receive_info/start_time": 1300000000}),
        f"{_CI}/receive_info/start_time",
    ),
    _pass(_TEXT_A),
)

_U003_NOW = 1900100000

_rule(
    "U003",
    "warning",
    None,
    "end-time-in-past",
    "An end time is already in the past (relative to --now or the clock)",
    """
    An end time is earlier than *now* (`--now`, else the system clock; strictly `end < now`):
    in shop-coupon-add `receive_info.end_time`, and `valid_info.end_time` when valid_type is 1; in
    product-coupon-create `receive_info.end_time` and `ext_info.invalid_time`; in
    create-coupon-stock `available_end_time`. A coupon whose claim window or validity has already
    ended is useless to buyers. This usually happens when a body from an earlier campaign or a
    test fixture is reused.

    Only usable end times are checked (no U001/U002). Reported at the end field. Fix: move the
    window into the future. In CI, pass a fixed `--now` so that results do not change as time
    passes.
    """,
    "INFERRED",
    (),
    _fail(_TEXT_A, f"{_CI}/receive_info/end_time", now=_U003_NOW),
    _pass(_with(BASE_A, {f"{_CI}/receive_info/end_time": 1900200000}), now=_U003_NOW),
)


# A: shop-coupon-add (rules.md §3).

_A_DI = f"{_CI}/discount_info"

_rule(
    "A001",
    "error",
    _A,
    "missing-type-member",
    "A member required by the coupon type is absent",
    """
    In shop-coupon-add, `/coupon/type` decides which members a coupon needs (§3.4). Discount
    coupons (1, 3, 101, 103) need `discount_info.discount_num`, in 折 × 1000 (8.5 折 = `8500`).
    Spend-X-get-Y-off and fixed-amount coupons (2, 4, 102, 104) need `discount_info.discount_fee`
    in fen (30 yuan = `3000`). Product coupons 1–4 also need
    `discount_info.discount_condition.out_product_ids`. The trade-in coupon 5 (换购券) needs
    `tradein_info.out_product_id` and `tradein_info.price` (fen), and the buy-X-get-Y coupon 6
    (买赠券) needs all four `buyget_info` members. WeChat cannot create a coupon without its
    discount.

    Reported at the pointer of each absent member, even when its enclosing `discount_info` or
    `discount_condition` is absent too. A member that is present but invalid is reported by the
    S-codes, not again here. Fix: add the member, or correct `type` if the coupon is meant to be of
    another kind.
    """,
    "CONFIRMED",
    _sources("A-zh", "A-en", "seed000"),
    _fail(
        _with(BASE_A, {_A_DI: {"discount_condition": {"product_price": 29900}}}),
        f"{_A_DI}/discount_fee",
        api=_A,
    ),
    _pass(_TEXT_A, api=_A),
)

_rule(
    "A002",
    "warning",
    _A,
    "missing-expected-type-member",
    "A member the coupon type expects (its condition or product ids) is absent",
    """
    A member that the coupon type expects but the page does not clearly require is absent:
    `discount_condition.product_cnt` (the item-count condition) for the conditional discount
    coupons 1 and 101, `discount_condition.product_price` (the spend threshold, in fen) for the
    满减 coupons 2 and 102, and `discount_condition.out_product_ids` for the trade-in and
    buy-X-get-Y coupons 5 and 6. Without its condition a "conditional" or 满减 coupon has no
    threshold, which is rarely what the merchant meant.

    A warning because the requirement is inferred: product-coupon-create's official table uses
    the same type numbers and requires these members, and for 5 and 6 the wording "商品券必需" is
    ambiguous since those types name their products in `tradein_info`/`buyget_info` (§11 E3).
    Reported at the absent member. Fix: add the condition (for example `product_price` 29900 for
    "满299减30"), or the product ids.
    """,
    "INFERRED",
    _sources("B-new", "A-zh"),
    _fail(
        _with(BASE_A, {_A_DI: {"discount_fee": 3000}}),
        f"{_A_DI}/discount_condition/product_price",
        api=_A,
    ),
    _pass(
        _with(
            BASE_A,
            {_A_DI: {"discount_fee": 3000, "discount_condition": {"product_price": 29900}}},
        ),
        api=_A,
    ),
)

_rule(
    "A003",
    "error",
    _A,
    "missing-valid-type-member",
    "A member required by valid_info.valid_type is absent",
    """
    `valid_info.valid_type` says how the validity period is given, and each kind needs its own
    member: 1 (a fixed window) needs `valid_info.start_time` and `valid_info.end_time` in Unix
    seconds; 2 (valid for N days after claiming) needs `valid_day_num`; 3 (valid for N seconds
    after claiming) needs `valid_second`. The page marks each of them required for its type
    ("有效期类型为2时必需"); without it the coupon has no validity period.

    Reported at the absent member. Fix: add it (for example `"valid_day_num": 7`), or change
    `valid_type` to the kind of period you actually give.
    """,
    "CONFIRMED",
    _sources("A-zh", "A-en"),
    _fail(
        _with(BASE_A, {f"{_CI}/valid_info": {"valid_type": 2}}),
        f"{_CI}/valid_info/valid_day_num",
        api=_A,
    ),
    _pass(_with(BASE_A, {f"{_CI}/valid_info": {"valid_type": 2, "valid_day_num": 7}}), api=_A),
)

_rule(
    "A004",
    "warning",
    _A,
    "irrelevant-member",
    "A member is present that the coupon type or valid_type makes irrelevant",
    """
    A member is present although the coupon type or the valid_type makes it irrelevant (marked –
    in §3.4): `discount_fee` on a discount coupon (1, 3, 101, 103), `discount_num` on a 满减 or
    fixed-amount coupon, `product_price` when the condition is an item count (1, 101),
    `product_cnt` on a 满减 coupon, `out_product_ids` on a store-wide coupon (101–104),
    `tradein_info` or `buyget_info` on a coupon that is not of type 5 or 6 (one finding at the
    object), or `valid_day_num`/`valid_second`/the window times with a valid_type that does not
    use them. Any value counts, even `null`.

    The official example fills every field and is accepted, so WeChat apparently ignores such
    members: the body is not rejected, but the member has no effect. Often the type is not the
    one intended, for example type 101 (a discount) sent for a 满减 coupon. Reported at the
    present member. Fix: remove it, or correct `type`/`valid_type`.
    """,
    "INFERRED",
    _sources("A-zh", "seed000"),
    _fail(
        _with(BASE_A, {f"{_CI}/valid_info/valid_second": 600}),
        f"{_CI}/valid_info/valid_second",
        api=_A,
    ),
    _pass(_TEXT_A, api=_A),
)

_rule(
    "A005",
    "warning",
    _A,
    "discount-num-no-discount",
    "discount_num 10000 is 10 折: the buyer pays full price",
    """
    `discount_info.discount_num` is 10000. The value is 折 × 1000, the share of the price the
    buyer pays: 10000 = 10 折 = 100 %, a discount coupon that gives no discount. The usual mistake
    is to read the number as the discount taken off. 10 % off is 9 折 = `9000`, 15 % off is 8.5 折
    = `8500`, 88 % of the price (八八折) is `8800`. 10000 is inside the hard range 2000–10000, so
    this is a warning.

    Reported at `discount_num`. Fix: write the share the buyer pays, in 折 × 1000.
    """,
    "INFERRED",
    _sources("seed000", "A-zh"),
    _fail(
        _with(BASE_A, {"/coupon/type": 103, _A_DI: {"discount_num": 10000}}),
        f"{_A_DI}/discount_num",
        api=_A,
    ),
    _pass(_with(BASE_A, {"/coupon/type": 103, _A_DI: {"discount_num": 8800}}), api=_A),
)

_rule(
    "A006",
    "error",
    _A,
    "store-discount-below-2-zhe",
    "Store 满减 coupon: discount_fee over 80 % of product_price (below 2 折)",
    """
    For a store-wide 满减 coupon (type 102) the reduction may not bring the threshold price below
    2 折 (20 %): `discount_fee` × 5 must not exceed `product_price` × 4, so the largest allowed
    `discount_fee` is floor(`product_price` × 0.8). Both are in fen. With a threshold of 100 yuan
    (`10000`) the reduction can be at most 80 yuan (`8000`, allowed exactly); 90 yuan (`9000`) is
    too much. The rule is in the newer revision of the page ("不低于2折", read through the seed
    translation) and confirmed on the sister Channels coupon API; it is an error by decision.

    Only checked when both values are usable. Reported at `discount_fee`. Fix: lower
    `discount_fee` or raise `product_price`.
    """,
    "via [seed000] translation; SISTER (decided)",
    _sources("seed000", "CH"),
    _fail(
        _with(
            BASE_A,
            {
                f"{_A_DI}/discount_condition": {"product_price": 10000},
                f"{_A_DI}/discount_fee": 9000,
            },
        ),
        f"{_A_DI}/discount_fee",
        api=_A,
    ),
    _pass(
        _with(
            BASE_A,
            {
                f"{_A_DI}/discount_condition": {"product_price": 10000},
                f"{_A_DI}/discount_fee": 8000,
            },
        ),
        api=_A,
    ),
)

_A007_CONDITION = {"product_price": 10000, "out_product_ids": ["sku-2030-a"]}

_rule(
    "A007",
    "warning",
    _A,
    "product-discount-below-2-zhe",
    "Product 满减 coupon: discount_fee over 80 % of product_price (below 2 折)",
    """
    The same limit as A006, for a product 满减 coupon (type 2): `discount_fee` × 5 must not exceed
    `product_price` × 4, i.e. the reduction is at most 80 % of the spend threshold (both in fen;
    with `product_price` 10000 the largest `discount_fee` is 8000). For product coupons the rule is
    only confirmed on the sister API, so this is a warning. (The related rule that the price may
    not fall below 2 折 of the product's original price cannot be checked: the original price is
    not in the body.)

    Only checked when both values are usable. Reported at `discount_fee`. Fix: lower
    `discount_fee` or raise `product_price`.
    """,
    "SISTER/INFERRED",
    _sources("CH", "seed000"),
    _fail(
        _with(
            BASE_A,
            {
                "/coupon/type": 2,
                _A_DI: {"discount_condition": _A007_CONDITION, "discount_fee": 9000},
            },
        ),
        f"{_A_DI}/discount_fee",
        api=_A,
    ),
    _pass(
        _with(
            BASE_A,
            {
                "/coupon/type": 2,
                _A_DI: {"discount_condition": _A007_CONDITION, "discount_fee": 8000},
            },
        ),
        api=_A,
    ),
)

_rule(
    "A008",
    "error",
    _A,
    "window-end-not-after-start",
    "A claim or validity window ends before (or when) it starts",
    """
    (a) The claim window `receive_info.start_time` is at or after `receive_info.end_time`; or
    (b) with valid_type 1, the validity window `valid_info.start_time` is at or after
    `valid_info.end_time`. Equal times count too: the window would be empty. Usual causes are
    swapped values or an end computed in another unit. The page states no such rule, but a window
    that ends before it starts cannot work, so it is an error by decision.

    Both times must be usable (integer Unix seconds without U001/U002). Reported at the end time
    of the window: (a) `receive_info/end_time`, (b) `valid_info/end_time`. Fix: make the end later
    than the start.
    """,
    "INFERRED (decided)",
    _sources("A-zh"),
    _fail(
        _with(
            BASE_A,
            {
                f"{_CI}/receive_info": {
                    "start_time": 1900086400,
                    "end_time": 1900000000,
                    "limit_num_one_person": 2,
                    "total_num": 500,
                }
            },
        ),
        f"{_CI}/receive_info/end_time",
        api=_A,
    ),
    _pass(_TEXT_A, api=_A),
)

_rule(
    "A009",
    "warning",
    _A,
    "validity-ends-before-claim-end",
    "Coupons expire before the claim window closes",
    """
    With valid_type 1 (a fixed window), `valid_info.end_time` is earlier than
    `receive_info.end_time`: buyers can still claim the coupon after it has expired, and get a
    coupon they can never use. Both are Unix seconds.

    Only checked when both are usable. Reported at `valid_info/end_time`. Fix: end the validity
    at or after the end of the claim window (or close the claim window earlier).
    """,
    "INFERRED",
    _sources("A-zh"),
    _fail(
        _with(BASE_A, {f"{_CI}/valid_info/end_time": 1900050000}),
        f"{_CI}/valid_info/end_time",
        api=_A,
    ),
    _pass(_TEXT_A, api=_A),
)

_rule(
    "A010",
    "warning",
    _A,
    "per-person-limit-exceeds-stock",
    "Per-person limit is larger than the total stock",
    """
    `receive_info.limit_num_one_person` is larger than `receive_info.total_num`: one person could
    claim more coupons than exist. Usually the two values are swapped or one has an extra digit.
    In shop-coupon-add both are for display: the merchant's claim callback enforces the limit and
    the stock, so the wrong value misleads buyers rather than breaking the request.

    Only checked when both are usable. Reported at `limit_num_one_person`. Fix: make the
    per-person limit at most the total stock.
    """,
    "INFERRED",
    _sources("A-zh", "WxJava"),
    _fail(
        _with(BASE_A, {f"{_CI}/receive_info/limit_num_one_person": 600}),
        f"{_CI}/receive_info/limit_num_one_person",
        api=_A,
    ),
    _pass(_with(BASE_A, {f"{_CI}/receive_info/limit_num_one_person": 5}), api=_A),
)

_rule(
    "A011",
    "warning",
    _A,
    "name-longer-than-10",
    "Coupon name longer than 10 characters",
    """
    `coupon_info.name` has more than 10 characters (Unicode code points: a Chinese character, an
    ASCII letter and an emoji each count 1). shop-coupon-add's page gives no limit, but both
    sister APIs (product-coupon-create and the WeChat Channels coupon) cap the name at 10 and may
    truncate or reject a longer one (§11 E2), so a warning.

    Reported at `name`. Fix: shorten the name to 10 characters, for example "春季满减券" instead of
    "春季店铺满减优惠券限时领取".
    """,
    "SISTER",
    _sources("B-new", "CH"),
    _fail(_with(BASE_A, {f"{_CI}/name": "春季店铺满减优惠券限时领取"}), f"{_CI}/name", api=_A),
    _pass(_TEXT_A, api=_A),
)


# B: product-coupon-create (rules.md §4).

_rule(
    "B001",
    "error",
    _B,
    "missing-type-member",
    "A member required by the coupon type is absent",
    """
    In product-coupon-create, `/type` decides which members are required (the official table):
    1 商品条件折券 needs `product_ids`, `product_cnt`, `discount_num`; 2 商品满减券 needs
    `product_ids`, `product_price`, `discount_fee`; 3 needs `product_ids`, `discount_num`; 4 needs
    `product_ids`, `discount_fee`; the store-wide 101 needs `product_cnt`, `discount_num`; 102
    needs `product_price`, `discount_fee`; 103 needs `discount_num`; 104 needs `discount_fee`. The
    `product_*` members live in `discount_info.discount_condition`, the `discount_*` members in
    `discount_info`. Units: `discount_num` is 折 × 1000 (1000–10000, 8.5 折 = `8500`), amounts are
    fen (20 yuan = `2000`), and `product_ids` are integer ids, unlike shop-coupon-add's string
    `out_product_ids`.

    Reported at each absent member, even when `discount_info` itself is absent (it is not
    required on its own, §11 F1). Fix: add the member, or correct `type`.
    """,
    "CONFIRMED",
    _sources("B-new", "seed001"),
    _fail(
        _with(BASE_B, {"/discount_info": {"discount_condition": {"product_price": 19900}}}),
        "/discount_info/discount_fee",
        api=_B,
    ),
    _pass(_TEXT_B, api=_B),
)

_rule(
    "B002",
    "error",
    _B,
    "missing-valid-type-member",
    "A member required by valid_info.valid_type is absent",
    """
    `valid_info.valid_type` 1 (指定时间范围生效, a fixed window) requires `valid_info.start_time`
    and `valid_info.end_time` in Unix seconds; 2 (生效天数, valid N days after the user claims
    the coupon) requires `valid_info.valid_day_num`. The page marks `valid_day_num` "是" and
    "二选一" with `start_time`; its example comment "valid_type=2时必填" settles that it is
    required only for type 2 (§11 E6). `ext_info.valid_time`/`invalid_time` are required for both
    valid types (S001).

    Reported at the absent member. Fix: add it (for example `"valid_day_num": 15`), or change
    `valid_type`.
    """,
    "CONFIRMED",
    _sources("B-new", "B-109110", "seed001"),
    _fail(_with(BASE_B, {"/valid_info": {"valid_type": 2}}), "/valid_info/valid_day_num", api=_B),
    _pass(_with(BASE_B, {"/valid_info": {"valid_type": 2, "valid_day_num": 15}}), api=_B),
)

_rule(
    "B003",
    "warning",
    _B,
    "irrelevant-member",
    "A member is present that the coupon type or valid_type makes irrelevant",
    """
    A member is present although `/type` or `valid_type` makes it irrelevant (marked – in §4.4):
    for example `discount_fee` on a discount coupon (1, 3, 101, 103), `discount_num` on a 满减 or
    fixed-amount coupon, `product_ids` on a store-wide coupon (101–104), `product_price` where the
    condition is an item count, `valid_day_num` with valid_type 1, or `start_time`/`end_time`
    with valid_type 2 (the page's "二选一": one or the other). Any value counts.

    The member has no effect, and it often means the type is not the one intended. Reported at
    the present member. Fix: remove it, or correct `type`/`valid_type`.
    """,
    "CONFIRMED wording; effect INFERRED",
    _sources("B-new"),
    _fail(_with(BASE_B, {"/valid_info/valid_day_num": 30}), "/valid_info/valid_day_num", api=_B),
    _pass(_TEXT_B, api=_B),
)

_rule(
    "B004",
    "error",
    _B,
    "ext-info-times-mismatch",
    "With valid_type 1, ext_info times differ from the valid_info window",
    """
    With valid_type 1 the official example sets `ext_info.valid_time` equal to
    `valid_info.start_time` and `ext_info.invalid_time` equal to `valid_info.end_time`. Note that
    `valid_time` is the **start** of validity (优惠券有效时间; the seed translation's "Expiration
    Date" is wrong) and `invalid_time` its end. A body where they differ describes two different
    validity windows. All four are Unix seconds.

    Only checked when the values are usable. Reported at the `ext_info` member that differs: (a)
    `/ext_info/valid_time`, (b) `/ext_info/invalid_time`. Fix: copy the same values into both
    places.
    """,
    "CONFIRMED",
    _sources("B-new", "B-times"),
    _fail(
        _with(BASE_B, {"/ext_info": {"valid_time": 1900003600, "invalid_time": 1900604800}}),
        "/ext_info/valid_time",
        api=_B,
    ),
    _pass(_TEXT_B, api=_B),
)

_rule(
    "B005",
    "error",
    _B,
    "window-end-not-after-start",
    "A claim, validity or ext_info window ends before (or when) it starts",
    """
    A window ends before or when it starts: (a) `receive_info.start_time` ≥
    `receive_info.end_time` (the claim window); (b) with valid_type 1, `valid_info.start_time` ≥
    `valid_info.end_time`; (c) `ext_info.valid_time` ≥ `ext_info.invalid_time`. Equal times count
    too, since the window would be empty. Usual causes are swapped values or an end computed in
    another unit. No official text states it, but such a window cannot work: error by decision.

    All values must be usable (integer Unix seconds without U001/U002). Reported at the end of the
    window: (a) `/receive_info/end_time`, (b) `/valid_info/end_time`, (c) `/ext_info/invalid_time`.
    Fix: make the end later than the start.
    """,
    "INFERRED (decided)",
    _sources("B-new"),
    _fail(_with(BASE_B, {"/receive_info/end_time": 1899990000}), "/receive_info/end_time", api=_B),
    _pass(_TEXT_B, api=_B),
)

_rule(
    "B006",
    "warning",
    _B,
    "empty-customize-channel",
    "promote_type 2 (custom channel) with an empty customize_channel",
    """
    `promote_info.promote_type` is 2 (自定义推广渠道, a custom promotion channel) but
    `promote_info.customize_channel` is `""`, so the channel has no name. `customize_channel` is
    required for every promote_type and may be empty, but it only means something for 2 (§11 E5);
    with 1 (店铺内推广, in-store promotion) `""` is normal.

    Reported at `customize_channel`. Fix: put the channel's name in `customize_channel`, or use
    promote_type 1 if the coupon is promoted in the store only.
    """,
    "INFERRED",
    _sources("B-get", "B-new"),
    _fail(
        _with(BASE_B, {"/promote_info": {"promote_type": 2, "customize_channel": ""}}),
        "/promote_info/customize_channel",
        api=_B,
    ),
    _pass(
        _with(BASE_B, {"/promote_info": {"promote_type": 2, "customize_channel": "live-room-7"}}),
        api=_B,
    ),
)

_B007_WRAPPED = {
    "type": BASE_B["type"],
    "coupon_info": {k: v for k, v in BASE_B.items() if k != "type"},
}

_rule(
    "B007",
    "error",
    _B,
    "obsolete-coupon-info-wrapper",
    "Obsolete coupon_info wrapper: the body must be flat",
    """
    The top level has a member `coupon_info`. An old revision of the product-coupon-create page
    wrapped every member except `type` in `"coupon_info": {…}` (it also gave valid_type as 0/1);
    WeChat staff confirmed that no such field exists, and the current page has a flat body. Sent
    wrapped, the server does not find `name`, `discount_info`, `ext_info` and the rest.

    Reported at `/coupon_info`, for any value. If the value is an object, the validator then
    checks its content as if it were unwrapped, so the other mistakes show at once; their
    pointers name the real location (`/coupon_info/valid_info/valid_type`). A member present both
    inside and outside the wrapper: the top-level one counts and the inner one gets S007. Fix:
    move the members of `coupon_info` to the top level and delete `coupon_info`.
    """,
    "CONFIRMED",
    _sources("B-wrapper", "B-new", "B-old"),
    _fail(_B007_WRAPPED, "/coupon_info", api=_B),
    _pass(_TEXT_B, api=_B),
    fix=(
        "moves the members of `coupon_info` to the top level at its place, re-indented, and "
        "removes the wrapper, when none of them already exists at the top level"
    ),
)

_rule(
    "B008",
    "warning",
    _B,
    "discount-fee-over-5000-yuan",
    "Fixed-amount coupon worth more than 5000 yuan (500000 fen): check the unit",
    """
    For a fixed-amount coupon (4 商品直减券, 104 店铺直减券) `discount_info.discount_fee` is more
    than 500000 fen (50w fen, 5000 yuan). The page says WeChat shows a reminder above 50w
    ("超过50w提醒") rather than rejecting it. A reduction that large is nearly always a unit
    mistake: yuan multiplied by 100 twice, or by 10000.

    Reported at `discount_fee`. Fix: check the unit; amounts are fen, so 600 yuan is `60000`.
    """,
    "CONFIRMED text; unit INFERRED",
    _sources("B-new", "seed001"),
    _fail(
        _with(BASE_B, {"/type": 104, "/discount_info": {"discount_fee": 600000}}),
        "/discount_info/discount_fee",
        api=_B,
    ),
    _pass(_with(BASE_B, {"/type": 104, "/discount_info": {"discount_fee": 60000}}), api=_B),
)

_rule(
    "B009",
    "warning",
    _B,
    "reduction-not-below-threshold",
    "满减 reduction is not smaller than the spend threshold",
    """
    For a 满减 coupon (2 商品满减券, 102 店铺满减券), `discount_info.discount_fee` is greater than
    or equal to `discount_info.discount_condition.product_price`: the reduction is at least the
    amount the buyer must spend, so the goods would be free. Usually the two values are swapped or
    one is in the wrong unit (both are fen: "满199减20" is `product_price` 19900, `discount_fee`
    2000).

    Only checked when both are usable. Reported at `discount_fee`. Fix: make the reduction smaller
    than the threshold.
    """,
    "INFERRED",
    _sources("B-new"),
    _fail(
        _with(BASE_B, {"/discount_info/discount_fee": 19900}), "/discount_info/discount_fee", api=_B
    ),
    _pass(_TEXT_B, api=_B),
)

_rule(
    "B010",
    "warning",
    _B,
    "per-person-limit-exceeds-stock",
    "Per-person limit is larger than the total number of coupons",
    """
    `receive_info.limit_num_one_person` is larger than `receive_info.total_num`: one person could
    claim more coupons than exist. Usually the two values are swapped or one has an extra digit.

    Only checked when both are usable. Reported at `limit_num_one_person`. Fix: make the
    per-person limit at most the total number.
    """,
    "INFERRED",
    _sources("B-new"),
    _fail(
        _with(BASE_B, {"/receive_info/limit_num_one_person": 400}),
        "/receive_info/limit_num_one_person",
        api=_B,
    ),
    _pass(_with(BASE_B, {"/receive_info/limit_num_one_person": 2}), api=_B),
)


# C: create-coupon-stock (rules.md §5).

_SSR = "/coupon_data/stock_send_rule"
_DPI = "/coupon_data/display_pattern_info"

_rule(
    "C001",
    "error",
    _C,
    "missing-rule-object",
    "The rule object of the stock type is absent from coupon_use_rule",
    """
    `coupon_data.stock_type` decides which rule object `coupon_use_rule` must contain: NORMAL
    (固定面额满减券, a fixed amount off above a threshold) needs `fixed_normal_coupon`
    {`discount_amount`, `transaction_minimum`}; DISCOUNT (折扣券) needs `discount_coupon`
    {`discount_percent`, `transaction_minimum`}; EXCHANGE (换购券) needs `exchange_coupon`
    {`exchange_price`, `transaction_minimum`}. Amounts are fen ("满100减10" is
    `transaction_minimum` 10000 and `discount_amount` 1000); `discount_percent` is the share paid,
    so 88 = 88 % (八八折). WeChat Pay documents the object as required for its stock type
    ("stock_type为NORMAL时必填"); without it the stock has no discount.

    Reported at `coupon_use_rule/<object>`. Fix: add the rule object of the stock type, or
    correct `stock_type`.
    """,
    "CONFIRMED",
    _sources("WPwiki", "WPgo"),
    _fail(
        _with(BASE_C, {f"{_CUR}/fixed_normal_coupon": _REMOVE}),
        f"{_CUR}/fixed_normal_coupon",
        api=_C,
    ),
    _pass(_TEXT_C, api=_C),
)

_rule(
    "C002",
    "warning",
    _C,
    "other-rule-object",
    "coupon_use_rule has the rule object of another stock type",
    """
    `coupon_use_rule` contains the rule object of another stock type, for example
    `exchange_coupon` in a NORMAL stock. The three objects are alternatives ("三选一"): only the
    one of `stock_type` applies, so the other is at best ignored and at worst shows that
    `stock_type` is not the one intended. One finding per such object, whatever its value.

    Reported at the extra object. Fix: remove it, or correct `stock_type`.
    """,
    "CONFIRMED wording (三选一); harm INFERRED",
    _sources("WPwiki", "WPgo"),
    _fail(
        _with(
            BASE_C,
            {f"{_CUR}/exchange_coupon": {"exchange_price": 0, "transaction_minimum": 500}},
        ),
        f"{_CUR}/exchange_coupon",
        api=_C,
    ),
    _pass(_TEXT_C, api=_C),
)

_DAY_TIME = [{"begin_time": 36000, "end_time": 64800}]

_rule(
    "C003",
    "error",
    _C,
    "day-time-without-week-day",
    "available_week.available_day_time is set without week_day",
    """
    `coupon_available_time.available_week.available_day_time` (up to two daily time slots, in
    seconds of the day: 36000 = 10:00, 64800 = 18:00) is present but `available_week.week_day`
    is absent. The slots say *when* in a day the coupon can be used, `week_day` says on which
    days (0 = Sunday, 1 = Monday … 6 = Saturday). WeChat Pay requires it:
    "当填写available_day_time时，week_day必填".

    Reported at `available_week/week_day`. Fix: add the days, for example `"week_day": [6, 0]` for
    weekends.
    """,
    "CONFIRMED",
    _sources("WPwiki", "WPgo"),
    _fail(
        _with(BASE_C, {f"{_CAT}/available_week": {"available_day_time": _DAY_TIME}}),
        f"{_CAT}/available_week/week_day",
        api=_C,
    ),
    _pass(
        _with(
            BASE_C,
            {f"{_CAT}/available_week": {"available_day_time": _DAY_TIME, "week_day": [6, 0]}},
        ),
        api=_C,
    ),
)

_rule(
    "C004",
    "error",
    _C,
    "wait-days-alone",
    "wait_days_after_receive is set without available_day_after_receive",
    """
    `coupon_available_time.wait_days_after_receive` (how many days after claiming the coupon
    becomes usable, at most 30) is present without `available_day_after_receive` (for how many
    days after claiming it stays usable). WeChat Pay says the first "不可单独填写", cannot be used
    alone. The vendor page labels `wait_days_after_receive` "生效开始时间", which is misleading.

    Reported at `available_day_after_receive`. Fix: add `available_day_after_receive` (for
    example 10), or remove `wait_days_after_receive`.
    """,
    "CONFIRMED",
    _sources("WPgo", "WPwiki"),
    _fail(
        _with(BASE_C, {f"{_CAT}/wait_days_after_receive": 2}),
        f"{_CAT}/available_day_after_receive",
        api=_C,
    ),
    _pass(
        _with(
            BASE_C,
            {f"{_CAT}/wait_days_after_receive": 2, f"{_CAT}/available_day_after_receive": 10},
        ),
        api=_C,
    ),
)

_MINI = {"use_method": "MINI_PROGRAMS", "mini_programs_appid": "wx5a1c9e7f3b2d4e60"}

_rule(
    "C005",
    "error",
    _C,
    "mini-program-target-missing",
    "use_method MINI_PROGRAMS without mini_programs_appid or mini_programs_path",
    """
    `coupon_use_rule.use_method` is `MINI_PROGRAMS` (线上小程序核销, the coupon is redeemed in a
    mini program) but `coupon_use_rule.mini_programs_appid` or `mini_programs_path` is absent.
    WeChat Pay needs both to send the buyer to the page where the coupon is used.

    One finding for each absent member, at its pointer. Fix: add the appid (1–32 characters) and
    the page path (1–128 characters), for example `"mini_programs_path": "pages/coupon/index"`.
    """,
    "CONFIRMED",
    _sources("WPwiki", "WPgo"),
    _fail(
        _with(BASE_C, {f"{_CUR}/{k}": v for k, v in _MINI.items()}),
        f"{_CUR}/mini_programs_path",
        api=_C,
    ),
    _pass(
        _with(
            BASE_C,
            {
                **{f"{_CUR}/{k}": v for k, v in _MINI.items()},
                f"{_CUR}/mini_programs_path": "pages/coupon/index",
            },
        ),
        api=_C,
    ),
)

_rule(
    "C006",
    "warning",
    _C,
    "mini-program-target-unused",
    "mini_programs_appid/path set although use_method is not MINI_PROGRAMS",
    """
    `coupon_use_rule.mini_programs_appid` or `mini_programs_path` is present (any value) while
    `use_method` is `OFF_LINE`, `PAYMENT_CODE` or `SELF_CONSUME`. WeChat Pay says they only take
    effect with `MINI_PROGRAMS` ("才有效"), so they are ignored. If the goal is a mini-program
    entrance on the coupon's detail page, that is `coupon_data.custom_entrance.mini_programs_info`.

    One finding for each such member, at its pointer. Fix: remove it, or set `use_method` to
    `MINI_PROGRAMS` if the coupon is redeemed in the mini program.
    """,
    "CONFIRMED wording",
    _sources("WPwiki", "WPgo"),
    _fail(
        _with(BASE_C, {f"{_CUR}/mini_programs_path": "pages/shop/home"}),
        f"{_CUR}/mini_programs_path",
        api=_C,
    ),
    _pass(_TEXT_C, api=_C),
)

_rule(
    "C007",
    "error",
    _C,
    "available-window-invalid",
    "Available window is reversed or longer than one year",
    """
    `coupon_available_time.available_end_time` is not after `available_begin_time`, or it is more
    than one calendar year after it ("有效期最长为1年"). The times are RFC 3339 and compared as
    instants (offsets applied). One calendar year after the begin time is the same local date and
    time one year later in the begin time's own offset (29 February maps to 28 February); exactly
    one year is allowed.

    Only checked when both times are usable (valid RFC 3339, no U002). Reported at
    `available_end_time`. Fix: end the window after its start and within a year, for example
    `2030-04-01T00:00:00+08:00` to `2031-04-01T00:00:00+08:00` at most.
    """,
    "span CONFIRMED; order INFERRED (decided)",
    _sources("WPwiki", "WP", "RFC 3339"),
    _fail(
        _with(BASE_C, {f"{_CAT}/available_end_time": "2031-05-01T00:00:00+08:00"}),
        f"{_CAT}/available_end_time",
        api=_C,
    ),
    _pass(_with(BASE_C, {f"{_CAT}/available_end_time": "2031-04-01T00:00:00+08:00"}), api=_C),
)

_rule(
    "C008",
    "warning",
    _C,
    "daily-slot-reversed",
    "A daily time slot ends before (or when) it starts",
    """
    An item of `available_week.available_day_time` has `begin_time` ≥ `end_time`. Both are
    seconds of the day, 0–86399 (36000 = 10:00, 72000 = 20:00, 86399 = 23:59:59), so the slot is
    empty or reversed, often because the two values were swapped.

    Only checked when both values are usable. Reported at the slot
    (`available_week/available_day_time/N`). Fix: make `end_time` later than `begin_time`.
    """,
    "INFERRED",
    _sources("WPwiki"),
    _fail(
        _with(
            BASE_C,
            {
                f"{_CAT}/available_week": {
                    "week_day": [5],
                    "available_day_time": [{"begin_time": 72000, "end_time": 36000}],
                }
            },
        ),
        f"{_CAT}/available_week/available_day_time/0",
        api=_C,
    ),
    _pass(
        _with(
            BASE_C,
            {
                f"{_CAT}/available_week": {
                    "week_day": [5],
                    "available_day_time": [{"begin_time": 36000, "end_time": 72000}],
                }
            },
        ),
        api=_C,
    ),
)


def _irregular(day: str) -> list[dict[str, str]]:
    return [{"begin_time": f"{day}T10:00:00+08:00", "end_time": f"{day}T12:00:00+08:00"}]


_rule(
    "C009",
    "warning",
    _C,
    "irregular-window-invalid",
    "Irregular window is reversed or outside the available window",
    """
    `coupon_available_time.irregulary_avaliable_time` (WeChat's own spelling) is accepted in two
    forms (§11 E9). In the vendor's object form `{"begin_time": …, "end_time": …}` with integers of
    unknown unit, only the order is checked: begin ≥ end is reported at the object. In WeChat's
    array form, each item with RFC 3339 `begin_time` and `end_time` is reported at
    `irregulary_avaliable_time/N` when it begins at or after its end, begins before
    `available_begin_time` or ends after `available_end_time`: such a window can never apply.

    Only usable values are compared. Fix: put each irregular window inside the available window,
    with its end after its begin.
    """,
    "INFERRED",
    _sources("WPwiki", "LK-cat"),
    _fail(
        _with(BASE_C, {f"{_CAT}/irregulary_avaliable_time": _irregular("2030-07-01")}),
        f"{_CAT}/irregulary_avaliable_time/0",
        api=_C,
    ),
    _pass(_with(BASE_C, {f"{_CAT}/irregulary_avaliable_time": _irregular("2030-05-01")}), api=_C),
)

_rule(
    "C010",
    "warning",
    _C,
    "daily-limit-on-normal-stock",
    "max_coupons_by_day is set on a NORMAL stock",
    """
    `stock_send_rule.max_coupons_by_day` (a daily sending limit) is present, with any value, on a
    stock whose `stock_type` is NORMAL. WeChat Pay documents it only for DISCOUNT and EXCHANGE
    stocks, so on a NORMAL stock the limit you expect is probably not applied.

    Reported at `max_coupons_by_day`. Fix: remove it, or enforce the daily limit in your own
    sending logic.
    """,
    "CONFIRMED text; effect INFERRED",
    _sources("WPwiki"),
    _fail(_with(BASE_C, {f"{_SSR}/max_coupons_by_day": 200}), f"{_SSR}/max_coupons_by_day", api=_C),
    _pass(_TEXT_C, api=_C),
)

_rule(
    "C011",
    "warning",
    _C,
    "threshold-not-above-discount",
    "NORMAL stock: transaction_minimum is not greater than discount_amount",
    """
    In a NORMAL stock `fixed_normal_coupon.transaction_minimum` (the spend threshold) is less than
    or equal to `fixed_normal_coupon.discount_amount`. For WeChat Pay vouchers the threshold must
    be greater than the amount ("使用门槛必须大于优惠金额"); otherwise the goods would be free.
    Both are fen: "满100减10" is `transaction_minimum` 10000 and `discount_amount` 1000. Usually the
    values are swapped or one is in yuan.

    Only checked when both are usable. Reported at `transaction_minimum`. Fix: make the
    threshold larger than the discount amount.
    """,
    "INFERRED",
    _sources("WP-favor"),
    _fail(
        _with(
            BASE_C,
            {f"{_CUR}/fixed_normal_coupon": {"discount_amount": 2000, "transaction_minimum": 2000}},
        ),
        f"{_CUR}/fixed_normal_coupon/transaction_minimum",
        api=_C,
    ),
    _pass(
        _with(
            BASE_C,
            {f"{_CUR}/fixed_normal_coupon": {"discount_amount": 2000, "transaction_minimum": 5000}},
        ),
        api=_C,
    ),
)

_rule(
    "C012",
    "warning",
    _C,
    "limit-exceeds-stock",
    "Per-user or per-day limit is larger than max_coupons",
    """
    In `stock_send_rule`, (a) `max_coupons_per_user` or (b) `max_coupons_by_day` is larger than
    `max_coupons`, the size of the whole stock. No user or day can ever reach that limit, so one of
    the values is probably wrong (swapped, or a digit lost).

    Only checked when the values are usable (`max_coupons` is optional). Reported at the larger
    limit: (a) `max_coupons_per_user`, (b) `max_coupons_by_day`. Fix: make the limits at most
    `max_coupons`.
    """,
    "INFERRED",
    _sources("WPwiki"),
    _fail(
        _with(BASE_C, {_SSR: {"max_coupons": 5, "max_coupons_per_user": 8}}),
        f"{_SSR}/max_coupons_per_user",
        api=_C,
    ),
    _pass(_with(BASE_C, {_SSR: {"max_coupons": 5000, "max_coupons_per_user": 8}}), api=_C),
)

_rule(
    "C013",
    "warning",
    _C,
    "vendor-field-disagrees",
    "A vendor top-level member disagrees with its coupon_data counterpart",
    """
    The vendor model repeats several `coupon_data` values at its top level, and here the two
    copies differ (exact JSON equality): `discount_type` vs `stock_type`, `coupon_name` vs
    `stock_name`, `mini_amount` vs the stock type's `transaction_minimum`, `discount` vs
    `discount_amount`/`discount_percent`/`exchange_price`, `total_num` vs `max_coupons`,
    `person_num` vs `max_coupons_per_user` and `day_num` vs `max_coupons_by_day` (these two only
    when ≠ 0, since 0 means unlimited), `back_color` vs `background_color`, `code_mode` vs
    `coupon_code_mode`. It is not documented which copy the vendor uses, so the stock created may
    not be the one you reviewed.

    Skipped when either side is absent or not usable. Reported at the vendor top-level member.
    Fix: make both copies equal, or leave the vendor copy out.
    """,
    "INFERRED",
    _sources("LK", "seed002"),
    _fail(_with(BASE_C, {"/mini_amount": 9900}), "/mini_amount", api=_C),
    _pass(_with(BASE_C, {"/mini_amount": 10000}), api=_C),
)

_rule(
    "C014",
    "warning",
    _C,
    "output-only-member",
    "An output-only member (stock_id, status, …) is sent in a create request",
    """
    A member that the vendor model uses only in query results is present: `stock_id`, `status`,
    `can_sale_num`, `reason`, `saled_num`, `send_num`, `used_num`, `group_buy_finished`,
    `group_buy_list`, `qr_img_url` or `coupon_type_name`. The same model serves creation and
    queries; these values are assigned by WeChat or the vendor, so sending them has no effect.
    It usually means a query result was reused as a create request.

    Reported at the member, whatever its value (it is still type-checked). Fix: remove it.
    """,
    "INFERRED",
    _sources("LK", "LK-query"),
    _fail(_with(BASE_C, {"/stock_id": "1290000000000042"}), "/stock_id", api=_C),
    _pass(_TEXT_C, api=_C),
)

_rule(
    "C015",
    "warning",
    _C,
    "not-merchant-coupon-type",
    "coupon_type is not 1 (商家券), or a bundle without group_item_list",
    """
    (a) The vendor's `coupon_type` is not 1. This endpoint creates merchant coupons (商家券,
    coupon_type 1); 2 (代金券) and 3 (优惠券组合, a coupon bundle) are other products. The vendor
    page's sample value 2 is a generated placeholder, not a model. (b) `coupon_type` is 3 but
    `group_item_list` is absent or empty, so the bundle has no items.

    Reported at (a) `/coupon_type`, (b) `/group_item_list`. Fix: send `"coupon_type": 1` for a
    merchant coupon stock.
    """,
    "INFERRED",
    _sources("LK", "seed002"),
    _fail(_with(BASE_C, {"/coupon_type": 2}), "/coupon_type", api=_C),
    _pass(_TEXT_C, api=_C),
)

_rule(
    "C016",
    "warning",
    _C,
    "unknown-colour-name",
    "background_color is not one of Color010 … Color100",
    """
    `display_pattern_info.background_color` has the form `Color` + 3 digits but is not one of the
    ten known names `Color010`, `Color020`, … `Color100` (steps of 10). WeChat Pay asks for a
    colour *name*; the list of ten comes from third-party typings, so an unknown name is a
    warning. A value that is not `Color` + 3 digits at all (a hex value) is S006 (§11 E13).

    Reported at `background_color`. Fix: use one of the ten names.
    """,
    "INFERRED (the list of names)",
    _sources("WPim", "WPwiki"),
    _fail(
        _with(BASE_C, {_DPI: {"background_color": "Color055"}}), f"{_DPI}/background_color", api=_C
    ),
    _pass(_with(BASE_C, {_DPI: {"background_color": "Color050"}}), api=_C),
)

_rule(
    "C017",
    "warning",
    _C,
    "merchant-name-over-12",
    "merchant_name has 13–16 characters; WeChat shows at most 12",
    """
    `display_pattern_info.merchant_name` has 13 to 16 characters (code points). The current WeChat
    Pay documentation shows at most 12 characters ("展示上限12个字符") and fills the merchant name
    from the brand or short name itself ("不支持商户自定义"), so a longer value may be cut or
    ignored. More than 16 is an S005 error (the old limit, §11 E14).

    Reported at `merchant_name`. Fix: shorten it to 12 characters or fewer, or leave it out.
    """,
    "CONFIRMED text; effect (ignored or shortened, not rejected) INFERRED",
    _sources("WP", "WPwiki"),
    _fail(
        _with(BASE_C, {_DPI: {"merchant_name": "示例连锁超市华东区第十三分店"}}),
        f"{_DPI}/merchant_name",
        api=_C,
    ),
    _pass(_with(BASE_C, {_DPI: {"merchant_name": "示例连锁超市"}}), api=_C),
)

_rule(
    "C018",
    "warning",
    _C,
    "out-request-no-charset",
    "out_request_no has characters other than letters, digits and | _ * -",
    """
    `coupon_data.out_request_no`, the merchant's request number that makes the create request
    idempotent, contains a character outside `0-9 A-Z a-z | _ * -`: a space, `#`, `.`, `/`,
    Chinese text. WeChat Pay's voucher documentation restricts request numbers to these
    characters, so such a value may be rejected.

    Reported at `out_request_no`. Fix: build it from letters, digits and `| _ * -` only, for
    example merchant id + date + serial: `1900012345_20300401_1`. (That it is unique per merchant
    cannot be checked offline.)
    """,
    "INFERRED",
    _sources("WPwiki"),
    _fail(
        _with(BASE_C, {"/coupon_data/out_request_no": "1900012345 20300401#1"}),
        "/coupon_data/out_request_no",
        api=_C,
    ),
    _pass(_with(BASE_C, {"/coupon_data/out_request_no": "1900012345_20300401_1"}), api=_C),
)

_rule(
    "C019",
    "error",
    _C,
    "self-consume-unsupported",
    "use_method SELF_CONSUME is not supported by WeChat Pay yet",
    """
    `coupon_use_rule.use_method` is `SELF_CONSUME` (用户自助核销, self-service redemption). The
    value is in WeChat Pay's enumeration, but its documentation says "当前暂不支持用户自助核销" and
    requests with it are answered with PARAM_ERROR.

    Reported at `use_method`. Fix: use `OFF_LINE` (the shop scans the coupon code),
    `MINI_PROGRAMS` (redeemed in your mini program, with `mini_programs_appid` and
    `mini_programs_path`) or `PAYMENT_CODE` (redeemed with the payment code).
    """,
    "CONFIRMED",
    _sources("WPwiki", "WP-forum-selfconsume"),
    _fail(_with(BASE_C, {f"{_CUR}/use_method": "SELF_CONSUME"}), f"{_CUR}/use_method", api=_C),
    _pass(_TEXT_C, api=_C),
)


# -- lookups -------------------------------------------------------------------------------------


def _order(info: RuleInfo) -> tuple[int, int]:
    return FAMILIES.index(info.code[0]), int(info.code[1:])


def _build(catalogue: list[RuleInfo]) -> dict[str, RuleInfo]:
    rules: dict[str, RuleInfo] = {}
    for info in sorted(catalogue, key=_order):
        if not _CODE.fullmatch(info.code) or info.code in rules:
            raise ValueError(f"bad or repeated rule code {info.code!r}")
        rules[info.code] = info
    return rules


#: Every rule, keyed by code, ordered by family (J, S, D, U, A, B, C) and then number.
RULES: dict[str, RuleInfo] = _build(_CATALOGUE)


def get(code: str) -> RuleInfo:
    """The rule with this exact code; ``KeyError`` naming the closest codes if it is unknown."""
    try:
        return RULES[code]
    except KeyError:
        pass
    import difflib

    hint = ""
    close = difflib.get_close_matches(str(code).strip().upper(), RULES, n=3, cutoff=0.5)
    if close:
        hint = f"; did you mean {' or '.join(close)}?"
    raise KeyError(
        f"unknown rule code {code!r}{hint} (codes are a family letter "
        f"{', '.join(FAMILIES)} and 3 digits; `coupon-validator rules` lists them)"
    ) from None


def severity_of(code: str) -> Severity:
    """The fixed severity of a code (rules.md); ``KeyError`` for an unknown code."""
    return get(code).severity


def codes_matching(selector: str) -> list[str]:
    """The codes a selector names, in catalogue order: a family (``"A"``), a prefix
    (``"S00"``) or an exact code (``"U001"``); case and surrounding spaces are ignored.
    An empty or unknown selector names nothing: ``[]``.
    """
    prefix = selector.strip().upper()
    if not prefix:
        return []
    return [code for code in RULES if code.startswith(prefix)]
