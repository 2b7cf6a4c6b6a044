"""Running a batch: rows streamed in order through one or more worker processes (each with its own
compiled rules), each result written as it comes; Ctrl-C stops after the rows in flight are written;
a disk that fills stops the same way, with the rows written so far kept for --resume."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from screening.base.errors import InputError
from screening.batch import inputs, output, worker


@dataclass
class Done:
    screened: int  # rows screened in this run
    refused: int  # rows refused in this run (bad input)
    skipped: int  # rows already in the output (--resume)
    interrupted: bool
    write_error: str | None = None  # why the output could not be written (a full disk), if it could not


CHUNK = 32  # rows a worker takes at a time


def results(rows: Iterator[inputs.Row], jobs: int, init_args: tuple) -> Iterator[tuple[int, str, dict]]:
    if jobs <= 1:
        worker.init(*init_args)
        for r in rows:
            yield worker.screen(r)
        return
    import multiprocessing as mp
    import threading

    # Pool.imap reads its input as fast as it can and keeps every result not yet taken: when the workers
    # outrun the writing (a busy parent), results piled up (the parent grew by 30 MB over 100,000 rows).
    # At most `window` rows are read and not yet written: memory does not grow with the input.
    window, stop = threading.Semaphore(CHUNK * jobs * 4), threading.Event()

    def fed() -> Iterator[inputs.Row]:
        for r in rows:
            while not window.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield r

    ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    pool = ctx.Pool(jobs, initializer=worker.init, initargs=(*init_args, os.getpid()))
    try:
        for result in pool.imap(worker.screen, fed(), chunksize=CHUNK):  # in input order
            window.release()
            yield result
    finally:
        stop.set()  # the pool's input thread must not wait for room that will never come
        pool.terminate()


def run(src: Path, out: Path, *, country: str, as_of: dt.date, lang: str, jobs: int, full: bool, resume: bool,
        reading: inputs.Reading, progress: Callable[[int], None],
        report_refused: Callable[[str], None], table: str | None = None, head: bool = False) -> Done:
    """`table`: the run's sources (full rows cite by reference), the output's first line if `head`."""
    kind = output.fmt_of(out, full)
    skip = output.done_rows(out, kind) if resume else 0
    try:
        writer = output.Writer(out, kind, resume, table if head else None)
    except OSError as e:

        raise InputError.of("batch_cannot_write", out, what=e.strerror or type(e).__name__) from None
    rows = (r for r in inputs.rows(src, reading) if r.n > skip)
    screened = refused = 0
    interrupted = False
    failed = None
    try:
        for i, (_, line, record) in enumerate(results(rows, jobs, (country, as_of, lang, full, table)), 1):
            try:
                writer.write(line, record)
            except OSError as e:  # the output's disk is full or gone: stop, keep what is written
                failed = e.strerror or type(e).__name__
                break
            if record.get("overall") == "refused":
                refused += 1
                report_refused(record["error"])
            else:
                screened += 1
            if i % 200 == 0:
                try:
                    writer.flush()
                except OSError as e:
                    failed = e.strerror or type(e).__name__
                    break
            progress(1)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        try:
            writer.close()
        except OSError as e:
            failed = failed or e.strerror or type(e).__name__
    return Done(screened, refused, skip, interrupted, failed)
