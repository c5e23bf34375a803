"""What every actor pass reads and writes: the article as a `DocView`, and the `Candidate`s found in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex
from spacy.tokens import Doc, Token

from .rules import ActorRules

OPENERS = {'"', "“", "'", "‘", ":", "-", "–", "—", "•", "(", "„"}
# `Kevin D.`: a surname cut to its initial, as court reports write an accused's name.
INITIAL = regex.compile(r"\s\p{Lu}\.$")
ACRONYM = regex.compile(r"^(?=[A-Z])(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9&.\-]{2,9}$")


@dataclass
class Candidate:
    first: int
    """Index of the mention's first token."""
    last: int
    """Index after the mention's last token."""
    start: int
    end: int
    text: str
    kind: str
    rule: str
    key: str
    """What links the mentions of one actor: a group's plural, a name in lower case."""
    name: str
    """The actor's name if this is its fullest mention."""
    alias: Optional[str] = None
    """A fuller form with a title or descriptor: `minister Carola Schouten`."""
    office: Optional[str] = None
    """For a person: the office a mention gives them, lower case."""
    plural: bool = True
    member_of: Optional[str] = None
    """For `vader`, `moeder`: the group they join when the article names it."""
    acronym_of: Optional[str] = None
    """For an acronym defined in the text: the key of its full name."""
    anaphor: bool = False
    acts: bool = False
    """For a place: whether this mention is the subject of a verb."""
    speaks: bool = True
    """False for a mention that a person's mention right after it speaks for: the party of
    `N-VA-fractieleider Liesbeth De Moor`."""
    names_at: Optional[int] = None
    """For an office without a name: the token after the comma that may set the holder's name after
    it (`de advocaat van de beklaagde, meester Lieve Segers,`)."""
    named_before: Optional[int] = None
    """For an office in an apposition after a name (`Sven De Cock, de advocaat van …`): the comma
    that ends the holder's name."""


def ends_in_sentence_period(text: str) -> bool:
    """`ING.` at a sentence's end: the one period is the sentence's, not the name's (but `Kevin D.`)."""
    return text.endswith(".") and text.count(".") == 1 and len(text) > 2 and not INITIAL.search(text)


def is_capitalised(token: Token) -> bool:
    return bool(token.text) and token.text[0].isupper()


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text)) and sum(c.islower() for c in text) <= sum(c.isupper() for c in text)


def lower_tail_compound(text: str) -> bool:
    """`WW-uitkeringen`, `CBS-econoom`: a common noun with a name in front, not a name."""
    return "-" in text.strip("-") and text.rsplit("-", 1)[1][:1].islower()


def acronym_before_compound(text: str) -> Optional[str]:
    """The acronym a compound opens with, up to its lower-case part, its own hyphens included:
    `CBS` of `CBS-econoom`, `N-VA` of `N-VA-fractieleider`; None for any other word."""
    if not lower_tail_compound(text):
        return None
    prefix = text.rsplit("-", 1)[0]
    return prefix if is_acronym(prefix) else None


@dataclass
class DocView:
    """One article's tokens with what the passes need to know about each."""

    doc: Doc
    rules: ActorRules
    verbs: frozenset[str] = frozenset()
    """The verbs the model's lemma table knows (`aanmelden`), so that an agent noun can be told by
    its verb (`aanmelders`); none without a model."""
    claimed: list[bool] = field(init=False)
    """Tokens a pass has taken, and tokens no name can use (punctuation, the date prefix)."""
    opens: list[bool] = field(init=False)
    """Tokens that start a sentence, a line or a quote: capitalised for that reason alone."""
    capitalised_inside: set[str] = field(init=False)
    tagged: bool = field(init=False)
    parsed: bool = field(init=False)
    """Read once: `Doc.has_annotation` looks at every token."""
    words: list[str] = field(init=False)
    starts: list[int] = field(init=False)
    """Character offsets of the tokens, read once: spaCy makes a new object per token access."""
    ends: list[int] = field(init=False)
    source: str = field(init=False)
    """The doc's text, read once: `Doc.text` joins every token on each access."""
    located_by_model: frozenset[str] = field(init=False)
    """Words the model's entities call a place somewhere in the article where no `van` comes before them
    (`in Diepenbeek`), where that label is evidence (see `names.name_kind`)."""
    searched: dict[str, bool] = field(init=False, default_factory=dict)
    """Patterns of the article's own words looked up in its text, each once: a look-up reads the whole text."""

    def __post_init__(self) -> None:
        doc = self.doc
        self.source = doc.text
        body = doc._.body_start or 0
        tokens = list(doc)
        self.words = [token.text for token in tokens]
        self.starts = [token.idx for token in tokens]
        self.ends = [token.idx + len(token.text) for token in tokens]
        self.claimed = [token.idx < body or token.is_space or token.is_punct and token.text not in "&" for token in tokens]
        self.opens = [self.starts_sentence(token, tokens, body) for token in tokens]
        self.capitalised_inside = {
            token.text for token in tokens if is_capitalised(token) and not self.opens[token.i]
        }
        self.tagged = doc.has_annotation("POS")
        self.parsed = doc.has_annotation("DEP")
        self.located_by_model = frozenset(
            token.text for token in tokens if token.ent_type_ in ("LOC", "GPE") and not self.after_van(token.i)
        )

    @staticmethod
    def starts_sentence(token: Token, tokens: list[Token], body: int) -> bool:
        if token.i == 0 or token.is_sent_start:
            return True
        previous = tokens[token.i - 1]
        if previous.is_space or "\n" in previous.whitespace_ or previous.idx < body:
            return True
        return previous.text in OPENERS or previous.text in {".", "!", "?"}

    def after_van(self, index: int) -> bool:
        """`van Diepenbeek`, `van het Mauritshuis`: a name after `van`, an article between them or none."""
        before = index - 1 - (self.lower(index - 1) in self.rules.words.definite_article)
        return self.lower(before) == "van"

    def free(self, first: int, last: int) -> bool:
        return 0 <= first and last <= len(self.doc) and not any(self.claimed[first:last])

    def claim(self, first: int, last: int) -> None:
        for index in range(first, last):
            self.claimed[index] = True

    def text(self, first: int, last: int) -> str:
        last = min(last, len(self.ends))  # a look-ahead past the last token reads what there is
        return self.source[self.starts[first] : self.ends[last - 1]] if first < last else ""

    def candidate(self, first: int, last: int, kind: str, rule: str, **fields) -> Candidate:
        text = self.text(first, last)
        end = self.ends[last - 1]
        if ends_in_sentence_period(text):
            text, end = text[:-1], end - 1
        fields.setdefault("name", self.rules.leading_article.sub("", text))
        if ends_in_sentence_period(fields["name"]):
            fields["name"] = fields["name"][:-1]
        fields.setdefault("key", fields["name"].lower())
        return Candidate(first, last, self.starts[first], end, text, kind, rule, **fields)

    def compound_organisation(self, index: int, rule: str, speaks: bool = True) -> Optional[Candidate]:
        """`N-VA-fractieleider`, `CBS-cijfers`: the organisation whose acronym opens the compound at
        `index`, as a mention of its own; None where no acronym (or a word the rules reject) opens it."""
        token = self.doc[index]
        prefix = acronym_before_compound(token.text)
        if prefix is None or prefix in self.rules.not_names:
            return None
        return Candidate(index, index + 1, token.idx, token.idx + len(prefix), prefix, "organization", rule,
                         key=prefix.lower(), name=prefix, speaks=speaks)

    def found(self, pattern: str) -> bool:
        """Whether the text has a match of `pattern`, a pattern built of the article's own words."""
        if pattern not in self.searched:
            self.searched[pattern] = regex.search(pattern, self.source) is not None
        return self.searched[pattern]

    def word(self, index: int) -> str:
        return self.words[index] if 0 <= index < len(self.words) else ""

    def lower(self, index: int) -> str:
        return self.word(index).lower()
