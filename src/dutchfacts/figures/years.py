"""Year rules: full dates, year ranges, single years, relative and anaphoric years."""

from __future__ import annotations

from typing import Iterator, Optional

import regex

from ..rulefiles import RuleSource
from ..text import TextContext
from ..windows import FigureWindows
from .lexicon import alternation
from .patterns import NOT_WORD_BEFORE, Patterns
from .spans import Claims, Figure


class YearRules:
    def __init__(self, patterns: Patterns, windows: FigureWindows):
        self.patterns = patterns
        self.windows = windows
        lexicon = patterns.lexicon
        self.not_a_year_after = patterns.compile(
            rf"\s*(?:{patterns.percent_word}|{patterns.unit_word}|{patterns.scale})"
        )
        # Every relative year expression holds a form of the unit `jaar`.
        self.year_word = patterns.compile(alternation(w for w, unit in lexicon.units.items() if unit == "jaar"))
        self.spelled_year = patterns.compile(rf"{NOT_WORD_BEFORE}(?:{patterns.spelled})")
        self.currency_before = patterns.compile(rf"(?:{alternation(lexicon.currency_signs)})\s*$")

    def full_dates(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in self.patterns.full_date.finditer(context.text, start):
            if claims.take(match.start(), match.end()):
                yield Figure("year", match.start(), match.end(), float(match.group("year")), "year.full_date")

    def relative(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        # Search only around a year word (much faster on long texts).
        windows: list[tuple[int, int]] = []
        for match in self.year_word.finditer(context.text, start):
            low, high = max(start, match.start() - 60), match.end() + 40
            if windows and low <= windows[-1][1]:
                windows[-1] = (windows[-1][0], high)  # overlapping windows are searched once
            else:
                windows.append((low, high))
        for pattern, offset, anchor, count_first in self.patterns.relative_years:
            if count_first:  # `twee jaar geleden`: only where a figure begins
                matches = context.figure_matches(pattern, start)
            else:
                matches = (match for low, high in windows for match in pattern.finditer(context.text, low, high))
            for match in matches:
                count = 1.0
                if "count" in pattern.groupindex:
                    count = self.patterns.value_of(match.group("count"))
                    if count is None or count != int(count):
                        continue
                if claims.take(match.start(), match.end()):
                    yield Figure(
                        "year", match.start(), match.end(), None, f"year.relative.{anchor}",
                        relative=True, anchor=anchor, offset=int(offset * count),
                    )

    def ranges(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in self.patterns.year_range.finditer(context.text, start):
            first, second = int(match.group("first")), int(match.group("second"))
            if second < first or self.not_a_year_after.match(context.text, match.end()):
                continue
            if claims.take(match.start(), match.end()):
                for group in ("first", "second"):
                    yield Figure("year", match.start(group), match.end(group), float(match.group(group)), "year.range")

    def single(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        for match in self.patterns.year.finditer(context.text, start):
            if claims.free(match.start(), match.end()) and self.is_calendar_year(context, match):
                claims.take(match.start(), match.end())
                yield Figure("year", match.start(), match.end(), float(match.group("year")), "year.absolute")

    def spelled(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        """`in negentienhonderdvijftig`, `sinds tweeduizend negentien`: a year in words, after a
        year cue and with no noun, unit or percent after it. A round hundred or thousand
        (`in tweeduizend`) is left a number: it is a count as often."""
        lexicon = self.patterns.lexicon
        for match in context.figure_matches(self.spelled_year, start):
            value = self.patterns.value_of(match.group())
            if value is None or value != int(value) or not 1500 <= value < 2100 or value % 100 == 0:
                continue
            if (context.word_before(match.start()) or "").lower() not in lexicon.spelled_year_cues:
                continue
            if self.not_a_year_after.match(context.text, match.end()) or self.count_after(context, match.end()):
                continue
            if claims.take(match.start(), match.end()):
                yield Figure("year", match.start(), match.end(), value, "year.words")

    def count_after(self, context: TextContext, end: int) -> bool:
        """A noun after the figure makes it a count (`in negentienhonderdvijftig gevallen`)."""
        if context.tagged:
            return context.noun_from(end)
        word = self.next_word(context, end)
        lexicon = self.patterns.lexicon
        return bool(word) and word.isalpha() and word.islower() and word not in lexicon.not_counted and word not in lexicon.time_words

    def is_calendar_year(self, context: TextContext, match: regex.Match) -> bool:
        """A four-digit figure is a year unless its context makes it an amount or a count."""
        text, start, end = context.text, match.start(), match.end()
        if self.not_a_year_after.match(text, end) or self.currency_before.search(text, max(0, start - 6), start):
            return False
        before = (context.word_before(start) or "").lower()
        lexicon = self.patterns.lexicon
        if before in lexicon.year_cues or before in lexicon.months:
            return True
        if self.patterns.qualifier_before.search(text, max(0, start - self.windows.qualifier), start):
            return False
        next_word = self.next_word(context, end)
        if before in lexicon.count_determiners and next_word and next_word.islower():
            return False
        if context.tagged and next_word and next_word.lower() not in lexicon.time_words:
            return not context.noun_from(end)
        return True

    @staticmethod
    def next_word(context: TextContext, end: int) -> Optional[str]:
        words = context.words_after(end, 1)
        return words[0][0] if words else None


def resolve_relative_years(figures: list[Figure], article_year: Optional[int]) -> list[Figure]:
    """Give relative years their value; drop those that cannot be resolved.

    `vorig jaar` needs the article date; `het jaar ervoor` the last year written before it.
    """
    resolved, last_year = [], None
    for figure in sorted(figures, key=lambda f: f.start):
        if figure.type == "year":
            if figure.anchor == "article":
                if article_year is None:
                    continue
                figure.value = float(article_year + figure.offset)
            elif figure.anchor == "previous":
                if last_year is None:
                    continue
                figure.value = float(last_year + figure.offset)
            last_year = int(figure.value)
        resolved.append(figure)
    return resolved


def figure_rules(source: RuleSource, patterns: Patterns, windows: FigureWindows) -> YearRules:
    return YearRules(patterns, windows)
