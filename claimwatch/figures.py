"""Figures as intervals: "more than 200" -> [200, None], "about 15" -> [13.5, 16.5].

A figure keeps its qualifier, because "more than 5,840" and "more than 7,000" agree while
"498" and "5,840" do not. Pure functions over strings and token lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from claimwatch.lexicon import VAGUE_QUANTITIES

SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mln": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "dozen": 12,  # "two dozen": a round count (extract reads it as "about")
    # South Asia's: "one lakh jobs", "1.5 crore rupees"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Scales that number words stand before and text2num does not know ("two dozen", "one lakh").
WORD_SCALES = frozenset(["dozen", "lakh", "lakhs", "crore", "crores"])
PERCENT_WORDS = {"%", "percent", "per cent", "pct", "percentage points"}

# Qualifier phrases, longest first, as they stand before the number.
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("no more than", "less_than"),
    ("not more than", "less_than"),
    ("no fewer than", "at_least"),
    ("not fewer than", "at_least"),
    ("no less than", "at_least"),
    ("not less than", "at_least"),
    ("more than", "more_than"),
    ("greater than", "more_than"),
    ("upwards of", "more_than"),
    ("in excess of", "more_than"),
    ("just over", "more_than"),
    ("well over", "more_than"),
    ("over", "more_than"),
    ("above", "more_than"),
    ("at least", "at_least"),
    ("a minimum of", "at_least"),
    ("up to", "up_to"),
    ("as many as", "up_to"),
    ("as much as", "up_to"),
    ("a maximum of", "less_than"),
    ("at most", "less_than"),
    ("fewer than", "less_than"),
    ("less than", "less_than"),
    ("just under", "nearly"),
    ("under", "less_than"),
    ("below", "less_than"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("close to", "nearly"),
    ("approaching", "nearly"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("circa", "about"),
    ("nearly", "nearly"),
)

# How far each qualifier lets a figure stretch, as a fraction of the value.
APPROX = 0.1
APPROX_POINTS = 2.5  # the most an approximate percentage is off by, in points


@dataclass(frozen=True, slots=True)
class Figure:
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    text: str

    @property
    def value(self) -> float:
        """A representative point: the stated number (for open intervals, the bound)."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else (self.high or 0.0)


NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(words: list[str]) -> float | None:
    """Parse "4,300", "2.5 million", "twelve thousand", "1.5bn" into a float."""
    if not words:
        return None
    text = " ".join(words).lower().replace("per cent", "").replace("%", "").strip()
    match = re.fullmatch(r"([\d.,]+)\s*([a-z]+)?", text)
    if match:
        digits, scale = match.groups()
        if not NUMBER.match(digits):
            return None
        value = float(digits.replace(",", ""))
        if scale:
            if scale not in SCALES:
                return None
            value *= SCALES[scale]
        return value
    *counted, last = text.split() or [""]
    if counted and last in WORD_SCALES:  # "two dozen", "one lakh"
        base = parse_number(counted)
        return base * SCALES[last] if base is not None else None
    try:
        return float(text2num(text.replace("-", " "), "en"))
    except (ValueError, AssertionError):
        return None


def qualify(value: float, qualifier: str, unit: str = "") -> tuple[float | None, float | None]:
    """The interval a qualified value stands for."""
    if qualifier == "about":
        if unit == "%" and value * APPROX > APPROX_POINTS:
            # "around 55%" is 55 give or take a point or two, not anything from 49.5 to 60.5
            return value - APPROX_POINTS, value + APPROX_POINTS
        return value * (1 - APPROX), value * (1 + APPROX)
    if qualifier == "nearly":
        if unit == "%" and value * APPROX > APPROX_POINTS:
            return value - APPROX_POINTS, value  # "nearly 60%" is not 55%
        return value * (1 - APPROX), value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("up_to", "less_than"):
        return 0.0, value
    return value, value


# An opening quotation mark or bracket is no word: '"More than 120,000 ...'.
OPENING_MARKS = str.maketrans({'"': " ", "“": " ", "(": " "})


def qualifier_before(text_before: str) -> str:
    """The qualifier that ends `text_before` (the words just before a number), if any."""
    words = text_before.lower().translate(OPENING_MARKS).split()
    tail = " " + " ".join(words[-4:])
    for phrase, name in QUALIFIERS:
        if tail.endswith(" " + phrase):
            return name
    return "exact"


VAGUE = re.compile(
    r"\b(?:(several|a few|many)\s+(hundred|thousand|million)|"
    + "|".join(sorted((re.escape(k) for k in VAGUE_QUANTITIES), key=len, reverse=True))
    + r")\s+of\b",
    re.IGNORECASE,
)


def vague_figure(text: str) -> Figure | None:
    """ "tens of thousands of people" -> [20,000, 99,999], qualifier vague."""
    match = VAGUE.search(text)
    if not match:
        return None
    phrase = match.group(0)[: -len(" of")].lower()
    if phrase in VAGUE_QUANTITIES:
        low, high = VAGUE_QUANTITIES[phrase]
    else:
        scale = SCALES[phrase.split()[-1]]
        low, high = (2 * scale, 9 * scale) if "few" not in phrase else (2 * scale, 5 * scale)
    return Figure(float(low), float(high), "vague", "", phrase)
