"""Load time and words per second of the packaged model on one core.

    python benchmarks/bench_model.py [--model DIR] [--words 20000]

Run by hand (not a test); the figures go into training/MODEL_CARD.md.
Wall-clock figures suffer when other processes share the core, so CPU-time
figures (time this process actually ran) are printed beside them.
"""
import argparse
import os
import re
import time
from pathlib import Path

# Pin numeric libraries to one thread before they are imported.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[variable] = "1"

import spacy  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO_ROOT / "src" / "dutchfacts" / "models" / "nl_dutchfacts_sm"
# Our hand-written news sentences are in-domain text that ships with the repo.
NEWS_SENTENCES = REPO_ROOT / "training" / "assets" / "news_ner_train.txt"
MARKUP = re.compile(r"\[([^\[\]|]+)\|[A-Z]+\]")


def news_texts(words: int) -> list:
    lines = [
        MARKUP.sub(r"\1", line)
        for line in NEWS_SENTENCES.read_text(encoding="utf8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    # Five sentences per text, roughly a news paragraph.
    paragraphs = [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    texts, total = [], 0
    while total < words:
        for paragraph in paragraphs:
            texts.append(paragraph)
            total += len(paragraph.split())
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--words", type=int, default=20000)
    args = parser.parse_args()
    started, cpu_started = time.perf_counter(), time.process_time()
    nlp = spacy.load(args.model)
    load_wall = time.perf_counter() - started
    load_cpu = time.process_time() - cpu_started
    texts = news_texts(args.words)
    list(nlp.pipe(texts[:10]))  # warm up
    started, cpu_started = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    size_mb = sum(f.stat().st_size for f in args.model.rglob("*") if f.is_file()) / 1e6
    print(f"model: {args.model} ({size_mb:.1f} MB)")
    print(f"load time: {load_wall:.2f} s wall, {load_cpu:.2f} s CPU")
    print(
        f"speed: {tokens / wall:,.0f} words/s wall, {tokens / cpu:,.0f} words/s CPU "
        f"({tokens} tokens, one thread)"
    )
    print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
