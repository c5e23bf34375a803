"""The model entities pass: the entities of a loaded model that the rules missed, held to the
same filters as the rules' names."""

from __future__ import annotations

from typing import Iterable

from ..names import ENTITY_KINDS, alone_on_line, before_plural_verb, is_adjective, names_a_thing
from ..view import Candidate, DocView, is_acronym, lower_tail_compound


def entities(view: DocView) -> Iterable[Candidate]:
    for entity in view.doc.ents:
        kind = ENTITY_KINDS.get(entity.label_)
        if kind is None or not view.free(entity.start, entity.end):
            continue
        first = entity.start + (view.lower(entity.start) in view.rules.words.determiner)
        if first >= entity.end or not entity_is_name(view, first, entity.end):
            continue
        view.claim(first, entity.end)
        yield view.candidate(first, entity.end, kind, f"model:{entity.label_}")


def entity_is_name(view: DocView, first: int, last: int) -> bool:
    """The rules' filters hold for the model's entities too: a proper noun, no adjective or thing."""
    words = [view.word(i) for i in range(first, last)]
    if not words[0][:1].isupper() or words[0] in view.rules.not_names or lower_tail_compound(words[0]):
        return False
    if not any(view.doc[i].pos_ == "PROPN" or is_acronym(view.word(i)) for i in range(first, last)):
        return False
    if len(words) == 1 and (is_adjective(view, first) or view.rules.noun(words[0])):
        return False
    if len(words) == 1 and (view.rules.is_number_word(words[0]) or view.rules.is_fraction_word(words[0])):
        return False  # `Eenvijfde van alle vacatures`: a figure opening the sentence
    if len(words) == 1 and view.opens[first] and before_plural_verb(view, first):
        return False
    if len(words) == 1 and alone_on_line(view, first) and words[0] not in view.capitalised_inside:
        return False  # a heading (`Programmering`)
    return not any(names_a_thing(view.rules, word) for word in {words[0], words[-1]})
