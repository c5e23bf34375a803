"""Running the pipeline over a stream of articles: results written in input order as they come."""

from __future__ import annotations

import ctypes
import gc
import math
import multiprocessing
import multiprocessing.queues
import os
import signal
import sys
import threading
import warnings
from contextlib import closing, contextmanager
from typing import Callable, Iterable, Iterator, Optional

from spacy.language import Language
from tqdm import tqdm

from ..pipeline import Failure, process
from ..records import ArticleResult
from .reading import Article

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_forking_workers = False


def worker_count(requested: Optional[int], total: Optional[int], batch_size: int) -> int:
    """All cores unless told otherwise, but no more workers than there are batches to give them."""
    workers = requested or os.cpu_count() or 1
    if total is not None:
        workers = min(workers, max(1, math.ceil(total / batch_size)))
    return workers


def _prepare_forked_worker() -> None:
    if not _forking_workers:
        return
    # The parent handles Ctrl-C for the whole run (see `workers_stopped_on_interrupt`).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        # A killed parent would leave its workers blocked on their queues forever.
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


os.register_at_fork(after_in_child=_prepare_forked_worker)


def _stop_workers_and_interrupt(signum, frame) -> None:
    # spaCy's pipe joins its workers when the interruption unwinds it, but a
    # worker blocked sending a finished batch to the parent would never end:
    # stop them first.
    for worker in multiprocessing.active_children():
        worker.terminate()
    # Their input queues may still hold batches that no one will read: each
    # queue's feeder thread would then block the interpreter's exit.
    for queue in (item for item in gc.get_objects() if isinstance(item, multiprocessing.queues.Queue)):
        queue.cancel_join_thread()
    raise KeyboardInterrupt


@contextmanager
def workers_stopped_on_interrupt() -> Iterator[None]:
    """Workers forked meanwhile ignore Ctrl-C and die with the parent; Ctrl-C in the parent stops them.

    So an interrupted run ends at once, with one message instead of a
    traceback per worker, and no worker outlives its parent.
    """
    global _forking_workers
    handles_interrupt = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
    _forking_workers = True
    if handles_interrupt:
        signal.signal(signal.SIGINT, _stop_workers_and_interrupt)
    try:
        with warnings.catch_warnings():
            # W127, "not all worker processes completed": the ones stopped on purpose.
            warnings.filterwarnings("ignore", message=r"\[W127\]")
            yield
    finally:
        _forking_workers = False
        if handles_interrupt:
            signal.signal(signal.SIGINT, signal.default_int_handler)


class Batch:
    """One run over many articles, counting what it wrote so that an interruption can say so,
    and the articles it could not process, so that the exit code can."""

    def __init__(self, nlp: Language, batch_size: int, n_process: int, progress: tqdm):
        self.nlp = nlp
        self.batch_size = batch_size
        self.n_process = n_process
        self.progress = progress
        self.written = 0
        self.failures: list[Failure] = []

    def fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        tqdm.write(f"error: {failure}", file=sys.stderr)
        self.progress.update()

    def run(self, articles: Iterable[Article], write: Callable[[ArticleResult], None]) -> None:
        results = process(self.nlp, articles, batch_size=self.batch_size, n_process=self.n_process, on_failure=self.fail)
        # closing(): the workers are stopped now, within the handling of an interruption.
        with workers_stopped_on_interrupt(), closing(results):
            for result in results:
                write(result)
                self.written += 1
                self.progress.update()
