"""Chinese wordings: loading."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
