"""How far the rules look around a figure or a cue: settings in the pipeline config.

`dutchfacts_figures` takes `FigureWindows`, `dutchfacts_actors` `AttributionWindows`;
`nlp.config` shows both, and `nlp.add_pipe(..., config={"windows": {...}})` changes them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import TypeVar


@dataclass(frozen=True)
class FigureWindows:
    """Characters before a figure that a rule searches for its cue."""

    qualifier: int = 30
    """`naar schatting 300`: the longest qualifier phrase must fit."""
    change: int = 40
    """`een stijging van 5 procent`."""
    change_met: int = 20
    """`steeg met maar liefst 3 procent`: `met` and an emphasis word."""
    range_start: int = 10
    """`tussen 7 en 8 procent`, `van 19 naar 21 procent`: before the first end."""


@dataclass(frozen=True)
class AttributionWindows:
    """Tokens between an attribution cue and what it attributes."""

    cue_gap: int = 10
    """Words a `…` in a cue stands for (`blijkt … uit`)."""
    after_cue: int = 12
    """After an `after` cue (`volgens`, `aldus`), where its actor may start."""
    either_side: int = 6
    """After a verb cue (`meldt`), where an inverted subject may start."""
    group_gap: int = 2
    """A group noun names the speaker only this close to its cue (`aldus de onderzoekers`)."""


Windows = TypeVar("Windows", FigureWindows, AttributionWindows)


def windows_from(kind: type[Windows], settings: dict[str, int]) -> Windows:
    """Windows from a component's config, with a clear error for a name that is none."""
    known = [field.name for field in fields(kind)]
    unknown = sorted(set(settings) - set(known))
    if unknown:
        raise ValueError(f"unknown window {unknown[0]!r} (known: {', '.join(known)})")
    return kind(**settings)


def default_settings(kind: type[Windows]) -> dict[str, int]:
    return asdict(kind())
