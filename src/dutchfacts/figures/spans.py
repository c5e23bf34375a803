"""A figure from the rule that finds it to the record that is written, and the text rules claim."""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field, fields
from typing import Optional

import srsly

from .types import FIELD_NAMES, TYPES_BY_NAME, MentionKind


@dataclass
class Figure:
    """A number, percentage or year: what a rule found, what later rules add, and what the record holds.

    The year and quantity rules make it, the attribute rules and attribution fill in its
    fields, and `record()` gives the fields of a `Mention` (`figures/types.py`). `start`/`end`
    grow to take in qualifier words and units; `core_start` and `core_end` stay on the figure
    itself, where attribute rules look around. `text` and `sentence` are set once the span
    is final.
    """

    type: str
    start: int
    end: int
    value: Optional[float]
    rule: str
    qualifier: str = "exact"
    unit: Optional[str] = None
    counted: Optional[str] = None
    change: Optional[str] = None
    relative: bool = False
    percentage_point: bool = False
    source: Optional[str] = None
    text: str = ""
    sentence: int = 0
    scale: float = 1.0  # the multiplier of a scale word (`miljoen`), which a bare range start shares
    # For relative years: resolved against the article date or the previous year.
    anchor: Optional[str] = None
    offset: int = 0
    core_start: int = field(default=-1)
    core_end: int = field(default=-1)

    def __post_init__(self) -> None:
        if self.core_start < 0:
            self.core_start = self.start
        if self.core_end < 0:
            self.core_end = self.end

    @property
    def kind(self) -> MentionKind:
        return TYPES_BY_NAME[self.type]

    def record(self) -> dict:
        """The fields of its `Mention`, as plain data (`doc._.mentions`); the value to four decimals."""
        record = {name: getattr(self, name) for name in FIELD_NAMES}
        record["value"] = round(self.value, 4)
        return record


# Docs carry their figures in `doc.user_data`, which `Doc.to_bytes` packs with msgpack (spaCy's
# `nlp.pipe(n_process=…)`, `DocBin`): a figure packs as the list of its fields.
FIGURE_KEY = "dutchfacts.figure"
FIGURE_FIELDS = tuple(f.name for f in fields(Figure))


def pack_figure(value, chain=None):
    if isinstance(value, Figure):
        return {FIGURE_KEY: [getattr(value, name) for name in FIGURE_FIELDS]}
    return value if chain is None else chain(value)


def unpack_figure(value, chain=None):
    if FIGURE_KEY in value:
        return Figure(*value[FIGURE_KEY])
    return value if chain is None else chain(value)


srsly.msgpack_encoders.register(FIGURE_KEY, func=pack_figure)
srsly.msgpack_decoders.register(FIGURE_KEY, func=unpack_figure)


class Claims:
    """Character ranges already taken by a rule, so later rules skip them."""

    def __init__(self, floor: int = 0):
        self.ranges: list[tuple[int, int]] = []
        if floor:
            self.ranges.append((0, floor))

    def free(self, start: int, end: int) -> bool:
        # Taken ranges never overlap, so only the neighbours of `start` can clash.
        index = bisect_left(self.ranges, (start, end))
        if index > 0 and self.ranges[index - 1][1] > start:
            return False
        return index == len(self.ranges) or self.ranges[index][0] >= end

    def take(self, start: int, end: int) -> bool:
        """Claim a range if it is still free; say whether it was."""
        if not self.free(start, end):
            return False
        insort(self.ranges, (start, end))
        return True
