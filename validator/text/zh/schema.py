"""Chinese wordings: schema."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
