"""Time and memory of dutchfacts on extreme articles; prints a markdown table.

    python benchmarks/bench_robustness.py [--model M ...] [--length 200000]

Run by hand (not a test: the tests check that such articles finish, not how
fast). Each case runs in a process of its own, for its own peak memory (RSS),
with the pipeline loaded before the clock starts:

- ordinary text: the corpus articles joined into one article of `--length` characters;
- a long word: one word of `--length` letters (a compound ending in
  `medewerkers`) in a short sentence, the article as long as the ordinary text;
- a 1 MB article: the corpus articles joined up to the 1,000,000-character limit.

The issue's bar: the long word takes at most 3x the time of the ordinary text.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[variable] = "1"

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


def ordinary_text(length: int) -> str:
    joined = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))
    return (joined * (length // len(joined) + 1))[:length]


def long_word_text(length: int) -> str:
    before, after = "Volgens de ", "medewerkers kwamen er 5 bij."
    return before + "a" * (length - len(before) - len(after)) + after


def text_of(case: str, length: int) -> str:
    if case == "ordinary":
        return ordinary_text(length)
    if case == "word":
        return long_word_text(length)
    return ordinary_text(1_000_000)


def measure(case: str, model: str, length: int) -> dict:
    """In this process: one article through the whole pipeline."""
    import dutchfacts
    from dutchfacts.pipeline import process_article

    nlp = dutchfacts.load(model)
    text = text_of(case, length)
    started = time.perf_counter()
    result = process_article(nlp, dutchfacts.Article(case, text))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"characters": len(text), "seconds": seconds, "peak_mb": peak, "mentions": len(result.mentions)}


def run_case(case: str, model: str, length: int) -> dict:
    run = subprocess.run(
        [sys.executable, __file__, "--case", case, "--model", model, "--length", str(length)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", help="blank:nl, a model name or path (default: blank:nl and the packaged model)")
    parser.add_argument("--length", type=int, default=200_000)
    parser.add_argument("--case", choices=("ordinary", "word", "megabyte"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(measure(args.case, args.model[0], args.length)))
        return
    from dutchfacts.pipeline import default_model

    models = args.model or ["blank:nl", default_model()]
    print("| model | article | characters | seconds | peak RSS (MB) | mentions |")
    print("|---|---|---:|---:|---:|---:|")
    for model in models:
        name = Path(model).name
        times = {}
        for case, label in (("ordinary", "ordinary text"), ("word", f"one word of {args.length:,} letters"), ("megabyte", "1 MB article")):
            measured = run_case(case, model, args.length)
            times[case] = measured["seconds"]
            print(f"| {name} | {label} | {measured['characters']:,} | {measured['seconds']:.2f} | {measured['peak_mb']:.0f} | {measured['mentions']:,} |")
        print(f"| {name} | long word / ordinary text | | {times['word'] / times['ordinary']:.2f}x | | |")


if __name__ == "__main__":
    main()
