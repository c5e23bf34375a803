"""Speed and memory of dutchfacts on many articles; prints a markdown table.

    python benchmarks/bench_batch.py [--model M] [--articles 2000] [--memory 1000,20000] [--format parquet]

Run by hand (not a test), on an otherwise idle machine for figures worth
comparing. The input is the corpus articles repeated, ids `r{n}-{name}`, as
one JSONL archive per size. Measured:

- words/s and articles/s of (a) the tokenizer alone, (b) the model alone
  (`nlp.pipe` with only the components the model itself has), (c) the full pipeline with validated results (`dutchfacts.process`),
  in this process, on one core;
- `dutchfacts extract` on the same archive with `--n-process 1` and `2`
  (wall clock, model loading included), and the speed-up;
- the peak memory (RSS of the run and its workers together, sampled) of
  `dutchfacts extract` at each `--memory` size, with all cores, writing
  `--format` (jsonl by default; parquet writes its row groups as results come).

Words are whitespace-separated words of the text.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# One core for (a)-(c): numeric libraries must not spread over more.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[variable] = "1"

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


def write_archive(path: Path, articles: int) -> list[dict]:
    corpus = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    records = [{"id": f"r{n:05d}-{corpus[n % len(corpus)][0]}", "text": corpus[n % len(corpus)][1]} for n in range(articles)]
    with open(path, "w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records


def timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def in_process_speeds(model: str, records: list[dict]) -> list[tuple[str, float]]:
    from collections import deque

    import spacy

    import dutchfacts
    from dutchfacts.io.reading import Article

    nlp = dutchfacts.load(model)
    # What `dutchfacts.load` adds (our components, a sentencizer if the model has no sentence setter) is not the model.
    model_pipes = spacy.blank("nl").pipe_names if model == "blank:nl" else spacy.load(model).pipe_names
    texts = [record["text"] for record in records]
    articles = [Article(record["id"], record["text"]) for record in records]
    drain = deque(maxlen=0).extend
    drain(dutchfacts.process(nlp, articles[:20]))  # warm up the rules' caches
    seconds = [
        ("tokenizer alone", timed(lambda: drain(nlp.tokenizer.pipe(texts, batch_size=64)))),
    ]
    with nlp.select_pipes(enable=model_pipes):
        seconds.append((f"model alone ({', '.join(model_pipes) or 'no components'})", timed(lambda: drain(nlp.pipe(texts, batch_size=64)))))
    seconds.append(("full pipeline (`dutchfacts.process`)", timed(lambda: drain(dutchfacts.process(nlp, articles, batch_size=64)))))
    return seconds


def extract_command(archive: Path, output: Path, model: str, n_process: int | None, output_format: str = "jsonl") -> list[str]:
    command = [sys.executable, "-c", "from dutchfacts.cli import main; main()", "extract", str(archive), "-o", str(output),
               "--model", model, "--format", output_format]
    return command + (["--n-process", str(n_process)] if n_process else [])


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and its children (spaCy's workers)."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (FileNotFoundError, ProcessLookupError):
        return total
    return total + sum(tree_rss(int(child)) for child in children)


def run_extract(command: list[str]) -> tuple[float, int]:
    """Wall-clock seconds and peak RSS of one `dutchfacts extract` run."""
    # A file, not a pipe: the progress bar would fill a pipe nobody reads and block the run.
    with tempfile.TemporaryFile("w+") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            stderr.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{stderr.read()[-2000:]}")
    return seconds, peak


def speed_table(model: str, folder: Path, articles: int) -> None:
    archive = folder / "speed.jsonl"
    records = write_archive(archive, articles)
    words = sum(len(record["text"].split()) for record in records)
    print(f"| input: {articles:,} articles | | {words:,} words | | corpus repeated |")
    speeds = in_process_speeds(model, records)
    for name, seconds in speeds:
        print(f"| {name}, one core | {seconds:.1f} | {words / seconds:,.0f} | {articles / seconds:,.1f} | |", flush=True)
    (_, model_seconds), (_, full_seconds) = speeds[1], speeds[2]
    print(f"| full / model-alone speed | | {model_seconds / full_seconds:.2f} x | | rules' share of the time: {1 - model_seconds / full_seconds:.0%} |", flush=True)

    outputs, wall = {}, {}
    for n_process in (1, 2):
        outputs[n_process] = folder / f"out-{n_process}.jsonl"
        wall[n_process], _ = run_extract(extract_command(archive, outputs[n_process], model, n_process))
        print(f"| `dutchfacts extract --n-process {n_process}` | {wall[n_process]:.1f} | {words / wall[n_process]:,.0f} "
              f"| {articles / wall[n_process]:,.1f} | wall clock, loading included |", flush=True)
    same = outputs[1].read_bytes() == outputs[2].read_bytes()
    print(f"| speed-up of `--n-process 2` over 1 | | {wall[1] / wall[2]:.2f} x | | outputs identical: {same} |", flush=True)


def memory_table(model: str, folder: Path, sizes: list[int], output_format: str) -> None:
    peaks = {}
    for size in sizes:
        write_archive(folder / "memory.jsonl", size)
        output = folder / f"memory-out.{output_format}"
        seconds, peaks[size] = run_extract(extract_command(folder / "memory.jsonl", output, model, None, output_format))
        print(f"| peak memory at {size:,} articles (all cores, --format {output_format}) | {seconds:.1f} | | {size / seconds:,.1f} "
              f"| {peaks[size] / 2**20:,.0f} MiB |", flush=True)
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        print(f"| peak memory {last:,} / {first:,} articles | | | | {peaks[last] / peaks[first]:.2f} x |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline or blank:nl (default: the packaged model, else blank:nl).")
    parser.add_argument("--articles", type=int, default=2000, help="Articles for the speed measurements (0 to skip them).")
    parser.add_argument("--memory", default="1000,20000", help="Article counts for peak memory, comma-separated ('' to skip).")
    parser.add_argument("--format", default="jsonl", choices=("jsonl", "csv", "parquet"), help="Output format of the memory runs.")
    args = parser.parse_args()

    from dutchfacts.pipeline import default_model

    model = args.model or default_model()
    print(f"model: {model}; {os.cpu_count()} cores\n")
    print("| measurement | seconds | words/s | articles/s | note |")
    print("| --- | ---: | ---: | ---: | --- |")
    with tempfile.TemporaryDirectory(prefix="dutchfacts-bench-") as folder:
        folder = Path(folder)
        if args.articles:
            speed_table(model, folder, args.articles)
        memory_table(model, folder, [int(size) for size in args.memory.split(",") if size.strip()], args.format)


if __name__ == "__main__":
    main()
