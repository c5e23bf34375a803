"""Attribution: which actor each figure comes from, as ANNOTATION.md defines `source`.

- a cue in the figure's sentence: `volgens het CBS`, `meldt de politie`,
  `UWV meldt dat …`, `blijkt uit cijfers van …`; the first cue with an actor wins;
- a sentence that points back at the figures just before it: `Dat meldt X.`,
  `Dat blijkt uit … van X.`, `X maakte de cijfers bekend.`;
- a quote: its speaker (`"…", zegt X`, `X: '…'`, a quote right after `zegt X.`,
  or the next quote of the same speaker); a quote without a speaker gives none.
Years never get a source.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.tokens import Doc, Span

from ..windows import AttributionWindows
from .linking import Actor
from .rules import ANY_WORDS, ActorRules, AttributionCue

CLAUSE_PUNCTUATION = {",", ";", ":", '"', "“", "”", "'", "‘", "’", "(", ")"}
POINTING_BACK = {"dat", "dit", "zo", "die", "deze"}
BACK_REFERENCE_NOUNS = {"cijfers", "jaarcijfers", "gegevens", "aantallen"}


@dataclass(frozen=True)
class ActorSpan:
    first: int
    last: int
    name: str
    kind: str


def sentences_of(doc: Doc) -> list[Span]:
    """Sentences split after `.`, `!`, `?` and at line breaks: the same with or without a parser,
    whose splits (`Voormalig minister van Binnenlandse Zaken` | `Jan Jambon maakte …`) vary."""
    sentences = []
    start = 0
    for token in doc:
        if token.text in {".", "!", "?"} or "\n" in token.whitespace_ or token.is_space and "\n" in token.text:
            if not all(t.is_space for t in doc[start : token.i + 1]):
                sentences.append(doc[start : token.i + 1])
            start = token.i + 1
    if start < len(doc):
        sentences.append(doc[start:])
    return sentences


def quote_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Character ranges of quotations: “…”, „…”, ,,…'', "…", ‘…’ and '…' (an apostrophe inside a word is no quote mark)."""
    spans = []
    opened: Optional[tuple[int, str]] = None
    index = start
    while index < len(text):
        char = text[index]
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if opened is None:
            if text.startswith(",,", index):
                opened = (index, "”")
                index += 1
            elif char in "“„" or char == '"' or char in "‘'" and (before.isspace() or before in "(:—–-") and after.isalnum():
                opened = (index, {"“": "”", "„": "”", '"': '"', "‘": "’", "'": "'"}[char])
        elif char == opened[1] or opened[1] == "”" and (char == '"' or text.startswith("''", index)):
            if char in "’'" and after.isalpha():
                index += 1
                continue
            close = index + 2 if text.startswith("''", index) else index + 1
            spans.append((opened[0], close))
            opened = None
            index = close
            continue
        index += 1
    return spans


@dataclass(frozen=True)
class Attributed:
    """A cue of a sentence with the actor it names."""

    name: str
    first: int
    weak: bool
    """`meldt`, `peiling van`: weaker than `volgens`, and than a next sentence's `Dat blijkt uit …`."""


class Attribution:
    def __init__(self, rules: ActorRules, windows: AttributionWindows):
        self.windows = windows
        self.cues = rules.attribution_cues
        self.breaks = rules.attribution_breaks
        self.cues_by_first_word: dict[str, list[AttributionCue]] = {}
        for cue in self.cues:
            self.cues_by_first_word.setdefault(cue.words[0], []).append(cue)

    def apply(self, doc: Doc, text: str, sentences: list[Span], figures: list[dict], actors: list[Actor]) -> None:
        """Set each figure's `source`; `text` is `doc.text` and `sentences` are `sentences_of(doc)`, read once by the caller."""
        if not figures:
            return
        # An actor's name and kind are read from all its candidates: once per actor, not per candidate.
        named = ((actor, actor.name, actor.kind) for actor in actors)
        spans = sorted(
            (ActorSpan(c.first, c.last, name, kind) for actor, name, kind in named for c in actor.candidates if kind != "place"),
            key=lambda s: s.first,
        )
        quotes = quote_spans(text, doc._.body_start or 0)
        sentence_starts = [s.start_char for s in sentences]
        speakers = self.quote_speakers(doc, text, quotes, spans, sentences)
        # A sentence's cues name only its own actors: each is given those alone, so that the
        # work grows with the text, not with its sentences times its actors.
        firsts = [span.first for span in spans]
        cues = [
            self.sentence_cues(sentence, spans[bisect_left(firsts, sentence.start) : bisect_left(firsts, sentence.end)], quotes)
            for sentence in sentences
        ]
        for figure in figures:
            if figure["type"] == "year":
                continue
            quote = next((q for q in quotes if q[0] <= figure["start"] < q[1]), None)
            if quote is not None:
                figure["source"] = speakers.get(quote)
                continue
            index = max(bisect_right(sentence_starts, figure["start"]) - 1, 0)
            token = doc.char_span(figure["start"], figure["end"], alignment_mode="expand")
            figure_token = token.start if token is not None else sentences[index].start
            figure["source"] = self.source(text, sentences, cues, index, figure_token)

    def source(
        self, text: str, sentences: list[Span], cues: list[list[Attributed]], index: int, figure_token: int
    ) -> Optional[str]:
        """`volgens X` in the sentence, then a next sentence pointing back, then a reporting verb in the sentence."""
        sentence = sentences[index]
        own = [a for a in cues[index] if not self.across_clauses(sentence, a.first, figure_token)]
        own.sort(key=lambda a: (a.weak, not self.same_clause(sentence, a.first, figure_token)))
        if own and not own[0].weak:
            return own[0].name
        pointing = self.pointing_sentence(text, sentences, index)
        if pointing is not None and cues[pointing]:
            return cues[pointing][0].name
        return own[0].name if own else None

    def pointing_sentence(self, text: str, sentences: list[Span], index: int) -> Optional[int]:
        """The sentence that points back at this one's figures: the next one (`Dat meldt X.`), or
        one that opens the next paragraph with `Dat …` for the whole paragraph before it."""
        following = index + 1
        if following >= len(sentences):
            return None
        if self.points_back(sentences[following]):
            return following
        for later in range(following, len(sentences)):
            gap = text[sentences[later - 1].end_char : sentences[later].start_char]
            if "\n" in gap:
                opener = next((t.lower_ for t in sentences[later] if not t.is_space), "")
                return later if opener in POINTING_BACK else None
        return None

    def across_clauses(self, sentence: Span, cue: int, figure: int) -> bool:
        """A cue in a later clause of its own (`…, maar volgens de stad …`); a `Volgens X` that opens
        the sentence reaches across (`Volgens Schouten …, maar … 2,8 mol`)."""
        return cue > figure and any(t.lower_ in self.breaks for t in sentence.doc[figure:cue])

    @staticmethod
    def same_clause(sentence: Span, first: int, other: int) -> bool:
        low, high = sorted((first, other))
        return not any(t.text in {";", ":"} for t in sentence.doc[low:high])

    def sentence_cues(self, sentence: Span, spans: list[ActorSpan], quotes: list[tuple[int, int]]) -> list[Attributed]:
        found = []
        for cue, first, last in self.cue_matches(sentence):
            if any(q[0] <= sentence.doc[first].idx < q[1] for q in quotes):
                continue
            speaker = self.speaker(sentence, cue, first, last, spans)
            if speaker is not None:
                found.append(Attributed(speaker, first, not cue.strong))
        # A heading such as `UWV: 20 procent minder WW-uitkeringen`.
        opening = [s for s in spans if s.first == sentence.start and s.last < len(sentence.doc) and sentence.doc[s.last].text == ":"]
        if opening and not found:
            found.append(Attributed(opening[0].name, sentence.start, False))
        return found

    @staticmethod
    def points_back(sentence: Span) -> bool:
        words = [t.lower_ for t in sentence if not t.is_space]
        return bool(words) and (words[0] in POINTING_BACK or any(w in BACK_REFERENCE_NOUNS for w in words))

    def cue_matches(self, sentence: Span) -> Iterable[tuple[AttributionCue, int, int]]:
        words = [t.lower_ for t in sentence]
        found = []
        for position in range(len(words)):
            for cue in self.cues_by_first_word.get(words[position], ()):
                end = self.match_cue(words, position, cue.words)
                if end is not None:
                    found.append((position, -(end - position), cue, sentence.start + position, sentence.start + end))
        for _, _, cue, first, last in sorted(found, key=lambda f: (f[0], f[1])):
            yield cue, first, last

    def match_cue(self, words: list[str], position: int, cue: tuple[str, ...]) -> Optional[int]:
        index = position
        for number, part in enumerate(cue):
            if part == ANY_WORDS:
                following = cue[number + 1]
                gap_end = next((i for i in range(index, min(index + self.windows.cue_gap + 1, len(words))) if words[i] == following), None)
                if gap_end is None:
                    return None
                index = gap_end
                continue
            if index >= len(words) or words[index] != part:
                return None
            index += 1
        return index

    def speaker(self, sentence: Span, cue: AttributionCue, first: int, last: int, spans: list[ActorSpan]) -> Optional[str]:
        """The actor a cue names: after it (`volgens het CBS`, `meldt de politie`), or for a verb
        the first actor of its clause before it (`UWV meldt dat`, `Yeşilgöz schrijft aan de Kamer`)."""
        doc = sentence.doc
        window = self.windows.after_cue if cue.actor_after_only else self.windows.either_side
        after = first + 1 if ANY_WORDS in cue.words else last
        reachable = []
        for span in spans:
            if span.first < after or span.first >= min(after + window, sentence.end):
                continue
            between = [doc[i].text for i in range(after, span.first)]
            if any(w in CLAUSE_PUNCTUATION for w in between) or not cue.actor_after_only and "dat" in between:
                break
            reachable.append(span)
        named = [s for s in reachable if s.kind != "group"]
        # A group must follow its cue closely (`aldus de onderzoekers`), not after other nouns
        # (`volgens de landelijke norm mag een kind …`).
        close = [s for s in reachable if s.first - after <= self.windows.group_gap]
        following = (named or close)[0] if named or close else None
        if cue.actor_after_only:
            return following.name if following else None
        clause_start = sentence.start
        for index in range(first - 1, sentence.start - 1, -1):
            if doc[index].text in CLAUSE_PUNCTUATION - {"(", ")"}:
                clause_start = index + 1
                break
        subject = next((s for s in spans if clause_start <= s.first and s.last <= first), None)
        # Right after the verb is the inverted subject (`meldt de politie`); further on, the verb's own subject wins.
        if following is not None and (following.first - after <= self.windows.group_gap or subject is None):
            return following.name
        return subject.name if subject else None

    def quote_speakers(
        self, doc: Doc, text: str, quotes: list[tuple[int, int]], spans: list[ActorSpan], sentences: list[Span]
    ) -> dict[tuple[int, int], Optional[str]]:
        speakers: dict[tuple[int, int], Optional[str]] = {}
        previous: Optional[tuple[tuple[int, int], Optional[str]]] = None
        for quote in quotes:
            speaker = self.speaker_after(doc, len(text), quote, spans) or self.speaker_before(doc, quote, spans, sentences)
            if speaker is None and previous is not None and previous[1] is not None:
                gap = text[previous[0][1] : quote[0]]
                if "\n" not in gap and len(gap) < 120 and self.speaker_after(doc, len(text), previous[0], spans) == previous[1]:
                    speaker = previous[1]
            speakers[quote] = speaker
            previous = (quote, speaker)
        return speakers

    def speaker_after(self, doc: Doc, text_length: int, quote: tuple[int, int], spans: list[ActorSpan]) -> Optional[str]:
        span = doc.char_span(quote[1], text_length, alignment_mode="expand")
        if span is None or not len(span):
            return None
        first = span.start + (span[0].text == ",")
        if first >= len(doc):
            return None
        words = [t.lower_ for t in doc[first : first + 3]]
        for cue in self.cues:
            if cue.actor_after_only and cue.words[0] != "aldus":
                continue
            end = self.match_cue(words, 0, cue.words)
            if end is not None:
                return self.speaker(doc[first : min(first + 12, len(doc))], cue, first, first + end, spans)
        return None

    def speaker_before(self, doc: Doc, quote: tuple[int, int], spans: list[ActorSpan], sentences: list[Span]) -> Optional[str]:
        opening = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
        if opening is None or opening.start == 0:
            return None
        before = next((t for t in reversed(doc[: opening.start]) if not t.is_space), None)
        sentence = next((s for s in sentences if before is not None and s.start <= before.i < s.end), None)
        if sentence is None:
            return None
        if before.text == ":":
            return next((s.name for s in spans if sentence.start <= s.first and s.last <= before.i), None)
        if before.text not in {".", "!", "?"}:
            return None
        cues = [match for match in self.cue_matches(sentence) if not match[0].actor_after_only]
        if cues:
            _, _, last = cues[-1]
            return next((s.name for s in spans if s.first >= last and s.last == before.i), None)
        # `Producent Frans van Gestel vindt dat … "…"`: the person the sentence before is about.
        return next((s.name for s in spans if sentence.start <= s.first < sentence.end and s.kind == "person"), None)
