"""Every required label of every corpus article, and the score ratchet.

A failing item names its article and label. Labels listed in
`baseline/known_misses.txt` are expected to fail (strictly: fixing one means
deleting its line); scores may not drop below `baseline/scores.json`.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS
from corpus_baseline import item_id, ratchet_figures, read_known_misses, read_scores

from dutchfacts.evaluation.folder import evaluate_folder
from dutchfacts.evaluation.labels import labelled_articles, read_labelled
from dutchfacts.pipeline import process
from dutchfacts.io.reading import Article
from dutchfacts.evaluation.scoring import overlaps, values_agree

ARTICLES = [read_labelled(path) for path in labelled_articles(CORPUS)]
KNOWN_MISSES = read_known_misses()
ITEMS = [
    pytest.param(
        article, index,
        id=item_id(article.document, index, gold.label.text),
        marks=[pytest.mark.xfail(strict=True, reason="known miss")]
        if item_id(article.document, index, gold.label.text) in KNOWN_MISSES else [],
    )
    for article in ARTICLES
    for index, gold in enumerate(article.mentions)
    if not gold.label.optional
]


def test_corpus_is_big_enough():
    assert len(ARTICLES) >= 25


@pytest.fixture(scope="module")
def results(nlp):
    return {
        article.document: result
        for article, result in zip(ARTICLES, process(nlp, (Article(a.document, a.text) for a in ARTICLES)))
    }


@pytest.mark.parametrize("article, index", ITEMS)
def test_required_label_is_found(results, article, index):
    gold = article.mentions[index]
    candidates = [m for m in results[article.document].mentions if m.type == gold.label.type and overlaps(gold, m)]
    assert candidates, f"{gold.label.type} {gold.label.text!r} not found"
    assert any(values_agree(gold.label.value, m.value) for m in candidates), (
        f"{gold.label.text!r}: expected {gold.label.value}, found {[m.value for m in candidates]}"
    )


@pytest.mark.parametrize("labelled_set", ["corpus", "dev"])
def test_scores_do_not_drop(nlp, request, labelled_set):
    folder = CORPUS if labelled_set == "corpus" else request.getfixturevalue("shared_dev")
    baseline = read_scores().get(labelled_set)
    if baseline is None:
        pytest.skip(f"no baseline for {labelled_set}: run python tests/corpus_baseline.py --write")
    current = ratchet_figures(evaluate_folder(folder, nlp).summary())
    dropped = {name: (current.get(name), floor) for name, floor in baseline.items() if current.get(name, 0) < floor - 1e-9}
    assert not dropped, f"scores below the baseline (current, baseline): {dropped}"
