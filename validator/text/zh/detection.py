"""Chinese wordings: detection (D001, which API a document targets under ``--api auto``).

API ids and member names stay as they are; 特征字段 are the members that raise an API's signal.
"""

MESSAGES: dict[str, str] = {
    "D001.conflict": (
        "无法判断此文件对应哪个接口：同时出现了 {listed}的特征字段；请用 --api 指定接口"
    ),
    "D001.no-signal": "无法判断此文件对应哪个接口（没有任何接口的特征字段）；请用 --api 指定接口",
    "D001.signal": "{api}（{members}）",
    "D001.last-two": "{first}和 {last}",
    "D001.more": "{first}、{rest}",
}

RULES: dict[str, dict[str, str]] = {
    "D001": {
        "summary": "无法判断文档对应哪个接口（没有特征字段，或有多个接口的特征字段）",
        "explanation": """
            使用 `--api auto` 时，本工具逐个文档判断它对应哪个接口：每个接口有一个识别信号，只看顶层
            对象有哪些字段（字段只要出现就算，不看取值，除非要求它是对
            象）。shop-coupon-add：`coupon`。product-coupon-create（小商店）：`type` 加上含有
            `customize_channel` 的 `promote_info` 对象；或者 `type` 加上含有 `valid_time` 或
            `invalid_time` 的 `ext_info` 对象，且 `promote_info` 不存在或不是对象；或者有
            `coupon_info` 而没有 `coupon`（已过时的外层包装）。channels-ec-coupon-create（微信小
            店）：有 `type` 而没有 `coupon_info`，同时有 `auto_valid_info`，或者有一个不含
            `customize_channel` 的 `promote_info` 对
            象。create-coupon-stock：`coupon_data`、`coupon_name`、`discount_type` 或 `coupon_type`
            中的任意一个。busifavor-stock-create（直接提交的微信支付商家券请求体）：没有
            create-coupon-stock 的任何字段，并且有
            `stock_send_rule`、`coupon_code_mode`、`goods_name`、`display_pattern_info`、`custom_entrance`
            或 `notify_config` 中的任意一个，或者有 `stock_name`、`stock_type` 或 `coupon_use_rule`
            中的任意一个但没有代金券标志字段。favor-stock-create（微信支付代金券请求体）：没有
            create-coupon-stock 的任何字段，并且有代金券标志字段
            `stock_use_rule`、`no_cash`、`pattern_info`、`available_begin_time` 或
            `available_end_time` 中的任意一个。

            必须恰好有一个信号成立。一个都不成立（`{}`，或者关键字段拼错了的请求体），或者有两个及以
            上成立（例如加了微信小店 `auto_valid_info` 的 product-coupon-create 请求体，或者带有
            `stock_use_rule` 等代金券标志字段的商家券请求体）时，报告 D001。本工具不做猜测：按错误的
            接口检查，请求体会收到一大堆关于该接口根本没有的字段的问题。`customize_channel` 用来区分
            小商店和微信小店这两种请求体，因为每个 product-coupon-create 请求体都有它，而微信小店的
            没有。create-coupon-stock 的字段优先于两种微信支付请求体，所以带有代金券标志字段的联科
            请求体会被识别为 create-coupon-stock，其中的标志字段按未知字段处理。

            报告时 pointer 为 ""，位置是顶层的 `{`；消息会列出找到了哪些接口的信号，或者说明一个也没
            找到。文档不再继续校验（加载阶段的 J002 和 J005 仍会显示）。显式指定 `--api` 时从不报
            告。修复：删除混用两个接口的字段，或者用 `--api` 指定接口。
            """,
    },
}
