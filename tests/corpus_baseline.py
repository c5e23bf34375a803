"""The committed corpus baseline: scores that may not drop and labels known to be missed.

Raising the baseline is a deliberate commit: run `python tests/corpus_baseline.py --write`
after an improvement, look at the diff of `tests/baseline/`, and commit it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BASELINE = Path(__file__).parent / "baseline"
SCORES = BASELINE / "scores.json"
KNOWN_MISSES = BASELINE / "known_misses.txt"


def item_id(document: str, index: int, text: str) -> str:
    return f"{document}#{index + 1}:{text}"


def ratchet_figures(summary: dict) -> dict[str, float]:
    """The scores the ratchet holds: F1 per type, actor F1, attribute accuracies, source precision."""
    figures = {f"{t}.f1": scores["f1"] for t, scores in summary["types"].items()}
    figures["actors.f1"] = summary["actors"]["f1"]
    figures.update({f"attribute.{name}": value for name, value in summary["attributes"].items() if value is not None})
    if summary["source_precision"] is not None:
        figures["source.precision"] = summary["source_precision"]
    return figures


def read_scores() -> dict[str, dict[str, float]]:
    return json.loads(SCORES.read_text(encoding="utf-8")) if SCORES.is_file() else {}


def read_known_misses() -> set[str]:
    if not KNOWN_MISSES.is_file():
        return set()
    return {line.strip() for line in KNOWN_MISSES.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def write() -> None:
    import dutchfacts
    from dutchfacts.evaluation.folder import evaluate_folder
    from dutchfacts.evaluation.labels import labelled_articles, read_labelled
    from dutchfacts.pipeline import process
    from dutchfacts.io.reading import Article
    from dutchfacts.evaluation.scoring import match_mentions, values_agree

    repo = Path(__file__).resolve().parents[1]
    nlp = dutchfacts.load()
    scores = {"corpus": ratchet_figures(evaluate_folder(repo / "corpus", nlp).summary())}
    dev = repo.parent / "shared" / "dev"
    if dev.is_dir():
        scores["dev"] = ratchet_figures(evaluate_folder(dev, nlp).summary())
    BASELINE.mkdir(exist_ok=True)
    SCORES.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    misses = []
    labelled = [read_labelled(p) for p in labelled_articles(repo / "corpus")]
    results = process(nlp, (Article(a.document, a.text) for a in labelled))
    for article, result in zip(labelled, results):
        matches = match_mentions(article.mentions, result.mentions)
        for index, gold in enumerate(article.mentions):
            found = matches.get(index)
            if gold.label.optional:
                continue
            if found is None or not values_agree(gold.label.value, result.mentions[found].value):
                misses.append(item_id(article.document, index, gold.label.text))
    header = "# Required corpus labels the pipeline misses today (tests/corpus_baseline.py --write).\n"
    KNOWN_MISSES.write_text(header + "".join(f"{m}\n" for m in misses), encoding="utf-8")
    print(f"wrote {SCORES} and {KNOWN_MISSES} ({len(misses)} known misses)")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python tests/corpus_baseline.py --write")
    write()
