"""Reading an article's text: what surrounds a figure, the model's tags, sentences and paragraphs.

The one place where dutchfacts reads sentences, in two ways on purpose. A mention's
`sentence` number counts the pipeline's own sentences (`doc.sents`: the parser's, or
the sentencizer's on a blank pipeline), as `TextContext.sentence_index` gives it.
Attribution needs the same sentences with or without a parser, so `sentences_of`
splits after `.`, `!`, `?` and at line breaks only, and `paragraphs_of` numbers
the paragraphs (text between line breaks) that a source may not cross.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import Iterator, Optional

import regex
from spacy.tokens import Doc, Token

WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*|[%€$°]")
SPACES = regex.compile(r"[ \t\u00a0]*")
WORDS_BEFORE = regex.compile(r"([\p{L}\p{M}][\p{L}\p{M}'’.-]*|[€$£])\s*$")
# No figure, with its unit and qualifiers, is this long. A rule is matched within this reach
# of a figure's start: `regex` looks for a pattern's required words (`jaar` in `{N} jaar
# geleden`) in all the text it may match, which over the whole rest of a long text at every
# figure would make the rules quadratic in the text's length.
FIGURE_REACH = 400


class TextContext:
    """One article's text and, where the pipeline has a tagger, its tokens."""

    def __init__(self, doc: Doc, figure_start: regex.Pattern):
        self.doc = doc
        self.figure_start = figure_start
        self.text = doc.text
        self.starts = [token.idx for token in doc]
        self.tagged = doc.has_annotation("POS") or doc.has_annotation("TAG")
        self.parsed = doc.has_annotation("DEP")
        # Read once: `Token.sent` walks the doc on every call.
        self.sentence_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]

    @cached_property
    def figure_starts(self) -> list[int]:
        """Where a figure can begin, found in one fast scan for all the rules."""
        return [match.start() for match in self.figure_start.finditer(self.text)]

    def figure_matches(self, pattern: regex.Pattern, start: int) -> Iterator[regex.Match]:
        """`pattern.finditer(text, start)` for a pattern that can only match where a figure
        begins: tried there alone, which spares the rule a try at every character."""
        end = start
        for position in self.figure_starts[bisect_left(self.figure_starts, start) :]:
            if position < end:
                continue
            match = pattern.match(self.text, position, position + FIGURE_REACH)
            if match:
                end = match.end()
                yield match

    def token_from(self, offset: int) -> Optional[Token]:
        """The first token that starts at or after `offset`."""
        index = bisect_left(self.starts, offset)
        return self.doc[index] if index < len(self.doc) else None

    def token_at(self, offset: int) -> Optional[Token]:
        """The token that holds the character at `offset`."""
        index = bisect_right(self.starts, offset) - 1
        return self.doc[index] if index >= 0 else None

    def noun_from(self, offset: int) -> bool:
        """Whether the next token is a noun by its UPOS and, where the model has them, its
        Lassy tag too: a small model's two tags disagree on words such as `minder` (`een
        derde minder`), and a figure read as a noun's modifier is lost."""
        token = self.token_from(offset)
        if token is None or token.pos_ not in ("NOUN", "PROPN"):
            return False
        return not token.tag_ or token.tag_.startswith("N|") or "|" not in token.tag_

    def nominal_from(self, offset: int) -> bool:
        """A noun next, or an adjective used as one, with punctuation right after it
        (`een derde verdachte, een heler ...`)."""
        if self.noun_from(offset):
            return True
        token = self.token_from(offset)
        if token is None or not is_adjective(token):
            return False
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return following is not None and following.is_punct

    def words_after(self, offset: int, count: int) -> list[tuple[str, int, int]]:
        """Up to `count` words after `offset`, stopping at punctuation."""
        words = []
        position = offset
        while len(words) < count:
            position = SPACES.match(self.text, position).end()
            word = WORD.match(self.text, position)
            if word is None:
                break
            words.append((word.group(), word.start(), word.end()))
            position = word.end()
        return words

    def word_before(self, offset: int) -> Optional[str]:
        match = WORDS_BEFORE.search(self.text, max(0, offset - 40), offset)
        return match.group(1) if match else None

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = self.sentence_index(offset)
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[index], end

    def sentence_index(self, offset: int) -> int:
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)


def is_noun(token: Token) -> bool:
    # The UPOS and the Lassy tag of a small model disagree now and then; either will
    # do, and a nominalised adjective or verb (`werklozen`, `werkenden`) counts too.
    # A pronoun used as a noun (`sommigen`, VNW|…|nom|…) is no noun.
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("N|") or "|nom|" in token.tag_ and not token.tag_.startswith("VNW|")


NOUN_RELATIONS = ("nsubj", "nsubj:pass", "obj", "obl", "nmod")
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass"})


def is_verb_tagged_noun(token: Token) -> bool:
    """An infinitive tag, or a participle tag in a noun's relation: how a small tagger often
    labels a plural noun (`1.234 aangiften`, `één miljoen banen`)."""
    return token.tag_.startswith("WW|inf") or (token.tag_.startswith("WW|vd") and token.dep_ in NOUN_RELATIONS)


def is_adjective(token: Token) -> bool:
    return token.pos_ == "ADJ" or token.tag_.startswith("ADJ|")


def is_prenominal_tag(token: Token) -> bool:
    """An adjective or participle tagged as standing before a noun (`ADJ|prenom`, `WW|vd|prenom`)."""
    return token.tag_.startswith(("ADJ|prenom", "WW|vd|prenom", "WW|od|prenom"))


def is_finite_verb(token: Token) -> bool:
    """By the Lassy tag (`WW|pv|tgw|mv`): the UPOS does not tell finite forms apart."""
    return token.tag_.startswith("WW|pv|")


def is_inflected_finite_verb(token: Token) -> bool:
    """A finite verb whose lemma differs from the form (`deden` -> `doen`). A plural present
    form equals its lemma, and so does a plural noun the tagger took for one (`inbraken`),
    so those do not count."""
    return is_finite_verb(token) and token.lemma_.lower() != token.text.lower()


def sentences_of(doc: Doc) -> list[Span]:
    """Sentences split after `.`, `!`, `?` and at line breaks: the same with or without a parser,
    whose splits (`Voormalig minister van Binnenlandse Zaken` | `Jan Jambon maakte …`) vary."""
    sentences = []
    start = 0
    for token in doc:
        if token.text in {".", "!", "?"} or "\n" in token.whitespace_ or token.is_space and "\n" in token.text:
            # A line break of its own stays outside the sentence, so that the paragraph after a
            # heading or a list item without a full stop is told apart.
            end = token.i if token.is_space else token.i + 1
            if not all(t.is_space for t in doc[start:end]):
                sentences.append(doc[start:end])
            start = token.i + 1
    if start < len(doc):
        sentences.append(doc[start:])
    return sentences


def paragraphs_of(text: str, sentences: list[Span]) -> list[int]:
    """The paragraph number of each sentence: a new one after every line break."""
    numbers, number = [], 0
    for index, sentence in enumerate(sentences):
        if index and "\n" in text[sentences[index - 1].end_char : sentence.start_char]:
            number += 1
        numbers.append(number)
    return numbers
