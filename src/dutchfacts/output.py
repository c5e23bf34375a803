"""Writing results: JSONL (one article a line) or CSV (one mention a row), atomically."""

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
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
