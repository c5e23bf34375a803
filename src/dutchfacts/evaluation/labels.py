"""Reading `.expected.yaml` label files and placing their mentions in the text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
import regex
import srsly
from pydantic import ValidationError

from ..errors import InputError
from ..header import HEADER
from ..io.reading import ArticleError, read_article
from ..records import Expected, ExpectedMention

LABEL_SUFFIX = ".expected.yaml"


class LabelError(InputError):
    """A label file that is malformed or does not fit its article; the message names the file."""


@dataclass
class GoldMention:
    label: ExpectedMention
    start: int
    end: int


@dataclass
class LabelledArticle:
    document: str
    text: str
    expected: Expected
    mentions: list[GoldMention]


def read_expected(path: Path) -> Expected:
    try:
        data = srsly.read_yaml(path)
    except Exception as error:  # ruamel raises many kinds; all mean "not YAML"
        raise LabelError(f"{path}: not valid YAML ({str(error).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise LabelError(f"{path}: expected a mapping with `document`, `mentions`, `actors`")
    try:
        return Expected.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise LabelError(f"{path}: {problems}") from None


def whole_word_occurrences(text: str, needle: str, start: int) -> list[int]:
    # A figure's separators join its digits into one word: the `9` of `11,9` or
    # `9,0` is no whole-word `9` (the shared development labels count this way).
    pattern = regex.compile(rf"(?<![\p{{L}}\d]|\d[.,]){regex.escape(needle)}(?![\p{{L}}\d]|[.,]\d)")
    return [match.start() for match in pattern.finditer(text, start, overlapped=True)]


def place_mentions(text: str, expected: Expected, source: str) -> list[GoldMention]:
    """Character spans of the labels, as ANNOTATION.md defines `occurrence`."""
    header = HEADER.match(text)
    body_start = header.end() if header else 0
    claimed: dict[str, set[int]] = {}
    placed = []
    for index, label in enumerate(expected.mentions):
        starts = whole_word_occurrences(text, label.text, body_start)
        taken = claimed.setdefault(label.text, set())
        if label.occurrence is not None:
            if label.occurrence > len(starts):
                raise LabelError(
                    f"{source}: mention {index + 1} {label.text!r}: occurrence {label.occurrence} "
                    f"but the text has {len(starts)}"
                )
            start = starts[label.occurrence - 1]
        else:
            free = [s for s in starts if s not in taken]
            if not free:
                raise LabelError(f"{source}: mention {index + 1} {label.text!r} not found in the article text")
            start = free[0]
        taken.add(start)
        placed.append(GoldMention(label, start, start + len(label.text)))
    return placed


def read_labelled(text_path: Path) -> LabelledArticle:
    label_path = text_path.with_name(text_path.stem + LABEL_SUFFIX)
    if not label_path.is_file():
        raise LabelError(f"{label_path}: label file missing for {text_path.name}")
    expected = read_expected(label_path)
    if expected.document != text_path.stem:
        raise LabelError(f"{label_path}: document is {expected.document!r}, expected {text_path.stem!r}")
    try:
        article = read_article(text_path)
    except ArticleError as error:
        raise LabelError(str(error)) from None
    return LabelledArticle(text_path.stem, article.text, expected, place_mentions(article.text, expected, str(label_path)))


def labelled_articles(folder: Path) -> list[Path]:
    """The `.txt` files of a folder that have a label file beside them."""
    return sorted(p for p in Path(folder).glob("*.txt") if p.with_name(p.stem + LABEL_SUFFIX).is_file())

