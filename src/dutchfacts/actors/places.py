"""Whether a place acts: `Nederland stuurt troepen` makes Nederland an actor, `in Nederland` does not."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import DETERMINERS, LOCATING_WORDS, Candidate

SUBJECT_DEPENDENCIES = {"nsubj", "nsubj:pass", "csubj"}
NOT_VERBS = LOCATING_WORDS | DETERMINERS | {"en", "of", "maar", "dat", "die", "met", "van", "voor", "op", "aan", "zelf", "ook"}
CLAUSE_OPENERS = {",", "dat", "maar", "terwijl", "want", "omdat", "toen", "nu", ";"}


def place_acts(doc: Doc, candidate: Candidate, opens_clause: bool) -> bool:
    """The parse decides where there is one; without it, a place that opens a clause and is followed by a verb-like word."""
    if doc.has_annotation("DEP"):
        return any(token.dep_ in SUBJECT_DEPENDENCIES for token in doc[candidate.first : candidate.last])
    before = doc[candidate.first - 1].lower_ if candidate.first > 0 else ""
    if not (opens_clause or before in CLAUSE_OPENERS):
        return False
    if candidate.last >= len(doc):
        return False
    following = doc[candidate.last]
    word = following.text
    return word[:1].islower() and word.isalpha() and word not in NOT_VERBS
