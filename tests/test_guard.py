"""streams.guard: the worker stops (to be restarted) rather than skip or reorder input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from faust.types import TP

from streams.guard import EXIT_CODE, IDLE_SECONDS, InputGuard

CLAIMS = "claimwatch.claims"


@dataclass
class Msg:
    tp: TP
    offset: int


@dataclass
class Ev:
    message: Msg


class Stopped(Exception):
    pass


def make(clock: list[float]) -> InputGuard:
    def exit(code: int) -> Any:
        raise Stopped(code)

    app: Any = type("App", (), {"rebalancing": False})()
    return InputGuard(app, lambda: {CLAIMS}, exit=exit, clock=lambda: clock[0])


def ev(partition: int, offset: int) -> Any:
    return Ev(Msg(TP(CLAIMS, partition), offset))


def test_consecutive_offsets_and_replays_pass() -> None:
    guard = make([0.0])
    for offset in (5, 6, 7, 3, 4, 5, 6, 7, 8):  # 3..: read again after a seek
        guard.seen(ev(0, offset))
    guard.seen(ev(1, 40))  # the first offset of a partition is not judged
    assert guard.next[TP(CLAIMS, 0)] == 9


def test_a_forward_jump_stops_the_worker() -> None:
    guard = make([0.0])
    guard.seen(ev(2, 240))
    with pytest.raises(Stopped) as stopped:
        guard.seen(ev(2, 265))
    assert stopped.value.args == (EXIT_CODE,)


def test_undelivered_messages_of_an_idle_agent_stop_the_worker() -> None:
    clock = [0.0]
    guard = make(clock)
    tp = TP(CLAIMS, 0)
    guard.assigned({tp, TP("other", 0)})
    guard.seen(ev(0, 111))
    clock[0] = IDLE_SECONDS + 1
    # Processed up to the end, only the commit behind: fine.
    guard.check({tp: 100}, lambda _: 112)
    # Busy (a long batch): fine.
    with guard.processing(CLAIMS):
        clock[0] += IDLE_SECONDS + 1
        guard.check({tp: 100}, lambda _: 150)
    # Idle, and 38 messages never came: stop.
    clock[0] += IDLE_SECONDS + 1
    with pytest.raises(Stopped):
        guard.check({tp: 112}, lambda _: 150)


def test_a_partition_that_moved_away_is_forgotten() -> None:
    guard = make([0.0])
    guard.seen(ev(0, 10))
    guard.assigned({TP(CLAIMS, 1)})  # partition 0 went to another worker, which went on
    guard.assigned({TP(CLAIMS, 0), TP(CLAIMS, 1)})
    guard.seen(ev(0, 50))  # no jump: nothing is expected of it any more


def test_a_gap_in_an_input_topic_is_not_acknowledged() -> None:
    """Faust would mark the offsets of a jump acknowledged; on our input topics it must not."""
    import asyncio
    from collections import defaultdict

    from faust.transport.consumer import Consumer
    from intervaltree import IntervalTree

    from streams.app import app

    consumer: Any = type("FakeConsumer", (), {})()
    consumer.app = app
    consumer._committed_offset = defaultdict(lambda: None)
    consumer._gap = defaultdict(IntervalTree)
    asyncio.run(Consumer._add_gap(consumer, TP(CLAIMS, 0), 5, 9))
    assert not consumer._gap[TP(CLAIMS, 0)]
    # A changelog (compacted: gaps are real) keeps Faust's behaviour.
    changelog = TP("claimwatch-claims-changelog", 0)
    asyncio.run(Consumer._add_gap(consumer, changelog, 5, 9))
    assert consumer._gap[changelog].overlaps(5)


def test_idle_time_counts_from_the_end_of_a_rebalance() -> None:
    """A long table recovery is not idleness: the clock starts when the rebalance ends."""
    clock = [0.0]
    guard = make(clock)
    tp = TP(CLAIMS, 0)
    guard.assigned({tp})
    clock[0] = 100.0
    guard.app.rebalancing = True  # still recovering the table
    guard.check({tp: 0}, lambda _: 50)
    guard.app.rebalancing = False
    clock[0] = 100.0 + IDLE_SECONDS - 1
    guard.check({tp: 0}, lambda _: 50)  # not yet: the messages may be on their way
    clock[0] = 100.0 + IDLE_SECONDS + 1
    with pytest.raises(Stopped):
        guard.check({tp: 0}, lambda _: 50)
