"""`POST /api/articles`: the input topic over HTTP, for clients without a Kafka library.

The checks run cheapest first and refuse before doing any work they would waste:
1. ingest configured at all (CLAIMWATCH_INGEST_TOKEN), else 403 "ingest disabled";
2. `Authorization: Bearer <token>`, compared in constant time, else 401;
3. the size: a Content-Length over `max_bytes` is refused before one byte of the body is
   read; a body without one (chunked) is read in pieces and refused as soon as it passes the
   limit, so an oversized body is never held whole (413);
4. the same validation as the clean agent's (`schemas.parse_article`), else 400 with the
   reason. Then the raw bytes go to `claimwatch.articles`, keyed by article id: 202.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Protocol

from schemas import Article, InvalidMessage, parse_article

READ_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Refused(Exception):
    """The request is refused with `status` and a one-line `reason` for the client."""

    status: int
    reason: str

    def __str__(self) -> str:
        return f"{self.status} {self.reason}"


class BodyStream(Protocol):
    async def read(self, n: int = -1) -> bytes: ...


def check_token(configured: str | None, authorization: str | None) -> None:
    """Raise Refused unless `authorization` is "Bearer <configured>"."""
    if not configured:
        raise Refused(403, "ingest disabled: no CLAIMWATCH_INGEST_TOKEN is configured")
    scheme, _, given = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Refused(401, "missing bearer token (Authorization: Bearer <token>)")
    if not hmac.compare_digest(given.strip().encode(), configured.encode()):
        raise Refused(401, "invalid bearer token")


def check_length(content_length: int | None, max_bytes: int) -> None:
    """Refuse a declared body size over the limit before reading anything."""
    if content_length is not None and content_length > max_bytes:
        raise Refused(413, f"body is {content_length:,} bytes, over the {max_bytes:,} limit")


async def read_body(stream: BodyStream, max_bytes: int) -> bytes:
    """The whole body, or Refused(413) as soon as more than `max_bytes` have arrived."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = await stream.read(READ_CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > max_bytes:
            raise Refused(413, f"body is over the {max_bytes:,} byte limit")
        parts.append(chunk)


def validate(body: bytes, max_bytes: int) -> Article:
    """The article in `body`, or Refused(400) with the validation's reason."""
    try:
        return parse_article(body, max_bytes=max_bytes)
    except InvalidMessage as exc:
        raise Refused(400, exc.reason) from None
