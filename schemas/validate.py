"""Turn raw input bytes into an Article, or say exactly why not.

Every reason is one line a person can act on; the clean agent dead-letters the message with
it. Nothing here raises anything but InvalidMessage.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson

from schemas.records import Article

MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # a news article is kilobytes; 10 MB is garbage or abuse

REQUIRED_FIELDS: dict[str, type] = {
    "id": str,
    "source": str,
    "published_at": str,
    "title": str,
    "body": str,
}


class InvalidMessage(ValueError):
    """The message cannot become an Article; `reason` says why in one line."""

    def __init__(self, reason: str, article_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.article_id = article_id


def parse_published_at(value: str) -> datetime:
    """Parse an ISO 8601 timestamp ("Z" accepted); raise ValueError if it is not one."""
    return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))


def parse_article(raw: bytes | str | dict[str, Any], max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Validate one input message and return the Article it describes."""
    if isinstance(raw, dict):
        data: Any = raw
    else:
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogatepass")
        if len(raw) > max_bytes:
            raise InvalidMessage(f"message is {len(raw):,} bytes, over the {max_bytes:,} limit")
        if not raw.strip():
            raise InvalidMessage("empty message")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidMessage(f"not UTF-8 text (binary data?): byte {exc.start}") from None
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            head = raw[:40].decode("utf-8", "replace").lstrip().lower()
            if head.startswith(("<!doctype", "<html")):
                raise InvalidMessage("an HTML page, not a JSON article") from None
            raise InvalidMessage(f"invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidMessage(f"expected a JSON object, got {type(data).__name__}")
    article_id = data.get("id") if isinstance(data.get("id"), str) else None
    for name, typ in REQUIRED_FIELDS.items():
        if name not in data:
            raise InvalidMessage(f"missing field '{name}'", article_id)
        if not isinstance(data[name], typ):
            got = type(data[name]).__name__
            raise InvalidMessage(f"field '{name}' must be a string, got {got}", article_id)
    if not data["id"].strip():
        raise InvalidMessage("field 'id' is empty", article_id)
    if not data["body"].strip():
        raise InvalidMessage("field 'body' is empty", article_id)
    url = data.get("url")
    if url is not None and not isinstance(url, str):
        raise InvalidMessage("field 'url' must be a string or absent", article_id)
    try:
        parse_published_at(data["published_at"])
    except ValueError:
        raise InvalidMessage(
            f"field 'published_at' is not an ISO 8601 time: {data['published_at'][:40]!r}",
            article_id,
        ) from None
    return Article.from_dict(data)
