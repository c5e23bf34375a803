"""`dutchfacts_header`: the ` date YYYY[-MM[-DD]] ` prefix of a news export.

It becomes the article date and is kept out of the mentions.
"""

from __future__ import annotations

from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers doc._.article_date and doc._.body_start)

# The prefix may be all there is (`\Z`): its figures are still no mentions.
HEADER = regex.compile(r"\A\s*date\s+(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?(?=\s|\Z)\s*")
PREFIX_START = regex.compile(r"\A\s*date\s+(?P<written>\S*)")

def header_date(match: regex.Match) -> Optional[str]:
    year, month, day = match.group("year", "month", "day")
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return None
    return "-".join(part for part in (year, month and f"{int(month):02d}", day and f"{int(day):02d}") if part)


def prefix_problem(text: str) -> Optional[str]:
    """Why a text's ` date …` prefix gives no date, when it has one that does not."""
    start = PREFIX_START.match(text)
    if start is None:
        return None
    match = HEADER.match(text)
    if match and header_date(match):
        return None
    return f"its prefix ` date {start.group('written')}` is not a date YYYY[-MM[-DD]]: the article is read without a date"


class ArticleHeader:
    def __call__(self, doc: Doc) -> Doc:
        match = HEADER.match(doc.text)
        if match:
            doc._.body_start = match.end()
            if doc._.article_date is None:
                doc._.article_date = header_date(match)
        return doc


@Language.factory("dutchfacts_header", assigns=["doc._.body_start", "doc._.article_date"])
def make_article_header(nlp: Language, name: str) -> ArticleHeader:
    return ArticleHeader()
