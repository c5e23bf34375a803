"""Build the UD training and development corpora.

The only current train-quality data with the newest label set and XPOS are the
two UD dev files, so we train on most of them and keep every fifth source
document of each as the development set used for model selection. The test
files are never trained on: any training sentence whose token sequence occurs
in a test file (or in the held-out development documents) is dropped.
"""
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Set, Tuple

from .conllu import Sentence, read_sentences
from .harmonize import Lexicon, harmonize

OLD_TRAIN_FILES = [
    "nl_lassysmall-ud-train-2017.conllu",
    "nl_lassysmall-news-ud-train-2017.conllu",
]
DEV_FILES = ["nl_lassysmall-ud-dev.conllu", "nl_alpino-ud-dev.conllu"]
TEST_FILES = ["nl_lassysmall-ud-test.conllu", "nl_alpino-ud-test.conllu"]
HELD_OUT_EVERY = 5
# The current dev documents follow the test files' guidelines; the 2017
# sentences outnumber them and partly follow older ones, so count them three times.
CURRENT_DATA_REPEATS = 3
# Extra weight for the newspaper text (the `student` recipe): the 2017 LassySmall news file
# and the training part of the Alpino dev file (Alpino's test file is news too).
NEWS_REPEATS = {"nl_lassysmall-news-ud-train-2017.conllu": 3, "nl_alpino-ud-dev.conllu": 2}


def split_ud(
    ud_dir: Path, file_repeats: Optional[Mapping[str, int]] = None
) -> Tuple[List[Sentence], List[Sentence], Dict[str, int]]:
    """Return (train, dev) sentences and counts of what was dropped; a training sentence
    of a file named in FILE_REPEATS is counted that many times more."""
    file_repeats = file_repeats or {}
    test_keys = {s.key for name in TEST_FILES for s in read_sentences(ud_dir / name)}
    current: Dict[str, List[Sentence]] = {}
    dev: List[Sentence] = []
    for name in DEV_FILES:
        sentences = list(read_sentences(ud_dir / name))
        held_out_docs = _every_nth_doc(sentences, HELD_OUT_EVERY)
        dev += [s for s in sentences if s.doc_id in held_out_docs]
        current[name] = [s for s in sentences if s.doc_id not in held_out_docs]
    dev_keys = {s.key for s in dev}
    dev_file_keys = {s.key for name in DEV_FILES for s in read_sentences(ud_dir / name)}
    stats = {"dev_file_sentences_in_test": sum(s.key in test_keys for part in current.values() for s in part)}
    for name, part in current.items():
        current[name] = [s for s in part if s.key not in test_keys and s.key not in dev_keys]
    train = [s for part in current.values() for s in part]
    # Which verbs take prepositional objects and inherent reflexives is learned
    # from the current-guideline sentences we train on, never from dev or test.
    lexicon = Lexicon.learn(train)
    # Whole runs of sentences are repeated, so that a document of SENTS_PER_DOC stays running text.
    train *= CURRENT_DATA_REPEATS
    for name, part in current.items():
        train += part * ((file_repeats.get(name, 1) - 1) * CURRENT_DATA_REPEATS)
    for name in OLD_TRAIN_FILES:
        sentences = list(read_sentences(ud_dir / name))
        # The old splits overlap the current dev and test files.
        kept = [
            s for s in sentences if s.key not in test_keys and s.key not in dev_file_keys
        ]
        stats[f"{name}: dropped (in dev/test)"] = len(sentences) - len(kept)
        train.extend([harmonize(s, lexicon) for s in kept] * file_repeats.get(name, 1))
    stats["train_sentences"] = len(train)
    stats["dev_sentences"] = len(dev)
    return train, dev, stats


def _every_nth_doc(sentences: List[Sentence], n: int) -> Set[str]:
    doc_ids = sorted({s.doc_id for s in sentences})
    return set(doc_ids[::n])
