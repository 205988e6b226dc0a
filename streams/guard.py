"""Fail-stop guard on the input streams: stop the worker rather than skip or reorder input.

Why: faust-streaming 0.15.3 can lose fetched records inside a worker. Its fetcher hands the
consumer thread a *live* set of active partitions; around the end of a table recovery that
set is briefly empty (changelog partitions paused, stream partitions not yet resumed), and an
empty set means "every partition" to aiokafka. Records of the stream partitions come back,
are not in the active set, and are dropped (transport/consumer.py `getmany`), while the
consumer's position has moved past them. When that happens after the seek to the committed
offsets, the records are gone for this process: the agent sees offset 240 and then 265, or
nothing more at all, and the partition's committed offset stops at the hole. Nothing is lost
on the broker (the commit cannot pass the hole), but the claims after the hole are processed
before the ones in it, and the hole is only filled by a restart. (Seen in the fault test,
faults/run.py, about once in ten runs with restarts under backlog.)

Worse, when the consumer next delivers a later offset of that partition, Faust takes the
jump for a gap such as compaction leaves (`Consumer._add_gap`) and marks the skipped offsets
acknowledged: a commit may then pass messages that were never processed. (The same jump also
shows, harmlessly, right after the seek at the end of a recovery, for messages it delivered
just before the seek.)

What:
- Faust never acknowledges a gap in an input topic (`refuse_gaps`): these topics are neither
  compacted nor transactional, so the offsets of a jump were either delivered already (and
  are acknowledged when processed) or dropped (and must not be).
- Two checks stop the process at once with exit code 75 (EX_TEMPFAIL), committing nothing
  more: exactly a crash, which at-least-once handles. An agent is given an offset beyond the
  next one of its partition (`seen`; going back is fine: a replay after a seek); or a
  partition has messages past its committed offset that its idle agent has not been given
  for IDLE_SECONDS (`check`, every CHECK_EVERY seconds). Run the worker under a supervisor that restarts it
(docker compose `restart: unless-stopped`, systemd `Restart=on-failure`); the fault harness
restarts it too. After the restart the partition is read again from its committed offset,
in order.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from faust.types import TP, AppT, EventT

EXIT_CODE = 75  # EX_TEMPFAIL: restart me
IDLE_SECONDS = 30.0  # undelivered messages while the agent is idle this long: a hole
CHECK_EVERY = 10.0

log = logging.getLogger(__name__)


class InputGuard:
    def __init__(
        self,
        app: AppT,
        topics: Callable[[], set[str]],
        exit: Callable[[int], Any] = os._exit,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.topics = topics  # the input topic names, read late (topics are declared later)
        self.exit = exit
        self.clock = clock
        self.next: dict[TP, int] = {}  # offset expected next, per partition
        self.active_at: dict[TP, float] = {}  # last event (or assignment) per partition
        self.busy: dict[str, int] = {}  # topic -> events being processed now
        self.gaps_refused = 0
        self.settled_at = clock()  # last rebalance (and table recovery) seen to end

    # --- called by the agents -----------------------------------------------------------

    def seen(self, event: EventT) -> None:
        """Record an event about to be processed; stop on a forward jump in its offsets."""
        message = event.message
        tp, offset = message.tp, message.offset
        expected = self.next.get(tp)
        if expected is not None and offset > expected:
            self.stop(
                f"{tp.topic}[{tp.partition}]: offset {offset} arrived after {expected - 1}; "
                f"{offset - expected} message(s) were never delivered to the agent"
            )
            return
        self.next[tp] = offset + 1
        self.active_at[tp] = self.clock()

    @contextmanager
    def processing(self, topic: str) -> Iterator[None]:
        """Mark `topic`'s agent busy (its stream is not expected to deliver meanwhile)."""
        self.busy[topic] = self.busy.get(topic, 0) + 1
        try:
            yield
        finally:
            self.busy[topic] -= 1
            now = self.clock()
            for tp in self.active_at:
                if tp.topic == topic:
                    self.active_at[tp] = now

    # --- rebalances and the periodic check ----------------------------------------------

    def assigned(self, assigned: set[TP]) -> None:
        """After a rebalance: forget partitions that are no longer ours (another worker may
        have moved them on), and start the idle clock of the new ones."""
        mine = {tp for tp in assigned if tp.topic in self.topics()}
        for tp in list(self.next):
            if tp not in mine:
                self.next.pop(tp, None)
        now = self.clock()
        self.active_at = {tp: now for tp in mine}

    def settled(self) -> None:
        """A rebalance (with its table recovery) ended: idle time counts from now."""
        self.settled_at = self.clock()

    def check(self, committed: dict[TP, int], highwater: Callable[[TP], int | None]) -> None:
        """Stop if a partition has messages past its committed offset that its idle agent
        has not been given for IDLE_SECONDS."""
        now = self.clock()
        if getattr(self.app, "rebalancing", False):
            self.settled_at = now
            return
        for tp, active in self.active_at.items():
            since = max(active, self.settled_at)
            if self.busy.get(tp.topic) or now - since < IDLE_SECONDS:
                continue
            end = highwater(tp)
            done = committed.get(tp)
            if end is None or done is None or done >= end:
                continue
            ahead = self.next.get(tp, done)
            if ahead >= end:
                continue  # delivered and processed, only the commit is behind
            self.stop(
                f"{tp.topic}[{tp.partition}]: {end - ahead} message(s) from offset {ahead} "
                f"not delivered for {now - since:.0f} s while its agent was idle "
                f"(committed {done}, end {end})"
            )
            return

    def stop(self, why: str) -> None:
        text = (
            f"claimwatch: input guard: {why}. Exiting ({EXIT_CODE}) to restart from the "
            f"committed offsets, in order."
        )
        log.critical(text)
        print(text, file=sys.stderr, flush=True)
        for handler in logging.getLogger().handlers:
            with suppress(Exception):  # exiting anyway
                handler.flush()
        self.exit(EXIT_CODE)


async def committed_offsets(bootstrap: list[str], group: str) -> dict[TP, int]:
    """The group's committed offsets, asked of the broker (not of Faust's own bookkeeping)."""
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return {TP(tp.topic, tp.partition): om.offset for tp, om in offsets.items() if om.offset >= 0}


def refuse_gaps(guard: InputGuard) -> None:
    """Never let Faust acknowledge a gap in one of `guard`'s input topics.

    Patches `faust.transport.consumer.Consumer._add_gap` (once per process); other topics
    (compacted changelogs, whose gaps are real) keep Faust's behaviour. A gap that is a
    hole (messages never delivered) then holds the commit back until `seen` or `check`
    stops the worker; one that is not (delivered before a seek) is acknowledged as those
    messages are processed.
    """
    from faust.transport.consumer import Consumer

    original = Consumer._add_gap
    if getattr(original, "claimwatch_guard", False):
        return

    async def _add_gap(self: Any, tp: TP, offset_from: int, offset_to: int) -> None:
        if self.app is guard.app and tp.topic in guard.topics():
            guard.gaps_refused += 1
            log.info(
                "%s[%d]: offsets %d..%d not marked acknowledged (a gap in an input topic)",
                tp.topic,
                tp.partition,
                offset_from,
                offset_to - 1,
            )
            return
        await original(self, tp, offset_from, offset_to)

    _add_gap.claimwatch_guard = True  # type: ignore[attr-defined]
    Consumer._add_gap = _add_gap  # type: ignore[method-assign]
