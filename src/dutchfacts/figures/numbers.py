"""Values of written numbers: Dutch digit notation and Dutch number words."""

from __future__ import annotations

from functools import cached_property

import regex

from .lexicon import Lexicon, alternation

# Characters that do not show: zero-width space, non-joiner and joiner, word joiner, soft
# hyphen. Between two digits (`1\u200b200`, text pasted from the web) they join them.
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad"
INVISIBLES = regex.compile(f"[{INVISIBLE}]")
DIGIT = rf"\d(?:[{INVISIBLE}]+(?=\d))?"
# Dutch notation: `.` groups thousands, `,` marks decimals; a (narrow or
# non-breaking) space may group thousands too.
DIGITS = (
    rf"(?:{DIGIT}){{1,3}}(?:\.(?:{DIGIT}){{3}})+(?:,(?:{DIGIT})+)?"
    rf"|(?:{DIGIT}){{1,3}}(?:[ \u00a0\u202f\u2009](?:{DIGIT}){{3}})+(?!\d)(?:,(?:{DIGIT})+)?"
    rf"|(?:{DIGIT})+(?:,(?:{DIGIT})+)?"
)
GROUP_SEPARATORS = regex.compile(r"[.\s\u00a0\u202f\u2009]")


def parse_digits(text: str) -> float:
    """`1.234` → 1234, `1.234,5` → 1234.5, `3,5` → 3.5, `1 234` → 1234, `1\u200b200` → 1200."""
    integer, _, decimals = INVISIBLES.sub("", text).partition(",")
    value = float(GROUP_SEPARATORS.sub("", integer) or "0")
    if decimals:
        value += float("0." + decimals)
    return value


class NumberWords:
    """Parses Dutch number words, compounds included, from the morphemes of the lexicon.

    `tweeëntwintig` → 22, `zeventienhonderd` → 1700, `drieduizendvijfhonderd` → 3500,
    `anderhalf` → 1.5, `tweeënhalf` → 2.5.
    """

    def __init__(self, lexicon: Lexicon):
        self.words = lexicon.number_words

    def of_kind(self, *kinds: str) -> str:
        return alternation(w for w, entry in self.words.items() if entry.kind in kinds)

    @cached_property
    def grammar(self) -> str:
        """A regex for one well-formed number word (no spaces)."""
        link, thousand = self.of_kind("link"), self.of_kind("thousand")
        # Factored so that no part is tried twice at one place: the same numbers as
        # `unit link tens | tens | teen | unit`, then `[below 100] hundred [below 100]`, and so on.
        below_10000 = self.below_10000
        after_thousand = rf"(?:(?:{link})?{below_10000})"
        whole = rf"(?:{below_10000}(?:(?:{thousand}){after_thousand}?)?|(?:{thousand}){after_thousand}?|{self.of_kind('zero')})"
        half = self.of_kind("fraction_word")
        return rf"(?:{whole}(?:(?:{link})(?:{half}))?|{half})"

    @cached_property
    def below_100(self) -> str:
        unit, teen, tens, link = self.of_kind("unit"), self.of_kind("teen"), self.of_kind("tens"), self.of_kind("link")
        return rf"(?:(?:{unit})(?:(?:{link})(?:{tens}))?|{tens}|{teen})"

    @cached_property
    def below_10000(self) -> str:
        """One to 9999 without a thousand: `vijfhonderd`, `negentienhonderdvijftig`."""
        below_100, link, hundred = self.below_100, self.of_kind("link"), self.of_kind("hundred")
        # `honderdenvijf`, `tweeduizendenelf`: an `en` may follow a hundred or a thousand.
        after_hundred = rf"(?:(?:{link})?{below_100})"
        return rf"(?:{below_100}(?:(?:{hundred}){after_hundred}?)?|(?:{hundred}){after_hundred}?)"

    @cached_property
    def whole_word(self) -> regex.Pattern:
        return regex.compile(rf"(?:{self.grammar})", regex.IGNORECASE)

    @cached_property
    def morpheme(self) -> regex.Pattern:
        return regex.compile(alternation(self.words), regex.IGNORECASE)

    def parse(self, word: str) -> float | None:
        """The value of one number word, or None when it is not one."""
        word = word.lower()
        if not self.whole_word.fullmatch(word):
            return None
        total, current, position = 0.0, 0.0, 0
        while position < len(word):
            match = self.morpheme.match(word, position)
            if match is None:
                return None
            entry = self.words[match.group().lower()]
            if entry.kind == "hundred":
                current = (current or 1) * entry.value
            elif entry.kind == "thousand":
                total += (current or 1) * entry.value
                current = 0
            else:
                current += entry.value
            position = match.end()
        return total + current

    def parse_phrase(self, phrase: str) -> float | None:
        """A number in one or more words: `drieduizend vierhonderd`, `tweeduizend en negentien`,
        `drie komma twee` (the words after the decimal point are its digits)."""
        words = phrase.lower().split()
        points = [i for i, word in enumerate(words) if self.kind_of(word) == "decimal_point"]
        if points:
            whole, decimals = self.parse_phrase(" ".join(words[: points[0]])), self.parse(" ".join(words[points[0] + 1 :]))
            if whole is None or decimals is None or decimals != int(decimals):
                return None
            return whole + float(f"0.{int(decimals)}")
        total = 0.0
        for word in words:
            if self.kind_of(word) == "link":
                continue
            value = self.parse(word)
            if value is None:
                return None
            total += value
        return total if words else None

    def kind_of(self, word: str) -> str | None:
        entry = self.words.get(word.lower())
        return entry.kind if entry else None
