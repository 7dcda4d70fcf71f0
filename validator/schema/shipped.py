"""The fast path of each shipped schema, generated ahead of time and installed as a module.

Why: ``validator.schema.fast`` writes a few hundred lines of Python per API, and compiling them is
most of what a process spends before its first fast document; a run over many files forks
workers that would each compile all of them again. Written once into the API's package
(``validator/apis/<api>/schema_fast_path.py``), the source is compiled to bytecode when the
package is installed, and a process only loads that bytecode, as it loads any module.

It can never run code that disagrees with the schema: the generator still runs (it is cheap, and
it also builds the constants the source refers to), and the shipped module is used only when
its text is exactly what the generator writes now; otherwise the source is compiled as before.
``tests/schema/test_schema_shipped.py`` fails when a shipped module is stale, and
``python -m validator.schema.write_shipped`` rewrites them all.
"""

from __future__ import annotations

from types import CodeType

#: The module of an API's package that holds its generated fast path.
MODULE = "schema_fast_path"
#: The first lines of every shipped module, before the generated source.
HEADER = (
    "# Generated from this API's schema by `python -m validator.schema.write_shipped`.\n"
    "# Do not edit: a test fails when it no longer matches (validator/schema/shipped.py: why).\n"
)


def module_name(api: str) -> str:
    """The dotted name of the module that holds ``api``'s generated fast path."""
    from validator.apis import spec_for

    return f"{spec_for(api).package}.{MODULE}"


def code_for(api: str, source: str) -> CodeType | None:
    """The compiled ``source`` from ``api``'s shipped module, or None when the module is
    missing or holds other source (the caller then compiles ``source`` itself).

    The import system's loader reads the module's cached bytecode (compiling and caching it
    only if the cache is missing or older than the source), but the module is not imported:
    its code runs in the namespace of ``fast.generate``, which holds the constants it names.
    """
    from importlib.util import find_spec

    name = module_name(api)
    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return None
    loader = spec.loader if spec is not None else None
    get_source = getattr(loader, "get_source", None)
    get_code = getattr(loader, "get_code", None)
    if get_source is None or get_code is None:
        return None
    try:
        if get_source(name) != HEADER + source:
            return None
        return get_code(name)  # type: ignore[no-any-return]
    except (ImportError, OSError, SyntaxError):
        return None
