"""The APIs the validator checks: one package per API below this one.

``API_IDS`` is the one list of API ids, in catalogue order (the order detection reports
candidates in and ``rules`` lists them); every other module takes the ids from here.
"""

from __future__ import annotations

API_IDS = ("shop-coupon-add", "product-coupon-create", "create-coupon-stock")
