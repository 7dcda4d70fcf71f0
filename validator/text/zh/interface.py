"""Chinese wordings: interface."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
