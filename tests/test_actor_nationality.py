"""A noun of nationality for one person is an anaphor, not an actor of its own (`de Ghanees`,
`de Fransman`); a nationality adjective before a person's name is no part of the name."""

from __future__ import annotations

from test_actors import actors_of


def test_a_singular_noun_of_nationality_after_the_article_is_no_actor(any_nlp):
    actors = actors_of(
        any_nlp,
        "Anderlecht haalt Kwame Boateng. De club is blij met de komst van de Ghanees. "
        "Bondscoach Rudi Garcia was niet ontgoocheld. \"Het moet beter\", zei de Fransman. "
        "De Amerikaan bleef Kjeld Nuis voor.",
    )
    assert not {"Ghanees", "Fransman", "Amerikaan"} & set(actors)
    assert {"Kwame Boateng", "Rudi Garcia", "Kjeld Nuis"} <= set(actors)


def test_a_plural_of_nationality_stays_a_group(any_nlp):
    actors = actors_of(any_nlp, "Steeds meer Amerikanen kopen een elektrische auto.")
    assert "amerikanen" in {name.lower() for name in actors}


def test_a_nationality_adjective_before_a_person_is_no_part_of_the_name(any_nlp):
    actors = actors_of(any_nlp, "Zij was sneller dan de Japanse Miho Takagi. De Nederlandse Spoorwegen zwijgen.")
    assert "Miho Takagi" in actors and "Japanse Miho Takagi" in actors["Miho Takagi"]["aliases"]
    assert "Nederlandse Spoorwegen" in actors
    assert "Kees Dorst" in actors_of(any_nlp, "Volgens hoogleraar Kees Dorst is dat te weinig.")


def test_a_name_after_a_noun_of_a_person_is_a_person_and_takes_its_surname(any_nlp):
    actors = actors_of(
        any_nlp,
        "De club heeft de Ghanese middenvelder Kwame Boateng overgenomen. Boateng sluit pas volgende week aan. "
        "Daarna traint hij met Boateng en de anderen.",
    )
    assert actors["Kwame Boateng"]["kind"] == "person"
    assert "Boateng" not in actors


def test_a_club_named_with_its_acronym_and_a_nationality_takes_its_short_name(any_nlp):
    actors = actors_of(
        any_nlp,
        "RSC Anderlecht heeft een speler overgenomen van het Zwitserse FC Basel. Ook Anderlecht is tevreden. "
        "Volgens de krant betaalt men zeven miljoen euro aan Basel.",
    )
    assert "FC Basel" in actors and "Zwitserse FC Basel" in actors["FC Basel"]["aliases"]
    assert "Basel" not in actors and "Anderlecht" not in actors
    assert "RSC Anderlecht" in actors
