"""Long input costs time in proportion to its length: no rule looks at every suffix of a word
or at the whole rest of the text for each figure. The times are in benchmarks/README.md."""

from __future__ import annotations

from dataclasses import replace

from dutchfacts.actors.rules import load_actor_rules
from dutchfacts.text import TextContext
from dutchfacts.figures.lexicon import RULES_DIR
from dutchfacts.figures.patterns import patterns_for
from dutchfacts.pipeline import process_article
from dutchfacts.io.reading import MAX_CHARACTERS, Article


class CountingSet(frozenset):
    """A word list that counts how often it is looked into."""

    lookups = 0

    def __contains__(self, item) -> bool:
        CountingSet.lookups += 1
        return super().__contains__(item)


def test_compound_nouns_and_offices_look_only_at_suffixes_as_long_as_a_listed_one():
    rules = load_actor_rules(str(RULES_DIR))
    counted = replace(rules, plural_heads=CountingSet(rules.plural_heads), offices=CountingSet(rules.offices))
    word = "a" * 200_000
    CountingSet.lookups = 0
    assert counted.compound_noun(word + "medewerkers").plural == word + "medewerkers"
    assert counted.is_office(word + "minister")
    assert not counted.is_office(word)
    assert CountingSet.lookups <= 3 * (counted.longest_plural_head + counted.longest_office + 1)


def test_the_rules_try_a_pattern_only_near_a_figure(blank_nlp):
    text = "Het ging om 5 mensen. " + "Er gebeurde verder niets. " * 20_000
    context = TextContext(blank_nlp.make_doc(text), patterns_for(str(RULES_DIR)).figure_start)
    pattern = patterns_for(str(RULES_DIR)).relative_years[0][0]
    reached = []

    class Recording:
        def match(self, text, position, end=None):
            reached.append((end or len(text)) - position)
            return pattern.match(text, position, end)

    list(context.figure_matches(Recording(), 0))
    assert reached and max(reached) < 1000


def test_a_word_of_200_000_letters(blank_nlp):
    text = "Volgens de " + "a" * 200_000 + "medewerkers kwamen er 5 bij."
    result = process_article(blank_nlp, Article("long", text))
    assert [(m.text, text[m.start : m.end]) for m in result.mentions] == [("5", "5")]


def test_an_article_of_a_million_characters(blank_nlp):
    paragraph = (
        "Het kabinet meldt dat de werkloosheid met 5 procent daalde. Volgens Jan de Vries van het CBS "
        "gaat het om een trend die al langer loopt, en die zich volgens de onderzoekers ook in de "
        "komende maanden voortzet, al is dat niet overal in het land even duidelijk te zien.\n\n"
    )
    text = (paragraph * (MAX_CHARACTERS // len(paragraph) + 1))[:MAX_CHARACTERS]
    result = process_article(blank_nlp, Article("large", text))
    assert len(result.mentions) > 3_000
    assert all(text[m.start : m.end] == m.text for m in result.mentions)
