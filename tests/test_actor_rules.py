"""The actor rule data and its look-ups: heads of compounds and offices found in time linear in the word."""

from __future__ import annotations

import time

import pytest

from dutchfacts.actors.rules import load_actor_rules


def test_compound_heads_and_offices_in_time_bounded_by_the_longest_listed_form():
    rules = load_actor_rules()
    assert rules.compound_noun("jeugdzorgmedewerkers").plural == "jeugdzorgmedewerkers"
    assert rules.is_office("Onderwijsminister")
    word = "x" * 200_000  # a token without spaces, as a broken export gives: every suffix tried was quadratic
    began = time.perf_counter()
    assert rules.compound_noun(word) is None and not rules.is_office(word)
    assert time.perf_counter() - began < 0.5


def test_number_and_fraction_words_come_from_the_number_lexicon():
    rules = load_actor_rules()
    for word in ("Tweeëntwintig", "zeventienhonderd", "twaalf", "een", "anderhalf"):
        assert rules.is_number_word(word), word
    for word in ("Driekwart", "vijfde", "helft", "half"):
        assert rules.is_fraction_word(word), word
    for word in ("Bastien", "Martin", "Kwartier"):
        assert not rules.is_number_word(word) and not rules.is_fraction_word(word), word


def test_actor_word_classes_are_read_strictly(tmp_path):
    from dutchfacts.actors.rules import read_actor_words
    from dutchfacts.figures.lexicon import RULES_DIR, RuleFileError

    text = (RULES_DIR / "actor_words.tsv").read_text(encoding="utf-8")
    words = read_actor_words(RULES_DIR / "actor_words.tsv")
    assert "van" in words.person_particle and "de" in words.singular_marker and "in" in words.not_verb
    unknown = tmp_path / "actor_words.tsv"
    unknown.write_text(text + "zo\tsometimes\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="unknown word class 'sometimes'"):
        read_actor_words(unknown)
    missing = tmp_path / "missing.tsv"
    missing.write_text("".join(line + "\n" for line in text.splitlines() if not line.endswith("\tlocating")), encoding="utf-8")
    with pytest.raises(RuleFileError, match="no words for locating"):
        read_actor_words(missing)


def test_word_formation_is_read_strictly(tmp_path):
    from dutchfacts.actors.rules import read_word_formation
    from dutchfacts.rulefiles import RULES_DIR, RuleFileError

    text = (RULES_DIR / "word_formation.tsv").read_text(encoding="utf-8")
    formation = read_word_formation(RULES_DIR / "word_formation.tsv", ["en", "of"])
    assert formation.capitalised_adjective.search("Nederlandse") and formation.demonym.match("Antwerpenaren")
    assert formation.compass.match(formation.compass_list.sub("", "Oost- en West-Vlaanderen"))
    assert formation.common_noun.search("daarnaast") and not formation.common_noun.search("rabobank")
    bare = tmp_path / "bare.tsv"
    bare.write_text(text + "isten\tagent\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="neither starts nor ends with"):
        read_word_formation(bare, ["en"])
    missing = tmp_path / "missing.tsv"
    missing.write_text("".join(line + "\n" for line in text.splitlines() if not line.endswith("\tdemonym")), encoding="utf-8")
    with pytest.raises(RuleFileError, match="no affixes for demonym"):
        read_word_formation(missing, ["en"])


def test_a_name_after_a_noun_of_a_thing_or_an_event_is_no_actor(any_nlp):
    from test_actors import actors_of

    actors = actors_of(
        any_nlp,
        "De vakbeurs BouwTotaal trok veel bezoekers. Het tennistoernooi Roland Garros begint maandag. "
        "Het festival Pukkelpop trok veel jongeren. Hij sprak op de persconferentie in het Lotto Park. Daar was ook Jan Peeters.",
    )
    assert not {"BouwTotaal", "Roland Garros", "Pukkelpop", "Lotto Park"} & set(actors)
    assert "Jan Peeters" in actors
