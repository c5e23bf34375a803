"""People named by a singular common noun that no list has, found by word formation where the noun
acts: `de eigenaar zegt`, `volgens de procureur`, `een 74-jarige patiënte vertelt`."""

from __future__ import annotations

import pytest

from conftest import has_packaged_model
from test_actors import actors_of


def test_a_singular_profession_that_acts_is_a_person(any_nlp):
    actors = actors_of(
        any_nlp,
        "Volgens de procureur ging het om een goed georganiseerde fraude. De eigenaar zegt dat hij niets wist. "
        "Een buschauffeur vertelde dat de rit vertraging had.",
    )
    for name in ("procureur", "buschauffeur"):
        assert actors[name]["kind"] == "person", name
    assert "eigenaar" in actors


@pytest.mark.skipif(not has_packaged_model(), reason="the subject of a verb is read from the parse")
def test_a_singular_subject_with_an_age_or_a_hyphened_head_is_a_person(nlp):
    actors = actors_of(
        nlp,
        "Een zestiger uit de wijk is tevreden over het plan. "
        "Een 74-jarige patiënte die vorige week werd geopereerd, vertelt dat de zorg goed was. "
        "Een 19-jarige leerling-metselaar op de beurs snapt dat niet.",
    )
    assert {"zestiger", "patiënte", "leerling-metselaar"} <= set(actors)
    assert "74-jarige patiënte" in actors["patiënte"]["aliases"]


def test_an_age_before_a_singular_is_no_person_of_its_own(blank_nlp):
    actors = actors_of(blank_nlp, "Een 74-jarige patiënte vertelt dat de zorg goed was.")
    assert "74-jarige" not in actors


def test_a_singular_with_a_person_ending_that_does_not_act_is_no_actor(any_nlp):
    actors = actors_of(
        any_nlp,
        "Het gevaar is groot. Het humeur op de vloer zakt. Ze belde de procureur van het hof. "
        "De gemeente vertelt dat het plan klaar is. Het exemplaar van de collectie lag er nog. "
        "Bij tien ziekenhuizen liep de wachttijd op, bij vier werd die korter.",
    )
    assert not {"gevaar", "humeur", "procureur", "exemplaar", "korter"} & set(actors)


@pytest.mark.skipif(not has_packaged_model(), reason="the verbs come from the model's lemma table")
def test_a_plural_agent_noun_of_a_compound_s_verb_is_a_group(nlp):
    actors = actors_of(nlp, "De politie controleert strenger. Foutparkeerders betalen voortaan 75 euro.")
    assert "foutparkeerders" in actors, sorted(actors)
