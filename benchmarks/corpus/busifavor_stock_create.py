"""busifavor-stock-create bodies (WeChat Pay 商家券, ``POST /v3/marketing/busifavor/stocks``): the
stock of ``wechat_pay_stock`` sent bare, as WeChat Pay's own examples and SDKs send it.

Beside the stock, valid bodies carry what those examples add and the vendor model lacks: the
not yet opened ``transferable`` and ``shareable`` as ``false`` (their documented default, so no
warning) and, sometimes, a 视频号 ``finder_info``. ``irregulary_avaliable_time`` takes WeChat's
array form only here. The mistakes are the stock's and two of this API's; a 商家券 member such as
``stock_send_rule`` stays, so every body is still recognised as this API.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .common import Payload
from .wechat_pay_stock import STOCK_MISTAKES, stock

API = "busifavor-stock-create"

_COVER = "https://wxpaylogo.qpic.cn/wxpaylogo/finder/0"


def valid_payload(rng: random.Random, index: int) -> Payload:
    """One clean bare 商家券 stock; ``index`` makes ``out_request_no`` unique."""
    body = stock(rng, index, array_only=True)
    if rng.random() < 0.4:
        send = body["stock_send_rule"]
        send["transferable"] = False
        send["shareable"] = False
    if "display_pattern_info" in body and rng.random() < 0.3:
        body["display_pattern_info"]["finder_info"] = {
            "finder_id": f"sph{rng.randrange(10**8, 10**9)}",
            "finder_video_id": f"export/{rng.randrange(10**11, 10**12)}",
            "finder_video_cover_image_url": _COVER,
        }
    return body


def _irregular_object_form(body: Payload) -> None:
    available = body["coupon_use_rule"]["coupon_available_time"]
    available["irregulary_avaliable_time"] = {"begin_time": 0, "end_time": 43_199}  # S002


def _transferable_as_text(body: Payload) -> None:
    body["stock_send_rule"]["transferable"] = "false"  # S002: a boolean


MISTAKES: tuple[Callable[[Payload], None], ...] = (
    *STOCK_MISTAKES,
    _irregular_object_form,
    _transferable_as_text,
)
