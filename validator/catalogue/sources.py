"""Where the rules come from: each source label with its public address.

Every ``sources=`` of a catalogue entry names labels of ``SOURCES``; ``explain`` and the SARIF
rule list print them as ``[label] address``. Only public addresses belong here (the official
WeChat and WeChat Pay pages, their community threads, the vendor's reference and the SDK
repositories), so a reader can follow every source.
"""

from __future__ import annotations

_WX = "https://developers.weixin.qq.com"
_A_PAGES = (
    _WX + "/miniprogram/dev/platform-capabilities/business-capabilities/ministore/"
    "minishopopencomponent2/API/coupon/"
)
_A_PAGES_EN = (
    _WX + "/miniprogram/dev/platform-capabilities/en/business-capabilities/ministore/"
    "minishopopencomponent2/API/coupon/"
)
_B_PAGES = _WX + "/miniprogram/dev/framework/ministore/minishopopencomponent/API/coupon/"
_B_PAGES_EN = (
    _WX + "/miniprogram/dev/platform-capabilities/en/business-capabilities/ministore/"
    "minishopopencomponent/API/coupon/"
)
_COMMUNITY = _WX + "/community/develop/doc/"
_WP_DOCS = "https://pay.weixin.qq.com/docs/"
_LK = "https://www.liankeonline.com/Help/"

#: Source label (without brackets) → its public address. An entry cites ``[label] address``.
SOURCES: dict[str, str] = {
    "A-zh": _A_PAGES + "add_coupon.html",
    "A-en": _A_PAGES_EN + "add_coupon.html",
    "A-get": _A_PAGES + "get_coupon.html",
    "A-update": _A_PAGES + "update_coupon.html",
    "A-status": _A_PAGES + "update_coupon_status.html",
    "A-confirm": _A_PAGES + "confirm.html",
    "B-new": _B_PAGES + "create_coupon.html",
    "B-old": _WX + "/doc/ministore/minishopopencomponent/API/coupon/create_coupon.html",
    "B-en": _B_PAGES_EN + "create_coupon.html",
    "B-get": _B_PAGES + "get.html",
    "B-status": _B_PAGES_EN + "update_coupon_status.html",
    "B-109110": _COMMUNITY + "0002882b6405e8c3c38b9b45d51000",
    "B-109107": _COMMUNITY + "000862b59cccf8b8d58b1817b51800",
    "B-wrapper": _COMMUNITY + "000e420ca805c0aa870cca62551c00",
    "B-times": _COMMUNITY + "000a6226a8ce1869b2ab186ea51400",
    "CH": _WX + "/doc/store/shop/API/coupon/create.html",
    "CH-update": _WX + "/doc/channels/API/coupon/update.html",
    "CH-update2": _WX + "/doc/store/API/coupon/update.html",
    "CH-guide": _WX + "/doc/store/shop/guide/marketing/coupon.html",
    "CH-md": _WX + "/doc/store/shop/API/coupon/api_createcoupon.md",
    "CH-update3": _WX + "/doc/store/shop/API/coupon/api_updatecoupon.md",
    "CH-get": _WX + "/doc/channels/API/coupon/get.html",
    "CH-getlist": _WX + "/doc/channels/API/coupon/get_list.html",
    "CH-list": _WX + "/doc/store/shop/API/coupon",
    "CH-old": _WX + "/doc/channels/API/coupon/create.html",
    "CH-109150": _WX + "/community/personal/oCJUsw3BE48W8YAaTj8JUrAkVYuY/answer",
    "WP": _WP_DOCS + "merchant/products/merchant-exclusive-coupon/apilist.html",
    "WP-partner": _WP_DOCS + "partner/products/merchant-exclusive-coupon/apilist.html",
    "WP-query": _WP_DOCS + "merchant/apis/merchant-exclusive-coupon/busi-favor/query-stock.html",
    "WPwiki": "https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_1.shtml",
    "WPwiki-query": "https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_2.shtml",
    "WPgo": (
        "https://github.com/wechatpay-apiv3/wechatpay-go "
        "(docs/merchantexclusivecoupon/CreateBusiFavorStockRequest.md)"
    ),
    "WPjava": (
        "https://github.com/wechatpay-apiv3/wechatpay-java "
        "(service/src/main/java/com/wechat/pay/java/service/merchantexclusivecoupon/model/"
        "CreateBusiFavorStockRequest.java)"
    ),
    "WP-modify": (
        _WP_DOCS + "partner/apis/merchant-exclusive-coupon/busi-favor/modify-stock-info.html"
    ),
    "WP-accepted": (
        "https://github.com/wulinyun/idea-git-demo "
        "(src/test/java/com/landasoft/demo/idea/git/ideagitdemo/IdeaGitDemoApplicationTests.java,"
        " testCreateBusifavorStocks)"
    ),
    "WP-partner2": "https://pay.weixin.qq.com/doc/v3/partner/4012692931",
    "WP-changelog": _WP_DOCS + "partner/changelog/merchant-exclusive-coupon.html",
    "WP-undeclared": _WX + "/community/personal/oCJUsw9VztOIj84gQ4X9hRfnGbYY/follow",
    "SKIT-bf": (
        "https://github.com/fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat "
        "(src/SKIT.FlurlHttpClient.Wechat.TenpayV3/Models/MarketingBusifavor/"
        "CreateMarketingBusifavorStockRequest.cs)"
    ),
    "WP-min": _WX + "/community/personal/oCJUsw9VztOIj84gQ4X9hRfnGbYY/answer",
    "WP-favor": _WX + "/community/pay/doc/000048131ac6e0da1102f5cbc66800",
    "WP-forum-selfconsume": _COMMUNITY + "000ec698b281e0954ebd112c95b800",
    "WPim": "https://wechatpay.im/openapi/v3/marketing/busifavor/stocks",
    "LK": _LK + "Api/POST-Coupon-CreateCouponStock",
    "LK-cat": _LK + "ResourceModel?modelName=CouponAvailableTimeInfo",
    "LK-query": _LK + "Api/POST-Coupon-GetStoreAutoCouponStockList",
    "LK-modify": "http://www.liankeonline.com/Help/Api/POST-Coupon-ModifyCouponStock",
    "LK-merchant": _LK + "ResourceModel?modelName=MerchantReceiveCouponStockInfo",
    # WeChat Pay cash coupons (代金券): favor-stock-create.
    "FV": _WP_DOCS + "merchant/apis/cash-coupons/stock/create-coupon-stock.html",
    "WP-favorstock": "https://pay.weixin.qq.com/doc/v3/partner/4012534537",
    "FV-apilist": _WP_DOCS + "merchant/products/cash-coupons/apilist.html",
    "FV-wiki": (
        "https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter9_1_1.shtml (older "
        "partner page; merchant page: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/"
        "chapter9_1_1.shtml)"
    ),
    "FV-changelog": _WP_DOCS + "partner/changelog/cash-coupons.html",
    "FV-intro": _WP_DOCS + "merchant/products/cash-coupons/introduction.html",
    "FV-2020": (
        "https://github.com/wohugb/wepay (content/zh/docs/marketing/favor/coupon-stocks.md, a "
        "mirror of the 2020 official page)"
    ),
    "FVgo": "https://github.com/wechatpay-apiv3/wechatpay-go (services/cashcoupons/models.go)",
    "FVjava": (
        "https://github.com/wechatpay-apiv3/wechatpay-java "
        "(service/src/main/java/com/wechat/pay/java/service/cashcoupons/model/)"
    ),
    "WxJava-fav": (
        "https://github.com/binarywang/WxJava (weixin-java-pay/src/main/java/com/github/"
        "binarywang/wxpay/bean/marketing/FavorStocksCreateRequest.java)"
    ),
    "Senparc-fav": (
        "https://github.com/JeffreySu/WeiXinMPSDK: src/Senparc.Weixin.TenPay/"
        "Senparc.Weixin.TenPayV3 (Apis/Marketing/MarketingApis.Favor.cs and its test "
        "MarketingFavorApisTests.cs)"
    ),
    "FV-budget": _WX + "/community/pay/doc/000e62d2104c40a8ebcd178e255c00",
    "FV-budget-day": _WX + "/community/pay/doc/0008ae1af8cf98cea0a1a2aa468400",
    "FV-peruser": _WX + "/community/pay/doc/0008c209abc2f0b4b23d7ef1651000",
    "FV-goodstag": _WX + "/community/pay/doc/0000641fb8cd08b2065908d1851400",
    "FV-nocash": _WX + "/community/pay/doc/00068ac750c2883de822c61b46d800",
    "FV-blocked": _WX + "/community/pay/doc/00020c0d86c658266359d2f1f56c00",
    "SKIT-fav": (
        "https://github.com/fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat (src/SKIT."
        "FlurlHttpClient.Wechat.TenpayV3/Models/MarketingFavor/CreateMarketingFavorStockRequest.cs)"
    ),
    "WPim-fav": "https://wechatpay.im/openapi/v3/marketing/favor/coupon-stocks",
    "WxJava": "https://github.com/binarywang/WxJava",
    "SKIT": "https://github.com/fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat",
    "SKIT-ch": (
        "https://github.com/fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat "
        "(test/SKIT.FlurlHttpClient.Wechat.Api.UnitTests/ModelSamples/Channels/ECCoupon/"
        "ChannelsECCouponCreateRequest.json)"
    ),
    "WxJava-ch": (
        "https://github.com/binarywang/WxJava "
        "(weixin-java-channel/src/main/java/me/chanjar/weixin/channel/bean/coupon/CouponParam.java)"
    ),
    "hgyr": "https://github.com/handsomegyr/wechat",
    "RFC 8259": "https://www.rfc-editor.org/rfc/rfc8259",
    "RFC 6901": "https://www.rfc-editor.org/rfc/rfc6901",
    "RFC 3339": "https://www.rfc-editor.org/rfc/rfc3339",
    # Server answers behind the C rules (busifavor-stock-create).
    "WP-two-rules": _WX + "/community/pay/doc/0000accf5cc8888c715cf6d8c5b800",
    # 代金券 threads that show the server's answer to a mistake an F-code catches (the
    # server_errors of F002, F018 and F019).
    "FV-window": _WX + "/community/pay/doc/00020c28644080d8e99a6751355c00",
    "FV-merchants-absent": _WX + "/community/pay/doc/000a66ed4f4f307692a95cbbe56400",
    "FV-nocash-self": _WX + "/community/pay/doc/000aac8ce54f105ea97bfad4a51000",
}
