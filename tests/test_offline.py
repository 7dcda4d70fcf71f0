"""Offline, provably (issue 8, item 5): the tool never opens a network connection.

Three independent proofs, since each alone has a gap:

1. behaviour: ``check`` with every socket connection and name lookup made to fail gives
   byte-identical output (a hidden lookup that failed quietly would change nothing, so...);
2. a real process under an audit hook that aborts on *any* socket event, which catches C
   code and third-party libraries too (...this one catches what 1 cannot see);
3. imports: no module of the package pulls in a network client at import time, and no
   source file imports one except ``guard.py``'s type-only reference to httpx.
"""

from __future__ import annotations

import ast
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, REPO
from tests.test_fuzz import FORMATS, NETWORK_CLIENTS, NOW, invoke
from validator import validate

PACKAGE = REPO / "validator"
#: The examples and one fixture folder per family and loader path: every stage runs, and
#: every reporter has findings to print, in a fraction of the time of all 60 folders.
TARGETS = (
    [str(REPO / "examples")]
    + [
        str(FIXTURES / code)
        for code in ("J001", "J002", "J005", "J007", "S001", "S002", "S007", "A001", "B007", "C007")
    ]
    + [str(FIXTURES / "U001"), str(FIXTURES / "D001")]
)


@pytest.fixture(scope="module")
def normal() -> dict[str, tuple[int, str]]:
    return _outputs()


def _outputs() -> dict[str, tuple[int, str]]:
    """(exit status, stdout) of ``check`` over the examples and every fixture, per format."""
    outputs = {}
    for output_format in FORMATS:
        result = invoke("check", "--now", str(NOW), "--format", output_format, *TARGETS)
        outputs[output_format] = (result.exit_code, result.stdout)
    return outputs


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise OSError("network access attempted during an offline check")


def test_check_gives_identical_results_with_every_connection_failing(
    monkeypatch: pytest.MonkeyPatch, normal: dict[str, tuple[int, str]]
) -> None:
    library = [validate(path.read_bytes(), now=NOW) for path in sorted(FIXTURES.rglob("*.json"))]
    assert normal["json"][0] == 1 and json.loads(normal["json"][1])["diagnostics"]
    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, _refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, _refuse)
    with pytest.raises(OSError):  # the patch is in force
        socket.create_connection(("example.invalid", 80))
    assert _outputs() == normal
    assert [validate(p.read_bytes(), now=NOW) for p in sorted(FIXTURES.rglob("*.json"))] == library


_AUDITED_CHILD = """
import contextlib, io, json, sys

events = []

def refuse(event, args):
    if event.startswith(("socket.", "http.client.", "urllib.Request", "ftplib.", "smtplib.")):
        events.append(f"{event} {args!r}")
        raise RuntimeError(f"network access: {event}")

sys.addaudithook(refuse)  # cannot be removed: everything below runs under it
from validator.cli.entry import main

outputs = {}
for output_format in sys.argv[2].split(","):
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        try:
            main(["check", "--now", sys.argv[1], "--format", output_format, *sys.argv[3:]])
        except SystemExit as exit:
            code = exit.code
    outputs[output_format] = [code, stdout.getvalue()]
during_runs = list(events)
import socket
try:  # the hook does see a lookup: the proof above is not vacuous
    socket.getaddrinfo("localhost", 80)
    probe = "not refused"
except RuntimeError:
    probe = "refused"
sys.__stdout__.write(json.dumps({"outputs": outputs, "events": during_runs, "probe": probe}))
"""


def test_a_real_run_under_an_audit_hook_touches_no_socket(
    normal: dict[str, tuple[int, str]],
) -> None:
    """Audit hooks see every socket created, connected or resolved, from C code too."""
    process = subprocess.run(
        [sys.executable, "-c", _AUDITED_CHILD, str(NOW), ",".join(FORMATS), *TARGETS],
        capture_output=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert process.returncode == 0, process.stderr.decode(errors="replace")[-2000:]
    result = json.loads(process.stdout)
    assert result["events"] == [] and result["probe"] == "refused"
    assert {name: tuple(value) for name, value in result["outputs"].items()} == normal


_IMPORTING_CHILD = """
import importlib, json, pkgutil, sys
import validator

clients = sys.argv[1].split(",")
loaded = lambda: sorted(name for name in clients if name in sys.modules)
names = sorted(info.name for info in pkgutil.walk_packages(validator.__path__, "validator."))
for name in names:
    if name != "validator.strategies":
        importlib.import_module(name)
result = {"modules": names, "package": loaded()}
import hypothesis  # validator.strategies is the test helper built on it
before = loaded()
importlib.import_module("validator.strategies")
result["strategies"] = sorted(set(loaded()) - set(before))
print(json.dumps(result))
"""


def test_importing_every_module_loads_no_network_client() -> None:
    """``validator.strategies`` needs hypothesis (which itself imports urllib.request), so
    for it only what it adds beyond hypothesis counts."""
    process = subprocess.run(
        [sys.executable, "-c", _IMPORTING_CHILD, ",".join(NETWORK_CLIENTS)],
        capture_output=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO)},
        check=True,
    )
    result = json.loads(process.stdout)
    assert {"validator.cli.commands", "validator.guard", "validator.inputs.runner"} <= set(
        result["modules"]
    )
    assert result["package"] == []
    assert result["strategies"] == []


#: Modules that open connections. ``urllib.parse`` (guard.py splits URLs) is only string work.
_NETWORK_MODULES = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "httpx",
    "requests",
    "aiohttp",
    "asyncio",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "webbrowser",
)


def _network_imports(path: Path, lazy_ok: tuple[str, ...] = ()) -> list[str]:
    """Imports of network modules outside ``if TYPE_CHECKING:``, as "line: module (where)";
    those in ``lazy_ok`` are allowed inside functions (imported only when called)."""
    found = []

    def visit(node: ast.AST, where: str) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child, where)
            return
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            where = "in a function"
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for module in modules:
            if where == "in a function" and module.split(".")[0] in lazy_ok:
                continue
            if any(module == name or module.startswith(name + ".") for name in _NETWORK_MODULES):
                found.append(f"{node.lineno}: {module} ({where})")
        for child in ast.iter_child_nodes(node):
            visit(child, where)

    visit(ast.parse(path.read_text(encoding="utf-8")), "at import time")
    return found


def test_no_source_file_imports_a_network_client() -> None:
    """The guard may use httpx lazily (in type hints, or imported inside a function that only
    an httpx user calls); nothing else names a network module."""
    offenders = {
        str(path.relative_to(REPO)): found
        for path in sorted(PACKAGE.rglob("*.py"))
        if (found := _network_imports(path, ("httpx",) if path.name == "guard.py" else ()))
    }
    assert offenders == {}
    guard = (PACKAGE / "guard.py").read_text(encoding="utf-8")
    assert "import httpx" in guard  # the check above does look at guard.py's TYPE_CHECKING


def test_the_import_check_sees_imports_where_they_hide(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from urllib.parse import urlsplit\n"
        "import urllib.request\n"
        "if TYPE_CHECKING:\n    import httpx\n"
        "def f():\n    from http import client\n    import httpx\n",
        encoding="utf-8",
    )
    assert _network_imports(source, lazy_ok=("httpx",)) == [
        "3: urllib.request (at import time)",
        "7: http (in a function)",
        "7: http.client (in a function)",
    ]
