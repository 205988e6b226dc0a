"""claims -> alerts: compare each claim with the earlier claims of its key, kept in a table.

At-least-once: a claim's message is acknowledged only after its table row and its alerts are
on the broker (the changelog and the alerts topic). After a crash the claims since the last
commit are read again; each is then either in its recovered row already, and the detector
publishes exactly the alerts it stored for it (same ids, same content), or it is not, and
the detector computes it afresh against the same earlier claims, with the same result.
Consumers drop the identical copies by alert_id.

Claims are taken in batches (CLAIMWATCH_DETECT_BATCH_SIZE): each row a batch changed is
written once, at the end of the batch (its head, which holds the row's last claims, and any
chunk the new claims filled:
streams/rows.py), and the whole batch is acknowledged once its rows and
alerts are on the broker; a crash mid-batch replays all of it, as above.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from faust import Stream, StreamT
from faust.types import EventT

from claimwatch.detect import Detector, DetectorStats, empty_bucket
from claimwatch.pipeline import failed
from schemas import Claim
from streams.app import app, guard, settings, topics
from streams.metrics import AgentMetrics
from streams.rows import ChunkedRows
from streams.tables import json_table, written_for
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
# The rows, each a head (with the row's last claims) and full chunks of claims: adding claims
# writes the head, and a chunk once in 50 claims (streams/rows.py).
claim_rows = ChunkedRows(claims_table)


@dataclass
class WorkerDetectorStats(DetectorStats):
    """The detector's counters (`expired`: claims dropped by retention or the per-key cap),
    plus what the table held when it was last recovered (at start and after a rebalance)."""

    table_recoveries: int = 0
    recovered_keys: int = 0
    recovered_claims: int = 0


detector = Detector(
    claim_rows,
    retention_days=settings.retention_days,
    max_claims_per_key=settings.max_claims_per_key,
)
detector.stats = WorkerDetectorStats()


@claims_table.on_recover
async def count_recovered() -> None:
    """Count the rows and claims the table holds once recovered from its changelog (and,
    with rocksdb://, from the local store); shown in /health under "detector"."""
    keys = claims = 0
    for key in claim_rows:
        row = claim_rows.get(key)
        keys += row is not None
        claims += len(row["claims"]) if row is not None else 0
    stats = detector.stats
    if isinstance(stats, WorkerDetectorStats):
        stats.table_recoveries += 1
        stats.recovered_keys = keys
        stats.recovered_claims = claims


@app.agent(topics.claims)
async def detect(stream: StreamT[dict]) -> None:
    # In batches, in arrival order: a row that several claims of a batch change is written to
    # the changelog once, and the batch waits for the broker once.
    source = topics.claims.get_topic_name()
    within = settings.batch_wait_ms / 1000
    async for events in cast(Stream, stream).take_events(settings.detect_batch_size, within=within):
        for event in events:
            guard.seen(event)  # offsets must follow each other (streams/guard.py)
        metrics.events_in(len(events))
        with guard.processing(source):
            sent = await _detect_batch(events)
            # Acknowledge the claims only once their rows and alerts are on the broker.
            await claims_table.changelog_delivered()
            await delivered(sent)


async def _detect_batch(events: Sequence[EventT]) -> list[Awaitable[Any] | None]:
    sent: list[Awaitable[Any] | None] = []
    changed: dict[str, tuple[dict[str, Any], EventT]] = {}  # key -> (new row, its last claim)
    for event in events:
        try:
            claim = Claim.from_dict(cast(dict, event.value))
            row: dict[str, Any] | None
            if claim.key in changed:
                row = changed[claim.key][0]
            else:
                with written_for(event):  # a rocksdb store reads this partition's database only
                    row = claim_rows.get(claim.key)
            alerts, new_row = detector.check(claim, row or empty_bucket())
        except Exception as exc:  # one bad claim must not stop detection for the rest
            metrics.error()
            reason = failed("detect", exc)
            metrics.deadlettered()
            sent.append(await topics.send_dead_letter("detect", reason, event.message.value, event))
            continue
        changed[claim.key] = (new_row, event)
        sent += [await topics.alerts.send(key=a.alert_id, value=a.to_dict()) for a in alerts]
        metrics.events_out(len(alerts))
    for key, (row, event) in changed.items():
        with written_for(event):  # a key's claims all come from one partition: the row's
            claim_rows[key] = row
    return sent
