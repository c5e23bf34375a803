"""The rule data: word lists under `dutchfacts/rules/`, read once per folder and overlay.

Every list is a plain text file, one entry a line, tab-separated columns, `#`
comments, checked as `rulefiles.RULE_FILES` describes. Tuning a rule is editing a
line there, not code here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import regex

from ..rulefiles import RULES_DIR, RuleFileError, RuleSource, read_rows, read_words, rule_source

__all__ = ["RULES_DIR", "RuleFileError", "read_rows", "read_words", "Lexicon", "load_lexicon", "alternation"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    escaped = [r"\s+".join(regex.escape(part) for part in word.split()) for word in words]
    return "|".join(sorted(set(escaped), key=len, reverse=True))


@dataclass(frozen=True)
class NumberWord:
    value: float
    kind: str


@dataclass(frozen=True)
class Lexicon:
    number_words: dict[str, NumberWord]
    scales: dict[str, float]
    vague_counts: dict[str, tuple[float, str]]
    fractions: dict[str, int]
    fraction_forms: dict[str, str]
    numerator_free: frozenset[str]
    share_links: dict[str, str]
    clock_words: dict[str, str]
    decade_words: frozenset[str]
    fraction_phrases: dict[str, tuple[float, str]]
    approximate_suffixes: dict[str, str]
    fraction_nouns: frozenset[str]
    percent_words: dict[str, str]
    units: dict[str, str]
    currency_signs: dict[str, str]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    change_before: dict[str, str]
    change_heads: dict[str, str]
    change_after: dict[str, str]
    change_verbs: dict[str, str]
    comparison_times: frozenset[str]
    relative_years: tuple[tuple[str, int, str], ...]
    months: dict[str, int]
    year_cues: frozenset[str]
    spelled_year_cues: frozenset[str]
    identifier_cues: frozenset[str]
    not_counted: frozenset[str]
    time_words: frozenset[str]
    half_ordinals: frozenset[str]
    count_determiners: frozenset[str]
    time_units: frozenset[str]
    needs_unit: dict[str, str]
    signed_units: frozenset[str]
    level_cues: frozenset[str]
    below_zero: frozenset[str]
    date_cues: frozenset[str]
    range_links: dict[str, frozenset[str]]
    count_cues: frozenset[str]
    partitives: frozenset[str]
    time_compound_heads: dict[str, str]
    separable_particles: frozenset[str]
    emphasis_words: frozenset[str]
    ordinal_endings: frozenset[str]
    adjective_noun_endings: frozenset[str]
    nominalised_plural_endings: frozenset[str]

    def unit_for(self, phrase: str) -> str | None:
        """The unit of a phrase as matched in a text (case kept for `EUR`, `MW`, …)."""
        phrase = " ".join(phrase.split())
        return self.units.get(phrase) or self.units.get(phrase.lower())

    def change_noun_direction(self, word: str) -> str | None:
        """The direction a noun names when a change cue's head ends it (`loonstijgingen`)."""
        word = word.lower()
        for phrase, direction in self.change_heads.items():
            head = phrase.split()[0]
            if word.endswith((head, head + "en", head + "s")):
                return direction
        return None

    def change_cue(self, phrase: str) -> str:
        """The direction of a cue before a figure (`stijging van`), a compound's head or not."""
        return self.change_before.get(phrase) or self.change_heads[phrase]


def grouped(rows: list[list[str]]) -> dict[str, frozenset[str]]:
    """Phrases by their second column: `tot<TAB>range` → {"range": {"tot", …}}."""
    groups: dict[str, set[str]] = {}
    for phrase, group in rows:
        groups.setdefault(group, set()).add(phrase)
    return {group: frozenset(phrases) for group, phrases in groups.items()}


@lru_cache(maxsize=8)
def load_lexicon(rules_dir: str | Path | RuleSource = RULES_DIR) -> Lexicon:
    folder = rule_source(rules_dir)

    def table(name: str, columns: int) -> list[list[str]]:
        return read_rows(folder / name, columns)

    def by_position(name: str, position: str) -> dict[str, str]:
        return {phrase: label for phrase, label, where in table(name, 3) if where == position}

    try:
        relative_years = tuple(
            (pattern, int(offset), anchor) for pattern, offset, anchor in table("relative_years.tsv", 3)
        )
        endings = grouped(table("word_endings.tsv", 2))
        for ending_class in ("ordinal", "inflected_adjective", "nominalised_plural"):
            if not endings.get(ending_class):
                overlay = f" (with the overlay {folder.overlay})" if folder.overlay else ""
                raise RuleFileError(f"{folder.base / 'word_endings.tsv'}{overlay}: no ending of class {ending_class!r}")
        return Lexicon(
            number_words={w: NumberWord(float(v), k) for w, v, k in table("number_words.tsv", 3)},
            scales={w: float(v) for w, v in table("scales.tsv", 2)},
            vague_counts={w: (float(v), q) for w, v, q in table("vague_counts.tsv", 3)},
            fractions={w: int(v) for w, v, _ in table("fractions.tsv", 3)},
            fraction_forms={w: form for w, _, form in table("fractions.tsv", 3)},
            numerator_free=read_words(folder / "numerator_free.txt"),
            share_links=dict(table("share_links.tsv", 2)),
            clock_words=dict(table("clock_words.tsv", 2)),
            decade_words=read_words(folder / "decade_words.txt"),
            fraction_phrases={p: (float(v), use) for p, v, use in table("fraction_phrases.tsv", 3)},
            approximate_suffixes=dict(table("approximate_suffixes.tsv", 2)),
            fraction_nouns=read_words(folder / "fraction_nouns.txt"),
            percent_words=dict(table("percent_words.tsv", 2)),
            units=dict(table("units.tsv", 2)),
            currency_signs=dict(table("currency_signs.tsv", 2)),
            qualifiers_before=by_position("qualifiers.tsv", "before"),
            qualifiers_after=by_position("qualifiers.tsv", "after"),
            change_before=by_position("change_cues.tsv", "before"),
            change_heads=by_position("change_cues.tsv", "head"),
            change_after=by_position("change_cues.tsv", "after"),
            change_verbs=by_position("change_cues.tsv", "verb"),
            comparison_times=read_words(folder / "comparison_times.txt"),
            relative_years=relative_years,
            months={w: int(v) for w, v in table("months.tsv", 2)},
            year_cues=read_words(folder / "year_cues.txt"),
            spelled_year_cues=read_words(folder / "spelled_year_cues.txt"),
            identifier_cues=read_words(folder / "identifier_cues.txt"),
            not_counted=read_words(folder / "not_counted.txt"),
            time_words=read_words(folder / "time_words.txt"),
            half_ordinals=read_words(folder / "period_ordinals.txt"),
            count_determiners=read_words(folder / "count_determiners.txt"),
            time_units=read_words(folder / "time_units.txt"),
            needs_unit=dict(table("needs_unit.tsv", 2)),
            signed_units=read_words(folder / "signed_units.txt"),
            level_cues=read_words(folder / "level_cues.txt"),
            below_zero=read_words(folder / "below_zero.txt"),
            date_cues=read_words(folder / "date_cues.txt"),
            range_links=grouped(table("range_links.tsv", 2)),
            count_cues=read_words(folder / "count_cues.txt"),
            partitives=read_words(folder / "partitives.txt"),
            time_compound_heads=dict(table("time_compound_heads.tsv", 2)),
            separable_particles=read_words(folder / "separable_particles.txt"),
            emphasis_words=read_words(folder / "emphasis_words.txt"),
            ordinal_endings=endings["ordinal"],
            adjective_noun_endings=endings["inflected_adjective"],
            nominalised_plural_endings=endings["nominalised_plural"],
        )
    except ValueError as error:
        if isinstance(error, RuleFileError):
            raise
        raise RuleFileError(f"{folder}: {error}") from error
