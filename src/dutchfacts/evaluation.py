"""Running the pipeline over a folder of labelled articles and scoring it."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from .labels import LabelError, LabelledArticle, labelled_articles, read_labelled
from .pipeline import process
from .reading import Article
from .scoring import Evaluation, score_article


def evaluate_folder(folder: Path, nlp: Language, n_process: int = 1) -> Evaluation:
    labelled: list[LabelledArticle] = []
    failures = []
    for path in labelled_articles(folder):
        try:
            labelled.append(read_labelled(path))
        except LabelError as error:
            failures.append(str(error))
    articles = (Article(item.document, item.text) for item in labelled)
    results = process(nlp, articles, n_process=n_process)
    scores = [score_article(item, result) for item, result in zip(labelled, results)]
    return Evaluation(scores, failures)
