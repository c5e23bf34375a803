"""The offices pass: a person by their office, `minister Carola Schouten`, `de minister van Financiën`,
`de burgemeester`, with the office and portfolio it gives them."""

from __future__ import annotations

from typing import Iterable

from ..names import can_continue_name, can_start_name, is_organisation_word, name_end, names_a_thing, portfolio_end
from ..view import Candidate, DocView, is_acronym


def offices(view: DocView) -> Iterable[Candidate]:
    doc = view.doc
    index = 0
    while index < len(doc):
        word = view.word(index)
        held = plural_office_end(view, index)
        if held > index:
            view.claim(index, held)
            yield view.candidate(index, held, "group", "office:plural", name=view.text(index, held), key=view.text(index, held).lower())
            index = held
            continue
        if view.claimed[index] or not view.rules.is_office(word.split("-")[-1] if "-" in word else word):
            index += 1
            continue
        organisation = view.compound_organisation(index, "acronym:office", speaks=False)
        if organisation is not None:
            yield organisation  # `N-VA-fractieleider Liesbeth De Moor`: the party is an actor too
        office_end = index + 1
        if view.lower(office_end) in view.rules.words.field_preposition:
            after = portfolio_end(view, office_end + 1)
            if after == office_end + 1:
                after = unlisted_portfolio_end(view, office_end + 1)
            if after > office_end + 1:
                office_end = after
        office = view.text(index, office_end).lower()
        title_start = index - 1 if is_title_adjective(view, index - 1) else index
        starts_name = office_end < len(doc) and (can_start_name(view, office_end) or first_name_after_office(view, office_end))
        if starts_name and not is_acronym(view.word(office_end)):
            name_last = name_end(view, office_end)
            if names_a_thing(view.rules, view.word(name_last - 1)):
                view.claim(index, name_last)  # `het Koning Boudewijnstadion`: a venue named after a person
                index = name_last
                continue
            if view.word(office_end).lower() not in view.rules.organisation_cues and view.text(office_end, name_last) not in view.rules.places:
                name = view.text(office_end, name_last)
                alias_end = name_last
                if view.lower(name_last) == "van" and portfolio_end(view, name_last + 1) > name_last + 1:
                    alias_end = portfolio_end(view, name_last + 1)
                view.claim(title_start, alias_end)
                yield view.candidate(office_end, name_last, "person", "office:name", name=name,
                                     alias=view.text(title_start, alias_end), office=office)
                index = alias_end
                continue
        if office_end > index + 1:
            view.claim(title_start, office_end)
            yield view.candidate(title_start, office_end, "person", "office:portfolio", office=office)
        elif view.rules.noun(word) is None and not view.word(office_end)[:1].isupper() and (
            view.lower(index - 1) in view.rules.words.determiner or view.opens[index] or described_office(view, index)
        ):
            # `de Limburgse gouverneur`, `de nieuwe burgemeester`: the adjective belongs to the title.
            first = index - 1 if described_office(view, index) else index
            view.claim(first, office_end)
            yield view.candidate(index, office_end, "person", "office:bare", name=word.lower() if view.opens[index] else word,
                                 key=f"office:{word.lower()}", office=word.lower(),
                                 alias=view.text(first, office_end) if first < index else None,
                                 names_at=apposition_after(view, office_end), named_before=apposition_before(view, first))
        index = office_end


def plural_office_end(view: DocView, index: int) -> int:
    """`de ministers van Buitenlandse Zaken`: the plural of an office with a listed portfolio is a
    group; the end of it, or `index` where there is none."""
    if view.claimed[index] or not view.rules.is_office_plural(view.word(index)):
        return index
    if view.lower(index + 1) not in view.rules.words.field_preposition:
        return index
    end = portfolio_end(view, index + 2)
    return end if end > index + 2 else index


def apposition_after(view: DocView, office_end: int) -> int | None:
    """The token after the comma that closes an office and its short `van` phrase (`de advocaat van
    de beklaagde, ...`), where an apposition naming the holder may start; None without that comma."""
    at = office_end
    if view.lower(at) in view.rules.words.field_preposition:
        stop = min(at + 5, len(view.doc))
        while at < stop and view.word(at) != ",":
            at += 1
    return at + 1 if at < len(view.doc) and view.word(at) == "," else None


def apposition_before(view: DocView, first: int) -> int | None:
    """The comma before `de` and an office that closes a name (`Sven De Cock, de advocaat van …`),
    where the office is the apposition of the holder named before it; None without one."""
    comma = first - 2 if view.lower(first - 1) in view.rules.words.definite_article else first - 1
    if view.word(comma) != ",":
        return None
    return comma if view.word(comma - 1)[:1].isupper() and not view.opens[comma - 1] else None


def first_name_after_office(view: DocView, index: int) -> bool:
    """`schepen Elke Decruynaere`, `bondscoach Per Lunde`: after an office, a capitalised word that
    is also a common word (`elke`, `per`) opens a name when a name goes on after it."""
    word = view.word(index)
    if view.claimed[index] or view.opens[index] or not word[:1].isupper() or word not in view.rules.not_names:
        return False
    return index + 1 < len(view.doc) and can_continue_name(view, index + 1) and view.word(index + 1) not in view.rules.not_names


def described_office(view: DocView, index: int) -> bool:
    """An adjective between an article and an office: `de Limburgse gouverneur`, `de nieuwe burgemeester`."""
    adjective = view.word(index - 1)
    if view.claimed[index - 1] or not adjective.isalpha() or adjective.lower() in view.rules.words.not_modifier:
        return False
    if adjective[:1].isupper() and not view.rules.formation.capitalised_adjective.search(adjective):
        return False
    return adjective.endswith("e") and view.lower(index - 2) in view.rules.words.determiner


def is_title_adjective(view: DocView, index: int) -> bool:
    """`Vlaams minister`, `Vlaamse minister`, `Europees commissaris`: an adjective of the office."""
    word = view.word(index)
    if index < 0 or view.claimed[index] or not word[:1].isupper() or word in view.rules.not_names:
        return False  # `Volgens minister X`: a sentence's first word that is no name is no adjective either
    return bool(view.rules.formation.title_adjective.search(word))


def unlisted_portfolio_end(view: DocView, index: int) -> int:
    """`schepen van Sport Joke Lenaerts`: a portfolio no list has, one capitalised word before a
    person's first and last name; `index` itself if there is none."""
    run = index
    while run < len(view.doc) and view.word(run)[:1].isupper() and not view.claimed[run]:
        run += 1
    words = [view.word(i) for i in range(index, run)]
    if len(words) != 3 or any(is_acronym(w) or is_organisation_word(view.rules, w) or w in view.rules.places for w in words):
        return index
    return index + 1
