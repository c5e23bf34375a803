"""The `dutchfacts_actors` spaCy component: actors in `doc._.actors`, the source of each figure in `doc._.figures`."""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..rulefiles import RuleComponent, RuleSource
from ..text import sentences_of
from ..windows import AttributionWindows, default_settings, windows_from
from .attribution import Attribution
from .candidates import CandidateFinder
from .linking import LinkedActor, link
from .places import place_acts
from .rules import load_actor_rules
from .view import DocView


def is_actor(actor: LinkedActor) -> bool:
    """Places only where they act; a lone singular such as `het bedrijf` is no collective of organisations."""
    if actor.kind == "place":
        return any(c.acts for c in actor.candidates)
    if actor.kind == "organization":
        return not all(c.rule.startswith("group:") and not c.plural for c in actor.candidates)
    return True


def verbs_of(nlp: Optional[Language]) -> frozenset[str]:
    """The infinitives among the lemmas of the pipeline's lemma lookup table, if it has one."""
    if nlp is None:
        return frozenset()
    for name, pipe in nlp.pipeline:
        if nlp.get_pipe_meta(name).factory == "dutchfacts_lemma_lookup":
            return frozenset(lemma for lemma in pipe.table.values() if lemma.endswith("en") and lemma.isalpha())
    return frozenset()


class ActorFinder(RuleComponent):
    def __init__(self, rules: Optional[str], windows: AttributionWindows, nlp: Optional[Language] = None):
        super().__init__(rules)
        self.windows = windows
        self.nlp = nlp
        self._verbs: Optional[frozenset[str]] = None

    @property
    def verbs(self) -> frozenset[str]:
        """Read on first use: the lemma table is loaded after this component is made."""
        if self._verbs is None:
            self._verbs = verbs_of(self.nlp)
        return self._verbs

    def use_rules(self, source: RuleSource) -> None:
        rules = load_actor_rules(source)
        self.candidates = CandidateFinder(rules)
        self.attribution = Attribution(rules, self.windows)

    def __call__(self, doc: Doc) -> Doc:
        if self.source is None:
            self.load_rules()
        view = DocView(doc, self.candidates.rules, self.verbs)
        candidates = self.candidates.find(view)
        sentences = sentences_of(doc)
        sentence_of = {i: number for number, sentence in enumerate(sentences) for i in range(sentence.start, sentence.end)}
        actors = link(candidates, sentence_of)
        reporting = view.rules.reporting_forms | view.rules.speaker_cues
        for actor in actors:
            for candidate in actor.candidates:
                if candidate.kind == "place" and candidate.rule != "name:team":
                    candidate.acts = place_acts(doc, candidate, view.opens[candidate.first], view.rules.words, reporting)
        actors = [actor for actor in actors if is_actor(actor)]
        self.attribution.apply(doc, view.source, sentences, doc._.figures or [], actors)
        doc._.actors = [actor.record() for actor in actors]
        return doc


@Language.factory(
    "dutchfacts_actors",
    default_config={"rules": None, "windows": default_settings(AttributionWindows)},
    requires=["doc._.figures", "token.is_sent_start"],
    assigns=["doc._.actors", "doc._.figures"],
)
def make_actor_finder(nlp: Language, name: str, rules: Optional[str], windows: dict[str, int]) -> ActorFinder:
    return ActorFinder(rules, windows_from(AttributionWindows, windows), nlp)
