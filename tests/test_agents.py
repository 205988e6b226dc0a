"""The agents' glue, without a broker: Faust's `agent.test_context()` feeds values straight
into an agent, and every `Topic.send` is captured instead of produced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
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


def test_clean_agent_survives_a_bug_in_the_core(
    sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
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
    return CleanArticle(
        article_id, "s", "2025-03-03T18:00:00Z", "T", (Segment("paragraph", "x"),)
    ).to_dict()


def test_extract_agent_batches_and_isolates_a_bad_article(
    sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract_mod, "_extractor", FakeExtractor())

    async def go() -> None:
        async with extract_mod.extract.test_context() as agent:
            for article_id in ("a1", "bad", "a2"):
                await agent.put(clean_dict(article_id))
            await agent.put({"not": "a clean article"})
            for _ in range(50):  # the batch is cut after `within` (1 s)
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


class FakeDetector:
    def detect(self, c: Claim) -> list[Alert]:
        if c.article_id == "boom":
            raise KeyError("store")
        earlier = claim("a0")
        return [Alert(f"al-{c.claim_id}", "figure_mismatch", 0.9, "x", c, earlier)]


def test_detect_agent_publishes_alerts_keyed_by_id(
    sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
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
