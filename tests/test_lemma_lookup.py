"""`dutchfacts_lemma_lookup`: lemmas of known forms, separated particles, capitals."""
import spacy
from spacy.tokens import Doc

import dutchfacts.model.lemma_lookup  # noqa: F401

TABLE = {
    "bevestigden": "bevestigen",
    "kondigde": "kondigen",
    "zette": "zetten",
    "mongoolse": "mongools",
    "boeven": "boef",
    "gereden": "rijden",
    "Gent": "gent",
}


def lookup_pipe(**config):
    nlp = spacy.blank("nl")
    nlp.add_pipe("dutchfacts_lemma_lookup", config=config).initialize(table=TABLE)
    return nlp


def annotated(nlp, words, pos, tags=None, heads=None, deps=None, lemmas=None):
    return Doc(
        nlp.vocab,
        words=words,
        pos=pos,
        tags=tags or ["" for _ in words],
        heads=heads,
        deps=deps,
        lemmas=lemmas or list(words),
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_known_form_gets_the_table_lemma():
    nlp = lookup_pipe()
    doc = nlp(annotated(nlp, ["Ze", "bevestigden", "het"], ["PRON", "VERB", "PRON"], lemmas=["ze", "bevestigden", "het"]))
    assert doc[1].lemma_ == "bevestigen"


def test_separated_particle_joins_the_lemma_of_the_finite_verb():
    nlp = lookup_pipe()
    words = ["Hij", "kondigde", "maatregelen", "aan", "."]
    doc = annotated(
        nlp, words, ["PRON", "VERB", "NOUN", "ADP", "PUNCT"],
        tags=["VNW", "WW|pv|verl|ev", "N|soort|mv|basis", "VZ|fin", "LET"],
        heads=[1, 1, 1, 1, 1], deps=["nsubj", "ROOT", "obj", "compound:prt", "punct"],
        lemmas=["hij", "afkondigen", "maatregel", "aan", "."],
    )
    assert nlp(doc)[1].lemma_ == "aankondigen"


def test_lemma_already_built_with_a_particle_stays():
    nlp = lookup_pipe()
    doc = annotated(nlp, ["Hij", "zette", "alles"], ["PRON", "VERB", "PRON"], lemmas=["hij", "inzetten", "alles"])
    assert nlp(doc)[1].lemma_ == "inzetten"


def test_capital_inside_a_sentence_stays_at_the_start_it_goes():
    nlp = lookup_pipe()
    doc = nlp(annotated(nlp, ["Boeven", "en", "Mongoolse", "ruiters"], ["NOUN", "CCONJ", "ADJ", "NOUN"]))
    assert [token.lemma_ for token in doc] == ["boef", "en", "Mongools", "ruiters"]


def test_names_and_unknown_words_are_left_alone():
    nlp = lookup_pipe()
    doc = nlp(annotated(nlp, ["Gent", "groeit"], ["PROPN", "VERB"], lemmas=["Gent", "groeien"]))
    assert [token.lemma_ for token in doc] == ["Gent", "groeien"]


def test_table_and_particles_survive_saving(tmp_path):
    nlp = lookup_pipe()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    lookup = loaded.get_pipe("dutchfacts_lemma_lookup")
    assert lookup.table == {form: lemma for form, lemma in TABLE.items() if form.lower() != lemma.lower()}
    assert "aan" in lookup.particles and "met" not in lookup.particles
