"""Load time and words per second of the packaged model on one core.

    python benchmarks/bench_model.py [--model DIR ...] [--words 20000] [--rounds 3]

Run by hand (not a test); the figures go into training/MODEL_CARD.md.
Several `--model`s are timed in the same run on the same texts, in turns, so
that they share the machine's load alike. "model alone" is the model's own
components (the `dutchfacts_*` ones disabled), "all components" the whole
package. Wall-clock figures suffer when other processes share the core, so
the figures are CPU time (time this process actually ran), the best round.
`--components` also prints what each component costs.
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
from spacy.language import Language  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO_ROOT / "src" / "dutchfacts" / "models" / "nl_dutchfacts_sm"
# Our hand-written news sentences are in-domain text that ships with the repo.
NEWS_SENTENCES = REPO_ROOT / "training" / "assets" / "news_ner_train.txt"
MARKUP = re.compile(r"\[([^\[\]|]+)\|[A-Z]+\]")
OWN_COMPONENTS = "dutchfacts_"


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


def words_per_second(nlp: Language, texts: list, disable: list) -> float:
    with nlp.select_pipes(disable=disable):
        cpu_started = time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        return tokens / (time.process_time() - cpu_started)


def component_costs(nlp: Language, texts: list) -> dict:
    """CPU seconds per component (and the tokenizer), running them one after another."""
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    costs = {"tokenizer": time.process_time() - started}
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]
        costs[name] = time.process_time() - started
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, action="append", help=f"default: {MODEL_DIR}")
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--components", action="store_true", help="also time each component")
    args = parser.parse_args()
    texts = news_texts(args.words)
    pipelines = {}
    for path in args.model or [MODEL_DIR]:
        started, cpu_started = time.perf_counter(), time.process_time()
        nlp = spacy.load(path)
        load_wall, load_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        list(nlp.pipe(texts[:10]))  # warm up
        size_mb = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
        version = nlp.meta.get("version", "?")
        print(f"{path} {version}: {size_mb:.1f} MB, load {load_wall:.2f} s wall, {load_cpu:.2f} s CPU")
        pipelines[path] = nlp
    best = {(path, kind): 0.0 for path in pipelines for kind in ("model alone", "all components")}
    for _ in range(args.rounds):
        for path, nlp in pipelines.items():
            own = [name for name in nlp.pipe_names if name.startswith(OWN_COMPONENTS)]
            for kind, disable in (("model alone", own), ("all components", [])):
                best[path, kind] = max(best[path, kind], words_per_second(nlp, texts, disable))
    for (path, kind), speed in best.items():
        print(f"{path.name} {pipelines[path].meta.get('version', '?')} {kind}: {speed:,.0f} words/s CPU (one thread)")
    if args.components:
        for path, nlp in pipelines.items():
            costs = component_costs(nlp, texts)
            total = sum(costs.values())
            print(f"{path} per component (CPU s, share):")
            for name, cost in costs.items():
                print(f"  {name:32s} {cost:6.2f} {cost / total:6.1%}")
    print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
