"""Where articles come from: files, folders, JSONL archives and stdin, read lazily in input order."""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from tqdm import tqdm

from ..header import prefix_problem
from .reading import Article, ArticleError, decode, expand_paths, read_article, read_jsonl

JSONL_SUFFIX = ".jsonl"
STDIN = "-"


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() == JSONL_SUFFIX


def count_records(path: Path) -> int:
    """Non-blank lines of a JSONL file: one quick scan, for the progress bar's ETA."""
    try:
        with open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1  # reported as one error when it is read


def document_names(paths: Iterable[Path]) -> dict[Path, str]:
    """Each article file's document name, by resolved path: its stem, or, where files in
    different folders share a stem, their paths from the folder they share, so that no two
    files of a run get the same name."""
    by_stem: dict[str, set[Path]] = defaultdict(set)
    for path in paths:
        by_stem[path.stem].add(path.resolve())
    names = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            names[group.pop()] = stem
            continue
        common = Path(os.path.commonpath([path.parent for path in group]))
        relative = {path: path.relative_to(common) for path in group}
        without_suffix = {path: name.with_suffix("").as_posix() for path, name in relative.items()}
        unique = len(set(without_suffix.values())) == len(group)  # not so for `a.txt` and `a.md`
        names.update(without_suffix if unique else {path: name.as_posix() for path, name in relative.items()})
    return names


class Inputs:
    """Articles from paths, folders, JSONL archives (`*.jsonl`) and stdin (`-`), in the order given.

    They are read one at a time as `nlp.pipe` asks for them, so memory does not
    grow with the input. What cannot be read (a file, or a `file:line` record of
    an archive) is reported and skipped; the run goes on. A date prefix that is
    no date and a document name seen before are reported as warnings.
    """

    def __init__(self, paths: list[str], date: Optional[str], stdin_jsonl: bool = False):
        self.sources: list[Union[Path, str]] = []
        for path in paths:
            if path == STDIN:
                self.sources.append(STDIN)
            else:
                self.sources.extend(expand_paths([path]))
        self.paths = [source for source in self.sources if source != STDIN]
        self.stdin = STDIN in self.sources
        self.stdin_jsonl = stdin_jsonl
        self.date = date
        self.names = document_names(path for path in self.paths if not is_jsonl(path))
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.seen: dict[str, str] = {}
        # Set by the caller once it knows the total: errors count as done.
        self.progress: Optional[tqdm] = None

    def __len__(self) -> int:
        """Articles to read, a JSONL archive's records counted (stdin counts as one)."""
        return self.stdin + sum(count_records(path) if is_jsonl(path) else 1 for path in self.paths)

    def total(self) -> Optional[int]:
        """How many articles there are, if that is known before reading them (not for JSONL on stdin)."""
        return None if self.stdin and self.stdin_jsonl else len(self)

    def __iter__(self) -> Iterator[Article]:
        for source in self.sources:
            if source == STDIN:
                yield from self.from_stdin()
            elif is_jsonl(source):
                yield from self.archive(source)
            else:
                try:
                    yield self.checked(read_article(source, self.date, self.names[source.resolve()]), str(source))
                except ArticleError as error:
                    self.report(str(error))

    def from_stdin(self) -> Iterator[Article]:
        if self.stdin_jsonl:
            yield from self.records(read_jsonl(sys.stdin.buffer, "<stdin>", self.date), "<stdin>")
            return
        try:
            yield self.checked(Article("stdin", decode(sys.stdin.buffer.read(), "<stdin>"), self.date), "<stdin>")
        except ArticleError as error:
            self.report(str(error))

    def archive(self, path: Path) -> Iterator[Article]:
        try:
            stream = open(path, "rb")
        except OSError as error:
            self.report(str(ArticleError(str(path), f"cannot be read ({error.strerror or error})")))
            return
        with stream:
            yield from self.records(read_jsonl(stream, str(path), self.date), str(path))

    def records(self, items: Iterable[Union[Article, ArticleError]], source: str) -> Iterator[Article]:
        for item in items:
            if isinstance(item, ArticleError):
                self.report(str(item))
            else:
                yield self.checked(item, source, is_record=True)

    def checked(self, article: Article, source: str, is_record: bool = False) -> Article:
        """The article, after warnings about what would otherwise go unnoticed."""
        where = f"{source}: record {article.document!r}" if is_record else source
        problem = prefix_problem(article.text) if article.date is None else None
        if problem:
            self.warn(f"{where}: {problem}")
        if article.document in self.seen:
            self.warn(f"{where}: the document name {article.document!r} is taken (by {self.seen[article.document]}): both results carry it")
        else:
            self.seen[article.document] = source
        return article

    def report(self, message: str) -> None:
        self.errors.append(message)
        tqdm.write(f"error: {message}", file=sys.stderr)
        if self.progress is not None:
            self.progress.update()

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        tqdm.write(f"warning: {message}", file=sys.stderr)
