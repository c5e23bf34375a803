"""Writing results: JSONL (one article a line), CSV (one mention a row) or Parquet (see `parquet.py`).

With `-o OUT.csv`, the actors go to `OUT.actors.csv` beside it, one actor a row.

A JSONL file is written in place, a whole line at a time, flushed as each
result is produced: a killed run leaves only whole lines (but for a write cut
short, which `--resume` trims), and `--resume` continues it. A CSV file has a
row per mention, so it cannot tell which articles are done: it is written
atomically instead, whole or not at all.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional, TextIO

from .records import ArticleResult

CSV_COLUMNS = (
    "document", "date", "type", "text", "start", "end", "value", "qualifier", "unit", "counted",
    "change", "relative", "percentage_point", "source", "sentence", "rule",
)


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
