"""Reproduce nl_dutchfacts_sm from the shared data with one command.

    python -m training.run ../shared/data

Prepares the corpora, trains the UD pipeline and the NER pipeline in
parallel (one process each, so two cores), assembles them into the package
directory, evaluates it on the test sets and stores the scores in meta.json.
"""
import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, Optional

import spacy

from .evaluate import evaluate_all
from .package import PACKAGE_DIR, assemble, lemma_lookup_table, save, write_accuracy
from .prepare import prepare_ner, prepare_ud

TRAINING_DIR = Path(__file__).parent
CONFIGS = {"ud": TRAINING_DIR / "configs" / "ud.cfg", "ner": TRAINING_DIR / "configs" / "ner.cfg"}


def train_pipelines(
    corpus_dir: Path, output_dir: Path, overrides: Optional[Dict[str, str]] = None
) -> Dict[str, Path]:
    """Train both pipelines in parallel and return their best models."""
    processes = {}
    for name, config in CONFIGS.items():
        command = [
            sys.executable, "-m", "spacy", "train", str(config),
            "--output", str(output_dir / name),
            "--paths.train", str(corpus_dir / f"{name}-train.spacy"),
            "--paths.dev", str(corpus_dir / f"{name}-dev.spacy"),
        ]
        for key, value in (overrides or {}).items():
            command += [f"--{key}", value]
        log = (output_dir / f"{name}.log").open("w")
        processes[name] = (subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT), log)
    for name, (process, log) in processes.items():
        if process.wait() != 0:
            raise RuntimeError(f"Training {name} failed, see {log.name}")
        log.close()
    return {name: output_dir / name / "model-best" for name in CONFIGS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder with ud/ and ner/")
    parser.add_argument("--work-dir", type=Path, default=TRAINING_DIR)
    parser.add_argument("--package-dir", type=Path, default=PACKAGE_DIR)
    args = parser.parse_args()
    started = time.monotonic()
    lemma_table = lemma_lookup_table()  # before training: a missing training extra fails now
    corpus_dir = args.work_dir / "corpus"
    output_dir = args.work_dir / "output"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    output_dir.mkdir(parents=True, exist_ok=True)
    prepare_ud(args.data_dir, corpus_dir)
    prepare_ner(args.data_dir, corpus_dir)
    models = train_pipelines(corpus_dir, output_dir)
    save(assemble(models["ud"], models["ner"], lemma_table), args.package_dir)
    accuracy = evaluate_all(spacy.load(args.package_dir), args.data_dir)
    write_accuracy(args.package_dir, accuracy)
    print(json.dumps(accuracy, indent=2))
    print(f"Wall time: {(time.monotonic() - started) / 60:.1f} minutes")


if __name__ == "__main__":
    main()
