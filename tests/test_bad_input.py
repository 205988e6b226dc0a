"""Bad input on the real broker: every message is processed, dead-lettered with a reason, or
skipped with a reason, matched by its offset; the worker never stops.

The input is the corpus of faults.corpus (invalid JSON, missing and wrong-typed fields, empty
bodies and messages, a tombstone, oversized messages, binary bytes, HTML pages, articles in
four other languages, copies of articles already sent) plus garbage from hypothesis: raw
bytes, text, and article-like dicts with fields missing or of the wrong type. What each
message must become is computed with the worker's own functions (faults.corpus.
expected_outcomes), in topic order.
"""

from __future__ import annotations

import random
import re
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import Kafka, Worker, wait_for
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

# faults/ and bench/ run from the checkout (python -m faults.run); they are not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.wire import generate  # noqa: E402
from faults import kafka as kio  # noqa: E402
from faults.corpus import (  # noqa: E402
    DEADLETTER,
    PROCESSED,
    Message,
    article_message,
    bad_messages,
    expected_outcomes,
    interleave,
)

pytestmark = pytest.mark.kafka

ARTICLES = "claimwatch.articles"
# Lowered from 10 MB. The articles topic takes messages up to 1 MiB over the limit, so one
# of 1.1 MB (over Kafka's own 1 MB default) still reaches the worker and is dead-lettered;
# one of 3 MB is refused by the broker, and the producer is told.
MAX_BYTES = 100_000
EXAMPLES = 50

ENGLISH = (
    "Officials said 14 people died in the floods and more than 200 homes were damaged. "
    "Rescue teams were still searching for two people who were missing."
)
VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
    st.lists(st.integers(0, 9), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(0, 9), max_size=2),
)
ARTICLE_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=12).map(lambda s: f"hyp-{s}") | VALUES,
        "source": st.just("Kestria Herald") | VALUES,
        "published_at": st.sampled_from(["2025-03-03T18:00:00Z", "2025-03-03", "soon"]) | VALUES,
        "title": st.just("Floods kill 14") | VALUES,
        "body": st.just(ENGLISH) | st.text(max_size=200) | VALUES,
        "url": st.just("https://example.org/a") | VALUES,
    },
)


def draw(strategy: st.SearchStrategy[Any], n: int) -> list[Any]:
    """`n` examples of `strategy`, the same ones every run (derandomized)."""
    found: list[Any] = []

    @settings(
        max_examples=n,
        database=None,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        found.append(value)

    collect()
    return found


def garbage() -> list[Message]:
    out = [Message(None, b, "hypothesis-binary") for b in draw(st.binary(max_size=300), EXAMPLES)]
    out += [
        Message(None, t.encode("utf-8"), "hypothesis-text")
        for t in draw(st.text(max_size=300), EXAMPLES)
    ]
    for d in draw(ARTICLE_LIKE, EXAMPLES):
        key = d["id"].encode() if isinstance(d.get("id"), str) and d["id"] else None
        out.append(Message(key, orjson.dumps(d), "hypothesis-article"))
    return out


def test_every_bad_message_is_accounted_for(
    kafka: Kafka, worker: Callable[..., Worker]
) -> None:
    w = worker(CLAIMWATCH_MAX_ARTICLE_BYTES=str(MAX_BYTES))
    run = uuid.uuid4().hex[:8]
    articles = [{**a, "id": f"{a['id']}-{run}"} for a in generate(12, seed=3)]
    rng = random.Random(5)
    messages = interleave(articles, bad_messages(rng, articles, MAX_BYTES, tag=f"bad-{run}"))
    big = {**articles[0], "id": f"big-{run}", "body": "No figure was given. " * 52_400}
    messages.insert(5, article_message(big, "oversize-over-1MB"))
    messages[5:5] = garbage()
    messages.append(article_message({**articles[1], "id": f"last-{run}"}, "article"))
    over_1mb = next(m for m in messages if m.label == "oversize-over-1MB")
    assert 1_048_588 < len(over_1mb.value or b"") < MAX_BYTES + 1024 * 1024

    refused = {**articles[0], "id": f"refused-{run}", "body": "x" * 3_000_000}
    sent = kio.run(
        kio.produce(
            kafka.bootstrap,
            ARTICLES,
            [(m.key, m.value) for m in messages] + [(None, orjson.dumps(refused))],
            max_request_size=4 * 1024 * 1024,
        )
    )
    assert sent[-1].error is not None, "the broker took a 3 MB message"
    sent = sent[:-1]
    assert not [s.error for s in sent if s.error]

    # Expected outcomes per partition, in offset order (duplicates share a key, so a
    # partition).
    by_partition: dict[int, list[tuple[int, Message]]] = {}
    for message, where in zip(messages, sent, strict=True):
        assert where.partition is not None and where.offset is not None
        by_partition.setdefault(where.partition, []).append((where.offset, message))
    expected = {}
    for partition, items in by_partition.items():
        items.sort(key=lambda x: x[0])
        outcomes = expected_outcomes([m for _, m in items], MAX_BYTES)
        for (offset, message), outcome in zip(items, outcomes, strict=True):
            expected[(partition, offset)] = (message, outcome)
    to_process = {o.article.id for _, o in expected.values() if o.kind == PROCESSED and o.article}
    to_letter = {at for at, (_, o) in expected.items() if o.kind != PROCESSED}

    def accounted() -> tuple[dict[tuple[int, int], list[dict[str, Any]]], set[str]] | None:
        letters: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for r in kio.run(kio.read_topic(kafka.bootstrap, "claimwatch.deadletter")):
            letter = orjson.loads(r.value or b"{}")
            if letter.get("topic") == ARTICLES:
                letters.setdefault((letter["partition"], letter["offset"]), []).append(letter)
        cleaned = {
            (r.key or b"").decode()
            for r in kio.run(kio.read_topic(kafka.bootstrap, "claimwatch.cleaned"))
        }
        if to_letter <= set(letters) and to_process <= cleaned:
            return letters, cleaned
        return None

    letters, cleaned = wait_for("every message accounted for", accounted, timeout=180, interval=2)
    problems = []
    for at, (message, outcome) in sorted(expected.items()):
        got = letters.get(at, [])
        if outcome.kind == PROCESSED:
            if got:
                problems.append(f"{message.label} at {at} dead-lettered: {got[0]['reason']}")
            continue
        reasons = {letter["reason"] for letter in got}
        if not all(outcome.matches(r) for r in reasons):
            problems.append(f"{message.label} at {at}: {reasons}, expected {outcome.reason!r}")
        for letter in got:
            assert letter["stage"] == "clean"
            if outcome.kind == DEADLETTER:
                assert "skipped" not in letter["details"]
            else:
                assert letter["details"]["skipped"] in ("duplicate", "language")
    assert not problems, "\n".join(problems)

    labels = {m.label for m, o in expected.values() if o.kind != PROCESSED}
    assert {
        "invalid-json", "missing-field", "wrong-type", "empty-body", "empty-message",
        "tombstone", "oversize", "oversize-over-1MB", "binary", "html-0", "language-de",
        "duplicate-id", "hypothesis-binary", "hypothesis-text", "hypothesis-article",
    } <= labels

    # The worker is still up and took the last article after all that.
    assert f"last-{run}" in cleaned
    health = w.health()
    assert w.proc.poll() is None and health["status"] == "ok"
    assert "expired" in health["detector"]
    status, metrics = w.get("/metrics")
    assert status == 200
    skipped = {
        reason: float(n)
        for reason, n in re.findall(rb'claimwatch_skipped_total\{reason="(\w+)"\} (\S+)', metrics)
    }
    n_skipped = sum(1 for _, o in expected.values() if o.kind not in (PROCESSED, DEADLETTER))
    assert sum(skipped.values()) >= n_skipped  # replays could only add
    assert skipped[b"language"] >= 4
