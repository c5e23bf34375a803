"""Reading article files: bytes to text, with a clear error for what cannot be read."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Union

import regex

from ..errors import InputError, TextError
from ..records import check_date

# spaCy's own default limit; a larger file is not one article.
MAX_CHARACTERS = 1_000_000
# What no article text holds: lone surrogates (a UTF-16 pair cut in two by an export; not
# valid Unicode, and no UTF-8 encoder takes them) and NUL (binary data).
NOT_TEXT = regex.compile(r"[\ud800-\udfff\x00]")
# UTF-32 first: its little-endian mark begins with UTF-16's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class ArticleError(InputError):
    """An article that cannot be read; the message names the file."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def check_text(text: Any) -> str:
    """The text, if it can be an article; a TextError saying why not otherwise."""
    if not isinstance(text, str):
        raise TextError(f"text must be a string, not {type(text).__name__}")
    bad = NOT_TEXT.search(text)
    if bad:
        character = bad.group()
        what = "a NUL character (binary data, not text)" if character == "\x00" else (
            f"a lone surrogate U+{ord(character):04X} (not valid Unicode: half of a character cut in two)"
        )
        raise TextError(f"{what} at character {bad.start()}")
    if len(text) > MAX_CHARACTERS:
        raise TextError(f"too large for one article ({len(text):,} characters; the limit is {MAX_CHARACTERS:,})")
    return text


def checked_text(text: Any, source: str) -> str:
    try:
        return check_text(text)
    except TextError as error:
        raise ArticleError(source, str(error)) from None


@dataclass(frozen=True)
class Article:
    document: str
    text: str
    date: Optional[str] = None  # an override of the date in the text's prefix


def decode(data: bytes, source: str) -> str:
    """UTF-8 text (a byte-order mark tolerated), UTF-16 or UTF-32 with a byte-order mark,
    or an ArticleError saying why not."""
    encoding = next((name for mark, name in BYTE_ORDER_MARKS if data.startswith(mark)), None)
    if encoding:
        try:
            data = data.decode(encoding).encode("utf-8")
        except UnicodeError:
            raise ArticleError(source, f"starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()}") from None
    if not data.strip():
        raise ArticleError(source, "empty file")
    if b"\x00" in data[:8192]:
        utf16 = utf16_without_mark(data[:8192])
        if utf16:
            raise ArticleError(source, f"UTF-16 without a byte-order mark; convert it first, e.g. `iconv -f {utf16} -t utf-8`")
        raise ArticleError(source, "binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            source,
            f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`",
        ) from None
    return checked_text(text, source)


def utf16_without_mark(sample: bytes) -> Optional[str]:
    """`utf-16le` or `utf-16be` for text whose every other byte is NUL, as Latin text in UTF-16 is."""
    even, odd = sample[0::2], sample[1::2]
    for encoding, zeros, letters in (("utf-16le", odd, even), ("utf-16be", even, odd)):
        if len(zeros) >= 2 and zeros.count(0) >= 0.9 * len(zeros) and letters.count(0) <= 0.1 * len(letters):
            return encoding
    return None


def read_article(path: Path, date: Optional[str] = None, document: Optional[str] = None) -> Article:
    """The article of a text file, named `document` or else after the file's stem."""
    path = Path(path)
    try:
        if path.stat().st_size > 4 * MAX_CHARACTERS:
            raise ArticleError(str(path), f"too large for one article ({path.stat().st_size:,} bytes)")
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(str(path), f"cannot be read ({error.strerror or error})") from None
    return Article(document=document or path.stem, text=decode(data, str(path)), date=date)


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
    text = checked_text(text, source)
    if not text.strip():
        raise ArticleError(source, "empty text")
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

