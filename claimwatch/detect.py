"""Detection: compare each new claim with the earlier claims about the same thing.

Claims meet by key (what they are about), so a lookup costs one row of the store however big
the store grows. A row ("bucket") is a JSON-able dict, so a Faust table can be the store:

    {"claims": [claim dicts], "origin": {claim_id: claim_id},
     "alerts": {alert_id: [raised_by_id, claim_id, conflicts_with_id, kind, confidence,
                explanation]},
     "pairs": [origin pairs alerted],
     "groups": [article|side|how|origin alerted; how: "denies" or "differs"]}

Two claims conflict when they cannot both be true of the same event:
- figure_mismatch: different sides give figures that do not overlap, even with tolerance;
- negation / denial: one side says an act happened (or gives a figure), another that it did
  not, or rejects the figure;
- revision: the same side says it changes its own figure ("revised the toll down to 20",
  other than a running total rising), or announces what it denied ("no plans for layoffs",
  then 3,800 job cuts). A side's lower figure that says no such thing is, in the reports,
  mostly of a part or of another event, and raises nothing.

Alerts are deterministic: the same two claims always give the same alert, with the same id,
so a replay after a crash publishes identical copies and consumers can drop them by id.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final, Literal

from rapidfuzz import fuzz

from claimwatch.dates import MONTHS, WEEKDAYS, period_after, period_contains, periods_compatible
from claimwatch.figures import parse_number
from claimwatch.gazetteer import (
    HOME_NAMES,
    NATIONALITY_OF_WORD,
    SIDE_OF_WORD,
    SIDES,
    STATES,
    country_in,
    names_a_side,
    nationality_in,
    of_a_kind,
    place_key,
    spelled_alike,
)
from claimwatch.lexicon import (
    ABROAD,
    AREA_KINDS,
    BOTH_SIDES,
    CAMP_WORDS,
    CAUSE,
    COUNTER,
    COUNTRY_WIDE,
    DAY_MEASURES,
    DISEASE,
    DISTRICT_SCOPE,
    DWINDLING_MEASURES,
    EVENT_KINDS,
    FINAL_COUNT,
    FIRE_ACROSS_OBJECT,
    FIRED_ON_KINDS,
    FIRING_TOLD,
    FIRST_FIRE_OBJECT,
    FORCES_NOUNS,
    FOREIGN_LEGAL_FORMS,
    GENERIC_EVENTS,
    GUNSHOT_WOUNDS,
    HARM_MEASURES,
    IN_THE_CAMP,
    INSPECTED,
    LOCAL_BODY,
    NAMED_DISEASE,
    NATIONALS,
    ON_EACH_DAY,
    ONE_SITE_TOPICS,
    ORG_MEASURES,
    ORG_SUFFIXES,
    OVER_DAYS,
    PLACE_KIND_WORDS,
    PRIVATE_VOICES,
    RAIL_VEHICLES,
    REJECTING_WORDS,
    RESIDUAL_MEASURES,
    SAYS_A_MULTIPLE_OF_OTHERS,
    SAYS_ABOVE_OTHERS,
    SAYS_AFTER_OTHERS,
    SAYS_DISPUTED,
    SAYS_KEPT,
    SAYS_NOT_AS_OTHERS,
    SAYS_NOT_THAT,
    SAYS_REVISED,
    SCHEDULED_SERVICES,
    SIGHTED_CRAFT,
    SMALL_PLACE_KINDS,
    STAFF_TOLD_OBJECT,
    SUBJECT_CATEGORIES,
    TALLY_MEASURES,
    TALLY_VERB_KEYS,
    THING_CANON,
    TOPICS,
    TOTAL_WORDS,
    TOWN_BY_TOWN_MEASURES,
    TOWN_SITE_WORDS,
    VERB_GROUPS,
    WARNING_KEY,
    WIDE_AREA_BODY,
    WIDE_AREA_TOPICS,
    WIDER_AREA,
    WORKED,
    WORKFORCE_ROLES,
)
from claimwatch.row import (
    CONTEXT_WINDOW_DAYS,
    LISTED,
    NATIONWIDE,
    ONE_CRAFT_MEASURES,
    PLAN_WINDOW_DAYS,
    PLANNED_CUTS,
    REPORTED_PLAN_WINDOW_DAYS,
    TO_DATE_WINDOW_DAYS,
    TOLERANCE,
    RowIndex,
    Stance,
    anchor_window,
    bare_denial,
    countries_named,
    countries_only,
    counts_things_nationwide,
    date_anchor,
    days_back,
    days_between,
    denied_ever,
    denies,
    denies_a_toll_to_date,
    of_an_outbreak,
    plainly_agree,
    real_places,
    recency_rank,
    span,
    spans_meet,
    spot_in_no_town,
    spots_only,
    stance,
    told_as_plan,
    widened,
    wider_region,
)
from schemas.records import Alert, Claim

# Running totals from different sides reported this many days apart may both be right.
TALLY_WINDOW_DAYS = 2
# Words that tell fighters killed in the speaker's own strike or raid, whose toll another side
# may count: "its airstrikes in Paktika killed 37 militants".
STRUCK = re.compile(
    r"\b(?:strikes?|airstrikes?|raids?|bomb\w*|shell\w*|operations?)\b",
    re.IGNORECASE,
)
# Words by which a report tells its count's moments: "the toll later rose to 31", "police
# initially said 20", "by evening the toll had climbed to 44".
TIMELINE_WORDS = re.compile(
    r"\b(?:later|initially|at first|subsequently|since then|"
    r"by (?:the )?(?:\w+ )?(?:morning|midday|noon|afternoon|evening|night|nightfall))\b",
    re.IGNORECASE,
)
# A war's or a year's total this many times an event's count is the whole the event is part
# of, not another side's count of it.
WHOLE_RATIO = 10
# How many towns a count names to be a count over the country, not of one place.
COUNTRYWIDE_PLACES = 3
# Proper names two reports must share to tell one story whatever kinds of event they name.
SHARED_NAMES = 2
# What a bare rejection rejects: "rejected the accusation", "dismissed the claims".
BARE_REJECTED = frozenset(
    ["accusation", "accusations", "claim", "claims", "allegation", "allegations", "report", "reports",
     "charge", "charges"]
)
# A toll (of ten or more) at most this much higher a day later is an update, not a dispute
# (14 dead against 31 the next day is a dispute; so is 2 against 3: few dead are known by name).
UPDATE_RATIO = 1.5
# ... or that much higher in a report published this many hours later the same day (31
# wounded in the morning, 42 in the evening).
UPDATE_HOURS = 6
# How far a count of the missing may move from one day to the next as people are found and
# others reported missing (9, then 14 the next day; not 9, then 900).
MISSING_GROWTH_RATIO = 2.0
# A claim whose sentence is this similar to an earlier one by the same side restates it
# (a wire copy republished): it does not raise the same conflict again.
RESTATEMENT_SIMILARITY = 75.0

MEASURE_WORDS = {
    "area": "in area",
    "speed": "in speed",
    "data": "of data",
    "depth": "deep",
    "height": "high",
    "length": "long",
    "width": "wide",
    "members": "members",
    "aboard": "on board or on site",  # "120 passengers aboard", "22 workers on the premises"
    "deaths": "killed",
    "excess_deaths": "excess deaths",
    "animal_deaths": "animals dead",
    "injured": "injured",
    "captured": "captured",
    "held": "still held",
    "detained": "detained",
    "participants": "people",
    "job_cuts": "job cuts",
    "closures": "closures",
    "workforce": "employed",
    "displaced": "displaced",
    "sheltered": "in shelters",
    "change": "change",
    "leaked": "leaked",
    "escaped": "escaped",
    "recaptured": "recaptured",
}


# Kinds of conflict where one side says the other's claim is not so.
DENIALS = frozenset(["denial", "negation"])


@dataclass
class Conflict:
    kind: str
    confidence: float
    ratio: float | None = None


# A row keeps at most this many claims (a tenth more before it is trimmed), and none older (in
# event time) than the retention window behind the newest (a tenth more before it is cleared):
# the table stays bounded however long the wire runs.
RETENTION_DAYS = 30
MAX_CLAIMS_PER_KEY = 500
# The most a row's retention stretches for claims that arrive late (`RowIndex.lateness_days`):
# an archive's report fed in years late does not keep a row from ever expiring.
MAX_LATENESS_DAYS = 180
# Row indexes a detector keeps (least recently used dropped first); a row not in the cache is
# indexed again on its next lookup.
CACHED_ROWS = 4096


@dataclass
class DetectorStats:
    claims_seen: int = 0
    claims_replayed: int = 0
    comparisons: int = 0
    alerts: int = 0
    suppressed_repeats: int = 0
    expired: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


def alert_id_for(a: str, b: str) -> str:
    """Deterministic id for a pair of claim ids, whatever their order."""
    first, second = sorted((a, b))
    return hashlib.sha1(f"{first}\x00{second}".encode()).hexdigest()[:20]


def empty_bucket() -> dict[str, Any]:
    return {"claims": [], "origin": {}, "alerts": {}, "pairs": [], "groups": []}


class Detector:
    """Finds conflicts for one claim at a time against a store of earlier claims.

    A lookup reads one row and, through the row's index (claimwatch/row.py), only the claims
    in it that could be about the same event; its cost does not grow with the row.
    """

    def __init__(
        self,
        store: MutableMapping[str, Any],
        retention_days: int = RETENTION_DAYS,
        max_claims_per_key: int = MAX_CLAIMS_PER_KEY,
        cached_rows: int = CACHED_ROWS,
    ) -> None:
        self.store = store
        self.retention_days = retention_days
        self.max_claims_per_key = max_claims_per_key
        # A full row is trimmed back to the cap only once it is this far over it, so the
        # trimming (which rebuilds the row's index) happens once per many claims.
        self.trim_slack = max_claims_per_key // 10
        # Likewise a row is cleared of expired claims only once its oldest is this many days
        # past the window: on a busy key, once every few days of news rather than at every
        # claim (an index rebuilt per claim cost more than the rest of detection).
        self.expiry_slack_days = max(1, retention_days // 10)
        self.stats = DetectorStats()
        self._rows: OrderedDict[str, RowIndex] = OrderedDict()  # key -> index, least recent first
        self._cached_rows = cached_rows

    def detect(self, claim: Claim) -> list[Alert]:
        """Record `claim` and return the alerts it raises (the same ones again on replay)."""
        bucket = self.store.get(claim.key)
        alerts, bucket = self.check(claim, bucket or empty_bucket())
        self.store[claim.key] = bucket
        return alerts

    def check(self, claim: Claim, bucket: dict[str, Any]) -> tuple[list[Alert], dict[str, Any]]:
        """Step: the alerts for `claim` and the bucket with it added. The claim is appended to
        `bucket`'s list of claims in place; its other parts are replaced, not changed."""
        self.stats.claims_seen += 1
        row = self.row_index(claim.key, bucket["claims"])
        if claim.claim_id in row.ids:
            # Replayed after a crash: publish exactly what was published the first time.
            self.stats.claims_replayed += 1
            return self._replay(claim.claim_id, bucket, row), bucket

        # A revision names the figure it revises, whenever that was given: it reads the row.
        nearby = range(len(row)) if claim.revision else row.candidates(claim)
        origin: dict[str, str] = bucket["origin"]
        pairs: list[list[str]] = bucket["pairs"]
        groups: list[str] = bucket["groups"]
        my_origin = self._origin_of(claim, row, nearby, origin)

        alerts: list[Alert] = []
        new_pairs: list[list[str]] = []
        new_groups: list[str] = []
        new_alerts: dict[str, list[Any]] = {}
        for old, found in self._latest_conflicts(claim, row, nearby):
            old_origin = origin.get(old.claim_id, old.claim_id)
            pair = sorted((my_origin, old_origin))
            # A side that both gives its own figure and denies the other's says two things.
            how = disagreement(found)
            mine = f"{claim.article_id}|{claim.side}|{how}|{old_origin}"
            theirs = f"{old.article_id}|{old.side}|{how}|{my_origin}"
            if claim.key == FIRST_FIRE_KEY:
                # who started a fight is one dispute, however many tell each side of it: raised
                # once, when the second account first meets the first (a clash of another day is
                # a dispute of its own)
                day = min(_day_told_of(claim), _day_told_of(old))
                mine = theirs = f"first fire|{day}|" + "|".join(sorted((claim.subject, old.subject)))
            if (
                pair in pairs
                or pair in new_pairs
                or mine in groups
                or theirs in groups
                or mine in new_groups
                or theirs in new_groups
            ):
                self.stats.suppressed_repeats += 1
                continue  # this side already contradicted that claim (or a copy of it)
            new_pairs.append(pair)
            new_groups += [mine, theirs]
            alert = make_alert(claim, old, found)
            new_alerts[alert.alert_id] = [
                claim.claim_id,  # the claim whose arrival raised it: replays match on this
                alert.claim.claim_id,
                alert.conflicts_with.claim_id,
                alert.kind,
                alert.confidence,
                alert.explanation,
            ]
            alerts.append(alert)
            self.stats.alerts += 1
            self.stats.by_kind[alert.kind] = self.stats.by_kind.get(alert.kind, 0) + 1

        stored = claim.to_dict()
        # The claim is appended to the row's own list, not to a copy: copying a full row of
        # claims costs more than the rest of a lookup (it touches every claim it holds).
        # The other parts are copied when they change, so they stay as the store has them.
        claims: list[dict[str, Any]] = bucket["claims"]
        row.add(stored, claim)
        claims.append(stored)
        new_bucket = {
            "claims": claims,
            # Only restatements are written down; a claim is otherwise its own origin.
            "origin": origin if my_origin == claim.claim_id else {**origin, claim.claim_id: my_origin},
            "alerts": {**bucket["alerts"], **new_alerts} if new_alerts else bucket["alerts"],
            "pairs": [*pairs, *new_pairs] if new_pairs else pairs,
            "groups": [*groups, *new_groups] if new_groups else groups,
        }
        return alerts, self._expire(new_bucket, claim, row)

    def row_index(self, key: str, claims: list[dict[str, Any]]) -> RowIndex:
        """The index of the row `claims`, reused when the row is the one indexed (or a prefix)."""
        row = self._rows.get(key)
        if row is not None and row.follows(claims):
            row.truncate(len(claims))
            self._rows.move_to_end(key)
        else:
            row = self._rows[key] = RowIndex(claims)
            if len(self._rows) > self._cached_rows:
                self._rows.popitem(last=False)
        return row

    def _expire(self, bucket: dict[str, Any], newest: Claim, row: RowIndex) -> dict[str, Any]:
        """Drop claims past the retention window (event time) or over the row's size cap,
        with the bookkeeping that mentions only them."""
        claims = bucket["claims"]
        # Claims that arrive late (workers reading a backlog at unequal speeds) still meet
        # the claims made around their day: the window stretches by the lateness seen so far.
        late = min(row.lateness_days(), MAX_LATENESS_DAYS)
        horizon = days_back(newest.as_of, self.retention_days + late)
        due = days_back(newest.as_of, self.retention_days + late + self.expiry_slack_days)
        oldest = row.oldest_as_of()
        if len(claims) <= self.max_claims_per_key + self.trim_slack and not (
            due and oldest and oldest < due
        ):
            return bucket
        kept = [c for c in claims if not horizon or (c.get("as_of") or horizon) >= horizon]
        if len(kept) > self.max_claims_per_key:
            kept = sorted(kept, key=lambda c: c.get("as_of") or "")[-self.max_claims_per_key :]
        dropped = len(claims) - len(kept)
        if not dropped:
            return bucket
        self.stats.expired += dropped
        self._rows.pop(newest.key, None)  # a new index is built from the kept claims
        ids = {c["claim_id"] for c in kept}
        origin = {k: v for k, v in bucket["origin"].items() if k in ids}
        live = ids | set(origin.values())
        return {
            "claims": [c for c in claims if c["claim_id"] in ids],  # arrival order kept
            "origin": origin,
            "alerts": {k: v for k, v in bucket["alerts"].items() if v[1] in ids and v[2] in ids},
            "pairs": [p for p in bucket["pairs"] if p[0] in live and p[1] in live],
            "groups": [g for g in bucket["groups"] if g.rsplit("|", 1)[-1] in live],
        }

    def _latest_conflicts(
        self, claim: Claim, row: RowIndex, positions: Sequence[int]
    ) -> list[tuple[Claim, Conflict]]:
        """`latest_per_side` of every conflict with the row's claims at `positions`, found by
        comparing claims latest first, each side's only until its first conflict of each way
        of disagreeing (`disagreement`)."""
        found: list[tuple[int, Claim, Conflict]] = []
        done: set[tuple[str, str]] = set()
        # the day each side went on to tell of the thing it had denied ("no plans to cut jobs",
        # then "will cut 2,150 jobs"): its older denials are its own to have taken back
        told_after: dict[str, str] = {}
        voice, stances = row.voice, row.stances
        mine = stance_of(claim)
        for position in sorted(positions, key=row.rank.__getitem__, reverse=True):
            side, kind, polarity = voice[position]
            if claim.revision:  # it names the figure it revises, whoever denies what
                skip = (side, "denies") in done and (side, "differs") in done
            else:  # the way the two can disagree follows from who denies
                skip = (side, "denies" if denies(kind, polarity) != mine[0] else "differs") in done
            if skip:
                continue
            denial = denies(kind, polarity)
            # (the day the denial was made, as the row ranks it: no claim read to learn it)
            if denial and not mine[0] and side in told_after and row.rank[position][0] < told_after[side]:
                continue  # (a denial its own side has since taken back)
            self.stats.comparisons += 1
            # (but two sides' claims of who opened fire, both asserted, may name two starters)
            if not claim.revision and plainly_agree(mine, stances[position]) and claim.key != FIRST_FIRE_KEY:
                continue  # `compare` would say so too, after reading the claim
            old = row.claim(position)
            conflicting = compare(claim, old)
            if not denial and not mine[0] and (conflicting == UPDATE or isinstance(conflicting, Conflict)):
                told_after.setdefault(side, old.as_of or "")  # (the same event: compared, not passed by)
            if conflicting == UPDATE:
                # that side's latest count of the event is this one's, grown or growing: its
                # older counts are superseded
                done.add((side, "differs"))
            elif isinstance(conflicting, Conflict):
                slot = (side, disagreement(conflicting))
                if slot not in done and not _said_by_one_found(old, slot[1], found):
                    found.append((position, old, conflicting))
                done.add(slot)
        found.sort(key=lambda entry: entry[0])  # in arrival order
        return [(old, conflicting) for _, old, conflicting in found]

    @staticmethod
    def _origin_of(claim: Claim, row: RowIndex, positions: Sequence[int], origin: dict[str, str]) -> str:
        """The first claim (of the row's claims at `positions`) this one restates, or itself."""
        mine = (claim.side, claim.kind, claim.polarity)
        voice = row.voice
        for position in positions:
            if voice[position] != mine:
                continue
            old = row.claim(position)
            if (
                old.article_id != claim.article_id
                and figures_overlap(claim, old)
                and same_event(claim, old)
                and (_told_again(claim, old) or fuzz.ratio(claim.text, old.text) >= RESTATEMENT_SIMILARITY)
            ):
                return str(origin.get(old.claim_id, old.claim_id))
        return claim.claim_id

    @staticmethod
    def _replay(claim_id: str, bucket: dict[str, Any], row: RowIndex) -> list[Alert]:
        out = []
        for alert_id, (raised_by, first, second, kind, confidence, explanation) in bucket["alerts"].items():
            if raised_by == claim_id and first in row.ids and second in row.ids:
                a, b = row.claim(row.ids[first]), row.claim(row.ids[second])
                published = max(a.published_at, b.published_at)
                out.append(Alert(alert_id, kind, confidence, explanation, a, b, published))
        return out


def _told_again(new: Claim, old: Claim) -> bool:
    """Whether a later report tells what a side said on an earlier day, the day it said `old`:
    "the union said on Tuesday that ..." in Wednesday's report of the company's denial."""
    said = new.as_of or ""
    return bool(said) and said == old.as_of and said < new.published_at[:10]


def is_revision_of(new: Claim, old: Claim) -> bool:
    """ "revised growth down to 1.4% from 2.1%" revises the 2.1% it names, whenever given."""
    return (
        new.revision
        and new.key == old.key
        and new.article_id != old.article_id
        and same_side(new, old)
        and old.low is not None
        and new.previous_value is not None
        and figures_overlap(old, replace(old, low=new.previous_value, high=new.previous_value))
    )


def latest_per_side(found: Iterable[tuple[Claim, Conflict]]) -> list[tuple[Claim, Conflict]]:
    """Against each other side, only its latest conflicting claim of each way of disagreeing
    (`disagreement`): a daily tally does not raise one alert per day it has been repeated, and
    a side that both gives its own figure and denies the other's says two things."""
    latest: dict[tuple[str, str], tuple[int, Claim, Conflict]] = {}
    for arrival, (old, conf) in enumerate(found):  # a full tie goes to the later arrival
        slot = (old.side, disagreement(conf))
        kept = latest.get(slot)
        if kept is None or _shown_rather(old, kept[1]):
            latest[slot] = (arrival, old, conf)
    # A side called by two names ("the BLA", "the Baloch Liberation Army") is one side: the
    # latest of its claims speaks for it.
    kept_ones: list[tuple[int, Claim, Conflict]] = []
    newest_first = sorted(latest.values(), key=lambda e: (recency_rank(e[1].as_of, e[1].kind), e[0]))[::-1]
    for entry in newest_first:
        if not _said_by_one_found(entry[1], disagreement(entry[2]), kept_ones):
            kept_ones.append(entry)
    return [(old, conf) for _, old, conf in sorted(kept_ones, key=lambda e: e[0])]


def _shown_rather(later: Claim, earlier: Claim) -> bool:
    """Whether an alert shows `later` rather than `earlier` (which arrived first), as the row
    ranks them (`row.RowIndex.rank`): the later made, a figure above a denial the same day,
    and within one report the speaker's own words above a paraphrase of them."""
    mine, theirs = recency_rank(later.as_of, later.kind), recency_rank(earlier.as_of, earlier.kind)
    if mine != theirs:
        return mine > theirs
    if later.article_id == earlier.article_id and later.quoted != earlier.quoted:
        return later.quoted
    return True


def _said_by_one_found(old: Claim, way: str, found: Sequence[tuple[int, Claim, Conflict]]) -> bool:
    """Whether a later claim already found to disagree in `way` comes from `old`'s side under
    another name ("the BLA" and "the Baloch Liberation Army"), in reports of one story (the
    RSF of Sudan is not the RSF of the press): one alert per side it is."""
    return any(
        way == disagreement(conf) and same_side(old, other) and not _names_apart(old, other)
        for _, other, conf in found
    )


def disagreement(found: Conflict) -> str:
    """The way two claims disagree: one denies the other, or their figures differ."""
    return "denies" if found.kind in DENIALS else "differs"


# ---- the rules ----------------------------------------------------------------------------


def conflict(new: Claim, old: Claim) -> Conflict | None:
    """Why `new` and `old` cannot both be true, or None."""
    found = compare(new, old)
    return found if isinstance(found, Conflict) else None


# What `compare` says of two figures of one event when the later one is the earlier one grown.
UPDATE: Final = "update"


def compare(new: Claim, old: Claim) -> Conflict | Literal["update"] | None:
    """`conflict`, or UPDATE when the two are one event's running count, the later grown."""
    if is_revision_of(new, old):
        return Conflict("revision", 0.7, spread(new, old))
    if new.key != old.key:
        return None
    if (new.article_id, new.text, new.figure_text, new.low, new.high) == (
        old.article_id, old.text, old.figure_text, old.low, old.high
    ):
        return None  # the same words of one sentence read two ways are not two claims
    if new.key == FIRST_FIRE_KEY and _each_blames_the_other(new, old):
        return Conflict("denial", 0.6)  # "the Thai troops opened fire" and "the Cambodians opened fire"
    new_stance, old_stance = stance_of(new), stance_of(old)
    if plainly_agree(new_stance, old_stance):
        return None  # both deny, or both assert without a figure or with figures that agree
    new_neg, old_neg = new_stance[0], old_stance[0]
    if new.article_id != old.article_id and (_read_from_wounds(new) or _read_from_wounds(old)):
        return None  # (a report that sets the wounds against the denial sets them on one day)
    if not same_event(new, old) or not same_subject(new, old) or not same_scope(new, old):
        return None
    acts = new.kind == "event" and old.kind == "event" and new.measure == "act"
    if acts and not verbs_compatible(new.verb, old.verb):
        return None
    if new_neg != old_neg:
        if same_side(new, old):
            if _a_plan_told_twice(new, old) and new.article_id != old.article_id and new.as_of != old.as_of:
                denier, asserter = (new, old) if new_neg else (old, new)
                if denier.kind == "rejection" and denier.low is not None and (
                    asserter.high is not None and asserter.high < denier.low
                ):
                    return None  # it rejected "6,000 cuts", then announced 4,500: no turn
                # "no plans for layoffs", then 3,800 cuts announced: the company turned
                return Conflict("revision", 0.6)
            if _owned_up_to(new, old):
                return Conflict("revision", 0.6)
            return None
        if has_figure(new) and has_figure(old) and new.unit != old.unit:
            return None  # "turnout was not 61%" says nothing of "4,000 people rallied"
        denier, asserter = (new, old) if new_neg else (old, new)
        if asserter.kind == "rejection":
            return None
        if _denied_of_one_place(denier, asserter):
            return None  # "no one in Tala Ouzrou was killed" against the province's 52 dead
        if denier.kind != "rejection" and has_figure(denier) and not _the_figure_denied(denier, asserter):
            return None  # "turnout was not 61%" denies 61%, not 38%; "94, not 227" not "at least 28"
        if denier.target_side and not _speaks_for(asserter, denier.target_side):
            return None  # "the ministry's figures are a fiction" rejects the ministry only
        in_ours = IN_OUR_SITES.search(denier.text) if denier.measure == "cases" else None
        if in_ours and not re.search(rf"\b{re.escape(in_ours[1])}", asserter.text, re.I):
            return None  # "no cholera in our prisons" against 400 cases in the capital
        in_the_camp = denier.measure == "cases" and IN_THE_CAMP.search(denier.text)
        if in_the_camp and not CAMP_WORDS.search(asserter.text) and not _the_camp_at(denier, asserter):
            return None  # "no cholera outbreak in the camp" against 120 cases in Borno state
        if _overtaken(denier, asserter):
            return None  # "no deaths have been reported so far", then "the toll rose to 19"
        if _since_found(denier, asserter):
            return UPDATE  # "two workers are still missing", then "everyone has now been accounted for"
        if denier.measure == INSPECTED and _inspections_years_apart(denier, asserter):
            return None  # "inspected in 2019" and "not inspected since 2021": both may be true
        if _rejects_what_it_was_told(denier) and denier.article_id != asserter.article_id:
            return None  # "the RSF rejected the accusation": the one its report just told
        if denier.kind == "rejection" and denier.low is not None:
            # A rejected figure conflicts with the claim that gave it (or one close to it).
            if asserter.low is None or not rejects_figure(denier, asserter):
                return None
            return Conflict("denial", 0.8)
        return Conflict("denial" if denier.kind == "rejection" else "negation", 0.75)
    # Both assert figures that do not overlap.
    if new.unit != old.unit:
        return None  # "30% of trains were cancelled" and "1,200 trains were cancelled"
    if part_and_whole(new, old):
        return None
    if _below_an_estimate(new, old) and (
        not (new.subject and old.subject)
        or any(c.period or NATIONWIDE in c.places for c in (new, old))
        or new.qualifier == old.qualifier
    ):
        # "up to 60 soldiers killed" against "17 killed": of whom, unsaid; "up to 1,320 over the
        # day in all directions" against one battle's: a sum of many; two estimates, each "up to"
        return None
    new_first = (new.as_of or "", new.published_at) >= (old.as_of or "", old.published_at)
    later, earlier = (new, old) if new_first else (old, new)
    ratio = spread(new, old)
    a_little = ratio is not None and ratio <= UPDATE_RATIO  # higher by half again at most
    if same_side(new, old):
        if new.article_id == old.article_id:
            return None  # one report lists several figures; it does not contradict itself
        if (NATIONWIDE in new.places) != (NATIONWIDE in old.places):
            return None  # a side's count over the whole country and its count of one place
        # a toll told again later the same day, a little higher ("34 injured", then "47
        # injured"), has grown too
        grown_since = later.as_of != earlier.as_of or (
            is_tally(later) and later.published_at != earlier.published_at and a_little
        )
        if grown_since and later_is_higher(later, earlier):
            return None  # the same side's figure went up later: an update, not a dispute
        if later.as_of != earlier.as_of and later.measure in DWINDLING_MEASURES:
            return None  # "only 22,000 customers remain without power": restored since
        if not SAYS_REVISED.search(later.text):
            # a side's lower figure that does not say it revises the higher one is, in the
            # reports, mostly of a part or of another event ("the strike killed 14", "strikes
            # across the south killed 21"), not a correction
            return None
        return Conflict("revision", 0.6, ratio)
    tally = is_tally(later) or is_tally(earlier)
    apart = days_between(later.as_of, earlier.as_of)
    grew_a_little = (
        tally
        and a_little
        and (earlier.low or 0) >= 10
        and (
            apart >= 1
            or later.measure in HARM_MEASURES  # (harm done: not arrests, which are disputed)
            and _hours_between(later.published_at, earlier.published_at) >= UPDATE_HOURS
        )
    )
    # A count that only grows may have grown any amount; an amount said "so far" (a leak's)
    # by half again at most.
    grown = only_grows(later) or a_little
    long_apart = tally and apart >= TALLY_WINDOW_DAYS and grown
    # (not against another side's figure in the same report, the same day: "the ministry put
    # the toll at 118; the Red Crescent said its count had risen to 171"; but "the toll later
    # rose to 31", unattributed or told as a later moment, is the story's timeline)
    said_to_grow = later.rising and only_grows(later) and (
        apart >= 1 or new.article_id != old.article_id or _told_as_grown(later, earlier)
    )
    # A toll counted "so far", then a higher one in a later report: the count went on ("four
    # bodies have been recovered so far", then "six bodies had been recovered by Thursday night")
    went_on = (
        tally
        and a_little
        and SO_FAR.search(earlier.text) is not None
        and later.published_at > earlier.published_at
        and later.article_id != earlier.article_id
    )
    # (never one side's count of its enemy's dead against the enemy's own count)
    grows = long_apart or said_to_grow or grew_a_little or went_on
    grows = grows and _counts_the_enemy(later) == _counts_the_enemy(earlier)
    # (nor a count its teller sets above the other's: "far more than the figures released",
    # keeps against it: "stood by its count of 38 dead",
    # or tells in place of it: "47 were seized, not 41 as officials have said")
    grows = grows and not SAYS_ABOVE_OTHERS.search(later.text) and not SAYS_KEPT.search(later.text)
    grows = grows and (later.rising or not SAYS_AFTER_OTHERS.search(later.text))
    grows = grows and not _said_in_place_of(later, earlier)
    # (nor past a count its teller called final: "putting the final death toll at 16")
    grows = grows and not FINAL_COUNT.search(earlier.text)
    # (nor two counts of one moment that each name: "reached 2,600 on Thursday night" against
    # "1,530 as of Thursday night")
    grows = grows and not (_named_day(later) and _named_day(later) == _named_day(earlier))
    if grows and later_is_higher(later, earlier):
        # A later running total above an earlier one may simply have grown; one that says it
        # did ("has risen to 31", even the same day), or a toll a little higher the next day
        # (31 wounded, then 34), did.
        return UPDATE
    # (not a count told as the other's disputed: "only 100 remain, disputing the figure")
    if later.measure in DWINDLING_MEASURES and apart >= 1 and ratio is not None and (
        not SAYS_DISPUTED.search(later.text) and not SAYS_A_MULTIPLE_OF_OTHERS.search(later.text)
    ):
        # The trapped and the missing are found: eleven trapped, then nine a day later after
        # two bodies were recovered, whoever counts them. The trapped only fall; more may be
        # reported missing (nine missing, then 14 "still missing" the next day).
        grows = later.measure == "missing" and ratio <= MISSING_GROWTH_RATIO
        # ("six were trapped", then "two miners are still trapped" a day later: the rest came out)
        still = later.measure in RESIDUAL_MEASURES and STILL_LEFT.search(later.text) is not None
        still = still and _still_left(earlier, later) and not REJECTING_WORDS.search(later.text)
        if ratio <= UPDATE_RATIO and not later_is_higher(later, earlier) or grows or still:
            return UPDATE
    confidence = 0.9
    for c in (new, old):
        if c.qualifier == "vague":
            confidence -= 0.2
        elif c.qualifier not in ("exact", "range"):
            confidence -= 0.05
        if _the_outlets_own(c):
            confidence -= 0.1  # unattributed
    return Conflict("figure_mismatch", round(max(confidence, 0.3), 2), ratio)


# The moment a count is of: "1,530 as of Thursday night", "by Friday morning", "reached 2,600 on
# Thursday night" (a figure just before it; not "said late on Thursday night", nor "the floods
# that began on Thursday night").
AS_OF_A_DAY = re.compile(
    rf"\b(?:as (?:of|at)|by) (?P<day>{'|'.join(WEEKDAYS)})\b"
    rf"|\d[\d,.]*(?: [a-z]+){{0,2}} on (?P<day2>{'|'.join(WEEKDAYS)}) (?:night|morning|evening|afternoon)\b",
    re.I,
)


def _named_day(c: Claim) -> str | None:
    """The day a running total names as the one it was counted on ("reached 2,600 on
    Thursday night", "1,530 as of Thursday night"), not the day it was told."""
    found = AS_OF_A_DAY.search(c.text)  # (not "the toll from the strike on Jan. 21": the strike's)
    if found is None or not c.published_at:
        return None
    named = WEEKDAYS.index((found.group("day") or found.group("day2")).lower())
    told = date.fromisoformat(c.published_at[:10])
    return (told - timedelta(days=(told.weekday() - named) % 7)).isoformat()  # that day, last


def _owned_up_to(new: Claim, old: Claim) -> bool:
    """A side that denied a harm or an act in one report and tells of it, as having happened by
    then, in a later one: "no one was injured in the incident", then "two employees suffered
    burns"; "no deaths have been recorded", then "a pupil died on October 26" (the day before).
    Not what happened after the denial ("a passenger died in hospital overnight", "arrested
    three men on Tuesday", "as the fire spread"), nor a denial hedged on what was then known
    ("no injuries have been reported so far", "according to preliminary information"), unless
    the later report dates the thing before the denial was made."""
    if new.article_id == old.article_id or new.kind != "event" and new.low is None:
        return False
    denier, asserter = (old, new) if old.polarity == "negate" else (new, old)
    if denier is new or denier.kind == "rejection" or not denier.as_of or not asserter.as_of:
        return False
    given = point(asserter)
    denied_from = span(denier.low, denier.high, denier.qualifier)[0]
    if has_figure(denier) and given is not None and given < denied_from:
        # "seven miners, not eleven", then "seven were trapped": the same account (but "12, not
        # 30", then 34: it owned up to more than it denied)
        return False
    if asserter.as_of <= denier.as_of:
        return False
    if asserter.event_date is not None and asserter.event_date < denier.as_of:
        return True  # it happened before the denial was made
    if denier.key.startswith("find|") and not SO_FAR_HEDGE.search(denier.text):
        # "there is no salmonella in any of our products", then "salmonella was found in a
        # filling": what its products held, found since (not "no traces found so far"; nor "no
        # salmonella in our milk", then some found in its cheese)
        held_in = DENIED_IN.search(denier.text)
        return held_in is None or held_in[1].lower() in ("product", "products") or (
            held_in[1].lower() in asserter.text.lower()
        )
    hedged = SO_FAR_HEDGE.search(denier.text) is not None
    if RUNS_FROM_A_MONTH.search(asserter.text) and not hedged:
        return True  # "four children have died of measles since late September": before it too
    day = asserter.event_date or asserter.context_date
    denied_day = denier.event_date or denier.context_date or denier.as_of
    if day is None or day > denied_day:
        return False  # no day to put it before the denial, or a later one
    return not hedged and not HAPPENED_SINCE.search(asserter.text)


# What a denial of a finding says it is not in: "no salmonella in any of our products".
DENIED_IN = re.compile(r"\bin (?:any of )?(?:(?:our|its|their|the|his|her|a|an) )?(\w+)", re.I)


def _the_camp_at(denier: Claim, asserter: Claim) -> bool:
    """ "no cases in the camp at Kakuma" meets "45 cases in Kakuma": the camp's own place."""
    return any(
        re.search(rf"{IN_THE_CAMP.pattern} (?:at|in|near|of) {re.escape(place)}\b", denier.text, re.I)
        for place in real_places(asserter.places)
    )


def _overtaken(denier: Claim, asserter: Claim) -> bool:
    """Whether a denial of what was known so far ("no deaths have been reported so far", "there
    were no immediate reports of injuries") was made before another side told of it: news that
    came later, not a dispute (unless the other dates what it tells by the denial's day: "the
    army said no civilians have been killed so far" against "killed 30 civilians on Monday")."""
    if denier.kind == "rejection" or not (denier.as_of and asserter.as_of and denier.as_of < asserter.as_of):
        return False
    if asserter.event_date is not None and asserter.event_date <= denier.as_of:
        return False
    if YET_UNKNOWN.search(denier.text) is not None:
        return True
    # ("no patient has died", then "a man died in intensive care on Wednesday night", the night
    # after: a death since; but not "nobody has died" against "three have died", of no day)
    after = asserter.event_date is not None and asserter.event_date > denier.as_of
    return after and NONE_HAS_DIED.search(denier.text) is not None


# A denial of what was known by then: "so far", "yet", "no immediate reports".
_YET = r"so far|(?:as )?yet|immediate(?:ly)?|at this (?:time|stage)|for now"
# Those not yet out, told as such: "two miners are still trapped", "remain missing" (not "only
# five were trapped ..., rescuers were still working").
STILL_LEFT = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}?"  # ("still officially listed as missing")
    r"(?:trapped|missing|held|unaccounted|underground|in captivity)\b",
    re.I,
)
# A toll given as the count so far ("four bodies have been recovered so far"; not "so far this year").
SO_FAR = re.compile(r"\bso far\b(?! this (?:year|month|week|season))", re.I)
YET_UNKNOWN = re.compile(rf"\b(?:{_YET})\b", re.I)
# ... and the present perfect, said of the time of telling: "no patient has died" (overtaken by a
# death dated after it).
NONE_HAS_DIED = re.compile(r"\b(?:no|nobody|no one|none)\b[^.;]{0,30}?\b(?:has|have) died\b", re.I)
# ... and, besides, of what was reported or known, or of a degree: "no injuries have been
# reported", "according to initial reports", "no one was seriously hurt".
SO_FAR_HEDGE = re.compile(
    rf"\b(?:{_YET}|reported|recorded|known|confirmed|preliminary|initial|as of|seriously|critically"
    r"|severely)\b",
    re.IGNORECASE,
)
# A count that runs from a month: "since late September", "since October".
RUNS_FROM_A_MONTH = re.compile(
    r"\bsince (?:(?:late|early|mid)[- ])?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b",
    re.IGNORECASE,
)
# Words that put what a later report tells after the earlier one: "died in hospital overnight".
HAPPENED_SINCE = re.compile(
    r"\b(?:later|overnight|subsequently|afterwards|in hospital|spread|intensified|worsened)\b", re.IGNORECASE
)


def part_and_whole(a: Claim, b: Claim) -> bool:
    """Two counts of people of which one counts some of the other's: soldiers or officers hurt
    among all the people hurt (unless more of them), one place's count within a country's, an
    event's dead within a war's or a year's total (when the whole is ten times as many or
    more)."""
    if _fewer_places(a, b) or _fewer_places(b, a):
        return True  # "18,000 hectares in San Rafael" of "41,000 across San Rafael, Alvear and Malargüe"
    if a.unit or b.unit:
        return False
    if bool(a.subject) != bool(b.subject):
        part, whole = (a, b) if a.subject else (b, a)
        some = _combatants(part.subject) or _split_subject(part.subject)[1] == NATIONALS
        if some and (
            span(part.low, part.high, part.qualifier)[0] <= span(whole.low, whole.high, whole.qualifier)[1]
        ):
            # "six officers were injured" are some of "17 people treated", whoever's they are
            # ("killed 20 Nigerian soldiers" are some of "we buried 42 people"): a count that
            # names no one counts everyone, fighters too, and "13 Americans" of "170 people"
            return True
    if (NATIONWIDE in a.places) != (NATIONWIDE in b.places):
        whole, one_place = (a, b) if NATIONWIDE in a.places else (b, a)
        if one_place.high is not None and (whole.low or 0.0) >= WHOLE_RATIO * one_place.high:
            return True  # "3.5 million displaced across Myanmar" holds "4,000 from a dozen villages"
    if _two_districts(a, b):
        return True  # "19 died in Shangla district" is no count of "In Buner, the worst-hit district"
    for part, whole in ((a, b), (b, a)):
        if _district_of_wide_event(part, whole) and (
            span(part.low, part.high, part.qualifier)[0] <= span(whole.low, whole.high, whole.qualifier)[1]
        ):
            return True  # "in Buner district 66 deaths" are some of the province's 131
    if a.long_run != b.long_run:
        whole, event = (a, b) if a.long_run else (b, a)
        # A running count of one place's event ("the toll from the strike on a house in Kfar
        # Roummane rose to five") is one event's; one of no place may be another side's count
        # since the war began ("1,351 killed since the start of the operation")
        of_one_place = any(not country_in([p]) for p in real_places(event.places))
        side_total = event.cumulative and not of_one_place
        if not side_total and event.high is not None and (whole.low or 0.0) >= WHOLE_RATIO * event.high:
            return True  # "the war has killed tens of thousands" holds two workers killed
    return False


def _fewer_places(part: Claim, whole: Claim) -> bool:
    """Whether `part` counts in some of the places `whole` counts across (and no more than it):
    one department's damage among three departments'. Not rates: one place's turnout may be
    above the whole's."""
    if part.unit == "%" or whole.unit == "%" or part.low is None or whole.high is None:
        return False
    listed = _places_listed(whole.text)  # (a town and its district, named together, are one place)
    some, all_of = _alike(tuple(real_places(part.places))), _alike(tuple(listed))
    return bool(some) and len(all_of) >= 2 and some < all_of and part.low <= whole.high


_NAME = r"(?-i:[A-Z][\w'’.-]*)(?: (?-i:[A-Z][\w'’.-]*))*"
# A count said to be over several places, and the places: "across the departments of A, B and
# C", "in the provinces of A and B".
ACROSS_PLACES = re.compile(
    r"\b(?:across|in|for|of) (?:the )?(?:departments|provinces|districts|regions|states|counties"
    rf"|municipalities|communes|towns|cities|villages) of ({_NAME}(?:(?:,|,? and) {_NAME})+)",
    re.I,
)


@lru_cache(maxsize=4096)
def _places_listed(text: str) -> tuple[str, ...]:
    """The places a sentence lists as those a count is over ("across the departments of San
    Rafael, General Alvear and Malargüe"), as claims name them."""
    found = ACROSS_PLACES.search(text)
    if found is None:
        return ()
    names = re.split(r",? and |, ", found.group(1))
    return tuple(place_key(n.lower()) for n in names)


def _district_of_wide_event(part: Claim, whole: Claim) -> bool:
    """Whether `part` counts one district's share of a flood's or an earthquake's toll (its
    sentence keeps to the district) and `whole` the province's, state's or country's (its
    sentence says so), not the district's own."""
    if not (_wide_event(part) and _wide_event(whole)):
        return False
    if not _keeps_to_a_district(part.text) or _of_the_whole_area(part):
        return False  # "320 across the province, including 180 in Buner district" is the province's
    if _keeps_to_a_district(whole.text) or not (
        _of_the_whole_area(whole) or EVENT_TOLL.search(whole.text) or WIDE_AREA_BODY.search(whole.speaker)
    ):
        return False  # ("the death toll from cyclone Arnab rose to 19": all of it)
    return not _names_a_place_of(whole, part)


# The toll of a whole event, named by its kind: "the death toll from severe cyclonic storm Arnab".
EVENT_TOLL = re.compile(
    r"\btoll (?:from|of|in) (?:the )?(?:[\w-]+ ){0,3}(?:cyclone|storm|typhoon|hurricane|tornado|earthquake"
    r"|quake|floods?|flooding|monsoon)\b",
    re.I,
)


def _two_districts(a: Claim, b: Claim) -> bool:
    """Whether two counts of a flood or an earthquake each keep to a district, not the same."""
    if not (_wide_event(a) and _wide_event(b)):
        return False
    if not (_keeps_to_a_district(a.text) and _keeps_to_a_district(b.text)):
        return False
    if _of_the_whole_area(a) or _of_the_whole_area(b):
        return False
    placed = bool(real_places(a.places) and real_places(b.places))
    return placed and not _names_a_place_of(a, b) and not _names_a_place_of(b, a)


def _wide_event(c: Claim) -> bool:
    return bool(WIDE_AREA_TOPICS.intersection(c.topics)) and ONE_SITE_TOPICS.isdisjoint(c.topics)


def _of_the_whole_area(c: Claim) -> bool:
    return NATIONWIDE in c.places or WIDER_AREA.search(c.text) is not None


def _names_a_place_of(c: Claim, other: Claim) -> bool:
    """Whether `c` names (in its places or its words) a place `other` names: "Zhuozhou" is
    "Zhuozhou County", "Swat" is "Swat district"."""
    words = {w for p in real_places(other.places) for w in spelled_alike(_core_name(p)).split()}
    mine = {w for p in real_places(c.places) for w in spelled_alike(p).split()}
    said = {spelled_alike(w) for w in re.findall(r"[\w'’-]+", c.text.lower())}
    return not words.isdisjoint(mine | said)


@lru_cache(maxsize=4096)
def _keeps_to_a_district(text: str) -> bool:
    return DISTRICT_SCOPE.search(text) is not None


def stance_of(c: Claim) -> Stance:
    return stance(c.kind, c.polarity, c.unit, c.low, c.high, c.qualifier)


def _below_an_estimate(a: Claim, b: Claim) -> bool:
    """Whether two figures differ only as one falls below the other's "up to" estimate (whose
    span reaches down to a third of it, `row.UP_TO_FLOOR`), not past any bound ("killed up to 20",
    then "two killed")."""
    def to_none(c: Claim) -> tuple[float, float]:
        low, high = span(c.low, c.high, c.qualifier)
        return (0.0, high) if c.qualifier == "up_to" else (low, high)

    return (a.qualifier == "up_to" or b.qualifier == "up_to") and spans_meet(to_none(a), to_none(b))


def has_figure(c: Claim) -> bool:
    return c.low is not None or c.high is not None


def figures_overlap(a: Claim, b: Claim) -> bool:
    """Whether two figures can both be right (a claim without a figure agrees with any)."""
    if not has_figure(a) or not has_figure(b):
        return True
    return spans_meet(span(a.low, a.high, a.qualifier), span(b.low, b.high, b.qualifier))


def _the_figure_denied(denial: Claim, figure: Claim) -> bool:
    """Whether `figure` gives the figure a negated one denies: its value in the denied span (a
    vague figure, or one without a value, where the two spans meet)."""
    given = point(figure)
    if given is None or figure.qualifier == "vague":
        return figures_overlap(denial, figure)
    low, high = span(denial.low, denial.high, denial.qualifier)
    return low <= given <= high


def rejects_figure(rejection: Claim, figure: Claim) -> bool:
    """A rejected number targets a claim that gave that number, not a vague estimate;
    a vague rejected number ("claims of thousands of dead") targets figures within it."""
    if rejection.qualifier == "vague":
        # "claims of hundreds of dead" rejects 427, not "at least 11"
        given = point(figure)
        low, high = widened(rejection.low, rejection.high, rejection.qualifier)
        return figure.qualifier != "vague" and given is not None and low <= given <= high
    value, given = point(rejection), point(figure)
    if figure.qualifier == "vague" or value is None or given is None or given <= 0:
        return False
    if rejection.qualifier in ("more_than", "at_least") and rejection.low is not None:
        # "reports that over 80 inmates escaped are false" rejects 87 as much as 80
        return given >= rejection.low * (1 - TOLERANCE["exact"])
    return abs(value - given) <= TOLERANCE["exact"] * given


def later_is_higher(later: Claim, earlier: Claim) -> bool:
    later_top = later.high if later.high is not None else float("inf")
    return later_top >= (earlier.low or 0.0)


def spread(a: Claim, b: Claim) -> float | None:
    values = sorted(v for v in (point(a), point(b)) if v)
    if len(values) < 2 or values[0] <= 0:
        return None
    return values[1] / values[0]


def point(c: Claim) -> float | None:
    if c.low is not None and c.high is not None:
        return (c.low + c.high) / 2
    return c.low if c.low is not None else c.high


def _hours_between(a: str, b: str) -> float:
    """Hours between two ISO timestamps ("2025-11-18T06:40:00Z"); 0 when either has no time."""
    try:
        later = datetime.fromisoformat(a.replace("Z", "+00:00"))
        earlier = datetime.fromisoformat(b.replace("Z", "+00:00"))
        return abs((later - earlier).total_seconds()) / 3600
    except (ValueError, TypeError):
        return 0.0


def _counts_the_enemy(c: Claim) -> bool:
    """ "Kyrgyzstan says at least 12 Tajik servicemen were killed": a state's count of another
    state's fighters lost (not of its nationals killed abroad, a host state's to update)."""
    whose, category = _split_subject(c.subject)
    enemy = whose.startswith("not ") or whose in SIDES and c.side in SIDES and whose != c.side
    return category in ("military", "militant") and enemy


def _read_from_wounds(c: Claim) -> bool:
    """Whether live rounds are said to have been used only by the wounds they left ("admitted
    with gunshot wounds"): what one report sets against a denial, not what another's answers."""
    told = c.key == LIVE_FIRE_KEY and c.polarity == "affirm" and GUNSHOT_WOUNDS.search(c.text) is not None
    return told and FIRING_TOLD.search(c.text) is None  # (not "fired live rounds, wounding ...")


def _said_in_place_of(later: Claim, earlier: Claim) -> bool:
    """Whether the later count is told in place of the earlier one: "47 workers were seized,
    not 41 as officials have said", "23 were taken, not seventeen" (the figure it sets aside is
    the earlier's)."""
    told = SAYS_NOT_AS_OTHERS.search(later.text) or SAYS_NOT_THAT.search(later.text)
    if told is None or earlier.low is None or not later.figure_text:
        return False
    # (set aside in the clause of the count's own figure: "47 ..., not 41 as"; not another
    # quantity's, "the bus was carrying 60, not 41 as the operator said")
    own = later.text.lower().rfind(later.figure_text.lower(), 0, told.start())
    between = later.text[own + len(later.figure_text) : told.start()] if own >= 0 else ""
    # (nor a number told in words between: "the bus, carrying sixty, not forty as")
    numbers = any(ch.isdigit() for ch in between) or any(
        parse_number([word]) is not None for word in re.findall(r"[a-z]+(?:-[a-z]+)*", between.lower())
    )
    if own < 0 or numbers or len(between) > NOT_AS_REACH:
        return False
    # ("not 41 as officials have said", "not fourteen as the military has said")
    figure = parse_number([told.group("figure").rstrip(".")])
    if figure is None:
        return False
    return earlier.low <= figure <= (earlier.high if earlier.high is not None else earlier.low)


def _told_as_grown(later: Claim, earlier: Claim) -> bool:
    """Whether one report tells a count's growth as its timeline: the later figure is the
    outlet's own, or either sentence marks the moment ("later", "initially", "by evening")."""
    return _the_outlets_own(later) or any(
        TIMELINE_WORDS.search(c.text) for c in (later, earlier)
    )


def _the_outlets_own(c: Claim) -> bool:
    """Whether a claim names no source: the outlet's own figure (speakers.outlet)."""
    return c.side == c.source.lower()


def only_grows(c: Claim) -> bool:
    """A count that only grows while an event goes on (the dead, the detained, drones downed,
    people affected, the land a fire has burned): one said to have risen is the other side's
    grown. An estimate that "reached 2,100 barrels" is an estimate."""
    # (and those rescued, told as a running count: "a total of 23 people were rescued", after
    # "15 had been rescued so far"; not the count of a rescue on a day it names, then over)
    running = c.measure == "rescued" and c.cumulative and c.event_date is None
    return _a_toll(c) or c.key.split("|")[0] == "affect" or running


def is_tally(c: Claim) -> bool:
    """A running total: said so ("so far", "rose to"), or a count that only grows. Not those
    aboard, counted at one moment ("52 people in total" were on the boat when it sank)."""
    return c.cumulative and c.measure != "aboard" or _a_toll(c)


def _a_toll(c: Claim) -> bool:
    """A toll, a count of losses, or the area a fire has burned, told while it spreads (2,100
    hectares on the first evening and 15,500 two days later are one area grown, not two
    counts; a flood's recedes)."""
    # (not those taken in one abduction, "41 people were taken from the camp": a number the
    # families' list and the army's count dispute, whose captives are no war's running count)
    abducted = c.measure == "captured" and not c.cumulative and "military" not in c.subject
    return (
        c.measure in TALLY_MEASURES and not abducted
        or c.key.split("|")[0] in TALLY_VERB_KEYS
        or c.measure == "area" and "fire" in c.topics
    )


# a workforce told of a plan, or consulted on it
STAFF_TOLD_KEYS = frozenset(f"{verb}|{STAFF_TOLD_OBJECT}" for verb in ("inform", "consult"))


def same_event(a: Claim, b: Claim) -> bool:
    """Same kind of event, place and day, as far as both claims say; silence is no
    disagreement. Places named in the claims' own sentences decide first; otherwise the
    places and countries their articles name must meet."""
    if a.article_id != b.article_id and _names_apart(a, b) and (not _ties_meet(a, b) or _placed_apart(a, b)):
        # two reports that share no name, and no place or kind of event either (one placed
        # nowhere, or one only placed and the other only of a kind): nothing ties them; nor a
        # kind of event alone, where each is placed apart (a strike in Riga, a vote in Cacheu)
        return False
    if a.long_run != b.long_run:
        short = b if a.long_run else a
        # ("there is no plague in Ambositra", in a report that opened on Tuesday's deaths,
        # denies the outbreak counted since February; "no cases on Monday" denies a day)
        denied_outbreak = short.polarity == "negate" and short.event_date is None and (
            _outbreak_denied(short, a, b)
        )
        if not denied_outbreak and (_of_a_day(short) or short.polarity == "negate"):
            # a war's or a year's total is not the toll of one day's event ("6,000 civilians
            # since the coup" against "nine killed in Thursday's strike"; "no soldier was
            # killed in the encounter"); against a figure of no day it may be the other
            # side's total, and is compared
            return False
    # those aboard one boat or down one mine, wherever each report is filed; counted of no day,
    # those aboard the trip the other names ("about 75 people had been on the boat", days later)
    one_craft = a.measure in ONE_CRAFT_MEASURES and _one_craft(a, b)
    undated_craft = one_craft and not (a.event_date and b.event_date)
    if not (a.cumulative and b.cumulative) and not dates_compatible(a, b) and not _never_done(a, b) and (
        not undated_craft
    ):
        return False
    if _plan_and_its_denial(a, b):
        pass  # when a plan is due is no period counted: its denial rules it out whenever
    elif (a.key == WARNING_KEY or a.key in STAFF_TOLD_KEYS) and _never_done(a, b):
        # "never received any warning" against "ordered it in June to replace the valves"; "the
        # union had never been consulted" against "representatives were consulted in November"
        pass
    elif a.measure in STANDING_MEASURES and not (a.period and b.period):
        pass  # what a boat is licensed to carry holds whatever month its sentence names beside it
    elif a.period and b.period:
        if not periods_compatible(a.period, b.period):
            return False
    elif (a.period or b.period) and not (
        period_contains(a.period, b.event_date or b.as_of)
        and period_contains(b.period, a.event_date or a.as_of)
    ):
        return False  # "last year" / "in November" is not the week the other claim is about
    if a.topics and b.topics and _kinds(a.topics).isdisjoint(_kinds(b.topics)) and not _one_story(a, b):
        return False  # an earthquake's toll is not a flood's (unless their reports tell one story)
    if _separate(a.places) != _separate(b.places):
        return False  # "in a separate attack": an event of its own
    if one_craft:
        return True
    a_nation, b_nation = NATIONWIDE in a.places, NATIONWIDE in b.places
    local = a.places if b_nation else b.places
    if a_nation != b_nation and _the_province_itself(a if b_nation else b, b if b_nation else a):
        pass  # "about 400 houses in Eastern Highlands province" and "some 4,000 across the province"
    elif a_nation != b_nation and _the_area_itself(a if b_nation else b, b if b_nation else a):
        pass  # "about 50,000 displaced in Hiraan" and "about 120,000 across Hiraan"
    elif a_nation != b_nation and local and len(real_places(local)) < COUNTRYWIDE_PLACES:
        # "2.5 million across the country" is not "80,000 in Paris" (but may be the count of
        # "Nairobi, Mombasa, Kisumu and Nakuru"), unless the place counts more than the
        # country: "in Nampula alone we have 37 deaths" against 24 nationwide
        whole, part = (a, b) if a_nation else (b, a)
        if _countries_apart(a, b) and set(a.region).isdisjoint(b.region):
            return False  # "16 killed in central Sudan" is no count over a town in Haiti
        return _part_exceeds_whole(part, whole)
    if a_nation != b_nation and not local:
        whole, part = (a, b) if a_nation else (b, a)
        if _counts_a_smaller_area(part, whole):
            return _part_exceeds_whole(part, whole)
    a_days, b_days = (c.measure in DAY_MEASURES and _over_days(c.text) for c in (a, b))
    if a_days != b_days:
        # "over the two strike days, more than 20,000 joined" sums days: one day's count is a
        # part of it (unless above it)
        whole, part = (a, b) if a_days else (b, a)
        return _part_exceeds_whole(part, whole)
    a_placed, b_placed = bool(real_places(a.places)), bool(real_places(b.places))
    if a_placed != b_placed:
        # A claim that names no place is about the first place its report names; a sentence
        # that opens on another place ("In Córdoba, 5,000 marched") has moved elsewhere.
        placed, unplaced = (a, b) if a_placed else (b, a)
        # (a weapon that hit or was stopped is always somewhere: its report's place decides)
        # (a claim placed at a spot in its town, "at Victoria Square", has not moved)
        opens_elsewhere = bool(placed.article_place) and not spots_only(placed.places)
        moved = unplaced.article_place and (opens_elsewhere or placed.key.startswith("land|"))
        # (a report that opens on a site in a town, "the Plaza de las Banderas", is the town's)
        in_its_town = bool(set(unplaced.article_place.split()) & TOWN_SITE_WORDS) and not set(
            placed.places
        ).isdisjoint(unplaced.region)
        if moved and not _names_meet(unplaced.article_place, placed.places) and not in_its_town:
            return False
    a_places, b_places = (tuple(p for p in c.places if p != LISTED) for c in (a, b))
    # (a spot names no town: in a report that names none either, it may be in the other's town)
    in_no_town = a.article_id != b.article_id and (_spot_in_no_town(a) or _spot_in_no_town(b))
    apart = a_places and b_places and _alike(a_places).isdisjoint(_alike(b_places))
    if apart and not _on_its_road(a, b) and not in_no_town:
        if a.article_id == b.article_id and not (_spot_in_its_town(a, b) or _spot_in_its_town(b, a)):
            return False  # one report, two named places: two events
        if LISTED in a.places or LISTED in b.places:
            return False  # a count of its own places ("five in Aurangabad") meets no others
        if a.measure in TOWN_BY_TOWN_MEASURES and not _cores_meet(set(a_places), set(b_places)):
            return False  # arrests in Bouaké are not arrests in Abidjan, whichever report names both
        for spot, other in ((a, b), (b, a)):
            # (unless the other report names the spot too: "the parade in Highland Park")
            spot_apart = not other.article_place and not _names_meet(spot.article_place, other.places)
            spot_apart = spot_apart and set(spot.places).isdisjoint(other.region)
            if _at_a_spot(spot) and spot_apart and not spots_only(other.places):
                # "the march along Boulevard Joffre", in a report from Toamasina, is not the
                # march "in Antananarivo" (a claim placed at a spot only is in its report's town)
                return False
        # Across reports, a place one names in passing may be where the other's event was
        # (unless each names a day of its own too: "near Aguelhok on Friday" is not "near
        # Tessalit on Saturday", though the report of the one names the other).
        if set(a_places).isdisjoint(b.region) and set(b_places).isdisjoint(a.region):
            return False
        a_within, b_within = set(a_places).isdisjoint(b.region), set(b_places).isdisjoint(a.region)
        # ("swat" and "swat district" are one place; not "swat district" and "swat valley")
        one_place = not {_core_name(p) for p in a_places}.isdisjoint(_core_name(p) for p in b_places)
        part, whole = (a, b) if a_within else (b, a)
        if a_within != b_within and not one_place and _counted_within(part, whole):
            # "eleven bodies recovered in Quillcapampa", in a report that names the Colca valley,
            # against "the toll in the Colca valley reached 23" from one that never names the
            # hamlet: a place within the other's area, whose count is a part of it; where neither
            # is named as an area or as a small place, two towns' counts, one report naming the
            # other's town in passing ("13 killed in Gaziantep" against "452 in Hatay", where
            # the tremor "was also felt in Gaziantep"), which do not meet
            named = _named_as(whole, AREA_KINDS) or _named_as(part, SMALL_PLACE_KINDS)
            return named and _part_exceeds_whole(part, whole)
        if a.event_date and b.event_date and a.event_date[:10] != b.event_date[:10]:
            return False
        one_name = any(_names_meet(p, b_places) for p in a_places)  # ("swat", "swat district")
        if (_set_in_its_place(a) or _set_in_its_place(b)) and not one_name:
            return False  # "In Lome, the march gathered around 4,500": not the march in Sokode
    if a.measure in ORG_MEASURES and a.subject and a.subject == b.subject:
        return True  # a company's jobs are its own wherever its reports are filed
    if not (a.region and b.region) or not set(a.region).isdisjoint(b.region):
        return True
    # The place a report opens on is among those it names, though the model may not have tagged
    # it ("in Mukono and Wakiso districts"), unless the two name countries apart (two reports
    # filed from Geneva, of floods in Somalia and in Kenya).
    if _countries_apart(a, b):
        return False
    # "2,050 pharmacies closed throughout the country": the country both reports name, if only in
    # a body's name ("the Asociación de Químicos Farmacéuticos del Paraguay"), for a count of
    # things its key names (not "participants": pharmacists' and nurses' strikes)
    nationwide = counts_things_nationwide(a.key, a.places) or counts_things_nationwide(b.key, b.places)
    if nationwide and not set(countries_named(a.names)).isdisjoint(countries_named(b.names)):
        return True
    # (and the places its own sentence names, which the report's few main ones may leave out:
    # "6,900 displaced by the eruption in East Flores")
    a_region, b_region = (set(wider_region(c.region, c.article_place, c.places)) for c in (a, b))
    # ("the Ourika valley" is Ourika)
    # (Two reports of one story filed from two towns apart stay apart though they share names:
    # the row index files claims by place, and meeting them by name cost more false alerts than
    # it found, 65 against 25 on all wires. The index files a place by its whole name only, so
    # "zacatecas city" and "zacatecas" meet here only when their claims meet under another
    # place; filing each by its core name too found 5 pairs more for 16 false alerts more.)
    if not a_region.isdisjoint(b_region) or _cores_meet(a_region, b_region):
        return True
    # But a report that names no town, only a country ("under South African law"), is of the
    # story whose names it shares ("Goldvale", "the Doornpan shaft"), wherever the other is
    # (unless a claim names a place of its own: "at Goldvale's Kroonkop mine near Carletonville")
    own_places = bool(real_places(a.places) or real_places(b.places))
    return not own_places and (countries_only(a_region) or countries_only(b_region)) and _one_story(a, b)


def _one_craft(a: Claim, b: Claim) -> bool:
    """Whether two reports tell of those aboard one craft or on one site: they share the names
    of the story ("the MV Upendo", "Lake Tanganyika", "Kigoma"), though each puts it at another
    place (the port it left, the lake, the town it was filed from)."""
    shared = (set(a.names) & set(b.names)) - {n for n in a.names if names_a_side(n)}
    return a.article_id != b.article_id and len(shared) >= CRAFT_SHARED_NAMES


# The names two reports of those aboard one boat, bus or site share.
CRAFT_SHARED_NAMES = 3


def _over_days(text: str) -> bool:
    """ "over the two strike days, more than 20,000 joined", "25,000 in all on both days": a sum
    over days (not "13,000 nurses were on strike on both days": on each)."""
    found = OVER_DAYS.search(text)
    each_day = found is not None and ON_EACH_DAY.match(found.group(0)) is not None
    return found is not None and (not each_day or TOTAL_WORDS.search(text) is not None)


def _the_province_itself(part: Claim, whole: Claim) -> bool:
    """Whether `whole` counts "across the province" (or region, or state) the one province `part`
    names as such ("Eastern Highlands province"): one area, counted twice."""
    wide = PROVINCE_WIDE.search(whole.text)
    places = real_places(part.places)
    return wide is not None and len(places) == 1 and re.search(
        rf"\b{re.escape(places[0])} {wide.group(1)}\b", part.text, re.I
    ) is not None


PROVINCE_WIDE = re.compile(r"\b(?:across|throughout) the (province|region|state)\b", re.I)


def _the_area_itself(part: Claim, whole: Claim) -> bool:
    """Whether `whole` counts across an area by name ("across Hiraan") that `part` counts in: one
    area, counted twice."""
    named = {place_key(m.group(1).lower()) for m in AREA_WIDE.finditer(whole.text)}
    places = real_places(part.places)
    # (the place the part counts in first: not "in Beledweyne, the capital of Hiraan region")
    return bool(places) and places[0] in named


AREA_WIDE = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def _at_a_spot(c: Claim) -> bool:
    """Whether a claim is placed only at spots in its report's town ("boulevard joffre")."""
    # (a report that opens on a spot, "Macedonia Square", names no town to set it in)
    return bool(c.article_place and c.places) and spots_only(c.places) and not spots_only((c.article_place,))


def _spot_in_no_town(c: Claim) -> bool:
    """ "12,000 people were present in Piața Victoriei", in a press release that names no town:
    a spot in a town it does not say."""
    return spot_in_no_town(c.places, c.article_place, c.region)


def _spot_in_its_town(spot: Claim, town: Claim) -> bool:
    """ "the march which started from the University Square" and "estimated the protesters at
    12,000" placed in Bucharest, the town the report opens on: the spot is in that town."""
    return _at_a_spot(spot) and all(_names_meet(spot.article_place, (p,)) for p in real_places(town.places))


def _countries_apart(a: Claim, b: Claim) -> bool:
    """Whether the countries two claims' reports name are each their own."""
    a_countries, b_countries = ({country_in([p]) for p in c.region} - {None} for c in (a, b))
    return bool(a_countries and b_countries) and a_countries.isdisjoint(b_countries)


def _cores_meet(a: set[str], b: set[str]) -> bool:
    """Whether a place of each is one by its name without the kind of place: "ourika valley"
    and "ourika" (not "north kivu" and "kivu": a part is no kind; nor "nampula city" and
    "nampula province", two kinds of one name: a city's toll is not its province's)."""
    return any(
        _core_name(p) and spelled_alike(_core_name(p)) == spelled_alike(_core_name(q))
        and (_core_name(p) == p or _core_name(q) == q)
        for p in a for q in b
    )


@lru_cache(maxsize=4096)
def _core_name(place: str) -> str:
    return " ".join(w for w in place.split() if w not in PLACE_KIND_WORDS)


def _plan_and_its_denial(a: Claim, b: Claim) -> bool:
    """ "will cut 480 jobs and close its base in January" against "there will be no layoffs
    this year or next": periods of when a plan is due (`Claim.due`), not periods counted (two
    rounds of cuts due in 2026 and 2027 are two)."""
    # (a period after the day it was told is when a plan is due too: "is preparing to close the
    # refinery after the season ends in November, a move that would cost about 900 jobs")
    a_due, b_due = (c.due or c.measure in PLANNED_CUTS and period_after(c.period, c.as_of) for c in (a, b))
    return (
        (a_due or b_due)
        and (a_due or not a.period)
        and (b_due or not b.period)
        and bare_denial(a.kind, a.polarity) != bare_denial(b.kind, b.polarity)
    )


def _counts_a_smaller_area(part: Claim, whole: Claim) -> bool:
    """Whether `part`'s speaker is a body of an area smaller than the one `whole` counts over:
    "the state disaster authority put the deaths at 41" against "96 across the country" (but
    the state's body counts "across the state")."""
    body = LOCAL_BODY.search(part.speaker)
    if body is None or country_in(part.speaker.lower().replace("'s", "").split()):
        return False  # ("Turkey's state disaster agency": the country's)
    country = COUNTRY_WIDE.search(whole.text) is not None
    return country or body.group(1).lower() in ("district", "county")


# What holds whenever it is told: "licensed to carry 80 passengers".
STANDING_MEASURES = frozenset(["capacity"])
# Tolls a quake, a flood or a storm leaves, counted place by place over the area it struck.
WITHIN_MEASURES = frozenset(["deaths", "injured", "missing", "displaced", "sheltered"])


def _named_as(c: Claim, kinds: frozenset[str]) -> bool:
    """Whether a claim's sentence names one of its places as of one of these kinds: "the Colca
    valley", "the state of Assam", "the town of Port Shepstone"."""
    text = c.text.lower()
    return any(of_a_kind(place, kinds, text) for place in real_places(c.places))


def _counted_within(part: Claim, whole: Claim) -> bool:
    """Whether two counts are of a toll a quake, a flood or a storm left over an area, which
    its places count in parts."""
    return part.measure in WITHIN_MEASURES and _wide_event(part) and _wide_event(whole)


def _part_exceeds_whole(part: Claim, whole: Claim) -> bool:
    """Whether one place's count is above a count of the whole country or province: the
    two cannot both be right, whatever else each counts (a rate can: one province's turnout
    is above the country's)."""
    return (
        part.unit == whole.unit != "%"
        and part.low is not None
        and whole.high is not None
        and part.low > whole.high
        and part.polarity == whole.polarity == "affirm"
    )


@lru_cache(maxsize=8192)
def _alike(places: tuple[str, ...]) -> frozenset[str]:
    """Places as two spellings of one meet ("stupochki", "stupochky": `spelled_alike`)."""
    return frozenset(p if "#" in p or p in (NATIONWIDE, LISTED) else spelled_alike(p) for p in places)


def _on_its_road(a: Claim, b: Claim) -> bool:
    """ "koui" and "bocaranga-koui", the road from Bocaranga to Koui: a town one claim is placed
    at ends the road the other is placed on."""
    def ends(c: Claim) -> set[str]:
        return {spelled_alike(part) for p in c.places if "-" in p for part in p.split("-") if len(part) > 2}

    return bool(ends(a) & _alike(b.places) or ends(b) & _alike(a.places))


@lru_cache(maxsize=1024)
def _kinds(topics: tuple[str, ...]) -> frozenset[str]:
    """The kinds of event a claim's topics may be: a strike not known to be an attack
    ("delivered a group strike") may be one, or a walkout; an attack may be a war's (not a
    blast's: a report naming only an explosion may be of a mine's)."""
    kinds = set(topics) | ({"war"} if "strike" in topics else set())
    # (landslides come of an earthquake or of a flood's or a storm's rain: a landslide's toll
    # may be theirs, though an earthquake's is no flood's)
    kinds |= {"earthquake", "flood", "storm"} if "landslide" in kinds else set()
    return frozenset(kinds | ({"war"} if "attack" in kinds else set()))


def _inspections_years_apart(denier: Claim, asserter: Claim) -> bool:
    """Whether an inspection told in one year or month is outside the time another report
    says none was made in ("not inspected since 2021", "for more than two years", "no
    documented inspection in 2027", "had not undergone the December inspection")."""
    years = [int(y) for y in YEAR.findall(asserter.text)]
    if years and (since := SINCE_YEAR.search(denier.text)):
        return max(years) <= int(since.group(1))  # ("last inspected in 2027", "not since 2027")
    told_months = [MONTHS.index(m.lower()) for m in MONTH.findall(asserter.text)]
    if told_months and (since := SINCE_MONTH.search(denier.text)):
        return max(told_months) <= MONTHS.index(since.group(1).lower())  # "not since March": February
    if years and (lasting := FOR_YEARS.search(denier.text)) and denier.as_of:
        told = (lasting.group(1) or "2").lower()  # ("not inspected in years": two at least)
        count = YEAR_COUNTS.get(told) or int(told)
        return max(years) <= int(denier.as_of[:4]) - count
    if years and (within := IN_YEAR.search(denier.text)):
        return int(within.group(1)) not in years
    denied_months = {MONTHS.index(m.lower()) for m in MONTH_OF_AN_INSPECTION.findall(denier.text)}
    return bool(denied_months and told_months) and denied_months.isdisjoint(told_months)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SINCE_YEAR = re.compile(r"\bsince (?:\w+ )?((?:19|20)\d\d)\b")
IN_YEAR = re.compile(r"\bin ((?:19|20)\d\d)\b")
FOR_YEARS = re.compile(
    r"\b(?:for|in the (?:past|last)) (?:more than |over |at least |nearly |almost )?"
    r"(\d+|an?|one|two|three|four|five) years?\b|\b(?:for|in) (?:many )?years\b",
    re.I,
)
YEAR_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_MONTHS = "|".join(m.capitalize() for m in MONTHS)
MONTH = re.compile(rf"\b({_MONTHS})\b")
SINCE_MONTH = re.compile(rf"\bsince ({_MONTHS})\b(?! \d)")
# ("the December inspection", "no inspection in March": not "since March", a time from then on)
MONTH_OF_AN_INSPECTION = re.compile(rf"(?<!since )\b(?:the |in )({_MONTHS})\b")


def _names_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims' reports name no name in common (a claim stored before claims
    carried names, or from a report that names none, says nothing either way)."""
    return bool(a.names and b.names) and set(a.names).isdisjoint(b.names)


def _one_story(a: Claim, b: Claim) -> bool:
    """Whether two reports share names enough to tell one story (the kinds of event each
    names may differ: a raid with "explosions" in one and "fighting" in the other). A
    country's name, which every story from it shares, tells no story."""
    if a.article_id == b.article_id:
        return True
    shared = set(a.names) & set(b.names)
    return len([n for n in shared if not names_a_side(n)]) >= SHARED_NAMES


def _set_in_its_place(c: Claim) -> bool:
    """Whether a claim's sentence opens on the place it names ("In Lome, the march gathered
    ..."): a report that sets the scene so tells of one place among others, not in passing."""
    opener = SCENE_OPENER.match(c.text)
    return opener is not None and spelled_alike(opener.group(1).strip().lower()) in _alike(tuple(c.places))


SCENE_OPENER = re.compile(r"\W*In ((?:[A-Z][\w'’-]+ ?)+),")
# A sentence that opens on a site: "At São João University Hospital in Porto, the board said".
AT_A_SITE = re.compile(r"\W*At (?:the )?[A-Z]")


def _placed_apart(a: Claim, b: Claim) -> bool:
    """Whether each claim is placed (by its report's places, the one it opens on, or its own
    sentence's) and no place of one is the other's."""
    # (with the country of a capital it opens on: "KATHMANDU" is in Nepal)
    where_a, where_b = (
        {*wider_region(c.region or ("",), c.article_place, c.places), *real_places(c.places)} - {""}
        for c in (a, b)
    )
    return bool(where_a and where_b) and where_a.isdisjoint(where_b) and not _cores_meet(where_a, where_b)


def _ties_meet(a: Claim, b: Claim) -> bool:
    """Whether two claims share a place (in their sentences or their reports) or a kind of
    event; their other ties are checked apart, where both have them."""
    where_a, where_b = set(a.region) | set(a.places), set(b.region) | set(b.places)
    kinds_meet = bool(a.topics and b.topics) and not _kinds(a.topics).isdisjoint(_kinds(b.topics))
    return bool(where_a & where_b) or kinds_meet


def _outbreak_denied(denial: Claim, a: Claim, b: Claim) -> bool:
    """ "no child had died of measles in the state" against "four children have died of measles
    since late September": one outbreak's toll denied, whenever it began. Not a denial of a
    period ("in the past week"), of a place the total is not of ("no cholera cases in Bulawayo"
    against the country's), of another disease, nor a vaccine's safety ("no child had died
    after receiving the measles vaccine")."""
    total = b if denial is a else a
    # (the disease each names, wherever in its sentence: "no plague in Ambositra" against "an
    # outbreak of pneumonic plague ... 17 cases")
    denied_names, counted_names = _diseases_named(denial), _diseases_named(total)
    if denied_names and counted_names:
        if denied_names.isdisjoint(counted_names):
            return False
    else:
        denied, counted = DISEASE.search(denial.text), DISEASE.search(total.text)
        if denied is None or counted is None or denied.group(0).lower() != counted.group(0).lower():
            return False
    placed = real_places(denial.places)
    meets = not placed or not _alike(tuple(placed)).isdisjoint(_alike(total.places))
    return meets and not denial.period and "vaccin" not in denial.text.lower()


# A denial of cases in the speaker's own sites ("no food poisoning in our schools"): of them only.
IN_OUR_SITES = re.compile(r"\bin (?:any of )?our (\w+?)s?\b", re.I)


def _denied_of_one_place(denier: Claim, asserter: Claim) -> bool:
    """Whether a denial is of one place an earthquake or a flood struck around, and the claim it
    meets counts another its report names too: "Tala Ouzrou has been spared, and no one there
    was killed", told beside the province's toll, against "52 dead in the villages of Béjaïa
    province" (not against "three bodies recovered in Tala Ouzrou"; nor, of one place, "no tear
    gas was fired in Serekunda" against tear gas at a junction in it)."""
    denied = real_places(denier.places)
    if not denied or NATIONWIDE in denier.places or not (_wide_event(denier) and _wide_event(asserter)):
        return False
    counted = real_places(asserter.places) or ([asserter.article_place] if asserter.article_place else [])
    if not counted or any(_names_meet(p, tuple(counted)) for p in denied):
        return False
    # (or the toll of the whole event, placed in no town of its own, whose report names the place
    # denied among those it struck: "at least 11 killed when the quake struck", in a report that
    # names El Jicaro, against "no deaths in El Jicaro")
    whole = not real_places(asserter.places) and any(_names_meet(p, asserter.region) for p in denied)
    return whole or any(_names_meet(q, denier.region) for q in counted)


def _never_done(a: Claim, b: Claim) -> bool:
    """Whether one of two acts is denied ever to have happened ("SGW has never received any written
    warning", "no ransom was paid") and the other names the day it did ("sent a letter on January
    20"): whenever."""
    denier = a if a.polarity == "negate" else b
    # (the other told as an act, or as a sum: "the family paid 1.5 million CFA francs")
    ever = denied_ever(denier.polarity, denier.measure, denier.text, denier.event_date)
    return a.polarity != b.polarity and ever


def _of_a_day(c: Claim) -> bool:
    return c.event_date is not None or c.context_date is not None


def _names_meet(place: str, places: tuple[str, ...]) -> bool:
    """ "mai-ndombe" and "lake mai-ndombe" are one place."""
    words = set(spelled_alike(place).split())
    return any(words & set(spelled_alike(p).split()) for p in places)


@lru_cache(maxsize=4096)
def _separate(places: tuple[str, ...]) -> frozenset[str]:
    """The marks of a separate event ("article#sentence"): they meet only the same marks."""
    return frozenset(p for p in places if "#" in p)


def dates_compatible(a: Claim, b: Claim) -> bool:
    """Days named in the claims' sentences must nearly agree; a day carried over from
    earlier in the article is looser; with no day at all, news is about the last week
    (`row.anchor_window`). A claim of no known day agrees with any."""
    a_anchor = date_anchor(a.event_date, a.context_date, a.as_of)
    b_anchor = date_anchor(b.event_date, b.context_date, b.as_of)
    if a_anchor is None or b_anchor is None:
        return True
    if a.period and a.period == b.period and not a.event_date and not b.event_date:
        return True  # "a main pipe had burst in late August", "there was no burst in August"
    if _of_another_time(a, b_anchor[1]) or _of_another_time(b, a_anchor[1]):
        return False  # "shelled the district again on Wednesday ... no casualties this time"
    window = anchor_window(a_anchor[0], b_anchor[0])
    if _denied_to_date(a, b_anchor[1]) or _denied_to_date(b, a_anchor[1]):
        return True
    if _outbreak_denied_before(a, b) or _outbreak_denied_before(b, a):
        return True
    # (a plan for a plant, not for two days each names)
    plans = _a_plan_told_twice(a, b) and (a.measure in ORG_MEASURES or not (a.event_date and b.event_date))
    if plans and bare_denial(a.kind, a.polarity) != bare_denial(b.kind, b.polarity):
        window = PLAN_WINDOW_DAYS  # "no plans for layoffs" stays news for weeks
    elif a.measure in PLANNED_CUTS and a.side != b.side:
        # so, for a while, does a plan reported before the company announces its own figure
        # ("preparing to cut about 2,000 jobs"); a round of cuts months on is another
        window = max(window, REPORTED_PLAN_WINDOW_DAYS)
    if (
        a.measure in RESIDUAL_MEASURES
        and b.measure in RESIDUAL_MEASURES
        and not a_anchor[0] == b_anchor[0] == "event"
        and days_between(a.as_of, b.as_of) > 1
        and _still_left(*sorted((a, b), key=lambda c: c.as_of or ""))
    ):
        # those still trapped or missing are fewer by the day as people are found: a smaller
        # count given days after another (not both of a named day) is of a later day
        return False
    if _seen_in_a_day(a) and _seen_in_a_day(b):
        if a.cumulative != b.cumulative:
            return False  # "a total of 172 aircraft over the three days" is no day's count
        if "made" in (a_anchor[0], b_anchor[0]):
            window = min(window, 1)  # "tracked 59 aircraft" said Wednesday: in the 24 hours before
    if a.measure == b.measure == "sheltered" and a_anchor[1] != b_anchor[1]:
        return False  # people in shelters go home (or come) by the day: two days, two counts
    if _counts_a_day(a) and _counts_a_day(b):
        # a count made on Monday cannot count Tuesday's strikers (a day named, not the day
        # a count was given)
        if _services_cancelled(a) and _services_cancelled(b):
            # a day's cancellations, announced before it ("will cancel 800 flights on Tuesday")
            # or told the day after: the days told must be one, or a day apart if not named
            named = a_anchor[0] == b_anchor[0] == "event"
            return days_between(a_anchor[1], b_anchor[1]) <= (0 if named else 1)
        if (a_anchor[0] != "made" and _later_than(a_anchor[1], b.as_of)) or (
            b_anchor[0] != "made" and _later_than(b_anchor[1], a.as_of)
        ):
            return False
        if a_anchor[0] == b_anchor[0] == "event":
            window = 0  # each day's strike or march is its own: named days must be the same
        elif a_anchor[0] == b_anchor[0] == "made" or "strike" in (*a.topics, *b.topics):
            # (a day's turnout given a week after another, neither naming its day, or a strike's,
            # told on its day: two strike days, "Turnout was 18%, lower than last week"; an
            # election's turnout is counted for days after the vote)
            window = min(window, CONTEXT_WINDOW_DAYS)
    return days_between(a_anchor[1], b_anchor[1]) <= window


def _a_plan_told_twice(a: Claim, b: Claim) -> bool:
    """Whether both claims tell a company's plan (`row.told_as_plan`): its jobs or closures, or
    what it will do to a plant both name ("the Saarlouis plant" is not the Valencia plant)."""
    if not (told_as_plan(a.measure, a.key, a.text) and told_as_plan(b.measure, b.key, b.text)):
        return False
    return a.measure in ORG_MEASURES or _plan_for_one_place(a, b)


def _plan_for_one_place(a: Claim, b: Claim) -> bool:
    """Whether two plans for a plant name one place in their sentences ("no plans to close the
    Kutno factory", "will close its Kutno factory")."""
    a_places, b_places = real_places(a.places), real_places(b.places)
    if a_places and b_places and not _alike(tuple(a_places)).isdisjoint(_alike(tuple(b_places))):
        return True
    a_sites, b_sites = (_sites_named(c.text) for c in (a, b))
    return not a_sites.isdisjoint(b_sites)


@lru_cache(maxsize=4096)
def _sites_named(text: str) -> frozenset[str]:
    """The names a sentence gives a company's sites: "the Kutno factory", "its plant in Kutno"."""
    # (not "its German battery plant": whose, not where)
    named = (n.lower() for pair in SITE_NAMED.findall(text) for n in pair if n)
    return frozenset(n for n in named if nationality_in([n]) in (None, n))


_SITES = (
    r"(?:plant|factory|brewery|mine|site|facility|works|refinery|mill|smelter|terminal|depot|store|branch)"
)
# "the Tadcaster brewery", "the Siquirres packing plant", "its washing machine factory in Kutno"
SITE_NAMED = re.compile(
    rf"\b([A-Z][\w'’-]+) (?:(?!(?:the|a|an|its|their|and|or)\b)[a-z]+ ){{0,2}}{_SITES}\b"
    rf"|\b{_SITES} in ([A-Z][\w'’-]+)"
)


def _of_another_time(c: Claim, day: str) -> bool:
    """Whether a claim tells of a day its sentence names as another occasion ("had shelled the
    district again on Wednesday ... and that there had been no casualties this time"), which
    a count of an earlier day's is not about."""
    named = c.event_date is not None and c.event_date[:10] != day
    return named and ANOTHER_TIME.search(c.text) is not None


# (not "again denied on Wednesday": the denial said again, of the same event)
ANOTHER_TIME = re.compile(r"\b(?:this time|again on)\b", re.I)


def _denied_to_date(denier: Claim, day: str) -> bool:
    """Whether `denier` denies a toll to date (`denies_a_toll_to_date`), made on or within
    two weeks after `day`: it answers a count of that day ("three deaths were recorded" by
    Monday, then on Friday "there have been no deaths in this outbreak"), which a denial of
    a later day's toll does not."""
    if not denies_a_toll_to_date(denier):  # (most claims fail this at its first, cheap test)
        return False
    return _within_two_weeks(day, (denier.as_of or "")[:10])


def _outbreak_denied_before(denier: Claim, cases: Claim) -> bool:
    """Whether `denier` said there were no cases (of no day) up to two weeks before `cases`
    were confirmed: the outbreak it denied is the one confirmed later (not every count told
    since: "31 cases had been reported as of March 12")."""
    if denier.polarity != "negate" or cases.polarity == "negate" or not _confirmed(cases.text):
        return False
    if not (of_an_outbreak(denier) and of_an_outbreak(cases)):
        return False
    # A denial of somewhere, and of a place the confirmation's report names (not "no cases at the
    # Mulago hospital" against a district's, nor Laos's against Thailand's): the denial's own
    # places, or those of its report its words name though the model left them untagged ("There
    # is no case of diphtheria in Siguiri."); the confirmation's own places and the towns and
    # districts of its report (not a neighbouring country it names).
    said = set(re.findall(r"[\w']+", denier.text.lower()))
    denied_in = set(real_places(denier.places)) or {
        r for r in denier.region if set(r.split()) <= said and not country_in([r])
    }
    told_in = set(cases.places) | {r for r in cases.region if not country_in([r])}
    if not denied_in or not (denied_in & told_in or _cores_meet(denied_in, told_in)):
        return False
    return _within_two_weeks((denier.as_of or "")[:10], (cases.as_of or "")[:10])


def _within_two_weeks(first: str, then: str) -> bool:
    """Whether day `then` is `first` or up to two weeks after it (TO_DATE_WINDOW_DAYS)."""
    return bool(first and then) and first <= then and days_between(first, then) <= TO_DATE_WINDOW_DAYS


# What tells cases confirmed: "confirmed an outbreak", "15 laboratory-confirmed cases" (not
# "none has been confirmed", "yet to be confirmed", "unconfirmed").
CONFIRMED = re.compile(r"\bconfirm", re.I)
NOT_CONFIRMED = re.compile(r"\b(?:not|none|never|no|yet to)\b(?:\s+\w+){0,3}\s+confirm|\bunconfirmed", re.I)


def _confirmed(text: str) -> bool:
    return CONFIRMED.search(text) is not None and NOT_CONFIRMED.search(text) is None


def _counts_a_day(c: Claim) -> bool:
    return c.measure in DAY_MEASURES or _seen_in_a_day(c) or _services_cancelled(c)


def _services_cancelled(c: Claim) -> bool:
    """ "cancelled 541 trains on Monday": a day's timetable, each strike day's its own (and "no
    flight was cancelled", an act denied, keyed by what was done)."""
    if c.measure == "act" and OVER_THE_STRIKE.search(c.text):
        return False  # ("not a single flight has been cancelled since the strike began": all its days)
    verb, _, thing = (c.key if c.measure == "act" else c.measure).partition("|")
    return verb == "cancel" and thing.rsplit(" ", 1)[-1] in SCHEDULED_SERVICES


OVER_THE_STRIKE = re.compile(r"\b(?:since|during|throughout)\b", re.I)


def _seen_in_a_day(c: Claim) -> bool:
    """ "detected 71 aircraft around the island": a count of craft seen, each day's its own."""
    verb, _, thing = c.measure.partition("|")
    return verb == "find" and thing.rsplit(" ", 1)[-1] in SIGHTED_CRAFT


# Those told "accounted for": found, alive or dead, so that none is left (`_still_left`).
ACCOUNTED_FOR = re.compile(r"\baccounted for\b", re.I)


def _still_left(earlier: Claim, later: Claim) -> bool:
    """Whether `later` counts no more still trapped or missing than `earlier` did (none, when
    it says no one is): what is left as people are found, not a disagreement."""
    # ("all 27 miners who were trapped have now been accounted for": none left; not "all our
    # soldiers are accounted for", a side's count of its own, disputed)
    accounted = ACCOUNTED_FOR.search(later.text) is not None and not (
        _combatants(later.subject) or _combatants(earlier.subject)
    )
    if later.verb != "remain" and "still" not in later.text.lower() and not accounted:
        return False  # "only five were trapped by the collapse": a count of the event, disputed
    def left(c: Claim) -> float | None:
        return 0.0 if c.polarity == "negate" else c.high if c.high is not None else c.low
    first, then = left(earlier), left(later)
    return first is not None and then is not None and then <= first


def _later_than(day: str, as_of: str | None) -> bool:
    return bool(as_of) and day[:10] > str(as_of)[:10]


def _rejects_what_it_was_told(c: Claim) -> bool:
    """A rejection that names nothing it rejects but "the accusation", "the claims": its
    report says what (just before), not another's."""
    bare = c.low is None and c.high is None
    return c.kind == "rejection" and bare and c.figure_text.lower() in BARE_REJECTED


def _speaks_for(c: Claim, target: str) -> bool:
    """Whether `target` ("ministry", "united nations") names the side behind claim `c`."""
    words = set(target.split())
    return bool(words) and (words <= set(c.side.split()) or words <= set(c.speaker.lower().split()))


# Who acts for a state with force: one actor when a side denies what "its" forces did.
STATE_FORCES = FORCES_NOUNS | {"police", "gendarme"}
# What says which of a state's forces: "security troops", "riot police", "border guards".
FORCE_QUALIFIERS = frozenset(["security", "riot", "special", "federal", "border"])
# The sides that are countries, longest name first (so "united states" is found before "united").
COUNTRIES = SIDES
COUNTRIES_LONGEST_FIRST = tuple(sorted(COUNTRIES, key=len, reverse=True))


def same_side(a: Claim, b: Claim) -> bool:
    """ "Ukraine's General Staff" and "the General Staff" speak for one side."""
    if a.side == b.side:
        # (survivors, residents or relatives quoted by two reports are two groups of people)
        private = a.side in PRIVATE_VOICES or a.side.removesuffix("s") in PRIVATE_VOICES
        return not private or a.article_id == b.article_id
    if _org_aliases(a.speaker) & _org_aliases(b.speaker):
        return True  # "the NCDC" and "the Nigeria Centre for Disease Control (NCDC)"
    if a.side in _acronyms_written(b.speaker) or b.side in _acronyms_written(a.speaker):
        return True  # "Mohammad Sadiqi, spokesman for the ANDMA" and "the (...) Authority (ANDMA)"
    if _one_body_placed(a, b) or _one_body_placed(b, a):
        return True  # "the Chandpur fire service" and "the fire service"
    if _company_named_short(a.side, b.side) or _company_named_short(b.side, a.side):
        return True  # "Kestrel Mobile" and "Kestrel"
    if (a.side in COUNTRIES) == (b.side in COUNTRIES):
        return False
    a_org, b_org = _org_words(a.speaker), _org_words(b.speaker)
    return bool(a_org) and a_org == b_org


# Bodies several governments or factions each have: "the health ministry" of Kyiv is not the
# "Donetsk health ministry".
RIVAL_BODIES = frozenset(["ministry", "government", "commission", "administration", "authority"])


def _one_body_placed(whole: Claim, short: Claim) -> bool:
    """Whether `whole`'s side is `short`'s named with a place the other's report names too
    ("chandpur fire service", "fire service")."""
    words, tail = whole.side.split(), short.side.split()
    if len(tail) < 2 or len(words) <= len(tail) or words[-len(tail) :] != tail or tail[-1] in RIVAL_BODIES:
        return False
    place = " ".join(words[: -len(tail)])
    # ("murang'a county police" where the report names "Murang'a County")
    return any(p == place or p.startswith(place + " ") for p in (*short.region, *short.places))


def _company_named_short(full: str, short: str) -> bool:
    """Whether `short` is the company `full` without the last words of a company's name
    ("kestrel mobile", "kestrel"; `ORG_SUFFIXES`)."""
    words, first = full.split(), short.split()
    return (
        # "China Mobile" does not speak for China (as far as the gazetteer knows countries)
        not names_a_side(short)
        and 0 < len(first) < len(words)
        and words[: len(first)] == first
        and all(w in ORG_SUFFIXES or w in FOREIGN_LEGAL_FORMS or w in HOME_NAMES for w in words[len(first) :])
    )


@lru_cache(maxsize=4096)
def _org_aliases(speaker: str) -> frozenset[str]:
    """What an organisation is called for short: the acronym it is given ("(PDMA)", "the
    NCDC said") and the initials of its name ("Provincial Disaster Management Authority")."""
    words = speaker.replace("(", " ").replace(")", " ").split()
    aliases = set(_acronyms_written(speaker))
    capitalised = [w for w in words if w[:1].isupper() and w.lower() != "the"]
    initials = "".join(w[0] for w in capitalised)
    if len(initials) >= 3:
        aliases.add(initials.lower())
    if len(capitalised) >= 4 and capitalised[0].isupper():
        # "UN Office for the Coordination of Humanitarian Affairs" is OCHA: an acronym that
        # opens a name is left out of its initials
        aliases.add(initials[1:].lower())
    return frozenset(aliases)


@lru_cache(maxsize=4096)
def _acronyms_written(speaker: str) -> frozenset[str]:
    """The acronyms a speaker's name spells out ("(ANDMA)"), not the initials of its words
    (the party PTI is not the Press Trust of India)."""
    words = speaker.replace("(", " ").replace(")", " ").split()
    return frozenset(w.lower() for w in words if w.isalpha() and w.isupper() and 3 <= len(w) <= 7)


@lru_cache(maxsize=4096)
def _org_words(speaker: str) -> str:
    words = [
        w
        for w in speaker.lower().replace("'s", " ").split()
        if w not in ("the", "a", "an", "its", "their") and w not in SIDE_OF_WORD
    ]
    return " ".join(words)


FIRE_ACROSS_KEY = f"attack|{FIRE_ACROSS_OBJECT}"
FIRST_FIRE_KEY = f"open|{FIRST_FIRE_OBJECT}"


def _grounds_meet(a: str, b: str) -> bool:
    """Whose ground fire fell on, and of what kind: "cambodia" and "not thailand" meet, and so do
    a side's territory and its villages; its villages and its posts do not."""
    a_owner, _, a_kind = a.rpartition(" ") if a.endswith(FIRED_ON_KIND_WORDS) else (a, "", "")
    b_owner, _, b_kind = b.rpartition(" ") if b.endswith(FIRED_ON_KIND_WORDS) else (b, "", "")
    return _owners_compatible(a_owner, b_owner) and (not a_kind or not b_kind or a_kind == b_kind)


FIRED_ON_KIND_WORDS = tuple(sorted(f" {kind}" for kind in set(FIRED_ON_KINDS.values())))


def _day_told_of(c: Claim) -> str:
    """The day a claim is of (`row.date_anchor`): its own, the day its report opened on, else the
    day it was told."""
    anchor = date_anchor(c.event_date, c.context_date, c.as_of)
    return anchor[1] if anchor is not None else ""


def _each_blames_the_other(a: Claim, b: Claim) -> bool:
    """Two sides, each saying the other started the fight: told by two tellers, both asserted,
    of two sides that cannot be one ("thailand" and "cambodia"; not "thailand" and "not
    cambodia"), about one event."""
    if a.polarity != "affirm" or b.polarity != "affirm" or not a.subject or not b.subject:
        return False
    if _owners_compatible(a.subject, b.subject) or same_side(a, b):
        return False
    # (one clash, whichever village each side names: "near Choam Ksant", "in Si Sa Ket province")
    return dates_compatible(a, b) and not set(a.region).isdisjoint(b.region)


def same_subject(a: Claim, b: Claim) -> bool:
    """ "russia military" vs "military": compatible; "russia" vs "ukraine": not. Children
    are counted apart: a count of children meets only another count of children."""
    if a.key.startswith("lose|"):
        return _owners_compatible(a.subject, b.subject)
    if a.key == FIRE_ACROSS_KEY:
        return _grounds_meet(a.subject, b.subject)
    if a.measure == CAUSE:
        return _causes_meet(a, b)
    if a.measure == "cases" and not _diseases_meet(a, b):
        return False  # "a collective food poisoning" confirmed is no case of cholera
    for one, other in ((a, b), (b, a)):
        # (people counted by their nationality alone, "three Palestinians", are of no category)
        uncategorised = _split_subject(other.subject)[1] in ("", NATIONALS)
        if denies(one.kind, one.polarity) and _combatants(one.subject) and uncategorised:
            # "no soldier was killed" says nothing of "42 people were killed" (the dead no one
            # names are, in the reports, mostly civilians: "no civilian was killed" does)
            return False
        militants = _split_subject(one.subject)[1] == "militant" and a.measure != "act"
        if militants and uncategorised and not STRUCK.search(one.text):
            # "37 attackers were neutralised" and "six were killed": the attackers' dead are
            # not the toll of their attack (but "its strike killed 15 Hamas militants" may be
            # the nine another side counts the strike killed)
            return False
    children_denied = _denied_of_all(a, b) or _denied_of_all(b, a)
    if _children(a.subject) != _children(b.subject) and not children_denied:
        return False
    if a.subject.endswith(ABROAD) != b.subject.endswith(ABROAD):
        return False  # those who fled across a border are not all the fighting displaced
    if a.measure == b.measure == "sheltered" and a.subject != b.subject:
        return False  # "65,000 migrants in shelters" are some of "110,000 people in shelters"
    if (a.subject == COUNTER) != (b.subject == COUNTER):
        return False  # a counter-demonstration's crowd is not the march's
    if (a.subject == WORKED) != (b.subject == WORKED):
        return False  # the land sprayed is not the land the locusts damaged
    if a.measure == "act" or a.subject == b.subject or not a.subject or not b.subject:
        return _agents_compatible(a, b) if a.measure == "act" else True
    a_country, a_rest = _split_subject(a.subject)
    b_country, b_rest = _split_subject(b.subject)
    if a_country and b_country and not _owners_compatible(a_country, b_country):
        return False
    a_rest, b_rest = (rest if rest != NATIONALS else "" for rest in (a_rest, b_rest))
    if {a_rest, b_rest} <= WORKFORCE_ROLES:
        return True  # "38 miners were working underground" and "52 workers were underground"
    return not (a_rest and b_rest and a_rest != b_rest) or children_denied


def _diseases_meet(a: Claim, b: Claim) -> bool:
    """Whether two counts of cases are of one disease, as far as their sentences name one (a word
    of the names in common: "hepatitis e" and "hepatitis")."""
    a_words, b_words = ({w for name in _diseases_named(c) for w in name.split()} for c in (a, b))
    return not (a_words and b_words) or bool(a_words & b_words)


def _diseases_named(c: Claim) -> set[str]:
    """The diseases a claim's sentence names, lower-case."""
    return {m.lower() for m in NAMED_DISEASE.findall(c.text)}


def _causes_meet(a: Claim, b: Claim) -> bool:
    """One cause ("sabotage" and "deliberate sabotage"; not "attack" and "heart attack":
    `extract._cause_named`) of one event, where both say which ("the fire"; not the cause of a
    collapse, or of a death)."""
    return a.subject == b.subject and _one_event_caused(a.verb, b.verb)


def _one_event_caused(a: str, b: str) -> bool:
    """ "the leak" and "the rupture", "the blast" and "the explosion" (not the fire and the
    collapse, or a death); an event of no kind said ("the incident") is any."""
    if not a or not b or {a, b} & GENERIC_EVENTS:
        return True
    return EVENT_KINDS.get(a, TOPICS.get(a, a)) == EVENT_KINDS.get(b, TOPICS.get(b, b))


def _combatants(subject: str) -> bool:
    return _split_subject(subject)[1] in ("military", "militant")


# A state that has changed since: "has now been accounted for", "are no longer missing".
NOW_DONE = re.compile(
    r"\b(?:(?:has|have) (?:now|since) been|(?:is|are) now(?: all)?) accounted for\b"
    r"|\b(?:no longer|not any longer) (?:missing|trapped|held|unaccounted for)\b",
    re.I,
)


def _since_found(denier: Claim, asserter: Claim) -> bool:
    """Whether a denial that none are left (the missing, the trapped, the held) tells, a day
    or more after a count of them, that they have since been found: "two workers are still
    missing", then "every person on the shift has now been accounted for" (not "no one is
    trapped" against "six are trapped", the same day; nor a side's own soldiers "accounted for",
    its count of them, disputed)."""
    return (
        denier.kind != "rejection"
        and not _combatants(denier.subject)
        and denier.measure in DWINDLING_MEASURES
        and days_between(denier.as_of, asserter.as_of) >= 1
        and (denier.as_of or "") > (asserter.as_of or "")
        and NOW_DONE.search(denier.text) is not None
    )


def _owners_compatible(a: str, b: str) -> bool:
    """Whose a loss was: "ukraine", or "not russia" (what Russia says it destroyed)."""
    if not a or not b:
        return True
    if (a == BOTH_SIDES) != (b == BOTH_SIDES):
        return False  # both sides' dead together are neither side's alone
    a_not, b_not = a.startswith("not "), b.startswith("not ")
    a, b = a.removeprefix("not "), b.removeprefix("not ")
    return a == b if a_not == b_not else a != b


def _children(subject: str) -> bool:
    return subject.endswith("child")


def _denied_of_all(denier: Claim, other: Claim) -> bool:
    """ "No students have been hospitalized" (or no one, or no civilian) denies "five children
    were admitted": the children are among those denied."""
    wider = _split_subject(denier.subject)[1] in ("", "civilian", NATIONALS)
    everyone = ALL_DENIED.search(denier.text) is not None  # (not "no adults", "no one else")
    return denies(denier.kind, denier.polarity) and wider and everyone and _children(other.subject)


# A denial that covers everyone a count of children may be among: "no one", "no students",
# "no deaths".
ALL_DENIED = re.compile(
    r"\b(?:no one|nobody|no (?:civilians?|students?|pupils?|residents?|people|persons?"
    r"|deaths?|injur(?:y|ies)|casualt(?:y|ies)|fatalit(?:y|ies)))\b"
    r"(?! else)(?!,? other)",
    re.IGNORECASE,
)


def same_scope(a: Claim, b: Claim) -> bool:
    """A rate is of a place: turnout in the capital is not the national turnout. (Counts are
    not scoped so: "14 dead in Kharkiv" may be the 14 dead another report places nowhere.)"""
    if a.unit == "%" and b.unit == "%" and _placed(a) != _placed(b):
        # (but a strike's turnout told bare in a report of the strike at a port is that port's:
        # "turnout was 18%" against "Buenaventura's dockworkers ... adherence reached 95%")
        placed, bare = (a, b) if _placed(a) else (b, a)
        if "strike" not in a.topics or "strike" not in b.topics:
            return False
        # (one place, not set as one scene among others: not "In Paris, the union said 65%", nor
        # "below 20 percent in Mendoza, Córdoba and the city of Buenos Aires")
        if _set_in_its_place(placed) or AT_A_SITE.match(placed.text):
            return False
        if NATIONWIDE in placed.places:
            return True  # ("35% nationwide, with most schools in Mendoza open": the country's)
        where = real_places(placed.places)
        return len(where) == 1 and not set(where).isdisjoint((*bare.region, bare.article_place))
    return True


def _placed(c: Claim) -> bool:
    """Whether a claim names a place (a country as a whole is no place here, by its name or as
    the whole: "Jamaica's public-sector nurses" are the country's)."""
    return any(p not in (NATIONWIDE, LISTED) and p not in COUNTRY_NAMES for p in c.places)


# Countries by their names, whatever the gazetteer takes them for in a speaker's name
# ("Jamaica Public Service" is no state speaking).
COUNTRY_NAMES = STATES | frozenset(NATIONALITY_OF_WORD.values())


# What "the vehicle" of a road accident's report may be.
ROAD_VEHICLES = frozenset("vehicle bus minibus coach truck lorry car van taxi tanker".split())
# A vehicle acts through whoever drives it, and they through it.
VEHICLES = ROAD_VEHICLES | RAIL_VEHICLES | frozenset(
    "plane aircraft jet airliner helicopter ship ferry boat vessel".split()
)
VEHICLE_OPERATORS = frozenset("driver pilot captain skipper crew motorman".split())


def _agents_compatible(a: Claim, b: Claim) -> bool:
    """Who acted: the same, or one says more of it ("forces" and "Sorenan forces"). Whether a
    thing was found is said of the thing: "samples contained diethylene glycol" and "our tests
    found no diethylene glycol" disagree whoever tested."""
    if not a.subject or not b.subject or a.subject == b.subject or a.key.startswith(("find|", "receive|")):
        # (nor whether a warning was sent and received: "the union sent a letter", "the company
        # never received any warning")
        return True
    # ("the flames" and "the fire", "the blaze": one agent)
    a_words, b_words = ({THING_CANON.get(w, w) for w in c.subject.split()} for c in (a, b))
    if a_words <= b_words or b_words <= a_words:
        # (a state's forces, "its troops never set foot", are not another state's: "Malian
        # soldiers crossed" against Afghanistan's "our forces did not cross")
        generic, named = (a, b) if len(a_words) < len(b_words) else (b, a)
        owner = countries_named(tuple(named.subject.split()))
        return not (owner and generic.side in COUNTRIES and generic.side not in owner)
    if {a.subject, b.subject} & {"vehicle"} and {a.subject, b.subject} <= ROAD_VEHICLES:
        # "the vehicle suffered a brake failure" is the bus that crashed (not where its sentence
        # names another: "before ramming into the bus")
        told = a.text if a.subject == "vehicle" else b.text
        return not any(w in ROAD_VEHICLES - {"vehicle"} for w in re.findall(r"[a-z]+", told.lower()))
    if len({a.subject, b.subject} & VEHICLE_OPERATORS) == 1 and len({a.subject, b.subject} & VEHICLES) == 1:
        # "the driver of the intercity train sounded the horn" and "the train did not sound its
        # horn" (not the bus driver's horn, in a crash of a bus and a train)
        operator, vehicle = (a, b) if a.subject in VEHICLE_OPERATORS else (b, a)
        return _operates(operator.text, operator.subject, vehicle.subject)
    # a state's forces, whichever of them: "the police fired" and "troops fired" (one side's
    # denial for its forces meets the other's account of them)
    # ("the security troops did not fire" and "the gendarmes fired"; not a mine's security guards)
    if {"security", "guard"} <= a_words or {"security", "guard"} <= b_words:
        return False
    return bool(a_words & STATE_FORCES and b_words & STATE_FORCES) and (
        (a_words ^ b_words) <= STATE_FORCES | FORCE_QUALIFIERS
    )


def _operates(text: str, operator: str, vehicle: str) -> bool:
    """Whether `text` names its operator as the vehicle's: "the driver of the intercity train",
    "the train driver", "the ferry's captain"."""
    of = rf"\b{operator}s? of (?:the |its |a |an )?(?:\w+ )?{vehicle}s?\b"
    own = rf"\b{vehicle}(?:['’]s)? {operator}s?\b"
    return re.search(f"{of}|{own}", text, re.I) is not None


@lru_cache(maxsize=4096)
def _split_subject(subject: str) -> tuple[str, str]:
    if subject.startswith("not "):  # "not eritrea military": a side's enemy's
        whose, category = _split_subject(subject.removeprefix("not "))
        return (f"not {whose}" if whose else ""), category
    for country in COUNTRIES_LONGEST_FIRST:
        if subject.startswith(country):
            return country, subject[len(country) :].strip()
    # a people the gazetteer does not know ("thai civilian"): the words before the category
    whose, _, category = subject.rpartition(" ")
    if whose and category in SUBJECT_CATEGORIES:
        return whose, category
    return "", subject


def verbs_compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in VERB_GROUPS)


# How far after a count's figure a "not 41 as officials said" may stand and set another aside.
NOT_AS_REACH = 80
# Live rounds told by the wounds they left (extract._hurt_by_crowd_weapons).
LIVE_FIRE_KEY = "use|live ammunition"


# ---- the alert ----------------------------------------------------------------------------


def make_alert(new: Claim, old: Claim, found: Conflict) -> Alert:
    """The alert for a pair; `claim` is the later of the two in time, whichever arrived last,
    so the same pair reads the same however the partitions interleaved."""
    if (old.as_of or "", old.published_at, old.claim_id) > (new.as_of or "", new.published_at, new.claim_id):
        new, old = old, new
    return Alert(
        alert_id=alert_id_for(new.claim_id, old.claim_id),
        kind=found.kind,  # type: ignore[arg-type]
        confidence=found.confidence,
        explanation=explain(new, old, found),
        claim=new,
        conflicts_with=old,
        detected_at=max(new.published_at, old.published_at),  # deterministic: replays are identical
    )


def explain(new: Claim, old: Claim, found: Conflict) -> str:
    """One line: "Police: about 18,000 people (3 May) vs Organisers: 120,000 people (3 May), 6.7x apart"."""
    left, right = describe(new), describe(old)
    if found.kind == "figure_mismatch" and found.ratio:
        return f"{left} vs {right}, {found.ratio:.1f}x apart"
    if found.kind == "revision" and denies(new.kind, new.polarity) != denies(old.kind, old.polarity):
        return f"{new.speaker} reversed itself: {left} after {right}"
    if found.kind == "revision":
        return f"{new.speaker} revised its figure: {left} after {right}"
    return f"{left} vs {right}"


def describe(c: Claim) -> str:
    when = _short_date(c.event_date or c.as_of)
    who = c.speaker[:1].upper() + c.speaker[1:] if c.speaker else c.source
    if c.kind == "figure" or (c.kind == "rejection" and c.figure_text and c.measure != "act"):
        noun = MEASURE_WORDS.get(c.measure) or _thing_done(c.measure)
        what = f"{c.figure_text}{' of' if c.qualifier == 'vague' else ''} {noun}"
        if c.kind == "rejection":
            what = f"rejects the figure {c.figure_text}"
        if c.polarity == "negate":
            what = "not " + what
    else:
        verb = "did not " if c.polarity == "negate" else ""
        what = f"{verb}{c.verb} {c.figure_text or c.key.split('|')[-1]}".strip()
        if c.verb in ("give way", "sink"):  # "the dyke burst", "the ferry did not sink"
            done = {"give way": "gave way", "sink": "sank"}[c.verb]
            gave = f"did not {c.verb}" if c.polarity == "negate" else done
            what = f"the {c.key.split('|')[-1]} {gave}"
        if c.verb == "be" and not c.figure_text:  # a state: "the fire was not contained"
            state = "was not" if c.polarity == "negate" else "was"
            what = f"{c.subject} {state} {c.key.split('|')[-1]}".strip()
            if c.kind == "rejection":  # "denied that the vessel had been overloaded"
                what = f"denies it {what}" if not c.subject else f"denies the {what}"
        elif c.kind == "rejection":  # "denied that drones were used"
            what = f"denies: {what}"
        if c.measure == CAUSE:  # "not caused by a short circuit"
            what = ("not " if c.polarity == "negate" else "") + f"caused by {c.figure_text}"
        elif c.measure == INSPECTED:  # "the bridge was not inspected"
            what = f"{c.subject or 'it'} was {'not ' if c.polarity == 'negate' else ''}inspected"
        elif c.measure != "act":
            what = ("no " if c.polarity == "negate" else "") + MEASURE_WORDS.get(c.measure, c.measure)
    return f"{who}: {what} ({when})" if when else f"{who}: {what}"


# Verbs whose counts are of things acted on, read as "home destroyed" (others keep the bare
# thing: "money|revenue", "remain|people").
DONE_TO_THINGS = frozenset(
    """destroy lose use receive affect attack record capture find cancel intercept damage hold close
    carry halt recover bury identify derail deliver postpone open annul suppress sign seize release
    arrest evacuate burn flood shoot hit take build cut sell steal divert""".split()
)
# Participles the rule (-d, -ed, -ied) would get wrong.
IRREGULAR_PARTICIPLES = {
    "lose": "lost", "shoot": "shot", "hit": "hit", "take": "taken", "find": "found", "build": "built",
    "cut": "cut", "hold": "held", "sell": "sold", "steal": "stolen",
}


def _thing_done(measure: str) -> str:
    """ "close|school" -> "school closed", "destroy|home" -> "home destroyed": what a count of
    things acted on counts; a measure of one word is itself."""
    act, _, thing = measure.partition("|")
    if thing in AMOUNT_UNITS:  # "12,000 barrels burned": its figure says in what
        thing = ""
        if act not in DONE_TO_THINGS:
            return act
    elif not thing or act not in DONE_TO_THINGS:
        return thing or measure
    if act in IRREGULAR_PARTICIPLES:
        done = IRREGULAR_PARTICIPLES[act]
    elif act.endswith("e"):
        done = act + "d"
    elif act.endswith("y") and act[-2:-1] not in "aeiou":
        done = act[:-1] + "ied"
    else:
        done = act + "ed"
    return f"{thing} {done}".strip()


# The units amounts acted on are counted in (extract: "burn|litre", "destroy|kilogram").
AMOUNT_UNITS = frozenset(["litre", "kilogram"])


@lru_cache(maxsize=4096)
def _short_date(iso: str | None) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso[:10])
    return f"{d.day} {d.strftime('%b')} {d.year}"
