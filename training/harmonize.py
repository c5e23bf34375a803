"""Bring the 2017 UD Dutch conversion in line with the current guidelines.

The 2017 LassySmall file predates UD v2 in several ways. Where the old tree
determines the new one, the rewrite is structural:

* punctuation hangs from the highest node that keeps the tree projective
  within its phrase (UD v2; the old file attaches almost all of it to the
  root), brackets and quotes from the head of what they enclose;
* a coordinating conjunction hangs from the conjunct that follows it, not
  from the first one;
* only `zijn` is a copula: `worden`, `blijven`, `heten` ... head their clause
  and the predicate is their `xcomp`; likewise `willen`, `laten`, `gaan`,
  `blijken`, `hoeven` are verbs with an `xcomp`, not auxiliaries, while
  `moeten` is an auxiliary of the infinitive, no longer its head;
* multiword names are `flat`, `fixed` stays for grammatical expressions
  (`in plaats van`);
* capitalized nouns and adjectives in a multiword name are PROPN;
* `meer`, `meest`, `minder` ... modifying an adjective are ADV with `advmod`;
* proper-noun lemmas keep the written case, separable verbs have their particle in
  the lemma (`opzoeken`), determiners a lower-case one;
* possessive pronouns are PRON with `nmod:poss`; ordinals are ADJ with
  `amod`; `als` is SCONJ; the subject of a passive is `nsubj:pass` and its
  `door` phrase `obl:agent`.

Labels that need lexical knowledge the old file lacks (`obl:arg` for
prepositional objects, `expl:pv` for inherent reflexives) are learned from the
current-guideline training sentences: a `Lexicon` of (verb, preposition) pairs
and reflexive verbs seen with those labels there.
"""
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Set, Tuple

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
# Verbs the old file treats as copula or auxiliary but the current one as the
# head of the clause, with the predicate or infinitive as `xcomp`.
COPULA = "zijn"
CLAUSE_HEAD_AUXILIARIES = {"willen", "laten", "gaan", "blijken", "hoeven"}
# ... and the reverse: verbs the old file treats as heads with an `xcomp`, now auxiliaries.
AUXILIARY_VERBS = {"moeten"}
# Dependents that belong to the clause, not to the predicate, and move up to
# the new clause head.
CLAUSE_DEPENDENTS = {
    "nsubj", "nsubj:pass", "csubj", "expl", "mark", "conj", "cc", "punct",
    "advcl", "parataxis", "discourse", "vocative",
}
# `fixed` heads that mark grammatical expressions; other `fixed` is a name.
FIXED_HEADS = {"ADP", "SCONJ", "CCONJ", "ADV", "PRON"}
PAIRED_PUNCT = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›", "„": "”", "“": "”", '"': '"', "'": "'"}
FINAL_PUNCT = {".", "?", "!", "...", "…"}
POSSESSIVE_S = re.compile(r"['’]s$")
DEGREE_WORDS = {"meer", "meest", "minder", "minst", "veel", "weinig"}
REFLEXIVES = {"zich", "me", "mij", "je", "zichzelf", "ons", "jullie"}


@dataclass
class Lexicon:
    """Lexical choices of the current guidelines, counted in their own data."""

    prepositional_objects: Set[Tuple[str, str]] = field(default_factory=set)
    reflexive_verbs: Set[str] = field(default_factory=set)

    @classmethod
    def learn(cls, sentences: Iterable[Sentence]) -> "Lexicon":
        arg, obl, pv, refl_obj = Counter(), Counter(), Counter(), Counter()
        for s in sentences:
            for i, dep in enumerate(s.deps):
                head = s.heads[i] - 1
                if head < 0:
                    continue
                if dep in ("obl:arg", "obl"):
                    case = _case_of(s, i)
                    if case:
                        key = (s.lemmas[head], case)
                        (arg if dep == "obl:arg" else obl)[key] += 1
                elif dep == "expl:pv":
                    pv[s.lemmas[head]] += 1
                elif dep == "obj" and s.words[i].lower() in REFLEXIVES:
                    refl_obj[s.lemmas[head]] += 1
        return cls(
            prepositional_objects={k for k, n in arg.items() if n > obl[k]},
            reflexive_verbs={k for k, n in pv.items() if n > refl_obj[k]},
        )


def harmonize(sentence: Sentence, lexicon: Optional[Lexicon] = None) -> Sentence:
    lexicon = lexicon or Lexicon()
    s = sentence
    for i in range(len(s.words)):
        _relabel_word(s, i)
    _mark_names(s)
    for i in range(len(s.words)):
        if s.deps[i] == "cop" and s.lemmas[i] != COPULA:
            _promote(s, i)
        elif s.deps[i] == "aux" and s.lemmas[i] in CLAUSE_HEAD_AUXILIARIES:
            _promote(s, i)
        elif s.lemmas[i] in AUXILIARY_VERBS and s.pos[i] == "VERB":
            _demote(s, i)
    for i in range(len(s.words)):
        _relabel_in_context(s, i, lexicon)
        _relemmatize(s, i)
    for i in range(len(s.words)):
        if s.deps[i] == "cc":
            _attach_to_next_conjunct(s, i)
    _fix_punctuation(s)
    return s


def _relabel_word(s: Sentence, i: int) -> None:
    lower = s.words[i].lower()
    pos, dep = s.pos[i], s.deps[i]
    if dep == "det" and pos in ("DET", "PRON") and lower in POSSESSIVE_PERSON:
        s.pos[i] = "PRON"
        s.deps[i] = "nmod:poss"
        s.morphs[i] = f"Person={POSSESSIVE_PERSON[lower]}|Poss=Yes|PronType=Prs"
    elif pos == "NUM" and ORDINAL.match(lower):
        s.pos[i] = "ADJ"
        if dep == "nummod":
            s.deps[i] = "amod"
    elif lower == "als" and pos == "ADP":
        s.pos[i] = "SCONJ"
    elif dep == "fixed" and s.pos[s.heads[i] - 1] not in FIXED_HEADS:
        s.deps[i] = "flat"
    elif pos == "PRON" and lower in DEGREE_WORDS and dep in ("obl", "amod", "advmod"):
        # `een meer gladde stijl`: a degree modifier, not a pronoun.
        s.pos[i] = "ADV"
        s.deps[i] = "advmod"


def _mark_names(s: Sentence) -> None:
    """Capitalized nouns and adjectives in a multiword name are PROPN (`Vlaams Gewest`);
    titles of works, in quotes, keep their own parts of speech."""
    in_name = set()
    for i, dep in enumerate(s.deps):
        head = s.heads[i] - 1
        if dep == "flat" and not _quoted(s, head):
            in_name.update((i, head))
    for i in in_name:
        if s.pos[i] in ("NOUN", "ADJ") and s.words[i][:1].isupper():
            s.pos[i] = "PROPN"
            s.lemmas[i] = s.words[i]  # `Schone Kunsten`: a name part is not inflected


def _quoted(s: Sentence, i: int) -> bool:
    return i > 0 and s.words[i - 1] in PAIRED_PUNCT


def _relabel_in_context(s: Sentence, i: int, lexicon: Lexicon) -> None:
    head = s.heads[i] - 1
    if head < 0:
        return
    dep = s.deps[i]
    passive = "aux:pass" in _child_deps(s, head)
    if dep == "nsubj" and passive:
        s.deps[i] = "nsubj:pass"
    elif dep == "obl":
        case = _case_of(s, i)
        if case == "door" and passive:
            s.deps[i] = "obl:agent"
        elif case and (s.lemmas[head], case) in lexicon.prepositional_objects:
            s.deps[i] = "obl:arg"
    elif (
        dep == "obj"
        and s.words[i].lower() in REFLEXIVES
        and s.lemmas[head] in lexicon.reflexive_verbs
    ):
        s.deps[i] = "expl:pv"


def _relemmatize(s: Sentence, i: int) -> None:
    """Proper nouns keep the case they are written in, determiners are lower-case, and a separable verb's
    lemma holds its particle (`zocht ... op` -> `opzoeken`)."""
    if s.pos[i] == "PROPN":
        # The old lemma, capitalized as written (`Arabieren` -> `Arabier`, `Gewest` -> `Gewest`).
        lemma = POSSESSIVE_S.sub("", s.lemmas[i])
        s.lemmas[i] = s.words[i][:1] + lemma[1:] if s.words[i][:1].lower() == lemma[:1].lower() else lemma
    elif s.pos[i] == "DET":
        s.lemmas[i] = s.lemmas[i].lower()
    elif s.pos[i] in ("VERB", "AUX"):
        particles = [c for c in _children(s, i) if s.deps[c] == "compound:prt" and s.pos[c] in ("ADP", "ADV")]
        if particles:
            particle = s.words[particles[0]].lower()
            if not s.lemmas[i].startswith(particle):
                s.lemmas[i] = particle + s.lemmas[i]


def _promote(s: Sentence, function_word: int) -> None:
    """Make a copula or auxiliary the head of its clause, its old head an xcomp."""
    old_head = s.heads[function_word] - 1
    if old_head < 0:
        return
    s.heads[function_word] = s.heads[old_head]
    s.deps[function_word] = s.deps[old_head]
    s.heads[old_head] = function_word + 1
    s.deps[old_head] = "xcomp"
    for child in _children(s, old_head):
        dep = s.deps[child]
        moves = dep in CLAUSE_DEPENDENTS or (dep == "aux" and child < function_word)
        if child != function_word and moves:
            s.heads[child] = function_word + 1
    if s.pos[function_word] == "AUX":
        s.pos[function_word] = "VERB"


def _demote(s: Sentence, verb: int) -> None:
    """`moeten` with an infinitive: the old head of its clause becomes the infinitive's aux."""
    infinitives = [c for c in _children(s, verb) if s.deps[c] == "xcomp" and s.pos[c] in ("VERB", "AUX")]
    if not infinitives:
        return
    main = infinitives[0]
    s.heads[main], s.deps[main] = s.heads[verb], s.deps[verb]
    for child in _children(s, verb):
        s.heads[child] = main + 1
    s.heads[verb], s.deps[verb], s.pos[verb] = main + 1, "aux", "AUX"


def _attach_to_next_conjunct(s: Sentence, cc: int) -> None:
    head = s.heads[cc] - 1
    if head < 0:
        return
    following = [c for c in _children(s, head) if c > cc and s.deps[c] == "conj"]
    if following:
        s.heads[cc] = min(following) + 1


def _fix_punctuation(s: Sentence) -> None:
    n = len(s.words)
    is_punct = [p == "PUNCT" for p in s.pos]
    # Punctuation has no dependents of its own.
    for i in range(n):
        while s.heads[i] > 0 and is_punct[s.heads[i] - 1]:
            s.heads[i] = s.heads[s.heads[i] - 1]
    paired: List[Optional[str]] = [None] * n
    for i in range(n):
        closing = PAIRED_PUNCT.get(s.words[i])
        if is_punct[i] and paired[i] is None and closing:
            _fix_pair(s, i, closing, paired)
    for i in range(n):
        if is_punct[i] and paired[i] is None:
            _fix_subordinate_punct(s, i, is_punct, paired)


def _fix_pair(s: Sentence, opening: int, closing_form: str, paired: List) -> None:
    depth = 0
    for j in range(opening + 1, len(s.words)):
        if s.words[j] == closing_form and (depth == 0 or closing_form == s.words[opening]):
            inside = range(opening + 1, j)
            heads = [k for k in inside if not opening <= s.heads[k] - 1 <= j]
            words = [k for k in heads if s.pos[k] != "PUNCT"] or heads
            if len(words) == 1:
                s.heads[opening] = s.heads[j] = words[0] + 1
                paired[opening], paired[j] = "opening", "closing"
            return
        if s.words[j] == closing_form:
            depth -= 1
        elif s.words[j] == s.words[opening]:
            depth += 1


def _fix_subordinate_punct(s: Sentence, node: int, is_punct: List[bool], paired: List) -> None:
    n = len(s.words)
    left: Optional[int] = node - 1
    right: Optional[int] = None if s.words[node] in FINAL_PUNCT else node + 1
    while left is not None and left >= 0 and is_punct[left]:
        if paired[left] == "opening" and s.heads[left] != node + 1:
            left = None
            break
        left -= 1
    while right is not None and right < n and is_punct[right]:
        if paired[right] == "closing" and s.heads[right] != node + 1:
            right = None
            break
        right += 1
    if right is not None and right >= n:
        right = None
    if left is not None and left < 0:
        left = None
    spans = _spans(s)
    left_path: List[int] = []
    if left is not None:
        left_path.append(left)
        while s.heads[left] > 0 and s.heads[left] - 1 < node and spans[left][1] < node:
            left = s.heads[left] - 1
            left_path.append(left)
    right_path: List[int] = []
    if right is not None:
        right_path.append(right)
        while s.heads[right] - 1 > node and spans[right][0] > node:
            right = s.heads[right] - 1
            right_path.append(right)
    original = s.heads[node]
    left_path = [c for c in left_path if _projective_if(s, node, c)]
    right_path = [c for c in right_path if _projective_if(s, node, c)]
    s.heads[node] = original
    left_top = left_path[-1] if left_path else None
    right_top = right_path[-1] if right_path else None
    if left_top is not None and (right_top is None or _descends(s, left_top, right_top)):
        choice = left_top
    elif right_top is not None:
        choice = right_top
    else:
        return
    s.heads[node] = choice + 1
    s.deps[node] = "punct"


def _spans(s: Sentence) -> List[Tuple[int, int]]:
    """Leftmost and rightmost descendant (inclusive) of every word."""
    n = len(s.words)
    lo, hi = list(range(n)), list(range(n))
    for i in range(n):
        j, seen = i, 0
        while s.heads[j] > 0 and seen < n:
            j = s.heads[j] - 1
            lo[j] = min(lo[j], i)
            hi[j] = max(hi[j], i)
            seen += 1
    return list(zip(lo, hi))


def _projective_if(s: Sentence, node: int, head: int) -> bool:
    """Would attaching `node` to `head` keep every word between them under `head`?"""
    s.heads[node] = head + 1
    lo, hi = sorted((node, head))
    return all(_descends(s, k, head) for k in range(lo + 1, hi))


def _descends(s: Sentence, node: int, ancestor: int) -> bool:
    seen = 0
    while node != ancestor:
        if s.heads[node] == 0 or seen > len(s.words):
            return False
        node = s.heads[node] - 1
        seen += 1
    return True


def _children(s: Sentence, head: int) -> List[int]:
    return [i for i, h in enumerate(s.heads) if h == head + 1]


def _child_deps(s: Sentence, head: int) -> Set[str]:
    return {s.deps[i] for i in _children(s, head)}


def _case_of(s: Sentence, i: int) -> str:
    cases = [s.lemmas[c].lower() for c in _children(s, i) if s.deps[c] == "case"]
    return cases[0] if cases else ""
