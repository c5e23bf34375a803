"""Actor candidates: spans of an article that may name an actor, each with the rule that found it.

The rules read capitalisation, punctuation and the word lists in `dutchfacts/rules/`,
so they work on spaCy's blank Dutch pipeline. Where a model is loaded, its
part-of-speech tags and entity labels sharpen the rules (a proper noun, a
person's name) and its entities add candidates the rules missed.

Each pass lives in `passes/`; the reading of a name they share is in `names.py`.
The passes run from the most specific to the most general and each claims its
tokens, so the order is part of the rules:
- acronyms defined in the text first, so `Centraal Planbureau (CPB)` is one
  organisation before its words are read as a name or an office;
- bodies named by those they gather before offices and institutions, so
  `College van procureurs-generaal` is one organisation;
- offices before names, so `minister Carola Schouten` is one person before
  `Carola Schouten` could be read as a name of unknown kind;
- parties and institutions from the lists before names, so a listed name keeps its
  kind and extent;
- names before group nouns, so a capitalised collective that opens a name
  (`Vereniging Hogescholen`) stays part of it;
- the model's entities last: they only add what the rules left unclaimed.
"""

from __future__ import annotations

from .passes.acronyms import acronym_definitions
from .passes.capitalised import names
from .passes.entities import entities
from .passes.gathering import gathering_bodies
from .passes.groups import actor_nouns
from .passes.listed import institutions, parties
from .passes.offices import offices
from .rules import ActorRules
from .view import Candidate, DocView

PASSES = (acronym_definitions, gathering_bodies, offices, parties, institutions, names, actor_nouns, entities)


class CandidateFinder:
    def __init__(self, rules: ActorRules):
        self.rules = rules

    def find(self, view: DocView) -> list[Candidate]:
        found: list[Candidate] = []
        for finder in PASSES:
            found.extend(finder(view))
        return sorted(found, key=lambda c: c.start)
