"""dutchfacts as one component of a spaCy pipeline you already have.

    import spacy, dutchfacts
    nlp = spacy.load("nl_core_news_md")   # your own Dutch pipeline, or spacy.blank("nl")
    nlp.add_pipe("dutchfacts")            # last, so that it reads the tags, parse and entities
    doc = nlp(text)
    doc._.mentions, doc._.actors          # plain dicts, as the records hold them
    doc._.figures                         # the typed figures the mentions are read from
    dutchfacts.records_of(doc)            # the validated ArticleResult

The component runs what `dutchfacts.load` adds to a model, in its order: the
date prefix, sentence starts when no component of the pipeline set them, the
figures, then the actors and sources. `rules` in its config names an overlay
folder of rule files (as `dutchfacts.load(rules=…)`), `figure_windows` and
`attribution_windows` the search windows of the two rule components.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from .actors.component import ActorFinder
from .figures.component import FigureFinder
from .header import ArticleHeader
from .records import ArticleResult
from .windows import AttributionWindows, FigureWindows, default_settings, windows_from

if not Doc.has_extension("dutchfacts_model"):
    Doc.set_extension("dutchfacts_model", default=None)


class Dutchfacts:
    def __init__(self, nlp: Language, rules: Optional[str], figures: FigureWindows, attribution: AttributionWindows):
        self.nlp = nlp
        self.header = ArticleHeader()
        self.sentencizer = Sentencizer()
        self.figures = FigureFinder(rules, figures)
        self.actors = ActorFinder(rules, attribution)
        self.figures.load_rules()
        self.actors.load_rules()

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import model_info

        doc = self.header(doc)
        if not doc.has_annotation("SENT_START"):
            doc = self.sentencizer(doc)
        doc = self.actors(self.figures(doc))
        doc._.dutchfacts_model = model_info(self.nlp)
        return doc


@Language.factory(
    "dutchfacts",
    default_config={
        "rules": None,
        "figure_windows": default_settings(FigureWindows),
        "attribution_windows": default_settings(AttributionWindows),
    },
    assigns=["doc._.figures", "doc._.mentions", "doc._.actors", "doc._.article_date"],
)
def make_dutchfacts(
    nlp: Language, name: str, rules: Optional[str], figure_windows: dict[str, int], attribution_windows: dict[str, int]
) -> Dutchfacts:
    return Dutchfacts(
        nlp, rules, windows_from(FigureWindows, figure_windows), windows_from(AttributionWindows, attribution_windows)
    )


def records_of(doc: Doc) -> ArticleResult:
    """The validated record of a Doc that went through the `dutchfacts` component (or `dutchfacts.load`'s pipeline)."""
    data = {
        "document": doc._.document or "text",
        "date": doc._.article_date,
        "model": doc._.dutchfacts_model or {"name": "unknown", "version": "0"},
        "mentions": doc._.mentions or [],
        "actors": doc._.actors or [],
    }
    return ArticleResult.validated(data, source=doc.text)
