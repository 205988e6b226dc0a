"""Fixtures for tests that need the real broker and a running worker.

- `kafka` (session): a local broker from `scripts/kafka start` on a free port, with its run
  dir in a temp dir; stopped at the end. Set CLAIMWATCH_TEST_BROKER=HOST:PORT to use a
  broker that is already running instead.
- Hypothesis profiles: "repeatable" (default) and "explore" (`make fuzz`), below.
- `worker` (factory): starts `claimwatch worker` as a subprocess against that broker, on a
  free web port with a temp data dir, waits until /health says ready, and stops it at the
  end of the test. Its log is printed when the test fails.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from faults.cluster import Broker, free_port

# Property tests draw the same examples every run of `make test` (what CI runs): a run is
# repeatable and a red one reproduces. `make fuzz` draws new examples each run (2,000 where a
# test sets no number of its own), to find what the fixed ones miss (run it after changing
# detect or row).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=2000)
settings.load_profile(os.environ.get("CLAIMWATCH_HYPOTHESIS", "repeatable"))

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
CLAIMWATCH = str(VENV_BIN / "claimwatch")
WORKER_READY_TIMEOUT = 120.0


@dataclass(frozen=True)
class Kafka:
    host: str
    port: int

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"kafka://{self.bootstrap}"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for claimwatch commands talking to this broker."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        env.update(CLAIMWATCH_BROKER=self.url, PYTHONUNBUFFERED="1", **extra)
        return env


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    # A failing test's report carries the log of every worker it started (the workers are
    # still running here; teardown output would not be shown).
    report = yield
    if report.failed and report.when in ("setup", "call"):
        for w in getattr(item, "claimwatch_workers", ()):
            report.sections.append((f"worker log {w.log_path}", w.log()[-20000:]))
    return report


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kafka]:
    external = os.environ.get("CLAIMWATCH_TEST_BROKER")
    if external:
        host, _, external_port = external.removeprefix("kafka://").rpartition(":")
        yield Kafka(host or "127.0.0.1", int(external_port))
        return
    script = ROOT / "scripts" / "kafka"
    if not script.exists():
        pytest.skip("scripts/kafka is missing")
    if shutil.which("java") is None:
        pytest.skip("java is not installed (the local broker needs Java 17+)")
    broker = Broker(tmp_path_factory.mktemp("kafka"))
    try:
        broker.start()
    except RuntimeError as exc:
        broker.stop()
        pytest.fail(str(exc))
    try:
        yield Kafka("127.0.0.1", broker.port)
    finally:
        broker.stop()


@dataclass
class Worker:
    """A running `claimwatch worker` subprocess."""

    proc: subprocess.Popen[bytes]
    web_port: int
    log_path: Path
    env: dict[str, str] = field(repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def health(self) -> dict[str, Any]:
        return json.loads(self.get("/health")[1])

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self, timeout: float = WORKER_READY_TIMEOUT) -> float:
        """Wait until /health says ready; return the seconds it took."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log()}")
            try:
                if self.health().get("ready"):
                    return time.monotonic() - start
            except (OSError, ValueError):
                pass
            time.sleep(0.25)
        raise AssertionError(f"worker not ready after {timeout:.0f} s:\n{self.log()[-5000:]}")

    def stop(self) -> None:
        """SIGTERM (a clean leave from the group, so the next worker need not wait for the
        session timeout), then SIGKILL if it hangs."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def reset_state(kafka: Kafka, prefix: str = "claimwatch", timeout: float = 60.0) -> None:
    """Delete every topic of the app (inputs, outputs, table changelog, assignor), so a new
    worker starts as a fresh deployment: the detector's table would otherwise keep the
    claims of earlier tests and pair new claims with them."""
    import asyncio

    from aiokafka.admin import AIOKafkaAdminClient

    async def reset() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap)
        await admin.start()
        try:
            ours = [t for t in await admin.list_topics() if t.startswith((f"{prefix}.", f"{prefix}-"))]
            if ours:
                await admin.delete_topics(ours)
            deadline = time.monotonic() + timeout
            # Deletion is asynchronous; a topic re-created while still being deleted breaks.
            while set(ours) & set(await admin.list_topics()):
                if time.monotonic() > deadline:
                    raise AssertionError(f"topics not deleted after {timeout:.0f} s: {ours}")
                await asyncio.sleep(0.2)
        finally:
            await admin.close()

    asyncio.run(reset())


@pytest.fixture
def worker(kafka: Kafka, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., Worker]]:
    """Factory: `worker(fresh=True, **env)` starts a worker and waits until it is ready.

    fresh=True (the first worker of a test) deletes the app's topics first, so each test
    starts from an empty broker; pass fresh=False to keep the state (restart tests).
    Extra keyword arguments are CLAIMWATCH_* environment variables."""
    started: list[Worker] = []

    def start(fresh: bool | None = None, **extra_env: str) -> Worker:
        n = len(started)
        if fresh if fresh is not None else n == 0:
            reset_state(kafka)
        web_port = free_port()
        data_dir = tmp_path / f"worker{n}"
        data_dir.mkdir()
        log_path = tmp_path / f"worker{n}.log"
        env = kafka.env(CLAIMWATCH_WEB_PORT=str(web_port), CLAIMWATCH_DATA_DIR=str(data_dir), **extra_env)
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [CLAIMWATCH, "worker", "--loglevel", "info"],
                cwd=data_dir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        w = Worker(proc, web_port, log_path, env)
        started.append(w)
        w.wait_ready()
        return w

    request.node.claimwatch_workers = started  # for pytest_runtest_makereport
    yield start

    for w in started:
        w.stop()


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    input: bytes | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """Run `claimwatch ARGS...` and return the completed process (text stdout/stderr)."""
    proc = subprocess.run(
        [CLAIMWATCH, *args],
        env=env,
        input=input,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """`cli("feed", path, env=...)` runs the claimwatch command; see run_cli."""
    return run_cli


def read_topic(kafka: Kafka, topic: str) -> list[tuple[bytes | None, bytes | None]]:
    """Every (key, value) on `topic` now, read from the beginning with no consumer group."""
    import asyncio

    from aiokafka import AIOKafkaClient, AIOKafkaConsumer, TopicPartition

    async def read() -> list[tuple[bytes | None, bytes | None]]:
        client = AIOKafkaClient(bootstrap_servers=kafka.bootstrap)
        await client.bootstrap()
        try:
            parts = (await client.fetch_all_metadata()).partitions_for_topic(topic)
        finally:
            await client.close()
        if not parts:
            return []
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer = AIOKafkaConsumer(bootstrap_servers=kafka.bootstrap, group_id=None)
        await consumer.start()
        try:
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            ends = await consumer.end_offsets(tps)
            out: list[tuple[bytes | None, bytes | None]] = []
            while any([await consumer.position(tp) < ends[tp] for tp in tps]):
                batch = await consumer.getmany(*tps, timeout_ms=1000)
                out += [(r.key, r.value) for records in batch.values() for r in records]
            return out
        finally:
            await consumer.stop()

    return asyncio.run(read())


def wait_for(what: str, probe: Callable[[], Any], timeout: float = 60.0, interval: float = 0.5) -> Any:
    """Call `probe` until it returns something truthy; fail naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)
