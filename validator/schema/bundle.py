"""The self-contained schema of an API, as ``schema API-ID`` prints it for other validators.

A schema file that refers to no other file and overrides nothing is printed exactly as it is
written. Otherwise it is bundled as JSON Schema 2020-12 describes (a compound schema document):

- every schema file it refers to, directly or through another, is embedded under the root's
  ``$defs``, keyed by its file name and keeping its own ``$id``;
- every reference to another file is rewritten to the absolute URI of its target (the target's
  ``$id`` and pointer), which any 2020-12 validator resolves to the embedded resource without
  knowing where the files were;
- every override (a ``$ref`` with keywords beside it, see ``validator.schema.refs``) is written
  out as the object schema it stands for, its inherited members referring to where they are
  written. A plain 2020-12 validator would otherwise apply the referenced schema *and* the
  keywords beside it, which is not what the override means here.

So the printed schema needs no file next to it, and it means for another validator what it
means for this one (the tests check both with ``jsonschema``). Every location that a reference
may point to stays at its pointer: only an override node is replaced, by a dict that keeps the
override's own members, items and ``$defs`` where they were.
"""

from __future__ import annotations

import json
from typing import Any

from validator.schema.load import Reader, api_file, shipped_text
from validator.schema.model import SchemaError
from validator.schema.refs import Registry, Resource, overrides


def schema_text(api: str) -> str:
    """The self-contained JSON text of one API's schema (its file's text if that already is)."""
    file = api_file(api)
    text = shipped_text(file)
    registry = Registry()
    root = registry.add(json.loads(text), file)
    bundled = _Bundler(registry, root).bundle()
    if bundled == root.contents:
        return text
    return json.dumps(bundled, ensure_ascii=False, indent=2) + "\n"


def bundle(file: str, read: Reader | None = None) -> dict[str, Any]:
    """The self-contained form of the schema file ``file`` (see the module docstring)."""
    registry = Registry(read)
    return _Bundler(registry, registry.document(file)).bundle()


class _Bundler:
    def __init__(self, registry: Registry, root: Resource) -> None:
        self.registry = registry
        self.root = root
        self.needed: dict[int, Resource] = {}  # id(resource) → resource, in first-use order

    def bundle(self) -> dict[str, Any]:
        document = self.schema(self.root.contents, self.root, "#")
        embedded: dict[str, Any] = {}
        index = 0
        while index < len(self.needed):  # embedding a file may need further files
            resource = list(self.needed.values())[index]
            index += 1
            if resource is self.root:
                continue
            if not isinstance(resource.contents.get("$id"), str):
                raise SchemaError(f"{resource.file or resource.uri} is referred to: give it a $id")
            name = resource.file if resource.file and not embedded.get(resource.file) else None
            key = name or resource.uri
            embedded[key] = self.schema(resource.contents, resource, f"{key}#")
        if embedded:
            defs = dict(document.get("$defs", {}))
            clash = sorted(set(defs) & set(embedded))
            if clash:
                raise SchemaError(f"#/$defs already has {clash}: cannot embed those files")
            document["$defs"] = {**defs, **embedded}
        return document

    def schema(self, schema: Any, resource: Resource, where: str) -> Any:
        """``schema`` (written in ``resource``) as the bundle writes it."""
        if not isinstance(schema, dict):
            return schema
        if "$id" in schema and schema is not resource.contents:
            resource = self.registry.embedded(schema) or resource
        if "$ref" in schema:
            if overrides(schema):
                effective = self.registry.effective(schema, resource, where)
                return self.schema(effective, resource, where)
            target = self.registry.resolve(schema["$ref"], resource, where)
            if target.resource is resource:
                return dict(schema)
            self.needed.setdefault(id(target.resource), target.resource)
            return {**schema, "$ref": target.reference(resource)}
        result: dict[str, Any] = {}
        for key, value in schema.items():
            if key in ("properties", "$defs") and isinstance(value, dict):
                result[key] = {
                    name: self.schema(sub, resource, f"{where}/{key}/{name}")
                    for name, sub in value.items()
                }
            elif key == "items":
                result[key] = self.schema(value, resource, f"{where}/items")
            else:
                result[key] = value
        return result
