"""The actor rule data under `dutchfacts/rules/`, read once per folder."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..rulefiles import RULES_DIR, RuleSource, read_rows, read_words, rule_source

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

    def noun(self, word: str) -> ActorNoun | None:
        return self.nouns.get(word.lower())

    @cached_property
    def longest_plural_head(self) -> int:
        return max(map(len, self.plural_heads), default=0)

    @cached_property
    def longest_office(self) -> int:
        return max(map(len, self.offices), default=0)

    def compound_noun(self, word: str, min_prefix: int = 3) -> ActorNoun | None:
        """A plural compound whose head is a known actor noun, as its own actor; the longest head wins."""
        lower = word.lower()
        # Only heads as long as a listed one: a very long word costs no more than a short one.
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
    )
