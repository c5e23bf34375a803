"""People named by a noun that no list has: found by word formation (an ending that names people,
or an agent noun of a verb the model's lemma table knows) where the noun is in an actor's role
(counted, listed with another actor noun, or acting); a singular only where it acts."""

from __future__ import annotations

import regex

from ..text import SUBJECT_RELATIONS, is_finite_verb, is_noun
from .view import DocView

# A list of more nouns than this is no list of actors but a run of commas.
MAX_LISTED = 8


def person_noun(view: DocView, index: int) -> str:
    """How a plural names people: `person` by its ending (`analisten`, `technici`), `agent` as the
    agent noun of a verb the model's lemma table knows (`aanmelders`, `speurders`), or `` for a
    word that does not (`cijfers`). A person ending on a word the tagger took for a verb or an
    adjective (`verloskundigen`) is `listed`: a noun only where it is listed with another."""
    word = view.word(index)
    lower = word.lower()
    if not (word.islower() or view.opens[index]) or not lower.replace("-", "").isalpha() or view.rules.noun(lower):
        return ""
    formation = view.rules.formation
    # The thing heads are tried only for a word that could name people: the scan costs most.
    if formation.person_plural.search(lower):
        if view.rules.ends_in_thing_head(lower):
            return ""
        return "person" if nominal(view, index) else "listed"
    if not nominal(view, index):
        return ""
    agent = formation.agent_plural.search(lower) if view.verbs else None
    if agent is None:
        return ""
    # `foutparkeerders`: the verb of a compound's tail, its long vowel written double (`parkeren`).
    return "agent" if agent_of_verb(view, agent.group(1)) and not view.rules.ends_in_thing_head(lower) else ""


def agent_stems(stem: str) -> list[str]:
    """The verb stems an agent noun's stem may come from: after r, l or n the agent ending is -der
    (`speurders`, `verhuurder`), so the d may belong to the ending."""
    return [stem, stem[:-1]] if stem.endswith("d") and stem[-2:-1] in ("r", "l", "n") else [stem]


def person_article_at(view: DocView, index: int) -> int | None:
    """Where the article of the common gender before the noun stands, an adjective between them
    allowed (`de Leuvense psycholoog`); None without one (a person noun is never `het`)."""
    article = index - 1
    if view.lower(article).endswith("e") and view.lower(article) not in view.rules.words.person_article:
        article -= 1
    return article if view.lower(article) in view.rules.words.person_article else None


def singular_person_noun(view: DocView, index: int) -> bool:
    """`volgens de procureur`, `de buschauffeur zegt`, `de zestiger`: a singular that names a person by
    its ending, after an article of the common gender (a person noun is never `het`, so `het gevaar`
    is not one), where it acts."""
    word = view.word(index)
    lower = word.lower()
    if not (word.islower() or view.opens[index]) or not lower.replace("-", "").isalpha() or view.rules.noun(lower):
        return False
    if person_article_at(view, index) is None:
        return False
    head = lower.rsplit("-", 1)[-1]  # `leerling-metselaar`: a hyphened compound by its last part
    if view.rules.ends_in_thing_head(head) or not nominal(view, index):
        return False
    if not (view.rules.formation.person_singular.search(head) or feminine_of_listed(view, head)):
        return False
    return in_actor_role(view, index, "singular")


def feminine_of_listed(view: DocView, lower: str) -> bool:
    """`patiënte` of `patiënt`, `studente` of `student`: the feminine of a listed singular of people."""
    noun = view.rules.noun(lower[:-1]) if lower.endswith("e") else None
    return noun is not None and noun.kind == "group" and noun.plural != lower[:-1]


def speaking_agent_noun(view: DocView, index: int) -> bool:
    """`volgens de verhuurder`, `de klokkenluider zegt`: the agent noun of a verb the model's lemma
    table knows names a person where it speaks; many also name a tool (`de wekker gaat af`), so one
    that only acts is not taken. None without a model."""
    word = view.word(index)
    lower = word.lower()
    if not view.verbs or not (word.islower() or view.opens[index]) or not lower.isalpha() or view.rules.noun(lower):
        return False
    agent = view.rules.formation.agent_singular.search(lower)
    if agent is None or view.rules.ends_in_thing_head(lower) or not nominal(view, index) or not agent_of_verb(view, agent.group(1)):
        return False
    if ends_in_actor_noun(view, lower):
        return False  # `de bioscoopbezoeker`: one of a group the lexicon knows, which the article may name
    article = person_article_at(view, index)
    if article is None:
        return False
    if view.lower(article - 1) == "volgens":
        return True
    token = view.doc[index]
    return token.dep_ in SUBJECT_RELATIONS and token.head.lower_ in view.rules.reporting_forms


def ends_in_actor_noun(view: DocView, lower: str) -> bool:
    """A compound whose head is a listed actor noun (`bioscoopbezoeker`: bezoeker); only heads up to
    the longest listed one are tried."""
    return any(
        view.rules.noun(lower[split:]) is not None
        for split in range(max(3, len(lower) - view.rules.longest_plural_head), len(lower) - 2)
    )


def agent_of_verb(view: DocView, stem: str) -> bool:
    """Whether `stem` + `en` is a verb, also as the tail of a compound (`klokkenluid`: luiden) and with
    the long vowel a closed syllable writes double (`verhuur`: verhuren). After r, l or n the agent
    ending is -der (`verhuurder`)."""
    for whole in agent_stems(stem):
        for start in range(0, len(whole) - 3):
            tail = whole[start:]
            single = regex.sub(r"([aeou])\1(\p{Ll})$", r"\1\2", tail)
            if tail + "en" in view.verbs or single + "en" in view.verbs:
                return True
    return False


def nominal(view: DocView, index: int) -> bool:
    """Tagged as a noun by either tagger, or nominalised; any word without a tagger."""
    return not view.tagged or is_noun(view.doc[index])


def in_actor_role(view: DocView, index: int, person: str) -> bool:
    """A person noun that is counted (`23 analisten`), listed with another actor noun (`fysiotherapeuten
    en diëtisten`), or that acts: the subject of a verb, or after `volgens`. An agent noun is not
    taken for being counted alone: many name a tool (`printers`, `tellers`)."""
    if not person:
        return False
    before = index - 1
    adjective = view.lower(before)
    if adjective.endswith("e") and adjective.isalpha() and len(adjective) > 3 and adjective not in view.rules.words.not_modifier:
        before -= 1  # `480 ondervraagde leerkrachten`
    if view.lower(before) in view.rules.words.determiner and view.lower(before - 1) in view.rules.words.partitive:
        before -= 2  # `een kwart van de cursisten`
    counted = is_figure(view, before) or view.parsed and any(
        child.dep_ == "nummod" for child in view.doc[index].children
    )  # `8.000 extra technici`
    if counted and person == "person":
        return True
    if any(listed_actor_noun(view, neighbour) for neighbour in listed_with(view, index)):
        return True
    if person == "listed":
        return False
    if view.lower(index - 1) == "volgens" or view.lower(index - 1) in view.rules.words.determiner and view.lower(index - 2) == "volgens":
        return True
    # Opening a sentence right before its finite verb, the noun is its subject, whatever a parse
    # misled by a wrong tag says (`Zorgbehoevenden zijn …`).
    opening = view.opens[index] or view.lower(index - 1) in view.rules.words.determiner and view.opens[index - 1]
    if opening and (finite_verb_at(view, index + 1) or coordinated_before_verb(view, index + 1)):
        return True
    if view.parsed:
        token = view.doc[index]
        return token.dep_ in SUBJECT_RELATIONS or token.dep_ == "conj" and token.head.dep_ in SUBJECT_RELATIONS
    return False


def finite_verb_at(view: DocView, index: int) -> bool:
    """A finite verb by the lists, or by its tag where a tagger ran."""
    word = view.lower(index)
    if word in view.rules.finite_verbs or word in view.rules.reporting_forms:
        return True
    return view.tagged and index < len(view.doc) and is_finite_verb(view.doc[index])


def coordinated_before_verb(view: DocView, link: int) -> bool:
    """`Zorgbehoevenden en hun familie zijn …`: a list word and a short conjunct, then the finite verb."""
    if view.lower(link) not in view.rules.words.list_link:
        return False
    return any(finite_verb_at(view, at) for at in range(link + 2, min(link + 5, len(view.doc))))


def is_figure(view: DocView, index: int) -> bool:
    word = view.word(index)
    return any(c.isdigit() for c in word) or view.rules.is_number_word(word) or view.rules.is_fraction_word(word)


def listed_with(view: DocView, index: int) -> list[int]:
    """The other nouns of the list `index` is in, however long: `operatieassistenten,
    anesthesiemedewerkers en verloskundigen`, `de apothekers en de laboranten`."""
    links = {",", *view.rules.words.list_link}
    members = []
    for step in (-1, 1):
        at = index
        while len(members) < MAX_LISTED:
            link = at + step
            if step == -1 and view.lower(link) in view.rules.words.determiner:
                link -= 1
            if view.lower(link) not in links:
                break
            at = link + step
            if step == 1 and view.lower(at) in view.rules.words.determiner:
                at += 1
            if not 0 <= at < len(view.doc) or not view.word(at).replace("-", "").isalpha():
                break
            members.append(at)
    return members


def listed_actor_noun(view: DocView, index: int) -> bool:
    lower = view.lower(index)
    return bool(view.rules.noun(lower) or view.rules.compound_noun(lower) or person_noun(view, index))
