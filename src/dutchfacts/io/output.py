"""Writing results: JSONL (one article a line), CSV (one mention a row) or Parquet (see `parquet.py`).

With `-o OUT.csv`, the actors go to `OUT.actors.csv` beside it, one actor a row.

The output file is locked for the run (`output_lock`): a second run writing
it stops at once instead of truncating it. A JSONL file is written in place, a whole line at a time, flushed as each
result is produced: a killed run leaves only whole lines (but for a write cut
short, which `--resume` trims), and `--resume` continues it. A CSV file has a
row per mention, so it cannot tell which articles are done: it is written
atomically instead, whole or not at all.
"""

from __future__ import annotations

import csv
import fcntl
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TextIO

from ..errors import OutputError
from ..figures.types import FIELD_NAMES
from ..records import ArticleResult

# Which article, of when, then every field of a mention (`figures/types.py`).
CSV_COLUMNS = ("document", "date", *FIELD_NAMES)


def jsonl_writer(stream: TextIO) -> Callable[[ArticleResult], None]:
    def write(result: ArticleResult) -> None:
        stream.write(result.model_dump_json() + "\n")
        stream.flush()

    return write


def csv_writer(stream: TextIO) -> Callable[[ArticleResult], None]:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def write(result: ArticleResult) -> None:
        for mention in result.mentions:
            row = mention.model_dump(include=set(CSV_COLUMNS))
            writer.writerow({"document": result.document, "date": result.date, **row})

    return write


OUTPUT_WRITERS = {"jsonl": jsonl_writer, "csv": csv_writer}

ACTOR_CSV_COLUMNS = ("document", "name", "kind", "aliases", "mentions", "rule")


def actors_csv_writer(stream: TextIO) -> Callable[[ArticleResult], None]:
    writer = csv.DictWriter(stream, fieldnames=ACTOR_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def write(result: ArticleResult) -> None:
        for actor in result.actors:
            writer.writerow({
                "document": result.document, "name": actor.name, "kind": actor.kind,
                "aliases": "|".join(actor.aliases), "mentions": len(actor.mentions), "rule": actor.rule,
            })

    return write


def actors_path(path: Path) -> Path:
    """`out.csv` → `out.actors.csv`."""
    path = Path(path)
    return path.with_name(f"{path.stem}.actors.csv")


@contextmanager
def actors_output(path: Optional[Path], output_format: str) -> Iterator[Optional[TextIO]]:
    """The actors file beside a CSV output file, written atomically; none otherwise."""
    if path is None or output_format != "csv":
        yield None
        return
    with atomic_output(actors_path(path)) as stream:
        yield stream


def result_writer(output_format: str, stream: TextIO, actor_stream: Optional[TextIO]) -> Callable[[ArticleResult], None]:
    if output_format == "parquet":
        return stream  # the ParquetOutput that `open_output` gave: it writes both tables
    write_result = OUTPUT_WRITERS[output_format](stream)
    if actor_stream is None:
        return write_result
    write_actors = actors_csv_writer(actor_stream)

    def write(result: ArticleResult) -> None:
        write_result(result)
        write_actors(result)

    return write


@contextmanager
def atomic_output(path: Optional[Path]) -> Iterator[TextIO]:
    """Stdout, or a file that appears whole or not at all."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    # mkstemp makes the file private (0600); the result gets the mode any new file would.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


@contextmanager
def streamed_output(path: Path, append: bool) -> Iterator[TextIO]:
    """A file written in place, appended to when resuming."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a" if append else "w", encoding="utf-8", newline="") as stream:
        yield stream


def open_output(path: Optional[Path], output_format: str, append: bool = False):
    """Where `extract` writes: stdout, a JSONL file line by line, a CSV file atomically, or Parquet tables."""
    if output_format == "parquet":
        from .parquet import parquet_output

        return parquet_output(path)
    if path is not None and output_format == "jsonl":
        return streamed_output(path, append)
    return atomic_output(path)


def same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:  # one of them does not exist (yet)
        return first.resolve() == second.resolve()


def is_open_file(path: Path, descriptor: int) -> bool:
    """Whether `path` is still the file open as `descriptor` (an atomic write replaces it)."""
    try:
        opened, named = os.fstat(descriptor), os.stat(path)
    except OSError:
        return False
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)


def refuse_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """An OutputError if an output file is one of the inputs: writing it would destroy it."""
    outputs = [Path(path) for path in outputs]
    for path in inputs:
        for output in outputs:
            if same_file(Path(path), output):
                also = "" if str(path) == str(output) else f" (as {path})"
                raise OutputError(f"{output} is one of the inputs{also}: writing it would destroy it; choose another output file")


@contextmanager
def output_lock(path: Optional[Path]) -> Iterator[None]:
    """An exclusive lock on the output file for the whole run.

    A second run that would write the same file stops at once with an
    OutputError instead of truncating the first one's results. The lock is the
    kernel's (`flock`): it ends with the process however it ends, so a killed
    run leaves no stale lock and `--resume` can go on. A file created only to
    be locked is removed again if the run fails before writing it.
    """
    if path is None:
        yield
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists()
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error.strerror or error})") from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{path} is being written by another dutchfacts run: wait for it to end, or choose another output file") from None
        try:
            yield
        except BaseException:
            if not existed and is_open_file(path, descriptor) and os.fstat(descriptor).st_size == 0:
                path.unlink()
            raise
    finally:
        os.close(descriptor)
