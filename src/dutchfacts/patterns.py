"""Regular expressions built once from the lexicon; the rules match with these."""

from __future__ import annotations

from functools import cached_property, lru_cache

import regex

from .lexicon import Lexicon, alternation, load_lexicon
from .numbers import DIGITS, INVISIBLE, NumberWords, parse_digits
from .rulefiles import RuleSource

FLAGS = regex.IGNORECASE | regex.VERSION1
# Letter classes are wrapped in `(?-i:…)`: case-insensitive, every test of `\p{L}` costs
# several times more, and these tests run at almost every character.
NOT_LETTER_AFTER = r"(?-i:(?!\p{L}))"
NOT_WORD_BEFORE = r"(?-i:(?<![\p{L}\d]))"
NOT_LETTER_BEFORE = r"(?-i:(?<!\p{L}))"
NOT_WORD_AFTER = r"(?-i:(?![\p{L}\d]))"
YEAR = r"(?:1[5-9]|20)\d\d"


class Patterns:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.number_words = NumberWords(lexicon)

    def compile(self, pattern: str) -> regex.Pattern:
        return regex.compile(pattern, FLAGS)

    @staticmethod
    def compile_cased(pattern: str) -> regex.Pattern:
        """For patterns run over a whole text: a case-insensitive pattern is tried at every
        character, one with its letters case-insensitive in `(?i:…)` only is scanned for fast."""
        return regex.compile(pattern, regex.VERSION1)

    # Building blocks -------------------------------------------------------
    @cached_property
    def digits(self) -> str:
        # Not glued to letters before (A2, COVID-19) nor cut out of a longer figure.
        return rf"(?-i:(?<![\p{{L}}\d.,]|\p{{L}}-|\d[{INVISIBLE}]+))(?:{DIGITS})(?!\d|[.,]\d)"

    @cached_property
    def word(self) -> str:
        return rf"{NOT_WORD_BEFORE}(?i:{self.number_words.grammar}){NOT_LETTER_AFTER}"

    @cached_property
    def number(self) -> str:
        """A figure in digits or words, without scale."""
        return rf"(?:{self.digits}|{NOT_WORD_BEFORE}(?i:een|één)\s+(?i:half){NOT_LETTER_AFTER}|{self.word})"

    @cached_property
    def scale(self) -> str:
        return rf"(?i:{alternation(self.lexicon.scales)}){NOT_LETTER_AFTER}"

    @cached_property
    def figure(self) -> str:
        return rf"(?P<number>{self.number})(?:\s+(?P<scale>{self.scale}))?"

    @cached_property
    def percent_word(self) -> str:
        return rf"(?i:{alternation(self.lexicon.percent_words)}){NOT_WORD_AFTER}"

    @cached_property
    def unit_word(self) -> str:
        return rf"(?i:{alternation(self.lexicon.units)}){NOT_WORD_AFTER}"

    @cached_property
    def month(self) -> str:
        return rf"(?i:{alternation(self.lexicon.months)}){NOT_LETTER_AFTER}"

    @cached_property
    def unit_after(self) -> regex.Pattern:
        return self.compile(rf"\s*(?P<unit>{self.unit_word})")

    @cached_property
    def qualifier_before(self) -> regex.Pattern:
        return self.compile(rf"{NOT_LETTER_BEFORE}(?P<phrase>{alternation(self.lexicon.qualifiers_before)})\s+$")

    @cached_property
    def figure_start(self) -> regex.Pattern:
        """Where a figure can begin: a run of digits, a currency sign, or a word that opens with
        a number morpheme or is a fraction. Every rule matched with `TextContext.figure_matches`
        begins with one of these."""
        words = self.number_words.of_kind("unit", "teen", "tens", "hundred", "thousand", "zero", "fraction_word")
        fractions = alternation(self.lexicon.fractions)
        signs = alternation(self.lexicon.currency_signs)
        # Case-insensitive by parts only: a wholly case-insensitive scan is three times slower.
        return regex.compile(rf"{NOT_WORD_BEFORE}(?:\d|(?i:{words}|{fractions}))|(?i:{signs})", regex.VERSION1)

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
            rf"(?:{NOT_WORD_BEFORE}(?P<part>{self.number_words.grammar})\s*|(?<={NOT_LETTER_BEFORE}geen\s+))"
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
        return self.compile_cased(rf"{NOT_WORD_BEFORE}(?i:{alternation(self.lexicon.vague_counts)}){NOT_LETTER_AFTER}")

    @cached_property
    def full_date(self) -> regex.Pattern:
        return self.compile_cased(
            rf"(?<!\d)(?:\d{{1,2}}\s+{self.month}\s+(?P<year>{YEAR})"
            rf"|\d{{1,2}}([-/.])\d{{1,2}}\2(?P<year>{YEAR})"
            rf"|{self.month}\s+(?P<year>{YEAR})"
            rf"|(?P<year>{YEAR})-\d{{2}}-\d{{2}})(?!\d)"
        )

    @cached_property
    def year_range(self) -> regex.Pattern:
        return self.compile_cased(
            rf"(?<![\p{{L}}\d.,])(?P<first>{YEAR})\s*(?:-|–|/|(?i:tot en met|tot|t/m))\s*(?P<second>{YEAR})(?![\d]|[.,]\d)"
        )

    @cached_property
    def year(self) -> regex.Pattern:
        return self.compile_cased(rf"(?<![\p{{L}}\d.,'’]|\p{{L}}-)(?P<year>{YEAR})(?![\d\p{{L}}]|[.,]\d)")

    @cached_property
    def relative_years(self) -> list[tuple[regex.Pattern, int, str, bool]]:
        """(pattern, offset, anchor, whether it opens with its count `{N}`)."""
        count = rf"(?P<count>{self.digits}|{self.word})"
        return [
            (self.compile(rf"{NOT_WORD_BEFORE}{pattern.replace('{N}', count)}{NOT_LETTER_AFTER}"), offset, anchor,
             pattern.startswith("{N}"))
            for pattern, offset, anchor in self.lexicon.relative_years
        ]

    @cached_property
    def ignored(self) -> list[tuple[str, regex.Pattern]]:
        """Figures that are not quantities: clock times, phone numbers, postcodes, …"""
        identifiers = alternation(self.lexicon.identifier_cues)
        units = self.unit_word
        cased = self.compile_cased
        return [
            ("clock time", cased(r"(?<![\d.,])\d{1,2}[.:]\d{2}(?!\d|[.,]\d)(?:\s*(?i:uur))?")),
            ("clock time", cased(rf"{NOT_WORD_BEFORE}(?i:om)\s+(?:\d{{1,2}}|{self.word})\s+(?i:uur)")),
            ("phone number", cased(r"(?<![\d\w])(?:\+|00)\d{2}[\s\d()-]{8,}\d")),
            ("phone number", cased(r"(?<![\d,.])0\d{1,3}[-\s]?\d{6,8}(?!\d)")),
            ("phone number", cased(r"(?<![\d,.])0[89]00[-\s]?\d{4,7}(?!\d)")),
            ("postcode", cased(r"(?<![\d,.])(?!19\d\d|20\d\d)\d{4}\s?[A-Z]{2}(?!\p{L})")),
            ("postcode", cased(r"(?<![\d,.])\d{4}\s[A-Z]{2}\s[A-Z]\p{Ll}+")),
            ("days and month", cased(
                rf"(?<![\d.,])\d{{1,2}}(?:\s*(?:,|(?i:en|op|t/m|tot(?:\s+en\s+met)?)|-|–)\s*\d{{1,2}})*\s+{self.month}")),
            ("decade", cased(rf"{NOT_WORD_BEFORE}(?i:jaren)\s+(?:['’]?\d0(?!\d)|(?i:{self.number_words.of_kind('tens')})){NOT_LETTER_AFTER}")),
            ("heading number", cased(r"(?<![\p{L}])\p{Lu}\p{Ll}+\s+\d{1,3}(?=:\s)")),
            ("elided compound", cased(rf"(?:\d+|{self.word.removesuffix(NOT_LETTER_AFTER)})-(?=\s)")),
            ("date", cased(r"(?<![\d.,/])\d{1,2}/\d{1,2}(?:/\d{2})?(?![\d/])")),
            ("ordinal", cased(r"(?<![\p{L}\d])\d+(?i:e|de|ste)(?!\p{L})")),
            ("identifier", cased(
                rf"{NOT_WORD_BEFORE}(?i:{identifiers})\s+(?:\d+|{self.word})"
                rf"(?!\d|[.,]\d|\s*(?:{units}|{self.percent_word}|{self.scale}))")),
            ("compound", cased(r"(?<![\p{L}\d])\d+(?:[.,]\d+)?-(?=\p{L})\p{L}+")),
            ("score", cased(rf"(?<![\d.,])\d{{1,2}}\s?-\s?\d{{1,2}}(?![\d.,]|\s*(?:{units}|{self.percent_word}))")),
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
def patterns_for(rules_dir: str | RuleSource) -> Patterns:
    return Patterns(load_lexicon(rules_dir))
