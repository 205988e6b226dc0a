"""Resolve the dates news text uses ("on Sunday", "Saturday's march", "since Thursday",
"2 March") against the article's publication time. News speaks of the past: a weekday name
means the latest such day on or before publication."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": 1, "last night": 1}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def published_date(published_at: str) -> date:
    return datetime.fromisoformat(published_at.strip().replace("Z", "+00:00")).date()


def _month(word: str) -> int | None:
    return (
        MONTH_ABBR.get(word[:4] if word.startswith("sept") else word[:3])
        if (word in MONTHS or word[:3] in MONTH_ABBR and len(word) <= 5)
        else None
    )


def _past(candidate: date, reference: date) -> date:
    """A month-day without a year is the latest such day not after the reference."""
    if candidate > reference + timedelta(days=1):
        try:
            return candidate.replace(year=candidate.year - 1)
        except ValueError:
            return candidate - timedelta(days=365)
    return candidate


@lru_cache(maxsize=4096)
def resolve_date(text: str, reference: date) -> date | None:
    """The calendar day `text` (a DATE entity's words) names, or None if it names no day."""
    words = text.lower().strip()
    for name, back in RELATIVE_DAYS.items():
        if re.search(rf"\b{name}\b", words):
            return reference - timedelta(days=back)
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", words):
            back = (reference.weekday() - i) % 7
            if "last " + day in words and back == 0:
                back = 7
            return reference - timedelta(days=back)
    if m := ISO_DATE.search(words):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    for pattern, day_group, month_group in ((DAY_MONTH, 1, 2), (MONTH_DAY, 2, 1)):
        if m := pattern.search(words):
            month = _month(m[month_group])
            if month:
                year = int(m[3]) if m[3] else reference.year
                try:
                    found = date(year, month, int(m[day_group]))
                except ValueError:
                    continue
                return found if m[3] else _past(found, reference)
    return None
