"""cleaned -> claims: spaCy extraction in batches, off the event loop, keyed by claim.key."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import cast

from faust import Stream, StreamT
from faust.types import EventT

from claimwatch.extract import ClaimExtractor
from schemas import Claim, CleanArticle
from streams.app import app, settings, topics
from streams.metrics import AgentMetrics

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
    async for events in cast(Stream, stream).take_events(settings.batch_size, within=1.0):
        metrics.events_in(len(events))
        batch: list[tuple[EventT, CleanArticle]] = []
        for event in events:
            try:
                batch.append((event, CleanArticle.from_dict(cast(dict, event.value))))
            except Exception as exc:
                await _dead_letter(event, exc)
        for claims in await _extract_isolating(batch):
            for claim in claims:
                await topics.claims.send(key=claim.key, value=claim.to_dict())
            metrics.events_out(len(claims))


async def _extract_isolating(batch: list[tuple[EventT, CleanArticle]]) -> list[list[Claim]]:
    """Claims per article; if the batch fails, retry one by one so only the bad one is lost."""
    try:
        return await _run([article for _, article in batch])
    except Exception:
        pass
    results: list[list[Claim]] = []
    for event, article in batch:
        try:
            results.extend(await _run([article]))
        except Exception as exc:
            await _dead_letter(event, exc, article.id)
    return results


async def _dead_letter(event: EventT, exc: Exception, article_id: str | None = None) -> None:
    metrics.error()
    reason = f"extract failed: {type(exc).__name__}: {exc}".splitlines()[0]
    await topics.send_dead_letter("extract", reason, event.message.value, event, article_id)
    metrics.deadlettered()
