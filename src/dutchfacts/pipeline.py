"""Building the dutchfacts pipeline and running it over articles."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import spacy
from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from . import actors, components, sentences  # noqa: F401  (registers the factories)
from .reading import Article
from .records import ArticleResult
from .rulefiles import RuleComponent, RuleSource

PACKAGED_MODEL = Path(__file__).parent / "models" / "nl_dutchfacts_sm"
BLANK_MODEL = "blank:nl"
SENTENCE_SETTERS = ("parser", "senter", "sentencizer", "dutchfacts_sentence_ends")


class ModelError(ValueError):
    """The requested spaCy pipeline cannot be loaded or is not Dutch."""


def default_model() -> str:
    return str(PACKAGED_MODEL) if (PACKAGED_MODEL / "meta.json").is_file() else BLANK_MODEL


def load(model: Optional[Union[str, Path]] = None, rules: Optional[Union[str, Path]] = None) -> Language:
    """A Dutch spaCy pipeline with the dutchfacts components added.

    `model` is an installed pipeline's name (`nl_core_news_sm`), a path to one,
    or `blank:nl`; by default the model packaged with dutchfacts. `rules` is a
    folder of rule files that add to (or, headed `# replace`, replace) the
    packaged ones; a bad rule line raises `RuleFileError` here, before any text.
    """
    model = str(model or default_model())
    settings = component_settings(str(rules) if rules else None)
    if model == BLANK_MODEL:
        nlp = spacy.blank("nl")
    else:
        present = set(pipe_names_of(model))
        try:
            nlp = spacy.load(model, config={"components": {k: v for k, v in settings.items() if k in present}})
        except OSError as error:
            raise ModelError(f"cannot load spaCy model {model!r}: {error}") from None
    if nlp.lang != "nl":
        raise ModelError(f"spaCy model {model!r} is for language {nlp.lang!r}, not Dutch (nl)")
    if not any(nlp.has_pipe(name) for name in SENTENCE_SETTERS):
        nlp.add_pipe("sentencizer")
    for name, where in (("dutchfacts_header", {"first": True}), ("dutchfacts_figures", {}), ("dutchfacts_actors", {})):
        if not nlp.has_pipe(name):
            nlp.add_pipe(name, config=settings.get(name, {}), **where)
    for _, component in nlp.pipeline:
        if isinstance(component, RuleComponent):
            component.load_rules()
    nlp.meta["dutchfacts_model"] = model
    return nlp


def rule_source_of(nlp: Language) -> RuleSource:
    """Where the pipeline's figure rules were read from: the packaged rules, a saved copy, and any overlay."""
    if nlp.has_pipe("dutchfacts_figures"):
        return nlp.get_pipe("dutchfacts_figures").load_rules().source
    return RuleSource()


def component_settings(rules: Optional[str]) -> dict[str, dict]:
    """What `load` sets in the dutchfacts components' config, where the pipeline has them."""
    # Articles end headlines with a line break; the packaged model's default leaves such
    # starts to the parser, for the UD test files' space-joined headings.
    settings: dict[str, dict] = {"dutchfacts_sentence_ends": {"same_line_continues": True}}
    if rules is not None:
        for name in ("dutchfacts_lemma_lookup", "dutchfacts_figures", "dutchfacts_actors"):
            settings[name] = {"rules": rules}
    return settings


def pipe_names_of(model: str) -> list[str]:
    """The components a model's config lists, read before loading it (spaCy refuses settings
    for components a pipeline does not have)."""
    path = Path(model)
    if not path.exists() and spacy.util.is_package(model):
        path = spacy.util.get_package_path(model)
        path = next(path.glob("*/config.cfg"), path / "config.cfg").parent
    config = path / "config.cfg"
    return list(spacy.util.load_config(config)["nlp"]["pipeline"]) if config.is_file() else []


def model_info(nlp: Language) -> dict:
    if nlp.meta.get("dutchfacts_model") == BLANK_MODEL:
        return {"name": "blank:nl", "version": spacy.__version__}
    lang, name = nlp.meta.get("lang", "nl"), nlp.meta.get("name", "pipeline")
    # spaCy's own packages store `core_news_sm` and are known as `nl_core_news_sm`.
    full_name = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return {"name": full_name, "version": str(nlp.meta.get("version", "0"))}


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.document = article.document
    doc._.article_date = article.date
    return doc


def result_of(doc: Doc, nlp: Language) -> ArticleResult:
    data = {
        "document": doc._.document or "stdin",
        "date": doc._.article_date,
        "model": model_info(nlp),
        "mentions": doc._.mentions or [],
        "actors": doc._.actors or [],
    }
    return ArticleResult.validated(data, source=doc.text)


def report_failed_docs(name: str, component, docs: Optional[list[Doc]], error: Exception) -> None:
    """spaCy's error handler: name the articles a component failed on; the run goes on without them."""
    if docs is None:  # a worker process failed outside any one article
        print(f"error: {name!r} failed: {error}", file=sys.stderr)
    for doc in docs or []:
        print(f"error: {doc._.document or 'stdin'}: component {name!r} failed: {error}", file=sys.stderr)


def set_error_handler(nlp: Language, handler) -> None:
    """`nlp.set_error_handler`, but pipe by pipe: spaCy's compiled parser and NER cannot take
    one (AttributeError), and must not stop the others from getting it."""
    nlp.default_error_handler = handler
    for _, pipe in nlp.pipeline:
        if hasattr(pipe, "set_error_handler"):
            try:
                pipe.set_error_handler(handler)
            except AttributeError:
                continue


def process(
    nlp: Language, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
) -> Iterator[ArticleResult]:
    """Results in input order, through `nlp.pipe`; an article the pipeline fails on is reported and left out."""
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from process_in_workers(nlp, articles, batch_size, n_process)
        return
    set_error_handler(nlp, report_failed_docs)
    docs = (make_doc(nlp, article) for article in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        try:
            yield result_of(doc, nlp)
        except ValidationError as error:
            report_failed_docs("records", None, [doc], error)


_worker_nlp: Optional[Language] = None


def _process_chunk(articles: list[Article]) -> list[ArticleResult]:
    return list(process(_worker_nlp, articles, batch_size=len(articles)))


def process_in_workers(
    nlp: Language, articles: Iterable[Article], batch_size: int, n_process: int
) -> Iterator[ArticleResult]:
    """`process` in forked workers, each running the whole pipeline and validation on a batch
    of articles and sending back its records: far less to pass between processes than the
    Docs spaCy's own `n_process` sends both ways. At most two batches per worker wait, so
    memory stays flat however long the input."""
    global _worker_nlp
    _worker_nlp = nlp  # forked workers inherit the loaded pipeline
    pending: deque[tuple[list[Article], Future]] = deque()
    remaining = iter(articles)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(n_process, mp_context=context) as workers:
        for batch in iter(lambda: list(islice(remaining, batch_size)), []):
            pending.append((batch, workers.submit(_process_chunk, batch)))
            if len(pending) >= 2 * n_process:
                yield from _results_of(*pending.popleft())
        while pending:
            yield from _results_of(*pending.popleft())


def _results_of(batch: list[Article], future: Future) -> list[ArticleResult]:
    try:
        return future.result()
    except Exception as error:  # the worker failed outside any one component: name its articles
        for article in batch:
            print(f"error: {article.document or 'stdin'}: {error}", file=sys.stderr)
        return []
