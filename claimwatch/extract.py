"""Extraction (stub being replaced)."""
from __future__ import annotations
from collections.abc import Sequence
from spacy.language import Language
from claimwatch.nlp import load_nlp
from schemas.records import Claim, CleanArticle

class ClaimExtractor:
    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or load_nlp()

    def extract_batch(self, articles: Sequence[CleanArticle]) -> list[list[Claim]]:
        return [[] for _ in articles]
