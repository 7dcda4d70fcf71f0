"""Finding and reading the shipped schema files.

The files sit in the top-level ``schemas/`` of a source checkout and are installed as
``validator/_schemas`` in a wheel. They are looked up with ``os.path``: ``importlib.resources``
would find the same files, but importing it (zipfile, tempfile, pathlib…) costs more than a
one-file run spends on everything else. It stays the fallback for a zipped install.

Everything that reads a schema file goes through a ``Reader`` (a file name in, its text out),
so a test can hand the compiler and the bundler a directory of its own schemas instead.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from validator.apis import API_IDS

#: Reads one schema file, named by its path relative to the schema directory ("a.json");
#: raises ``OSError`` (``FileNotFoundError``) when there is no such file.
Reader = Callable[[str], str]


def api_file(api: str) -> str:
    """The schema file name of an API id (``KeyError`` for an unknown id)."""
    if api not in API_IDS:
        raise KeyError(api)
    return f"{api}.json"


def shipped_text(file: str) -> str:
    """The text of one shipped schema file, from the installed package (never the CWD)."""
    parts = file.split("/")
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(package, "_schemas", *parts)
    if not os.path.isfile(path):
        # Source checkout or editable install: the schemas sit beside the package.
        here = os.path.dirname(os.path.realpath(__file__))
        path = os.path.join(here, os.pardir, os.pardir, "schemas", *parts)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as stream:
            return stream.read()
    from importlib import resources

    target = resources.files("validator").joinpath("_schemas")
    for part in parts:
        target = target.joinpath(part)
    return target.read_text("utf-8")


def directory_reader(directory: str | os.PathLike[str]) -> Reader:
    """A ``Reader`` for the schema files in ``directory`` (tests, or schemas being written)."""
    root = os.fspath(directory)

    def read(file: str) -> str:
        with open(os.path.join(root, *file.split("/")), encoding="utf-8") as stream:
            return stream.read()

    return read


def load_raw(api: str) -> dict[str, Any]:
    """One API's schema file as a dict, as written (its references to other files unresolved;
    ``schema_text`` gives the self-contained form)."""
    return json.loads(shipped_text(api_file(api)))
