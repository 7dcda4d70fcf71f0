"""``ApiSpec``: everything about one API that code outside its package needs to know.

An API is one unit: its package (``validator/apis/<api>/``) holds a ``SPEC`` built from the
classes below, and every list that used to name the APIs one by one (the ids, the detection
order and signals, the request guard's endpoints, the strategies, the examples, the U rules'
time fields, the engine's body transform, the body one API carries inside another) is derived
from the registry of these specs (``validator.apis.APIS``). Adding an API therefore means
adding a package and one line to the registry, not editing a dozen modules.

The classes are ``NamedTuple``s, not dataclasses: the registry is imported on every run, and a
dataclass costs start-up time (``dataclasses`` pulls in ``inspect``). For the same reason this
module does without ``from __future__ import annotations``: a ``NamedTuple`` turns every string
annotation into a ``ForwardRef``, which compiles it, and that cost most of the import.
"""

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from validator.finding import Finding

#: A detection signal: the top-level members that make an object look like a body of the API
#: (empty when it does not), so that a D001 conflict can say which members raised each signal.
Signal = Callable[[dict[str, Any]], tuple[str, ...]]
#: A body transform: (effective body, map from its pointers to the file's, findings). The
#: engine validates the effective body and reports every finding at the file's pointer.
Transform = Callable[[dict[str, Any]], tuple[dict[str, Any], Callable[[str], str], list[Finding]]]
#: A schema-result hook: called with the (effective) body and the schema's result before the rule
#: functions run; it may withdraw schema findings and mark values unusable.
SchemaHook = Callable[[dict[str, Any], Any], None]

#: In a time-field pattern, the token that stands for every index of an array.
EACH = "*"


class Endpoint(NamedTuple):
    """Where the API is posted to.

    ``path`` is matched by the request guard as whole segments at the end of a request's path,
    so that a gateway prefix (``/api/Coupon/CreateCouponStock``) still matches. ``host`` is the
    official host, or None when the API is a vendor's wrapper served from the vendor's own
    host; the guard does not compare it, since proxies and gateways forward the same path
    under other hosts.
    """

    method: str
    path: str
    host: str | None = None

    @property
    def segments(self) -> tuple[str, ...]:
        """The path's segments, as the guard matches them."""
        return tuple(segment for segment in self.path.split("/") if segment)


class End(NamedTuple):
    """A time that ends a window (U003 "already ended"), optionally only under a condition.

    ``when`` is (pointer, value): the end counts only when the integer at that pointer equals
    the value (shop-coupon-add's validity ``end_time`` only bounds a window for valid_type 1).
    """

    pointer: str
    when: tuple[str, Any] | None = None


class Mount(NamedTuple):
    """Another API's body embedded in this one: its id and the pointer it sits at.

    The embedded body is checked as that API checks it: this API's schema refers to that
    API's schema there, and that API's rules run with their pointers under ``prefix``
    (``validator.rules.rules_for``, ``RuleContext.under``).
    """

    api: str
    prefix: str


class ApiSpec(NamedTuple):
    """One API as the rest of the validator sees it.

    ``seconds`` are the pointers of Unix-second timestamps (U001, U002); ``datetimes`` the
    pointers of RFC 3339 date-time strings (U002), where an ``EACH`` token stands for every
    index of an array; ``ends`` the times U003 compares with the clock. ``transform`` rewrites
    the body before validation (product-coupon-create's obsolete ``coupon_info`` wrapper,
    B007). ``after_schema`` adjusts the schema's result before the rules run
    (channels-ec-coupon-create: an integer 0 on a member the type makes irrelevant counts as
    absent, so its S004/S009 are withdrawn). ``mount`` is the body of another API that this one
    carries (create-coupon-stock's ``coupon_data``).
    """

    id: str
    title: str
    endpoint: Endpoint
    signal: Signal
    seconds: tuple[str, ...] = ()
    datetimes: tuple[str, ...] = ()
    ends: tuple[End, ...] = ()
    transform: Transform | None = None
    after_schema: SchemaHook | None = None
    mount: Mount | None = None

    @property
    def package(self) -> str:
        """The dotted name of the API's package, where its ``rules``, ``strategies`` and
        ``example.json`` live: the id with underscores, under ``validator.apis``."""
        return "validator.apis." + self.id.replace("-", "_")


def store_coupon_seconds(root: str) -> tuple[str, ...]:
    """The Unix-second times of a WeChat store coupon body (shop-coupon-add under
    ``/coupon/coupon_info``, product-coupon-create and channels-ec-coupon-create at the top):
    the claim window's (``receive_info``) and the validity window's (``valid_info``)."""
    return (
        f"{root}/receive_info/start_time",
        f"{root}/receive_info/end_time",
        f"{root}/valid_info/start_time",
        f"{root}/valid_info/end_time",
    )


def store_coupon_ends(root: str) -> tuple[End, ...]:
    """The claim window's end and, for a fixed window (valid_type 1) only, the validity
    window's: with another valid_type the validity counts from claiming."""
    return (
        End(f"{root}/receive_info/end_time"),
        End(f"{root}/valid_info/end_time", when=(f"{root}/valid_info/valid_type", 1)),
    )


def any_member(*names: str) -> Signal:
    """The signal "the top-level object has at least one of these members"."""

    members = frozenset(names)

    def signal(document: dict[str, Any]) -> tuple[str, ...]:
        if members.isdisjoint(document):  # the usual answer, in one pass over the keys in C
            return ()
        return tuple(name for name in names if name in document)

    signal.__doc__ = f"Has one of {', '.join(names)} at the top level."
    return signal


def expand(pattern: str, document: Any) -> Iterator[str]:
    """The pointers a time-field pattern names in ``document``.

    A pattern without ``EACH`` names itself. ``/a/*/b`` names ``/a/0/b``, ``/a/1/b`` … for
    each element of the array at ``/a`` (none when ``/a`` is absent or not an array).
    """
    head, marker, tail = pattern.partition("/" + EACH + "/")
    if not marker:
        yield pattern
        return
    from validator.json.pointer import resolve  # imported by every check, not by the registry

    array = resolve(document, head)
    if isinstance(array, list):
        for index in range(len(array)):
            yield from expand(f"{head}/{index}/{tail}", document)
