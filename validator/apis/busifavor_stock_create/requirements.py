"""C001–C006: members of the merchant-coupon body that another member requires or makes useless.

The stock type names its rule object, daily slots need week days, and so on. The API's schema
(``schemas/busifavor-stock-create.json``, which create-coupon-stock's ``coupon_data`` refers to)
checks these through ``x-code``; this module only describes them for the catalogue. Like the
rules of ``rules``, their examples are the worked examples on Base-C.
"""

from __future__ import annotations

from validator.apis.busifavor_stock_create.rules import API, CAT, CUR, fails, passes
from validator.catalogue.bases import REMOVE
from validator.catalogue.model import describe

describe(
    code="C001",
    api=API,
    severity="error",
    name="missing-rule-object",
    summary="The rule object of the stock type is absent from coupon_use_rule",
    explanation="""
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
    status="CONFIRMED",
    sources=("WPwiki", "WPgo"),
    fail=fails({f"{CUR}/fixed_normal_coupon": REMOVE}, f"{CUR}/fixed_normal_coupon"),
    passing=passes(),
)

describe(
    code="C002",
    api=API,
    severity="warning",
    name="other-rule-object",
    summary="coupon_use_rule has the rule object of another stock type",
    explanation="""
    `coupon_use_rule` contains the rule object of another stock type, for example
    `exchange_coupon` in a NORMAL stock. The three objects are alternatives ("三选一"): only the
    one of `stock_type` applies, so the other is at best ignored and at worst shows that
    `stock_type` is not the one intended. A developer who sent both `discount_coupon` and
    `exchange_coupon` got PARAM_ERROR "请求中含有未在API文档中定义的参数" with the two objects
    listed in `detail.value`, and the community's reply "入参数不能同时出现,3选1". One finding per
    such object, whatever its value.

    Reported at the extra object. Fix: remove it, or correct `stock_type`.
    """,
    status="CONFIRMED wording (三选一); harm INFERRED",
    sources=("WPwiki", "WPgo"),
    server_errors=(("PARAM_ERROR", "请求中含有未在API文档中定义的参数", "WP-two-rules"),),
    fail=fails(
        {f"{CUR}/exchange_coupon": {"exchange_price": 0, "transaction_minimum": 500}},
        f"{CUR}/exchange_coupon",
    ),
    passing=passes(),
)

_DAY_TIME = [{"begin_time": 36000, "end_time": 64800}]

describe(
    code="C003",
    api=API,
    severity="error",
    name="day-time-without-week-day",
    summary="available_week.available_day_time is set without week_day",
    explanation="""
    `coupon_available_time.available_week.available_day_time` (up to two daily time slots, in
    seconds of the day: 36000 = 10:00, 64800 = 18:00) is present but `available_week.week_day`
    is absent. The slots say *when* in a day the coupon can be used, `week_day` says on which
    days (0 = Sunday, 1 = Monday … 6 = Saturday). WeChat Pay requires it:
    "当填写available_day_time时，week_day必填".

    Reported at `available_week/week_day`. Fix: add the days, for example `"week_day": [6, 0]` for
    weekends.
    """,
    status="CONFIRMED",
    sources=("WPwiki", "WPgo"),
    fail=fails(
        {f"{CAT}/available_week": {"available_day_time": _DAY_TIME}},
        f"{CAT}/available_week/week_day",
    ),
    passing=passes(
        {f"{CAT}/available_week": {"available_day_time": _DAY_TIME, "week_day": [6, 0]}}
    ),
)

describe(
    code="C004",
    api=API,
    severity="error",
    name="wait-days-alone",
    summary="wait_days_after_receive is set without available_day_after_receive",
    explanation="""
    `coupon_available_time.wait_days_after_receive` (how many days after claiming the coupon
    becomes usable, at most 30) is present without `available_day_after_receive` (for how many
    days after claiming it stays usable). WeChat Pay says the first "不可单独填写", cannot be used
    alone. The vendor page labels `wait_days_after_receive` "生效开始时间", which is misleading.

    Reported at `available_day_after_receive`. Fix: add `available_day_after_receive` (for
    example 10), or remove `wait_days_after_receive`.
    """,
    status="CONFIRMED",
    sources=("WPgo", "WPwiki"),
    fail=fails({f"{CAT}/wait_days_after_receive": 2}, f"{CAT}/available_day_after_receive"),
    passing=passes({f"{CAT}/wait_days_after_receive": 2, f"{CAT}/available_day_after_receive": 10}),
)

_MINI = {"use_method": "MINI_PROGRAMS", "mini_programs_appid": "wx5a1c9e7f3b2d4e60"}

describe(
    code="C005",
    api=API,
    severity="error",
    name="mini-program-target-missing",
    summary="use_method MINI_PROGRAMS without mini_programs_appid or mini_programs_path",
    explanation="""
    `coupon_use_rule.use_method` is `MINI_PROGRAMS` (线上小程序核销, the coupon is redeemed in a
    mini program) but `coupon_use_rule.mini_programs_appid` or `mini_programs_path` is absent.
    WeChat Pay needs both to send the buyer to the page where the coupon is used.

    One finding for each absent member, at its pointer. Fix: add the appid (1–32 characters) and
    the page path (1–128 characters), for example `"mini_programs_path": "pages/coupon/index"`.
    """,
    status="CONFIRMED",
    sources=("WPwiki", "WPgo"),
    fail=fails({f"{CUR}/{k}": v for k, v in _MINI.items()}, f"{CUR}/mini_programs_path"),
    passing=passes(
        {
            **{f"{CUR}/{k}": v for k, v in _MINI.items()},
            f"{CUR}/mini_programs_path": "pages/coupon/index",
        }
    ),
)

describe(
    code="C006",
    api=API,
    severity="warning",
    name="mini-program-target-unused",
    summary="mini_programs_appid/path set although use_method is not MINI_PROGRAMS",
    explanation="""
    `coupon_use_rule.mini_programs_appid` or `mini_programs_path` is present (any value) while
    `use_method` is `OFF_LINE`, `PAYMENT_CODE` or `SELF_CONSUME`. WeChat Pay says they only take
    effect with `MINI_PROGRAMS` ("才有效"), so they are ignored. If the goal is a mini-program
    entrance on the coupon's detail page, that is `coupon_data.custom_entrance.mini_programs_info`.

    One finding for each such member, at its pointer. Fix: remove it, or set `use_method` to
    `MINI_PROGRAMS` if the coupon is redeemed in the mini program.
    """,
    status="CONFIRMED wording",
    sources=("WPwiki", "WPgo"),
    fail=fails({f"{CUR}/mini_programs_path": "pages/shop/home"}, f"{CUR}/mini_programs_path"),
    passing=passes(),
)
