"""What the rules find before it becomes a record: figures and the text they claim."""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Figure:
    """A number, percentage or year found by a rule, with the span of its core.

    `start`/`end` grow to take in qualifier words and units; `core_start` and
    `core_end` stay on the figure itself, where attribute rules look around.
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
