"""The web view: its parts without a broker, then the endpoints of a real worker with curl.

The broker tests talk to the worker the way a user or a script would, with `curl` in a
subprocess; the worker has an ingest token and a small body limit so the 413 path is cheap.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import Kafka, Worker, read_topic, wait_for
from test_e2e_kafka import contradicting_article, seed_article, wait_drained

from streams import metrics
from streams.web_alerts import AlertFeed, decode_alert, matches, sse_events, sse_message
from streams.web_claims import search, timeline
from streams.web_ingest import Refused, check_length, check_token, read_body, validate
from streams.web_stats import partition_lag

WEBUI = Path(__file__).resolve().parents[1] / "streams" / "webui"
TOKEN = "s3cret-ingest-token"
BODY_LIMIT = 64 * 1024


def claim(**fields: Any) -> dict[str, Any]:
    base = {
        "claim_id": "c1",
        "article_id": "a1",
        "source": "World Desk",
        "published_at": "2022-03-02T12:00:00Z",
        "speaker": "Russia's defence ministry",
        "side": "russia",
        "kind": "figure",
        "key": "deaths",
        "text": "498 soldiers were killed.",
        "low": 498.0,
        "high": 498.0,
        "figure_text": "498",
        "as_of": "2022-03-02",
    }
    return {**base, **fields}


def alert(alert_id: str, kind: str = "figure_mismatch", source: str = "World Desk") -> dict:
    return {
        "alert_id": alert_id,
        "kind": kind,
        "confidence": 0.9,
        "explanation": "498 vs 4,300",
        "claim": claim(source=source),
        "conflicts_with": claim(claim_id="c0", article_id="a0", source="Seed Wire", side="ukraine"),
        "detected_at": "2022-03-02T12:00:00Z",
    }


# --- without a broker ----------------------------------------------------------------------


class Chunks:
    """A request body arriving in pieces, like aiohttp's StreamReader."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = list(chunks)
        self.reads = 0

    async def read(self, n: int = -1) -> bytes:
        self.reads += 1
        return self.chunks.pop(0) if self.chunks else b""


def test_ingest_checks_token_size_and_content() -> None:
    with pytest.raises(Refused) as no_config:
        check_token(None, f"Bearer {TOKEN}")
    assert no_config.value.status == 403 and "ingest disabled" in no_config.value.reason
    for header in (None, "", "Basic abc", "Bearer ", f"Bearer {TOKEN}x", TOKEN):
        with pytest.raises(Refused) as refused:
            check_token(TOKEN, header)
        assert refused.value.status == 401, header
    check_token(TOKEN, f"Bearer {TOKEN}")
    check_token(TOKEN, f"bearer  {TOKEN} ")

    with pytest.raises(Refused) as big:
        check_length(BODY_LIMIT + 1, BODY_LIMIT)
    assert big.value.status == 413
    check_length(None, BODY_LIMIT)

    stream = Chunks(b"x" * 40_000, b"x" * 40_000, b"x" * 40_000, b"never read")
    with pytest.raises(Refused) as streamed:
        asyncio.run(read_body(stream, BODY_LIMIT))
    assert streamed.value.status == 413 and stream.reads == 2  # stopped at the limit
    assert asyncio.run(read_body(Chunks(b"ab", b"cd"), BODY_LIMIT)) == b"abcd"

    with pytest.raises(Refused) as bad:
        validate(b'{"id": "x", "title": oops', BODY_LIMIT)
    assert bad.value.status == 400 and bad.value.reason.startswith("invalid JSON:")
    good = orjson.dumps(contradicting_article("web-1"))
    assert validate(good, BODY_LIMIT).id == "web-1"


def test_alert_feed_keeps_the_latest_without_duplicates() -> None:
    feed = AlertFeed(capacity=3)
    assert feed.add(alert("a")) is not None
    assert feed.add(alert("a")) is None  # a replayed copy
    for name in "bcd":
        feed.add(alert(name, kind="denial" if name == "c" else "figure_mismatch"))
    assert [i.alert["alert_id"] for i in feed.recent()] == ["d", "c", "b"]  # newest first
    assert feed.add(alert("a")) is not None  # evicted, so new again
    assert [i.alert["alert_id"] for i in feed.recent(kind="denial")] == ["c"]
    assert [i.alert["alert_id"] for i in feed.recent(source="seed wire", limit=2)] == ["a", "d"]
    assert feed.recent(after=feed.last_seq) == []
    assert matches(alert("x"), kind="FIGURE_MISMATCH", source="World Desk")
    assert not matches(alert("x"), source="Other")
    assert decode_alert(b"not json") is None and decode_alert(b'{"kind": 1}') is None
    decoded = decode_alert(orjson.dumps(alert("z")))
    assert decoded is not None and decoded["alert_id"] == "z"


def test_sse_stream_sends_backlog_then_live_alerts_and_ends_on_close() -> None:
    async def scenario() -> list[bytes]:
        feed = AlertFeed()
        feed.add(alert("old"))
        chunks: list[bytes] = []
        with feed.subscribe() as sub:
            stream = sse_events(sub, feed.recent(), kind="figure_mismatch", heartbeat=0.05)

            async def read() -> None:
                async for chunk in stream:
                    chunks.append(chunk)

            reader = asyncio.ensure_future(read())
            await asyncio.sleep(0.01)
            feed.add(alert("skipped", kind="denial"))  # filtered out
            feed.add(alert("new"))
            await asyncio.sleep(0.1)  # a heartbeat goes out
            feed.close_subscribers()
            await asyncio.wait_for(reader, 1.0)
        return chunks

    chunks = asyncio.run(scenario())
    text = b"".join(chunks).decode()
    assert text.startswith("retry: 2000\n\n")
    events = [json.loads(m) for m in re.findall(r"^data: (\{.+\})$", text, re.M) if m != "{}"]
    assert [e["alert_id"] for e in events] == ["old", "new"]
    assert "event: ready\n" in text and ": keep-alive\n\n" in text
    assert text.index("event: ready") < text.index('"new"')
    # One event per alert, newlines in the text escaped: no line of data can break out.
    hostile = alert("h")
    hostile["claim"]["text"] = "line one\n\nevent: alert\ndata: forged"
    message = sse_message(AlertFeed().add(hostile) or pytest.fail("not added"), "e-")
    assert message.count(b"\n\n") == 1 and message.startswith(b"id: e-1\nevent: alert\n")


def test_claims_search_and_timeline() -> None:
    store: dict[str, dict[str, Any]] = {
        "deaths": {
            "claims": [
                claim(),
                claim(
                    claim_id="c2",
                    side="ukraine",
                    speaker="Ukraine's General Staff",
                    source="Seed Wire",
                    low=4300.0,
                    high=4300.0,
                    as_of="2022-02-27",
                ),
                claim(claim_id="c3", kind="rejection", polarity="negate", low=None, high=None),
            ]
        },
        "participants": {"claims": [claim(claim_id="p1", key="participants", source="Metro")]},
        "broken": {"not": "a row"},
    }
    found = asyncio.run(search(store, "ukraine", "speaker"))
    assert [r["key"] for r in found["results"]] == ["deaths"] and found["scanned"] == 3
    assert asyncio.run(search(store, "metro", "source"))["results"][0]["key"] == "participants"
    assert asyncio.run(search(store, "metro", "key"))["results"] == []
    assert len(asyncio.run(search(store, ""))["results"]) == 2

    data = timeline("deaths", store["deaths"]["claims"])
    assert [c["date"] for c in data["claims"]] == ["2022-02-27", "2022-03-02", "2022-03-02"]
    assert {s["side"]: [p["value"] for p in s["points"]] for s in data["series"]} == {
        "russia": [498.0],
        "ukraine": [4300.0],
    }


def test_throughput_rates_and_lag() -> None:
    history = metrics.Throughput(window=60)
    zero = {a: {"events_in": 0, "events_out": 0} for a in metrics.AGENTS}
    history.record(100.0, zero)
    history.record(102.0, {**zero, "clean": {"events_in": 10, "events_out": 8}})
    assert history.rates()["clean"] == {"in_per_s": 5.0, "out_per_s": 4.0}
    assert history.series()[0]["clean"] == {"in": 5.0, "out": 4.0}
    history.record(200.0, zero)  # the earlier samples fall out of the window
    assert len(history.series()) == 0

    from faust.types import TP

    tp = TP("claimwatch.articles", 0)
    assert partition_lag(tp, 10, 9, 15, 0).lag == 5
    assert partition_lag(tp, None, 3, 15, 0).lag == 11  # nothing committed: what was read
    assert partition_lag(tp, None, None, 15, 5).lag == 10  # nothing read: from the log start
    assert partition_lag(tp, None, None, None, None).lag is None


def test_pages_run_no_inline_script_and_never_parse_data_as_html() -> None:
    pages = sorted(WEBUI.glob("*.html"))
    assert {p.name for p in pages} == {"index.html", "alerts.html", "claims.html"}
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert 'src="/static/' in tag, f"{page.name}: inline script {tag}"
        assert not re.search(r"<script\b[^>]*>\s*[^<\s]", html), f"{page.name}: inline script"
        assert not re.search(r"\son[a-z]+\s*=", html), f"{page.name}: inline event handler"
        assert not re.search(r"\sstyle\s*=", html), f"{page.name}: inline style (CSP)"
        assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html), f"{page.name}: external URL"
    for script in WEBUI.glob("*.js"):
        code = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{script.name} uses {sink}"
        assert "http://" not in code.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in code


# --- on a real worker, with curl -----------------------------------------------------------

needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


def curl(
    url: str, *args: str, data: bytes | None = None, timeout: float = 30
) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of one request, as curl saw it."""
    proc = subprocess.run(
        ["curl", "-sS", "-D", "-", "--max-time", str(timeout), *args, url],
        input=data,
        capture_output=True,
        timeout=timeout + 10,
    )
    raw = proc.stdout
    if proc.returncode not in (0,) and not raw:
        raise AssertionError(f"curl {url} failed ({proc.returncode}): {proc.stderr.decode()}")
    head, _, body = raw.partition(b"\r\n\r\n")
    while head.startswith(b"HTTP/1.1 100"):  # "100 Continue", then the real answer
        head, _, body = body.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def post_article(
    w: Worker, body: bytes, token: str | None = TOKEN, *extra: str
) -> tuple[int, dict[str, str], Any]:
    auth = ["-H", f"Authorization: Bearer {token}"] if token is not None else []
    status, headers, raw = curl(
        w.url + "/api/articles",
        "-X",
        "POST",
        "-H",
        "Content-Type: application/json",
        *auth,
        *extra,
        "--data-binary",
        "@-",
        data=body,
    )
    return status, headers, json.loads(raw) if raw.strip() else None


@pytest.fixture
def web_worker(worker: Callable[..., Worker]) -> Worker:
    return worker(
        CLAIMWATCH_INGEST_TOKEN=TOKEN, CLAIMWATCH_MAX_ARTICLE_BYTES=str(BODY_LIMIT)
    )


class EventStream:
    """`curl -N` on the SSE endpoint, its lines collected by a thread."""

    def __init__(self, url: str) -> None:
        self.proc = subprocess.Popen(
            ["curl", "-sN", "-H", "Accept: text/event-stream", url],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.decode("utf-8", "replace").rstrip("\n"))

    def alerts(self) -> list[dict[str, Any]]:
        return [json.loads(line[6:]) for line in list(self.lines) if line.startswith("data: {\"")]

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def event_stream() -> Iterator[Callable[[str], EventStream]]:
    opened: list[EventStream] = []

    def open_stream(url: str) -> EventStream:
        opened.append(EventStream(url))
        return opened[-1]

    yield open_stream
    for stream in opened:
        stream.close()


def event_id_of(lines: list[str], alert_id: str) -> str:
    """The SSE `id:` of the event that carried `alert_id`."""
    last_id = ""
    for line in list(lines):
        if line.startswith("id: "):
            last_id = line[4:]
        elif line.startswith("data: ") and f'"alert_id":"{alert_id}"' in line:
            return last_id
    raise AssertionError(f"no event carried {alert_id}")


def sse_alert_ids(w: Worker, last_event_id: str) -> set[str]:
    """The alerts a stream resumed after `last_event_id` sends in its first seconds."""
    proc = subprocess.run(
        ["curl", "-sN", "--max-time", "3", "-H", f"Last-Event-ID: {last_event_id}"]
        + [w.url + "/api/alerts/stream?backlog=0"],
        capture_output=True,
        timeout=20,
    )
    lines = proc.stdout.decode().splitlines()
    return {json.loads(x[6:])["alert_id"] for x in lines if x.startswith('data: {"')}


@pytest.mark.kafka
@needs_curl
def test_endpoints_answer(web_worker: Worker) -> None:
    w = web_worker
    status, headers, body = curl(w.url + "/health")
    assert status == 200 and headers["content-type"].startswith("application/json")
    assert json.loads(body)["ready"] is True

    status, headers, body = curl(w.url + "/metrics")
    text = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert re.search(r"^# TYPE claimwatch_events_in(?:_total)? counter$", text, re.M)
    assert 'claimwatch_events_in_total{agent="clean"}' in text
    assert "# TYPE claimwatch_consumer_lag gauge" in text

    status, _, body = curl(w.url + "/api/stats?history=600")
    stats = json.loads(body)
    assert status == 200 and [a["agent"] for a in stats["agents"]] == ["clean", "extract", "detect"]
    assert stats["worker"]["ready"] and isinstance(stats["history"], list)
    assert {"total", "partitions"} <= set(stats["lag"])
    assert curl(w.url + "/api/stats?history=soon")[0] == 400

    status, _, body = curl(w.url + "/api/alerts?kind=denial&source=x&limit=5")
    assert status == 200 and json.loads(body)["alerts"] == []
    status, _, body = curl(w.url + "/api/claims?q=deaths")
    found = json.loads(body)
    assert status == 200 and found["partitions"]["total"] >= 1 and "results" in found
    assert curl(w.url + "/api/claims?field=nope")[0] == 400
    status, _, body = curl(w.url + "/api/claims/no%7Csuch%20key")
    assert status == 404 and "no claims about 'no|such key'" in json.loads(body)["error"]

    for path in ("/", "/alerts", "/claims"):
        status, headers, body = curl(w.url + path)
        assert status == 200 and headers["content-type"].startswith("text/html"), path
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert b"<script type=\"module\" src=\"/static/" in body
    status, headers, _ = curl(w.url + "/static/common.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript")
    for path in ("/static/..%2Fweb.py", "/static/index.html", "/static/nope.js"):
        assert curl(w.url + path)[0] == 404, path


@pytest.mark.kafka
@needs_curl
def test_ingest_over_http(
    kafka: Kafka, web_worker: Worker, event_stream: Callable[[str], EventStream]
) -> None:
    w = web_worker
    run = uuid.uuid4().hex[:8]
    seed_id, other_id = f"web-seed-{run}", f"web-ru-{run}"
    seed = orjson.dumps(seed_article(seed_id))

    status, headers, body = post_article(w, seed, token=None)
    assert status == 401 and "bearer" in body["error"]
    assert headers["www-authenticate"].lower().startswith("bearer")
    status, _, body = post_article(w, seed, token="wrong-" + TOKEN)
    assert status == 401 and body == {"error": "invalid bearer token"}

    oversized = b'{"id": "big", "body": "' + b"x" * (BODY_LIMIT * 2) + b'"}'
    status, _, body = post_article(w, oversized)
    assert status == 413 and "limit" in body["error"]
    # No Content-Length (chunked): refused once the limit is passed, not after the whole body.
    status, _, body = post_article(w, oversized, TOKEN, "-H", "Transfer-Encoding: chunked")
    assert status == 413

    status, _, body = post_article(w, b'{"id": "x", "title": oops')
    assert status == 400 and body["error"].startswith("invalid JSON:")
    status, _, body = post_article(w, orjson.dumps({**seed_article("x"), "body": 7}))
    assert status == 400 and body["error"] == "field 'body' must be a string, got int"

    stream = event_stream(w.url + "/api/alerts/stream?backlog=0")
    before = w.health()["counts"]
    t0 = time.monotonic()
    status, _, body = post_article(w, seed)
    assert status == 202 and body["id"] == seed_id and body["topic"] == "claimwatch.articles"
    keys = {k for k, _ in read_topic(kafka, "claimwatch.articles")}
    assert seed_id.encode() in keys and not {b"big", b"x"} & keys, "refused articles were sent"
    wait_drained(w, 1, before)

    def claims_about_deaths() -> Any:
        found = json.loads(curl(w.url + "/api/claims?q=deaths&field=key")[2])["results"]
        return found and found[0]["key"] == "deaths" and found[0]

    wait_for("the seed's claims in /api/claims", claims_about_deaths, timeout=30)

    status, _, body = post_article(w, orjson.dumps(contradicting_article(other_id)))
    assert status == 202 and body["id"] == other_id

    def streamed() -> list[dict[str, Any]]:
        return [a for a in stream.alerts() if a["claim"]["article_id"] == other_id]

    live = wait_for("the alert on /api/alerts/stream", streamed, timeout=90)
    t_alert = time.monotonic() - t0
    assert live[0]["conflicts_with"]["article_id"] == seed_id
    assert live[0]["kind"] == "figure_mismatch" and live[0]["seq"] >= 1
    # A browser reconnecting with Last-Event-ID gets what came after that event only.
    event_id = event_id_of(stream.lines, live[0]["alert_id"])
    epoch, _, seq = event_id.partition("-")
    resumed_after = sse_alert_ids(w, f"{epoch}-{int(seq) - 1}")
    assert live[0]["alert_id"] in resumed_after
    assert live[0]["alert_id"] not in sse_alert_ids(w, event_id)

    listed = json.loads(curl(w.url + "/api/alerts?source=World%20Desk&kind=figure_mismatch")[2])
    assert other_id in {a["claim"]["article_id"] for a in listed["alerts"]}
    detail = json.loads(curl(w.url + "/api/claims/deaths")[2])
    by_article = {c["article_id"]: c for c in detail["claims"]}
    assert {seed_id, other_id} <= set(by_article)
    sides = {s["side"] for s in detail["series"]}
    assert {"russia", "ukraine"} <= sides
    stats = json.loads(curl(w.url + "/api/stats")[2])
    assert {a["agent"]: a["events_in"] for a in stats["agents"]}["clean"] >= 2
    metrics_text = curl(w.url + "/metrics")[2].decode()
    assert 'claimwatch_ingest_requests_total{status="202"} 2.0' in metrics_text
    assert 'claimwatch_ingest_requests_total{status="401"} 2.0' in metrics_text
    print(f"\nseed posted -> contradiction's alert on the SSE stream {t_alert:.1f} s")


@pytest.mark.kafka
@needs_curl
def test_ingest_disabled_without_a_token(worker: Callable[..., Worker]) -> None:
    w = worker()
    status, _, body = post_article(w, orjson.dumps(contradicting_article("x")))
    assert status == 403 and body["error"].startswith("ingest disabled")
    assert curl(w.url + "/api/articles")[0] == 405
