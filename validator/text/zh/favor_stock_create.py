"""Chinese wordings: favor stock create (WeChat Pay 代金券, ``favor-stock-create``).

The terms are those of the official 代金券 pages (批次, 面额, 门槛, 发放总上限, 总预算,
单天预算, 单个用户可领个数, 可用商户, 订单优惠标记, 分); a rule that rests on the page quotes its
words, and a server answer is quoted as WeChat Pay sends it.
"""

MESSAGES: dict[str, str] = {
    "F002.not-after-start": (
        "可用时间的结束时间 available_end_time {end} 没有晚于开始时间 available_begin_time"
        " {begin}；官方要求“结束时间需晚于开始时间”"
    ),
    "F002.over-90-days": (
        "可用时间从 {begin} 到 {end}，共 {length}，超过了 90 天（批次可用时间范围最长为90天）："
        "请把结束时间改到 {latest} 或更早；可用时间更长的批次曾收到微信支付返回的 SYSTEM_ERROR"
        " “系统繁忙，请稍后重试”"
    ),
    "F002.day": "{n} 天",
    "F002.days": "{n} 天",
    "F002.hour": "{n} 小时",
    "F002.hours": "{n} 小时",
    "F002.minute": "{n} 分钟",
    "F002.minutes": "{n} 分钟",
    "F002.second": "{n} 秒",
    "F002.seconds": "{n} 秒",
    "F002.fraction-seconds": "0.{digits} 秒",
    "F002.microseconds": "{n} 微秒",
    "F002.no-time": "0 秒",
    "F002.and": "{first} {rest}",
    "F003.in-the-past": (
        "available_begin_time {written}：批次开始时间早于当前时间（开始时间不可早于当前时间；"
        "当前时间为 {now}），提交时会被微信支付拒绝：请把可用时间整体移到当前时间之后"
    ),
    "F003.over-365-days": (
        "available_begin_time {written}：批次开始时间在当前时间的 365"
        " 天之后（不能创建365天后开始的批次；当前时间为 {now}），提交时会被微信支付拒绝："
        "开始时间最晚为 {latest}"
    ),
    "F004.budget-not-product": (
        "总预算 max_amount {budget} 必须等于发放总上限 max_coupons × 面额 coupon_amount：{count} ×"
        " {amount} = {product}（否则微信支付返回 PARAM_ERROR “批次预算等于批次面额乘以发券数”）；"
        "请把 max_amount 改为 {product}，或修正 max_coupons 或 coupon_amount"
    ),
    "F005.daily-over-total": (
        "单天预算 max_amount_by_day {daily} 分超过了总预算 max_amount {total} 分（不能大于总预算）"
        "；请调低，或不传该字段（不限单天预算）"
    ),
    "F006.daily-not-whole-coupons": (
        "单天预算 {daily} 分不是 {amount} 分面额的整数倍，微信支付会返回 PARAM_ERROR"
        " “单天限额必须为面额整数倍”：请改为 {amount} 的整数倍，例如 {choices}"
    ),
    "F006.either": "{lower} 或 {upper}",
    "F007.per-user-over-stock": (
        "单个用户可领个数 max_coupons_per_user {per_user} 超过了发放总上限 max_coupons"
        " {total}（不能大于发放总个数）；两个数必有一个填错，请都核对一下"
    ),
    "F008.threshold-below-face-value": (
        "门槛 transaction_minimum {minimum} 分低于面额 coupon_amount {amount} 分："
        "使用门槛必须大于优惠金额（此时微信支付返回的是 PARAM_ERROR “券面额必须大于0”）；请把"
        " transaction_minimum 提高到 {amount} 以上（“满100减10”即 coupon_amount 1000、"
        "transaction_minimum 10000）"
    ),
    "F009.threshold-equals-face-value": (
        "门槛 transaction_minimum {minimum} 分等于面额 coupon_amount {amount} 分；"
        "官方页面要求“使用门槛必须大于优惠金额”：请提高 transaction_minimum"
    ),
    "F010.stock-name-han": (
        "批次名称 stock_name 含 {han} 个中文汉字，最多 {limit} 个（批次名称最多9个中文汉字）："
        "请缩短"
    ),
    "F010.stock-name-forbidden": (
        "批次名称 stock_name 不能包含 {characters}（不能包含特殊字符 _ , ; |）：请删除或替换"
    ),
    "F010.both": "{first}；{second}",
    "F010.merchant-name-han": (
        "品牌名称 merchant_name 含 {han} 个中文汉字，最多 {limit} 个（最多12个中文汉字）：请缩短"
    ),
    "F011.mixed-name": (
        "{member} 同时含有 {chinese}和 {others}；上限是 {han_limit} 个中文汉字或 {other_limit}"
        " 个字母，混排时可能超长：请缩短"
    ),
    "F011.one-chinese-character": "{n} 个中文汉字",
    "F011.chinese-characters": "{n} 个中文汉字",
    "F011.one-other": "{n} 个其他字符",
    "F011.others": "{n} 个其他字符",
    "F013.mini-program-only": (
        "{member} 只在 jump_target 为 MINI_PROGRAM（跳转至小程序）时使用，{why}；请把 jump_target"
        " 设为 MINI_PROGRAM，或删除该字段"
    ),
    "F013.other-target": "而这里的 jump_target 是 {target}",
    "F013.no-target": "而这里没有 jump_target（即默认的 DEFAULT_PAGE）",
    "F014.not-with-weekly-slots": (
        "{member} 不能与 fix_available_time 同时设置："
        "设置了每周固定时间段可用，就不能再设置从领券时起算的有效期"
        "（当设置固定时间段可用时不可设置领取后N天有效）；请只保留其中一种"
    ),
    "F015.never-open": (
        "当天可用时间段从 {begin}（{begin_clock}）开始，但{ends}：这个时间段永远不会开放；"
        "begin_time 必须早于 end_time（单位为当天的秒数，86399 即 23:59:59）"
    ),
    "F015.end-absent": "没有填 end_time，即默认的 86399（23:59:59）",
    "F015.ends-at": "在 {end}（{end_clock}）就结束了",
    "F015.outside-the-day": "不在一天之内",
    "F016.card-without-pay": (
        "limit_card（指定银行卡 BIN）只在 limit_pay"
        " 指定了某张银行卡时生效（当批次指定支付方式为某张银行卡时才生效）；请加上 limit_pay（如"
        ' ["ICBC_CREDIT"]），或删除 limit_card'
    ),
    "F017.not-open": "{member} 字段尚未开放（官方说明：{note}），微信支付不会使用它：请删除",
    "F018.creator-listed": (
        "免充值批次（no_cash 为 true）把制券商户自身 {creator} 列为可用商户："
        "服务商只能添加已授权的子商户，服务商把自己列为可用商户时微信支付返回 INVALID_REQUEST"
        " “可用商户不符合规则，请检查”；普通商户可以添加自己。请确认商户类型，"
        "或改用预充值（no_cash 为 false）"
    ),
    "F019.merchants-absent": (
        "请在 available_merchants 中列出可核销该券的商户号（旧版官方页面标为必填，"
        "缺少该字段的请求曾收到微信支付返回的 INVALID_REQUEST “可用商户不符合规则，请检查”），例如"
        ' ["1900012345"]'
    ),
}

RULES: dict[str, dict[str, str]] = {
    "F001": {
        "summary": "stock_type 为 NORMAL，却没有 coupon_use_rule.fixed_normal_coupon",
        "explanation": """
            `stock_type` 为 NORMAL（固定面额满减券，满足使用门槛后减免固定金额，也是本接口唯一支持
            的批次类型）的代金券批次，需要 `coupon_use_rule.fixed_normal_coupon`，其中填写面额
            `coupon_amount` 和门槛 `transaction_minimum`，单位都是分：“满100减10”即 `coupon_amount`
            1000、`transaction_minimum` 10000。微信支付标注为“stock_type为NORMAL时必填”；缺少它，批
            次就没有任何优惠。

            报告位置为 `coupon_use_rule/fixed_normal_coupon`；补上之前，预算规则（F004）无法检查。
            修复：添加该对象，并填写两个金额。
            """,
    },
    "F002": {
        "summary": "可用时间的结束时间不晚于开始时间，或可用时间超过 90 天",
        "explanation": """
            `available_begin_time` 和 `available_end_time`（RFC 3339 格式，位于请求体顶层）是代金券
            可以使用的时间范围。微信支付要求“结束时间需晚于开始时间”，且“批次可用时间范围最长
            为90天”。两个时间按时区换算后的绝对时刻比较，90 天即 90 × 86400 秒，所以正好 90 天是允
            许的。

            可用时间过长时，服务端的返回并不会说明原因：一个 122 天的批次收到了 SYSTEM_ERROR “系统
            繁忙，请稍后重试”，微信支付技术助手在开发者社区答复：这个参数最大跨度不能超过九十天。

            报告位置为 `available_end_time`。修复：把结束时间设在开始时间之后 90 天以内（消息会给出
            北京时间的最晚结束时间），或把活动拆成几个批次。
            """,
    },
    "F003": {
        "summary": "批次开始时间早于当前时间，或在当前时间 365 天之后",
        "explanation": """
            `available_begin_time` 早于当前时间，或晚于当前时间 365 天以上。这两种情况在提交时都会
            被微信支付拒绝：“开始时间不可早于当前时间”“不能创建365天后开始的批次”。正好等于当前时间
            或正好 365 天后都可以。消息会以北京时间给出当前时间和最晚开始时间。

            虽然官方写明会拒绝，这里仍只报警告，因为结果取决于当前时间：保存在代码仓库里的请求体不
            应随着时间推移变成错误。“当前时间”取 `--now`（秒级时间戳）或系统时钟，指定 `--now` 可让
            结果可复现。报告位置为 `available_begin_time`；可用时间已经结束的批次，其结束时间还会收
            到 U003。修复：把可用时间的开始移到当前时间到 365 天后之间。
            """,
    },
    "F004": {
        "summary": "max_amount 不等于 max_coupons × coupon_amount",
        "explanation": """
            总预算 `stock_use_rule.max_amount`（单位分）必须等于发放总上限
            `stock_use_rule.max_coupons` 乘以面额 `fixed_normal_coupon.coupon_amount`：
            “max_amount需要等于coupon_amount（面额） * max_coupons（发放总上限）”。否则微信支付返回
            PARAM_ERROR “批次预算等于批次面额乘以发券数”，开发者社区的帖子可以为证。预算相差 100
            倍，通常是按元填写了。

            报告位置为 `max_amount`；消息会给出乘积。修复：把 `max_amount` 设为 `max_coupons` ×
            `coupon_amount`（500 × 1000 = 500000），或修正另外两个数。
            """,
    },
    "F005": {
        "summary": "max_amount_by_day 超过了 max_amount",
        "explanation": """
            选填的单天预算 `stock_use_rule.max_amount_by_day`（单位分）大于总预算
            `stock_use_rule.max_amount`。微信支付规定单天预算“不能大于总预算”。通常是其中一个数的单
            位填错，或多写了一位。

            报告位置为 `max_amount_by_day`。修复：调低到不超过 `max_amount`，或不传该字段表示不限单
            天预算（不能填 0）。
            """,
    },
    "F006": {
        "summary": "max_amount_by_day 不是 coupon_amount 的整数倍",
        "explanation": """
            单天预算 `stock_use_rule.max_amount_by_day`（单位分）不是面额
            `fixed_normal_coupon.coupon_amount` 的整数倍：1500 分相当于一张半 1000 分的券。开发者社
            区的帖子显示，单天预算 400 分、面额 5000 分的请求收到了微信支付返回的 PARAM_ERROR “单天
            限额必须为面额整数倍”。官方页面没有写明这条规则，所以只报警告。

            报告位置为 `max_amount_by_day`；消息会给出最接近的整数倍。修复：改为 `coupon_amount` 的
            整数倍（面额 1000 分时可填 2000）。
            """,
    },
    "F007": {
        "summary": "max_coupons_per_user 超过了 max_coupons",
        "explanation": """
            单个用户可领个数 `stock_use_rule.max_coupons_per_user` 大于整个批次的发放总上限
            `stock_use_rule.max_coupons`。微信支付规定单个用户可领个数“不能大于发放总个数”。个数超
            过批次总量，通常说明两个数中有一个填错了。

            报告位置为 `max_coupons_per_user`。修复：核对两个数；调低单个用户可领个数（最多 60
            个），或提高发放总上限（同时调整 `max_amount`，见 F004）。
            """,
    },
    "F008": {
        "summary": "transaction_minimum 低于 coupon_amount",
        "explanation": """
            门槛 `fixed_normal_coupon.transaction_minimum` 小于面额
            `fixed_normal_coupon.coupon_amount`（单位都是分）。微信支付要求“使用门槛必须大于优惠金
            额”。服务端的返回并不会提到门槛：面额 1000 分、门槛 100 分的批次收到的是 PARAM_ERROR
            “券面额必须大于0”，提高门槛后即创建成功。常见原因是两个值填反了，或其中一个按元填写。

            报告位置为 `transaction_minimum`。修复：把它提高到 `coupon_amount` 以上：“满100减10”即
            `coupon_amount` 1000、`transaction_minimum` 10000。
            """,
    },
    "F009": {
        "summary": "transaction_minimum 等于 coupon_amount",
        "explanation": """
            门槛 `fixed_normal_coupon.transaction_minimum` 等于面额 `coupon_amount`。官方页面要求
            “使用门槛必须大于优惠金额”，但两者相等的批次曾被接受，官方 SDK 自己的示例里也有这样的批
            次，所以只报警告：消费金额正好等于门槛时，这张券会抵扣全部金额。

            报告位置为 `transaction_minimum`。修复：把 `transaction_minimum` 提高到 `coupon_amount`
            以上（面额 1000 分时至少 1001）。
            """,
    },
    "F010": {
        "summary": "stock_name 超过 9 个汉字或含有 _ , ; |，或 merchant_name 超过 12 个汉字",
        "explanation": """
            微信支付规定批次名称 `stock_name` 最多 9 个中文汉字（“批次名称最多9个中文汉字”，另外总
            长不超过 20 个字符），且不能包含 `_ , ; |`（“不能包含特殊字符”）；品牌名称
            `pattern_info.merchant_name` 最多 12 个中文汉字（另外总长不超过 36 个字符）。中文汉字按
            Unicode 文字属性 Han 计算；全角标点算作其他字符。

            报告位置为名称字段；更长的名称由 S005 报告。修复：缩短名称（“春季满100减10”含 4 个中文
            汉字），并删除禁用字符。
            """,
    },
    "F011": {
        "summary": "中文与其他字符混排的名称可能超长",
        "explanation": """
            官方页面给出名称的两个上限：`stock_name` 为 9 个中文汉字或 20 个字
            母，`pattern_info.merchant_name` 为 12 个或 36 个，但没有说明中文与其他字符混排时怎么计
            算。按每个中文汉字占名称的 1/9（1/12）、每个其他字符占 1/20（1/36）计算，这个名称超出了
            额度：“春季满减券SPRING2027”含 5 个中文汉字和 10 个其他字符，5/9 + 10/20 > 1。这条规则
            是推断的，所以只报警告。

            报告位置为名称字段，仅在没有 S005 或 F010 时报告。修复：缩短名称（“春季满减券SP2027”不
            超长）。
            """,
    },
    "F012": {
        "summary": "jump_target 为 MINI_PROGRAM，却缺少 mini_program_appid 或 mini_program_path",
        "explanation": """
            `pattern_info.jump_target` 为 MINI_PROGRAM（跳转至小程序，点击券上的按钮打开商户的小程
            序），但缺少 `mini_program_appid` 或 `mini_program_path`。官方 SDK 把两者都标为“跳转至
            小程序时必填”。

            每个缺少的字段各报告一次，位置为该字段。修复：填写 appid（`wx` 加 16 位十六进制字符）和
            页面路径，例如 `"mini_program_path": "pages/coupon/index"`，或改用其他 `jump_target`。
            """,
    },
    "F013": {
        "summary": "有 mini_program_appid 或 mini_program_path，但 jump_target 不是 MINI_PROGRAM",
        "explanation": """
            填写了 `pattern_info.mini_program_appid` 或 `mini_program_path`，但没有
            `jump_target`（即默认的 DEFAULT_PAGE），或 `jump_target` 是其他值。小程序信息只在
            jump_target 为 MINI_PROGRAM 时使用（“跳转至小程序时必填”），所以该字段不起作用，按钮也
            不会打开你填写的小程序。

            每个这样的字段各报告一次，位置为该字段。修复：设置 `"jump_target": "MINI_PROGRAM"` 并同
            时填写两个小程序字段，或删除它们。
            """,
    },
    "F014": {
        "summary": "fix_available_time 与从领券时起算的有效期同时设置",
        "explanation": """
            `coupon_use_rule.coupon_available_time` 设置了固定时间段可用（`fix_available_time`），
            同时又设置了 `second_day_available` 为 true 或 `available_time_after_receive`（从领券时
            起算的有效期）。微信支付规定“当设置固定时间段可用时不可设置领取后N天有效”：两者不能同时
            使用。官方没有说明这样的请求会怎样处理，所以只报警告。

            每个这样的字段各报告一次，位置为该字段。修复：固定时间段和领取后有效只保留一种。
            """,
    },
    "F015": {
        "summary": "fix_available_time 的当天结束时间不晚于开始时间",
        "explanation": """
            `fix_available_time.begin_time` 没有早于 `end_time`（单位为当天的秒数：36000 即
            10:00，79200 即 22:00；不填 `end_time` 时为 86399，即 23:59:59）。这样的时间段永远不会开
            放；或者本想跨过午夜，但当天的秒数无法表达跨天。微信支付说明了这两个值，但没有说明先后
            顺序，所以只报警告。

            报告位置为 `fix_available_time`。修复：交换两个值，或让时间段在同一天内更晚结束。
            """,
    },
    "F016": {
        "summary": "有 limit_card 却没有 limit_pay",
        "explanation": """
            填写了 `coupon_use_rule.limit_card`（指定银行卡 BIN，以及展示给用户的银行卡名称），却没
            有 `limit_pay`。微信支付只在“当批次指定支付方式为某张银行卡时”才使用它，即 `limit_pay`
            指定了某张银行卡时，所以单独填写不起作用，这张券用任何支付方式都能核销。

            报告位置为 `limit_card`。修复：加上 `limit_pay` 并填写该银行卡的支付方式编码（例如
            `["ICBC_CREDIT"]`），或删除 `limit_card`。
            """,
    },
    "F017": {
        "summary": "ext_info 或 unavailable_items：微信支付尚未开放的字段",
        "explanation": """
            填写了 `ext_info` 或 `coupon_use_rule.unavailable_items`。官方文字写明 `ext_info` “暂时
            无需填写”，两者都“该字段暂未开放”：无论填什么，微信支付都不会使用，写在里面的限制或备注
            都会悄无声息地失效。

            无论取值如何，都在该字段处报告。修复：删除该字段；要限制可核销的商品，请改用
            `available_items`。
            """,
    },
    "F018": {
        "summary": "no_cash 为 true，且可用商户中包含制券商户自身",
        "explanation": """
            免充值批次（`no_cash` 为 true：优惠金额从核销商户的实收中扣除）在
            `coupon_use_rule.available_merchants` 中列出了制券商户自身 `belong_merchant`。普通商户
            可以这样填，但服务商只能添加已授权的子商户。对这样的请求，微信支付返回 INVALID_REQUEST
            “可用商户不符合规则，请检查”：开发者社区有服务商把批次的归属商户列为可用商户而收到此错
            误的帖子，另一个帖子里服务商得到的答复是“只能为子商户”，Senparc SDK 的测试也是如此，把
            `no_cash` 改为 false 后即可通过。请求体中看不出商户类型，所以只报警告。

            报告位置为该项。修复：确认商户类型；服务商应改为列出其子商户，或者批次改用 `no_cash` 为
            false（预充值）。
            """,
    },
    "F019": {
        "summary": "coupon_use_rule 中没有 available_merchants",
        "explanation": """
            缺少 `coupon_use_rule.available_merchants`，即可以核销该券的商户号。官方 SDK 标为选填，
            但旧版官方页面标为必填（是），缺少它时批次可能无法在你预期的商户使用。在 2019 年开发者
            社区的一个帖子里，缺少该字段的请求收到了微信支付返回的 INVALID_REQUEST “可用商户不符合
            规则，请检查”，补上后即解决。由于 SDK 仍标为选填，这里只报警告。

            报告位置为 `available_merchants`。修复：列出商户号，例如 `["1900012345"]`（1 到 50 个，
            只能是数字）。
            """,
    },
}
