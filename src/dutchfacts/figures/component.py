"""`dutchfacts_figures`: numbers, percentages and years, found with the rules in `dutchfacts/rules/`.

The typed figures (`spans.Figure`) are stored in `doc._.figures`; `doc._.mentions` reads them
as plain dicts. The finders run in the order `types.FINDERS` names them. A `RuleComponent`: its
`rules` setting names a user's overlay folder, and a saved pipeline keeps the rule files it read.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers doc._.figures and doc._.mentions)
from ..rulefiles import RuleComponent, RuleSource
from ..text import TextContext
from ..windows import FigureWindows, default_settings, windows_from
from .attributes import AttributeRules
from .patterns import Patterns, patterns_for
from .spans import Claims, Figure
from .types import FINDERS
from .years import resolve_relative_years

Finder = Callable[[TextContext, int, Claims], Iterator[Figure]]


def finders_of(source: RuleSource, patterns: Patterns, windows: FigureWindows) -> list[Finder]:
    """The finders `FINDERS` names, in its order. Each rule module's rules are built once, by its
    `figure_rules(source, patterns, windows)`: from its own rule files, the shared patterns and the windows."""
    rules = {}
    finders = []
    for name in FINDERS:
        module, method = name.split(".")
        if module not in rules:
            rules[module] = import_module(f"{__package__}.{module}").figure_rules(source, patterns, windows)
        finders.append(getattr(rules[module], method))
    return finders


class FigureFinder(RuleComponent):
    """The finders in their order: each rule skips text an earlier one took."""

    def __init__(self, rules: Optional[str], windows: FigureWindows):
        super().__init__(rules)
        self.windows = windows

    def use_rules(self, source: RuleSource) -> None:
        self.patterns = patterns_for(source)
        self.finders = finders_of(source, self.patterns, self.windows)
        self.attributes = AttributeRules(self.patterns, self.windows)

    def __call__(self, doc: Doc) -> Doc:
        if self.source is None:
            self.load_rules()
        context = TextContext(doc, self.patterns.figure_start)
        start = doc._.body_start
        claims = Claims(floor=start)
        figures = [figure for find in self.finders for figure in find(context, start, claims)]
        date = doc._.article_date
        figures = resolve_relative_years(figures, int(date[:4]) if date else None)
        self.attributes.apply(figures, context)
        figures.sort(key=lambda f: f.start)
        for figure in figures:
            figure.text = context.text[figure.start : figure.end]  # Doc.text is rebuilt on each access
            figure.sentence = context.sentence_index(figure.start)
        doc._.figures = figures
        return doc


@Language.factory(
    "dutchfacts_figures",
    default_config={"rules": None, "windows": default_settings(FigureWindows)},
    requires=["doc._.body_start", "token.is_sent_start"],
    assigns=["doc._.figures", "doc._.mentions"],
)
def make_figure_finder(nlp: Language, name: str, rules: Optional[str], windows: dict[str, int]) -> FigureFinder:
    return FigureFinder(rules, windows_from(FigureWindows, windows))
