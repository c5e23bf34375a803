"""Whether a place acts: `Nederland stuurt troepen` makes Nederland an actor, `in Nederland` does not."""

from __future__ import annotations

from spacy.tokens import Doc

from ..text import is_finite_verb
from .rules import ActorWords
from .view import Candidate

SUBJECT_DEPENDENCIES = {"nsubj", "nsubj:pass", "csubj"}


def located(doc: Doc, first: int, words: ActorWords) -> bool:
    """After a locating word, also further down a list: `in Amsterdam, Utrecht, Den Haag en Haarlem`."""
    return after_preposition(doc, first, words, words.locating)


def after_preposition(doc: Doc, first: int, words: ActorWords, prepositions: frozenset[str], articles: frozenset[str] = frozenset()) -> bool:
    """After one of `prepositions` (`In Gilze-Rijen` opening a sentence too), maybe an article of
    `articles` between, also further down a list of names (`rond de Dampoort en Sint-Pieters`)."""
    listed = {",", *words.list_link}
    index = first - 1
    while index >= 0 and doc[index].lower_ not in prepositions:
        text = doc[index].text
        if not (text in listed or text[:1].isupper() or text.endswith("-")):
            break
        index -= 1
    if index >= 0 and doc[index].lower_ in articles:
        index -= 1
    return index >= 0 and doc[index].lower_ in prepositions


def dateline(doc: Doc, candidate: Candidate) -> bool:
    """`Zwolle, 5 maart 2025 –`, `UTRECHT -`: a place opening a line before a comma or dash locates the article."""
    opens_line = candidate.first == 0 or "\n" in doc[candidate.first - 1].whitespace_ or doc[candidate.first - 1].is_space
    return opens_line and candidate.last < len(doc) and doc[candidate.last].text in {",", "-", "–", "—"}


def place_acts(doc: Doc, candidate: Candidate, opens_clause: bool, words: ActorWords, speaker_words: frozenset[str]) -> bool:
    """A place that opens a clause before a verb-like word, that the parse makes a subject, or that
    speaks (`volgens Weerplaza`, a name the model may call a place); never one right after a locating
    word (`in Den Haag`), whatever the parse says."""
    before = doc[candidate.first - 1].lower_ if candidate.first > 0 else ""
    if located(doc, candidate.first, words) or dateline(doc, candidate):
        return False
    if before in speaker_words:
        return True
    if doc.has_annotation("DEP") and any(t.dep_ in SUBJECT_DEPENDENCIES for t in doc[candidate.first : candidate.last]):
        return True
    if before in (",", ";") and candidate.last < len(doc) and is_finite_verb(doc[candidate.last]):
        return True  # `…, België legt 650 miljoen op tafel`: a new clause's subject, whatever the parse says
    if not (opens_clause or before in words.clause_opener or before == ";") or candidate.last >= len(doc):
        return False
    word = doc[candidate.last].text
    return word[:1].islower() and word.isalpha() and word not in words.not_verb
