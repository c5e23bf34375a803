"""Bring the 2017 UD Dutch conversion in line with the current guidelines.

Only changes that follow deterministically from the old annotation are made;
the current files (our development and test data) say:

* possessive pronouns (`zijn`, `hun`, `haar` ...) are PRON with `nmod:poss`,
  not DET / PRON with `det`;
* ordinals (`eerste`, `derde`, `21ste`) are ADJ with `amod`, not NUM with
  `nummod` (their XPOS stays `TW|rang|...`);
* `als` is always SCONJ, never ADP.

Other differences (modal verbs as AUX, `obl:arg`, reflexive `expl:pv`) need
lexical knowledge the old files lack and are left alone.
"""
import re

from .conllu import Sentence

POSSESSIVE_PERSON = {
    "mijn": "1", "m'n": "1", "ons": "1", "onze": "1",
    "jouw": "2", "je": "2", "uw": "2", "jullie": "2",
    "zijn": "3", "z'n": "3", "haar": "3", "d'r": "3", "hun": "3",
}
ORDINAL = re.compile(
    r"^(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende"
    r"|elfde|twaalfde|\w+tiende|\w+tigste|\w*honderdste|\w*duizendste"
    r"|\d+(e|de|ste))$"
)


def harmonize(sentence: Sentence) -> Sentence:
    for i, word in enumerate(sentence.words):
        lower = word.lower()
        pos, dep = sentence.pos[i], sentence.deps[i]
        if dep == "det" and pos in ("DET", "PRON") and lower in POSSESSIVE_PERSON:
            sentence.pos[i] = "PRON"
            sentence.deps[i] = "nmod:poss"
            person = POSSESSIVE_PERSON[lower]
            sentence.morphs[i] = f"Person={person}|Poss=Yes|PronType=Prs"
        elif pos == "NUM" and ORDINAL.match(lower):
            sentence.pos[i] = "ADJ"
            if dep == "nummod":
                sentence.deps[i] = "amod"
        elif lower == "als" and pos == "ADP":
            sentence.pos[i] = "SCONJ"
    return sentence
