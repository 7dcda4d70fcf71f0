"""The ``coupon-validator`` program: a plain ``check`` runs at once, anything else goes to click.

This is the console script and ``python -m validator``. See ``validator.cli.check_options`` for
why a plain ``check`` skips click, and ``validator.cli.commands`` for the full command line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import NoReturn

__all__ = ["main"]


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the command line ``argv`` (default: the process's arguments) and exit."""
    args = sys.argv[1:] if argv is None else list(argv)
    from validator.cli.check_options import parse_check

    params = parse_check(args)
    if params is None:
        from validator.cli.commands import main as full_command_line

        full_command_line.main(args=args)
        sys.exit(0)  # click's main exits by itself; this only satisfies NoReturn
    from validator.cli.check import run_check

    try:
        status = run_check(**params)
    except (KeyboardInterrupt, EOFError):
        sys.stderr.write("\nAborted!\n")  # what click says when interrupted
        sys.exit(1)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        _quiet_broken_pipe()
    sys.exit(status)


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (``| head``): exit 1 without a traceback, as click does. Standard
    output and error then point at /dev/null, so the interpreter's final flush of what is left
    in their buffers cannot raise a second BrokenPipeError on the way out."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            os.dup2(devnull, stream.fileno())
    sys.exit(1)
