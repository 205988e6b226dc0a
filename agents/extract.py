"""cleaned -> claims: spaCy extraction in batches, off the event loop, keyed by claim.key.

spaCy runs in CLAIMWATCH_EXTRACT_PROCESSES child processes (default 1) and the rules that
read claims from its parses in one more, or, with 0, both on a thread of the worker; see
agents/extract_pool.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, cast

from faust import Stream, StreamT
from faust.types import EventT

from agents.extract_pool import ClaimDicts, Extraction, InProcesses, InThread
from claimwatch.pipeline import failed
from schemas import CleanArticle
from streams.app import app, guard, settings, topics
from streams.metrics import AgentMetrics
from streams.topics import delivered

metrics = AgentMetrics("extract")

extraction: Extraction = (
    InProcesses(settings.extract_processes) if settings.extract_processes else InThread()
)


def extractor_ready() -> bool:
    return extraction.ready()


@app.task
async def load_model() -> None:
    """Load spaCy at start-up rather than on the first batch (a few seconds). If the model
    cannot load, the task's exception crashes the worker (exit 1): better than dead-lettering
    every article."""
    await extraction.start()


@app.on_before_shutdown.connect
async def stop_extraction(sender: Any, /, *args: Any, **kwargs: Any) -> None:
    extraction.stop()


# Batches handed to spaCy and not yet read: the one it reads and the next, so that it starts
# the next as soon as one is done, while that one's claims go to the broker.
IN_FLIGHT = 2


@dataclass
class _Batch:
    events: list[EventT]
    readable: list[tuple[EventT, CleanArticle]]
    unreadable: list[tuple[EventT, Exception]]
    claims: asyncio.Future[ClaimDicts]  # spaCy's work, started when the batch was taken


@app.agent(topics.cleaned)
async def extract(stream: StreamT[dict]) -> None:
    # Two stages. This loop takes batches and hands them to spaCy; `_send_batches` sends each
    # batch's claims in the order taken and acknowledges its events (noack_take: the agent
    # acknowledges them itself) once the claims are on the broker.
    # A batch is cut when full or after the batch wait: under load batches fill at once (spaCy
    # is faster per article in batches), at a trickle an article waits only the batch wait.
    within = settings.batch_wait_ms / 1000
    queue: asyncio.Queue[_Batch] = asyncio.Queue()
    with_spacy = asyncio.Semaphore(IN_FLIGHT)
    sender = asyncio.ensure_future(_send_batches(cast(Stream, stream), queue, with_spacy))
    sender.add_done_callback(_stop_if_sender_failed)
    try:
        async for taken in cast(Stream, stream).noack_take(settings.batch_size, within=within):
            events = cast(list[EventT], taken)  # noack_take yields the events themselves
            for event in events:
                guard.seen(event)  # offsets must follow each other (streams/guard.py)
            metrics.events_in(len(events))
            await with_spacy.acquire()
            queue.put_nowait(_start(events))
    finally:
        sender.cancel()


def _start(events: list[EventT]) -> _Batch:
    readable: list[tuple[EventT, CleanArticle]] = []
    unreadable: list[tuple[EventT, Exception]] = []
    for event in events:
        try:
            readable.append((event, CleanArticle.from_dict(cast(dict, event.value))))
        except Exception as exc:
            unreadable.append((event, exc))
    claims: asyncio.Future[ClaimDicts]
    if readable:
        claims = asyncio.ensure_future(extraction.run([article for _, article in readable]))
    else:
        claims = asyncio.get_running_loop().create_future()
        claims.set_result([])
    return _Batch(events, readable, unreadable, claims)


async def _send_batches(stream: Stream, queue: asyncio.Queue[_Batch], with_spacy: asyncio.Semaphore) -> None:
    """The second stage: each batch's claims (and dead letters) to the broker, in the order
    the batches were taken; its events are acknowledged only once all of it is delivered."""
    source = topics.cleaned.get_topic_name()
    while True:
        batch = await queue.get()
        with guard.processing(source):
            try:
                sent = await _send_batch(batch)
            finally:
                with_spacy.release()
            await delivered(sent)
        for event in batch.events:
            await stream.ack(event)


async def _send_batch(batch: _Batch) -> list[Awaitable[Any] | None]:
    sent = [await _dead_letter(event, exc) for event, exc in batch.unreadable]
    for claims in await _extract_isolating(batch, sent):
        for claim in claims:
            sent.append(await topics.claims.send(key=claim["key"], value=claim))
        metrics.events_out(len(claims))
    return sent


def _stop_if_sender_failed(done: asyncio.Future[None]) -> None:
    """If a batch's claims cannot be delivered (or sending fails otherwise), stop the worker
    as a crash would: later batches' acks cannot be committed past that batch anyway, and
    after the restart it is read again from the committed offset."""
    if not done.cancelled() and (exc := done.exception()) is not None:
        guard.stop(f"extract could not deliver a batch's claims ({type(exc).__name__}: {exc})")


async def _extract_isolating(batch: _Batch, sent: list[Awaitable[Any] | None]) -> ClaimDicts:
    """Claims per readable article; if the batch failed, retry one by one so only the bad one
    is lost (dead-lettered; the dead letters' delivery futures are added to `sent`)."""
    if not batch.readable:
        return []
    try:
        return await batch.claims
    except Exception:
        pass
    results: ClaimDicts = []
    for event, article in batch.readable:
        try:
            results.extend(await extraction.run([article]))
        except Exception as exc:
            sent.append(await _dead_letter(event, exc, article.id))
    return results


async def _dead_letter(
    event: EventT, exc: Exception, article_id: str | None = None
) -> Awaitable[Any] | None:
    metrics.error()
    reason = failed("extract", exc)
    fut = await topics.send_dead_letter("extract", reason, event.message.value, event, article_id)
    metrics.deadlettered()
    return fut
