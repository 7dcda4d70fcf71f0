"""What ``explain`` and the SARIF rule list say about a rule beside its catalogue texts, in the
reader's language: the headings, and the server answers the rule prevents.

Why a server answer is shown at all: the real APIs answer many different mistakes with one
terse code (``109110``, ``PARAM_ERROR``). A developer who got one searches for it; printing the
code with the server's own words, where it was seen and the public page that shows it lets that
search end at the rule that catches the mistake offline. The code and the server's text are
quoted as the server sends them, in both languages.
"""

from __future__ import annotations

from validator.catalogue import SOURCES, RuleInfo
from validator.catalogue.model import ServerError
from validator.text import Text, message, render

SOURCES_HEADING = message("explain.sources", "Sources:")
SERVER_HEADING = message("explain.server-answer", "Server answer it prevents:")
SERVER_HEADING_MANY = message("explain.server-answers", "Server answers it prevents:")
#: A numeric code is WeChat's ``errcode``; a WeChat Pay code (``PARAM_ERROR``) is shown bare.
ERRCODE = message("explain.errcode", "errcode {code}")
SERVER_TEXT = message("explain.server-text", ' "{text}"')
SEEN_FOR = message("explain.seen-for", " (for {where})")
ANSWER = message("explain.answer", "{answer}{text}{where}")


def answer(error: ServerError) -> Text:
    """One answer on one line: ``errcode 109110 "优惠券校验领取时间失败" (for …)``."""
    return ANSWER(
        answer=ERRCODE(code=error.code) if error.code.isdigit() else error.code,
        text=SERVER_TEXT(text=error.text) if error.text else "",
        where=SEEN_FOR(where=error.where) if error.where else "",
    )


def cited(label: str) -> str:
    """A source as the catalogue cites it: ``[label] address``."""
    return f"[{label}] {SOURCES[label]}"


def server_heading(info: RuleInfo, lang: str) -> str:
    """The heading above a rule's server answers (one or several)."""
    heading = SERVER_HEADING if len(info.server_errors) == 1 else SERVER_HEADING_MANY
    return render(heading(), lang)


def server_answers(info: RuleInfo, lang: str) -> list[tuple[str, str]]:
    """Each server answer the rule prevents, in ``lang``, with the source that shows it."""
    return [(render(answer(error), lang), cited(error.source)) for error in info.server_errors]


def sources_heading(lang: str) -> str:
    return render(SOURCES_HEADING(), lang)
