"""Running the pipeline over a folder of labelled articles and scoring it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from spacy.language import Language

from ..io.reading import Article
from ..pipeline import process
from .labels import LabelError, LabelledArticle, labelled_articles, read_labelled
from .scoring import Evaluation, score_article


def evaluate_folder(
    folder: Path, nlp: Language, n_process: int = 1, progress: Optional[Callable[[], object]] = None
) -> Evaluation:
    """Every labelled article of `folder` run and scored; `progress` is called as each result comes."""
    labelled: list[LabelledArticle] = []
    failures = []
    for path in labelled_articles(folder):
        try:
            labelled.append(read_labelled(path))
        except LabelError as error:
            failures.append(str(error))
    # The label's date is the article's (ANNOTATION.md), also for a text without a date prefix.
    articles = (Article(item.document, item.text, item.expected.date) for item in labelled)
    results = {}
    for result in process(nlp, articles, n_process=n_process):
        results[result.document] = result
        if progress is not None:
            progress()
    scores = []
    for item in labelled:
        if item.document in results:
            scores.append(score_article(item, results[item.document]))
        else:
            failures.append(f"{item.document}: the pipeline failed on this article (see above)")
    return Evaluation(scores, failures)
