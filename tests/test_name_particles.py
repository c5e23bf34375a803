"""Particles in a person's name after a first name of two words or a title (`Jan Willem van Dalen`,
`wisselspeler Roos de Wit`): whatever a model's entity says of the words, a particle run that cannot
open a phrase of its own (`de`, `ter`, `van der`) is part of the surname; a bare `van` only before a
word that is no place, party or body the article or the lists know, and with a model only where it
leaves that word without an entity of its own after a person's title."""

from __future__ import annotations

import pytest

from conftest import has_packaged_model
from test_actors import actors_of


@pytest.mark.parametrize(
    "text, person",
    [
        ("In de slotminuut schoot wisselspeler Roos de Wit (19) raak.", "Roos de Wit"),
        ("Aanvoerder Tim ter Horst tilde de beker als eerste op.", "Tim ter Horst"),
        ("Volgens hoofdeconoom Anne Marie van der Linden daalt de inflatie.", "Anne Marie van der Linden"),
        # a compound of the article that ends in the surname is no use of it as a name of its own
        ("\"Geen keus\", zegt dijkgraaf Hanneke Vos. \"Het kost veel\", zegt onderzoeker Lisa de Graaf.", "Lisa de Graaf"),
    ],
)
def test_a_particle_after_two_names_belongs_to_the_surname(any_nlp, text, person):
    actors = actors_of(any_nlp, text)
    assert actors.get(person, {}).get("kind") == "person", sorted(actors)


@pytest.mark.skipif(not has_packaged_model(), reason="the model's entities tell a surname from a place")
def test_van_after_a_title_and_two_names_joins_a_surname_the_model_leaves_unnamed(nlp):
    actors = actors_of(nlp, "Dat bevestigt ING-analist Jan Willem van Dalen. De rente blijft volgens hem laag.")
    assert actors.get("Jan Willem van Dalen", {}).get("kind") == "person", sorted(actors)


def test_a_body_after_van_that_the_article_names_alone_is_no_surname(any_nlp):
    actors = actors_of(
        any_nlp,
        "Dat zegt onderzoeker Marieke Sloot van Meerwaarde. Meerwaarde deed het onderzoek in opdracht van de provincie.",
    )
    assert "Marieke Sloot" in actors
    assert actors["Meerwaarde"]["kind"] == "organization"


def test_a_place_after_van_is_no_surname(any_nlp):
    actors = actors_of(any_nlp, "Dat zegt wethouder Karin Smit van Zaanstad.")
    assert "Karin Smit" in actors
    assert "Karin Smit van Zaanstad" not in actors


def test_an_adjective_after_de_opens_no_surname(any_nlp):
    actors = actors_of(any_nlp, "Volgens de gouverneur kost de ruzie met de Verenigde Staten de Nederlandse economie veel groei.")
    assert not any("Nederlandse" in name for name in actors), sorted(actors)


@pytest.mark.parametrize("text", [
    "Het debat duurde lang. Fractieleider Fatima Bakker wil een nieuw debat.",
    "Het debat duurde lang. Volgens oppositieleider Fatima Bakker is dat te laat.",
])
def test_a_leader_by_any_compound_is_an_office_before_a_name(any_nlp, text):
    actors = actors_of(any_nlp, text)
    assert actors.get("Fatima Bakker", {}).get("kind") == "person", sorted(actors)


def test_the_plural_of_an_office_with_its_portfolio_is_one_group(any_nlp):
    actors = actors_of(any_nlp, "De ministers van Buitenlandse Zaken kwamen maandag bijeen in Brussel.")
    assert actors.get("ministers van Buitenlandse Zaken", {}).get("kind") == "group", sorted(actors)
    assert "Buitenlandse Zaken" not in actors


def test_a_name_of_two_words_after_van_is_a_body_not_a_surname(any_nlp):
    actors = actors_of(any_nlp, "Het duel eindigde gelijk. Trainer Sophie Brink van Fortuna Sittard was niet te spreken over de scheidsrechter.")
    assert "Sophie Brink" in actors and "Fortuna Sittard" in actors, sorted(actors)


def test_a_capitalised_function_word_inside_a_name_belongs_to_it(any_nlp):
    actors = actors_of(any_nlp, "Het OM onderzoekt de zaak. Belangenorganisatie Per Saldo, die budgethouders vertegenwoordigt, vreest het ergste.")
    assert "Per Saldo" in actors and "Belangenorganisatie" not in actors, sorted(actors)
