"""Where articles come from: files, folders, JSONL archives and stdin, read lazily in input order."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from tqdm import tqdm

from .reading import Article, ArticleError, decode, expand_paths, read_article, read_jsonl

JSONL_SUFFIX = ".jsonl"


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() == JSONL_SUFFIX


def count_records(path: Path) -> int:
    """Non-blank lines of a JSONL file: one quick scan, for the progress bar's ETA."""
    try:
        with open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1  # reported as one error when it is read


class Inputs:
    """Articles from paths, folders, JSONL archives (`*.jsonl`) and stdin, in input order.

    They are read one at a time as `nlp.pipe` asks for them, so memory does not
    grow with the input. What cannot be read (a file, or a `file:line` record of
    an archive) is reported and skipped; the run goes on.
    """

    def __init__(self, paths: list[str], date: Optional[str], stdin_jsonl: bool = False):
        self.paths = list(expand_paths(p for p in paths if p != "-"))
        self.stdin = "-" in paths
        self.stdin_jsonl = stdin_jsonl
        self.date = date
        self.errors: list[str] = []
        # Set by the caller once it knows the total: errors count as done.
        self.progress: Optional[tqdm] = None

    def __len__(self) -> int:
        """Articles to read, a JSONL archive's records counted (stdin counts as one)."""
        return self.stdin + sum(count_records(path) if is_jsonl(path) else 1 for path in self.paths)

    def total(self) -> Optional[int]:
        """How many articles there are, if that is known before reading them (not for JSONL on stdin)."""
        return None if self.stdin and self.stdin_jsonl else len(self)

    def __iter__(self) -> Iterator[Article]:
        if self.stdin:
            if self.stdin_jsonl:
                yield from self.records(read_jsonl(sys.stdin.buffer, "<stdin>", self.date))
            else:
                try:
                    yield Article("stdin", decode(sys.stdin.buffer.read(), "<stdin>"), self.date)
                except ArticleError as error:
                    self.report(str(error))
        for path in self.paths:
            if is_jsonl(path):
                yield from self.archive(path)
                continue
            try:
                yield read_article(path, self.date)
            except ArticleError as error:
                self.report(str(error))

    def archive(self, path: Path) -> Iterator[Article]:
        try:
            stream = open(path, "rb")
        except OSError as error:
            self.report(str(ArticleError(str(path), f"cannot be read ({error.strerror or error})")))
            return
        with stream:
            yield from self.records(read_jsonl(stream, str(path), self.date))

    def records(self, items: Iterable[Union[Article, ArticleError]]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, ArticleError):
                self.report(str(item))
            else:
                yield item

    def report(self, message: str) -> None:
        self.errors.append(message)
        tqdm.write(f"error: {message}", file=sys.stderr)
        if self.progress is not None:
            self.progress.update()
