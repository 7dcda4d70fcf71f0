"""Benchmark corpus: realistic request bodies of every API the tool checks, about 10 % invalid.

Why a generator and not a folder of files: the benchmark needs 10,000 files (and a 200 MB JSONL
file), which do not belong in the repository, and a seeded generator gives every run the same
bytes. Why not ``validator.strategies``: that module needs hypothesis (a test extra), and the
benchmark must run from a fresh clone with nothing but Python.

One module per API holds its builder: ``valid_payload(rng, index)`` and ``MISTAKES``. Each valid
body is clean for coupon-validator run with ``--now NOW`` (no error and no warning) and valid
for any JSON Schema validator given ``coupon-validator schema API-ID``. Each invalid body
carries exactly one mistake that a plain JSON Schema validator detects as well (a missing
member, a wrong type, a value outside its enum, range, length or pattern, an unknown member, a
member that a type requires or forbids), and that leaves the body recognisable as its API, so
check-jsonschema, ajv-cli and coupon-validator must flag exactly the same files. Mistakes only
coupon-validator sees (a float in an integer field, milliseconds, cross-field rules, soft
bounds, duplicates, URL and appid shapes) are left out on purpose.

The mix: body ``i`` belongs to the ``i % n``-th of the ``n`` APIs in the mix, so every API has
the same share; each API draws from a generator of its own, seeded with the seed and its id, so
adding an API to the mix leaves the bodies of the others as they were.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

from . import (
    busifavor_stock_create,
    channels_ec_coupon_create,
    create_coupon_stock,
    favor_stock_create,
    product_coupon_create,
    shop_coupon_add,
)
from .common import NOW, Payload

__all__ = ["BUILDERS", "INVALID_SHARE", "NOW", "mix", "payloads", "write_files", "write_jsonl"]

#: Share of invalid bodies.
INVALID_SHARE = 0.10
#: API id → the module that builds its bodies.
BUILDERS: dict[str, ModuleType] = {
    module.API: module
    for module in (
        shop_coupon_add,
        product_coupon_create,
        create_coupon_stock,
        channels_ec_coupon_create,
        busifavor_stock_create,
        favor_stock_create,
    )
}


def mix(api_ids: Iterable[str]) -> tuple[str, ...]:
    """The APIs of ``api_ids`` (the tool's registry, in its order) that have a builder."""
    return tuple(api for api in api_ids if api in BUILDERS)


def payloads(
    count: int, apis: tuple[str, ...], seed: int = 7
) -> Iterator[tuple[str, Payload, bool]]:
    """``count`` bodies as (API id, body, valid); the same seed and APIs give the same bodies."""
    if not apis:
        raise ValueError("the mix needs at least one API")
    generators = {api: random.Random(f"{seed}:{api}") for api in apis}
    for index in range(count):
        api = apis[index % len(apis)]
        rng = generators[api]
        builder = BUILDERS[api]
        body = builder.valid_payload(rng, index)
        invalid = rng.random() < INVALID_SHARE
        if invalid:
            rng.choice(builder.MISTAKES)(body)
        yield api, body, not invalid


def write_files(folder: Path, count: int, apis: tuple[str, ...], seed: int = 7) -> dict[str, bool]:
    """Write ``count`` pretty-printed files (as people write them), one folder per API:
    ``folder/API-ID/coupon-NNNNN.json``. Returns ``API-ID/coupon-NNNNN.json`` → valid."""
    for api in apis:
        (folder / api).mkdir(parents=True, exist_ok=True)
    expected: dict[str, bool] = {}
    width = max(5, len(str(count)))
    for index, (api, body, valid) in enumerate(payloads(count, apis, seed)):
        name = f"{api}/coupon-{index:0{width}d}.json"
        text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
        (folder / name).write_bytes(text.encode("utf-8"))
        expected[name] = valid
    return expected


def write_jsonl(
    path: Path, megabytes: int, apis: tuple[str, ...], seed: int = 11
) -> tuple[int, int]:
    """Write one compact body per line, the APIs in turn, until the file reaches ``megabytes``;
    (records, invalid).

    Lines are generated in batches of 1,000 and the file is written as it grows, so making a
    200 MB file costs no more memory than checking it should.
    """
    limit = megabytes * 1_000_000
    written = records = invalid = 0
    batch_seed = seed
    with path.open("wb") as stream:
        while written < limit:
            lines = []
            for _, body, valid in payloads(1_000, apis, batch_seed):
                lines.append(json.dumps(body, ensure_ascii=False, separators=(",", ":")))
                records += 1
                invalid += not valid
            batch_seed += 1
            chunk = ("\n".join(lines) + "\n").encode("utf-8")
            stream.write(chunk)
            written += len(chunk)
    return records, invalid
