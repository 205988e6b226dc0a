"""claimwatch benchmark: spaCy alone vs the stream processor on a real broker.

    .venv/bin/python -m bench.run [--articles N] [--smoke]

One run, in this order (each phase on a wire from `bench.wire`, N articles, default 1,000):

1. baseline: `nlp.pipe` over the wire's article texts in this process, with the model as
   shipped (`spacy.load`; timed after a warm-up), articles/s; the worker's own load
   (`claimwatch.nlp.load_nlp()`, same annotations) is timed on a third of them for comparison;
   then `claimwatch.pipeline.Pipeline` over the same wire plus its continuation, which gives
   the alerts (and claims) a correct run must produce, and the broker-free rate;
2. one worker: a fresh local broker (`scripts/kafka start`, free port, own run dir), one
   `claimwatch worker` subprocess; the N articles produced as fast as aiokafka takes them
   (raw JSON, key = id); timed from the first produce until every claim is through detect and
   the last alert is consumed; then, on the same warm worker, the wire's continuation
   (N/2 more articles) paced at half the measured rate: latency = time an alert is consumed
   - time the article that raised it (the alert's claim.article_id) was produced;
3. two workers: a fresh broker, two worker subprocesses in one consumer group, topics with
   --partitions (default 4) partitions; the same N articles, articles/s;
4. claim-table lookups: `Detector(store).detect(claim)` per new claim against the rows a
   worker's detector reads and writes (streams/rows.py: a head and chunks of claims) over a
   dict, pre-filled in the bucket format of claimwatch/detect.py with 1k, 100k and 1M claims
   spread over realistic keys (smoke: 1k and 10k), a tenth of them disputing their event's
   figure; each probe timed as its median over five passes with the detector's per-row
   indexes built as in a running worker (the first, cold pass is reported too), the passes
   taking the sizes in turn. Then 1k and 1M again with every claim disputed (the most alerts
   a lookup can raise), beside the ratio.

Workers get CLAIMWATCH_EXTRACT_PROCESSES, CLAIMWATCH_BATCH_SIZE, CLAIMWATCH_BATCH_WAIT_MS,
CLAIMWATCH_PRODUCER_LINGER_MS, CLAIMWATCH_STANDBY_REPLICAS and CLAIMWATCH_DETECT_BATCH_SIZE
from the environment if set (e.g. CLAIMWATCH_EXTRACT_PROCESSES=0: spaCy on a thread of the
worker).

Prints a table, then as its LAST line:
    e2e_vs_spacy=R1 two_vs_one=R2 p50_ms=X p99_ms=Y lookup_1m_vs_1k=R3
(`nan` for a figure whose phase failed; the exit code is then 1). Progress goes to stderr.
Everything started here (workers, brokers) is stopped on exit, Ctrl-C or failure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import hashlib
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from agents.extract_pool import PARSE_PROCESS_NAME
from bench.wire import generate_wire
from faults.cluster import Broker, free_port
from streams.rows import ChunkedRows, chunk_key

ROOT = Path(__file__).resolve().parents[1]
CLAIMWATCH = Path(sys.executable).parent / "claimwatch"
PREFIX = "claimwatch"  # the worker's default topic prefix
ARTICLES_TOPIC = f"{PREFIX}.articles"
ALERTS_TOPIC = f"{PREFIX}.alerts"
BATCH_SIZE = 16  # the worker's default CLAIMWATCH_BATCH_SIZE, used for the expectation run
WORKER_READY_TIMEOUT = 180.0
POLL = 0.2  # seconds between /health polls while waiting for a phase to drain
QUIET = 6.0  # no counter or alert moved for this long after all input was read: done
CLK_TCK = os.sysconf("SC_CLK_TCK")

err = Console(stderr=True, highlight=False)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 120)


T_START = time.perf_counter()


def log(message: str) -> None:
    """A timestamped progress line on stderr."""
    err.print(f"[dim][{time.perf_counter() - T_START:6.1f}s][/dim] {message}", markup=True,
              highlight=False)


class BenchError(Exception):
    """A phase could not be completed; the message says why."""


def progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        refresh_per_second=4,
        disable=not err.is_terminal,
    )


# --- results -------------------------------------------------------------------------------


@dataclass
class Results:
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # phase, figure, value
    notes: list[str] = field(default_factory=list)
    figures: dict[str, float] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    timings: list[tuple[str, float]] = field(default_factory=list)  # phase, seconds

    def add(self, phase: str, what: str, value: str) -> None:
        self.rows.append((phase, what, value))

    def table(self) -> Table:
        table = Table(title="claimwatch benchmark", title_justify="left")
        table.add_column("phase")
        table.add_column("measure")
        table.add_column("value", justify="right")
        last = None
        for phase, what, value in self.rows:
            table.add_row(phase if phase != last else "", what, value)
            last = phase
        return table

    def last_line(self) -> str:
        f = self.figures

        def ratio(a: str, b: str) -> str:
            if a in f and b in f and f[b] > 0:
                return f"{f[a] / f[b]:.2f}"
            return "nan"

        def ms(name: str) -> str:
            return f"{f[name]:.0f}" if name in f and math.isfinite(f[name]) else "nan"

        return (
            f"e2e_vs_spacy={ratio('e2e_one', 'spacy')} two_vs_one={ratio('e2e_two', 'e2e_one')} "
            f"p50_ms={ms('p50_ms')} p99_ms={ms('p99_ms')} "
            f"lookup_1m_vs_1k={ratio('lookup_large', 'lookup_small')}"
        )


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


# --- processes: cleanup on any exit --------------------------------------------------------


class Cleanup:
    """Callbacks run in reverse order on exit, each guarded; Ctrl-C is ignored meanwhile."""

    def __init__(self) -> None:
        self._callbacks: list[tuple[str, Callable[[], None]]] = []

    def push(self, what: str, callback: Callable[[], None]) -> None:
        self._callbacks.append((what, callback))

    def pop(self, callback: Callable[[], None]) -> None:
        self._callbacks = [(w, c) for w, c in self._callbacks if c is not callback]

    def run(self) -> None:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            while self._callbacks:
                what, callback = self._callbacks.pop()
                try:
                    callback()
                except Exception as exc:  # keep stopping the rest
                    err.print(f"cleanup: {what}: {type(exc).__name__}: {exc}", markup=False)
        finally:
            signal.signal(signal.SIGINT, previous)


def cpu_seconds(pid: int, tid: int | None = None) -> float:
    """User+system CPU seconds of a process (or one of its threads); 0 if it is gone."""
    path = f"/proc/{pid}/task/{tid}/stat" if tid else f"/proc/{pid}/stat"
    try:
        fields = Path(path).read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy (all cores), from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / CLK_TCK


def process_name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def children(pid: int) -> list[int]:
    """Process ids whose parent is `pid` (a worker's spaCy and rules processes)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


def thread_cpu(pid: int) -> dict[int, float]:
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return {}
    return {tid: cpu_seconds(pid, tid) for tid in tids}


def start_broker(broker: Broker, cleanup: Cleanup) -> None:
    """Start the broker, with its stop on the cleanup stack first (a failed start stops too)."""
    log(f"starting a broker on port {broker.port}")

    def stop() -> None:
        t = time.perf_counter()
        broker.stop()
        log(f"broker on port {broker.port} stopped ({time.perf_counter() - t:.1f} s)")

    cleanup.push(f"broker on port {broker.port}", stop)
    try:
        broker.start()
    except RuntimeError as exc:
        raise BenchError(str(exc)) from None


TUNING = (
    "CLAIMWATCH_EXTRACT_PROCESSES",
    "CLAIMWATCH_BATCH_SIZE",
    "CLAIMWATCH_BATCH_WAIT_MS",
    "CLAIMWATCH_PRODUCER_LINGER_MS",
    "CLAIMWATCH_STANDBY_REPLICAS",
    "CLAIMWATCH_DETECT_BATCH_SIZE",
)


class Worker:
    """A `claimwatch worker` subprocess on a free web port with its own data dir."""

    def __init__(self, name: str, broker: Broker, tmp: Path, partitions: int) -> None:
        self.name = name
        self.web_port = free_port()
        self.data_dir = tmp / name
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = tmp / f"{name}.log"
        # The bench sets where a worker runs; how it works (TUNING) may come from the caller.
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_") or k in TUNING}
        env.update(
            CLAIMWATCH_BROKER=f"kafka://{broker.bootstrap}",
            CLAIMWATCH_WEB_PORT=str(self.web_port),
            CLAIMWATCH_DATA_DIR=str(self.data_dir),
            CLAIMWATCH_PARTITIONS=str(partitions),
            PYTHONUNBUFFERED="1",
        )
        self.env = env
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}/health"

    def start(self) -> None:
        with self.log_path.open("wb") as f:
            self.proc = subprocess.Popen(
                [str(CLAIMWATCH), "worker", "--loglevel", "info"],
                cwd=self.data_dir, env=self.env, stdout=f, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )

    def check_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            raise BenchError(
                f"worker {self.name} exited with code {self.proc.returncode}; last log lines:\n"
                + self.log_tail()
            )

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def terminate(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)

    def wait_stopped(self, timeout: float = 30.0) -> None:
        """After terminate(): wait for a clean exit, SIGKILL if it hangs."""
        if self.proc is None:
            return
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def stop_workers(workers: list[Worker]) -> None:
    """SIGTERM to all at once (Faust leaves the group cleanly), then wait for each."""
    t = time.perf_counter()
    for w in workers:
        w.terminate()
    for w in workers:
        w.wait_stopped()
    log(f"{len(workers)} worker(s) stopped ({time.perf_counter() - t:.1f} s)")


# --- phase 1: spaCy alone, and the expectation from the broker-free pipeline ---------------


def article_text(article: dict[str, Any]) -> str:
    return f"{article['title']}\n\n{article['body']}"


def bench_spacy(articles: list[dict[str, Any]], results: Results) -> None:
    """The baseline is the model as shipped (`spacy.load`, every component as trained);
    claimwatch's own load (`load_nlp`, same annotations, see claimwatch/nlp.py) is timed on
    the same texts for comparison, but the ratios are against the model as shipped."""
    import spacy

    from claimwatch.nlp import MODEL, load_nlp

    t = time.perf_counter()
    stock = spacy.load(MODEL)
    load_s = time.perf_counter() - t
    texts = [article_text(a) for a in articles]
    words = sum(len(t.split()) for t in texts)
    rate, seconds, own, others = _pipe_rate(stock, texts, "spaCy nlp.pipe (baseline)")
    results.figures["spacy"] = rate
    results.add("1 spaCy alone", "model load (spacy.load, as shipped)", f"{load_s:.1f} s")
    results.add("1 spaCy alone", "articles (mean words)",
                f"{len(texts):,} ({words / len(texts):.0f})")
    results.add("1 spaCy alone", "nlp.pipe, batch 64 (baseline)", f"{rate:.1f} articles/s")
    results.add("1 spaCy alone", "", f"{words / seconds:,.0f} words/s")
    results.add("1 spaCy alone", "CPU per article",
                f"{own * seconds / len(texts) * 1000:.0f} ms")
    report_cpu(results, "1 spaCy alone", {"this process": own, OTHERS: others})
    log(f"spaCy baseline: {rate:.1f} articles/s")
    # Comparison only: a third of the texts is enough to show the difference.
    sample = texts[: max(1, len(texts) // 3)]
    tuned, *_ = _pipe_rate(load_nlp(), sample, "spaCy nlp.pipe (claimwatch's load_nlp)")
    results.add("1 spaCy alone", f"load_nlp() nlp.pipe (first {len(sample):,})",
                f"{tuned:.1f} articles/s")


def _pipe_rate(nlp: Any, texts: list[str], what: str) -> tuple[float, float, float, float]:
    """articles/s, seconds, this process's CPU and other processes' CPU (in cores)."""
    for _ in nlp.pipe(texts[: min(len(texts), 32)], batch_size=64):
        pass  # warm-up
    with progress() as bar:
        task = bar.add_task(what, total=len(texts))
        t, self0, machine0 = time.perf_counter(), time.process_time(), machine_busy()
        for _ in nlp.pipe(texts, batch_size=64):
            bar.advance(task)
        seconds = time.perf_counter() - t
        own = (time.process_time() - self0) / seconds
        others = max(0.0, (machine_busy() - machine0) / seconds - own)
    return len(texts) / seconds, seconds, own, others


@dataclass
class Expected:
    """What a correct run produces, from the broker-free pipeline."""

    claims: dict[str, int]  # per article id
    alert_ids: dict[str, str]  # alert id -> article id of its newer claim
    warmup_claims: int = 0

    def claims_in(self, ids: Sequence[str]) -> int:
        return sum(self.claims.get(i, 0) for i in ids)

    def alerts_in(self, ids: Sequence[str]) -> int:
        wanted = set(ids)
        return sum(1 for a in self.alert_ids.values() if a in wanted)


CACHE_DIR = Path(__file__).resolve().parent / ".cache"  # git-ignored


def expectation(articles: list[dict[str, Any]], n_first: int, warmup: list[dict[str, Any]],
                fingerprint: str, use_cache: bool, results: Results) -> Expected:
    """run_expectation, or its result saved by an earlier run of the same code on the same
    wire (bench/.cache/); the in-process run takes minutes for a full-size wire."""
    wire_hash = hashlib.sha1(orjson.dumps([articles, warmup, n_first])).hexdigest()[:12]
    path = CACHE_DIR / f"expected-{fingerprint}-{wire_hash}.json"
    if use_cache and path.exists():
        saved = orjson.loads(path.read_bytes())
        expected = Expected(saved["claims"], saved["alert_ids"], saved["warmup_claims"])
        rate = saved["rate"]
        label = f"{rate:.1f} articles/s (cached)"
    else:
        expected, rate = run_expectation(articles, n_first, warmup)
        label = f"{rate:.1f} articles/s"
        CACHE_DIR.mkdir(exist_ok=True)
        path.write_bytes(orjson.dumps({
            "claims": expected.claims, "alert_ids": expected.alert_ids,
            "warmup_claims": expected.warmup_claims, "rate": rate,
        }))
    first_ids = [a["id"] for a in articles[:n_first]]
    results.figures["pipeline"] = rate
    results.add("1 spaCy alone", "Pipeline (clean+extract+detect), batch 16", label)
    results.add("1 spaCy alone", "expected claims / alerts (first N)",
                f"{expected.claims_in(first_ids):,} / {expected.alerts_in(first_ids):,}")
    return expected


def run_expectation(articles: list[dict[str, Any]], n_first: int,
                    warmup: list[dict[str, Any]]) -> tuple[Expected, float]:
    """The broker-free pipeline over the wire: claims per article, alerts, and its rate
    over the first `n_first` articles."""
    from claimwatch.pipeline import Pipeline
    from schemas import parse_article

    pipeline = Pipeline(batch_size=BATCH_SIZE)
    claims: dict[str, int] = {}
    alert_ids: dict[str, str] = {}
    with progress() as bar:
        task = bar.add_task("claimwatch check in-process (expected alerts)", total=len(articles))
        t = time.perf_counter()
        t_first = None
        for i, outcome in enumerate(pipeline.process(parse_article(a) for a in articles), 1):
            claims[outcome.article_id or ""] = len(outcome.claims)
            for alert in outcome.alerts:
                alert_ids[alert.alert_id] = alert.claim.article_id
            bar.advance(task)
            if i == n_first:
                t_first = time.perf_counter() - t
    rate = n_first / (t_first or 1e-9)
    warm = [c for a in warmup for c in pipeline.extractor.extract(_clean(a))]
    return Expected(claims, alert_ids, len(warm)), rate


def _clean(article: dict[str, Any]) -> Any:
    from claimwatch.clean import clean_article
    from schemas import parse_article

    return clean_article(parse_article(article))


WARMUP_BODIES = (
    "The old harbour was quiet in the early light, and the fishing boats rocked gently at "
    "their moorings while gulls circled over the market stalls.\n\nA light rain moved in from "
    "the hills during the afternoon, and the cafes along the promenade filled with visitors "
    "looking for shelter and a warm drink.",
    "The autumn festival opened with a parade of brass bands and dancers through the narrow "
    "streets of the old town.\n\nChildren waved paper lanterns from the balconies, and the "
    "smell of roasted chestnuts drifted across the main square late into the evening.",
    "The botanical garden reopened its glasshouses after a long restoration, with new paths "
    "winding between palms, ferns and flowering vines.\n\nVisitors lingered by the pond, where "
    "the water lilies were in full bloom and dragonflies skimmed the surface.",
    "A new exhibition of landscape paintings drew steady crowds to the museum on the river "
    "bank.\n\nThe curators arranged the works by season, so that visitors walk from snowy "
    "mountain passes to summer meadows and golden harvest fields.",
)


def warmup_articles(count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"bench-warmup-{i:02d}",
            "source": "Bench Warm-up",
            "published_at": "2020-01-01T00:00:00Z",
            "title": "A quiet day in the old town",
            "body": WARMUP_BODIES[i % len(WARMUP_BODIES)],
        }
        for i in range(count)
    ]


# --- phases 2 and 3: the stream processor on a real broker ---------------------------------


COUNTERS = ("clean.events_in", "clean.deadlettered", "extract.events_in", "extract.events_out",
            "detect.events_in", "detect.events_out")


class Cluster:
    """A broker and the workers on it, with the async clients the benchmark uses."""

    def __init__(self, broker: Broker, workers: list[Worker], partitions: int) -> None:
        self.broker = broker
        self.workers = workers
        self.partitions = partitions
        self.session: Any = None
        self.producer: Any = None

    async def __aenter__(self) -> Cluster:
        return self

    async def open(self) -> None:
        """HTTP session and producer; the broker must be running."""
        import aiohttp
        from aiokafka import AIOKafkaProducer

        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))
        self.producer = AIOKafkaProducer(
            bootstrap_servers=self.broker.bootstrap, acks=1, linger_ms=0,
            max_request_size=4 * 1024 * 1024,
        )
        await self.producer.start()

    async def __aexit__(self, *exc: object) -> None:
        if self.producer is not None:
            with contextlib.suppress(Exception):
                await self.producer.stop()
        if self.session is not None:
            with contextlib.suppress(Exception):
                await self.session.close()

    async def health(self, worker: Worker) -> dict[str, Any] | None:
        try:
            async with self.session.get(worker.url) as resp:
                return dict(await resp.json())
        except Exception:
            return None

    async def counts(self) -> dict[str, int]:
        """The agents' counters summed over all workers."""
        total = dict.fromkeys(COUNTERS, 0)
        for w in self.workers:
            w.check_alive()
            h = await self.health(w)
            if h is None:
                raise BenchError(f"worker {w.name}: /health does not answer")
            for name in COUNTERS:
                agent, counter = name.split(".")
                total[name] += int(h["counts"].get(agent, {}).get(counter, 0))
        return total

    async def wait_ready(self) -> None:
        """Every worker ready (partitions assigned, model loaded) and the assignment stable."""
        deadline = time.monotonic() + WORKER_READY_TIMEOUT
        stable, last = 0, None
        while True:
            states = []
            for w in self.workers:
                w.check_alive()
                h = await self.health(w)
                states.append((bool(h and h.get("ready")), h.get("partitions") if h else None))
            if all(ready for ready, _ in states):
                stable = stable + 1 if states == last else 0
                if stable >= (4 if len(self.workers) > 1 else 0):
                    return
            last = states
            if time.monotonic() > deadline:
                logs = "\n".join(f"--- {w.name} ---\n{w.log_tail()}" for w in self.workers)
                raise BenchError(f"workers not ready after {WORKER_READY_TIMEOUT:.0f} s\n{logs}")
            await asyncio.sleep(0.5)

    async def create_topics(self) -> None:
        """The topics the benchmark itself produces to and reads, before any worker runs."""
        from aiokafka.admin import AIOKafkaAdminClient, NewTopic
        from aiokafka.errors import TopicAlreadyExistsError

        admin = AIOKafkaAdminClient(bootstrap_servers=self.broker.bootstrap)
        await admin.start()
        try:
            for name in (ARTICLES_TOPIC, ALERTS_TOPIC):
                with contextlib.suppress(TopicAlreadyExistsError):
                    await admin.create_topics([NewTopic(name, self.partitions, 1)])
        finally:
            await admin.close()


async def topic_partitions(bootstrap: str, topic: str, timeout: float = 30.0) -> set[int]:
    """The partition numbers of `topic`, waiting for it to exist."""
    from aiokafka import AIOKafkaClient

    client = AIOKafkaClient(bootstrap_servers=bootstrap)
    await client.bootstrap()
    try:
        deadline = time.monotonic() + timeout
        while True:
            parts = (await client.fetch_all_metadata()).partitions_for_topic(topic)
            if parts:
                return set(parts)
            if time.monotonic() > deadline:
                raise BenchError(f"topic {topic} not found after {timeout:.0f} s")
            await asyncio.sleep(0.5)
    finally:
        await client.close()


class AlertLog:
    """Consumes the alerts topic from its current end and records when each alert arrived."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        # alert id -> (time consumed (perf_counter), claim.article_id,
        # conflicts_with.article_id, claim.claim_id, conflicts_with.claim_id)
        self.seen: dict[str, tuple[float, str, str, str, str]] = {}
        self.duplicates = 0
        self.t_last = 0.0
        self._task: asyncio.Task[None] | None = None
        self._consumer: Any = None

    async def start(self) -> None:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        parts = await topic_partitions(self.bootstrap, ALERTS_TOPIC)
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False,
            fetch_max_wait_ms=100,
        )
        await self._consumer.start()
        tps = [TopicPartition(ALERTS_TOPIC, p) for p in sorted(parts)]
        self._consumer.assign(tps)
        await self._consumer.seek_to_end(*tps)
        for tp in tps:
            await self._consumer.position(tp)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            batch = await self._consumer.getmany(timeout_ms=200)
            now = time.perf_counter()
            for records in batch.values():
                for record in records:
                    alert = orjson.loads(record.value)
                    if alert["alert_id"] in self.seen:
                        self.duplicates += 1
                        continue
                    new, old = alert["claim"], alert["conflicts_with"]
                    self.seen[alert["alert_id"]] = (
                        now, new["article_id"], old["article_id"], new["claim_id"], old["claim_id"]
                    )
                    self.t_last = now

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()


@dataclass
class RunStats:
    articles: int
    seconds: float
    alerts: int
    expected_alerts: int
    claims: int
    expected_claims: int
    how: str  # "complete" or "quiet period"
    cpu: dict[str, float]  # process -> CPU share of one core over the run
    cpu_seconds: dict[str, float]  # process (workers, broker) -> CPU seconds over the run
    missing: dict[str, int] = field(default_factory=dict)  # expected alerts not seen, by story
    extra: dict[str, int] = field(default_factory=dict)  # alerts seen but not expected
    sent: dict[str, float] = field(default_factory=dict)  # article id -> produce time
    alerts_log: dict[str, tuple[float, str, str, str, str]] = field(default_factory=dict)


@dataclass
class CpuSnapshot:
    """CPU seconds so far of every process of a cluster (and the workers' threads), of this
    process and of the whole machine."""

    at: float
    procs: dict[str, float]
    threads: dict[str, dict[int, float]]  # worker name -> thread id -> seconds
    pids: dict[str, int]
    own: float
    machine: float

    @classmethod
    def take(cls, cluster: Cluster) -> CpuSnapshot:
        pids = {w.name: w.proc.pid for w in cluster.workers if w.proc}
        threads = {name: thread_cpu(pid) for name, pid in pids.items()}
        procs = {n: cpu_seconds(p) for n, p in pids.items()}
        for name, pid in list(pids.items()):
            # the worker's children (agents/extract_pool.py), told apart by their names:
            # spaCy's (CLAIMWATCH_EXTRACT_PROCESSES of them) and the rules'
            kids = children(pid)
            spacy_kids = [c for c in kids if process_name(c) == PARSE_PROCESS_NAME]
            procs[f"{name} spaCy processes"] = sum(cpu_seconds(c) for c in spacy_kids)
            procs[f"{name} other child processes (the rules)"] = sum(
                cpu_seconds(c) for c in kids if c not in spacy_kids
            )
        if cluster.broker.pid:
            pids["broker"] = cluster.broker.pid
            procs["broker"] = cpu_seconds(cluster.broker.pid)
        return cls(time.perf_counter(), procs, threads, pids, time.process_time(), machine_busy())

    def seconds_since(self, start: CpuSnapshot) -> dict[str, float]:
        """CPU seconds each process used between `start` and this snapshot."""
        return {n: v - start.procs.get(n, 0.0) for n, v in self.procs.items()}

    def shares_since(self, start: CpuSnapshot) -> dict[str, float]:
        """Share of one core each used between `start` and this snapshot."""
        span = max(self.at - start.at, 1e-9)
        out = {n: (v - start.procs.get(n, 0.0)) / span for n, v in self.procs.items()}
        for name, threads in self.threads.items():
            pid, before = self.pids[name], start.threads.get(name, {})
            rest = sorted(((v - before.get(t, 0.0)) / span for t, v in threads.items()
                           if t != pid), reverse=True)
            out[f"{name} event-loop thread"] = (threads.get(pid, 0.0) - before.get(pid, 0.0)) / span
            out[f"{name} busiest other thread"] = rest[0] if rest else 0.0
        out["bench process"] = (self.own - start.own) / span
        ours = sum(v for k, v in out.items() if " thread" not in k)
        out["whole machine"] = (self.machine - start.machine) / span
        out[OTHERS] = max(0.0, out["whole machine"] - ours)
        return out


def encode(article: dict[str, Any]) -> tuple[bytes, bytes]:
    value = orjson.dumps({**article, "bench_sent_at": time.time()})
    return article["id"].encode(), value


async def feed_and_wait(
    cluster: Cluster,
    articles: list[dict[str, Any]],
    expected: Expected,
    label: str,
    rate: float | None = None,
    timeout: float = 3600.0,
) -> RunStats:
    """Produce `articles` (as fast as possible, or paced at `rate`/s) and wait until the
    workers have taken all of them through every stage and the alerts are in."""
    ids = [a["id"] for a in articles]
    want_claims = expected.claims_in(ids)
    want_alerts = expected.alerts_in(ids)
    before = await cluster.counts()
    alerts = AlertLog(cluster.broker.bootstrap)
    snap0 = CpuSnapshot.take(cluster)
    snap_end = snap0
    sent: dict[str, float] = {}
    try:
        await alerts.start()
        with progress() as bar:
            feed = bar.add_task(f"{label}: produce", total=len(articles))
            work = bar.add_task(f"{label}: claims through detect", total=max(want_claims, 1))
            t0 = time.perf_counter()
            futures = []
            for i, article in enumerate(articles):
                if rate:
                    delay = t0 + i / rate - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                key, value = encode(article)
                sent[article["id"]] = time.perf_counter()
                futures.append(await cluster.producer.send(ARTICLES_TOPIC, value, key=key))
                bar.advance(feed)
            await asyncio.gather(*futures)
            t_produced = time.perf_counter()

            last_sig: tuple[int, ...] | None = None
            t_change = t_produced
            how = ""
            while True:
                now_counts = await cluster.counts()
                d = {k: now_counts[k] - before[k] for k in COUNTERS}
                now = time.perf_counter()
                sig = (*d.values(), len(alerts.seen))
                if sig != last_sig:
                    last_sig, t_change = sig, now
                    snap_end = CpuSnapshot.take(cluster)  # the end, unless more happens
                bar.update(work, completed=min(d["detect.events_in"], want_claims))
                all_read = d["clean.events_in"] >= len(articles)
                through = (
                    all_read
                    and d["extract.events_out"] >= want_claims
                    and d["detect.events_in"] >= d["extract.events_out"]
                )
                if through and len(alerts.seen) >= want_alerts:
                    how, t_end = "complete", max(now, alerts.t_last)
                    snap_end = CpuSnapshot.take(cluster)
                    break
                if all_read and now - t_change >= QUIET:
                    how, t_end = "quiet period", max(t_change - POLL / 2, alerts.t_last)
                    break
                if now - t0 > timeout:
                    raise BenchError(f"{label}: not drained after {timeout:.0f} s: {d}, "
                                     f"{len(alerts.seen)}/{want_alerts} alerts")
                await asyncio.sleep(POLL)
    finally:
        await alerts.stop()
    wall = t_end - t0
    cpu = snap_end.shares_since(snap0)
    log(f"{label}: {len(articles)} articles in {wall:.1f} s ({how}); "
        f"{len(alerts.seen)}/{want_alerts} alerts")
    wanted = set(ids)
    want_ids = {a for a, art in expected.alert_ids.items() if art in wanted}
    missing = Counter(story(expected.alert_ids[a]) for a in want_ids - alerts.seen.keys())
    extra = Counter(story(alerts.seen[a][1]) for a in alerts.seen.keys() - want_ids)
    return RunStats(
        missing=dict(missing), extra=dict(extra),
        articles=len(articles), seconds=wall, alerts=len(alerts.seen), expected_alerts=want_alerts,
        claims=d["detect.events_in"], expected_claims=want_claims, how=how, cpu=cpu,
        cpu_seconds=snap_end.seconds_since(snap0), sent=sent,
        alerts_log=dict(alerts.seen),
    )


async def warm_up(cluster: Cluster, count: int) -> None:
    """A few claim-free articles through every worker: first batches are slower."""
    articles = warmup_articles(count)
    before = await cluster.counts()
    for a in articles:
        key, value = encode(a)
        await cluster.producer.send_and_wait(ARTICLES_TOPIC, value, key=key)
    deadline = time.monotonic() + 120
    while True:
        d = {k: v - before[k] for k, v in (await cluster.counts()).items()}
        if d["extract.events_in"] >= count and d["detect.events_in"] >= d["extract.events_out"]:
            await asyncio.sleep(1.5)  # the last batch's claims, if any
            return
        if time.monotonic() > deadline:
            raise BenchError(f"warm-up articles not processed after 120 s: {d}")
        await asyncio.sleep(POLL)


OTHERS = "other processes (not this benchmark)"


def report_cpu(results: Results, phase: str, cpu: dict[str, float]) -> None:
    for name, share in cpu.items():
        results.add(phase, f"CPU {name}", f"{share * 100:.0f}% of a core")
    if cpu.get(OTHERS, 0) > 0.15:
        results.notes.append(f"{phase}: other processes used {cpu[OTHERS] * 100:.0f}% of a "
                             "core meanwhile; figures are disturbed, rerun on a quiet machine")


def report_run(results: Results, phase: str, run: RunStats) -> None:
    rate = run.articles / run.seconds
    results.add(phase, "articles / wall time", f"{run.articles:,} / {run.seconds:.1f} s")
    results.add(phase, "throughput", f"{rate:.1f} articles/s")
    workers = sum(v for k, v in run.cpu_seconds.items() if k != "broker")
    broker = run.cpu_seconds.get("broker", 0.0)
    results.add(phase, "CPU per article: workers / broker",
                f"{workers / run.articles * 1000:.0f} / {broker / run.articles * 1000:.0f} ms")
    results.add(phase, "claims through detect (expected)",
                f"{run.claims:,} ({run.expected_claims:,})")
    results.add(phase, "alerts consumed (expected)", f"{run.alerts:,} ({run.expected_alerts:,})")
    results.add(phase, "stopped on", run.how)
    if run.missing or run.extra:
        results.add(phase, "alerts missing / extra vs in-process (by story)",
                    f"{_stories(run.missing)} / {_stories(run.extra)}")
        results.notes.append(
            f"{phase}: the alerts differ from the in-process run's (same claims): detection "
            "depends on the order claims arrive in, and partitions reorder them")
    report_cpu(results, phase, run.cpu)


def _stories(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"


def story(article_id: str) -> str:
    """The kind of story an article id belongs to: gs, ru, march-org, jobs-denial, ..."""
    return article_id.split("-20", 1)[0]


WALL_OFFSET = time.time() - time.perf_counter()  # perf_counter -> wall clock (record times)


async def read_topic(bootstrap: str, topic: str) -> list[Any]:
    """Every record on `topic` now, from the beginning, with no consumer group."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    tps = [TopicPartition(topic, p) for p in sorted(await topic_partitions(bootstrap, topic))]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        records: list[Any] = []
        while any([await consumer.position(tp) < ends[tp] for tp in tps]):
            batch = await consumer.getmany(*tps, timeout_ms=1000)
            records += [r for rs in batch.values() for r in rs]
        return records
    finally:
        await consumer.stop()


async def latency_stages(bootstrap: str, run: RunStats) -> dict[str, list[float]]:
    """Where an alert's latency goes, from the record timestamps (set when each stage's
    producer sent): produce -> cleaned (clean agent), -> claim (extract agent, batching
    included), -> alert (detect agent), -> consumed here."""
    cleaned = {r.key.decode(): r.timestamp / 1000
               for r in await read_topic(bootstrap, f"{PREFIX}.cleaned") if r.key}
    claims: dict[str, float] = {}
    for r in await read_topic(bootstrap, f"{PREFIX}.claims"):
        claims[orjson.loads(r.value)["claim_id"]] = r.timestamp / 1000
    alert_ts = {}
    for r in await read_topic(bootstrap, ALERTS_TOPIC):
        alert_ts[orjson.loads(r.value)["alert_id"]] = r.timestamp / 1000
    stages: dict[str, list[float]] = {"clean": [], "extract": [], "detect": [], "deliver": []}
    for alert_id, (t_seen, a, b, claim_a, claim_b) in run.alerts_log.items():
        # The trigger is the later produced of the two articles.
        article, claim = max(((a, claim_a), (b, claim_b)), key=lambda x: run.sent.get(x[0], 0))
        if article not in run.sent or article not in cleaned or claim not in claims:
            continue
        sent = run.sent[article] + WALL_OFFSET
        t_alert = alert_ts.get(alert_id)
        if t_alert is None:
            continue
        stages["clean"].append((cleaned[article] - sent) * 1000)
        stages["extract"].append((claims[claim] - cleaned[article]) * 1000)
        stages["detect"].append((t_alert - claims[claim]) * 1000)
        stages["deliver"].append((t_seen + WALL_OFFSET - t_alert) * 1000)
    return stages


async def start_cluster(cluster: Cluster, cleanup: Cleanup, label: str,
                        results: Results, phase: str) -> None:
    """Broker, topics, workers, ready and warmed up."""
    with err.status(f"starting a broker and {label}"):
        start_broker(cluster.broker, cleanup)
        await cluster.open()
        await cluster.create_topics()
        t = time.perf_counter()
        cleanup.push("workers", lambda: stop_workers(cluster.workers))
        for w in cluster.workers:
            w.start()
        await cluster.wait_ready()
        ready_s = time.perf_counter() - t
        log(f"{len(cluster.workers)} worker(s) ready ({ready_s:.1f} s)")
        results.add(phase, "worker start to ready (stable group)", f"{ready_s:.1f} s")
        await warm_up(cluster, 4 * len(cluster.workers))
        log("warm-up articles processed")


async def phase_one_worker(tmp: Path, cleanup: Cleanup, first: list[dict[str, Any]],
                           second: list[dict[str, Any]], expected: Expected, partitions: int,
                           results: Results) -> None:
    phase = "2 one worker"
    broker = Broker(tmp / "kafka-one", partitions=partitions)
    async with Cluster(broker, [Worker("worker-a", broker, tmp, partitions)], partitions) as c:
        await start_cluster(c, cleanup, "one worker", results, phase)
        run = await feed_and_wait(c, first, expected, "one worker")
        report_run(results, phase, run)
        results.figures["e2e_one"] = run.articles / run.seconds

        rate = results.figures["e2e_one"] / 2
        phase = "2 latency at half load"
        lat = await feed_and_wait(c, second, expected, f"latency @ {rate:.1f}/s", rate=rate)
        stages = await latency_stages(broker.bootstrap, lat)
    # An alert can be raised only once both its articles are in: it measures from the later
    # of the two produce times (normally the alert's claim.article_id, the newer claim).
    latencies = [
        (t_alert - max(lat.sent.get(a, 0.0), lat.sent.get(b, 0.0))) * 1000
        for t_alert, a, b, *_ in lat.alerts_log.values()
        if a in lat.sent or b in lat.sent
    ]
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    results.figures["p50_ms"], results.figures["p99_ms"] = p50, p99
    results.add(phase, "articles paced at", f"{rate:.1f}/s ({len(second):,} articles)")
    results.add(phase, "achieved throughput", f"{lat.articles / lat.seconds:.1f} articles/s")
    results.add(phase, "alerts (expected) / latency samples",
                f"{lat.alerts} ({lat.expected_alerts}) / {len(latencies)}")
    if latencies:
        results.add(phase, "article -> alert p50 / p99", f"{p50:.0f} / {p99:.0f} ms")
        results.add(phase, "min / mean / max",
                    f"{min(latencies):.0f} / {statistics.fmean(latencies):.0f} / "
                    f"{max(latencies):.0f} ms")
    for stage, values in stages.items():
        results.add(phase, f"  stage {stage} p50 / p99",
                    f"{percentile(values, 50):.0f} / {percentile(values, 99):.0f} ms")
    report_cpu(results, phase, lat.cpu)


async def phase_two_workers(tmp: Path, cleanup: Cleanup, first: list[dict[str, Any]],
                            expected: Expected, partitions: int, results: Results) -> None:
    phase = "3 two workers"
    broker = Broker(tmp / "kafka-two", partitions=partitions)
    workers = [Worker(f"worker-{x}", broker, tmp, partitions) for x in ("b", "c")]
    async with Cluster(broker, workers, partitions) as c:
        await start_cluster(c, cleanup, "two workers", results, phase)
        run = await feed_and_wait(c, first, expected, "two workers")
    report_run(results, phase, run)
    results.add(phase, "partitions per topic", str(partitions))
    results.figures["e2e_two"] = run.articles / run.seconds


def in_own_cleanup(cleanup: Cleanup, fn: Callable[[Cleanup], Any]) -> Any:
    """Run fn with a cleanup of its own, run when fn ends (its processes stop with it) or,
    failing that, by the outer cleanup."""
    local = Cleanup()
    cleanup.push("phase", local.run)
    try:
        return fn(local)
    finally:
        local.run()
        cleanup.pop(local.run)


# --- phase 4: claim-table lookups ----------------------------------------------------------

# Keys in the shapes claimwatch/extract.py gives them: a measure, a measure with whose it is,
# a verb with what it counts, an act with its object. Plain measures are the most common.
PLAIN_MEASURES = ("deaths", "injured", "participants", "detained", "captured", "displaced",
                  "casualties")
COUNTRIES = ("russia", "ukraine", "israel", "palestine", "sudan", "syria", "iran", "china",
             "united states", "france", "germany", "turkey", "india", "pakistan", "yemen",
             "myanmar", "ethiopia", "nigeria", "mexico", "brazil")
COUNT_VERBS = ("lose", "destroy", "shoot down", "capture", "seize", "deliver", "hit")
COUNT_NOUNS = ("tank", "drone", "aircraft", "helicopter", "missile", "ship", "artillery system",
               "armoured vehicle", "air defence system", "rocket launcher")
ACT_VERBS = ("use", "fire", "attack", "close", "ban", "sign", "approve", "deploy", "arrest",
             "raid", "block", "open", "suspend", "cancel", "release")
ACT_OBJECTS = ("tear gas", "rubber bullet", "water cannon", "border crossing", "airport",
               "power plant", "hospital", "school", "bridge", "port", "pipeline", "agreement",
               "ceasefire", "budget", "law", "election", "referendum", "contract", "strike",
               "convoy", "protest camp", "newspaper", "website", "embassy", "factory")
PLACES = ("kharkiv", "kherson", "bakhmut", "odesa", "gaza city", "khan younis", "aleppo",
          "idlib", "el fasher", "omdurman", "lyon", "porto", "valencia", "turin", "naples",
          "leipzig", "gdansk", "brno", "marseille", "seville", "bologna", "krakow", "dresden",
          "rotterdam", "antwerp", "toulouse", "genoa", "wroclaw", "swindon", "tampere")
SIDES = ("russia", "ukraine", "police", "organisers", "anonymous sources", "governor office",
         "health ministry", "hospital", "united nations", "red cross", "witness", "army")


def key_universe(count: int) -> list[str]:
    """`count` distinct keys, most common first (plain measures, then a deterministic mix)."""
    import random

    rng = random.Random(11)
    mixed: list[str] = []
    mixed += [f"{v}|{n}|{c}" for v in COUNT_VERBS for n in COUNT_NOUNS for c in COUNTRIES]
    mixed += [f"act|{o}" for o in ACT_OBJECTS]
    mixed += [f"{v}|{o}" for v in ACT_VERBS for o in ACT_OBJECTS]
    mixed += [f"change|{c} economy" for c in COUNTRIES] + [f"inflation|{c}" for c in COUNTRIES]
    syllables = ("ver", "lor", "mer", "id", "an", "arc", "ton", "hal", "vard", "nor", "vik",
                 "cas", "tell", "bright", "wa", "ter", "os", "ter", "holm", "tes", "sa", "ro")
    n = 0
    while len(mixed) + len(PLAIN_MEASURES) < count * 2:
        n += 1
        company = "".join(rng.choice(syllables) for _ in range(3)) + f" {n}"
        mixed += [f"job_cuts|{company}", f"workforce|{company}"]
    rng.shuffle(mixed)
    return [*PLAIN_MEASURES, *mixed][:count]


def allocate(total: int, weights: list[float], cap: int) -> list[int]:
    """Split `total` claims over keys in proportion to `weights`, no key above `cap`."""
    counts = [0] * len(weights)
    remaining, active = total, list(range(len(weights)))
    while remaining > 0 and active:
        mass = sum(weights[i] for i in active)
        spill, still = 0, []
        for i in active:
            share = remaining * weights[i] / mass
            room = cap - counts[i]
            take = min(room, int(share))
            counts[i] += take
            if counts[i] < cap:
                still.append(i)
            spill += take
        if spill == 0:  # remainders below one claim each: hand them out one by one
            for i in still[:remaining]:
                counts[i] += 1
                spill += 1
        remaining -= spill
        active = still
    return counts


# Warm passes over the probes in the lookup phase (each probe's median is its figure).
WARM_PASSES = 5

# The share of stored claims that dispute their event's figure. The development wire raises an
# alert for 3% of its claims; with a tenth disputed, a lookup raises 0.02 alerts at 1k stored
# claims and 0.56 at 1M, where rows are full: generous, not flattering.
DISPUTED_SHARE = 0.1


class ClaimFactory:
    """Claim dicts in the JSON form a table row holds, varied the way a real wire varies."""

    def __init__(self, newest: date, disputed: float | None = DISPUTED_SHARE) -> None:
        from schemas.records import Claim

        self.newest = newest
        # The share of claims that dispute what the other sources say about their event (a
        # figure three times theirs, or a denial); the rest agree, and a running total grows
        # by the day. None: every claim gives a figure of its own, so nearly every two sides
        # about one event disagree: the most alerts, and so the most work, a lookup can have.
        self.disputed = disputed
        self.days = [(newest - timedelta(days=d)).isoformat() for d in range(30)]
        base = Claim(
            claim_id="", article_id="", source="Bench Wire", published_at="", speaker="",
            side="", kind="figure", key="", text="",
        )
        # Through JSON, as the Faust table's changelog stores it.
        self.base = orjson.loads(orjson.dumps(base.to_dict()))
        self.serial = 0

    def claim(self, key: str, i: int, newest: bool = False) -> dict[str, Any]:
        self.serial += 1
        h = zlib.crc32(f"{key}|{i}".encode())
        measure = key.split("|", 1)[0]
        figure = measure != "act" and not key.startswith(ACT_VERBS)
        side = SIDES[h % len(SIDES)] if measure in PLAIN_MEASURES else SIDES[h % 3]
        place = PLACES[(h >> 8) % len(PLACES)] if measure in PLAIN_MEASURES else PLACES[h % 4]
        age = 0 if newest else (h >> 4) % len(self.days)
        day = self.days[age]
        if self.disputed is None:
            value = float(100 * (1 + (h >> 12) % 50))
            negate = h % 9 == 0
        else:
            first_day = 100 * (1 + zlib.crc32(f"{key}|{place}".encode()) % 50)
            agreed = first_day + 10 * (len(self.days) - age)  # a running total grows by the day
            disputes = (h >> 20) % 1000 < self.disputed * 1000
            negate = disputes and h % 3 == 0
            value = float(agreed * 3 if disputes else agreed)
        d = dict(self.base)
        d.update(
            claim_id=f"bench-{self.serial}:{i % 7}",
            article_id=f"bench-{self.serial}",
            published_at=f"{day}T12:00:00Z",
            speaker=side,
            side=side,
            kind="figure" if figure else "event",
            key=key,
            text=f"The {side} said on Monday that {int(value):,} {measure} were counted in "
                 f"{place.title()}, according to a statement issued late in the day.",
            measure=measure if measure != "act" else "act",
            subject=key.split("|")[-1] if "|" in key else "",
            low=value if figure else None,
            high=value if figure else None,
            qualifier="exact" if figure else "",
            figure_text=f"{int(value):,}" if figure else "",
            polarity="negate" if negate else "affirm",
            cumulative=measure in ("deaths", "lose", "destroy") and h % 2 == 0,
            verb=measure if not figure else "",
            event_date=day,
            as_of=day,
            places=[place],
        )
        if "region" in d:
            d["region"] = [place]
        return {k: v for k, v in d.items() if k in self.base}

    def bucket(self, key: str, count: int) -> dict[str, Any]:
        """A row as the detector writes it (claimwatch/detect.py): its claims, a few alerts
        already raised between them, and no restatements (`origin` lists only those)."""
        claims = [self.claim(key, i) for i in range(count)]
        alerts = {}
        pairs = []
        groups = []
        for j in range(0, count - 1, 25):  # a few alerts already raised in the row
            new, old = claims[j + 1], claims[j]
            alerts[f"a{self.serial}-{j}"] = [new["claim_id"], new["claim_id"], old["claim_id"],
                                            "figure_mismatch", 0.9, "bench"]
            pairs.append(sorted((new["claim_id"], old["claim_id"])))
            groups += [f"{new['article_id']}|{new['side']}|differs|{old['claim_id']}",
                       f"{old['article_id']}|{old['side']}|differs|{new['claim_id']}"]
        return {"claims": claims, "origin": {}, "alerts": alerts,
                "pairs": sorted(pairs), "groups": sorted(groups)}


def zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (r**s) for r in range(1, n + 1)]


def bench_lookups(sizes: list[int], probes: int, results: Results) -> None:
    """Lookups at each size with claims as a wire gives them (a tenth disputed): the ratio;
    then at the smallest and largest size with every claim disputed, the most work a lookup
    can have (its alerts grow with the row), reported beside it."""
    from claimwatch.detect import MAX_CLAIMS_PER_KEY

    phase = "4 table lookups"
    keys = key_universe(20_000)
    results.add(phase, "store", f"rows in chunks over a dict, {len(keys):,} keys (Zipf s=1), "
                               f"row cap {MAX_CLAIMS_PER_KEY}")
    results.add(phase, "fill", f"{DISPUTED_SHARE:.0%} of claims dispute their event's figure; "
                               "the rest agree")
    means = _lookups_side_by_side(sizes, keys, DISPUTED_SHARE, probes, phase, "", results)
    small, large = min(sizes), max(sizes)
    results.figures["lookup_small"] = means[small]
    results.figures["lookup_large"] = means[large]
    if large != 1_000_000 or small != 1_000:
        results.notes.append(f"lookup_1m_vs_1k compares {large:,} with {small:,} stored claims")
    worst = _lookups_side_by_side([small, large], keys, None, probes, phase,
                                  "every claim disputed, ", results)
    results.add(phase, f"every claim disputed: {large:,} vs {small:,} claims",
                f"{worst[large] / worst[small]:.2f}")


@dataclass
class LookupTable:
    """One filled store, its detector and its probes, with the times of each pass."""

    size: int
    store: ChunkedRows
    detector: Any
    probes: list[Any]
    passes: list[list[float]] = field(default_factory=list)  # per pass, per probe: seconds
    rows: list[int] = field(default_factory=list)  # per probe: the row's size
    row_bytes: list[int] = field(default_factory=list)
    counted: tuple[int, int] = (0, 0)  # claims compared, alerts raised in one pass


def _lookups_side_by_side(sizes: list[int], keys: list[str], disputed: float | None,
                          probes: int, phase: str, label: str,
                          results: Results) -> dict[int, float]:
    """Fill a store per size, then time passes over each in turn: each probe's figure is
    its median over the warm passes. Passes alternate between the sizes, so a slow spell of
    the machine (they last seconds here) falls on every size alike, not on one; a pass keeps
    to one store, so each keeps its own caches warm as a worker's would be. The mean in µs
    per size."""
    tables: list[LookupTable] = []
    try:
        tables += [_fill_lookup_table(size, keys, disputed, probes) for size in sizes]
        gc.freeze()  # the filled stores are long-lived: keep them out of the collector's scans
        with progress() as bar:
            task = bar.add_task(f"detect against {', '.join(f'{s:,}' for s in sizes)} claims",
                                total=(1 + WARM_PASSES) * probes * len(tables))
            # The first pass finds each row's index cold (built on the row's first lookup, as
            # after a worker starts); the others as a running worker finds them.
            for n in range(1 + WARM_PASSES):
                for table in tables:
                    _lookup_pass(table, first_warm=n == 1, advance=lambda: bar.advance(task))
        return {t.size: _report_lookups(t, phase, label, results) for t in tables}
    finally:
        gc.unfreeze()
        tables.clear()
        gc.collect()


def _fill_lookup_table(size: int, keys: list[str], disputed: float | None,
                       probes: int) -> LookupTable:
    import random

    from claimwatch.detect import MAX_CLAIMS_PER_KEY, Detector
    from schemas.records import Claim

    weights = zipf_weights(len(keys))
    factory = ClaimFactory(date(2024, 6, 30), disputed)
    counts = allocate(size, weights, MAX_CLAIMS_PER_KEY)
    gc.disable()
    store = ChunkedRows({})
    try:
        with progress() as bar:
            task = bar.add_task(f"fill store with {size:,} claims", total=size)
            for key, count in zip(keys, counts, strict=True):
                if count:
                    store[key] = factory.bucket(key, count)
                    bar.advance(task, count)
    finally:
        gc.enable()
    rng = random.Random(size)
    probe_keys = rng.choices(keys, weights=weights, k=probes)
    new_claims = [Claim.from_dict(factory.claim(k, 10_000 + i, newest=True))
                  for i, k in enumerate(probe_keys)]
    return LookupTable(size, store, Detector(store), new_claims)


def _lookup_pass(table: LookupTable, first_warm: bool, advance: Callable[[], None]) -> None:
    """Detect each probe against the store, putting its row back after (every probe sees
    the table as filled)."""
    store, detector = table.store, table.detector
    before_stats = (detector.stats.comparisons, detector.stats.alerts)
    timed: list[float] = []
    for i, claim in enumerate(table.probes):
        before = store.get(claim.key)  # the row as filled, to put back after
        held = len(before["claims"]) if before else 0
        t = time.perf_counter()
        detector.detect(claim)
        timed.append(time.perf_counter() - t)
        if first_warm:
            table.rows.append(held)
            if i % 10 == 0:  # what the changelog would carry for this update
                table.row_bytes.append(_update_bytes(store, claim.key))
        if before is None:
            del store[claim.key]
        else:
            del before["claims"][held:]
            store[claim.key] = before
        # The row's index forgets the probe now, untimed: a worker's index never goes back,
        # so the next lookup must not pay for this one being undone (a row the probe made
        # included).
        detector.row_index(claim.key, before["claims"] if before is not None else [])
        advance()
    table.passes.append(timed)
    if first_warm:
        table.counted = (detector.stats.comparisons - before_stats[0],
                         detector.stats.alerts - before_stats[1])


def _update_bytes(rows: ChunkedRows, key: str) -> int:
    """The bytes of what the last update of a row put on the changelog: its head, which holds
    the row's last claims, and the chunk the new claim filled if it filled one."""
    head = rows.table[key]
    size = len(orjson.dumps(head))
    if head["count"] and not head["tail"]:
        size += len(orjson.dumps(rows.table[chunk_key(key, head["generation"], head["chunks"] - 1)]))
    return size


def _report_lookups(table: LookupTable, phase: str, label: str, results: Results) -> float:
    cold = table.passes[0]
    times = [statistics.median(per_probe) for per_probe in zip(*table.passes[1:], strict=True)]
    probes = len(table.probes)
    at = f"{label}{table.size:,} claims"
    results.add(phase, f"{at}: first lookup of a row (index cold), mean",
                f"{statistics.fmean(cold) * 1e6:,.0f} µs")
    results.add(phase, f"{at}: per lookup, claims compared / alerts raised",
                f"{table.counted[0] / probes:.1f} / {table.counted[1] / probes:.2f}")
    mean_us = statistics.fmean(times) * 1e6
    results.add(phase, f"{at}: detect mean / p50 / p99",
                f"{mean_us:,.0f} / {percentile(times, 50) * 1e6:,.0f} / "
                f"{percentile(times, 99) * 1e6:,.0f} µs")
    results.add(phase, f"{at}: row size looked up (mean / max)",
                f"{statistics.fmean(table.rows):.0f} / {max(table.rows)} claims")
    results.add(phase, f"{at}: changelog bytes per update (mean)",
                f"{statistics.fmean(table.row_bytes):,.0f} B")
    results.add(phase, f"{at}: µs by row size", _by_row_size(table.rows, times))
    return mean_us


def _by_row_size(rows: list[int], times: list[float]) -> str:
    bands = ((0, 10), (11, 100), (101, 300), (301, 10**9))
    parts = []
    for low, high in bands:
        sel = [t for r, t in zip(rows, times, strict=True) if low <= r <= high]
        if sel:
            label = f"{low}-{high}" if high < 10**9 else f">{low - 1}"
            parts.append(f"{label}: {statistics.fmean(sel) * 1e6:,.0f}")
    return ", ".join(parts)


# --- main ----------------------------------------------------------------------------------


PHASES = ("spacy", "one", "two", "lookups")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=None, metavar="N",
                   help="articles in the throughput runs (default 1000; smoke 40)")
    p.add_argument("--smoke", action="store_true",
                   help="tiny sizes (40 articles, lookups at 1k and 10k): a check, not figures")
    p.add_argument("--latency-articles", type=int, default=None, metavar="M",
                   help="articles in the half-load latency run (default N/2)")
    p.add_argument("--partitions", type=int, default=4, help="partitions per topic (default 4)")
    p.add_argument("--seed", type=int, default=7, help="wire seed (default 7)")
    p.add_argument("--only", choices=PHASES, action="append", default=None,
                   help="run only this phase (repeatable); ratios of phases not run print nan")
    p.add_argument("--keep", action="store_true", help="keep the temp dir (worker logs)")
    p.add_argument("--no-cache", action="store_true",
                   help="recompute the expected alerts even if bench/.cache has them for "
                        "this code and wire")
    args = p.parse_args(argv)
    if args.articles is None:
        args.articles = 40 if args.smoke else 1000
    if args.latency_articles is None:
        args.latency_articles = max(20, args.articles // 2)
    if args.articles < 1 or args.latency_articles < 1 or args.partitions < 1:
        p.error("sizes must be positive")
    return args


@contextlib.contextmanager
def terminate_on_signals() -> Iterator[None]:
    """SIGTERM/SIGHUP end the run like Ctrl-C, so the cleanup still runs."""

    def raise_interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    old = {s: signal.signal(s, raise_interrupt) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results = Results()
    cleanup = Cleanup()
    tmp = Path(tempfile.mkdtemp(prefix="claimwatch-bench-"))
    code = 0
    with terminate_on_signals():
        try:
            code = run(args, tmp, cleanup, results)
        except KeyboardInterrupt:
            err.print("interrupted: stopping workers and brokers")
            results.failed.append("interrupted")
            code = 130
        finally:
            cleanup.run()
            if args.keep or results.failed:
                err.print(f"logs kept in {tmp}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)
    out.print(results.table())
    if results.timings:
        took = ", ".join(f"{name} {sec:.0f} s" for name, sec in results.timings)
        out.print(f"phases took: {took}", markup=False)
    for note in results.notes:
        out.print(f"note: {note}", markup=False)
    for failure in results.failed:
        out.print(f"FAILED: {failure}", markup=False)
    print(results.last_line(), flush=True)
    return code


def code_fingerprint() -> str:
    """A hash of the code the workers run, to notice it changing under a run."""
    digest = hashlib.sha1()
    for package in ("claimwatch", "agents", "streams", "schemas"):
        for path in sorted((ROOT / package).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def run(args: argparse.Namespace, tmp: Path, cleanup: Cleanup, results: Results) -> int:
    n, m = args.articles, args.latency_articles
    fingerprint = code_fingerprint()
    results.add("0 wire", "code fingerprint (claimwatch agents streams schemas)", fingerprint)
    wire = generate_wire(n + m, args.seed)
    first, second = wire.articles[:n], wire.articles[n:]
    results.add("0 wire", "articles: throughput runs / latency run", f"{n:,} / {len(second):,}")
    results.add("0 wire", "dates", f"{first[0]['published_at'][:10]} .. "
                                  f"{wire.articles[-1]['published_at'][:10]}")
    results.add("0 wire", "intended contradictions", f"{len(wire.contradictions):,}")
    load = Path("/proc/loadavg").read_text().split()[:3]
    results.add("0 machine", "CPUs / load average at start", f"{os.cpu_count()} / {' '.join(load)}")

    code = 0

    def phase(name: str, fn: Callable[[], Any]) -> None:
        nonlocal code
        t = time.perf_counter()
        try:
            fn()
            results.timings.append((name, time.perf_counter() - t))
        except KeyboardInterrupt:
            raise
        except Exception as exc:
            code = 1
            results.failed.append(f"{name}: {type(exc).__name__}: {exc}")
            err.print(f"[red]{name} failed[/red]")
            err.print(traceback.format_exc(), markup=False)

    only = set(args.only or PHASES)
    if "spacy" in only:
        phase("spaCy baseline", lambda: bench_spacy(first, results))
    expected_box: list[Expected] = []
    if only & {"one", "two"}:
        phase("expectation", lambda: expected_box.append(expectation(
            wire.articles, n, warmup_articles(8), fingerprint, not args.no_cache, results)))
    if expected_box:
        expected = expected_box[0]
        if expected.warmup_claims:
            results.notes.append(f"warm-up articles gave {expected.warmup_claims} claims")
        if "one" in only:
            phase("one worker", lambda: in_own_cleanup(cleanup, lambda local: asyncio.run(
                phase_one_worker(tmp, local, first, second, expected, args.partitions, results))))
        if "two" in only:
            phase("two workers", lambda: in_own_cleanup(cleanup, lambda local: asyncio.run(
                phase_two_workers(tmp, local, first, expected, args.partitions, results))))
    sizes = [1_000, 10_000] if args.smoke else [1_000, 100_000, 1_000_000]
    if "lookups" in only:
        phase("lookups", lambda: bench_lookups(sizes, 300 if args.smoke else 2000, results))
    if code_fingerprint() != fingerprint:
        results.notes.append("the code under claimwatch/, agents/, streams/ or schemas/ changed "
                             "during the run: phases may have measured different versions")
    return code


if __name__ == "__main__":
    sys.exit(main())
