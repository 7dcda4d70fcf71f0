"""The rule catalogue (``validator.catalogue``) against the specification it transcribes.

rules.md is parsed at test time, so a code, severity, status word, source label or worked example
that changes there fails here until the catalogue follows. Running the examples through the
engine is a separate test, and so is comparing the examples' documents with the worked examples
(``test_worked_examples``); these tests only check the catalogue's data.
"""

from __future__ import annotations

import difflib
import json
import re
from typing import Any

import pytest

from tests import worked_examples
from tests.worked_examples import RULES_MD
from validator import catalogue
from validator.apis import APIS, rule_apis
from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.catalogue import RULES, Example, RuleInfo, codes_matching, get, severity_of
from validator.catalogue.bases import BASE_A, BASE_B, BASE_C, BASE_D

API_IDS = (
    "shop-coupon-add",
    "product-coupon-create",
    "create-coupon-stock",
    "channels-ec-coupon-create",
    "busifavor-stock-create",
    "favor-stock-create",
)
#: The APIs a family's codes may belong to. C codes are create-coupon-stock's vendor rules and
#: the WeChat Pay merchant-coupon rules of busifavor-stock-create, which create-coupon-stock
#: runs on the body it carries in coupon_data.
FAMILY_API = {
    "J": {None},
    "S": {None},
    "D": {None},
    "U": {None},
    "A": {"shop-coupon-add"},
    "B": {"product-coupon-create"},
    "C": {"create-coupon-stock", "busifavor-stock-create"},
    "E": {"channels-ec-coupon-create"},
    "F": {"favor-stock-create"},
}
#: C codes of create-coupon-stock's vendor top level; the other C codes check the merchant-coupon
#: body (busifavor-stock-create).
VENDOR_CODES = {"C013", "C014", "C015"}
FIXABLE = {"J003", "J004", "J005", "U001", "B007", "S002", "S007"}
# The J-codes whose failing example must be broken JSON text (rules.md §6).
SYNTAX_CODES = {"J001", "J003", "J004", "J006"}
STATUS_WORDS = re.compile(r"CONFIRMED|INFERRED|SISTER|decided")


#: Codes the specification defines that the catalogue does not implement yet, each with the
#: issue that builds it. The tests below compare the catalogue with the specification minus
#: exactly these codes, so the list must shrink to empty as the issues land: a code built
#: while still listed here fails ``test_pending_codes_are_not_catalogued``.
PENDING: dict[str, str] = {}
#: Source labels of the specification's source list that only the pending codes' APIs cite,
#: with the issue that brings them into the catalogue's sources.
PENDING_SOURCES: dict[str, str] = {}
#: Labels whose entry in the specification's source list gives no address of its own but "the
#: repository and commit of" another label: the catalogue cites that repository.
SAME_REPOSITORY = {"SKIT-bf": "SKIT-ch"}

#: Labels of the specification's source list that name copies of official pages without a
#: public address (its seed files; [FV-copy], third-party copies of the older 代金券 page whose
#: repositories are unknown). The catalogue cites the public page each one copies instead
#: ([A-zh], [B-new], [LK], [FV-wiki]), so they are not in ``SOURCES``.
PRIVATE_SOURCES = {"seed000": "A-zh", "seed001": "B-new", "seed002": "LK", "FV-copy": "FV-wiki"}


# -- rules.md parsing ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> str:
    if not RULES_MD.is_file():
        pytest.skip(f"{RULES_MD} is absent (the spec's shared/ folder is not beside the repo)")
    return RULES_MD.read_text(encoding="utf-8")


def _section(text: str, number: int) -> str:
    match = re.search(rf"^## {number}\. .*?(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"rules.md has no section {number}"
    return match.group()


def _table_rows(text: str) -> dict[str, list[list[str]]]:
    """Every rule-table row ``| CODE | severity | … |``, by code (J009 has two rows)."""
    rows: dict[str, list[list[str]]] = {}
    for line in text.splitlines():
        match = re.match(r"\|\s*([JSDUABCEF][0-9]{3})\s*\|\s*(error|warning|info)\s*\|", line)
        if match:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            rows.setdefault(match.group(1), []).append(cells)
    return rows


def _source_locations(text: str) -> dict[str, str]:
    """§13: label → its address (first token after the label, quotes and commas removed)."""
    locations = {}
    for line in _section(text, 13).splitlines():
        match = re.match(r"- \[([^\]]+)\] (\S+)", line)
        if match:
            locations[match.group(1)] = match.group(2).strip("`,")
    return locations


# -- helpers ---------------------------------------------------------------------------------------


def _examples() -> list[Any]:
    return [
        pytest.param(code, kind, example, id=f"{code}-{kind}")
        for code, info in RULES.items()
        for kind, example in (("fail", info.fail_example), ("pass", info.pass_example))
    ]


def _strict_json(text: str) -> Any:
    """json.loads that also rejects what RFC 8259 forbids: duplicates, NaN/Infinity."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        names = [name for name, _ in pairs]
        if len(names) != len(set(names)):
            raise ValueError(f"duplicate member in {names}")
        return dict(pairs)

    def no_constant(word: str) -> Any:
        raise ValueError(f"{word} is not JSON")

    return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


# -- the code set and the tables -------------------------------------------------------------------


def test_every_code_of_rules_md_is_catalogued_exactly_once(spec: str) -> None:
    codes = set(re.findall(r"\b[JSUABCDEF][0-9]{3}\b", spec))
    assert set(PENDING) <= codes, "a pending code is no longer in the specification"
    assert sorted(RULES) == sorted(codes - set(PENDING))
    assert all(code == info.code for code, info in RULES.items())


def test_pending_codes_are_not_catalogued() -> None:
    built = sorted(set(PENDING) & set(RULES))
    assert not built, f"remove {built} from PENDING: they are built now"


def test_rules_are_ordered_by_family_then_number() -> None:
    order = [(catalogue.FAMILIES.index(code[0]), int(code[1:])) for code in RULES]
    assert order == sorted(order)
    assert [code[0] for code in RULES][:1] == ["J"]
    assert list(dict.fromkeys(code[0] for code in RULES)) == list(catalogue.FAMILIES)


def test_severities_match_the_rule_tables(spec: str) -> None:
    rows = {code: row for code, row in _table_rows(spec).items() if code not in PENDING}
    assert set(rows) == set(RULES), "every code should have a `| CODE | severity |` row"
    for code, code_rows in rows.items():
        severities = {cells[1] for cells in code_rows}
        assert len(severities) == 1, f"{code}: rules.md gives several severities {severities}"
        assert RULES[code].severity == severities.pop(), code
        assert severity_of(code) == RULES[code].severity


def test_status_words_match_the_rule_tables(spec: str) -> None:
    """A, B, C, E, F and U rows end with a status column; J, S and D tables have none (§6, §7, §9).

    A cell without a status word (E011: "pages disagree", F006: "observed PARAM_ERROR …") must open
    the catalogue's status.
    """
    for code, code_rows in _table_rows(spec).items():
        if code[0] not in "ABCEFU" or code in PENDING:
            continue
        table_words = set(STATUS_WORDS.findall(code_rows[0][-1]))
        if not table_words:
            assert RULES[code].status.startswith(code_rows[0][-1].split(" (")[0]), code
            continue
        assert set(STATUS_WORDS.findall(RULES[code].status)) == table_words, code


def test_every_status_has_a_status_word() -> None:
    for info in RULES.values():
        assert STATUS_WORDS.search(info.status), info.code


def test_errors_follow_the_severity_policy() -> None:
    """§1.1: an error is backed by an official text, or its severity was (decided)."""
    for info in RULES.values():
        if info.severity == "error":
            assert "CONFIRMED" in info.status or "decided" in info.status, info.code


def test_only_the_findings_cap_is_info() -> None:
    assert [code for code, info in RULES.items() if info.severity == "info"] == ["J010"]
    assert {info.severity for info in RULES.values()} == {"error", "warning", "info"}


def test_api_follows_the_family() -> None:
    for code, info in RULES.items():
        assert info.api in FAMILY_API[code[0]], code
        if code[0] == "C":
            vendor = code in VENDOR_CODES
            assert info.api == ("create-coupon-stock" if vendor else "busifavor-stock-create")


def test_only_c020_stays_with_the_bare_body() -> None:
    """C020's members are unknown to the vendor model (S007 there): it is not carried."""
    assert {code for code, info in RULES.items() if not info.carried} == {"C020"}


def test_fixable_rules() -> None:
    assert {code for code, info in RULES.items() if info.fixable} == FIXABLE


# -- texts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", list(RULES))
def test_texts_are_well_formed(code: str) -> None:
    info = RULES[code]
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", info.name), info.name
    assert info.summary.strip() == info.summary and "\n" not in info.summary
    assert 0 < len(info.summary) <= 80
    assert len(re.findall(r"[.!?](\s|$)", info.explanation)) >= 3, "several sentences"
    assert "Fix" in info.explanation, "the explanation says how to fix it"
    for paragraph in info.explanation.split("\n\n"):
        assert paragraph and "\n" not in paragraph and "  " not in paragraph


def test_sources_are_labels_of_rules_md_section_13(spec: str) -> None:
    locations = _source_locations(spec)
    standards = _section(spec, 13)
    for info in RULES.values():
        assert len(set(info.sources)) == len(info.sources), info.code
        for source in info.sources:
            match = re.fullmatch(r"\[([^\]]+)\] (\S+)( .*)?", source)
            assert match, f"{info.code}: {source!r} is not '[LABEL] location'"
            label, location = match.group(1), match.group(2)
            if label.startswith("RFC "):
                assert label in standards, f"{info.code}: {label} is not a §13 standard"
                continue
            assert label in locations, f"{info.code}: [{label}] is not a §13 label"
            expected = locations[SAME_REPOSITORY.get(label, label)]
            assert location == expected, f"{info.code}: [{label}] has another address"


def test_every_label_of_section_13_is_known(spec: str) -> None:
    labels = set(_source_locations(spec))
    assert labels - set(PENDING_SOURCES) - set(PRIVATE_SOURCES) <= set(catalogue.SOURCES)
    assert not set(PENDING_SOURCES) & set(catalogue.SOURCES), "shrink PENDING_SOURCES"


def test_sources_are_public_addresses() -> None:
    for label, address in catalogue.SOURCES.items():
        assert address.startswith(("https://", "http://")), label
        assert label not in PRIVATE_SOURCES, label


def test_private_labels_are_replaced_by_the_pages_they_copy(spec: str) -> None:
    labels = _source_locations(spec)
    for label, public in PRIVATE_SOURCES.items():
        assert label in labels and public in catalogue.SOURCES, label


@pytest.mark.parametrize("code", list(RULES))
def test_texts_do_not_point_into_the_specification(code: str) -> None:
    """``explain`` says the facts itself: no section numbers, decision ids or seed files."""
    info = RULES[code]
    texts = [info.summary, info.explanation, info.status, *info.sources, info.fix or ""]
    for text in texts:
        assert not re.search(r"rules\.md|seeds?/|\[seed|seed translation", text), text
        assert not re.search(
            r"§\s*\d+(\.\d+)?|\b[EFGH]\d{1,2}\b", re.sub(r"RFC \d+ §\d+(\.\d+)?", "", text)
        ), text


def _signals(spec: str) -> dict[str, tuple[str, set[str]]]:
    """The detection table: signal → (its API, the member names its condition reads)."""
    rows = {}
    for line in _section(spec, 2).splitlines():
        match = re.match(r"\|\s*(S[A-Z])\s*\|(.*)\|\s*`([a-z-]+)`\s*\|\s*$", line)
        if match:
            rows[match.group(1)] = (match.group(3), set(re.findall(r"`(\w+)`", match.group(2))))
    return rows


def test_d001_explains_every_api_s_signal(spec: str) -> None:
    """D001's explanation names each API and every member its signal reads, the APIs still
    being built included: it is the user's only description of detection."""
    explanation = RULES["D001"].explanation
    signals = _signals(spec)
    assert {api for api, _ in signals.values()} >= {spec.id for spec in APIS}
    for signal, (api, members) in signals.items():
        assert api in explanation, signal
        for member in members:
            assert f"`{member}`" in explanation, (signal, member)


def test_u_explanations_name_every_api_s_time_fields() -> None:
    """U001 and U002 name every API's Unix-second timestamps, U002 its RFC 3339 times too, and
    U003 its end times (the API and each member on the way to the field)."""
    for spec in APIS:
        fields = {
            "U001": spec.seconds,
            "U002": (*spec.seconds, *spec.datetimes),
            "U003": tuple(end.pointer for end in spec.ends),
        }
        for code, pointers in fields.items():
            explanation = RULES[code].explanation
            assert not pointers or spec.id in explanation, (code, spec.id)
            for pointer in pointers:
                for token in pointer.split("/")[1:]:
                    assert token == "*" or token in explanation, (code, pointer, token)
        for end in spec.ends:
            if end.when is not None:
                assert end.when[0].rsplit("/", 1)[1] in RULES["U003"].explanation, end


# -- examples --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "kind", "example"), _examples())
def test_example_fields(code: str, kind: str, example: Example) -> None:
    assert example.api in ("auto", *API_IDS)
    assert isinstance(example.now, int) and example.now > 0
    example.document.encode(example.encoding)  # the text can be written in its encoding
    assert example.to_bytes() == example.document.encode(example.encoding)
    if kind == "pass":
        assert example.pointer is None
    else:
        assert example.pointer is not None
        assert example.pointer == "" or example.pointer.startswith("/")
    if RULES[code].api is not None and example.api != "auto":
        # an example may show a rule where another API carries the rule's body
        assert RULES[code].api in rule_apis(example.api)


@pytest.mark.parametrize(("code", "kind", "example"), _examples())
def test_examples_are_pretty_printed_json_objects(code: str, kind: str, example: Example) -> None:
    if kind == "fail" and code.startswith("J"):
        pytest.skip("a loading rule's failing example is broken on purpose")
    if code == "J010":
        pytest.skip("the findings cap's examples keep their 900 or 1,100 ids on one line")
    assert example.encoding == "utf-8"
    value = _strict_json(example.document)
    assert isinstance(value, dict)
    assert example.document == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_failing_j_examples_break_what_their_code_says() -> None:
    for code in SYNTAX_CODES:
        with pytest.raises(ValueError):
            _strict_json(RULES[code].fail_example.document)
    duplicated = RULES["J002"].fail_example
    with pytest.raises(ValueError, match=r"duplicate member in \['type', 'type'"):
        _strict_json(duplicated.document)
    assert duplicated.pointer == "/type"
    assert RULES["J005"].fail_example.to_bytes().startswith(b"\xef\xbb\xbf")
    utf16 = RULES["J007"].fail_example.to_bytes()
    with pytest.raises(UnicodeDecodeError):
        utf16.decode("utf-8")
    assert utf16[:2] in (b"\xff\xfe", b"\xfe\xff"), "UTF-16 text, as Windows saves it"
    assert utf16.decode("utf-16") == RULES["J007"].pass_example.document
    assert not isinstance(_strict_json(RULES["J008"].fail_example.document), dict)
    limits = RULES["J009"].fail_example.document
    too_long = any(len(re.sub(r"[^0-9]", "", t)) > 100 for t in re.findall(r"[-0-9.eE+]+", limits))
    assert too_long or len(limits.encode()) > 10 * 1024 * 1024 or _depth(json.loads(limits)) > 64
    for code in RULES:
        if code.startswith("J") and code != "J002":
            assert RULES[code].fail_example.pointer == "", code


def test_passing_j_examples_are_the_failing_body_without_the_problem() -> None:
    """Each J example pair differs only where the problem is (J008 wraps, J007 re-encodes)."""
    for code in RULES:
        if not code.startswith("J") or code in ("J007", "J008"):
            continue
        fail = RULES[code].fail_example.document.splitlines()
        passing = RULES[code].pass_example.document.splitlines()
        changed = [line for line in difflib.ndiff(passing, fail) if line[:1] in "+-"]
        assert 0 < len(changed) <= 3, (code, changed)
    utf16 = RULES["J007"]
    assert utf16.fail_example.document == utf16.pass_example.document
    assert (utf16.fail_example.encoding, utf16.pass_example.encoding) == ("utf-16", "utf-8")


def test_worked_examples_of_section_12(spec: str) -> None:
    """Every code's examples report what its worked example lists, at its pointer and --now.

    Every family is compared, the loading, schema and detection codes too; the pending codes
    are not in the catalogue yet. ``test_worked_examples`` compares the documents.
    """
    examples = worked_examples.parse(spec)
    for code, info in RULES.items():
        worked = worked_examples.canonical(examples, code)
        assert worked is not None, f"{code} has no worked example"
        listed = worked_examples.expected(worked, only=code)
        assert listed, f"{code}'s worked example does not report {code}"
        assert info.severity == listed[0][1], code
        assert info.fail_example.pointer == listed[0][2], code
        assert info.fail_example.now == worked.now, code
        assert info.pass_example.now == worked.now, code


def test_worked_examples_start_from_the_bases_of_section_12(spec: str) -> None:
    section = _section(spec, 12)
    blocks = re.findall(r"\*\*Base-([ABCDE])\*\*.*?```json\n(.*?)```", section, re.DOTALL)
    bases = {"A": BASE_A, "B": BASE_B, "C": BASE_C, "D": BASE_D, "E": BASE_E}
    assert len(blocks) == 5
    for letter, block in blocks:
        assert json.loads(block) == bases[letter], f"Base-{letter} differs from §12"


# -- lookups ---------------------------------------------------------------------------------------


def test_codes_matching_families_prefixes_and_codes() -> None:
    assert codes_matching("A") == [f"A{n:03d}" for n in range(1, 12)]
    assert codes_matching("S00") == [f"S{n:03d}" for n in range(1, 10)]
    assert codes_matching("C01") == [f"C{n:03d}" for n in range(10, 20)]
    assert codes_matching("U001") == ["U001"]
    assert codes_matching("u001") == ["U001"]
    assert codes_matching(" D ") == ["D001"]
    assert codes_matching("J") == [f"J{n:03d}" for n in range(1, 11)]
    for code in RULES:
        assert codes_matching(code) == [code]
    for unknown in ("X", "A1", "A0111", "Z001", "", "  ", "-"):
        assert codes_matching(unknown) == []


def test_get_and_severity_of() -> None:
    assert get("A001") is RULES["A001"]
    assert severity_of("J005") == "warning"
    assert severity_of("A001") == "error"
    with pytest.raises(KeyError, match="A100"):
        get("A100")
    with pytest.raises(KeyError, match="did you mean"):
        get("A01")
    with pytest.raises(KeyError):
        severity_of("nope")


def test_catalogue_values_are_immutable() -> None:
    info = RULES["A001"]
    with pytest.raises(AttributeError):
        info.severity = "warning"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        info.fail_example.now = 0  # type: ignore[misc]
    assert isinstance(info, RuleInfo) and isinstance(info.sources, tuple)
