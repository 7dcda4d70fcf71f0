"""validator.guard: bad coupon bodies are stopped before the request is sent.

The httpx tests use ``httpx.MockTransport``, so nothing touches the network: the transport's
handler records what it receives, which shows whether a request got past the hook.
"""

from __future__ import annotations

import asyncio
import copy
import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from validator.apis import APIS
from validator.guard import (
    ENDPOINTS,
    InvalidCouponRequest,
    api_for,
    check_request,
    httpx_async_hook,
    httpx_event_hook,
    httpx_hook,
)
from validator.strategies import FIXED_NOW, payloads

try:
    import httpx
except ImportError:  # the guard itself works without it; only the hook tests need it
    httpx = None

needs_httpx = pytest.mark.skipif(
    httpx is None,
    reason="httpx is not installed: pip install httpx (or pip install 'coupon-validator[httpx]')",
)

BASE_A = json.loads((REPO / "examples" / "shop-coupon-add.json").read_text(encoding="utf-8"))
SHOP_URL = "https://api.weixin.qq.com/shop/coupon/add?access_token=SECRET-TOKEN"
OTHER_URL = "https://api.weixin.qq.com/shop/coupon/get?access_token=SECRET-TOKEN"


def broken_a() -> dict[str, Any]:
    """Base-A with discount_fee written in yuan as a float: S002, an error."""
    payload = copy.deepcopy(BASE_A)
    payload["coupon"]["coupon_info"]["discount_info"]["discount_fee"] = 30.0
    return payload


def warned_a() -> dict[str, Any]:
    """Base-A with a per-person limit above the stock: A010, a warning only."""
    payload = copy.deepcopy(BASE_A)
    payload["coupon"]["coupon_info"]["receive_info"]["limit_num_one_person"] = 600
    return payload


# -- endpoint mapping ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "api"),
    [
        (SHOP_URL, "shop-coupon-add"),
        ("/shop/coupon/add", "shop-coupon-add"),
        ("shop/coupon/add", "shop-coupon-add"),
        ("/shop/coupon/add/", "shop-coupon-add"),
        ("https://api.weixin.qq.com/product/coupon/create?access_token=x", "product-coupon-create"),
        ("https://www.liankeonline.com/api/Coupon/CreateCouponStock", "create-coupon-stock"),
        ("Coupon/CreateCouponStock", "create-coupon-stock"),
        ("/Coupon/CreateCouponStock#frag", "create-coupon-stock"),
        (OTHER_URL, None),
        ("/shop/coupon/add2", None),
        ("/myshop/coupon/add", None),
        ("/Shop/Coupon/Add", None),  # routes are case-sensitive
        ("/coupon/createcouponstock", None),
        ("/shop/coupon/add/confirm", None),
        ("https://example.com/search?next=/shop/coupon/add", None),  # only the path counts
        ("", None),
    ],
)
def test_endpoints_map_to_their_api(url: str, api: str | None) -> None:
    assert api_for(url) == api


def test_the_endpoints_are_the_specs() -> None:
    """The guard keeps no list of its own: each spec's endpoint path maps to its API."""
    assert {spec.endpoint.segments: spec.id for spec in APIS} == ENDPOINTS
    for spec in APIS:
        assert api_for(spec.endpoint.path) == spec.id
        assert api_for("/gateway/prefix" + spec.endpoint.path + "?access_token=x") == spec.id
        if spec.endpoint.host is not None:
            assert api_for(f"https://{spec.endpoint.host}{spec.endpoint.path}") == spec.id


# -- check_request ---------------------------------------------------------------------------


def test_a_clean_body_passes() -> None:
    check_request(SHOP_URL, BASE_A, now=FIXED_NOW)
    check_request(SHOP_URL, json.dumps(BASE_A), now=FIXED_NOW)
    check_request(SHOP_URL, json.dumps(BASE_A).encode(), now=FIXED_NOW)


def test_a_bad_body_raises_with_every_diagnostic() -> None:
    with pytest.raises(InvalidCouponRequest) as raised:
        check_request(SHOP_URL, broken_a(), now=FIXED_NOW)
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.api == "shop-coupon-add"
    assert [(d.code, d.pointer) for d in error.diagnostics] == [
        ("S002", "/coupon/coupon_info/discount_info/discount_fee")
    ]
    message = str(error)
    assert "S002 error /coupon/coupon_info/discount_info/discount_fee" in message
    # The access token travels in the query string; it must not end up in logs.
    assert "SECRET-TOKEN" not in message and "SECRET-TOKEN" not in error.url


def test_other_endpoints_pass_untouched() -> None:
    check_request(OTHER_URL, {"anything": ["goes", 1.5]})
    check_request("/pay/transactions/native", b"not json at all")


def test_fail_on_warning_also_stops_warnings() -> None:
    check_request(SHOP_URL, warned_a(), now=FIXED_NOW)
    with pytest.raises(InvalidCouponRequest) as raised:
        check_request(SHOP_URL, warned_a(), now=FIXED_NOW, fail_on="warning")
    assert [d.code for d in raised.value.diagnostics] == ["A010"]
    with pytest.raises(ValueError, match="fail_on"):
        check_request(SHOP_URL, BASE_A, fail_on="fatal")
    with pytest.raises(ValueError, match="fail_on"):
        httpx_hook(fail_on="fatal")


def test_a_coupon_endpoint_without_a_body_is_stopped() -> None:
    for body in (None, b"", b"[]"):
        with pytest.raises(InvalidCouponRequest):
            check_request(SHOP_URL, body, now=FIXED_NOW)


def test_now_defaults_to_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Base-A's windows end in 2030: with the clock in 2031 they have ended (U003)."""
    monkeypatch.setattr("time.time", lambda: 1_950_000_000.0)
    check_request(SHOP_URL, BASE_A)  # U003 is a warning
    with pytest.raises(InvalidCouponRequest) as raised:
        check_request(SHOP_URL, BASE_A, fail_on="warning")
    assert {d.code for d in raised.value.diagnostics} == {"U003"}
    check_request(SHOP_URL, BASE_A, now=FIXED_NOW, fail_on="warning")


# -- httpx -----------------------------------------------------------------------------------


class Recorder:
    """A MockTransport handler that remembers the requests that reached the transport."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(request.read())
        return httpx.Response(200, json={"errcode": 0})


def client_with(hook: Any, recorder: Recorder) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(recorder), event_hooks={"request": [hook]})


@needs_httpx
def test_httpx_hook_lets_a_clean_body_through() -> None:
    recorder = Recorder()
    with client_with(httpx_hook(now=FIXED_NOW), recorder) as client:
        response = client.post(SHOP_URL, json=BASE_A)
    assert response.json() == {"errcode": 0}
    assert [json.loads(body) for body in recorder.bodies] == [BASE_A]


@needs_httpx
def test_httpx_hook_raises_before_the_transport_is_called() -> None:
    recorder = Recorder()
    with (
        client_with(httpx_hook(now=FIXED_NOW), recorder) as client,
        pytest.raises(InvalidCouponRequest) as raised,
    ):
        client.post(SHOP_URL, json=broken_a())
    assert recorder.bodies == []
    assert raised.value.diagnostics[0].code == "S002"
    assert raised.value.diagnostics[0].line == 1  # positions in the bytes httpx would send


@needs_httpx
def test_httpx_hook_checks_a_streamed_body_and_still_sends_it() -> None:
    recorder = Recorder()
    chunks = [json.dumps(BASE_A).encode()[:50], json.dumps(BASE_A).encode()[50:]]
    with client_with(httpx_hook(now=FIXED_NOW), recorder) as client:
        client.post(SHOP_URL, content=iter(chunks))
    assert recorder.bodies == [b"".join(chunks)]


@needs_httpx
def test_httpx_hook_ignores_other_urls_and_methods() -> None:
    recorder = Recorder()
    with client_with(httpx_event_hook, recorder) as client:
        client.post(OTHER_URL, json={"not": "a coupon"})
        client.post("https://example.com/upload", content=b"\x00binary")
        client.get(SHOP_URL)
    assert len(recorder.bodies) == 3


@needs_httpx
@pytest.mark.parametrize("spec", APIS, ids=lambda spec: spec.id)
def test_httpx_hook_checks_only_the_specs_method(spec: Any) -> None:
    recorder = Recorder()
    url = f"https://{spec.endpoint.host or 'vendor.example'}{spec.endpoint.path}"
    other = "PUT" if spec.endpoint.method != "PUT" else "PATCH"
    with client_with(httpx_hook(now=FIXED_NOW), recorder) as client:
        client.request(other, url, json={"not": "a coupon"})  # not this API's method
        with pytest.raises(InvalidCouponRequest):
            client.request(spec.endpoint.method, url, json={"not": "a coupon"})
    assert len(recorder.bodies) == 1


@needs_httpx
def test_httpx_async_hook() -> None:
    recorder = Recorder()

    async def post_both() -> None:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(recorder),
            event_hooks={"request": [httpx_async_hook(now=FIXED_NOW)]},
        ) as client:
            await client.post(SHOP_URL, json=BASE_A)
            with pytest.raises(InvalidCouponRequest):
                await client.post(SHOP_URL, json=broken_a())

    asyncio.run(post_both())
    assert len(recorder.bodies) == 1


@needs_httpx
@pytest.mark.parametrize(
    ("url", "api"),
    [
        ("https://api.weixin.qq.com/shop/coupon/add", "shop-coupon-add"),
        ("https://api.weixin.qq.com/product/coupon/create", "product-coupon-create"),
        ("https://www.liankeonline.com/api/Coupon/CreateCouponStock", "create-coupon-stock"),
    ],
)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_httpx_hook_passes_every_generated_payload(url: str, api: str, data: st.DataObject) -> None:
    payload = data.draw(payloads(api))
    recorder = Recorder()
    with client_with(httpx_hook(now=FIXED_NOW), recorder) as client:
        client.post(url, json=payload)
    assert len(recorder.bodies) == 1


def test_the_guard_never_imports_httpx() -> None:
    """Installing the validator must not pull a network client into every process."""
    code = (
        "import sys, validator.guard\n"
        "validator.guard.httpx_hook()\n"
        "try:\n"
        "    validator.guard.check_request('/shop/coupon/add', {'coupon': {}})\n"
        "except validator.guard.InvalidCouponRequest:\n"
        "    pass\n"
        "assert 'httpx' not in sys.modules, 'httpx was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
