"""Attribute rules: what a figure's neighbours say about it.

Qualifiers (`bijna`, `of meer`), units (`euro`, `jaar`), the counted noun
(`285 slachtoffers`), change (`met 14 procent gestegen`) and ranges (`10 tot 11
procent`). Each rule reads the text around a figure found by the year,
percentage and number rules and fills in the figure's fields.
"""

from __future__ import annotations

import regex

from .context import TextContext, is_adjective, is_inflected_finite_verb, is_noun, is_verb_tagged_noun
from .lexicon import alternation
from .patterns import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, Patterns
from .spans import Figure
from .windows import FigureWindows

RANGE_LINK = regex.compile(r"\s*(?:tot\s+en\s+met|tot|t/m|à|a|-|–)\s*", regex.IGNORECASE)
BETWEEN_LINK = regex.compile(r"\s*(?:en|of)\s*", regex.IGNORECASE)
BETWEEN = regex.compile(r"(?-i:(?<!\p{L}))tussen\s+$", regex.IGNORECASE)
LEVELS_LINK = regex.compile(r"\s*(?:naar|tot)\s*", regex.IGNORECASE)
LEVELS_FROM = regex.compile(r"(?-i:(?<!\p{L}))van\s+$", regex.IGNORECASE)
SIGN = regex.compile(r"([-−–+])\s?$")
LEVEL_AFTER = regex.compile(r"\s*(?:naar|tot)\s", regex.IGNORECASE)


class AttributeRules:
    def __init__(self, patterns: Patterns, windows: FigureWindows):
        self.patterns = patterns
        self.windows = windows
        lexicon = patterns.lexicon
        compile_ = patterns.compile
        self.qualifier_after = compile_(rf"\s+(?P<phrase>{alternation(lexicon.qualifiers_after)}){NOT_LETTER_AFTER}")
        # `het aantal (internationale) eerstejaars`: the noun after a count cue, past one adjective.
        self.count_cue = compile_(
            rf"{NOT_LETTER_BEFORE}(?:{alternation(lexicon.count_cues)})\s+(?:\p{{Ll}}+e\s+)?(?P<noun>\p{{L}}[\p{{L}}-]*)"
        )
        self.change_before = compile_(rf"{NOT_LETTER_BEFORE}(?P<phrase>{alternation(lexicon.change_before)})\s+$")
        emphasis = alternation(lexicon.emphasis_words)
        self.met_before = compile_(rf"{NOT_LETTER_BEFORE}met\s+(?:(?:{emphasis})\s+)?$")
        self.change_verb = compile_(rf"{NOT_LETTER_BEFORE}(?P<phrase>{alternation(lexicon.change_verbs)}){NOT_LETTER_AFTER}")

    def apply(self, figures: list[Figure], context: TextContext) -> None:
        for figure in figures:
            if figure.type == "year":
                continue
            if figure.type == "number" and figure.unit is None:
                self.unit(figure, context)
            if figure.qualifier == "exact":
                self.qualifiers(figure, context)
            if figure.type == "number" and figure.unit is None and figure.rule != "number.vague_count":
                figure.counted = self.counted(figure, context) or self.counted_earlier(figure, context)
            figure.change = self.change(figure, context)
        self.ranges(figures, context)

    def unit(self, figure: Figure, context: TextContext) -> None:
        match = self.patterns.unit_after.match(context.text, figure.end)
        if match:
            figure.unit = self.patterns.lexicon.unit_for(match.group("unit"))
            figure.end = match.end()

    def qualifiers(self, figure: Figure, context: TextContext) -> None:
        text, lexicon = context.text, self.patterns.lexicon
        before = self.patterns.qualifier_before.search(text, max(0, figure.start - self.windows.qualifier), figure.start)
        if before:
            figure.qualifier = lexicon.qualifiers_before[" ".join(before.group("phrase").lower().split())]
            figure.start = before.start("phrase")
            return
        after = self.qualifier_after.match(text, figure.end)
        if after:
            figure.qualifier = lexicon.qualifiers_after[" ".join(after.group("phrase").lower().split())]
            figure.end = after.end()

    def counted(self, figure: Figure, context: TextContext) -> str | None:
        """The noun right after a count, past up to two adjectives."""
        lexicon = self.patterns.lexicon
        words = [(w.rstrip("'’"), s, e) for w, s, e in context.words_after(figure.end, 3)]
        if words and words[0][0].lower() in lexicon.change_after:
            return None  # `20 mld hoger`: a change cue, not a noun
        if context.tagged:
            return self.counted_by_tags(figure, context, words)
        if not words or words[0][0].lower() in lexicon.not_counted or not words[0][0][0].isalpha():
            return None
        first = words[0][0]
        # `59.700 Nederlandse studenten`: an inflected adjective before the noun.
        if len(words) > 1 and first.lower().endswith("e") and words[1][0][0].isalpha():
            if words[1][0].lower() not in lexicon.not_counted:
                return words[1][0]
        return first

    def counted_earlier(self, figure: Figure, context: TextContext) -> str | None:
        """`Het aantal werklozen lag 101 duizend lager`: what the sentence said it counts."""
        start, _ = context.sentence_bounds(figure.start)
        cues = list(self.count_cue.finditer(context.text, start, figure.start))
        return cues[-1].group("noun") if cues else None

    def counted_by_tags(self, figure: Figure, context: TextContext, words: list[tuple[str, int, int]]) -> str | None:
        """The noun a count modifies in the parse (`34 512 vacatures`), else the next noun past adjectives."""
        lexicon = self.patterns.lexicon
        number = context.token_at(figure.core_end - 1)
        if context.parsed and number is not None and number.dep_ in ("nummod", "advmod"):
            head = number.head
            # `24 omgekomen fietsers`: the count may hang (as `nummod` or `advmod`) from a
            # participle or adjective that modifies the noun after it.
            if head.dep_ in ("acl", "amod") and not is_noun(head) and 0 < head.head.i - head.i and head.head.i - number.i <= 4 and is_noun(head.head):
                head = head.head
            elif number.dep_ != "nummod":
                head = None
            # The relation names the counted thing even where a small tagger mistakes a
            # plural noun for a verb or an adjective (`2.900 jongeren`, `28.700 inbraken`), but
            # not a finite verb whose lemma shows it is one (`vier deden`, `265 toenam`).
            if head is not None and 0 < head.i - number.i <= 4 and head.idx >= figure.end and head.text.isalpha() and not is_inflected_finite_verb(head):
                if not (lexicon.unit_for(head.text) or head.text.lower() in lexicon.scales):
                    return None if head.text.lower() in lexicon.not_counted else head.text
        # A word inside a token (`€` and `t` of `6€t`) has no tags of its own: it ends the search.
        tokens = [context.token_from(start) for _, start, _ in words]
        tokens = [token if token is not None and token.idx == start else None for token, (_, start, _) in zip(tokens, words)]
        for index, (word, token) in enumerate(zip((w for w, _, _ in words), tokens)):
            if token is None:
                return None
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            # A plural noun right after a figure is often tagged as an infinitive (`1.234 aangiften`)
            # or, in a noun's relation, as a participle (`één miljoen banen`), and an adjective
            # with no noun after it is used as one (`300 werklozen`).
            nominal = is_noun(token) or (index == 0 and is_verb_tagged_noun(token)) or (
                is_adjective(token) and not (following is not None and (is_noun(following) or is_adjective(following)))
            )
            if nominal:
                return None if word.lower() in lexicon.not_counted else word
            if not is_adjective(token):
                return None
        return None

    def change(self, figure: Figure, context: TextContext) -> str | None:
        text, lexicon = context.text, self.patterns.lexicon
        sign = SIGN.search(text, max(0, figure.core_start - 2), figure.core_start)
        if sign and not regex.search(r"[\d%]\s*$", text[: sign.start()]):
            return "decrease" if sign.group(1) != "+" else "increase"
        before = self.change_before.search(text, max(0, figure.start - self.windows.change), figure.start)
        if before:  # `een stijging met 13,7 procent`, but `een stijging van 5 naar 7 procent` gives levels
            phrase = " ".join(before.group("phrase").lower().split())
            return None if phrase.endswith(" van") and LEVEL_AFTER.match(text, figure.end) else lexicon.change_before[phrase]
        if self.met_before.search(text, max(0, figure.start - self.windows.change_met), figure.start):
            return self.change_in_sentence(figure, context)  # `daalde met 0,2 procentpunt (naar 3,6)`
        if LEVEL_AFTER.match(text, figure.end):
            return None  # `van 132 duizend naar 126 duizend`: levels, not a change
        return self.change_after(figure, context)

    def change_in_sentence(self, figure: Figure, context: TextContext) -> str | None:
        """`is met 14 procent gestegen`: the nearest change verb of the sentence."""
        start, end = context.sentence_bounds(figure.start)
        verbs = list(self.change_verb.finditer(context.text, start, end))
        if not verbs:
            return None
        nearest = min(verbs, key=lambda m: abs(m.start() - figure.start))
        return self.patterns.lexicon.change_verbs[" ".join(nearest.group("phrase").lower().split())]

    def change_after(self, figure: Figure, context: TextContext) -> str | None:
        """`6 procent minder`, `100 duizend werklozen minder`, `3 extra`."""
        reach = 2 if figure.counted else 1
        for word, _, _ in context.words_after(figure.end, reach):
            direction = self.patterns.lexicon.change_after.get(word.lower())
            if direction:
                return direction
        return None

    def ranges(self, figures: list[Figure], context: TextContext) -> None:
        """`10 tot 11 procent`, `tussen 7,6 en 8,7 procent`: the bare first end takes the second's type."""
        text = context.text
        ordered = sorted((f for f in figures if f.type != "year"), key=lambda f: f.start)
        for first, second in zip(ordered, ordered[1:]):
            between = text[first.end : second.start]
            window = max(0, first.start - self.windows.range_start)
            is_range = RANGE_LINK.fullmatch(between) or (
                BETWEEN_LINK.fullmatch(between) and BETWEEN.search(text, window, first.start)
            )
            # `van 19 naar 21 procent`: two levels, not a range, but the first is a percentage too.
            are_levels = LEVELS_LINK.fullmatch(between) and LEVELS_FROM.search(text, window, first.start)
            if not (is_range or are_levels):
                continue
            if first.scale == 1.0 and second.scale != 1.0 and first.unit is None:
                first.value, first.scale = first.value * second.scale, second.scale  # `3 à 4 miljoen ton`
            if first.type == "number" and first.unit is None and second.type == "percentage":
                first.type, first.percentage_point, first.counted = "percentage", second.percentage_point, None
            if first.type == "number" and second.type == "number" and first.unit is None:
                first.unit = second.unit
            if first.counted is None and first.type == "number":
                first.counted = second.counted
            if is_range and second.qualifier == "exact":
                second.qualifier = first.qualifier
            if is_range and first.change is None:
                first.change = second.change
