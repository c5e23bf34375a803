"""`dutchfacts render`: articles as one HTML page with their figures and actors highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Callable, Optional

from spacy.language import Language

from ..figures.types import MENTION_TYPES, TYPE_NAMES
from ..header import HEADER
from ..io.reading import Article
from ..pipeline import process
from ..records import Actor, ArticleResult, Mention
from .describe import attributes_text, format_value, value_label
from .markup import Mark, mark_up, page, plural


@dataclass
class RenderedArticle:
    text: str
    result: ArticleResult


def render_articles(
    nlp: Language, articles: list[Article], failures: list[str], progress: Optional[Callable[[], object]] = None
) -> list[RenderedArticle]:
    """Each result with the text it came from.

    `process` leaves out an article the pipeline failed on (and says so on
    stderr), so results are paired with articles in order, by document name;
    an article without a result is added to `failures`. `progress` is called after each article.
    """
    results = process(nlp, articles)
    result = next(results, None)
    rendered = []
    for article in articles:
        if result is not None and result.document == article.document:
            rendered.append(RenderedArticle(article.text, result))
            result = next(results, None)
        else:
            failures.append(f"{article.document}: the pipeline failed on this article")
        if progress is not None:
            progress()
    return rendered


def mention_title(mention: Mention) -> str:
    lines = [f"{mention.type} {format_value(mention.value)}"]
    if attributes_text(mention):
        lines.append(attributes_text(mention))
    lines.append(f"rule: {mention.rule}")
    return "\n".join(lines)


def mention_mark(mention: Mention) -> Mark:
    return Mark(
        mention.start,
        mention.end,
        "mark",
        f"mention {mention.type}",
        mention_title(mention),
        {"type": mention.type, "value": format_value(mention.value), "label": value_label(mention)},
    )


def actor_marks(actor: Actor) -> list[Mark]:
    title = f"actor: {actor.name} ({actor.kind})\nrule: {actor.rule}"
    return [Mark(m.start, m.end, "span", "actor", title, {"actor": actor.name}) for m in actor.mentions]


def body_start(text: str) -> int:
    """Where the article begins: the ` date … ` prefix is metadata, shown above the text instead."""
    header = HEADER.match(text)
    return header.end() if header else 0


def legend() -> str:
    items = [
        f'<span class="kind"><mark class="{kind.name}">{escape(kind.sample)}</mark> {kind.name}</span>'
        for kind in MENTION_TYPES
    ]
    items.append('<span class="kind"><span class="actor">de politie</span> actor</span>')
    items.append("<span>the small label after a figure is its normalised value; hover for its attributes and rule</span>")
    return f'<div class="legend">{"".join(items)}</div>'


def counts_line(result: ArticleResult) -> str:
    counts = [plural(sum(m.type == t for m in result.mentions), t) for t in TYPE_NAMES]
    return ", ".join(counts + [plural(len(result.actors), "actor")])


def mention_table(mentions: list[Mention]) -> str:
    rows = "".join(
        f"<tr><td>{escape(m.text)}</td><td>{m.type}</td><td class=\"number\">{format_value(m.value)}</td>"
        f"<td>{escape(attributes_text(m))}</td><td>{escape(m.rule)}</td></tr>"
        for m in mentions
    )
    return (
        f"<details><summary>{len(mentions)} mentions as a table</summary><table>"
        "<tr><th>text</th><th>type</th><th class=\"number\">value</th><th>attributes</th><th>rule</th></tr>"
        f"{rows}</table></details>"
    )


def actor_list(actors: list[Actor]) -> str:
    if not actors:
        return '<p class="meta">no actors found</p>'
    items = "".join(
        f'<li><span class="actor">{escape(a.name)}</span> <span class="kind-tag">{a.kind}</span>'
        + (f" (also: {escape(', '.join(a.aliases))})" if a.aliases else "")
        + f' <span class="kind-tag">{len(a.mentions)}× · {escape(a.rule)}</span></li>'
        for a in actors
    )
    return f"<h3>Actors</h3><ul>{items}</ul>"


def article_section(article: RenderedArticle, anchor: str) -> str:
    result = article.result
    marks = [mention_mark(m) for m in result.mentions]
    marks += [mark for actor in result.actors for mark in actor_marks(actor)]
    return (
        f'<section class="article" id="{anchor}" data-document="{escape(result.document)}">'
        f"<h2>{escape(result.document)}</h2>"
        f'<p class="meta">date {escape(result.date or "unknown")} · {counts_line(result)}</p>'
        f'<div class="text" lang="nl">{mark_up(article.text, marks, body_start(article.text))}</div>'
        f"{mention_table(result.mentions)}{actor_list(result.actors)}"
        "</section>"
    )


def error_list(errors: list[str]) -> str:
    if not errors:
        return ""
    items = "".join(f"<li>{escape(error)}</li>" for error in errors)
    return f'<div class="errors"><h3>{plural(len(errors), "input")} could not be shown</h3><ul>{items}</ul></div>'


def contents(articles: list[RenderedArticle]) -> str:
    items = "".join(
        f'<li><a href="#article-{index}">{escape(a.result.document)}</a></li>'
        for index, a in enumerate(articles, 1)
    )
    return f'<ol class="contents">{items}</ol>' if len(articles) > 1 else ""


def render_page(articles: list[RenderedArticle], errors: list[str]) -> str:
    models = sorted({f"{a.result.model.name} {a.result.model.version}" for a in articles})
    meta = f"{plural(len(articles), 'article')} · model {', '.join(models) or 'none'}"
    sections = "".join(article_section(a, f"article-{index}") for index, a in enumerate(articles, 1))
    return page("dutchfacts view", meta, legend() + error_list(errors) + contents(articles) + sections)
