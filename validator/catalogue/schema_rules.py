"""S-codes: what each API's JSON Schema reports (``validator.schema``), shared by every API.

Presence, type, enumeration, range, length, format, unknown members, repeated list items,
soft bounds, and the URL and appid shapes (``x-shape``). These codes have no rule function:
each API's schema in ``schemas/`` says which field has which bound, so their entries are
written here. A bound that an official field table states is CONFIRMED, one the project chose
is (decided), and a soft bound (S009) or a shape (S010, S011) is INFERRED.
"""

from __future__ import annotations

from validator.apis import busifavor_stock_create, favor_stock_create, product_coupon_create
from validator.catalogue.bases import (
    BASE_A,
    BASE_B,
    BASE_C,
    BASE_D,
    REMOVE,
    changed,
    fails,
    passes,
)
from validator.catalogue.model import describe

#: The APIs a server answer below was seen for (a ``where`` starts with the API's id).
_BUSIFAVOR = busifavor_stock_create.SPEC.id
_FAVOR = favor_stock_create.SPEC.id
_PRODUCT = product_coupon_create.SPEC.id
_CI = "/coupon/coupon_info"
_CUR = "/coupon_data/coupon_use_rule"
_CUR_D = "/coupon_use_rule"
#: The field tables of the three APIs' official pages, their vendor page, and the official SDK.
_SCHEMA_SOURCES = ("A-zh", "A-en", "B-new", "LK", "WPwiki", "WPgo")

describe(
    code="S001",
    severity="error",
    name="missing-required-member",
    summary="A required member is absent",
    explanation="""
    A member that the API requires is absent: one its official field table marks required, or one
    required whenever its parent object is present (such as `discount_amount` inside
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
    status=(
        "CONFIRMED per field (the official field tables); `coupon_data` (decided: it carries the "
        "whole stock)"
    ),
    sources=(*_SCHEMA_SOURCES, "WP-min"),
    fail=fails(changed(BASE_A, {f"{_CI}/receive_info": REMOVE}), f"{_CI}/receive_info"),
    passing=passes(BASE_A),
    server_errors=tuple(
        ("PARAM_ERROR", "值低于最小值", "WP-min", f"{_BUSIFAVOR} {_CUR_D}/{rule} {{}}")
        for rule in ("fixed_normal_coupon", "discount_coupon", "exchange_coupon")
    ),
)

describe(
    code="S002",
    severity="error",
    name="wrong-type",
    summary="Wrong JSON type (string for integer, 10.0 for 10, null, …)",
    explanation="""
    A value has the wrong JSON type: a string where an integer is expected (`"2000"`), a number
    with a fraction or an exponent where an integer is expected (`20.0`, `1e2`, even when the value
    is whole), a boolean as a number, `null` (never valid for any member:
    no API documents null as "absent"), an object
    where an array is expected, and so on. All amounts are integers in fen (分, 1/100 yuan) and all
    timestamps of shop-coupon-add and product-coupon-create are integer Unix seconds, so a float
    usually means yuan were sent where fen are expected: 20 yuan is `2000`, 9.90 yuan is `990`.

    Reported at the value. A value with S002 gets no other S-code, its children are not checked,
    and every rule that reads it is skipped (it is not usable). Fix: send the documented
    type; for money, multiply yuan by 100 and send an integer.
    """,
    status="CONFIRMED per field (the official field tables)",
    sources=_SCHEMA_SOURCES,
    fail=fails(
        changed(BASE_B, {"/discount_info/discount_fee": 10.0}), "/discount_info/discount_fee"
    ),
    passing=passes(BASE_B),
    fix="rewrites a whole number written as a float (`100.0`, `1e2`) as an integer, where the "
    "field is an integer that is not an amount of money and the integer is within the "
    "field's hard bounds; amounts (maybe yuan) and fractions (`9.9`) are left alone",
)

describe(
    code="S003",
    severity="error",
    name="invalid-enum-value",
    summary="Value not in the field's enumeration",
    explanation="""
    A value of the right type is not one of the values its field allows. Strings compare
    case-sensitively (`normal` is not `NORMAL`). Common cases: coupon type 5 or 6 in
    product-coupon-create (those exist only in shop-coupon-add); valid_type 0 in
    product-coupon-create (an older revision of the page numbered valid_type 0 and 1; the
    current one uses 1, a fixed window, or 2, days); valid_type 3 there (shop-coupon-add only);
    a promote_type other than 4 (视频号直播) in shop-coupon-add; `use_method` `ONLINE` instead
    of `MINI_PROGRAMS`. The message suggests the closest valid value.

    Reported at the value. Such a value is not usable, so rules that depend on it (the per-type
    requirements, for example) are skipped, even when S003 itself is ignored. Fix: use one of
    the documented values.
    """,
    status="CONFIRMED per field (the official field tables)",
    sources=(*_SCHEMA_SOURCES, "B-109110"),
    fail=fails(changed(BASE_C, {f"{_CUR}/use_method": "ONLINE"}), f"{_CUR}/use_method"),
    passing=passes(BASE_C),
    server_errors=(
        (
            "109110",
            "优惠券校验领取时间失败",
            "B-109110",
            f"{_PRODUCT} /valid_info/valid_type",
        ),
    ),
)

describe(
    code="S004",
    severity="error",
    name="number-out-of-range",
    summary="Number outside its hard range or not a multiple of its step",
    explanation="""
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
    status=(
        "CONFIRMED per field; some bounds (decided): shop-coupon-add `discount_num` 2000–10000, "
        "`discount_percent` 1–99, `available_day_time` seconds 0–86399"
    ),
    sources=(*_SCHEMA_SOURCES, "B-109107"),
    server_errors=(("109107", "", "B-109107", f"{_PRODUCT} /discount_info/discount_num 10"),),
    fail=fails(
        changed(
            BASE_A,
            {
                "/coupon/type": 103,
                f"{_CI}/discount_info": {"discount_num": 1550},
            },
        ),
        f"{_CI}/discount_info/discount_num",
    ),
    passing=passes(
        changed(
            BASE_A,
            {
                "/coupon/type": 103,
                f"{_CI}/discount_info": {"discount_num": 8500},
            },
        )
    ),
)

describe(
    code="S005",
    severity="error",
    name="length-out-of-bounds",
    summary="String length or array item count outside its hard bounds",
    explanation="""
    A string has more or fewer characters, or an array more or fewer items, than its hard bounds
    allow. Lengths count Unicode code points: a Chinese character, an ASCII letter and an emoji each
    count 1 (bytes and UTF-16 units are never counted). Examples: product-coupon-create `name` 1–10;
    create-coupon-stock `stock_name` 1–21, `goods_name` 1–15, `entrance_words` 1–5, `guiding_words`
    1–6, `merchant_name` at most 16, `out_request_no` 1–128; at most 2 `available_day_time` slots;
    shop-coupon-add `out_product_ids` 1–128 items. An empty id list counts as too short (an empty
    list of required ids is the same as no list), and an empty string is reported as S005 only, not
    also as S006.

    Reported at the string or array. Fix: shorten (or fill) the value; split more than 128
    product ids over several coupons.
    """,
    status="CONFIRMED per field (the official field tables); empty id lists (decided)",
    sources=(*_SCHEMA_SOURCES, "FV-goodstag"),
    server_errors=(
        (
            "PARAM_ERROR",
            "无法将传入参数“订单优惠标记”转换为string/bytes类型。",
            "FV-goodstag",
            f"{_FAVOR} /coupon_use_rule/goods_tag []",
        ),
    ),
    fail=fails(
        changed(
            BASE_C,
            {
                "/coupon_data/custom_entrance": {
                    "mini_programs_info": {
                        "mini_programs_appid": "wx5a1c9e7f3b2d4e60",
                        "mini_programs_path": "pages/index",
                        "entrance_words": "点击领取优惠券",
                    }
                }
            },
        ),
        "/coupon_data/custom_entrance/mini_programs_info/entrance_words",
    ),
    passing=passes(
        changed(
            BASE_C,
            {
                "/coupon_data/custom_entrance": {
                    "mini_programs_info": {
                        "mini_programs_appid": "wx5a1c9e7f3b2d4e60",
                        "mini_programs_path": "pages/index",
                        "entrance_words": "立即领取",
                    }
                }
            },
        )
    ),
)

describe(
    code="S006",
    severity="error",
    name="invalid-format",
    summary="String breaks its format (RFC 3339 time, digits-only id, colour name)",
    explanation="""
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
    status=(
        "CONFIRMED per field (the official field tables); digits-only `belong_merchant` "
        "(decided: merchant ids are numeric)"
    ),
    sources=("WPwiki", "WPgo", "RFC 3339"),
    fail=fails(
        changed(BASE_C, {"/coupon_data/display_pattern_info": {"background_color": "#ff8800"}}),
        "/coupon_data/display_pattern_info/background_color",
    ),
    passing=passes(
        changed(BASE_C, {"/coupon_data/display_pattern_info": {"background_color": "Color020"}})
    ),
)

describe(
    code="S007",
    severity="warning",
    name="unknown-member",
    summary="Member not defined for its object (unknown, misspelt or wrong case)",
    explanation="""
    An object has a member its API does not define: a misspelling, a wrong case (the machine
    translations of the WeChat pages title-case key names: `start_Time`, `valid_day_Num`), a
    field of another API or of an obsolete revision, `access_token` in the body (it belongs in the
    query string), `ext_info` in a shop-coupon-add body (it exists only in responses), or a WeChat
    Pay field that the vendor model lacks (`subsidy`, `finder_info`, `max_amount`, …), which the
    vendor drops. WeChat's own misspelling `irregulary_avaliable_time` is the correct key.

    No API documents that unknown members are rejected: the vendor's ASP.NET model binder, for one,
    silently drops them, and only a forum report shows WeChat Pay refusing one in a busifavor body
    (PARAM_ERROR 请求中含有未在API文档中定义的参数), hence a warning. That is still a real
    failure: the value you meant to set never takes effect (or the body is refused), and the
    correctly spelt member is usually reported missing as well. Reported at the key; the message
    suggests the closest known name. Nothing below an unknown member is checked. Fix: correct the
    name, or remove the member.
    """,
    status="INFERRED (decided: no API documents that unknown members are rejected)",
    sources=("A-zh", "B-new", "LK", "WP-changelog", "WP-undeclared"),
    server_errors=(
        (
            "PARAM_ERROR",
            "请求中含有未在API文档中定义的参数",
            "WP-undeclared",
            _BUSIFAVOR,
        ),
    ),
    fail=fails(
        changed(
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
    passing=passes(BASE_B),
    fix="renames a member whose name differs from a known member only in case (`start_Time` → "
    "`start_time`), when the real member is absent from that object",
)

describe(
    code="S008",
    severity="warning",
    name="duplicate-array-item",
    summary="A value repeats in a list of ids or week days",
    explanation="""
    A value occurs more than once in a list whose items should be distinct: `out_product_ids`
    (shop-coupon-add), `product_ids` (product-coupon-create), `store_list` or `week_day`
    (create-coupon-stock). A repeat adds nothing, counts against the 128-id limit of
    `out_product_ids`, and often betrays a bug where lists were merged, so the id you meant may
    be missing.

    Reported at each later repeat (`…/out_product_ids/2`); the first occurrence is fine. Fix:
    remove the duplicates (and check that no intended id is missing).
    """,
    status="INFERRED",
    sources=("A-en", "B-get", "WPwiki"),
    fail=fails(
        changed(
            BASE_A,
            {
                "/coupon/type": 2,
                f"{_CI}/discount_info/discount_condition/out_product_ids": [
                    "sku-9",
                    "sku-7",
                    "sku-9",
                ],
            },
        ),
        f"{_CI}/discount_info/discount_condition/out_product_ids/2",
    ),
    passing=passes(
        changed(
            BASE_A,
            {
                "/coupon/type": 2,
                f"{_CI}/discount_info/discount_condition/out_product_ids": ["sku-9", "sku-7"],
            },
        )
    ),
)

describe(
    code="S009",
    severity="warning",
    name="soft-bound",
    summary="Value breaks an inferred (soft) minimum, maximum or non-empty bound",
    explanation="""
    A value breaks a soft bound of the field tables: a minimum, maximum or non-empty rule that no
    official text states but that any working coupon respects. Examples: `total_num` 0 (a coupon
    needs at least 1 in stock), `limit_num_one_person` 0, an empty `out_coupon_id` or `nickname`,
    a `buy_product_cnt` above 2147483647, `wait_days_after_receive` 0 (leave it out when the coupon
    is usable on the day it is claimed: "当天生效则无需填写"), a negative `sell_price`.

    Because these bounds are only INFERRED, breaking one is a warning, never S004/S005:
    only an official or a decided bound makes an error.
    The value stays usable, so the comparison rules still read it (a `total_num` of 0 also makes
    any per-person limit exceed the stock). Reported at the value. Fix: use a meaningful value or
    leave the optional member out.
    """,
    status="INFERRED",
    sources=("A-zh", "WxJava", "WPgo"),
    fail=fails(
        changed(BASE_A, {f"{_CI}/receive_info/total_num": 0}), f"{_CI}/receive_info/total_num"
    ),
    passing=passes(BASE_A),
)

_DISPLAY = "/display_pattern_info"

describe(
    code="S010",
    severity="warning",
    name="not-an-http-url",
    summary="An image or page URL member is not an absolute http(s) URL",
    explanation="""
    A member that holds an image or page URL is not an absolute http(s) URL: the text does not
    match `^https?://[^\\s/]+\\S*$` (a scheme, a host, no spaces). The members are the merchant
    logo and coupon image of the merchant-coupon display settings (`merchant_logo_url`,
    `coupon_image_url`) and, in busifavor-stock-create, the channels video cover
    (`finder_info.finder_video_cover_image_url`); in create-coupon-stock also the vendor's
    `logo_img_url`, `coupon_img_url`, `show_img_url` and `topshow_img_url`; in
    favor-stock-create `pattern_info.merchant_logo` and `pattern_info.coupon_image`. Documentation
    placeholders such as "图片 cdn 地址" reach real request bodies; WeChat wants the URL its image
    upload API returned. No official text gives a pattern, so this is a warning, and the value
    stays usable.

    Not checked on a value with S002 or S005, on an empty string (the length bounds report it)
    or on output-only members. Whether a URL really comes from the upload API cannot be checked
    offline: `"https://xxx"` passes. Reported at the value. Fix: upload the image and send the
    URL WeChat returned.
    """,
    status="INFERRED (no official pattern)",
    sources=("WPwiki", "WPgo", "LK", "FV-wiki"),
    fail=fails(
        changed(BASE_D, {_DISPLAY: {"merchant_logo_url": "图片 cdn 地址"}}),
        f"{_DISPLAY}/merchant_logo_url",
    ),
    passing=passes(
        changed(
            BASE_D, {_DISPLAY: {"merchant_logo_url": "https://wxpaylogo.qpic.cn/wxpaylogo/abc/0"}}
        )
    ),
)

_MINI_PROGRAM = {
    "use_method": "MINI_PROGRAMS",
    "mini_programs_appid": "miniappid",
    "mini_programs_path": "pages/coupon/index",
}

describe(
    code="S011",
    severity="warning",
    name="not-an-appid",
    summary="An appid member is not wx followed by 16 hex characters",
    explanation="""
    A member that holds a WeChat appid does not match `^wx[0-9a-f]{16}$`: "wx" and 16 lower-case
    hexadecimal characters, the form of every published appid. The members are the mini program
    and entrance appids of the merchant-coupon body (`coupon_use_rule.mini_programs_appid`,
    `custom_entrance.mini_programs_info.mini_programs_appid`, `custom_entrance.appid`,
    `notify_config.notify_appid`), in create-coupon-stock also the vendor's `app_id`, and in
    favor-stock-create `pattern_info.mini_program_appid`.
    Documentation placeholders ("miniappid", "wx23232232323") reach real request bodies. No
    official text gives a pattern, so this is a warning, and the value stays usable.

    Not checked on a value with S002 or S005 or on an empty string. Whether the appid exists,
    is of the right kind or is bound to the merchant cannot be checked offline. Reported at the
    value. Fix: copy the appid from the mini program's or official account's settings
    (`wx5a1c9e7f3b2d4e60`).
    """,
    status="INFERRED (no official pattern)",
    sources=("WPwiki", "WPgo", "LK", "FVgo"),
    fail=fails(
        changed(BASE_D, {f"{_CUR_D}/{k}": v for k, v in _MINI_PROGRAM.items()}),
        f"{_CUR_D}/mini_programs_appid",
    ),
    passing=passes(
        changed(
            BASE_D,
            {
                **{f"{_CUR_D}/{k}": v for k, v in _MINI_PROGRAM.items()},
                f"{_CUR_D}/mini_programs_appid": "wx5a1c9e7f3b2d4e60",
            },
        )
    ),
)
