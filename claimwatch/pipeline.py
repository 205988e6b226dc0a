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
from schemas import Alert, Article, Claim, CleanArticle, InvalidMessage, parse_article


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
        # A bug in the core costs the article it fails on, never the run, as in the worker
        # (which dead-letters it with the same reason).
        outcomes: list[Outcome] = []
        readable: list[tuple[Outcome, CleanArticle]] = []
        for article in articles:
            outcome = Outcome(article_id=article.id)
            outcomes.append(outcome)
            try:
                readable.append((outcome, clean_article(article)))
            except Exception as exc:
                outcome.error = failed("clean", exc)
        found = self._extract([cleaned for _, cleaned in readable])
        for (outcome, _), claims in zip(readable, found, strict=True):
            if isinstance(claims, str):
                outcome.error = claims
            else:
                outcome.claims = claims
        for outcome in outcomes:
            for claim in outcome.claims if outcome.error is None else ():
                try:
                    outcome.alerts += self.detector.detect(claim)
                except Exception as exc:
                    outcome.error = failed("detect", exc)
                    break
            yield outcome

    def _extract(self, articles: list[CleanArticle]) -> list[list[Claim] | str]:
        """Claims per article, batched; when the batch fails, one article at a time (an
        article that fails alone gets the reason instead of claims)."""
        try:
            return list(self.extractor.extract_batch(articles))
        except Exception:
            pass
        out: list[list[Claim] | str] = []
        for article in articles:
            try:
                out.append(self.extractor.extract_batch([article])[0])
            except Exception as exc:
                out.append(failed("extract", exc))
        return out


def failed(stage: str, exc: Exception) -> str:
    """ "extract failed: ValueError: ...": the one-line reason the worker dead-letters with."""
    return f"{stage} failed: {type(exc).__name__}: {exc}".splitlines()[0]
