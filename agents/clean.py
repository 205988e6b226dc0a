"""articles -> cleaned: validate and clean each raw message; anything unusable is dead-lettered."""

from __future__ import annotations

from faust import StreamT

from claimwatch.clean import clean_article
from schemas import InvalidMessage, parse_article
from streams.app import app, settings, topics
from streams.metrics import AgentMetrics

metrics = AgentMetrics("clean")


@app.agent(topics.articles)
async def clean(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        metrics.events_in()
        raw: bytes = event.value or b""  # a null value (tombstone) is an empty message
        try:
            cleaned = clean_article(parse_article(raw, max_bytes=settings.max_article_bytes))
        except InvalidMessage as exc:
            await topics.send_dead_letter("clean", exc.reason, raw, event, exc.article_id)
            metrics.deadlettered()
            continue
        except Exception as exc:  # a bug in the core must cost one message, not the stream
            metrics.error()
            reason = f"clean failed: {type(exc).__name__}: {exc}".splitlines()[0]
            await topics.send_dead_letter("clean", reason, raw, event)
            metrics.deadlettered()
            continue
        await topics.cleaned.send(key=cleaned.id, value=cleaned.to_dict())
        metrics.events_out()
