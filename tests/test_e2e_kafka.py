"""End to end on a real broker: feed -> worker (clean, extract, detect) -> alerts/deadletter.

All tests share one broker and the default topic names, so every article id carries a
fresh suffix and assertions look only at messages about this test's articles.
"""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import Kafka, Worker, read_topic, wait_for

pytestmark = pytest.mark.kafka

HERE = Path(__file__).parent
SEED = Path(__file__).parents[1].parent / "shared/wire/seed-article.txt"
CONTRADICTION = HERE / "data" / "contradicts_seed.jsonl"
SEED_PUBLISHED = "2022-02-27T12:00:00Z"

Cli = Callable[..., subprocess.CompletedProcess[str]]


def seed_article(article_id: str) -> dict[str, Any]:
    """The seed text as a JSON article with a fixed date (the file's mtime is arbitrary)."""
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent")
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines()]
    first = next(i for i, line in enumerate(lines) if line.strip())
    return {
        "id": article_id,
        "source": "Seed Wire",
        "published_at": SEED_PUBLISHED,
        "title": lines[first].strip(),
        "body": "\n".join(lines[first + 1 :]),
    }


def contradicting_article(article_id: str) -> dict[str, Any]:
    article = orjson.loads(CONTRADICTION.read_text(encoding="utf-8").splitlines()[0])
    return {**article, "id": article_id}


def write_jsonl(path: Path, *articles: dict[str, Any] | bytes) -> Path:
    path.write_bytes(b"".join((a if isinstance(a, bytes) else orjson.dumps(a)) + b"\n" for a in articles))
    return path


def wait_drained(worker: Worker, fed: int, before: dict[str, Any], timeout: float = 90) -> None:
    """Wait until the worker has taken `fed` more articles through every stage."""

    def drained() -> bool:
        c = worker.health()["counts"]
        return (
            c["clean"]["events_in"] >= before["clean"]["events_in"] + fed
            and c["extract"]["events_in"] + c["clean"]["deadlettered"] >= c["clean"]["events_in"]
            and c["detect"]["events_in"] >= c["extract"]["events_out"]
        )

    wait_for(f"the worker to process {fed} article(s)", drained, timeout=timeout)


def our_alerts(lines: list[str], seed_id: str, other_id: str) -> list[dict[str, Any]]:
    found = []
    for line in lines:
        if not line.strip():
            continue
        alert = orjson.loads(line)
        if {alert["claim"]["article_id"], alert["conflicts_with"]["article_id"]} == {
            seed_id,
            other_id,
        }:
            found.append(alert)
    return found


def assert_seed_alert(alerts: list[dict[str, Any]], seed_id: str, other_id: str) -> None:
    assert alerts, "no alert pairs the seed with the contradicting article"
    alert = alerts[0]
    by_article = {c["article_id"]: c for c in (alert["claim"], alert["conflicts_with"])}
    assert "4,300" in by_article[seed_id]["text"]
    assert "498" in by_article[other_id]["text"]
    assert alert["kind"] == "figure_mismatch"
    assert alert["claim"]["article_id"] == other_id, "the newer claim is the 498 one"


def test_seed_and_contradiction_raise_an_alert(
    kafka: Kafka, worker: Callable[..., Worker], cli: Cli, tmp_path: Path
) -> None:
    t0 = time.monotonic()
    w = worker()
    t_ready = time.monotonic() - t0
    run = uuid.uuid4().hex[:8]
    seed_id, other_id = f"seed-{run}", f"ru-mod-{run}"

    # The seed first and through the pipeline, so the 498 claim is the newer one.
    before = w.health()["counts"]
    fed = cli("feed", str(write_jsonl(tmp_path / "seed.jsonl", seed_article(seed_id))), env=kafka.env())
    assert fed.returncode == 0, fed.stderr
    wait_drained(w, 1, before)
    t1 = time.monotonic()
    before = w.health()["counts"]
    fed = cli(
        "feed",
        str(write_jsonl(tmp_path / "other.jsonl", contradicting_article(other_id))),
        env=kafka.env(),
    )
    assert fed.returncode == 0, fed.stderr

    def alert_printed() -> list[dict[str, Any]]:
        out = cli("alerts", "--json", "--timeout", "60", env=kafka.env())
        assert out.returncode == 0, out.stderr
        return our_alerts(out.stdout.splitlines(), seed_id, other_id)

    alerts = wait_for("the seed alert on claimwatch.alerts", alert_printed, timeout=90)
    t_alert = time.monotonic() - t1
    assert_seed_alert(alerts, seed_id, other_id)
    assert w.health()["status"] == "ok"
    print(f"\nworker ready {t_ready:.1f} s; contradiction fed -> alert read {t_alert:.1f} s")


def test_invalid_json_is_dead_lettered_and_the_worker_goes_on(
    kafka: Kafka, worker: Callable[..., Worker], cli: Cli, tmp_path: Path
) -> None:
    w = worker()
    run = uuid.uuid4().hex[:8]
    bad_line = f'{{"id": "bad-{run}", "title": oops'.encode()
    fed = cli("feed", "--raw", str(write_jsonl(tmp_path / "bad.jsonl", bad_line)), env=kafka.env())
    assert fed.returncode == 0, fed.stderr

    def dead_letter() -> dict[str, Any] | None:
        for _key, value in read_topic(kafka, "claimwatch.deadletter"):
            letter = orjson.loads(value or b"{}")
            if f"bad-{run}" in letter.get("payload", ""):
                return letter
        return None

    letter = wait_for("the dead letter", dead_letter, timeout=60)
    assert letter["reason"].startswith("invalid JSON:")
    assert letter["stage"] == "clean"
    assert letter["topic"] == "claimwatch.articles"
    assert isinstance(letter["partition"], int) and isinstance(letter["offset"], int)
    assert letter["payload"] == bad_line.decode()
    assert letter["size"] == len(bad_line)

    # The same worker still processes a valid article sent after the bad one.
    good_id = f"after-{run}"
    good = {**contradicting_article(good_id)}
    fed = cli("feed", str(write_jsonl(tmp_path / "good.jsonl", good)), env=kafka.env())
    assert fed.returncode == 0, fed.stderr

    def cleaned() -> bool:
        return any(k == good_id.encode() for k, _ in read_topic(kafka, "claimwatch.cleaned"))

    wait_for("the valid article on claimwatch.cleaned", cleaned, timeout=60)
    health = w.health()
    assert health["status"] == "ok"
    assert health["counts"]["clean"]["deadlettered"] >= 1
    assert w.proc.poll() is None
    status, metrics = w.get("/metrics")
    assert status == 200
    assert b'claimwatch_deadlettered_total{agent="clean"} 1.0' in metrics


def test_kcat_produces_and_consumes(kafka: Kafka, worker: Callable[..., Worker], tmp_path: Path) -> None:
    kcat = shutil.which("kcat")
    if kcat is None:
        pytest.skip("kcat is not installed (scripts/system-deps installs it)")
    w = worker()
    run = uuid.uuid4().hex[:8]
    seed_id, other_id = f"kseed-{run}", f"kru-mod-{run}"

    def produce(article: dict[str, Any]) -> None:
        subprocess.run(
            [kcat, "-b", kafka.bootstrap, "-P", "-t", "claimwatch.articles", "-k", article["id"]],
            input=orjson.dumps(article),
            check=True,
            capture_output=True,
            timeout=60,
        )

    before = w.health()["counts"]
    produce(seed_article(seed_id))
    wait_drained(w, 1, before)
    produce(contradicting_article(other_id))

    def consumed() -> list[dict[str, Any]]:
        out = subprocess.run(
            [
                kcat,
                "-b",
                kafka.bootstrap,
                "-C",
                "-t",
                "claimwatch.alerts",
                "-o",
                "beginning",
                "-e",
                "-q",
            ],
            capture_output=True,
            timeout=60,
            check=True,
        )
        return our_alerts(out.stdout.decode().splitlines(), seed_id, other_id)

    alerts = wait_for("kcat to read the alert", consumed, timeout=90, interval=1.0)
    assert_seed_alert(alerts, seed_id, other_id)


def test_claims_table_survives_a_worker_restart(
    kafka: Kafka, worker: Callable[..., Worker], cli: Cli, tmp_path: Path
) -> None:
    # memory:// tables live in the process; a new worker rebuilds them from the changelog.
    first = worker()
    run = uuid.uuid4().hex[:8]
    seed_id, other_id = f"rseed-{run}", f"rru-mod-{run}"
    before = first.health()["counts"]
    fed = cli("feed", str(write_jsonl(tmp_path / "seed.jsonl", seed_article(seed_id))), env=kafka.env())
    assert fed.returncode == 0, fed.stderr
    wait_drained(first, 1, before)
    first.stop()

    second = worker(fresh=False)
    fed = cli(
        "feed",
        str(write_jsonl(tmp_path / "other.jsonl", contradicting_article(other_id))),
        env=kafka.env(),
    )
    assert fed.returncode == 0, fed.stderr
    wait_drained(second, 1, {"clean": {"events_in": 0}})

    def alert_printed() -> list[dict[str, Any]]:
        out = cli("alerts", "--json", env=kafka.env())
        return our_alerts(out.stdout.splitlines(), seed_id, other_id)

    assert_seed_alert(wait_for("the alert after restart", alert_printed, timeout=60), seed_id, other_id)


def test_article_ids_are_forgotten_after_the_window_and_the_table_recovers_so(
    kafka: Kafka, worker: Callable[..., Worker], cli: Cli, tmp_path: Path
) -> None:
    # One id three times, on one partition (same key): the second copy is dated past the
    # window, so the first is forgotten and the second read as new; after a restart the
    # third copy is the second's duplicate (the changelog holds the deletion, then the copy).
    first = worker()
    article_id = f"forget-{uuid.uuid4().hex[:8]}"
    old = {"id": article_id, "source": "Kestria Herald", "published_at": "2020-01-01T09:00:00Z",
           "title": "Floods kill 14", "body": "Officials said 14 people died in the floods."}
    late = {**old, "published_at": "2020-06-01T09:00:00Z"}
    fed = cli("feed", str(write_jsonl(tmp_path / "two.jsonl", old, late)), env=kafka.env())
    assert fed.returncode == 0, fed.stderr

    def cleaned_twice() -> bool:
        copies = [k for k, _ in read_topic(kafka, "claimwatch.cleaned") if k == article_id.encode()]
        return len(copies) == 2

    wait_for("both copies on claimwatch.cleaned", cleaned_twice, timeout=60)
    changelog = [v for k, v in read_topic(kafka, "claimwatch-articles-changelog")
                 if k == orjson.dumps(article_id)]
    assert len(changelog) == 3 and changelog[1] is None  # remembered, forgotten, remembered
    assert orjson.loads(changelog[2] or b"[]")[2] == "2020-06-01"
    first.stop()

    second = worker(fresh=False)
    fed = cli("feed", str(write_jsonl(tmp_path / "again.jsonl", late)), env=kafka.env())
    assert fed.returncode == 0, fed.stderr

    def skipped() -> dict[str, Any] | None:
        for _key, value in read_topic(kafka, "claimwatch.deadletter"):
            letter = orjson.loads(value or b"{}")
            if letter.get("article_id") == article_id:
                return letter
        return None

    letter = wait_for("the third copy skipped as a duplicate", skipped, timeout=60)
    assert letter["reason"] == "skipped: duplicate article id"
    assert letter["details"]["first_offset"] == 1  # the second copy's
    assert second.proc.poll() is None
