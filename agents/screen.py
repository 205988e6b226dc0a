"""Which valid articles the clean agent skips, and why: articles not in English.

The extractor reads English only; an article in another language would give no claims, or
wrong ones, so it is skipped with a counted reason ("skipped: language de") instead. The
language is read with py3langid from the cleaned title and text; only a confident verdict
skips an article (a short or figure-only text stays in).

No Faust here: `claimwatch check`-style runs (faults/) apply the same rule.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from schemas import CleanArticle

LANGUAGE = "en"
MIN_CONFIDENCE = 0.9  # normalised probability of the other language
MIN_LETTERS = 40  # below this, too little text to judge: keep the article
# The language is read from the start of the text: a thousand characters are ample for prose,
# and the classifier runs on the event loop for every article (4,000 cost it about 30% more).
SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(article: CleanArticle) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1) of the article's title and text."""
    text = f"{article.title}\n{article.text}"[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return LANGUAGE, 0.0
    lang, confidence = _identifier().classify(text)
    return str(lang), float(confidence)


def foreign_language(article: CleanArticle) -> tuple[str, float] | None:
    """(language, confidence) if the article is confidently not in English, else None."""
    lang, confidence = language_of(article)
    if lang != LANGUAGE and confidence >= MIN_CONFIDENCE:
        return lang, confidence
    return None
