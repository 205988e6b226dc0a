"""The Faust app: one worker process runs every agent in `agents/`.

Configuration comes from `streams.settings` (CLAIMWATCH_* environment variables), read once
at import so that topics, tables and agents declared at module level all agree.
"""

from __future__ import annotations

from typing import Any, cast

import faust
from faust.types import TP

from streams import codec
from streams.guard import CHECK_EVERY as GUARD_CHECK_EVERY
from streams.guard import InputGuard, committed_offsets, refuse_gaps
from streams.settings import Settings
from streams.tables import CHANGELOG_MAX_MESSAGE_BYTES
from streams.topics import declare

codec.register()  # before any topic or table names "orjson"

settings = Settings.from_env()

app = faust.App(
    "claimwatch",
    broker=settings.broker,
    store=settings.table_store,
    datadir=str(settings.data_dir),
    topic_partitions=settings.partitions,
    topic_replication_factor=1,
    # A fresh consumer group reads what was published before the worker started.
    consumer_auto_offset_reset="earliest",
    consumer_group_instance_id=settings.group_instance_id,
    # spaCy batches run off the loop (agents/extract_pool.py) while it heartbeats, but one batch of long
    # articles can take minutes; the group must not evict the worker for not polling.
    broker_max_poll_interval=900.0,
    broker_session_timeout=60.0,
    broker_heartbeat_interval=3.0,
    broker_request_timeout=90.0,  # must be >= the session timeout
    broker_commit_every=settings.batch_size,
    # A table row is one record and may pass 1 MB (see streams.tables); the topics allow it.
    producer_max_request_size=CHANGELOG_MAX_MESSAGE_BYTES,
    # Table rows go to the changelog whole (streams.tables); they are repetitive JSON that lz4
    # shrinks about tenfold: less for the broker to store and for a recovery to read back.
    producer_compression_type="lz4",
    producer_linger=settings.producer_linger_ms / 1000,
    table_standby_replicas=settings.standby_replicas,
    web_enabled=True,
    web_host=settings.web_host,
    web_bind=settings.web_host,
    web_port=settings.web_port,
    autodiscover=False,  # agents are imported explicitly below: an import error must fail
)

topics = declare(app, settings)


@app.task
async def create_topics() -> None:
    """Create the output topics too at start-up (Faust creates only the consumed ones), so
    `claimwatch alerts` finds them before the first message is written."""
    for topic in topics.all():
        await topic.maybe_declare()


# Stop (to be restarted) rather than skip or reorder input; see streams/guard.py.
guard = InputGuard(
    app, lambda: {t.get_topic_name() for t in (topics.articles, topics.cleaned, topics.claims)}
)
refuse_gaps(guard)


@app.on_partitions_assigned.connect
async def on_assigned(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
    guard.assigned(set(args[0]) if args else set())  # Faust sends the assigned set


@app.on_rebalance_complete.connect
async def on_rebalanced(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
    guard.settled()


@app.timer(GUARD_CHECK_EVERY)
async def check_inputs() -> None:
    """Every few seconds: is a partition's input stuck undelivered? (see streams.guard)"""
    try:
        committed = await committed_offsets(settings.bootstrap_servers, app.conf.id)
    except Exception:  # broker away: nothing to compare with now
        return
    consumer = app.consumer

    def highwater(tp: TP) -> int | None:
        try:
            return cast(int | None, consumer.highwater(tp))
        except Exception:
            return None

    guard.check(committed, highwater)


# After `app` and `topics` exist: these modules import them from here.
from agents import clean, detect, extract  # noqa: E402,F401
from streams import web  # noqa: E402,F401
