"""Attribution: which actor each figure comes from, as ANNOTATION.md defines `source`.

Attribution is read per paragraph (text between line breaks); nothing carries a
source past one. A figure takes, in this order:
- the speaker of the quote it stands in, over all the sentences the quote runs
  (tag before, inside or after it: `X zegt: "…"`, `"…", zegt X`); a quote
  without a tag takes the speaker named in the sentence right before it;
- a strong cue of its own sentence, wherever it stands (`volgens X`, `aldus X`,
  `blijkt uit cijfers van X`);
- a pointer sentence later in the paragraph (`Dat meldt X.`, `Dat blijkt uit …
  van X.`, `X maakte de cijfers bekend.`), for every sentence back to the
  paragraph's start;
- a reporting verb of its sentence (reporting_verbs.tsv, by lemma with a model)
  with its subject (`UWV meldt dat …`, `…, meldt UWV`; the parse's subject where
  the model gives one).
No source: for years; for a number with a time unit that frames another figure
(`in de laatste drie jaar`, but not what a verb came to: `is opgelopen tot 22 weken`); from a verb that does something with the amount
(`stelt … beschikbaar`); from sayers who are counted themselves (`een kwart van de
ondervraagden zegt`); for a figure in a relative clause that only describes
(`veehouder X, die 140 koeien houdt`). The study a cue names is reported with it
(`Dat blijkt uit een peiling van X onder 312 gemeenten`: 312 takes X).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

import regex
from spacy.tokens import Doc, Span, Token

from ..figures.spans import Figure
from ..text import SUBJECT_RELATIONS, is_finite_verb, paragraphs_of
from ..windows import AttributionWindows
from .linking import LinkedActor
from .rules import ANY_WORDS, ActorRules, AttributionCue

CLAUSE_PUNCTUATION = {",", ";", ":", '"', "“", "”", "'", "‘", "’", "(", ")"}
BULLETS = {"-", "–", "—", "•", "*"}
SENTENCE_ENDS = {".", "!", "?"}
QUOTE_MARKS = {'"', "”", "’", "'", "''"}
DESCRIPTION_REACH = 6
FRAME_REACH = 3
QUOTE_CONTINUATION = 120


@dataclass(frozen=True)
class ActorSpan:
    first: int
    last: int
    name: str
    kind: str


@dataclass(frozen=True)
class Cue:
    """A cue of a sentence with the actor it names."""

    speaker: ActorSpan
    first: int
    strong: bool
    """`volgens`, `aldus`, `blijkt uit` outrank a reporting verb, and a later pointer sentence."""
    verb: bool
    study: bool = False
    """A study's maker (`onderzoek van X`, `peiling van X`): whom research staff named later stand for."""

    @property
    def name(self) -> str:
        return self.speaker.name


def organisations_by_key(keyed: list[tuple[str, ActorSpan]]) -> dict[str, list[tuple[int, str, int]]]:
    """For each key, its organisations in text order as (first token, name, distinct names so far)."""
    by_key: dict[str, list[tuple[int, str, int]]] = {}
    names: dict[str, set[str]] = {}
    for key, span in keyed:
        seen = names.setdefault(key, set())
        seen.add(span.name)
        by_key.setdefault(key, []).append((span.first, span.name, len(seen)))
    return by_key


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


class Attribution:
    def __init__(self, rules: ActorRules, windows: AttributionWindows):
        self.windows = windows
        self.rules = rules
        self.cues = rules.attribution_cues
        self.breaks = rules.attribution_breaks
        self.words = rules.attribution_words
        self.cues_by_first_word: dict[str, list[AttributionCue]] = {}
        for cue in self.cues:
            self.cues_by_first_word.setdefault(cue.words[0], []).append(cue)

    def apply(self, doc: Doc, text: str, sentences: list[Span], figures: list[Figure], actors: list[LinkedActor]) -> None:
        """Set each figure's `source`; `text` is `doc.text` and `sentences` are `sentences_of(doc)`, read once by the caller."""
        if not figures or not sentences:
            return
        # An actor's name and kind are read from all its candidates: once per actor, not per candidate.
        named = ((actor, actor.name, actor.kind) for actor in actors)
        spans = sorted(
            (ActorSpan(c.first, c.last, name, kind) for actor, name, kind in named for c in actor.candidates if c.speaks and self.may_speak(name, kind)),
            key=lambda s: s.first,
        )
        spans = sorted(spans + self.descriptions(doc, text, spans), key=lambda s: s.first)
        quotes = quote_spans(text, doc._.body_start or 0)
        paragraphs = paragraphs_of(text, sentences)
        sentence_starts = [s.start_char for s in sentences]
        figure_tokens = {}
        for figure in figures:
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is not None and len(span):
                figure_tokens[id(figure)] = (span.start, span.end)
        counted = [figure_tokens[id(f)] for f in figures if f.kind.sourced and id(f) in figure_tokens]
        # A sentence's cues name only its own actors: each is given those alone, so that the
        # work grows with the text, not with its sentences times its actors.
        firsts = [span.first for span in spans]
        paragraph_starts: dict[int, int] = {}
        for sentence, number in zip(sentences, paragraphs):
            paragraph_starts.setdefault(number, sentence.start)
        cues = [
            self.sentence_cues(
                sentence, spans[bisect_left(firsts, sentence.start) : bisect_left(firsts, sentence.end)], quotes, counted,
                spans[bisect_left(firsts, paragraph_starts[number]) : bisect_left(firsts, sentence.start)],
            )
            for sentence, number in zip(sentences, paragraphs)
        ]
        self.resolve_possessives(sentences, paragraphs, cues)
        self.resolve_research_staff(cues)
        pointers = [self.pointer(sentence, cues[index]) for index, sentence in enumerate(sentences)]
        pointed = self.pointed_at(paragraphs, pointers)
        speakers = self.quote_speakers(doc, text, quotes, spans, sentences, paragraphs)
        # Figures a time figure can frame: those of other kinds, by start, for a bisection per sentence.
        framed = sorted(f.start for f in figures if f.kind.sourced and f.unit not in self.rules.time_units)
        for figure in figures:
            if not figure.kind.sourced or id(figure) not in figure_tokens:
                continue
            first, last = figure_tokens[id(figure)]
            index = max(bisect_right(sentence_starts, figure.start) - 1, 0)
            quote = next((q for q in quotes if q[0] <= figure.start < q[1]), None)
            # A speaker reports what they say; outside a quote a period frames the event it dates
            # (`Voor het eerst in tien jaar …`).
            if self.frames(doc, figure, first) and (quote is None or self.holds_figure(framed, sentences[index])):
                continue
            if quote is not None:
                # A quote without a speaker of its own takes a pointer sentence after it (`"…" Dat zegt X.`).
                figure.source = speakers.get(quote) or pointed[index]
                continue
            figure.source = self.source(sentences, cues, pointers, pointed, index, first, last)

    def may_speak(self, name: str, kind: str) -> bool:
        """A place is no source (`Nederland telt 17,9 miljoen inwoners`); but a name that only the model
        calls a place may be one (`meldt Weeronline`): a model calls many an unknown name a place."""
        return kind != "place" or name not in self.rules.places and name.title() not in self.rules.places

    def descriptions(self, doc: Doc, text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
        """An organisation named again by a definite description that the actor finder left: by a word its
        name opens or ends on (`de groep` for Van Dam Groep, `het parket` for het Antwerpse parket: the one
        such organisation in the paragraph, or else in the article so far), or by an anaphor noun, also as a compound head
        (`de koepel`, `de hulporganisatie`). An anaphor noun names the organisation of that kind: the one
        named before it in the article whose name ends in the noun or that the noun introduced (`de bank`
        for Rabobank, `het instituut` for het Jeugdinstituut, `de krant` for `de Deense krant
        Jyllands-Posten`; of several, the one named last in the paragraph); without one of that kind,
        the organisation named last before it in its paragraph."""
        covered = {index for span in spans for index in range(span.first, span.last)}
        starts = {span.first for span in spans}
        organisations = [s for s in spans if s.kind == "organization"]  # in text order, as `spans`
        kinds = self.organisation_kinds(doc, organisations)
        by_word = self.organisation_words(organisations)
        # Looked up by bisection: a scan of the text or of all organisations per word would make
        # an article of a million characters take hours.
        organisation_firsts = [s.first for s in organisations]
        organisation_starts = [doc[s.first].idx for s in organisations]
        line_breaks = [match.start() for match in regex.finditer("\n", text)]
        found = []
        for token in doc:
            # A noun right before a name introduces it (`het chemiebedrijf Novachem`): no description.
            if token.i in covered or token.i + 1 in starts or not (token.is_alpha and token.text.islower()) \
                    or token.i + 1 < len(doc) and doc[token.i + 1].is_alpha and doc[token.i + 1].text.istitle():
                continue
            article = token.i - 1
            while article >= 0 and token.i - article <= 2 and doc[article].text.islower() and doc[article].text.endswith("e") \
                    and doc[article].lower_ not in self.words.definite_article:
                article -= 1
            if article < 0 or doc[article].lower_ not in self.words.definite_article:
                continue
            word = token.lower_
            line = bisect_left(line_breaks, token.idx)
            paragraph_start = line_breaks[line - 1] + 1 if line else 0
            nearby = organisations[bisect_left(organisation_starts, paragraph_start) : bisect_left(organisation_firsts, article)]
            before = [s for s in nearby if s.last <= article]
            named = {s.name for s in before if len(s.name.split()) > 1 and word in (s.name.lower().split()[0], s.name.lower().split()[-1])}
            if len(named) == 1:
                found.append(ActorSpan(article + 1, token.i + 1, named.pop(), "organization"))
                continue
            # Named in an earlier paragraph: the only organisation so far whose name opens or ends on the word.
            entries = by_word.get(word, [])
            earlier = bisect_left(entries, (article,))
            if not named and earlier and entries[earlier - 1][2] == 1:
                found.append(ActorSpan(article + 1, token.i + 1, entries[earlier - 1][1], "organization"))
                continue
            nouns = [noun for noun in self.rules.anaphors if word.endswith(noun)]
            if not nouns:
                continue
            entries = kinds.get(max(nouns, key=len), [])
            earlier = bisect_left(entries, (article,))
            if earlier:
                of_kind = self.of_kind(entries[earlier - 1], paragraph_start, doc)
                if of_kind is not None:
                    found.append(ActorSpan(article + 1, token.i + 1, of_kind, "organization"))
            elif entries and entries[-1][2] == 1:
                # Named only later, as the one organisation of its kind (`het statistiekbureau` in the
                # lead, `CBS` further on): that one, not an organisation of another kind before it.
                found.append(ActorSpan(article + 1, token.i + 1, entries[0][1], "organization"))
            elif before:
                found.append(ActorSpan(article + 1, token.i + 1, before[-1].name, "organization"))
        return found

    def organisation_kinds(self, doc: Doc, organisations: list[ActorSpan]) -> dict[str, list[tuple[int, str, int]]]:
        """For each anaphor noun, the organisations of that kind in text order: the name ends in the noun
        (`Rabobank`: bank), the noun stands right before it (`de krant Jyllands-Posten`) or
        organisation_kinds.tsv knows it so (`CBS`: statistiekbureau)."""
        keyed = []
        for span in organisations:
            last_word = span.name.lower().split()[-1] if span.name.split() else ""
            before = doc[span.first - 1].lower_ if span.first > 0 else ""
            known = self.rules.organisation_kinds.get(span.name)
            keyed.extend(
                (noun, span) for noun in self.rules.anaphors if last_word.endswith(noun) or before.endswith(noun) or noun == known
            )
        return organisations_by_key(keyed)

    @staticmethod
    def organisation_words(organisations: list[ActorSpan]) -> dict[str, list[tuple[int, str, int]]]:
        """For the first and last word of each name of several words, the organisations with it in text
        order: `parket` for het Antwerpse parket."""
        keyed = []
        for span in organisations:
            words = span.name.lower().split()
            if len(words) >= 2:
                keyed.extend((word, span) for word in {words[0], words[-1]})
        return organisations_by_key(keyed)

    @staticmethod
    def of_kind(last: tuple[int, str, int], paragraph_start: int, doc: Doc) -> Optional[str]:
        """The organisation a description names, from the last one of its kind before it: the only one
        of that kind so far in the article, or of several the one named last in its paragraph."""
        first, name, distinct = last
        return name if distinct == 1 or doc[first].idx >= paragraph_start else None

    def resolve_possessives(self, sentences: list[Span], paragraphs: list[int], cues: list[list[Cue]]) -> None:
        """`Volgens hun berekeningen …`: a possessive after `volgens` points at the source of the sentence
        before it in the paragraph (`Dat concluderen onderzoekers van de Universiteit Utrecht.`)."""
        for index, sentence in enumerate(sentences):
            if index == 0 or paragraphs[index - 1] != paragraphs[index] or not cues[index - 1]:
                continue
            for token in sentence[:-1]:
                if token.lower_ in self.rules.speaker_cues and token.nbor().lower_ in self.rules.words.possessive:
                    cues[index].append(Cue(cues[index - 1][0].speaker, token.i, True, False))
            cues[index].sort(key=lambda cue: cue.first)

    def resolve_research_staff(self, cues: list[list[Cue]]) -> None:
        """`Volgens de onderzoekers …`: research staff without their organisation stand for the maker of
        the study named last before them in the article (`onderzoek van het NJi`); without one they
        name no source, for they are nobody the reader can look up."""
        maker: Optional[ActorSpan] = None
        for number, sentence_cues in enumerate(cues):
            resolved = []
            for cue in sentence_cues:
                if cue.speaker.kind == "group" and any(cue.name.lower().endswith(noun) for noun in self.words.research_staff):
                    if maker is not None:
                        resolved.append(Cue(maker, cue.first, cue.strong, cue.verb))
                    continue
                resolved.append(cue)
                if cue.study:
                    maker = cue.speaker
            cues[number] = resolved

    def source(
        self, sentences: list[Span], cues: list[list[Cue]], pointers: list[Optional[str]], pointed: list[Optional[str]],
        index: int, first: int, last: int,
    ) -> Optional[str]:
        own = [cue for cue in cues[index] if self.reaches(sentences[index], cue, first, last)]
        strong = [cue for cue in own if cue.strong]
        if strong:
            return strong[0].name
        if pointers[index] is None and pointed[index] is not None:
            return pointed[index]
        return own[0].name if own else None

    @staticmethod
    def pointed_at(paragraphs: list[int], pointers: list[Optional[str]]) -> list[Optional[str]]:
        """For each sentence, the actor of the first pointer sentence after it in its paragraph (read
        backwards once, so that a paragraph of many sentences is not read again for each)."""
        pointed: list[Optional[str]] = [None] * len(pointers)
        for index in range(len(pointers) - 2, -1, -1):
            if paragraphs[index + 1] == paragraphs[index]:
                pointed[index] = pointers[index + 1] or pointed[index + 1]
        return pointed

    @staticmethod
    def holds_figure(starts: list[int], sentence: Span) -> bool:
        """Whether a figure of `starts` (sorted) stands in the sentence: in a quote a time figure frames
        only where there is a figure to frame (`binnen twee jaar` alone in its sentence is reported)."""
        at = bisect_left(starts, sentence.start_char)
        return at < len(starts) and starts[at] < sentence.end_char

    def frames(self, doc: Doc, figure: Figure, first: int) -> bool:
        """A number with a time unit that frames another figure (`in de laatste drie jaar`, `binnen
        de vijf jaar`, `jonger dan 3 jaar`) rather than being the one reported."""
        if figure.unit not in self.rules.time_units:
            return False
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if any(t.lower_ in self.rules.time_frames for t in doc[first : span.end if span is not None else first + 1]):
            return True
        # Back over articles and adjectives to the frame word: `binnen de voorziene drie jaar`.
        index = first - 1
        while index >= 0 and first - index <= FRAME_REACH:
            word = doc[index].lower_
            if word in self.rules.time_frames:
                return not self.gives_result(doc, index)
            if not (word in self.words.frame_article or word.isalpha() and word.islower() and word.endswith("e")):
                return False
            index -= 1
        return False

    def gives_result(self, doc: Doc, index: int) -> bool:
        """`tot` right after a verb the tagger knows: the figure is what the verb came to (`is opgelopen tot
        22 weken`, `veroordeeld tot vier jaar cel`), not a frame as after a noun (`kinderen tot vier jaar`)."""
        return doc[index].lower_ in self.words.result_preposition and index > 0 and doc[index - 1].pos_ in ("VERB", "AUX")

    def reaches(self, sentence: Span, cue: Cue, first: int, last: int) -> bool:
        """Whether a cue of the sentence covers the figure at tokens `first`–`last`."""
        doc = sentence.doc
        speaker = cue.speaker
        # A cue in a later clause of its own (`…, maar volgens de stad …`); a `Volgens X` that
        # opens the sentence reaches across (`Volgens Schouten …, maar … 2,8 mol`).
        if cue.first > first and any(t.lower_ in self.breaks or t.text == ";" for t in doc[first : cue.first]):
            return False
        # A verb reports within its own clause (not past `; …` or `, terwijl …`); `volgens X; …` reaches on.
        if cue.verb and cue.first < first and any(t.text == ";" or t.lower_ in self.breaks for t in doc[cue.first : first]):
            return False
        if first >= speaker.last:
            between = [t.lower_ for t in doc[speaker.last : first]]
            # Not where the cue itself stands in that clause (`het SCP, dat berekende dat …`).
            if not speaker.last <= cue.first < first and self.describes(between):
                return False
            # A tag after a comma (`…, zegt veehouder X`) covers what comes before it, not after;
            # an inverted subject in the main clause (`Voor dit jaar verwacht het CPB 3 procent`) does.
            # But a verb after a fronted clause that reports a clause of its own does (`In een rapport dat
            # vandaag verschijnt, schat de Gezondheidsraad dat 30 procent …`).
            if cue.verb and speaker.first > cue.first and self.tag_after_comma(doc, cue.first) \
                    and not (speaker.last < len(doc) and doc[speaker.last].lower_ in self.words.complementizer):
                return False
        return not (speaker.first <= first < speaker.last)

    @staticmethod
    def tag_after_comma(doc: Doc, verb: int) -> bool:
        return verb > 0 and doc[verb - 1].text in CLAUSE_PUNCTUATION - {"(", ":"}

    def describes(self, between: list[str]) -> bool:
        """The words from the actor to a figure after it make a relative clause that describes the actor
        (`, die 140 koeien houdt`); the study of a pointer sentence (`onder 312 gemeenten`) is reported."""
        if between[:1] == ["("] and ")" in between:
            between = between[between.index(")") + 1 :]
        if not between or len(between) > 2 * DESCRIPTION_REACH:
            return False
        # A relative clause on the actor or on a phrase after it (`na afloop van het festival, dat twaalf
        # dagen duurde`) that the figure stands in.
        commas = [i for i, word in enumerate(between) if word == ","]
        if commas and commas[-1] + 1 < len(between) and between[commas[-1] + 1] in self.rules.words.relative_pronoun:
            return commas[-1] <= DESCRIPTION_REACH
        return False

    def pointer(self, sentence: Span, cues: list[Cue]) -> Optional[str]:
        """The actor of a sentence that points back at the figures before it: `Dat meldt X`,
        `Dat blijkt uit … van X`, `X maakte de cijfers bekend`."""
        if not cues:
            return None
        tokens = [t for t in sentence if not t.is_space]
        # The closing mark of a quote before it may open the sentence (`…clubrecord." Dat zegt X.`).
        while tokens and tokens[0].text in QUOTE_MARKS:
            tokens.pop(0)
        words = [t.lower_ for t in tokens]
        opens = bool(words) and words[0] in self.rules.pointer_openers and cues[0].first == tokens[0].i + 1
        names = any(
            word in self.rules.pointer_nouns and index and words[index - 1] in self.rules.words.pointer_determiner
            for index, word in enumerate(words)
        )
        return cues[0].name if opens or names else None

    def sentence_cues(
        self, sentence: Span, spans: list[ActorSpan], quotes: list[tuple[int, int]], counted: list[tuple[int, int]],
        earlier: list[ActorSpan],
    ) -> list[Cue]:
        """The cues of a sentence with their actors: `spans` are the sentence's own, `earlier` those
        before it in its paragraph (for a pronoun's person)."""
        found = []
        doc = sentence.doc
        for cue_first, _, kind, search in self.cue_matches(sentence):
            if any(q[0] <= doc[cue_first].idx < q[1] for q in quotes):
                continue
            if kind == "verb":
                speaker = (self.subject(sentence, cue_first, search, spans) or self.pronoun_speaker(sentence, cue_first, earlier + spans, quotes)
                           or self.spoken_for(sentence, cue_first, search, spans))
            else:
                speaker = self.actor_after(sentence, search, spans) or self.pronoun_after(sentence, search, earlier + spans, quotes)
            if speaker is None or self.counted(doc, speaker, counted):
                continue
            if kind == "verb" and speaker.last <= cue_first and self.counted_subject(doc, cue_first, counted, speaker):
                continue
            found.append(Cue(speaker, cue_first, kind == "after", kind == "verb", kind == "noun" and speaker.kind == "organization"))
        # A heading such as `UWV: 20 procent minder WW-uitkeringen`, `- Centraal Planbureau (CPB): 1,3 procent`.
        start = sentence.start + (doc[sentence.start].text in BULLETS)
        opening = [s for s in spans if s.first == start and self.colon_after(doc, s.last, sentence.end)]
        if opening and not found:
            found.append(Cue(opening[0], sentence.start, True, False))
        found.sort(key=lambda cue: cue.first)
        return found

    def following(self, sentence: Span, last: int, spans: list[ActorSpan]) -> Optional[ActorSpan]:
        """The actor right after a verb ending at `last` (`meldt de politie`), or a person after their title
        (`zei Vlaams minister van Onderwijs Jan Peeters`), for whom it speaks; the article `een` right after
        the verb is no figure between them (`meldde een woordvoerder van de NS`). An unnamed spokesperson
        speaks for no one named here (see `spoken_for`)."""
        doc = sentence.doc
        found = next(
            (s for s in spans if last <= s.first < min(last + self.windows.after_cue, sentence.end)
             and (s.first - last <= self.windows.group_gap and self.determines(doc[last : s.first]) or s.kind == "person")
             and not any(doc[i].text in CLAUSE_PUNCTUATION | SENTENCE_ENDS or doc[i].lower_ in self.words.complementizer or self.stops(doc[i])
                         or doc[i].like_num and not (i == last and doc[i].lower_ in self.words.frame_article) for i in range(last, s.first))),
            None,
        )
        if found is None:
            return None
        speaker = self.delivering(doc, found, spans)
        return None if speaker is found and self.spokesperson(doc, found) else speaker

    def determines(self, words: Span) -> bool:
        """Words before the actor after the verb that leave it the subject: not a count cue it depends on
        (`schat het aantal klanten op`: the klanten are counted, not speaking)."""
        return not any(t.lower_ in self.rules.count_cues for t in words)

    def spokesperson(self, doc: Doc, speaker: ActorSpan) -> bool:
        return speaker.last - speaker.first == 1 and any(doc[speaker.first].lower_.endswith(noun) for noun in self.words.spokesperson)

    def spoken_for(self, sentence: Span, verb: int, search: int, spans: list[ActorSpan]) -> Optional[ActorSpan]:
        """`Het Rijksmuseum ontving 2,7 miljoen bezoekers, meldt een woordvoerder`: an unnamed spokesperson
        after a tag verb speaks for the organisation that opens the sentence."""
        doc = sentence.doc
        index = search + (search < sentence.end and doc[search].lower_ in self.words.frame_article)
        if index >= sentence.end or not any(doc[index].lower_.endswith(noun) for noun in self.words.spokesperson):
            return None
        if index + 1 < sentence.end and doc[index + 1].lower_ in self.words.staff_link:
            return None
        first = spans[0] if spans else None
        if first is None or first.kind != "organization" or first.last > verb or not self.tag_after_comma(doc, verb):
            return None
        opening = sentence.start + (doc[sentence.start].lower_ in self.words.frame_article)
        return first if first.first == opening else None

    def pronoun_after(
        self, sentence: Span, search: int, spans: list[ActorSpan], quotes: list[tuple[int, int]]
    ) -> Optional[ActorSpan]:
        """`Volgens hem gaat het om 85 woningen`: a personal pronoun right after the cue is the person
        named last before it in `spans` (its paragraph), outside quotes."""
        doc = sentence.doc
        if search >= sentence.end or doc[search].lower_ not in self.words.object_pronoun:
            return None
        return self.antecedent(doc, spans, search, quotes)

    def pronoun_speaker(
        self, sentence: Span, verb: int, spans: list[ActorSpan], quotes: list[tuple[int, int]]
    ) -> Optional[ActorSpan]:
        """`Ze schat de groei op 1 procent`, `Daarbij rekent hij op …`: a personal pronoun as the subject of a
        singular reporting verb is the person named last before it in `spans` (its paragraph), outside quotes."""
        doc = sentence.doc
        token = doc[verb]
        if token.lower_.endswith("en") or "Plur" in token.morph.get("Number"):
            return None
        if doc.has_annotation("DEP"):
            pronoun = next((c for c in token.children if c.dep_ in SUBJECT_RELATIONS), None)
        else:
            before = doc[verb - 1] if verb > sentence.start else None
            after = doc[verb + 1] if verb + 1 < sentence.end else None
            opens = before is not None and (before.i == sentence.start or doc[before.i - 1].text in CLAUSE_PUNCTUATION)
            pronoun = before if opens else after
        if pronoun is None or pronoun.lower_ not in self.rules.words.personal_pronoun:
            return None
        return self.antecedent(doc, spans, pronoun.i, quotes)

    def antecedent(self, doc: Doc, spans: list[ActorSpan], pronoun: int, quotes: list[tuple[int, int]]) -> Optional[ActorSpan]:
        """The person a pronoun at `pronoun` points back to: the one named last before it in `spans`, outside
        quotes and not as the complement of `van` (`de advocaat van Dimitri V.` speaks, not his client)."""
        named = [
            s for s in spans
            if s.kind == "person" and s.last <= pronoun and not any(q[0] <= doc[s.first].idx < q[1] for q in quotes)
            and not (s.first > 0 and doc[s.first - 1].lower_ == "van")
        ]
        return named[-1] if named else None

    @staticmethod
    def colon_after(doc: Doc, index: int, end: int) -> bool:
        """A colon at `index`, or after a bracketed part there (`(CPB):`, tokenised `(`, `CPB`, `):`)."""
        if index < end and doc[index].text == "(":
            index = next((i for i in range(index + 1, min(index + DESCRIPTION_REACH, end)) if doc[i].text.startswith(")")), end)
            if index < end and doc[index].text == "):":
                return True
            index += 1
        return index < end and doc[index].text == ":"

    def counted(self, doc: Doc, speaker: ActorSpan, counted: list[tuple[int, int]]) -> bool:
        """Sayers who are counted themselves: `een kwart van de ondervraagden zegt`, `Vier op de vijf Belgen vindt`."""
        for first, last in counted:
            if last > speaker.first or speaker.first - last > 4:
                continue
            if all(t.lower_ in self.rules.words.counting or t.text in "()%" or t.like_num or t.text.islower() and t.text.endswith("e")
                   for t in doc[last : speaker.first]):
                return True
        return False

    def counted_subject(self, doc: Doc, verb: int, counted: list[tuple[int, int]], speaker: ActorSpan) -> bool:
        """A figure that is the reporting verb's subject (`een kwart van de ondervraagden zegt`,
        `bij de zelfstandigen 34 procent aangeeft`): the sayers are counted; not where the actor
        before it is the subject itself (`terwijl het CBS voor januari 3,3 procent mat`)."""
        before = speaker.first - 1
        while before >= 0 and doc[before].lower_ in self.rules.words.counted_determiner:
            before -= 1
        if before < 0 or doc[before].lower_ not in self.rules.words.counting_preposition:
            return False
        return any(
            0 <= verb - last <= 3 and all(t.lower_ in self.rules.words.counting or t.text in "()%" for t in doc[last:verb])
            for first, last in counted if last <= verb
        )

    def cue_matches(self, sentence: Span) -> list[tuple[int, int, str, int]]:
        """(first token, end token, kind, where its actor search starts) of each cue in the sentence;
        kind is `after` (`volgens X`), `noun` (`peiling van X`) or `verb` (`X meldt`, `maakte X bekend`)."""
        words = [t.lower_ for t in sentence]
        doc = sentence.doc
        found = []
        for position in range(len(words)):
            for cue in self.cues_by_first_word.get(words[position], ()):
                end = self.match_cue(words, position, cue.words)
                if end is not None:
                    kind = "after" if cue.strong else "noun" if cue.actor_after_only else "verb"
                    # `uit een rondvraag die X hield, blijkt`, `kondigde schepen X aan`: the actor is inside.
                    search = position + 1 if ANY_WORDS in cue.words else end
                    found.append((sentence.start + position, sentence.start + end, kind, sentence.start + search))
            token = doc[sentence.start + position]
            if self.reports(token) and not self.does(words, position, token):
                found.append((token.i, token.i + 1, "verb", token.i + 1))
        return sorted(set(found))

    def reports(self, token: Token) -> bool:
        """A reporting verb, by its form or, where the model tags it as a verb, by its lemma."""
        if token.lower_ in self.rules.reporting_forms:
            # A form the model mistags (`mat` as a noun) still reports, unless it heads a noun phrase (`een schat aan …`).
            return not token.has_morph() or token.pos_ in ("VERB", "AUX", "") or not any(c.dep_ == "det" for c in token.children)
        return token.pos_ == "VERB" and token.lemma_.lower() in self.rules.reporting

    def does(self, words: list[str], position: int, token: Token) -> bool:
        """A reporting verb used as a verb of doing (`stelt 3 miljoen euro beschikbaar`, `melden zich`)."""
        lemma = token.lemma_.lower()
        for phrase in self.rules.not_reporting:
            if phrase[0] not in (lemma, words[position]) and not self.form_of(words[position], phrase[0]):
                continue
            end = self.match_cue(words, position + 1, phrase[1:], stop_at_clause=True)
            if end is None:
                continue
            # A particle that is also a preposition ends its clause (`zegt het contract op.`, not `zegt X op
            # basis van`) or stands before a preposition, which no preposition does (`vraagt subsidie aan bij …`).
            if phrase[-1] not in self.rules.words.preposition_particle or end >= len(words) \
                    or words[end] in CLAUSE_PUNCTUATION | {".", "!", "?"} | self.words.clause_link | self.words.preposition:
                return True
        return False

    def form_of(self, word: str, lemma: str) -> bool:
        return word in self.rules.reporting.get(lemma, ())

    def match_cue(self, words: list[str], position: int, cue: tuple[str, ...], stop_at_clause: bool = False) -> Optional[int]:
        index = position
        for number, part in enumerate(cue):
            if part == ANY_WORDS:
                following = cue[number + 1]
                gap_end = None
                for i in range(index, min(index + self.windows.cue_gap + 1, len(words))):
                    if words[i] == following:
                        gap_end = i
                        break
                    if stop_at_clause and (words[i] in CLAUSE_PUNCTUATION or words[i] in self.words.complementizer):
                        break
                if gap_end is None:
                    return None
                index = gap_end
                continue
            if index >= len(words) or words[index] != part:
                return None
            index += 1
        return index

    def stops(self, token: Token) -> bool:
        """A word the actor of a cue is not found past: clause punctuation or a finite verb
        (`volgens de nieuwste berekeningen hebben basisscholen …`)."""
        if token.text in CLAUSE_PUNCTUATION:
            return True
        if token.has_morph() or token.tag_:
            return is_finite_verb(token)
        return token.lower_ in self.rules.finite_verbs or token.lower_ in self.rules.attribution_stops

    def actor_after(self, sentence: Span, last: int, spans: list[ActorSpan]) -> Optional[ActorSpan]:
        """The actor of `volgens X`, `aldus X`, `peiling van X`: the first one after the cue in its
        phrase, a named actor before a group, a group only right after the cue (`aldus de onderzoekers`)."""
        doc = sentence.doc
        reachable = []
        for span in spans:
            if span.first < last or span.first >= min(last + self.windows.after_cue, sentence.end):
                continue
            if any(self.stops(doc[i]) for i in range(last, span.first)):
                break
            reachable.append(span)
        named = [s for s in reachable if s.kind != "group"]
        close = [s for s in reachable if s.first - last <= self.windows.group_gap]
        chosen = (close or named)[0] if close else named[0] if named else None
        return self.delivering(doc, chosen, spans)

    def delivering(self, doc: Doc, speaker: Optional[ActorSpan], spans: list[ActorSpan]) -> Optional[ActorSpan]:
        """The organisation that delivers the figure rather than its staff (`een woordvoerder van de NS`,
        `onderzoekers van de Universiteit Utrecht`): a lower-case actor followed by `van` and an organisation."""
        # A body of an organisation is an organisation itself (`de raad van bestuur van het ziekenhuis`).
        if speaker is None or speaker.kind == "organization" or speaker.name[:1].isupper() or speaker.last + 1 >= len(doc):
            return speaker
        if doc[speaker.last].lower_ not in self.words.staff_link:
            return speaker
        start = speaker.last + 1 + (doc[speaker.last + 1].lower_ in self.words.staff_determiner)
        organisation = next((s for s in spans if s.first == start and s.kind == "organization"), None)
        return organisation or speaker

    def subject(self, sentence: Span, first: int, last: int, spans: list[ActorSpan]) -> Optional[ActorSpan]:
        """The subject of the reporting verb at `first`: the parse's where the model gives one; else an
        actor right after `last` (`meldt de politie`) or the first actor of the clause before the verb
        (`UWV meldt dat`)."""
        doc = sentence.doc
        following = self.following(sentence, last, spans)
        # A tag after a comma has its subject after it (`…, schrijft het instituut`), whatever the parse
        # makes of the clause before the comma.
        if following is not None and self.tag_after_comma(doc, first):
            return following
        if doc.has_annotation("DEP"):
            subjects = [t for t in doc[first].children if t.dep_ in SUBJECT_RELATIONS]
            # A subject without an actor (a pronoun in `Dat meldt X`, a parse error) leaves it to the rules.
            if subjects:
                head = subjects[0]
                # Within the clause read (for a tag after a quote: not inside the quote).
                covering = [s for s in spans if s.first <= head.i < s.last and s.first >= sentence.start]
                inside = [s for s in spans if max(head.left_edge.i, sentence.start) <= s.first and s.last <= head.right_edge.i + 1]
                if covering or inside:
                    found = (covering or inside)[0]
                    speaker = self.delivering(doc, found, spans)
                    # An unnamed spokesperson is left to the rules below, as a parse that makes it the object
                    # leaves it (0.4.0 makes `meldt een woordvoerder` its subject): after the verb it speaks for
                    # the organisation `spoken_for` finds, before it for itself.
                    if speaker is not found or not self.spokesperson(doc, found):
                        return speaker
        if following is not None:
            return following
        clause_start = sentence.start
        for index in range(first - 1, sentence.start - 1, -1):
            if doc[index].text in CLAUSE_PUNCTUATION - {"(", ")"}:
                clause_start = index + 1
                break
        subject = next((s for s in spans if clause_start <= s.first and s.last <= first), None)
        # `het SCP, dat in 2019 berekende dat …`: a relative clause's subject is the actor before its comma.
        if subject is None and clause_start > sentence.start and doc[clause_start].lower_ in self.words.relative_subject:
            subject = next((s for s in reversed(spans) if s.last == clause_start - 1 or s.last == clause_start - 2
                            and doc[s.last].text == ")"), None)
        return self.delivering(doc, subject, spans)

    # --- quotes ------------------------------------------------------------

    def quote_speakers(
        self, doc: Doc, text: str, quotes: list[tuple[int, int]], spans: list[ActorSpan], sentences: list[Span],
        paragraphs: list[int],
    ) -> dict[tuple[int, int], Optional[str]]:
        """Each quote's speaker: a tag after it, a tag before it (`X zegt: "…"`), the speaker of the
        quote just before it in the paragraph (a tag inside: `"…", zegt X. "…"`), or the speaker
        named in the sentence right before it."""
        speakers: dict[tuple[int, int], Optional[str]] = {}
        previous: Optional[tuple[tuple[int, int], Optional[str], bool]] = None
        for quote in quotes:
            tagged = self.speaker_after(doc, text, quote, spans) or self.speaker_colon(doc, quote, spans, sentences)
            speaker = tagged
            gap = text[previous[0][1] : quote[0]] if previous is not None else "\n"
            if speaker is None and previous is not None and previous[1] and previous[2] and "\n" not in gap and len(gap) < QUOTE_CONTINUATION:
                speaker = previous[1]
            if speaker is None:
                speaker = self.speaker_before(doc, text, quote, spans, sentences)
            speakers[quote] = speaker
            previous = (quote, speaker, tagged is not None)
        return speakers

    def speaker_after(self, doc: Doc, text: str, quote: tuple[int, int], spans: list[ActorSpan]) -> Optional[str]:
        """`"…", zegt X`, `"…", aldus X`: a tag right after the quote."""
        span = doc.char_span(quote[1], len(text), alignment_mode="expand")
        if span is None or not len(span):
            return None
        first = span.start
        while first < len(doc) and doc[first].text in {",", "”", '"', "’", "'"} and first - span.start < 2:
            first += 1
        if first >= len(doc) or "\n" in doc[span.start : first + 1].text:
            return None
        # `"…", zo zegt X.`: the adverb that inverts the tag.
        if doc[first].lower_ in self.words.tag_adverb and first + 1 < len(doc) and (self.reports(doc[first + 1]) or self.tag_verb(doc[first + 1])):
            first += 1
        window = doc[first : min(first + self.windows.after_cue, len(doc))]
        if doc[first].lower_ in self.rules.speaker_cues:
            speaker = self.actor_after(window, first + 1, spans)
        elif self.reports(doc[first]) or self.tag_verb(doc[first]):
            speaker = self.subject(window, first, first + 1, spans)
            if speaker is None and first + 1 < len(doc) and doc[first + 1].lower_ in self.rules.words.personal_pronoun:
                speaker = self.last_person_before(doc, text, quote[0], spans)
        else:
            return None
        return speaker.name if speaker else None

    def tag_verb(self, token: Token) -> bool:
        """The verb of a tag right after a quote, whatever it is (`vertelt`, `glundert`, `pleitte`): a
        lower-case word that is no conjunction or preposition. Not the tagger's verbs alone: small
        models call many a rare verb in that place a noun (`verzucht`, `vreest`, `treurt`)."""
        word = token.lower_
        return token.text.islower() and token.is_alpha and word not in self.breaks and word not in self.rules.words.not_verb

    @staticmethod
    def last_person_before(doc: Doc, text: str, start: int, spans: list[ActorSpan]) -> Optional[ActorSpan]:
        """`"…", zegt ze.`: the person named last before the quote, in its paragraph or the one before."""
        end_of_previous = text.rfind("\n", 0, start)
        while end_of_previous > 0 and text[end_of_previous - 1].isspace():
            end_of_previous -= 1
        reach = text.rfind("\n", 0, end_of_previous) + 1 if end_of_previous > 0 else 0
        before = [s for s in spans if s.kind == "person" and reach <= doc[s.first].idx < start]
        return before[-1] if before else None

    @staticmethod
    def speaker_colon(doc: Doc, quote: tuple[int, int], spans: list[ActorSpan], sentences: list[Span]) -> Optional[str]:
        """`X zegt: "…"`, `X: "…"`: the first actor of the sentence before the colon."""
        opening = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
        if opening is None or opening.start == 0:
            return None
        before = next((t for t in reversed(doc[: opening.start]) if not t.is_space), None)
        if before is None or before.text != ":" or "\n" in doc[before.i : opening.start].text:
            return None
        sentence = next((s for s in sentences if s.start <= before.i < s.end), None)
        return next((s.name for s in spans if sentence is not None and sentence.start <= s.first and s.last <= before.i), None)

    def speaker_before(
        self, doc: Doc, text: str, quote: tuple[int, int], spans: list[ActorSpan], sentences: list[Span]
    ) -> Optional[str]:
        """A one-sentence quote without a tag: the speaker named in the sentence right before it,
        in the same paragraph (`Toch blijft het krap, benadrukt econoom X. '…'`)."""
        opening = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
        if opening is None or opening.start == 0:
            return None
        before = next((t for t in reversed(doc[: opening.start]) if not t.is_space), None)
        if before is None or before.text not in {".", "!", "?"} or "\n" in text[before.idx : quote[0]]:
            return None
        sentence = next((s for s in sentences if s.start <= before.i < s.end), None)
        if sentence is None:
            return None
        cues = [cue for cue in self.cue_matches(sentence) if cue[2] == "verb"]
        if cues:
            speaker = self.subject(sentence, cues[-1][0], cues[-1][3], spans)
            if speaker is not None:
                return speaker.name
        # `Producent Frans van Gestel vindt dat … "…"`: the person the sentence before is about.
        return next((s.name for s in spans if sentence.start <= s.first < sentence.end and s.kind == "person"), None)
