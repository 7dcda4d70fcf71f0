"""Chinese wordings: channels ec coupon create."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
