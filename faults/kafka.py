"""The little Kafka client work the fault harness and the bad-input test need (aiokafka).

Each call opens its own short-lived client, so a call made while the broker is down fails
(and can be retried) without leaving a broken connection behind.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaClient, AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

CLIENT_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass(frozen=True)
class Sent:
    """Where a produced message landed, or why it could not be produced."""

    partition: int | None
    offset: int | None
    error: str | None = None


async def produce(
    bootstrap: str,
    topic: str,
    messages: Iterable[tuple[bytes | None, bytes | None]],
    max_request_size: int = 1024 * 1024,
) -> list[Sent]:
    """Send (key, value) pairs in order, one at a time (so they keep their order even through
    retries); a message the producer or broker refuses is reported, not raised."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        max_request_size=max_request_size,
        request_timeout_ms=30_000,
    )
    await producer.start()
    out: list[Sent] = []
    try:
        for key, value in messages:
            try:
                meta = await producer.send_and_wait(topic, value, key=key)
            except Exception as exc:  # e.g. MessageSizeTooLargeError, RecordTooLargeError
                out.append(Sent(None, None, f"{type(exc).__name__}: {exc}"))
                continue
            out.append(Sent(meta.partition, meta.offset))
    finally:
        await producer.stop()
    return out


async def partitions_of(bootstrap: str, topic: str) -> list[int]:
    client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=CLIENT_TIMEOUT_MS)
    await client.bootstrap()
    try:
        parts = (await client.fetch_all_metadata()).partitions_for_topic(topic)
    finally:
        await client.close()
    return sorted(parts or ())


async def end_offsets(bootstrap: str, topics: Sequence[str]) -> dict[tuple[str, int], int]:
    """(topic, partition) -> offset of the next message, for every partition of `topics`."""
    tps = [
        TopicPartition(t, p) for t in topics for p in await partitions_of(bootstrap, t)
    ]
    if not tps:
        return {}
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, request_timeout_ms=CLIENT_TIMEOUT_MS
    )
    await consumer.start()
    try:
        ends = await consumer.end_offsets(tps)
    finally:
        await consumer.stop()
    return {(tp.topic, tp.partition): off for tp, off in ends.items()}


async def committed_offsets(bootstrap: str, group: str) -> dict[tuple[str, int], int]:
    """(topic, partition) -> the group's committed offset (partitions never committed are
    absent)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=CLIENT_TIMEOUT_MS)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return {(tp.topic, tp.partition): om.offset for tp, om in offsets.items() if om.offset >= 0}


async def read_topic(bootstrap: str, topic: str) -> list[Record]:
    """Every record on `topic` now, from the beginning, with no consumer group."""
    parts = await partitions_of(bootstrap, topic)
    if not parts:
        return []
    tps = [TopicPartition(topic, p) for p in parts]
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        request_timeout_ms=CLIENT_TIMEOUT_MS,
        max_partition_fetch_bytes=8 * 1024 * 1024,
    )
    await consumer.start()
    out: list[Record] = []
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while any([await consumer.position(tp) < ends[tp] for tp in tps]):
            batch = await consumer.getmany(*tps, timeout_ms=1000)
            for records in batch.values():
                out += [
                    Record(r.topic, r.partition, r.offset, r.key, r.value) for r in records
                ]
    finally:
        await consumer.stop()
    return out


async def delete_topics(bootstrap: str, prefixes: tuple[str, ...], timeout: float = 60.0) -> None:
    """Delete every topic whose name starts with one of `prefixes`; wait until gone."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await admin.start()
    try:
        ours = [t for t in await admin.list_topics() if t.startswith(prefixes)]
        if ours:
            await admin.delete_topics(ours)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while set(ours) & set(await admin.list_topics()):
            if loop.time() > deadline:
                raise RuntimeError(f"topics not deleted after {timeout:.0f} s: {ours}")
            await asyncio.sleep(0.2)
    finally:
        await admin.close()


def run(coro: Any) -> Any:
    """asyncio.run, for the synchronous callers (tests)."""
    return asyncio.run(coro)
