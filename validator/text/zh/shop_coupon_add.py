"""Chinese wordings: shop coupon add."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
