"""The training code must keep working; CI never retrains the real model."""
import sys
import time
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = REPO_ROOT.parent / "shared" / "data"
# training/ is a repository tool, not part of the installed package.
sys.path.insert(0, str(REPO_ROOT))

from training.conllu import read_sentences, sentences_to_docs  # noqa: E402
from training.harmonize import harmonize  # noqa: E402
from training.ner_corpora import restore_case  # noqa: E402
from training.news_ner import NEWS_DEV, NEWS_TEST, NEWS_TRAIN, news_docs  # noqa: E402

needs_data = pytest.mark.skipif(
    not (DATA_DIR / "ud").is_dir(),
    reason=f"shared training data not found at {DATA_DIR}",
)

OLD_CONLLU = """\
# wiki-1.p.1.s.1.xml
1\tJan\tJan\tPROPN\t_\t_\t3\tnsubj\t_\t_
2\tJansen\tJansen\tPROPN\t_\t_\t1\tflat:name\t_\t_
3\twint\twinnen\tVERB\t_\tNumber=Sing\t0\troot\t_\t_
4\tde\tde\tDET\t_\tDefinite=Def\t5\tdet\t_\t_
5\tgemeenteraad\tgemeente_raad\tNOUN\t_\tNumber=Sing\t3\tobj\t_\t_

"""


def test_old_conllu_labels_are_mapped(tmp_path):
    path = tmp_path / "old.conllu"
    path.write_text(OLD_CONLLU, encoding="utf8")
    sentence = next(read_sentences(path))
    assert sentence.deps[1] == "flat"
    assert sentence.tags is None
    assert sentence.spaces is None
    assert sentence.lemmas[4] == "gemeenteraad"
    doc = next(sentences_to_docs(spacy.blank("nl").vocab, [sentence], 10))
    assert doc[1].head.i == 0
    assert doc[2].dep_ == "root"
    assert doc[0].tag_ == ""


def test_harmonize_follows_current_guidelines(tmp_path):
    path = tmp_path / "old.conllu"
    path.write_text(
        "# wiki-2.p.1.s.1.xml\n"
        "1\tZijn\tzijn\tDET\t_\t_\t3\tdet\t_\t_\n"
        "2\tderde\tderde\tNUM\t_\t_\t3\tnummod\t_\t_\n"
        "3\tboek\tboek\tNOUN\t_\t_\t0\troot\t_\t_\n"
        "4\tals\tals\tADP\t_\t_\t5\tmark\t_\t_\n"
        "5\tdebuut\tdebuut\tNOUN\t_\t_\t3\tnmod\t_\t_\n\n",
        encoding="utf8",
    )
    sentence = harmonize(next(read_sentences(path)))
    assert sentence.pos == ["PRON", "ADJ", "NOUN", "SCONJ", "NOUN"]
    assert sentence.deps[:2] == ["nmod:poss", "amod"]
    assert sentence.morphs[0] == "Person=3|Poss=Yes|PronType=Prs"


def test_restore_case_keeps_name_particles_lower_case():
    words = ["de", "dichter", "h.h.", "ter", "balkt", "woonde", "in", "'s-hertogenbosch", "bij", "psv"]
    tags = ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "O", "B-GRP"]
    assert restore_case(words, tags) == [
        "De", "dichter", "H.H.", "ter", "Balkt", "woonde", "in", "'s-Hertogenbosch", "bij", "PSV",
    ]


def test_news_sentences_parse_with_entities():
    nlp = spacy.blank("nl")
    for path in (NEWS_TRAIN, NEWS_DEV, NEWS_TEST):
        docs = list(news_docs(nlp, path))
        assert len(docs) >= 30
        assert {ent.label_ for doc in docs for ent in doc.ents} == {"PER", "ORG", "LOC"}


@needs_data
def test_evaluation_sentences_never_reach_training():
    from training.ud_corpus import TEST_FILES, split_ud

    train, dev, _ = split_ud(DATA_DIR / "ud")
    held_out = {s.key for name in TEST_FILES for s in read_sentences(DATA_DIR / "ud" / name)}
    held_out |= {s.key for s in dev}
    assert not any(s.key in held_out for s in train)


@needs_data
def test_tiny_model_trains_quickly(tmp_path):
    from training.package import assemble
    from training.run import train_pipelines

    started = time.monotonic()
    nlp = spacy.blank("nl")
    ud_file = DATA_DIR / "ud" / "nl_lassysmall-news-ud-train-2017.conllu"
    sentences = [s for _, s in zip(range(40), read_sentences(ud_file))]
    news = list(news_docs(nlp, NEWS_TRAIN))
    corpora = {
        "ud-train": list(sentences_to_docs(nlp.vocab, sentences[:30], 5)),
        "ud-dev": list(sentences_to_docs(nlp.vocab, sentences[30:], 5)),
        "ner-train": news[:30],
        "ner-dev": news[30:40],
    }
    for name, docs in corpora.items():
        DocBin(docs=docs).to_disk(tmp_path / f"{name}.spacy")
    overrides = {"training.max_steps": "20", "training.eval_frequency": "10"}
    models = train_pipelines(tmp_path, tmp_path, overrides)
    tiny = assemble(models["ud"], models["ner"])
    assert tiny.pipe_names == [
        "tok2vec", "morphologizer", "tagger", "trainable_lemmatizer", "sentencizer", "parser", "ner",
    ]
    doc = tiny("De minister sprak dinsdag in Den Haag.")
    assert len(doc) == 8
    assert time.monotonic() - started < 120
