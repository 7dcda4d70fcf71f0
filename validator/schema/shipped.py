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


def module_path(api: str) -> str | None:
    """The file of ``api``'s shipped module (beside its package's ``__init__``), or None when
    the package is not a directory of files (a zipped install)."""
    import os
    from importlib import import_module

    from validator.apis import spec_for

    package = import_module(spec_for(api).package)  # imported with the registry already
    init = getattr(package, "__file__", None)
    if not init or not os.path.isfile(init):
        return None
    return os.path.join(os.path.dirname(init), f"{MODULE}.py")


def code_for(api: str, source: str) -> CodeType | None:
    """The compiled ``source`` from ``api``'s shipped module, or None when the module is
    missing or holds other source (the caller then compiles ``source`` itself).

    The import system's own loader reads the module's cached bytecode (compiling and caching
    it only if the cache is missing or older than the source, as an import would), but the
    module is not imported: its code runs in the namespace of ``fast.generate``, which holds
    the constants it names. ``importlib.machinery`` rather than ``importlib.util``, whose
    imports cost more than loading the bytecode.
    """
    from importlib.machinery import SourceFileLoader

    path = module_path(api)
    if path is None:
        return None
    name = module_name(api)
    loader = SourceFileLoader(name, path)
    try:
        if loader.get_source(name) != HEADER + source:
            return None
        return loader.get_code(name)
    except (ImportError, OSError, SyntaxError, ValueError):
        return None
