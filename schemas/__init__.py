"""Message contracts: the records that cross claimwatch's topics.

Each record is a plain frozen dataclass, serialised to JSON with orjson. The JSON Schema
files beside this module (`*.schema.json`) describe the same messages for other clients.
"""

from schemas.records import (
    Alert,
    Article,
    Claim,
    CleanArticle,
    DeadLetter,
    Segment,
)
from schemas.validate import InvalidMessage, parse_article

__all__ = [
    "Alert",
    "Article",
    "Claim",
    "CleanArticle",
    "DeadLetter",
    "InvalidMessage",
    "Segment",
    "parse_article",
]
