"""The rules that begin with a figure are tried only where `Patterns.figure_start` finds one
begins; that must never lose a match a scan of the whole text would find."""
from pathlib import Path

import pytest

from dutchfacts.text import TextContext
from dutchfacts.figures.lexicon import RULES_DIR
from dutchfacts.figures.patterns import patterns_for

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TRICKY = (
    "EUR 5 miljoen, US$ 3, €12,50 en £ 4; tweeëntwintig, zeventienhonderd, anderhalf jaar, "
    "driekwart, nog geen tiende, een op de vijf, 1.234,5 ton, 12 345 inwoners, twee derde, "
    "A2 en COVID-19, 3,5%, vijftig procent, vier op tien, 2 jaar geleden, drie jaar later."
)


@pytest.fixture(scope="module")
def patterns():
    return patterns_for(str(RULES_DIR))


def figure_rules(patterns):
    rules = [patterns.quantity, patterns.percentage, patterns.ratio, patterns.fraction]
    return rules + [pattern for pattern, _, _, count_first in patterns.relative_years if count_first]


@pytest.mark.parametrize("text", [TRICKY] + [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))])
def test_figure_matches_equal_a_full_scan(blank_nlp, patterns, text):
    context = TextContext(blank_nlp.make_doc(text), patterns.figure_start)
    for pattern in figure_rules(patterns):
        full = [(m.span(), m.group()) for m in pattern.finditer(text)]
        assert [(m.span(), m.group()) for m in context.figure_matches(pattern, 0)] == full
