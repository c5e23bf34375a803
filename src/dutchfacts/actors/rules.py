"""The actor rule data under `dutchfacts/rules/`, read once per folder."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from ..figures.lexicon import alternation, load_lexicon
from ..figures.numbers import NumberWords
from ..rulefiles import RULES_DIR, RuleFileError, RuleSource, read_rows, read_words, rule_source

ANY_WORDS = "…"


@dataclass(frozen=True)
class ActorNoun:
    plural: str
    kind: str


@dataclass(frozen=True)
class AttributionCue:
    words: tuple[str, ...]
    actor_after_only: bool
    strong: bool
    """`volgens`, `aldus`, `blijkt uit` outrank a reporting verb or a `peiling van` in the same sentence."""


@dataclass(frozen=True)
class ActorWords:
    """The small closed word classes of actor_words.tsv."""

    person_particle: frozenset[str]
    name_connector: frozenset[str]
    name_prefix: frozenset[str]
    always_connector: frozenset[str]
    field_preposition: frozenset[str]
    locating: frozenset[str]
    determiner: frozenset[str]
    phrase_opener: frozenset[str]
    """With the determiners."""
    singular_marker: frozenset[str]
    """With the determiners."""
    not_modifier: frozenset[str]
    description_stop: frozenset[str]
    plain_adjective: frozenset[str]
    counting: frozenset[str]
    counting_preposition: frozenset[str]
    counted_determiner: frozenset[str]
    relative_pronoun: frozenset[str]
    preposition_particle: frozenset[str]
    not_verb: frozenset[str]
    """With the locating words and the determiners."""
    clause_opener: frozenset[str]
    pointer_determiner: frozenset[str]
    possessive: frozenset[str]
    personal_pronoun: frozenset[str]


@dataclass(frozen=True)
class AttributionWords:
    """The small closed word classes of attribution_words.tsv (classes checked by rulefiles.RULE_FILES)."""

    frame_article: frozenset[str]
    complementizer: frozenset[str]
    clause_link: frozenset[str]
    staff_link: frozenset[str]
    staff_determiner: frozenset[str]
    relative_subject: frozenset[str]
    spokesperson: frozenset[str]
    definite_article: frozenset[str]


def read_attribution_words(path: Path) -> AttributionWords:
    classes: dict[str, set[str]] = {name: set() for name in AttributionWords.__dataclass_fields__}
    for word, name in read_rows(path, 2):
        classes[name].add(word)
    missing = [name for name, words in classes.items() if not words]
    if missing:
        raise RuleFileError(f"{path}: no words for {', '.join(missing)}")
    return AttributionWords(**{name: frozenset(words) for name, words in classes.items()})


def read_actor_words(path: Path) -> ActorWords:
    classes: dict[str, set[str]] = {name: set() for name in ActorWords.__dataclass_fields__}
    for word, name in read_rows(path, 2):
        if name not in classes:
            raise RuleFileError(f"{path}: unknown word class {name!r} (known: {', '.join(classes)})")
        classes[name].add(word)
    missing = [name for name, words in classes.items() if not words]
    if missing:
        raise RuleFileError(f"{path}: no words for {', '.join(missing)}")
    classes["phrase_opener"] |= classes["determiner"]
    classes["singular_marker"] |= classes["determiner"]
    classes["not_verb"] |= classes["locating"] | classes["determiner"]
    return ActorWords(**{name: frozenset(words) for name, words in classes.items()})


@dataclass(frozen=True)
class ActorRules:
    nouns: dict[str, ActorNoun]
    """Singular and plural forms, lower case, of group and collective nouns."""
    plural_heads: frozenset[str]
    """Plurals that end a compound (`medewerkers` in `jeugdzorgmedewerkers`)."""
    members: dict[str, str]
    offices: frozenset[str]
    institutions: frozenset[str]
    organisation_cues: frozenset[str]
    parties: frozenset[str]
    places: frozenset[str]
    portfolios: tuple[tuple[str, ...], ...]
    """Portfolio names as word tuples, longest first."""
    not_names: frozenset[str]
    anaphors: frozenset[str]
    not_actor_heads: frozenset[str]
    descriptor_heads: frozenset[str]
    finite_verbs: frozenset[str]
    title_nouns: frozenset[str]
    attribution_cues: tuple[AttributionCue, ...]
    attribution_breaks: frozenset[str]
    reporting: dict[str, frozenset[str]]
    """Verbs that report a figure: lemma → written forms, lower case."""
    reporting_forms: frozenset[str]
    not_reporting: tuple[tuple[str, ...], ...]
    """Phrases in which a reporting verb does something instead (`stelt … beschikbaar`)."""
    pointer_openers: frozenset[str]
    pointer_nouns: frozenset[str]
    time_frames: frozenset[str]
    time_units: frozenset[str]
    words: ActorWords
    number_words: NumberWords
    """The number words of number_words.tsv, compounds included (`tweeëntwintig`)."""
    fraction_word: regex.Pattern
    """`vijfde`, `driekwart`, `helft`, `half`: fraction words of fractions.tsv, with a numerator or without."""

    def is_number_word(self, word: str) -> bool:
        return self.number_words.whole_word.fullmatch(word) is not None

    def is_fraction_word(self, word: str) -> bool:
        return self.fraction_word.fullmatch(word) is not None
    attribution_stops: frozenset[str]
    attribution_words: AttributionWords

    def noun(self, word: str) -> ActorNoun | None:
        return self.nouns.get(word.lower())

    @cached_property
    def not_after_particle(self) -> str:
        """A look-behind pattern: not right after a person particle such as `van` or `de`."""
        return rf"(?<!\b(?:{'|'.join(self.words.person_particle)})\s)"

    @cached_property
    def longest_plural_head(self) -> int:
        return max(map(len, self.plural_heads), default=0)

    @cached_property
    def longest_office(self) -> int:
        return max(map(len, self.offices), default=0)

    def compound_noun(self, word: str, min_prefix: int = 3) -> ActorNoun | None:
        """A plural compound whose head is a known actor noun, as its own actor; the longest head wins.
        Only heads up to the longest listed one are tried, so a long word costs no more than a short one."""
        lower = word.lower()
        for split in range(max(1, len(lower) - self.longest_plural_head), len(lower)):
            head = lower[split:]
            if head in self.plural_heads and len(lower[:split].strip("-")) >= min_prefix:
                return ActorNoun(lower, self.nouns[head].kind)
        return None

    def is_office(self, word: str) -> bool:
        """An office, also as the head of a compound (`Onderwijsminister`)."""
        lower = word.lower()
        splits = range(max(3, len(lower) - self.longest_office), len(lower))
        return lower in self.offices or any(lower[split:] in self.offices for split in splits)


@lru_cache(maxsize=8)
def load_actor_rules(rules_dir: str | Path | RuleSource = RULES_DIR) -> ActorRules:
    folder = rule_source(rules_dir)
    nouns: dict[str, ActorNoun] = {}
    plurals = set()
    for singular, plural, kind in read_rows(folder / "actor_groups.tsv", 3):
        name = plural if plural != "-" else singular
        for form in (singular, plural):
            if form != "-":
                nouns.setdefault(form.lower(), ActorNoun(name.lower(), kind))
        if plural != "-":
            plurals.add(plural.lower())
    offices = frozenset(word.lower() for word in read_words(folder / "actor_offices.txt"))
    cues = []
    for phrase, where in read_rows(folder / "attribution_cues.tsv", 2):
        cues.append(AttributionCue(tuple(phrase.split()), where != "either", where == "after"))
    verbs = {
        lemma.lower(): frozenset(form.strip().lower() for form in forms.split(",") if form.strip())
        for lemma, forms in read_rows(folder / "reporting_verbs.tsv", 2)
    }
    pointers = read_rows(folder / "attribution_pointers.tsv", 2)
    lexicon = load_lexicon(folder)
    numbers = NumberWords(lexicon)
    fractions = alternation([*lexicon.fractions, *(w for w, e in lexicon.number_words.items() if e.kind == "fraction_word")])
    return ActorRules(
        nouns=nouns,
        plural_heads=frozenset(plurals),
        members={member.lower(): group.lower() for member, group in read_rows(folder / "actor_group_members.tsv", 2)},
        offices=offices,
        institutions=read_words(folder / "actor_institutions.txt"),
        organisation_cues=frozenset(word.lower() for word in read_words(folder / "organisation_cues.txt")),
        parties=read_words(folder / "actor_parties.txt"),
        places=read_words(folder / "places.txt"),
        portfolios=tuple(
            sorted({tuple(p.replace(",", " ,").split()) for p in read_words(folder / "portfolios.txt")}, key=len, reverse=True)
        ),
        not_names=read_words(folder / "not_names.txt"),
        anaphors=read_words(folder / "actor_anaphors.txt"),
        not_actor_heads=read_words(folder / "not_actor_heads.txt"),
        descriptor_heads=read_words(folder / "descriptor_heads.txt"),
        finite_verbs=read_words(folder / "finite_verbs.txt"),
        title_nouns=read_words(folder / "title_nouns.txt"),
        attribution_cues=tuple(cues),
        attribution_breaks=read_words(folder / "attribution_breaks.txt"),
        reporting=verbs,
        reporting_forms=frozenset(form for forms in verbs.values() for form in forms),
        not_reporting=tuple(tuple(phrase.lower().split()) for phrase in read_words(folder / "not_reporting.txt")),
        pointer_openers=frozenset(word.lower() for word, role in pointers if role == "opener"),
        pointer_nouns=frozenset(word.lower() for word, role in pointers if role == "noun"),
        time_frames=frozenset(word.lower() for word in read_words(folder / "time_frames.txt")),
        time_units=read_words(folder / "time_units.txt"),
        words=read_actor_words(folder / "actor_words.tsv"),
        number_words=numbers,
        fraction_word=regex.compile(rf"(?:{numbers.of_kind('unit')})?(?:{fractions})", regex.IGNORECASE),
        attribution_stops=read_words(folder / "attribution_stops.txt"),
        attribution_words=read_attribution_words(folder / "attribution_words.tsv"),
    )
