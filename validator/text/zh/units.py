"""Chinese wordings: units."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
