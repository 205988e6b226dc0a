"""HTTP views on the worker's own web server (Faust's aiohttp server, `web_port`).

Pages (plain HTML, JS and CSS from streams/webui/, no build step, nothing from the internet):
- `GET /`: the dashboard: per agent rates, totals, errors, dead letters; consumer lag per
  partition; a live throughput chart; the latest alerts.
- `GET /alerts`: the live alert feed, both claims side by side, filterable.
- `GET /claims`: search the detector's claims; a key's claims over time.

JSON:
- `GET /api/stats?history=SECONDS`: counters, rates, lag, detector stats, rate history.
- `GET /api/alerts?kind=&source=&limit=&after=`: the latest alerts, newest first.
- `GET /api/alerts/stream?kind=&source=&backlog=`: server-sent events, one `alert` event per
  alert (`id:` resumes after a reconnect via Last-Event-ID).
- `GET /api/claims?q=&field=any|key|speaker|source&limit=`, `GET /api/claims/{key}`.
- `POST /api/articles`: ingest one article (bearer token; see streams/web_ingest.py).
- `GET /health`: JSON {status, ready, agents, counts, partitions, detector, alert_feed}; 200
  when every agent runs, 503 when one has crashed.
- `GET /metrics`: the Prometheus text format, from prometheus_client's default registry.

Article text is untrusted. The pages build their DOM with textContent only, and every
response carries a Content-Security-Policy that allows scripts from this server's files and
nothing inline, so a `<script>` in an article is shown as text and never runs.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import time
from pathlib import Path
from typing import Any, cast

from aiohttp import web as aiohttp_web
from faust import web
from faust.types import AppT
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from streams import metrics, web_claims
from streams.app import app, settings, topics
from streams.web_alerts import FEED_CAPACITY, AlertFeed, follow_alerts, sse_events
from streams.web_ingest import Refused, check_length, check_token, read_body, validate
from streams.web_stats import LagSampler, agent_stats, assigned, lag_summary

log = logging.getLogger(__name__)

WEBUI = Path(__file__).parent / "webui"
STATIC_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
}
CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
NO_STORE = {"Cache-Control": "no-store"}
HISTORY_MAX = 600.0  # seconds of rate history /api/stats returns at most
SSE_HEARTBEAT = 15.0
STARTED_AT = time.time()
# Event ids are "<epoch>-<seq>": a browser reconnecting to a restarted worker (whose seq
# starts again at 1) is recognised and gets the recent alerts rather than a gap.
EPOCH = os.urandom(4).hex()

feed = AlertFeed()
lag_sampler = LagSampler()


def headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The security headers, plus `extra`."""
    return {**SECURITY_HEADERS, **(extra or {})}


def consumed_topics() -> list[str]:
    return [t.get_topic_name() for t in (topics.articles, topics.cleaned, topics.claims)]


# --- background work -----------------------------------------------------------------------


@app.task
async def follow_alert_topic() -> None:
    """Keep the live feed filled from claimwatch.alerts (see streams/web_alerts.py for why a
    group-less consumer rather than a hook in the detect agent)."""
    await follow_alerts(
        feed, settings.bootstrap_servers, topics.alerts.get_topic_name(), FEED_CAPACITY
    )


@app.timer(1.0)
async def sample_throughput() -> None:
    metrics.throughput.record(time.time(), metrics.counts())


@app.task
async def sample_lag() -> None:
    await lag_sampler.run(app, settings.bootstrap_servers, consumed_topics())


async def _close_streams(_: aiohttp_web.Application) -> None:
    # aiohttp waits for open handlers at shutdown: end the SSE streams first.
    feed.close_subscribers()


_aiohttp_app = getattr(app.web, "web_app", None)
if isinstance(_aiohttp_app, aiohttp_web.Application):
    _aiohttp_app.on_shutdown.append(_close_streams)


# --- data ----------------------------------------------------------------------------------


def assigned_partitions(faust_app: AppT) -> int:
    """How many topic partitions this worker consumes now (0 before the first rebalance)."""
    return len(assigned(faust_app))


def health(faust_app: AppT) -> dict[str, Any]:
    """Liveness and progress of this worker, JSON-able."""
    # Late imports: the agents import streams.app, which imports this module.
    from agents.detect import detector
    from agents.extract import extractor_ready

    agents = {name: agent.state for name, agent in faust_app.agents.items()}
    crashed = [name for name, agent in faust_app.agents.items() if agent.crashed]
    partitions = assigned_partitions(faust_app)
    ready = (
        not crashed
        and partitions > 0
        and not getattr(faust_app, "rebalancing", False)
        and extractor_ready()
    )
    return {
        "status": "crashed" if crashed else "ok",
        # ready: partitions assigned, tables recovered, spaCy loaded: messages flow now.
        "ready": ready,
        "agents": agents,
        "counts": metrics.counts(),
        "partitions": partitions,
        "detector": dataclasses.asdict(detector.stats),
        "alert_feed": {"alerts": len(feed), "following": feed.following},
    }


def stats(faust_app: AppT, history: float) -> dict[str, Any]:
    """Everything the dashboard shows, JSON-able."""
    worker = health(faust_app)
    lags = lag_sampler.lags(faust_app, consumed_topics())
    return {
        "time": time.time(),
        "worker": {
            "status": worker["status"],
            "ready": worker["ready"],
            "agents": worker["agents"],
            "partitions": worker["partitions"],
            "uptime": round(time.time() - STARTED_AT, 1),
            "web_port": settings.web_port,
        },
        "agents": agent_stats(worker["counts"], metrics.throughput.rates()),
        "lag": lag_summary(lags),
        "detector": worker["detector"],
        "alert_feed": worker["alert_feed"],
        "history": metrics.throughput.series(history) if history > 0 else [],
    }


def claims_partitions(faust_app: AppT) -> dict[str, Any]:
    name = topics.claims.get_topic_name()
    mine = [tp.partition for tp in assigned(faust_app) if tp.topic == name]
    return web_claims.partition_note(mine, topics.claims.partitions or settings.partitions)


def claims_table() -> Any:
    from agents.detect import claim_rows

    return claim_rows


# --- request helpers -----------------------------------------------------------------------


def query_int(request: web.Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query.get(name)
    try:
        value = int(raw) if raw not in (None, "") else default
    except ValueError:
        raise Refused(400, f"query parameter {name!r} must be a whole number") from None
    return max(low, min(high, value))


def query_str(request: web.Request, name: str) -> str | None:
    value = request.query.get(name, "").strip()
    return value or None


def last_event_seq(request: web.Request) -> int | None:
    """The seq in Last-Event-ID if it came from this process's feed (see EPOCH)."""
    epoch, _, seq = request.headers.get("Last-Event-ID", "").partition("-")
    if epoch != EPOCH or not seq.isdigit():
        return None
    return int(seq)


class JsonView(web.View):
    """A view whose errors and answers are JSON with the security headers."""

    def answer(
        self, value: Any, status: int = 200, extra: dict[str, str] | None = None
    ) -> web.Response:
        return self.json(value, status=status, headers=headers(extra))

    def refused(self, exc: Refused, extra: dict[str, str] | None = None) -> web.Response:
        return self.answer({"error": exc.reason}, exc.status, extra)


# --- pages and static files ----------------------------------------------------------------


def _static_files() -> dict[str, Path]:
    """The files the web view may serve: exactly those in webui/, by name (no paths)."""
    if not WEBUI.is_dir():
        return {}
    return {p.name: p for p in WEBUI.iterdir() if p.is_file() and p.suffix in STATIC_TYPES}


STATIC_FILES = _static_files()


def _file_response(view: JsonView, name: str, cache: str) -> web.Response:
    path = STATIC_FILES.get(name)
    if path is None:
        missing = "not found" if WEBUI.is_dir() else f"the web view's files are missing ({WEBUI})"
        return view.answer({"error": missing}, status=404)
    return view.bytes(
        path.read_bytes(),
        headers=headers({"Content-Type": STATIC_TYPES[path.suffix], "Cache-Control": cache}),
    )


def page(path: str, filename: str) -> None:
    """Serve webui/`filename` at `path`."""

    class Page(JsonView):
        async def get(self, request: web.Request) -> web.Response:
            return _file_response(self, filename, "no-store")

    Page.__name__ = Page.__qualname__ = f"Page_{filename.split('.')[0]}"
    app.page(path, name=Page.__name__)(Page)


# Registered before Faust's own blueprints (applied when the server starts), so our `/`
# is matched before the production index's.
page("/", "index.html")
page("/alerts", "alerts.html")
page("/claims", "claims.html")


@app.page("/static/{name}")
class Static(JsonView):
    async def get(self, request: web.Request, name: str) -> web.Response:
        if name.endswith(".html"):  # pages have their own paths
            return self.answer({"error": "not found"}, status=404)
        return _file_response(self, name, "no-cache")


# --- JSON API ------------------------------------------------------------------------------


@app.page("/health")
class Health(web.View):
    async def get(self, request: web.Request) -> web.Response:
        payload = health(self.app)
        return self.json(payload, status=503 if payload["status"] != "ok" else 200)


@app.page("/metrics")
class Metrics(web.View):
    async def get(self, request: web.Request) -> web.Response:
        # CONTENT_TYPE_LATEST carries a charset, which aiohttp refuses as content_type=.
        return self.bytes(generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})


@app.page("/api/stats")
class Stats(JsonView):
    async def get(self, request: web.Request) -> web.Response:
        try:
            history = query_int(request, "history", 60, 0, int(HISTORY_MAX))
        except Refused as exc:
            return self.refused(exc)
        return self.answer(stats(self.app, history), extra=NO_STORE)


@app.page("/api/alerts")
class Alerts(JsonView):
    async def get(self, request: web.Request) -> web.Response:
        try:
            limit = query_int(request, "limit", 100, 1, FEED_CAPACITY)
            after = query_int(request, "after", 0, 0, 2**62)
        except Refused as exc:
            return self.refused(exc)
        items = feed.recent(query_str(request, "kind"), query_str(request, "source"), limit, after)
        return self.answer(
            {
                "alerts": [item.to_json() for item in items],
                "held": len(feed),
                "capacity": feed.capacity,
                "last_seq": feed.last_seq,
                "following": feed.following,
                "sources": feed.sources(),
            },
            extra=NO_STORE,
        )


@app.page("/api/alerts/stream")
class AlertStream(JsonView):
    async def get(self, request: web.Request) -> Any:
        try:
            backlog = query_int(request, "backlog", 50, 0, FEED_CAPACITY)
        except Refused as exc:
            return self.refused(exc)
        kind, source = query_str(request, "kind"), query_str(request, "source")
        resumed = last_event_seq(request)
        response = aiohttp_web.StreamResponse(
            status=200,
            headers=headers(
                {
                    "Content-Type": "text/event-stream; charset=utf-8",
                    "Cache-Control": "no-store",
                    "X-Accel-Buffering": "no",
                }
            ),
        )
        http_request = cast(aiohttp_web.Request, request)
        if http_request.method == "HEAD":  # the headers only: no stream to hold open
            await response.prepare(http_request)
            return response
        with feed.subscribe() as sub:
            # Subscribed before the backlog is taken: nothing falls between the two.
            if resumed is not None:
                items = feed.recent(kind, source, FEED_CAPACITY, after=resumed)
            else:
                items = feed.recent(kind, source, backlog)
            await response.prepare(http_request)
            try:
                events = sse_events(sub, items, kind, source, SSE_HEARTBEAT, f"{EPOCH}-")
                async for chunk in events:
                    await response.write(chunk)
            except (ConnectionResetError, ConnectionError):
                pass  # the browser went away
        return response


@app.page("/api/claims")
class Claims(JsonView):
    async def get(self, request: web.Request) -> web.Response:
        field = request.query.get("field", "any")
        if field not in web_claims.FIELDS:
            return self.answer(
                {"error": f"field must be one of {', '.join(web_claims.FIELDS)}"}, status=400
            )
        try:
            limit = query_int(request, "limit", 50, 1, 500)
        except Refused as exc:
            return self.refused(exc)
        found = await web_claims.search(
            claims_table(), request.query.get("q", ""), cast(web_claims.Field, field), limit
        )
        return self.answer({**found, "partitions": claims_partitions(self.app)})


@app.page("/api/claims/{key:.+}")
class ClaimsAbout(JsonView):
    async def get(self, request: web.Request, key: str) -> web.Response:
        claims = web_claims.claims_of(claims_table().get(key))
        partitions = claims_partitions(self.app)
        if not claims:
            return self.answer(
                {"error": f"no claims about {key!r} on this worker", "partitions": partitions},
                status=404,
            )
        return self.answer({**web_claims.timeline(key, claims), "partitions": partitions})


@app.page("/api/articles")
class Ingest(JsonView):
    async def post(self, request: web.Request) -> web.Response:
        http_request = cast(aiohttp_web.Request, request)
        limit = settings.max_article_bytes
        try:
            check_token(settings.ingest_token, request.headers.get("Authorization"))
            check_length(http_request.content_length, limit)
            body = await read_body(http_request.content, limit)
            article = validate(body, limit)
        except Refused as exc:
            metrics.INGEST_REQUESTS.labels(status=str(exc.status)).inc()
            extra = {"WWW-Authenticate": 'Bearer realm="claimwatch"'} if exc.status == 401 else {}
            response = self.refused(exc, extra)
            if exc.status == 413:  # the rest of the body is not wanted: do not drain it
                cast(aiohttp_web.Response, response).force_close()
            return response
        try:
            sent = await topics.articles.send(key=article.id.encode(), value=body)
            record = await asyncio.wait_for(asyncio.ensure_future(sent), 30.0)
        except Exception as exc:
            metrics.INGEST_REQUESTS.labels(status="503").inc()
            log.warning("ingest: could not publish %s: %r", article.id, exc)
            return self.answer({"error": f"could not publish: {exc}"}, status=503)
        metrics.INGEST_REQUESTS.labels(status="202").inc()
        return self.answer(
            {
                "id": article.id,
                "topic": topics.articles.get_topic_name(),
                "partition": getattr(record, "partition", None),
                "offset": getattr(record, "offset", None),
            },
            status=202,
        )
