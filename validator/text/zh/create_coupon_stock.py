"""Chinese wordings: create coupon stock."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
