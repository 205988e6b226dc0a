"""Where spaCy runs for the extract agent: in child processes (default) or in a thread.

spaCy holds the GIL for most of an article's ~80 ms. In a thread of the worker it competes
with the event loop (heartbeats, commits, the web view, the clean and detect agents) for one
core. In a child process it has a core of its own, the loop stays free, and one worker uses
two cores: spaCy's and the rest of the pipeline's.

Each child loads the model once (at start, not on the first batch), ignores Ctrl-C (the worker
stops it) and is killed by the kernel if the worker dies (so a `kill -9`'d worker leaves no
orphan holding a model in memory). A child that dies mid-batch (killed, out of memory) breaks
the pool: a new pool is started and the batch is tried again; a batch that kills a child
twice raises `ExtractionCrashed`, so the agent falls back to one article at a time and
dead-letters only the one that does it.
"""

from __future__ import annotations

import asyncio
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from claimwatch.extract import ClaimExtractor
from schemas import CleanArticle

ClaimDicts = list[list[dict[str, Any]]]  # per article, its claims as message dicts


class ExtractionCrashed(RuntimeError):
    """The process extracting a batch died, twice."""


class Extraction(Protocol):
    def ready(self) -> bool: ...

    async def start(self) -> None: ...

    async def run(self, articles: Sequence[CleanArticle]) -> ClaimDicts: ...

    def stop(self) -> None: ...


def _claims_of(extractor: ClaimExtractor, articles: Sequence[CleanArticle]) -> ClaimDicts:
    return [[c.to_dict() for c in claims] for claims in extractor.extract_batch(list(articles))]


class InThread:
    """The extractor on one thread of the worker process (CLAIMWATCH_EXTRACT_PROCESSES=0)."""

    def __init__(self, make: Callable[[], Any] = ClaimExtractor) -> None:
        self._make = make
        self._extractor: Any = None
        # One thread: the extractor (and spaCy's pipeline) is never shared across threads.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimwatch-extract")

    def ready(self) -> bool:
        return self._extractor is not None

    def _get(self) -> Any:
        if self._extractor is None:
            self._extractor = self._make()
        return self._extractor

    async def start(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._executor, self._get)

    async def run(self, articles: Sequence[CleanArticle]) -> ClaimDicts:
        def work() -> ClaimDicts:
            return _claims_of(self._get(), articles)

        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

    def stop(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class InProcesses:
    """The extractor in `processes` child processes; a batch is split between them."""

    def __init__(self, processes: int = 1) -> None:
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._ready = False
        self.restarts = 0

    def ready(self) -> bool:
        return self._ready

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                # spawn, not fork: a fork of a running worker would copy its event loop,
                # threads and broker connections into the child.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_child_start,
            )
        return self._pool

    async def _call(self, executor: Executor, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(executor, fn, *args)

    async def start(self) -> None:
        """Start the children and wait until each has loaded the model."""
        pool = self._executor()
        await asyncio.gather(*(self._call(pool, _child_ready) for _ in range(self.processes)))
        self._ready = True

    async def run(self, articles: Sequence[CleanArticle]) -> ClaimDicts:
        chunks = _split(list(articles), self.processes)
        for _ in range(2):
            pool = self._executor()
            try:
                parts = await asyncio.gather(*(self._call(pool, _child_extract, c) for c in chunks))
            except BrokenProcessPool:
                self._restart()
                continue
            return [claims for part in parts for claims in part]
        raise ExtractionCrashed("the extraction process died while reading this batch, twice")

    def _restart(self) -> None:
        self.restarts += 1
        self._ready = False
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _split(items: list[CleanArticle], parts: int) -> list[list[CleanArticle]]:
    """`items` in at most `parts` contiguous chunks of near-equal size (order kept)."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out


# --- in the child process ------------------------------------------------------------------

_child_extractor: ClaimExtractor | None = None


def _child_start() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the worker, which stops us
    _die_with_parent()
    global _child_extractor
    _child_extractor = ClaimExtractor()


def _child_ready() -> bool:
    return _child_extractor is not None


def _child_extract(articles: list[CleanArticle]) -> ClaimDicts:
    assert _child_extractor is not None
    return _claims_of(_child_extractor, articles)


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent (the worker) dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return  # best effort: without it an orphan exits when its pipe to the worker closes
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(0)  # the worker died before the request above: no signal will come
