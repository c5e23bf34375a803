"""The spaCy components of dutchfacts, registered with `@Language.factory`.

- `dutchfacts_header` reads the ` date YYYY[-MM[-DD]] ` prefix of a news export:
  it becomes the article date and is kept out of the mentions.
- `dutchfacts_figures` finds numbers, percentages and years with the rules in
  `dutchfacts/rules/` and stores them, as plain dicts, in `doc._.mentions`.
  A `RuleComponent`: its `rules` setting names a user's overlay folder, and a
  saved pipeline keeps the rule files it read.

Results live in `Doc` extensions as plain data, so that docs travel between
processes with `nlp.pipe(n_process=…)`.
"""

from __future__ import annotations

from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .attributes import AttributeRules
from .context import TextContext
from .patterns import patterns_for
from .quantities import QuantityRules
from .rulefiles import RuleComponent, RuleSource
from .spans import Claims, Figure
from .windows import FigureWindows, default_settings, windows_from
from .years import YearRules, resolve_relative_years

# The prefix may be all there is (`\Z`): its figures are still no mentions.
HEADER = regex.compile(r"\A\s*date\s+(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?(?=\s|\Z)\s*")
PREFIX_START = regex.compile(r"\A\s*date\s+(?P<written>\S*)")

for name, default in (("article_date", None), ("body_start", 0), ("document", None), ("mentions", None), ("actors", None)):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


def header_date(match: regex.Match) -> Optional[str]:
    year, month, day = match.group("year", "month", "day")
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return None
    return "-".join(part for part in (year, month and f"{int(month):02d}", day and f"{int(day):02d}") if part)


def prefix_problem(text: str) -> Optional[str]:
    """Why a text's ` date …` prefix gives no date, when it has one that does not."""
    start = PREFIX_START.match(text)
    if start is None:
        return None
    match = HEADER.match(text)
    if match and header_date(match):
        return None
    return f"its prefix ` date {start.group('written')}` is not a date YYYY[-MM[-DD]]: the article is read without a date"


class ArticleHeader:
    def __call__(self, doc: Doc) -> Doc:
        match = HEADER.match(doc.text)
        if match:
            doc._.body_start = match.end()
            if doc._.article_date is None:
                doc._.article_date = header_date(match)
        return doc


@Language.factory("dutchfacts_header", assigns=["doc._.body_start", "doc._.article_date"])
def make_article_header(nlp: Language, name: str) -> ArticleHeader:
    return ArticleHeader()


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
