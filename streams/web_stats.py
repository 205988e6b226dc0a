"""The dashboard's figures: agent counters and rates, and consumer lag per partition.

Lag is what `kafka-consumer-groups --describe` shows: log end offset (highwater) minus the
group's committed offset (the next offset it will read), per partition this worker is
assigned. `LagSampler` asks the broker for both every few seconds, with a consumer and an
admin client of its own that join no group: the worker's consumer learns a highwater only
when it fetches (not while Faust has paused the partition, which is when lag matters), it
answers through its own thread, seconds late, and the monitor's committed offsets start
empty, while the group's are on the broker from the first start. The monitor's offsets
(`tp_committed_offsets`, `tp_read_offsets`) fill in between two samples.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from faust.types import TP, AppT

from streams import metrics

log = logging.getLogger(__name__)

OFFSETS_TIMEOUT = 5.0  # seconds for one offsets request


@dataclass(frozen=True, slots=True)
class PartitionLag:
    topic: str
    partition: int
    committed: int | None  # next offset the group reads from (None: nothing committed yet)
    read: int | None  # offset of the last message this worker read
    highwater: int | None  # log end offset: offset of the next message to be written
    lag: int | None  # highwater - committed: messages not yet processed and committed


def partition_lag(
    tp: TP, committed: int | None, read: int | None, highwater: int | None, earliest: int | None
) -> PartitionLag:
    """Lag of one partition: log end minus the committed offset. Before the first commit,
    the worker starts from the earliest offset (`consumer_auto_offset_reset`), or from just
    after what it has read already."""
    start = committed
    if start is None:
        start = read + 1 if read is not None else earliest
    lag = None if highwater is None or start is None else max(0, highwater - start)
    return PartitionLag(tp.topic, tp.partition, committed, read, highwater, lag)


class LagSampler:
    """The latest offsets of this worker's assigned partitions, refreshed by `run`."""

    def __init__(self) -> None:
        self.highwaters: dict[TP, int] = {}
        self.committed: dict[TP, int] = {}  # the group's, as the broker has them
        self.earliest: dict[TP, int] = {}  # log start, for partitions with nothing committed
        self.sampled_at: float | None = None

    async def run(
        self, app: AppT, bootstrap: list[str], topics: list[str], interval: float = 2.0
    ) -> None:
        """Refresh every `interval` seconds for ever (cancelled at worker shutdown)."""
        from aiokafka import AIOKafkaConsumer
        from aiokafka.admin import AIOKafkaAdminClient

        while True:
            consumer = AIOKafkaConsumer(
                bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False
            )
            admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
            try:
                await consumer.start()
                await admin.start()
                coordinator = await admin.find_coordinator(app.conf.id)
                while True:
                    await self.refresh(app, consumer, admin, coordinator, topics)
                    self.publish(self.lags(app, topics))
                    await asyncio.sleep(interval)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker away: keep the last values, try again
                log.warning("consumer lag: offsets unavailable (%r); retrying", exc)
            finally:
                await consumer.stop()
                await admin.close()
            await asyncio.sleep(interval)

    async def refresh(
        self, app: AppT, consumer: Any, admin: Any, coordinator: int, topics: Iterable[str]
    ) -> None:
        """Fetch the end offsets and the group's committed offsets of the assigned
        partitions of `topics` (and the log start of those with nothing committed)."""
        from aiokafka import TopicPartition

        wanted = set(topics)
        ours = {
            TopicPartition(tp.topic, tp.partition): tp
            for tp in assigned(app)
            if tp.topic in wanted
        }
        if not ours:
            self.highwaters, self.committed, self.earliest = {}, {}, {}
            return
        ends = await asyncio.wait_for(consumer.end_offsets(list(ours)), OFFSETS_TIMEOUT)
        group = await asyncio.wait_for(
            admin.list_consumer_group_offsets(app.conf.id, coordinator, list(ours)),
            OFFSETS_TIMEOUT,
        )
        committed = {k: m.offset for k, m in group.items() if m.offset is not None}
        fresh = [k for k in ours if committed.get(k, -1) < 0]
        starts = (
            await asyncio.wait_for(consumer.beginning_offsets(fresh), OFFSETS_TIMEOUT)
            if fresh
            else {}
        )
        self.highwaters = {ours[k]: v for k, v in _offsets(ends).items() if k in ours}
        self.committed = {ours[k]: v for k, v in _offsets(committed).items() if k in ours}
        self.earliest = {ours[k]: v for k, v in _offsets(starts).items() if k in ours}
        self.sampled_at = time.time()

    def lags(self, app: AppT, topics: Iterable[str]) -> list[PartitionLag]:
        wanted = set(topics)
        monitor = app.monitor
        local_commits: Mapping[TP, int] = monitor.tp_committed_offsets or {}
        read: Mapping[TP, int] = monitor.tp_read_offsets or {}
        out = []
        for tp in sorted(t for t in assigned(app) if t.topic in wanted):
            highwater = self.highwaters.get(tp)
            if highwater is None:
                highwater = _known_highwater(app, tp)
            # The broker's value from the last sample, or this worker's newer commit since.
            known = [o for o in (self.committed.get(tp), local_commits.get(tp)) if o is not None]
            committed = max(known) if known else None
            if highwater is not None and committed is not None:
                highwater = max(highwater, committed)  # the end moved since the sample
            out.append(
                partition_lag(tp, committed, read.get(tp), highwater, self.earliest.get(tp))
            )
        return out

    def publish(self, lags: list[PartitionLag]) -> None:
        """Set the Prometheus lag gauges to `lags`, dropping partitions no longer assigned."""
        current = {(lag.topic, str(lag.partition)) for lag in lags}
        for labels in list(_published):
            if labels not in current:
                metrics.CONSUMER_LAG.remove(*labels)
                _published.discard(labels)
        for lag in lags:
            if lag.lag is not None:
                labels = (lag.topic, str(lag.partition))
                metrics.CONSUMER_LAG.labels(*labels).set(lag.lag)
                _published.add(labels)


_published: set[tuple[str, str]] = set()


def assigned(app: AppT) -> set[TP]:
    """The partitions this worker consumes now (empty before the first rebalance)."""
    try:
        return set(app.consumer.assignment())
    except Exception:  # no consumer yet
        return set()


def _offsets(offsets: Mapping[Any, Any]) -> dict[Any, int]:
    """Offsets as ints; None (unknown) left out."""
    out = {}
    for tp, value in offsets.items():
        if value is not None and value >= 0:
            out[tp] = int(value)
    return out


def _known_highwater(app: AppT, tp: TP) -> int | None:
    try:
        value = app.consumer.highwater(tp)
    except Exception:
        return None
    return int(value) if value is not None else None


def agent_stats(
    counts: Mapping[str, Mapping[str, int]], rates: Mapping[str, Mapping[str, float]]
) -> list[dict[str, Any]]:
    """One row per agent, in pipeline order: totals and per-second rates."""
    rows = []
    for agent in metrics.AGENTS:
        c, r = counts.get(agent, {}), rates.get(agent, {})
        rows.append(
            {
                "agent": agent,
                "events_in": c.get("events_in", 0),
                "events_out": c.get("events_out", 0),
                "errors": c.get("errors", 0),
                "deadlettered": c.get("deadlettered", 0),
                "in_per_s": r.get("in_per_s", 0.0),
                "out_per_s": r.get("out_per_s", 0.0),
            }
        )
    return rows


def lag_summary(lags: list[PartitionLag]) -> dict[str, Any]:
    """{"total": n, "partitions": [...]} with per-partition rows as dicts."""
    known = [lag.lag for lag in lags if lag.lag is not None]
    return {"total": sum(known), "partitions": [asdict(lag) for lag in lags]}
