"""cleaned -> claims: spaCy extraction in batches, off the event loop, keyed by claim.key."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

from faust import Stream, StreamT
from faust.types import EventT

from claimwatch.extract import ClaimExtractor
from schemas import Claim, CleanArticle
from streams.app import app, guard, settings, topics
from streams.metrics import AgentMetrics
from streams.topics import delivered

metrics = AgentMetrics("extract")

# One thread: the extractor (and spaCy's pipeline) is built once and never shared across
# threads; the loop stays free for heartbeats, commits and the web server.
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimwatch-extract")
_extractor: ClaimExtractor | None = None


def extractor() -> ClaimExtractor:
    """The process's extractor, built on first use; call only on the executor thread."""
    global _extractor
    if _extractor is None:
        _extractor = ClaimExtractor()
    return _extractor


def extractor_ready() -> bool:
    return _extractor is not None


def _extract(batch: Sequence[CleanArticle]) -> list[list[Claim]]:
    return extractor().extract_batch(list(batch))


async def _run(batch: Sequence[CleanArticle]) -> list[list[Claim]]:
    return await asyncio.get_running_loop().run_in_executor(_executor, _extract, batch)


@app.task
async def load_model() -> None:
    """Load spaCy at start-up rather than on the first batch (a few seconds). If the model
    cannot load, the task's exception crashes the worker (exit 1): better than dead-lettering
    every article."""
    await asyncio.get_running_loop().run_in_executor(_executor, extractor)


@app.agent(topics.cleaned)
async def extract(stream: StreamT[dict]) -> None:
    # take_events (not take): the events carry topic/partition/offset for dead letters.
    source = topics.cleaned.get_topic_name()
    async for events in cast(Stream, stream).take_events(settings.batch_size, within=1.0):
        for event in events:
            guard.seen(event)  # offsets must follow each other (streams/guard.py)
        metrics.events_in(len(events))
        with guard.processing(source):
            await _extract_batch(events)


async def _extract_batch(events: Sequence[EventT]) -> None:
    sent: list[Awaitable[Any] | None] = []
    batch: list[tuple[EventT, CleanArticle]] = []
    for event in events:
        try:
            batch.append((event, CleanArticle.from_dict(cast(dict, event.value))))
        except Exception as exc:
            sent.append(await _dead_letter(event, exc))
    for claims in await _extract_isolating(batch, sent):
        for claim in claims:
            sent.append(await topics.claims.send(key=claim.key, value=claim.to_dict()))
        metrics.events_out(len(claims))
    # The batch's events are acknowledged when the loop asks for the next batch: only once
    # their claims are on the broker.
    await delivered(sent)


async def _extract_isolating(
    batch: list[tuple[EventT, CleanArticle]], sent: list[Awaitable[Any] | None]
) -> list[list[Claim]]:
    """Claims per article; if the batch fails, retry one by one so only the bad one is lost
    (dead-lettered; the dead letters' delivery futures are added to `sent`)."""
    try:
        return await _run([article for _, article in batch])
    except Exception:
        pass
    results: list[list[Claim]] = []
    for event, article in batch:
        try:
            results.extend(await _run([article]))
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
