"""The parties and institutions passes: phrases from the lists, an institution widened by an
adjective before it or a name or portfolio after it (`de gemeenteraad van Utrecht`)."""

from __future__ import annotations

from typing import Iterable

from ..names import can_start_name, name_end, portfolio_end
from ..view import Candidate, DocView


def parties(view: DocView) -> Iterable[Candidate]:
    yield from phrases(view, view.rules.parties, "organization", "party", case_sensitive=True)


def institutions(view: DocView) -> Iterable[Candidate]:
    for candidate in phrases(view, view.rules.institutions, "organization", "institution", case_sensitive=False):
        first, last = candidate.first, candidate.last
        before = view.word(first - 1)
        if before[:1].isupper() and view.rules.formation.adjective.search(before) and not view.claimed[first - 1]:
            first -= 1
        if view.lower(last) == "van" and portfolio_end(view, last + 1) > last + 1:
            last = portfolio_end(view, last + 1)
        elif view.lower(last) == "van" and view.word(last + 1) in view.rules.places:
            last = name_end(view, last + 1)  # `de gemeenteraad van Utrecht`
        elif last < len(view.doc) and can_start_name(view, last) and not view.rules.is_office(view.word(last)):
            last = name_end(view, last)
        head = candidate.key
        if (first, last) != (candidate.first, candidate.last):
            view.claim(first, last)
            candidate = view.candidate(first, last, "organization", "institution:named")
        candidate.alias = head
        yield candidate


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
