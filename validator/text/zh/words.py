"""Chinese wordings: the words that describe a value inside other messages."""

MESSAGES: dict[str, str] = {
    "words.too-large": "超出浮点数范围的大数",
    "words.too-small": "超出浮点数范围的负数",
    "words.huge-integer": "约 {digits} 位的整数",
    "words.an-object": "对象",
    "words.array-of": "含 {count} 项的数组",
    "words.a-boolean": "布尔值",
    "words.an-integer": "整数",
    "words.a-fraction": "带小数或指数的数",
    "words.a-number": "数字",
    "words.a-string": "字符串",
    "words.an-array": "数组",
    "times.dated": "{seconds}（{date}）",
}

RULES: dict[str, dict[str, str]] = {}
