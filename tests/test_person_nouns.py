"""People named by common nouns that no list has, found by Dutch word formation (ANNOTATION.md, `group`)."""

from __future__ import annotations

import pytest

from conftest import has_packaged_model


@pytest.fixture(params=["blank:nl", "packaged"])
def any_nlp(request):
    if request.param == "packaged" and not has_packaged_model():
        pytest.skip("the packaged model is absent")
    return request.getfixturevalue("blank_nlp" if request.param == "blank:nl" else "nlp")


def actors_of(nlp, text: str) -> dict[str, dict]:
    return {actor["name"]: actor for actor in nlp(text)._.actors}


@pytest.mark.parametrize("sentence, noun", [
    ("De bezorgers staken sinds maandag voor een hogere vergoeding.", "bezorgers"),
    ("Veel glazenwassers zitten zonder werk.", "glazenwassers"),
    ("De bedrijfsjuristen adviseren de directie.", "bedrijfsjuristen"),
    ("Ook de handelaren in de haven protesteren.", "handelaren"),
    ("Volgens de organisatie waren de dertigers het vaakst betrokken.", "dertigers"),
    ("Onderzoekers van de universiteit vonden het virus.", "onderzoekers"),
])
def test_an_unlisted_person_noun_is_a_group(any_nlp, sentence, noun):
    actors = actors_of(any_nlp, sentence)
    assert actors[noun]["kind"] == "group"


@pytest.mark.parametrize("sentence, word", [
    ("De cijfers over de kamers en de kilometers kloppen niet.", "cijfers"),
    ("De containers stonden in de kelders.", "containers"),
    ("De jaarcijfers werden op de banenbeurs gepresenteerd.", "jaarcijfers"),
    ("De jaarcijfers werden op de banenbeurs gepresenteerd.", "banenbeurs"),
    ("Dat moet anders, vinden ze.", "anders"),
])
def test_things_with_a_person_ending_are_no_actors(any_nlp, sentence, word):
    assert not any(word in name.lower() for name in actors_of(any_nlp, sentence))
