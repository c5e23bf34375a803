"""Extraction on a Dask cluster, for archives too large for one machine.

    pip install 'dutchfacts[dask]'

`extract_bag` turns a Dask bag of articles into a bag of result records, the
dicts that `dutchfacts extract` writes as JSONL lines, in the bag's order.
An article is an `Article`, the `Path` of a text file, a `{"id", "text", "date"}`
record (e.g. a dataframe's `df.to_bag(format="dict")`) or such a record as a
JSONL line (`dask.bag.read_text("*.jsonl")`). One that cannot be read or
processed costs only itself: it is left out, and `extract_bags` gives its
error, naming it, in a second bag (`extract_bag` logs it on the worker).

Each worker loads the pipeline once, when its first partition arrives, and
keeps it for the rest of the run (one per thread: spaCy pipelines are not
shared between threads).
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

import dask.bag

from ..pipeline import Failure, load, process
from .reading import Article, ArticleError, article_from_record, read_article

Item = Union[Article, Path, dict, str]
logger = logging.getLogger(__name__)

_pipelines: dict = {}
_loading = threading.Lock()


def worker_pipeline(model: Optional[str]):
    """This worker thread's pipeline, loaded on first use."""
    key = (model, threading.get_ident())
    with _loading:
        if key not in _pipelines:
            _pipelines[key] = load(model)
        return _pipelines[key]


def as_articles(items: Iterable[Item], report: Callable[[str], None]) -> Iterator[Article]:
    """The items as articles; what is no article is passed to `report` and left out."""
    for number, item in enumerate(items):
        try:
            if isinstance(item, Article):
                yield item
            elif isinstance(item, Path):
                yield read_article(item)
            elif isinstance(item, str) and not item.strip():
                continue  # a blank line of an archive
            else:
                yield article_from_record(*as_record(item, number))
        except ArticleError as error:
            report(str(error))


def as_record(item: Union[dict, str], number: int) -> tuple[object, str]:
    """A record and the name it is reported by: its id, or its place in the partition."""
    if isinstance(item, str):
        try:
            item = json.loads(item)
        except ValueError as error:
            raise ArticleError(f"line {number + 1} of its partition", f"not a JSON record ({error})") from None
    name = item.get("id") if isinstance(item, dict) else None
    return item, f"record {name!r}" if name is not None else f"record {number} of its partition"


def extract_outcomes(items: Iterable[Item], model: Optional[str], batch_size: int) -> list[tuple[str, Union[dict, str]]]:
    """`("result", record)` for each article processed, `("error", message)` for each one not."""
    nlp = worker_pipeline(model)
    outcomes: list[tuple[str, Union[dict, str]]] = []

    def report(message: str) -> None:
        logger.error(message)
        outcomes.append(("error", message))

    def failed(failure: Failure) -> None:
        report(str(failure))

    for result in process(nlp, as_articles(items, report), batch_size=batch_size, on_failure=failed):
        outcomes.append(("result", result.model_dump(mode="json")))
    return outcomes


def extract_bags(articles: dask.bag.Bag, model: Optional[str] = None, batch_size: int = 32) -> tuple[dask.bag.Bag, dask.bag.Bag]:
    """A bag of result records, one per article processed, in order, and a bag of the error
    messages of the articles that were not. Compute them together (`dask.compute(results,
    errors)`, or with `to_textfiles(..., compute=False)`) to run the pipeline once.

    `model` is resolved on each worker, like `--model`: by default the model
    packaged with dutchfacts there.
    """
    outcomes = articles.map_partitions(extract_outcomes, model=model, batch_size=batch_size)
    results = outcomes.filter(lambda outcome: outcome[0] == "result").map(lambda outcome: outcome[1])
    errors = outcomes.filter(lambda outcome: outcome[0] == "error").map(lambda outcome: outcome[1])
    return results, errors


def extract_bag(articles: dask.bag.Bag, model: Optional[str] = None, batch_size: int = 32) -> dask.bag.Bag:
    """A bag of result records, one per article, in order; an article that cannot be processed
    is left out and its error logged on the worker (`extract_bags` gives the errors too)."""
    return extract_bags(articles, model, batch_size)[0]
