"""validator.apis: one registry of API specs, and every per-API list derived from it.

Each API is one package with a ``SPEC``; these tests check that the registry lists each API
once, that the lists other modules used to keep by hand (detection, the D001 hint, the guard's
endpoints, the strategies, the examples) come from the specs, and that importing the registry
stays cheap.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from validator import validate
from validator.apis import API_IDS, APIS, spec_for
from validator.apis.spec import EACH, ApiSpec, End, Endpoint, expand
from validator.json.pointer import resolve

NOW = 1_800_000_000


def package_dir(spec: ApiSpec) -> Path:
    return REPO / spec.package.replace(".", "/")


def test_the_registry_lists_each_api_once_in_catalogue_order() -> None:
    assert API_IDS == (
        "shop-coupon-add",
        "product-coupon-create",
        "create-coupon-stock",
        "channels-ec-coupon-create",
        "busifavor-stock-create",
        "favor-stock-create",
    )
    assert tuple(spec.id for spec in APIS) == API_IDS
    assert len({spec.package for spec in APIS}) == len(APIS)
    assert len({spec.endpoint.segments for spec in APIS}) == len(APIS)


@pytest.mark.parametrize("spec", APIS, ids=lambda spec: spec.id)
def test_each_package_holds_its_spec(spec: ApiSpec) -> None:
    module = importlib.import_module(spec.package)
    assert module.SPEC is spec
    assert spec_for(spec.id) is spec
    assert spec.package == "validator.apis." + spec.id.replace("-", "_")
    for name in ("rules.py", "strategies.py", "example.json"):
        assert (package_dir(spec) / name).is_file(), f"{spec.package} has no {name}"
    assert (REPO / "schemas" / f"{spec.id}.json").is_file()


def test_an_unknown_id_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        spec_for("auto")


@pytest.mark.parametrize("spec", APIS, ids=lambda spec: spec.id)
def test_each_package_example_validates_clean(spec: ApiSpec) -> None:
    text = (package_dir(spec) / "example.json").read_text(encoding="utf-8")
    assert validate(text, api=spec.id, now=NOW) == []
    assert validate(text, now=NOW) == []  # and is detected as its own API


@pytest.mark.parametrize("spec", APIS, ids=lambda spec: spec.id)
def test_the_examples_folder_holds_each_package_example(spec: ApiSpec) -> None:
    """``examples/`` is the user-facing copy; the package's file is the one the tool ships.
    Fix a difference with ``cp validator/apis/<package>/example.json examples/<api-id>.json``."""
    shipped = (package_dir(spec) / "example.json").read_bytes()
    assert (REPO / "examples" / f"{spec.id}.json").read_bytes() == shipped


def test_the_examples_folder_has_one_file_per_api_and_nothing_else() -> None:
    """Beside them only the ``mistakes/`` folder (bodies with the common errors)."""
    assert sorted(p.name for p in (REPO / "examples").iterdir() if p.name != "mistakes") == sorted(
        f"{api}.json" for api in API_IDS
    )


@pytest.mark.parametrize("spec", APIS, ids=lambda spec: spec.id)
def test_time_fields_are_pointers_of_their_kind(spec: ApiSpec) -> None:
    """Seconds and date-times are disjoint; every end is one of them; a condition names a
    pointer. The example's values at these pointers have the kind the spec says."""
    assert not set(spec.seconds) & set(spec.datetimes)
    for end in spec.ends:
        assert isinstance(end, End)
        assert end.pointer in spec.seconds + spec.datetimes
        assert end.when is None or end.when[0].startswith("/")
    document = json.loads((package_dir(spec) / "example.json").read_text(encoding="utf-8"))
    if spec.transform is not None:
        document = spec.transform(document)[0]
    for pointer in spec.seconds:
        value = resolve(document, pointer)
        assert value is None or type(value) is int, pointer
    for pattern in spec.datetimes:
        for pointer in expand(pattern, document):
            value = resolve(document, pointer)
            assert value is None or re.match(r"\d{4}-\d\d-\d\dT", value), pointer


def test_expand_names_each_array_element() -> None:
    document = {"a": [{"b": 1}, {"b": 2}], "c": {"b": 3}}
    assert list(expand("/a/" + EACH + "/b", document)) == ["/a/0/b", "/a/1/b"]
    assert list(expand("/c/" + EACH + "/b", document)) == []  # not an array
    assert list(expand("/missing/" + EACH + "/b", document)) == []
    assert list(expand("/c/b", document)) == ["/c/b"]


def test_create_coupon_stock_mounts_the_merchant_coupon_body() -> None:
    """The vendor carries WeChat Pay's body in coupon_data: its times are that body's, under
    the mount, and its rules run there (``rules_for``) while C020 stays with the bare body."""
    from validator.apis import rule_apis
    from validator.rules import rules_for

    vendor, bare = spec_for("create-coupon-stock"), spec_for("busifavor-stock-create")
    assert vendor.mount is not None and vendor.mount.api == bare.id
    prefix = vendor.mount.prefix
    assert prefix == "/coupon_data"
    assert vendor.datetimes == tuple(prefix + pointer for pointer in bare.datetimes)
    assert [end.pointer for end in vendor.ends] == [prefix + end.pointer for end in bare.ends]
    assert rule_apis(vendor.id) == (vendor.id, bare.id)
    assert rule_apis(bare.id) == (bare.id,)
    mounted = {r.code for r in rules_for(vendor.id) if r.prefix == prefix}
    own = {r.code for r in rules_for(bare.id) if r.api == bare.id}
    assert mounted == own - {"C020"}
    assert all(r.prefix == "" for r in rules_for(bare.id))


def test_endpoint_segments() -> None:
    assert Endpoint("POST", "/Coupon/CreateCouponStock").segments == ("Coupon", "CreateCouponStock")


def test_no_api_id_branch_outside_the_api_packages() -> None:
    """What is specific to an API lives in its package: no ``api == "<id>"`` elsewhere, and no
    table keyed by API ids either (``{"<id>": …}``); such code reads the API's ``ApiSpec``."""
    ids = "|".join(map(re.escape, API_IDS))
    pattern = re.compile(rf"""(["'])({ids})\1""")
    offenders = []
    for path in sorted((REPO / "validator").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        if relative.startswith("validator/apis/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []


def test_importing_the_registry_stays_cheap() -> None:
    """Every run imports the registry: it must not pull in rules, schemas, the catalogue,
    strategies, hypothesis or the modules a plain check avoids."""
    code = (
        "import sys\n"
        "import validator.apis, validator.apis.detect\n"
        "heavy = ('validator.rules', 'validator.schema', 'validator.catalogue',\n"
        "         'validator.strategies', 'validator.apis.building_blocks',\n"
        "         'validator.apis.requirements', 'hypothesis', 'dataclasses', 'inspect',\n"
        "         'pathlib', 'click')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(heavy) or '.rules' in m\n"
        "                or m.endswith(('.strategies', '.unwrap')))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
