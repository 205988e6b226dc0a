"""When and where a claim is about: the days a sentence names (an event's, a statement's, the
start of a running total), the places it names, and the article's region and kinds of event."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimwatch import lexicon as lx
from claimwatch.dates import (
    MONTH_ABBR,
    MONTHS,
    WEEKDAYS,
    day_period,
    period_contains,
    period_of,
    period_start,
    resolve_date,
)
from claimwatch.gazetteer import (
    CITIES,
    SIDE_OF_WORD,
    STATES,
    a_known_town,
    capital_of,
    country_in,
    country_of_capital,
    named_as_a_kind,
    nationality_in,
    of_a_kind,
)
from claimwatch.reading import (
    PLACE_ENTS,
    ArticleContext,
    Frame,
    Speaker,
    first_word,
    lemma,
    proper_name,
    text_of,
    verb_above,
    with_a_modal,
)
from schemas.records import CleanArticle


@dataclass
class SentenceDates:
    event: date | None = None  # the day the claim is about
    statement: date | None = None  # the day the claim was made ("said on Sunday")
    since: date | None = None  # start of a running total ("since Monday")
    counted_from_onset: bool = False  # "since the clashes began": a running total, day unsaid
    period: str | None = None  # a span named as such: "2023", "second quarter", "over the past day"
    long_run: bool = False  # a running total over months or years ("since February 2022")
    year_to_date: bool = False  # "230 deaths this year", said late in the year
    due: bool = False  # the period is when something will be done: "will close it in January"
    takes_effect: date | None = None  # the day a change will start: "will shut it from 1 October"


# A running total counted from this long before it was given is a war's or a year's total, not
# one event's toll: "6,000 civilians killed since the 2021 coup" against "nine killed Thursday".
LONG_RUN_DAYS = 30


def sentence_dates(sent: Span, ctx: ArticleContext, frames: list[Frame]) -> SentenceDates:
    out = SentenceDates()
    named_event: date | None = None
    earlier: date | None = None
    report_verbs = {f.verb.i for f in frames}
    onsets = {t.head.i for t in sent if _marks_onset(t)}
    out.counted_from_onset = bool(onsets)
    # "since the outbreak was first reported on August 20": a day in a since-clause starts a count
    marks = [(t.head.i, _ranked_since(t)) for t in sent if t.lower_ == "since" and t.dep_ == "mark"]
    since_clauses = {i for i, ranked in marks if not ranked}
    # "the deadliest day since a ceasefire took effect in November 2024": a rank, no day of the claim
    ranks = {i for i, ranked in marks if ranked}
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        root = ent.root
        prep = root.head if root.dep_ == "pobj" else None
        node = prep.head if prep is not None else root.head
        while node.pos_ not in ("VERB", "AUX") and node.dep_ in ("pobj", "prep") and node.head.i != node.i:
            node = node.head  # "acknowledged for the first time on Tuesday": the verb's day
        attached = node.i
        verb = verb_above(node)  # "would cancel 1,900 flights between November 15 and ..."
        future = _future(verb)
        set_for = prep is not None and prep.lower_ == "for" and "last" not in ent.text.lower()
        day = resolve_date(ent.text, ctx.published, ahead=future, set_for=set_for)
        if attached in ranks or _since_of_a_thing(prep):
            continue
        if prep is not None and prep.lower_ == "since" and _stands_for_the_event(prep):
            continue  # "Wednesday's march in Bucharest, the largest since 2010": a rank
        counts_from = prep is not None and prep.lower_ == "since" or attached in onsets | since_clauses
        if in_earlier_figure(root):
            continue  # "up from four on Monday": the earlier figure's day
        if future and day is not None and prep is not None and prep.lower_ == "from":
            # "will shut two kilns from 1 October": when a plan takes effect, which is no day of
            # its news (`extract`; "will cancel 1,900 flights from March 10" is those days')
            out.takes_effect = out.takes_effect or day
            continue
        if future and day is not None and _what_follows_a_past_event(verb):
            continue  # "12 people were arrested and will be charged on Monday": the day of what follows
        if future and day is not None and _a_plan_beside_the_count(verb):
            # "maintained that 14 workers died in the blast and said it would stage a protest on
            # Friday": the day of the plan, not of the deaths counted
            continue
        if day is not None and _day_of_an_event(root, prep):
            if root.dep_ == "poss" and root.head.dep_ == "pobj" and root.head.head.lower_ == "since":
                out.since = out.since or day  # "31 dead since Saturday's earthquake": counted from it
                continue
            if _an_earlier_event(_event_noun(root, prep)):
                # "protested on Friday, a week after last Saturday's march": the day of the
                # event it is set against, which is the sentence's only when it names no other
                earlier = earlier or day
                continue
            named_event = named_event or day  # "Thursday's riot", "the attack of 2 October"
            continue
        if day is None:
            if _names_a_thing(root):
                # "against the 2026 austerity budget": which budget, not a period counted; but
                # "turnout in the November 2024 election", said in 2026, is that election's
                past = period_of(ent.text, ctx.published)
                if past and lemma(root.head) in lx.HELD_EVENTS and _before(past, ctx.published):
                    out.period = out.period or past
                continue
            if _compared_within(root):
                continue  # "said it was the largest of the weekly protests this year": a rank
            period = period_of(ent.text, ctx.published)
            if counts_from and period:  # "since February 2022": from the period's start
                out.since = out.since or period_start(period, ctx.published)
            elif _deadline(root) or _aside(verb, report_verbs) or _soonest_due(root, verb):
                # "cut 4,000 jobs by the end of 2027": when, not which period counted; "the NUG,
                # made up of lawmakers ousted in the 2021 coup": of the speaker, not the claim
                continue
            else:
                out.due = out.due or out.period is None and period is not None and future
                out.period = out.period or period
                out.year_to_date = out.year_to_date or not future and _year_to_date(period, ctx.published)
            continue
        if counts_from:
            # "since Monday"; "since fighting broke out on September 24"
            out.since = out.since or day
        elif not future and _deadline(root):
            # "had registered 31 bodies until Saturday noon", "had fled by Monday evening": the
            # day a count stood at, not the day of its event
            out.statement = out.statement or day
        elif attached in report_verbs and len(sent.ents) and _has_content(sent, frames):
            if _day_of_the_count(node):
                out.event = out.event or day
            else:
                out.statement = out.statement or day
        elif _published(node):
            # "in a statement circulated on Wednesday", "a video posted on Monday": the day the
            # claim was made public, not its event's
            out.statement = out.statement or day
        else:
            out.event = out.event or day
    # The day an event noun names is the event's, whatever day the sentence's verb has:
    # "relatives said on Saturday that the dead of Thursday night's riot were at least 40".
    out.event = named_event or out.event or earlier
    if out.event is None and out.period is None and out.since is None and ONE_DAY.search(text_of(sent)):
        # "over the past day the Defense Forces eliminated 1,040 occupiers": the day's count,
        # not the next report's (two daily reports a day apart count two days)
        out.period = day_period(ctx.published)
    if out.since is None and sent.start > 0 and _since_then(sent):
        out.since = _last_day_named(sent.doc[sent.start - 1].sent, ctx)
    out.long_run = (
        out.since is not None
        and (ctx.published - out.since).days > LONG_RUN_DAYS
        or bool(LONG_RUN_PHRASES.search(text_of(sent)))
        or out.event is None and _yearly(sent)
        or out.year_to_date
        or _since_a_long_onset(sent)
        or _told_of_a_long_conflict(sent)
        or _over_the_long_run_before(sent)
    )
    return out


# What a superlative ranks that is one event or one time of many: "the deadliest day since",
# "the deadliest attack this year".
RANKED_NOUNS = lx.EVENT_DAY_NOUNS | frozenset("day night week weekend month strike toll escalation".split())


def in_earlier_figure(token: Token) -> bool:
    """Whether `token` is in the "up from four on Monday" of "six killed, up from four on
    Monday" (or the "than on May 7" of "fewer than on May 7"): a figure's earlier value and its
    day, not a claim or a day of its own."""
    node = token
    compared = token.ent_type_ in ("DATE", "TIME")  # (a day; not "no higher than 31 percent")
    path: list[Token] = []
    # Monday <- on <- from <- up; a day compared with further: May 7 <- on <- strike <- during <- than
    for _ in range(6 if compared else 4):
        near = len(path) < 4
        if near and node.lower_ == "from" and node.dep_ == "prep" and node.head.lower_ in ("up", "down"):
            return True
        if near and node.dep_ == "prep" and _between_from_and_to(node):
            return True
        if compared and node.lower_ == "than" and node.dep_ == "prep" and node.head.tag_ in ("JJR", "RBR"):
            # "76 percent, slightly fewer than on May 7": the day compared with (not "lower than
            # at last Saturday's march, when the Archive counted 90,000", nor "higher than the six
            # deaths it reported on Tuesday": that day's own count)
            # (a count, not an ordinal: "fewer than during the first stoppage on February 10")
            counted = any(
                t.like_num and t.tag_ != "JJ" and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")
                for t in node.subtree
            )
            return not counted and not any(
                c.dep_ == "relcl" and any(w.lower_ == "when" for w in c.children)
                for n in path for c in n.children
            )
        path.append(node)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _between_from_and_to(prep: Token) -> bool:
    """ "fell from 8,700 on Tuesday to 7,900 on Wednesday": the parser hangs both days on the
    verb; the one between its "from" and its "to" is the earlier value's."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    sides = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to")]
    start = next((c for c in sides if c.lower_ == "from"), None)
    end = next((c.i for c in sides if c.lower_ == "to"), None)
    if start is None or end is None or not start.i <= prep.i < end:
        return False
    # a figure's earlier value, not the place a thing moved from ("evacuated from the town
    # on Thursday to a school")
    return any(c.dep_ == "pobj" and c.like_num for c in start.children)


def _event_noun(root: Token, prep: Token | None) -> Token | None:
    """The noun a day is named by: the riot of "Thursday's riot", "the riot of Thursday night"."""
    if root.dep_ == "poss":
        return root.head
    return prep.head if prep is not None and prep.lower_ == "of" else None


def _day_of_an_event(root: Token, prep: Token | None) -> bool:
    """Whether a day is named by an event noun: "Thursday's riot", "the riot of Thursday night"."""
    noun = _event_noun(root, prep)
    if noun is None:
        return False
    # (the model may tag a lower-case "march" a proper noun, the month)
    common = noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.text.islower()
    return common and lemma(noun) in lx.EVENT_DAY_NOUNS


def _an_earlier_event(noun: Token | None) -> bool:
    """Whether an event noun a day names (`_event_noun`) is one another is set a while after or
    before: "a week after last Saturday's march", "two days after Sunday's attack" (not "the death
    toll after Saturday's earthquake rose to 40 on Monday": the quake's toll)."""
    if noun is None:
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "before", "following"):
        return False
    spans = [prep.head] + [c for c in prep.children if c.dep_ == "npadvmod"]
    return any(lemma(t) in SPAN_NOUNS for t in spans)


# What a while between two events is counted in: "a week after", "two days after".
SPAN_NOUNS = frozenset("hour day week month year".split())


# A count of the 24 hours before it was given: a daily report's, or a night's attack.
ONE_DAY = re.compile(
    r"\b(?:(?:over|in|during|for) the (?:past|last) (?:day|24 hours|twenty-four hours|night)|"
    r"(?:in|over|during) the (?:24|twenty-four) hours (?:to|until|till|up to|ending)|"
    r"overnight|over the day|during the (?:day|night))\b",
    re.IGNORECASE,
)


# Running totals of a whole war or year, whatever day they are given on.
LONG_RUN_PHRASES = re.compile(
    r"\b(?:full-scale invasion|special military operation|so far this year|"
    r"since the (?:start|beginning) of (?:the |this )?year|"
    # "has cut more than 3,000 jobs over the past two years", "killed in road accidents last
    # winter": a total over seasons, not one event's (not "the worst floods in the past 30
    # years", "the third such attack in the past six months": this event, ranked)
    r"(?:over|during) the (?:past|last) (?:(?:two|three|four|five|six|ten|several|few|\d+) )?"
    r"(?:years?|decades?)|"
    r"(?:over|during) the (?:past|last) (?:two|three|four|five|six|several|few|\d+) months|"
    # "killed during the two years of war": a war's total
    r"(?:over|during|in) (?:the )?(?:two|three|four|five|six|several|\d+) years of (?:war|fighting|conflict)|"
    r"last (?:winter|summer|spring|autumn))\b",
    re.IGNORECASE,
)
# A yearly toll: "more than 80 people are killed by elephants in the state every year".
YEARLY = re.compile(r"\b(?:(?:every|each|per) (?:year|summer|winter|monsoon)|annually)\b", re.IGNORECASE)
# Clauses that tell of something else than the sentence's count: "the festival, held every year".
CLAUSES_OF_THEIR_OWN = frozenset(["relcl", "acl", "appos", "amod"])


def _yearly(sent: Span) -> bool:
    """ "80 people are killed by elephants in the state every year": a yearly toll, said in the
    sentence's own clause (not "the festival, held every year, drew 15,000 on Sunday", "the
    shrine, which draws millions every year")."""
    text = text_of(sent)
    for found in YEARLY.finditer(text):
        word = sent.char_span(found.start(), found.end(), alignment_mode="expand")
        if word is not None and not any(t.dep_ in CLAUSES_OF_THEIR_OWN for t in word[0].ancestors):
            return word[0].dep_ != "amod"  # (not "the annually held marathon")
    return False


def _year_to_date(period: str | None, published: date) -> bool:
    """ "230 deaths nationwide this year", said in September: the year's total so far."""
    return period == f"y{published.year}" and (published - date(published.year, 1, 1)).days > LONG_RUN_DAYS


def _before(period: str, published: date) -> bool:
    """Whether `period` was over before `published` ("November 2024", said in 2026)."""
    start = period_start(period, published)
    return start is not None and start < published and not period_contains(period, published.isoformat())


def told_when(verb: Token | None, published: date) -> str | None:
    """The past period a figure's clause is told of: "the twin earthquakes of February 2023,
    which killed more than 53,000", "August 2021, when a fire burned 50,000 hectares" (the
    parser hangs the clause on the date). None if the clause hangs on no date, or on one not
    over before `published`."""
    if verb is None or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return None  # "an offensive that has killed 300": a toll to this day
    clause = verb.head if verb.dep_ in ("conj", "xcomp") else verb  # "burned ... and destroyed"
    if clause.dep_ != "relcl" or clause.head.ent_type_ != "DATE":
        return None  # (not a clause hung on a noun that a date's clause names)
    ent = next((e for e in clause.doc.ents if e.start <= clause.head.i < e.end), None)
    if ent is None or resolve_date(ent.text, published) is not None:
        return None  # a day: the sentence's dates read it
    period = period_of(ent.text, published)
    return period if period and _before(period, published) else None


def _names_a_thing(root: Token) -> bool:
    """A year that says which thing ("the 2026 budget", "a 2021 coup"), not which period."""
    return (
        root.dep_ in ("compound", "nummod", "amod", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.i > root.i
        and lemma(root.head) in lx.DATED_THINGS
    )


def _told_of_a_long_conflict(sent: Span) -> bool:
    """ "an insurgency that has killed more than 40,000 people", "the war, which has killed",
    "the war has killed tens of thousands": a conflict's whole toll, told in a clause about
    the conflict."""
    words = text_of(sent).lower()
    if not any(noun in words for noun in lx.LONG_CONFLICT_NOUNS):
        return False
    return any(
        t.dep_ == "relcl" and lemma(t.head) in lx.LONG_CONFLICT_NOUNS and t.head.i < t.i
        or t.dep_ == "nsubj" and lemma(t) in lx.LONG_CONFLICT_NOUNS and lemma(t.head) in lx.TOLL_TAKING_VERBS
        for t in sent
    )


def _since_a_long_onset(sent: Span) -> bool:
    """ "killed more than 580 people since the truce began", "since the war": counted over a
    war's or a truce's whole course, not one event's toll."""
    if "since" not in text_of(sent).lower():
        return False
    for since in (t for t in sent if t.lower_ == "since"):
        counted = lemma(since.head) in lx.FIGURE_NOUNS or lemma(since.head) in lx.NOUN_MEASURES
        if since.dep_ == "prep" and since.head.pos_ not in ("VERB", "AUX") and not counted:
            # "the deadliest air raid since the coup": which raid, not how long counted (but
            # "the toll of martyrs since the ceasefire" is counted since)
            continue
        if _ranked_since(since):
            continue
        clause = since.head.subtree if since.dep_ == "mark" else since.subtree
        if any(lemma(t) in lx.LONG_ONSET_NOUNS for t in clause):
            return True
    return False


def _since_of_a_thing(prep: Token | None) -> bool:
    """ "a ceasefire in force since October": since when a thing has been, not what a count
    counts from (as "the toll since October" does)."""
    if prep is None or prep.lower_ != "since" or prep.dep_ != "prep":
        return False
    head = prep.head
    counted = lemma(head) in lx.FIGURE_NOUNS or lemma(head) in lx.NOUN_MEASURES
    # ("Israeli strikes since October have killed 400": what did the killing, counted since)
    acting = head.dep_ in ("nsubj", "nsubjpass") or lemma(head) in lx.EVENT_DAY_NOUNS
    return head.pos_ == "NOUN" and not counted and not acting


def _ranked_since(since: Token) -> bool:
    """ "one of the deadliest days in the south since a ceasefire took effect": what an event
    is ranked against, not a count since then (the parser hangs the clause on the count's verb)."""
    sent = since.sent
    before = since.doc[max(sent.start, since.i - 6) : since.i]
    # (an event or a time ranked, not a place: "El Fasher, the largest city in Darfur, since
    # the war began" is still counted since)
    return any(t.tag_ in ("JJS", "RBS") and lemma(t.head) in RANKED_NOUNS for t in before)


def _stands_for_the_event(since: Token) -> bool:
    """ "Wednesday's march in Bucharest, the largest since 2010": a superlative set beside the
    event ranks it against those since then; it counts nothing over that time (but "the
    deadliest since June 2020, when the launch sank, killing 34" tells of that day's event)."""
    when = any(lemma(c) == "when" for o in since.children for c in o.subtree)
    return since.head.tag_ == "JJS" and since.head.dep_ in ("appos", "conj") and not when


def _compared_within(root: Token) -> bool:
    """ "the largest of the protests this year", "the deadliest this year": the period an event
    is ranked in, not one a figure counts over."""
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        return False  # "this year has been the deadliest, with 1,200 killed": the year's toll
    ranked = [head, *(c for c in head.children if c.dep_ in ("attr", "acomp"))]
    # (and "the highest daily figure this year", "the deadliest attack this year": one day's
    # or one event's count ranked by its superlative; not "the highest number this year of any
    # country", a year's, nor "its 2022-2023 outbreak, the worst in its history")
    one_of_many = root.dep_ == "npadvmod" and (
        lemma(head) in RANKED_NOUNS or any(m.lower_ in ("daily", "single", "weekly") for m in head.children)
    )
    ranks = ("RBS", "JJS") if one_of_many else ("RBS",)
    return any(t.tag_ == "JJS" or any(m.tag_ in ranks for m in t.children) for t in ranked)


def _over_the_long_run_before(sent: Span, back: int = 2) -> bool:
    """ "Violence has soared since the Gaza war began. At least 950 Palestinians have been
    killed since then ... At least 35 Israelis over the same period": counted over the long
    run the sentence before told of."""
    if sent.start == 0 or not SAME_PERIOD.search(text_of(sent)):
        return False
    before = sent.doc[sent.start - 1].sent
    return (
        _since_a_long_onset(before)
        or LONG_RUN_PHRASES.search(text_of(before)) is not None
        or back > 1 and _over_the_long_run_before(before, back - 1)
    )


# What points back to the period the sentence before counted over.
SAME_PERIOD = re.compile(r"\bsince then\b|\b(?:over|during|in) (?:the same|that) (?:period|time)\b", re.I)


def _since_then(sent: Span) -> bool:
    """ "killed since then": counted from the day the sentence before named."""
    return any(t.lower_ == "then" and t.head.lower_ == "since" for t in sent)


def _last_day_named(sent: Span, ctx: ArticleContext) -> date | None:
    """The day (or a period's first day) the last DATE entity of `sent` names."""
    for ent in reversed(sent.ents):
        if ent.label_ == "DATE":
            day = resolve_date(ent.text, ctx.published)
            period = period_of(ent.text, ctx.published) if day is None else None
            return day or (period_start(period, ctx.published) if period else None)
    return None


def _aside(verb: Token, report_verbs: set[int]) -> bool:
    """A clause beside the claim: one without a figure that describes a speaker or an actor
    ("the NUG, made up of lawmakers ousted in the 2021 coup, said 41 were killed", "launched
    by the RSF, which has targeted the city since losing it last year"), or an "as" clause of
    what else was reported ("as it reported a rise in first-quarter profit"). Its period is
    not the one the claim counts; but a clause on what was counted is ("1,200 civilians killed
    in the first quarter", "attacks carried out in January", "the war, which began in April
    2023, has killed"), and so is an "as" clause of events ("as sales dropped in 2025")."""
    node = verb
    while node.dep_ not in ("relcl", "acl", "advcl") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "advcl":
        marked = any(c.dep_ == "mark" and c.lower_ in ("as", "while", "whereas") for c in node.children)
        return marked and lemma(node) in lx.REPORT_VERBS
    if node.dep_ not in ("relcl", "acl"):
        return False
    described = node.head
    if any(c.dep_ == "nummod" for c in described.children) or lemma(described) in lx.EVENT_DAY_NOUNS:
        return False  # the counted people or things, or the event itself
    while described.dep_ in ("pobj", "prep", "conj", "appos", "compound") and described.head.i != described.i:
        described = described.head  # "the war between the army and the RSF, which began"
    if described.dep_ in ("nsubj", "nsubjpass") and described.head.i not in report_verbs:
        return False  # what did the counting: "the war, which began in April 2023, has killed"
    figures = (t for t in node.subtree if t.like_num and t.ent_type_ not in ("DATE", "TIME"))
    # a figure in words ("dozens", "thousands") tells a claim of its own too
    return next(figures, None) is None and not any(t.lower_ in lx.VAGUE_QUANTITIES for t in node.subtree)


def _deadline(root: Token) -> bool:
    """ "by the end of 2027", "until 2026", "by Monday evening": a date something is due by."""
    node = root.head if root.dep_ == "compound" else root  # "Monday" <- "evening"
    for _ in range(3):  # 2027 <- of <- end <- by
        if node.dep_ != "pobj":
            return False
        if node.head.lower_ in ("by", "until", "till", "before"):
            return True
        if node.head.lower_ == "of" and node.head.head.lower_ == "as":
            return True  # "19 had been recaptured as of Monday morning": where the count stood
        node = node.head.head if node.head.lower_ == "of" else node.head
    return False


def _soonest_due(root: Token, verb: Token) -> bool:
    """ "could be presented as early as September", "may be approved as soon as September": the
    soonest a plan is due, not a period counted (not "inflation reached 9 percent as early as
    January": what was, then)."""
    soonest = root if root.lower_ in ("early", "soon") else root.head.head if root.dep_ == "pobj" else None
    if soonest is None or soonest.lower_ not in ("early", "soon") or not any(
        c.lower_ == "as" for c in (*soonest.children, root.head)
    ):
        return False
    return _future(verb) or with_a_modal(verb)


def _future(verb: Token) -> bool:
    """Whether `verb` says what will happen: "will decide", "would cancel", "is preparing to
    cut"."""
    node = verb
    for _ in range(3):
        if has_future_aux(node):
            return True
        if node.dep_ == "xcomp" and lemma(node.head) in lx.PLAN_VERBS:
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _what_follows_a_past_event(verb: Token) -> bool:
    """Whether future `verb` is joined to a verb of the past: "were arrested ... and will be
    charged", what is to come of the event told (not "will strike on Monday and Tuesday")."""
    return (
        verb.dep_ == "conj"
        and has_future_aux(verb)
        and verb.head.tag_ in ("VBD", "VBN")
        and not _future(verb.head)
    )


def _a_plan_beside_the_count(verb: Token) -> bool:
    """Whether future `verb` counts nothing, in a sentence whose counts are all outside it and
    told of the past ("14 workers died"; not "480 workers would lose their jobs", a plan too)."""
    planned = {t.i for t in verb.subtree}
    counts = [t for t in verb.sent if t.like_num and t.ent_type_ not in ("DATE", "TIME")]
    if not counts or not planned.isdisjoint(t.i for t in counts):
        return False
    return all(told.tag_ in ("VBD", "VBN") and not _future(told) for told in map(verb_above, counts))


def has_future_aux(verb: Token) -> bool:
    """Whether `verb` has an auxiliary of the future: "will close", "won't cut"."""
    return any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_AUX for c in verb.children)


def _marks_onset(token: Token) -> bool:
    """ "since" opening a clause about how something began ("since the clashes began",
    "since fighting broke out"): what it counts is a running total. Not causal "since"."""
    return token.lower_ == "since" and token.dep_ == "mark" and lemma(token.head) in lx.ONSET_VERBS


def _day_of_the_count(verb: Token) -> bool:
    """ "On Thursday, police estimated the crowd at 1,800": the day of a crowd put at a
    figure is the crowd's (not "estimated on Wednesday that 1,800 had marched on Tuesday", nor
    "counted 41 bodies", a running count)."""
    if lemma(verb) not in ("estimate", "put"):
        return False
    crowd = any(
        c.dep_ == "dobj"
        and (lx.NOUN_MEASURES.get(lemma(c)) == "participants" or lx.TOPICS.get(lemma(c)) == "protest")
        for c in verb.children
    )
    return crowd and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def _has_content(sent: Span, frames: list[Frame]) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for f in frames for c in f.verb.children)


# Words that run a place's name on into a time ("Agadez nine days ago", "Goma last week").
TIME_TAIL = frozenset("ago last earlier later day days week weeks month months year years".split())


def whole_name(ent: Span) -> str:
    """An entity's words with the doubled word the model cut off: "Mount Lewotobi Laki" of
    "Mount Lewotobi Laki-laki" (one place, whichever of its reports the model cut; not
    "Vienna-based", "the Cambodia-Laos border", nor "Stuttgart-Feuerbach", which is Stuttgart)."""
    # ("Agadez nine days ago": the model ran the place on into when)
    timed = (t for t in ent[1:] if t.is_lower and (t.like_num or t.lower_ in TIME_TAIL))
    ent = next((ent.doc[ent.start : t.i] for t in timed), ent)
    doc, end = ent.doc, ent.end
    joined = end + 1 < len(doc) and doc[end].text == "-"
    tail = doc[end + 1].text if joined and not doc[end - 1].whitespace_ and not doc[end].whitespace_ else ""
    return ent.text + "-" + tail if tail and tail.lower() == doc[end - 1].lower_ else ent.text


def _bare_name(name: str) -> str:
    """ "the city of Buenos Aires" -> "buenos aires": one place, however it is introduced."""
    name = name.removesuffix("'s").removeprefix("the ").strip()
    for kind in ("city of ", "province of ", "state of ", "town of ", "region of ", "municipality of "):
        name = name.removeprefix(kind)
        if name == kind.strip():
            return ""  # ("The City of" tagged apart from "Harare": no name)
    return name


@lru_cache(maxsize=1024)
def outlet_name(source: str) -> str:
    """The name a report's outlet goes by in its text ("central africa wire" of "Central Africa
    Wire", "guinée horizon info" of "Guinée Horizon Info (machine translation)"): no place,
    wherever the model tags it one ("three witnesses told Central Africa Wire", "told Expresso")."""
    return _bare_name(re.sub(r"\s*\([^)]*\)", "", source).strip().lower())


# A named storm, which the model may take for a facility: "Typhoon Sinlaku".
STORM_NAME = re.compile(r"(?i)(?:super )?(?:typhoon|hurricane|cyclone|storm|tropical storm)\b")


def _a_city(name: str) -> bool:
    """ "paris", "gaza city": a city the gazetteer knows, by its name with or without "city"."""
    return name in CITIES or name.removesuffix(" city") in CITIES


# Oceans and seas, which name a coast's or a port's side of a country, not a place in it.
OCEANS = frozenset("pacific atlantic arctic indian mediterranean caribbean baltic adriatic aegean".split())


def _an_oceans_kind(ent: Span) -> bool:
    """ "Colombia's main Pacific port", "its Atlantic coast": which side of the country, not
    where (not "in the Pacific", "off the Adriatic")."""
    modifies = ent.root.dep_ in ("compound", "amod") and ent.root.head.pos_ == "NOUN"
    return ent.text.lower() in OCEANS and modifies


def _names_a_disease(ent: Span) -> bool:
    """ "Marburg virus", "Lassa fever", "Rift Valley fever": a disease named after a place,
    which says nothing of where its outbreak is."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    located = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("in", "across", "near", "at")
    named_for = ent.root.dep_ in ("compound", "nmod", "amod") and not located  # (not "in Gaza fever ...")
    return after is not None and after.lower_ in ("virus", "fever") and named_for


def _names_a_person(ent: Span) -> bool:
    """ "said spokeswoman An Verhulst": a name the model tags a place, set beside a role."""
    root = ent.root
    roles = lx.ROLE_NOUNS | lx.TITLE_WORDS
    # ("Dragan Jovanović, president of the union": a first name, set before a surname with a role)
    surname = root.head if len(ent) == 1 and root.dep_ == "compound" and root.head.i == ent.end else None
    first_name = surname is not None and surname.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.lower_ in roles for c in surname.children
    )
    return ent.label_ in PLACE_ENTS and (
        root.dep_ == "appos" and root.head.lower_ in roles or first_name or _after_a_title(ent)
    )


def _ends_a_firms_name(ent: Span) -> bool:
    """ "the company Aïr Routes et Travaux", "Dupont & Fils": a name joined to a capitalised word
    by "et" or "&" is a firm's, not a place, whatever the model tags its last word."""
    doc, start = ent.doc, ent.start
    return start > 1 and doc[start - 1].text in ("et", "&") and doc[start - 2].text[:1].isupper()


def _after_a_title(ent: Span) -> bool:
    """ "Bingöl Governor Ahmet Karaca", "Governor Karaca": a name after a title (and a first
    name) is a person's, whatever the model tags it (not "the Governor of Kharkiv": "of" stands
    between)."""
    doc, start = ent.doc, ent.start
    if start == 0 or len(ent) > 1:
        return False
    before = doc[start - 1]
    if before.text.istitle() and before.pos_ == "PROPN" and start > 1:
        before = doc[start - 2]  # (the first name)
    return before.lower_ in lx.TITLE_WORDS and before.text[:1].isupper()


def _a_force(words: list[str]) -> bool:
    """ "the gendarmerie", "the Cluj County Gendarmerie": a force the model tagged a place (not
    the town of Police, Poland)."""
    return words[-1:] == ["gendarmerie"] or len(words) > 1 and words[-1] in lx.FORCES_TAKEN_FOR_PLACES


def _place_name(ent: Span) -> str | None:
    """A town or region that locates an event; countries are left out because in reporting
    on wars and diplomacy they name the parties, not where a thing happened."""
    if ent.label_ not in PLACE_ENTS or STORM_NAME.match(ent.text):
        return None  # ("Typhoon Sinlaku" is what struck, not where)
    if len(ent) == 1 and ent.root.tag_ == "NNS" and ent.root.pos_ == "NOUN" and ent.start == ent.sent.start:
        return None  # "Pirates abducted six crew": people the model took for a place
    if _names_a_disease(ent) or _names_a_person(ent) or _ends_a_firms_name(ent) or _an_oceans_kind(ent):
        return None
    name = _bare_name(whole_name(ent).lower())
    if not name or name in lx.SEATS_OF_EVERY_TOWN or _a_force(name.split()):
        # ("talks with City Hall broke down": every town has one; its council; "the Cluj County
        # Gendarmerie put the number at 5,500": a body)
        return None
    if _a_city(name):
        return name  # "in Paris", "in Gaza City": a place, though Paris speaks for France
    return None if country_in(name.split()) else name


PLACE_NOUNS = frozenset(
    [
        "city",
        "town",
        "village",
        "settlement",
        "province",
        "region",
        "district",
        "county",
        "port",
        "state",
        "island",
        "community",
        # the units other countries name their places by
        "township",
        "locality",
        "municipality",
        "commune",
        "hamlet",
        "governorate",
        "oblast",
        "prefecture",
        "regency",
        "upazila",
        "tehsil",
        "taluka",
        "woreda",
        "barangay",
        # a stretch of a front, named by a town on it: "in the Pokrovsk direction"
        "direction",
    ]
)
# Buildings and bodies a name may end in: "Al-Shifa Hospital", "the Interior Ministry".
INSTITUTION_NOUNS = frozenset(
    ["hospital", "ministry", "embassy", "parliament", "headquarters", "office", "school", "university",
     "church", "mosque", "airport", "station", "base", "camp", "prison", "court", "bank", "company",
     "factory", "plant", "center", "centre", "market", "mall", "stadium", "hotel", "palace", "building"]
)
# What a sentence opening "In Congress, ..." opens on is no place: an institution, a spot in a
# town (untagged_places).
NO_OPENING_PLACE = INSTITUTION_NOUNS | {"congress", "senate"}
# Kinds of place that, capitalised, also end a building's name: "the Hyatt Regency".
NAME_ENDINGS = frozenset(["regency"])
# Waters named like places: "Volta Lake", "the Tana River".
WATER_BODIES = frozenset("lake river lagoon reservoir creek estuary".split())
# What runs between two places: "a ferry between Yeji and Makango", "buses between A and B".
ROUTE_WORDS = frozenset(
    """ferry boat bus train flight road highway route crossing service trip journey ply sail railway
    traffic""".split()
)
PLACE_PREPS = frozenset(["in", "near", "outside", "at", "through", "across", "from"])
# Where a town is, though the model takes its name for an organisation's or a person's.
IN_A_TOWN_PREPS = frozenset(["in", "near", "outside", "through", "across"])


def _a_town_taken_for_a_name(tok: Token) -> bool:
    """Whether a one-word name the model tagged an organisation or a person, or left untagged,
    is a town the sentence puts things in: "protested in Shkodër on Friday", "Police in Arequipa
    said" (not "at Vantra", a site; not "confidence in Ruto": no town of that name)."""
    prep = tok.head
    if prep.lower_ == "of" and lemma(prep.head) in PARTS_OF_A_TOWN and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "across much of Bulawayo", "in parts of Kisumu"
    done = prep.head  # (what is there: "protested in", "districts in"; not "shares in Hitachi")
    one_word = tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    tagged = tok.ent_type_ in ("ORG", "PERSON") and tok.ent_iob_ == "B" and one_word
    # (untagged, and no part of a longer name: not "in Calle Mercaderes")
    untagged = not tok.ent_type_ and not any(c.dep_ == "compound" for c in tok.children)
    return (
        tok.pos_ == "PROPN"
        and (tagged or untagged)
        and tok.dep_ == "pobj"
        and prep.lower_ in IN_A_TOWN_PREPS
        and lemma(done) not in TRUST_WORDS | HELD_IN_WORDS
        and not any(lemma(c) in TRUST_WORDS | HELD_IN_WORDS for c in done.children if c.dep_ == "dobj")
        and a_known_town(tok.lower_)
    )


def _a_towns_council(ent: Span) -> bool:
    """ "Bulawayo City Council", "Kisumu County Government", "Lahore Municipal Corporation": a
    body that governs a town, which a lead names for the town's affairs (not "Bulawayo
    Municipal Workers' Union", nor "Kenya Power")."""
    # ("Bulawayo Council", or a civic word before the body: not "Toyota Motor Corporation")
    civic = len(ent) == 2 and lemma(ent.root) in ("council", "municipality") or any(
        t.lower_ in CIVIC_WORDS for t in ent[1:-1]
    )
    return (
        ent.label_ == "ORG"
        and civic
        and lemma(ent.root) in TOWN_GOVERNMENTS
        and ent[0].pos_ == "PROPN"
        and a_known_town(ent[0].lower_)
    )


# What governs a town, by the town's name: "Bulawayo City Council", "Kisumu County Government".
TOWN_GOVERNMENTS = frozenset("council municipality corporation government administration".split())
CIVIC_WORDS = frozenset("city county municipal metropolitan town district".split())


# What of a town a thing happens across: "across much of Bulawayo", "in parts of Kisumu".
PARTS_OF_A_TOWN = lx.SOME_OF_A_WHOLE | {"rest"}


# What one holds in a company, not in a town: "shares in Hitachi", "a stake in Mercedes" (and
# `TRUST_WORDS`, what one puts in a person: "put their trust in Clinton").
HELD_IN_WORDS = frozenset("share stake stock money investment".split())


# ... and "on", where a name is where things happen: "on Ambrym, where the cyclone made landfall".
PLACE_OR_ON_PREPS = PLACE_PREPS | {"on"}
# Where people are, near whom others may be: "protesters standing near Zelensky".
STANDING_VERBS = frozenset("stand sit be live wait stay remain walk gather".split())
# What one may have or find in a person: "confidence in Ruto", "an ally in Kim".
TRUST_WORDS = frozenset(
    "confidence faith trust belief believe interest hope ally partner friend champion".split()
)
# Kinds of area a people's name may name ("Dendi district"; not "a Fulani village": a people's).
AREA_KINDS = frozenset("district province county zone".split())
# What a place's name may be followed by: "in Buner district", "in Ghizer valley".
PLACE_KINDS = frozenset("district province region state county city town village valley".split())


# A count said of a whole country or province ("marched across the country", "nationwide",
# "across Pakistan", drones "over Russian regions") is not a count of one city's march or
# toll: such claims carry NATIONWIDE among their places.
NATIONWIDE_WORDS = re.compile(
    r"\b(?:(?:across|around|throughout) the (?:country|province|region|state)|nationwide|countrywide|"
    r"across (?:all|the whole) of|"
    # a war's daily count along all of it, not one stretch of it ("in the Pokrovsk direction")
    r"(?:across|along|on) the (?:entire|whole) front(?:[ -]?line)?|on all (?:fronts|directions)|"
    # (not "across Mzuzu city and Mzimba district": a town's, a district's)
    r"(?-i:[Aa]cross|[Tt]hroughout) (?-i:[A-Z][a-z]+)"
    r"(?! (?:city|town|village|district|county)\b)|"
    r"national (?:turnout|total|figure|count|tally|toll)|nationally|"
    # "in central Vietnam", not "in the southern Ukrainian city of Kherson"
    r"in (?:the )?(?-i:(?:central|northern|southern|eastern|western|north|south|east|west|northwest|northeast"
    r"|southwest|southeast|north-west|north-east|south-west|south-east) [A-Z][a-z]+)"
    r"(?! (?:city|town|village|district|province|region|port|capital|county|state)\b)(?!['’]s\b)|"
    r"(?-i:(?:central|northern|southern) provinces)|"  # (not "Copperbelt and Central provinces": names)
    r"(?:over|across) (?:the |several |multiple |\d+ )?(?:\w+ )?(?:regions|territory))\b",
    re.I,
)


def _a_place_just_before(words: list[str]) -> bool:
    """Whether the words before "in northern X" end on a place's name: "the village of Sori-Gando",
    "an attack on Kidal" (not "since January", "on Monday", "attacks by JNIM", nor the sentence's
    first word)."""
    if len(words) < 2:
        return False
    name, before = words[-1].strip(",").lower(), words[-2].lower()
    if not words[-1][:1].isupper() or words[-1].isupper() or name in MONTHS or name in WEEKDAYS:
        return False
    # ("the village of Sori-Gando in northern Benin", "Butembo, in eastern Congo", a known town)
    placed = before in ("of", "in", "at", "near", "from", "on", "to")
    return placed or words[-1].endswith(",") and a_known_town(name)


# A name of two words or more after a compass word: "in eastern Mato Grosso" (a state's part).
_NAME_GOES_ON = re.compile(r" ((?-i:[A-Z][\w'’-]*)(?: (?:of )?(?-i:[A-Z][\w'’-]*)){0,3})")


def says_nationwide(text: str) -> bool:
    """Whether a sentence counts over a whole country (or a wide part of one): `NATIONWIDE_WORDS`,
    but not "in eastern Mato Grosso", where the name goes on and names no country ("in northern
    Burkina Faso" does)."""
    for found in NATIONWIDE_WORDS.finditer(text):
        before = text[: found.start()].split()[-1:]
        works = bool(before) and before[0].lower().rstrip("s") in lx.WORKS_NOUNS
        if works and found.group(0).lower().startswith("in "):
            continue  # "cut 1,150 jobs at the plant, ... also a plant in northern Italy": where a works is
        if found.group(0).startswith("in ") and _a_place_just_before(text[: found.start()].split()):
            continue  # "the village of Sori-Gando in northern Benin": where the place named is
        named = _NAME_GOES_ON.match(text, found.end())
        if named and found.group(0).lower().startswith("in "):
            words = [found.group(0).split()[-1], *named.group(1).split()]
            if not country_in([w.lower() for w in words]):
                continue
        return True
    return False


EVENT_NOUNS = (
    r"(?:attack|(?:air)?strike|raid|incident|explosion|blast|clash|ambush|assault|bombing|shelling|flood"
    r"|landslide|fire|blaze|crash|collision|derailment|accident|stampede|crush|storm|cyclone|earthquake"
    r"|quake|collapse|avalanche|shipwreck|capsizing|riot|protest|march|rally|demonstration)s?\b"
    # (not "a separate flood tally by the provincial government": another count of it)
    r"(?! (?:toll|tally|count|figure|estimate|service|department|warning|officials?|agency|authority)\b)"
)
# What is said or counted apart, maybe of the same event: "in a separate statement", "a
# separate, independent tally".
_ACCOUNT = (
    r"(?!(?:[\w-]+,? )?(?:statement|interview|post|briefing|report|message|comment|remark|speech|letter"
    r"|tally|count|estimate|figure|assessment|investigation|inquiry|probe|review|survey|analysis|account)\b)"
)
SEPARATE_EVENT = re.compile(
    # not "said in a separate statement": that is another statement, maybe of the same event
    r"\b(?:in|during) (?:a|an) (?:separate|unrelated|different|earlier|previous) " + _ACCOUNT + r"\w+"
    r"|^\W*(?:a|an) (?:separate|unrelated),? " + _ACCOUNT + r"\w+"  # "A separate, smaller hailstorm hit"
    r"|\b(?:a|an|another) (?:separate|unrelated),? (?:\w+ ){0,2}" + EVENT_NOUNS +
    # "a smaller march drew about 6,000", "a similar attack on December 27", "the collapse of a
    # smaller bridge": another event, told beside this one (not "two years after a similar
    # attack", "the hallmarks of a previous attack": this one, likened to another)
    r"|(?<!after )(?<!since )(?<!than )(?<!like )(?<!of )(?<!to )"
    r"\b(?:a|an) (?:(?:second|third|fourth),? )?(?:similar|smaller|larger|bigger|deadlier|previous|prior) "
    r"(?:\w+ ){0,2}" + EVENT_NOUNS +
    r"|\b(?:collapse|fire|blaze|explosion|blast|sinking|capsizing) of (?:a|an) (?:smaller|similar) "
    r"(?:bridge|building|dam|mine|ferry|boat|ship|factory|plant|tower|warehouse)\b"
    r"|^\W*(?:elsewhere|separately|in other news)\b"
    # "there have been no deaths further south": of another stretch than the one counted
    r"|\b(?:further|farther) (?:south|north|east|west|downstream|upstream|inland|afield)\b"
    # "a separate boat with 48 people aboard": its own passengers (not "collided with another bus")
    r"|\b(?:a|an) (?:separate|different|unrelated) (?:\w+ )?"
    r"(?:boat|vessel|ship|ferry|dinghy|raft|cayuco|canoe|plane|aircraft|bus|minibus|train|truck|lorry)\b"
    # "had killed 21 people in the state before the current outbreak", "in previous outbreaks"
    # (not "more than in previous years": this one, against others)
    r"|\b(?:before|prior to) (?:the|this) (?:current|latest|present|ongoing|recent) "
    r"(?:outbreak|epidemic|war|crisis|wave|season|fighting|offensive|clashes|floods|flooding)\b"
    r"|(?<!than )\bin (?:previous|earlier|past|prior) (?:outbreaks|epidemics|waves|seasons|years)\b"
    # "A magnitude 5.4 aftershock struck ... killing 14": not the quake's toll
    r"|^\W*(?:a|an) (?:[\w.,-]+ ){0,3}aftershock\b(?!s)"
    # "the second slide caused no casualties", "a new landslide": not the first one's toll (not
    # "fear a second collapse", "the second largest quake", "a new blast furnace")
    r"|(?<!of )(?<!fear )(?<!feared )(?<!risk )\b(?:the|a) (?:second|third|fourth|new|fresh),? "
    r"(?:(?:smaller|larger|bigger|powerful|deadly|massive) )?"
    r"(?:slide|mudslide|landslide|avalanche|blast|explosion|quake|earthquake|collapse)\b"
    r"(?![ -](?:wall|furnace|resistant|proof))",
    re.I,
)


# "Neighbouring Chikwawa district has recorded 37 cases": the next district's own count (but "In
# neighbouring Sylhet district, no one had died" denies what any report counts there).
NEIGHBOURING = re.compile(r"^\W*(?:in )?(?:the )?(?:neighbouring|neighboring|adjacent) \w+", re.I)
NEGATION = re.compile(r"\b(?:no|not|never|none|nobody)\b|n't\b", re.I)


def separate_event(sent: Span, article_id: str) -> tuple[str, ...]:
    """ "In a separate attack on Tuesday, ...", "A separate fire near Valdora burned ...",
    "Elsewhere in the territory, strikes killed ...": an event of its own, matching no other."""
    text = text_of(sent).strip()
    next_door = NEIGHBOURING.match(text) is not None and NEGATION.search(text) is None
    return _of_its_own(sent, article_id) if _tells_another_event(text) or next_door else ()


def _of_its_own(sent: Span, article_id: str) -> tuple[str, ...]:
    """The place mark of a sentence's event of its own, which matches no other claim's places."""
    return (f"{article_id}#{sent.start}",)


def none_beyond(sent: Span, article_id: str, polarity: str, measure: str) -> tuple[str, ...]:
    """ "No deaths had been reported outside Ganta": no count beyond a town, which says nothing
    of the town's own; a place of its own, as `separate_event` (not an act denied "outside
    Congress", a spot it was said of)."""
    if polarity != "negate" or measure == "act":
        return ()
    # (a town or a region: not "outside Parliament", "outside Kenyatta Hospital", a spot)
    towns = (o for t in sent if t.lower_ == "outside" for o in t.children)
    beyond = any(o.ent_type_ in ("GPE", "LOC") for o in towns)
    return _of_its_own(sent, article_id) if beyond else ()


# Some of those counted: "most of them in the coastal barangays".
SOME_OF_THEM = frozenset(["most", "many", "some", "half", "several", "few"])


def _where_some_of_them_were(place: Token) -> bool:
    """ "11 people died in the town, most of them in the coastal barangays of Punta and San
    Antonio": where some of those counted were, not the count's place (which "the town" is)."""
    for prep in (a for a in place.ancestors if a.dep_ == "prep" and a.lower_ in ("in", "at", "near")):
        doc = prep.doc
        if prep.i >= 3 and doc[prep.i - 1].lower_ == "them" and doc[prep.i - 2].lower_ == "of" and (
            doc[prep.i - 3].lower_ in SOME_OF_THEM
        ):
            return True
    return False


@lru_cache(maxsize=4096)
def _tells_another_event(text: str) -> bool:
    # (asked once per sentence and again for each of its claims: the pattern is long)
    return SEPARATE_EVENT.search(text) is not None


def sentence_places(
    sent: Span, speaker: Speaker, ctx: ArticleContext, target: str = "", figure_text: str = ""
) -> tuple[str, ...]:
    """The places a claim of `sent` is about; `figure_text`: its figure's words, if it has one."""
    places = [
        name
        for ent in sent.ents
        if (name := _place_name(ent))
        and (ent.text.lower() not in speaker.text.lower() or _in_place(ent.root) and not _seat_of(ent.root))
        and not _where_said(ent.root, speaker)
        and not _where_the_tellers_waited(ent.root, speaker)
        and not _who_said(ent.root, speaker)
        and not _told_to(ent.root)
        and not _seat_opened_on(ent, sent)
        and not _a_road_to(ent.root)
        and name != outlet_name(ctx.article.source)
    ]
    untagged = ctx.untagged_places.get((id(sent.doc), sent.start))
    if untagged is None:
        untagged = untagged_places(sent)
    places += [name for name in untagged if name not in speaker.text.lower()]
    places += _named_as_a_place_elsewhere(sent, ctx)
    places += _the_capital(sent, ctx)
    # (not where some of those counted were: "most of them in the villages of Dibulo and Santa Rosa")
    some_there = {t.lower_ for t in sent if t.pos_ == "PROPN" and _where_some_of_them_were(t)}
    if some_there:
        places = [name for name in places if some_there.isdisjoint(name.split())]
    if parts := _parts_included(sent, figure_text):
        places = [name for name in places if name not in parts]
    if not places:
        places += _the_area_that_speaks(sent, speaker)
    if not places:
        places += _there(sent, ctx)
    return tuple(dict.fromkeys(places + [target] if target else places))


SPEAKING_AREAS = frozenset("province district county region governorate oblast".split())


def _the_area_that_speaks(sent: Span, speaker: Speaker) -> list[str]:
    """ "Thanh Hoa province reported two people killed": an area that reports its own toll
    (whatever the model takes its name for)."""
    words = speaker.text.split()
    # (not "Bihar's Disaster Management Department", a body; nor "Islamic State West Africa
    # Province", a group)
    named_by_kind = 1 < len(words) <= 3 and words[-1].lower() in SPEAKING_AREAS
    if not named_by_kind or not all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        return []
    named = " ".join(words[:-1]).lower()
    return [] if country_in(named.split()) or named not in text_of(sent).lower() else [named]


ROAD_NOUNS = frozenset(["road", "highway", "motorway", "route", "expressway"])
# What a place's name before a noun places: an event, a works, people ("the Zarqa protest", "the
# Łódź plant", "1,800 Canterbury nurses"; not "Sumy governor", a title).
PLACED_NOUNS = (
    frozenset(lx.TOPICS) | lx.INCIDENT_NOUNS | lx.WORKS_NOUNS | {"sit-in", "riot", "march"}
    | lx.PERSON_NOUNS - lx.TITLE_WORDS - lx.ROLE_NOUNS
)


def _a_road_to(place: Token) -> bool:
    """ "moved towards the main road to Amman": where a road leads, not where a thing was."""
    way = place.head
    return place.dep_ == "pobj" and way.lower_ in ("to", "towards") and lemma(way.head) in ROAD_NOUNS


def _there(sent: Span, ctx: ArticleContext) -> list[str]:
    """ "The strike followed a walkout in Auckland on Tuesday. Health NZ says 2,150 nurses took
    part there": the places of the sentence before (not "there were 40 injured")."""
    here = [t for t in sent if t.lower_ == "there" and t.dep_ == "advmod" and _a_thing_there(t.head)]
    # (and those there who counted: "unions said 45,000 demonstrated in Bucharest. The gendarmerie
    # there counted around 12,000")
    here += [t for t in sent if t.lower_ == "there" and t.dep_ == "advmod" and t.head.dep_ == "nsubj"
             and lemma(t.head.head) in COUNTING_VERBS and t.i == t.head.i + 1]
    # (not "speaking there, he said", "officials there said": where the speaker was)
    here = [t for t in here if lemma(t.head) not in lx.REPORT_VERBS | {"speak"} and t.head.dep_ != "advcl"]
    if sent.start == 0 or not here:
        return []
    before = sent.doc[sent.start - 1].sent
    untagged = ctx.untagged_places.get((id(before.doc), before.start))
    if untagged is None:
        untagged = untagged_places(before)
    named = {name for ent in before.ents if (name := _place_name(ent))} | set(untagged)
    # ("Kaynarpınar was not hit. There is no loss of life and no collapse there": a name the
    # report calls a place elsewhere, "the village of Kaynarpınar", whatever the model took it for)
    named |= {
        name for ent in before.ents
        if (name := _bare_name(ent.text.lower())) in ctx.region and not country_in(name.split())
    }
    if len(named) > 1:
        # ("reached the hamlet of Quillcapampa in Caylloma province. Eleven bodies had been
        # recovered there": the place within the wider one)
        # (a hamlet, village or town named as one: not "flew from Ankara to Hatay province")
        told = text_of(before).lower()
        narrow = {
            name for name in named
            if not of_a_kind(name, lx.AREA_KINDS, told) and named_as_a_kind(name, lx.SMALL_PLACE_KINDS, told)
        }
        named = narrow if len(narrow) == 1 else named
    return list(named) if len(named) == 1 else []  # (of several, "there" may be any)


COUNTING_VERBS = lx.FIGURE_SETTING_VERBS | frozenset(["count", "estimate", "tally", "record"])


def _a_thing_there(head: Token) -> bool:
    """What "there" places: a thing done ("took part there") or that happened ("no collapse
    there"); not people ("officials there said": where the speaker was)."""
    if head.pos_ == "VERB":
        return True
    people = lemma(head) in lx.PERSON_NOUNS or head.dep_ in ("nsubj", "nsubjpass")
    return head.pos_ == "NOUN" and not people


def _named_as_a_place_elsewhere(sent: Span, ctx: ArticleContext) -> list[str]:
    """ "killed in Satkhira alone": a one-word name the model took for an organisation or a
    person is a place when the report names it as one elsewhere ("in Satkhira district")."""
    found = [
        tok.lower_
        for tok in sent
        if tok.pos_ == "PROPN"
        # ("in Satkhira alone"; "joined the Zarqa protest": a place's name before an event, not
        # "Sumy governor Volodymyr Artiukh said")
        # ("a rescue team that reached Mucutuy on foot": where it went)
        and (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "near", "on")
             # ("its estimate of the march of Tunis", as translations put it)
             or tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in PLACED_NOUNS
             or tok.dep_ == "dobj" and lemma(tok.head) == "reach"
             or tok.dep_ == "compound" and tok.i == tok.head.i - 1 and lemma(tok.head) in PLACED_NOUNS
             # (not "the Lao People's Army": a name; but "the Accra march" is no month)
             and (not tok.head.ent_type_ or tok.head.ent_type_ == "DATE" and tok.head.is_lower))
        and tok.ent_type_ in ("ORG", "PERSON", "NORP")  # (or a people: "the Tunis march", as tagged)
        and not any(c.dep_ == "compound" for c in tok.children)
        and not _seat_of(tok)
    ]
    # ("Tala Ouzrou has been spared": a name of two words or more the report names as a place,
    # wherever it stands)
    found += [
        name
        for tok in sent
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "PERSON", "") and tok.dep_ != "compound"
        and " " in (name := proper_name(tok))
    ]
    if not found:
        return []
    # (the untagged names too: a name the report names most may be taken for its organisation)
    named = set(ctx.region).union(*ctx.untagged_places.values())
    return [name for name in found if name in named]


def _the_capital(sent: Span, ctx: ArticleContext) -> list[str]:
    """ "marched in the capital", "its count for the capital": the one capital the report
    names ("marched through Bratislava"), else the capital of the one state it names (a report
    from Bratislava may name Russia's laws, not Moscow)."""
    # (not "the county capital", "the commercial capital": another city)
    if not any(t.lower_ == "capital" and t.dep_ == "pobj" and _bare_capital(t) for t in sent):
        return []
    # (a capital that also names its state, "Moscow said", may be a speaker, not the place)
    named = [r for r in ctx.region if r in CITIES and r not in SIDE_OF_WORD]
    if len(named) == 1:
        return named
    states = [r for r in ctx.region if r in STATES]
    city = capital_of(states[0]) if len(states) == 1 else None
    return [city] if city else []


def _bare_capital(capital: Token) -> bool:
    """ "the capital", "the country's capital", "the Slovak capital"."""
    return all(
        c.dep_ in ("det", "case", "punct")
        or c.ent_type_ == "NORP"
        or c.dep_ == "poss" and c.lower_ in ("country", "its")
        for c in capital.children if c.i < capital.i
    )


def _published(verb: Token) -> bool:
    """ "circulated", "posted", "published"; "released" or "issued" of a statement or a video
    (not "released 50 prisoners", nor "a video showing the attack")."""
    if lemma(verb) in lx.PUBLISH_VERBS:
        return True
    return (
        lemma(verb) in ("release", "issue")
        and verb.dep_ in ("acl", "relcl")
        and lemma(verb.head) in lx.DOCUMENT_NOUNS | lx.POSTED_NOUNS
    )


def main_place(article: CleanArticle, docs: list[Doc]) -> str:
    """The first place an article's body names, as its lead tells the main event: where its
    claims that name no place are, as far as its other claims go. A dateline ("KYIV (Reuters)
    -") says where the reporter is, which is where the event is only when the body names no
    place."""
    filed_in = ""
    bodies = short_names_of_bodies(docs)
    lead = True
    for seg, doc in zip(article.segments, docs, strict=True):
        if seg.kind == "dateline":
            filed = _bare_name(seg.text.lower())
            # ("Port Sudan", "Gaza City" are cities, though they name a country)
            filed_in = filed if _a_city(filed) or not country_in([filed]) else ""
        if seg.kind != "paragraph":
            continue
        # (and, in a lead that names no place the model tagged, a town it tagged nothing:
        # "Police in Arequipa said")
        unnamed_towns = (t for t in doc if not t.ent_type_ and _a_town_taken_for_a_name(t))
        untagged = [doc[t.i : t.i + 1] for t in unnamed_towns] if lead else []
        # (a lead that names the dateline's town, "marched through Cluj-Napoca", before any other
        # place is of that town, though the model tags no place there)
        filed_told = re.search(rf"\b{re.escape(filed_in)}\b", doc.text.lower()) if lead and filed_in else None
        if filed_told is not None and _inside_a_name(doc, filed_told.start(), filed_told.end()):
            filed_told = None  # ("The New York Times reported", "Paris Saint-Germain fans")
        for ent in [*doc.ents, *untagged]:
            if filed_told is not None and ent.start_char > filed_told.start():
                return filed_in
            name = _place_name(ent) if not ent.text.isupper() and ent.text.lower() not in bodies else None
            unnamed = name is None and ent.text.lower() not in bodies
            if lead and unnamed and _a_town_taken_for_a_name(ent.root):
                # ("protested in Shkodër": a town the model took for an organisation, where the
                # lead puts its event; further down, one of many: "ports in Rosario")
                name = ent.text.lower()
            elif lead and unnamed and _a_towns_council(ent):
                name = ent[0].lower_  # "Bulawayo City Council said": the town's own affairs
            if name and name != outlet_name(article.source) and not _seat_of(ent.root):
                return name
        if filed_told is not None:
            return filed_in
        lead = False
    return filed_in


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` is part of a name of something other than a place,
    or of one that goes on after it ("Paris Saint-Germain")."""
    goes_on = doc.text[end : end + 2].strip()[:1].isupper()
    # (a name the model tags wider than the town's: "The New York Times"; not the town's own name,
    # whatever it takes it for)
    return goes_on or any(e.start_char <= start and end < e.end_char and e.label_ not in (*PLACE_ENTS, "NORP")
                          for e in doc.ents)


def short_names_of_bodies(docs: list[Doc]) -> set[str]:
    """The short names a report gives bodies it spells out: "the National Directorate of Health
    Surveillance (Dinavisa)" -> "dinavisa", no place wherever the model tags it one ("the
    director of Dinavisa"); not a place in brackets ("the Pakistan Medical Association (Punjab)")."""
    names = set()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 3:
                continue
            inside = ent[-2].text == "("
            opened = inside or ent.end + 1 < len(doc) and doc[ent.end].text == "("
            short = ent[-1] if inside else doc[ent.end + 1] if opened else None
            closed = short is not None and short.i + 1 < len(doc) and doc[short.i + 1].text == ")"
            if short is None or not closed or short.pos_ != "PROPN":
                continue
            long_name = ent[:-2] if inside else ent
            initials = {t.text[0].lower() for t in long_name if t.text[:1].isupper()}
            name = short.lower_
            # (a short name begins with a capital of its long name: "Dinavisa", the "Directorate")
            if name[0] in initials and not country_in([name]) and name not in CITIES and name not in STATES:
                names.add(name)
    return names


def scene_set(sent: Span, ctx: ArticleContext) -> tuple[str, ...]:
    """The place a sentence opens on: "In Rennes, ...", "In the southern city of Odesa, ..."."""
    if sent[0].lower_ not in ("in", "at") or sent[0].dep_ != "prep":  # not "At least 38 ..."
        return ()
    opener = next((t.i for t in sent if t.text == ","), None)
    if opener is None:
        return ()
    named = [name for ent in sent.ents if ent.end <= opener and (name := _place_name(ent))]
    opening = {t.lower_ for t in sent.doc[sent.start : opener]}
    untagged = ctx.untagged_places.get((id(sent.doc), sent.start)) or []
    named += [name for name in untagged if name.split()[-1] in opening]
    # "In Beijing, China's Defence Ministry acknowledged ...": where the body sits
    named = [name for name in named if not (_a_capital(name) and _a_seated_body_speaks(sent, name))]
    return tuple(dict.fromkeys(named))


def _seat_opened_on(ent: Span, sent: Span) -> bool:
    """ "In Beijing, China's Defence Ministry acknowledged ...": a capital the sentence opens on
    before a body that sits there speaks (not "In Kyiv, officials said": of their city)."""
    opens = sent[0].lower_ == "in" and ent.start == sent.start + 1 and ent.end < sent.end
    opens = opens and sent.doc[ent.end].text == ","
    name = _place_name(ent) or ""
    return opens and _a_capital(name) and _a_seated_body_speaks(sent, name)


def _a_capital(name: str) -> bool:
    """ "beijing", "tashkent": a capital, by the table of capitals or as a city named for its state."""
    return bool(country_of_capital(name)) or name in CITIES and country_in([name]) is not None


def _a_seated_body_speaks(sent: Span, capital: str) -> bool:
    """Whether the sentence's subject is a body that sits in the capital, or its spokesman
    ("China's Defence Ministry" in Beijing; not another state's, "Ukraine's embassy" in Moscow)."""
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or lemma(subject) not in SEATED_BODIES | SPOKESPEOPLE:
        return False
    state = country_of_capital(capital) or country_in([capital])
    named = country_in([t.lower_ for t in subject.subtree])
    return named is None or named == state  # (not "In Moscow, Ukraine's embassy said")


def _in_place(token: Token) -> bool:
    """ "inflation in Istanbul", "in Buner district": a place, though the speaker is the
    Istanbul Chamber or the deputy commissioner of Buner."""
    if token.dep_ == "compound" and token.head.lower_ in PLACE_KINDS:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS


# Bodies that sit in a capital whatever they speak of: "the Health Ministry in Cairo said".
SEATED_BODIES = frozenset(["ministry", "government", "embassy", "parliament", "presidency", "cabinet",
                           "headquarters", "prosecutor"])


# Who speaks for a seated body, where it sits: "In Beijing, a Foreign Ministry spokesman said".
SPOKESPEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson"])


def _seat_of(place: Token) -> bool:
    """ "the Health Ministry in Cairo": where the speaking body sits, not where the event was
    (unlike "police in Lagos", who speak of their city)."""
    return place.dep_ == "pobj" and place.head.lower_ == "in" and lemma(place.head.head) in SEATED_BODIES


def _who_said(place: Token, speaker: Speaker) -> bool:
    """ "The organisers, the opposition United Adjara bloc, said": a name in an apposition to
    the speaker says who speaks, not where the event was."""
    verb = speaker.token
    if verb is None:
        return False
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for appos in (c for c in subject.children if c.dep_ == "appos"):
            # the name is the apposition's own (not "the Kharkiv regional administration", nor
            # "the mayor of Lyon": a place said with it)
            if appos.i == place.i:
                return True
    return False


def _where_the_tellers_waited(place: Token, speaker: Speaker) -> bool:
    """ "Families gathered at Kigoma port said ...", "relatives waiting outside the hospital
    said": where the tellers stood, not where what they tell of happened (unlike "relatives of
    the people abducted on the Bocaranga road")."""
    verb = speaker.token
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or place.i not in {t.i for t in subject.subtree}:
        return False
    return any(a.pos_ == "VERB" and a.dep_ in ("acl", "relcl") and lemma(a) in lx.WAITING_VERBS
               for a in place.ancestors if a.i != subject.i and subject in a.ancestors)



def _told_to(name: Token) -> bool:
    """ "a nurse at the hospital told the Bulletin": whom a speaker told (an outlet by its short
    name, a person), not where the event was."""
    return name.dep_ in ("dobj", "dative") and name.head.lemma_ == "tell"


def _part_included(place: Token) -> Token | None:
    """The part of a count a place is named for: "its figure includes victims buried by
    relatives in Chañi Bajo", "40 dead, including three in Kendrapara" (the words under
    "includes" or "including"): where some of those counted were, not where the count was made
    (unlike "villages, including Chañi Bajo, reported no damage": the places themselves). None
    for a place named otherwise."""
    while place.dep_ == "compound" and place.head.i > place.i:
        place = place.head
    if place.dep_ != "pobj" or place.head.lower_ not in PLACE_OR_ON_PREPS:
        return None  # ("including three flying towards Moscow": where they went)
    counted = False
    for node in place.ancestors:
        if node.lemma_ == "include" or node.lower_ == "including":
            return node if counted else None
        counted = counted or node.pos_ == "NUM" or lemma(node) in PART_COUNTED_NOUNS or any(
            c.dep_ == "nummod" for c in node.children
        )
    return None


def _parts_included(sent: Span, figure_text: str = "") -> set[str]:
    """The names of the places in `sent` named for a part of a count (`_part_included`), but
    for the claim whose own figure (`figure_text`) is that part ("the dead included 12 children
    in Kendrapara": the 12 are there)."""
    if not any(t.lemma_ == "include" or t.lower_ == "including" for t in sent):
        return set()
    names = [t for t in sent if t.pos_ == "PROPN"]
    parts: set[str] = set()
    kept: set[str] = set()
    for name in names:
        part = _part_included(name)
        own = part is not None and bool(figure_text) and f" {figure_text} " in f" {_subtree_text(part)} "
        (parts if part is not None and not own else kept).add(proper_name(name))
    return parts - kept


def _subtree_text(head: Token) -> str:
    """The words of `head`'s subtree, as a sentence spells them."""
    return " ".join(t.text for t in head.subtree)


# Whom a count includes, named with where they were ("victims buried in Chañi Bajo").
PART_COUNTED_NOUNS = lx.PERSON_NOUNS | {"victim", "body", "death", "case"}


def _where_said(place: Token, speaker: Speaker) -> bool:
    """ "told reporters in Kinshasa", "said at a news conference in Naypyidaw": where the
    claim was made, not where the event was."""
    verb = speaker.token
    while place.dep_ == "compound" and place.head.i > place.i:
        place = place.head  # ("in Tuxtla Gutiérrez": the model tags only "Tuxtla")
    if verb is not None and place.dep_ == "pobj" and _in_an_announcing_clause(place, verb):
        return True
    if verb is None or place.dep_ != "pobj" or place.i < verb.i:
        return False  # "In Paris, police said ...": a scene set first is the event's
    # ("turnout stood at 38.6%, the president told a press conference": the told joined on)
    if not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) and verb.dep_ != "conj":
        return False  # "in Paris, it put turnout at 80,000": the count is the verb's own
    node = place.head  # the preposition
    for _ in range(4):
        head = node.head
        if head.i == verb.i:
            # ("told a press conference in Algiers": the briefing its object)
            return node.dep_ == "prep" or node.dep_ == "dobj" and lemma(node) in lx.BRIEFING_NOUNS
        # ("told Lusa at Santa Apolónia station in Lisbon": a venue named, where the teller
        # stood; not "told reporters at the scene in Kasarani", "at the hospital in Tyre")
        venue = head.dep_ == "pobj" and _named_venue(head)
        if head.i == node.i or lemma(head) not in lx.BRIEFING_NOUNS and head.dep_ != "prep" and not venue:
            return False
        node = head
    return False


def _in_an_announcing_clause(place: Token, verb: Token) -> bool:
    """ "Announcing the results at the tally centre in Gaborone, the chairperson said",
    "Speaking to reporters in Suva, he said": where the speaker spoke, set before the verb."""
    node = place
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and lemma(node) not in lx.BRIEFING_NOUNS | lx.SPEAKING_VENUES:
            return False  # ("speaking at the site of the collapse in Mbabane": where it was)
    return node.head.i == verb.i and node.dep_ == "advcl" and node.tag_ == "VBG" and (
        lemma(node) in lx.ANNOUNCING_VERBS
    )


def _named_venue(noun: Token) -> bool:
    """ "Santa Apolónia station", "the Hilton hotel": a place named by its own name."""
    return noun.pos_ == "PROPN" or noun.ent_type_ == "FAC" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children
    )


def _a_name_alone(tok: Token) -> bool:
    """A one-word name with no title, first name or possessive, the object of a preposition
    that follows no word of trust ("confidence in Ruto", "an ally in Kim"), tells no place a
    thing was said in ("a press conference in Naypyitaw") and names no storm of its paragraph
    ("Cyclone Gita")."""
    alone = tok.ent_iob_ == "B" and _ends_its_name(tok) and not list(tok.children)
    # (not a storm named like a person: "Cyclone Gita", then "died in Gita")
    storm = re.search(rf"\b(?:cyclone|storm|typhoon|hurricane|tropical depression) {re.escape(tok.text)}\b",
                      tok.doc.text, re.I)
    prep = tok.head
    # (the model may hang "in" on the verb: "expressed confidence in Ruto")
    trusted = {lemma(prep.head), prep.doc[prep.i - 1].lemma_.lower()} & TRUST_WORDS
    # (nor where a thing was said: "told a press conference in Naypyitaw")
    said_there = lemma(prep.head) in lx.BRIEFING_NOUNS | lx.REPORT_VERBS
    return alone and not trusted and not said_there and storm is None


def _ends_its_name(tok: Token) -> bool:
    """Whether no word of the same named entity follows the token."""
    return tok.i + 1 >= len(tok.doc) or tok.nbor(1).ent_iob_ != "I"


def _no_date_at_all(tok: Token) -> bool:
    """A name the model took for a date alone ("arrested in Bouaké"): one word, no number, no
    day, month or feast."""
    alone = tok.ent_iob_ == "B" and _ends_its_name(tok)
    named = tok.pos_ == "PROPN" and tok.is_alpha and tok.ent_type_ == "DATE" and alone
    known = tok.lower_ in WEEKDAYS or tok.lower_ in MONTHS or tok.lower_ in MONTH_ABBR
    return named and not known and tok.lower_ not in FEASTS and tok.lower_ not in DATE_WORDS


# Words of the calendar a headline may capitalise: "in Winter", "at Weekend".
DATE_WORDS = frozenset(
    """spring summer autumn fall winter springtime summertime wintertime weekend weekends weekday
    weekdays today tonight yesterday tomorrow halloween xmas hogmanay midnight noon midday morning
    evening night""".split()
)
# Days named for what is kept on them, which the model rightly takes for dates.
FEASTS = frozenset(
    """christmas easter eid ramadan ramzan diwali holi thanksgiving hanukkah nowruz navruz pentecost
    passover lent advent tet ashura""".split()
)


def _joined_to_a_place(tok: Token) -> bool:
    """A one-word name and a tagged place joined by "and" after "between" or "from" (routes and
    crossings: "a ferry between Yeji and Makango"), the name first or second."""
    second: Token | None = tok
    if tok.dep_ == "conj":
        first = tok.head
    else:
        first, second = tok, next((c for c in tok.children if c.dep_ == "conj"), None)
    if second is None or first.dep_ != "pobj" or first.head.lower_ not in ("between", "from"):
        return False
    if lemma(first.head.head) not in ROUTE_WORDS:
        return False  # (not "talks between Kenya and Ruto")
    other = second if first == tok else first
    alone = _ends_its_name(tok) and all(c.dep_ in ("cc", "conj") for c in tok.children)
    # (a road joins two towns, whatever the model takes them for: "the road between Diéma and
    # Didiéni")
    road = lemma(first.head.head) in lx.ROUTE_NOUNS and other.pos_ == "PROPN" and other.text[:1].isupper()
    return (other.ent_type_ in PLACE_ENTS or road) and alone and tok.ent_iob_ in ("B", "O")


AREA_HEADS = frozenset(["district", "province", "region", "county"])
# Words set before a place's name that are no part of it, capitalised as a sentence opens.
NEIGHBOURING_WORDS = frozenset(
    "neighbouring neighboring nearby adjacent northern southern eastern western central".split()
)


def _named_area(name: Token, kind: Token) -> bool:
    """ "Chikwawa district": a one-word name before a kind of area."""
    return lemma(kind) in AREA_HEADS and _a_name_alone(name)


def untagged_places(sent: Span) -> list[str]:
    """Place names the small model misses: "the town of Lorren", "in Saltrey", "Mbarasi
    community" are places too when nothing else claims the name."""
    places = []
    for tok in sent:
        # "shot down a helicopter near Tessalit": no one is near a person in a report of where
        # things happened, though the model may take a town for one (and its name for a noun)
        near_a_name = tok.dep_ == "pobj" and tok.head.lower_ == "near" and tok.ent_type_ == "PERSON"
        near_a_name = near_a_name and lemma(tok.head.head) not in STANDING_VERBS
        if (
            (tok.pos_ != "PROPN" and not near_a_name)
            or not tok.text[:1].isupper()  # a headline's "march count" names no place
            or tok.dep_ not in ("pobj", "compound") and not (tok.dep_ == "conj" and _joined_to_a_place(tok))
            or tok.ent_type_ in PLACE_ENTS
        ):
            continue
        head = tok.head
        named_place = tok.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in PLACE_NOUNS
        unnamed = tok.ent_type_ not in ("PERSON", "ORG", "DATE", "NORP") or _no_date_at_all(tok)
        # "near Nabatieh" is a town even when the model takes it for an organisation; not "near
        # Al-Shifa Hospital", nor "at" or "outside" one (a workplace, a ministry protested at),
        # which are spots in a town a report's other sentences name
        near_org = tok.ent_type_ == "ORG" and head.lower_ == "near" and lemma(tok) not in INSTITUTION_NOUNS
        # ("protesting in Accra", "marched through Bratislava": a capital the model took for an
        # organisation or a person)
        known_city = tok.ent_type_ in ("ORG", "PERSON") and tok.lower_ in CITIES
        # ("an outbreak of shigellosis in Zomba": a name alone, with no title or first name, is
        # where things are, though the model takes it for a person's; not "faith in Ruto")
        in_a_name = tok.ent_type_ == "PERSON" and head.lower_ == "in" and _a_name_alone(tok)
        in_place = tok.dep_ == "pobj" and head.lower_ in PLACE_PREPS and (
            unnamed or near_org or known_city or near_a_name or in_a_name
        )
        # "Mbarasi community", "Boro district": a name qualifying a kind of place (the model
        # often takes it for an organisation)
        # ("in the Kunene region": a place, though the model takes the name for a person's)
        the_place_in = head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS and any(
            c.lower_ == "the" for c in head.children
        )
        place_kind = (
            tok.dep_ == "compound"
            and lemma(head) in PLACE_NOUNS
            and not (head.lower_ in NAME_ENDINGS and not head.text.islower())
            # ("in Dendi district": a people's name the gazetteer does not know is a place's)
            and tok.ent_type_ != "DATE"
            and (tok.ent_type_ != "NORP" or (lemma(head) in AREA_KINDS and not nationality_in([tok.lower_])))
            # ("Neighbouring Chikwawa district": a name alone before a kind of area, though the
            # model takes it for a person's; the word before it is none)
            and (tok.ent_type_ != "PERSON" or the_place_in or _named_area(tok, head))
            and tok.lower_ not in NEIGHBOURING_WORDS
            # "Islamic State militants": a group's name, not a state
            and not (head.dep_ == "compound" and lemma(head.head) in lx.ARMED_GROUP_NOUNS)
        )
        # "the Saltrey toll": a name qualifying a count is where it was counted
        counted_at = (
            tok.dep_ == "compound"
            and tok.ent_type_ not in ("DATE", "NORP")
            and (lemma(head) in lx.FIGURE_NOUNS or lemma(head) in lx.NOUN_MEASURES)
        )
        # "In Rosario, police said ...": a sentence that opens on a name set off by a comma
        # opens on a place, though the model takes it for an organisation or a person
        # (not "In Congress, ...", "In Al-Shifa Hospital, ...": institutions, spots in a town)
        opens_on = (
            tok.dep_ == "pobj"
            and head.lower_ == "in"
            and head == first_word(sent)
            and tok.i + 1 < sent.end
            and tok.nbor(1).text == ","
            and tok.ent_type_ not in ("DATE", "TIME", "NORP")
            and lemma(tok) not in NO_OPENING_PLACE
        )
        # "on Ghana's Volta Lake": a named lake or river is a place, though the model takes it
        # for an organisation (not "the Volta Lake Transport Company", whose name it begins)
        water = (
            tok.dep_ == "pobj"
            and head.lower_ in PLACE_PREPS | {"on", "into", "along"}
            and tok.lower_ in WATER_BODIES
            and tok.ent_type_ in ("ORG", "")
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
        )
        # "in Tala Ouzrou, a village whose name ...": a name set beside a kind of place is one
        # (the model may take it for a person's)
        called_a_place = tok.dep_ == "pobj" and head.lower_ in PLACE_PREPS and any(
            c.dep_ == "appos" and lemma(c) in PLACE_NOUNS for c in tok.children
        )
        # "between Yeji and Makango": a name joined to a place the model tagged is a place too
        beside_a_place = tok.ent_type_ in ("PERSON", "ORG", "") and _joined_to_a_place(tok)
        # ("to Mucutuy and other isolated villages": one of them; not "backed by Ramaphosa and
        # other states")
        toward = head.lower_ in PLACE_PREPS or head.lower_ in ("to", "into")
        one_of_them = tok.dep_ == "pobj" and toward and any(
            c.dep_ == "conj" and lemma(c) in lx.COMMUNITIES
            and any(a.lower_ == "other" for a in c.children)
            for c in tok.children
        )
        # ("no deaths on Ambrym, where the cyclone made landfall": a name things happen at)
        # (not "said on Telegram, where he posts daily updates": where it was said)
        where_things_happen = tok.dep_ == "pobj" and head.lower_ in PLACE_OR_ON_PREPS and any(
            c.dep_ == "relcl" and any(w.lower_ == "where" and w.dep_ == "advmod" for w in c.children)
            for c in tok.children
        ) and lemma(head.head) not in lx.REPORT_VERBS and tok.ent_type_ not in ("DATE", "TIME")
        if any((named_place, in_place, place_kind, counted_at, opens_on)) or (
            beside_a_place or water or called_a_place or one_of_them or where_things_happen
        ):
            name = proper_name(tok)
            if not country_in(name.split()):
                places.append(name)
    return places + _routes_after_their_noun(sent)


def _routes_after_their_noun(sent: Span) -> list[str]:
    """ "on the axis Jakiri-Kumbo", "the road Bamenda-Bafut": a road named after its noun, as a
    translation words it, which the model takes for an organisation: the road and the towns it
    joins are places (not "the route Lima - Pichari", a bus's whole run)."""
    words = list(sent)
    return [
        name
        for route, first, dash, second in zip(words, words[1:], words[2:], words[3:], strict=False)
        if route.lower_ in lx.ROUTE_NOUNS and dash.text == "-" and not (first.whitespace_ or dash.whitespace_)
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (first, second))
        # (a name of its own, not "the road Al-Shabaab fighters use")
        and (second.i + 1 >= sent.end or second.nbor(1).is_punct or second.nbor(1).pos_ in ("ADP", "CCONJ"))
        for name in (f"{first.lower_}-{second.lower_}", first.lower_, second.lower_)
    ]


def region_of(
    docs: list[Doc], main_org: str | None, untagged: Mapping[tuple[int, int], list[str]], outlet: str = ""
) -> tuple[str, ...]:
    """Every place an article names, countries included (from names and adjectives, and the
    names the model does not tag); a name that is part of the organisation the article is
    about is not a place, nor the outlet's name (`outlet_name`)."""
    org_words = set((main_org or "").split())
    bodies = short_names_of_bodies(docs)
    # (a surname alone is the person named in full: "Jim Jordan", then "Jordan said")
    surnames = {ent[-1].lower_ for doc in docs for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    names: list[str] = []
    for doc in docs:
        for ent in doc.ents:
            force = _a_force([t.lower_ for t in ent])  # ("the Cluj County Gendarmerie")
            if ent.text.lower() in bodies or _seat_of(ent.root) or force:
                continue  # (nor where a body sits: "prosecutors in Gliwice", "its headquarters in Katowice")
            # (a country by its own name the model took for an organisation, "across Slovakia",
            # or alone for a person: "Chad will not accept")
            alone = ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() not in surnames
            # (or for a thing: "Cape Verde's ferry crews", tagged a product)
            bare = ent.text.lower().removesuffix("'s").removesuffix("’s")
            state = bare in STATES and (ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") or alone)
            # ("rallied in Ulaanbaatar's central square": a city the model took for an organisation)
            # (not "Kinshasa said", "Nairobi's governor": a government, or whose an official is)
            city = ent.label_ == "ORG" and len(ent) == 1 and ent.text.lower() in CITIES and not (
                ent.root.dep_ == "nsubj" and lemma(ent.root.head) in lx.REPORT_VERBS
                or ent.root.dep_ == "poss" and lemma(ent.root.head) in lx.PERSON_NOUNS | lx.TITLE_WORDS
            )
            if (
                (ent.label_ in PLACE_ENTS or ent.label_ == "NORP" or state or city)
                and not STORM_NAME.match(ent.text)
                and not _names_a_disease(ent)
                and not _names_a_person(ent)
                and not _ends_a_firms_name(ent)
            ):
                words = _bare_name(whole_name(ent).lower()).split()
                # ("Swazi", "Batswana": a people's country is named too)
                country = nationality_in(words) if ent.label_ == "NORP" else country_in(words)
                if country:
                    names.append(country)
                    if ent.label_ in PLACE_ENTS and _place_name(ent):
                        names.append(" ".join(words))  # "Paris": France, and a place in it
                elif ent.label_ != "NORP" and (
                    not set(words) <= org_words or _an_area(words) or " ".join(words) in CITIES
                ):
                    # (an area or a city stays a place when a body is named after it: "the Kogi
                    # State Police Command" works there, "Madrid City Council" in Madrid)
                    names.append(" ".join(words))
                    if ent.label_ in PLACE_ENTS and (home := country_of_capital(names[-1])) and _plain(ent):
                        names.append(home)  # "Algiers": Algeria too, as "Paris" is France
                    names += _ends_of_a_route(ent, names[-1]) + _town_of_a_spot(ent)
            elif ent.label_ == "ORG" and len(ent) > 1 and (named := _city_a_body_is_named_for(ent)):
                names.append(named)  # "the Kathmandu Valley Transit Corporation" works in Kathmandu
    for found in untagged.values():
        # (a capital stays a place when the organisation is named after it: "the Accra
        # Regional Police Command")
        names += [name for name in found if not set(name.split()) <= org_words or name in CITIES]
    return tuple(sorted(set(names) - {outlet}))


def _city_a_body_is_named_for(ent: Span) -> str | None:
    """The city a body's name opens on: "the Kathmandu Valley Transit Corporation" (Kathmandu);
    not a paper's or a station's ("told the Washington Post": where it is published)."""
    if any(t.lower_ in MEDIA_NAME_WORDS for t in ent):
        return None
    first = ent[0].lower_ if ent[0].lower_ != "the" or len(ent) < 3 else ent[1].lower_
    return first if first in CITIES else None


# Words of the names of papers, stations and agencies, which name no place of their news.
MEDIA_NAME_WORDS = frozenset(
    """post times herald tribune journal gazette news daily radio tv television telegraph observer
    chronicle monitor star standard express mail press wire agency review""".split()
)


def _ends_of_a_route(ent: Span, name: str) -> list[str]:
    """ "the Sibuco-Sirawai road", "the Bannu-Miranshah highway": the towns it joins are places
    the report names too."""
    doc, end = ent.doc, ent.end
    route = end < len(doc) and doc[end].lower_ in lx.ROUTE_NOUNS
    ends = [part.strip() for part in name.split("-")]
    return ends if route and len(ends) == 2 and all(ends) else []


def _town_of_a_spot(ent: Span) -> list[str]:
    """ "the Nkhata Bay jetty", "the Kolwezi mine": the town a spot is told by, its name before
    the common nouns the model took in, is a place the report names too."""
    words = [t for t in ent if t.lower_ != "the"]
    head = list(itertools.takewhile(lambda t: t.text[:1].isupper(), words))
    spot = words[len(head) :]
    named = bool(head) and bool(spot) and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in spot)
    # (not "Zaporizhzhia city", "the Buleda area": the kind of place it is, whose name it keeps)
    return [" ".join(t.lower_ for t in head)] if named and spot[-1].lower_ not in AREA_WORDS else []


# The words for a kind of place or area after its name ("Zaporizhzhia city", "Vadgaon ward").
AREA_WORDS = lx.PLACE_KIND_WORDS | PLACE_NOUNS | frozenset(
    "area ward zone sector neighbourhood neighborhood suburb border coast side belt".split()
)


def _plain(ent: Span) -> bool:
    """A place named as itself: not "Vienna-based", nor "Vienna, Virginia" (a namesake)."""
    doc, end = ent.doc, ent.end
    if end < len(doc) and doc[end].text in ("-", "–"):
        return False
    return not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE")


# The units a body's name may give as where it works: "Kogi State", "Sindh Province".
AREA_NOUNS = frozenset(["state", "province", "region", "district", "county", "governorate", "oblast",
                        "prefecture"])


def _an_area(words: list[str]) -> bool:
    return len(words) > 1 and words[-1] in AREA_NOUNS


NAMES_KEPT = 12  # an article's most named proper names, enough to tell its story from others


def names_of(docs: list[Doc]) -> tuple[str, ...]:
    """The proper names an article names most, lower-case ("halbrook", "djibo"), without days,
    months and the words of common titles (`lexicon.COMMON_NAME_WORDS`). Two reports of one
    event share some even when the model tags none of their places (detect.same_event)."""
    counts: Counter[str] = Counter()
    for doc in docs:
        for t in doc:
            if (
                t.pos_ == "PROPN"
                and t.is_alpha
                and len(t.text) > 1
                and t.text[0].isupper()
                and t.ent_type_ not in ("DATE", "TIME")
                and t.lower_ not in lx.COMMON_NAME_WORDS
                and t.lower_ not in WEEKDAYS
                and t.lower_ not in MONTHS
            ):
                counts[t.lower_] += 1
    return tuple(sorted(name for name, _ in counts.most_common(NAMES_KEPT)))


def _gunfire(token: Token) -> bool:
    """ "opened fire", "returned fire", "an exchange of fire", "under fire": shooting, not a blaze."""
    if token.lower_ != "fire":
        return False
    head = token.head
    if token.dep_ == "dobj":
        return lemma(head) in lx.GUNFIRE_HEADS
    return token.dep_ == "pobj" and (head.lower_ == "under" or lemma(head.head) in lx.GUNFIRE_HEADS)


def topics_of(tokens: Iterable[Token]) -> tuple[str, ...]:
    """Kinds of event named by nouns ("the quake", "the march"; not "opened fire", "set homes
    on fire", nor a headline's verb read as a noun: "Gangs storm Haitian town")."""
    found: set[str] = set()
    for t in tokens:
        # (a lower-case word the tagger took for a name is a noun: "last Saturday's march")
        noun = t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text.islower()
        # (a storm's own name: not "Typhoon jets", "the Cyclone Mining Company", "Hurricane
        # Electric", names of things and firms)
        named = t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.dep_ != "compound"
        named = named and "ORG" not in (t.ent_type_, t.head.ent_type_) and t.head.head.pos_ != "NOUN"
        if t.pos_ == "PROPN" and t.lower_ in STORM_TITLES and named:
            found.add(lx.TOPICS[t.lower_])  # "Cyclone Hanitra", "Typhoon Kalmaegi": a storm's name
            continue
        if not noun or lemma(t) not in lx.TOPICS or _gunfire(t) or _arson(t) or _won_in_a_landslide(t):
            continue
        if not any(
            c.dep_ in ("nsubj", "dobj") or c.dep_ == "compound" and c.lower_ in lx.NOT_ASSAULTS
            for c in t.children
        ):
            found.add(lx.TOPICS[lemma(t)])
            if _military_strike(t):
                found.add("war")  # still "strike" too: a later "the strike" may be either
    return tuple(sorted(found))


# The titles of a named storm: "Cyclone Hanitra".
STORM_TITLES = frozenset(["cyclone", "typhoon", "hurricane"])


def _won_in_a_landslide(token: Token) -> bool:
    """ "won in a landslide", "a landslide victory": an election's, not a slope's."""
    if lemma(token) != "landslide":
        return False
    votes = {"win", "won", "victory", "majority", "defeat", "election", "vote", "mandate", "re-election"}
    return lemma(token.head) in votes or token.head.lower_ in ("in", "by") and lemma(token.head.head) in votes


def _arson(token: Token) -> bool:
    """ "setting two dozen homes on fire", "set fire to the market": a fire set in an attack."""
    if lemma(token) != "fire":
        return False
    node = token
    for _ in range(3):
        node = node.head
        if lemma(node) == "set":
            return True
    return False


def _military_strike(token: Token) -> bool:
    """ "a drone strike", "strikes on Kharkiv": war, not a walkout."""
    return lemma(token) == "strike" and any(
        c.lower_ in lx.MILITARY_STRIKE_WORDS
        or c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in token.children
    )
