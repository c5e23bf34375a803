"""Attribution that holds whatever the model makes of a sentence (ANNOTATION.md, `source`), with
sentences of our own: each reads the same with the packaged model, with nl_dutchfacts_sm 0.3.0's
kind of parse and entities, and on blank:nl. A model that parses an unnamed spokesperson as the
subject of the tag verb (rather than its object), or that calls an unknown name a place, must not
change whom the figure comes from."""

from __future__ import annotations

import pytest
from rules_helpers import sources


# --- an unnamed spokesperson, whether or not the parse makes it the subject --------------


def test_a_spokesperson_the_parse_makes_the_subject_speaks_for_the_organisation_that_opens(any_nlp):
    text = "De Hogeschool Utrecht telt dit jaar 2.400 nieuwe studenten, 150 meer dan vorig jaar, meldt een woordvoerder."
    found = sources(any_nlp, text)
    assert found["2.400"] == "Hogeschool Utrecht"
    assert found["150"] == "Hogeschool Utrecht"


def test_a_spokesperson_before_the_verb_stays_the_speaker_on_every_pipeline(any_nlp):
    text = "De brand woedde de hele nacht. Een woordvoerder bevestigt dat 30 mensen zijn geëvacueerd."
    assert sources(any_nlp, text)["30"] == "woordvoerder"


def test_a_spokesperson_of_a_named_organisation_still_names_the_organisation(any_nlp):
    text = "De wachtlijst telt 1.200 gezinnen, meldt een woordvoerder van de Woonbond."
    assert sources(any_nlp, text)["1.200"] == "Woonbond"


# --- a speaker that the model calls a place ----------------------------------------------


def test_an_unknown_name_after_the_tag_verb_speaks_even_where_the_model_calls_it_a_place(any_nlp):
    text = "Op het vliegveld van Eelde werd vannacht min 8,4 graden gemeten, meldt Weeronline."
    assert sources(any_nlp, text)["min 8,4 graden"] == "Weeronline"


def test_an_unknown_name_after_volgens_speaks_even_where_the_model_calls_it_a_place(any_nlp):
    text = "Volgens Weerplaza viel er gisteren in Zwolle 42 millimeter regen."
    assert sources(any_nlp, text)["42 millimeter"] == "Weerplaza"


def test_a_known_place_that_opens_a_sentence_is_no_source(any_nlp):
    text = "Nederland telt 17,9 miljoen inwoners."
    assert sources(any_nlp, text)["17,9 miljoen"] is None


# --- a name that ends in the place where it is seated is an organisation -----------------


def test_a_name_ending_in_a_known_place_is_an_organisation_the_description_names_again(any_nlp):
    text = "De twaalfde editie van Jazz Fest Leuven lokte 24.000 bezoekers. Dat meldt de organisatie na afloop."
    assert sources(any_nlp, text)["24.000"] == "Jazz Fest Leuven"



def test_a_first_name_and_a_place_name_the_person(any_nlp):
    text = "De schade loopt op tot 40.000 euro, zegt landbouwer Koen Bergen."
    assert sources(any_nlp, text)["40.000 euro"] == "Koen Bergen"
    assert {actor["name"]: actor["kind"] for actor in any_nlp(text)._.actors}["Koen Bergen"] == "person"


# --- `tot` after a verb gives the result, not a frame --------------------------------------


def test_a_time_figure_a_verb_runs_up_to_is_the_reported_figure(nlp):
    text = "De gemiddelde wachttijd voor een hartoperatie is opgelopen tot 22 weken, laat het Maasstad Ziekenhuis weten."
    assert sources(nlp, text)["22 weken"] == "Maasstad Ziekenhuis"


def test_a_sentence_a_court_imposes_is_the_figure_the_pointer_reports(nlp):
    text = ("De rechtbank heeft een 51-jarige aannemer uit Venlo veroordeeld tot drie jaar cel. "
            "Dat meldt het Openbaar Ministerie.")
    assert sources(nlp, text)["drie jaar"] == "Openbaar Ministerie"


def test_tot_after_a_noun_still_frames_the_figure(any_nlp):
    text = "Volgens het RIVM is 30 procent van de kinderen tot vier jaar niet ingeënt."
    found = sources(any_nlp, text)
    assert found["30 procent"] == "RIVM"
    assert found["vier jaar"] is None


# --- the verb of a tag after a quote, whatever the tagger calls it ------------------------


@pytest.mark.parametrize("text, figure, speaker", [
    ('"Dat kost ons 12.000 euro per maand", verzucht bakker Henk Mulder.', "12.000 euro", "Henk Mulder"),
    ('"Het gaat om 300 banen", vreest vakbondsman Ali Demir.', "300", "Ali Demir"),
    ('"We groeien met 8 procent", jubelt directeur Eva Smit.', "8 procent", "Eva Smit"),
    ('"Zo\'n 40 procent haakt af", treurt coach Tim Bos.', "Zo'n 40 procent", "Tim Bos"),
])
def test_the_word_between_a_quote_and_its_speaker_is_the_tag_verb(any_nlp, text, figure, speaker):
    assert sources(any_nlp, text)[figure] == speaker


def test_a_preposition_after_a_quote_makes_no_tag(any_nlp):
    text = '"We zien 20 procent meer meldingen", bij de politie in Zwolle.'
    assert sources(any_nlp, text)["20 procent"] is None
