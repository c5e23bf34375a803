"""Relative years that an article without a date loses: `vorig jaar` needs the article's year.

The pipeline does not guess them (ANNOTATION.md); `explain` and `label` say which
ones a date would add, found by running the article once more with a stand-in date.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from ..io.reading import Article
from ..pipeline import process
from ..records import Mention

STAND_IN_DATE = "2000"
NEEDS_ARTICLE_DATE = "year.relative.article"


def relative_years_without_date(nlp: Language, article: Article) -> list[Mention]:
    """The relative years the article holds that only its date can resolve (their values are the stand-in's)."""
    result = next(process(nlp, [replace(article, date=STAND_IN_DATE)]), None)
    return [] if result is None else [m for m in result.mentions if m.rule == NEEDS_ARTICLE_DATE]
