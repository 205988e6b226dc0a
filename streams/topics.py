"""Topic declarations. Keys are raw UTF-8 strings; JSON values go through the orjson codec.

The consumed topics are declared `internal`: Faust then creates them (with
`settings.partitions` partitions; the input topics articles and cleaned with
`settings.articles_partitions`) before it subscribes. Otherwise a topic missing at start-up
is left out of the assignment until the next metadata refresh, minutes later. For `claims`
the partition count must also equal the `claims` table changelog's (co-partitioning).

`declare()` takes the app rather than importing it, so this module has no import cycle with
streams.app, which builds the one `Topics` every agent uses (`from streams.app import topics`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from typing import Any

import orjson
from faust.types import AppT, EventT, TopicT
from mode.utils.times import want_seconds

from schemas.records import DeadLetter
from streams.codec import NAME as ORJSON
from streams.settings import Settings

TOPIC_ALREADY_EXISTS = 36  # Kafka error code
PAYLOAD_LIMIT = 4096  # characters of the original message kept in a dead letter
KAFKA_DEFAULT_MAX_MESSAGE = 1_048_588  # the broker's message.max.bytes default
# The articles topic accepts messages this much over CLAIMWATCH_MAX_ARTICLE_BYTES, so a message
# just over the limit reaches the worker and is dead-lettered with the reason; a far larger
# one is refused by the broker when it is produced (the producer is told).
OVERSIZE_HEADROOM = 1024 * 1024


@dataclass(frozen=True)
class Topics:
    articles: TopicT  # input: raw bytes, so the clean agent sees invalid ones to dead-letter
    cleaned: TopicT  # CleanArticle JSON keyed by article id
    claims: TopicT  # Claim JSON keyed by claim.key: claims that could conflict meet here
    alerts: TopicT  # Alert JSON keyed by alert_id
    deadletter: TopicT  # DeadLetter JSON keyed by article id when known

    def all(self) -> tuple[TopicT, ...]:
        return (self.articles, self.cleaned, self.claims, self.alerts, self.deadletter)

    async def send_dead_letter(
        self,
        stage: str,
        reason: str,
        payload: Any,
        event: EventT | None = None,
        article_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> Awaitable[Any] | None:
        """Publish a DeadLetter for a message `stage` gave up on; nothing vanishes silently.

        `payload` is the original message: bytes as consumed, or whatever a test put in.
        Returns the delivery future (see `delivered()`). A skipped message (a duplicate, an
        article in another language) is one too, with a reason starting "skipped: ".
        """
        if isinstance(payload, bytes):
            size, text = len(payload), payload[: PAYLOAD_LIMIT * 4].decode("utf-8", "replace")
        else:
            if not isinstance(payload, str):
                payload = "" if payload is None else orjson.dumps(payload, default=repr).decode()
            text = payload
            size = len(text.encode("utf-8", "replace"))
        message = event.message if event is not None else None
        letter = DeadLetter(
            reason=reason,
            stage=stage,
            payload=text[:PAYLOAD_LIMIT],
            topic=message.topic if message else "",
            partition=message.partition if message else None,
            offset=message.offset if message else None,
            article_id=article_id,
            size=size,
            details=details or {},
        )
        return await self.deadletter.send(key=article_id, value=letter.to_dict())


async def delivered(futures: Iterable[Awaitable[Any] | None]) -> None:
    """Wait until the broker has acknowledged each sent message (`await topic.send()` returns
    once the record is queued, with a future for its delivery).

    The agents call this before taking the next message, so a message is never acknowledged
    (its offset never committed) before what it produced is on the broker: at-least-once even
    when a send fails for good, where the commit's own flush would drop the record and go on.
    A failure raises, and the message is processed again after a restart.
    """
    for fut in futures:
        if fut is not None:  # None: a test replaced Topic.send
            await fut


def declare(app: AppT, settings: Settings) -> Topics:
    """Declare claimwatch's topics on `app`, named `<prefix>.<name>`."""

    def json_topic(name: str, internal: bool = False, partitions: int | None = None) -> TopicT:
        return app.topic(
            settings.topic(name),
            key_serializer="raw",
            value_serializer=ORJSON,
            partitions=partitions or settings.partitions,
            internal=internal,
        )

    return Topics(
        articles=app.topic(
            settings.topic("articles"),
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.articles_partitions,
            internal=True,
            config={
                "max.message.bytes": str(
                    max(settings.max_article_bytes + OVERSIZE_HEADROOM, KAFKA_DEFAULT_MAX_MESSAGE)
                )
            },
        ),
        cleaned=json_topic("cleaned", internal=True, partitions=settings.articles_partitions),
        claims=json_topic("claims", internal=True),
        alerts=json_topic("alerts"),
        deadletter=json_topic("deadletter"),
    )


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict[str, str]


def topic_specs(app: AppT, topics: Topics) -> list[TopicSpec]:
    """Every topic the worker reads or writes, table changelogs included, as Faust would
    create it."""
    specs = [
        TopicSpec(
            t.get_topic_name(),
            t.partitions or app.conf.topic_partitions,
            {k: str(v) for k, v in (t.config or {}).items()},
        )
        for t in topics.all()
    ]
    for table in app.tables.values():
        changelog = table.changelog_topic
        flags = [
            f for f, on in (("compact", changelog.compacting), ("delete", changelog.deleting)) if on
        ]
        config = {k: str(v) for k, v in (changelog.config or {}).items()}
        if flags:
            config["cleanup.policy"] = ",".join(flags)
        if changelog.retention:
            config["retention.ms"] = str(int(want_seconds(changelog.retention) * 1000))
        partitions = changelog.partitions or app.conf.topic_partitions
        specs.append(TopicSpec(changelog.get_topic_name(), partitions, config))
    return specs


async def ensure_topics(
    bootstrap: list[str], specs: list[TopicSpec], replication: int, timeout: float = 30.0
) -> None:
    """Create the missing topics and wait until the broker's metadata lists them all.

    Faust creates the topics it consumes just before subscribing, but a topic that is not yet
    in the metadata when the group assigns partitions is skipped until the next metadata
    refresh; creating them before the worker starts closes that gap.
    """
    from aiokafka import AIOKafkaClient
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        if missing:
            response = await admin.create_topics(
                [
                    NewTopic(s.name, s.partitions, replication, topic_configs=s.config)
                    for s in missing
                ]
            )
            for name, code, *rest in response.topic_errors:
                if code not in (0, TOPIC_ALREADY_EXISTS):
                    message = rest[0] if rest and rest[0] else f"error code {code}"
                    raise RuntimeError(f"cannot create topic {name}: {message}")
    finally:
        await admin.close()
    client = AIOKafkaClient(bootstrap_servers=bootstrap)
    await client.bootstrap()
    try:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            cluster = await client.fetch_all_metadata()
            absent = [s.name for s in specs if not cluster.partitions_for_topic(s.name)]
            if not absent:
                return
            if asyncio.get_running_loop().time() > deadline:
                raise RuntimeError(f"topics not visible after {timeout:g} s: {', '.join(absent)}")
            await asyncio.sleep(0.2)
    finally:
        await client.close()
