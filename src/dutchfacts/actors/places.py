"""Whether a place acts: `Nederland stuurt troepen` makes Nederland an actor, `in Nederland` does not."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..text import is_finite_verb
from .rules import ActorWords
from .view import Candidate

SUBJECT_DEPENDENCIES = {"nsubj", "nsubj:pass", "csubj"}
DASHES = {"-", "–", "—"}
# Parts of speech that, between a verb and a name, give the verb a subject or object other than the name.
BETWEEN_VERB_AND_OTHER = {"ADP", "PRON", "VERB", "AUX", "SCONJ", "CCONJ"}
# The words of a phrase of time between a reporting verb and its subject: `vorige week`, `dinsdag`.
TIME_PHRASE_REACH = 3


def is_subject(token: Token) -> bool:
    """A subject in the parse, also as a later name of a listed subject (`Amsterdam, Rotterdam en Utrecht
    bouwen`), but not as a name the parse lists with a common noun (`Buurtbewoners van de Brugse Poort en
    Sint-Amandsberg`, where it belongs to the noun's phrase)."""
    if token.dep_ in SUBJECT_DEPENDENCIES:
        return True
    return token.dep_ == "conj" and token.head.dep_ in SUBJECT_DEPENDENCIES and token.head.pos_ == "PROPN"


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
    """`Zwolle, 5 maart 2025 –`, `UTRECHT -`: a place opening a line before a dash, or before a comma and a
    date, locates the article; `Amsterdam, Rotterdam en Utrecht bouwen` lists places that act."""
    opens_line = candidate.first == 0 or "\n" in doc[candidate.first - 1].whitespace_ or doc[candidate.first - 1].is_space
    if not opens_line or candidate.last >= len(doc):
        return False
    after = doc[candidate.last].text
    dated = candidate.last + 1 < len(doc) and any(c.isdigit() for c in doc[candidate.last + 1].text)
    return after in DASHES or after == "," and dated


def reports_after_verb(doc: Doc, first: int, reporting: frozenset[str], words: ActorWords) -> bool:
    """`Dat meldde vorige week Statbel`, `Volgens Brussel`: a name after a reporting verb or a one-word
    cue of attribution (both in `reporting`), with at most a short phrase of time between them, is the
    one that reports, whatever place the model reads in the name. A preposition, pronoun, verb or
    conjunction between them gives the verb another subject or object."""
    for index in range(first - 1, max(first - TIME_PHRASE_REACH - 1, -1), -1):
        token = doc[index]
        if token.lower_ in reporting:
            return True
        if token.is_punct or token.is_space or token.lower_ in words.locating or token.lower_ in words.personal_pronoun:
            return False
        if token.pos_ in BETWEEN_VERB_AND_OTHER:  # no part of speech without a tagger
            return False
    return False


def place_acts(doc: Doc, candidate: Candidate, opens_clause: bool, words: ActorWords, reporting: frozenset[str]) -> bool:
    """A place that opens a clause before a verb-like word, that the parse makes a subject, or that
    reports (see `reports_after_verb`); never one right after a locating word (`in Den Haag`), whatever
    the parse says."""
    before = doc[candidate.first - 1].lower_ if candidate.first > 0 else ""
    if located(doc, candidate.first, words) or dateline(doc, candidate):
        return False
    if doc.has_annotation("DEP") and any(is_subject(t) for t in doc[candidate.first : candidate.last]):
        return True
    if reports_after_verb(doc, candidate.first, reporting, words):
        return True
    if before in (",", ";") and candidate.last < len(doc) and is_finite_verb(doc[candidate.last]):
        return True  # `…, België legt 650 miljoen op tafel`: a new clause's subject, whatever the parse says
    if not (opens_clause or before in words.clause_opener or before == ";") or candidate.last >= len(doc):
        return False
    word = doc[candidate.last].text
    return word[:1].islower() and word.isalpha() and word not in words.not_verb
