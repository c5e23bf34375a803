"""Attribute rules: what a figure's neighbours say about it.

Qualifiers (`bijna`, `of meer`), units (`euro`, `jaar`), the counted noun
(`285 slachtoffers`), change (`met 14 procent gestegen`) and ranges (`10 tot 11
procent`). Each rule reads the text around a figure found by the year,
percentage and number rules and fills in the figure's fields.
"""

from __future__ import annotations

import regex
from spacy.tokens import Token

from ..text import (
    TextContext,
    is_adjective,
    is_finite_verb,
    is_inflected_finite_verb,
    is_noun,
    is_prenominal_tag,
    is_verb_tagged_noun,
)
from ..windows import FigureWindows
from .lexicon import alternation
from .patterns import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, YEAR, Patterns
from .spans import Figure

# A comparison after a change word: `dan` within this many words (past a counted noun and an
# adjective: `610 meer aanvragen dan`), and the words read for its time.
COUNTED_BEFORE_DAN = 2
COMPARISON_CHARACTERS = 100
CLAUSE_END = regex.compile(r"[.;:!?\n]")
COMPARISON_WORD = regex.compile(r"[\p{L}\p{N}]+")
YEAR_WORD = regex.compile(YEAR)


class AttributeRules:
    counted_reach = 4
    """Words after a figure (past a partitive) among which its counted noun stands."""

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
        emphasis = alternation(lexicon.emphasis_words)
        links = {role: alternation(phrases) for role, phrases in lexicon.range_links.items()}
        # A change noun also heads compounds (`loonsverhoging van`), so no word boundary before it.
        self.change_before = compile_(
            rf"(?:{NOT_LETTER_BEFORE}(?P<phrase>{alternation(lexicon.change_before)})|(?P<phrase>{alternation(lexicon.change_heads)}))"
            rf"\s+(?:(?:{emphasis})\s+)?$"
        )
        self.met_before = compile_(
            rf"{NOT_LETTER_BEFORE}(?:{links['change_by']})\s+(?:(?:{emphasis})\s+)?(?:(?:{links['between_start']})\s+)?$"
        )
        self.range_link = compile_(rf"\s*(?:{links['range']})\s*")
        self.between_link = compile_(rf"\s*(?:{links['between_link']})\s*")
        self.between_start = compile_(rf"{NOT_LETTER_BEFORE}(?:{links['between_start']})\s+$")
        self.list_link = compile_(rf"\s*(?:{links['list_link']})\s*")
        self.levels_link = compile_(rf"\s*(?:{links['levels_link']})\s*")
        self.levels_start = compile_(rf"{NOT_LETTER_BEFORE}(?:{links['levels_start']})\s+$")
        self.level_after = compile_(rf"\s*(?:{links['levels_link']})\s")
        # `-4 graden`, `−3`, `min 7`: a sign glued to the digits or a sign word before the figure.
        signs = alternation(w for w, entry in lexicon.number_words.items() if entry.kind == "sign")
        self.sign_before = compile_(rf"(?:{NOT_LETTER_BEFORE}(?P<word>{signs})\s+|(?P<glyph>[-−–+])(?P<space>\s?))$")
        self.below_zero = compile_(rf"\s+(?:{alternation(lexicon.below_zero)}){NOT_LETTER_AFTER}")
        # A strong participle of a separable verb (`omgekomen`, `aangehouden`); a plural in
        # `-den`, `-ten` or `-enen` is more often a nominalised one, a noun itself (`ingezetenen`),
        # and without a particle the shape is a plural noun's as often (`gevallen`, `gezinnen`).
        self.adjective_noun_endings = tuple(lexicon.adjective_noun_endings)
        self.participle = regex.compile(rf"(?:{alternation(lexicon.separable_particles)})ge\p{{L}}+en(?<!{alternation(lexicon.nominalised_plural_endings)})")
        self.time_compound = compile_(
            rf"\s*(?-i:(?P<prefix>\p{{Ll}}{{3,}}))(?P<head>{alternation(lexicon.time_compound_heads)}){NOT_LETTER_AFTER}"
        )
        self.partitive = compile_(
            rf"\s+(?:{alternation(lexicon.partitives)})\s+(?:(?:{patterns.digits}|{patterns.word})\s+)?"
        )
        self.level_cue = compile_(rf"(?:{alternation(lexicon.level_cues)}){NOT_LETTER_AFTER}")
        self.change_verb = compile_(rf"{NOT_LETTER_BEFORE}(?P<phrase>{alternation(lexicon.change_verbs)}){NOT_LETTER_AFTER}")

    def apply(self, figures: list[Figure], context: TextContext) -> None:
        for figure in figures:
            if not figure.kind.attributes:
                continue
            if figure.kind.counts and figure.unit is None:
                self.unit(figure, context)
            signed, direction = self.sign(figure, context)  # before the qualifier: `rond −3 graden`
            if figure.qualifier == "exact":
                self.qualifiers(figure, context)
            if figure.kind.counts and figure.unit is None and figure.rule != "number.vague_count":
                figure.counted = self.counted(figure, context) or self.counted_earlier(figure, context)
            figure.change = direction if signed else self.change(figure, context)
        self.ranges(figures, context)

    def unit(self, figure: Figure, context: TextContext) -> None:
        match = self.patterns.unit_after.match(context.text, figure.end)
        if match:
            figure.unit = self.patterns.lexicon.unit_for(match.group("unit"))
            figure.end = match.end()
            return
        compound = self.time_compound.match(context.text, figure.end)
        if compound:  # `drie schooljaren`: a compound time noun is its own unit
            heads = self.patterns.lexicon.time_compound_heads
            figure.unit = compound.group("prefix").lower() + heads[compound.group("head").lower()]
            figure.end = compound.end()

    def qualifiers(self, figure: Figure, context: TextContext) -> None:
        text, lexicon = context.text, self.patterns.lexicon
        before = self.patterns.qualifier_before.search(text, max(0, figure.start - self.windows.qualifier), figure.start)
        if before:
            figure.qualifier = lexicon.qualifiers_before[" ".join(before.group("phrase").lower().split())]
            figure.start = before.start("phrase")
            return
        split = self.patterns.split_comparison.search(text, max(0, figure.start - self.windows.qualifier), figure.start)
        if split:
            figure.qualifier = lexicon.qualifiers_before[split.group("comparative").lower() + " dan"]
            return
        after = self.qualifier_after.match(text, figure.end)
        if after:
            figure.qualifier = lexicon.qualifiers_after[" ".join(after.group("phrase").lower().split())]
            figure.end = after.end()

    def counted(self, figure: Figure, context: TextContext) -> str | None:
        """The noun right after a count, past adjectives, participles and a partitive
        (`24 omgekomen fietsers`, `312 van de 342 gemeenten`)."""
        lexicon = self.patterns.lexicon
        partitive = self.partitive.match(context.text, figure.end)
        start = partitive.end() if partitive else figure.end
        words = [(w.rstrip("'’"), s, e) for w, s, e in context.words_after(start, self.counted_reach)]
        if words and words[0][0].lower() in lexicon.change_after and not self.change_word_before_noun(context, words):
            return None  # `20 mld hoger`: a change cue, not a noun (but `9.500 extra stoelen`)
        if context.tagged:
            return self.counted_by_tags(figure, context, words, use_parse=not partitive)
        if not words or not words[0][0][0].isalpha():
            return None
        if words[0][0].lower() in lexicon.not_counted and not self.change_word_before_noun(context, words):
            return None
        # `59.700 Nederlandse studenten`, `24 omgekomen fietsers`, `75 extra banen`: an inflected
        # adjective, a participle or a change word before the noun.
        for (word, _, _), (following, _, _) in zip(words, words[1:]):
            if not (self.is_prenominal_shape(word) and following[0].isalpha()) or following.lower() in lexicon.not_counted:
                return word
        return words[-1][0]

    def is_prenominal_shape(self, word: str) -> bool:
        """Shaped like a word before a noun: an inflected adjective (`nieuwe`), a participle
        (`omgekomen`) or a change word (`extra`)."""
        lowered = word.lower()
        return lowered.endswith("e") or bool(self.participle.fullmatch(lowered)) or lowered in self.patterns.lexicon.change_after

    def prenominal_before_noun(self, token) -> bool:
        """A word shaped as an adjective or participle before a noun, whatever its own tag, or one
        tagged as a participle (`64 aangesloten ziekenhuizen`, whose `-ten` the shape leaves out)."""
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        shaped = self.is_prenominal_shape(token.text) or token.tag_.startswith("WW|vd")
        return following is not None and is_noun(following) and shaped

    def is_prenominal(self, token, word: str, following) -> bool:
        """A participle before a noun, by its tag (`ondervraagde`: `WW|vd|prenom`) or, where a small
        tagger calls it a finite verb (`meegereisde fans`), by its shape and the noun after it."""
        if is_prenominal_tag(token):
            return True
        return following is not None and is_noun(following) and self.is_prenominal_shape(word)

    def change_word_before_noun(self, context: TextContext, words: list[tuple[str, int, int]]) -> bool:
        lexicon = self.patterns.lexicon
        if len(words) < 2 or words[0][0].lower() not in lexicon.change_after:
            return False
        if not words[1][0][0].isalpha() or words[1][0].lower() in lexicon.not_counted:
            return False
        if not context.tagged:
            return True
        token = context.token_from(words[1][1])
        return token is not None and (is_noun(token) or is_verb_tagged_noun(token))

    def counted_earlier(self, figure: Figure, context: TextContext) -> str | None:
        """`Het aantal werklozen lag 101 duizend lager`: what the sentence said it counts."""
        start, _ = context.sentence_bounds(figure.start)
        cues = list(self.count_cue.finditer(context.text, start, figure.start))
        if not cues or self.in_coordinated_clause(figure, cues[-1].start("noun"), context):
            return None
        return cues[-1].group("noun")

    @staticmethod
    def in_coordinated_clause(figure: Figure, cue_offset: int, context: TextContext) -> bool:
        """`Het aantal X bedroeg 1.250 en kan oplopen tot 1.400`: in the parse, the figure hangs
        from a verb conjoined to the cue's clause, a clause of its own that does not name X."""
        if not context.parsed:
            return False
        number, cue = context.token_at(figure.core_end - 1), context.token_at(cue_offset)
        if number is None or cue is None:
            return False
        cue_clause = {cue.i, *(ancestor.i for ancestor in cue.ancestors)}
        for token in (number, *number.ancestors):
            if token.i in cue_clause:
                return False
            if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
                return True
        return False

    @staticmethod
    def shared_noun(head: Token) -> Token:
        """`vijf gouden, drie zilveren en twee bronzen medailles`: coordinated adjectives whose
        noun is written once, after the last; the parse joins them as conjuncts."""
        group = sorted((head, *head.conjuncts), key=lambda token: token.i)
        last = group[-1]
        elided = any(is_prenominal_tag(member) and not is_noun(member.nbor(1)) for member in group[:-1] if member.i + 1 < len(member.doc))
        return last if elided and is_noun(last) else head

    def counted_by_tags(
        self, figure: Figure, context: TextContext, words: list[tuple[str, int, int]], use_parse: bool = True
    ) -> str | None:
        """The noun a count modifies in the parse (`34 512 vacatures`), else the next noun past adjectives."""
        lexicon = self.patterns.lexicon
        number = context.token_at(figure.core_end - 1)
        if use_parse and context.parsed and number is not None and number.dep_ in ("nummod", "advmod"):
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
            if head is not None and is_adjective(head) and not is_noun(head) and not head.text.lower().endswith(self.adjective_noun_endings):
                head = None  # `er zijn er 40 ziek`: a predicate, not an adjective used as a noun
            if head is not None and self.prenominal_before_noun(head):
                head = head.nbor(1)  # `230 opgegraven skeletten`, with the participle tagged a noun
            shared = self.shared_noun(head) if head is not None else None
            if shared is not None and shared is not head:
                return None if shared.text.lower() in lexicon.not_counted else shared.text
            if head is not None and 0 < head.i - number.i <= 4 and head.idx >= figure.end and head.text.isalpha() and not is_inflected_finite_verb(head):
                if not (lexicon.unit_for(head.text) or head.text.lower() in lexicon.scales):
                    return None if head.text.lower() in lexicon.not_counted else head.text
        # A word inside a token (`€` and `t` of `6€t`) has no tags of its own: it ends the search.
        tokens = [context.token_from(start) for _, start, _ in words]
        tokens = [token if token is not None and token.idx == start else None for token, (_, start, _) in zip(tokens, words)]
        after_prenominal = False
        for index, (word, token) in enumerate(zip((w for w, _, _ in words), tokens)):
            if token is None:
                return None
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            content = word[0].isalpha() and word.lower() not in lexicon.not_counted
            if after_prenominal and content and not is_finite_verb(token):
                return word  # `60 nieuwe windmolens`: the noun, whatever a small tagger calls it
            # A plural noun right after a figure is often tagged as an infinitive (`1.234 aangiften`)
            # or, in a noun's relation, as a participle (`één miljoen banen`), and an inflected
            # adjective with no noun after it is used as one (`300 werklozen`, not `40 ziek`).
            modifies_next = following is not None and (
                is_noun(following) or is_adjective(following) or (is_prenominal_tag(token) and following.is_alpha)
            )
            if self.prenominal_before_noun(token):
                after_prenominal = True
                continue
            nominal = is_noun(token) or (index == 0 and is_verb_tagged_noun(token)) or (
                is_adjective(token) and not modifies_next and word.lower().endswith(self.adjective_noun_endings)
            )
            if nominal:
                return None if word.lower() in lexicon.not_counted else word
            if is_adjective(token) or self.is_prenominal(token, word, following):
                after_prenominal = is_prenominal_tag(token) or self.is_prenominal_shape(word)
                continue
            # `7 nog vermiste kinderen`, `37 zwaar beschadigde scooters`: an adverb before an adjective.
            if token.pos_ == "ADV" and following is not None and (is_adjective(following) or is_prenominal_tag(following)):
                continue
            return None
        return None

    def change(self, figure: Figure, context: TextContext) -> str | None:
        text, lexicon = context.text, self.patterns.lexicon
        below_zero = self.below_zero.match(text, figure.end)
        if below_zero and figure.kind.counts and (figure.unit is None or figure.unit in lexicon.signed_units):
            figure.value, figure.end = -figure.value, below_zero.end()
            return None
        before = self.change_before.search(text, max(0, figure.start - self.windows.change), figure.start)
        if before:  # `een stijging met 13,7 procent`, but `een stijging van 5 naar 7 procent` gives levels
            phrase = " ".join(before.group("phrase").lower().split())
            levels = any(phrase.endswith(" " + start) for start in lexicon.range_links["levels_start"])
            # `van 30 tot 110 centimeter` after the cue is a range of the change's size.
            to_level = self.level_after.match(text, figure.end) and not self.range_link.match(text, figure.end)
            return None if levels and to_level else lexicon.change_cue(phrase)
        if self.met_before.search(text, max(0, figure.start - self.windows.change_met), figure.start):
            # `daalde met 0,2 procentpunt (naar 3,6)`, or without a change verb `rekening met 1,5 procent groei`
            return self.change_in_sentence(figure, context) or self.change_after(figure, context)
        if self.level_after.match(text, figure.end):
            return None  # `van 132 duizend naar 126 duizend`: levels, not a change
        return self.change_after(figure, context) or self.change_named_by_clause(figure, context)

    def change_named_by_clause(self, figure: Figure, context: TextContext) -> str | None:
        """`Ze schat de groei op 1 procent`, `De loonstijgingen komen uit op 4 procent`: in the
        parse, the figure's verb has a change noun (or a compound on one) as subject or object."""
        if not context.parsed or figure.counted:
            return None
        token = context.token_at(figure.core_end - 1)
        if token is None:
            return None
        if token.dep_ == "nummod":
            token = token.head  # `1 procent`: the figure is the noun's phrase
        if token.dep_ not in ("obj", "obl", "obl:arg"):
            return None
        if token.dep_ == "obl" and figure.unit in self.patterns.lexicon.time_units:
            return None  # `de komende vijf jaar`: when the change comes, not its size
        for argument in token.head.children:
            if argument.dep_ in ("nsubj", "obj") and argument.i != token.i:
                direction = self.patterns.lexicon.change_noun_direction(argument.text)
                if direction:
                    return direction
        return None

    def sign(self, figure: Figure, context: TextContext) -> tuple[bool, str | None]:
        """A sign before the figure (`-4 graden`, `min 7`, `-0,4 procent`): whether there is one,
        and the change it means. A kept sign makes the value negative and none; the span takes
        in the sign either way, so that a qualifier before it binds (`rond −3 graden`)."""
        text = context.text
        sign = self.sign_before.search(text, max(0, figure.core_start - 6), figure.core_start)
        if not sign or regex.search(r"[\d%]\s*$", text[max(0, sign.start() - 20) : sign.start()]):
            return False, None
        negative = sign.group("word") is not None or sign.group("glyph") != "+"
        if not sign.group("space"):
            figure.start = min(figure.start, sign.start())
        if self.keeps_sign(figure, context, sign):
            figure.value = -figure.value if negative else figure.value
            return True, None
        return True, "decrease" if negative else "increase"

    def keeps_sign(self, figure: Figure, context: TextContext, sign: regex.Match) -> bool:
        """A temperature, a bare figure or a level (`saldo`) below zero keeps its sign; other
        signed figures are the size of a change (`-0,4 procent`). A spaced dash is punctuation
        more often than a sign, so it reads as a change, as before."""
        if not figure.kind.counts or sign.group("space"):
            return False
        if figure.unit is None or figure.unit in self.patterns.lexicon.signed_units:
            return True
        start, _ = context.sentence_bounds(figure.start)
        return bool(self.level_cue.search(context.text, max(start, sign.start() - 60), sign.start()))

    def change_in_sentence(self, figure: Figure, context: TextContext) -> str | None:
        """`is met 14 procent gestegen`: the nearest change verb of the sentence."""
        start, end = context.sentence_bounds(figure.start)
        verbs = list(self.change_verb.finditer(context.text, start, end))
        if not verbs:
            return None
        nearest = min(verbs, key=lambda m: abs(m.start() - figure.start))
        return self.patterns.lexicon.change_verbs[" ".join(nearest.group("phrase").lower().split())]

    def change_after(self, figure: Figure, context: TextContext) -> str | None:
        """`6 procent minder`, `100 duizend werklozen minder`, `3 extra`, `45 voltijdse banen bij`:
        the word after the figure or after its counted noun."""
        words = context.words_after(figure.end, self.counted_reach + 1)
        texts = [word for word, _, _ in words]
        reach = texts.index(figure.counted) + 2 if figure.counted in texts else 1
        for index, (word, start, end) in enumerate(words[:reach]):
            direction = self.patterns.lexicon.change_after.get(word.lower())
            if direction and not self.is_preposition(context, start):
                return direction if self.against_earlier_time(context, end) else None
            if index + 1 < len(texts):  # `1 procent op vooruit`
                phrase = self.patterns.lexicon.change_after.get(f"{word} {texts[index + 1]}".lower())
                if phrase:
                    return phrase
        return None

    def against_earlier_time(self, context: TextContext, offset: int) -> bool:
        """After a change word, a comparison with `dan` (past its counted noun) names an earlier time
        (`meer dan vorig jaar`, `dan in 2023`) or there is none; `meer dan zijn rivaal` is a difference."""
        lexicon = self.patterns.lexicon
        clause = CLAUSE_END.split(context.text[offset : offset + COMPARISON_CHARACTERS], 1)[0]
        words = [word.lower() for word in COMPARISON_WORD.findall(clause)]
        if "dan" not in words[:COUNTED_BEFORE_DAN + 1]:
            return True
        compared = words[words.index("dan") + 1 :]
        return any(
            word in lexicon.comparison_times or word in lexicon.time_units or word in lexicon.months or YEAR_WORD.fullmatch(word)
            for word in compared
        )

    @staticmethod
    def is_preposition(context: TextContext, offset: int) -> bool:
        """`59.700 studenten bij de universiteiten`: `bij` heads a phrase, not a particle (`45 banen bij`)."""
        token = context.token_at(offset) if context.parsed else None
        return token is not None and token.dep_ == "case"

    def ranges(self, figures: list[Figure], context: TextContext) -> None:
        """`10 tot 11 procent`, `tussen 7,6 en 8,7 procent`, `24, 10 en 4 maanden`: the bare first end
        or item takes the second's type, unit and counted noun."""
        text = context.text
        ordered = sorted((f for f in figures if f.kind.attributes), key=lambda f: f.start)
        # From the last pair back, so that a list passes its last item's unit to every item.
        for first, second in reversed(list(zip(ordered, ordered[1:]))):
            between = text[first.end : second.start]
            window = max(0, first.start - self.windows.range_start)
            is_range = self.range_link.fullmatch(between) or (
                self.between_link.fullmatch(between) and self.between_start.search(text, window, first.start)
            )
            # `van 19 naar 21 procent`: two levels, not a range, but the first is a percentage too.
            are_levels = self.levels_link.fullmatch(between) and self.levels_start.search(text, window, first.start)
            # `24, 10 en 4 maanden`: a bare number before a list link is an item of the list.
            is_list = self.list_link.fullmatch(between) and first.kind.counts and first.unit is None and first.counted is None
            if not (is_range or are_levels or is_list) or not first.kind.counts and second.kind.counts:
                continue  # `daalde met 11 procent tot 47,3 miljoen euro`: a change and a level, no range
            # `3 à 4 miljoen`, but not `met 12.500 tot 1,2 miljoen`: the bare end is the smaller number.
            if first.scale == 1.0 and second.scale != 1.0 and first.unit is None and first.value <= second.value / second.scale:
                first.value, first.scale = first.value * second.scale, second.scale  # `3 à 4 miljoen ton`
            if first.kind.counts and first.unit is None and second.type != first.type:
                first.type, first.percentage_point, first.counted = second.type, second.percentage_point, None
            if first.kind.counts and second.kind.counts and first.unit is None:
                first.unit = second.unit
            if first.counted is None and first.kind.counts:
                first.counted = second.counted
            if is_range and second.qualifier == "exact":
                second.qualifier = first.qualifier
            if is_range and first.change is None:
                first.change = second.change
