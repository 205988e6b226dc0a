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

The table does not grow forever: an article id is forgotten `REMEMBER_RETENTIONS` times
CLAIMWATCH_RETENTION_DAYS after its article's day (event time, like the claims'). A copy that
comes later is read again; its claims have left the table by then, or, in a row no claim has
touched since, the detector reads them as a replay and publishes the same alerts again, with
the same ids (consumers drop those).
"""

from __future__ import annotations

from collections.abc import Awaitable, Iterable
from datetime import UTC, date, datetime, timedelta
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
FORGOTTEN = Counter(
    "claimwatch_article_ids_forgotten", "Article ids the duplicate check no longer remembers"
)

# article id -> [partition, offset, day] of the first message that carried it (the day of
# its article; entries written before days were kept have none and are forgotten first).
first_seen = json_table(
    app,
    "articles",
    partitions=settings.articles_partitions,
    store_url=settings.table_store,
    help="Where the first message with each article id is (duplicates are skipped)",
)


# How many claim retention windows an article id is remembered for.
REMEMBER_RETENTIONS = 2


class Forgetting:
    """When the duplicate check forgets article ids, per input partition: once every tenth of
    the window of event time (so a sweep of the table is rare), those whose article's day is
    more than the window before the latest day the partition has seen."""

    def __init__(self, days: int) -> None:
        self.days = days
        self.every = max(1, days // 10)
        self._swept: dict[int, date] = {}  # partition -> the day it was last swept at

    def horizon(self, partition: int, published_at: str, today: date) -> str | None:
        """The day before which to forget ids of `partition`, now that an article published
        at `published_at` came, or None: not yet. A date after `today` counts as today (a
        wrong date must not wipe the partition's memory)."""
        try:
            day = min(date.fromisoformat(published_at[:10]), today)
        except ValueError:
            return None
        last = self._swept.get(partition)
        if last is not None and day < last + timedelta(days=self.every):
            return None
        self._swept[partition] = day
        return (day - timedelta(days=self.days)).isoformat()


def forgotten(entries: Iterable[tuple[Any, Any]], partition: int, horizon: str) -> list[Any]:
    """The ids among `entries` (id -> [partition, offset, day]) of `partition` first seen
    before the day `horizon`."""
    return [
        article_id
        for article_id, first in entries
        if isinstance(first, list) and first[:1] == [partition] and _day(first) < horizon
    ]


def _day(first: list[Any]) -> str:
    day = first[2] if len(first) > 2 else ""
    return day if isinstance(day, str) else ""


forgetting = Forgetting(REMEMBER_RETENTIONS * settings.retention_days)


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
    _forget_old_ids(event.message.partition, article.published_at)
    first = first_seen.get(article.id)
    if first is not None and list(first[:2]) != here:
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
        first_seen[article.id] = [*here, article.published_at[:10]]
    fut = await topics.cleaned.send(key=cleaned.id, value=cleaned.to_dict())
    metrics.events_out()
    return [fut]


def _forget_old_ids(partition: int, published_at: str) -> None:
    """Forget the ids of this partition that are past the window (see the module's doc).
    Runs while this partition's message is processed: the deletions go to its changelog."""
    horizon = forgetting.horizon(partition, published_at, datetime.now(UTC).date())
    if horizon is None:
        return
    old = forgotten(first_seen.items(), partition, horizon)
    for article_id in old:
        del first_seen[article_id]
    FORGOTTEN.inc(len(old))


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
