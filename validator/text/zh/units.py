"""Chinese wordings: units and time (U001–U003, ``validator.rules.common``).

Times in these messages are Beijing time (``2030-03-19 05:33:20 +08:00``) in both languages;
the server's own words (优惠券校验领取时间失败) are quoted as they are.
"""

MESSAGES: dict[str, str] = {
    "U001.milliseconds": (
        "{value} 看起来是毫秒时间戳；这里要求秒级时间戳（Unix 秒），应为 {seconds}{answer}"
    ),
    "U001.far-too-large": (
        "{value} 远远超出秒级时间戳的范围；时间戳应为 10 位的秒数，例如 1900000000"
    ),
    "U002.implausible-timestamp": (
        "时间戳 {value} 对应 {when}；是单位错了还是数值错了？"
        "优惠券的时间应是 2015 年到 2100 年之间的秒级时间戳"
    ),
    "U002.out-of-range": "超出可表示范围的时间",
    "U002.implausible-datetime": "{moment} 不在 2015–2100 年之间；年份是否写错了？",
    "U003.window-ended": "该时间段已于 {ended} 结束（当前时间 {now}）；请把结束时间改到将来",
    "U003.claim-window-ended": (
        "领取时间已于 {ended} 结束（当前时间 {now}）；请把 {member} 改到将来的时间{answer}"
    ),
    "U003.validity-window-ended": (
        "有效期已于 {ended} 结束（当前时间 {now}）；请把 {member} 改到将来的时间"
    ),
    "units.server-answer": "；微信对此返回 errcode {code}（{text}）",
}

RULES: dict[str, dict[str, str]] = {
    "U001": {
        "summary": "应填秒级时间戳的字段填了毫秒时间戳",
        "explanation": """
        应填秒级时间戳的字段，其整数值达到 100000000000（1e11）或以上。三个接口使用秒级时间戳：
        shop-coupon-add（`coupon.coupon_info` 内 `receive_info` 与 `valid_info` 的 `start_time`
        和 `end_time`）、product-coupon-create（顶层的同名字段，以及 `ext_info.valid_time` 和
        `ext_info.invalid_time`）和 channels-ec-coupon-create（`receive_info` 与 `valid_info`
        的 `start_time` 和 `end_time`）。这样的值是毫秒，例如 JavaScript 的 `Date.now()` 或
        Java 的 `System.currentTimeMillis()` 的返回值，而这些接口要求的是**秒**（“秒级时间戳”）。
        在 product-coupon-create（小商店）上，微信返回 errcode 109110，微信工作人员解释其含义为
        “优惠券校验领取时间失败”，并指出原因是请求中的时间是毫秒（“应该传秒为单位的时间戳”）；
        因此只有该接口的报告会提到这个错误码。另外两个接口使用同样以秒为单位的字段，所以规则同样
        适用（项目决定），但它们对此返回什么并无公开资料，报告中不提错误码。只要字段是整数就
        检查，即使优惠券类型或 valid_type 让该字段无关也一样；例外是 channels-ec-coupon-create
        视为未填写的 `0`。create-coupon-stock、busifavor-stock-create 和 favor-stock-create
        的时间写成 RFC 3339 字符串（见 U002）。

        在该字段处报告。此后该时间戳不可用，时间段的比较（A008、A009、B004、B005、E008、E009、
        U003）会跳过它。修复：除以 1000：`1900000000000` → `1900000000`。
        """,
        "fix": (
            "把毫秒时间戳除以 1000 并舍去不足一秒的部分（`1610523300173` → `1610523300`），"
            "前提是结果是合理的时间（2015–2100 年）；其他值保持不变"
        ),
    },
    "U002": {
        "summary": "时间戳或 RFC 3339 时间早于 2015 年或晚于 2100 年",
        "explanation": """
        时间早于 2015-01-01T00:00:00Z 或晚于 2100-01-01T00:00:00Z。对于 Unix 秒时间戳（没有
        U001 的整数），即小于 1420070400 或大于 4102444800。检查的时间戳是：shop-coupon-add 中
        `coupon.coupon_info` 内 `receive_info` 与 `valid_info` 的 `start_time` 和 `end_time`；
        product-coupon-create 顶层的同名字段，以及 `ext_info.valid_time` 和
        `ext_info.invalid_time`；channels-ec-coupon-create 中 `receive_info` 与 `valid_info` 的
        `start_time` 和 `end_time`。检查的 RFC 3339 时间（格式正确、没有 S006）是：
        create-coupon-stock 中 `coupon_data.coupon_use_rule.coupon_available_time` 的
        `available_begin_time` 和 `available_end_time`，以及 `irregulary_avaliable_time` 为数组时
        其中每一项的 `begin_time` 和 `end_time`；busifavor-stock-create 中
        `coupon_use_rule.coupon_available_time` 的同名字段（其 `irregulary_avaliable_time`
        总是数组）；favor-stock-create 顶层的 `available_begin_time` 和 `available_end_time`。
        两个边界时刻本身没有问题。这样的值几乎总是单位或输入错误：把分钟或天当成了秒，把
        20300401 这样的日期当成秒（1970-08-23），少了一位数字，或者把年份写成 2300 或 2014。

        在该字段处报告；此后该值不可用，不再参与任何时间段的比较（也不做 U003 检查）。报告中的
        时间是北京时间（1300000000 是 `2011-03-13 15:06:40 +08:00`，即
        `2011-03-13 07:06:40 UTC`）。修复：把想要的时刻写成 Unix 秒（1900000000 是
        2030-03-17），或写成带时区偏移的 RFC 3339 时间（`2030-04-01T00:00:00+08:00`）。
        """,
    },
    "U003": {
        "summary": "结束时间已经过去（相对于 --now 或系统时钟）",
        "explanation": """
        某个结束时间早于“当前时间”（`--now`，未指定时取系统时钟；严格按 `end < now` 判断）。
        检查的结束时间是：shop-coupon-add 中的 `receive_info.end_time`，以及 valid_type 为 1 时的
        `valid_info.end_time`（都在 `coupon.coupon_info` 内）；product-coupon-create 中的
        `receive_info.end_time` 和 `ext_info.invalid_time`（valid_type 为 1 时其
        `valid_info.end_time` 必须等于 `invalid_time`，所以不重复报告）；
        channels-ec-coupon-create 中的 `receive_info.end_time`，以及 valid_type 为 1 时的
        `valid_info.end_time`；create-coupon-stock 中
        `coupon_data.coupon_use_rule.coupon_available_time` 的 `available_end_time`，
        busifavor-stock-create 中 `coupon_use_rule.coupon_available_time` 的同名字段；
        favor-stock-create 顶层的 `available_end_time`。领取时间或有效期已经结束的优惠券对买家
        毫无用处，微信也可能拒绝创建：有开发者调用 channels-ec-coupon-create 得到 errcode 109150，
        查明原因是领取时间已经结束（“券可领取的结束时间应晚于当前时间”，这是该开发者自己的解释，
        没有页面说明 109150）。报告只在 channels-ec-coupon-create 的 `/receive_info/end_time`
        处提到这个错误码；其他结束时间和接口的返回没有公开资料。这通常发生在沿用以前活动或测试
        用例的请求体时。在 favor-stock-create 中，开始时间已过是 F003，所以已经结束的时间段会
        同时得到两者。

        只检查可用的结束时间（没有 U001/U002，RFC 3339 时间也没有 S006）。在结束时间字段处报告。
        报告中的两个时间都是北京时间（`2030-03-19 05:33:20 +08:00`，即
        `2030-03-18 21:33:20 UTC`），也就是这些接口及其用户所用的时间。修复：把时间段移到将来。
        在 CI 中请传入固定的 `--now`，以免结果随时间推移而变化。
        """,
    },
}
