"""The `claimwatch` command line: help, feed's per-line errors, check, and clean failures.

Broker-free except where marked `kafka`. Commands run as subprocesses, as a user runs them.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import Kafka, free_port, read_topic, wait_for

from claimwatch.detect import Detector
from streams.cli import text_file_article
from streams.settings import Settings, SettingsError, bootstrap_servers

HERE = Path(__file__).parent
CONTRADICTION = HERE / "data" / "contradicts_seed.jsonl"

Cli = Callable[..., subprocess.CompletedProcess[str]]

GOOD = {
    "id": "g1",
    "source": "Kestria Herald",
    "published_at": "2025-03-03T18:00:00Z",
    "title": "Floods kill 14 in Port Aldren",
    "body": "Officials in Port Aldren said 14 people died when the river burst its banks.",
}
GOOD2 = {
    **GOOD,
    "id": "g2",
    "published_at": "2025-03-04T09:00:00Z",
    "body": "The director of the central hospital said 31 people had died in Port Aldren.",
}


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    return {**env, **extra}


def closed_broker() -> str:
    return f"kafka://127.0.0.1:{free_port()}"  # nothing listens there


def jsonl(path: Path, *lines: bytes | Mapping[str, object]) -> Path:
    path.write_bytes(b"".join((x if isinstance(x, bytes) else orjson.dumps(x)) + b"\n" for x in lines))
    return path


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


# --- help ------------------------------------------------------------------------------------


def test_help_lists_the_commands(cli: Cli) -> None:
    out = cli("--help")
    assert out.returncode == 0
    for command in ("worker", "feed", "alerts", "check"):
        assert command in out.stdout


@pytest.mark.parametrize("command", ["worker", "feed", "alerts", "check"])
def test_each_command_has_help(cli: Cli, command: str) -> None:
    out = cli(command, "--help")
    assert out.returncode == 0, out.stderr
    assert "Usage: claimwatch " + command in out.stdout


# --- feed ------------------------------------------------------------------------------------


def test_feed_reports_bad_lines_and_exits_1(cli: Cli, tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "in.jsonl",
        GOOD,
        b'{"id": "x", oops',
        {**GOOD, "id": "no-body", "body": " "},
        b"",  # blank lines are skipped, not errors
        GOOD2,
        {k: v for k, v in GOOD.items() if k != "published_at"},
    )
    out = cli("feed", "--dry-run", str(path), env=clean_env())
    assert out.returncode == 1, out.stderr
    assert "line 2: invalid JSON:" in out.stderr
    assert "line 3: field 'body' is empty" in out.stderr
    assert "line 6: missing field 'published_at'" in out.stderr
    assert "line 1:" not in out.stderr and "line 5:" not in out.stderr
    assert "2 article(s) valid, 3 bad" in out.stderr
    assert out.stdout == ""


def test_feed_all_good_exits_0(cli: Cli, tmp_path: Path) -> None:
    out = cli("feed", "--dry-run", str(jsonl(tmp_path / "in.jsonl", GOOD, GOOD2)), env=clean_env())
    assert out.returncode == 0, out.stderr
    assert "2 article(s) valid, 0 bad" in out.stderr


def test_feed_reads_stdin(cli: Cli) -> None:
    data = orjson.dumps(GOOD) + b"\nnot json\n"
    out = cli("feed", "--dry-run", "-", env=clean_env(), input=data)
    assert out.returncode == 1
    assert "line 2: invalid JSON:" in out.stderr


def test_feed_text_files(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "story-1.txt").write_text("\n\nFloods kill 14\n\nOfficials said 14 died.\n")
    (folder / "empty.txt").write_text("Only a title\n")
    (folder / "notes.md").write_text("ignored")
    out = cli("feed", "--dry-run", str(folder), env=clean_env())
    assert out.returncode == 1
    assert f"{folder / 'empty.txt'}: field 'body' is empty" in out.stderr
    assert "1 article(s) valid, 1 bad" in out.stderr
    out = cli("feed", "--dry-run", str(folder / "story-1.txt"), env=clean_env())
    assert out.returncode == 0, out.stderr


def test_text_file_article(tmp_path: Path) -> None:
    path = tmp_path / "seed-article.txt"
    path.write_text("\n  Headline here  \nFirst paragraph.\n\nSecond.\n")
    os.utime(path, (0, 86400))
    article = text_file_article(path)
    assert article == {
        "id": "seed-article",
        "source": "file",
        "published_at": "1970-01-02T00:00:00Z",
        "title": "Headline here",
        "body": "First paragraph.\n\nSecond.",
    }


def test_feed_missing_path(cli: Cli, tmp_path: Path) -> None:
    assert_one_line_error(cli("feed", str(tmp_path / "nope.jsonl"), env=clean_env()), "nope")


def test_feed_unreachable_broker(cli: Cli, tmp_path: Path) -> None:
    broker = closed_broker()
    path = jsonl(tmp_path / "in.jsonl", GOOD)
    out = cli("feed", "--broker", broker, str(path), env=clean_env())
    assert_one_line_error(out, "cannot reach the Kafka broker", broker)


# --- alerts and worker without a broker --------------------------------------------------------


def test_alerts_unreachable_broker(cli: Cli) -> None:
    broker = closed_broker()
    assert_one_line_error(cli("alerts", "--broker", broker, env=clean_env()), broker)


def test_worker_unreachable_broker(cli: Cli, tmp_path: Path) -> None:
    broker = closed_broker()
    env = clean_env(CLAIMWATCH_BROKER=broker, CLAIMWATCH_DATA_DIR=str(tmp_path))
    assert_one_line_error(cli("worker", env=env, timeout=60), "cannot reach", broker)


@pytest.mark.parametrize(
    "name, value",
    [
        ("CLAIMWATCH_PARTITIONS", "four"),
        ("CLAIMWATCH_WEB_PORT", "70000"),
        ("CLAIMWATCH_TABLE_STORE", "redis://"),
        ("CLAIMWATCH_BROKER", "http://x:1"),
    ],
)
def test_bad_setting_is_one_line(cli: Cli, name: str, value: str) -> None:
    out = cli("feed", "--dry-run", str(CONTRADICTION), env=clean_env(**{name: value}))
    assert_one_line_error(out, name)


# --- settings --------------------------------------------------------------------------------


def test_settings_defaults() -> None:
    s = Settings.from_env({})
    assert s.broker == "kafka://127.0.0.1:9092"
    assert (s.web_host, s.web_port, s.partitions, s.batch_size) == ("127.0.0.1", 6066, 4, 16)
    assert s.table_store == "memory://"
    assert s.topic("articles") == "claimwatch.articles"
    assert s.ingest_token is None
    assert s.max_article_bytes == 10 * 1024 * 1024


def test_settings_from_env() -> None:
    s = Settings.from_env(
        {
            "CLAIMWATCH_BROKER": "127.0.0.1:1234",
            "CLAIMWATCH_PARTITIONS": "8",
            "CLAIMWATCH_TABLE_STORE": "rocksdb://",
            "CLAIMWATCH_TOPIC_PREFIX": "cw-test",
            "CLAIMWATCH_INGEST_TOKEN": "s3cret",
            "CLAIMWATCH_MAX_ARTICLE_BYTES": "1_000",
            "CLAIMWATCH_PRODUCER_LINGER_MS": "10",
            "CLAIMWATCH_STANDBY_REPLICAS": "0",
        }
    )
    assert s.producer_linger_ms == 10 and s.standby_replicas == 0
    # a standby copy only helps a store that keeps what it read (rocksdb://)
    assert Settings.from_env({}).standby_replicas == 0
    assert Settings.from_env({"CLAIMWATCH_TABLE_STORE": "rocksdb://"}).standby_replicas == 1
    assert s.broker == "kafka://127.0.0.1:1234"
    assert s.bootstrap_servers == ["127.0.0.1:1234"]
    assert (s.partitions, s.table_store, s.max_article_bytes) == (8, "rocksdb://", 1000)
    assert s.topic("alerts") == "cw-test.alerts"
    assert s.ingest_token == "s3cret"
    with pytest.raises(SettingsError, match="CLAIMWATCH_BATCH_SIZE"):
        Settings.from_env({"CLAIMWATCH_BATCH_SIZE": "0"})
    with pytest.raises(SettingsError, match="CLAIMWATCH_PRODUCER_LINGER_MS"):
        Settings.from_env({"CLAIMWATCH_PRODUCER_LINGER_MS": "-1"})
    with pytest.raises(SettingsError, match="CLAIMWATCH_TOPIC_PREFIX"):
        Settings.from_env({"CLAIMWATCH_TOPIC_PREFIX": "has space"})


def test_bootstrap_servers() -> None:
    assert bootstrap_servers("kafka://a:1;kafka://b:2") == ["a:1", "b:2"]
    assert bootstrap_servers("a:1,b:2") == ["a:1", "b:2"]


# --- check -----------------------------------------------------------------------------------


def test_check_prints_alerts_and_reports_bad_lines(cli: Cli, tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "in.jsonl",
        GOOD,
        b"<html>not an article</html>",
        GOOD2,
        {**GOOD, "id": "late", "published_at": "yesterday"},
    )
    out = cli("check", str(path), env=clean_env())
    assert out.returncode == 1, out.stderr
    assert "line 2: an HTML page, not a JSON article" in out.stderr
    assert "line 4: field 'published_at' is not an ISO 8601 time" in out.stderr
    alerts = [orjson.loads(line) for line in out.stdout.splitlines()]
    assert alerts, "hospital 31 vs officials 14 should conflict"
    pair = {alerts[0]["claim"]["article_id"], alerts[0]["conflicts_with"]["article_id"]}
    assert pair == {"g1", "g2"}
    assert "\x1b[" not in out.stderr  # no progress bar when stderr is not a terminal


def test_check_missing_file(cli: Cli, tmp_path: Path) -> None:
    assert_one_line_error(cli("check", str(tmp_path / "nope.jsonl"), env=clean_env()), "nope")


# --- feed against the broker ------------------------------------------------------------------


@pytest.mark.kafka
def test_feed_sends_good_lines_despite_bad_ones(cli: Cli, kafka: Kafka, tmp_path: Path) -> None:
    topic = f"cli-test-{free_port()}"
    path = jsonl(tmp_path / "in.jsonl", GOOD, b"{oops", GOOD2)
    out = cli("feed", "--topic", topic, str(path), env=kafka.env())
    assert out.returncode == 1, out.stderr
    assert "line 2: invalid JSON:" in out.stderr
    assert "2 article(s) sent to " + topic in out.stderr
    messages = wait_for("the fed articles", lambda: read_topic(kafka, topic), timeout=30)
    assert sorted(key for key, _ in messages) == [b"g1", b"g2"]
    assert {orjson.loads(v or b"")["id"] for _, v in messages} == {"g1", "g2"}


@pytest.mark.kafka
def test_alerts_on_empty_topic(cli: Cli, kafka: Kafka) -> None:
    topic = f"cli-empty-{free_port()}"
    out = cli("alerts", "--topic", topic, env=kafka.env())
    assert out.returncode == 0, out.stderr
    assert out.stdout == ""
    out = cli("alerts", "--topic", topic, "--timeout", "1", env=kafka.env())
    assert out.returncode == 1
    assert "no alerts" in out.stderr


def test_a_core_failure_costs_one_article_not_the_run() -> None:
    from claimwatch.pipeline import Outcome, Pipeline

    class Extractor:  # the real one, except that it fails on one article
        def extract_batch(self, articles: list[Any]) -> list[list[Any]]:
            if any(a.id == "bad" for a in articles):
                raise ValueError("boom")
            return [[] for _ in articles]

    pipeline = Pipeline.__new__(Pipeline)
    pipeline.extractor = Extractor()  # type: ignore[assignment]
    pipeline.detector = Detector({})
    pipeline.batch_size = 16
    lines = [
        orjson.dumps({"id": i, "source": "W", "published_at": "2024-05-01T00:00:00Z", "title": "",
                      "body": "Police said 14 people died."})
        for i in ("a", "bad", "c")
    ]
    outcomes: list[Outcome] = list(pipeline.process_raw(lines))
    assert [(o.article_id, o.error) for o in outcomes] == [
        ("a", None), ("bad", "extract failed: ValueError: boom"), ("c", None)
    ]
