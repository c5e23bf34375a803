"""Reading article files: bytes to text, with a clear error for what cannot be read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Union

from .records import check_date

# spaCy's own default limit; a larger file is not one article.
MAX_CHARACTERS = 1_000_000


class ArticleError(ValueError):
    """An article that cannot be read; the message names the file."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Article:
    document: str
    text: str
    date: Optional[str] = None  # an override of the date in the text's prefix


def decode(data: bytes, source: str) -> str:
    """UTF-8 text (a byte-order mark tolerated) or an ArticleError saying why not."""
    if not data.strip():
        raise ArticleError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise ArticleError(source, "binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            source,
            f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`",
        ) from None
    if len(text) > MAX_CHARACTERS:
        raise ArticleError(source, f"too large for one article ({len(text):,} characters; the limit is {MAX_CHARACTERS:,})")
    return text


def read_article(path: Path, date: Optional[str] = None) -> Article:
    path = Path(path)
    try:
        if path.stat().st_size > 4 * MAX_CHARACTERS:
            raise ArticleError(str(path), f"too large for one article ({path.stat().st_size:,} bytes)")
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(str(path), f"cannot be read ({error.strerror or error})") from None
    return Article(document=path.stem, text=decode(data, str(path)), date=date)


def article_from_record(record: Any, source: str, date: Optional[str] = None) -> Article:
    """An Article from a `{"id", "text", "date"}` record, as archives export them.

    Other keys (title, url, …) are ignored. The record's date wins over `date`,
    which applies to records without one.
    """
    if not isinstance(record, dict):
        raise ArticleError(source, f"expected a JSON object with id and text, not {type(record).__name__}")
    missing = [key for key in ("id", "text") if record.get(key) in (None, "")]
    if missing:
        raise ArticleError(source, f"record without {' and '.join(missing)}")
    document, text = record["id"], record["text"]
    if not isinstance(document, (str, int)) or isinstance(document, bool):
        raise ArticleError(source, f"id must be a string or an integer, not {document!r}")
    if not isinstance(text, str):
        raise ArticleError(source, f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise ArticleError(source, "empty text")
    if len(text) > MAX_CHARACTERS:
        raise ArticleError(source, f"too large for one article ({len(text):,} characters; the limit is {MAX_CHARACTERS:,})")
    try:
        record_date = check_date(record.get("date"))
    except ValueError as error:
        raise ArticleError(source, str(error)) from None
    return Article(document=str(document), text=text, date=record_date or date)


def read_jsonl(
    lines: Union[BinaryIO, Iterable[bytes]], source: str, date: Optional[str] = None
) -> Iterator[Union[Article, ArticleError]]:
    """The articles of a JSONL archive, one record a line, read lazily.

    A line that is not a good record comes out as an ArticleError naming
    `source:line`, so that the caller can report it and go on with the rest.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except UnicodeDecodeError:
            yield ArticleError(where, "not UTF-8")
            continue
        except ValueError as error:
            yield ArticleError(where, f"not a JSON record ({error})")
            continue
        try:
            yield article_from_record(record, where, date)
        except ArticleError as error:
            yield error


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders as their `*.txt` files, recursively, in sorted order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path

