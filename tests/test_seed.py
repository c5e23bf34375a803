"""The seed article of ../shared/dev: every required label, with its attributes, and its actors."""

from __future__ import annotations

from dutchfacts.evaluation.labels import read_labelled
from dutchfacts.pipeline import process
from dutchfacts.io.reading import Article
from dutchfacts.evaluation.scoring import ATTRIBUTES, score_article


def test_seed_article_is_found_whole(nlp, shared_dev):
    article = read_labelled(shared_dev / "seed-ckm-mensenhandel.txt")
    result = next(process(nlp, [Article(article.document, article.text)]))
    score = score_article(article, result)
    assert not score.missed, score.missed
    assert not score.wrong_attributes, score.wrong_attributes
    assert not score.missed_actors, score.missed_actors
    assert all(score.attributes[name].agree == score.attributes[name].total for name in ATTRIBUTES)
