"""claims -> alerts: compare each claim with the earlier claims of its key, kept in a table."""

from __future__ import annotations

from typing import cast

from faust import StreamT
from faust.tables import Table

from claimwatch.detect import Detector
from schemas import Claim
from streams.app import app, settings, topics
from streams.codec import NAME as ORJSON
from streams.metrics import AgentMetrics

metrics = AgentMetrics("detect")

# Keyed by claim.key, the claims topic's message key, so each row lives in the partition
# its claims arrive on (co-partitioned; Faust writes the changelog to the event's partition).
# No default: a missing key reads as None, exactly like the dict store of `claimwatch check`.
claims_table = cast(Table, app.Table("claims", partitions=settings.partitions))
# Table() has no serializer arguments; these are read when the store and changelog topic are
# first built, which is after import.
claims_table.key_serializer = ORJSON
claims_table.value_serializer = ORJSON

detector = Detector(
    claims_table,
    retention_days=settings.retention_days,
    max_claims_per_key=settings.max_claims_per_key,
)


@app.agent(topics.claims)
async def detect(stream: StreamT[dict]) -> None:
    async for event in stream.events():
        metrics.events_in()
        try:
            alerts = detector.detect(Claim.from_dict(event.value))
        except Exception as exc:  # one bad claim must not stop detection for the rest
            metrics.error()
            reason = f"detect failed: {type(exc).__name__}: {exc}".splitlines()[0]
            await topics.send_dead_letter("detect", reason, event.message.value, event)
            metrics.deadlettered()
            continue
        for alert in alerts:
            await topics.alerts.send(key=alert.alert_id, value=alert.to_dict())
        metrics.events_out(len(alerts))
