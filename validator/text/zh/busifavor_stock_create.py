"""Chinese wordings: busifavor-stock-create, WeChat Pay merchant coupons (商家券).

The same rules run on create-coupon-stock's ``coupon_data``, so every wording here reads for
both APIs. Terms are those of the official 创建商家券 page: 批次, 核销规则, 券可核销时间,
固定周期有效时间段, 无规律的有效时间段, 发放规则, 核销方式 and its values (线下滴码核销,
线上小程序核销, 微信支付付款码核销, 用户自助核销), amounts in 分.
"""

MESSAGES: dict[str, str] = {
    # C007: the available window (券可核销时间).
    "C007.window-reversed": (
        "available_end_time {end} 不晚于 available_begin_time {begin}；"
        "券可核销时间的结束时间必须晚于开始时间"
    ),
    "C007.window-over-a-year": (
        "券可核销时间从 {begin} 到 {end}，超过一年（有效期最长为1年）；"
        "available_end_time 最晚只能设为 {limit}"
    ),
    # C008: a daily slot of available_week.available_day_time (当天可用时间段).
    "C008.outside-the-day": "不在一天之内",
    "C008.slot-reversed": (
        "当天可用时间段从 {begin}（{begin_clock}）开始，却在 {end}（{end_clock}）结束；"
        "end_time 必须大于 begin_time（单位为当天的秒数，86399 = 23:59:59）；"
        "要跨过零点，请拆成两个时间段"
    ),
    # C009: irregulary_avaliable_time (无规律的有效时间段).
    "C009.object-reversed": (
        "无规律的有效时间段前后颠倒：begin_time {begin} 不早于 end_time {end}；请把两者对调"
    ),
    "C009.window-outside": (
        "irregulary_avaliable_time/{index}（无规律的有效时间段）：{problems}；"
        "请把它改成结束晚于开始、并且落在券可核销时间之内的时间段"
    ),
    "C009.ends-before-it-begins": "结束时间（{end}）不晚于开始时间（{begin}）",
    "C009.begins-too-early": "开始时间（{begin}）早于 available_begin_time（{limit}）",
    "C009.ends-too-late": "结束时间（{end}）晚于 available_end_time（{limit}）",
    "C009.two-problems": "{first}；{second}",
    "C009.three-problems": "{first}；{second}；{third}",
    # C010–C012: the sending rules (发放规则) and the threshold.
    "C010.daily-cap-on-normal": (
        "max_coupons_by_day（单天发放上限个数）只适用于 DISCOUNT 和 EXCHANGE 批次；"
        '本批次的 stock_type 是 "NORMAL"，单天上限可能不生效：请删除该字段'
    ),
    "C011.threshold-not-above-discount": (
        "transaction_minimum {minimum} 分不大于 discount_amount {amount} 分：满 {minimum} 分的"
        "订单用券后无需付款（代金券要求“使用门槛必须大于优惠金额”）；请把 transaction_minimum "
        "调到 {amount} 分以上，或调低 discount_amount"
    ),
    "C012.per-user-over-stock": (
        "max_coupons_per_user {limit} 超过 max_coupons {total}：用户最大可领个数比整个批次的"
        "发放总数还大；请调低 max_coupons_per_user 或调高 max_coupons"
    ),
    "C012.per-day-over-stock": (
        "max_coupons_by_day {limit} 超过 max_coupons {total}：单天发放上限个数比整个批次的"
        "发放总数还大；请调低 max_coupons_by_day 或调高 max_coupons"
    ),
    # C016–C019: WeChat Pay's conventions for single values.
    "C016.unknown-colour-name": (
        "background_color {value} 不是已知的颜色名称；请使用 Color010、Color020 … Color100"
        " 之一（以 10 递增）"
    ),
    "C017.merchant-name-over-12": (
        "merchant_name {value} 有 {count} 个字符；商户名称不支持商户自定义，"
        "微信会自动取认证品牌名称或商户简称，且最多展示 {shown} 个字符，"
        "所以这个值可能被忽略或截断；请缩短到 {shown} 个字符以内"
    ),
    "C018.out-request-no-charset": (
        "out_request_no {value} 含有 {chars}；请只用字母、数字和 | _ * -，"
        "例如用商户号、日期和流水号拼成（1900012345_20300401_1）"
    ),
    "C019.self-consume-unsupported": (
        'use_method "SELF_CONSUME"（用户自助核销）：微信支付当前暂不支持；'
        "请改用 OFF_LINE（线下滴码核销）、MINI_PROGRAMS（线上小程序核销）"
        "或 PAYMENT_CODE（微信支付付款码核销）；微信支付对此返回 PARAM_ERROR"
    ),
    # C020: the members WeChat Pay has not opened yet (暂未开放).
    "C020.subsidy": "subsidy（营销补差）：该字段暂未开放，微信支付会忽略它；请删除",
    "C020.max-amount": (
        "max_amount（批次总预算）暂未开放；请删除它，改用 max_coupons 限制批次的发放总数"
    ),
    "C020.max-amount-by-day": (
        "max_amount_by_day（单天发放上限金额）暂未开放；"
        "请删除它，改用 max_coupons_by_day 限制单天发放个数"
    ),
    "C020.transferable": "transferable（是否允许转赠）：该字段暂未开放，微信支付会忽略它；请删除",
    "C020.shareable": "shareable（是否允许分享链接）：该字段暂未开放，微信支付会忽略它；请删除",
}

RULES: dict[str, dict[str, str]] = {
    "C001": {
        "summary": "coupon_use_rule 缺少与批次类型对应的使用规则对象",
        "explanation": """
        `coupon_data.stock_type`（批次类型）决定 `coupon_use_rule` 里必须有哪一个使用规则
        对象：NORMAL（固定面额满减券）需要 `fixed_normal_coupon` {`discount_amount`,
        `transaction_minimum`}；DISCOUNT（折扣券）需要 `discount_coupon` {`discount_percent`,
        `transaction_minimum`}；EXCHANGE（换购券）需要 `exchange_coupon` {`exchange_price`,
        `transaction_minimum`}。金额单位是分（“满100减10”即 `transaction_minimum`
        10000、`discount_amount` 1000）；`discount_percent` 是实付比例，88 即 88%（八八折）。
        微信支付文档写明该对象按批次类型必填（“stock_type为NORMAL时必填”）；缺了它，
        批次就没有优惠内容。

        报告位置：`coupon_use_rule/<对象名>`。修复：补上与批次类型对应的使用规则对象，
        或改正 `stock_type`。
        """,
    },
    "C002": {
        "summary": "coupon_use_rule 含有其他批次类型的使用规则对象",
        "explanation": """
        `coupon_use_rule` 里出现了其他批次类型的使用规则对象，例如 NORMAL 批次里的
        `exchange_coupon`。三个对象是“三选一”：只有 `stock_type` 对应的那个生效，另一个
        最好的情况是被忽略，最坏的情况说明 `stock_type` 填错了。有开发者同时传了
        `discount_coupon` 和 `exchange_coupon`，微信支付返回
        PARAM_ERROR（“请求中含有未在API文档中定义的参数”），并在 `detail.value` 中列出这两个对象；
        社区的回复是“入参数不能同时出现,3选1”。每个多余的对象报告一次，无论其取值。

        报告位置：多余的对象。修复：删除它，或改正 `stock_type`。
        """,
    },
    "C003": {
        "summary": "填写了 available_week.available_day_time 却没有 week_day",
        "explanation": """
        `coupon_available_time.available_week.available_day_time`（当天可用时间段，最多两个，
        单位为当天的秒数：36000 = 10:00，64800 = 18:00）已填写，但缺少
        `available_week.week_day`（可用星期数）。时间段规定一天中*什么时候*可用，`week_day`
        规定*哪几天*可用（0 = 周日，1 = 周一 … 6 = 周六）。微信支付要求：
        “当填写available_day_time时，week_day必填”。

        报告位置：`available_week/week_day`。修复：补上可用的星期，
        例如周末可用写 `"week_day": [6, 0]`。
        """,
    },
    "C004": {
        "summary": "填写了 wait_days_after_receive 却没有 available_day_after_receive",
        "explanation": """
        `coupon_available_time.wait_days_after_receive`（领取后多少天开始生效，最多 30）已填写，
        但缺少 `available_day_after_receive`（生效后 N 天内有效）。微信支付说明前者
        “不可单独填写”。联科页面把 `wait_days_after_receive` 标为“生效开始时间”，
        容易误解。

        报告位置：`available_day_after_receive`。修复：补上
        `available_day_after_receive`（例如 10），或删除 `wait_days_after_receive`。
        """,
    },
    "C005": {
        "summary": "use_method 为 MINI_PROGRAMS，却缺少 mini_programs_appid 或 mini_programs_path",
        "explanation": """
        `coupon_use_rule.use_method` 是 `MINI_PROGRAMS`（线上小程序核销，券在小程序里核销），
        但缺少 `coupon_use_rule.mini_programs_appid` 或 `mini_programs_path`。
        微信支付需要两者才能把用户带到核销券的小程序页面。

        每个缺少的字段报告一次，位置是该字段。修复：补上小程序 appid（1–32 个字符）
        和页面路径（1–128 个字符），例如 `"mini_programs_path": "pages/coupon/index"`。
        """,
    },
    "C006": {
        "summary": "use_method 不是 MINI_PROGRAMS，却填写了 mini_programs_appid/path",
        "explanation": """
        `use_method` 是 `OFF_LINE`、`PAYMENT_CODE` 或 `SELF_CONSUME` 时，出现了
        `coupon_use_rule.mini_programs_appid` 或 `mini_programs_path`（无论取值）。
        微信支付说明它们“核销方式为线上小程序核销才有效”，所以会被忽略。如果想在券详情页
        放一个小程序入口，应该用 `coupon_data.custom_entrance.mini_programs_info`。

        每个这样的字段报告一次，位置是该字段。修复：删除它；如果券确实在小程序里核销，
        把 `use_method` 改为 `MINI_PROGRAMS`。
        """,
    },
    "C007": {
        "summary": "券可核销时间前后颠倒，或超过一年",
        "explanation": """
        `coupon_available_time.available_end_time` 不晚于 `available_begin_time`，
        或者比它晚了一个自然年以上（“有效期最长为1年”）。两个时间都是 RFC 3339 格式，
        按时刻比较（已计入时区偏移）。开始时间之后的一个自然年，指在开始时间自身的时区里
        同一日期、同一时刻的下一年（2 月 29 日对应 2 月 28 日）；正好一年是允许的。
        消息里的时间按北京时间显示。

        只在两个时间都可用时检查（是合法的 RFC 3339，且没有 U002）。
        报告位置：`available_end_time`。修复：让结束晚于开始且不超过一年，例如从
        `2030-04-01T00:00:00+08:00` 到最晚 `2031-04-01T00:00:00+08:00`。
        """,
    },
    "C008": {
        "summary": "当天可用时间段的结束不晚于开始",
        "explanation": """
        `available_week.available_day_time` 中某一项的 `begin_time` ≥ `end_time`。
        两者都是当天的秒数，取值 0–86399（36000 = 10:00，72000 = 20:00，86399 =
        23:59:59），所以这个时间段是空的或颠倒的，常见原因是两个值填反了。

        只在两个值都可用时检查。报告位置：该时间段
        （`available_week/available_day_time/N`）。修复：让 `end_time` 大于
        `begin_time`。
        """,
    },
    "C009": {
        "summary": "无规律的有效时间段前后颠倒，或超出券可核销时间",
        "explanation": """
        `coupon_available_time.irregulary_avaliable_time`（微信自己的拼写）接受两种形式：
        联科的模型写成对象，微信写成数组。联科的对象形式
        `{"begin_time": …, "end_time": …}` 是单位不明的整数，只检查先后：begin ≥ end
        时报告在该对象上。微信的数组形式中，每一项的 `begin_time` 和
        `end_time` 都是 RFC 3339 时间；若它的开始不早于结束、开始早于
        `available_begin_time` 或结束晚于 `available_end_time`，就报告在
        `irregulary_avaliable_time/N`：这样的时间段永远不会生效。

        只比较可用的值。修复：让每个无规律的有效时间段落在券可核销时间之内，
        并且结束晚于开始。
        """,
    },
    "C010": {
        "summary": "NORMAL 批次填写了 max_coupons_by_day",
        "explanation": """
        批次类型 `stock_type` 为 NORMAL 的批次里出现了
        `stock_send_rule.max_coupons_by_day`（单天发放上限个数），无论取值。微信支付只为
        DISCOUNT 和 EXCHANGE 批次说明了这个字段，所以在 NORMAL 批次上，你期望的单天上限
        很可能不会生效。

        报告位置：`max_coupons_by_day`。修复：删除它，或在自己的发券逻辑里控制每天的数量。
        """,
    },
    "C011": {
        "summary": "NORMAL 批次：transaction_minimum 不大于 discount_amount",
        "explanation": """
        NORMAL 批次中，`fixed_normal_coupon.transaction_minimum`（消费门槛）小于或等于
        `fixed_normal_coupon.discount_amount`（优惠金额）。微信支付代金券要求
        “使用门槛必须大于优惠金额”，否则商品等于白送。两者单位都是分：“满100减10”即
        `transaction_minimum` 10000、`discount_amount` 1000。通常是两个值填反了，
        或其中一个按元填写。

        只在两者都可用时检查。报告位置：`transaction_minimum`。修复：让消费门槛大于
        优惠金额。
        """,
    },
    "C012": {
        "summary": "用户或单天的发放上限大于 max_coupons",
        "explanation": """
        在 `stock_send_rule` 中，(a) `max_coupons_per_user`（用户最大可领个数）或
        (b) `max_coupons_by_day`（单天发放上限个数）大于整个批次的发放总数 `max_coupons`。
        任何用户、任何一天都不可能达到这个上限，所以其中某个值多半填错了（填反，或少了一位）。

        只在这些值可用时检查（`max_coupons` 可以不填）。报告位置：较大的那个上限，即
        (a) `max_coupons_per_user`，(b) `max_coupons_by_day`。修复：让这些上限不超过
        `max_coupons`。
        """,
    },
    "C016": {
        "summary": "background_color 不是 Color010 … Color100 之一",
        "explanation": """
        `display_pattern_info.background_color` 的形式是 `Color` 加 3 位数字，却不是已知的
        十个名称 `Color010`、`Color020` … `Color100`（以 10 递增）之一。微信支付要求填写
        颜色*名称*；这十个名称来自第三方的类型定义，所以未知名称只给警告。完全不是
        `Color` 加 3 位数字的值（例如十六进制色值）属于 S006。

        报告位置：`background_color`。修复：使用这十个名称之一。
        """,
    },
    "C017": {
        "summary": "merchant_name 有 13–16 个字符；微信最多展示 12 个",
        "explanation": """
        `display_pattern_info.merchant_name`（商户名称）有 13 到 16 个字符（按码点计）。
        现行微信支付文档写明最多展示 12 个字符（“展示上限12个字符”），并且商户名称
        “不支持商户自定义”，由认证品牌名称或商户简称自动带出，所以更长的值可能被截断或忽略。
        超过 16 个字符是 S005 错误（项目决定：16 是旧文档的上限）。

        报告位置：`merchant_name`。修复：缩短到 12 个字符以内，或不填。
        """,
    },
    "C018": {
        "summary": "out_request_no 含有字母、数字和 | _ * - 以外的字符",
        "explanation": """
        `coupon_data.out_request_no`（商户请求单号，保证创建请求幂等）含有
        `0-9 A-Z a-z | _ * -` 以外的字符：空格、`#`、`.`、`/`、中文等。
        微信支付代金券文档把请求单号限制在这些字符内，所以这样的值可能被拒绝。

        报告位置：`out_request_no`。修复：只用字母、数字和 `| _ * -` 组成，
        例如用商户号、日期和流水号拼成：`1900012345_20300401_1`。
        （商户侧唯一性无法离线检查。）
        """,
    },
    "C019": {
        "summary": "use_method 为 SELF_CONSUME，微信支付当前暂不支持",
        "explanation": """
        `coupon_use_rule.use_method` 是 `SELF_CONSUME`（用户自助核销）。这个值在微信支付的
        枚举里，但文档写明“当前暂不支持用户自助核销”，带它的请求会返回 PARAM_ERROR；
        开发者社区里一个返回参数错误的请求，得到的回复正是“当前暂不支持‘SELF_CONSUME’”。

        报告位置：`use_method`。修复：改用 `OFF_LINE`（线下滴码核销，
        门店扫券码）、`MINI_PROGRAMS`（线上小程序核销，同时填写 `mini_programs_appid`
        和 `mini_programs_path`）或 `PAYMENT_CODE`（微信支付付款码核销）。
        """,
    },
    "C020": {
        "summary": "使用了微信支付暂未开放的字段",
        "explanation": """
        微信支付文档把批次的一些字段标为暂未开放（“该字段暂未开放”）：`subsidy`（营销补差），
        以及 `stock_send_rule` 中的批次总预算 `max_amount`、单天发放上限金额
        `max_amount_by_day`，和开关 `transferable`（是否允许转赠）、`shareable`（是否
        允许分享链接）。这些字段不起作用，依赖它们的批次不会按写的那样运行：
        预算限制不了任何东西，好友也收不到转赠的券。开关只在为 `true` 时报告（`false` 是文档
        的默认值，官方示例也这样传）；预算只要出现就报告。带着它们的批次能创建成功，
        所以微信支付不会拒绝它们。

        只用于单独的商家券请求体：create-coupon-stock 的联科模型没有这些字段，在那里它们是
        未知字段（S007）。报告位置：该字段。修复：删除它（或把开关设为 `false`）；
        用 `max_coupons` 和 `max_coupons_by_day` 代替预算来限制批次。
        """,
    },
}
