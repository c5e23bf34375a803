"""Scoring results against labels, exactly as ../shared/ANNOTATION.md says.

Mentions match when their types are equal and their spans overlap; a match is
correct when the values agree within 0.5 %. Optional labels leave the count
when matched. Actors match when any of their forms agree after normalising.
Everything is micro-averaged over the articles of a set.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

import regex

from ..figures.lexicon import alternation
from ..figures.types import SCORED_ATTRIBUTES, TYPE_NAMES
from ..records import Actor, ArticleResult, ExpectedActor, Mention
from ..rulefiles import RuleSource, read_words
from .labels import GoldMention, LabelledArticle

TYPES = TYPE_NAMES
ATTRIBUTES = SCORED_ATTRIBUTES
# The scoring contract's own list, so the packaged file alone: an overlay tunes rules, not the scorer.
LEADING_ARTICLE = regex.compile(rf"^(?:{alternation(read_words(RuleSource() / 'leading_articles.txt'))})\s+")


@dataclass
class Counts:
    correct: int = 0
    spans: int = 0
    predicted: int = 0
    required: int = 0

    def add(self, other: "Counts") -> None:
        self.correct += other.correct
        self.spans += other.spans
        self.predicted += other.predicted
        self.required += other.required

    @staticmethod
    def prf(hits: int, predicted: int, required: int) -> dict[str, float]:
        precision = hits / predicted if predicted else 1.0
        recall = hits / required if required else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}

    def scores(self) -> dict[str, float]:
        return self.prf(self.correct, self.predicted, self.required)

    def span_scores(self) -> dict[str, float]:
        return self.prf(self.spans, self.predicted, self.required)


@dataclass
class Agreement:
    agree: int = 0
    total: int = 0

    @property
    def accuracy(self) -> Optional[float]:
        return round(self.agree / self.total, 4) if self.total else None


@dataclass
class MentionOutcome:
    """What scoring made of one gold or predicted mention, with its offsets, for the HTML report.

    `outcome` is `correct`, `value` (span matched, value differs), `missed`,
    `spurious`, `optional` (an optional label that was found) or
    `optional_missed` (one that was not, which is no error).
    """

    outcome: str
    type: str
    gold: Optional[GoldMention] = None
    predicted: Optional[Mention] = None
    wrong_attributes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(m.start for m in (self.gold, self.predicted) if m is not None)

    @property
    def end(self) -> int:
        return max(m.end for m in (self.gold, self.predicted) if m is not None)


@dataclass
class ActorOutcome:
    """A gold actor with the predicted one it matched, or an unmatched predicted actor."""

    gold: Optional[ExpectedActor]
    predicted: Optional[Actor]


@dataclass
class ArticleScore:
    document: str
    counts: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    actors: Counts = field(default_factory=Counts)
    attributes: dict[str, Agreement] = field(default_factory=lambda: defaultdict(Agreement))
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_attributes: list[str] = field(default_factory=list)
    source_given: Agreement = field(default_factory=Agreement)
    """Figures the pipeline gave a source, and how many of those have the labelled one."""
    missed_actors: list[str] = field(default_factory=list)
    spurious_actors: list[str] = field(default_factory=list)
    text: str = field(default="", repr=False)
    outcomes: list[MentionOutcome] = field(default_factory=list, repr=False)
    actor_outcomes: list[ActorOutcome] = field(default_factory=list, repr=False)

    @property
    def errors(self) -> int:
        """Missed and spurious mentions and actors, and wrong attributes of correct matches."""
        return (len(self.missed) + len(self.spurious) + len(self.wrong_attributes)
                + len(self.missed_actors) + len(self.spurious_actors))


def values_agree(expected: float, predicted: float) -> bool:
    if expected == predicted:
        return True
    return abs(expected - predicted) <= 0.005 * max(abs(expected), abs(predicted))


def overlaps(gold: GoldMention, mention: Mention) -> bool:
    return gold.start < mention.end and mention.start < gold.end


def same_text(a: Optional[str], b: Optional[str]) -> bool:
    return (a or "").casefold().strip() == (b or "").casefold().strip()


def actor_forms(name: Optional[str], actors: list) -> set[str]:
    """Every form of the actor named `name` (its name or an alias), as the actor scoring compares them."""
    if name is None:
        return set()
    form = normal_form(name)
    for actor in actors:
        forms = {normal_form(f) for f in [actor.name, *actor.aliases, *(m.text for m in getattr(actor, "mentions", ()))]}
        if form in forms:
            return forms
    return {form}


def same_source(expected: Optional[str], got: Optional[str], article: LabelledArticle, result: ArticleResult) -> bool:
    """A source agrees when it names the labelled actor by any of its forms (ANNOTATION.md: its name or an alias)."""
    if expected is None or got is None:
        return expected is None and got is None
    return bool(actor_forms(expected, article.expected.actors) & actor_forms(got, result.actors))


def attribute_pairs(gold: GoldMention, mention: Mention) -> dict[str, tuple]:
    """Labelled and found value of each scored attribute; the source only where the label gives one."""
    label = gold.label
    return {
        name: (getattr(label, name), getattr(mention, name))
        for name in ATTRIBUTES
        if name != "source" or label.source is not None
    }


def match_mentions(gold: list[GoldMention], predicted: list[Mention]) -> dict[int, int]:
    """Gold index → predicted index; value-agreeing pairs first, then span-only pairs."""
    matches: dict[int, int] = {}
    used: set[int] = set()
    for need_value in (True, False):
        for g_index, g in enumerate(gold):
            if g_index in matches:
                continue
            for p_index, p in enumerate(predicted):
                if p_index in used or p.type != g.label.type or not overlaps(g, p):
                    continue
                if need_value and not values_agree(g.label.value, p.value):
                    continue
                matches[g_index] = p_index
                used.add(p_index)
                break
    return matches


def describe(text: str, mention_type: str, value: float) -> str:
    return f"{mention_type} {text!r} = {value:g}"


def score_mentions(article: LabelledArticle, result: ArticleResult, score: ArticleScore) -> None:
    for mention_type in TYPES:
        gold = [g for g in article.mentions if g.label.type == mention_type]
        predicted = [m for m in result.mentions if m.type == mention_type]
        matches = match_mentions(gold, predicted)
        counts = score.counts[mention_type]
        counts.predicted += len(predicted)
        for g_index, g in enumerate(gold):
            p_index = matches.get(g_index)
            mention = predicted[p_index] if p_index is not None else None
            if g.label.optional:
                counts.predicted -= p_index is not None
                outcome = "optional" if mention else "optional_missed"
                score.outcomes.append(MentionOutcome(outcome, mention_type, g, mention))
                continue
            counts.required += 1
            if mention is None:
                score.missed.append(describe(g.label.text, mention_type, g.label.value))
                score.outcomes.append(MentionOutcome("missed", mention_type, g))
                continue
            counts.spans += 1
            if not values_agree(g.label.value, mention.value):
                score.missed.append(
                    describe(g.label.text, mention_type, g.label.value) + f" (found {mention.value:g})"
                )
                score.outcomes.append(MentionOutcome("value", mention_type, g, mention))
                continue
            counts.correct += 1
            outcome = MentionOutcome("correct", mention_type, g, mention)
            for name, (expected, got) in attribute_pairs(g, mention).items():
                if name == "source":
                    agree = same_source(expected, got, article, result)
                else:
                    agree = same_text(str(expected) if expected is not None else None, str(got) if got is not None else None)
                score.attributes[name].total += 1
                score.attributes[name].agree += agree
                if not agree:
                    score.wrong_attributes.append(f"{mention.text!r} {name}: expected {expected}, found {got}")
                    outcome.wrong_attributes.append(f"{name}: expected {expected}, found {got}")
            if mention.source is not None:
                score.source_given.total += 1
                score.source_given.agree += same_source(g.label.source, mention.source, article, result)
                if g.label.source is None:
                    score.wrong_attributes.append(f"{mention.text!r} source: expected None, found {mention.source}")
                    outcome.wrong_attributes.append(f"source: expected None, found {mention.source}")
            score.outcomes.append(outcome)
        matched = set(matches.values())
        for p_index, mention in enumerate(predicted):
            if p_index not in matched:
                score.spurious.append(describe(mention.text, mention_type, mention.value) + f" [{mention.rule}]")
                score.outcomes.append(MentionOutcome("spurious", mention_type, predicted=mention))


def normal_form(form: str) -> str:
    return LEADING_ARTICLE.sub("", " ".join(form.lower().split()))


def gold_forms(actor: ExpectedActor) -> set[str]:
    return {normal_form(f) for f in [actor.name, *actor.aliases]}


def score_actors(article: LabelledArticle, result: ArticleResult, score: ArticleScore) -> None:
    predicted = [
        {normal_form(f) for f in [a.name, *a.aliases, *(m.text for m in a.mentions)]} for a in result.actors
    ]
    used: set[int] = set()
    counts = score.actors
    counts.predicted += len(predicted)
    # Required actors take their match first, so an optional one cannot steal it.
    for actor in sorted(article.expected.actors, key=lambda a: a.optional):
        forms = gold_forms(actor)
        hit = next((i for i, p in enumerate(predicted) if i not in used and p & forms), None)
        if hit is not None:
            used.add(hit)
        score.actor_outcomes.append(ActorOutcome(actor, result.actors[hit] if hit is not None else None))
        if actor.optional:
            counts.predicted -= hit is not None
            continue
        counts.required += 1
        if hit is None:
            score.missed_actors.append(f"{actor.kind} {actor.name!r}")
        else:
            counts.correct += 1
            counts.spans += 1
    for index, actor in enumerate(result.actors):
        if index not in used:
            score.spurious_actors.append(f"{actor.kind} {actor.name!r} [{actor.rule}]")
            score.actor_outcomes.append(ActorOutcome(None, actor))


def score_article(article: LabelledArticle, result: ArticleResult) -> ArticleScore:
    score = ArticleScore(article.document, text=article.text)
    score_mentions(article, result, score)
    score_actors(article, result, score)
    return score


@dataclass
class Evaluation:
    articles: list[ArticleScore]
    failures: list[str] = field(default_factory=list)

    def total(self, mention_type: str) -> Counts:
        return self.summed(lambda article: article.counts[mention_type])

    def actors(self) -> Counts:
        return self.summed(lambda article: article.actors)

    def summed(self, counts_of) -> Counts:
        counts = Counts()
        for article in self.articles:
            counts.add(counts_of(article))
        return counts

    def attribute(self, name: str) -> Agreement:
        total = Agreement()
        for article in self.articles:
            if name in article.attributes:
                total.agree += article.attributes[name].agree
                total.total += article.attributes[name].total
        return total

    def source_precision(self) -> Agreement:
        """Of the correctly found figures given a source, how many have the labelled one."""
        return self.summed_agreement(lambda article: article.source_given)

    def summed_agreement(self, agreement_of) -> Agreement:
        total = Agreement()
        for article in self.articles:
            total.agree += agreement_of(article).agree
            total.total += agreement_of(article).total
        return total

    def summary(self) -> dict:
        def described(counts: Counts) -> dict:
            return {**counts.scores(), "required": counts.required, "predicted": counts.predicted,
                    "correct": counts.correct}

        totals = {t: self.total(t) for t in TYPES}
        return {
            "articles": len(self.articles),
            "failures": self.failures,
            "types": {t: {**described(c), "span": c.span_scores()} for t, c in totals.items()},
            "attributes": {name: self.attribute(name).accuracy for name in ATTRIBUTES},
            "source_precision": self.source_precision().accuracy,
            "actors": described(self.actors()),
        }
