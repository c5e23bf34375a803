"""Actors in the habits of court and sports reports: bodies in lower case, accused by initial, titles."""

from __future__ import annotations



from test_actors import actors_of


def test_lower_case_bodies_of_the_courts(any_nlp):
    actors = actors_of(
        any_nlp,
        "Het hof van assisen van Oost-Vlaanderen sprak het vonnis uit. Volgens het openbaar ministerie "
        "ging het om een schuld. Het hof van beroep in Antwerpen bevestigde het.",
    )
    assert actors["hof van assisen van Oost-Vlaanderen"]["kind"] == "organization"
    assert actors["openbaar ministerie"]["kind"] == "organization"
    assert "hof van beroep" in actors


def test_an_accused_named_by_initial_keeps_it_and_is_one_actor(any_nlp):
    actors = actors_of(
        any_nlp,
        "De rechter veroordeelde de 34-jarige Kevin D. uit Wetteren tot 27 jaar cel. "
        "D. heeft vijftien dagen om in cassatie te gaan. Ook Lisa V. kreeg een straf.",
    )
    assert actors["Kevin D."]["kind"] == "person"
    assert "D." in actors["Kevin D."]["aliases"]
    assert "Lisa V." in actors
    assert "D." not in actors


def test_a_preposition_before_an_office_is_no_part_of_the_title(any_nlp):
    actors = actors_of(any_nlp, "Volgens minister Jan Peeters is dat genoeg. Vlaams minister Zuhal Demir zwijgt.")
    assert actors["Jan Peeters"]["aliases"] == ["minister Jan Peeters"]
    assert actors["Zuhal Demir"]["aliases"] == ["Vlaams minister Zuhal Demir"]


def test_an_unnamed_association_or_organisation_by_its_compound_is_a_body(any_nlp):
    actors = actors_of(
        any_nlp,
        "De patiëntenvereniging in de regio is tevreden. Vorig jaar stopte de thuiszorgorganisatie met poetsen. "
        "De onderwijskoepels reageren verdeeld.",
    )
    assert actors["patiëntenvereniging"]["kind"] == "organization"
    assert "thuiszorgorganisatie" in actors
    assert actors["onderwijskoepels"]["kind"] == "organization"


def test_a_body_noun_before_a_name_is_its_descriptor_not_a_body_of_its_own(any_nlp):
    actors = actors_of(any_nlp, "Volgens de branchevereniging Bouwend Nederland staan veel vacatures open. De vereniging zwijgt.")
    assert "branchevereniging" not in actors and "vereniging" not in actors


def test_a_body_compound_the_article_writes_before_a_name_refers_back_to_that_name(any_nlp):
    actors = actors_of(
        any_nlp,
        "Brancheorganisatie Bouwend Nederland wijst naar Den Haag. Voorzitter Els Kok roept het kabinet op om te helpen. "
        "Volgens de brancheorganisatie staan veel vacatures open.",
    )
    assert "brancheorganisatie" not in actors
    assert "brancheorganisatie" in {m["text"] for m in actors["Bouwend Nederland"]["mentions"]}
    assert all(not alias.startswith("anaphor") for alias in actors["Bouwend Nederland"]["aliases"])


def test_the_prosecutor_by_title(any_nlp):
    actors = actors_of(any_nlp, "De officier van justitie eiste vier jaar cel. Volgens de officier is dat genoeg.")
    assert actors["officier van justitie"]["kind"] == "person"
    assert "officier" not in actors
