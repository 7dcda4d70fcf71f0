"""Chinese wordings: favor stock create."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
