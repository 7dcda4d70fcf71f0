"""The APIs the validator checks: one package per API below this one, and their registry.

Each package's ``__init__`` holds its ``SPEC`` (``validator.apis.spec.ApiSpec``). ``APIS`` lists
them in catalogue order: the order ``rules`` lists them in, detection tries their signals in
and reports candidates in. ``API_IDS`` and every other per-API list in the validator are derived
from it. Importing this module imports only the specs (no rules, schemas or strategies), since
every run does.

Adding an API: a package ``validator/apis/<api_id>/``, named after the id with underscores
(``__init__.py`` with ``SPEC``, ``rules.py``, ``strategies.py``, ``example.json``), its schema
``schemas/<api-id>.json``, a copy of the example in ``examples/``, and its line below.
"""

from __future__ import annotations

from validator.apis import (
    busifavor_stock_create,
    channels_ec_coupon_create,
    create_coupon_stock,
    favor_stock_create,
    product_coupon_create,
    shop_coupon_add,
)
from validator.apis.spec import ApiSpec

APIS: tuple[ApiSpec, ...] = (
    shop_coupon_add.SPEC,
    product_coupon_create.SPEC,
    create_coupon_stock.SPEC,
    channels_ec_coupon_create.SPEC,
    busifavor_stock_create.SPEC,
    favor_stock_create.SPEC,
)
API_IDS: tuple[str, ...] = tuple(spec.id for spec in APIS)
_BY_ID = {spec.id: spec for spec in APIS}


def spec_for(api_id: str) -> ApiSpec:
    """The spec of one API; ``KeyError`` for an unknown id."""
    return _BY_ID[api_id]


def rule_apis(api_id: str) -> tuple[str, ...]:
    """The APIs whose rules check a document of ``api_id``: itself, then each body it carries
    (``ApiSpec.mount``, nested mounts included). ``rules --api`` lists the rules of all of them."""
    found = [api_id]
    mount = spec_for(api_id).mount
    while mount is not None:
        found.append(mount.api)
        mount = spec_for(mount.api).mount
    return tuple(found)
