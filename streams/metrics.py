"""Prometheus counters, one series per agent, served by `GET /metrics` (streams.web).

`counts()` reads the same counters back for `/health` and the dashboard, so the views never
disagree. `throughput` keeps the last minutes of those counters for rates and the live chart;
the gauges below are set by the web view's samplers (consumer lag, alert feed size).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from prometheus_client import Counter, Gauge

AGENTS = ("clean", "extract", "detect")

EVENTS_IN = Counter("claimwatch_events_in", "Messages an agent consumed", ["agent"])
EVENTS_OUT = Counter("claimwatch_events_out", "Messages an agent produced", ["agent"])
ERRORS = Counter("claimwatch_errors", "Messages an agent failed to process", ["agent"])
DEADLETTERED = Counter(
    "claimwatch_deadlettered", "Messages an agent sent to the dead-letter topic", ["agent"]
)

_FAMILIES = {
    "events_in": EVENTS_IN,
    "events_out": EVENTS_OUT,
    "errors": ERRORS,
    "deadlettered": DEADLETTERED,
}


@dataclass(frozen=True)
class AgentMetrics:
    """The four counters of one agent, pre-labelled."""

    agent: str

    def events_in(self, n: int = 1) -> None:
        EVENTS_IN.labels(agent=self.agent).inc(n)

    def events_out(self, n: int = 1) -> None:
        EVENTS_OUT.labels(agent=self.agent).inc(n)

    def error(self, n: int = 1) -> None:
        ERRORS.labels(agent=self.agent).inc(n)

    def deadlettered(self, n: int = 1) -> None:
        DEADLETTERED.labels(agent=self.agent).inc(n)


for _agent in AGENTS:  # every series exists from the start, at 0, for scrapers and /health
    for _family in _FAMILIES.values():
        _family.labels(agent=_agent)


def counts() -> dict[str, dict[str, int]]:
    """{agent: {"events_in": n, "events_out": n, "errors": n, "deadlettered": n}}."""
    out: dict[str, dict[str, int]] = {}
    for field, family in _FAMILIES.items():
        for metric in family.collect():
            for sample in metric.samples:
                if sample.name.endswith("_total"):
                    agent = sample.labels["agent"]
                    out.setdefault(agent, {})[field] = int(sample.value)
    return out


# --- the web view's figures ----------------------------------------------------------------

CONSUMER_LAG = Gauge(
    "claimwatch_consumer_lag",
    "Messages in a partition not yet committed by this worker (log end - committed offset)",
    ["topic", "partition"],
)
ALERT_FEED_SIZE = Gauge("claimwatch_alert_feed_alerts", "Alerts held by this worker's live feed")
INGEST_REQUESTS = Counter(
    "claimwatch_ingest_requests", "POST /api/articles requests, by HTTP status", ["status"]
)


@dataclass(frozen=True, slots=True)
class Sample:
    """The agents' counters at one moment (`at`: Unix time, seconds)."""

    at: float
    counts: dict[str, dict[str, int]]


class Throughput:
    """A rolling history of the agent counters, one sample a second, for rates and charts.

    Samples older than `window` seconds are dropped, so memory stays bounded however long the
    worker runs. Rates come from consecutive samples' real timestamps, so a late timer tick
    does not show as a spike.
    """

    def __init__(self, window: float = 600.0) -> None:
        self.window = window
        self._samples: deque[Sample] = deque()

    def record(self, at: float, counters: dict[str, dict[str, int]]) -> None:
        self._samples.append(Sample(at, counters))
        while self._samples and self._samples[0].at < at - self.window:
            self._samples.popleft()

    def rates(self, over: float = 5.0) -> dict[str, dict[str, float]]:
        """{agent: {"in_per_s": x, "out_per_s": y}}, averaged over the last `over` seconds."""
        if len(self._samples) < 2:
            return {agent: {"in_per_s": 0.0, "out_per_s": 0.0} for agent in AGENTS}
        last = self._samples[-1]
        first = next(
            (s for s in self._samples if s.at >= last.at - over - 0.5), self._samples[-2]
        )
        if first is last:
            first = self._samples[-2]
        return {agent: _rate(first, last, agent) for agent in AGENTS}

    def series(self, seconds: float | None = None) -> list[dict[str, object]]:
        """Per-interval rates, oldest first: [{"t": unix_time, "clean": {"in": r, "out": r},
        ...}], covering the last `seconds` (default: the whole window)."""
        samples = list(self._samples)
        if seconds is not None and samples:
            samples = [s for s in samples if s.at >= samples[-1].at - seconds]
        out: list[dict[str, object]] = []
        for prev, cur in zip(samples, samples[1:], strict=False):
            point: dict[str, object] = {"t": round(cur.at, 3)}
            for agent in AGENTS:
                r = _rate(prev, cur, agent)
                point[agent] = {"in": r["in_per_s"], "out": r["out_per_s"]}
            out.append(point)
        return out


def _rate(a: Sample, b: Sample, agent: str) -> dict[str, float]:
    dt = b.at - a.at
    if dt <= 0:
        return {"in_per_s": 0.0, "out_per_s": 0.0}

    def delta(field: str) -> float:
        before = a.counts.get(agent, {}).get(field, 0)
        after = b.counts.get(agent, {}).get(field, 0)
        return round(max(0, after - before) / dt, 3)

    return {"in_per_s": delta("events_in"), "out_per_s": delta("events_out")}


throughput = Throughput()
"""The worker's history, sampled by streams.web's timer and read by /api/stats."""
