"""Chinese wordings: product coupon create."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
