"""Chinese wordings: shop-coupon-add (自定义版交易组件 ``/shop/coupon/add``), the A-codes.

Also the checks the three WeChat store coupon APIs share (``validator.rules.compare``, keys
``store-coupon.…``): A008–A010 are their first users, and the sister APIs' codes (B005, B010,
E008–E010) read the same wording. The terms are the official page's: 领取时间 (``receive_info``),
有效期 (``valid_info``), 折 × 1000 for ``discount_num`` (8.5 折 = 8500), amounts in 分.
"""

MESSAGES: dict[str, str] = {
    # validator.rules.compare: the store coupon checks shared by A, B and E.
    "store-coupon.before": "早于",
    "store-coupon.same-second": "等于",
    "store-coupon.claim-window": "领取时间",
    "store-coupon.validity-window": "有效期",
    "store-coupon.whole-stock": "券的总库存",
    "store-coupon.total-coupons": "券的总数量",
    "store-coupon.window-reversed": (
        "{parent}.end_time {end} {relation} {parent}.start_time {start}：{what}在开始之时"
        "或之前就已结束；end_time 必须晚于 start_time"
    ),
    "store-coupon.expires-before-claim-end": (
        "valid_info.end_time {valid_end} 早于 receive_info.end_time {receive_end}：券过期后"
        "仍可被领取，用户会领到无法使用的券；请让有效期在领取结束之时或之后结束"
        "（valid_info.end_time ≥ {least}）"
    ),
    "store-coupon.limit-above-stock": (
        "limit_num_one_person {limit} 大于 total_num {total}：每人限领数量超过了{stock}；"
        "请改为不超过 {total}（或检查两个数是否填反了）"
    ),
    # The A-codes' own messages.
    "A005.no-discount": (
        "discount_num 10000 即 10 折，等于没有折扣：买家仍需支付原价的 100%；"
        "discount_num 填的是买家实付的比例（折数 × 1000）：9 折填 9000，8.5 折填 8500"
    ),
    "shop-coupon-add.largest-fee": (
        "discount_fee {fee} 超过了 product_price {price} 的 80%；{floor}，"
        "因此 discount_fee 最大为 {largest}"
    ),
    "A006.store-floor": "店铺满减券（type 102）优惠后不得低于 2 折",
    "A007.product-floor": (
        "商品满减券（type 2）同样不应低于 2 折（同类的微信小店优惠券接口对商品券有这一下限）"
    ),
    "A011.name-too-long": (
        "name {name} 有 {length} 个字符；同类接口最多允许 {limit} 个字符，"
        "过长的名称可能被截断或拒绝；请缩短到 {limit} 个字符以内"
    ),
}

RULES: dict[str, dict[str, str]] = {
    "A001": {
        "summary": "缺少券类型（type）要求必填的字段",
        "explanation": """
        在 shop-coupon-add 中，`/coupon/type` 决定一张券需要哪些字段。折扣券（1、3、101、103）
        需要 `discount_info.discount_num`，按折数 × 1000 填写（8.5 折 = `8500`）。
        满减券和直减券（2、4、102、104）需要 `discount_info.discount_fee`，单位为分（30 元 =
        `3000`）。商品券 1–4 还需要 `discount_info.discount_condition.out_product_ids`。
        商品换购券（5）需要 `tradein_info.out_product_id` 和 `tradein_info.price`（分），
        商品买赠券（6）需要 `buyget_info` 的全部四个字段。缺少优惠内容，微信无法创建这张券。

        在每个缺失字段的位置报告，即使外层的 `discount_info` 或 `discount_condition` 也缺失。
        字段存在但取值无效时由 S 类规则报告，这里不重复报告。修复：补上该字段；
        如果这张券本应是另一种券，改正 `type`。
        """,
    },
    "A002": {
        "summary": "缺少券类型通常应有的字段（使用门槛或商品 ID）",
        "explanation": """
        缺少一个券类型应有、但官方页面没有明确标为必需的字段：条件折扣券 1 和 101 的
        `discount_condition.product_cnt`（件数门槛），满减券 2 和 102 的
        `discount_condition.product_price`（价格门槛，单位为分），换购券 5 和买赠券 6 的
        `discount_condition.out_product_ids`。缺少条件的“条件折扣券”或满减券没有使用门槛，
        这很少是商家的本意。

        之所以是警告，是因为这项要求是推断出来的：product-coupon-create 的官方表格使用相同的类型编号
        并要求这些字段；对 5 和 6 来说，“商品券必需”的说法有歧义，因为这两类券在
        `tradein_info`/`buyget_info` 里指定商品。在缺失字段的位置报告。修复：
        补上门槛（例如“满299减30”写 `product_price` 29900），或补上商品 ID。
        """,
    },
    "A003": {
        "summary": "缺少 valid_info.valid_type 要求必填的字段",
        "explanation": """
        `valid_info.valid_type` 表示有效期的设置方式，每种方式都需要对应的字段：
        1（商品指定时间区间）需要 `valid_info.start_time` 和 `valid_info.end_time`，
        均为秒级时间戳；2（生效天数，领取后 N 天内有效）需要 `valid_day_num`；
        3（生效秒数，领取后 N 秒内有效）需要 `valid_second`。官方页面把它们分别标为
        对应类型时必需（“有效期类型为2时必需”）；缺少它，这张券就没有有效期。

        在缺失字段的位置报告。修复：补上该字段（例如 `"valid_day_num": 7`），
        或把 `valid_type` 改成你实际给出的有效期类型。
        """,
    },
    "A004": {
        "summary": "填写了券类型或 valid_type 用不到的字段",
        "explanation": """
        填写了券类型或 valid_type 用不到的字段（官方表格在这种情况下没有给它任何含义）：
        折扣券（1、3、101、103）上的 `discount_fee`，满减券或直减券上的 `discount_num`，
        条件为件数时（1、101）的 `product_price`，满减券上的 `product_cnt`，店铺券（101–104）
        上的 `out_product_ids`，类型不是 5 或 6 的券上的 `tradein_info` 或 `buyget_info`（在该对象处
        报告一次），以及 valid_type 用不到的 `valid_day_num`/`valid_second`/有效期起止时间。
        任何值都算，包括 `null`。

        官方示例填了所有字段且能创建成功，可见微信会忽略这些字段：请求不会被拒绝，但字段不起作用。
        这往往说明 type 不是本来想要的那一种，例如想建满减券却写了 type 101（条件折扣券）。
        在该字段的位置报告。修复：删除它，或改正 `type`/`valid_type`。
        """,
    },
    "A005": {
        "summary": "discount_num 10000 即 10 折：买家仍付全价",
        "explanation": """
        `discount_info.discount_num` 是 10000。这个值是折数 × 1000，表示买家实付的比例：
        10000 = 10 折 = 100%，是一张不打折的折扣券。常见的误解是把它当成减掉的比例。
        打 9 折（减 10%）是 `9000`，8.5 折是 `8500`，八八折是 `8800`。10000 在允许范围
        2000–10000 之内，所以这是警告。

        在 `discount_num` 处报告。修复：按折数 × 1000 填写买家实付的比例。
        """,
    },
    "A006": {
        "summary": "店铺满减券：discount_fee 超过 product_price 的 80%（低于 2 折）",
        "explanation": """
        店铺满减券（type 102）的减免不能让门槛价格低于 2 折（20%）：`discount_fee` × 5 不得超过
        `product_price` × 4，因此 `discount_fee` 最大为 floor(`product_price` × 0.8)。
        两者的单位都是分。门槛为 100 元（`10000`）时最多减 80 元（`8000`，恰好允许）；
        减 90 元（`9000`）就太多了。这条规则见于官方页面的较新版本（“不低于2折”），
        并在同类的微信小店优惠券接口上得到确认；本项目将其定为错误。

        仅当两个值都可用时检查。在 `discount_fee` 处报告。修复：降低 `discount_fee` 或提高
        `product_price`。
        """,
    },
    "A007": {
        "summary": "商品满减券：discount_fee 超过 product_price 的 80%（低于 2 折）",
        "explanation": """
        与 A006 相同的下限，适用于商品满减券（type 2）：`discount_fee` × 5 不得超过 `product_price`
        × 4，即减免最多为价格门槛的 80%（两者单位都是分；`product_price` 为 10000
        时，`discount_fee` 最大为 8000）。对商品券而言，这条规则只在同类接口上得到确认，所以是警告。
        （相关规则“优惠后价格不得低于商品原价的 2 折”无法检查：请求体里没有商品原价。）

        仅当两个值都可用时检查。在 `discount_fee` 处报告。修复：降低 `discount_fee` 或提高
        `product_price`。
        """,
    },
    "A008": {
        "summary": "领取时间或有效期的结束早于（或等于）开始",
        "explanation": """
        (a) 领取时间的 `receive_info.start_time` 等于或晚于 `receive_info.end_time`；
        或 (b) valid_type 为 1 时，有效期的 `valid_info.start_time` 等于或晚于
        `valid_info.end_time`。相等也算：这段时间为空。常见原因是两个值填反了，
        或结束时间是用别的单位算出来的。官方页面没有写明这条规则，但结束早于开始的时间段不可能
        生效，所以本项目将其定为错误。

        两个时间都必须可用（秒级整数时间戳，没有 U001/U002）。在该时间段的结束时间处报告：(a)
        `receive_info/end_time`，(b) `valid_info/end_time`。修复：让结束时间晚于开始时间。
        """,
    },
    "A009": {
        "summary": "领取时间结束前券就已过期",
        "explanation": """
        valid_type 为 1（商品指定时间区间）时，`valid_info.end_time` 早于 `receive_info.end_time`：
        券过期后买家仍能领取，领到的是一张永远用不了的券。两者都是秒级时间戳。

        仅当两者都可用时检查。在 `valid_info/end_time` 处报告。修复：让有效期在领取时间结束之时
        或之后结束（或让领取时间提前结束）。
        """,
    },
    "A010": {
        "summary": "每人限领数量大于总库存",
        "explanation": """
        `receive_info.limit_num_one_person` 大于 `receive_info.total_num`：一个人能领的券比券的总数
        还多。通常是两个值填反了，或其中一个多写了一位。在 shop-coupon-add 中这两个值只用于展示：
        限领和库存由商家的领券回调控制，所以错误的值会误导买家，而不会让请求失败。

        仅当两者都可用时检查。在 `limit_num_one_person` 处报告。修复：让每人限领数量不超过总库存。
        """,
    },
    "A011": {
        "summary": "券名称超过 10 个字符",
        "explanation": """
        `coupon_info.name` 超过 10 个字符（按 Unicode 码点计：一个汉字、一个 ASCII 字母、
        一个 emoji 都算 1 个）。shop-coupon-add 的页面没有给出上限，但两个同类接口
        （product-coupon-create 和微信小店优惠券）都把名称限制在 10 个字符，
        更长的名称可能被截断或拒绝，所以是警告。

        在 `name` 处报告。修复：把名称缩短到 10 个字符以内，例如用“春季满减券”
        代替“春季店铺满减优惠券限时领取”。
        """,
    },
}
