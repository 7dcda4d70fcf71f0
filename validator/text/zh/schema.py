"""Chinese wordings: schema (S001–S011), the schema files' sentences and the server answers.

The keys are those of ``validator.schema.messages`` (the S-code messages and their fragments),
``validator.schema.answers`` (the clause naming a server answer) and ``validator.schema.texts``
(the ``x-message``, ``x-hint``, ``x-enum-hints`` and ``x-unknown-hints`` sentences of the
schema files, under the keys that table gives them). Member names, values, codes and pointers
stay as in English; the coupon terms are those of the official Chinese pages (分/元, n 折, 满减,
秒级时间戳, 商品券/店铺券, 批次, 商户号, 核销), and a sentence resting on a page quotes its
wording ("valid_type=1时必填", "不可单独填写", "仅支持 NORMAL").
"""

MESSAGES: dict[str, str] = {
    # -- fragments and findings (validator.schema.messages) --
    "schema.an-object": "对象",
    "schema.an-array": "数组",
    "schema.a-string": "字符串",
    "schema.an-integer": "整数",
    "schema.true-or-false": "布尔值（true 或 false）",
    "schema.a-number": "数字",
    "schema.or": "{left}或{right}",
    "schema.and": "{left}，且{right}",
    "schema.the-document": "请求体",
    "schema.clause": "{message}；{clause}",
    "schema.more": "；{clause}{more}",
    "schema.did-you-mean": "或许应为 {suggestion}",
    "schema.float-yuan": "如果表示 {value} 元，应写 {fen}（单位分）{also}",
    "schema.float-already-fen": "；如果本来就是分，应写 {value}",
    "schema.float-whole": "应写成不带小数的 {value}",
    "schema.below": "小于最小值 {bound}",
    "schema.above": "大于最大值 {bound}",
    "schema.not-multiple": "不是 {bound} 的整数倍",
    "schema.character": "字符",
    "schema.characters": "字符",
    "schema.at-least": "至少 {bound}",
    "schema.at-most": "最多 {bound}",
    "schema.date-time-example": "（例如 2030-04-01T00:00:00+08:00）",
    "S001.missing": "缺少必填字段 {name}{more}",
    "S001.missing-in": "{parent} 缺少必填字段 {name}{more}",
    "S002.wrong-type": "{name} 必须是{expected}，实际为 {value}{more}",
    "S002.wrong-kind": "{name} 必须是{expected}，实际为{kind}{more}",
    "S002.wrong-null": "{name} 必须是{expected}，实际为 null{more}",
    "S002.wrong-string": "{name} 必须是{expected}，实际为{kind} {value}{more}",
    "S003.not-in-enum": "{name} 不支持取值 {value}，可选值为 {allowed}{more}",
    "S004.out-of-range": "{name} 为 {value}，{problems}{more}",
    "S005.length": "{name} 长度为 {count} 个{noun}；{bound} 个（按 Unicode 码点计）{more}",
    "S005.items": "{name} 有 {count} 项；{bound} 项{more}",
    "S006.not-date-time": "{name} 的值 {value} 不符合 RFC 3339 标准格式{example}{more}",
    "S006.no-match": "{name} 的值 {value} 不符合格式 {pattern}{more}",
    "S007.unknown": "未知字段 {name}{more}",
    "S008.duplicate": "{name} 中有重复项 {value}（首次出现在下标 {first}）{more}",
    "S009.below": "{name} 为 {value}，低于合理的最小值 {bound}{more}",
    "S009.above": "{name} 为 {value}，高于合理的最大值 {bound}{more}",
    "S009.empty": "{name} 为空；请填写有效的值{more}",
    "S009.items": "{name} 有 {count} 项；通常至少应有 {bound} 项{more}",
    "S010.not-a-url": (
        "{name} 必须是完整的 http(s) URL（仅支持通过《图片上传API》接口获取的图片URL地址），实际为 "
        "{value}{more}"
    ),
    "S011.not-an-appid": (
        "{name} 的值 {value} 看起来不是 appid（应为 wx 加 16 位十六进制字符）{more}"
    ),
    "schema.ignored-when": "{trigger} 为 {value} 时 {member} 不生效；请删除",
    "schema.requires": "{trigger} 为 {value} 时必须填写 {member}；请补上",
    # -- server answers (validator.schema.answers) --
    "schema.wechat-answers": "微信对此返回 errcode {code}{text}",
    "schema.wechat-pay-answers": "微信支付对此返回 {code}{text}",
    "schema.server-text": "（{text}）",
    # -- the sentences of the schema files (validator.schema.texts) --
    # Shared by several APIs
    "schema.hint.fen": "金额为整数，单位为分：9.9 元写作 990",
    "schema.hint.unix-seconds": "时间为秒级时间戳，例如 1900000000",
    "schema.hint.week-days": "星期取值 0 = 周日 … 6 = 周六",
    "schema.hint.second-of-day": "当天的第几秒：36000 = 10:00:00，86399 = 23:59:59",
    "schema.hint.discount-num": "discount_num 为折数 × 1000：8.5 折写作 8500",
    "schema.hint.access-token": (
        "access_token 应放在 URL 查询参数中（?access_token=…），不能放在请求体里"
    ),
    "schema.hint.types-5-6": "type 5 和 6 只有 shop-coupon-add 支持",
    "schema.hint.valid-type-3": "valid_type 3 只有 shop-coupon-add 支持",
    "schema.store.valid-type-2-claimed": (
        "valid_type=2（生效天数，领取后 N 天内有效）时必填 {member}；请补上（领取后的有效天数）"
    ),
    "schema.store.type-101-requires": (
        "type=101（店铺条件折扣券）时必填 {member}；请补上（product_cnt：件数门槛；discount_num："
        "折数 × 1000，8.5 折 = 8500）"
    ),
    "schema.store.type-103-requires": (
        "type=103（店铺统一折扣券）时必填 {member}；请补上（discount_num：折数 × 1000，8.5 折 = "
        "8500）"
    ),
    "schema.store.type-2-ignored": "type=2（商品满减券）时 {member} 不生效；请删除",
    "schema.store.type-3-ignored": "type=3（商品统一折扣券）时 {member} 不生效；请删除",
    "schema.store.type-4-ignored": "type=4（商品直减券）时 {member} 不生效；请删除",
    "schema.store.type-101-ignored": "type=101（店铺条件折扣券）时 {member} 不生效；请删除",
    "schema.store.type-102-ignored": "type=102（店铺满减券）时 {member} 不生效；请删除",
    "schema.store.type-103-ignored": "type=103（店铺统一折扣券）时 {member} 不生效；请删除",
    "schema.store.type-104-ignored": "type=104（店铺直减券）时 {member} 不生效；请删除",
    # shop-coupon-add
    "schema.shop.product-ids": (
        "shop-coupon-add 用字符串数组 out_product_ids 指定商品；整数 product_ids 是 "
        "product-coupon-create 的字段"
    ),
    "schema.shop.ext-info": "ext_info 只出现在 list/get 接口的返回中；请从添加优惠券的请求体中删除",
    "schema.shop.valid-type-1-requires": (
        "valid_type=1（商品指定时间区间）时必填 {member}；请补上（秒级时间戳）"
    ),
    "schema.shop.valid-type-1-ignored": (
        "valid_type=1（商品指定时间区间）时 {member} 不生效；请删除"
    ),
    "schema.shop.valid-type-2-requires": (
        "valid_type=2（生效天数，N 天内有效）时必填 {member}；请补上（有效天数）"
    ),
    "schema.shop.valid-type-2-ignored": (
        "valid_type=2（生效天数，N 天内有效）时 {member} 不生效；请删除"
    ),
    "schema.shop.valid-type-3-requires": (
        "valid_type=3（生效秒数，N 秒内有效）时必填 {member}；请补上（有效秒数）"
    ),
    "schema.shop.valid-type-3-ignored": (
        "valid_type=3（生效秒数，N 秒内有效）时 {member} 不生效；请删除"
    ),
    "schema.shop.type-1-requires": (
        "type=1（商品条件折扣券）时必填 {member}；请补上（discount_num：折数 × 1000，8.5 折 = "
        "8500；out_product_ids：券适用商品的商家侧商品 ID）"
    ),
    "schema.shop.type-1-condition": (
        "type=1（商品条件折扣券）是有使用门槛的折扣券：请填写 {member}（件数门槛）"
    ),
    "schema.shop.type-1-ignored": "type=1（商品条件折扣券）时 {member} 不生效；请删除",
    "schema.shop.type-2-requires": (
        "type=2（商品满减券）时必填 {member}；请补上（discount_fee：减免金额，单位分，30 元 = "
        "3000；out_product_ids：券适用商品的商家侧商品 ID）"
    ),
    "schema.shop.type-2-threshold": (
        "type=2（商品满减券）是满减券：请填写 {member}（价格门槛，单位分）"
    ),
    "schema.shop.type-3-requires": (
        "type=3（商品统一折扣券）时必填 {member}；请补上（discount_num：折数 × 1000，8.5 折 = "
        "8500；out_product_ids：券适用商品的商家侧商品 ID）"
    ),
    "schema.shop.type-4-requires": (
        "type=4（商品直减券）时必填 {member}；请补上（discount_fee：减免金额，单位分，30 元 = "
        "3000；out_product_ids：券适用商品的商家侧商品 ID）"
    ),
    "schema.shop.type-5-requires": (
        "type=5（商品换购券）时必填 tradein_info.{member}；请补上（out_product_id：换购的商品；"
        "price：买家换购该商品支付的价格，单位分）"
    ),
    "schema.shop.type-5-products": "type=5（商品换购券）是商品券：请在 {member} 中填写券适用的商品",
    "schema.shop.type-5-ignored": "type=5（商品换购券）时 {member} 不生效；请删除",
    "schema.shop.type-6-requires": (
        "type=6（商品买赠券）时必填 buyget_info.{member}；请补上（买 buy_product_cnt 件 "
        "buy_out_product_id，赠 get_product_cnt 件 get_out_product_id）"
    ),
    "schema.shop.type-6-products": "type=6（商品买赠券）是商品券：请在 {member} 中填写券适用的商品",
    "schema.shop.type-6-ignored": "type=6（商品买赠券）时 {member} 不生效；请删除",
    "schema.shop.type-101-requires": (
        "type=101（店铺条件折扣券）时必填 {member}；请补上（discount_num：折数 × 1000，8.5 折 = "
        "8500）"
    ),
    "schema.shop.type-101-condition": (
        "type=101（店铺条件折扣券）是有使用门槛的折扣券：请填写 {member}（件数门槛）"
    ),
    "schema.shop.type-102-requires": (
        "type=102（店铺满减券）时必填 {member}；请补上（discount_fee：减免金额，单位分，30 元 = "
        "3000）"
    ),
    "schema.shop.type-102-threshold": (
        "type=102（店铺满减券）是满减券：请填写 {member}（价格门槛，单位分）"
    ),
    "schema.shop.type-104-requires": (
        "type=104（店铺直减券）时必填 {member}；请补上（discount_fee：减免金额，单位分，30 元 = "
        "3000）"
    ),
    # product-coupon-create
    "schema.product.product-ids-item": (
        "本接口的商品 ID 是正整数（shop-coupon-add 才用字符串 out_product_ids）"
    ),
    "schema.product.out-product-ids": (
        "product-coupon-create 用整数数组 product_ids 指定商品；字符串 out_product_ids 是 "
        "shop-coupon-add 的字段"
    ),
    "schema.product.valid-type-0": (
        "0/1 是旧版页面的写法；请用 1（指定时间范围生效）或 2（生效天数）"
    ),
    "schema.product.valid-type-1-requires": (
        "valid_type=1（指定时间范围生效）时必填 {member}；请补上（秒级时间戳）"
    ),
    "schema.product.valid-type-1-ignored": (
        "valid_type=1 时 {member} 不生效（start_time/end_time 与 valid_day_num 二选一）；请删除"
    ),
    "schema.product.valid-type-2-ignored": (
        "valid_type=2 时 {member} 不生效（valid_day_num 与 start_time/end_time 二选一）；请删除"
    ),
    "schema.product.status": "status 不是请求体字段：新建的优惠券状态总是 1",
    "schema.product.type-1-requires": (
        "type=1（商品条件折券）时必填 {member}；请补上（product_ids：券适用商品的 ID；product_cnt："
        "件数门槛；discount_num：折数 × 1000，8.5 折 = 8500）"
    ),
    "schema.product.type-1-ignored": "type=1（商品条件折券）时 {member} 不生效；请删除",
    "schema.product.type-2-requires": (
        "type=2（商品满减券）时必填 {member}；请补上（product_ids：券适用商品的 ID；product_price："
        "价格门槛，单位分；discount_fee：减免金额，单位分，20 元 = 2000）"
    ),
    "schema.product.type-3-requires": (
        "type=3（商品统一折扣券）时必填 {member}；请补上（product_ids：券适用商品的 ID；"
        "discount_num：折数 × 1000，8.5 折 = 8500）"
    ),
    "schema.product.type-4-requires": (
        "type=4（商品直减券）时必填 {member}；请补上（product_ids：券适用商品的 ID；discount_fee："
        "减免金额，单位分，20 元 = 2000）"
    ),
    "schema.product.type-102-requires": (
        "type=102（店铺满减券）时必填 {member}；请补上（product_price：价格门槛，单位分；"
        "discount_fee：减免金额，单位分，20 元 = 2000）"
    ),
    "schema.product.type-104-requires": (
        "type=104（店铺直减券）时必填 {member}；请补上（discount_fee：减免金额，单位分，20 元 = "
        "2000）"
    ),
    # channels-ec-coupon-create
    "schema.channels.promote-type-2": (
        "2（自定义推广渠道）只有 product-coupon-create 支持；本接口可用 1（小店内推广）、"
        "9（会员券）和 10（会员开卡礼券）"
    ),
    "schema.channels.promote-type-4": (
        "4（视频号直播）只有 shop-coupon-add 支持；本接口可用 1（小店内推广）、9（会员券）和 "
        "10（会员开卡礼券）"
    ),
    "schema.channels.customize-channel": (
        "customize_channel 是 product-coupon-create 的字段；本接口没有自定义推广渠道，请删除"
    ),
    "schema.channels.product-ids-item": (
        '本接口的商品 ID 是字符串：请给 ID 加上引号（"1673110742"）；product-coupon-create '
        "用的是数字"
    ),
    "schema.channels.out-product-ids": (
        "本接口用 product_ids（字符串）指定商品；out_product_ids 是 shop-coupon-add 的字段"
    ),
    "schema.channels.discount-fee": "金额为整数，单位为分，最多 20000（200 元）：20 元写作 2000",
    "schema.channels.discount-num": (
        "discount_num 为折数 × 1000，从 2000（最低 2 折）到 10000，步长 100：8.5 折写作 8500"
    ),
    "schema.channels.valid-type-0": (
        "0/1 是小商店旧版页面的写法；请用 1（商品指定时间区间）或 2（生效天数）"
    ),
    "schema.channels.jump-product-id": "本接口的 jump_product_id 是字符串：请给商品 ID 加上引号",
    "schema.channels.ext-valid-time": (
        "ext_info.valid_time 不是本接口的请求字段（只有 coupon/get 的返回和照搬 "
        "product-coupon-create 的 SDK 模型里才有）；有效期由 valid_info 指定，请删除"
    ),
    "schema.channels.ext-invalid-time": (
        "ext_info.invalid_time 不是本接口的请求字段（只有 coupon/get 的返回和照搬 "
        "product-coupon-create 的 SDK 模型里才有）；有效期由 valid_info 指定，请删除"
    ),
    "schema.channels.auto-valid-type": "auto_valid_type 取 0（关闭）或 1（开启）",
    "schema.channels.coupon-id": (
        "coupon_id 属于 /channels/ec/coupon/update（修改已有的优惠券）；新建的优惠券会在返回中拿到 "
        "ID，请删除"
    ),
    "schema.channels.coupon-info": (
        "本接口没有 coupon_info 这一层：name、discount_info、receive_info… 直接放在最外层"
    ),
    "schema.channels.type-1-requires": (
        "type=1（商品条件折券）时必填 {member}；请补上（product_ids：券适用商品的 ID，字符串；"
        "product_cnt：件数门槛；discount_num：折数 × 1000，8.5 折 = 8500）"
    ),
    "schema.channels.type-2-requires": (
        "type=2（商品满减券）时必填 {member}；请补上（product_ids：券适用商品的 ID，字符串；"
        "product_price：价格门槛，单位分；discount_fee：减免金额，单位分，最多 20000）"
    ),
    "schema.channels.type-3-requires": (
        "type=3（商品统一折扣券）时必填 {member}；请补上（product_ids：券适用商品的 ID，字符串；"
        "discount_num：折数 × 1000，8.5 折 = 8500）"
    ),
    "schema.channels.type-4-requires": (
        "type=4（商品直减券）时必填 {member}；请补上（product_ids：券适用商品的 ID，字符串；"
        "discount_fee：减免金额，单位分，最多 20000）"
    ),
    "schema.channels.type-102-requires": (
        "type=102（店铺满减券）时必填 {member}；请补上（product_price：价格门槛，单位分；"
        "discount_fee：减免金额，单位分，最多 20000）"
    ),
    "schema.channels.type-104-requires": (
        "type=104（店铺直减券）时必填 {member}；请补上（discount_fee：减免金额，单位分，最多 "
        "20000）"
    ),
    # busifavor-stock-create (also create-coupon-stock's coupon_data)
    "schema.busifavor.belong-merchant": "商户号为 8–15 位数字，例如 1900012345",
    "schema.busifavor.day-time-needs-week-day": (
        "填写 available_day_time 时必须同时填写 week_day（0 = 周日 … 6 = 周六）；请补上 week_day"
    ),
    "schema.busifavor.irregular-windows": (
        '由时间段组成的数组 [{"begin_time": …, "end_time": …}]，时间为 RFC 3339 格式'
    ),
    "schema.busifavor.wait-days": "最多 30 天；领取当天生效则无需填写",
    "schema.busifavor.wait-days-alone": (
        "wait_days_after_receive 不可单独填写；请同时填写 available_day_after_receive"
    ),
    "schema.busifavor.irregular-spelling": (
        "字段名应写作 irregulary_avaliable_time（微信文档本身的拼写）"
    ),
    "schema.busifavor.discount-percent": (
        "按实付比例填写百分数：88 表示买家支付原价的 88%（八八折）"
    ),
    "schema.busifavor.mini-programs-requires": (
        "use_method 为 MINI_PROGRAMS（小程序核销）时必须填写 mini_programs_appid 和 "
        "mini_programs_path；请补上 {member}"
    ),
    "schema.busifavor.mini-programs-only": (
        "{member} 仅在 use_method 为 MINI_PROGRAMS 时才有效，当前为 {value}；请删除"
    ),
    "schema.busifavor.background-color": (
        "background_color 应填颜色名称（如 Color010），不能填十六进制色值"
    ),
    "schema.busifavor.normal-requires": (
        "stock_type 为 NORMAL 时必须填写 coupon_use_rule.fixed_normal_coupon；请补上，并填写其中的 "
        "discount_amount 和 transaction_minimum"
    ),
    "schema.busifavor.discount-requires": (
        "stock_type 为 DISCOUNT 时必须填写 coupon_use_rule.discount_coupon；请补上，并填写其中的 "
        "discount_percent 和 transaction_minimum"
    ),
    "schema.busifavor.exchange-requires": (
        "stock_type 为 EXCHANGE 时必须填写 coupon_use_rule.exchange_coupon；请补上，并填写其中的 "
        "exchange_price 和 transaction_minimum"
    ),
    "schema.busifavor.not-for-normal": (
        "{member} 不适用于 stock_type NORMAL（三选一：NORMAL 用 fixed_normal_coupon，DISCOUNT 用 "
        "discount_coupon，EXCHANGE 用 exchange_coupon）；请删除"
    ),
    "schema.busifavor.not-for-discount": (
        "{member} 不适用于 stock_type DISCOUNT（三选一：NORMAL 用 fixed_normal_coupon，DISCOUNT 用 "
        "discount_coupon，EXCHANGE 用 exchange_coupon）；请删除"
    ),
    "schema.busifavor.not-for-exchange": (
        "{member} 不适用于 stock_type EXCHANGE（三选一：NORMAL 用 fixed_normal_coupon，DISCOUNT 用 "
        "discount_coupon，EXCHANGE 用 exchange_coupon）；请删除"
    ),
    "schema.busifavor.rfc3339": "应为带时区偏移的 RFC 3339 格式，例如 2030-04-01T00:00:00+08:00",
    # create-coupon-stock (the vendor's body)
    "schema.vendor.discount": (
        "NORMAL 和 EXCHANGE 为金额，单位分（9.9 元写作 990）；DISCOUNT 为百分数"
        "（88 = 买家支付原价的 88%）"
    ),
    "schema.vendor.irregular-time": (
        '请用联科接口的对象 {"begin_time": …, "end_time": …}，或微信的时间段数组，时间为 RFC 3339 '
        "格式"
    ),
    "schema.vendor.dropped": "微信支付有这个字段，但联科的接口模型中没有，该字段会被丢弃",
    "schema.vendor.inside-coupon-data": "这是微信支付商家券的字段，应放在 coupon_data 内",
    "schema.vendor.unlimited": "0 表示不限",
    # favor-stock-create
    "schema.favor.belong-merchant": "商户号只能是数字，例如 1900012345",
    "schema.favor.max-amount": (
        "金额为整数，单位为分：9.9 元写作 990；总预算 = max_coupons × coupon_amount"
    ),
    "schema.favor.max-amount-by-day": (
        "金额为整数，单位为分：9.9 元写作 990；“不可以为0”：不限单天预算时不要填写该字段"
    ),
    "schema.favor.empty-enum": "选填的枚举字段不可以传空值：不需要时请不填该字段",
    "schema.favor.mini-program-requires": (
        "jump_target 为 MINI_PROGRAM 时必须填写 mini_program_appid 和 "
        "mini_program_path（跳转至小程序时必填）；请补上 {member}"
    ),
    "schema.favor.merchant-logo-url": (
        "是否想写 merchant_logo？这看起来是商家券的字段；"
        "本请求体被识别为代金券（favor-stock-create）"
    ),
    "schema.favor.coupon-image-url": (
        "是否想写 coupon_image？这看起来是商家券的字段；"
        "本请求体被识别为代金券（favor-stock-create）"
    ),
    "schema.favor.mini-programs-appid": (
        '是否想写 mini_program_appid（没有 "s"）？这看起来是商家券的字段；'
        "本请求体被识别为代金券（favor-stock-create）"
    ),
    "schema.favor.mini-programs-path": (
        '是否想写 mini_program_path（没有 "s"）？这看起来是商家券的字段；'
        "本请求体被识别为代金券（favor-stock-create）"
    ),
    "schema.favor.week-day": "0–6 的整数或由它们组成的数组，例如 1 或 [1]（0 = 周日 … 6 = 周六）",
    "schema.favor.minutes": "单位为分钟：7 天 = 10080",
    "schema.favor.usable-window": (
        "代金券批次的可用时间由最外层的 available_begin_time/available_end_time 指定"
    ),
    "schema.favor.coupon-amount": (
        "金额为整数，单位为分：9.9 元写作 990；自 2021-11 起面额须大于 1 元且不超过 500 "
        "元（100–50000）"
    ),
    "schema.favor.discount-amount": (
        "是否想写 coupon_amount？这看起来是商家券的字段；"
        "本请求体被识别为代金券（favor-stock-create）"
    ),
    "schema.favor.goods-tag-item": "只能包含字母/数字/下划线，例如 spring_2027",
    "schema.favor.goods-tag": (
        'goods_tag 是字符串数组，例如 ["spring_2027"]；不需要订单优惠标记时请不要填写'
    ),
    "schema.favor.trade-type": 'trade_type 是字符串数组，例如 ["MICROAPP"]；不填则默认不限支付方式',
    "schema.favor.merchant-item": "商户号只能是数字，例如 1900012345",
    "schema.favor.limit-pay": '只能填一种支付方式（条目个数限制为[1，1]），例如 ["ICBC_CREDIT"]',
    "schema.favor.fixed-only": (
        "本接口只有 fixed_normal_coupon（stock_type NORMAL）；"
        "折扣券和换购券属于商家券（busifavor-stock-create）"
    ),
    "schema.favor.disscount-coupon": (
        "本接口只有 fixed_normal_coupon（stock_type NORMAL）；disscount_coupon 是 2020 "
        "年文档示例中的拼写错误；折扣券属于商家券（busifavor-stock-create）"
    ),
    "schema.favor.use-method": (
        "这看起来是商家券的字段；本请求体被识别为代金券（favor-stock-create），代金券的跳转按钮由 "
        "pattern_info.jump_target 设置"
    ),
    "schema.favor.busifavor-stock-type": (
        "本接口仅支持 NORMAL；折扣和换购批次属于商家券：请使用 busifavor-stock-create"
    ),
    "schema.favor.normal-only": "仅支持 NORMAL",
    "schema.favor.out-request-no": (
        "只能使用字母、数字和 | _ * -，例如用商户号、日期和流水号拼成：1900012345_20270301_1"
    ),
    "schema.favor.normal-requires": (
        "stock_type 为 NORMAL 时必须填写 coupon_use_rule.fixed_normal_coupon，含 coupon_amount 和 "
        "transaction_minimum（单位分）；请补上，例如“满100减10”写作 coupon_amount 1000、"
        "transaction_minimum 10000"
    ),
    "schema.favor.singleitem": (
        "这是查询批次详情接口返回的字段，不是本请求的字段；曾有请求带上它后，被微信支付要求"
        "填写 goods_tag（参数“订单优惠标记”是必填项）"
    ),
    "schema.favor.rfc3339": "应为带时区偏移的 RFC 3339 格式，例如 2027-03-01T00:00:00+08:00",
}

RULES: dict[str, dict[str, str]] = {
    "S001": {
        "summary": "缺少必填字段",
        "explanation": """
        缺少接口要求的字段：官方字段表标为必填的字段，或父对象存在时就必填的字段（例如
        `fixed_normal_coupon` 中的 `discount_amount`）。缺少它的请求会被微信拒绝。只报告最上层的
        缺失字段：缺少 `receive_info` 时只有一条针对 `receive_info` 的 S001，而不是它的四个必填
        子字段各一条。pointer 指向缺失的字段本身（`/coupon/coupon_info/receive_info`），行号和列号是
        应当包含它的那个对象的位置。

        依赖其他取值的必填要求有各自的规则代码：券类型和 valid_type（A001、A003、B001、B002）、批
        次类型（C001）以及关联字段规则（C003、C004、C005）。create-coupon-stock 在联科的最外层只
        有 `coupon_data` 是必填的。修复：补上该字段。
        """,
    },
    "S002": {
        "summary": "JSON 类型错误（整数写成字符串、10 写成 10.0、null 等）",
        "explanation": """
        取值的 JSON 类型不对：需要整数却写了字符串（`"2000"`），需要整数却写了带小数或指数的数
        （`20.0`、`1e2`，即使数值是整的也不行），把布尔值当数字，写了 `null`（任何字段都不接受
        null：没有哪个接口把 null 当作“未填写”），需要数组却写了对象，等等。所有金额都是以分为单
        位的整数（1 分 = 0.01 元），shop-coupon-add 和 product-coupon-create 的时间都是整数的秒
        级时间戳，所以出现小数通常说明把元当成了分：20 元应写 `2000`，9.90 元应写 `990`。

        在该值处报告。有 S002 的值不会再报告其他 S 类问题，其子字段不再检查，读取它的规则也全部跳过
        （该值不可用）。修复：按文档要求的类型填写；金额请把元乘以 100 后写成整数。
        """,
        "fix": (
            "把写成浮点数的整数（`100.0`、`1e2`）改写为整数，前提是该字段是整数而不是金额，"
            "且改写后的整数在字段的硬性范围之内；金额（可能是元）和带小数的值（`9.9`）保持不动"
        ),
    },
    "S003": {
        "summary": "取值不在字段的可选值之中",
        "explanation": """
        类型正确，但取值不是字段允许的值之一。字符串区分大小写（`normal` 不等于 `NORMAL`）。常见
        情况：在 product-coupon-create 中使用券类型 5 或 6（只有 shop-coupon-add 有）；在
        product-coupon-create 中写 valid_type 0（0/1 是旧版页面的写法，请改用 1“指定时间范围
        生效”或 2“生效天数”）；在该接口写 valid_type 3（只有 shop-coupon-add 支持）；
        shop-coupon-add 的 promote_type 不是 4（视频号直播）；`use_method` 写成 `ONLINE`
        而不是 `MINI_PROGRAMS`。消息会给出最接近的有效取值。

        在该值处报告。这样的值不可用，所以依赖它的规则（例如按券类型的必填要求）都会跳过，即使
        S003 本身被忽略也是如此。修复：使用文档列出的取值之一。
        """,
    },
    "S004": {
        "summary": "数值超出硬性范围，或不是步长的整数倍",
        "explanation": """
        数值超出其硬性（文档规定的）范围，或不是步长的整数倍。shop-coupon-add 的 `discount_num`
        为折数 × 1000，范围从 2000（最低 2 折）到 10000，步长 100，所以 8.5 折（买家支付 85%）
        写作 `8500`；`discount_fee` 为 1–20000 分（最多 200 元）。product-coupon-create 的
        `discount_num` 为 1000–10000，步长 100。create-coupon-stock 的金额为 1–10000000 分
        （`exchange_price` 可以为 0），`discount_percent` 为 1–99（88 = 八八折）
        ，`max_coupons_per_user` 为 1–100，`week_day` 各项为 0–6，当天的秒数为
        0–86399，`wait_days_after_receive` 最多 30。典型错误：把 8.5 折写成 `85` 或 `850`，需要
        分却写了元。

        在该值处报告；即使违反了多个限制也只报告一次（消息会全部列出）。范围错误不会让该值变为不
        可用：其他规则仍会比较它。修复：把数值改到范围之内。
        """,
    },
    "S005": {
        "summary": "字符串长度或数组项数超出硬性限制",
        "explanation": """
        字符串的字符数或数组的项数超出了硬性限制。长度按 Unicode 码点计算：一个汉字、一个 ASCII
        字母、一个 emoji 都算 1（从不按字节或 UTF-16 单元计算）。例如：product-coupon-create 的
        `name` 为 1–10；create-coupon-stock 的 `stock_name` 为 1–21，`goods_name` 为
        1–15，`entrance_words` 为 1–5，`guiding_words` 为 1–6，`merchant_name` 最多
        16，`out_request_no` 为 1–128；`available_day_time` 最多 2 个时间段；shop-coupon-add 的
        `out_product_ids` 为 1–128 项。空的 ID 列表算作过短（必填的 ID 列表为空等于没有列表），
        空字符串只报告 S005，不会同时报告 S006。

        在该字符串或数组处报告。修复：缩短（或填写）该值；超过 128 个商品 ID 时请拆成多张券。
        """,
    },
    "S006": {
        "summary": "字符串格式错误（RFC 3339 时间、纯数字 ID、颜色名称）",
        "explanation": """
        字符串不符合要求的格式。create-coupon-stock 中 `coupon_data` 内的时间遵循 RFC 3339 标准
        格式：`YYYY-MM-DDTHH:MM:SS`，可带小数秒，然后是 `Z` 或时区偏移 `+HH:MM`/`-HH:MM`；`T` 必
        须大写，日期必须真实存在，不能有闰秒，例如
        `2030-04-01T00:00:00+08:00`。`belong_merchant` 是商户号，只能是数字。`background_color`
        是颜色名称，即 `Color` 加 3 位数字（`Color020`），不能是 `#ff8800` 这样的十六进制色值。
        典型错误：`2030-04-01 00:00:00`（用了空格、没有时区），只写日期，把 Unix 时间戳写成字符
        串。

        在该字符串处报告。有 S006 的时间不可用，所以时间窗口相关规则（C007、C009、U002、U003）会
        跳过它。空字符串只报告 S005。修复：按文档要求的格式填写。
        """,
    },
    "S007": {
        "summary": "对象中有未定义的字段（未知、拼错或大小写不对）",
        "explanation": """
        对象中有接口未定义的字段：拼写错误，大小写不对（微信文档的机器翻译把字段名改成了首字母大
        写：`start_Time`、`valid_day_Num`），其他接口或旧版文档的字段，写在请求体里的
        `access_token`（应放在 URL 查询参数中），shop-coupon-add 请求体中的 `ext_info`（只出现在
        返回中），或联科模型中没有的微信支付字段（`subsidy`、`finder_info`、`max_amount` 等），
        联科会把它们丢弃。微信自己的拼写错误 `irregulary_avaliable_time` 才是正确的字段名。

        没有哪个接口的文档说未知字段会被拒绝：例如联科的 ASP.NET 模型绑定会静默丢弃它们，只有一
        则论坛帖子显示微信支付在商家券请求体中拒绝了一个未定义的字段（PARAM_ERROR 请求中含有未
        在API文档中定义的参数），因此这是警告。但这仍是真正的问题：你想设置的值不会生效（或整个
        请求被拒绝），而且拼写正确的那个字段通常也会被报告为缺失。在字段名处报告；消息会给出最接
        近的已知字段名。未知字段下面的内容不再检查。修复：改正字段名，或删除该字段。
        """,
        "fix": (
            "当对象中没有对应的正确字段时，把仅大小写与已知字段不同的字段改名（`start_Time` → "
            "`start_time`）"
        ),
    },
    "S008": {
        "summary": "ID 或星期列表中有重复的值",
        "explanation": """
        本应各不相同的列表中有值出现了不止一次：`out_product_ids`（shop-coupon-add）
        、`product_ids`（product-coupon-create）、`store_list` 或
        `week_day`（create-coupon-stock）。重复项没有任何作用，还会占用 `out_product_ids` 的 128
        个 ID 名额，而且往往说明合并列表时出了错，你想要的 ID 反而可能缺失了。

        在每个后出现的重复项处报告（`…/out_product_ids/2`）；第一次出现的那项没有问题。修复：删
        除重复项（并确认没有漏掉应有的 ID）。
        """,
    },
    "S009": {
        "summary": "取值违反推断的（软性）最小值、最大值或非空要求",
        "explanation": """
        取值违反了字段表的软性限制：没有官方文字写明、但任何能正常使用的券都会满足的最小值、最大
        值或非空要求。例如：`total_num` 为 0（券至少要有 1 张库存），`limit_num_one_person` 为
        0，`out_coupon_id` 或 `nickname` 为空，`buy_product_cnt` 大于
        2147483647，`wait_days_after_receive` 为 0（领取当天就可用时不要填写：“当天生效则无需填
        写”），`sell_price` 为负数。

        这些限制只是推断（INFERRED）出来的，所以违反时只给警告，从不报告 S004/S005：只有官方或项
        目明确决定的限制才算错误。该值仍然可用，比较类规则照常读取它（`total_num` 为 0 还会让任
        何每人限领数量都超过库存）。在该值处报告。修复：填写有意义的值，或不填这个选填字段。
        """,
    },
    "S010": {
        "summary": "图片或页面 URL 字段不是完整的 http(s) URL",
        "explanation": """
        存放图片或页面 URL 的字段不是完整的 http(s) URL：文本不匹配 `^https?://[^\\s/]+\\S*$`（
        要有协议和主机名，不能有空格）。这些字段包括商家券展示设置中的商户 logo 和券图片
        （`merchant_logo_url`、`coupon_image_url`），busifavor-stock-create 中的视频号封面
        （`finder_info.finder_video_cover_image_url`）；create-coupon-stock 中还有联科的
        `logo_img_url`、`coupon_img_url`、`show_img_url` 和
        `topshow_img_url`；favor-stock-create 中的 `pattern_info.merchant_logo` 和
        `pattern_info.coupon_image`。“图片 cdn 地址”这类文档占位符会被原样写进真实请求；微信要求
        填写其图片上传接口返回的 URL。没有官方文字给出格式，所以这是警告，该值仍然可用。

        有 S002 或 S005 的值、空字符串（由长度限制报告）和只出现在返回中的字段不检查。URL 是否真
        的来自上传接口无法离线检查：`"https://xxx"` 可以通过。在该值处报告。修复：先上传图片，再
        填写微信返回的 URL。
        """,
    },
    "S011": {
        "summary": "appid 字段不是 wx 加 16 位十六进制字符",
        "explanation": """
        存放微信 appid 的字段不匹配 `^wx[0-9a-f]{16}$`，即“wx”加 16 位小写十六进制字符，所有公开
        的 appid 都是这种形式。这些字段包括商家券请求体中的小程序和入口
        appid：`coupon_use_rule.mini_programs_appid`，`custom_entrance` 下的
        `mini_programs_info.mini_programs_appid` 和 `appid`，以及
        `notify_config.notify_appid`；create-coupon-stock 中还有联科的
        `app_id`；favor-stock-create 中是 `pattern_info.mini_program_appid`。文档占位符（
        “miniappid”、“wx23232232323”）会被原样写进真实请求。没有官方文字给出格式，所以这是警告，
        该值仍然可用。

        有 S002 或 S005 的值和空字符串不检查。appid 是否存在、类型是否正确、是否与商户号绑定，都
        无法离线检查。在该值处报告。修复：从小程序或公众号的设置中复制
        appid（`wx5a1c9e7f3b2d4e60`）。
        """,
    },
}
