"""`dutchfacts explain`: what was extracted from one text, by which rule, on which tokens.

A rule author needs to see the spans, values and attributes next to the rule
that produced them, and, for rules that read the model's annotations, the
tokens with their POS, lemma and dependency. The tables go to a terminal as
rich tables and to a pipe as tab-separated text, so `grep` and `cut` work.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from spacy.language import Language
from spacy.tokens import Doc

from ..io.reading import Article, ArticleError, checked_text, decode, read_article
from ..pipeline import make_doc, result_of
from ..records import ArticleResult
from .describe import attributes_text, format_value

# Token annotations a rule may read, and the attribute that says whether the model set them.
TOKEN_ANNOTATIONS = {"POS": "POS", "lemma": "LEMMA", "dependency": "DEP"}


@dataclass
class Section:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    note: str = ""


@dataclass
class Explanation:
    title: str
    sections: list[Section]


def read_source(source: str, date: Optional[str] = None) -> Article:
    """`-` is stdin, an existing file is read as an article, anything else is the text itself."""
    if source == "-":
        return Article("stdin", decode(sys.stdin.buffer.read(), "<stdin>"), date)
    try:
        path = Path(source)
        is_file, is_dir = path.is_file(), path.is_dir()
    except (OSError, ValueError):
        # A text too long or too odd to be a file name is text.
        return Article("text", checked_text(source, "the text given"), date)
    if is_file:
        return read_article(path, date)
    if is_dir:
        raise ArticleError(source, "a folder: explain takes one article (render takes folders)")
    if path.suffix == ".txt" and not any(character.isspace() for character in source):
        # Looks like a file name, not like an article: a typo deserves an error, not an empty result.
        raise ArticleError(source, "no such file")
    return Article("text", checked_text(source, "the text given"), date)


def explain(nlp: Language, article: Article, tokens: bool = False) -> Explanation:
    doc = nlp(make_doc(nlp, article))
    result = result_of(doc, nlp)
    mentions = mention_section(result)
    if result.date is None:
        mentions.note = "; ".join(filter(None, [mentions.note, undated_note(nlp, article)]))
    sections = [mentions, actor_section(result, nlp)]
    if tokens:
        sections.append(token_section(doc))
    return Explanation(heading(result), sections)


def undated_note(nlp: Language, article: Article) -> str:
    """Relative years need the article's date: say which ones its absence left out."""
    from .undated import relative_years_without_date

    lost = [m.text for m in relative_years_without_date(nlp, article)]
    if not lost:
        return ""
    return f"no article date, so {len(lost)} relative year{'s' if len(lost) > 1 else ''} left out ({', '.join(lost)}): give one with --date"


def heading(result: ArticleResult) -> str:
    return (
        f"{result.document}: date {result.date or 'unknown'}, "
        f"model {result.model.name} {result.model.version}"
    )


def mention_section(result: ArticleResult) -> Section:
    rows = [
        (str(m.start), str(m.end), m.text, m.type, format_value(m.value), attributes_text(m), str(m.sentence), m.rule)
        for m in result.mentions
    ]
    columns = ("start", "end", "text", "type", "value", "attributes", "sentence", "rule")
    return Section(f"mentions ({len(rows)})", columns, rows, "" if rows else "no mentions found")


def actor_section(result: ArticleResult, nlp: Language) -> Section:
    rows = [
        (
            actor.name,
            actor.kind,
            ", ".join(actor.aliases),
            "; ".join(f"{m.text}@{m.start}" for m in actor.mentions),
            actor.rule,
        )
        for actor in result.actors
    ]
    if rows:
        note = ""
    elif nlp.has_pipe("dutchfacts_actors"):
        note = "no actors found"
    else:
        note = "no actors: this pipeline has no dutchfacts_actors component"
    return Section(f"actors ({len(rows)})", ("name", "kind", "aliases", "mentions", "rule"), rows, note)


def token_section(doc: Doc) -> Section:
    # Without a parser every token is its own head: an empty cell says so more plainly.
    parsed = doc.has_annotation("DEP")
    rows = [
        (
            str(token.i),
            str(token.idx),
            token.text,
            token.pos_,
            token.tag_,
            token.lemma_,
            token.dep_,
            f"{token.head.i} {token.head.text}" if parsed else "",
        )
        for token in doc
    ]
    missing = [name for name, attribute in TOKEN_ANNOTATIONS.items() if not doc.has_annotation(attribute)]
    note = f"the model sets no {', '.join(missing)}: those columns are empty" if missing else ""
    return Section(
        f"tokens ({len(rows)})", ("i", "start", "text", "POS", "tag", "lemma", "dep", "head"), rows, note
    )


def print_explanation(explanation: Explanation, console: Console) -> None:
    """Rich tables on a terminal; plain tab-separated text when piped."""
    if console.is_terminal:
        console.rule(escape(explanation.title), style="bold")
        for section in explanation.sections:
            print_table(section, console)
    else:
        lines = [f"# {explanation.title}"]
        for section in explanation.sections:
            lines.append(f"\n## {section.title}" + (f": {section.note}" if section.note else ""))
            if section.rows:
                lines.extend("\t".join(map(plain_cell, row)) for row in [section.columns, *section.rows])
        console.file.write("\n".join(lines) + "\n")


def plain_cell(cell: str) -> str:
    # Whitespace tokens would break the one-row-a-line, tab-separated layout.
    return cell.replace("\t", "\\t").replace("\n", "\\n")


def print_table(section: Section, console: Console) -> None:
    table = Table(title=section.title, title_justify="left", caption=section.note or None)
    for column in section.columns:
        numeric = column in ("start", "end", "value", "sentence", "i")
        table.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in section.rows:
        # Article text may contain square brackets; they are text, not rich markup.
        table.add_row(*map(escape, row))
    console.print(table)
