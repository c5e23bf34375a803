"""Percentage and number rules: shares of a whole, counts, amounts and measures."""

from __future__ import annotations

from typing import Iterator, Optional

import regex

from .context import TextContext
from .patterns import Patterns
from .spans import Claims, Figure


class QuantityRules:
    def __init__(self, patterns: Patterns):
        self.patterns = patterns
        self.glued_unit = patterns.compile(rf"(?:{patterns.unit_word}|{patterns.percent_word})")

    def find(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        yield from self.percentages(context, start, claims)
        yield from self.ratios(context, start, claims)
        yield from self.fractions(context, start, claims)
        yield from self.halves(context, start, claims)
        yield from self.numbers(context, start, claims)
        yield from self.vague_counts(context, start, claims)

    def scale_of(self, match: regex.Match) -> float:
        scale = match.group("scale")
        return self.patterns.lexicon.scales[scale.lower()] if scale else 1.0

    def scaled_value(self, match: regex.Match) -> Optional[float]:
        value = self.patterns.value_of(match.group("number"))
        return None if value is None else value * self.scale_of(match)

    def percentages(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in context.figure_matches(self.patterns.percentage, start):
            value = self.scaled_value(match)
            if value is None or not claims.take(match.start(), match.end()):
                continue
            kind = self.patterns.lexicon.percent_words.get(match.group("percent").lower(), "percent")
            yield Figure(
                "percentage", match.start(), match.end(), value, f"percentage.{kind}",
                percentage_point=kind == "point", core_end=match.end("number"), scale=self.scale_of(match),
            )

    def ratios(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in context.figure_matches(self.patterns.ratio, start):
            part, whole = (self.patterns.value_of(match.group(g)) for g in ("part", "whole"))
            in_digits = match.group("part")[0].isdigit() or match.group("whole")[0].isdigit()
            # `300 van de 581 gemeenten` are two counts; `negen van de tien` is a share.
            if part is None or not whole or part > whole or (match.group("relation").lower() == "van" and in_digits):
                continue
            if claims.take(match.start(), match.end()):
                yield Figure("percentage", match.start(), match.end(), 100 * part / whole, "percentage.ratio")

    def fractions(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in context.figure_matches(self.patterns.fraction, start):
            # `nog geen tiende`: the numerator is left out after `geen`.
            part = self.patterns.number_words.parse(match.group("part")) if match.group("part") else 1.0
            whole = self.patterns.lexicon.fractions[match.group("whole").lower()]
            if part is None or part <= 0 or part >= whole or self.is_ordinal(context, match, part):
                continue
            if not claims.take(match.start(), match.end()):
                continue
            if match.group("scale"):  # `een kwart miljoen`: a count, not a share
                scale = self.scale_of(match)
                yield Figure("number", match.start(), match.end(), part / whole * scale, "number.fraction", scale=scale)
            else:
                yield Figure("percentage", match.start(), match.end(), 100 * part / whole, "percentage.fraction")

    @staticmethod
    def is_ordinal(context: TextContext, match: regex.Match, part: float) -> bool:
        """`een derde ticket`, `een derde verdachte,`: the fraction word is an ordinal before a noun
        or an adjective used as one."""
        if part != 1 or match.group("whole").lower() == "kwart":
            return False
        return context.nominal_from(match.end())

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
            if not in_digits and not match.group("scale") and not self.word_counts(number, text, match.end()):
                continue
            claims.take(match.start(), match.end())
            rule = "number.money" if match.group("currency") else "number.digits" if in_digits else "number.words"
            figure = Figure(
                "number", match.start(), match.end(), value, rule,
                core_start=match.start("number"), scale=self.scale_of(match),
            )
            if match.group("currency"):
                figure.unit = self.patterns.lexicon.currency_signs[match.group("currency").upper()]
            yield figure

    def word_counts(self, number: str, text: str, end: int) -> bool:
        """`een` and `half` are numbers only before a time unit (`een jaar of langer`)."""
        lexicon = self.patterns.lexicon
        if " ".join(number.lower().split()) not in lexicon.needs_time_unit:
            return True
        unit = self.patterns.unit_after.match(text, end)
        return bool(unit) and lexicon.unit_for(unit.group("unit")) in lexicon.time_units

    def vague_counts(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in self.patterns.vague_count.finditer(context.text, start):
            if claims.take(match.start(), match.end()):
                value, qualifier = self.patterns.lexicon.vague_counts[match.group().lower()]
                yield Figure("number", match.start(), match.end(), value, "number.vague_count", qualifier=qualifier)
