"""`dutchfacts_figures`: numbers, percentages and years, found with the rules in `dutchfacts/rules/`.

They are stored, as plain dicts, in `doc._.mentions`. A `RuleComponent`: its `rules`
setting names a user's overlay folder, and a saved pipeline keeps the rule files it read.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers doc._.mentions)
from ..rulefiles import RuleComponent, RuleSource
from ..text import TextContext
from ..windows import FigureWindows, default_settings, windows_from
from .attributes import AttributeRules
from .patterns import patterns_for
from .quantities import QuantityRules
from .spans import Claims, Figure
from .years import YearRules, resolve_relative_years


class FigureFinder(RuleComponent):
    """Years first, then percentages, then numbers: each rule skips text an earlier one took."""

    def __init__(self, rules: Optional[str], windows: FigureWindows):
        super().__init__(rules)
        self.windows = windows

    def use_rules(self, source: RuleSource) -> None:
        self.patterns = patterns_for(source)
        self.years = YearRules(self.patterns, self.windows)
        self.quantities = QuantityRules(self.patterns)
        self.attributes = AttributeRules(self.patterns, self.windows)

    def __call__(self, doc: Doc) -> Doc:
        if self.source is None:
            self.load_rules()
        context = TextContext(doc, self.patterns.figure_start)
        start = doc._.body_start
        claims = Claims(floor=start)
        figures = list(self.years.full_dates(context, start, claims))
        for _, pattern in self.patterns.ignored:
            for match in pattern.finditer(context.text, start):
                claims.take(match.start(), match.end())
        figures += self.years.relative(context, start, claims)
        figures += self.years.ranges(context, start, claims)
        figures += self.years.single(context, start, claims)
        figures += self.years.spelled(context, start, claims)
        figures += self.quantities.find(context, start, claims)
        date = doc._.article_date
        figures = resolve_relative_years(figures, int(date[:4]) if date else None)
        self.attributes.apply(figures, context)
        doc._.mentions = [self.as_record(figure, context) for figure in sorted(figures, key=lambda f: f.start)]
        return doc

    @staticmethod
    def as_record(figure: Figure, context: TextContext) -> dict:
        return {
            "type": figure.type,
            "text": context.text[figure.start : figure.end],  # Doc.text is rebuilt on each access
            "start": figure.start,
            "end": figure.end,
            "value": round(figure.value, 4),
            "qualifier": figure.qualifier,
            "unit": figure.unit,
            "counted": figure.counted,
            "change": figure.change,
            "relative": figure.relative,
            "percentage_point": figure.percentage_point,
            "source": None,
            "sentence": context.sentence_index(figure.start),
            "rule": figure.rule,
        }


@Language.factory(
    "dutchfacts_figures",
    default_config={"rules": None, "windows": default_settings(FigureWindows)},
    requires=["doc._.body_start", "token.is_sent_start"],
    assigns=["doc._.mentions"],
)
def make_figure_finder(nlp: Language, name: str, rules: Optional[str], windows: dict[str, int]) -> FigureFinder:
    return FigureFinder(rules, windows_from(FigureWindows, windows))
