"""Extraction on a Dask cluster, for archives too large for one machine.

    pip install 'dutchfacts[dask]'

`extract_bag` turns a Dask bag of articles into a bag of result records, the
dicts that `dutchfacts extract` writes as JSONL lines, in the bag's order.
An article is an `Article` (e.g. `bag.map(read_article)` over file paths) or a
`{"id", "text", "date"}` record (e.g. `dask.bag.read_text("*.jsonl").map(json.loads)`,
or a dataframe's `df.to_bag(format="dict")`). A bad record fails its task with
an `ArticleError` naming it: filter the bag first to let a run go on.

Each worker loads the pipeline once, when its first partition arrives, and
keeps it for the rest of the run (one per thread: spaCy pipelines are not
shared between threads).
"""

from __future__ import annotations

import threading
from typing import Iterable, Iterator, Optional, Union

import dask.bag

from .pipeline import load, process
from .reading import Article, article_from_record

_pipelines: dict = {}
_loading = threading.Lock()


def worker_pipeline(model: Optional[str]):
    """This worker thread's pipeline, loaded on first use."""
    key = (model, threading.get_ident())
    with _loading:
        if key not in _pipelines:
            _pipelines[key] = load(model)
        return _pipelines[key]


def as_articles(items: Iterable[Union[Article, dict]]) -> Iterator[Article]:
    for number, item in enumerate(items):
        if isinstance(item, Article):
            yield item
        else:
            name = item.get("id") if isinstance(item, dict) else None
            yield article_from_record(item, f"record {name!r}" if name is not None else f"record {number} of its partition")


def extract_partition(items: Iterable[Union[Article, dict]], model: Optional[str], batch_size: int) -> list[dict]:
    nlp = worker_pipeline(model)
    return [result.model_dump(mode="json") for result in process(nlp, as_articles(items), batch_size=batch_size)]


def extract_bag(articles: dask.bag.Bag, model: Optional[str] = None, batch_size: int = 32) -> dask.bag.Bag:
    """A bag of result records, one per article, in order.

    `model` is resolved on each worker, like `--model`: by default the model
    packaged with dutchfacts there.
    """
    return articles.map_partitions(extract_partition, model=model, batch_size=batch_size)
