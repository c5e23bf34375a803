"""Progress bars for commands that go through many articles: on stderr, in a terminal, when there are many."""

from __future__ import annotations

import sys
from typing import Optional

from tqdm import tqdm

# Fewer articles than this finish before a bar would tell anything.
MANY_ARTICLES = 20


def progress_bar(total: Optional[int]) -> tqdm:
    """A bar of articles, shown only on a terminal's stderr and only for many articles (a pipe gets no bar)."""
    few = total is not None and total < MANY_ARTICLES
    return tqdm(total=total, unit="article", file=sys.stderr, disable=few or not sys.stderr.isatty())
