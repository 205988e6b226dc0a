"""Where spaCy runs for the extract agent: in child processes (default) or in a thread.

spaCy holds the GIL for most of an article's ~70 ms. In a thread of the worker it competes
with the event loop (heartbeats, commits, the web view, the clean and detect agents) for one
core. In child processes it has a core of its own and the loop stays free.

Two stages, each in its own children: spaCy parses a batch (CLAIMWATCH_EXTRACT_PROCESSES
children, the batch split between them), and one more child reads the claims from the parses
(the rules, about a tenth of an article's time) while spaCy parses the next batch. The parses
go from one to the other as a DocBin (about 4 KB per article, packed and unpacked in about
1 ms each). So spaCy works at its own pace; the rules and the rest of the worker share the
other core.

Each child loads what it needs once (at start, not on the first batch: the model, or for the
rules only its vocabulary), ignores Ctrl-C (the worker stops it) and is killed by the kernel
if the worker dies (so a `kill -9`'d worker leaves no orphan holding a model in memory). A
child that dies mid-batch (killed, out of memory) breaks its pool: a new pool is started and
the batch's stage is tried again; a batch that kills a child twice raises
`ExtractionCrashed`, so the agent falls back to one article at a time and dead-letters only
the one that does it.
"""

from __future__ import annotations

import asyncio
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

import spacy
from spacy.tokens import DocBin
from spacy.vocab import Vocab

from claimwatch.extract import ClaimExtractor, ClaimReader
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


class _ChildPool:
    """`size` spawned children started by `initializer`, replaced whole when one dies."""

    def __init__(self, size: int, initializer: Callable[[], None]) -> None:
        self.size = size
        self._initializer = initializer
        self._pool: ProcessPoolExecutor | None = None

    def executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.size,
                # spawn, not fork: a fork of a running worker would copy its event loop,
                # threads and broker connections into the child.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=self._initializer,
            )
        return self._pool

    def pids(self) -> list[int]:
        return list(self._pool._processes) if self._pool is not None else []

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


class InProcesses:
    """spaCy in `processes` child processes (a batch is split between them), the rules in one
    more child."""

    def __init__(self, processes: int = 1) -> None:
        self.processes = processes
        self._parse = _ChildPool(processes, _parse_child_start)
        self._read = _ChildPool(1, _read_child_start)
        self._ready = False
        self.restarts = 0

    def ready(self) -> bool:
        return self._ready

    def pids(self) -> list[int]:
        """The children's process ids: spaCy's, then the rules'."""
        return self._parse.pids() + self._read.pids()

    async def start(self) -> None:
        """Start the children and wait until each has loaded what it needs."""
        await asyncio.gather(
            self._on(self._parse, [(_child_ready, ())] * self.processes, retry=False),
            self._on(self._read, [(_child_ready, ())], retry=False),
        )
        self._ready = True

    async def run(self, articles: Sequence[CleanArticle]) -> ClaimDicts:
        chunks = [c for c in _split(list(articles), self.processes) if c]
        parsed = await self._on(self._parse, [(_child_parse, (c,)) for c in chunks])
        calls = [(_child_read, (chunk, p)) for chunk, p in zip(chunks, parsed, strict=True)]
        read = await self._on(self._read, calls)
        self._ready = True
        return [claims for part in read for claims in part]

    async def _on(
        self, pool: _ChildPool, calls: list[tuple[Callable[..., Any], tuple[Any, ...]]], retry: bool = True
    ) -> list[Any]:
        """The calls' results, run on `pool`'s children; a pool a dead child broke is
        replaced and the calls tried once more."""
        loop = asyncio.get_running_loop()
        for _ in range(2 if retry else 1):
            executor = pool.executor()
            try:
                runs = [loop.run_in_executor(executor, fn, *args) for fn, args in calls]
                return list(await asyncio.gather(*runs))
            except BrokenProcessPool:
                self.restarts += 1
                self._ready = False
                pool.stop()
        raise ExtractionCrashed("the extraction process died while reading this batch, twice")

    def stop(self) -> None:
        self._parse.stop()
        self._read.stop()


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


# --- in the child processes ----------------------------------------------------------------

_child_extractor: ClaimExtractor | None = None  # in a spaCy child
_child_reader: ClaimReader | None = None  # in the rules' child
_child_vocab: Vocab | None = None


# Process names (/proc/PID/comm, what `top` shows) that tell the children apart.
PARSE_PROCESS_NAME = "claimwatch-nlp"
READ_PROCESS_NAME = "claimwatch-read"


def _parse_child_start() -> None:
    _child_setup(PARSE_PROCESS_NAME)
    global _child_extractor
    _child_extractor = ClaimExtractor()


def _read_child_start() -> None:
    _child_setup(READ_PROCESS_NAME)
    global _child_reader, _child_vocab
    _child_reader = ClaimReader()
    # English's lexical attributes ("like_num", "is_alpha"); the parses bring their strings
    # and every annotation the rules read (tests/test_extract_pool.py: the same claims).
    _child_vocab = spacy.blank("en").vocab


def _child_setup(name: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the worker, which stops us
    _die_with_parent()
    _set_process_name(name)


def _set_process_name(name: str) -> None:
    """Best effort: at most 15 bytes are kept."""
    pr_set_name = 15
    _prctl(pr_set_name, name.encode()[:15])


def _prctl(option: int, value: int | bytes) -> bool:
    """Linux's prctl(2), best effort: whether the request was made."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        return False
    return True


def _child_ready() -> bool:
    return _child_extractor is not None or _child_reader is not None


def _child_parse(articles: list[CleanArticle]) -> bytes:
    assert _child_extractor is not None
    parsed = DocBin(store_user_data=False)
    for docs in _child_extractor.parse_batch(articles):
        for doc in docs:
            parsed.add(doc)
    return parsed.to_bytes()


def _child_read(articles: list[CleanArticle], parsed: bytes) -> ClaimDicts:
    assert _child_reader is not None and _child_vocab is not None
    docs = iter(DocBin().from_bytes(parsed).get_docs(_child_vocab))
    per_article = [[next(docs) for _ in art.segments] for art in articles]
    return [[c.to_dict() for c in claims] for claims in _child_reader.read_batch(articles, per_article)]


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent (the worker) dies."""
    pr_set_pdeathsig = 1
    if not _prctl(pr_set_pdeathsig, signal.SIGKILL):
        return  # best effort: without it an orphan exits when its pipe to the worker closes
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(0)  # the worker died before the request above: no signal will come
