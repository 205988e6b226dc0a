"""articles -> cleaned: validate and clean each raw message; anything unusable is dead-lettered.

Every input message ends in exactly one of:
- `claimwatch.cleaned` (a valid article, cleaned);
- `claimwatch.deadletter` with the reason it cannot be read (invalid JSON, a missing or
  wrong-typed field, empty, over CLAIMWATCH_MAX_ARTICLE_BYTES, binary, an HTML page);
- `claimwatch.deadletter` as skipped, with a reason starting "skipped: " and the detail in
  `details["skipped"]`: `skipped: language de` (not English, see agents/screen.py) or
  `skipped: duplicate article id` (`details` names where the first copy is). Skips are also
  counted in `claimwatch_skipped_total{reason}` (and, being dead letters, in
  `claimwatch_deadlettered_total{agent="clean"}`).

Duplicates: claim ids are made from article ids, so a second article with an id already
taken would be read by the detector as a replay of the first. The `articles` table keeps,
for each article id, where its first copy is (partition, offset). The same message read
again after a crash (same partition and offset) is not a duplicate: it is processed again,
as at-least-once requires. The table is co-partitioned with the input topic, so duplicates
are found when the message key is the article id (as `claimwatch feed` and the HTTP ingest
send them).
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from faust import StreamT
from faust.types import EventT
from prometheus_client import Counter

from agents.screen import foreign_language
from claimwatch.clean import clean_article
from claimwatch.pipeline import failed
from schemas import InvalidMessage, parse_article
from streams.app import app, guard, settings, topics
from streams.metrics import AgentMetrics
from streams.tables import json_table
from streams.topics import delivered

metrics = AgentMetrics("clean")
SKIPPED = Counter(
    "claimwatch_skipped", "Valid input messages the clean agent skipped, by reason", ["reason"]
)
for _reason in ("duplicate", "language"):
    SKIPPED.labels(reason=_reason)

# article id -> [partition, offset] of the first message that carried it.
first_seen = json_table(
    app,
    "articles",
    partitions=settings.articles_partitions,
    store_url=settings.table_store,
    help="Where the first message with each article id is (duplicates are skipped)",
)


@app.agent(topics.articles)
async def clean(stream: StreamT[bytes]) -> None:
    source = topics.articles.get_topic_name()
    async for event in stream.events():
        guard.seen(event)  # offsets must follow each other (streams/guard.py)
        metrics.events_in()
        with guard.processing(source):
            sent = await _clean(event)
            # Acknowledge the message only once what it caused is on the broker.
            await delivered(sent)
            await first_seen.changelog_delivered()


async def _clean(event: EventT) -> list[Awaitable[Any] | None]:
    raw: bytes = event.value or b""  # a null value (tombstone) is an empty message
    try:
        article = parse_article(raw, max_bytes=settings.max_article_bytes)
    except InvalidMessage as exc:
        return [await _dead_letter(event, raw, exc.reason, exc.article_id)]

    here = [event.message.partition, event.message.offset]
    first = first_seen.get(article.id)
    if first is not None and list(first) != here:
        return [
            await _skip(
                event, raw, "duplicate", "skipped: duplicate article id", article.id,
                {"first_partition": first[0], "first_offset": first[1]},
            )
        ]
    try:
        cleaned = clean_article(article)
        foreign = foreign_language(cleaned)
    except Exception as exc:  # a bug in the core must cost one message, not the stream
        metrics.error()
        reason = failed("clean", exc)
        return [await _dead_letter(event, raw, reason, article.id)]
    if foreign is not None:
        lang, confidence = foreign
        return [
            await _skip(
                event, raw, "language", f"skipped: language {lang}", article.id,
                {"language": lang, "confidence": round(confidence, 3)},
            )
        ]
    if first is None:
        first_seen[article.id] = here
    fut = await topics.cleaned.send(key=cleaned.id, value=cleaned.to_dict())
    metrics.events_out()
    return [fut]


async def _dead_letter(
    event: EventT, raw: bytes, reason: str, article_id: str | None
) -> Awaitable[Any] | None:
    fut = await topics.send_dead_letter("clean", reason, raw, event, article_id)
    metrics.deadlettered()
    return fut


async def _skip(
    event: EventT,
    raw: bytes,
    why: str,
    reason: str,
    article_id: str,
    details: dict[str, Any],
) -> Awaitable[Any] | None:
    fut = await topics.send_dead_letter(
        "clean", reason, raw, event, article_id, details={"skipped": why, **details}
    )
    SKIPPED.labels(reason=why).inc()
    metrics.deadlettered()
    return fut
