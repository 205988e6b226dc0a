"""Detection (stub being replaced)."""
from __future__ import annotations
from collections.abc import MutableMapping
from typing import Any
from schemas.records import Alert, Claim

class Detector:
    def __init__(self, store: MutableMapping[str, Any]) -> None:
        self.store = store

    def detect(self, claim: Claim) -> list[Alert]:
        return []
