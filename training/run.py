"""Reproduce nl_dutchfacts_sm from the shared data with one command.

    python -m training.run ../shared/data

    python -m training.run ../shared/data [--recipe joint]
    python -m training.run ../shared/data --recipe distil --teacher /path/to/nl_dutchfacts_sm-0.3.0
    python -m training.run ../shared/data --recipe student --teacher /path/to/nl_dutchfacts_sm-0.3.0
    python -m training.run ../shared/data --ner-only [--ner-config training/configs/ner_shared.cfg]

Prepares the corpora, trains the pipeline, adds the dutchfacts components,
writes it to the package directory, evaluates it on the test sets and stores
the scores in its meta.json. The `separate` recipe (0.3.0's, the teacher of the
shipped 0.4.0) trains the UD pipeline (configs/ud.cfg) and then a NER with its own
tok2vec (configs/ner.cfg); `joint` trains all components in one run on one shared
tok2vec (configs/joint.cfg: faster, but its parse scores missed the bar, see
training/README.md); `distil` trains the joint run and then continues it on the UD
documents plus news sentences annotated by a teacher pipeline (configs/distil.cfg);
`student` (the shipped 0.4.0's, with 0.3.0 as the teacher) trains the joint shapes from
scratch in one run on the gold UD documents (news counted more) plus the teacher's
annotation (configs/student.cfg). With `--ner-only` the UD part is not retrained: a NER is
trained (configs/ner.cfg, or configs/ner_shared.cfg on the packaged model's
frozen tok2vec) and replaces the packaged NER.
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
from .package import PACKAGE_DIR, assemble, lemma_lookup_table, replace_ner, save, write_accuracy
from .prepare import prepare_joint, prepare_ner, prepare_silver, prepare_student, prepare_ud, silver_corpus

TRAINING_DIR = Path(__file__).parent
CONFIGS = {name: TRAINING_DIR / "configs" / f"{name}.cfg" for name in ("ud", "ner", "joint", "distil", "student")}


def train(
    name: str, config: Path, corpus_dir: Path, output_dir: Path, overrides: Optional[Dict[str, str]] = None
) -> Path:
    """Run `spacy train` on the NAME corpora in its own process; return the best model."""
    command = [
        sys.executable, "-m", "spacy", "train", str(config),
        "--output", str(output_dir / name),
        "--paths.train", str(corpus_dir / f"{name}-train.spacy"),
        "--paths.dev", str(corpus_dir / f"{name}-dev.spacy"),
        "--code", str(TRAINING_DIR / "callbacks.py"),
    ]
    for key, value in (overrides or {}).items():
        command += [f"--{key}", value]
    with (output_dir / f"{name}.log").open("w") as log:
        if subprocess.run(command, stdout=log, stderr=subprocess.STDOUT).returncode != 0:
            raise RuntimeError(f"Training {name} failed, see {log.name}")
    return output_dir / name / "model-best"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder with ud/ and ner/")
    parser.add_argument("--work-dir", type=Path, default=TRAINING_DIR)
    parser.add_argument("--package-dir", type=Path, default=PACKAGE_DIR)
    parser.add_argument(
        "--ner-only", action="store_true",
        help="keep the packaged UD components, retrain and replace only the NER",
    )
    parser.add_argument("--ner-config", type=Path, default=CONFIGS["ner"], help="with --ner-only")
    parser.add_argument(
        "--recipe", choices=("separate", "joint", "distil", "student"), default="separate",
        help="separate: UD pipeline, then a NER with its own tok2vec (the shipped model); joint: one run, one tok2vec;"
        " distil: the joint run, continued on the teacher's annotation of news sentences;"
        " student: the joint shapes from scratch on gold UD (news counted more) and the teacher's annotation",
    )
    parser.add_argument(
        "--teacher", type=Path, default=PACKAGE_DIR,
        help="with --recipe distil or student: the pipeline whose annotation is silver",
    )
    args = parser.parse_args()
    started = time.monotonic()
    lemma_table = lemma_lookup_table()  # before training: a missing training extra fails now
    corpus_dir = args.work_dir / "corpus"
    output_dir = args.work_dir / "output"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    output_dir.mkdir(parents=True, exist_ok=True)
    prepare_ner(args.data_dir, corpus_dir)
    if args.ner_only:
        overrides = {"paths.ud_model": str(args.package_dir)}
        ner_model = train("ner", args.ner_config, corpus_dir, output_dir, overrides)
        nlp = replace_ner(spacy.load(args.package_dir), ner_model)
    else:
        prepare_ud(args.data_dir, corpus_dir)
        if args.recipe == "student":
            prepare_student(args.data_dir, corpus_dir, silver_corpus(args.data_dir, args.teacher))
            nlp = assemble(train("student", CONFIGS["student"], corpus_dir, output_dir), lemma_table)
        elif args.recipe in ("joint", "distil"):
            prepare_joint(corpus_dir)
            model = train("joint", CONFIGS["joint"], corpus_dir, output_dir)
            if args.recipe == "distil":
                prepare_silver(args.data_dir, corpus_dir, args.teacher)
                model = train("distil", CONFIGS["distil"], corpus_dir, output_dir, {"paths.student": str(model)})
            nlp = assemble(model, lemma_table)
        else:
            ud_model = train("ud", CONFIGS["ud"], corpus_dir, output_dir)
            ner_model = train("ner", CONFIGS["ner"], corpus_dir, output_dir, {"paths.ud_model": str(ud_model)})
            nlp = replace_ner(assemble(ud_model, lemma_table), ner_model)
    save(nlp, args.package_dir)
    accuracy = evaluate_all(spacy.load(args.package_dir), args.data_dir)
    write_accuracy(args.package_dir, accuracy)
    print(json.dumps(accuracy, indent=2))
    print(f"Wall time: {(time.monotonic() - started) / 60:.1f} minutes")


if __name__ == "__main__":
    main()
