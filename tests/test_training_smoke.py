"""The training code must keep working; CI never retrains the real model."""
import sys
import time
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training import Example

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = REPO_ROOT.parent / "shared" / "data"
# training/ is a repository tool, not part of the installed package.
sys.path.insert(0, str(REPO_ROOT))

from training.conllu import _join_compound, read_sentences, sentences_to_docs  # noqa: E402
from training.harmonize import Lexicon, harmonize  # noqa: E402
from training.ner_corpora import restore_case  # noqa: E402
from training.news_ner import NEWS_DEV, NEWS_TEST, NEWS_TRAIN, news_docs  # noqa: E402
from training import news_templates  # noqa: E402

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


@pytest.mark.parametrize("form, lemma, joined", [
    ("stadstitel", "stad_titel", "stadstitel"),          # linking s as written
    ("Bestuurszaken", "bestuur_zaak", "bestuurszaak"),   # inflected last part
    ("Lambermont-akkoord", "Lambermont_akkoord", "Lambermont-akkoord"),
    ("zocht", "op_zoeken", "opzoeken"),                  # separable verb, parts not written
    ("opgerold", "op_rollen", "oprollen"),               # `ge` is no linking morpheme
])
def test_compound_lemmas_are_joined_as_written(form, lemma, joined):
    assert _join_compound(form, lemma) == joined


def test_harmonize_puts_the_particle_in_the_verb_lemma(tmp_path):
    sentence = harmonize(conllu_sentence(tmp_path, [
        ("Hij", "hij", "PRON", 2, "nsubj"),
        ("zocht", "zoeken", "VERB", 0, "root"),
        ("haar", "haar", "PRON", 2, "obj"),
        ("op", "op", "ADP", 2, "compound:prt"),
    ]))
    assert sentence.lemmas[1] == "opzoeken"


def conllu_sentence(tmp_path, rows):
    path = tmp_path / "old.conllu"
    lines = ["\t".join([str(i), form, lemma, pos, "_", "_", str(head), dep, "_", "_"])
             for i, (form, lemma, pos, head, dep) in enumerate(rows, 1)]
    path.write_text("# wiki-3.p.1.s.1.xml\n" + "\n".join(lines) + "\n\n", encoding="utf8")
    return next(read_sentences(path))


def test_harmonize_moves_conjunctions_and_punctuation(tmp_path):
    # UD v1: `en` and the comma hang from the first conjunct and the root; v2: from what follows.
    sentence = harmonize(conllu_sentence(tmp_path, [
        ("Jan", "Jan", "PROPN", 2, "nsubj"),
        ("lacht", "lachen", "VERB", 0, "root"),
        (",", ",", "PUNCT", 2, "punct"),
        ("zingt", "zingen", "VERB", 2, "conj"),
        ("en", "en", "CCONJ", 2, "cc"),
        ("danst", "dansen", "VERB", 2, "conj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]))
    assert sentence.heads == [2, 0, 4, 2, 6, 2, 2]


def test_harmonize_makes_worden_and_willen_heads(tmp_path):
    # Only `zijn` is a copula now: `worden` heads the clause, `ziek` is its xcomp.
    copula = harmonize(conllu_sentence(tmp_path, [
        ("Hij", "hij", "PRON", 3, "nsubj"),
        ("werd", "worden", "AUX", 3, "cop"),
        ("ziek", "ziek", "ADJ", 0, "root"),
        (".", ".", "PUNCT", 3, "punct"),
    ]))
    assert copula.heads == [2, 0, 2, 2]
    assert copula.deps == ["nsubj", "root", "xcomp", "punct"]
    assert copula.pos[1] == "VERB"
    modal = harmonize(conllu_sentence(tmp_path, [
        ("Zij", "zij", "PRON", 3, "nsubj"),
        ("wil", "willen", "AUX", 3, "aux"),
        ("winnen", "winnen", "VERB", 0, "root"),
    ]))
    assert modal.heads == [2, 0, 2]
    assert modal.deps == ["nsubj", "root", "xcomp"]
    # `moeten` went the other way: the old head of the clause is now an auxiliary.
    must = harmonize(conllu_sentence(tmp_path, [
        ("Zij", "zij", "PRON", 2, "nsubj"),
        ("moet", "moeten", "VERB", 0, "root"),
        ("winnen", "winnen", "VERB", 2, "xcomp"),
    ]))
    assert must.heads == [3, 3, 0]
    assert must.deps == ["nsubj", "aux", "root"]
    assert must.pos[1] == "AUX"


def test_harmonize_learns_prepositional_objects_and_passives(tmp_path):
    current = conllu_sentence(tmp_path, [
        ("Zij", "zij", "PRON", 2, "nsubj"),
        ("wacht", "wachten", "VERB", 0, "root"),
        ("op", "op", "ADP", 4, "case"),
        ("hulp", "hulp", "NOUN", 2, "obl:arg"),
    ])
    lexicon = Lexicon.learn([current])
    assert lexicon.prepositional_objects == {("wachten", "op")}
    old = harmonize(conllu_sentence(tmp_path, [
        ("Hij", "hij", "PRON", 2, "nsubj"),
        ("wachtte", "wachten", "VERB", 0, "root"),
        ("op", "op", "ADP", 4, "case"),
        ("geld", "geld", "NOUN", 2, "obl"),
    ]), lexicon)
    assert old.deps[3] == "obl:arg"
    passive = harmonize(conllu_sentence(tmp_path, [
        ("Het", "het", "PRON", 3, "nsubj"),
        ("werd", "worden", "AUX", 3, "aux:pass"),
        ("gezien", "zien", "VERB", 0, "root"),
        ("door", "door", "ADP", 5, "case"),
        ("velen", "veel", "PRON", 3, "obl"),
    ]))
    assert passive.deps == ["nsubj:pass", "aux:pass", "root", "case", "obl:agent"]


@needs_data
def test_harmonized_2017_trees_agree_with_current_annotation():
    """The 2017 sentences that recur in the current dev files, with their two annotations."""
    ud = DATA_DIR / "ud"
    current = {s.key: s for name in ("nl_lassysmall-ud-dev.conllu",) for s in read_sentences(ud / name)}
    pairs = [(s, current[s.key]) for s in read_sentences(ud / "nl_lassysmall-ud-train-2017.conllu") if s.key in current]
    words = sum(len(old.words) for old, _ in pairs)

    def attachment(sentences):
        return sum(o.heads[i] == c.heads[i] and o.deps[i] == c.deps[i]
                   for o, c in sentences for i in range(len(o.words))) / words

    before = attachment(pairs)
    after = attachment([(harmonize(old), new) for old, new in pairs])
    assert len(pairs) > 500
    assert before < 0.8
    assert after > 0.9


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


def test_generated_news_sentences_are_up_to_date():
    generated = news_templates.generate()
    for part, path in news_templates.GENERATED.items():
        lines = [line for line in path.read_text(encoding="utf8").splitlines() if not line.startswith("#")]
        assert lines == generated[part], f"rerun python -m training.news_templates ({path.name})"
    assert len(generated["train"]) >= 3000


def test_news_labels_are_consistent():
    _, ambiguous = news_templates.read_names()
    lines = [
        line
        for path in [NEWS_TRAIN, NEWS_DEV, NEWS_TEST, *news_templates.GENERATED.values()]
        for line in path.read_text(encoding="utf8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert news_templates.check_consistency(lines, ambiguous) == []


def test_consistency_check_finds_conflicts_and_unlabelled_names():
    problems = news_templates.check_consistency(
        ["[Ajax|ORG] wint.", "In [Ajax|LOC] regent het.", "Het [CBS|ORG] meldt dat Groningen groeit, zegt [Groningen|LOC]."],
        ambiguous=set(),
    )
    assert problems == [
        "'Ajax' labelled ['LOC', 'ORG']",
        "'Groningen' not labelled in: Het  meldt dat Groningen groeit, zegt .",
    ]


def test_test_templates_and_held_out_names_stay_out_of_training():
    templates = news_templates.read_templates()
    parts = {news_templates.template_part(template) for template in templates}
    assert parts == {"train", "dev", "test"}
    lists, _ = news_templates.read_names()
    held = {name for names in lists.values() for name in names.names if news_templates.held_out(name)}
    train_text = news_templates.GENERATED["train"].read_text(encoding="utf8")
    entities = {text for line in train_text.splitlines() for text, _ in news_templates.entities(line)}
    fixed = {text for template in templates for text, _ in news_templates.entities(template)}
    assert held and not (held - fixed) & entities


@pytest.mark.parametrize("name, alone", [
    ("Caroline van der Plas", "Van der Plas"),
    ("Bart De Wever", "De Wever"),
    ("Recep Tayyip Erdoğan", "Erdoğan"),
    ("Jan van 't Hek", "Van 't Hek"),
])
def test_surname_without_first_name_takes_a_capital(name, alone):
    assert news_templates.surname(name) == alone


@needs_data
def test_evaluation_sentences_never_reach_training():
    from training.ud_corpus import NEWS_REPEATS, TEST_FILES, split_ud

    train, dev, _ = split_ud(DATA_DIR / "ud")
    held_out = {s.key for name in TEST_FILES for s in read_sentences(DATA_DIR / "ud" / name)}
    held_out |= {s.key for s in dev}
    assert not any(s.key in held_out for s in train)
    # The student recipe counts the news files more, from the same sentences and the same dev set.
    news_train, news_dev, _ = split_ud(DATA_DIR / "ud", NEWS_REPEATS)
    assert [s.key for s in news_dev] == [s.key for s in dev]
    assert {s.key for s in news_train} == {s.key for s in train} and len(news_train) > len(train)


@needs_data
def test_tiny_model_trains_quickly(tmp_path):
    from training.package import assemble, replace_ner
    from training.prepare import TEACHER_EXCLUDE, prepare_joint, silver_doc, write_distil
    from training.run import CONFIGS, train

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
    prepare_joint(tmp_path)
    overrides = {"training.max_steps": "20", "training.eval_frequency": "10"}
    tiny = assemble(train("joint", CONFIGS["joint"], tmp_path, tmp_path, overrides), {"bevestigden": "bevestigen"})
    assert tiny.pipe_names == [
        "tok2vec", "morphologizer", "tagger", "trainable_lemmatizer", "dutchfacts_proper_noun_lemmas",
        "dutchfacts_sentence_ends", "parser", "dutchfacts_lemma_lookup", "ner",
    ]
    # One tok2vec for all: the NER listens to it like the UD components.
    assert "ner" in tiny.get_pipe("tok2vec").listening_components
    doc = tiny("De minister sprak dinsdag in Den Haag.")
    assert len(doc) == 8
    # --ner-only: a NER with its own tok2vec (configs/ner.cfg) takes the shared one's place.
    replace_ner(tiny, train("ner", CONFIGS["ner"], tmp_path, tmp_path, overrides))
    assert tiny.pipe_names[-1] == "ner" and "ner" not in tiny.get_pipe("tok2vec").listening_components
    assert len(tiny("De minister sprak dinsdag in Den Haag.")) == 8
    # --recipe distil: the joint model goes on learning from a teacher's annotation (here its
    # own: a student cannot learn labels it was not initialized with).
    student = tmp_path / "joint" / "model-best"
    teacher = spacy.load(student, exclude=TEACHER_EXCLUDE)
    write_distil(tmp_path, [silver_doc(teacher, doc) for doc in news[:20]], news[20:30])
    overrides["paths.student"] = str(student)
    distilled = spacy.load(train("distil", CONFIGS["distil"], tmp_path, tmp_path, overrides))
    assert distilled.pipe_names == ["tok2vec", "morphologizer", "tagger", "trainable_lemmatizer", "parser", "ner"]
    # --recipe student: the same shapes from scratch on gold UD plus the teacher's annotation.
    del overrides["paths.student"]
    (tmp_path / "ud-news-train.spacy").write_bytes((tmp_path / "ud-train.spacy").read_bytes())
    (tmp_path / "ud-news-dev.spacy").write_bytes((tmp_path / "ud-dev.spacy").read_bytes())
    write_distil(tmp_path, [silver_doc(teacher, doc) for doc in news[:20]], news[20:30], name="student", ud="ud-news")
    student = assemble(train("student", CONFIGS["student"], tmp_path, tmp_path, overrides), {})
    assert "ner" in student.get_pipe("tok2vec").listening_components
    assert len(student("De minister sprak dinsdag in Den Haag.")) == 8
    assert time.monotonic() - started < 180


@needs_data
def test_silver_documents_carry_the_teachers_annotation_and_gold_entities():
    from training.package import PACKAGE_DIR
    from training.prepare import TEACHER_EXCLUDE, silver_doc

    teacher = spacy.load(PACKAGE_DIR, exclude=TEACHER_EXCLUDE)
    for gold in list(news_docs(spacy.blank("nl"), NEWS_TRAIN))[:10]:
        silver = silver_doc(teacher, gold)
        assert [t.text for t in silver] == [t.text for t in gold] and silver.text == gold.text
        assert all(silver.has_annotation(attr) for attr in ("TAG", "POS", "MORPH", "LEMMA", "DEP"))
        assert [(e.start, e.end, e.label_) for e in silver.ents] == [(e.start, e.end, e.label_) for e in gold.ents]


def test_sourced_lemmatizer_gets_its_tree_labels_back(tmp_path):
    from training.callbacks import make_restore_lemmatizer_labels

    nlp = spacy.blank("nl")
    lemmatizer = nlp.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1})
    doc = nlp.make_doc("liepen honden")
    for token, lemma in zip(doc, ("lopen", "hond")):
        token.lemma_ = lemma
    nlp.initialize(lambda: [Example(nlp.make_doc(doc.text), doc)])
    nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)
    assert loaded.get_pipe("trainable_lemmatizer").tree2label == {}  # what spaCy 3.8 loads
    restored = make_restore_lemmatizer_labels()(loaded).get_pipe("trainable_lemmatizer").tree2label
    assert restored == lemmatizer.tree2label and len(restored) == 2


@needs_data
def test_joint_corpus_keeps_each_annotation_to_its_own_documents(tmp_path):
    from training.prepare import JOINT_UD_REPEATS, prepare_joint

    nlp = spacy.blank("nl")
    sentences = [s for _, s in zip(range(10), read_sentences(DATA_DIR / "ud" / "nl_alpino-ud-dev.conllu"))]
    news = list(news_docs(nlp, NEWS_TRAIN))[:10]
    for part in ("train", "dev"):
        DocBin(docs=list(sentences_to_docs(nlp.vocab, sentences, 5))).to_disk(tmp_path / f"ud-{part}.spacy")
        DocBin(docs=news).to_disk(tmp_path / f"ner-{part}.spacy")
    prepare_joint(tmp_path)
    docs = list(DocBin().from_disk(tmp_path / "joint-train.spacy").get_docs(nlp.vocab))
    ud = [doc for doc in docs if doc.has_annotation("DEP")]
    ner = [doc for doc in docs if doc.has_annotation("ENT_IOB")]
    assert len(ud) == 2 * JOINT_UD_REPEATS and len(ner) == 10 and len(docs) == len(ud) + len(ner)
    # Missing, not "no entity" / "no tag": each component learns only from its own documents.
    assert not any(doc.has_annotation("ENT_IOB") for doc in ud)
    assert not any(doc.has_annotation(attr) for doc in ner for attr in ("TAG", "POS", "LEMMA", "MORPH", "DEP"))
