"""The sentences of the shipped schemas' extension keywords, each under a stable message key.

A schema file carries English sentences for its findings: ``x-message`` (the message of a coded
conditional), ``x-hint`` (a sentence appended to every S-message about a value), and the entries
of ``x-enum-hints`` and ``x-unknown-hints`` (the hint for one wrong value or one unknown member).
The files stay plain JSON Schema with their English in place, so editors, other validators and
the bundle that ``schema API-ID`` prints read them as before.

Why a table here and not a key in each schema file: a key beside every sentence would be a second
keyword for each hint map, read by no other tool, and the same sentence repeated in six files
(the fen hint) would need the same key repeated six times. Here each sentence is listed once,
under the key its Chinese wording has in ``validator.text.zh.schema``; the walker finds a
sentence's template by its English when it reports a finding. This module is imported only then,
so a document without findings never pays for the table.

The table and the files must agree exactly: ``tests/schema/test_schema_texts.py`` fails, naming
the sentence, when a schema sentence has no key here or a key's sentence is in no schema file.
Changing a sentence in a schema file therefore means changing it here too; the Chinese test then
asks for the wording to be reviewed only if the placeholders changed, so check it anyway.
"""

from __future__ import annotations

from typing import Any

from validator.text import Template, Text, message

#: A sentence the table does not list (a test's own schema): read as written in every language.
UNLISTED = "schema.unlisted"

#: Message key → the English sentence exactly as the schema files write it.
TEXTS: dict[str, str] = {
    # Shared by several APIs
    "schema.hint.fen": "amounts are integer fen: 9.9 yuan is 990",
    "schema.hint.unix-seconds": "timestamps are Unix seconds, e.g. 1900000000",
    "schema.hint.week-days": "week days are 0 = Sunday … 6 = Saturday",
    "schema.hint.second-of-day": "seconds of the day: 36000 = 10:00:00, 86399 = 23:59:59",
    "schema.hint.discount-num": "discount_num is 折 × 1000: 8.5 折 is 8500",
    "schema.hint.access-token": (
        "access_token belongs in the query string (?access_token=…), not in the body"
    ),
    "schema.hint.types-5-6": "types 5 and 6 exist only in shop-coupon-add",
    "schema.hint.valid-type-3": "3 exists only in shop-coupon-add",
    "schema.store.valid-type-2-claimed": (
        "valid_type 2 (生效天数, valid for N days after claiming) requires {member}; add it (the "
        "number of days after claiming)"
    ),
    "schema.store.type-101-requires": (
        "type 101 (店铺条件折扣券) requires {member}; add it (product_cnt: the item-count "
        "threshold; discount_num: 折 × 1000, 8.5 折 = 8500)"
    ),
    "schema.store.type-103-requires": (
        "type 103 (店铺统一折扣券) requires {member}; add it (discount_num: 折 × 1000, 8.5 折 = "
        "8500)"
    ),
    "schema.store.type-2-ignored": "{member} is ignored for type 2 (商品满减券); remove it",
    "schema.store.type-3-ignored": "{member} is ignored for type 3 (商品统一折扣券); remove it",
    "schema.store.type-4-ignored": "{member} is ignored for type 4 (商品直减券); remove it",
    "schema.store.type-101-ignored": "{member} is ignored for type 101 (店铺条件折扣券); remove it",
    "schema.store.type-102-ignored": "{member} is ignored for type 102 (店铺满减券); remove it",
    "schema.store.type-103-ignored": "{member} is ignored for type 103 (店铺统一折扣券); remove it",
    "schema.store.type-104-ignored": "{member} is ignored for type 104 (店铺直减券); remove it",
    # shop-coupon-add
    "schema.shop.product-ids": (
        "shop-coupon-add names products by string out_product_ids; integer product_ids "
        "belong to product-coupon-create"
    ),
    "schema.shop.ext-info": (
        "ext_info only appears in list/get responses; remove it from an add body"
    ),
    "schema.shop.valid-type-1-requires": (
        "valid_type 1 (商品指定时间区间, a fixed window) requires {member}; add it (Unix seconds)"
    ),
    "schema.shop.valid-type-1-ignored": (
        "{member} is ignored when valid_type is 1 (商品指定时间区间, a fixed window); remove it"
    ),
    "schema.shop.valid-type-2-requires": (
        "valid_type 2 (生效天数, valid for N days) requires {member}; add it (the number of days)"
    ),
    "schema.shop.valid-type-2-ignored": (
        "{member} is ignored when valid_type is 2 (生效天数, valid for N days); remove it"
    ),
    "schema.shop.valid-type-3-requires": (
        "valid_type 3 (生效秒数, valid for N seconds) requires {member}; add it (the number of "
        "seconds)"
    ),
    "schema.shop.valid-type-3-ignored": (
        "{member} is ignored when valid_type is 3 (生效秒数, valid for N seconds); remove it"
    ),
    "schema.shop.type-1-requires": (
        "type 1 (商品条件折扣券) requires {member}; add it (discount_num: 折 × 1000, 8.5 折 = "
        "8500; out_product_ids: the merchant-side ids of the coupon's products)"
    ),
    "schema.shop.type-1-condition": (
        "type 1 (商品条件折扣券) is a conditional coupon: set {member} (the item-count condition)"
    ),
    "schema.shop.type-1-ignored": "{member} is ignored for type 1 (商品条件折扣券); remove it",
    "schema.shop.type-2-requires": (
        "type 2 (商品满减券) requires {member}; add it (discount_fee: the reduction in fen, 30 "
        "yuan = 3000; out_product_ids: the merchant-side ids of the coupon's products)"
    ),
    "schema.shop.type-2-threshold": (
        "type 2 (商品满减券) is a spend-X-get-Y-off coupon (满减): set {member} (the spend "
        "threshold in fen)"
    ),
    "schema.shop.type-3-requires": (
        "type 3 (商品统一折扣券) requires {member}; add it (discount_num: 折 × 1000, 8.5 折 = "
        "8500; out_product_ids: the merchant-side ids of the coupon's products)"
    ),
    "schema.shop.type-4-requires": (
        "type 4 (商品直减券) requires {member}; add it (discount_fee: the reduction in fen, 30 "
        "yuan = 3000; out_product_ids: the merchant-side ids of the coupon's products)"
    ),
    "schema.shop.type-5-requires": (
        "type 5 (商品换购券) requires tradein_info.{member}; add it (out_product_id: the trade-in "
        "product; price: what the buyer pays for it, in fen)"
    ),
    "schema.shop.type-5-products": (
        "type 5 (商品换购券) is a product coupon: set {member} to the coupon's products"
    ),
    "schema.shop.type-5-ignored": "{member} is ignored for type 5 (商品换购券); remove it",
    "schema.shop.type-6-requires": (
        "type 6 (商品买赠券) requires buyget_info.{member}; add it (buy buy_product_cnt items of "
        "buy_out_product_id, get get_product_cnt items of get_out_product_id free)"
    ),
    "schema.shop.type-6-products": (
        "type 6 (商品买赠券) is a product coupon: set {member} to the coupon's products"
    ),
    "schema.shop.type-6-ignored": "{member} is ignored for type 6 (商品买赠券); remove it",
    "schema.shop.type-101-requires": (
        "type 101 (店铺条件折扣券) requires {member}; add it (discount_num: 折 × 1000, 8.5 折 = "
        "8500)"
    ),
    "schema.shop.type-101-condition": (
        "type 101 (店铺条件折扣券) is a conditional coupon: set {member} (the item-count condition)"
    ),
    "schema.shop.type-102-requires": (
        "type 102 (店铺满减券) requires {member}; add it (discount_fee: the reduction in fen, 30 "
        "yuan = 3000)"
    ),
    "schema.shop.type-102-threshold": (
        "type 102 (店铺满减券) is a spend-X-get-Y-off coupon (满减): set {member} (the spend "
        "threshold in fen)"
    ),
    "schema.shop.type-104-requires": (
        "type 104 (店铺直减券) requires {member}; add it (discount_fee: the reduction in fen, 30 "
        "yuan = 3000)"
    ),
    # product-coupon-create
    "schema.product.product-ids-item": (
        "product ids are positive integers here (shop-coupon-add uses string out_product_ids)"
    ),
    "schema.product.out-product-ids": (
        "product-coupon-create names products by integer product_ids; string out_product_ids "
        "belong to shop-coupon-add"
    ),
    "schema.product.valid-type-0": (
        "an older revision of the page numbered valid_type 0 and 1; the current one uses 1 "
        "(fixed window) or 2 (days)"
    ),
    "schema.product.valid-type-1-requires": (
        "valid_type 1 (指定时间范围生效, a fixed window) requires {member}; add it (Unix seconds)"
    ),
    "schema.product.valid-type-1-ignored": (
        "{member} is ignored when valid_type is 1 (start_time/end_time and valid_day_num are "
        "二选一); remove it"
    ),
    "schema.product.valid-type-2-ignored": (
        "{member} is ignored when valid_type is 2 (valid_day_num and start_time/end_time are "
        "二选一); remove it"
    ),
    "schema.product.status": (
        "status is not a body member: a new coupon always starts with status 1"
    ),
    "schema.product.type-1-requires": (
        "type 1 (商品条件折券) requires {member}; add it (product_ids: the ids of the coupon's "
        "products; product_cnt: the item-count threshold; discount_num: 折 × 1000, 8.5 折 = 8500)"
    ),
    "schema.product.type-1-ignored": "{member} is ignored for type 1 (商品条件折券); remove it",
    "schema.product.type-2-requires": (
        "type 2 (商品满减券) requires {member}; add it (product_ids: the ids of the coupon's "
        "products; product_price: the spend threshold in fen; discount_fee: the reduction in fen, "
        "20 yuan = 2000)"
    ),
    "schema.product.type-3-requires": (
        "type 3 (商品统一折扣券) requires {member}; add it (product_ids: the ids of the coupon's "
        "products; discount_num: 折 × 1000, 8.5 折 = 8500)"
    ),
    "schema.product.type-4-requires": (
        "type 4 (商品直减券) requires {member}; add it (product_ids: the ids of the coupon's "
        "products; discount_fee: the reduction in fen, 20 yuan = 2000)"
    ),
    "schema.product.type-102-requires": (
        "type 102 (店铺满减券) requires {member}; add it (product_price: the spend threshold in "
        "fen; discount_fee: the reduction in fen, 20 yuan = 2000)"
    ),
    "schema.product.type-104-requires": (
        "type 104 (店铺直减券) requires {member}; add it (discount_fee: the reduction in fen, 20 "
        "yuan = 2000)"
    ),
    # channels-ec-coupon-create
    "schema.channels.promote-type-2": (
        "2 (自定义推广渠道, custom channel) is product-coupon-create only; this API has 1 "
        "(小店内推广), 9 (会员券) and 10 (会员开卡礼券)"
    ),
    "schema.channels.promote-type-4": (
        "4 (视频号直播) is shop-coupon-add only; this API has 1 (小店内推广), 9 (会员券) and 10 "
        "(会员开卡礼券)"
    ),
    "schema.channels.customize-channel": (
        "customize_channel is a product-coupon-create member; this API has no custom promotion "
        "channel, remove it"
    ),
    "schema.channels.product-ids-item": (
        'product ids are strings on this API: write the id in quotes ("1673110742"); '
        "product-coupon-create used numbers"
    ),
    "schema.channels.out-product-ids": (
        "this API names products by product_ids (strings); out_product_ids belong "
        "to shop-coupon-add"
    ),
    "schema.channels.discount-fee": (
        "amounts are integer fen and at most 20000 (200 yuan): 20 yuan is 2000"
    ),
    "schema.channels.discount-num": (
        "discount_num is 折 × 1000 from 2000 (2 折, the lowest) to 10000 in steps of 100: 8.5 折 "
        "is 8500"
    ),
    "schema.channels.valid-type-0": (
        "an older revision of the Mini Store page numbered valid_type 0 and 1; the current one "
        "uses 1 (fixed window) or 2 (days)"
    ),
    "schema.channels.jump-product-id": (
        "jump_product_id is a string on this API: write the product id in quotes"
    ),
    "schema.channels.ext-valid-time": (
        "ext_info.valid_time is not a request member on this API (coupon/get answers and SDK "
        "models copied from product-coupon-create carry it); the validity window is valid_info, "
        "remove it"
    ),
    "schema.channels.ext-invalid-time": (
        "ext_info.invalid_time is not a request member on this API (coupon/get answers and SDK "
        "models copied from product-coupon-create carry it); the validity window is valid_info, "
        "remove it"
    ),
    "schema.channels.auto-valid-type": "auto_valid_type is 0 (off) or 1 (on)",
    "schema.channels.coupon-id": (
        "coupon_id belongs to /channels/ec/coupon/update (changing an existing coupon); a new "
        "coupon gets its id in the answer, remove it"
    ),
    "schema.channels.coupon-info": (
        "this API has no coupon_info wrapper: put name, discount_info, receive_info… at the top "
        "level"
    ),
    "schema.channels.type-1-requires": (
        "type 1 (商品条件折券) requires {member}; add it (product_ids: the string ids of the "
        "coupon's products; product_cnt: the item-count threshold; discount_num: 折 × 1000, 8.5 折 "
        "= 8500)"
    ),
    "schema.channels.type-2-requires": (
        "type 2 (商品满减券) requires {member}; add it (product_ids: the string ids of the "
        "coupon's products; product_price: the spend threshold in fen; discount_fee: the reduction "
        "in fen, at most 20000)"
    ),
    "schema.channels.type-3-requires": (
        "type 3 (商品统一折扣券) requires {member}; add it (product_ids: the string ids of the "
        "coupon's products; discount_num: 折 × 1000, 8.5 折 = 8500)"
    ),
    "schema.channels.type-4-requires": (
        "type 4 (商品直减券) requires {member}; add it (product_ids: the string ids of the "
        "coupon's products; discount_fee: the reduction in fen, at most 20000)"
    ),
    "schema.channels.type-102-requires": (
        "type 102 (店铺满减券) requires {member}; add it (product_price: the spend threshold in "
        "fen; discount_fee: the reduction in fen, at most 20000)"
    ),
    "schema.channels.type-104-requires": (
        "type 104 (店铺直减券) requires {member}; add it (discount_fee: the reduction in fen, at "
        "most 20000)"
    ),
    # busifavor-stock-create (also create-coupon-stock's coupon_data)
    "schema.busifavor.belong-merchant": "the merchant id (商户号) is 8–15 digits, e.g. 1900012345",
    "schema.busifavor.day-time-needs-week-day": (
        "available_day_time needs week_day (0 = Sunday … 6 = Saturday); add week_day"
    ),
    "schema.busifavor.irregular-windows": (
        'an array of windows [{"begin_time": …, "end_time": …}] with RFC 3339 times'
    ),
    "schema.busifavor.wait-days": (
        "at most 30 days; leave it out when the coupon is usable on the day it is claimed "
        "(当天生效)"
    ),
    "schema.busifavor.wait-days-alone": (
        "wait_days_after_receive cannot be used alone (不可单独填写); add "
        "available_day_after_receive"
    ),
    "schema.busifavor.irregular-spelling": (
        "the key is spelt irregulary_avaliable_time (WeChat's own spelling)"
    ),
    "schema.busifavor.discount-percent": (
        "a percentage of the price: 88 means the buyer pays 88 % (八八折)"
    ),
    "schema.busifavor.mini-programs-requires": (
        "MINI_PROGRAMS redemption needs mini_programs_appid and mini_programs_path; add {member}"
    ),
    "schema.busifavor.mini-programs-only": (
        "{member} only takes effect with use_method MINI_PROGRAMS (才有效), not {value}; remove it"
    ),
    "schema.busifavor.background-color": (
        "background_color must be a colour name like Color010, not a hex value"
    ),
    "schema.busifavor.normal-requires": (
        "stock_type NORMAL requires coupon_use_rule.fixed_normal_coupon; add it with "
        "discount_amount and transaction_minimum"
    ),
    "schema.busifavor.discount-requires": (
        "stock_type DISCOUNT requires coupon_use_rule.discount_coupon; add it with "
        "discount_percent and transaction_minimum"
    ),
    "schema.busifavor.exchange-requires": (
        "stock_type EXCHANGE requires coupon_use_rule.exchange_coupon; add it with exchange_price "
        "and transaction_minimum"
    ),
    "schema.busifavor.not-for-normal": (
        "{member} does not apply to stock_type NORMAL (三选一: fixed_normal_coupon for NORMAL, "
        "discount_coupon for DISCOUNT, exchange_coupon for EXCHANGE); remove it"
    ),
    "schema.busifavor.not-for-discount": (
        "{member} does not apply to stock_type DISCOUNT (三选一: fixed_normal_coupon for NORMAL, "
        "discount_coupon for DISCOUNT, exchange_coupon for EXCHANGE); remove it"
    ),
    "schema.busifavor.not-for-exchange": (
        "{member} does not apply to stock_type EXCHANGE (三选一: fixed_normal_coupon for NORMAL, "
        "discount_coupon for DISCOUNT, exchange_coupon for EXCHANGE); remove it"
    ),
    "schema.busifavor.rfc3339": "RFC 3339 with an offset, e.g. 2030-04-01T00:00:00+08:00",
    # create-coupon-stock (the vendor's body)
    "schema.vendor.discount": (
        "fen for NORMAL and EXCHANGE (9.9 yuan is 990), a percentage for DISCOUNT (88 = the buyer "
        "pays 88 %)"
    ),
    "schema.vendor.irregular-time": (
        'use the vendor object {"begin_time": …, "end_time": …} or WeChat\'s array of windows '
        "with RFC 3339 times"
    ),
    "schema.vendor.dropped": (
        "WeChat Pay knows this field, but the vendor model has no such member; it will be dropped"
    ),
    "schema.vendor.inside-coupon-data": (
        "this is a WeChat Pay busifavor member; it belongs inside coupon_data"
    ),
    "schema.vendor.unlimited": "0 means unlimited",
    # favor-stock-create
    "schema.favor.belong-merchant": "the merchant id (商户号) is digits only, e.g. 1900012345",
    "schema.favor.max-amount": (
        "amounts are integer fen: 9.9 yuan is 990; the budget is max_coupons × coupon_amount"
    ),
    "schema.favor.max-amount-by-day": (
        "amounts are integer fen: 9.9 yuan is 990; it may not be 0 (不可以为0): leave it out for "
        "no daily cap"
    ),
    "schema.favor.empty-enum": (
        "an optional enum member is not sent empty (不可以传空值): leave the member out"
    ),
    "schema.favor.mini-program-requires": (
        "jump_target MINI_PROGRAM needs mini_program_appid and mini_program_path "
        "(跳转至小程序时必填); add {member}"
    ),
    "schema.favor.merchant-logo-url": (
        "did you mean merchant_logo? this looks like a 商家券 field; this body was detected as "
        "代金券 (favor-stock-create)"
    ),
    "schema.favor.coupon-image-url": (
        "did you mean coupon_image? this looks like a 商家券 field; this body was detected as "
        "代金券 (favor-stock-create)"
    ),
    "schema.favor.mini-programs-appid": (
        'did you mean mini_program_appid (no "s")? this looks like a 商家券 field; this body was '
        "detected as 代金券 (favor-stock-create)"
    ),
    "schema.favor.mini-programs-path": (
        'did you mean mini_program_path (no "s")? this looks like a 商家券 field; this body was '
        "detected as 代金券 (favor-stock-create)"
    ),
    "schema.favor.week-day": (
        "an integer 0–6 or an array of them, e.g. 1 or [1] (0 = Sunday … 6 = Saturday)"
    ),
    "schema.favor.minutes": "the unit is minutes: 7 days = 10080",
    "schema.favor.usable-window": (
        "the usable window of a 代金券 stock is the top-level "
        "available_begin_time/available_end_time"
    ),
    "schema.favor.coupon-amount": (
        "amounts are integer fen: 9.9 yuan is 990; since 2021-11 a face value is more than 1 yuan "
        "and at most 500 yuan (100–50000)"
    ),
    "schema.favor.discount-amount": (
        "did you mean coupon_amount? this looks like a 商家券 field; this body was detected as "
        "代金券 (favor-stock-create)"
    ),
    "schema.favor.goods-tag-item": (
        "letters, digits and _ only (字母/数字/下划线), e.g. spring_2027"
    ),
    "schema.favor.goods-tag": (
        'goods_tag is an array of strings, e.g. ["spring_2027"]; leave it out for no tag'
    ),
    "schema.favor.trade-type": (
        'trade_type is an array of strings, e.g. ["MICROAPP"]; leave it out for any payment type '
        "(不填则默认不限)"
    ),
    "schema.favor.merchant-item": "a merchant id (商户号) is digits only, e.g. 1900012345",
    "schema.favor.limit-pay": (
        'exactly one payment code (条目个数限制为[1，1]), e.g. ["ICBC_CREDIT"]'
    ),
    "schema.favor.fixed-only": (
        "this API only has fixed_normal_coupon (stock_type NORMAL); discount and exchange coupons "
        "are 商家券 (busifavor-stock-create)"
    ),
    "schema.favor.disscount-coupon": (
        "this API only has fixed_normal_coupon (stock_type NORMAL); disscount_coupon is a typo of "
        "the 2020 documentation example; discount coupons are 商家券 (busifavor-stock-create)"
    ),
    "schema.favor.use-method": (
        "this looks like a 商家券 field; this body was detected as 代金券 (favor-stock-create), "
        "where the coupon's button is pattern_info.jump_target"
    ),
    "schema.favor.busifavor-stock-type": (
        "this endpoint supports only NORMAL (仅支持 NORMAL); discount and exchange stocks are "
        "商家券: use busifavor-stock-create"
    ),
    "schema.favor.normal-only": "only NORMAL is supported (仅支持 NORMAL)",
    "schema.favor.out-request-no": (
        "use letters, digits and | _ * - only, e.g. merchant id + date + serial: "
        "1900012345_20270301_1"
    ),
    "schema.favor.normal-requires": (
        "stock_type NORMAL requires coupon_use_rule.fixed_normal_coupon with coupon_amount and "
        "transaction_minimum (fen); add it, e.g. coupon_amount 1000 and transaction_minimum 10000 "
        "for 满100减10"
    ),
    "schema.favor.singleitem": (
        "a member of the query answer (查询批次详情), not of this request; a request that sent it "
        "was asked for goods_tag (参数“订单优惠标记”是必填项)"
    ),
    "schema.favor.rfc3339": "RFC 3339 with an offset, e.g. 2027-03-01T00:00:00+08:00",
}

_BY_ENGLISH: dict[str, Template] = {
    english: message(key, english) for key, english in TEXTS.items()
}


#: A hint (a sentence without values) as one Text, shared by every finding it ends.
_HINTS: dict[str, Text] = {}


def text(english: str, **params: Any) -> Text:
    """The schema sentence ``english`` as a Text with ``params`` (``member``, ``value``,
    ``pointer``, ``trigger`` for an ``x-message``; none for a hint, which is made once)."""
    if not params:
        hint = _HINTS.get(english)
        if hint is None:
            hint = _HINTS[english] = _template(english)()
        return hint
    return _template(english)(**params)


def _template(english: str) -> Template:
    found = _BY_ENGLISH.get(english)
    return Template(UNLISTED, english) if found is None else found
