"""Chinese wordings: detection."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
