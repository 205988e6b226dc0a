"""HTTP views on the worker's own web server (Faust's aiohttp server, `web_port`).

- `GET /health`: JSON {status, ready, agents, counts, partitions, detector}; 200 when every
  agent runs, 503 when one has crashed.
- `GET /metrics`: the Prometheus text format, from prometheus_client's default registry.

Each view is a thin `faust.web.View` over a plain function (`health()`), so a later dashboard
can reuse the same data.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from faust import web
from faust.types import AppT
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from streams import metrics
from streams.app import app


def assigned_partitions(faust_app: AppT) -> int:
    """How many topic partitions this worker consumes now (0 before the first rebalance)."""
    try:
        return len(faust_app.consumer.assignment())
    except Exception:  # no consumer yet
        return 0


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
    }


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
