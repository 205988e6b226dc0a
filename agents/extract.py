"""cleaned -> claims: spaCy extraction in batches, off the event loop, keyed by claim.key.

spaCy runs on a thread of the worker (default) or in CLAIMWATCH_EXTRACT_PROCESSES child
processes; see agents/extract_pool.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from typing import Any, cast

from faust import Stream, StreamT
from faust.types import EventT

from agents.extract_pool import ClaimDicts, Extraction, InProcesses, InThread
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


@app.agent(topics.cleaned)
async def extract(stream: StreamT[dict]) -> None:
    # noack_take: the events carry topic/partition/offset (for dead letters), and this agent
    # acknowledges them itself, once their claims are on the broker.
    source = topics.cleaned.get_topic_name()
    # A batch is cut when full or after the batch wait: under load batches fill at once (spaCy
    # is faster per article in batches), at a trickle an article waits only the batch wait.
    within = settings.batch_wait_ms / 1000
    delivering: asyncio.Future[None] | None = None
    async for events in cast(Stream, stream).noack_take(settings.batch_size, within=within):
        events = cast(list[EventT], events)
        for event in events:
            guard.seen(event)  # offsets must follow each other (streams/guard.py)
        metrics.events_in(len(events))
        with guard.processing(source):
            sent = await _extract_batch(events)
            # The batch before was delivered while spaCy read this one: spaCy need not wait
            # for the broker. Its events are acknowledged first, so acks stay in offset order.
            if delivering is not None:
                await delivering
        delivering = asyncio.ensure_future(_acknowledge_when_delivered(stream, events, sent))
        delivering.add_done_callback(_stop_if_undelivered)


async def _acknowledge_when_delivered(
    stream: StreamT[dict], events: Sequence[EventT], sent: Sequence[Awaitable[Any] | None]
) -> None:
    """Acknowledge a batch's events only once the claims (and dead letters) they caused are
    on the broker; if a send fails for good they stay unacknowledged."""
    await delivered(sent)
    for event in events:
        await stream.ack(event)


def _stop_if_undelivered(done: asyncio.Future[None]) -> None:
    """A batch whose claims could not be delivered stops the worker, as a crash would: the
    next batches' acks cannot be committed past it anyway, and after the restart the batch is
    read again from the committed offset."""
    if not done.cancelled() and (exc := done.exception()) is not None:
        guard.stop(f"claims of a batch could not be delivered ({type(exc).__name__}: {exc})")


async def _extract_batch(events: Sequence[EventT]) -> list[Awaitable[Any] | None]:
    sent: list[Awaitable[Any] | None] = []
    batch: list[tuple[EventT, CleanArticle]] = []
    for event in events:
        try:
            batch.append((event, CleanArticle.from_dict(cast(dict, event.value))))
        except Exception as exc:
            sent.append(await _dead_letter(event, exc))
    for claims in await _extract_isolating(batch, sent):
        for claim in claims:
            sent.append(await topics.claims.send(key=claim["key"], value=claim))
        metrics.events_out(len(claims))
    return sent


async def _extract_isolating(
    batch: list[tuple[EventT, CleanArticle]], sent: list[Awaitable[Any] | None]
) -> ClaimDicts:
    """Claims per article; if the batch fails, retry one by one so only the bad one is lost
    (dead-lettered; the dead letters' delivery futures are added to `sent`)."""
    if not batch:
        return []
    try:
        return await extraction.run([article for _, article in batch])
    except Exception:
        pass
    results: ClaimDicts = []
    for event, article in batch:
        try:
            results.extend(await extraction.run([article]))
        except Exception as exc:
            sent.append(await _dead_letter(event, exc, article.id))
    return results


async def _dead_letter(
    event: EventT, exc: Exception, article_id: str | None = None
) -> Awaitable[Any] | None:
    metrics.error()
    reason = f"extract failed: {type(exc).__name__}: {exc}".splitlines()[0]
    fut = await topics.send_dead_letter("extract", reason, event.message.value, event, article_id)
    metrics.deadlettered()
    return fut
