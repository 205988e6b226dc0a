"""The agents' glue, without a broker: Faust's `agent.test_context()` feeds values straight
into an agent, and every `Topic.send` is captured instead of produced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import orjson
import pytest
from faust.topics import Topic

from agents import clean as clean_mod
from agents import detect as detect_mod
from agents import extract as extract_mod
from schemas import Alert, Claim, CleanArticle, Segment

Sent = list[tuple[str, Any, Any]]

ARTICLE = {
    "id": "a1",
    "source": "Kestria Herald",
    "published_at": "2025-03-03T18:00:00Z",
    "title": "Floods kill 14",
    "body": "Officials said 14 people died.",
}


@pytest.fixture(autouse=True)
def empty_tables() -> Iterator[None]:
    """The agents' tables are module-level (memory store): each test starts them empty, as a
    fresh deployment would."""
    from streams.app import guard

    for table in (clean_mod.first_seen, detect_mod.claims_table):
        table.data.clear()
    guard.next.clear()  # offsets start again in each test context
    clean_mod.forgetting = clean_mod.Forgetting(clean_mod.forgetting.days)  # nothing swept yet
    yield
    for table in (clean_mod.first_seen, detect_mod.claims_table):
        table.data.clear()


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sent]:
    out: Sent = []

    async def send(self: Topic, *, key: Any = None, value: Any = None, **_: Any) -> None:
        out.append((self.get_topic_name(), key, value))

    monkeypatch.setattr(Topic, "send", send)
    yield out


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_clean_agent_cleans_and_dead_letters(sent: Sent) -> None:
    async def go() -> None:
        async with clean_mod.clean.test_context() as agent:
            await agent.put(b'{"id": "x", oops')
            await agent.put(orjson.dumps(ARTICLE))
            await agent.put(orjson.dumps({**ARTICLE, "id": "a2", "body": ""}))

    run(go())
    assert [(topic, key) for topic, key, _ in sent] == [
        ("claimwatch.deadletter", None),
        ("claimwatch.cleaned", "a1"),
        ("claimwatch.deadletter", "a2"),
    ]
    letter = sent[0][2]
    assert letter["stage"] == "clean" and letter["reason"].startswith("invalid JSON:")
    assert letter["payload"] == '{"id": "x", oops' and letter["size"] == 16
    assert sent[2][2]["reason"] == "field 'body' is empty"
    assert CleanArticle.from_dict(sent[1][2]).title == "Floods kill 14"


def test_clean_agent_survives_a_bug_in_the_core(sent: Sent, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Any) -> Any:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(clean_mod, "clean_article", broken)

    async def go() -> None:
        async with clean_mod.clean.test_context() as agent:
            await agent.put(orjson.dumps(ARTICLE))
            await agent.put(orjson.dumps({**ARTICLE, "id": "a2"}))

    run(go())
    assert [topic for topic, _, _ in sent] == ["claimwatch.deadletter"] * 2
    assert sent[0][2]["reason"] == "clean failed: RuntimeError: boom"


def claim(article_id: str, key: str = "deaths") -> Claim:
    return Claim(
        claim_id=f"{article_id}:0",
        article_id=article_id,
        source="s",
        published_at="2025-03-03T18:00:00Z",
        speaker="Officials",
        side="officials",
        kind="figure",
        key=key,
        text="Officials said 14 people died.",
    )


class FakeExtractor:
    """One claim per article; the article with id "bad" breaks any batch it is in."""

    def extract_batch(self, articles: list[CleanArticle]) -> list[list[Claim]]:
        if any(a.id == "bad" for a in articles):
            raise ValueError("cannot parse")
        return [[claim(a.id, key=f"deaths|{a.id}")] for a in articles]


def clean_dict(article_id: str) -> dict[str, Any]:
    return CleanArticle(article_id, "s", "2025-03-03T18:00:00Z", "T", (Segment("paragraph", "x"),)).to_dict()


def test_extract_agent_batches_and_isolates_a_bad_article(
    sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agents.extract_pool import InThread

    monkeypatch.setattr(extract_mod, "extraction", InThread(FakeExtractor))

    async def go() -> None:
        async with extract_mod.extract.test_context() as agent:
            for article_id in ("a1", "bad", "a2"):
                await agent.put(clean_dict(article_id))
            await agent.put({"not": "a clean article"})
            for _ in range(50):  # the batch is cut after the batch wait
                if len(sent) >= 4:
                    break
                await asyncio.sleep(0.1)

    run(go())
    claims = [(key, value["article_id"]) for topic, key, value in sent if topic.endswith("claims")]
    assert claims == [("deaths|a1", "a1"), ("deaths|a2", "a2")]
    letters = [value for topic, _, value in sent if topic.endswith("deadletter")]
    assert {(d["stage"], d["article_id"]) for d in letters} == {
        ("extract", "bad"),
        ("extract", None),
    }
    assert any(d["reason"] == "extract failed: ValueError: cannot parse" for d in letters)


class Acks:
    """Stands in for the extract agent's stream: records which events it acknowledged."""

    def __init__(self) -> None:
        self.acked: list[str] = []

    async def ack(self, event: Any) -> bool:
        self.acked.append(event)
        return True


@pytest.fixture
def deliveries(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[asyncio.Future[None]]]:
    """Each Topic.send returns a delivery future that the test resolves (or fails) itself."""
    out: list[asyncio.Future[None]] = []

    async def send(self: Topic, **_: Any) -> asyncio.Future[None]:
        out.append(asyncio.get_running_loop().create_future())
        return out[-1]

    monkeypatch.setattr(Topic, "send", send)
    yield out


async def send_one_batch(article_id: str) -> tuple[Acks, asyncio.Future[None]]:
    """Start the extract agent's second stage on one batch that spaCy has read already;
    return what it acknowledges and the stage's task."""
    claims = asyncio.get_running_loop().create_future()
    claims.set_result([[claim(article_id).to_dict()]])
    article = CleanArticle.from_dict(clean_dict(article_id))
    batch = extract_mod._Batch([article_id], [(article_id, article)], [], claims)  # type: ignore[list-item]
    acks, with_spacy = Acks(), asyncio.Semaphore(2)
    await with_spacy.acquire()  # as the first stage did when it handed the batch on
    queue: asyncio.Queue[Any] = asyncio.Queue()
    queue.put_nowait(batch)
    sender = asyncio.ensure_future(extract_mod._send_batches(acks, queue, with_spacy))  # type: ignore[arg-type]
    sender.add_done_callback(extract_mod._stop_if_sender_failed)
    await asyncio.sleep(0.05)
    return acks, sender


def test_extract_acknowledges_a_batch_only_once_its_claims_are_on_the_broker(
    deliveries: list[asyncio.Future[None]],
) -> None:
    async def go() -> None:
        acks, sender = await send_one_batch("a1")
        assert len(deliveries) == 1 and acks.acked == []  # sent, not yet on the broker
        deliveries[0].set_result(None)
        await asyncio.sleep(0.05)
        assert acks.acked == ["a1"]
        sender.cancel()

    run(go())


def test_extract_stops_the_worker_when_a_batch_cannot_be_delivered(
    deliveries: list[asyncio.Future[None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(extract_mod.guard, "exit", exits.append)

    async def go() -> None:
        acks, sender = await send_one_batch("a1")
        deliveries[0].set_exception(RuntimeError("broker gone"))
        with pytest.raises(RuntimeError):
            await sender
        await asyncio.sleep(0)  # done callbacks run on the next turn of the loop
        assert acks.acked == []  # read again from the committed offset after the restart

    run(go())
    assert exits == [75]


def test_extract_reads_the_next_batch_while_one_is_delivered(
    deliveries: list[asyncio.Future[None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agents.extract_pool import InThread

    batches: list[list[str]] = []

    class Recording(FakeExtractor):
        def extract_batch(self, articles: list[CleanArticle]) -> list[list[Claim]]:
            batches.append([a.id for a in articles])
            return super().extract_batch(articles)

    monkeypatch.setattr(extract_mod, "extraction", InThread(Recording))
    size = extract_mod.settings.batch_size

    async def go() -> None:
        async with extract_mod.extract.test_context() as agent:
            for n in range(size + 1):
                await agent.put(clean_dict(f"a{n}"))
            for _ in range(50):  # the second batch is cut after the batch wait
                if len(batches) == 2:
                    break
                await asyncio.sleep(0.1)
            # No delivery has been confirmed, yet spaCy has read both batches, in order.
            assert not any(d.done() for d in deliveries)

    run(go())
    assert batches == [[f"a{n}" for n in range(size)], [f"a{size}"]]


class FakeDetector:
    def check(self, c: Claim, row: dict[str, Any]) -> tuple[list[Alert], dict[str, Any]]:
        if c.article_id == "boom":
            raise KeyError("store")
        earlier = claim("a0")
        return [Alert(f"al-{c.claim_id}", "figure_mismatch", 0.9, "x", c, earlier)], row


def test_detect_agent_publishes_alerts_keyed_by_id(sent: Sent, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect_mod, "detector", FakeDetector())

    async def go() -> None:
        async with detect_mod.detect.test_context() as agent:
            await agent.put(claim("boom").to_dict())
            await agent.put(claim("a1").to_dict())

    run(go())
    assert [(topic, key) for topic, key, _ in sent] == [
        ("claimwatch.deadletter", None),
        ("claimwatch.alerts", "al-a1:0"),
    ]
    assert sent[0][2]["stage"] == "detect"
    assert Alert.from_dict(sent[1][2]).claim.article_id == "a1"


def test_claims_table_is_json_and_co_partitioned() -> None:
    table = detect_mod.claims_table
    assert table.value_serializer == "orjson" and table.key_serializer == "orjson"
    assert table.default is None  # a missing key reads as None, as in a dict
    from streams.app import topics

    assert table.partitions == topics.claims.partitions


def test_health_payload_without_a_running_worker() -> None:
    from streams.app import app
    from streams.web import health

    payload = health(app)
    assert payload["status"] == "ok"
    assert payload["ready"] is False  # no partitions assigned, no model loaded
    assert set(payload["agents"]) == {
        "agents.clean.clean",
        "agents.extract.extract",
        "agents.detect.detect",
    }
    assert set(payload["counts"]) == {"clean", "extract", "detect"}
    assert set(payload["counts"]["clean"]) == {"events_in", "events_out", "errors", "deadlettered"}
    assert "claims_seen" in payload["detector"]


GERMAN = {
    **ARTICLE,
    "id": "de1",
    "title": "Hochwasser fordert 14 Todesopfer",
    "body": "Die Behörden teilten am Montag mit, dass bei dem Hochwasser im Süden des Landes "
    "mindestens vierzehn Menschen ums Leben gekommen sind. Hunderte mussten ihre Häuser "
    "verlassen.",
}


def test_clean_agent_skips_duplicates_but_not_replays(sent: Sent) -> None:
    async def go() -> None:
        async with clean_mod.clean.test_context() as agent:
            await agent.put(orjson.dumps(ARTICLE))  # offset 0: the first copy
            await agent.put(orjson.dumps({**ARTICLE, "title": "Other"}))  # offset 1: same id
            agent.sent_offset = 0  # the first message read again after a crash
            await agent.put(orjson.dumps(ARTICLE))

    run(go())
    assert [(topic, key) for topic, key, _ in sent] == [
        ("claimwatch.cleaned", "a1"),
        ("claimwatch.deadletter", "a1"),
        ("claimwatch.cleaned", "a1"),
    ]
    letter = sent[1][2]
    assert letter["reason"] == "skipped: duplicate article id"
    assert letter["details"] == {"skipped": "duplicate", "first_partition": 0, "first_offset": 0}
    assert letter["offset"] == 1


def test_clean_agent_skips_other_languages(sent: Sent) -> None:
    async def go() -> None:
        async with clean_mod.clean.test_context() as agent:
            await agent.put(orjson.dumps(GERMAN))
            await agent.put(orjson.dumps(ARTICLE))

    run(go())
    assert [(topic, key) for topic, key, _ in sent] == [
        ("claimwatch.deadletter", "de1"),
        ("claimwatch.cleaned", "a1"),
    ]
    letter = sent[0][2]
    assert letter["reason"] == "skipped: language de"
    assert letter["details"]["skipped"] == "language" and letter["details"]["language"] == "de"


def test_detect_agent_replays_identical_alerts(sent: Sent) -> None:
    """A claim read again (after a crash) publishes the same alert, and no new one."""
    first = Claim(
        claim_id="u:0",
        article_id="u",
        source="Kyiv Post",
        published_at="2022-03-02T10:00:00Z",
        speaker="Ukraine's General Staff",
        side="ukraine",
        kind="figure",
        key="deaths",
        text="Ukraine's General Staff said 5,840 Russian soldiers had been killed.",
        measure="deaths",
        subject="russia military",
        low=5840.0,
        high=5840.0,
        figure_text="5,840",
        as_of="2022-03-02",
        region=("russia", "ukraine"),
    )
    second = Claim(
        **{
            **first.to_dict(),
            "claim_id": "r:0",
            "article_id": "r",
            "side": "russia",
            "speaker": "Russia's defence ministry",
            "low": 498.0,
            "high": 498.0,
            "figure_text": "498",
            "text": "Russia's defence ministry said 498 soldiers had died.",
            "published_at": "2022-03-02T15:00:00Z",
        }
    )

    async def go() -> None:
        async with detect_mod.detect.test_context() as agent:
            for c in (first, second, second):
                await agent.put(c.to_dict())

    run(go())
    alerts = [value for topic, _, value in sent if topic == "claimwatch.alerts"]
    assert len(alerts) == 2 and alerts[0] == alerts[1]
    assert detect_mod.detector.stats.claims_replayed >= 1


def test_detect_agent_writes_a_row_once_per_batch(
    sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Claims of one key in one batch: every claim is detected against the ones before it,
    and the row goes to the changelog once (its head, which holds a row's last claims), in the
    partition the claims came from."""
    table = detect_mod.claims_table
    writes: list[tuple[int | None, Any, int]] = []
    send = table.send_changelog

    def send_changelog(partition: int | None, key: Any, value: Any, *args: Any, **kw: Any) -> Any:
        writes.append((partition, key, len(value) if isinstance(value, list) else value["count"]))
        return send(partition, key, value, *args, **kw)

    monkeypatch.setattr(table, "send_changelog", send_changelog)
    # The batch is cut when the third claim arrives, however slowly the test runs.
    monkeypatch.setattr(
        detect_mod, "settings", replace(detect_mod.settings, detect_batch_size=3, batch_wait_ms=60_000)
    )
    claims = [claim(f"a{i}") for i in range(1, 4)]

    async def go() -> None:
        async with detect_mod.detect.test_context() as agent:
            for c in claims:
                await agent.put(c.to_dict(), key=c.key, partition=2)

    run(go())
    assert writes == [(2, "deaths", 3)]  # the head, its tail holding the three claims
    row = detect_mod.claim_rows["deaths"]
    assert [c["claim_id"] for c in row["claims"]] == [c.claim_id for c in claims]


def test_forgetting_sweeps_a_partition_once_every_tenth_of_the_window() -> None:
    forgetting = clean_mod.Forgetting(60)
    today = date(2025, 6, 1)
    assert forgetting.horizon(0, "2025-03-03T18:00:00Z", today) == "2025-01-02"  # first: sweep
    assert forgetting.horizon(0, "2025-03-08T09:00:00Z", today) is None  # 5 days on: not yet
    assert forgetting.horizon(1, "2025-03-08T09:00:00Z", today) == "2025-01-07"  # its own
    assert forgetting.horizon(0, "2025-03-09", today) == "2025-01-08"  # 6 days on
    # a date after today counts as today: a wrong year must not wipe the memory
    assert forgetting.horizon(0, "2099-01-01T00:00:00Z", today) == "2025-04-02"
    assert forgetting.horizon(0, "not a date", today) is None


def test_forgotten_ids_are_the_partitions_ids_before_the_horizon() -> None:
    entries = {
        "old": [0, 1, "2025-01-01"],
        "recent": [0, 2, "2025-03-01"],
        "other partition": [1, 3, "2025-01-01"],
        "written before days were kept": [0, 4],
        "not an entry": "?",
    }
    assert clean_mod.forgotten(entries.items(), 0, "2025-02-01") == [
        "old",
        "written before days were kept",
    ]


def test_clean_agent_forgets_article_ids_past_the_window(sent: Sent) -> None:
    window = clean_mod.forgetting.days
    later = (date(2025, 3, 3) + timedelta(days=window + 1)).isoformat() + "T08:00:00Z"

    async def go() -> None:
        async with clean_mod.clean.test_context() as agent:
            await agent.put(orjson.dumps(ARTICLE))  # 2025-03-03
            await agent.put(orjson.dumps({**ARTICLE, "id": "a2", "published_at": later}))
            await agent.put(orjson.dumps({**ARTICLE, "published_at": later}))  # a1 again

    run(go())
    assert "a1" in clean_mod.first_seen  # remembered again, from its new copy
    assert [(topic, key) for topic, key, _ in sent] == [
        ("claimwatch.cleaned", "a1"),
        ("claimwatch.cleaned", "a2"),
        ("claimwatch.cleaned", "a1"),  # forgotten: read as a new article
    ]
