"""Check many files on several processes, with the reports in the order of the files.

Why processes: checking a document is pure Python (the schema walk and the rules), so threads
would share one interpreter lock; a run over thousands of files in CI is CPU-bound and scales
with cores only across processes. Why batches: a round trip through a pipe per file would cost
about as much as checking it, so the files are cut into a few contiguous batches per worker and
each batch comes back as one message holding only the reports that have something in them.

Why not always: a pool costs milliseconds to start and to send results back, more than a
pre-commit run over a handful of files spends checking them. Below ``SEQUENTIAL_BELOW`` files
the default is the plain loop in this process.

Why not ``multiprocessing.Pool`` on Linux: importing it and starting its threads and queues
costs 50-70 ms on the 2-core machine the benchmark runs on, about a tenth of a 10,000-file run.
``os.fork`` gives the workers this process's modules, compiled schemas and file list for free;
the batch numbers go to them through one pipe (filled before they start, so every 4-byte read
gets a whole number), and each sends its results back through its own pipe. Elsewhere (macOS,
Windows: no safe fork) ``multiprocessing`` with the platform's default start method does it.

Determinism: reports are put back in file order before they are yielded, so the output is the
same for any ``--jobs``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

from validator.inputs import STDIN
from validator.inputs.runner import FileReport, check_one

#: With ``--jobs`` left automatic, fewer files than this are checked in this process, and each
#: worker gets at least ``FILES_PER_WORKER``. Measured on a 2-core machine: forking the workers
#: and sending results back costs about what checking ~250 files on a second core saves
#: (64 files: 0.215 s alone, 0.235 s with 2 workers; 256 files: 0.230 s and 0.221 s).
SEQUENTIAL_BELOW = 256
FILES_PER_WORKER = 128
#: Batches per worker: small enough for an even finish (and for the main process to handle
#: reports while the workers go on), few enough to keep the pipes quiet.
BATCHES_PER_WORKER = 32
#: Batch numbers are written to a pipe before the workers start: 4 bytes each must fit in it.
MAX_BATCHES = 8192

Task = tuple[str, str]  # (path, api to check it against)
Found = list[tuple[int, FileReport]]  # (offset in the batch, a report that is not empty)

_ID_BYTES = 4
_LENGTH_BYTES = 8


def worker_count(jobs: int | None, files: int) -> int:
    """How many processes check ``files`` files: ``jobs`` if given, else automatic.

    Automatic is one process for fewer than ``SEQUENTIAL_BELOW`` files, else one per CPU this
    process may run on (``sched_getaffinity`` respects container and taskset limits, which
    ``os.cpu_count`` does not), but no more than one per ``FILES_PER_WORKER`` files.
    """
    if jobs is not None:
        return max(1, jobs)
    if files < SEQUENTIAL_BELOW:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, files // FILES_PER_WORKER))


def check_all(
    tasks: Sequence[Task],
    now: int,
    jobs: int | None = None,
    *,
    stdin_name: str | None = None,
    lang: str = "en",
    mark_fixable: bool = False,
) -> Iterator[FileReport]:
    """One ``FileReport`` per task, in the order of ``tasks``, however many processes run.

    As the command line checks: what is not a coupon request body is skipped (see
    ``runner.check_one``). Standard input (``-``) is always read here, the workers must not
    compete for it; ``stdin_name`` is the name ``--stdin-filename`` gives it. With
    ``mark_fixable`` (the text report), each report also says which of its diagnostics
    ``check --fix`` would repair (``FileReport.fixable``).
    """
    workers = min(worker_count(jobs, len(tasks)), len(tasks))
    if workers <= 1:
        for target, api in tasks:
            yield _check(target, api, now, lang, stdin_name, mark_fixable)
        return
    ready = {
        i: _check(t, a, now, lang, stdin_name, mark_fixable)
        for i, (t, a) in enumerate(tasks)
        if t == STDIN
    }
    files = [task for task in tasks if task[0] != STDIN]
    if not files:
        yield from ready.values()
        return
    count = min(len(files), workers * BATCHES_PER_WORKER, MAX_BATCHES)
    batches = [(len(files) * i // count, len(files) * (i + 1) // count) for i in range(count)]
    run = _forked if hasattr(os, "fork") and sys.platform.startswith("linux") else _spawned
    arrivals = run(files, batches, (now, lang, mark_fixable), min(workers, len(batches)))
    reports = _in_order(files, batches, arrivals)
    for index, (target, _) in enumerate(tasks):
        yield ready.pop(index) if target == STDIN else next(reports)
    for _ in reports:  # nothing is left but waiting for the workers to exit
        pass


def _check(
    target: str,
    api: str,
    now: int,
    lang: str,
    stdin_name: str | None = None,
    mark_fixable: bool = False,
) -> FileReport:
    display = stdin_name if target == STDIN else None
    report = check_one(target, api, now, display=display, skip_unrelated=True, lang=lang)
    if mark_fixable and report.diagnostics and target != STDIN:
        # Where the file was just checked: a worker marks its own files, in parallel, instead
        # of the main process reading them all again once every worker is done. Standard input
        # cannot be read twice, so its findings carry no marker.
        from validator.reporters.fixable import fixable

        report.fixable = fixable(report.diagnostics)
    return report


def _in_order(
    files: list[Task], batches: list[tuple[int, int]], arrivals: Iterator[tuple[int, Found]]
) -> Iterator[FileReport]:
    """Every file's report in file order, as soon as its batch is in: the reports found, else
    the empty report of a clean file. The caller handles one batch while workers check the
    next ones, instead of everything at the end."""
    arrived: dict[int, Found] = {}
    for number, (start, stop) in enumerate(batches):
        while number not in arrived:
            got = next(arrivals, None)
            if got is None:
                raise RuntimeError("a worker process ended without sending its results")
            arrived[got[0]] = got[1]
        reports = dict(arrived.pop(number))
        for offset in range(stop - start):
            report = reports.get(offset)
            yield FileReport(files[start + offset][0]) if report is None else report
    for _ in arrivals:  # let the workers' side finish (and reap them)
        pass


#: What every file of a run is checked with: ``now``, ``lang`` and ``mark_fixable``.
Settings = tuple[int, str, bool]


def check_batch(files: Sequence[Task], now: int, lang: str = "en", mark: bool = False) -> Found:
    """Worker side: check ``files`` in order; only the reports that are not empty come back
    (a clean file's report is ``FileReport(path)``, which the caller can make itself)."""
    found = []
    for offset, (target, api) in enumerate(files):
        report = _check(target, api, now, lang, None, mark)
        if report.diagnostics or report.io_error is not None or report.skipped:
            found.append((offset, report))
    return found


# -- Linux: fork --------------------------------------------------------------------------------


def _forked(
    files: list[Task], batches: list[tuple[int, int]], settings: Settings, workers: int
) -> Iterator[tuple[int, Found]]:
    """(batch number, its reports) as the forked workers send them."""
    import pickle

    ids_read, ids_write = os.pipe()
    ids = b"".join(number.to_bytes(_ID_BYTES, "little") for number in range(len(batches)))
    os.write(ids_write, ids)  # at most MAX_BATCHES x 4 bytes: within a pipe's 64 KiB
    os.close(ids_write)
    sys.stdout.flush()  # a child must not inherit unwritten output (it never flushes it anyway)
    sys.stderr.flush()
    children: dict[int, int] = {}  # result pipe → pid
    try:
        for _ in range(workers):
            results_read, results_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                os.close(results_read)
                for other in children:
                    os.close(other)
                _work(ids_read, results_write, files, batches, settings)
            os.close(results_write)
            children[results_read] = pid
        os.close(ids_read)
        for data in _messages(list(children)):
            kind, number, payload = pickle.loads(data)
            if kind == "error":
                raise RuntimeError(f"a worker process failed:\n{payload}")
            yield number, payload
    except BaseException:  # including GeneratorExit: the caller stopped early
        for fd, pid in children.items():
            _reap(fd, pid, kill=True)
        raise
    for fd, pid in children.items():
        _reap(fd, pid, kill=False)


def _work(
    ids: int,
    results: int,
    files: list[Task],
    batches: list[tuple[int, int]],
    settings: Settings,
) -> NoReturn:
    """A forked worker: take batch numbers until none are left, send each batch's reports."""
    import pickle

    status = 0
    try:
        while len(raw := os.read(ids, _ID_BYTES)) == _ID_BYTES:
            number = int.from_bytes(raw, "little")
            start, stop = batches[number]
            found = check_batch(files[start:stop], *settings)
            _send(results, pickle.dumps(("batch", number, found)))
    except BaseException:  # everything goes to the main process, which raises it
        import traceback

        status = 1
        _send(results, pickle.dumps(("error", -1, traceback.format_exc())))
    finally:
        os._exit(status)  # no atexit handlers, no flushing of buffers copied from the parent


def _send(fd: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(_LENGTH_BYTES, "little") + data)
    while view:
        view = view[os.write(fd, view) :]


def _messages(fds: list[int]) -> Iterator[bytes]:
    """Every message of every worker as it completes, reading whichever pipe has data (a
    worker blocked on a full pipe would stop checking files until it was read)."""
    import select

    buffers = {fd: bytearray() for fd in fds}
    poller = select.poll()  # not select.select: no limit of 1024 descriptors (--jobs 2000)
    for fd in fds:
        poller.register(fd, select.POLLIN)
    waiting = len(fds)
    while waiting:
        for fd, _ in poller.poll():
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                poller.unregister(fd)
                waiting -= 1
                continue
            buffer = buffers[fd]
            buffer += chunk
            while len(buffer) >= _LENGTH_BYTES:
                end = _LENGTH_BYTES + int.from_bytes(buffer[:_LENGTH_BYTES], "little")
                if len(buffer) < end:
                    break
                yield bytes(buffer[_LENGTH_BYTES:end])
                del buffer[:end]


def _reap(fd: int, pid: int, *, kill: bool) -> None:
    """Close a worker's pipe and wait for it to end; first stop it when this process is
    giving up (an exception, ^C) rather than waiting for its work."""
    import signal

    os.close(fd)
    try:
        if kill:
            os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        pass


# -- elsewhere: multiprocessing ------------------------------------------------------------------


def _spawned(
    files: list[Task], batches: list[tuple[int, int]], settings: Settings, workers: int
) -> Iterator[tuple[int, Found]]:
    """The same batches on a ``multiprocessing`` pool (workers import the package)."""
    import multiprocessing

    jobs = [(files[start:stop], *settings) for start, stop in batches]
    with multiprocessing.get_context().Pool(processes=workers) as pool:
        yield from enumerate(pool.starmap(check_batch, jobs))
