"""Actor candidates: spans of an article that may name an actor, each with the rule that found it.

The rules read capitalisation, punctuation and the word lists in `dutchfacts/rules/`,
so they work on spaCy's blank Dutch pipeline. Where a model is loaded, its
part-of-speech tags and entity labels sharpen the rules (a proper noun, a
person's name) and its entities add candidates the rules missed.

The passes run from the most specific to the most general and each claims its
tokens, so that `minister Carola Schouten` is one person before `Carola
Schouten` could be read as a name of unknown kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

import regex
from spacy.tokens import Doc, Token

from ..context import is_finite_verb
from .rules import ActorRules

DASHES = {"-", "–", "—"}
TITLE_JOINERS = DASHES | {":", "&"}
ASIDE_JOINERS = {"en", "&"}
OPENERS = {'"', "“", "'", "‘", ":", "-", "–", "—", "•", "(", "„"}
COMPASS = regex.compile(r"^(?:Noord|Zuid|Oost|West|Midden|Centraal)-\p{Lu}")
COMPASS_LIST = regex.compile(r"^(?:(?:Noord|Zuid|Oost|West|Midden)-\s+(?:en|of)\s+)+")
ADJECTIVE_ENDING = regex.compile(r"(?:se|sche|isch|ische|ese|aanse|ense|de|ste|le|ne|re|ke|ige)$")
ACRONYM = regex.compile(r"^(?=[A-Z])(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9&.\-]{2,9}$")
TITLE_ADJECTIVE = regex.compile(r"(?:s|se|sche|isch|ische|ees)$")
CAPITALISED_ADJECTIVE = regex.compile(r"(?:se|sche|isch|ische|aanse|ense|ees)$")
POSTCODE_LETTERS = regex.compile(r"^[A-Z]{2}$")
POSTCODE_DIGITS = regex.compile(r"^[1-9][0-9]{3}$")
COMMON_NOUN_ENDING = regex.compile(r"^(?:daar|hier|waar)|(?:ing|heid|tie|sie|teit|isme|schap|dom|nis|de|te|en|s|cht|gd)$")
PLURAL_NOUN = regex.compile(r"^\p{Ll}{3,}(?:en|ers|s)$")
MODIFIER_ENDING = regex.compile(r"(?:isch|lijk|ig)$")
ENTITY_KINDS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}
AGENT_NOUN = regex.compile(r"\p{Ll}{3,}(?:er|ster|aar|ist|eur|trice|ant|ent)$")
BLANK_AGENT_NOUN = regex.compile(r"\p{Ll}{3,}(?:ster|aar|ist|eur|trice|aller|oerder)$")
DEMONYM = regex.compile(r"^\p{Lu}\p{Ll}+(?:enaren|enaars|naren|naars)$")


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


def is_capitalised(token: Token) -> bool:
    return bool(token.text) and token.text[0].isupper()


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text)) and sum(c.islower() for c in text) <= sum(c.isupper() for c in text)


def lower_tail_compound(text: str) -> bool:
    """`WW-uitkeringen`, `CBS-econoom`: a common noun with a name in front, not a name."""
    return "-" in text.strip("-") and text.rsplit("-", 1)[1][:1].islower()


def strip_article(text: str) -> str:
    return regex.sub(r"^(?:de|het|een|De|Het|Een)\s+", "", text)


@dataclass
class DocView:
    """One article's tokens with what the passes need to know about each."""

    doc: Doc
    rules: ActorRules
    claimed: list[bool] = field(init=False)
    """Tokens a pass has taken, and tokens no name can use (punctuation, the date prefix)."""
    opens: list[bool] = field(init=False)
    """Tokens that start a sentence, a line or a quote: capitalised for that reason alone."""
    capitalised_inside: set[str] = field(init=False)
    tagged: bool = field(init=False)
    words: list[str] = field(init=False)
    starts: list[int] = field(init=False)
    """Character offsets of the tokens, read once: spaCy makes a new object per token access."""
    ends: list[int] = field(init=False)
    source: str = field(init=False)
    """The doc's text, read once: `Doc.text` joins every token on each access."""
    used_alone: dict[str, bool] = field(init=False, default_factory=dict)
    """Words the text uses as a name of their own, looked up once per word: each look-up reads the whole text."""

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

    @staticmethod
    def starts_sentence(token: Token, tokens: list[Token], body: int) -> bool:
        if token.i == 0 or token.is_sent_start:
            return True
        previous = tokens[token.i - 1]
        if previous.is_space or "\n" in previous.whitespace_ or previous.idx < body:
            return True
        return previous.text in OPENERS or previous.text in {".", "!", "?"}

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
        if text.endswith(".") and text.count(".") == 1 and len(text) > 2:
            text, end = text[:-1], end - 1
        fields.setdefault("name", strip_article(text))
        if fields["name"].endswith(".") and fields["name"].count(".") == 1 and len(fields["name"]) > 2:
            fields["name"] = fields["name"][:-1]
        fields.setdefault("key", fields["name"].lower())
        return Candidate(first, last, self.starts[first], end, text, kind, rule, **fields)

    def word(self, index: int) -> str:
        return self.words[index] if 0 <= index < len(self.words) else ""

    def lower(self, index: int) -> str:
        return self.word(index).lower()


class CandidateFinder:
    def __init__(self, rules: ActorRules):
        self.rules = rules

    def find(self, view: DocView) -> list[Candidate]:
        found: list[Candidate] = []
        for finder in (
            self.acronym_definitions,
            self.offices,
            self.parties,
            self.institutions,
            self.names,
            self.actor_nouns,
            self.entities,
        ):
            found.extend(finder(view))
        return sorted(found, key=lambda c: c.start)

    # --- names ------------------------------------------------------------

    def can_start_name(self, view: DocView, index: int) -> bool:
        token = view.doc[index]
        if view.claimed[index] or not is_capitalised(token) or lower_tail_compound(token.text):
            return False
        if token.text.endswith("-"):
            return view.lower(index + 1) in ("en", "of") and view.word(index + 2)[:1].isupper()
        if any(c.isdigit() for c in token.text) or self.rules.is_number_word(token.text) or self.rules.is_fraction_word(token.text):
            return False
        if POSTCODE_LETTERS.match(token.text) and POSTCODE_DIGITS.match(view.word(index - 1)):
            return False
        if token.text in self.rules.not_names:
            after = index + 1
            while token.text == "Van" and view.lower(after) in view.rules.words.person_particle and view.word(after).islower():
                after += 1  # `Van der Meulen Groep` opening a sentence
            following = view.word(after)
            return (token.text in view.rules.words.name_prefix and not view.opens[index] or token.text == "Van") and following[:1].isupper() and following not in self.rules.not_names
        if view.opens[index] and (self.rules.noun(token.text) or self.rules.is_office(token.text)):
            # `Vereniging van Nederlandse Gemeenten` opening a sentence: a collective noun that a name goes on after.
            noun = self.rules.noun(token.text)
            return bool(noun) and noun.kind == "organization" and self.name_goes_on(view, index + 1)
        # A capitalised actor noun is a group (`Kamerleden`) unless a name goes on after it (`Vereniging Hogescholen`).
        noun = self.rules.noun(token.text)
        if noun and token.text not in self.rules.places:
            if noun.kind == "organization":
                return self.name_goes_on(view, index + 1)
            return index + 1 < len(view.doc) and self.can_continue_name(view, index + 1)
        return True

    def name_goes_on(self, view: DocView, index: int) -> bool:
        """A name continues at `index`, directly or after `van`/`voor` (`Vereniging van Nederlandse Gemeenten`)."""
        if index >= len(view.doc):
            return False
        if view.lower(index) in ("van", "voor") and index + 1 < len(view.doc):
            return self.can_continue_name(view, index + 1)
        return self.can_continue_name(view, index)

    def can_continue_name(self, view: DocView, index: int) -> bool:
        token = view.doc[index]
        if view.claimed[index] or not is_capitalised(token) or lower_tail_compound(token.text):
            return False
        return token.text not in self.rules.not_names or token.text in ("De", "Het", "Van")

    def is_organisation_word(self, word: str) -> bool:
        lower = word.lower().rstrip("-")
        cues = self.rules.organisation_cues
        return lower in cues or any(lower.endswith(cue) and len(lower) - len(cue) >= 3 for cue in cues)

    def name_end(self, view: DocView, first: int) -> int:
        """The end of the name starting at `first`: capitalised words and the small words between them."""
        last = first + 1
        organisation = self.is_organisation_word(view.word(first)) or is_acronym(view.word(first))
        connected = False
        limit = len(view.doc)
        while last < limit:
            # `ING.` at a sentence's end is one token: the next capitalised word opens the next sentence.
            if len(view.word(last - 1)) > 2 and view.word(last - 1).endswith(".") and view.word(last - 1).count(".") == 1:
                break
            if self.can_continue_name(view, last) or view.word(last - 1).endswith("-") and view.lower(last) == "en":
                if view.lower(last) == "en":
                    last += 1
                    continue
                organisation = organisation or self.is_organisation_word(view.word(last))
                last += 1
                continue
            gap = last
            while gap < limit and gap - last < 3 and not view.claimed[gap]:
                word = view.lower(gap)
                if word in view.rules.words.always_connector:
                    pass
                elif word in view.rules.words.name_connector and organisation:
                    connected = True
                elif word == "en" and connected:
                    pass
                elif word in view.rules.words.person_particle and self.person_particle(view, first, last, gap):
                    pass
                else:
                    break
                gap += 1
            # `Marieke Bolhuis van Enschede` stops before the place; `OCMW van Gent` takes it.
            if gap > last and gap < limit and self.can_continue_name(view, gap) and (
                organisation or view.word(gap) not in self.rules.places
            ):
                last = gap
                continue
            break
        return last

    def person_particle(self, view: DocView, first: int, last: int, particle: int) -> bool:
        """`Jaap van Wenum`, `Peter Hein van Mulligen`, but not `Marieke Sloot van Meerwaarde`,
        `Mirjam Bikker van de ChristenUnie` or `Jetta Klijnsma van Sociale Zaken`."""
        after = particle
        while view.lower(after) in view.rules.words.person_particle:
            after += 1
        following = view.word(after)
        if last - first > 2 or self.portfolio_end(view, particle + 1) > particle + 1 or view.lower(first - 1) in view.rules.words.locating:
            return False
        rules = self.rules
        if following in rules.places or following in rules.parties or self.is_organisation_word(following) or is_acronym(following):
            return False
        if following in ("De", "Het"):
            return False
        # A word the article also uses as a name of its own is another actor: `van Meerwaarde`.
        if following not in view.used_alone:
            alone = regex.compile(rf"(?<!\b(?:{'|'.join(view.rules.words.person_particle)})\s){regex.escape(following)}\b", regex.IGNORECASE)
            view.used_alone[following] = alone.search(view.source) is not None
        if view.used_alone[following]:
            return False
        if last - first == 1:
            return True
        if view.doc.has_annotation("ENT_IOB"):
            return view.doc[after].ent_iob_ == "I" and view.doc[after].ent_type_ == "PER"
        # After two names (`Karin Smit van Zaanstad`), only a surname the article also writes alone (`Van Mulligen`).
        surname = regex.compile(rf"(?<!{regex.escape(view.word(last - 1))}\s)\b{regex.escape(view.word(particle))}\s+{regex.escape(following)}\b", regex.IGNORECASE)
        return surname.search(view.source) is not None

    def names(self, view: DocView) -> Iterable[Candidate]:
        index = 0
        in_title = in_aside = False
        while index < len(view.doc):
            if not self.can_start_name(view, index):
                in_title = in_title and view.word(index) in TITLE_JOINERS
                in_aside = in_aside and view.word(index) in ASIDE_JOINERS
                index += 1
                continue
            end = self.name_end(view, index)
            aside = self.is_portfolio_aside(view, index, end, in_aside)
            if in_title or self.is_title_noun(view.lower(index - 1)) or aside:
                in_title, in_aside = not aside, aside
                view.claim(index, end)
                index = end
                continue
            candidate = self.name_candidate(view, index, end)
            if candidate is not None:
                view.claim(index, end)
                yield candidate
            index = end

    def name_candidate(self, view: DocView, first: int, last: int) -> Optional[Candidate]:
        words = [view.word(i) for i in range(first, last)]
        text = view.text(first, last)
        single = len(words) == 1
        if view.opens[first] and all(w.isupper() for w in words) and view.word(last) in DASHES:
            return None  # a dateline: `DEN HAAG - De productie …`
        if single and DEMONYM.match(words[0]):
            return view.candidate(first, last, "group", "name:demonym")
        if single and view.opens[first] and not self.known_name(view, first):
            return None
        if single and self.is_adjective(view, first):
            return None
        if any(self.names_a_thing(word) for word in {words[0], words[-1]}):
            return None
        if not single and view.opens[first] and self.is_descriptor(view, first, last):
            name = view.text(first + 1, last)
            return view.candidate(first + 1, last, self.name_kind(view, first + 1, last), "name:described", name=name, alias=text)
        return view.candidate(first, last, self.name_kind(view, first, last), "name:capitalised", name=text)

    def is_portfolio_aside(self, view: DocView, first: int, last: int, continued: bool) -> bool:
        """`minister Slob (Basis- en Voortgezet Onderwijs en Media, CU)`: a portfolio in brackets after a name."""
        opens_aside = view.word(first - 1) == "(" and view.claimed[first - 2] and view.word(first - 2) not in (")", "")
        if not (opens_aside or continued):
            return False
        return not any(is_acronym(view.word(i)) or view.word(i) in self.rules.parties for i in range(first, last))

    def is_title_noun(self, word: str) -> bool:
        return any(word.endswith(noun) for noun in self.rules.title_nouns) and word.isalpha()

    def in_list_of_places(self, view: DocView, index: int) -> bool:
        """`in Rotterdam, Schiedam en Vlaardingen`, `Leidschendam en Den Haag`: after a locating word,
        or listed with a known place."""
        listed = {",", "en", "of"}
        before = index - 1
        while before >= 0 and (view.word(before) in listed or view.word(before)[:1].isupper()):
            if view.word(before) in self.rules.places:
                return True
            before -= 1
        after = index + 1
        while after < len(view.doc) and (view.word(after) in listed or view.word(after)[:1].isupper()):
            if view.word(after) in self.rules.places or view.text(after, after + 2) in self.rules.places:
                return True
            after += 1
        return view.lower(before) in view.rules.words.locating

    def is_adjective(self, view: DocView, index: int) -> bool:
        """`Nederlandse`, `Belgisch`, `Onzichtbare slachtoffers`: a capitalised adjective before a
        lower-case word, not a name such as `Meerwaarde komt`."""
        word, following = view.word(index), view.word(index + 1)
        if is_acronym(word) or not following[:1].islower():
            return False
        if CAPITALISED_ADJECTIVE.search(word):
            return True
        if view.tagged:
            return view.doc[index].pos_ == "ADJ"
        return word.endswith("e") and not self.is_organisation_word(word) and (self.rules.noun(following) is not None or PLURAL_NOUN.search(following) is not None)

    def names_a_thing(self, word: str) -> bool:
        return not is_acronym(word) and any(word.lower().endswith(head) for head in self.rules.not_actor_heads)

    def is_descriptor(self, view: DocView, first: int, last: int) -> bool:
        """`Spoorbeheerder ProRail`, `Uitkeringsinstantie UWV`: a common noun before a name the article
        also uses alone, an organisation noun before any name (`Bouwbedrijf Heijmans`), or before an
        acronym (`Vakbond FNV`)."""
        word = view.word(first)
        if word in view.capitalised_inside:
            return False
        rest = view.text(first + 1, last)
        lower = word.lower()
        heads = self.rules.anaphors | self.rules.offices | self.rules.descriptor_heads
        # A person noun by its agent ending (`Aanvoerster Roos`, `Invaller Mila`): an ending that no first
        # name has, or any agent ending on a word the tagger calls a common noun.
        if BLANK_AGENT_NOUN.search(lower) or view.tagged and view.doc[first].pos_ == "NOUN" and AGENT_NOUN.search(lower):
            return True
        # Opening a sentence, a noun of kind before a name is its descriptor (`Bouwbedrijf Heijmans`).
        if any(lower.endswith(head) for head in self.rules.anaphors | self.rules.descriptor_heads) and not self.rules.is_office(word):
            return True
        if last - first == 2 and is_acronym(rest) and any(lower.endswith(head) for head in heads):
            return True
        alone = regex.compile(rf"(?<!{regex.escape(word)}\s){regex.escape(rest)}\b")
        if not alone.search(view.source):
            return False
        lower = word.lower()
        heads = self.rules.anaphors | self.rules.offices | self.rules.descriptor_heads
        return any(lower.endswith(head) for head in heads)

    def known_name(self, view: DocView, index: int) -> bool:
        """A sentence's first word is a name only when the article or the lists say so."""
        rules = self.rules
        word = view.word(index)
        if is_acronym(word) or word in rules.parties or word in rules.places or word in rules.institutions:
            return True
        if self.before_plural_verb(view, index):
            return False
        if word in view.capitalised_inside:
            return True
        following = view.word(index + 1).lower()
        if following in self.rules.reporting_forms:
            return True
        if self.acts_as_subject(view, index):
            return True
        return view.doc[index].ent_type_ in ENTITY_KINDS and view.doc[index].pos_ in ("PROPN", "")

    @staticmethod
    def before_plural_verb(view: DocView, index: int) -> bool:
        """`Prognoses wijzen uit …`: a plural subject; the name of a person, organisation or
        place takes a singular verb."""
        if not view.tagged or index + 1 >= len(view.doc):
            return False
        verb = view.doc[index + 1]
        return is_finite_verb(verb) and verb.tag_.endswith("|mv")

    def acts_as_subject(self, view: DocView, index: int) -> bool:
        """`Rabobank verhoogt de rente`: a sentence's first word before a finite verb, or listed with
        a name, is a name, unless the article also writes it in lower case or it ends like a common noun."""
        word, following, partner = view.word(index), view.word(index + 1), view.word(index + 2)
        if view.tagged or COMMON_NOUN_ENDING.search(word.lower()) or regex.search(rf"\b{regex.escape(word.lower())}\b", view.source):
            return False
        # `Feyenoord en PSV boekten winst`: listed with a name.
        if following in ("en", ",") and (is_acronym(partner) or partner in view.capitalised_inside):
            return True
        if not following.isalpha() or not following.islower():
            return False
        return following in self.rules.finite_verbs or len(following) > 3 and following.endswith("t")

    def name_kind(self, view: DocView, first: int, last: int) -> str:
        words = [view.word(i) for i in range(first, last)]
        text = view.text(first, last)
        rules = self.rules
        if text in rules.parties or text in rules.institutions:
            return "organization"
        if text in rules.places or text.title() in rules.places or COMPASS.match(COMPASS_LIST.sub("", text)):
            return "place"
        if any(is_acronym(w) or self.is_organisation_word(w) for w in words):
            return "organization"
        before = view.word(first - 1)
        if before.islower() and self.is_organisation_word(before):
            return "organization"  # `expertisecentrum Fier`, `onderzoeksbureau Meerwaarde`
        capitalised_tokens = [view.doc[i] for i in range(first, last) if view.word(i)[:1].isupper()]
        labels = {t.ent_type_ for t in capitalised_tokens}
        if len(labels) == 1 and labels <= set(ENTITY_KINDS) and all(t.pos_ == "PROPN" for t in capitalised_tokens):
            kind = ENTITY_KINDS[labels.pop()]
            # The model calls many an unknown name a place (`in opdracht van Zorgvisie`): not after `van`.
            if kind != "place" or view.lower(first - 1) != "van":
                return kind
        if any(c.isupper() for w in words for c in w[1:] if c.isalpha()) and len(words) == 1:
            return "organization"
        capitalised = [w for w in words if w[:1].isupper()]
        others = [w for w in words if not w[:1].isupper()]
        if len(capitalised) >= 2 and all(w in view.rules.words.person_particle for w in others) and not ADJECTIVE_ENDING.search(words[0]):
            return "person"
        if len(words) == 1 and self.in_list_of_places(view, first):
            return "place"
        return "organization"

    # --- acronyms defined in the text -------------------------------------

    def acronym_definitions(self, view: DocView) -> Iterable[Candidate]:
        doc = view.doc
        for index, token in enumerate(doc):
            # `(CPB)`, also `(CPB):` and `(CPB),` that the tokenizer keeps together.
            if token.text != "(" or index + 2 >= len(doc) or not view.word(index + 2).startswith(")"):
                continue
            inner = view.word(index + 1)
            if is_acronym(inner) and index > 0 and not view.claimed[index - 1]:
                first = self.expansion_before(view, index, inner)
                if first is None:
                    continue
                long_form = view.candidate(first, index, "organization", "acronym:defined")
                short = view.candidate(index + 1, index + 2, "organization", "acronym:defined",
                                       name=inner, key=inner.lower(), acronym_of=long_form.key)
                view.claim(first, index + 3)
                yield long_form
                yield short
        for index, token in enumerate(doc):
            if not is_acronym(token.text) or view.claimed[index] or view.word(index + 1) != "(":
                continue
            close = next((i for i in range(index + 2, min(index + 14, len(doc))) if view.word(i) == ")"), None)
            if close is None or not self.initials_fit(token.text, [view.word(i) for i in range(index + 2, close)]):
                continue
            long_form = view.candidate(index + 2, close, "organization", "acronym:defined")
            short = view.candidate(index, index + 1, "organization", "acronym:defined",
                                   name=token.text, key=token.text.lower(), acronym_of=long_form.key)
            view.claim(index, close + 1)
            yield short
            yield long_form

    @staticmethod
    def initials_fit(acronym: str, words: list[str]) -> bool:
        letters = [c.lower() for c in acronym if c.isupper()]
        initials = [w[0].lower() for w in words if w[:1].isalpha()]
        position = 0
        for initial in initials:
            if position < len(letters) and initial == letters[position]:
                position += 1
        return bool(words) and words[0][:1].isupper() and position == len(letters)

    def expansion_before(self, view: DocView, bracket: int, acronym: str) -> Optional[int]:
        """The first token of the full name written before `(ACRONYM)`."""
        letters = [c.lower() for c in acronym if c.isupper()]
        position = len(letters) - 1
        first = None
        index = bracket - 1
        lowest = max(bracket - 3 * len(letters) - 4, 0)
        while index >= lowest and position >= 0:
            word = view.word(index)
            if view.claimed[index] and word != ",":
                break
            if word[:1].lower() == letters[position] and word[:1].isalpha():
                position -= 1
                first = index
            index -= 1
        if position >= 0 or first is None or not view.doc[first].text[:1].isupper():
            first = self.capitalised_run_before(view, bracket)
            if first is None or view.word(first)[:1] != acronym[:1] or self.name_kind(view, first, bracket) == "person":
                return None
        if view.lower(first - 1) in ("van", "voor") and view.lower(first - 2) in self.rules.institutions:
            first -= 2
        return first

    def capitalised_run_before(self, view: DocView, bracket: int) -> Optional[int]:
        index = bracket - 1
        first = None
        while index >= 0 and not view.claimed[index]:
            word = view.word(index)
            if word[:1].isupper() and word not in self.rules.not_names:
                first = index
            elif not (word.lower() in view.rules.words.name_connector or word.lower() in view.rules.words.always_connector or word.lower() == "en"):
                break
            index -= 1
        return first

    # --- offices ----------------------------------------------------------

    @staticmethod
    def is_title_adjective(view: DocView, index: int) -> bool:
        """`Vlaams minister`, `Vlaamse minister`, `Europees commissaris`: an adjective of the office."""
        word = view.word(index)
        return index >= 0 and not view.claimed[index] and word[:1].isupper() and bool(TITLE_ADJECTIVE.search(word))

    def portfolio_end(self, view: DocView, index: int) -> int:
        """After `van`, the end of a portfolio such as `Justitie en Veiligheid`, or `index` if none."""
        for portfolio in self.rules.portfolios:
            words = [view.word(i) for i in range(index, index + len(portfolio))]
            if tuple(words) == portfolio and view.free(index, index + len(portfolio)):
                return index + len(portfolio)
        return index

    def unlisted_portfolio_end(self, view: DocView, index: int) -> int:
        """`schepen van Sport Joke Lenaerts`: a portfolio no list has, one capitalised word before a
        person's first and last name; `index` itself if there is none."""
        run = index
        while run < len(view.doc) and view.word(run)[:1].isupper() and not view.claimed[run]:
            run += 1
        words = [view.word(i) for i in range(index, run)]
        if len(words) != 3 or any(is_acronym(w) or self.is_organisation_word(w) or w in self.rules.places for w in words):
            return index
        return index + 1

    def offices(self, view: DocView) -> Iterable[Candidate]:
        doc = view.doc
        index = 0
        while index < len(doc):
            word = view.word(index)
            if view.claimed[index] or not self.rules.is_office(word.split("-")[-1] if "-" in word else word):
                index += 1
                continue
            office_end = index + 1
            if view.lower(office_end) in ("van", "voor"):
                after = self.portfolio_end(view, office_end + 1)
                if after == office_end + 1:
                    after = self.unlisted_portfolio_end(view, office_end + 1)
                if after > office_end + 1:
                    office_end = after
            office = view.text(index, office_end).lower()
            title_start = index - 1 if self.is_title_adjective(view, index - 1) else index
            if office_end < len(doc) and self.can_start_name(view, office_end) and not is_acronym(view.word(office_end)):
                name_end = self.name_end(view, office_end)
                if view.word(office_end).lower() not in self.rules.organisation_cues and view.text(office_end, name_end) not in self.rules.places:
                    name = view.text(office_end, name_end)
                    alias_end = name_end
                    if view.lower(name_end) == "van" and self.portfolio_end(view, name_end + 1) > name_end + 1:
                        alias_end = self.portfolio_end(view, name_end + 1)
                    view.claim(title_start, alias_end)
                    yield view.candidate(office_end, name_end, "person", "office:name", name=name,
                                         alias=view.text(title_start, alias_end), office=office)
                    index = alias_end
                    continue
            if office_end > index + 1:
                view.claim(title_start, office_end)
                yield view.candidate(title_start, office_end, "person", "office:portfolio", office=office)
            elif self.rules.noun(word) is None and (view.lower(index - 1) in view.rules.words.determiner or view.opens[index]) and not view.word(office_end)[:1].isupper():
                view.claim(index, office_end)
                yield view.candidate(index, office_end, "person", "office:bare", name=word.lower() if view.opens[index] else word,
                                     key=f"office:{word.lower()}", office=word.lower())
            index = office_end

    # --- parties and institutions ------------------------------------------

    def parties(self, view: DocView) -> Iterable[Candidate]:
        yield from self.phrases(view, self.rules.parties, "organization", "party", case_sensitive=True)

    def institutions(self, view: DocView) -> Iterable[Candidate]:
        for candidate in self.phrases(view, self.rules.institutions, "organization", "institution", case_sensitive=False):
            first, last = candidate.first, candidate.last
            before = view.word(first - 1)
            if before[:1].isupper() and ADJECTIVE_ENDING.search(before) and not view.claimed[first - 1]:
                first -= 1
            if view.lower(last) == "van" and self.portfolio_end(view, last + 1) > last + 1:
                last = self.portfolio_end(view, last + 1)
            elif view.lower(last) == "van" and view.word(last + 1) in self.rules.places:
                last = self.name_end(view, last + 1)  # `de gemeenteraad van Utrecht`
            elif last < len(view.doc) and self.can_start_name(view, last) and not self.rules.is_office(view.word(last)):
                last = self.name_end(view, last)
            head = candidate.key
            if (first, last) != (candidate.first, candidate.last):
                view.claim(first, last)
                candidate = view.candidate(first, last, "organization", "institution:named")
            candidate.alias = head
            yield candidate

    def phrases(self, view: DocView, phrases: Iterable[str], kind: str, rule: str, case_sensitive: bool) -> Iterable[Candidate]:
        doc = view.doc
        by_first_word: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted({tuple(p.split()) for p in phrases}, key=len, reverse=True):
            by_first_word.setdefault(words[0].lower(), []).append(words)
        index = 0
        while index < len(doc):
            for words in by_first_word.get(view.lower(index), ()):
                last = index + len(words)
                found = tuple(view.words[index:last])
                exact = any(c.isupper() for c in "".join(words)) or case_sensitive
                if not exact and found and found[0][:1].isupper() and not view.opens[index]:
                    continue
                if found and found[-1][:1].isupper() and view.lower(last) == "van" and view.word(last + 1)[:1].isupper():
                    continue
                if (found == words if exact else tuple(w.lower() for w in found) == words) and view.free(index, last):
                    view.claim(index, last)
                    yield view.candidate(index, last, kind, rule, key=" ".join(words).lower())
                    index = last - 1
                    break
            index += 1

    # --- group nouns ---------------------------------------------------------

    def actor_nouns(self, view: DocView) -> Iterable[Candidate]:
        rules = self.rules
        for index, token in enumerate(view.doc):
            # `65-plussers`, `15-jarigen`: a number may open a compound group noun.
            if view.claimed[index] or not (token.text[:1].isalpha() or token.text[:1].isdigit() and "-" in token.text):
                continue
            lower = token.text.lower()
            if lower in rules.not_names:
                continue
            # `de organisatie`, also with adjectives: `de centrale bank`.
            if lower in rules.anaphors and view.lower(self.modifiers_before(view, index) - 1) in ("de", "het"):
                modified = self.modifiers_before(view, index)
                view.claim(index, index + 1)
                yield view.candidate(index, index + 1, "organization", "anaphor", name=lower, key=f"anaphor:{lower}", anaphor=True,
                                     alias=view.text(modified, index + 1) if modified < index else None)
                continue
            if lower in rules.members:
                view.claim(index, index + 1)
                yield view.candidate(index, index + 1, "group", "group:member", name=lower, key=lower,
                                     member_of=rules.members[lower], plural=False)
                continue
            if lower_tail_compound(token.text) and is_acronym(token.text.split("-")[0]):
                prefix = token.text.split("-")[0]
                if prefix not in rules.not_names and rules.compound_noun(lower) is None:
                    yield Candidate(index, index + 1, token.idx, token.idx + len(prefix), prefix, "organization",
                                    "acronym:compound", key=prefix.lower(), name=prefix)
                    continue
            noun = rules.noun(lower)
            rule = "group:lexicon"
            if noun is None and (not token.text[:1].isupper() or view.opens[index] or lower_tail_compound(token.text)):
                noun = rules.compound_noun(lower, min_prefix=2 if lower[:1].isdigit() else 3)
                rule = "group:compound"
            if noun is None:
                continue
            last = index + 2 if view.word(index + 1) in ("’s", "'s") else index + 1
            plural = lower == noun.plural or last > index + 1
            if not plural and not self.singular_noun(view, index):
                continue
            view.claim(index, last)
            written = token.text if token.text[1:].lower() != token.text[1:] or not view.opens[index] else lower
            name = written if rule == "group:compound" else noun.plural if plural else written
            modified, described = self.modifiers_before(view, index), self.description_after(view, last)
            if view.lower(index - 1) in ("tot", "en", "of") and view.word(index - 2).endswith("-"):
                modified = index - 2  # `15- tot 75-jarigen`, `nul- tot tienjarigen`
            alias = view.text(modified, described) if (modified, described) != (index, last) else None
            yield view.candidate(index, last, noun.kind, rule, name=name, key=noun.plural, plural=plural, alias=alias)

    @staticmethod
    def description_after(view: DocView, last: int) -> int:
        """Where `met`/`zonder` and a short noun phrase after a group noun end: `mensen met een laag
        inkomen`, `mensen zonder werk`; `last` itself when there is none. The phrase ends on a noun."""
        if view.lower(last) not in ("met", "zonder"):
            return last
        # One word (`zonder werk`), or an article and up to two more (`met een laag inkomen`).
        longest = last + (4 if view.lower(last + 1) in view.rules.words.determiner | {"hun", "een"} else 2)
        end = last + 1
        while end < min(longest, len(view.doc)) and view.word(end).isalpha() and view.word(end).islower():
            if view.lower(end) in view.rules.words.description_stop or view.tagged and not CandidateFinder.noun_like(view, end, last):
                break
            end += 1
        while end > last + 1 and not CandidateFinder.ends_on_noun(view, end - 1, last):
            end -= 1
        return end if end > last + 1 else last

    @staticmethod
    def noun_like(view: DocView, index: int, opening: int) -> bool:
        """A tagged word that may be in the phrase: no verb, unless the tagger gave a noun after an adjective that tag."""
        pos, before = view.doc[index].pos_, view.doc[index - 1].pos_ if index - 1 > opening else ""
        return pos not in ("VERB", "AUX") or before == "ADJ"

    @staticmethod
    def ends_on_noun(view: DocView, index: int, opening: int) -> bool:
        word, before = view.lower(index), view.lower(index - 1)
        if view.tagged:
            pos = view.doc[index].pos_
            return pos in ("NOUN", "PROPN") or pos in ("VERB", "ADJ") and view.doc[index - 1].pos_ == "ADJ"
        if word in view.rules.words.determiner or word in {"een", "hun"} or word.endswith("e") or view.rules.is_number_word(word):
            return False
        if MODIFIER_ENDING.search(word) or word in view.rules.words.description_stop or word in view.rules.words.plain_adjective:
            return False
        # `een leefloon ondersteund`, `een verblijfsvergunning wachten`: a verb after the noun.
        after_noun = index - 1 > opening and not (
            before in view.rules.words.determiner or before in {"een", "hun"} or before.endswith("e") or before in view.rules.words.plain_adjective
        )
        return not (after_noun and regex.search(r"(?:en|d|t)$", word))

    @staticmethod
    def modifiers_before(view: DocView, index: int) -> int:
        """Where the adjectives before a group noun start: `internationale studenten`,
        `alleenstaande minderjarige vreemdelingen`, `langdurig zieken`, `Twentse gemeenten`."""
        first = index
        while index - first < 2 and first > 0 and not view.claimed[first - 1]:
            word = view.word(first - 1)
            lower = word.lower()
            if not word.isalpha() or lower in view.rules.words.not_modifier or view.rules.is_number_word(lower):
                break
            if word[:1].isupper() and not CAPITALISED_ADJECTIVE.search(word):
                break
            if not (lower.endswith("e") or MODIFIER_ENDING.search(lower)):
                break
            first -= 1
        return first

    @staticmethod
    def singular_noun(view: DocView, index: int) -> bool:
        """`de consument`, `een jonge moeder`, but not `ouder dan 65` or `per persoon`."""
        before = view.lower(index - 1)
        if before in view.rules.words.singular_marker:
            return True
        return before.endswith("e") and before.isalpha() and view.lower(index - 2) in view.rules.words.singular_marker

    # --- model entities ------------------------------------------------------

    def entities(self, view: DocView) -> Iterable[Candidate]:
        for entity in view.doc.ents:
            kind = ENTITY_KINDS.get(entity.label_)
            if kind is None or not view.free(entity.start, entity.end):
                continue
            first = entity.start + (view.lower(entity.start) in view.rules.words.determiner)
            if first >= entity.end or not self.entity_is_name(view, first, entity.end):
                continue
            view.claim(first, entity.end)
            yield view.candidate(first, entity.end, kind, f"model:{entity.label_}")

    def entity_is_name(self, view: DocView, first: int, last: int) -> bool:
        """The rules' filters hold for the model's entities too: a proper noun, no adjective or thing."""
        words = [view.word(i) for i in range(first, last)]
        if not words[0][:1].isupper() or words[0] in self.rules.not_names or lower_tail_compound(words[0]):
            return False
        if not any(view.doc[i].pos_ == "PROPN" or is_acronym(view.word(i)) for i in range(first, last)):
            return False
        if len(words) == 1 and (self.is_adjective(view, first) or self.rules.noun(words[0])):
            return False
        if len(words) == 1 and (self.rules.is_number_word(words[0]) or self.rules.is_fraction_word(words[0])):
            return False  # `Eenvijfde van alle vacatures`: a figure opening the sentence
        if len(words) == 1 and view.opens[first] and self.before_plural_verb(view, first):
            return False
        return not any(self.names_a_thing(word) for word in {words[0], words[-1]})
