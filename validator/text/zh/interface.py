"""Chinese wordings: the interface (command line, configuration, reports, library messages).

A path that starts a line keeps the ASCII ``path: `` of the English (``a.json: 无法读取…``): it
is how compilers and linters start a line, and what editors and the JUnit report match on.
Codes, option names, values and pointers are written as in English.
"""

MESSAGES: dict[str, str] = {
    # validator.policy.baseline
    "baseline.bad-count": "{where}：'count' 必须是正整数",
    "baseline.cannot-read": "{path}: 无法读取（{reason}）",
    "baseline.cannot-write": "{path}: 无法写入（{reason}）",
    "baseline.entry": "{path}: 第 {number} 条记录",
    "baseline.findings-not-a-list": "{path}: 'findings' 必须是列表",
    "baseline.no-such-file": "{path}: 基线文件不存在（可用 --write-baseline 生成）",
    "baseline.not-a-baseline": "{path}: 不是第 {version} 版的 coupon-validator 基线文件",
    "baseline.not-a-string": "{where}：{key} 必须是字符串",
    "baseline.not-an-object": "{where}：应为对象",
    "baseline.not-json": "{path}: 不是 JSON 格式的基线文件（{error}）",
    "baseline.too-large": "{path}: 作为基线文件过大（超过 64 MiB）",
    # validator.catalogue.get
    "catalogue.closest": "；是否想写 {codes}？",
    "catalogue.either": "{first} 或 {second}",
    "catalogue.unknown-code": (
        "未知的规则代码 {code}{hint}（规则代码由类别字母 {families} 加 3 位数字组成；"
        "`coupon-validator rules` 可列出全部规则）"
    ),
    # validator.cli.check
    "cli.baseline-and-write": "--baseline 和 --write-baseline 不能同时使用",
    "cli.cannot-write-report": "无法写出报告（{reason}）",
    "cli.cannot-write-report-to": "{path}: 无法写入报告（{reason}）",
    "cli.error": "coupon-validator: 错误：{problem}",
    "cli.finding": "{count} 个问题",
    "cli.findings": "{count} 个问题",
    "cli.invalid-glob": "{option}：无效的文件通配模式 {glob}",
    "cli.nothing-found": "{directory} 中没有找到 .json 或 .jsonl 文件",
    "cli.now-in-milliseconds": ("--now {now} 看起来是毫秒；请给出 Unix 秒级时间戳（{seconds}）"),
    "cli.statistics-format": (
        "--statistics 只能输出 text 或 json，不能输出 {format}（请使用 --format text 或 json）"
    ),
    "cli.stdin-not-jsonl": "--fix 和 --diff 把标准输入作为单个文档读取，不支持 JSONL",
    "cli.warning": "coupon-validator: 警告：{problem}",
    "cli.wrote-baseline": "coupon-validator: 已将 {files}中的 {findings}写入 {path}",
    # validator.policy.config
    "config.at": "{where}：{problem}",
    "config.at-least-one-code": "至少需要一个规则代码或前缀",
    "config.cannot-read": "{path}: 无法读取（{reason}）",
    "config.expected-api-by-path": "应为“文件通配模式 = API id”形式的表",
    "config.expected-boolean": "应为 true 或 false，实际为 {value}",
    "config.expected-code": "应为一个规则代码，实际为 {value}",
    "config.expected-codes": "应为规则代码或前缀的列表，实际为 {value}",
    "config.expected-glob": "应为非空的文件通配模式，实际为 {value}",
    "config.expected-globs": "应为文件通配模式的列表，实际为 {value}",
    "config.expected-one-of": "应为 {choices} 之一，实际为 {value}",
    "config.expected-per-file-ignores": "应为“文件通配模式 = [规则代码]”形式的表",
    "config.expected-pointer": "应为 JSON Pointer（'' 或 '/…'），实际为 {value}",
    "config.expected-reason": "应为非空的说明，实际为 {value}",
    "config.expected-suppress": "应为表数组，每个表都要有 file、pointer、code、reason",
    "config.in-file": "{path}: {header}{problem}",
    "config.invalid-glob": "无效的文件通配模式 {glob}",
    "config.invalid-toml": "{path}: TOML 格式无效（{error}）",
    "config.missing-key": "缺少必填的键 {key}",
    "config.no-such-file": "{path}: 文件不存在",
    "config.only-pyproject": "（只有名为 {pyproject} 的文件才使用 [tool.coupon-validator] 表）",
    "config.prefix-not-code": "应为一个具体的规则代码，而不是前缀 {code}",
    "config.too-large": "{path}: 作为配置文件过大（超过 10 MiB）",
    "config.unknown-code": "未知的规则代码 {code}",
    "config.unknown-key": "未知的键 {key}{hint}",
    # validator.cli.explain and validator.reporters.rule_help (explain, the SARIF rule help)
    "explain.answer": "{answer}{text}{where}",
    "explain.answered-by": "服务端返回 {code}，对应的是以下规则能在离线时发现的错误：",
    "explain.answered-by-errcode": (
        "服务端返回错误码 {code}，对应的是以下规则能在离线时发现的错误："
    ),
    "explain.carried": "{api}；也用于 {carriers}",
    "explain.carrier": "{api}（位于 {prefix}）",
    "explain.did-you-mean": "是否想写 {suggestion}？",
    "explain.errcode": "错误码 {code}",
    "explain.every-api": "所有 API",
    "explain.explain-each": "`coupon-validator explain CODE` 可查看每条规则的详细说明。",
    "explain.facts": "严重级别：{severity}    适用 API：{api}    依据：{status}",
    "explain.failing-example": "不通过的示例，--api {api}{where}：",
    "explain.fixable": "可自动修复：是（check --fix：{fix}）",
    "explain.header": "{code}（{name}）：{summary}",
    "explain.not-fixable": "可自动修复：否",
    "explain.pair": "{first}、{second}",
    "explain.passing-example": "通过的示例，--api {api}{where}：",
    "explain.reported-at": "（报告位置：{pointer}）",
    "explain.seen-for": "（见于 {where}）",
    "explain.server-answer": "可避免的服务端错误：",
    "explain.server-answers": "可避免的服务端错误：",
    "explain.server-text": "“{text}”",
    "explain.sources": "来源：",
    "explain.unknown-code": "未知的规则代码 {code}；{hint}`coupon-validator rules` 可列出全部规则",
    # validator.fixes (the --fix summary, a file that could not be written)
    "fix.applied": "已对 {files}应用 {fixes}。",
    "fix.cannot-write": "{path}: 无法写入修复后的文件（{reason}）",
    "fix.fix": "{count} 处修复",
    "fix.fixes": "{count} 处修复",
    "fix.none-applied": "没有应用任何修复。",
    "fix.nothing-to-fix": "没有可修复的内容。",
    "fix.would-apply": "将对 {files}应用 {fixes}。",
    # validator.inputs.read
    "input.broken-link": "{path}: 符号链接已失效（其目标 {target} 不存在）",
    "input.cannot-read": "{path}: 无法读取（{reason}）",
    "input.is-a-directory": "{path}: 是目录，不是文件",
    "input.no-such-path": "{path}: 文件或目录不存在",
    "input.not-a-directory": "{path}: 不是目录",
    "input.unlisted-directory": "{path}: 无法读取目录（{reason}）",
    # validator.assert_valid and validator.guard
    "library.api-payload": "{api} 请求体",
    "library.payload": "请求体",
    "library.payload-findings": "{subject}有 {count} 个问题：",
    "library.request-findings": "发往 {url} 的 {api} 请求有 {count} 个问题：",
    "library.root": "（根）",
    # validator.policy.selection and validator.policy.suggest
    "policy.did-you-mean": "（是否想写 {suggestion}？）",
    "policy.unknown-selector": "未知的规则代码或前缀 {selector}{hint}",
    # validator.reporters
    "report.all-passed": "全部检查通过（检查了 {files}{skipped}）。",
    "report.clause": "；{note}",
    "report.counts": "{errors}，{warnings}",
    "report.counts-with-infos": "{errors}，{warnings}，{infos}",
    "report.error": "{count} 个错误",
    "report.errors": "{count} 个错误",
    "report.file": "{count} 个文件",
    "report.files": "{count} 个文件",
    "report.fixable": "（可自动修复）",  # full-width: no space before it
    "report.fixable-count": "；{count} 个可用 --fix 自动修复",
    "report.found": (
        "检查了 {files}，其中 {with_findings} 个有问题：{counts}{unread}{skipped}{fixable}。"
    ),
    "report.info": "{count} 条提示",
    "report.infos": "{count} 条提示",
    "report.junit-api": "API：{api}",
    "report.junit-pointer": "JSON Pointer：{pointer}",
    "report.junit-record": "记录（JSONL 行号）：{record}",
    "report.junit-severity": "严重级别：{severity}",
    "report.junit-unknown-api": "未知",
    "report.none-but-unread": "没有发现问题，但 {files}中有 {unread} 个无法读取{skipped}。",
    "report.skipped": "另有 {files}不是优惠券创建请求体，已跳过",
    "report.unread": "；{count} 个无法读取",
    "report.warning": "{count} 个警告",
    "report.warnings": "{count} 个警告",
}

RULES: dict[str, dict[str, str]] = {}
