"""The tuning half and the check half of the labelled material.

Rules are tuned on the tuning half only; of the check half only the scores
are looked at, never its diffs, so that a gap between the two shows rules
that remember their articles. An article's half follows from its name
(a stable hash), so a new article falls into one without a list to keep.

    python tests/halves.py              # scores of both halves (corpus/ and ../shared/dev together)
    python tests/halves.py --diff       # plus the diff of the tuning half
    python tests/halves.py --model blank:nl
"""

from __future__ import annotations

import argparse
import json
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LABELLED_SETS = (REPO / "corpus", REPO.parent / "shared" / "dev")


def half_of(document: str) -> str:
    return "check" if zlib.crc32(f"split:{document}".encode()) % 2 else "tuning"


def evaluate_halves(nlp) -> dict:
    from dutchfacts.evaluation.labels import labelled_articles, read_labelled
    from dutchfacts.pipeline import process
    from dutchfacts.io.reading import Article
    from dutchfacts.evaluation.scoring import Evaluation, score_article

    halves: dict[str, list] = {"tuning": [], "check": []}
    for folder in LABELLED_SETS:
        if not folder.is_dir():
            continue
        labelled = [read_labelled(path) for path in labelled_articles(folder)]
        results = process(nlp, (Article(item.document, item.text) for item in labelled))
        for item, result in zip(labelled, results):
            halves[half_of(item.document)].append(score_article(item, result))
    return {half: Evaluation(scores) for half, scores in halves.items()}


def headline(summary: dict) -> dict:
    figures = {f"{t}.f1": s["f1"] for t, s in summary["types"].items()}
    actors = summary["actors"]
    figures.update({"actors.precision": actors["precision"], "actors.recall": actors["recall"], "actors.f1": actors["f1"]})
    figures.update({f"attribute.{name}": value for name, value in summary["attributes"].items()})
    figures["source.precision"] = summary["source_precision"]
    figures["articles"] = summary["articles"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--diff", action="store_true", help="print the diff of the tuning half (never of the check half)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the packaged model)")
    args = parser.parse_args()

    import dutchfacts
    from dutchfacts.evaluation.console import print_diff

    evaluations = evaluate_halves(dutchfacts.load(args.model))
    if args.diff:
        print_diff(evaluations["tuning"])
    table = {half: headline(evaluation.summary()) for half, evaluation in evaluations.items()}
    print(json.dumps(table, indent=2))


if __name__ == "__main__":
    main()
