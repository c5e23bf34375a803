"""Percentage and number rules: shares of a whole, counts, amounts and measures."""

from __future__ import annotations

from typing import Iterator, Optional

import regex

from ..rulefiles import RuleSource
from ..text import TextContext, is_adjective, is_noun, is_verb_tagged_noun
from ..windows import FigureWindows
from .lexicon import alternation
from .patterns import NOT_LETTER_AFTER, Patterns
from .spans import Claims, Figure


# `N van de M` in digits is a share up to this whole (`2 van de 7`), two counts above it
# (`17 van de 24 omgekomen fietsers`, `300 van de 581 gemeenten`).
SMALL_SHARE_WHOLE = 10


class QuantityRules:
    def __init__(self, patterns: Patterns):
        self.patterns = patterns
        # `een derde jonger dan 25 jaar`: a comparison, not a noun, follows the fraction.
        self.comparison_after = patterns.compile(rf"\s+(?:{alternation(patterns.lexicon.qualifiers_before)}){NOT_LETTER_AFTER}")
        self.glued_unit = patterns.compile(rf"(?:{patterns.unit_word}|{patterns.percent_word})")

    def scale_of(self, match: regex.Match) -> float:
        return self.patterns.scale_value(match.group("scale"))

    def scaled_value(self, match: regex.Match) -> Optional[float]:
        return self.patterns.figure_value(match)

    def percentages(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in context.figure_matches(self.patterns.percentage, start):
            value = self.scaled_value(match)
            if value is None or not claims.take(match.start(), match.end()):
                continue
            kind = self.patterns.lexicon.percent_words.get(match.group("percent").lower(), "percent")
            yield Figure(
                "percentage", match.start(), match.end(), value, f"percentage.{kind}",
                percentage_point=kind == "point", core_end=match.end("number"), scale=self.scale_of(match),
                qualifier=self.patterns.approximation(match),
            )

    def ratios(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in context.figure_matches(self.patterns.ratio, start):
            part, whole = (self.patterns.value_of(match.group(g)) for g in ("part", "whole"))
            in_digits = match.group("part")[0].isdigit() or match.group("whole")[0].isdigit()
            # `300 van de 581 gemeenten` are two counts; `negen van de tien`, `2 van de 7` are shares.
            relation = self.patterns.lexicon.share_links[" ".join(match.group("relation").lower().split())]
            counts = relation == "van" and in_digits and whole > SMALL_SHARE_WHOLE
            if part is None or not whole or part > whole or counts:
                continue
            if claims.take(match.start(), match.end()):
                yield Figure("percentage", match.start(), match.end(), 100 * part / whole, "percentage.ratio")

    def fractions(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in context.figure_matches(self.patterns.fraction, start):
            # `nog geen tiende`: the numerator one is left out (numerator_free.txt).
            part = self.patterns.number_words.parse(match.group("part")) if match.group("part") else 1.0
            word = match.group("whole").lower()
            whole = self.patterns.lexicon.fractions[word]
            if part is None or part <= 0 or part >= whole or self.is_ordinal(context, match, part):
                continue
            if self.is_glued_ordinal(match):
                continue
            if part == 1 and self.patterns.lexicon.fraction_forms[word] == "plural":
                continue  # `aan derden`: third parties
            if self.patterns.after_whole_and_link.search(context.text, max(0, match.start() - 40), match.start()):
                continue  # `vier en een kwart`: the end of a mixed number
            if not claims.take(match.start(), match.end()):
                continue
            if match.group("scale"):  # `een kwart miljoen`: a count, not a share
                scale = self.scale_of(match)
                yield Figure("number", match.start(), match.end(), part / whole * scale, "number.fraction", scale=scale)
            else:
                yield Figure("percentage", match.start(), match.end(), 100 * part / whole, "percentage.fraction")

    def is_ordinal(self, context: TextContext, match: regex.Match, part: float) -> bool:
        """`een derde ticket`, `een derde verdachte,`: the fraction word is an ordinal before a noun
        or an adjective used as one."""
        if part != 1 or self.patterns.lexicon.fraction_forms[match.group("whole").lower()] != "ordinal":
            return False
        if context.tagged:
            return context.nominal_from(match.end())
        return self.word_before_noun(context, match.end())

    def is_glued_ordinal(self, match: regex.Match) -> bool:
        """`negentiende`, `zeventiende`: written as one word, a number word with an ordinal ending
        is the ordinal of that number (19th, 17th), not nine or seven tenths (`negen tiende`)."""
        word = match.group()
        if not match.group("part") or any(character.isspace() or character == "-" for character in word):
            return False
        lower = word.lower()
        return any(
            lower.endswith(ending) and self.patterns.number_words.parse(lower[: -len(ending)]) is not None
            for ending in self.patterns.lexicon.ordinal_endings
        )

    def word_before_noun(self, context: TextContext, end: int) -> bool:
        """Without tags: a word follows that is no function word, frequent verb or change word."""
        lexicon = self.patterns.lexicon
        following = context.words_after(end, 1)
        if not following or not following[0][0][0].isalpha() or self.comparison_after.match(context.text, end):
            return False
        word = following[0][0].lower()
        return word not in lexicon.not_counted and word not in lexicon.change_after and word not in lexicon.fraction_nouns

    def halves(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in self.patterns.half.finditer(context.text, start):
            if claims.take(match.start(), match.end()):
                yield Figure("percentage", match.start(), match.end(), 50.0, "percentage.half")

    def numbers(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        text = context.text
        for match in context.figure_matches(self.patterns.quantity, start):
            number = match.group("number")
            value = self.scaled_value(match)
            if value is None or not claims.free(match.start(), match.end()):
                continue
            in_digits = number[0].isdigit()
            if in_digits and regex.match(r"\p{L}", text[match.end() : match.end() + 1]):
                if not self.glued_unit.match(text, match.end()):
                    continue  # `2e`, `4G`: an ordinal or a name, not a quantity
            if not in_digits and not match.group("scale") and not self.word_counts(number, context, match.end()):
                continue
            claims.take(match.start(), match.end())
            rule = "number.money" if match.group("currency") else "number.digits" if in_digits else "number.words"
            figure = Figure(
                "number", match.start(), match.end(), value, rule,
                core_start=match.start("number"), scale=self.scale_of(match),
                qualifier=self.patterns.approximation(match),
            )
            if match.group("currency"):
                figure.unit = self.patterns.lexicon.currency_signs[match.group("currency").upper()]
            yield figure

    def word_counts(self, number: str, context: TextContext, end: int) -> bool:
        """`een` and `half` are numbers only before a time unit (`een jaar of langer`), `een halve`
        before any unit (`een halve liter`), `nul` before a unit or a noun it counts (`nul doden`)."""
        lexicon = self.patterns.lexicon
        needs = lexicon.needs_unit.get(" ".join(number.lower().split()))
        if needs is None:
            return True
        unit = self.patterns.unit_after.match(context.text, end)
        if unit:
            return needs != "time_unit" or lexicon.unit_for(unit.group("unit")) in lexicon.time_units
        return needs == "counted" and self.word_before_noun(context, end) and (not context.tagged or self.noun_next(context, end))

    @staticmethod
    def noun_next(context: TextContext, end: int) -> bool:
        """A noun next, also one a small tagger calls an infinitive or adjective (`nul doden`)."""
        token = context.token_from(end)
        return token is not None and (is_noun(token) or is_verb_tagged_noun(token) or is_adjective(token))

    def elided_ranges(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        """`twee- tot drieduizend`: the first end shares the hundreds or thousands of the second."""
        for match in context.figure_matches(self.patterns.elided_range, start):
            value = self.patterns.number_words.parse(match.group("number"))
            magnitude = self.patterns.number_words.parse(match.group("magnitude"))
            if value is None or magnitude is None or not claims.take(match.start(), match.end()):
                continue
            yield Figure("number", match.start(), match.end(), value * magnitude, "number.elided")

    def slash_shares(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        """`2/3 van de leden`: a share where the smaller figure stands over the larger; `24/7`, `9/11`
        and a figure after a date cue (`op 3/4`) are no figures at all."""
        for match in self.patterns.slash_fraction.finditer(context.text, start):
            if not claims.take(match.start(), match.end()):
                continue
            part, whole = int(match.group("part")), int(match.group("whole"))
            # Over a whole that Dutch names with a fraction word (`9/11` is a date, not a share).
            named = whole in self.patterns.lexicon.fractions.values()
            if 0 < part < whole and named and not self.patterns.date_cue_before.search(context.text, max(0, match.start() - 20), match.start()):
                yield Figure("percentage", match.start(), match.end(), 100 * part / whole, "percentage.slash")

    def vague_counts(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in self.patterns.vague_count.finditer(context.text, start):
            if claims.take(match.start(), match.end()):
                vague_counts = self.patterns.lexicon.vague_counts
                value, qualifier = vague_counts[match.group("count").lower()]
                if match.group("times"):
                    value *= vague_counts[match.group("times").lower()][0]
                yield Figure("number", match.start(), match.end(), value, "number.vague_count", qualifier=qualifier)


def figure_rules(source: RuleSource, patterns: Patterns, windows: FigureWindows) -> QuantityRules:
    return QuantityRules(patterns)
