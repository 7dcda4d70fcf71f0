"""A request guard: validate a coupon-creation body before it leaves the process.

A wrong coupon body costs a failed call with an opaque ``参数错误`` at best and a live coupon
with the wrong discount at worst. Code that calls the APIs can stop such a request at the
source, where the stack trace still points at the code that built the body::

    from validator.guard import check_request
    check_request("https://api.weixin.qq.com/shop/coupon/add?access_token=…", body)

or, for httpx users, check every request the client sends::

    import httpx
    from validator.guard import httpx_hook
    client = httpx.Client(event_hooks={"request": [httpx_hook()]})
    client.post(url, json=body)        # raises InvalidCouponRequest before anything is sent

Requests to any other endpoint pass through untouched, so the hook can sit on a client that
talks to many APIs. ``lang="zh"`` (or ``"en"``) gives the exception's message in that language;
without it the environment chooses, as for ``validator.validate``. This module never imports
httpx: the hooks only use the request's ``method``, ``url.path`` and ``read()``, so installing
the validator never pulls in a network client (httpx is the optional ``httpx`` extra).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from validator import _finding_lines, _language, validate
from validator.apis import APIS
from validator.finding import SEVERITY_RANK, Diagnostic
from validator.text import message

REQUEST_FINDINGS = message(
    "library.request-findings", "{api} request to {url} has {count} finding(s):"
)

if TYPE_CHECKING:  # only for annotations; never imported at run time
    import httpx

__all__ = [
    "ENDPOINTS",
    "InvalidCouponRequest",
    "api_for",
    "check_request",
    "httpx_async_hook",
    "httpx_event_hook",
    "httpx_hook",
]

#: The path each API is posted to (its spec's ``endpoint``), as segments matched at the end of
#: the request path, so that gateway prefixes (``/api/Coupon/CreateCouponStock``) still match.
ENDPOINTS: dict[tuple[str, ...], str] = {spec.endpoint.segments: spec.id for spec in APIS}
#: The method each API is posted with; a GET of the same URL is not a body to check.
_METHODS: dict[str, str] = {spec.id: spec.endpoint.method for spec in APIS}


class InvalidCouponRequest(ValueError):
    """A coupon-creation body with findings at or above the guard's ``fail_on`` level.

    A ``ValueError`` because the caller passed a bad value; ``diagnostics`` holds every
    finding (not only the failing ones) so a handler can log or show all of them at once.
    ``url`` is the endpoint without its query string: WeChat puts ``access_token`` there, and
    exception messages end up in logs. The message is in ``lang`` (None: the environment's),
    which should be the language of the diagnostics' messages.
    """

    def __init__(
        self, url: str, api: str, diagnostics: list[Diagnostic], lang: str | None = None
    ) -> None:
        url = _without_query(url)
        self.url = url
        self.api = api
        self.diagnostics = diagnostics
        header = REQUEST_FINDINGS(api=api, url=url, count=len(diagnostics))
        super().__init__("\n".join(_finding_lines(header, diagnostics, _language(lang))))


def _without_query(url: str) -> str:
    """``url`` without query string and fragment (which may carry an access token)."""
    parts = urlsplit(url)
    return parts._replace(query="", fragment="").geturl()


def api_for(url_or_path: str) -> str | None:
    """The API id whose endpoint ``url_or_path`` names, or None for any other endpoint.

    The query string and fragment are ignored (``access_token`` travels there). The match is
    on whole path segments at the end of the path and is case-sensitive, as the servers'
    routes are; one trailing slash is tolerated.
    """
    path = urlsplit(url_or_path).path
    segments = tuple(segment for segment in path.rstrip("/").split("/") if segment)
    for endpoint, api in ENDPOINTS.items():
        if segments[-len(endpoint) :] == endpoint:
            return api
    return None


def check_request(
    url_or_path: str,
    body: dict[str, Any] | str | bytes | None,
    *,
    fail_on: str = "error",
    now: int | None = None,
    lang: str | None = None,
) -> None:
    """Raise ``InvalidCouponRequest`` if ``body`` is a bad body for the endpoint it is sent to.

    ``body`` is the parsed payload or the raw JSON text/bytes (then line numbers and J-codes
    apply). ``fail_on="warning"`` also stops bodies with warnings only. ``now`` defaults to
    the clock, since a guard in front of a real request should judge "already ended" (U003)
    against the real time. ``lang`` is the language of the exception's message (None: the
    environment's). Bodies for other endpoints are not looked at.
    """
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail_on must be one of {sorted(SEVERITY_RANK)}, not {fail_on!r}")
    api = api_for(url_or_path)
    if api is None:
        return
    language = _language(lang)
    # No body at all is not JSON; "null" makes validate report it (J008) instead of raising.
    diagnostics = validate(b"null" if body is None else body, api=api, now=now, lang=language)
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[d.severity] >= threshold for d in diagnostics):
        raise InvalidCouponRequest(url_or_path, api, diagnostics, language)


def _is_checked(request: httpx.Request) -> bool:
    """Whether the request goes to one of the APIs' endpoints with that API's method."""
    api = api_for(request.url.path)
    return api is not None and request.method == _METHODS[api]


def httpx_hook(
    fail_on: str = "error", now: int | None = None, lang: str | None = None
) -> Callable[[httpx.Request], None]:
    """A request event hook for ``httpx.Client(event_hooks={"request": [...]})``.

    It reads the request's body (``client.post(url, json=body)`` has it in memory already;
    a streamed body is read once and replayed by httpx) and calls ``check_request`` with the
    URL's path. The raised ``InvalidCouponRequest`` propagates out of ``client.post`` before
    the transport is called. ``lang`` as for ``check_request``.
    """
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail_on must be one of {sorted(SEVERITY_RANK)}, not {fail_on!r}")
    if lang is not None:
        _language(lang)  # a wrong value fails here, not at the first request

    def hook(request: httpx.Request) -> None:
        if not _is_checked(request):
            return
        check_request(str(request.url), request.read(), fail_on=fail_on, now=now, lang=lang)

    return hook


def httpx_async_hook(
    fail_on: str = "error", now: int | None = None, lang: str | None = None
) -> Callable[[httpx.Request], Awaitable[None]]:
    """The same hook for ``httpx.AsyncClient``, whose event hooks must be coroutines."""
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail_on must be one of {sorted(SEVERITY_RANK)}, not {fail_on!r}")
    if lang is not None:
        _language(lang)

    async def hook(request: httpx.Request) -> None:
        if not _is_checked(request):
            return
        body = await request.aread()
        check_request(str(request.url), body, fail_on=fail_on, now=now, lang=lang)

    return hook


#: A ready hook with the defaults: fail on errors, judge time against the clock.
httpx_event_hook: Callable[[httpx.Request], None] = httpx_hook()
