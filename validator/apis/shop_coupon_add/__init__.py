"""apis/shop_coupon_add."""
