"""The packaged nl_dutchfacts_sm loads offline and gets telling cases right."""
from pathlib import Path

import pytest
import spacy

MODEL_DIR = Path(__file__).resolve().parents[1] / "src" / "dutchfacts" / "models" / "nl_dutchfacts_sm"
COMPONENTS = [
    "tok2vec", "morphologizer", "tagger", "trainable_lemmatizer", "dutchfacts_proper_noun_lemmas",
    "dutchfacts_sentence_ends", "parser", "dutchfacts_lemma_lookup", "ner",
]

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "meta.json").is_file(),
    reason=f"packaged model not found at {MODEL_DIR}",
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_DIR)


def _token(doc, text):
    return next(token for token in doc if token.text == text)


def test_model_loads_with_all_components(nlp):
    assert nlp.pipe_names == COMPONENTS
    assert nlp.meta["name"] == "nl_dutchfacts_sm"
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


def test_meta_records_licence_sources_and_accuracy(nlp):
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    licences = {source["license"] for source in nlp.meta["sources"]}
    assert {"CC BY-SA 4.0", "CC BY 4.0", "CC0 1.0"} <= licences
    assert nlp.meta["accuracy"]["nl_lassysmall-ud-test"]["pos_acc"] > 0.9


def test_package_is_small_enough():
    size = sum(path.stat().st_size for path in MODEL_DIR.rglob("*") if path.is_file())
    assert size <= 25_000_000


def test_pruned_vocab_still_names_every_annotation(nlp):
    # The package keeps only the strings the pipeline looks up at run time (training/package.py).
    doc = nlp("De Vlaamse regering heeft gisteren in Brussel 3,2 miljard euro vrijgemaakt voor de kinderopvang.")
    for token in doc:
        assert token.lemma_ and token.pos_ and token.tag_ and token.dep_
        token.morph.to_dict()
    assert {ent.label_ for ent in doc.ents} <= {"PER", "ORG", "LOC"}


@pytest.mark.parametrize(
    "text,word",
    [
        ("Er kwamen vijftien nieuwe scholen bij.", "vijftien"),
        ("De gemeente bouwt vijftien woningen.", "vijftien"),
    ],
)
def test_cardinal_is_num(nlp, text, word):
    token = _token(nlp(text), word)
    assert token.pos_ == "NUM"
    assert token.tag_.startswith("TW|hoofd")


@pytest.mark.parametrize(
    "text,word",
    [
        ("Het is de derde keer dit jaar.", "derde"),
        ("Ajax eindigde op de derde plaats.", "derde"),
    ],
)
def test_ordinal_tag_says_rang(nlp, text, word):
    assert "rang" in _token(nlp(text), word).tag_


def test_subject_of_clause(nlp):
    doc = nlp("De minister presenteerde dinsdag de begroting.")
    minister = _token(doc, "minister")
    assert minister.dep_ == "nsubj"
    assert minister.head.text == "presenteerde"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "De woningen werden in 2020 gebouwd door de gemeenten.",
            {"woningen": "woning", "werden": "worden", "gebouwd": "bouwen"},
        ),
        # Irregular and separable verbs (the lemma lookup) and a name in its written case.
        (
            "De ministers bevestigden het. Het kabinet kondigde dinsdag in Groningen maatregelen aan.",
            {"bevestigden": "bevestigen", "kondigde": "aankondigen", "Groningen": "Groningen"},
        ),
    ],
)
def test_lemmas(nlp, text, expected):
    lemmas = {token.text: token.lemma_ for token in nlp(text)}
    assert {word: lemmas[word] for word in expected} == expected


def test_entities_in_cased_news(nlp):
    doc = nlp("Jan Jansen, woordvoerder van de politie, zei dat Heineken de fabriek sluit.")
    entities = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Jan Jansen", "PER") in entities
    assert ("Heineken", "ORG") in entities


def test_sentence_boundaries_keep_leading_names_whole(nlp):
    doc = nlp("Kabinet trekt geld uit\n\nMinister Mona Keijzer trekt 40 miljoen euro uit. De Tweede Kamer is kritisch.")
    assert [sent.text.strip() for sent in doc.sents] == [
        "Kabinet trekt geld uit",
        "Minister Mona Keijzer trekt 40 miljoen euro uit.",
        "De Tweede Kamer is kritisch.",
    ]
