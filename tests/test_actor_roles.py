"""People named by a role: a singular person noun that acts, and a role noun titled by the name in
apposition after it (issue 11). Sentences of our own, on the blank pipeline and on the model."""

from __future__ import annotations

import pytest


def actors_of(nlp, text: str) -> dict[str, dict]:
    return {actor["name"]: actor for actor in nlp(text)._.actors}


def forms(actor: dict) -> set[str]:
    return {actor["name"], *actor["aliases"], *(m["text"] for m in actor["mentions"])}


def all_forms(actors: dict[str, dict]) -> set[str]:
    return {form.lower() for actor in actors.values() for form in forms(actor)}


@pytest.mark.parametrize("text, person", [
    ("Volgens de procureur loog de verdachte over zijn inkomen.", "procureur"),
    ("De buschauffeur zegt dat hij de fietser niet zag.", "buschauffeur"),
    ("Volgens een psycholoog van het centrum is de jongen niet toerekeningsvatbaar.", "psycholoog"),
    ("Volgens de zestiger was de brief vervalst.", "zestiger"),
])
def test_a_singular_person_noun_in_an_actors_role_is_an_actor(any_nlp, text, person):
    assert person in all_forms(actors_of(any_nlp, text))


@pytest.mark.parametrize("text, thing", [
    ("Het gevaar blijft volgens de brandweer groot.", "gevaar"),
    ("Volgens de kalender begint de lente vandaag.", "kalender"),
    ("De dialoog tussen beide partijen verloopt moeizaam.", "dialoog"),
])
def test_a_thing_with_a_person_ending_is_no_actor(any_nlp, text, thing):
    assert thing not in all_forms(actors_of(any_nlp, text))


@pytest.mark.parametrize("text, name, role", [
    ("De advocaat van de beklaagde, meester Lieve Segers, vroeg de vrijspraak.", "Lieve Segers", "advocaat"),
    ("De woordvoerder van de brandweer, Tom Claes, bevestigt het nieuws.", "Tom Claes", "woordvoerder"),
])
def test_a_role_noun_titled_by_a_name_in_apposition_is_that_person(any_nlp, text, name, role):
    actors = actors_of(any_nlp, text)
    person = next(actor for actor in actors.values() if name in forms(actor))
    assert role in {form.lower() for form in forms(person)}
    assert role not in actors


def test_a_role_noun_before_a_list_is_not_folded_into_a_name(any_nlp):
    actors = actors_of(any_nlp, "De advocaat sprak lang. Daarna kwamen Jan Peeters en Els Maes aan het woord.")
    assert all("advocaat" not in {f.lower() for f in forms(a)} for a in actors.values() if "Jan Peeters" in forms(a))


@pytest.mark.parametrize("text, elided, written", [
    ("Ook de handelaars- en bewonersverenigingen van de wijk reageren verdeeld.", "handelaarsverenigingen", "bewonersverenigingen"),
    ("Zorg- en welzijnsorganisaties vragen meer geld.", "zorgorganisaties", "welzijnsorganisaties"),
])
def test_a_compound_with_an_elided_head_in_a_list_is_an_actor_of_its_own(any_nlp, text, elided, written):
    actors = actors_of(any_nlp, text)
    assert elided in actors and written in actors
    assert actors[elided]["mentions"][0]["text"].endswith("-")


@pytest.mark.parametrize("text, adjective, noun", [
    ("Familieleden volgen de bankzaken van hun oudere ouders mee op.", "oudere", "ouders"),
    ("Jongere werknemers zijn vaker ziek.", "jongere", "werknemers"),
])
def test_a_group_word_before_its_noun_is_an_adjective_not_an_actor(any_nlp, text, adjective, noun):
    names = all_forms(actors_of(any_nlp, text))
    assert adjective not in names and noun in names


def test_a_participle_before_a_person_noun_is_no_actor_with_the_model(nlp):
    names = all_forms(actors_of(nlp, "Een van hen, een gepensioneerde onderwijzeres, is intussen overleden."))
    assert "gepensioneerde" not in names


def test_a_group_word_that_acts_alone_stays_an_actor(any_nlp):
    assert "gepensioneerde" in all_forms(actors_of(any_nlp, "Volgens de gepensioneerde kwam de brief te laat."))


@pytest.mark.parametrize("text, thing", [
    ("Op de vakbeurs Horeca Expo was het personeelstekort het gesprek van de dag.", "Horeca Expo"),
    ("Het toernooi Roland Garros begint zondag zonder publiek.", "Roland Garros"),
])
def test_a_name_after_the_noun_of_an_event_or_venue_is_its_title(any_nlp, text, thing):
    assert thing.lower() not in all_forms(actors_of(any_nlp, text))


def test_a_name_after_a_time_phrase_stays_an_actor(any_nlp):
    assert "statbel" in all_forms(actors_of(any_nlp, "Dat meldde vorige week Statbel in een persbericht."))


@pytest.mark.parametrize("text, body", [
    ("Speurders van de federale gerechtelijke politie vonden een map met volmachten.", "federale gerechtelijke politie"),
    ("Volgens het Antwerpse stedelijke parket is de zaak verjaard.", "Antwerpse stedelijke parket"),
])
def test_a_body_with_two_adjectives_that_say_which_is_one_actor(any_nlp, text, body):
    actors = actors_of(any_nlp, text)
    assert body in actors


@pytest.mark.parametrize("text, compound, head", [
    ("De zorgbureau-eigenaar kreeg vier jaar cel. Volgens de rechter wist de eigenaar wat hij deed.",
     "zorgbureau-eigenaar", "eigenaar"),
    ("Een buschauffeur werd bedreigd. De chauffeur zegt dat hij nog altijd bang is.", "buschauffeur", "chauffeur"),
])
def test_a_singular_role_noun_joins_the_one_compound_that_ends_on_it(any_nlp, text, compound, head):
    actors = actors_of(any_nlp, text)
    holder = [a for a in actors.values() if compound in {f.lower() for f in forms(a)}]
    assert holder and head in {f.lower() for f in forms(holder[0])}


def test_a_role_noun_with_two_compounds_stays_apart(any_nlp):
    text = ("De buschauffeur en de vrachtwagenchauffeur raakten gewond. Volgens de chauffeur reed de bus te snel.")
    actors = actors_of(any_nlp, text)
    assert not any({"buschauffeur", "vrachtwagenchauffeur"} & {f.lower() for f in forms(a)} and "chauffeur" in {
        f.lower() for f in forms(a)} for a in actors.values())


@pytest.mark.parametrize("text, thing", [
    ("De bezettingsgraad van de Brusselse hotels daalde tot 71 procent.", "bezettingsgraad"),
    ("De koperdraad werd massaal gestolen.", "koperdraad"),
])
def test_a_thing_that_ends_like_a_council_is_no_body(any_nlp, text, thing):
    assert thing not in all_forms(actors_of(any_nlp, text))


def test_a_widow_is_a_person(any_nlp):
    assert "weduwe" in all_forms(actors_of(any_nlp, "Hij liet een weduwe van 91 een document tekenen."))


@pytest.mark.parametrize("text, person", [
    ("Volgens de aanklager was de brand aangestoken.", "aanklager"),
    ("De klokkenluider zegt dat de cijfers vervalst zijn.", "klokkenluider"),
])
def test_a_singular_agent_noun_that_speaks_is_an_actor_with_the_model(nlp, text, person):
    assert person in all_forms(actors_of(nlp, text))


@pytest.mark.parametrize("text, thing", [
    ("De wekker gaat om zes uur af.", "wekker"),
    ("De teller staat intussen op 300.", "teller"),
])
def test_an_agent_noun_that_does_not_speak_is_no_actor(any_nlp, text, thing):
    assert thing not in all_forms(actors_of(any_nlp, text))



def test_a_singular_compound_of_a_listed_group_noun_is_left_to_the_group_rules(nlp):
    actors = actors_of(nlp, "De zalen trokken 400.000 bezoekers. Volgens de gemiddelde bioscoopbezoeker is een ticket te duur.")
    assert "bioscoopbezoeker" not in actors
