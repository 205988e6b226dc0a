"""The records of the pipeline, in the order an article meets them.

Article (input topic) -> CleanArticle (cleaned topic) -> Claim (claims topic) -> Alert
(alerts topic). Anything that cannot be processed becomes a DeadLetter.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

T = TypeVar("T")

SegmentKind = Literal["headline", "paragraph", "dateline"]
ClaimKind = Literal["figure", "event", "rejection"]
AlertKind = Literal["figure_mismatch", "denial", "negation", "revision"]


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a dataclass from a dict, ignoring keys it does not know (forward compatible)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


_FIELD_NAMES: dict[type, frozenset[str]] = {}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as it arrives on `claimwatch.articles`."""

    id: str
    source: str
    published_at: str  # ISO 8601, with or without timezone
    title: str
    body: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of cleaned text: a headline stands alone and is never merged into a sentence."""

    kind: SegmentKind
    text: str


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article after cleaning: boilerplate gone, headlines separated from paragraphs."""

    id: str
    source: str
    published_at: str
    title: str
    segments: tuple[Segment, ...]
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CleanArticle:
        segs = tuple(Segment(**s) for s in data.get("segments", ()))
        return _from_dict(cls, {**data, "segments": segs})

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed statement read from one sentence.

    `key` says what the claim is about (the measured quantity, or the act for event claims);
    claims that could conflict share a key, so they meet in one partition and one table row.
    A figure is an interval [low, high]; an open bound is None.
    """

    claim_id: str
    article_id: str
    source: str  # the outlet that published the article
    published_at: str
    speaker: str  # who makes the claim, as written ("Russia's defence ministry")
    side: str  # whom the speaker speaks for, normalised ("russia", "police", "velora motors")
    kind: ClaimKind
    key: str  # what it is about: "deaths", "participants", "growth|economy", "act|tear gas"
    text: str  # the sentence the claim was read from
    measure: str = ""
    subject: str = ""  # whose: "russia military", "household spending"
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"  # exact, about, more_than, at_least, up_to, less_than, range, vague
    unit: str = ""  # "", "%", or a currency/unit word
    figure_text: str = ""  # the figure as written ("more than 200")
    polarity: Literal["affirm", "negate"] = "affirm"
    cumulative: bool = False
    rising: bool = False  # says its figure grew to this: "the toll has risen to 31"
    long_run: bool = False  # a total over months or years ("since 2021"), not one event's
    revision: bool = False  # the speaker revises its own earlier figure
    previous_value: float | None = None  # "down to 1.4% from 2.1%": 2.1
    verb: str = ""  # the lemma of the claim's main verb (event claims)
    event_date: str | None = None  # ISO date of the event, named in the claim's sentence
    context_date: str | None = None  # else the first day the article named, if any
    as_of: str | None = None  # ISO date the claim was made
    period: str | None = None  # a reporting period that is not a day: "2023", "q2"
    due: bool = False  # the period is when a plan is due ("will cut 480 jobs in January")
    places: tuple[str, ...] = ()  # towns and regions named in the claim's sentence
    # the first place its article names, on claims that name none (they are about it) and on
    # claims whose sentence opens on a place ("In Córdoba, ..."): for claims of one article
    article_place: str = ""
    region: tuple[str, ...] = ()  # every place and country the article names
    topics: tuple[str, ...] = ()  # kinds of event: "earthquake", "protest", "war"
    # the proper names its article names most ("halbrook", "djibo"): reports of one event
    # share some, even when the model tags none of their places
    names: tuple[str, ...] = ()
    quoted: bool = False  # the speaker's own words, in quotation marks
    target_side: str = ""  # for a rejection: whose figure it rejects, when it says so

    def to_dict(self) -> dict[str, Any]:
        # Every field is a str, number, bool, None or a tuple of str: no deep copy needed,
        # and this runs once per claim per stage (asdict's recursion costs ~10x more).
        return {name: getattr(self, name) for name in _CLAIM_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        tuples = {k: tuple(data.get(k) or ()) for k in ("places", "region", "topics", "names")}
        return _from_dict(cls, {**data, **tuples})


_CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))


@dataclass(frozen=True, slots=True)
class Alert:
    """Two claims that cannot both be true, with why."""

    alert_id: str  # deterministic: the same pair of claims always gives the same id
    kind: AlertKind
    confidence: float
    explanation: str
    claim: Claim  # the newer claim
    conflicts_with: Claim  # the earlier claim
    detected_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "alert_id": self.alert_id,
            "kind": self.kind,
            "confidence": self.confidence,
            "explanation": self.explanation,
            "claim": self.claim.to_dict(),
            "conflicts_with": self.conflicts_with.to_dict(),
            "detected_at": self.detected_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alert:
        return _from_dict(
            cls,
            {
                **data,
                "claim": Claim.from_dict(data["claim"]),
                "conflicts_with": Claim.from_dict(data["conflicts_with"]),
            },
        )


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A message that could not be processed, kept with the reason so nothing vanishes."""

    reason: str
    stage: str  # which agent gave up on it
    payload: str  # the original message, decoded as UTF-8 with replacement, truncated
    topic: str = ""
    partition: int | None = None
    offset: int | None = None
    article_id: str | None = None
    size: int = 0
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
