"""The command line, ``coupon-validator`` (also ``python -m validator``), one module per job.

- ``entry``: the console script. A plain ``check`` command line runs at once, without click;
  anything else goes to ``commands``.
- ``check_options``: the options of ``check`` as one table, and the quick parser that reads a
  plain ``check`` command line from it.
- ``commands``: the full command line with click: every command, ``--help``, usage errors.
- ``check``: what ``check`` does once its options are read; it returns the exit status, so
  tests and other callers can run it without catching ``SystemExit``.
- ``explain``: what ``rules`` and ``explain`` print, in the reader's language.
"""
