"""The acronyms pass: an acronym defined in the text, `Centraal Planbureau (CPB)` or `CPB (Centraal
Planbureau)`, gives two candidates, the short form pointing to the long one."""

from __future__ import annotations

from typing import Iterable, Optional

from ..names import name_kind
from ..view import Candidate, DocView, is_acronym


def acronym_definitions(view: DocView) -> Iterable[Candidate]:
    doc = view.doc
    for index, token in enumerate(doc):
        # `(CPB)`, also `(CPB):` and `(CPB),` that the tokenizer keeps together.
        if token.text != "(" or index + 2 >= len(doc) or not view.word(index + 2).startswith(")"):
            continue
        inner = view.word(index + 1)
        if is_acronym(inner) and index > 0 and not view.claimed[index - 1]:
            first = expansion_before(view, index, inner)
            if first is None:
                continue
            long_form = view.candidate(first, index, "organization", "acronym:defined")
            short = view.candidate(index + 1, index + 2, "organization", "acronym:defined",
                                   name=inner, key=inner.lower(), acronym_of=long_form.key)
            view.claim(first, index + 3)
            yield long_form
            yield short
    for index, token in enumerate(doc):
        if not is_acronym(token.text) or view.claimed[index] or view.word(index + 1) != "(":
            continue
        close = next((i for i in range(index + 2, min(index + 14, len(doc))) if view.word(i) == ")"), None)
        if close is None or not initials_fit(token.text, [view.word(i) for i in range(index + 2, close)]):
            continue
        long_form = view.candidate(index + 2, close, "organization", "acronym:defined")
        short = view.candidate(index, index + 1, "organization", "acronym:defined",
                               name=token.text, key=token.text.lower(), acronym_of=long_form.key)
        view.claim(index, close + 1)
        yield short
        yield long_form


def initials_fit(acronym: str, words: list[str]) -> bool:
    letters = [c.lower() for c in acronym if c.isupper()]
    initials = [w[0].lower() for w in words if w[:1].isalpha()]
    position = 0
    for initial in initials:
        if position < len(letters) and initial == letters[position]:
            position += 1
    return bool(words) and words[0][:1].isupper() and position == len(letters)


def expansion_before(view: DocView, bracket: int, acronym: str) -> Optional[int]:
    """The first token of the full name written before `(ACRONYM)`."""
    letters = [c.lower() for c in acronym if c.isupper()]
    position = len(letters) - 1
    first = None
    index = bracket - 1
    lowest = max(bracket - 3 * len(letters) - 4, 0)
    while index >= lowest and position >= 0:
        word = view.word(index)
        if view.claimed[index] and word != ",":
            break
        # Small words of a name (`voor`, `van`) give no letter: `Vereniging voor Steden en Gemeenten (VVSG)`.
        connector = word.islower() and (word in view.rules.words.name_connector or word in view.rules.words.always_connector)
        if word[:1].lower() == letters[position] and word[:1].isalpha() and not connector:
            position -= 1
            first = index
        index -= 1
    if position >= 0 or first is None or not view.doc[first].text[:1].isupper():
        first = capitalised_run_before(view, bracket)
        if first is None or view.word(first)[:1] != acronym[:1] or name_kind(view, first, bracket) == "person":
            return None
    if view.lower(first - 1) in view.rules.words.field_preposition and view.lower(first - 2) in view.rules.institutions:
        first -= 2
    return first


def capitalised_run_before(view: DocView, bracket: int) -> Optional[int]:
    index = bracket - 1
    first = None
    while index >= 0 and not view.claimed[index]:
        word = view.word(index)
        if word[:1].isupper() and word not in view.rules.not_names:
            first = index
        elif not (word.lower() in view.rules.words.name_connector or word.lower() in view.rules.words.always_connector or word.lower() == "en"):
            break
        index -= 1
    return first
