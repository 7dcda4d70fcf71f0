"""Chinese wordings: product-coupon-create (小商店 ``/product/coupon/create``), the B-codes.

The terms are the official page's: 商品条件折券, 商品满减券, 店铺直减券 …; 领取时间
(``receive_info``), 有效期 (``valid_info``), 指定时间范围生效 and 生效天数 for valid_type 1 and 2,
店铺内推广 and 自定义推广渠道 for promote_type 1 and 2, amounts in 分, ``discount_num`` in
折 × 1000. The page's own words are quoted where a rule rests on them ("valid_type=2时必填",
"二选一", "超过50w提醒").
"""

MESSAGES: dict[str, str] = {
    "B004.ext-time-differs": (
        "valid_type 为 1 时，ext_info.{ext_name} 必须等于 valid_info.{valid_name} {expected}，"
        "实际为 {got}；请把两处设为同一秒"
    ),
    "B005.window-reversed": (
        "{end_name} {end} {relation} {start_name} {start}：{what}在开始之时或之前"
        "就已结束；结束时间必须晚于开始时间"
    ),
    "B005.ext-info-window": "ext_info 的时间段",
    "B006.channel-without-name": (
        'customize_channel 为 ""，但 promote_type 2（自定义推广渠道）需要在其中填写渠道名称；'
        "请填上渠道名称，或改用 promote_type 1（店铺内推广）"
    ),
    "B007.obsolete-wrapper": (
        "coupon_info 是已废弃的外层包装（微信官方人员确认：没有这个字段）；请把其中的字段移到顶层"
    ),
    "S007.duplicated-outside-coupon-info": (
        "{name} 在 coupon_info 外面也有一份；coupon_info 里面的这一份会被忽略"
    ),
    "B008.above-reminder": (
        "discount_fee {fee} 分即 {yuan} 元，超过 5000 元（50w 分），"
        "微信会给出提醒（“超过50w提醒”）；请检查单位：金额是以分为单位的整数（60 元填 6000）"
    ),
    "B009.reduction-not-below-threshold": (
        "discount_fee {fee} 不小于 product_price {price}：减免金额不小于价格门槛，买家将无需付款；"
        "请让 discount_fee 小于 product_price（或检查两者是否填反了）"
    ),
}

RULES: dict[str, dict[str, str]] = {
    "B001": {
        "summary": "缺少券类型（type）要求必填的字段",
        "explanation": """
        在 product-coupon-create 中，`/type` 决定哪些字段必填（官方表格）：1 商品条件折券需要
        `product_ids`、`product_cnt`、`discount_num`；2 商品满减券需要
        `product_ids`、`product_price`、`discount_fee`；3 需要 `product_ids`、`discount_num`；4 需
        要 `product_ids`、`discount_fee`；店铺券 101 需要 `product_cnt`、`discount_num`；102 需要
        `product_price`、`discount_fee`；103 需要 `discount_num`；104 需要
        `discount_fee`。`product_*` 字段位于 `discount_info.discount_condition`，`discount_*` 字段位
        于 `discount_info`。单位：`discount_num` 是折数 × 1000（1000–10000，8.5 折 = `8500`），
        金额单位为分（20 元 = `2000`），`product_ids` 是整数 ID，这一点与 shop-coupon-add 的字符串
        `out_product_ids` 不同。

        在每个缺失字段的位置报告，即使 `discount_info` 本身也缺失（它本身不是必填，
        所以点名的是具体的内层字段）。修复：补上该字段，或改正 `type`。
        """,
    },
    "B002": {
        "summary": "缺少 valid_info.valid_type 要求必填的字段",
        "explanation": """
        `valid_info.valid_type` 为 1（指定时间范围生效）时需要 `valid_info.start_time` 和
        `valid_info.end_time`，均为秒级时间戳；为 2（生效天数，用户领券后 N 天内有效）
        时需要 `valid_info.valid_day_num`。官方页面把 `valid_day_num` 标为“是”，
        并注明与 `start_time`“二选一”；示例注释“valid_type=2时必填”说明它只在类型 2 时必填。
        两种 valid_type 都需要 `ext_info.valid_time`/`invalid_time`（S001）。

        在缺失字段的位置报告。修复：补上该字段（例如 `"valid_day_num": 15`），或改正 `valid_type`。
        """,
    },
    "B003": {
        "summary": "填写了券类型或 valid_type 用不到的字段",
        "explanation": """
        填写了 `/type` 或 `valid_type` 用不到的字段：例如折扣券（1、3、101、103）
        上的 `discount_fee`，满减券或直减券上的 `discount_num`，店铺券（101–104）
        上的 `product_ids`，条件为件数时的 `product_price`，valid_type 1 时的 `valid_day_num`，
        或 valid_type 2 时的 `start_time`/`end_time`（页面所说的“二选一”：只能二者取其一）。
        任何值都算。

        这个字段不起作用，而且往往说明 type 不是本来想要的那一种。在该字段的位置报告。修复：删除它，
        或改正 `type`/`valid_type`。
        """,
    },
    "B004": {
        "summary": "valid_type 为 1 时，ext_info 的时间与 valid_info 的有效期不一致",
        "explanation": """
        valid_type 为 1 时，官方示例让 `ext_info.valid_time` 等于
        `valid_info.start_time`，`ext_info.invalid_time` 等于 `valid_info.end_time`。
        注意 `valid_time` 是有效期的**开始**（优惠券有效时间；英文翻译作“Expiration Date”
        是错的），`invalid_time` 是有效期的结束。两处不一致的请求描述了两个不同的有效期。
        四个值都是秒级时间戳。

        仅当值可用时检查。在不一致的 `ext_info` 字段处报告：(a) `/ext_info/valid_time`，(b)
        `/ext_info/invalid_time`。修复：两处填同样的值。
        """,
    },
    "B005": {
        "summary": "领取时间、有效期或 ext_info 的时间段结束早于（或等于）开始",
        "explanation": """
        某个时间段的结束早于或等于开始：(a) 领取时间 `receive_info.start_time` ≥
        `receive_info.end_time`；(b) valid_type 为 1 时，`valid_info.start_time` ≥
        `valid_info.end_time`；(c) `ext_info.valid_time` ≥ `ext_info.invalid_time`。相等也算，
        因为这段时间为空。常见原因是两个值填反了，或结束时间是用别的单位算出来的。
        官方没有文字写明这一点，但这样的时间段不可能生效，所以本项目将其定为错误。

        所有值都必须可用（秒级整数时间戳，没有 U001/U002）。在时间段的结束处报告：(a)
        `/receive_info/end_time`，(b) `/valid_info/end_time`，(c) `/ext_info/invalid_time`。修复：
        让结束时间晚于开始时间。
        """,
    },
    "B006": {
        "summary": "promote_type 2（自定义推广渠道）但 customize_channel 为空",
        "explanation": """
        `promote_info.promote_type` 为 2（自定义推广渠道），但 `promote_info.customize_channel` 是
        `""`，渠道没有名称。`customize_channel` 对任何 promote_type 都必填，且可以为空，
        但获取优惠券的文档说明它只在 2 时有意义；promote_type 为 1（店铺内推广）时 `""` 是正常的。

        在 `customize_channel` 处报告。修复：在 `customize_channel` 中填写渠道名称；
        如果只在店铺内推广，改用 promote_type 1。
        """,
    },
    "B007": {
        "summary": "已废弃的 coupon_info 外层包装：请求体应为扁平结构",
        "explanation": """
        顶层有一个 `coupon_info` 字段。product-coupon-create 页面的一个旧版本把除 `type` 之外的所有
        字段都包在 `"coupon_info": {…}` 里（还把 valid_type 写成 0/1）；微信官方人员确认没有这个字
        段，当前页面的请求体是扁平的。多包这一层发送，服务端就找不到
        `name`、`discount_info`、`ext_info` 等字段。

        在 `/coupon_info` 处报告，任何值都算。如果它的值是对象，本工具会把其中的内容当作已拆开来继续
        检查，让其余错误一次全部显示；这些错误的 pointer 指向它们在文件中的真实位置
        （`/coupon_info/valid_info/valid_type`）。同一个字段在包装内外都出现时，以顶层的为准，
        里面的那份报 S007。修复：把 `coupon_info` 的字段移到顶层，并删除 `coupon_info`。
        """,
        "fix": "在 `coupon_info` 所在位置把其中的字段移到顶层（重新缩进）并删除这层包装；"
        "仅当其中没有字段已在顶层出现时才修复",
    },
    "B008": {
        "summary": "直减券面额超过 5000 元（500000 分）：请检查单位",
        "explanation": """
        直减券（4 商品直减券、104 店铺直减券）的 `discount_info.discount_fee` 超过 500000 分（50w
        分，即 5000 元）。官方页面说超过 50w 时微信会给出提醒（“超过50w提醒”），而不是拒绝。
        这么大的减免几乎总是单位错误：元被乘了两次 100，或乘了 10000。

        在 `discount_fee` 处报告。修复：检查单位；金额以分为单位，600 元填 `60000`。
        """,
    },
    "B009": {
        "summary": "满减券的减免金额不小于价格门槛",
        "explanation": """
        满减券（2 商品满减券、102 店铺满减券）的 `discount_info.discount_fee` 大于或等于
        `discount_info.discount_condition.product_price`：减免至少等于买家必须消费的金额，
        商品等于白送。通常是两个值填反了，或其中一个单位不对（两者都以分为单位：“满199减20”
        是 `product_price` 19900、`discount_fee` 2000）。

        仅当两者都可用时检查。在 `discount_fee` 处报告。修复：让减免金额小于价格门槛。
        """,
    },
    "B010": {
        "summary": "每人限领数量大于券的总数量",
        "explanation": """
        `receive_info.limit_num_one_person` 大于 `receive_info.total_num`：一个人能领的券比券的总数
        还多。通常是两个值填反了，或其中一个多写了一位。

        仅当两者都可用时检查。在 `limit_num_one_person` 处报告。修复：让每人限领数量不超过券的总数
        量。
        """,
    },
}
