"""Chinese wordings: channels-ec-coupon-create (微信小店 创建优惠券, E001–E011).

The coupon types keep the names of the official guide's table (商品条件折券 … 店铺直减券), which
the English messages quote too; valid_type 1 and 2 are the page's 商品指定时间区间 and 生效天数.
"""

MESSAGES: dict[str, str] = {
    "E003.not-used-by-type": "{type}不使用 {member}；请删除该字段，或改正 type",
    "E003.store-type": "type 为 {type}（{name}，店铺券）时",
    "E003.product-type": "type 为 {type}（{name}，商品券）时",
    "E003.not-used-by-valid-type": (
        "valid_type 为 {valid_type}时不使用 {member}；请删除该字段，或改正 valid_type"
    ),
    "E003.valid-type-1": "1（商品指定时间区间）",
    "E003.valid-type-2": "2（生效天数，领取后 N 天内有效）",
    "E004.both-thresholds": (
        "product_cnt {count} 和 product_price {price} 不可同时设置"
        "（件数门槛和价格门槛二选一）；{keep}"
    ),
    "E004.keep-either": "请只保留券类型需要的那一个",
    "E004.keep-price": "type {type} 使用 product_price，请删除 product_cnt",
    "E004.keep-neither": "type {type} 两个门槛都不使用，请都删除",
    "E004.keep-count": "type {type} 使用 product_cnt，请删除 product_price",
    "E005.below-2-zhe": (
        "discount_fee {fee} 超过 product_price {price} 的 80%：店铺满减券（type 102）"
        "“不可低于价格门槛的2折”，所以 discount_fee 最大为 {largest}（分）；"
        "请调低 discount_fee 或调高 product_price"
    ),
    "E006.below-2-zhe": (
        "discount_fee {fee} 超过 product_price {price} 的 80%：售价正好等于门槛的商品优惠后会"
        "低于 2 折，而商品券“适用商品优惠后不可低于原价2折”，微信会拒绝；除非每件商品都贵于门槛，"
        "请把 discount_fee 调低到 {largest}（分）以内"
    ),
    "E007.ten-zhe": (
        "discount_num 10000 是 10 折，等于完全不打折：买家仍需支付原价的 100%；"
        "discount_num 按折数 × 1000 填写：9 折填 9000，8.5 折填 8500"
    ),
    "E010.stock": "券的总数量",
    "E011.missing-valid-info": (
        "缺少 valid_info：请添加 valid_info，valid_type 为 1 时填 start_time/end_time"
        "（秒级时间戳），为 2 时填 valid_day_num（更新优惠券接口要求必填）"
    ),
    "S009.channels-product-ids": (
        "product_ids 有 {count} 项，通常最多 {most} 项（旧版视频号小店页面的上限；"
        "现行开发指南允许 2000 个）：请确认小店接受这么多商品，或改用店铺券（type 101–104）"
        "覆盖全店商品"
    ),
    "S009.channels-auto-valid-info": (
        "auto_valid_info 是空对象；请填写 auto_valid_type（0 不自动生效，1 自动生效），"
        "或删除 auto_valid_info"
    ),
}

RULES: dict[str, dict[str, str]] = {
    "E001": {
        "summary": "缺少券类型（type）要求必填的字段",
        "explanation": """
        在 channels-ec-coupon-create 中，`/type` 决定哪些优惠字段必填（微信小店开发指南中的
        “必填参数”）：1 商品条件折券需要 `product_ids`、`product_cnt`、`discount_num`；2
        商品满减券需要 `product_ids`、`product_price`、`discount_fee`；3 商品统一折扣券需要
        `product_ids`、`discount_num`；4 商品直减券需要 `product_ids`、`discount_fee`；全店适用的
        101 店铺条件折扣券需要 `product_cnt`、`discount_num`；102 店铺满减券需要
        `product_price`、`discount_fee`；103 店铺统一折扣券需要 `discount_num`；104 店铺直减券
        需要 `discount_fee`。`product_*` 字段位于 `discount_info.discount_condition`，
        `discount_*` 字段位于 `discount_info`。单位：`discount_num` 是折数 × 1000（2000–10000，
        8.5 折 = `8500`），金额单位为分，`discount_fee` 最多 `20000`（200 元），这里的
        `product_ids` 是字符串。

        在每个缺少的字段处报告，即使 `discount_info` 本身也不存在（它本身不是必填）。修复：补上
        该字段，或改正 `type`。
        """,
    },
    "E002": {
        "summary": "缺少 valid_info.valid_type 要求必填的字段",
        "explanation": """
        `valid_info.valid_type` 为 1（COUPON_VALID_TYPE_TIME，商品指定时间区间）时需要
        `valid_info.start_time` 和 `valid_info.end_time`，均为秒级时间戳（“valid_type为1时必填”）；
        为 2（COUPON_VALID_TYPE_DAY，生效天数：用户领券后 N 天内有效）时需要
        `valid_info.valid_day_num`（“valid_type为2时必填”）。缺少它们，微信无法知道优惠券何时
        可以使用。

        在缺少的字段处报告。修复：补上该字段（例如 `"valid_day_num": 15`），或改正
        `valid_type`。
        """,
    },
    "E003": {
        "summary": "填写了券类型或 valid_type 用不到的字段",
        "explanation": """
        填写了 `/type` 或 `valid_type` 用不到的字段：店铺券（101–104）的 `product_ids`
        （开发指南：“店铺级优惠券无需传 product_ids”），折扣券（1、3、101、103）的
        `discount_fee`，满减券或直减券的 `discount_num`，以件数为门槛时的 `product_price`，
        valid_type 为 1 时的 `valid_day_num`，或 valid_type 为 2 时的 `start_time`/`end_time`。
        这样的字段不起作用，而且常常说明 type 不是本来想要的那一种。

        整数 `0` 不算：SDK 的模型会给每个不用的字段填 `0`，微信自己返回的优惠券信息中未设置的
        字段也是 `0`，所以这样的 `0` 被所有规则视为未填写（也不会有取值范围、软上下限或时间戳的
        报告）。`0.0`、`"0"` 或 `false` 则算作已填写。E004 已报告的字段（两个门槛同时设置）
        不再报告 E003。

        在填写的字段处报告。修复：删除该字段（或填 `0`），或改正 `type`/`valid_type`。
        """,
    },
    "E004": {
        "summary": "product_cnt 和 product_price 同时设置（件数门槛和价格门槛二选一）",
        "explanation": """
        `discount_condition.product_cnt`（件数门槛，满 x 件）和
        `discount_condition.product_price`（价格门槛，单位为分，满 x 元）都至少为 1。更新优惠券
        页面写明商品件数门槛“不能和价格门槛同时设置”，开发指南写明“不可同时设置”：一张优惠券只能
        有其中一种门槛。条件折扣券（1、101）使用 `product_cnt`；满减券（2、102）使用
        `product_price`。

        在类型不使用、而另一个门槛正被使用的那个字段处报告（type 102：`product_cnt`）；否则，
        当类型两个都不使用或不可用时，在 `product_price` 处报告。该字段不再报告 E003。修复：
        删除类型不使用的那个门槛。
        """,
    },
    "E005": {
        "summary": "店铺满减券：discount_fee 超过 product_price 的 80%（低于 2 折）",
        "explanation": """
        对全店适用的满减券（type 102），减免后的价格不可低于价格门槛的 2 折（20%）：
        “如果是店铺满减券，不可低于价格门槛的2折”。所以 `discount_fee` × 5 不得超过
        `product_price` × 4，`discount_fee` 的最大允许值是 floor(`product_price` × 0.8)。两者
        单位都是分：门槛为 100 元（`10000`）时，最多减 80 元（`8000`，恰好允许）；减 90 元
        （`9000`）会被拒绝。

        只在两个值都可用时检查。在 `discount_fee` 处报告。修复：调低 `discount_fee`，或调高
        `product_price`。
        """,
    },
    "E006": {
        "summary": "商品满减券：discount_fee 超过 product_price 的 80%",
        "explanation": """
        对商品满减券（type 2），`discount_fee` 超过 `product_price` 的 80%。页面规定商品券
        “适用商品优惠后不可低于原价2折”；请求体中没有商品原价，但售价正好等于门槛的商品优惠后
        会低于 2 折。这是警告，因为当每件商品都贵于门槛时，微信可能接受这张优惠券。

        只在两个值都可用时检查。在 `discount_fee` 处报告。修复：把 `discount_fee` 调低到
        `product_price` 的 80% 以内，除非这张券的每件商品都贵于门槛。
        """,
    },
    "E007": {
        "summary": "discount_num 10000 是 10 折：不打折",
        "explanation": """
        `discount_info.discount_num`（折扣数）为 10000。它按折数 × 1000 填写（页面：“5000=5折”），
        所以 10000 是 10 折：买家支付原价的 100%，这张折扣券什么也不减。取值范围 2000–10000 允许它，
        但它几乎总是笔误或单位理解错误（8.5 折是 `8500`，9 折是 `9000`）。

        只在该值可用时检查。在 `discount_num` 处报告。修复：按折数 × 1000 填写折扣，例如 8.8 折
        填 `8800`。
        """,
    },
    "E008": {
        "summary": "领取时间或有效期的结束时间早于（或等于）开始时间",
        "explanation": """
        某个时间段在开始之前或开始时就结束：(a) `receive_info.start_time` ≥
        `receive_info.end_time`（领取时间）；(b) valid_type 为 1 时，`valid_info.start_time` ≥
        `valid_info.end_time`（有效期）。相等也算，因为时间段是空的。常见原因是两个值填反了，或
        结束时间是用另一种单位算出来的。没有页面写明这一点，但这样的时间段不可能生效，所以本项目
        将其定为错误。

        所有值都必须可用（秒级整数时间戳，没有 U001/U002）。在时间段的结束处报告：(a)
        `/receive_info/end_time`，(b) `/valid_info/end_time`。修复：让结束时间晚于开始时间。
        """,
    },
    "E009": {
        "summary": "有效期在领取时间结束之前就结束",
        "explanation": """
        valid_type 为 1 时，`valid_info.end_time` 早于 `receive_info.end_time`：优惠券过期之后
        仍可领取，用户看到的就是一张用不了的券。两者都是秒级时间戳。

        只在 valid_type 为 1 且两个值都可用时检查。在 `/valid_info/end_time` 处报告。修复：让
        有效期在领取时间结束之时或之后结束。
        """,
    },
    "E010": {
        "summary": "每人限领数量大于券的总数量",
        "explanation": """
        `receive_info.limit_num_one_person` 大于 `receive_info.total_num`：一个人能领的券
        比券的总数还多。通常是两个值填反了，或其中一个多写了一位。

        只在两个值都可用时检查。在 `limit_num_one_person` 处报告。修复：让每人限领数量不超过
        券的总数量。
        """,
    },
    "E011": {
        "summary": "缺少 valid_info",
        "explanation": """
        请求体中没有 `valid_info`，因此没有说明领到的优惠券有效多久。创建优惠券页面把
        `valid_info` 标为非必填（否），但同一小店接口的更新优惠券页面把它标为必填（是），两个
        SDK 的模型也总是发送它；没有它时微信如何处理，没有文档说明。这是警告，因为创建页面是
        这个接口唯一的说明。

        在 `/valid_info` 处报告。修复：添加 `valid_info`，valid_type 为 1 时带
        `start_time`/`end_time`（秒级时间戳），为 2 时带 `valid_day_num`。
        """,
    },
}
