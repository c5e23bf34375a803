"""dutchfacts: numbers, percentages, years and actors from Dutch news articles."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .pipeline import load, process
from .reading import Article
from .records import Actor, ArticleResult, Expected, Mention

__version__ = "0.1.0"
__all__ = ["load", "extract", "process", "Article", "ArticleResult", "Mention", "Actor", "Expected"]


@lru_cache(maxsize=4)
def default_pipeline(model: Optional[str] = None):
    return load(model)


def extract(text: str, date: Optional[str] = None, document: Optional[str] = None, model: Optional[str] = None) -> ArticleResult:
    """Every number, percentage and year (and actor) of one article, as a validated record."""
    return next(process(default_pipeline(model), [Article(document or "text", text, date)]))
