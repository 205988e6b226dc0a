"""claims -> alerts: compare each claim with the earlier claims of its key, kept in a table.

At-least-once: a claim's message is acknowledged only after its table row and its alerts are
on the broker (the changelog and the alerts topic). After a crash the claims since the last
commit are read again; each is then either in its recovered row already, and the detector
publishes exactly the alerts it stored for it (same ids, same content), or it is not, and
the detector computes it afresh against the same earlier claims, with the same result.
Consumers drop the identical copies by alert_id.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, cast

from faust import StreamT
from faust.types import EventT

from claimwatch.detect import Detector, DetectorStats
from schemas import Claim
from streams.app import app, guard, settings, topics
from streams.metrics import AgentMetrics
from streams.tables import json_table
from streams.topics import delivered

metrics = AgentMetrics("detect")

# Keyed by claim.key, the claims topic's message key, so each row lives in the partition
# its claims arrive on (co-partitioned; Faust writes the changelog to the event's partition).
# No default: a missing key reads as None, exactly like the dict store of `claimwatch check`.
claims_table = json_table(
    app,
    "claims",
    partitions=settings.partitions,
    store_url=settings.table_store,
    help="Earlier claims by key, with the alerts they raised",
)


@dataclass
class WorkerDetectorStats(DetectorStats):
    """The detector's counters (`expired`: claims dropped by retention or the per-key cap),
    plus what the table held when it was last recovered (at start and after a rebalance)."""

    table_recoveries: int = 0
    recovered_keys: int = 0
    recovered_claims: int = 0


detector = Detector(
    claims_table,
    retention_days=settings.retention_days,
    max_claims_per_key=settings.max_claims_per_key,
)
detector.stats = WorkerDetectorStats()


@claims_table.on_recover
async def count_recovered() -> None:
    """Count the rows and claims the table holds once recovered from its changelog (and,
    with rocksdb://, from the local store); shown in /health under "detector"."""
    keys = claims = 0
    for row in claims_table.values():
        keys += 1
        claims += len(row.get("claims", ())) if isinstance(row, dict) else 0
    stats = detector.stats
    if isinstance(stats, WorkerDetectorStats):
        stats.table_recoveries += 1
        stats.recovered_keys = keys
        stats.recovered_claims = claims


@app.agent(topics.claims)
async def detect(stream: StreamT[dict]) -> None:
    # One claim at a time, in arrival order. (Not take_events: a batch would share one wait
    # for the broker, but the table finds the partition of a row through Faust's current
    # event, which a batch body must not reassign: the stream's buffer reads it too.)
    source = topics.claims.get_topic_name()
    async for event in stream.events():
        guard.seen(event)  # offsets must follow each other (streams/guard.py)
        metrics.events_in()
        with guard.processing(source):
            sent = await _detect(event)
            # Acknowledge the claim only once its row and its alerts are on the broker.
            await claims_table.changelog_delivered()
            await delivered(sent)


async def _detect(event: EventT) -> list[Awaitable[Any] | None]:
    try:
        alerts = detector.detect(Claim.from_dict(cast(dict, event.value)))
    except Exception as exc:  # one bad claim must not stop detection for the rest
        metrics.error()
        reason = f"detect failed: {type(exc).__name__}: {exc}".splitlines()[0]
        metrics.deadlettered()
        return [await topics.send_dead_letter("detect", reason, event.message.value, event)]
    sent: list[Awaitable[Any] | None] = [
        await topics.alerts.send(key=a.alert_id, value=a.to_dict()) for a in alerts
    ]
    metrics.events_out(len(alerts))
    return sent
