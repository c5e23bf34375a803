"""The names pass: runs of capitalised words that no earlier pass claimed, kept as names unless
they open a sentence without being known as a name, are adjectives, name a thing, or follow a title."""

from __future__ import annotations

from typing import Iterable, Optional

import regex
from spacy.tokens import Token

from ..names import (
    ENTITY_KINDS, alone_on_line, before_plural_verb, can_start_name, is_adjective, is_nationality_anaphor, name_end, names_an_organisation, name_kind,
    names_a_thing, person_title,
)
from ...text import SUBJECT_RELATIONS, is_finite_verb
from ..rules import ActorRules
from ..view import Candidate, DocView, is_acronym

DASHES = {"-", "–", "—"}
TITLE_JOINERS = DASHES | {":", "&"}
ASIDE_JOINERS = {"en", "&"}
# How a name hangs from the noun of a work in the parse: `titels als Soof`, `de roman, Het Diner`.
TITLE_RELATIONS = {"nmod", "appos"}


def names(view: DocView) -> Iterable[Candidate]:
    index = 0
    in_title = in_aside = False
    while index < len(view.doc):
        if not can_start_name(view, index):
            in_title = in_title and view.word(index) in TITLE_JOINERS
            in_aside = in_aside and view.word(index) in ASIDE_JOINERS
            index += 1
            continue
        end = person_entity_end(view, index, name_end(view, index))
        aside = is_portfolio_aside(view, index, end, in_aside)
        if in_title or is_title_noun(view.rules, view.lower(index - 1)) or after_thing_noun(view, index) or aside or titled_in_parse(view, index, end):
            in_title, in_aside = not aside, aside
            view.claim(index, end)
            index = end
            continue
        if end == index + 1 and is_nationality_anaphor(view, index):
            view.claim(index, end)
            index = end
            continue
        candidate = name_candidate(view, index, end)
        if candidate is not None:
            view.claim(index, end)
            yield candidate
        index = end


def person_entity_end(view: DocView, first: int, end: int) -> int:
    """`kunstenaar Kim Ha-eun`: where the model's person entity goes on over capitalised words that the
    rules would cut (a hyphened name with a lower-case part reads as a compound), the name ends with it."""
    # Not into a word the lists say is no name: `Mounir B. Hij had …` is a pronoun opening a sentence.
    while (
        end < len(view.doc) and not view.claimed[end] and view.word(end)[:1].isupper() and view.word(end) not in view.rules.not_names
        and view.doc[end].ent_iob_ == "I" and view.doc[end].ent_type_ == "PER" and view.doc[end - 1].ent_type_ == "PER"
    ):
        end += 1
    return end


def name_candidate(view: DocView, first: int, last: int) -> Optional[Candidate]:
    words = [view.word(i) for i in range(first, last)]
    text = view.text(first, last)
    single = len(words) == 1
    if view.opens[first] and all(w.isupper() for w in words) and view.word(last) in DASHES:
        return None  # a dateline: `DEN HAAG - De productie …`
    if text in view.rules.team_places:
        # A national team is the place it plays for, and it acts wherever it is named.
        place = view.rules.team_places[text]
        return view.candidate(first, last, "place", "name:team", key=place.lower(), acts=True)
    if single and view.rules.formation.demonym.match(words[0]):
        return view.candidate(first, last, "group", "name:demonym")
    if single and view.opens[first] and not known_name(view, first):
        return None
    if single and is_adjective(view, first):
        return None
    if any(word.endswith("-") for word in words) and is_adjective(view, last - 1):
        return None  # `de Noord- en Zuid-Hollandse gemeenten`
    if any(names_a_thing(view.rules, word) for word in {words[0], words[-1]}):
        return None
    if not single and view.opens[first] and is_descriptor(view, first, last):
        name = view.text(first + 1, last)
        return view.candidate(first + 1, last, name_kind(view, first + 1, last), "name:described", name=name, alias=text)
    if not single and words[0].endswith("e") and view.rules.formation.capitalised_adjective.search(words[0]):
        # `de Japanse Miho Takagi`, `het Zwitserse FC Basel`: a nationality said of a person or of a
        # club named with its acronym, no part of the name.
        kind = name_kind(view, first + 1, last)
        if kind == "person" or len(words) > 2 and any(is_acronym(word) for word in words[1:]):
            return view.candidate(first + 1, last, kind, "name:described", name=view.text(first + 1, last), alias=text)
    kind = apposition_of_kind(view, last) or person_by_role(view, first, last) or name_kind(view, first, last)
    return view.candidate(first, last, kind, "name:capitalised", name=text)


def person_by_role(view: DocView, first: int, last: int) -> str:
    """`de Ghanese middenvelder Kwame Boateng`: a name of two capitalised words or more, none an
    acronym, right after a lower-case noun of a person (`names.person_title`) is a person, whatever
    the model's entity says."""
    words = [view.word(i) for i in range(first, last)]
    if sum(word[:1].isupper() for word in words) < 2 or any(is_acronym(word) for word in words):
        return ""
    return "person" if person_title(view, first - 1) else ""


def is_portfolio_aside(view: DocView, first: int, last: int, continued: bool) -> bool:
    """`minister Slob (Basis- en Voortgezet Onderwijs en Media, CU)`: a portfolio in brackets after a
    name, told by a word of the listed portfolios; `Frans van Gestel (Publieke Werken)` names his firm."""
    opens_aside = view.word(first - 1) == "(" and view.claimed[first - 2] and view.word(first - 2) not in (")", "")
    if not (opens_aside or continued):
        return False
    words = [view.word(i) for i in range(first, last)]
    if any(is_acronym(word) or word in view.rules.parties for word in words):
        return False
    return continued or any(word.rstrip("-") in view.rules.portfolio_words for word in words)


def is_title_noun(rules: ActorRules, word: str) -> bool:
    return any(word.endswith(noun) for noun in rules.title_nouns) and word.isalpha()


def titled_in_parse(view: DocView, first: int, last: int) -> bool:
    """`titels als Soof 2`, `de film die de meeste bezoekers trok, was Bridget Jones's Baby`: in the
    parse, a name that a noun of a work governs (through a list), or that is said of one as its
    subject, is that work's title. Only with a parse."""
    if not view.parsed:
        return False
    token = view.doc[first]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    # `de film van Kees Valk`: a name after a preposition is the work's maker or owner, not its title.
    if token.dep_ in TITLE_RELATIONS and token.head.i < first and names_work(view.rules, token.head):
        return not any(child.dep_ == "case" for child in token.children)
    children = list(token.children)
    return any(child.dep_ == "cop" for child in children) and any(
        child.dep_ in SUBJECT_RELATIONS and names_work(view.rules, child) for child in children
    )


def names_work(rules: ActorRules, token: Token) -> bool:
    """A noun of a work, read by its lemma too (`titels`: titel)."""
    return is_title_noun(rules, token.lower_) or is_title_noun(rules, token.lemma_.lower())


def after_thing_noun(view: DocView, index: int) -> bool:
    """`de vakbeurs Horeca Expo`, `het toernooi Roland Garros`: a name right after an article and a
    noun of a thing, event or venue (not_actor_heads.txt) is that thing's title; `vorige week
    Statbel`, without the article, is not."""
    noun = view.word(index - 1)
    return (
        noun.isalpha() and noun.islower() and view.rules.ends_in_thing_head(noun)
        and view.lower(index - 2) in view.rules.words.determiner
    )


def is_descriptor(view: DocView, first: int, last: int) -> bool:
    """`Spoorbeheerder ProRail`, `Uitkeringsinstantie UWV`: a common noun before a name the article
    also uses alone, an organisation noun before any name (`Bouwbedrijf Heijmans`), or before an
    acronym (`Vakbond FNV`)."""
    word = view.word(first)
    if word in view.capitalised_inside:
        return False
    rest = view.text(first + 1, last)
    if rest in view.rules.places:
        return False  # `Club Brugge`: a body named after its place
    lower = word.lower()
    heads = view.rules.anaphors | view.rules.offices | view.rules.descriptor_heads
    # A person noun by its agent ending (`Aanvoerster Roos`, `Invaller Mila`): an ending that no first
    # name has, or any agent ending on a word the tagger calls a common noun.
    formation = view.rules.formation
    if formation.agent_not_first_name.search(lower) or view.tagged and view.doc[first].pos_ == "NOUN" and formation.agent.search(lower):
        return True
    # Opening a sentence, a noun of kind before a name is its descriptor (`Bouwbedrijf Heijmans`).
    if any(lower.endswith(head) for head in view.rules.anaphors | view.rules.descriptor_heads) and not view.rules.is_office(word):
        return True
    if last - first == 2 and is_acronym(rest) and any(lower.endswith(head) for head in heads):
        return True
    if not view.found(rf"(?<!{regex.escape(word)}\s){regex.escape(rest)}\b"):
        return False
    return any(lower.endswith(head) for head in heads)


def known_name(view: DocView, index: int) -> bool:
    """A sentence's first word is a name only when the article or the lists say so."""
    rules = view.rules
    word = view.word(index)
    if is_acronym(word) or word in rules.parties or word in rules.places or word in rules.institutions:
        return True
    if before_plural_verb(view, index):
        return False
    if word in view.capitalised_inside:
        return True
    following = view.word(index + 1).lower()
    if following in view.rules.reporting_forms or apposition_of_kind(view, index + 1):
        return True
    if acts_as_subject(view, index):
        return True
    if alone_on_line(view, index):
        return False  # a heading (`Programmering`), which a model tags as a name
    token = view.doc[index]
    # The parse's subject that the tagger calls a proper noun (`Achmea verhoogt`) or the model an
    # entity before its finite verb, however the tagger reads it (`Booking.com schrapt`); not in the
    # headline, which opens with a common noun as often as not (`Nachtvorst treft fruittelers`).
    in_headline = "\n" not in view.source[: token.idx] and "\n" in view.source[token.idx :]
    named = token.tag_.startswith("N|eigen") or token.ent_type_ in ENTITY_KINDS and is_finite_verb(view.doc[index + 1])
    if view.tagged and named and token.dep_ in SUBJECT_RELATIONS and not in_headline and not reads_as_common_noun(view, word):
        return True
    # `Analyse: waterschapsrekening stijgt …` before `uit een analyse van`: a rubric, whatever its entity.
    return token.ent_type_ in ENTITY_KINDS and token.pos_ in ("PROPN", "") and not view.found(rf"\b{regex.escape(word.lower())}\b")


def reads_as_common_noun(view: DocView, word: str) -> bool:
    """A word that ends like a common noun or that the article also writes in lower case (`Nachtvorst`)."""
    return bool(view.rules.formation.common_noun.search(word.lower())) or view.found(rf"\b{regex.escape(word.lower())}\b")


def apposition_of_kind(view: DocView, comma: int) -> str:
    """`Febelfin, de federatie van de Belgische banken, …`: after a name, a comma, an article and a
    noun of an organisation or an office tell its kind; `` if there is none."""
    if view.word(comma) != "," or view.lower(comma + 1) not in view.rules.words.definite_article:
        return ""
    noun = view.word(comma + 2)
    if not noun.islower():
        return ""
    if view.rules.is_office(noun):
        return "person"
    return "organization" if names_an_organisation(view.rules, noun) else ""


def acts_as_subject(view: DocView, index: int) -> bool:
    """`Rabobank verhoogt de rente`: a sentence's first word before a finite verb, or listed with
    a name, is a name, unless the article also writes it in lower case or it ends like a common noun."""
    word, following, partner = view.word(index), view.word(index + 1), view.word(index + 2)
    if view.tagged or reads_as_common_noun(view, word):
        return False
    # `Feyenoord en PSV boekten winst`: listed with a name.
    if following in ("en", ",") and (is_acronym(partner) or partner in view.capitalised_inside):
        return True
    if not following.isalpha() or not following.islower():
        return False
    return following in view.rules.finite_verbs or len(following) > 3 and following.endswith("t")
