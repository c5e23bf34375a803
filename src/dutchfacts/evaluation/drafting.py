"""Draft label files: what the pipeline finds, written in the label contract's format.

Correcting a draft is several times faster than typing labels from an empty
file. A draft is `NAME.expected.yaml` exactly as ../shared/ANNOTATION.md and
`labels.py` read it: mentions in text order with `occurrence` where their text
occurs earlier in the body, attributes only where they differ from the
defaults, actors with name, aliases and kind. The finds the rules are least
sure of (listed in `rules/draft_doubts.tsv`, or made without a model) carry a
`# check:` comment, so the person correcting looks there first.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Union

import regex
from spacy.language import Language

from ..figures.lexicon import read_rows
from ..header import HEADER
from ..io.output import atomic_output
from ..io.reading import ArticleError, read_article
from ..pipeline import process, rule_source_of
from ..records import Actor, ArticleResult, Mention
from ..rulefiles import RuleSource, rule_source
from ..views.describe import attributes_of, format_value
from ..views.undated import relative_years_without_date
from .labels import LABEL_SUFFIX, whole_word_occurrences
from .scoring import normal_form

DOUBTS_FILE = "draft_doubts.tsv"
# The components of a model (as opposed to rules): without them, actors and counted nouns rest on rules alone.
MODEL_COMPONENTS = ("tagger", "morphologizer", "parser", "ner")
# A YAML plain scalar that reads back as the same string: no flow or comment characters, not a number or keyword.
PLAIN_SCALAR = regex.compile(r"^\p{L}[\p{L}\p{N}_ .'’&/-]*(?<![ .])$")
YAML_KEYWORDS = frozenset({"true", "false", "yes", "no", "on", "off", "null", "y", "n"})


@dataclass(frozen=True)
class Doubts:
    """Notes for the finds worth a second look, by rule (exact or prefix) and by mention text."""

    rules: dict[str, str]
    rule_prefixes: tuple[tuple[str, str], ...]
    texts: dict[str, str]

    def of_rule(self, rule: str) -> Optional[str]:
        if rule in self.rules:
            return self.rules[rule]
        return next((note for prefix, note in self.rule_prefixes if rule.startswith(prefix)), None)

    def of_mention(self, mention: Mention) -> Optional[str]:
        return self.texts.get(plain_word(mention.text)) or self.of_rule(mention.rule)


def plain_word(text: str) -> str:
    """Lower case without accents: `Eén`, `één` and `een` are one word to look up."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def load_doubts(rules: Union[str, Path, RuleSource, None] = None) -> Doubts:
    rows = read_rows(rule_source(rules) / DOUBTS_FILE, 3)
    rules = {pattern: note for field, pattern, note in rows if field == "rule" and not pattern.endswith("*")}
    prefixes = tuple((p[:-1], note) for field, p, note in rows if field == "rule" and p.endswith("*"))
    texts = {plain_word(pattern): note for field, pattern, note in rows if field == "text"}
    return Doubts(rules, prefixes, texts)


def has_model(nlp: Language) -> bool:
    return any(nlp.has_pipe(name) for name in MODEL_COMPONENTS)


def scalar(value: str) -> str:
    """A string as YAML: plain where that reads back the same, else double-quoted (JSON's escapes are YAML's)."""
    if PLAIN_SCALAR.match(value) and value.lower() not in YAML_KEYWORDS:
        return value
    return json.dumps(value, ensure_ascii=False)


def flow(fields: Iterable[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{key}: {value}" for key, value in fields) + "}"


def attribute_text(value: object) -> str:
    return "true" if value is True else scalar(str(value))


def mention_line(mention: Mention, occurrence: Optional[int]) -> str:
    fields = [("text", json.dumps(mention.text, ensure_ascii=False))]
    if occurrence is not None:
        fields.append(("occurrence", str(occurrence)))
    fields += [("type", mention.type), ("value", format_value(mention.value))]
    fields += [(name, attribute_text(value)) for name, value in attributes_of(mention).items()]
    return flow(fields)


def actor_aliases(actor: Actor) -> list[str]:
    """The actor's aliases and every other form its mentions use, each normal form once."""
    seen = {normal_form(actor.name)}
    aliases = []
    for form in [*actor.aliases, *(m.text for m in actor.mentions)]:
        if normal_form(form) not in seen:
            seen.add(normal_form(form))
            aliases.append(form)
    return aliases


def actor_line(actor: Actor) -> str:
    fields = [("name", scalar(actor.name))]
    aliases = actor_aliases(actor)
    if aliases:
        fields.append(("aliases", "[" + ", ".join(map(scalar, aliases)) + "]"))
    fields.append(("kind", actor.kind))
    return flow(fields)


def occurrence_of(mention: Mention, text: str, body_start: int) -> Optional[int]:
    """ANNOTATION.md's `occurrence` when the text occurs earlier in the body; None when it is the first.

    Raises ValueError when the mention is no whole-word occurrence, which no label can point at.
    """
    starts = whole_word_occurrences(text, mention.text, body_start)
    if mention.start not in starts:
        raise ValueError(f"{mention.text!r} at {mention.start} is inside a longer word or figure")
    index = starts.index(mention.start)
    return index + 1 if index else None


def item(line: str, note: Optional[str]) -> str:
    return f"  - {line}" + (f"  # check: {note}" if note else "")


def draft_label(
    result: ArticleResult,
    text: str,
    doubts: Doubts,
    modelled: bool = True,
    undated_years: Iterable[Mention] = (),
) -> str:
    """The label file for one article's result, as text; `text` is the article as read."""
    header = HEADER.match(text)
    body_start = header.end() if header else 0
    without_model = None if modelled else "found without a model (rules only)"
    lines = [
        f"# Drafted by dutchfacts label with {result.model.name} {result.model.version}, to be corrected;",
        "# lines marked `# check:` are what the rules are least sure of.",
        f"document: {scalar(result.document)}",
    ]
    if result.date:
        lines.append(f"date: {result.date}")
    undated = sorted({m.text for m in undated_years})
    if undated:
        lines.append(
            f"# No article date, so these relative years were not drafted: {', '.join(undated)}."
            " Give a date (--date), or label them optional with the year a reader would infer."
        )
    lines.append("mentions:" if result.mentions else "mentions: []")
    for mention in result.mentions:
        try:
            occurrence = occurrence_of(mention, text, body_start)
        except ValueError as error:
            lines.append(f"  # - {mention_line(mention, None)}  # check: not labelled, {error}")
            continue
        note = doubts.of_mention(mention) or (without_model if mention.counted or mention.source else None)
        lines.append(item(mention_line(mention, occurrence), note))
    lines.append("actors:" if result.actors else "actors: []")
    for actor in result.actors:
        lines.append(item(actor_line(actor), doubts.of_rule(actor.rule) or without_model))
    return "\n".join(lines) + "\n"


def label_path(article_path: Path, folder: Optional[Path]) -> Path:
    """`NAME.expected.yaml` beside the article, or in `folder`."""
    article_path = Path(article_path)
    return (folder or article_path.parent) / f"{article_path.stem}{LABEL_SUFFIX}"


class DraftError(ValueError):
    """An article that got no draft; the message names the file."""


def write_draft(nlp: Language, article_path: Path, folder: Optional[Path] = None,
                date: Optional[str] = None, force: bool = False) -> Path:
    """Draft the label file of one article; an existing one is kept unless `force`."""
    target = label_path(article_path, folder)
    if target.exists() and not force:
        raise DraftError(f"{target}: a label file is already there (not overwritten; --force replaces it)")
    try:
        article = read_article(article_path, date)
    except ArticleError as error:
        raise DraftError(str(error)) from None
    result = next(process(nlp, [article]), None)
    if result is None:
        raise DraftError(f"{article_path}: the pipeline failed on this article (see above)")
    undated = relative_years_without_date(nlp, article) if result.date is None else []
    text = draft_label(result, article.text, load_doubts(rule_source_of(nlp)), has_model(nlp), undated)
    with atomic_output(target) as stream:
        stream.write(text)
    return target
