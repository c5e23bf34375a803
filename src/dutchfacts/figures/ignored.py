"""What only looks like a figure: clock times, phone numbers, postcodes, … (`Patterns.ignored`).

Claimed before the year and quantity rules look (`types.FINDERS`), so that none of them takes it.
"""

from __future__ import annotations

from typing import Iterator

from ..rulefiles import RuleSource
from ..text import TextContext
from ..windows import FigureWindows
from .patterns import Patterns
from .spans import Claims, Figure


class NotFigures:
    def __init__(self, patterns: Patterns):
        self.patterns = patterns

    def claim(self, context: TextContext, start: int, claims: Claims) -> Iterator[Figure]:
        """Claims the text and finds no figure."""
        for _, pattern in self.patterns.ignored:
            for match in pattern.finditer(context.text, start):
                claims.take(match.start(), match.end())
        yield from ()


def figure_rules(source: RuleSource, patterns: Patterns, windows: FigureWindows) -> NotFigures:
    return NotFigures(patterns)
