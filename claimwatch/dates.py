"""Resolve the dates news text uses ("on Sunday", "Saturday's march", "since Thursday",
"2 March") against the article's publication time. News speaks of the past: a weekday name
means the latest such day on or before publication."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": 1, "last night": 1, "a day earlier": 1,
                 "the day before": 1, "the previous day": 1, "two days earlier": 2}
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


# A day a thing is set for ("calling a strike for February 5", said on January 23) this far ahead
# of the report is this year's, to come, not last year's, eleven months back.
UPCOMING_DAYS: Final = 60


def _past(candidate: date, reference: date, set_for: bool = False) -> date:
    """A month-day without a year is the latest such day not after the reference (a day a thing
    is set for: unless it is at most UPCOMING_DAYS ahead)."""
    if candidate > reference + timedelta(days=UPCOMING_DAYS if set_for else 1):
        try:
            return candidate.replace(year=candidate.year - 1)
        except ValueError:
            return candidate - timedelta(days=365)
    return candidate


def _next(candidate: date, reference: date) -> date:
    """A month-day without a year is the first such day not before the reference."""
    if candidate < reference - timedelta(days=1):
        try:
            return candidate.replace(year=candidate.year + 1)
        except ValueError:
            return candidate + timedelta(days=365)
    return candidate


@lru_cache(maxsize=4096)
def resolve_date(text: str, reference: date, ahead: bool = False, set_for: bool = False) -> date | None:
    """The calendar day `text` (a DATE entity's words) names, or None if it names no day.
    A weekday or a month-day without a year is the latest such day by the reference; with
    `ahead` (said of what will happen: "will decide on Thursday"), the next one; with `set_for`
    (a day a thing is set for, whatever the tense: "called a strike for February 5"), the next
    one if it is a few weeks on."""
    words = text.lower().strip()
    for name, back in RELATIVE_DAYS.items():
        if re.search(rf"\b{name}\b", words):
            return reference - timedelta(days=back)
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", words):
            if "next week" in words:  # "Wednesday next week"
                return reference + timedelta(days=7 - reference.weekday() + i)
            # "next Wednesday", "this coming Monday", "Tuesday next": to come, whatever the tense
            coming = any(f in words for f in ("next " + day, "coming " + day, day + " next"))
            if (ahead or coming) and "last " + day not in words:
                return reference + timedelta(days=(i - reference.weekday()) % 7 or (7 if coming else 0))
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
                if m[3]:
                    return found
                return _next(found, reference) if ahead else _past(found, reference, set_for)
    return None


# ---- periods: spans that are not a day ("2023", "the second quarter", "November and December")

_PERIOD_HINT = re.compile(
    r"\b(?:q[1-4]|quarter|half|year|month|\d{4}|" + "|".join(MONTHS) + r"|" + "|".join(MONTH_ABBR) + r")\b"
)
_QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b|\bq([1-4])\b")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def period_of(text: str, reference: date) -> str | None:
    """A reporting period as sorted tokens: "second-quarter" -> "q2", "last year" -> "y2024",
    "November and December" -> "m11 m12". None if `text` names no period."""
    words = text.lower().replace("-", " ").strip()
    if not _PERIOD_HINT.search(words) or re.search(r"\b(?:week|day|days|ago|weeks)\b", words):
        return None
    tokens: set[str] = set()
    if "last year" in words:
        tokens.add(f"y{reference.year - 1}")
    elif "this year" in words or "current year" in words:
        tokens.add(f"y{reference.year}")
    tokens.update(f"y{y}" for y in re.findall(r"\b(19\d{2}|20\d{2})\b", words))
    for m in _QUARTER.finditer(words):
        tokens.add(f"q{_ORDINAL[m[1]] if m[1] else m[2]}")
    for word in re.findall(r"[a-z]+", words):
        month = MONTH_ABBR.get(word[:3]) if (word in MONTHS or word in MONTH_ABBR) else None
        if month:
            tokens.add(f"m{month}")
    return " ".join(sorted(tokens)) or None


def period_start(period: str, reference: date) -> date | None:
    """The first day of `period` (as `period_of` gives it): "m2 y2022" -> 2022-02-01; a month
    without a year is the latest such month by `reference`. None for a quarter alone."""
    parts = _parts(period)
    if parts["d"]:
        return date.fromisoformat(min(parts["d"]))
    years = sorted(int(y) for y in parts["y"])
    months = sorted(int(m) for m in parts["m"])
    quarters = sorted(int(q) for q in parts["q"])
    month = months[0] if months else (quarters[0] - 1) * 3 + 1 if quarters else 1
    if years:
        return date(years[0], month, 1)
    if not months:
        return None
    year = reference.year if month <= reference.month else reference.year - 1
    return date(year, month, 1)


def day_period(day: date) -> str:
    """The period of one day ("over the past day", said on `day`): "d2025-06-03"."""
    return f"d{day.isoformat()}"


def _parts(period: str) -> dict[str, set[str]]:
    parts: dict[str, set[str]] = {"y": set(), "q": set(), "m": set(), "d": set()}
    for token in period.split():
        parts[token[0]].add(token[1:])
    return parts


def _grain(parts: dict[str, set[str]]) -> str:
    return next(k for k in ("d", "m", "q", "y") if parts[k] or k == "y")


def periods_compatible(a: str | None, b: str | None) -> bool:
    """Two periods can be the same only if they are as fine (a quarter is not a year's total)
    and no year, quarter or month set of theirs is disjoint."""
    if not a or not b:
        return True
    pa, pb = _parts(a), _parts(b)
    if _grain(pa) != _grain(pb):
        return False
    return all(not (pa[k] and pb[k]) or pa[k] & pb[k] for k in pa)


def period_after(period: str | None, day: str | None) -> bool:
    """Whether all of `period` lies after the ISO `day` it was told on ("in November", told in
    August; "next year"): a time a plan is due, for no count can be of it yet. A month with no
    year named is of the day's year."""
    if not period or not day:
        return False
    p, told = _parts(period), date.fromisoformat(day[:10])
    if p["d"] or p["q"]:
        return False
    years = {int(y) for y in p["y"]} or {told.year}
    if min(years) > told.year:
        return True
    months = {int(m) for m in p["m"]}
    return years == {told.year} and bool(months) and min(months) > told.month


def period_contains(period: str | None, day: str | None) -> bool:
    """Whether an ISO `day` can fall in `period` (true when either is unknown)."""
    if not period or not day:
        return True
    d = date.fromisoformat(day[:10])
    p = _parts(period)
    if p["d"]:  # the 24 hours before a report: the day it was given, or the one before
        return any(0 <= (date.fromisoformat(one) - d).days <= 1 for one in p["d"])
    return (
        (not p["y"] or str(d.year) in p["y"])
        and (not p["q"] or str((d.month - 1) // 3 + 1) in p["q"])
        and (not p["m"] or str(d.month) in p["m"])
    )
