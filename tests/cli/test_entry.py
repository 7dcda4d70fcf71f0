"""How the program ends when the world around it does: a reader that goes away, a Ctrl-C.

The quick path of ``validator.cli.entry`` runs ``check`` without click, so it must end these the
way click's ``main`` did before: exit status 1, no traceback.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and pipes")


def _program(*args: str, **options: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "validator", *args],
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
        **options,  # type: ignore[call-overload]
    )


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    """``check … | head -1``: once the pipe is closed, writing fails with EPIPE; the run ends
    with status 1 and nothing on standard error, as click ends it."""
    records = tmp_path / "many.jsonl"
    records.write_text('{"coupon": {"type": "x"}}\n' * 5000, encoding="utf-8")  # ~1 MB report
    process = _program("check", "--now", "1800000000", str(records), stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert first.startswith(str(records).encode())
    assert errors == b"", errors.decode(errors="replace")


def test_ctrl_c_ends_the_run_with_aborted(tmp_path: Path) -> None:
    """Interrupted while it waits for standard input: "Aborted!" and status 1, no traceback."""
    process = _program("check", "-", stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdin is not None and process.stderr is not None
    _wait_until_reading(process.pid)
    process.send_signal(signal.SIGINT)
    stdout, errors = process.communicate(timeout=60)
    assert process.returncode == 1, errors.decode(errors="replace")
    assert errors.decode().strip() == "Aborted!"
    assert stdout == b""


def _wait_until_reading(pid: int, timeout: float = 20.0) -> None:
    """Until the process sleeps in the kernel (blocked reading standard input), so that the
    signal does not land while it is still importing."""
    deadline = time.monotonic() + timeout
    stat = Path(f"/proc/{pid}/stat")
    while time.monotonic() < deadline:
        if not stat.exists():  # no /proc: a fixed wait instead
            time.sleep(2)
            return
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
        if state == "S":
            time.sleep(0.2)  # sleeping once may be an import reading a file: make sure
            if stat.read_text().rsplit(")", 1)[1].split()[0] == "S":
                return
        time.sleep(0.05)
    raise AssertionError("the program never waited for standard input")
