"""Regular expressions built once from the lexicon; the rules match with these."""

from __future__ import annotations

from functools import cached_property, lru_cache

import regex

from ..rulefiles import RuleSource
from .lexicon import Lexicon, alternation, load_lexicon
from .numbers import DIGITS, INVISIBLE, NumberWords, parse_digits

FLAGS = regex.IGNORECASE | regex.VERSION1
# Letter classes are wrapped in `(?-i:…)`: case-insensitive, every test of `\p{L}` costs
# several times more, and these tests run at almost every character.
NOT_LETTER_AFTER = r"(?-i:(?!\p{L}))"
NOT_WORD_BEFORE = r"(?-i:(?<![\p{L}\d]))"
NOT_LETTER_BEFORE = r"(?-i:(?<!\p{L}))"
NOT_WORD_AFTER = r"(?-i:(?![\p{L}\d]))"
# 1500–2099, and 2100, the horizon of climate and population projections (`in 2100`).
YEAR = r"(?:(?:1[5-9]|20)\d\d|2100)"


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
        # Nor one side of `2/3` (a share or a date, read by their own rules), nor digits after an
        # invisible joiner inside a number (`1\u200b200` is one number).
        return rf"(?-i:(?<![\p{{L}}\d.,/]|\p{{L}}-|\d[{INVISIBLE}]+))(?:{DIGITS})(?!\d|[.,/]\d)"

    @cached_property
    def word(self) -> str:
        return rf"{NOT_WORD_BEFORE}(?i:{self.number_words.grammar}){NOT_LETTER_AFTER}"

    @cached_property
    def spelled(self) -> str:
        """A number in words, spaced parts included: `drieduizend vierhonderd`, `honderd en
        twintig`, `drie komma twee`. A part after a space is smaller than the hundred or thousand
        before it, so `tussen duizend en tweeduizend` stays two numbers."""
        words = self.number_words
        link, hundred, thousand = words.of_kind("link"), words.of_kind("hundred"), words.of_kind("thousand")
        # A bare `een` after `en` is an article (`honderd en een paar`).
        not_one = rf"(?!(?i:{self.ones}){NOT_LETTER_AFTER})"
        below_1000 = rf"(?:{words.below_100}(?:{hundred})?(?:(?:{link})?{words.below_100})?|(?:{hundred})(?:(?:{link})?{words.below_100})?)"
        part = rf"\s+(?:(?:{link})\s+)?{not_one}"
        more = (
            rf"(?:(?<=(?i:{thousand})){part}(?i:{below_1000}){NOT_LETTER_AFTER}"
            rf"|(?<=(?i:{hundred})){part}(?i:{words.below_100}){NOT_LETTER_AFTER})"
        )
        decimals = rf"\s+(?i:{words.of_kind('decimal_point')})\s+(?i:{words.below_100}){NOT_LETTER_AFTER}"
        return rf"{self.word}{more}?(?:{decimals})?"

    @cached_property
    def ones(self) -> str:
        return alternation(w for w, entry in self.number_words.words.items() if entry.kind == "unit" and entry.value == 1)

    def fraction_phrase(self, *uses: str) -> str:
        phrases = (p for p, (_, use) in self.lexicon.fraction_phrases.items() if use in uses)
        return rf"(?i:{alternation(phrases)}){NOT_LETTER_AFTER}"

    @cached_property
    def number(self) -> str:
        """A figure in digits or words, without scale: `3 1/2` and `een half` included."""
        glyphs = self.fraction_glyphs
        approximate = rf"(?P<approx>(?i:{alternation(self.lexicon.approximate_suffixes)})){NOT_LETTER_AFTER}"
        mixed_digits = rf"(?:{self.digits})(?:\s+(?P<over>[1-9]/[1-9])(?![\d/]|[.,]\d)|{glyphs}|{approximate})?"
        alone = rf"{NOT_WORD_BEFORE}(?:{self.fraction_phrase('alone')}|{glyphs})"
        return rf"(?:{mixed_digits}|{alone}|{self.spelled})"

    @cached_property
    def fraction_glyphs(self) -> str:
        return alternation(p for p, (_, use) in self.lexicon.fraction_phrases.items() if use == "glyph")

    @cached_property
    def scale(self) -> str:
        return rf"(?i:{alternation(self.lexicon.scales)}){NOT_LETTER_AFTER}"

    @cached_property
    def figure(self) -> str:
        """A number, its scale and what may follow that: a smaller part (`zes miljard driehonderd
        miljoen`, `twee miljoen vijfhonderdduizend`) and a half or quarter (`7 miljoen en een half`,
        `zes en een half`)."""
        words = self.number_words
        link = words.of_kind("link")
        hundreds = rf"(?i:{words.of_kind('hundred')}|{words.of_kind('thousand')})"
        # One copy of the word grammar (compiling is the cost): the part holds hundreds or
        # thousands, or a smaller scale follows it.
        smaller = (
            rf"\s+(?:(?:{link})\s+)?(?=\p{{L}}*{hundreds}|[\p{{L}}\d.,]+\s+{self.scale})"
            rf"(?P<more>{self.word}|{self.digits})(?:\s+(?P<lower>{self.scale}))?"
        )
        mixed = rf"\s+(?i:{link})\s+(?P<mixed>{self.fraction_phrase('alone', 'mixed')})"
        return rf"(?P<number>{self.number})(?:\s+(?P<scale>{self.scale})(?:{smaller})?)?(?:{mixed})?"

    def figure_value(self, match: regex.Match) -> float | None:
        """The value of a match of `figure`: number × scale, plus a smaller part and a half."""
        value = self.value_of(match.group("number"))
        if value is None:
            return None
        scale = self.scale_value(match.group("scale"))
        value *= scale
        last_scale = scale
        if match.group("more"):
            more = self.value_of(match.group("more"))
            lower = self.scale_value(match.group("lower"))
            if more is None or more * lower >= scale or lower >= scale:
                return None
            value += more * lower
            last_scale = lower if match.group("lower") else scale
        if match.group("mixed"):
            value += self.lexicon.fraction_phrases[" ".join(match.group("mixed").lower().split())][0] * last_scale
        return value

    def approximation(self, match: regex.Match) -> str:
        """The qualifier a suffix gives a figure (`een 30-tal`), else exact."""
        suffix = match.group("approx")
        return self.lexicon.approximate_suffixes[suffix.lower()] if suffix else "exact"

    def scale_value(self, scale: str | None) -> float:
        return self.lexicon.scales[scale.lower()] if scale else 1.0

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
    def split_comparison(self) -> regex.Pattern:
        """`ouder is dan 55 jaar`, `verder weg dan 20 kilometer`: a comparison with one word
        between its comparative and `dan`."""
        comparatives = alternation(
            phrase.removesuffix(" dan") for phrase in self.lexicon.qualifiers_before if phrase.endswith(" dan")
        )
        return self.compile(rf"{NOT_LETTER_BEFORE}(?P<comparative>{comparatives})\s+\p{{L}}+\s+dan\s+$")

    @cached_property
    def figure_start(self) -> regex.Pattern:
        """Where a figure can begin: a run of digits, a currency sign, a fraction sign (`½`), or a
        word that opens with a number morpheme or is a fraction. Every rule matched with `TextContext.figure_matches`
        begins with one of these."""
        words = self.number_words.of_kind("unit", "teen", "tens", "hundred", "thousand", "zero", "fraction_word")
        fractions = alternation(self.lexicon.fractions)
        signs = alternation(self.lexicon.currency_signs)
        # Case-insensitive by parts only: a wholly case-insensitive scan is three times slower.
        return regex.compile(rf"{NOT_WORD_BEFORE}(?:\d|(?i:{words}|{fractions})|{self.fraction_glyphs})|(?i:{signs})", regex.VERSION1)

    # Whole rules -------------------------------------------------------------
    @cached_property
    def percentage(self) -> regex.Pattern:
        return self.compile(rf"{self.figure}\s*(?P<percent>{self.percent_word})")

    @cached_property
    def ratio(self) -> regex.Pattern:
        number = lambda name: rf"(?P<{name}>{self.digits}|{self.word})"  # noqa: E731
        # `een op de vijf`, `vier op tien` (Flemish), `negen van de tien`
        links = alternation(self.lexicon.share_links)
        return self.compile(rf"{number('part')}\s+(?P<relation>{links})\s+{number('whole')}")

    @cached_property
    def fraction(self) -> regex.Pattern:
        denominators = alternation(w for w, form in self.lexicon.fraction_forms.items() if form != "article")
        nouns = alternation(self.lexicon.fraction_nouns)
        return self.compile(
            rf"(?:{NOT_WORD_BEFORE}(?P<part>{self.number_words.grammar})(?:\s*|-)|(?<={NOT_LETTER_BEFORE}(?:{alternation(self.lexicon.numerator_free)})\s+))"
            rf"(?P<whole>{denominators}){NOT_LETTER_AFTER}(?:\s+(?P<scale>{self.scale})|\s+(?:{nouns}){NOT_LETTER_AFTER})?"
        )

    @cached_property
    def after_whole_and_link(self) -> regex.Pattern:
        """`vier en ` before `een kwart`: the fraction ends a mixed number, read by the number rule."""
        link = self.number_words.of_kind("link")
        return self.compile(rf"(?:\d|(?:{self.number_words.grammar})|{self.scale})\s+(?:{link})\s+$")

    @cached_property
    def elided_range_end(self) -> str:
        """What follows `twee-` in `twee- tot drieduizend`: a link and a number word that ends
        in hundreds or thousands, which the first number shares."""
        words = self.number_words
        magnitude = rf"(?:{words.of_kind('hundred')}|{words.of_kind('thousand')})+"
        links = alternation(self.lexicon.range_links["range"] | self.lexicon.range_links["between_link"])
        return rf"\s+(?i:{links})\s+(?=(?i:{words.grammar}){NOT_LETTER_AFTER})\p{{L}}*?(?P<magnitude>(?i:{magnitude})){NOT_LETTER_AFTER}"

    @cached_property
    def elided_range(self) -> regex.Pattern:
        return self.compile(rf"{NOT_WORD_BEFORE}(?P<number>{self.word.removesuffix(NOT_LETTER_AFTER)})-(?={self.elided_range_end})")

    @cached_property
    def slash_fraction(self) -> regex.Pattern:
        return self.compile_cased(rf"(?<![\p{{L}}\d.,/]|\p{{L}}-)(?P<part>\d{{1,3}})/(?P<whole>\d{{1,3}})(?![\d/]|[.,]\d)")

    @cached_property
    def date_cue_before(self) -> regex.Pattern:
        return self.compile(rf"{NOT_LETTER_BEFORE}(?:{alternation(self.lexicon.date_cues)})\s+$")

    @cached_property
    def half(self) -> regex.Pattern:
        # `de tweede helft van het jaar` is a period, not a share.
        ordinals = alternation(self.lexicon.half_ordinals)
        halves = alternation(w for w, form in self.lexicon.fraction_forms.items() if form == "article")
        return self.compile(rf"{NOT_WORD_BEFORE}(?<!(?:{ordinals})\s+)(?:{halves}){NOT_LETTER_AFTER}")

    @cached_property
    def quantity(self) -> regex.Pattern:
        signs = alternation(self.lexicon.currency_signs)
        return self.compile(rf"(?:(?P<currency>{signs})\s*)?{self.figure}")

    @cached_property
    def vague_count(self) -> regex.Pattern:
        # `tientallen miljoenen`: a vague plural may multiply the one before it.
        plurals = alternation(w for w, (_, qualifier) in self.lexicon.vague_counts.items() if qualifier == "more_than")
        return self.compile_cased(
            rf"{NOT_WORD_BEFORE}(?P<count>(?i:{alternation(self.lexicon.vague_counts)}))(?:\s+(?P<times>(?i:{plurals})))?{NOT_LETTER_AFTER}"
        )

    @cached_property
    def full_date(self) -> regex.Pattern:
        return self.compile_cased(
            # `(van) 8 tot 19 oktober 2025`: the days before the month belong to the date.
            rf"(?<!\d)(?:(?:\d{{1,2}}\s*(?:,|(?i:{self.links('day_link')})|-|–)\s*)*\d{{1,2}}\s+{self.month}\s+(?P<year>{YEAR})"
            rf"|\d{{1,2}}([-/.])\d{{1,2}}\2(?P<year>{YEAR})"
            rf"|{self.month}\s+(?P<year>{YEAR})"
            rf"|(?P<year>{YEAR})-\d{{2}}-\d{{2}})(?!\d)"
        )

    @cached_property
    def year_range(self) -> regex.Pattern:
        return self.compile_cased(
            rf"(?<![\p{{L}}\d.,])(?P<first>{YEAR})\s*(?:/|(?i:{self.links('range')}))\s*(?P<second>{YEAR})(?![\d]|[.,]\d)"
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
        suffix_tails = alternation(suffix.lstrip("-") for suffix in self.lexicon.approximate_suffixes)
        clock_before, clock_after, day_parts, hour_parts = (
            alternation(w for w, where in self.lexicon.clock_words.items() if where == position)
            for position in ("before", "after", "day_part", "hour_part")
        )
        hour = rf"(?:\d{{1,2}}|{self.word})"
        return [
            ("clock time", cased(rf"(?<![\d.,])\d{{1,2}}[.:]\d{{2}}(?!\d|[.,]\d)(?:\s*(?i:{clock_after}))?")),
            ("clock time", cased(rf"{NOT_WORD_BEFORE}(?i:{clock_before})\s+{hour}\s+(?i:{clock_after})")),
            # `vier uur 's nachts`, `van twaalf uur tot acht uur 's ochtends`
            ("clock time", cased(
                rf"{NOT_WORD_BEFORE}(?:{hour}\s+(?i:{clock_after})\s+(?i:{self.links('range')})\s+)?"
                rf"{hour}\s+(?i:{clock_after})\s+['’]s\s+(?i:{day_parts}){NOT_LETTER_AFTER}")),
            # `kwart over acht`, `om half negen`, but not `een half miljoen`
            ("clock time", cased(
                rf"{NOT_WORD_BEFORE}(?i:{hour_parts})\s+{hour}(?!\s*(?:{units}|{self.percent_word}|{self.scale}))")),
            ("phone number", cased(r"(?<![\d\w])(?:\+|00)\d{2}[\s\d()-]{8,}\d")),
            ("phone number", cased(r"(?<![\d,.])0\d{1,3}[-\s]?\d{6,8}(?!\d)")),
            ("phone number", cased(r"(?<![\d,.])0[89]00[-\s]?\d{4,7}(?!\d)")),
            ("postcode", cased(r"(?<![\d,.])(?!19\d\d|20\d\d)\d{4}\s?[A-Z]{2}(?!\p{L})")),
            ("postcode", cased(r"(?<![\d,.])\d{4}\s[A-Z]{2}\s[A-Z]\p{Ll}+")),
            ("days and month", cased(
                rf"(?<![\d.,])\d{{1,2}}(?:\s*(?:,|(?i:{self.links('day_link')})|-|–)\s*\d{{1,2}})*\s+{self.month}")),
            ("decade", cased(rf"{NOT_WORD_BEFORE}(?i:{alternation(self.lexicon.decade_words)})\s+(?:['’]?\d0(?!\d)|(?i:{self.number_words.of_kind('tens')})){NOT_LETTER_AFTER}")),
            ("heading number", cased(r"(?<![\p{L}])\p{Lu}\p{Ll}+\s+\d{1,3}(?=:\s)")),
            # `vijf- tot zesjarigen`; an elided number before a hundred or thousand is read by `elided_range`.
            ("elided compound", cased(rf"(?:\d+|{self.word.removesuffix(NOT_LETTER_AFTER)})-(?=\s)(?!{self.elided_range_end})")),
            ("date", cased(r"(?<![\d.,/])\d{1,2}/\d{1,2}/\d{2}(?![\d/])")),
            ("date", cased(rf"(?<={NOT_LETTER_BEFORE}(?i:{alternation(self.lexicon.date_cues)})\s+)\d{{1,2}}/\d{{1,2}}(?![\d/])")),
            ("ordinal", cased(rf"(?<![\p{{L}}\d])\d+(?i:{alternation(self.lexicon.ordinal_endings)})(?!\p{{L}})")),
            ("identifier", cased(
                rf"{NOT_WORD_BEFORE}(?i:{identifiers})\s+(?:\d+|{self.word})"
                rf"(?!\d|[.,]\d|\s*(?:{units}|{self.percent_word}|{self.scale}))")),
            ("name", cased(r"(?<=\p{L}['’])\d+(?![\d]|[.,]\d)")),  # `NU'91`: digits glued to a name
            ("compound", cased(rf"(?<![\p{{L}}\d])\d+(?:[.,]\d+)?-(?=\p{{L}})(?!(?i:{suffix_tails}){NOT_LETTER_AFTER})\p{{L}}+")),
            ("score", cased(rf"(?<![\d.,])\d{{1,2}}\s?-\s?\d{{1,2}}(?![\d.,]|\s*(?:{units}|{self.percent_word}))")),
        ]

    def links(self, role: str) -> str:
        return alternation(self.lexicon.range_links[role])

    def value_of(self, number: str) -> float | None:
        """The value of a figure's number part, digits or words."""
        number = " ".join(number.split())
        for suffix in self.lexicon.approximate_suffixes:  # `een 30-tal`: the qualifier is read apart
            if number.lower().endswith(suffix):
                number = number[: -len(suffix)]
        glyph = self.lexicon.fraction_phrases.get(number[-1:])
        if glyph and glyph[1] == "glyph":  # `2½`, `½`
            whole = number[:-1].strip()
            return (parse_digits(whole) if whole else 0.0) + glyph[0]
        if number[:1].isdigit():
            if "/" in number:  # `3 1/2`
                whole, over = number.rsplit(" ", 1)
                part, whole_of = (int(n) for n in over.split("/"))
                return parse_digits(whole) + part / whole_of if part < whole_of else None
            return parse_digits(number)
        lowered = number.lower()
        if lowered in self.lexicon.fraction_phrases:
            return self.lexicon.fraction_phrases[lowered][0]
        return self.number_words.parse_phrase(lowered)


@lru_cache(maxsize=8)
def patterns_for(rules_dir: str | RuleSource) -> Patterns:
    return Patterns(load_lexicon(rules_dir))
