"""Building the dutchfacts pipeline and running it over articles."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

import spacy
from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from . import actors, header  # noqa: F401  (register the factories)
from .errors import ExtractionError, InputError
from .figures import component  # noqa: F401
from .io.reading import Article, check_text
from .model import sentence_ends  # noqa: F401
from .records import ArticleResult, check_date
from .rulefiles import RuleComponent, RuleSource

PACKAGED_MODEL = Path(__file__).parent / "models" / "nl_dutchfacts_sm"
BLANK_MODEL = "blank:nl"
SENTENCE_SETTERS = ("parser", "senter", "sentencizer", "dutchfacts_sentence_ends")


class ModelError(InputError):
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


@dataclass(frozen=True)
class Failure:
    """An article the pipeline could not process, and why; the run goes on without it."""

    document: str
    reason: str
    error: Optional[BaseException] = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.document}: {self.reason}"


FailureHandler = Callable[[Failure], None]


def print_failure(failure: Failure) -> None:
    print(f"error: {failure}", file=sys.stderr)


def one_line(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}" for problem in error.errors())
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


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
    nlp: Language,
    articles: Iterable[Article],
    batch_size: int = 32,
    n_process: int = 1,
    on_failure: FailureHandler = print_failure,
) -> Iterator[ArticleResult]:
    """Results in input order, through `nlp.pipe`. An article that cannot be processed costs
    only itself: it is passed to `on_failure` (by default: printed on stderr) and left out."""
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from process_in_workers(nlp, articles, batch_size, n_process, on_failure)
        return
    if n_process > 1:  # spaCy's own workers, where processes cannot be forked
        set_error_handler(nlp, component_failures(on_failure))
        docs = docs_of(nlp, articles, on_failure)
        for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
            result = checked_result(doc, nlp, on_failure)
            if result is not None:
                yield result
        return
    for batch in batches(articles, batch_size):
        yield from process_batch(nlp, batch, on_failure)


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    remaining = iter(articles)
    return iter(lambda: list(islice(remaining, size)), [])


def process_batch(nlp: Language, batch: list[Article], on_failure: FailureHandler) -> list[ArticleResult]:
    """The results of one batch, in order. A batch component (a tagger, a parser) that fails
    fails for the whole batch: those articles are then run one by one, so that only the
    article at fault is lost."""
    report = component_failures(on_failure)
    failed_together: list[Doc] = []
    failed_alone: set[int] = set()

    def handle(name: str, component, docs: Optional[list[Doc]], error: Exception) -> None:
        if docs is not None and len(docs) > 1:
            failed_together.extend(docs)
        else:
            failed_alone.update(id(doc) for doc in docs or [])
            report(name, component, docs, error)

    set_error_handler(nlp, handle)
    articles, docs = [], []
    for article in batch:
        doc = doc_or_failure(nlp, article, on_failure)
        if doc is not None:
            articles.append(article)
            docs.append(doc)
    position = {id(doc): index for index, doc in enumerate(docs)}
    outcomes: dict[int, ArticleResult] = {}
    passed: set[int] = set()
    try:
        for doc in nlp.pipe(docs, batch_size=len(docs) or 1):
            passed.add(position[id(doc)])
            result = checked_result(doc, nlp, on_failure)
            if result is not None:
                outcomes[position[id(doc)]] = result
    except Exception as error:  # a component that raises from its `pipe`, for the whole batch
        if len(docs) == 1:
            on_failure(Failure(docs[0]._.document or "stdin", f"the pipeline failed: {one_line(error)}", error))
            return []
        known = failed_alone | {id(doc) for doc in failed_together}
        failed_together += [doc for index, doc in enumerate(docs) if index not in passed and id(doc) not in known]
    for doc in failed_together:
        index = position[id(doc)]
        outcomes.update((index, result) for result in process_batch(nlp, [articles[index]], on_failure))
    return [outcomes[index] for index in sorted(outcomes)]


def doc_or_failure(nlp: Language, article: Article, on_failure: FailureHandler) -> Optional[Doc]:
    try:
        check_text(article.text)
        check_date(article.date)
        return make_doc(nlp, article)
    except InputError as error:
        on_failure(Failure(article.document, str(error), error))
    except Exception as error:  # the tokenizer, on text that no check foresaw
        on_failure(Failure(article.document, f"cannot be tokenized: {one_line(error)}", error))
    return None


def docs_of(nlp: Language, articles: Iterable[Article], on_failure: FailureHandler) -> Iterator[Doc]:
    for article in articles:
        doc = doc_or_failure(nlp, article, on_failure)
        if doc is not None:
            yield doc


def component_failures(on_failure: FailureHandler) -> Callable:
    """A spaCy error handler that reports each article a component failed on."""

    def handle(name: str, component, docs: Optional[list[Doc]], error: Exception) -> None:
        if docs is None:  # one of spaCy's own workers failed outside any one article
            on_failure(Failure("(a batch)", f"component {name!r} failed: {one_line(error)}", error))
        for doc in docs or []:
            on_failure(Failure(doc._.document or "stdin", f"component {name!r} failed: {one_line(error)}", error))

    return handle


def checked_result(doc: Doc, nlp: Language, on_failure: FailureHandler) -> Optional[ArticleResult]:
    try:
        return result_of(doc, nlp)
    except ValidationError as error:
        on_failure(Failure(doc._.document or "stdin", f"invalid result record: {one_line(error)}", error))
        return None


def process_article(nlp: Language, article: Article) -> ArticleResult:
    """One article's result; an InputError for input it cannot use, an ExtractionError
    (its cause attached) when the pipeline fails on it."""
    failures: list[Failure] = []
    results = list(process(nlp, [article], on_failure=failures.append))
    if failures:
        failure = failures[0]
        if isinstance(failure.error, InputError):
            raise failure.error
        raise ExtractionError(str(failure)) from failure.error
    return results[0]


_worker_nlp: Optional[Language] = None


def _process_chunk(articles: list[Article]) -> tuple[list[ArticleResult], list[Failure]]:
    failures: list[Failure] = []
    results = process_batch(_worker_nlp, articles, failures.append)
    # The exceptions stay here: not every one can be pickled.
    return results, [Failure(failure.document, failure.reason) for failure in failures]


def process_in_workers(
    nlp: Language, articles: Iterable[Article], batch_size: int, n_process: int, on_failure: FailureHandler
) -> Iterator[ArticleResult]:
    """`process` in forked workers, each running the whole pipeline and validation on a batch
    of articles and sending back its records: far less to pass between processes than the
    Docs spaCy's own `n_process` sends both ways. At most two batches per worker wait, so
    memory stays flat however long the input."""
    global _worker_nlp
    _worker_nlp = nlp  # forked workers inherit the loaded pipeline
    pending: deque[tuple[list[Article], Future]] = deque()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(n_process, mp_context=context) as workers:
        for batch in batches(articles, batch_size):
            pending.append((batch, workers.submit(_process_chunk, batch)))
            if len(pending) >= 2 * n_process:
                yield from _results_of(*pending.popleft(), on_failure)
        while pending:
            yield from _results_of(*pending.popleft(), on_failure)


def _results_of(batch: list[Article], future: Future, on_failure: FailureHandler) -> list[ArticleResult]:
    try:
        results, failures = future.result()
    except Exception as error:  # the worker itself failed (killed, out of memory): its batch is lost
        for article in batch:
            on_failure(Failure(article.document or "stdin", f"lost with its batch: the worker failed ({one_line(error)})", error))
        return []
    for failure in failures:
        on_failure(failure)
    return results
