"""Fault test: crashes, a broker restart and bad input on a real broker, nothing lost.

    python -m faults.run [--articles N] [--kills K] [--short] [--seed S] [--store memory|rocksdb]
                         [--no-broker-restart] [--keep]

1. Builds a wire of N articles from the real General Staff series with known contradictions
   (bench.wire.generate) and mixes bad input into it (faults.corpus: invalid JSON, missing and
   wrong-typed fields, empty bodies and messages, a message over the size limit, binary bytes,
   HTML pages, articles in four other languages, copies of articles already sent).
2. Starts its own broker (scripts/kafka, free port, temp run dir) and a worker with one input
   partition (CLAIMWATCH_INPUT_PARTITIONS=1: claims meet in wire order), four claim
   partitions, a static group member id (a restarted worker takes its partitions back at
   once) and the chosen table store. Meanwhile the clean run (faults.reference: the same core
   through claimwatch.pipeline.Pipeline) computes the alerts the wire must give.
3. Feeds the first half of the wire; at seeded random moments of progress kills the worker
   with SIGKILL and restarts it (one of the kills, when K >= 3, lands while the restarted
   worker is still starting: loading spaCy or recovering its table); once, stops the broker
   and starts it again on the same port and data (the worker is not restarted: it must
   reconnect), then feeds the second half. A worker that stops itself (exit 75: its input
   guard saw messages the consumer never delivered, see streams/guard.py) is restarted, as
   a supervisor would, and counted.
4. Waits until the worker's group has committed every input message, then reads the output
   topics and compares them with the clean run:
   - lost: alert ids of the clean run missing from the alerts topic;
   - duplicates: alert ids the clean run does not have, or with other content (identical
     copies re-published after a crash are expected, and reported as copies);
   - deadlettered: input messages on the dead-letter topic (skipped ones included); each bad
     message must be there, at its offset, with the reason the validator gives, and no good
     article may be;
   - recovered_claims: claims the detector's table held when the last restarted worker had
     recovered it (from /health); each restart after claims were committed must find some.

Progress goes to stderr. The last line, on stdout, is
`lost=N duplicates=N deadlettered=N recovered_claims=N` (-1: not measured, the run failed
before); the exit code is 0 only if lost and duplicates are 0 and every check passed.
Everything started (broker, workers, the clean run) is stopped on the way out, on failure and
on Ctrl-C or SIGTERM too.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from faults import kafka
from faults.cluster import Broker, Worker, die_with_parent, free_port
from faults.corpus import (
    DEADLETTER,
    PROCESSED,
    SKIPPED,
    Message,
    Outcome,
    bad_messages,
    expected_outcomes,
    interleave,
)
from streams.guard import EXIT_CODE as GUARD_EXIT_CODE

GROUP = "claimwatch"  # the Faust app id is the consumer group
PREFIX = "claimwatch"
READY_TIMEOUT = 240.0
MAX_SELF_RESTARTS = 10  # in a row, while starting: the input guard would be looping
STALL_TIMEOUT = 300.0  # no progress for this long: the worker is stuck
MAX_ARTICLE_BYTES = 100_000  # lowered from 10 MB, so the oversize message fits Kafka's 1 MB


def topic(name: str) -> str:
    return f"{PREFIX}.{name}"


class Failed(Exception):
    """The run could not complete; the message says why."""


@dataclass
class Result:
    lost: int = -1
    duplicates: int = -1
    deadlettered: int = -1
    recovered_claims: int = -1
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"lost={self.lost} duplicates={self.duplicates} "
            f"deadlettered={self.deadlettered} recovered_claims={self.recovered_claims}"
        )

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.duplicates == 0 and not self.problems


class Log:
    def __init__(self) -> None:
        self.t0 = time.monotonic()

    def __call__(self, text: str) -> None:
        print(f"[{time.monotonic() - self.t0:7.1f}s] {text}", file=sys.stderr, flush=True)


@dataclass
class Plan:
    """What happens when, decided up front from the seed."""

    fractions: list[float]  # progress at which the worker is killed (SIGKILL) and restarted
    startup_kill_after: int | None  # this kill's restarted worker is killed again, while...
    startup_delay: float  # ...this many seconds after its start: loading spaCy or recovering
    broker_restart_at: float  # progress fraction
    broker_down_for: float  # seconds
    delays: list[float]  # seconds to wait after each progress point is reached

    @classmethod
    def make(cls, rng: random.Random, kills: int) -> Plan:
        at_progress = kills - 1 if kills >= 3 else kills
        # One kill in each equal slice of the run, at a random point of it.
        width = (0.92 - 0.05) / at_progress
        fractions = [rng.uniform(0.05 + i * width, 0.05 + (i + 1) * width) for i in range(at_progress)]
        return cls(
            fractions=fractions,
            startup_kill_after=rng.randrange(at_progress) if kills >= 3 else None,
            startup_delay=rng.uniform(1.0, 8.0),
            broker_restart_at=rng.uniform(0.15, 0.42),
            broker_down_for=rng.uniform(1.0, 4.0),
            delays=[rng.uniform(0.0, 2.0) for _ in range(at_progress + 1)],
        )

    def describe(self) -> str:
        kills = []
        for i, f in enumerate(self.fractions):
            kills.append(f"progress {f:.2f}")
            if i == self.startup_kill_after:
                kills.append(f"{self.startup_delay:.1f} s into the restart")
        return (
            f"kills at {', '.join(kills)}; broker restart at progress "
            f"{self.broker_restart_at:.2f} (down {self.broker_down_for:.1f} s)"
        )


class Harness:
    def __init__(self, args: argparse.Namespace, tmp: Path, log: Log) -> None:
        self.args = args
        self.tmp = tmp
        self.log = log
        self.rng = random.Random(args.seed)
        self.broker = Broker(tmp / "kafka")
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        env.update(
            CLAIMWATCH_BROKER=f"kafka://{self.broker.bootstrap}",
            CLAIMWATCH_WEB_PORT=str(free_port()),
            CLAIMWATCH_DATA_DIR=str(tmp / "worker-data"),
            CLAIMWATCH_INPUT_PARTITIONS="1",
            CLAIMWATCH_PARTITIONS=str(args.partitions),
            CLAIMWATCH_TABLE_STORE=f"{args.store}://",
            CLAIMWATCH_MAX_ARTICLE_BYTES=str(MAX_ARTICLE_BYTES),
            CLAIMWATCH_GROUP_INSTANCE_ID="faults-worker-1",
            PYTHONUNBUFFERED="1",
        )
        self.worker = Worker(env, tmp / "worker-data", tmp)
        self.reference: subprocess.Popen[bytes] | None = None
        self.recovered: list[tuple[int, int]] = []  # (recovered claims, committed claims)
        self.self_restarts = 0  # the worker stopped itself (streams/guard.py)
        self.stopped_itself_in_a_row = 0
        self.result = Result()

    # --- the run ----------------------------------------------------------------------------

    def run(self) -> Result:
        from bench.wire import generate_wire

        args, log = self.args, self.log
        wire = generate_wire(args.articles, args.seed)
        inserts = bad_messages(self.rng, wire.articles, MAX_ARTICLE_BYTES, tag=f"bad{args.seed}")
        messages = interleave(wire.articles, inserts)
        outcomes = expected_outcomes(messages, MAX_ARTICLE_BYTES)
        accepted = [o.article for o in outcomes if o.kind == PROCESSED and o.article]
        kinds = Counter(o.kind for o in outcomes)
        log(
            f"wire: {len(messages)} messages ({args.articles} articles, seed {args.seed}): "
            f"{kinds[PROCESSED]} to process, {kinds[DEADLETTER]} to dead-letter, "
            f"{kinds[SKIPPED]} to skip; {len(wire.contradictions)} intended contradictions"
        )
        self.start_reference(accepted)
        plan = Plan.make(self.rng, args.kills)
        log(f"plan: {plan.describe()}; store {args.store}://")
        if not args.broker_restart:
            log("no broker restart (--no-broker-restart)")

        self.broker.start()
        log(f"broker up on {self.broker.bootstrap}")
        self.last_start = time.monotonic()
        self.worker.start()
        self.finish_start()

        half = self.split_point(messages)
        sent = self.produce(messages[:half])
        total = len(accepted)
        steps: list[tuple[float, str, int]] = [(f, "kill", i) for i, f in enumerate(plan.fractions)]
        if args.broker_restart:
            steps.append((plan.broker_restart_at, "broker", -1))
        else:
            sent += self.produce(messages[half:])
        for n, (fraction, kind, i) in enumerate(sorted(steps)):
            self.wait_progress(fraction, total)
            time.sleep(plan.delays[n])
            if kind == "broker":
                self.restart_broker(plan.broker_down_for, total)
                sent += self.produce(messages[half:])
                continue
            self.kill_and_restart(f"at progress {self.progress(total):.2f}")
            if i == plan.startup_kill_after:
                time.sleep(max(0.0, plan.startup_delay - (time.monotonic() - self.last_start)))
                self.kill_and_restart(f"{plan.startup_delay:.1f} s after its start")
            self.finish_start()

        self.wait_done()
        self.check(messages, outcomes, sent)
        return self.result

    @staticmethod
    def split_point(messages: list[Message]) -> int:
        articles = [i for i, m in enumerate(messages) if m.label == "article"]
        return articles[len(articles) // 2]

    # --- steps ------------------------------------------------------------------------------

    def start_reference(self, accepted: list[Any]) -> None:
        path = self.tmp / "accepted.jsonl"
        path.write_bytes(b"".join(orjson.dumps(a.to_dict()) + b"\n" for a in accepted))
        self.reference_out = self.tmp / "reference-alerts.jsonl"
        self.reference_log = (self.tmp / "reference.log").open("wb")
        self.reference = subprocess.Popen(
            [sys.executable, "-m", "faults.reference", str(path), str(self.reference_out)],
            cwd=Path(__file__).resolve().parents[1],
            stdout=self.reference_log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
        self.log(f"clean run started: {len(accepted)} articles through the pipeline")

    def kill_and_restart(self, when: str) -> None:
        """SIGKILL the worker and start it again (not waiting until it is ready)."""
        health = self.worker.health() if self.worker.alive else None
        seen = health.get("detector", {}).get("claims_seen") if health else None
        state = f"it had seen {seen} claims" if seen is not None else "it was not serving yet"
        self.worker.kill()
        self.log(f"kill -9 worker {self.worker.starts} {when} ({state})")
        self.last_start = time.monotonic()
        self.worker.start()

    def finish_start(self) -> None:
        """Wait until the worker is ready; note what its table held once recovered."""
        try:
            health = self.worker.wait_ready(READY_TIMEOUT)
        except RuntimeError:
            if self.worker.alive or self.worker.returncode != GUARD_EXIT_CODE:
                raise
            self.worker_alive()  # it stopped itself while starting: start it again
            return
        self.stopped_itself_in_a_row = 0
        det = health.get("detector", {})
        claims = int(det.get("recovered_claims", 0))
        line = (
            f"worker {self.worker.starts} ready in {time.monotonic() - self.last_start:.1f} s; "
            f"table holds {claims} claims in {det.get('recovered_keys')} keys"
        )
        if self.worker.starts > 1:
            committed = self.committed_claims()
            self.recovered.append((claims, committed))
            self.result.recovered_claims = claims
            line += f" ({committed} claim messages were committed)"
        self.log(line)

    def worker_alive(self) -> None:
        """Raise if the worker died; restart it if it stopped itself (streams/guard.py: exit
        75 when the consumer failed to deliver some input), as a supervisor would."""
        if self.worker.alive:
            return
        code = self.worker.returncode
        if code != GUARD_EXIT_CODE:
            raise Failed(f"the worker died (exit {code}):\n{self.worker.log_tail()}")
        self.self_restarts += 1
        self.stopped_itself_in_a_row += 1
        if self.stopped_itself_in_a_row > MAX_SELF_RESTARTS:
            raise Failed(f"the worker stopped itself {MAX_SELF_RESTARTS} times in a row")
        guard_line = next(
            (line for line in self.worker.log_tail(20000).splitlines() if "input guard" in line),
            "",
        )
        self.log(f"worker {self.worker.starts} stopped itself (exit {code}): {guard_line[-200:]}")
        self.last_start = time.monotonic()
        self.worker.start()
        self.finish_start()

    def restart_broker(self, down_for: float, total: int) -> None:
        before = self.progress(total)
        self.broker.stop()
        self.log(f"broker stopped at progress {before:.2f}; down for {down_for:.1f} s")
        time.sleep(down_for)
        t = time.monotonic()
        self.broker.start(keep_data=True)
        self.log(f"broker up again in {time.monotonic() - t:.1f} s (same port, same data)")
        # The same worker must carry on: wait until it commits again.
        deadline = time.monotonic() + STALL_TIMEOUT
        while time.monotonic() < deadline:
            self.worker_alive()
            if self.progress(total) > before or self.all_committed():
                self.log(f"worker reconnected and resumed (progress {self.progress(total):.2f})")
                return
            time.sleep(0.5)
        raise Failed("the worker did not resume after the broker restart")

    def produce(self, messages: list[Message]) -> list[kafka.Sent]:
        sent = kafka.run(
            kafka.produce(
                self.broker.bootstrap,
                topic("articles"),
                [(m.key, m.value) for m in messages],
                max_request_size=4 * MAX_ARTICLE_BYTES,
            )
        )
        refused = [(m.label, s.error) for m, s in zip(messages, sent, strict=True) if s.error]
        if refused:
            raise Failed(f"the broker refused input messages: {refused}")
        self.log(f"fed {len(messages)} messages to {topic('articles')}")
        return list(sent)

    # --- progress ---------------------------------------------------------------------------

    def _offsets(self) -> tuple[dict[tuple[str, int], int], dict[tuple[str, int], int]]:
        names = [topic("articles"), topic("cleaned"), topic("claims")]
        for _ in range(3):
            try:
                ends = kafka.run(kafka.end_offsets(self.broker.bootstrap, names))
                committed = kafka.run(kafka.committed_offsets(self.broker.bootstrap, GROUP))
                return ends, committed
            except Exception:
                time.sleep(1.0)
        return {}, {}

    def progress(self, total: int) -> float:
        """Articles the extract stage has committed, over the articles to process."""
        _, committed = self._offsets()
        done = sum(off for (t, _), off in committed.items() if t == topic("cleaned"))
        return done / max(total, 1)

    def committed_claims(self) -> int:
        _, committed = self._offsets()
        return sum(off for (t, _), off in committed.items() if t == topic("claims"))

    def all_committed(self) -> bool:
        ends, committed = self._offsets()
        return bool(ends) and all(committed.get(tp, 0) >= end for tp, end in ends.items())

    def wait_progress(self, fraction: float, total: int) -> None:
        last, since = -1.0, time.monotonic()
        while True:
            self.worker_alive()
            now = self.progress(total)
            if now >= fraction or self.all_committed():
                return
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since > STALL_TIMEOUT:
                raise Failed(f"no progress for {STALL_TIMEOUT:.0f} s at {now:.2f}")
            time.sleep(0.5)

    def wait_done(self) -> None:
        """Until every input message of every stage is committed (twice in a row)."""
        t, settled, last = time.monotonic(), 0, None
        while settled < 2:
            self.worker_alive()
            ends, committed = self._offsets()
            if ends and all(committed.get(tp, 0) >= end for tp, end in ends.items()):
                settled += 1
            else:
                settled = 0
            snapshot = sorted(committed.items())
            if snapshot != last:
                last, t = snapshot, time.monotonic()
            elif time.monotonic() - t > STALL_TIMEOUT:
                raise Failed(f"no progress for {STALL_TIMEOUT:.0f} s before the end")
            time.sleep(1.0)
        health = self.worker.health() or {}
        self.log(f"worker done; detector stats: {health.get('detector')}")
        if self.self_restarts:
            self.log(f"the worker stopped itself {self.self_restarts} time(s) (streams/guard.py)")

    # --- the comparison ---------------------------------------------------------------------

    def reference_alerts(self) -> dict[str, bytes]:
        assert self.reference is not None
        t = time.monotonic()
        code = self.reference.wait()
        if code != 0 or not self.reference_out.exists():
            log = (self.tmp / "reference.log").read_text(errors="replace")[-4000:]
            raise Failed(f"the clean run failed ({code}):\n{log}")
        waited = time.monotonic() - t
        out: dict[str, bytes] = {}
        for line in self.reference_out.read_bytes().splitlines():
            alert = orjson.loads(line)
            out[alert["alert_id"]] = canonical(alert)
        self.log(f"clean run: {len(out)} alerts (waited {waited:.1f} s for it)")
        return out

    def check(self, messages: list[Message], outcomes: list[Outcome], sent: list[Any]) -> None:
        bootstrap = self.broker.bootstrap
        expected = self.reference_alerts()
        got: dict[str, set[bytes]] = {}
        records = kafka.run(kafka.read_topic(bootstrap, topic("alerts")))
        for r in records:
            alert = orjson.loads(r.value or b"{}")
            got.setdefault(alert.get("alert_id", "?"), set()).add(canonical(alert))
        lost = sorted(set(expected) - set(got))
        dupes = sorted(i for i, c in got.items() if i not in expected or c != {expected[i]})
        copies = len(records) - len(got)
        self.result.lost, self.result.duplicates = len(lost), len(dupes)
        self.log(
            f"alerts topic: {len(records)} records, {len(got)} distinct ids, {copies} identical "
            f"copies re-published after crashes; lost {len(lost)}, duplicates {len(dupes)}"
        )
        for i in lost[:10]:
            self.log(f"  lost {i}: {expected[i][:200].decode(errors='replace')}")
        for i in dupes[:10]:
            self.log(f"  duplicate {i}: {sorted(got[i])[0][:200].decode(errors='replace')}")

        # Every input message accounted for, at its offset.
        letters: dict[tuple[int, int], set[str]] = {}
        for r in kafka.run(kafka.read_topic(bootstrap, topic("deadletter"))):
            letter = orjson.loads(r.value or b"{}")
            if letter.get("topic") == topic("articles"):
                where = (letter.get("partition"), letter.get("offset"))
                letters.setdefault(where, set()).add(letter.get("reason", ""))
        cleaned_ids = {
            (r.key or b"").decode() for r in kafka.run(kafka.read_topic(bootstrap, topic("cleaned")))
        }
        problems = []
        for message, outcome, where in zip(messages, outcomes, sent, strict=True):
            at = (where.partition, where.offset)
            reasons = letters.get(at, set())
            if outcome.kind == PROCESSED:
                if reasons:
                    problems.append(f"{message.label} at {at} dead-lettered: {sorted(reasons)}")
                elif outcome.article and outcome.article.id not in cleaned_ids:
                    problems.append(f"article {outcome.article.id} at {at} never cleaned")
            elif not reasons:
                problems.append(f"{message.label} at {at} vanished (expected {outcome.reason!r})")
            elif not all(outcome.matches(r) for r in reasons):
                problems.append(
                    f"{message.label} at {at}: reason {sorted(reasons)}, expected "
                    f"{outcome.reason!r}"
                )
        self.result.deadlettered = len(letters)
        by_reason = Counter(
            sorted(rs)[0].split(":")[0] if not sorted(rs)[0].startswith("skipped") else
            sorted(rs)[0].rsplit(" ", 1)[0] if "language" in sorted(rs)[0] else sorted(rs)[0]
            for rs in letters.values()
        )
        self.log(f"dead letters: {len(letters)} input messages: {dict(by_reason)}")
        for problem in problems[:20]:
            self.log(f"  unaccounted: {problem}")
        self.result.problems += problems

        for n, (claims, committed) in enumerate(self.recovered, 1):
            if committed > 0 and claims == 0:
                self.result.problems.append(
                    f"restart {n}: the table came back empty after {committed} claims"
                )


def canonical(alert: dict[str, Any]) -> bytes:
    """The alert's content as bytes, independent of key order and tuple/list."""
    return orjson.dumps(orjson.loads(orjson.dumps(alert)), option=orjson.OPT_SORT_KEYS)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m faults.run",
        description="Kill the worker and restart the broker while it works; compare the "
        "alerts with a clean run. Last line: lost=N duplicates=N deadlettered=N "
        "recovered_claims=N.",
    )
    parser.add_argument("--articles", type=int, default=None, help="articles in the wire (500)")
    parser.add_argument("--kills", type=int, default=None, help="worker kills, at least 1 (3)")
    parser.add_argument(
        "--short", action="store_true", help="150 articles and 3 kills (the pytest version)"
    )
    parser.add_argument("--seed", type=int, default=7, help="wire, bad input and plan (7)")
    parser.add_argument("--store", choices=("memory", "rocksdb"), default="memory")
    parser.add_argument("--partitions", type=int, default=4, help="claims partitions (4)")
    parser.add_argument(
        "--no-broker-restart",
        dest="broker_restart",
        action="store_false",
        help="kill the worker only (a quicker run, e.g. to try the other store)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temp dir (logs, data); kept anyway on failure"
    )
    args = parser.parse_args(argv)
    args.articles = args.articles or (150 if args.short else 500)
    args.kills = args.kills if args.kills is not None else 3
    if args.articles < 20:
        parser.error("--articles must be at least 20")
    if args.kills < 1:
        parser.error("--kills must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    log = Log()
    # SIGTERM takes the same way out as Ctrl-C: through the finally below.
    signal.signal(signal.SIGTERM, lambda *_: signal.raise_signal(signal.SIGINT))
    tmp = Path(tempfile.mkdtemp(prefix="claimwatch-faults-"))
    harness = Harness(args, tmp, log)
    code = 1
    try:
        result = harness.run()
        code = 0 if result.ok else 1
    except KeyboardInterrupt:
        log("interrupted")
        code = 130
    except Failed as exc:
        log(f"FAILED: {exc}")
    except Exception as exc:
        log(f"FAILED: {type(exc).__name__}: {exc}")
    finally:
        cleanup(harness, tmp, args.keep, log, failed=code != 0)
    result = harness.result
    if code == 0 and not result.ok:
        code = 1
    log(f"{'ok' if code == 0 else 'FAILED'} in {time.monotonic() - log.t0:.0f} s")
    print(result.line(), flush=True)
    return code


def cleanup(harness: Harness, tmp: Path, keep: bool, log: Log, failed: bool) -> None:
    """Stop everything this run started, whatever happened; Ctrl-C cannot interrupt it."""
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if failed and harness.worker.alive:
            # mode's workers log every task's stack on SIGUSR1: what was it waiting for?
            harness.worker.proc.send_signal(signal.SIGUSR1)  # type: ignore[union-attr]
            time.sleep(3.0)
        harness.worker.kill()
        if harness.reference is not None and harness.reference.poll() is None:
            harness.reference.kill()
            harness.reference.wait()
        harness.broker.stop()
        if keep or failed:
            log(f"kept {tmp} (worker logs, broker data, the clean run's alerts)")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        signal.signal(signal.SIGINT, old)


if __name__ == "__main__":
    sys.exit(main())
