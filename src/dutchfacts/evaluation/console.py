"""Printing an evaluation: the score table and, on request, the per-article diff."""

from __future__ import annotations

import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .scoring import ATTRIBUTES, TYPES, Evaluation


# Wide enough for the score table and a diff line, where no terminal sets the width.
PIPE_WIDTH = 200


class ReportConsole(Console):
    """A console that, writing to a pipe, is not cut to 80 columns, and stops quietly when the
    reader is gone (`evaluate --diff | head`): the reader has what it wanted, so that is no error."""

    def __init__(self, **options):
        super().__init__(**options)
        if not self.is_terminal and "width" not in options:
            self.width = PIPE_WIDTH

    def on_broken_pipe(self) -> None:
        self.quiet = True
        try:
            descriptor = self.file.fileno()
        except (AttributeError, OSError, ValueError):
            return
        # Python flushes stdout at exit and would fail again: the rest goes nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, descriptor)
        os.close(devnull)


SUMMARY_COLUMNS = ("type", "P", "R", "F1", "span P", "span R", "span F1", "gold", "found", "correct")


def summary_rows(evaluation: Evaluation) -> list[tuple[str, ...]]:
    """The score table's rows as printed, so the text and HTML reports show the same numbers."""
    rows = []
    for name, counts in [(t, evaluation.total(t)) for t in TYPES] + [("actors", evaluation.actors())]:
        scores, spans = counts.scores(), counts.span_scores()
        rows.append((
            name, *(f"{scores[k]:.3f}" for k in ("precision", "recall", "f1")),
            *((f"{spans[k]:.3f}" for k in ("precision", "recall", "f1")) if name != "actors" else ("", "", "")),
            str(counts.required), str(counts.predicted), str(counts.correct),
        ))
    return rows


def attribute_accuracies(evaluation: Evaluation) -> str:
    """Accuracy per attribute, and next to source's the source precision (of the figures given a source, the right ones)."""
    parts = [
        f"{name} {evaluation.attribute(name).accuracy:.3f} (n={evaluation.attribute(name).total})"
        for name in ATTRIBUTES if evaluation.attribute(name).total
    ]
    given = evaluation.source_precision()
    if given.total:
        parts.append(f"source precision {given.accuracy:.3f} (n={given.total})")
    return ", ".join(parts)


def print_summary(evaluation: Evaluation, folder: Path, console: Console | None = None) -> None:
    from ..views.markup import plural

    console = console or ReportConsole()
    table = Table(title=f"dutchfacts on {folder} ({plural(len(evaluation.articles), 'article')})")
    for column in SUMMARY_COLUMNS:
        table.add_column(column, justify="left" if column == "type" else "right")
    for row in summary_rows(evaluation):
        table.add_row(*row)
    console.print(table)
    console.print(f"attribute accuracy on correct matches: {attribute_accuracies(evaluation)}")


def print_diff(evaluation: Evaluation, console: Console | None = None) -> None:
    from ..views.markup import plural

    console = console or ReportConsole()
    for article in sorted(evaluation.articles, key=lambda a: -a.errors):
        sections = (
            ("missed", article.missed), ("spurious", article.spurious),
            ("attributes", article.wrong_attributes),
            ("missed actors", article.missed_actors), ("spurious actors", article.spurious_actors),
        )
        if not any(items for _, items in sections):
            continue
        console.rule(f"{article.document} ({plural(article.errors, 'error')})")
        for title, items in sections:
            for item in items:
                console.print(f"  {title}: {item}", markup=False, highlight=False)
