"""Running one sentence through a pipeline and looking at its mentions."""

from __future__ import annotations

from dutchfacts.pipeline import process
from dutchfacts.io.reading import Article
from dutchfacts.records import Mention


def mentions_of(nlp, text: str, date: str | None = None) -> list[Mention]:
    return next(process(nlp, [Article("test", text, date)])).mentions


def only(nlp, text: str, date: str | None = None) -> Mention:
    found = mentions_of(nlp, text, date)
    assert len(found) == 1, [(m.text, m.type, m.value) for m in found]
    return found[0]


def summary(nlp, text: str, date: str | None = None) -> list[tuple[str, str, float]]:
    return [(m.type, m.text, m.value) for m in mentions_of(nlp, text, date)]


def sources(nlp, text: str) -> dict[str, object]:
    """Each figure's text with the source attribution gave it."""
    return {m["text"]: m["source"] for m in nlp(text)._.mentions}
