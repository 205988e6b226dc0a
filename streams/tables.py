"""Faust tables whose changelog writes an agent can wait for, and their store options.

At-least-once needs one rule: a message is acknowledged (its offset may be committed) only
after everything it caused has reached the broker. Faust does not quite give that for table
writes: `table[k] = v` queues the changelog record in the producer's buffer (`send_soon`),
and the flush before an offset commit (`ProducerBuffer.flush`) gives up as soon as one record
takes more than 0.1 s to hand over, e.g. while the broker is restarting. A commit can then
cover a claim whose table row never reached the changelog; after a crash the table would be
recovered without it, and the claim would never be replayed. `DeliveredTable` keeps the
future of every changelog record so the agent can await them (`changelog_delivered()`)
before it moves to the next message.

Store: `memory://` (default) rebuilds the table from its changelog topic at every start;
`rocksdb://` keeps it on disk in the data dir (through rocksdict, no compiled python-rocksdb)
and reads only the changelog written after the offset it had persisted.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import faust
from faust import streams as faust_streams
from faust.types import AppT, EventT
from faust.types.tuples import FutureMessage

from streams.codec import NAME as ORJSON

# Every write of a row puts the whole row on the changelog again; compaction keeps only the
# latest per key, but Kafka never compacts the active segment (1 GB by default), so without
# these the changelog (and the time to recover it) grows with every claim ever seen.
# A row holds at most CLAIMWATCH_MAX_CLAIMS_PER_KEY claims (about 0.5 MB at the default 500):
# the record limit leaves room above Kafka's 1 MB default.
CHANGELOG_MAX_MESSAGE_BYTES = 8 * 1024 * 1024
CHANGELOG_CONFIG = {
    "segment.bytes": str(16 * 1024 * 1024),
    "segment.ms": str(60 * 60 * 1000),
    "max.message.bytes": str(CHANGELOG_MAX_MESSAGE_BYTES),
}


class DeliveredTable(faust.Table):
    """A Table that remembers its changelog records until `changelog_delivered()`."""

    def __init__(self, app: AppT, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._undelivered: list[FutureMessage] = []

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        fut = super().send_changelog(*args, **kwargs)
        self._undelivered.append(fut)
        return fut

    async def changelog_delivered(self) -> None:
        """Wait until the broker has acknowledged every changelog record written so far.

        Raises if one could not be delivered (after the producer's own retries): the caller's
        message then stays unacknowledged and is processed again after a restart.
        """
        pending, self._undelivered = self._undelivered, []
        if not pending or not self.app.producer.started:
            # No running producer: agent.test_context(), where nothing is ever produced.
            return
        for fut in pending:
            await fut


@contextmanager
def written_for(event: EventT) -> Iterator[None]:
    """Write table rows as if while `event` were being processed.

    A table row goes to the changelog partition of the event being processed, and the rocksdb
    store picks its partition's database the same way; Faust reads that event from a context
    variable that only per-event iteration sets. An agent that takes a batch and writes each
    row once at its end names the event each row came from with this. Only the agent's own
    task sees the change: the stream fills its buffer in another task.
    """
    token = faust_streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        faust_streams._current_event.reset(token)


def store_options(store_url: str) -> dict[str, Any] | None:
    """Store options for a table: rocksdb:// goes through rocksdict.

    Faust's rocksdb store takes its driver from the table's `options` (not from the URL);
    without it, it would pick python-rocksdb when that happens to be installed.
    """
    if store_url.startswith("rocksdb:"):
        return {"driver": "rocksdict"}
    return None


def json_table(
    app: AppT, name: str, partitions: int, store_url: str, help: str = ""
) -> DeliveredTable:
    """A DeliveredTable with orjson keys and values, registered on `app` like app.Table()."""
    table = DeliveredTable(
        app,
        name=name,
        partitions=partitions,
        beacon=app.tables.beacon,
        options=store_options(store_url),
        extra_topic_configs=dict(CHANGELOG_CONFIG),
        help=help,
    )
    # Table() has no serializer arguments; these are read when the store and changelog topic
    # are first built, which is after import.
    table.key_serializer = ORJSON
    table.value_serializer = ORJSON
    app.tables.add(table)
    return table
