"""apis/product_coupon_create."""
