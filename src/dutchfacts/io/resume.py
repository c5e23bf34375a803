"""Resuming an interrupted run: which documents a JSONL output already holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from tqdm import tqdm

from .reading import Article


class ResumeError(ValueError):
    """The output file holds something other than dutchfacts result lines."""


def completed_documents(path: Path) -> Counter:
    """The documents whose results `path` holds, counted (an id may repeat in the input).

    A last line without its newline is what a run killed mid-write leaves: it
    is cut off, so that appending starts on a clean line and that article is
    done again.
    """
    done: Counter = Counter()
    if not path.exists():
        return done
    with open(path, "r+b") as stream:
        whole_lines_end = 0
        for number, line in enumerate(stream, 1):
            if not line.endswith(b"\n"):
                break
            try:
                done[json.loads(line)["document"]] += 1
            except (ValueError, KeyError, TypeError):
                raise ResumeError(f"{path}:{number} is not a dutchfacts result line; not resuming into this file") from None
            whole_lines_end += len(line)
        stream.truncate(whole_lines_end)
    return done


def skip_completed(articles: Iterable[Article], done: Counter, progress: tqdm) -> Iterator[Article]:
    """The articles not yet in the output.

    Results are written in input order, so the output holds a prefix of the
    input: skipping each document as often as it is counted skips that prefix.
    """
    for article in articles:
        if done[article.document] > 0:
            done[article.document] -= 1
            progress.update()
        else:
            yield article
