"""One actor, all its forms: forms the article writes apart are folded into one actor with aliases."""

from __future__ import annotations

import pytest
from rules_helpers import sources


def actors_of(nlp, text: str) -> dict[str, dict]:
    return {actor["name"]: actor for actor in nlp(text)._.actors}


def forms(actor: dict) -> set[str]:
    return {actor["name"], *actor["aliases"], *(m["text"] for m in actor["mentions"])}


@pytest.mark.parametrize("text, name, acronym", [
    ("Het KNMI waarschuwt voor hitte. Het Koninklijk Nederlands Meteorologisch Instituut verwacht 38 graden.",
     "Koninklijk Nederlands Meteorologisch Instituut", "KNMI"),
    ("De Vereniging van Nederlandse Gemeenten is bezorgd. Volgens de VNG dreigt een tekort.",
     "Vereniging van Nederlandse Gemeenten", "VNG"),
])
def test_an_acronym_written_apart_from_its_full_name_is_one_actor(any_nlp, text, name, acronym):
    actors = actors_of(any_nlp, text)
    assert acronym in forms(actors[name])
    assert acronym not in actors


def test_an_acronym_whose_capitals_fit_two_names_stays_apart(blank_nlp):
    text = "De Nederlandse Spoorwegen en de Nederlandse Staat praten. De NS wil meer geld."
    assert "NS" in actors_of(blank_nlp, text)


def test_an_acronym_ending_a_sentence_does_not_run_into_the_next(any_nlp):
    text = "Dat blijkt uit een analyse van ING. De huren stegen minder hard."
    assert "ING" in actors_of(any_nlp, text)


@pytest.mark.parametrize("text, name, alias", [
    ("Vakbond FNV eist meer loon.", "FNV", "Vakbond FNV"),
    ("Omroep NOS zendt de wedstrijd uit.", "NOS", "Omroep NOS"),
])
def test_a_descriptor_noun_before_an_acronym_is_its_title(any_nlp, text, name, alias):
    actors = actors_of(any_nlp, text)
    assert alias in forms(actors[name])


@pytest.mark.parametrize("text, name, alias", [
    ("De ramingen:\n- Centraal Planbureau (CPB): 1,3 procent\n\nHet CPB publiceert in maart.", "Centraal Planbureau", "CPB"),
])
def test_an_acronym_defined_before_a_colon(any_nlp, text, name, alias):
    actors = actors_of(any_nlp, text)
    assert alias in forms(actors[name]) and alias not in actors


@pytest.mark.parametrize("text, name", [
    ("Van der Heijden Bouw uit Zwolle boekte winst.", "Van der Heijden Bouw"),
    ("Vorig jaar telde de Hogeschool van Arnhem meer studenten.", "Hogeschool van Arnhem"),
])
def test_name_boundaries_with_particles_and_places(any_nlp, text, name):
    assert name in actors_of(any_nlp, text)


@pytest.mark.parametrize("text, thing", [
    ("De Watersnoodramp kostte 1.836 mensen het leven.", "Watersnoodramp"),
    ("Het nieuwe Kapermolenbad opent in mei.", "Kapermolenbad"),
    ("Oranje speelt in het Abe Lenstra Stadion.", "Abe Lenstra Stadion"),
    ("Na het EK volgt een oefenduel.", "EK"),
])
def test_events_venues_and_structures_are_no_actors(any_nlp, text, thing):
    assert thing not in actors_of(any_nlp, text)


def test_an_unlisted_portfolio_before_a_persons_name(any_nlp):
    actors = actors_of(any_nlp, "Dat zegt schepen van Toerisme Els Wouters. Wouters is tevreden.")
    assert "Els Wouters" in actors and "schepen van Toerisme Els Wouters" in forms(actors["Els Wouters"])


def test_an_anaphor_joins_the_organisation_whose_name_word_it_ends_on(any_nlp):
    text = ("Het Centraal Bureau voor de Statistiek publiceerde nieuwe cijfers. De gemeenten zijn blij. "
            "Ook de provincie reageert. Volgens het statistiekbureau ligt de grens bij 1.100 euro.")
    actors = actors_of(any_nlp, text)
    assert "statistiekbureau" in forms(actors["Centraal Bureau voor de Statistiek"])
    assert sources(any_nlp, text)["1.100 euro"] == "Centraal Bureau voor de Statistiek"


def test_an_organisation_noun_opening_a_sentence_is_the_descriptor_of_the_name(any_nlp):
    actors = actors_of(any_nlp, "Bouwbedrijf Heijmans boekte winst.")
    assert "Heijmans" in actors and "Bouwbedrijf Heijmans" in forms(actors["Heijmans"])
    assert actors["Heijmans"]["kind"] == "organization"


def test_a_dateline_place_does_not_act(any_nlp):
    assert "Zwolle" not in actors_of(any_nlp, "Zwolle, 5 maart 2025 – Bouwbedrijf Heijmans boekte winst.")


@pytest.mark.parametrize("text, name, alias", [
    ("Aanvoerster Lieke Bos scoorde twee keer.", "Lieke Bos", "Aanvoerster Lieke Bos"),
    ("Invaller Noor Smit maakte het derde doelpunt.", "Noor Smit", "Invaller Noor Smit"),
])
def test_a_role_noun_opening_a_sentence_is_the_title_of_the_name(any_nlp, text, name, alias):
    actors = actors_of(any_nlp, text)
    assert name in actors and alias in forms(actors[name])


def test_an_anaphor_with_an_adjective_joins_its_organisation(any_nlp):
    text = ("De Nederlandsche Bank rekent op groei. Ook het CPB is positief. Het Nibud ziet dat anders. "
            "De centrale bank verwacht dat de inflatie uitkomt op 3,2 procent.")
    actors = actors_of(any_nlp, text)
    assert "centrale bank" in forms(actors["Nederlandsche Bank"])
    assert sources(any_nlp, text)["3,2 procent"] == "Nederlandsche Bank"


def test_a_hyphened_compound_of_a_role_joins_the_role_it_ends_on(any_nlp):
    from test_actors import actors_of

    actors = actors_of(
        any_nlp,
        "Zorgbureau-eigenaar krijgt vier jaar cel. De rechtbank heeft de 46-jarige eigenaar van een zorgbureau veroordeeld.",
    )
    owners = [name for name in actors if "eigenaar" in name.lower()]
    assert len(owners) == 1
