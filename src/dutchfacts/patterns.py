"""Regular expressions built once from the lexicon; the rules match with these."""

from __future__ import annotations

from functools import cached_property, lru_cache

import regex

from .lexicon import Lexicon, alternation, load_lexicon
from .numbers import DIGITS, NumberWords, parse_digits

FLAGS = regex.IGNORECASE | regex.VERSION1
NOT_LETTER_AFTER = r"(?![\p{L}])"
NOT_WORD_BEFORE = r"(?<![\p{L}\d])"
YEAR = r"(?:1[5-9]|20)\d\d"


class Patterns:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.number_words = NumberWords(lexicon)

    def compile(self, pattern: str) -> regex.Pattern:
        return regex.compile(pattern, FLAGS)

    # Building blocks -------------------------------------------------------
    @cached_property
    def digits(self) -> str:
        # Not glued to letters before (A2, COVID-19) nor cut out of a longer figure.
        return rf"(?<![\p{{L}}\d.,]|\p{{L}}-)(?:{DIGITS})(?!\d|[.,]\d)"

    @cached_property
    def word(self) -> str:
        return rf"{NOT_WORD_BEFORE}(?:{self.number_words.grammar}){NOT_LETTER_AFTER}"

    @cached_property
    def number(self) -> str:
        """A figure in digits or words, without scale."""
        return rf"(?:{self.digits}|{NOT_WORD_BEFORE}(?:een|één)\s+half{NOT_LETTER_AFTER}|{self.word})"

    @cached_property
    def scale(self) -> str:
        return rf"(?:{alternation(self.lexicon.scales)})(?!\p{{L}})"

    @cached_property
    def figure(self) -> str:
        return rf"(?P<number>{self.number})(?:\s+(?P<scale>{self.scale}))?"

    @cached_property
    def percent_word(self) -> str:
        return rf"(?:{alternation(self.lexicon.percent_words)})(?![\p{{L}}\d])"

    @cached_property
    def unit_word(self) -> str:
        return rf"(?:{alternation(self.lexicon.units)})(?![\p{{L}}\d])"

    @cached_property
    def month(self) -> str:
        return rf"(?:{alternation(self.lexicon.months)})(?!\p{{L}})"

    @cached_property
    def unit_after(self) -> regex.Pattern:
        return self.compile(rf"\s*(?P<unit>{self.unit_word})")

    @cached_property
    def qualifier_before(self) -> regex.Pattern:
        return self.compile(rf"(?<!\p{{L}})(?P<phrase>{alternation(self.lexicon.qualifiers_before)})\s+$")

    # Whole rules -------------------------------------------------------------
    @cached_property
    def percentage(self) -> regex.Pattern:
        return self.compile(rf"{self.figure}\s*(?P<percent>{self.percent_word})")

    @cached_property
    def ratio(self) -> regex.Pattern:
        number = lambda name: rf"(?P<{name}>{self.digits}|{self.word})"  # noqa: E731
        # `een op de vijf`, `vier op tien` (Flemish), `negen van de tien`
        return self.compile(
            rf"{number('part')}\s+(?:(?P<relation>op)\s+(?:(?:de|elke|iedere)\s+)?|(?P<relation>van)\s+de\s+){number('whole')}"
        )

    @cached_property
    def fraction(self) -> regex.Pattern:
        denominators = alternation(word for word in self.lexicon.fractions if word != "helft")
        return self.compile(
            rf"(?:{NOT_WORD_BEFORE}(?P<part>{self.number_words.grammar})\s*|(?<=(?<!\p{{L}})geen\s+))"
            rf"(?P<whole>{denominators}){NOT_LETTER_AFTER}(?:\s+(?P<scale>{self.scale}))?"
        )

    @cached_property
    def half(self) -> regex.Pattern:
        # `de tweede helft van het jaar` is a period, not a share.
        ordinals = alternation(self.lexicon.half_ordinals)
        return self.compile(rf"{NOT_WORD_BEFORE}(?<!(?:{ordinals})\s+)(?:de\s+)?(?<!(?:{ordinals})\s+)helft{NOT_LETTER_AFTER}")

    @cached_property
    def quantity(self) -> regex.Pattern:
        signs = alternation(self.lexicon.currency_signs)
        return self.compile(rf"(?:(?P<currency>{signs})\s*)?{self.figure}")

    @cached_property
    def vague_count(self) -> regex.Pattern:
        return self.compile(rf"{NOT_WORD_BEFORE}(?:{alternation(self.lexicon.vague_counts)}){NOT_LETTER_AFTER}")

    @cached_property
    def full_date(self) -> regex.Pattern:
        return self.compile(
            rf"(?<!\d)(?:\d{{1,2}}\s+{self.month}\s+(?P<year>{YEAR})"
            rf"|\d{{1,2}}([-/.])\d{{1,2}}\2(?P<year>{YEAR})"
            rf"|{self.month}\s+(?P<year>{YEAR})"
            rf"|(?P<year>{YEAR})-\d{{2}}-\d{{2}})(?!\d)"
        )

    @cached_property
    def year_range(self) -> regex.Pattern:
        return self.compile(
            rf"(?<![\p{{L}}\d.,])(?P<first>{YEAR})\s*(?:-|–|/|tot en met|tot|t/m)\s*(?P<second>{YEAR})(?![\d]|[.,]\d)"
        )

    @cached_property
    def year(self) -> regex.Pattern:
        return self.compile(rf"(?<![\p{{L}}\d.,'’]|\p{{L}}-)(?P<year>{YEAR})(?![\d\p{{L}}]|[.,]\d)")

    @cached_property
    def relative_years(self) -> list[tuple[regex.Pattern, int, str]]:
        count = rf"(?P<count>{self.digits}|{self.word})"
        return [
            (self.compile(rf"{NOT_WORD_BEFORE}{pattern.replace('{N}', count)}{NOT_LETTER_AFTER}"), offset, anchor)
            for pattern, offset, anchor in self.lexicon.relative_years
        ]

    @cached_property
    def ignored(self) -> list[tuple[str, regex.Pattern]]:
        """Figures that are not quantities: clock times, phone numbers, postcodes, …"""
        identifiers = alternation(self.lexicon.identifier_cues)
        units = self.unit_word
        return [
            ("clock time", self.compile(r"(?<![\d.,])\d{1,2}[.:]\d{2}(?!\d|[.,]\d)(?:\s*uur)?")),
            ("clock time", self.compile(rf"{NOT_WORD_BEFORE}om\s+(?:\d{{1,2}}|{self.word})\s+uur")),
            ("phone number", self.compile(r"(?<![\d\w])(?:\+|00)\d{2}[\s\d()-]{8,}\d")),
            ("phone number", self.compile(r"(?<![\d,.])0\d{1,3}[-\s]?\d{6,8}(?!\d)")),
            ("phone number", self.compile(r"(?<![\d,.])0[89]00[-\s]?\d{4,7}(?!\d)")),
            ("postcode", self.compile(r"(?<![\d,.])(?!19\d\d|20\d\d)\d{4}\s?(?-i:[A-Z]{2})(?!\p{L})")),
            ("postcode", self.compile(r"(?<![\d,.])\d{4}\s(?-i:[A-Z]{2})\s(?-i:[A-Z])\p{Ll}+")),
            ("days and month", self.compile(
                rf"(?<![\d.,])\d{{1,2}}(?:\s*(?:,|en|op|t/m|tot(?:\s+en\s+met)?|-|–)\s*\d{{1,2}})*\s+{self.month}")),
            ("decade", self.compile(rf"{NOT_WORD_BEFORE}jaren\s+(?:['’]?\d0(?!\d)|{self.number_words.of_kind('tens')}){NOT_LETTER_AFTER}")),
            ("heading number", self.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+\s+\d{1,3}(?=:\s)")),
            ("elided compound", self.compile(rf"(?:\d+|{self.word.removesuffix(NOT_LETTER_AFTER)})-(?=\s)")),
            ("date", self.compile(r"(?<![\d.,/])\d{1,2}/\d{1,2}(?:/\d{2})?(?![\d/])")),
            ("ordinal", self.compile(r"(?<![\p{L}\d])\d+(?:e|de|ste|ste)(?!\p{L})")),
            ("identifier", self.compile(
                rf"{NOT_WORD_BEFORE}(?:{identifiers})\s+(?:\d+|{self.word})"
                rf"(?!\d|[.,]\d|\s*(?:{units}|{self.percent_word}|{self.scale}))")),
            ("compound", self.compile(r"(?<![\p{L}\d])\d+(?:[.,]\d+)?-(?=\p{L})\p{L}+")),
            ("score", self.compile(rf"(?<![\d.,])\d{{1,2}}\s?-\s?\d{{1,2}}(?![\d.,]|\s*(?:{units}|{self.percent_word}))")),
        ]

    def value_of(self, number: str) -> float | None:
        """The value of a figure's number part, digits or words."""
        number = " ".join(number.split())
        if number[:1].isdigit():
            return parse_digits(number)
        lowered = number.lower()
        if lowered in ("een half", "één half"):
            return 0.5
        return self.number_words.parse(lowered)


@lru_cache(maxsize=8)
def patterns_for(rules_dir: str) -> Patterns:
    return Patterns(load_lexicon(rules_dir))
