"""The gathering bodies pass: a body named by its noun, `van` and, in lower case, the actors it
gathers (`College van procureurs-generaal`, `College van het openbaar ministerie`,
`Federatie van Belgische bioscoopuitbaters`): one organisation, read before its words could be
taken for an office, an institution or a group of their own."""

from __future__ import annotations

from typing import Iterable, Optional

from ..formation import person_noun
from ..names import is_organisation_word, names_an_organisation
from ..view import Candidate, DocView

# The most words a listed institution after `van` is tried with (`openbaar ministerie`).
LONGEST_INSTITUTION = 3
# The most adjectives before the gathered plural (`van Belgische bioscoopuitbaters`).
MAX_ADJECTIVES = 2


def gathering_bodies(view: DocView) -> Iterable[Candidate]:
    for index, word in enumerate(view.words):
        if view.claimed[index] or view.lower(index + 1) != "van" or not body_noun(view, index):
            continue
        end = gathered_end(view, index + 2)
        if end is None:
            continue
        view.claim(index, end)
        yield view.candidate(index, end, "organization", "name:gathering")


def body_noun(view: DocView, index: int) -> bool:
    """A capitalised noun of an organisation (`College`, `Federatie`), or one in lower case after a
    definite article (`de federatie`, `de vereniging`): a body known by what it is."""
    word = view.word(index)
    if word[:1].isupper():
        return is_organisation_word(view.rules, word)
    lower = word.lower()
    if view.lower(index - 1) not in view.rules.words.definite_article:
        return False
    # `Febelfin, de federatie van de Belgische banken`: an apposition describes the name before it.
    if view.word(index - 2) == "," and view.word(index - 3)[:1].isupper():
        return False
    return names_an_organisation(view.rules, lower)


def gathered_end(view: DocView, start: int) -> Optional[int]:
    """Where the actors after `van` end: a listed institution (`het openbaar ministerie`), or a plural
    of people or organisations (an office, an actor noun or a compound of one), adjectives before it
    allowed; None where `van` names no such actors (`College van de stad`, `Raad van State`)."""
    at = start + (view.lower(start) in view.rules.words.determiner)
    for length in range(LONGEST_INSTITUTION, 0, -1):
        words = [view.word(i) for i in range(at, min(at + length, len(view.doc)))]
        if len(words) == length and all(word.islower() for word in words) and " ".join(words) in view.rules.institutions:
            return at + length
    adjectives = 0
    while adjectives < MAX_ADJECTIVES and is_adjective_before_noun(view, at):
        at, adjectives = at + 1, adjectives + 1
    if at >= len(view.doc) or view.claimed[at]:
        return None
    word = view.word(at)
    return at + 1 if word.islower() and (gathered_plural(view, word) or person_noun(view, at) in ("person", "agent")) else None


def is_adjective_before_noun(view: DocView, index: int) -> bool:
    word = view.word(index)
    if not word.isalpha() or not word.endswith("e") or view.rules.noun(word):
        return False
    return word.islower() or bool(view.rules.formation.capitalised_adjective.search(word))


def gathered_plural(view: DocView, word: str) -> bool:
    """A plural of people or organisations: listed, a compound of a listed one, an office's, or the
    plural of a singular that names a person by its ending (`procureurs` of `procureur`); the plurals
    that word formation tells (`formation.person_noun`) are read besides."""
    rules = view.rules
    noun = rules.noun(word) or rules.compound_noun(word)
    if noun is not None and noun.plural == word.lower() or rules.is_office_plural(word):
        return True
    head = word.lower().split("-")[0]  # `procureurs-generaal`: a hyphened compound by its first part
    person = rules.formation.person_singular
    return any(head.endswith(ending) and person.search(head[: -len(ending)]) for ending in ("s", "en"))
