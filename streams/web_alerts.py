"""The live alert feed: the last alerts in memory, and the subscribers waiting for new ones.

Where the alerts come from: `follow_alerts` reads `claimwatch.alerts` with a plain aiokafka
consumer that joins no group (so it takes no partitions from the workers and commits
nothing), starting `backlog` messages before the end of each partition. Every worker's page
thus shows every alert, whichever worker's detect agent raised it, and a restarted worker's
page is not empty. A hook in the detect agent would see only this worker's partitions.

Alerts carry deterministic ids (claimwatch/detect.py): a replay after a crash republishes
identical copies, which the feed drops by id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from streams import metrics

log = logging.getLogger(__name__)

FEED_CAPACITY = 500  # alerts kept in memory
SUBSCRIBER_QUEUE = 1000  # alerts a slow SSE client may fall behind before it is dropped
RETRY_DELAY = 2.0  # seconds before the follower reconnects after an error


@dataclass(frozen=True, slots=True)
class FeedItem:
    seq: int  # position in this worker's feed, 1, 2, ...: the SSE event id
    alert: dict[str, Any]  # the Alert as published (schemas.records.Alert.to_dict())

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, **self.alert}


def matches(alert: dict[str, Any], kind: str | None = None, source: str | None = None) -> bool:
    """True if `alert` is of `kind` and either of its claims was published by `source`
    (both case-insensitive; None or "" matches anything)."""
    if kind and str(alert.get("kind", "")).lower() != kind.lower():
        return False
    if source:
        wanted = source.strip().lower()
        sources = {
            str((alert.get(side) or {}).get("source", "")).lower()
            for side in ("claim", "conflicts_with")
        }
        if wanted not in sources:
            return False
    return True


@dataclass(eq=False)  # hashable by identity: kept in a set
class Subscription:
    """One SSE client's queue; `closed` is set when the feed shuts down or the client lags."""

    queue: asyncio.Queue[FeedItem] = field(
        default_factory=lambda: asyncio.Queue(maxsize=SUBSCRIBER_QUEUE)
    )
    closed: asyncio.Event = field(default_factory=asyncio.Event)

    async def next(self, timeout: float) -> FeedItem | None:
        """The next alert, or None after `timeout` seconds or once closed."""
        if self.closed.is_set() and self.queue.empty():
            return None
        get = asyncio.ensure_future(self.queue.get())
        stop = asyncio.ensure_future(self.closed.wait())
        try:
            done, _ = await asyncio.wait(
                {get, stop}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for fut in (get, stop):
                if not fut.done():
                    fut.cancel()
        return get.result() if get in done else None


class AlertFeed:
    """A bounded ring of the latest alerts, newest last, without duplicates."""

    def __init__(self, capacity: int = FEED_CAPACITY) -> None:
        self.capacity = capacity
        self._items: deque[FeedItem] = deque(maxlen=capacity)
        self._ids: OrderedDict[str, None] = OrderedDict()  # ids of the items, oldest first
        self._seq = 0
        self._subscribers: set[Subscription] = set()
        self.following = False  # True while follow_alerts is connected

    def __len__(self) -> int:
        return len(self._items)

    @property
    def last_seq(self) -> int:
        return self._seq

    def add(self, alert: dict[str, Any]) -> FeedItem | None:
        """Append `alert` and hand it to every subscriber; None if its id was seen."""
        alert_id = str(alert.get("alert_id", ""))
        if alert_id and alert_id in self._ids:
            return None
        self._seq += 1
        item = FeedItem(self._seq, alert)
        if len(self._items) == self.capacity:
            evicted = self._items[0].alert.get("alert_id")
            self._ids.pop(str(evicted), None)
        self._items.append(item)
        if alert_id:
            self._ids[alert_id] = None
        metrics.ALERT_FEED_SIZE.set(len(self._items))
        for sub in list(self._subscribers):
            try:
                sub.queue.put_nowait(item)
            except asyncio.QueueFull:  # too slow: drop it; the browser reconnects and resumes
                sub.closed.set()
                self._subscribers.discard(sub)
        return item

    def recent(
        self,
        kind: str | None = None,
        source: str | None = None,
        limit: int = 100,
        after: int = 0,
    ) -> list[FeedItem]:
        """The latest `limit` matching alerts with seq > `after`, newest first."""
        out: list[FeedItem] = []
        for item in reversed(self._items):
            if item.seq <= after or len(out) >= limit:
                break
            if matches(item.alert, kind, source):
                out.append(item)
        return out

    def sources(self) -> list[str]:
        """The outlets named by the alerts held now, sorted."""
        seen = {
            str(item.alert[side].get("source", ""))
            for item in self._items
            for side in ("claim", "conflicts_with")
            if isinstance(item.alert.get(side), dict)
        }
        return sorted(s for s in seen if s)

    @contextlib.contextmanager
    def subscribe(self) -> Any:
        sub = Subscription()
        self._subscribers.add(sub)
        try:
            yield sub
        finally:
            self._subscribers.discard(sub)

    def close_subscribers(self) -> None:
        """End every open stream (the web server is shutting down)."""
        for sub in list(self._subscribers):
            sub.closed.set()
        self._subscribers.clear()


def decode_alert(value: bytes | None) -> dict[str, Any] | None:
    """An alert message's JSON object, or None for anything else on the topic."""
    try:
        data = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("claim"), dict):
        return None
    if not isinstance(data.get("conflicts_with"), dict):
        return None
    return data


async def follow_alerts(
    feed: AlertFeed, bootstrap: list[str], topic: str, backlog: int = FEED_CAPACITY
) -> None:
    """Fill `feed` from `topic` for ever: the last `backlog` alerts of each partition, oldest
    first, then each new one as it is published. Reconnects after errors; ends when
    cancelled (at worker shutdown)."""
    while True:
        try:
            await _follow(feed, bootstrap, topic, backlog)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("alert feed: reading %s failed (%r); retrying", topic, exc)
        finally:
            feed.following = False
        await asyncio.sleep(RETRY_DELAY)


async def _follow(feed: AlertFeed, bootstrap: list[str], topic: str, backlog: int) -> None:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="latest",
        request_timeout_ms=30_000,
    )
    partitions = await _partitions(bootstrap, topic)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        starts = await consumer.beginning_offsets(tps)
        ends = await consumer.end_offsets(tps)
        for tp in tps:
            consumer.seek(tp, max(starts[tp], ends[tp] - backlog))
        feed.following = True
        first = await _read_until(consumer, tps, ends)
        for record in sorted(first, key=lambda r: (r.timestamp, r.partition, r.offset)):
            _add(feed, record.value)
        while True:
            batch = await consumer.getmany(*tps, timeout_ms=1000)
            for records in batch.values():
                for record in records:
                    _add(feed, record.value)
    finally:
        await consumer.stop()


async def _partitions(bootstrap: list[str], topic: str) -> set[int]:
    """The topic's partitions; waits while it does not exist yet."""
    from aiokafka import AIOKafkaClient

    client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await client.bootstrap()
    try:
        while True:
            parts = (await client.fetch_all_metadata()).partitions_for_topic(topic)
            if parts:
                return set(parts)
            await asyncio.sleep(RETRY_DELAY)
    finally:
        await client.close()


async def _read_until(consumer: Any, tps: Iterable[Any], ends: dict[Any, int]) -> list[Any]:
    """Every record from the current positions up to `ends`."""
    records: list[Any] = []
    pending = [tp for tp in tps if await consumer.position(tp) < ends[tp]]
    while pending:
        batch = await consumer.getmany(*pending, timeout_ms=1000)
        for recs in batch.values():
            records.extend(recs)
        pending = [tp for tp in pending if await consumer.position(tp) < ends[tp]]
    return records


def _add(feed: AlertFeed, value: bytes | None) -> None:
    alert = decode_alert(value)
    if alert is None:
        log.debug("alert feed: skipped a message that is not an alert")
        return
    feed.add(alert)


async def sse_events(
    sub: Subscription,
    backlog: list[FeedItem],
    kind: str | None = None,
    source: str | None = None,
    heartbeat: float = 15.0,
    id_prefix: str = "",
) -> AsyncIterator[bytes]:
    """The bytes of a text/event-stream: `backlog` (oldest first), a `ready` event, then
    each new alert that
    matches `kind` and `source`; a comment every `heartbeat` seconds keeps proxies from
    closing an idle stream. Event ids are `id_prefix` + seq. Ends when the subscription is
    closed."""
    yield b"retry: 2000\n\n"
    last = 0
    for old in sorted(backlog, key=lambda i: i.seq):
        last = old.seq
        yield sse_message(old, id_prefix)
    yield b"event: ready\ndata: {}\n\n"  # the backlog is out: what follows is new
    while True:
        new = await sub.next(heartbeat)
        if new is None:
            if sub.closed.is_set():
                return
            yield b": keep-alive\n\n"
            continue
        if new.seq > last and matches(new.alert, kind, source):
            last = new.seq
            yield sse_message(new, id_prefix)


def sse_message(item: FeedItem, id_prefix: str = "") -> bytes:
    # orjson escapes newlines inside strings, so the JSON is one `data:` line.
    data = orjson.dumps(item.to_json())
    return b"id: %s%d\nevent: alert\ndata: %s\n\n" % (id_prefix.encode(), item.seq, data)
