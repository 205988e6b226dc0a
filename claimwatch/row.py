"""An index over one table row's claims, so that a lookup reads only the claims that could be
about the same event as the new one, however full the row is.

A row (all stored claims of one key) can hold hundreds of claims: a daily tally repeated by
a dozen sources for a month. Two claims can only conflict when they are about the same event
(`claimwatch.detect.same_event`): their days must be close (`dates_compatible`: how close
depends on where each day comes from, its `date_anchor`) and their places or regions must
meet. So the index files each claim under its anchor day and the places it names; a lookup
visits, for each kind of anchor in the row, only the days its window allows, and the places of
the new claim, and decodes only what it finds there.

Two running totals are compared whatever their days (a total that falls below another side's
earlier total is a conflict weeks later). A running total is compared with the others within
a week, and with each side's latest running total: the one an alert would show
(`detect.latest_per_side`).

The index is kept per key by the detector and follows the row as it grows: a row is only ever
replaced by a copy with one claim appended (or by an expired copy, which gets a new index).
A row that is a prefix of the indexed claims (the same dict objects) can reuse the index, so a
table whose store hands back the objects it was given (Faust's memory store, a dict) pays for
building an index once per key, not once per lookup.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from claimwatch.gazetteer import country_in, country_of_capital, spelled_alike
from claimwatch.lexicon import HARM_MEASURES, ORG_MEASURES, TOWN_SITE_WORDS
from schemas.records import Claim

NOWHERE = "-"  # the token of a claim that names no place (or no region)
# Among a claim's places, the mark of a count said of a whole country ("marched across the
# country"): it is not a count of one city's march (detect.same_event).
NATIONWIDE = "*nationwide"
# Among the places of a count a sentence gives by place ("six deaths in Gaya, five in
# Aurangabad"): its places are its own, not places named in passing.
LISTED = "*listed"

# How many days apart two claims about one event can be dated, by where their days come from.
EVENT_WINDOW_DAYS = 1  # both name the day in their own sentence
CONTEXT_WINDOW_DAYS = 3  # a day carried over from an earlier sentence of the article is looser
UNDATED_WINDOW_DAYS = 7  # a claim that names no day is about the days just before it was made
# A denial of a toll over the whole of an outbreak up to its day ("there have been no deaths
# in this outbreak", "no deaths to date") answers the counts of the two weeks before it.
TO_DATE_WINDOW_DAYS = 14
TO_DATE = re.compile(
    r"\b(?:(?:so far|(?<!up )to date)(?!,? (?:this|today|on|in|last)\b)|in (?:this|the) (?:outbreak|epidemic)"
    r"|since the (?:outbreak|epidemic) (?:began|started)|(?:in |during )?this season"
    # ("no patient has died": none up to now; not "has died since Monday", "so far this week", "in
    # the past week", "over the weekend", a span of its own, which its clause tells)
    r"|\bha(?:s|ve) (?:yet )?(?:died|been killed)"
    r"(?![^.,;\"”]*\b(?:since|this|today|yesterday|on|last|past|over|recent|during|after|week|weekend)\b))\b",
    re.IGNORECASE,
)
# A company's plans (job cuts, its workforce) stay news for weeks: "no plans for layoffs" on
# March 5 meets the cuts announced on March 27.
PLAN_WINDOW_DAYS = 60
NEVER_WINDOW_DAYS = 60  # an act denied ever to have been done, against one told weeks before
# A plan for cuts or closures one side reported ("preparing to cut about 200 stores") meets
# another side's figure for three weeks: the company announces its own two weeks later. (A
# side's own figures are dated as usual, and a round of cuts months on is another round.)
REPORTED_PLAN_WINDOW_DAYS = 21
PLANNED_CUTS = frozenset(["job_cuts", "closures"])
PLAN_LATEST = 3  # how many of a side's latest words on a company's plans a new one meets

AnchorKind = str  # "event" (named in the sentence), "context" (carried over), "made" (as_of)

# Widening applied to every interval before asking whether two figures overlap.
# Qualified figures ("about 15" -> 13.5..16.5) are widened when read; this is on top.
TOLERANCE = {"exact": 0.02, "range": 0.05, "vague": 0.5}
DEFAULT_TOLERANCE = 0.02
# How far below its figure an estimate told "up to" or "as many as" reaches: "up to 20 killed"
# says some 20 were, not two; a cap ("at most 20", "no more than 20") reaches to none.
UP_TO_FLOOR = 1 / 3

# What a claim says, as far as telling two claims that plainly agree needs: whether it denies,
# and for a figure its unit and the interval it covers with tolerance (None: no figure).
Stance = tuple[bool, tuple[str, float, float] | None]


def date_anchor(
    event_date: str | None, context_date: str | None, as_of: str | None
) -> tuple[AnchorKind, str] | None:
    """The day a claim's date is judged by, and where it comes from; None: no day at all."""
    if event_date:
        return "event", event_date[:10]
    if context_date:
        return "context", context_date[:10]
    if as_of:
        return "made", as_of[:10]
    return None


def anchor_window(a: AnchorKind, b: AnchorKind) -> int:
    """How many days apart two anchors of these kinds may be for one event."""
    if a == b == "event":
        return EVENT_WINDOW_DAYS
    if a != "made" and b != "made":
        return CONTEXT_WINDOW_DAYS
    return UNDATED_WINDOW_DAYS


def _anchor_of(c: Mapping[str, Any]) -> tuple[AnchorKind, str] | None:
    return date_anchor(c.get("event_date"), c.get("context_date"), c.get("as_of"))


def real_places(places: Iterable[str]) -> list[str]:
    """The places a claim names, without the marks of a separate or country-wide event."""
    return [p for p in places if p not in (NATIONWIDE, LISTED) and "#" not in p]


def spots_only(places: Sequence[str]) -> bool:
    """ "boulevard joffre", "bazary be market": spots in a town, which they do not name."""
    return bool(places) and all(not set(p.split()).isdisjoint(TOWN_SITE_WORDS) for p in places)


def wider_region(region: Sequence[str], article_place: str, places: Sequence[str]) -> tuple[str, ...]:
    """A claim's region as `detect.same_event` reads it: its report's places, the one it opens
    on (and the country, when that is a capital known only as a place: a report from "BISSAU"
    is from Guinea-Bissau), and those its own sentence names."""
    if not region:
        return ()
    home = country_of_capital(article_place) if article_place else None
    opens_on = [article_place, *([home] if home else [])] if article_place else []
    return (*region, *opens_on, *real_places(places))


@lru_cache(maxsize=4096)
def countries_named(names: tuple[str, ...]) -> tuple[str, ...]:
    """The countries among a report's names ("paraguay" of "the Asociación ... del Paraguay");
    asked for every lookup of a count of things, so kept for each report's names."""
    return tuple(sorted({country for n in names if (country := country_in([n]))}))


def counts_things_nationwide(key: str, places: Sequence[str]) -> bool:
    """A count of things its key names "throughout the country" ("2,050 pharmacies closed"):
    it meets a report that names the country anywhere (`detect.same_event`)."""
    return NATIONWIDE in places and "|" in key


def countries_only(region: Iterable[str]) -> bool:
    """Whether a report's places are countries only: it names no town or region in one (and
    may be of a town's story whose names it shares, `detect.same_event`)."""
    return all(country_in([p]) for p in region)


# Counts of those on one boat, bus or site when it struck: two reports of it meet by the names
# they share, wherever each is filed (`detect._one_craft`).
ONE_CRAFT_MEASURES = frozenset(["aboard"])


def craft_tokens(measure: str, names: Iterable[str]) -> list[str]:
    """The names a count of those aboard is filed under too."""
    return [f"c:{n}" for n in names] if measure in ONE_CRAFT_MEASURES else []


def spot_in_no_town(places: Sequence[str], article_place: str, region: Sequence[str]) -> bool:
    """ "present in Piața Victoriei", in a report that names no town: a spot of a town it does
    not say, which may be any other report's (`detect.same_event`)."""
    # (the report may open on the spot itself)
    no_town = not article_place or spots_only((article_place,))
    return no_town and spots_only(places) and (not region or spots_only(region))


def where_tokens(c: Mapping[str, Any]) -> list[str]:
    places, region = c.get("places") or (), c.get("region") or ()
    in_no_town = spot_in_no_town(places, c.get("article_place") or "", region)
    region = wider_region(region, c.get("article_place") or "", places)
    nationwide = counts_things_nationwide(c.get("key") or "", places)
    # (a claim of no place whose report names only countries is filed as of no place too; so is
    # one at a spot of no town)
    nowhere = not region or not places and countries_only(region) or in_no_town
    return [*(f"p:{spelled_alike(p)}" for p in places), *(f"r:{spelled_alike(r)}" for r in region)] + (
        [f"p:{NOWHERE}"] if not places else []
    ) + ([f"r:{NOWHERE}"] if nowhere else []) + (
        [f"n:{k}" for k in countries_named(tuple(c.get("names") or ()))] if nationwide else []
    ) + craft_tokens(c.get("measure") or "", c.get("names") or ())


def query_tokens(claim: Claim) -> list[str] | None:
    """Tokens under which every claim that could share `claim`'s place is filed; None: any.

    Two claims' regions must meet unless one has none; without regions, their places must
    meet (a place may also be in the other's region) unless one names none.
    """
    if NATIONWIDE in claim.places or spot_in_no_town(claim.places, claim.article_place, claim.region):
        # (a count over a country may meet one of any place in it: "in Nampula alone"; a spot of
        # no town, any town's)
        return None
    # (and a count over a country, filed under its mark, may meet this one wherever it is)
    nationwide = f"p:{spelled_alike(NATIONWIDE)}"
    region = wider_region(claim.region, claim.article_place, claim.places)
    if region and (claim.places or not countries_only(region)):
        # (a count of things "throughout the country" is filed by the countries its report names)
        countries = [f"n:{k}" for k in countries_named(claim.names)] if "|" in claim.key else []
        return [f"r:{NOWHERE}", nationwide, *(f"r:{spelled_alike(r)}" for r in region), *countries,
                *craft_tokens(claim.measure, claim.names)]
    if claim.places:
        alike = [spelled_alike(p) for p in claim.places]
        return [f"p:{NOWHERE}", nationwide, *(f"p:{p}" for p in alike), *(f"r:{p}" for p in alike),
                *craft_tokens(claim.measure, claim.names)]
    return None


def recency_rank(as_of: str | None, kind: str) -> tuple[str, bool]:
    """Which of two conflicting claims an alert shows: the later made; on the same day a
    figure says more than a denial or a negation (detect.latest_per_side)."""
    return (as_of or "", kind == "figure")


@lru_cache(maxsize=4096)
def days_around(iso: str, days: int) -> tuple[str, ...]:
    """The ISO days from `days` before `iso` to `days` after it."""
    try:
        middle = date.fromisoformat(iso)
    except ValueError:
        return (iso,)
    return tuple((middle + timedelta(days=n)).isoformat() for n in range(-days, days + 1))


Shelf = tuple[AnchorKind, bool]  # the kind of a claim's anchor, and whether it is a running total


class RowIndex:
    """The claims of one row, filed by anchor day and place, decoded on first use."""

    def __init__(self, claims: Iterable[dict[str, Any]] = ()) -> None:
        self.items: list[dict[str, Any]] = []
        self._decoded: list[Claim | None] = []
        # per item, where it is filed: its shelf and anchor day (None: undated), its tokens
        self._filed: list[tuple[Shelf | None, str, list[str]]] = []
        self.ids: dict[str, int] = {}  # claim_id -> position
        # per position, its order among claims that conflict with a new one: the day it was
        # made, a figure above a denial the same day, then the report's arrival and, within a
        # report, the speaker's own words above a paraphrase (detect.latest_per_side)
        self.rank: list[tuple[str, bool, int, bool, int]] = []
        self._report_first: list[int] = []  # per position, where its report's claims begin
        # per position: who said it and how (side, kind, polarity), to skip claims undecoded
        self.voice: list[tuple[str, str, str]] = []
        # per position: its stance, to pass over claims that plainly agree without decoding
        self.stances: list[Stance] = []
        # shelf -> anchor day -> token -> positions; a row has a shelf or two, not six
        self.shelves: dict[Shelf, dict[str, dict[str, list[int]]]] = {}
        self.undated: list[int] = []  # claims of no known day: candidates for any claim
        self._as_of: Counter[str] = Counter()
        # per position: the latest day a claim so far was published on, and the most days any
        # claim so far arrived after a later-published one (prefix maxima: forgetting the last
        # is a pop). Publication, not the day a claim was made: "the ministry said on January
        # 5" in a March report arrives in order.
        self._newest: list[str] = []
        self._lateness: list[int] = []
        # side -> for each of its running totals in arrival order, the position of its latest
        # running total so far (prefix maxima: forgetting the last claim is a pop)
        self._latest_tallies: dict[str, list[int]] = {}
        # On a company's plans: (side, whether it is a bare denial) -> positions in arrival
        # order. A bare denial ("no plans for layoffs") meets each side's latest figures weeks
        # later (PLAN_WINDOW_DAYS), and a figure each side's latest bare denials and each
        # other side's latest figures.
        self._plans: dict[tuple[str, bool], list[int]] = {}
        for c in claims:
            self.add(c)

    def __len__(self) -> int:
        return len(self.items)

    def follows(self, claims: Sequence[dict[str, Any]]) -> bool:
        """Whether `claims` is a prefix of the indexed claims (the same objects).

        Rows are only replaced by a copy with claims appended or by an expired copy (which
        drops claims, so its last claim moves to an earlier position): the first and last
        objects in their places identify a prefix.
        """
        n = len(claims)
        if n > len(self.items):
            return False
        return n == 0 or (claims[0] is self.items[0] and claims[n - 1] is self.items[n - 1])

    def truncate(self, n: int) -> None:
        """Forget the claims after the first `n` (a row was put back to an earlier version)."""
        while len(self.items) > n:
            shelf, day, tokens = self._filed.pop()
            item = self.items.pop()
            self._decoded.pop()
            self.rank.pop()
            self._report_first.pop()
            side, kind, polarity = self.voice.pop()
            self.stances.pop()
            if told_as_plan(item.get("measure"), item.get("key", ""), item.get("text", "")):
                plan = (side, bare_denial(kind, polarity))
                self._plans[plan].pop()
                if not self._plans[plan]:
                    del self._plans[plan]
            self.ids.pop(item.get("claim_id", ""), None)
            self._newest.pop()
            self._lateness.pop()
            as_of = item.get("as_of")
            if as_of:
                self._as_of[as_of[:10]] -= 1
                if not self._as_of[as_of[:10]]:
                    del self._as_of[as_of[:10]]
            if item.get("cumulative"):
                side = item.get("side", "")
                self._latest_tallies[side].pop()
                if not self._latest_tallies[side]:
                    del self._latest_tallies[side]
            if shelf is None:
                self.undated.pop()
                continue
            # the forgotten claim is the last position under each of its entries
            by_day = self.shelves[shelf]
            by_token = by_day[day]
            for token in (*tokens, ""):
                positions = by_token[token]
                positions.pop()
                if not positions:
                    del by_token[token]
            if not by_token:
                del by_day[day]
                if not by_day:
                    del self.shelves[shelf]

    def add(self, c: dict[str, Any], decoded: Claim | None = None) -> None:
        pos = len(self.items)
        anchor, tokens = _anchor_of(c), where_tokens(c)
        tally = bool(c.get("cumulative"))
        self.items.append(c)
        self._decoded.append(decoded)
        same_report = pos > 0 and self.items[pos - 1].get("article_id") == c.get("article_id")
        first = self._report_first[pos - 1] if same_report else pos
        self._report_first.append(first)
        quoted = bool(c.get("quoted"))
        self.rank.append((*recency_rank(c.get("as_of"), c.get("kind", "")), first, quoted, pos))
        side, kind, polarity = c.get("side", ""), c.get("kind", ""), c.get("polarity", "affirm")
        self.voice.append((side, kind, polarity))
        self.stances.append(stance(kind, polarity, c.get("unit", ""), c.get("low"), c.get("high"),
                                   c.get("qualifier", "exact")))
        if told_as_plan(c.get("measure"), c.get("key", ""), c.get("text", "")):
            self._plans.setdefault((side, bare_denial(kind, polarity)), []).append(pos)
        self.ids[c.get("claim_id", "")] = pos
        as_of = c.get("as_of")
        if as_of:
            self._as_of[as_of[:10]] += 1
        newest = self._newest[-1] if self._newest else ""
        published = _day_of(c.get("published_at"))
        late = days_between(published, newest) if published < newest else 0
        self._newest.append(max(newest, published))
        self._lateness.append(max(self._lateness[-1] if self._lateness else 0, late))
        ever = denied_ever(c.get("polarity"), c.get("measure"), c.get("text"), c.get("event_date"))
        # (and a toll denied up to the day it is said, "no patient has died", which a death
        # of any day before it meets: `detect._denied_to_date`)
        ever = ever or toll_denied_to_date(c.get("polarity"), c.get("kind"), c.get("measure"), c.get("text"))
        if anchor is None or ever:
            # A claim of no known day is compatible with any day (days_between), as is an
            # act denied ever to have been done.
            self._filed.append((None, "", tokens))
            self.undated.append(pos)
        else:
            kind, day = anchor
            self._filed.append(((kind, tally), day, tokens))
            by_token = self.shelves.setdefault((kind, tally), {}).setdefault(day, {})
            for token in (*tokens, ""):  # "": every claim of the day
                by_token.setdefault(token, []).append(pos)
        if tally:
            latest = self._latest_tallies.setdefault(c.get("side", ""), [])
            # the latest by the day it was made; a tie goes to the later arrival
            if latest and (self.items[latest[-1]].get("as_of") or "") > (as_of or ""):
                latest.append(latest[-1])
            else:
                latest.append(pos)

    def claim(self, pos: int) -> Claim:
        decoded = self._decoded[pos]
        if decoded is None:
            decoded = self._decoded[pos] = Claim.from_dict(self.items[pos])
        return decoded

    def oldest_as_of(self) -> str | None:
        return min(self._as_of) if self._as_of else None

    def lateness_days(self) -> int:
        """The most days a claim of the row arrived after a later-published one (0 when claims
        arrived in the order they were published). Workers that read a backlog at unequal
        speeds hand the row claims out of order; it keeps their counterparts as long."""
        return self._lateness[-1] if self._lateness else 0

    def candidates(self, claim: Claim) -> list[int]:
        """Positions (in arrival order) of the claims that could be about `claim`'s event:
        an anchor day close enough to its own (`anchor_window`), and a place that can meet
        its place. Two running totals are compared whatever their days, so for those the
        window is a week, and each side's latest total is added."""
        anchor = date_anchor(claim.event_date, claim.context_date, claim.as_of)
        if anchor is None:
            return list(range(len(self.items)))
        kind, day = anchor
        tokens = query_tokens(claim) or [""]
        found: set[int] = set(self.undated)
        if told_as_plan(claim.measure, claim.key, claim.text):  # "no plans for layoffs", weeks before
            mine = bare_denial(claim.kind, claim.polarity)
            reported = claim.measure in PLANNED_CUTS
            since = days_back(claim.as_of, REPORTED_PLAN_WINDOW_DAYS) if reported else ""
            for (side, theirs), said in self._plans.items():
                if theirs != mine:
                    found.update(said[-PLAN_LATEST:])
                elif reported and side != claim.side:  # only those made within the window
                    recent = (p for p in said[-PLAN_LATEST:] if (self.items[p].get("as_of") or "") >= since)
                    found.update(recent)
        if claim.cumulative:
            found.update(latest[-1] for latest in self._latest_tallies.values())
        to_date = denies_a_toll_to_date(claim) or of_an_outbreak(claim)
        ever = denied_ever(claim.polarity, claim.measure, claim.text, claim.event_date)
        for (old_kind, tally), by_day in self.shelves.items():
            window = UNDATED_WINDOW_DAYS if tally and claim.cumulative else anchor_window(kind, old_kind)
            if to_date:
                window = max(window, TO_DATE_WINDOW_DAYS)
            if ever:
                window = max(window, NEVER_WINDOW_DAYS)
            for near in days_around(day, window):
                by_token = by_day.get(near)
                if by_token is not None:
                    for token in tokens:
                        found.update(by_token.get(token, ()))
        return sorted(found)


@lru_cache(maxsize=1024)
def days_back(iso: str | None, days: int) -> str:
    """The ISO day `days` before `iso` ("" when it has none: every day is after it)."""
    day = _day_of(iso)
    return (date.fromisoformat(day) - timedelta(days=days)).isoformat() if day else ""


def _day_of(timestamp: Any) -> str:
    """The ISO day of a timestamp ("" when it is none)."""
    day = str(timestamp or "")[:10]
    try:
        date.fromisoformat(day)
    except ValueError:
        return ""
    return day


def days_between(a: str | None, b: str | None) -> int:
    """Days between two ISO days (0 when either is missing)."""
    if not a or not b:
        return 0
    return abs(_ordinal(a) - _ordinal(b))


@lru_cache(maxsize=8192)
def _ordinal(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def widened(low: float | None, high: float | None, qualifier: str) -> tuple[float, float]:
    """A figure's interval with its qualifier's tolerance; no ceiling: infinity."""
    tol = TOLERANCE.get(qualifier, DEFAULT_TOLERANCE)
    if qualifier == "up_to" and high is not None and not low:
        low = high * UP_TO_FLOOR  # "killed up to 20 soldiers" is not two
    floor = (low if low is not None else 0.0) * (1 - tol)
    return floor, high * (1 + tol) if high is not None else float("inf")


def span(low: float | None, high: float | None, qualifier: str) -> tuple[float, float]:
    """The values a figure does not contradict: its interval widened, and no ceiling to a
    vague one ("thousands have fled" is not wrong of 36,000)."""
    span_low, span_high = widened(low, high, qualifier)
    return span_low, float("inf") if qualifier == "vague" else span_high


def spans_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two figures' spans (`span`) share a value: both can be right."""
    return a[0] <= b[1] and b[0] <= a[1]


def stance(kind: str, polarity: str, unit: str, low: float | None, high: float | None,
           qualifier: str) -> Stance:
    """Whether a claim denies, and for a figure its unit and `span`: what `plainly_agree` reads."""
    if kind != "figure" or (low is None and high is None):
        return denies(kind, polarity), None
    return denies(kind, polarity), (unit, *span(low, high, qualifier))


def plainly_agree(a: Stance, b: Stance) -> bool:
    """Two claims of one key that cannot conflict, whatever else they say (other than a
    revision naming the figure it revises): both deny; or both assert, and not two figures
    of one unit that do not overlap."""
    if a[0] != b[0]:
        return False
    a_figure, b_figure = a[1], b[1]
    if a[0] or a_figure is None or b_figure is None or a_figure[0] != b_figure[0]:
        return True
    return spans_meet(a_figure[1:], b_figure[1:])


def denies_a_toll_to_date(c: Claim) -> bool:
    """ "There have been no deaths in this outbreak", "no one has been hurt so far": a denial
    of any toll up to the day it is made."""
    return toll_denied_to_date(c.polarity, c.kind, c.measure, c.text)


def toll_denied_to_date(
    polarity: str | None, kind: str | None, measure: str | None, text: str | None
) -> bool:
    """`denies_a_toll_to_date`, of a claim's fields."""
    if not (polarity == "negate" and kind == "event" and measure in HARM_MEASURES):
        return False
    return TO_DATE.search(text or "") is not None


def of_an_outbreak(c: Claim) -> bool:
    """Cases of a disease, of no day or period of their own: "there is no case of diphtheria in
    Siguiri", then, a week or two on, "the ministry confirmed an outbreak" (an outbreak denied
    early and confirmed later is one outbreak)."""
    return c.measure == "cases" and not c.event_date and not c.period


def denied_ever(polarity: str | None, measure: str | None, text: str | None, event_date: str | None) -> bool:
    """An act denied ever to have happened: "SGW has never received any written warning"
    meets the letter "sent on January 20" whatever the days (`detect._never_done`), so the
    index files it with the undated and looks it up weeks around (NEVER_WINDOW_DAYS); not one
    that names its day ("at no point used tear gas during Thursday's march")."""
    if polarity != "negate" or measure != "act":
        return False
    if NO_RANSOM.search(text or ""):
        return True  # none in the whole captivity, whatever day its sentence names (the abduction's)
    return not event_date and NEVER.search(text or "") is not None


# ("received no written warning before the accident": at no time before it; "we received no
# warning of any kind": none, of a day of no name)
NEVER = re.compile(
    r"\b(?:never|at no (?:point|time))\b|\bno (?:\w+ )?warnings? of any kind\b"
    r"|\bno\b[^.]{0,40}\bbefore the (?:accident|collapse|explosion|blast|fire|disaster|incident|attack)\b",
    re.I,
)


NO_RANSOM = re.compile(r"\bno ransom\b", re.I)  # "no ransom was paid", "no ransom demand"


def denies(kind: str, polarity: str) -> bool:
    """A negation or a rejection: the claim says something is not so."""
    return polarity == "negate" or kind == "rejection"


def told_as_plan(measure: str | None, key: str, text: str) -> bool:
    """What a company plans or denies planning, which stays news for weeks (PLAN_WINDOW_DAYS):
    its jobs and closures, and what it will do to a plant or a service ("there are no plans to
    close the plant", "will stop engine production at the plant")."""
    if measure in ORG_MEASURES:
        return True
    return (
        measure == "act"
        and key.split("|", 1)[0] in PLAN_ACTS
        and PLAN_TOLD.search(text) is not None
        and BOUNDED_PLAN.search(text) is None
    )


# Acts a company plans for a plant, a line or a service, told as plans: the plan word governs
# the act ("no plans to close", "will stop production"; not "shut the plant after a fire, and
# said it will investigate").
PLAN_ACTS = frozenset(["operate", "close", "shut", "reduce", "sell"])
PLAN_TOLD = re.compile(
    r"\b(?:no plans? (?:to|for)|plans? to|planning to|intends? to|will|would|is set to)"
    r" (?:not )?(?:\w+ly )?(?:close|closing|shut|shutting|sell|selling|reduce|reducing|stop|stopping"
    r"|halt|halting|cease|end)\b",
    re.I,
)
# ... but not a stop for a while, or on a condition: "will stay closed until Monday", "shut for
# a week because of a parts shortage", "during the strike", "if the government does not".
BOUNDED_PLAN = re.compile(
    r"\b(?:until|during|temporar\w*|holidays?|because of|due to|if|unless|next week"
    r"|for (?:a|one|two|three|four|several|\d+) (?:days?|weeks?|months?))\b",
    re.I,
)


def bare_denial(kind: str, polarity: str) -> bool:
    """A denial that something is so, giving no figure: "there are no plans for layoffs"."""
    return kind == "event" and polarity == "negate"

