"""The actor rule data under `dutchfacts/rules/`, read once per folder."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

import regex

from ..figures.lexicon import alternation, load_lexicon
from ..figures.numbers import NumberWords
from ..rulefiles import RULES_DIR, WORD_FORMATION_CLASSES, RuleFileError, RuleSource, read_rows, read_words, rule_source

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
    site: frozenset[str]
    determiner: frozenset[str]
    phrase_opener: frozenset[str]
    """With the determiners."""
    singular_marker: frozenset[str]
    """With the determiners."""
    person_article: frozenset[str]
    neuter_article: frozenset[str]
    """Articles of the common gender, the gender of a person noun (`de`, `een`; never `het`)."""
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
    definite_article: frozenset[str]
    list_link: frozenset[str]
    elision_link: frozenset[str]
    description_opener: frozenset[str]
    partitive: frozenset[str]
    possessive: frozenset[str]
    personal_pronoun: frozenset[str]


@dataclass(frozen=True)
class AttributionWords:
    """The small closed word classes of attribution_words.tsv (classes checked by rulefiles.RULE_FILES)."""

    frame_article: frozenset[str]
    result_preposition: frozenset[str]
    complementizer: frozenset[str]
    clause_link: frozenset[str]
    staff_link: frozenset[str]
    staff_determiner: frozenset[str]
    relative_subject: frozenset[str]
    spokesperson: frozenset[str]
    definite_article: frozenset[str]
    object_pronoun: frozenset[str]
    tag_adverb: frozenset[str]
    research_staff: frozenset[str]
    preposition: frozenset[str]


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
class WordFormation:
    """The affixes of word_formation.tsv as patterns, one per class: `search` tells whether a word has one."""

    adjective: regex.Pattern
    capitalised_adjective: regex.Pattern
    title_adjective: regex.Pattern
    modifier: regex.Pattern
    verb: regex.Pattern
    common_noun: regex.Pattern
    agent: regex.Pattern
    """After at least three lower-case letters."""
    agent_not_first_name: regex.Pattern
    """After at least three lower-case letters."""
    demonym: regex.Pattern
    """A whole capitalised word."""
    plural: regex.Pattern
    """A whole lower-case word of at least three letters before the ending."""
    compass: regex.Pattern
    """A place name opening with a direction: `Noord-Holland`."""
    compass_list: regex.Pattern
    """Directions with an elided part before a place name: `Oost- en ` in `Oost- en West-Vlaanderen`."""
    person_plural: regex.Pattern
    """After at least three lower-case letters."""
    person_singular: regex.Pattern
    """After at least three lower-case letters."""
    agent_plural: regex.Pattern
    """After at least three lower-case letters; group 1 is the stem before the ending."""
    agent_singular: regex.Pattern
    """After at least three lower-case letters; group 1 is the stem before the ending."""
    nationality: regex.Pattern
    """A whole capitalised word."""
    body: regex.Pattern
    """A whole lower-case word: a body's head alone or after a compound's first part, or a compound
    with a head of body_compound."""
    body_head: regex.Pattern
    """A body's head alone: `bestuur`, `raad`."""


def read_word_formation(path: Path, list_links: Iterable[str]) -> WordFormation:
    endings: dict[str, list[str]] = {name: [] for name in WORD_FORMATION_CLASSES}
    beginnings: dict[str, list[str]] = {name: [] for name in WORD_FORMATION_CLASSES}
    for affix, name in read_rows(path, 2):
        if affix.startswith("-") and len(affix) > 1:
            endings[name].append(affix[1:])
        elif affix.endswith("-") and len(affix) > 1:
            beginnings[name].append(affix[:-1])
        else:
            raise RuleFileError(f"{path}: affix {affix!r} neither starts nor ends with `-`")
    missing = [name for name in WORD_FORMATION_CLASSES if not endings[name] and not beginnings[name]]
    if missing:
        raise RuleFileError(f"{path}: no affixes for {', '.join(missing)}")

    def ending(name: str) -> str:
        return rf"(?:{alternation(endings[name])})$"

    common = [rf"^(?:{alternation(beginnings['common_noun'])})"] if beginnings["common_noun"] else []
    compass = alternation(beginnings["compass"])
    return WordFormation(
        adjective=regex.compile(ending("adjective")),
        capitalised_adjective=regex.compile(ending("capitalised_adjective")),
        title_adjective=regex.compile(ending("title_adjective")),
        modifier=regex.compile(ending("modifier")),
        verb=regex.compile(ending("verb")),
        common_noun=regex.compile("|".join([*common, ending("common_noun")])),
        agent=regex.compile(rf"\p{{Ll}}{{3,}}{ending('agent')}"),
        agent_not_first_name=regex.compile(rf"\p{{Ll}}{{3,}}{ending('agent_not_first_name')}"),
        demonym=regex.compile(rf"^\p{{Lu}}\p{{Ll}}+{ending('demonym')}"),
        plural=regex.compile(rf"^\p{{Ll}}{{3,}}{ending('plural')}"),
        compass=regex.compile(rf"^(?:{compass})-\p{{Lu}}"),
        compass_list=regex.compile(rf"^(?:(?:{compass})-\s+(?:{alternation(list_links)})\s+)+"),
        person_plural=regex.compile(rf"\p{{Ll}}{{3,}}{ending('person_plural')}"),
        person_singular=regex.compile(rf"\p{{Ll}}{{3,}}{ending('person_singular')}"),
        agent_plural=regex.compile(rf"(\p{{Ll}}{{3,}}){ending('agent_plural')}"),
        agent_singular=regex.compile(rf"(\p{{Ll}}{{3,}}){ending('agent_singular')}"),
        body=regex.compile(rf"^(?:\p{{Ll}}{{3,}})?{ending('body')}|^\p{{Ll}}{{3,}}{ending('body_compound')}"),
        nationality=regex.compile(rf"^\p{{Lu}}\p{{Ll}}{{2,}}{ending('nationality')}"),
        body_head=regex.compile(rf"^{ending('body')}|^{ending('body_compound')}"),
    )


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
    team_places: dict[str, str]
    """A national team's nickname → the place it plays for (`Rode Duivels` → `België`)."""
    organisation_kinds: dict[str, str]
    """An organisation's name → the anaphor noun the news names it by (`CBS` → `statistiekbureau`)."""
    portfolios: tuple[tuple[str, ...], ...]
    """Portfolio names as word tuples, longest first."""
    not_names: frozenset[str]
    leading_articles: frozenset[str]
    """Articles dropped from the front of an actor's name, as the scorer drops them."""
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
    count_cues: frozenset[str]
    """`aantal`: the noun after it is counted (from the figures' lexicon)."""
    words: ActorWords
    formation: WordFormation
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
    def speaker_cues(self) -> frozenset[str]:
        """`volgens`, `aldus`: the one-word cues of attribution_cues.tsv with the speaker right after them."""
        return frozenset(cue.words[0] for cue in self.attribution_cues if cue.strong and len(cue.words) == 1)

    @cached_property
    def portfolio_words(self) -> frozenset[str]:
        """The capitalised words of the listed portfolios: `Onderwijs`, `Zaken`, `Werk`."""
        return frozenset(word for portfolio in self.portfolios for word in portfolio if word[:1].isupper())

    @cached_property
    def leading_article(self) -> regex.Pattern:
        """An article opening a mention, dropped from the actor's name (`de Tweede Kamer`)."""
        articles = [*self.leading_articles, *(word.capitalize() for word in self.leading_articles)]
        return regex.compile(rf"^(?:{alternation(articles)})\s+")

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
        """A plural compound whose head is a known actor noun, as its own actor."""
        head = self.compound_head(word, min_prefix)
        return ActorNoun(word.lower(), self.nouns[head].kind) if head else None

    def compound_head(self, word: str, min_prefix: int = 3) -> str | None:
        """The known plural actor noun a compound ends on; the longest head wins. Only heads up to the
        longest listed one are tried, so a long word costs no more than a short one."""
        lower = word.lower()
        for split in range(max(1, len(lower) - self.longest_plural_head), len(lower)):
            head = lower[split:]
            if head in self.plural_heads and len(lower[:split].strip("-")) >= min_prefix:
                return head
        return None

    @cached_property
    def longest_not_actor_head(self) -> int:
        return max(map(len, self.not_actor_heads), default=0)

    def ends_in_thing_head(self, word: str) -> bool:
        """A word that ends on a head of `not_actor_heads.txt` (`voertuigen`, `interieurs`), compounds
        included; only endings up to the longest listed head are tried."""
        lower = word.lower()
        return any(lower[-size:] in self.not_actor_heads for size in range(1, min(len(lower), self.longest_not_actor_head) + 1))

    def is_office_plural(self, word: str) -> bool:
        """The plural of an office (`ministers`, `procureurs` of `procureurs-generaal`)."""
        lower = word.lower().split("-")[0]
        return any(lower.endswith(ending) and self.is_office(lower[: -len(ending)]) for ending in ("s", "en"))

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
    words = read_actor_words(folder / "actor_words.tsv")
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
        team_places=dict(read_rows(folder / "team_names.tsv", 2)),
        organisation_kinds=dict(read_rows(folder / "organisation_kinds.tsv", 2)),
        portfolios=tuple(
            sorted({tuple(p.replace(",", " ,").split()) for p in read_words(folder / "portfolios.txt")}, key=len, reverse=True)
        ),
        not_names=read_words(folder / "not_names.txt"),
        leading_articles=read_words(folder / "leading_articles.txt"),
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
        count_cues=frozenset(cue.lower() for cue in lexicon.count_cues),
        words=words,
        formation=read_word_formation(folder / "word_formation.tsv", words.list_link),
        number_words=numbers,
        fraction_word=regex.compile(rf"(?:{numbers.of_kind('unit')})?(?:{fractions})", regex.IGNORECASE),
        attribution_stops=read_words(folder / "attribution_stops.txt"),
        attribution_words=read_attribution_words(folder / "attribution_words.tsv"),
    )
