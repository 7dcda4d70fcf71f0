"""Chinese wordings: create-coupon-stock, a vendor's wrapper of WeChat Pay 商家券 (C013–C015).

The vendor (联科) repeats some ``coupon_data`` settings at its top level, shares its model with
query results and names the kind of coupon; ``coupon_data`` itself is the 商家券 body, whose
codes are busifavor-stock-create's. 批次 is the page's word for a stock.
"""

MESSAGES: dict[str, str] = {
    "C013.disagrees": (
        "{member} {mine} 与 {counterpart} {theirs} 不一致；联科可能转发其中任意一个：请让两者相同"
    ),
    "C014.stock-id": "stock_id 由微信在创建批次时分配，只出现在查询结果中；请删除",
    "C014.status": "status 是批次的状态（未激活、审核中、运行中……），由查询结果返回；请删除",
    "C014.reason": "reason 是联科对批次状态的说明，由查询结果返回；请删除",
    "C014.group-buy-finished": "group_buy_finished 是拼团进度，由查询结果返回；请删除",
    "C014.group-buy-list": "group_buy_list 列出拼团订单，由查询结果返回；请删除",
    "C014.qr-img-url": "qr_img_url 由联科生成，只出现在查询结果中；请删除",
    "C014.coupon-type-name": "coupon_type_name 是已废弃的展示名称，只出现在查询结果中；请删除",
    "C014.counter": "{member} 是联科在查询结果中填写的计数；请删除",
    "C015.not-merchant-coupon": (
        "coupon_type {value}（{kind}）不适用：本接口用 coupon_data 创建商家券；请使用 coupon_type 1"
    ),
    "C015.voucher": "代金券",
    "C015.bundle": "优惠券组合",
    "C015.other-kind": "不是商家券",
    "C015.empty-bundle": (
        "coupon_type 3 是优惠券组合，需要在 group_item_list 中列出其中的券；"
        "请补上，或使用 coupon_type 1"
    ),
}

RULES: dict[str, dict[str, str]] = {
    "C013": {
        "summary": "联科顶层字段与 coupon_data 中对应的值不一致",
        "explanation": """
        联科的模型在顶层重复了 `coupon_data` 中的若干值，而这里两处的值不同（按 JSON 严格相等比
        较）：`discount_type` 与 `stock_type`，`coupon_name` 与 `stock_name`，`mini_amount` 与该批次
        类型的 `transaction_minimum`，`discount` 与
        `discount_amount`/`discount_percent`/`exchange_price`，`total_num` 与
        `max_coupons`，`person_num` 与 `max_coupons_per_user`、`day_num` 与 `max_coupons_by_day`（这
        两项仅在 ≠ 0 时比较，因为 0 表示不限），`back_color` 与 `background_color`，`code_mode` 与
        `coupon_code_mode`。文档没有说明联科使用哪一份，所以创建出来的批次可能不是你核对过的那一
        个。

        任一侧缺失或不可用时跳过。在联科的顶层字段处报告。修复：让两处的值相同，
        或不传联科的那一份。
        """,
    },
    "C014": {
        "summary": "创建请求中带了只用于输出的字段（stock_id、status 等）",
        "explanation": """
        出现了联科模型只在查询结果中使用的字
        段：`stock_id`、`status`、`can_sale_num`、`reason`、`saled_num`、`send_num`、`used_num`，
        以及 `group_buy_finished`、`group_buy_list`、`qr_img_url` 或 `coupon_type_name`。
        创建和查询共用同一个模型；这些值由微信或联科分配，传了也不起作用。
        这通常说明把一次查询结果当成了创建请求。

        不论取值如何都在该字段处报告（它仍会做类型检查）。修复：删除它。
        """,
    },
    "C015": {
        "summary": "coupon_type 不是 1（商家券），或优惠券组合没有 group_item_list",
        "explanation": """
        (a) 联科请求体的 `coupon_type` 不是 1。本接口创建的是商家券（coupon_type 1）；2（代金券）
        和 3（优惠券组合）是别的产品。联科页面上的示例值 2 是自动生成的占位值，
        不是范例。(b) `coupon_type` 为 3，但 `group_item_list` 缺失或为空，这个组合里没有券。

        在 (a) `/coupon_type`、(b) `/group_item_list` 处报告。修复：创建商家券批次时传
        `"coupon_type": 1`。
        """,
    },
}
