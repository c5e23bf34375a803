"""`dutchfacts_sentence_ends`: the sentence boundaries a parser must keep, and leaves it the rest.

spaCy's `sentencizer` decides every token: a boundary after sentence-final punctuation and
nowhere else, so a parser behind it can no longer end a headline or a list item that has
no full stop. This component only marks a sentence start after sentence-final punctuation
or a line break, and rules a start out at a lower-case word and inside a name (`Minister
Mona | Keijzer`), where a parser trained on Wikipedia fragments, headings without full
stops among them, tends to cut a news sentence in two. All other tokens stay undecided,
for the parser. With `same_line_continues` (set by `dutchfacts.load` for articles, where a
headline ends at a line break) no sentence starts right after a word on the same line either.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

START, NOT_START = 1, -1  # `SENT_START` values; 0 leaves the token undecided
DEFAULT_PUNCT_CHARS = [".", "!", "?", "…", "...", "!?", "?!"]


class SentenceEnds:
    def __init__(self, punct_chars: list[str], same_line_continues: bool = False):
        self.punct_chars = set(punct_chars)
        self.same_line_continues = same_line_continues

    def __call__(self, doc: Doc) -> Doc:
        # Collected first and written in one go: `Token.is_sent_start`'s setter checks the
        # whole doc for a parse each time, which made this component quadratic in its length.
        starts = doc.to_array(SENT_START).astype("int64")
        tagged = doc.has_annotation("POS")
        for token in doc[1:]:
            previous = doc[token.i - 1]
            # No sentence starts with a lower-case word (`Minister Mona Keijzer | wil ...`) or
            # with white space, which belongs to the sentence before it.
            if (
                token.is_space
                or token.text[:1].islower()
                or self.inside_name(previous, token, tagged)
                or (self.same_line_continues and self.word_on_same_line(previous))
            ):
                starts[token.i] = NOT_START
        for token in doc:
            if self.ends_sentence(token):
                start = token.i + 1
                # Closing quotes and brackets glued to the end (`.”`, `?)`) stay with it.
                while start < len(doc) and doc[start].is_punct and not doc[start - 1].whitespace_:
                    start += 1
                while start < len(doc) and doc[start].is_space:
                    start += 1
                if start < len(doc):
                    starts[start] = START
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # -1 wraps, as spaCy stores it
        return doc

    @staticmethod
    def inside_name(previous: Token, token: Token, tagged: bool) -> bool:
        """`Mona | Keijzer`, `Minister | Keijzer`: a capitalized word, then a proper noun (by the
        tagger, which runs before the parser; without one, any capitalized word)."""
        if previous.is_punct or not (previous.text[:1].isupper() and token.text[:1].isupper()):
            return False
        return token.pos_ == "PROPN" or not tagged

    @staticmethod
    def word_on_same_line(previous: Token) -> bool:
        """`ambtenarenfonds | ABP met 2,4 procent`: in news a sentence without final
        punctuation is a headline or a list item, and a line break ends it."""
        return previous.text[:1].isalnum() and "\n" not in previous.whitespace_

    def ends_sentence(self, token: Token) -> bool:
        return token.text in self.punct_chars or "\n" in token.whitespace_ or token.is_space and "\n" in token.text


@Language.factory(
    "dutchfacts_sentence_ends",
    default_config={"punct_chars": DEFAULT_PUNCT_CHARS, "same_line_continues": False},
    assigns=["token.is_sent_start"],
)
def make_sentence_ends(nlp: Language, name: str, punct_chars: list[str], same_line_continues: bool) -> SentenceEnds:
    return SentenceEnds(punct_chars, same_line_continues)
