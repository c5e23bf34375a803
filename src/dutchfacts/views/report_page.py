"""`dutchfacts evaluate --html`: the scores, then every article with its errors marked in the text.

Articles come sorted by their number of errors, so the ones a rule change
should fix are at the top; hovering over a mark tells what the label expected,
what was found and by which rule.
"""

from __future__ import annotations

from html import escape
from typing import Union

from ..evaluation.console import SUMMARY_COLUMNS, attribute_accuracies, summary_rows
from ..evaluation.scoring import ActorOutcome, ArticleScore, Evaluation, MentionOutcome
from ..records import Actor, ExpectedActor
from .describe import attributes_text, format_value, value_label
from .markup import Mark, mark_up, page, plural
from .render import body_start

# What the legend says for each outcome's class.
OUTCOMES = {
    "correct": "correct: span and value agree",
    "value": "span found, value differs",
    "missed": "missed: in the labels, not found",
    "spurious": "spurious: found, not in the labels",
    "optional": "optional label (no error either way)",
}


def described(mention, who: str) -> str:
    attributes = attributes_text(mention)
    line = f"{who}: {mention.text!r} {mention.type} {format_value(mention.value)}"
    return line + (f" ({attributes})" if attributes else "")


def outcome_label(outcome: MentionOutcome) -> str:
    if outcome.outcome == "value":
        return f"{value_label(outcome.predicted)} \u2260 {value_label(outcome.gold.label)}"
    if outcome.outcome.startswith("optional"):
        return "optional"
    if outcome.outcome in ("missed", "spurious"):
        # Errors often come in pairs of one span read as another type: the label says which.
        return f"{outcome.type} {value_label(outcome.predicted or outcome.gold.label)}"
    return value_label(outcome.predicted) + (" !" if outcome.wrong_attributes else "")


def outcome_mark(outcome: MentionOutcome) -> Mark:
    lines = [f"{outcome.outcome.replace('_', ' ')} {outcome.type}"]
    data = {"outcome": outcome.outcome, "type": outcome.type, "label": outcome_label(outcome)}
    if outcome.gold is not None:
        lines.append(described(outcome.gold.label, "expected"))
        data["gold"] = format_value(outcome.gold.label.value)
    if outcome.predicted is not None:
        lines.append(described(outcome.predicted, "found") + f" by rule {outcome.predicted.rule}")
        data["found"] = format_value(outcome.predicted.value)
    lines += [f"attribute {wrong}" for wrong in outcome.wrong_attributes]
    classes = f"outcome {outcome.outcome}" + (" attributes" if outcome.wrong_attributes else "")
    return Mark(outcome.start, outcome.end, "mark", classes, "\n".join(lines), data)


def actor_marks(outcome: ActorOutcome) -> list[Mark]:
    """The found actor's mentions, underlined; in another colour when no label asked for the actor."""
    actor = outcome.predicted
    if actor is None:
        return []
    if outcome.gold is not None:
        title, classes = f"actor {actor.name} ({actor.kind}), expected as {outcome.gold.name}", "actor"
    else:
        title, classes = f"spurious actor {actor.name} ({actor.kind})", "actor spurious-actor"
    title += f"\nrule: {actor.rule}"
    return [Mark(m.start, m.end, "span", classes, title, {"actor": actor.name}) for m in actor.mentions]


def score_table(evaluation: Evaluation) -> str:
    head = "".join(f'<th class="{"" if c == "type" else "number"}">{c}</th>' for c in SUMMARY_COLUMNS)
    rows = "".join(
        f"<tr><th>{row[0]}</th>" + "".join(f'<td class="number">{cell}</td>' for cell in row[1:]) + "</tr>"
        for row in summary_rows(evaluation)
    )
    accuracies = attribute_accuracies(evaluation) or "none"
    return (
        f'<table class="scores"><tr>{head}</tr>{rows}</table>'
        f'<p class="meta">attribute accuracy on correct matches: {escape(accuracies)}</p>'
    )


def legend() -> str:
    items = "".join(
        f'<span class="kind"><mark class="{name}">{name}</mark> {escape(text)}</span>'
        for name, text in OUTCOMES.items()
    )
    notes = (
        '<span class="kind"><mark class="correct attributes">double edge</mark> correct, but an attribute differs</span>'
        '<span class="kind"><span class="actor">CBS</span> found actor</span>'
        '<span class="kind"><span class="actor spurious-actor">bezoekers</span> spurious actor</span>'
        "<span>the label after a figure is its value (found \u2260 expected where they differ); "
        "hover for the labels, the found attributes and the rule</span>"
    )
    return f'<div class="legend">{items}{notes}</div>'


def actor_item(actor: Union[ExpectedActor, Actor]) -> str:
    aliases = f" (also: {escape(', '.join(actor.aliases))})" if actor.aliases else ""
    return f'{escape(actor.name)} <span class="kind-tag">{actor.kind}</span>{aliases}'


def actor_sides(outcomes: list[ActorOutcome]) -> str:
    gold_items, found_items = [], []
    for outcome in outcomes:
        if outcome.gold is not None:
            state = "optional" if outcome.gold.optional else ("matched" if outcome.predicted else "missed")
            found = f" \u2192 {escape(outcome.predicted.name)}" if outcome.predicted else ""
            gold_items.append(f'<li class="{state}">{actor_item(outcome.gold)}{found}</li>')
        if outcome.predicted is not None:
            state = "matched" if outcome.gold else "spurious"
            rule = f' <span class="kind-tag">{escape(outcome.predicted.rule)}</span>'
            found_items.append(f'<li class="{state}">{actor_item(outcome.predicted)}{rule}</li>')
    sides = [("Expected actors", gold_items), ("Found actors", found_items)]
    columns = "".join(
        f"<div><h3>{title} ({len(items)})</h3><ul>{''.join(items) or '<li>none</li>'}</ul></div>"
        for title, items in sides
    )
    return f'<div class="sides">{columns}</div>'


def outcome_counts(article: ArticleScore) -> str:
    counted = [(name, sum(o.outcome == name for o in article.outcomes)) for name in ("correct", "value", "missed", "spurious")]
    parts = [f"{number} {name}" for name, number in counted if number]
    parts.append(plural(len(article.wrong_attributes), "attribute difference"))
    parts.append(f"actors: {len(article.missed_actors)} missed, {len(article.spurious_actors)} spurious")
    return " · ".join(parts)


def article_section(article: ArticleScore, anchor: str) -> str:
    marks = [outcome_mark(outcome) for outcome in article.outcomes]
    marks += [mark for outcome in article.actor_outcomes for mark in actor_marks(outcome)]
    wrong = "".join(f"<li>{escape(item)}</li>" for item in article.wrong_attributes)
    return (
        f'<section class="article" id="{anchor}" data-document="{escape(article.document)}">'
        f"<h2>{escape(article.document)} "
        f'<span class="kind-tag">{plural(article.errors, "error")}</span></h2>'
        f'<p class="meta">{outcome_counts(article)}</p>'
        f'<div class="text" lang="nl">{mark_up(article.text, marks, body_start(article.text))}</div>'
        + (f"<h3>Attribute differences</h3><ul>{wrong}</ul>" if wrong else "")
        + actor_sides(article.actor_outcomes)
        + "</section>"
    )


def contents(articles: list[ArticleScore]) -> str:
    items = "".join(
        f'<li><a href="#article-{index}">{escape(a.document)}</a> '
        f'<span class="kind-tag">{plural(a.errors, "error")}</span></li>'
        for index, a in enumerate(articles, 1)
    )
    return f'<ol class="contents">{items}</ol>'


def failure_list(failures: list[str]) -> str:
    if not failures:
        return ""
    items = "".join(f"<li>{escape(failure)}</li>" for failure in failures)
    return f'<div class="errors"><h3>{plural(len(failures), "labelled article")} could not be scored</h3><ul>{items}</ul></div>'


def report_page(evaluation: Evaluation, folder: str, model: str) -> str:
    articles = sorted(evaluation.articles, key=lambda a: -a.errors)
    meta = f"{folder} · {plural(len(articles), 'article')} · model {model}"
    body = (
        score_table(evaluation)
        + failure_list(evaluation.failures)
        + legend()
        + contents(articles)
        + "".join(article_section(a, f"article-{index}") for index, a in enumerate(articles, 1))
    )
    return page("dutchfacts evaluation", meta, body)
