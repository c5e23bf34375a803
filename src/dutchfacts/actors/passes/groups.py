"""The group nouns pass: collectives such as `huishoudens`, `de consument`, `65-plussers`, with the
adjectives before them and a `met`/`zonder` phrase after them; `de organisatie` as an anaphor; and
people named by a plural no list has, found by its word formation (`..formation`)."""

from __future__ import annotations

from typing import Iterable

from ...text import is_noun
from ..formation import in_actor_role, person_noun, singular_person_noun, speaking_agent_noun
from ..names import is_nationality_anaphor
from ..rules import ActorNoun
from ..view import Candidate, DocView, lower_tail_compound


def actor_nouns(view: DocView) -> Iterable[Candidate]:
    rules = view.rules
    for index, token in enumerate(view.doc):
        # `65-plussers`, `15-jarigen`: a number may open a compound group noun.
        if view.claimed[index] or not (token.text[:1].isalpha() or token.text[:1].isdigit() and "-" in token.text):
            continue
        lower = token.text.lower()
        if lower in rules.not_names or is_nationality_anaphor(view, index):
            continue
        # `de organisatie`, also with adjectives (`de centrale bank`) or as a compound's head (`de milieumaatschappij`).
        if is_anaphor(view, lower) and view.lower(modifiers_before(view, index) - 1) in rules.words.definite_article:
            modified = modifiers_before(view, index)
            view.claim(index, index + 1)
            yield view.candidate(index, index + 1, "organization", "anaphor", name=lower, key=f"anaphor:{lower}", anaphor=True,
                                 alias=view.text(modified, index + 1) if modified < index else None)
            continue
        if lower in rules.members:
            if titles_name_after(view, index + 1):
                continue  # `zijn zoon Pieter`: the person's title, no member of a group of its own
            view.claim(index, index + 1)
            yield view.candidate(index, index + 1, "group", "group:member", name=lower, key=lower,
                                 member_of=rules.members[lower], plural=False)
            continue
        organisation = view.compound_organisation(index, "acronym:compound")
        if organisation is not None and rules.compound_noun(lower) is None:
            yield organisation
            continue
        noun = rules.noun(lower)
        rule = "group:lexicon"
        if noun is None and (not token.text[:1].isupper() or view.opens[index] or lower_tail_compound(token.text)):
            noun = rules.compound_noun(lower, min_prefix=2 if lower[:1].isdigit() else 3)
            rule = "group:compound"
        if noun is None and in_actor_role(view, index, person_noun(view, index)):
            noun, rule = ActorNoun(lower, "group"), "group:formation"
        if noun is None and (singular_person_noun(view, index) or speaking_agent_noun(view, index)):
            view.claim(index, index + 1)
            modified = modifiers_before(view, index)  # `een 74-jarige patiënte`
            yield view.candidate(index, index + 1, "person", "person:formation", name=lower, key=lower, plural=False,
                                 alias=view.text(modified, index + 1) if modified < index else None)
            continue
        if noun is None:
            continue
        last = index + 2 if view.word(index + 1) in ("’s", "'s") else index + 1
        plural = lower == noun.plural or last > index + 1
        if not plural and not singular_noun(view, index):
            continue
        if not plural and prenominal(view, index):
            continue  # `hun oudere ouders`, `een gepensioneerde onderwijzeres`: the adjective of the noun after it
        if not plural and titles_name_after(view, last):
            continue  # `de gepensioneerde Jan Peeters`, `zijn vrouw Maria`: a title of the name after it
        # Only with a parse: the children of a token of an unparsed doc are not to be read.
        if not plural and view.parsed and any(child.dep_ == "cop" for child in token.children):
            continue  # `zijn het grootste slachtoffer`: a role said of the subject, no actor of its own
        view.claim(index, last)
        written = token.text if token.text[1:].lower() != token.text[1:] or not view.opens[index] else lower
        name = written if rule == "group:compound" else noun.plural if plural else written
        modified, described = modifiers_before(view, index), description_after(view, last)
        if view.lower(index - 1) in rules.words.elision_link and view.word(index - 2).endswith("-"):
            modified = index - 2  # `15- tot 75-jarigen`, `nul- tot tienjarigen`
        alias = view.text(modified, described) if (modified, described) != (index, last) else None
        yield view.candidate(index, last, noun.kind, rule, name=name, key=noun.plural, plural=plural, alias=alias)
        if rule == "group:compound" and modified == index - 2 and view.lower(index - 1) in rules.words.list_link:
            elided = elided_compound(view, index)
            if elided:
                yield view.candidate(index - 2, index - 1, noun.kind, "group:elision", name=elided, key=elided)


def titles_name_after(view: DocView, after: int) -> bool:
    """Whether a name claimed by an earlier pass comes right after a singular noun, which is then its title."""
    return view.word(after)[:1].isupper() and view.claimed[after] and not view.opens[after]


def elided_compound(view: DocView, index: int) -> str | None:
    """`handelaars- en bewonersverenigingen`: the first compound of the list, whose head the last one
    writes (`handelaarsverenigingen`); None when the first part is no word (`15- en 16-jarigen`)."""
    first = view.word(index - 2)[:-1].lower()
    head = view.rules.compound_head(view.word(index))
    return first + head if head and first.isalpha() and not view.claimed[index - 2] else None


def prenominal(view: DocView, index: int) -> bool:
    """A singular group word as the adjective of the noun right after it: tagged so by the model
    (`een gepensioneerde onderwijzeres`), or before another actor noun without one (`oudere ouders`)."""
    after = view.word(index + 1)
    if not (after.isalpha() and after.islower()):
        return False
    if view.tagged:
        return "prenom" in view.doc[index].tag_ and view.doc[index + 1].pos_ == "NOUN"
    return bool(view.rules.noun(after) or view.rules.compound_noun(after))


def is_anaphor(view: DocView, lower: str) -> bool:
    """A listed anaphor, or a compound ending in one that the article also writes capitalised
    inside a name (`de milieumaatschappij` after `Vlaamse Milieumaatschappij`)."""
    if lower in view.rules.anaphors:
        return True
    # The set look-up first: it rules out almost every word before the scan of the anaphors.
    return lower.isalpha() and lower.capitalize() in view.capitalised_inside and any(
        lower.endswith(noun) and len(lower) > len(noun) for noun in view.rules.anaphors
    )


def description_after(view: DocView, last: int) -> int:
    """Where `met`/`zonder` and a short noun phrase after a group noun end: `mensen met een laag
    inkomen`, `mensen zonder werk`; `last` itself when there is none. The phrase ends on a noun."""
    if view.lower(last) not in view.rules.words.description_opener:
        return last
    # One word (`zonder werk`), or an article and up to two more (`met een laag inkomen`).
    longest = last + (4 if view.lower(last + 1) in view.rules.words.phrase_opener else 2)
    end = last + 1
    while end < min(longest, len(view.doc)) and view.word(end).isalpha() and view.word(end).islower():
        if view.lower(end) in view.rules.words.description_stop or view.tagged and not noun_like(view, end, last):
            break
        end += 1
    while end > last + 1 and not ends_on_noun(view, end - 1, last):
        end -= 1
    return end if end > last + 1 else last


def noun_like(view: DocView, index: int, opening: int) -> bool:
    """A tagged word that may be in the phrase: no verb, unless the tagger gave a noun after an adjective that tag."""
    pos, before = view.doc[index].pos_, view.doc[index - 1].pos_ if index - 1 > opening else ""
    return pos not in ("VERB", "AUX") or before == "ADJ"


def ends_on_noun(view: DocView, index: int, opening: int) -> bool:
    word, before = view.lower(index), view.lower(index - 1)
    if view.tagged:
        return is_noun(view.doc[index]) or view.doc[index].pos_ in ("VERB", "ADJ") and view.doc[index - 1].pos_ == "ADJ"
    if word in view.rules.words.phrase_opener or word.endswith("e") or view.rules.is_number_word(word):
        return False
    if view.rules.formation.modifier.search(word) or word in view.rules.words.description_stop or word in view.rules.words.plain_adjective:
        return False
    # `een leefloon ondersteund`, `een verblijfsvergunning wachten`: a verb after the noun.
    after_noun = index - 1 > opening and not (
        before in view.rules.words.phrase_opener or before.endswith("e") or before in view.rules.words.plain_adjective
    )
    return not (after_noun and view.rules.formation.verb.search(word))


def modifiers_before(view: DocView, index: int) -> int:
    """Where the adjectives before a group noun start: `internationale studenten`,
    `alleenstaande minderjarige vreemdelingen`, `langdurig zieken`, `Twentse gemeenten`."""
    first = index
    while index - first < 2 and first > 0 and not view.claimed[first - 1]:
        word = view.word(first - 1)
        lower = word.lower()
        # `74-jarige`: an age before the noun is an adjective too.
        if not (word.isalpha() or lower.endswith("e") and lower.rsplit("-", 1)[-1].isalpha()) or lower in view.rules.words.not_modifier or view.rules.is_number_word(lower):
            break
        if word[:1].isupper() and not view.rules.formation.capitalised_adjective.search(word):
            break
        if not (lower.endswith("e") or view.rules.formation.modifier.search(lower)):
            break
        first -= 1
    return first


def singular_noun(view: DocView, index: int) -> bool:
    """`de consument`, `een jonge moeder`, but not `ouder dan 65` or `per persoon`."""
    before = view.lower(index - 1)
    if before in view.rules.words.singular_marker:
        return True
    # `de 45-jarige vrouw`: an age before the noun is an adjective too.
    return before.endswith("e") and before.rsplit("-", 1)[-1].isalpha() and view.lower(index - 2) in view.rules.words.singular_marker
