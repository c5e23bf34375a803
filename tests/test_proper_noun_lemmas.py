"""`dutchfacts_proper_noun_lemmas`: a proper noun keeps its written case as lemma."""
import spacy
from spacy.tokens import Doc

import dutchfacts.model.proper_noun_lemmas  # noqa: F401


def lemmatized(words: list[str], pos: list[str], lemmas: list[str]) -> list[str]:
    nlp = spacy.blank("nl")
    nlp.add_pipe("dutchfacts_proper_noun_lemmas")
    doc = Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas)
    return [token.lemma_ for token in nlp(doc)]


def test_lower_cased_name_gets_its_written_case_back():
    assert lemmatized(["De", "Balkan", "brandt"], ["DET", "PROPN", "VERB"], ["de", "balkan", "branden"]) == [
        "de", "Balkan", "branden",
    ]


def test_other_edits_and_other_parts_of_speech_stay():
    words = ["Grieken", "Wonen", "VS"]
    # A plural name's lemma is its singular; a capitalized verb at the start is lower-cased.
    assert lemmatized(words, ["PROPN", "VERB", "PROPN"], ["Griek", "wonen", "VS"]) == ["Griek", "wonen", "VS"]


def test_parts_of_speech_are_configurable():
    nlp = spacy.blank("nl")
    nlp.add_pipe("dutchfacts_proper_noun_lemmas", config={"pos": ["PROPN", "X"]})
    doc = Doc(nlp.vocab, words=["Grand", "Prix"], pos=["X", "X"], lemmas=["grand", "prix"])
    assert [token.lemma_ for token in nlp(doc)] == ["Grand", "Prix"]


def test_spacy_finds_the_component_by_entry_point():
    from importlib.metadata import entry_points

    (entry,) = [e for e in entry_points(group="spacy_factories") if e.name == "dutchfacts_proper_noun_lemmas"]
    assert entry.load() is dutchfacts.model.proper_noun_lemmas.make_proper_noun_lemmas
