"""Rewrite the shipped fast paths: ``python -m validator.schema.write_shipped``.

Run it after changing a schema file or the generator (``validator.schema.fast``): the test of
the shipped modules fails until then. It is a module of its own, not part of ``shipped``,
because it compiles schemas and ``fast`` imports ``shipped``: the schema modules import each
other without a cycle.
"""

from __future__ import annotations

import sys

from validator.schema.shipped import HEADER, module_path


def expected_text(api: str) -> str:
    """The text the shipped module of ``api`` must hold: the header and the generated source."""
    from validator.schema import compiled
    from validator.schema.fast import source

    return HEADER + source(compiled(api).root)


def write_all() -> list[str]:
    """Rewrite every API's shipped module from its schema; the paths that changed."""
    from validator.apis import API_IDS

    changed = []
    for api in API_IDS:
        path = module_path(api)
        assert path is not None, "the API packages must be directories of files"
        text = expected_text(api)
        try:
            with open(path, encoding="utf-8") as stream:
                if stream.read() == text:
                    continue
        except FileNotFoundError:
            pass
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        changed.append(path)
    return changed


if __name__ == "__main__":
    for written in write_all():
        sys.stdout.write(f"wrote {written}\n")
