"""Actors where the packaged model's annotation decides what the rules alone would guess: the
extent and label of its entities, its part of speech and its parse.

Each case runs on the packaged model (the `nlp` fixture) and, where the rules must not get worse
without it, on `blank:nl` too (`any_nlp`)."""

from __future__ import annotations

import pytest

from conftest import has_packaged_model
from test_actors import actors_of, forms

needs_model = pytest.mark.skipif(not has_packaged_model(), reason="the packaged model is absent: its annotation is not read")


@needs_model
def test_an_entity_that_takes_in_the_adjective_before_a_name_does_not_decide_its_kind(nlp):
    # The model spans `Japanse Aiko Nakamura` as one organisation: its label is for other words than the name.
    actors = actors_of(nlp, "Op de 1500 meter won de Noorse Ingrid Solberg, voor de Japanse Aiko Nakamura en de Canadese Ivanie Blondin.")
    assert {"Ingrid Solberg", "Aiko Nakamura", "Ivanie Blondin"} <= set(actors)
    assert all(actors[name]["kind"] == "person" for name in ("Aiko Nakamura", "Ivanie Blondin"))


@needs_model
def test_a_name_the_parse_hangs_from_a_noun_of_a_work_is_a_title(nlp):
    actors = actors_of(nlp, "Films als Zomerhitte 3, met ruim 300.000 kijkers, deden het goed.")
    assert "Zomerhitte" not in actors and "kijkers" in actors
    actors = actors_of(nlp, "De best bekeken film van het jaar was Zomerhitte, met 1,1 miljoen bezoekers.")
    assert "Zomerhitte" not in actors and "bezoekers" in actors


def test_a_name_that_acts_beside_a_noun_of_a_work_stays_an_actor(any_nlp):
    actors = actors_of(any_nlp, "De film van Kees Valk trok 300.000 kijkers.")
    assert "Kees Valk" in actors


def test_a_place_right_after_a_reporting_verb_reports_and_one_after_a_preposition_does_not(any_nlp):
    # The model calls `Statline` a place; after `meldde` and a phrase of time it is the verb's subject.
    assert "Statline" in actors_of(any_nlp, "Dat meldde donderdag Statline in een overzicht.")
    assert "Frankrijk" not in actors_of(any_nlp, "Dat schreef de krant gisteren over Frankrijk.")


@pytest.mark.parametrize("text, place", [
    ("In Sint-Oedenrode viel 40 millimeter regen, meldt het KNMI.", "Sint-Oedenrode"),
    ("In Oudenbosch viel 40 millimeter regen, meldt het KNMI.", "Oudenbosch"),
    ("Het KNMI mat de meeste regen in Oudenbosch en Hoeven-Zuid.", "Hoeven-Zuid"),
])
def test_a_place_after_a_locating_word_is_no_actor_on_either_pipeline(any_nlp, text, place):
    # What the model reads as a place, the rules read from `In` opening the sentence and from a
    # capital after a hyphen, which joins two names rather than marking an organisation (`PvdA`).
    actors = actors_of(any_nlp, text)
    assert place not in actors and "KNMI" in actors


def test_a_name_after_a_place_preposition_is_a_location_whatever_the_model_labels_it(any_nlp):
    # The model reads `Kleine Markt` as an organisation; after `rond de` it is where the shops are.
    actors = actors_of(any_nlp, "Vooral rond de Kleine Markt en in de Lange Steenstraat trekken winkeliers weg.")
    assert set(actors) == {"winkeliers"}
    # Further down a list after the preposition, too.
    assert set(actors_of(any_nlp, "De politie controleert strenger in de wijken rond de Vogelmarkt en Sint-Anneke.")) == {"politie"}
    # `bij` takes an organisation as often: no place preposition.
    assert "Albert Heijn" in actors_of(any_nlp, "Bij Albert Heijn werken 100.000 mensen, meldt het bedrijf.")


@needs_model
def test_a_person_entity_carries_a_name_over_a_hyphened_part_in_lower_case(nlp):
    # The rules cut `Hou Yi-fan` before `Yi-fan`, which reads like a compound (`CBS-econoom`).
    actors = actors_of(nlp, "De Chinese schaakster Hou Yi-fan won het toernooi in Wijk aan Zee.")
    assert actors["Hou Yi-fan"]["kind"] == "person" and "Hou" not in actors


def test_a_name_after_a_compound_on_an_organisation_noun_is_an_organisation(any_nlp):
    # The model calls `Novachem` a place; `chemiebedrijf` ends on `bedrijf`, a noun the news names organisations by.
    actors = actors_of(any_nlp, "Het parket vordert een boete tegen het chemiebedrijf Novachem uit Zwijndrecht.")
    assert actors["Novachem"]["kind"] == "organization"


@needs_model
def test_a_name_the_model_calls_a_place_elsewhere_stays_a_place_after_van(nlp):
    # After `van` alone the model's place label is no evidence; the same name read as a place in
    # `in Lommel` is.
    actors = actors_of(nlp, "Sinds de sluiting zwemmen veel inwoners in Lommel. Het bad van Lommel telt daardoor 30 procent meer bezoekers.")
    assert "Lommel" not in actors and {"inwoners", "bezoekers"} <= set(actors)


@needs_model
def test_a_name_that_reports_is_no_place_and_can_be_a_source(nlp):
    # The model calls `Weerplaza` and `Meteovista` places; the subject of `meldt` reports, and a place
    # is never a figure's source.
    for text, name in [
        ("In Tiel werd aan de grond zelfs min 4,8 gemeten, meldt Weerplaza.", "Weerplaza"),
        ("In Venlo viel 40 millimeter regen, meldt Meteovista.", "Meteovista"),
    ]:
        doc = nlp(text)
        assert [actor["kind"] for actor in doc._.actors if actor["name"] == name] == ["organization"]
        assert [figure.source for figure in doc._.figures] == [name]


@needs_model
def test_a_name_whose_last_word_the_article_writes_alone_is_a_person_whatever_the_model_labels_it(nlp):
    # The model calls `Margot Cloet` an organisation; the surname alone later makes her a person, one actor.
    actors = actors_of(nlp, "Volgens Margot Cloet kampen vooral de ziekenhuizen met vacatures. Cloet wijst erop dat 4.100 plaatsen openstaan.")
    assert actors["Margot Cloet"]["kind"] == "person" and "Cloet" not in actors


@needs_model
def test_a_function_word_opening_the_sentence_is_no_part_of_the_name_after_it(nlp):
    # No list has `Aldus` as a word that opens no name; the tagger reads it as an adverb.
    actors = actors_of(nlp, "Aldus Mohammed El Khadiri (34) uit Molenbeek.")
    assert "Mohammed El Khadiri" in actors and not any(name.startswith("Aldus") for name in actors)


@needs_model
def test_a_name_after_volgens_reports_and_is_no_place(nlp):
    # The model calls `Eurostat` a place, which would leave it out as a mere location.
    doc = nlp("Volgens Eurostat groeide de economie van de eurozone met 0,3 procent.")
    assert [(actor["name"], actor["kind"]) for actor in doc._.actors] == [("Eurostat", "organization")]
    assert [figure.source for figure in doc._.figures] == ["Eurostat"]


@needs_model
def test_places_listed_as_the_subject_act_and_a_dateline_needs_a_date_or_a_dash(nlp):
    # `Gent,` opening the text is no dateline without a date after the comma; the places listed after
    # it share its role of subject in the parse.
    actors = actors_of(nlp, "Gent, Brugge en Kortrijk investeren 12 miljoen euro in fietspaden.")
    assert {"Gent", "Brugge", "Kortrijk"} <= set(actors)
    assert "Zwolle" not in actors_of(nlp, "Zwolle, 5 maart 2025 - De gemeente bouwt 400 woningen.")


def test_a_listed_place_after_volgens_speaks_and_so_acts(any_nlp):
    assert "Brussel" in actors_of(any_nlp, "Volgens Brussel kost de maatregel 2 miljard euro.")
    assert "Brussel" not in actors_of(any_nlp, "Volgens de minister in Brussel kost de maatregel 2 miljard euro.")


def test_a_singular_person_noun_after_an_age_is_an_actor_on_both_pipelines(any_nlp):
    # `45-jarige` is an adjective like `jonge`, though not all letters.
    actors = actors_of(any_nlp, "De 45-jarige vrouw kreeg een boete van 500 euro.")
    assert "45-jarige vrouw" in forms(actors["vrouw"])


@needs_model
def test_a_plural_agent_noun_of_a_verb_in_the_tail_of_a_compound_names_people_that_act(nlp):
    # `pakketbezorgers`: no verb `pakketbezorgen`, but `bezorgen` is one, as `agent_of_verb` reads a singular.
    assert "pakketbezorgers" in actors_of(nlp, "Pakketbezorgers verdienen gemiddeld 14 euro per uur.")
    assert "glazenwassers" in actors_of(nlp, "Ruim 400 glazenwassers legden het werk neer.")


@pytest.mark.skipif(not has_packaged_model(), reason="the model's person entity is under test")
def test_a_person_entity_does_not_run_on_into_the_pronoun_of_the_next_sentence(nlp):
    actors = actors_of(nlp, "De zwaarste straf kreeg de 31-jarige Mounir B. Hij had de leiding over de groep.")
    assert "Mounir B." in actors, sorted(actors)


@pytest.mark.skipif(not has_packaged_model(), reason="the tagger tells a first name from an adjective")
def test_a_first_name_that_ends_like_an_adjective_after_a_nationality_is_a_person(nlp):
    actors = actors_of(nlp, "Bij de vrouwen won de Nederlandse Femke de Ridder met elf seconden voorsprong.")
    assert actors["Femke de Ridder"]["kind"] == "person", sorted(actors)
    actors = actors_of(nlp, "Volgens de Nederlandse Nationale Bank daalt de inflatie.")
    assert all(actor["kind"] == "organization" for actor in actors.values()), sorted(actors)


@pytest.mark.skipif(not has_packaged_model(), reason="the model's person entity is under test")
def test_a_plural_of_people_before_a_person_entity_is_no_part_of_the_name(nlp):
    actors = actors_of(nlp, "Schaatsers Jorrit Bergsma en Irene Schouten winnen\n\nJorrit Bergsma won zaterdag de marathon.")
    assert "Jorrit Bergsma" in actors and not any(name.startswith("Schaatsers") for name in actors), sorted(actors)
