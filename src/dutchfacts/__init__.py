"""dutchfacts: numbers, percentages, years and actors from Dutch news articles."""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Optional

from .components import prefix_problem
from .errors import DateError, ExtractionError, InputError, InputWarning, TextError
from .pipeline import load, process, process_article
from .reading import Article, check_text
from .records import Actor, ArticleResult, Expected, Mention, check_date

__version__ = "0.1.0"
__all__ = [
    "load", "extract", "process", "Article", "ArticleResult", "Mention", "Actor", "Expected",
    "InputError", "DateError", "TextError", "InputWarning", "ExtractionError",
]


@lru_cache(maxsize=4)
def default_pipeline(model: Optional[str] = None):
    return load(model)


def extract(text: str, date: Optional[str] = None, document: Optional[str] = None, model: Optional[str] = None) -> ArticleResult:
    """Every number, percentage and year (and actor) of one article, as a validated record.

    Raises InputError (DateError, TextError) for a date or text it cannot use, and
    ExtractionError, with the failure as its cause, when the pipeline fails on the text.
    A ` date …` prefix that is no date gives an InputWarning.
    """
    article = Article(document or "text", check_text(text), check_date(date))
    problem = prefix_problem(text) if date is None else None
    if problem:
        warnings.warn(f"{article.document}: {problem}", InputWarning, stacklevel=2)
    return process_article(default_pipeline(model), article)
