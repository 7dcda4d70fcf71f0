"""apis/create_coupon_stock."""
