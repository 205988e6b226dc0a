"""Prometheus counters, one series per agent, served by `GET /metrics` (streams.web).

`counts()` reads the same counters back for `/health`, so the two views never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import Counter

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
