"""Convert the shared training data into spaCy's binary format.

    python -m training.prepare ../shared/data training/corpus
"""
import argparse
import json
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from .conllu import sentences_to_docs
from .ner_corpora import europeana_docs, multiconer_docs
from .news_ner import NEWS_DEV, NEWS_TRAIN, news_docs
from .news_templates import GENERATED
from .ud_corpus import NEWS_REPEATS, split_ud

# Ten sentences per Doc, so that sentence boundaries are learned and
# scored inside running text.
SENTS_PER_DOC = 10
# Our news sentences are few but closest to what the model will read.
NEWS_TRAIN_REPEATS = 10
# In the joint corpus the UD documents are counted four times, so that nearly two thirds
# of the words of every batch teach the UD components (the NER corpus has 2.3 times the
# words of the UD one, and the NER learns faster).
JOINT_UD_REPEATS = 4
# The teacher's own NER is not used (the silver documents keep their gold entities), nor are
# its lemma post-processors: the student's lemmatizer learns only edit trees it knows (spaCy
# trains an unknown tree as tree 0), and the package adds the same post-processors to it.
TEACHER_EXCLUDE = ["ner", "dutchfacts_proper_noun_lemmas", "dutchfacts_lemma_lookup"]


def prepare_ud(data_dir: Path, out_dir: Path, name: str = "ud", file_repeats: Optional[Dict[str, int]] = None) -> dict:
    nlp = spacy.blank("nl")
    train, dev, stats = split_ud(data_dir / "ud", file_repeats)
    for corpus, sentences in ((f"{name}-train", train), (f"{name}-dev", dev)):
        docs = sentences_to_docs(nlp.vocab, sentences, SENTS_PER_DOC)
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"{corpus}.spacy")
    return stats


def prepare_ner(data_dir: Path, out_dir: Path) -> dict:
    nlp = spacy.blank("nl")
    multiconer = data_dir / "ner" / "multiconer-v1-nl"
    europeana = data_dir / "ner" / "europeana-nl-kb" / "enp_NL.kb.bio"
    news = list(news_docs(nlp, NEWS_TRAIN))
    # Europeana is only partly annotated: stretches without any entity are
    # unannotated pages, not evidence that their names are not entities.
    old_news = [doc for doc in europeana_docs(nlp, europeana) if doc.ents]
    train = list(multiconer_docs(nlp, multiconer / "nl_train.conll")) + old_news
    train += news * NEWS_TRAIN_REPEATS
    generated = list(news_docs(nlp, GENERATED["train"]))
    train += generated
    corpora = {
        "ner-train": train,
        # Checkpoints are selected on news, the text the model is for;
        # MultiCoNER dev is only used to report scores.
        "ner-dev": list(news_docs(nlp, NEWS_DEV)) + list(news_docs(nlp, GENERATED["dev"])),
    }
    for name, docs in corpora.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"{name}.spacy")
    stats = {name: len(docs) for name, docs in corpora.items()}
    stats.update(
        europeana_chunks=len(old_news), news_train_sentences=len(news), generated_train_sentences=len(generated)
    )
    return stats


def prepare_joint(out_dir: Path) -> dict:
    """The corpora of configs/joint.cfg, from those of prepare_ud and prepare_ner: UD
    documents carry no entity annotation and NER documents no UD annotation, so each is
    missing (not negative) evidence for the other components."""
    vocab = spacy.blank("nl").vocab
    stats = {}
    for part, ud_repeats in (("train", JOINT_UD_REPEATS), ("dev", 1)):
        ud = list(DocBin().from_disk(out_dir / f"ud-{part}.spacy").get_docs(vocab))
        ner = list(DocBin().from_disk(out_dir / f"ner-{part}.spacy").get_docs(vocab))
        DocBin(docs=ud * ud_repeats + ner, store_user_data=False).to_disk(out_dir / f"joint-{part}.spacy")
        stats[f"joint-{part}"] = {"ud_docs": len(ud) * ud_repeats, "ner_docs": len(ner)}
    return stats


def silver_doc(teacher: Language, doc: Doc) -> Doc:
    """DOC's words annotated by TEACHER (tags, POS, morphology, lemmas, heads, dependency
    labels, sentence starts), with DOC's gold entities kept."""
    silver = teacher(Doc(teacher.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]))
    silver.set_ents([silver.char_span(e.start_char, e.end_char, label=e.label_) for e in doc.ents], default="outside")
    return silver


def prepare_silver(data_dir: Path, out_dir: Path, teacher_dir: Path) -> dict:
    """The corpora of configs/distil.cfg: the NER training sentences of today's news and
    MultiCoNER with TEACHER_DIR's annotation as silver beside their gold entities, and the
    Europeana chunks with their entities only (19th-century OCR is no text to learn a parse
    from); see write_distil."""
    return write_distil(out_dir, *silver_corpus(data_dir, teacher_dir))


def prepare_student(data_dir: Path, out_dir: Path, silver: Tuple[List[Doc], List[Doc]]) -> dict:
    """The corpora of configs/student.cfg (trained from scratch): the UD documents with the
    news files counted more (ud_corpus.NEWS_REPEATS, written as `ud-news-*`) and SILVER, the
    silver documents and Europeana chunks of silver_corpus."""
    prepare_ud(data_dir, out_dir, "ud-news", NEWS_REPEATS)
    return write_distil(out_dir, *silver, name="student", ud="ud-news")


def silver_corpus(data_dir: Path, teacher_dir: Path) -> Tuple[List[Doc], List[Doc]]:
    """(silver, ner_only): the NER training sentences with TEACHER_DIR's annotation and
    their gold entities, and the Europeana chunks with their entities only."""
    teacher = spacy.load(teacher_dir, exclude=TEACHER_EXCLUDE)
    nlp = spacy.blank("nl")
    multiconer = data_dir / "ner" / "multiconer-v1-nl" / "nl_train.conll"
    europeana = data_dir / "ner" / "europeana-nl-kb" / "enp_NL.kb.bio"
    news = [silver_doc(teacher, doc) for doc in news_docs(nlp, NEWS_TRAIN)]
    silver = [silver_doc(teacher, doc) for doc in multiconer_docs(nlp, multiconer)]
    silver += news * NEWS_TRAIN_REPEATS
    silver += [silver_doc(teacher, doc) for doc in news_docs(nlp, GENERATED["train"])]
    old_news = [doc for doc in europeana_docs(nlp, europeana) if doc.ents]
    return silver, old_news


def write_distil(out_dir: Path, silver: List[Doc], ner_only: List[Doc], name: str = "distil", ud: str = "ud") -> dict:
    """NAME-train: the UD documents of prepare_ud (UD-train, counted JOINT_UD_REPEATS times),
    the SILVER documents and the NER_ONLY ones; NAME-dev: gold only, the UD and NER dev
    documents, on which checkpoints are chosen."""
    vocab = spacy.blank("nl").vocab
    ud_docs = list(DocBin().from_disk(out_dir / f"{ud}-train.spacy").get_docs(vocab))
    train = ud_docs * JOINT_UD_REPEATS + silver + ner_only
    dev = list(DocBin().from_disk(out_dir / f"{ud}-dev.spacy").get_docs(vocab))
    dev += list(DocBin().from_disk(out_dir / "ner-dev.spacy").get_docs(vocab))
    for part, docs in (("train", train), ("dev", dev)):
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"{name}-{part}.spacy")
    return {
        "ud_docs": len(ud_docs) * JOINT_UD_REPEATS, "silver_docs": len(silver), "silver_words": sum(map(len, silver)),
        "ner_only_docs": len(ner_only), "dev_docs": len(dev),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder with ud/ and ner/")
    parser.add_argument("out_dir", type=Path, help="where to write .spacy files")
    parser.add_argument(
        "--teacher", type=Path, default=None,
        help="also write the distillation and student corpora, with this pipeline's annotation as silver",
    )
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    stats = {
        "ud": prepare_ud(args.data_dir, args.out_dir),
        "ner": prepare_ner(args.data_dir, args.out_dir),
    }
    stats["joint"] = prepare_joint(args.out_dir)
    if args.teacher:
        silver = silver_corpus(args.data_dir, args.teacher)
        stats["distil"] = write_distil(args.out_dir, *silver)
        stats["student"] = prepare_student(args.data_dir, args.out_dir, silver)
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
