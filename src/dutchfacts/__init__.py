"""dutchfacts: numbers, percentages, years and actors from Dutch news articles.

The names below are imported on first use, so that `import dutchfacts` (and
`dutchfacts --help`) does not wait for spaCy and pydantic.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Optional

# Light: no spaCy or pydantic behind them.
from .errors import DateError, ExtractionError, InputError, InputWarning, TextError  # noqa: F401

__version__ = "0.1.0"
__all__ = [
    "load", "extract", "process", "records_of", "Article", "ArticleResult", "Mention", "Actor", "Expected",
    "InputError", "DateError", "TextError", "InputWarning", "ExtractionError",
]

# Public name → the module that defines it.
_LAZY = {
    "load": "pipeline",
    "process": "pipeline",
    "records_of": "attach",
    "Article": "io.reading",
    "ArticleResult": "records",
    "Mention": "records",
    "Actor": "records",
    "Expected": "records",
}

if TYPE_CHECKING:
    from .attach import records_of
    from .pipeline import load, process
    from .io.reading import Article
    from .records import Actor, ArticleResult, Expected, Mention


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dutchfacts' has no attribute {name!r}")


@lru_cache(maxsize=4)
def default_pipeline(model: Optional[str] = None):
    from .pipeline import load

    return load(model)


def extract(text: str, date: Optional[str] = None, document: Optional[str] = None, model: Optional[str] = None) -> "ArticleResult":
    """Every number, percentage and year (and actor) of one article, as a validated record.

    Raises InputError (DateError, TextError) for a date or text it cannot use, and
    ExtractionError, with the failure as its cause, when the pipeline fails on the text.
    A ` date …` prefix that is no date gives an InputWarning.
    """
    from .header import prefix_problem
    from .pipeline import process_article
    from .io.reading import Article, check_text
    from .records import check_date

    article = Article(document or "text", check_text(text), check_date(date))
    problem = prefix_problem(text) if date is None else None
    if problem:
        warnings.warn(f"{article.document}: {problem}", InputWarning, stacklevel=2)
    return process_article(default_pipeline(model), article)
