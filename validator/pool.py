"""Check many files on several processes, with the reports in the order of the files.

Why processes: checking a document is pure Python (the schema walk and the rules), so threads
would share one interpreter lock; a run over thousands of files in CI is CPU-bound and scales
with cores only across processes. Why batches: sending one file name per task costs a round
trip through a pipe for ~100 µs of work, so each worker gets slices of a few hundred files and
sends back one list of reports per slice.

Why not always: creating the pool (importing ``multiprocessing``, starting the workers) costs
tens of milliseconds, more than a pre-commit run over a handful of files spends checking them.
Below ``SEQUENTIAL_BELOW`` files the default is the plain loop in this process, and this module
imports ``multiprocessing`` only once a pool is really made.

Determinism: ``imap`` returns the batches in submission order and each batch keeps its files in
order, so the reports come back exactly as the sequential loop would produce them whatever the
number of workers; the output does not depend on ``--jobs``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from validator.runner import STDIN, FileReport, check_one

#: With ``--jobs`` left automatic, fewer files than this are checked in this process.
SEQUENTIAL_BELOW = 64
#: Batches per worker: enough for an even finish, few enough that the pipes stay quiet.
BATCHES_PER_WORKER = 8
#: Upper bound on a batch, so a slow file cannot hold back a large tail of work.
MAX_BATCH = 512

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

Task = tuple[str, str]  # (path, api to check it against)


def worker_count(jobs: int | None, files: int) -> int:
    """How many processes check ``files`` files: ``jobs`` if given, else automatic.

    Automatic is one process for fewer than ``SEQUENTIAL_BELOW`` files, else one per CPU this
    process may run on (``sched_getaffinity`` respects container and taskset limits, which
    ``os.cpu_count`` does not).
    """
    if jobs is not None:
        return max(1, jobs)
    if files < SEQUENTIAL_BELOW:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, cpus)


def check_all(tasks: Sequence[Task], now: int, jobs: int | None = None) -> Iterator[FileReport]:
    """One ``FileReport`` per task, in the order of ``tasks``, however many processes run.

    Standard input (``-``) is always read here: the workers must not compete for it.
    """
    workers = min(worker_count(jobs, len(tasks)), len(tasks))
    if workers <= 1:
        for target, api in tasks:
            yield check_one(target, api, now)
        return
    yield from _pooled(tasks, now, workers)


def _pooled(tasks: Sequence[Task], now: int, workers: int) -> Iterator[FileReport]:
    ready = {
        index: check_one(target, api, now)
        for index, (target, api) in enumerate(tasks)
        if target == STDIN
    }
    files = [index for index, (target, _) in enumerate(tasks) if target != STDIN]
    size = max(1, min(MAX_BATCH, -(-len(files) // (workers * BATCHES_PER_WORKER))))
    batches = [files[start : start + size] for start in range(0, len(files), size)]
    jobs = [([tasks[index] for index in batch], now) for batch in batches]
    following = 0  # the next index to yield
    with _context().Pool(processes=min(workers, len(batches) or 1)) as pool:
        for batch, reports in zip(batches, pool.imap(_check_batch, jobs), strict=True):
            ready.update(zip(batch, reports, strict=True))
            while following in ready:
                yield ready.pop(following)
                following += 1
    while following < len(tasks):
        yield ready.pop(following)
        following += 1


def _check_batch(job: tuple[list[Task], int]) -> list[FileReport]:
    """Worker side: check one slice of files, in order."""
    batch, now = job
    return [check_one(target, api, now) for target, api in batch]


def _context() -> BaseContext:
    """``fork`` on Linux: workers start in milliseconds with every module and compiled schema
    of this process already loaded. Elsewhere the platform default (spawn), which is safe on
    macOS and the only choice on Windows; workers then import the package themselves."""
    import multiprocessing

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()
