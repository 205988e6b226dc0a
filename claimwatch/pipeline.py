"""The whole path for one article, without a broker: validate -> clean -> extract -> detect.

`claimwatch check` uses this; the agents call the same three functions one stage each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from claimwatch.clean import clean_article
from claimwatch.detect import Detector
from claimwatch.extract import ClaimExtractor
from schemas import Alert, Article, Claim, InvalidMessage, parse_article


@dataclass
class Outcome:
    """What became of one input message."""

    article_id: str | None
    claims: list[Claim] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    error: str | None = None


class Pipeline:
    """Broker-free pipeline; `store` plays the part of the detector's Faust table."""

    def __init__(self, store: MutableMapping[str, Any] | None = None, batch_size: int = 16) -> None:
        self.extractor = ClaimExtractor()
        self.detector = Detector(store if store is not None else {})
        self.batch_size = batch_size

    def process(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Process valid articles in order, batching the NLP step."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def process_raw(self, messages: Iterable[bytes | str]) -> Iterator[Outcome]:
        """Process raw input lines in order; an invalid one yields an Outcome with its error."""
        pending: list[Article] = []
        for raw in messages:
            try:
                pending.append(parse_article(raw))
            except InvalidMessage as exc:
                yield from self.process(pending)
                pending = []
                yield Outcome(article_id=exc.article_id, error=exc.reason)
                continue
            if len(pending) >= self.batch_size:
                yield from self.process(pending)
                pending = []
        yield from self.process(pending)

    def _run(self, articles: list[Article]) -> Iterator[Outcome]:
        cleaned = [clean_article(a) for a in articles]
        for article, claims in zip(cleaned, self.extractor.extract_batch(cleaned), strict=True):
            alerts = [alert for claim in claims for alert in self.detector.detect(claim)]
            yield Outcome(article_id=article.id, claims=claims, alerts=alerts)
