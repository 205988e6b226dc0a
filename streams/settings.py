"""Worker and CLI settings, read once from CLAIMWATCH_* environment variables.

Every value is checked here so that a typo fails at start with a one-line message naming the
variable, instead of deep inside Faust or aiokafka.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from claimwatch.detect import MAX_CLAIMS_PER_KEY, RETENTION_DAYS
from schemas.validate import MAX_ARTICLE_BYTES

ENV_PREFIX = "CLAIMWATCH_"
BROKER_SCHEMES = ("kafka", "aiokafka")
STORE_SCHEMES = ("memory", "rocksdb")
_HOST_PORT = re.compile(r"^[A-Za-z0-9_.\-]+:\d{1,5}$|^\[[0-9A-Fa-f:]+\]:\d{1,5}$")


class SettingsError(ValueError):
    """A CLAIMWATCH_* variable has a value we cannot use; the message names it."""


@dataclass(frozen=True, slots=True)
class Settings:
    broker: str = "kafka://127.0.0.1:9092"
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    partitions: int = 4
    # Partitions of the input topics (articles, cleaned); None: `partitions`. 1 keeps the wire
    # in arrival order end to end, so which of two claims is the earlier does not depend on
    # how partitions interleave (alerts are then reproducible, see faults/).
    input_partitions: int | None = None
    table_store: str = "memory://"
    data_dir: Path = Path("./.cache/worker")
    topic_prefix: str = "claimwatch"
    batch_size: int = 16  # articles per spaCy batch, at most
    # An extract batch is cut after this many ms if it has not filled: the most an article
    # waits for company at a trickle.
    batch_wait_ms: int = 50
    # Claims per detect batch, at most (cut after the same wait): a row changed by several
    # claims of a batch is written to the changelog once.
    detect_batch_size: int = 128
    # How long the producer holds a message for others to the same partition, so they go to
    # the broker in one request. 10 ms: two workers 36.5 against 35.0 articles/s, one worker
    # level, alert latency p50 150 against 113 ms (one bench pair): not worth it by default.
    producer_linger_ms: int = 0
    # Child processes running spaCy per worker (each loads the model, ~150 MB), beside one
    # more that reads the claims from their parses; 0: both on a thread of the worker
    # process instead. In a thread spaCy and the event loop share the GIL, and the
    # worker tops out at one core. Four bench pairs on 2 cores (same code, same period), one
    # worker: a child process 11.9/12.2/9.3/9.9 articles/s against a thread 9.9/11.5/9.0/8.4;
    # two workers level (13.4 vs 14.7, 14.5 vs 13.4).
    extract_processes: int = 1
    # Standby copies of each table partition, kept by workers that do not own it (Faust's
    # table_standby_replicas; at most workers - 1): a worker taking a partition over after a
    # crash has its rows at hand (with rocksdb:// it reads only the changelog written since;
    # with memory:// Faust reads the partition's changelog again, so a copy buys nothing).
    # Each copy costs its worker a read of the owner's changelog (bench, two workers on 2
    # cores: 132 ms of CPU per article with copies, 112 and 127 ms in two runs without).
    # Default: 1 with rocksdb://, 0 with memory:// (as Kafka Streams' num.standby.replicas).
    standby_replicas: int = 0
    ingest_token: str | None = None
    # Static group membership: a worker restarted with the same id (after a crash) takes its
    # partitions back at once, instead of after the dead one's session times out (60 s).
    # One distinct id per worker; unset: dynamic membership.
    group_instance_id: str | None = None
    max_article_bytes: int = MAX_ARTICLE_BYTES
    retention_days: int = RETENTION_DAYS  # claims older than this (event time) expire
    max_claims_per_key: int = MAX_CLAIMS_PER_KEY  # and no table row holds more than this

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from `env` (default os.environ); raise SettingsError on a bad value."""
        env = os.environ if env is None else env
        d = cls()

        def get(name: str) -> str | None:
            value = env.get(ENV_PREFIX + name)
            return None if value is None or not value.strip() else value.strip()

        table_store = _store(get("TABLE_STORE") or d.table_store)
        standbys = 1 if table_store.startswith("rocksdb") else d.standby_replicas
        return cls(
            broker=_broker(get("BROKER") or d.broker),
            web_host=get("WEB_HOST") or d.web_host,
            web_port=_int("WEB_PORT", get("WEB_PORT"), d.web_port, 1, 65535),
            partitions=_int("PARTITIONS", get("PARTITIONS"), d.partitions, 1, 10_000),
            input_partitions=_int("INPUT_PARTITIONS", get("INPUT_PARTITIONS"), 1, 1, 10_000)
            if get("INPUT_PARTITIONS")
            else None,
            table_store=table_store,
            data_dir=Path(get("DATA_DIR") or d.data_dir),
            topic_prefix=_prefix(get("TOPIC_PREFIX") or d.topic_prefix),
            batch_size=_int("BATCH_SIZE", get("BATCH_SIZE"), d.batch_size, 1, 10_000),
            batch_wait_ms=_int("BATCH_WAIT_MS", get("BATCH_WAIT_MS"), d.batch_wait_ms, 1, 60_000),
            detect_batch_size=_int(
                "DETECT_BATCH_SIZE", get("DETECT_BATCH_SIZE"), d.detect_batch_size, 1, 100_000
            ),
            producer_linger_ms=_int(
                "PRODUCER_LINGER_MS", get("PRODUCER_LINGER_MS"), d.producer_linger_ms, 0, 1_000
            ),
            extract_processes=_int(
                "EXTRACT_PROCESSES", get("EXTRACT_PROCESSES"), d.extract_processes, 0, 64
            ),
            standby_replicas=_int(
                "STANDBY_REPLICAS", get("STANDBY_REPLICAS"), standbys, 0, 16
            ),
            ingest_token=get("INGEST_TOKEN"),
            group_instance_id=get("GROUP_INSTANCE_ID"),
            max_article_bytes=_int(
                "MAX_ARTICLE_BYTES", get("MAX_ARTICLE_BYTES"), d.max_article_bytes, 1, 2**31 - 1
            ),
            retention_days=_int("RETENTION_DAYS", get("RETENTION_DAYS"), d.retention_days, 1, 100_000),
            max_claims_per_key=_int(
                "MAX_CLAIMS_PER_KEY", get("MAX_CLAIMS_PER_KEY"), d.max_claims_per_key, 1, 10_000_000
            ),
        )

    def topic(self, name: str) -> str:
        """Full topic name: `articles` -> `claimwatch.articles`."""
        return f"{self.topic_prefix}.{name}"

    @property
    def articles_partitions(self) -> int:
        """Partitions of claimwatch.articles and claimwatch.cleaned."""
        return self.input_partitions or self.partitions

    @property
    def bootstrap_servers(self) -> list[str]:
        """The broker list in aiokafka's form (`host:port`, no scheme)."""
        return bootstrap_servers(self.broker)


def bootstrap_servers(broker: str) -> list[str]:
    """`kafka://a:9092;kafka://b:9092` (or comma-separated, or bare host:port) -> host:port list."""
    hosts = []
    for part in re.split(r"[;,]", broker):
        part = part.strip()
        if "://" in part:
            part = part.split("://", 1)[1]
        part = part.rstrip("/")
        if part:
            hosts.append(part)
    return hosts


def _broker(value: str) -> str:
    if "://" not in value:
        value = f"kafka://{value}"
    for part in re.split(r"[;,]", value):
        part = part.strip()
        if not part:
            continue
        scheme, _, rest = part.partition("://") if "://" in part else ("kafka", "", part)
        if scheme not in BROKER_SCHEMES or not _HOST_PORT.match(rest.rstrip("/")):
            raise SettingsError(
                f"{ENV_PREFIX}BROKER={value!r}: expected kafka://HOST:PORT (several joined by ';')"
            )
    return value


def _int(name: str, raw: str | None, default: int, low: int, high: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise SettingsError(f"{ENV_PREFIX}{name}={raw!r}: not a whole number") from None
    if not low <= value <= high:
        raise SettingsError(f"{ENV_PREFIX}{name}={raw!r}: must be between {low} and {high}")
    return value


def _store(value: str) -> str:
    scheme = value.split("://", 1)[0] if "://" in value else ""
    if scheme not in STORE_SCHEMES:
        raise SettingsError(f"{ENV_PREFIX}TABLE_STORE={value!r}: expected memory:// or rocksdb://")
    return value


def _prefix(value: str) -> str:
    # Kafka topic names allow [a-zA-Z0-9._-] only.
    if not re.fullmatch(r"[A-Za-z0-9._\-]{1,200}", value):
        raise SettingsError(
            f"{ENV_PREFIX}TOPIC_PREFIX={value!r}: only letters, digits, '.', '_' and '-'"
        )
    return value
