"""Reading article files: bytes to text, with a clear error for what cannot be read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

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


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders as their `*.txt` files, recursively, in sorted order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path

