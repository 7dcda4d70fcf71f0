"""``check --fix`` / ``check --diff`` for a whole run: what the command line calls per file.

The command line stays a thin caller: for each target it asks ``FixSession.check`` instead of
``runner.check_one`` and gets the same kind of ``FileReport`` back. What the report then shows:

- ``--fix``: the findings that remain after fixing (so the exit status reflects what remains).
  Files are rewritten only when something changed. Standard input is never written: the fixed
  document goes to standard output, and the report to standard error.
- ``--diff``: a unified diff of what ``--fix`` would change goes to standard output, nothing is
  written, and the report (on standard error, so the diff stays a clean patch) shows the files
  as they are now, so the exit status is the one ``check`` without ``--diff`` would give.

Only findings the report would show are fixed: ``--select``/``--ignore``, per-file ignores and
suppressions of the configuration apply to fixes as to the report.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field
from typing import TYPE_CHECKING, BinaryIO, TextIO

from validator.fixes import Allow
from validator.fixes.files import diagnostics_after, fix_target, unified_diff
from validator.inputs import STDIN
from validator.inputs.runner import FileReport
from validator.reporters import FILES, ONE_FILE, counted
from validator.text import message, render

ONE_FIX = message("fix.fix", "{count} fix")
FIXES = message("fix.fixes", "{count} fixes")
WOULD_APPLY = message("fix.would-apply", "Would apply {fixes} to {files}.")
NOTHING_TO_FIX = message("fix.nothing-to-fix", "Nothing to fix.")
APPLIED = message("fix.applied", "Applied {fixes} to {files}.")
NONE_APPLIED = message("fix.none-applied", "No fixes applied.")

if TYPE_CHECKING:
    from validator.policy.selection import Selection


@dataclass(eq=False)
class FixSession:
    """Fixes the targets of one run, one at a time, and counts what it did.

    A dataclass: only ``check --fix``/``--diff`` import this module, and the fixes import
    ``dataclasses`` anyway.
    """

    selection: Selection
    now: int
    _: KW_ONLY
    diff: bool
    stdout: BinaryIO
    diff_out: TextIO
    #: The language of the messages of what remains (``validator.text``).
    lang: str = "en"
    fixes: int = field(default=0, init=False)
    files: int = field(default=0, init=False)

    def report_to_stderr(self, targets: list[str]) -> bool:
        """Whether standard output is taken (by the diff or a fixed standard input)."""
        return self.diff or STDIN in targets

    def check(self, target: str, api: str) -> FileReport:
        """Fix one target (or show its diff) and report what the report should show for it."""
        outcome = fix_target(target, api, self.now, self._allow(target), write=not self.diff)
        if not outcome.readable:
            return FileReport(target, io_error=outcome.error)
        if outcome.changed:
            self.fixes += outcome.fixes
            self.files += 1
        if self.diff:
            self.diff_out.write(unified_diff(outcome))
            return FileReport(
                target, diagnostics_after(outcome.unchanged(), api, self.now, self.lang)
            )
        if target == STDIN:
            self.stdout.write(outcome.after or b"")
            self.stdout.flush()
        if outcome.error is not None:  # could not write: the file still holds the old text
            self.fixes -= outcome.fixes
            self.files -= 1
            unchanged = outcome.unchanged()
            return FileReport(
                target, diagnostics_after(unchanged, api, self.now, self.lang), outcome.error
            )
        return FileReport(target, diagnostics_after(outcome, api, self.now, self.lang))

    def summary(self) -> str:
        """One line for the end of the run, in ``lang``: how many fixes were (or would be)
        applied."""
        fixes = counted(self.fixes, ONE_FIX, FIXES)
        files = counted(self.files, ONE_FILE, FILES)
        if self.diff:
            line = WOULD_APPLY(fixes=fixes, files=files) if self.fixes else NOTHING_TO_FIX()
        else:
            line = APPLIED(fixes=fixes, files=files) if self.fixes else NONE_APPLIED()
        return render(line, self.lang)

    def _allow(self, target: str) -> Allow:
        """Fix a finding only where the report would show it (selection and configuration)."""
        wants = self.selection.wants
        return lambda code, pointer: wants(code, target, pointer)
