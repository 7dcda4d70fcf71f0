"""References between schema documents: where a ``$ref`` points, and what keywords beside it mean.

A schema may refer to a location in its own file or in another shipped schema file, so that a
body that carries another API's body (``create-coupon-stock``'s ``coupon_data`` is the WeChat Pay
busifavor body) says so once instead of holding a second copy. The findings of the referenced
schema are reported at the pointers of the document being checked, as for any other subschema.

Reference forms (``$ref`` values):

- ``"#/$defs/NAME"``, or any JSON Pointer fragment (``"#/properties/a/items"``): a location in
  the same document. Pointers are literal (RFC 6901 over the document as written, after
  percent-decoding the fragment): they do not pass through another ``$ref``.
- ``"FILE.json"`` (the whole file) or ``"FILE.json#/POINTER"``: another schema file. It is a
  relative URI reference, resolved against the referring document's base URI, its ``$id``
  (RFC 3986, as JSON Schema 2020-12 says). The shipped ids are URNs
  (``urn:coupon-validator:schema:API``), against which nothing relative can be resolved, so the
  reference is then resolved against the referring file's location: the file of that name in
  the same directory. With a hierarchical ``$id`` (``https://…/schemas/a.json``) the reference
  is resolved against it, and the file found next to the referring one must declare the
  resulting ``$id``, so that other tools reach the same file.
- An absolute URI equal to the ``$id`` of a document already loaded, or of a ``$defs`` entry
  that carries its own ``$id`` (an embedded resource, as in a bundle written by
  ``validator.schema.bundle``), with an optional pointer fragment.

Plain-name fragments (``#name`` anchors), ``$dynamicRef`` and ``$id`` elsewhere than at the root
of a document or of a ``$defs`` entry are refused, as is a reference that leaves the schema
directory.

Overrides: keywords beside ``$ref``. Documentation keywords (``description``, ``$comment``…)
beside a ``$ref`` change nothing. Any other keyword makes the ``$ref`` an *override*: the schema
stands for the referenced object schema with these changes applied, one level deep:

- ``properties``: member by member, a schema *replaces* the referenced member's schema, or
  *extends* the object with a member the referenced schema does not have. ``false`` takes the
  member away: it is an unknown member here (S007, with this level's ``x-unknown-hints``
  message), which is why ``false`` needs a closed object (``additionalProperties: false``,
  usually inherited) and may not be ``required``.
- ``x-unknown-hints``, ``x-enum-hints``: merged entry by entry; the override's entry wins.
- ``allOf``: the override's conditional entries apply after the referenced ones.
- every other keyword (``required``, ``type``, ``additionalProperties``, ``x-hint``, bounds…)
  replaces the referenced keyword's value. To add a required member, repeat the whole list.

To change something deeper, refer to that location and override there, for example
``"stock_send_rule": {"$ref": "b.json#/properties/stock_send_rule", "properties": {"max_amount":
false}}``. An override never changes the referenced file for anyone else.

Why an overlay, and why closedness is decided after it: read literally, 2020-12 applies the
referenced schema *and* the keywords beside it, so a referenced ``additionalProperties: false``
would still reject a member the override adds, and a replaced member would have to satisfy both
schemas. That can only narrow, while a vendor's copy of a body needs to widen a member (an
object form WeChat does not have) as well as drop members. So the known members of an
overridden object are the merged ``properties``, and ``additionalProperties: false`` closes
exactly that set. Other validators read the override the same way because ``schema API-ID``
prints a bundle in which every override is written out as the object it stands for
(``validator.schema.bundle``).
"""

from __future__ import annotations

import json
import posixpath
from functools import cache
from typing import Any

from validator.json.pointer import escape, split
from validator.schema.load import Reader, shipped_text
from validator.schema.model import SchemaError

#: Keywords that say something to a reader and nothing to the evaluator.
DOC_KEYWORDS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "examples"}
)
#: Beside an overriding ``$ref``, these maps merge entry by entry instead of replacing.
_MERGED_MAPS = ("x-unknown-hints", "x-enum-hints")
#: Documentation an override inherits from the schema it refers to unless it has its own.
_INHERITED_DOCS = ("title", "description")
#: Characters a URI fragment may hold as they are (RFC 3986: pchar, "/" and "?").
_FRAGMENT_SAFE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?"
)
_SCHEME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-")


class Resource:
    """One schema resource: a document, or a ``$defs`` entry with its own ``$id`` in one.

    ``uri`` is its ``$id`` (its base URI), else its file name; ``file`` is the file it was read
    from (relative references resolve next to it), None for a document handed over as a dict.
    """

    __slots__ = ("contents", "file", "uri")

    def __init__(self, contents: Any, uri: str, file: str | None) -> None:
        self.contents = contents
        self.uri = uri
        self.file = file

    def location(self, pointer: str) -> str:
        """The absolute URI of a location in this resource."""
        return self.uri + "#" + fragment(pointer) if pointer else self.uri

    def __repr__(self) -> str:
        return f"Resource({self.uri!r}, file={self.file!r})"


class Target:
    """Where a reference points: a resource, a JSON Pointer in it, and the schema there."""

    __slots__ = ("pointer", "resource", "schema")

    def __init__(self, resource: Resource, pointer: str, schema: Any) -> None:
        self.resource = resource
        self.pointer = pointer
        self.schema = schema

    def reference(self, context: Resource) -> str:
        """A ``$ref`` value for this location, written inside ``context``: a bare fragment in
        the same resource, the absolute URI of the location otherwise."""
        if self.resource is context:
            return "#" + fragment(self.pointer)
        return self.resource.location(self.pointer)


def fragment(pointer: str) -> str:
    """A JSON Pointer as a URI fragment: percent-encode what a fragment may not hold."""
    if all(char in _FRAGMENT_SAFE for char in pointer):
        return pointer
    return "".join(
        char if char in _FRAGMENT_SAFE else "".join(f"%{b:02X}" for b in char.encode("utf-8"))
        for char in pointer
    )


def _unquote(text: str) -> str:
    """Percent-decoding of a fragment (UTF-8). ``urllib.parse`` would cost every run that
    compiles a schema more to import than all of this module."""
    if "%" not in text:
        return text
    import re

    escaped = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
    return escaped.sub(lambda m: bytes.fromhex(m.group(0).replace("%", "")).decode(), text)


def _scheme(uri: str) -> str | None:
    """The scheme of an absolute URI (``urn``, ``https``), None for a relative reference."""
    scheme, colon, _ = uri.partition(":")
    if colon and scheme[:1].isalpha() and scheme.isascii() and set(scheme) <= _SCHEME_CHARS:
        return scheme
    return None


def overrides(schema: dict[str, Any]) -> bool:
    """Whether the keywords beside this schema's ``$ref`` override the referenced schema."""
    return any(key != "$ref" and key not in DOC_KEYWORDS for key in schema)


class Registry:
    """The schema resources of one compilation or bundle, each read and parsed once."""

    def __init__(self, read: Reader | None = None) -> None:
        self._read = shipped_text if read is None else read
        self._by_file: dict[str, Resource] = {}
        self._by_uri: dict[str, Resource] = {}
        self._by_contents: dict[int, Resource] = {}  # id(contents) → resource (kept alive)

    # -- documents ---------------------------------------------------------------------------

    def document(self, file: str) -> Resource:
        """The schema file ``file`` (a path relative to the schema directory), read once."""
        resource = self._by_file.get(file)
        if resource is not None:
            return resource
        try:
            text = self._read(file)
        except OSError as error:
            raise SchemaError(f"schema file {file} cannot be read: {error}") from None
        try:
            contents = json.loads(text)
        except ValueError as error:
            raise SchemaError(f"schema file {file} is not JSON: {error}") from None
        return self.add(contents, file)

    def add(self, contents: Any, file: str | None = None) -> Resource:
        """Register a document (and the resources embedded in its ``$defs``)."""
        resource = self._register(contents, file, file or "")
        if file is not None:
            self._by_file[file] = resource
        defs = contents.get("$defs") if isinstance(contents, dict) else None
        if isinstance(defs, dict):
            for entry in defs.values():
                if isinstance(entry, dict) and isinstance(entry.get("$id"), str):
                    self._register(entry, file, "")
        return resource

    def _register(self, contents: Any, file: str | None, fallback: str) -> Resource:
        declared = contents.get("$id") if isinstance(contents, dict) else None
        uri = declared if isinstance(declared, str) else fallback
        if uri in self._by_uri:
            raise SchemaError(f"two schemas have the $id {uri}")
        resource = Resource(contents, uri, file)
        if uri:
            self._by_uri[uri] = resource
        self._by_contents[id(contents)] = resource
        return resource

    def embedded(self, schema: Any) -> Resource | None:
        """The resource whose root ``schema`` is (None for a plain subschema)."""
        return self._by_contents.get(id(schema))

    # -- references --------------------------------------------------------------------------

    def resolve(self, ref: Any, base: Resource, where: str) -> Target:
        """The location ``ref`` (a ``$ref`` written in ``base``) points to."""
        if not isinstance(ref, str):
            raise SchemaError(f"{where}: $ref must be a string")
        if ref.startswith("#/$defs/"):  # the usual case, without splitting and decoding
            name = ref[8:]
            defs = base.contents.get("$defs") if isinstance(base.contents, dict) else None
            plain = "/" not in name and "~" not in name and "%" not in name
            if plain and isinstance(defs, dict) and name in defs:
                schema = defs[name]
                inner = self._by_contents.get(id(schema))
                if inner is not None:
                    return Target(inner, "", schema)
                return Target(base, ref[1:], schema)
        address, _, pointer = ref.partition("#")
        resource = base if not address else self._resource(address, base, ref, where)
        pointer = _unquote(pointer)
        if pointer and not pointer.startswith("/"):
            raise SchemaError(f"{where}: {ref}: only JSON Pointer fragments are supported")
        schema, start = resource.contents, 0
        tokens = split(pointer)
        for index, token in enumerate(tokens):
            if isinstance(schema, dict) and token in schema:
                schema = schema[token]
            elif isinstance(schema, list) and token.isdigit() and int(token) < len(schema):
                schema = schema[int(token)]
            else:
                raise SchemaError(f"{where}: {ref} is not defined")
            inner = self._by_contents.get(id(schema))
            if inner is not None:  # the pointer enters a resource embedded in this one
                resource, start = inner, index + 1
        if start:
            pointer = "".join("/" + escape(token) for token in tokens[start:])
        return Target(resource, pointer, schema)

    def _resource(self, address: str, base: Resource, ref: str, where: str) -> Resource:
        known = self._by_uri.get(address)
        if known is not None:
            return known
        absolute = None
        if _scheme(base.uri) is not None and base.uri.partition(":")[2].startswith("/"):
            from urllib.parse import urljoin  # only for hierarchical ids: costly to import

            absolute = urljoin(base.uri, address)
            known = self._by_uri.get(absolute)
            if known is not None:
                return known
        if _scheme(address) is not None:
            raise SchemaError(f"{where}: {ref}: no schema has the $id {address}")
        file = posixpath.normpath(posixpath.join(posixpath.dirname(base.file or ""), address))
        if file.startswith(("../", "/")) or file == "..":
            raise SchemaError(f"{where}: {ref} is outside the schema directory")
        resource = self.document(file)
        if absolute is not None and resource.uri != absolute:
            raise SchemaError(
                f"{where}: {ref} resolves to {absolute}, but {file} has the $id {resource.uri}"
            )
        return resource

    def schema_at(self, file: str, pointer: str) -> dict[str, Any]:
        """The schema that checks the value at the document pointer ``pointer`` of a document
        that the schema file ``file`` describes (through ``properties`` and ``items``), with
        references followed and overrides applied: what a reader of the schema, such as a
        payload generator, needs without compiling it. ``KeyError`` when no schema is there."""
        resource = self.document(file)
        schema, resource = self._followed(resource.contents, resource, "#")
        for token in split(pointer):
            if token.isdigit() and "items" in schema:
                schema = schema["items"]
            else:
                schema = schema["properties"][token]
            schema, resource = self._followed(schema, resource, f"#{pointer}")
        return schema

    def _followed(self, schema: Any, resource: Resource, where: str) -> tuple[Any, Resource]:
        """What ``schema`` stands for: plain references followed, an override applied."""
        while isinstance(schema, dict) and "$ref" in schema:
            if overrides(schema):
                return self.effective(schema, resource, where), resource
            target = self.resolve(schema["$ref"], resource, where)
            schema, resource = target.schema, target.resource
        return schema, resource

    # -- overrides ---------------------------------------------------------------------------

    def effective(self, schema: dict[str, Any], base: Resource, where: str) -> dict[str, Any]:
        """The object schema an override (a ``$ref`` with keywords beside it, written in
        ``base``) stands for, as one dict without ``$ref`` that is valid in ``base``.

        The override's own keywords stay as they are; what comes from the referenced schema
        refers to where it is written (``{"$ref": "b.json#/properties/m"}`` for an inherited
        member), so nothing is copied that could be referred to, and ``schema`` can be
        compiled, or written into a bundle, like any schema of ``base``.
        """
        if ("$id" in schema or "$schema" in schema) and schema is not base.contents:
            raise SchemaError(f"{where}: $id and $schema cannot sit beside an overriding $ref")
        target = self.resolve(schema["$ref"], base, where)
        return overlay(self._opened(target, base, where, ()), schema)

    def _opened(
        self, target: Target, context: Resource, where: str, seen: tuple[str, ...]
    ) -> dict[str, Any]:
        """The keywords of the object schema at ``target``, its subschemas as references."""
        schema = target.schema
        uri = target.resource.location(target.pointer)
        if not isinstance(schema, dict):
            raise SchemaError(f"{where}: an override needs an object schema at {uri}")
        if uri in seen:
            raise SchemaError(f"{where}: the references through {uri} go round in a circle")
        if "$ref" in schema:
            inner = self.resolve(schema["$ref"], target.resource, uri)
            opened = self._opened(inner, context, where, (*seen, uri))
            if not overrides(schema):
                return opened
            return overlay(opened, _located(schema, target, context))
        return _located(schema, target, context)


@cache
def shipped_registry() -> Registry:
    """One registry of the shipped schema files for the readers that ask many questions."""
    return Registry()


def overlay(referenced: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``referenced`` with the keywords of ``override`` applied (see the module docstring)."""
    result = {key: value for key, value in referenced.items()}
    for key, value in override.items():
        if key == "$ref":
            continue
        if key == "properties" or key in _MERGED_MAPS:
            result[key] = {**referenced.get(key, {}), **value}
        elif key == "allOf":
            result[key] = [*referenced.get(key, ()), *value]
        else:
            result[key] = value
    return result


def _located(schema: dict[str, Any], target: Target, context: Resource) -> dict[str, Any]:
    """The value keywords of ``schema`` (written at ``target``), usable inside ``context``:
    member and item schemas become references to where they are written."""
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref" or (key in DOC_KEYWORDS and key not in _INHERITED_DOCS):
            continue
        if key == "properties" and isinstance(value, dict):
            result[key] = {
                name: _reference(target, f"/properties/{escape(name)}", context)
                if isinstance(sub, dict)
                else sub
                for name, sub in value.items()
            }
        elif key == "items" and isinstance(value, dict):
            result[key] = _reference(target, "/items", context)
        else:
            result[key] = value
    return result


def _reference(target: Target, suffix: str, context: Resource) -> dict[str, str]:
    inner = Target(target.resource, target.pointer + suffix, None)
    return {"$ref": inner.reference(context)}
