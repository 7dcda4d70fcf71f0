"""Chinese wordings: busifavor stock create."""

MESSAGES: dict[str, str] = {}

RULES: dict[str, dict[str, str]] = {}
