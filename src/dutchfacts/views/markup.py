"""Highlighting spans of a text in HTML, and the page around it.

Spans may overlap (an actor inside a figure, a missed gold span across a
spurious one). HTML elements must nest, so a span that crosses the end of an
enclosing one is closed there and reopened after it, as a continuation that
carries the same class and title but not the data of the span.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files
from string import Template

from .. import __version__
from ..figures.types import MENTION_TYPES

ASSETS = files(__package__)
# Where the stylesheet takes the highlights of the mention types, made from their definition.
TYPE_STYLES = "/* mention types: here views/markup.py puts a rule for each, from figures/types.py */\n"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    tag: str
    classes: str
    title: str
    data: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


def opening_tag(mark: Mark, continued: bool = False) -> str:
    classes = f"{mark.classes} continued" if continued else mark.classes
    attributes = [f'class="{escape(classes)}"', f'title="{escape(mark.title)}"']
    if not continued:
        attributes += [f'data-{name}="{escape(value)}"' for name, value in mark.data.items()]
    return f"<{mark.tag} {' '.join(attributes)}>"


def mark_up(text: str, marks: list[Mark], begin: int = 0) -> str:
    """`text[begin:]` as escaped HTML with each mark around its span."""
    starting: dict[int, list[Mark]] = defaultdict(list)
    for mark in marks:
        start = max(mark.start, begin)
        if start < mark.end:
            starting[start].append(mark)
    for group in starting.values():
        # The longer mark opens first, so marks that start together nest.
        group.sort(key=lambda m: -m.end)
    boundaries = sorted({begin, *starting, *(m.end for group in starting.values() for m in group)})
    pieces: list[str] = []
    open_marks: list[Mark] = []
    position = begin
    for boundary in boundaries:
        pieces.append(escape(text[position:boundary], quote=False))
        position = boundary
        if any(m.end == boundary for m in open_marks):
            reopen = []
            while any(m.end == boundary for m in open_marks):
                mark = open_marks.pop()
                pieces.append(f"</{mark.tag}>")
                if mark.end != boundary:
                    reopen.append(mark)
            for mark in reversed(reopen):
                pieces.append(opening_tag(mark, continued=True))
                open_marks.append(mark)
        for mark in starting.get(boundary, []):
            pieces.append(opening_tag(mark))
            open_marks.append(mark)
    pieces.append(escape(text[position:], quote=False))
    return "".join(pieces)


def plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def type_styles() -> str:
    return "".join(
        f"mark.{kind.name} {{ background: {kind.colour}; border: {kind.border} {kind.edge}; }}\n" for kind in MENTION_TYPES
    )


def stylesheet() -> str:
    return ASSETS.joinpath("style.css").read_text(encoding="utf-8").replace(TYPE_STYLES, type_styles())


def page(title: str, meta: str, body: str) -> str:
    """A whole HTML document with the package's stylesheet inline; `body` is HTML already."""
    template = Template(ASSETS.joinpath("page.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=escape(title),
        meta=escape(meta),
        body=body,
        style=stylesheet(),
        version=__version__,
    )
