"""The parties and institutions passes: phrases from the lists, an institution widened by an
adjective before it or a name or portfolio after it (`de gemeenteraad van Utrecht`)."""

from __future__ import annotations

from typing import Iterable

import regex

from ..names import can_start_name, name_end, portfolio_end
from ..view import Candidate, DocView


def parties(view: DocView) -> Iterable[Candidate]:
    yield from phrases(view, view.rules.parties, "organization", "party", case_sensitive=True)


def institutions(view: DocView) -> Iterable[Candidate]:
    listed = phrases(view, view.rules.institutions, "organization", "institution", case_sensitive=False)
    for candidate in [*listed, *bodies(view)]:
        if candidate.anaphor:
            yield candidate
            continue
        first, last = candidate.first, candidate.last
        before = view.word(first - 1)
        if before[:1].isupper() and view.rules.formation.adjective.search(before) and not view.claimed[first - 1]:
            first -= 1
        else:
            first = body_adjectives_start(view, first)  # `de lokale politie`, `de federale gerechtelijke politie`
        if view.lower(last) == "van" and portfolio_end(view, last + 1) > last + 1:
            last = portfolio_end(view, last + 1)
        elif view.lower(last) == "van" and (view.word(last + 1) in view.rules.places or one_entity(view, first, last + 2)):
            last = name_end(view, last + 1)  # `de gemeenteraad van Utrecht`, `de rechtbank van Turnhout`
        elif last < len(view.doc) and can_start_name(view, last) and not view.rules.is_office(view.word(last)):
            last = name_end(view, last)
        head = candidate.key
        if (first, last) != (candidate.first, candidate.last):
            view.claim(first, last)
            candidate = view.candidate(first, last, "organization", "institution:named")
        candidate.alias = head
        yield candidate


def one_entity(view: DocView, first: int, last: int) -> bool:
    """Whether the model reads the words `first`–`last` as one entity of an organisation (`de
    correctionele rechtbank van Turnhout`): then its place is the body's seat, part of its name."""
    if last > len(view.doc):
        return False
    tokens = view.doc[first:last]
    return tokens[0].ent_type_ == "ORG" and all(t.ent_iob_ == "I" and t.ent_type_ == "ORG" for t in tokens[1:])


def bodies(view: DocView) -> Iterable[Candidate]:
    """An unnamed body by the head of its noun, after an article: a compound (`de ondernemingsraad`,
    `het stadsbestuur`) or a head with an adjective that says which (`het Antwerpse parket`). A bare
    head (`het bestuur`, `de directie`) mostly stands for an organ of a body named elsewhere."""
    for index, word in enumerate(view.words):
        lower = word.lower()
        if view.claimed[index] or not (word.islower() or view.opens[index]) or not view.rules.formation.body.search(lower):
            continue
        # `de branchevereniging Bouwend Nederland`: before a name, the noun describes it.
        if view.rules.ends_in_thing_head(lower) or view.word(index + 1)[:1].isupper():
            continue
        compound = view.rules.formation.body_head.fullmatch(lower) is None
        modified = body_adjectives_start(view, index) < index
        if modified or compound and view.lower(index - 1) in view.rules.words.definite_article:
            view.claim(index, index + 1)
            if compound and describes_a_name(view, lower):
                # `Volgens de brancheorganisatie` after `Brancheorganisatie Bouwend Nederland`: that name again.
                yield view.candidate(index, index + 1, "organization", "anaphor", name=lower, key=f"anaphor:{lower}", anaphor=True)
                continue
            # `de hulporganisatie` right after `Het Rode Kruis` is that organisation; with none named
            # just before, `de patiëntenvereniging` is a body of its own (linking decides).
            on_anaphor = compound and any(lower.endswith(noun) for noun in view.rules.anaphors)
            yield view.candidate(index, index + 1, "organization", "institution", name=lower, key=lower, anaphor=on_anaphor)


def describes_a_name(view: DocView, lower: str) -> bool:
    """Whether the article writes the noun right before a name somewhere (`Brancheorganisatie Bouwend Nederland`)."""
    word = regex.escape(lower[1:])
    return view.found(rf"\b[{regex.escape(lower[0])}{regex.escape(lower[0].upper())}]{word}\s+\p{{Lu}}")


def body_adjectives_start(view: DocView, first: int) -> int:
    """Where one or two adjectives after an article that say which body start (`de lokale politie`,
    `de federale gerechtelijke politie`, `het Leuvense stadsbestuur`); `first` itself without them."""
    for count in (1, 2):
        if all(body_adjective(view, first - step) for step in range(1, count + 1)) and (
            view.lower(first - count - 1) in view.rules.words.definite_article
        ):
            return first - count
    return first


def body_adjective(view: DocView, index: int) -> bool:
    """`lokale`, `federale`, `Leuvense`: an adjective that may say which body."""
    word = view.word(index)
    lower = word.lower()
    if index < 1 or not word.isalpha() or lower in view.rules.words.not_modifier or view.claimed[index]:
        return False
    if word[:1].isupper() and not view.rules.formation.capitalised_adjective.search(word):
        return False
    return lower.endswith("e") and len(lower) > 3


def phrases(view: DocView, phrases: Iterable[str], kind: str, rule: str, case_sensitive: bool) -> Iterable[Candidate]:
    doc = view.doc
    by_first_word: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted({tuple(p.split()) for p in phrases}, key=len, reverse=True):
        by_first_word.setdefault(words[0].lower(), []).append(words)
    index = 0
    while index < len(doc):
        for words in by_first_word.get(view.lower(index), ()):
            last = index + len(words)
            found = tuple(view.words[index:last])
            exact = any(c.isupper() for c in "".join(words)) or case_sensitive
            if not exact and found and found[0][:1].isupper() and not view.opens[index]:
                continue
            if found and found[-1][:1].isupper() and view.lower(last) == "van" and view.word(last + 1)[:1].isupper():
                continue
            if (found == words if exact else tuple(w.lower() for w in found) == words) and view.free(index, last):
                view.claim(index, last)
                yield view.candidate(index, last, kind, rule, key=" ".join(words).lower())
                index = last - 1
                break
        index += 1
