"""The "orjson" Faust codec: every JSON topic and table goes through orjson.

Faust's own "json" codec uses the stdlib (or orjson if found) with its own defaults; naming
ours keeps the bytes identical to what `claimwatch feed`, `alerts` and `check` write.
"""

from __future__ import annotations

from typing import Any

import orjson
from faust.serializers import codecs

NAME = "orjson"


class OrjsonCodec(codecs.Codec):
    """UTF-8 JSON via orjson; tuples become lists, dataclasses and datetimes are supported."""

    def _dumps(self, obj: Any) -> bytes:
        return orjson.dumps(obj)

    def _loads(self, s: bytes) -> Any:
        return orjson.loads(s)


def register() -> None:
    """Register the codec under "orjson" (idempotent); topics name it as value_serializer."""
    codecs.register(NAME, OrjsonCodec())


register()
