"""Detection rules, on claims built by hand (no NLP)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from claimwatch.detect import Detector, alert_id_for, conflict, same_side
from schemas import Claim

_counter = iter(range(10_000))


def claim(**kw: Any) -> Claim:
    n = next(_counter)
    base: dict[str, Any] = dict(
        claim_id=f"a{n}:0",
        article_id=f"a{n}",
        source="Wire",
        published_at="2022-03-02T12:00:00Z",
        speaker="Russia's defence ministry",
        side="russia",
        kind="figure",
        key="deaths",
        text=f"sentence {n}",
        measure="deaths",
        subject="russia military",
        low=498.0,
        high=498.0,
        qualifier="exact",
        figure_text="498",
        as_of="2022-03-02",
        names=("dravia",),  # one story, unless a test says otherwise
    )
    base.update(kw)
    return Claim(**base)


UKRAINE = dict(speaker="Ukraine's defence ministry", side="ukraine")


def test_two_sides_incompatible_figures():
    russia = claim()
    ukraine = claim(**UKRAINE, low=5840.0, high=None, qualifier="more_than", figure_text="more than 5,840")
    found = conflict(ukraine, russia)
    assert found is not None and found.kind == "figure_mismatch"
    alert = Detector({}).detect(russia) + Detector({"deaths": None}).detect(ukraine)
    assert alert == []  # separate stores: nothing to compare against


def test_explanation_reads_in_one_line():
    store: dict[str, Any] = {}
    det = Detector(store)
    det.detect(claim())
    (alert,) = det.detect(
        claim(**UKRAINE, low=5840.0, high=None, qualifier="more_than", figure_text="more than 5,840")
    )
    assert alert.explanation == (
        "Ukraine's defence ministry: more than 5,840 killed (2 Mar 2022) vs "
        "Russia's defence ministry: 498 killed (2 Mar 2022), 11.7x apart"
    )
    assert alert.claim.text and alert.conflicts_with.text and alert.confidence > 0.5


@pytest.mark.parametrize(
    ("said", "answer", "explained"),
    [
        # a state: "the fire was not contained"
        (dict(key="be|contained", subject="fire", verb="be", figure_text="", speaker="The minister",
              side="minister"),
         dict(polarity="negate", speaker="The mayor", side="mayor"),
         "The mayor: fire was not contained (2 Mar 2022) vs The minister: fire was contained (2 Mar 2022)"),
        # a structure giving way: "the dyke had not breached"
        (dict(key="give way|dyke", verb="give way", figure_text="", speaker="The mayor", side="mayor"),
         dict(polarity="negate", speaker="The minister", side="minister"),
         "The minister: the dyke did not give way (2 Mar 2022) vs The mayor: the dyke gave way (2 Mar 2022)"),
        # an act denied: "denied that drones were used", not "rejects the figure drones"
        (dict(key="use|drone", verb="use", figure_text="drones", speaker="The army", side="army"),
         dict(kind="rejection", speaker="The rebels", side="rebel"),
         "The rebels: denies: use drones (2 Mar 2022) vs The army: use drones (2 Mar 2022)"),
    ],
)
def test_an_event_said_and_denied_reads_as_what_it_is(said, answer, explained):
    event = {"kind": "event", "measure": "act", "subject": "", "qualifier": ""}
    first = {**event, "low": None, "high": None, **said}
    det = Detector({})
    det.detect(claim(**first))
    (alert,) = det.detect(claim(**{**first, **answer}))
    assert alert.explanation.startswith(explained)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both lower bounds
        (
            dict(low=5840.0, high=None, qualifier="more_than", **UKRAINE),
            dict(low=7000.0, high=None, qualifier="more_than"),
        ),
        # "about 15" vs 14
        (dict(low=13.5, high=16.5, qualifier="about", **UKRAINE), dict(low=14.0, high=14.0)),
        # killed vs wounded
        (
            dict(low=100.0, high=100.0, **UKRAINE),
            dict(key="injured", measure="injured", low=900.0, high=900.0),
        ),
        # Russian vs Ukrainian soldiers
        (
            dict(low=100.0, high=100.0, **UKRAINE),
            dict(subject="ukraine military", low=900.0, high=900.0),
        ),
        # two marches on two Saturdays
        (
            dict(event_date="2025-05-03", low=120000.0, high=120000.0, **UKRAINE),
            dict(event_date="2025-05-10", low=9000.0, high=9000.0),
        ),
        # two cities
        (
            dict(places=("lindow",), low=120000.0, high=120000.0, **UKRAINE),
            dict(places=("port aldren",), low=9000.0, high=9000.0),
        ),
        # the same side's running total rising
        (
            dict(low=35.0, high=35.0, cumulative=True, as_of="2025-03-06"),
            dict(low=14.0, high=14.0, as_of="2025-03-03"),
        ),
        # another side's later running total, higher than an old figure
        (
            dict(low=15000.0, high=15000.0, cumulative=True, as_of="2022-03-25", **UKRAINE),
            dict(low=498.0, high=498.0, as_of="2022-03-02"),
        ),
        # turnout in the capital vs the national turnout: a rate is of its place
        (
            dict(key="participants", measure="participants", unit="%", low=52.0, high=52.0,
                 places=("rasna",), **UKRAINE),
            dict(key="participants", measure="participants", unit="%", low=61.4, high=61.4),
        ),
        # "turnout was not 61%" vs another side's 38%: it denies 61% only
        (
            dict(key="participants", measure="participants", unit="%", low=61.0, high=61.0,
                 polarity="negate", **UKRAINE),
            dict(key="participants", measure="participants", unit="%", low=38.0, high=38.0),
        ),
        # a strike on Monday and on Tuesday: each day's turnout is its own
        (
            dict(key="participants", measure="participants", event_date="2025-09-09",
                 low=40000.0, high=None, qualifier="more_than", **UKRAINE),
            dict(key="participants", measure="participants", event_date="2025-09-08",
                 low=9500.0, high=9500.0),
        ),
        # Tuesday's strikers named against a count made on Monday, whose day is only carried
        # over from the article: Monday's count cannot be of Tuesday's strike
        (
            dict(key="participants", measure="participants", event_date="2025-09-09",
                 as_of="2025-09-09", low=4800.0, high=4800.0, **UKRAINE),
            dict(key="participants", measure="participants", context_date="2025-09-08",
                 as_of="2025-09-08", low=42000.0, high=42000.0),
        ),
        # "turnout was not 61%" vs "4,000 people rallied": a percentage is not a count
        (
            dict(key="participants", measure="participants", unit="%", low=61.0, high=61.0,
                 polarity="negate", **UKRAINE),
            dict(key="participants", measure="participants", low=4000.0, high=4000.0),
        ),
        # "94, not 227 as some media reported" vs "at least 28 escaped": 227 is not said
        (
            dict(low=227.0, high=227.0, polarity="negate", **UKRAINE),
            dict(low=28.0, high=None, qualifier="at_least"),
        ),
    ],
)
def test_not_contradictions(a, b):
    assert conflict(claim(**a), claim(**b)) is None


def test_a_figure_set_aside_denies_the_side_that_gave_it():
    # "14 people were killed, not 12 as the police have said" against the police's 12
    denied = claim(low=12.0, high=12.0, polarity="negate", **UKRAINE)
    assert conflict(denied, claim(low=12.0, high=12.0)) is not None


def test_later_tally_far_below_other_sides_earlier_is_a_conflict():
    ukraine = claim(
        **UKRAINE, low=5840.0, high=None, qualifier="more_than", cumulative=True, as_of="2022-03-02"
    )
    russia = claim(low=1351.0, high=1351.0, cumulative=True, as_of="2022-03-25")
    found = conflict(russia, ukraine)
    assert found is not None and found.kind == "figure_mismatch"


def test_same_source_lower_figure_is_a_revision():
    first = claim(
        key="change|economy",
        measure="change",
        subject="economy",
        unit="%",
        low=2.1,
        high=2.1,
        as_of="2025-06-20",
    )
    second = claim(
        key="change|economy",
        measure="change",
        subject="economy",
        unit="%",
        low=1.4,
        high=1.4,
        as_of="2025-07-15",
        revision=True,
        previous_value=2.1,
    )
    found = conflict(second, first)
    assert found is not None and found.kind == "revision"


def test_negation_against_assertion():
    said = claim(
        kind="event",
        key="use|gas",
        measure="act",
        subject="police",
        verb="fire",
        low=None,
        high=None,
        side="witness",
    )
    denied = claim(
        kind="event",
        key="use|gas",
        measure="act",
        subject="police",
        verb="use",
        polarity="negate",
        low=None,
        high=None,
        side="interior ministry",
    )
    found = conflict(said, denied)
    assert found is not None and found.kind == "negation"
    assert (
        conflict(replace(said, side="interior ministry"), denied) is None
    )  # a side does not contradict itself
    assert conflict(replace(said, verb="buy"), denied) is None  # different acts


def test_rejection_of_a_figure():
    organisers = claim(
        key="participants",
        measure="participants",
        subject="",
        side="organiser",
        low=120000.0,
        high=120000.0,
    )
    vague = claim(
        key="participants",
        measure="participants",
        subject="",
        side="wire",
        low=20000.0,
        high=99999.0,
        qualifier="vague",
    )
    rejection = claim(
        key="participants",
        measure="participants",
        subject="",
        side="police",
        kind="rejection",
        low=120000.0,
        high=120000.0,
    )
    found = conflict(rejection, organisers)
    assert found is not None and found.kind == "denial"
    assert conflict(rejection, vague) is None


def test_alert_id_is_deterministic_and_replay_is_identical():
    assert alert_id_for("a:1", "b:2") == alert_id_for("b:2", "a:1")
    store: dict[str, Any] = {}
    det = Detector(store)
    first, second = claim(), claim(**UKRAINE, low=5840.0, high=5840.0)
    det.detect(first)
    (alert,) = det.detect(second)
    (again,) = det.detect(second)  # the same claim redelivered after a crash
    assert again == alert
    assert det.detect(first) == []  # the first claim raised nothing the first time either


def test_republished_copy_does_not_alert_again():
    store: dict[str, Any] = {}
    det = Detector(store)
    text_a = "Organisers said 120,000 people took part in the march, while police put the figure at 18,000."
    text_b = "Organisers said 120,000 people took part, while police put the number at 18,000."
    org = dict(key="participants", measure="participants", subject="", side="organiser")
    pol = dict(key="participants", measure="participants", subject="", side="police")
    det.detect(claim(claim_id="x:0", article_id="x", text=text_a, low=120000.0, high=120000.0, **org))
    assert (
        len(det.detect(claim(claim_id="x:1", article_id="x", text=text_a, low=18000.0, high=18000.0, **pol)))
        == 1
    )
    assert (
        det.detect(claim(claim_id="y:0", article_id="y", text=text_b, low=120000.0, high=120000.0, **org))
        == []
    )
    assert (
        det.detect(claim(claim_id="y:1", article_id="y", text=text_b, low=18000.0, high=18000.0, **pol)) == []
    )
    assert det.stats.suppressed_repeats >= 2


def test_what_a_side_said_the_day_before_told_again_does_not_alert_again():
    # Wednesday's report of the police count tells the organisers' Tuesday figure in its own words
    det = Detector({})
    org = dict(key="participants", measure="participants", subject="", side="organiser", low=120000.0,
               high=120000.0, as_of="2025-03-04", published_at="2025-03-04T18:00:00Z")
    det.detect(claim(claim_id="x:0", article_id="x", text="Organisers said 120,000 marched.", **org))
    police = claim(claim_id="y:0", article_id="y", key="participants", measure="participants", subject="",
                   side="police", low=18000.0, high=18000.0, as_of="2025-03-05",
                   published_at="2025-03-05T09:00:00Z", text="Police put the crowd at 18,000.")
    assert len(det.detect(police)) == 1
    told = claim(**{**org, "published_at": "2025-03-05T09:00:00Z"}, claim_id="y:1", article_id="y",
                 text="On Tuesday the organisers had claimed a turnout of 120,000 people across the city.")
    assert det.detect(told) == []


def test_a_side_that_gives_its_figure_and_denies_the_others_says_two_things():
    """ "498 killed", and "Kyiv's claims of thousands of dead are disinformation": a figure
    mismatch and a denial of the same claim, both alerted; a second figure is not."""
    det = Detector({})
    det.detect(claim(claim_id="u:0", article_id="u", low=4050.0, high=4950.0, qualifier="about",
                     **UKRAINE))
    kinds = [a.kind for a in det.detect(claim(claim_id="r:0", article_id="r"))]
    kinds += [a.kind for a in det.detect(claim(
        claim_id="r:1", article_id="r", kind="rejection", low=2000.0, high=9999.0, qualifier="vague",
        target_side="ukraine"))]
    kinds += [a.kind for a in det.detect(claim(claim_id="r:2", article_id="r", low=510.0, high=510.0))]
    assert kinds == ["figure_mismatch", "denial"]
    # the same claims in the other order (partitions may reorder them): the same two alerts
    det = Detector({})
    det.detect(claim(claim_id="r:0", article_id="r"))
    det.detect(claim(claim_id="r:1", article_id="r", kind="rejection", low=2000.0, high=9999.0,
                     qualifier="vague", target_side="ukraine"))
    late = det.detect(claim(claim_id="u:0", article_id="u", low=4050.0, high=4950.0,
                            qualifier="about", **UKRAINE))
    assert sorted(a.kind for a in late) == ["denial", "figure_mismatch"]


def test_an_act_by_forces_and_by_sorenan_forces_is_one_act():
    act = dict(kind="event", key="use|shot", measure="act", low=None, high=None, figure_text="",
               verb="fire")
    fired = claim(subject="sorenan force", **act, speaker="Dravia's ministry", side="dravia")
    denied = claim(subject="force", polarity="negate", **act, speaker="Sorena's ministry",
                   side="sorena")
    assert conflict(denied, fired) is not None
    # Sorenan forces did not fire; Dravian forces did: two acts
    not_sorenan = claim(subject="sorenan force", polarity="negate", **act, speaker="Sorena's ministry",
                        side="sorena")
    assert conflict(not_sorenan, claim(subject="dravian force", **act)) is None


def test_reports_placed_nowhere_meet_only_reports_that_share_a_name():
    # the model tagged no place in either (a prison riot, a landslide): only names tie them
    riot = dict(article_id="r1", claim_id="r1:0", names=("litoral", "snai"), low=40.0, high=None,
                qualifier="at_least", **UKRAINE)
    landslide = claim(article_id="r2", claim_id="r2:0", names=("khanh", "hoa"), low=6.0, high=6.0)
    assert conflict(claim(**riot), landslide) is None
    same_prison = claim(article_id="r3", claim_id="r3:0", names=("guayaquil", "snai"), low=11.0,
                        high=11.0)
    assert conflict(claim(**riot), same_prison) is not None
    # a place or a kind of event on both still ties two reports without names
    placed = claim(**{**riot, "names": (), "region": ("ecuador",)})
    assert conflict(placed, replace(landslide, names=(), region=("ecuador",))) is not None


def test_reports_sharing_no_name_must_share_a_place_or_a_kind_of_event():
    # a drone strike placed in its region, a stadium crush only of its kind ("sport"): the
    # two reports share no name, nor anything else
    strike = claim(article_id="s1", claim_id="s1:0", names=("tesel", "krasna"), region=("tesel",),
                   low=30.0, high=None, qualifier="more_than", **UKRAINE)
    crush = claim(article_id="s2", claim_id="s2:0", names=("mersa", "nour"), topics=("sport",),
                  low=21.0, high=21.0)
    assert conflict(strike, crush) is None
    # the same kind of event, or the same place, still ties them
    assert conflict(replace(strike, topics=("sport",)), crush) is not None
    assert conflict(strike, replace(crush, places=("tesel",))) is not None


def test_a_claim_stored_without_names_is_not_kept_apart_by_them():
    # rows written before claims carried names, or a report that names no name
    old = claim(article_id="r1", claim_id="r1:0", names=(), low=40.0, high=40.0, **UKRAINE)
    assert conflict(old, claim(article_id="r2", claim_id="r2:0", names=("snai",), low=11.0,
                               high=11.0)) is not None


def test_table_rows_expire_by_event_time_and_size():
    store: dict[str, Any] = {}
    det = Detector(store, retention_days=30, max_claims_per_key=5)
    for day in range(1, 29):
        det.detect(
            claim(
                as_of=f"2022-03-{day:02d}",
                low=float(100 + day),
                high=float(100 + day),
                cumulative=True,
            )
        )
    assert len(store["deaths"]["claims"]) == 5
    det.detect(claim(as_of="2022-06-01", low=900.0, high=900.0, cumulative=True))
    assert [c["as_of"] for c in store["deaths"]["claims"]] == ["2022-06-01"]
    assert det.stats.expired == 28


def test_expired_claims_are_cleared_every_few_days_not_at_every_claim():
    # Clearing a row rebuilds its index: a daily tally's row is cleared once its oldest
    # claim is three days past the 30-day window (retention / 10), back to the window.
    store: dict[str, Any] = {}
    det = Detector(store, retention_days=30)
    cleared_at = []
    for n in range(60):
        before = det.stats.expired
        day = (date(2022, 3, 1) + timedelta(days=n)).isoformat()
        det.detect(claim(as_of=day, low=float(100 + n), high=float(100 + n), cumulative=True))
        days = [date.fromisoformat(c["as_of"]) for c in store["deaths"]["claims"]]
        assert (max(days) - min(days)).days <= 33
        if det.stats.expired > before:
            cleared_at.append(n)
            assert (max(days) - min(days)).days == 30
    assert cleared_at == list(range(34, 60, 4))


@pytest.mark.parametrize(
    ("local", "unit", "disputed"),
    [
        (37.0, "", True),  # "in Nampula alone we have 37 deaths" against 24 nationwide
        (12.0, "", False),  # some of the 24
        (67.0, "%", False),  # one province's turnout above the country's
    ],
)
def test_one_place_counting_more_than_the_whole_country_is_a_dispute(local, unit, disputed):
    country = claim(low=24.0, high=24.0, unit=unit, places=("*nationwide",), side="ingd",
                    speaker="INGD")
    province = claim(**UKRAINE, low=local, high=local, unit=unit, places=("nampula",))
    assert (conflict(province, country) is not None) is disputed


# Reports of one flood name its districts and province: their places meet (detect.same_event).
FLOOD = dict(topics=("flood",), subject="", measure="deaths", key="deaths",
             region=("assam", "buner", "khyber pakhtunkhwa", "lakhimpur", "shangla", "swat"))


@pytest.mark.parametrize(
    ("district", "whole", "disputed"),
    [
        # one district's dead are some of the province's
        ((66.0, "In Buner district 66 deaths are confirmed till now.", ("buner",)),
         (118.0, "The death toll in the province has reached 118.", ()), False),
        ((6.0, "In Lakhimpur, the worst-hit district, six people had died.", ("lakhimpur",)),
         (9.0, "Nine people died in 14 districts of Assam.", ("assam",)), False),
        ((40.0, "In the district of Swat, 40 people died.", ("swat",)),
         (81.0, "So far 81 bodies have been recovered across the province.", ("*nationwide",)), False),
        # a district's own administration counts its own; the toll "from the floods" is all of it
        ((4.0, "The Shangla district administration confirmed four deaths.", ()),
         (118.0, "The death toll in the province has reached 118.", ()), False),
        ((4.0, "The Shangla district administration confirmed four deaths.", ()),
         (19.0, "The death toll from the floods rose to 19, the province said.", ()), False),
        # ... but not when it names the district's own place: the district's toll, disputed
        ((11.0, "The Kullu district administration said 11 people had died.", ("kullu",)),
         (19.0, "The death toll from the flash floods in Kullu stood at 19.", ("kullu",)), True),
        # more dead in one district than in the whole: a dispute
        ((150.0, "In Buner district more than 150 persons have died.", ("buner",)),
         (118.0, "The death toll in the province reached 118.", ()), True),
        # a count that names the district too is the district's own ("Swat" is "Swat district")
        ((50.0, "The floods killed 50 people in Swat district, police said.", ("swat district",)),
         (80.0, "The disaster authority said 80 died in Swat, across the province's north.", ()), True),
        # a district official's count of the whole event is no part of it
        ((19.0, "The district magistrate said 19 bodies had been recovered.", ()),
         (31.0, "The state government's count stood at 31 dead.", ()), True),
        # who gives a count says nothing of its scope: "state media", "a state of emergency"
        ((20.0, "In Zhuozhou County 20 people died in the flood.", ("zhuozhou county",)),
         (33.0, "State media said 33 people died in the flood.", ()), True),
        ((66.0, "In Buner district 66 people died in the floods.", ("buner",)),
         (90.0, "A state of emergency was declared after 90 people died.", ()), True),
        # a province's own count that names a district among its dead is the province's
        ((320.0, "The floods killed 320 across the province, including 180 in Buner district.",
          ("*nationwide",)),
         (390.0, "The provincial toll stands at 390.", ()), True),
    ],
)
def test_a_districts_toll_is_some_of_the_provinces(district, whole, disputed):
    low, text, places = district
    part = claim(**FLOOD, low=low, high=low, text=text, places=places, side="district",
                 speaker="The district")
    low, text, places = whole
    province = claim(**FLOOD, low=low, high=low, text=text, places=places, side="province",
                     speaker="The province")
    assert (conflict(part, province) is not None) is disputed
    assert (conflict(province, part) is not None) is disputed


@pytest.mark.parametrize("topics", [("attack",), ("attack", "flood")])
def test_an_attacks_toll_in_a_district_is_the_districts_event(topics):
    # an attack strikes one place (even in reports that speak of "a flood of residents"): the
    # whole city's count of it is a count of the same dead
    attack = dict(topics=topics, subject="", measure="deaths", key="deaths")
    part = claim(**attack, low=5.0, high=5.0, text="In Kyiv's Shevchenkivskyi district 5 people were killed.",
                 places=("shevchenkivskyi",), side="mayor", speaker="The mayor")
    whole = claim(**attack, low=9.0, high=9.0, text="Nine people were killed across the country.",
                  side="police", speaker="The police")
    assert conflict(part, whole) is not None


def test_a_provincial_bodys_toll_is_the_provinces():
    # who counts says which area the toll covers when the sentence does not
    part = claim(**FLOOD, low=19.0, high=19.0, text="19 persons died in Shangla district, he said.",
                 places=("shangla",), side="deputy commissioner", speaker="Deputy Commissioner Shangla")
    whole = claim(**FLOOD, low=131.0, high=131.0, text="The provincial government put the death toll at 131.",
                  side="provincial government", speaker="The provincial government")
    assert conflict(part, whole) is None
    assert conflict(whole, part) is None


def test_a_state_bodys_count_is_of_its_state_not_the_country():
    heat = dict(measure="deaths", key="deaths", topics=())
    state = claim(**heat, low=41.0, high=41.0, text="The state disaster authority put the deaths at 41.",
                  side="state disaster authority", speaker="The state disaster authority")
    country = claim(**heat, low=96.0, high=96.0, text="96 deaths had been reported across the country.",
                    places=("*nationwide",), side="ncdc", speaker="The NCDC")
    assert conflict(state, country) is None
    # ... but its count of the whole state meets another count of the whole state
    statewide = claim(**heat, low=68.0, high=68.0, text="68 died across the state, the Red Cross said.",
                      places=("*nationwide",), side="red cross", speaker="The Red Cross")
    assert conflict(state, statewide) is not None


def test_land_sprayed_and_land_damaged_do_not_meet():
    land = dict(measure="area", key="area", unit="m2")
    sprayed = claim(**land, subject="worked", low=3.8e8, high=3.8e8, side="ministry", speaker="The ministry",
                    text="38,000 hectares had been sprayed.")
    damaged = claim(**land, low=6.5e8, high=6.5e8, side="fao", speaker="The FAO",
                    text="Locusts have damaged 65,000 hectares.")
    assert conflict(sprayed, damaged) is None


def test_people_of_one_nationality_are_some_of_a_toll_that_names_no_one():
    toll = dict(measure="deaths", key="deaths", places=("kabul",))
    americans = claim(**toll, subject="united states nationals", low=13.0, high=13.0, side="pentagon",
                      speaker="The Pentagon", text="The bombing killed 13 Americans.")
    everyone = claim(**toll, low=170.0, high=None, qualifier="at_least", side="health officials",
                     speaker="Health officials", text="The bombing killed at least 170 people.")
    assert conflict(americans, everyone) is None
    # ... but they meet a side's count of fighters: "five Palestinians" against "four militants"
    palestinians = claim(**toll, subject="palestine nationals", low=5.0, high=5.0, side="ministry",
                         speaker="The ministry", text="Five Palestinians were killed in the raid.")
    militants = claim(**toll, subject="militant", low=4.0, high=4.0, side="army", speaker="The army",
                      text="The army said its troops killed four militants in the raid.")
    assert conflict(palestinians, militants) is not None


def test_a_countrys_state_agency_counts_the_country():
    quake = dict(measure="deaths", key="deaths", topics=("earthquake",))
    agency = claim(**quake, low=912.0, high=912.0, text="The earthquake killed 912 people.",
                   side="afad", speaker="Turkey's state disaster agency AFAD")
    country = claim(**quake, low=1498.0, high=1498.0, places=("*nationwide",), side="vice president",
                    speaker="Vice President Fuat Oktay", text="It has killed 1,498 across the country.")
    assert conflict(agency, country) is not None


def test_a_total_over_several_days_holds_one_days_count():
    strike = dict(measure="participants", key="participants")
    days = claim(**strike, low=20000.0, high=None, qualifier="more_than", side="union", speaker="The union",
                 text="Over the two strike days, more than 20,000 nurses have joined pickets.")
    one_day = claim(**strike, low=11400.0, high=11400.0, side="hse", speaker="The HSE",
                    text="The HSE said 11,400 nursing staff were absent today.")
    assert conflict(days, one_day) is None
    # ... but a day's count above the whole of them is disputed
    above = claim(**strike, low=26000.0, high=26000.0, side="hse", speaker="The HSE",
                  text="The HSE said 26,000 nursing staff were absent today.")
    days_counted = claim(**strike, low=20000.0, high=20000.0, side="union", speaker="The union",
                         text="Over the two strike days, 20,000 nurses have joined pickets.")
    assert conflict(days_counted, above) is not None
    # ("on both days" is on each of them, not a sum)
    each_day = replace(days_counted, text="The union said 13,000 nurses were on strike on both days.")
    tuesday = replace(one_day, low=7300.0, high=7300.0, text="The HSE said about 7,300 nurses stayed away.")
    assert conflict(each_day, tuesday) is not None


def test_two_places_on_two_named_days_are_two_events_though_one_report_names_both():
    # "killed 12 soldiers in an attack near Aguelhok on Friday" (a report that also names the
    # crash near Tessalit) against "four killed when a helicopter crashed near Tessalit on Saturday"
    attack = claim(article_id="r2", claim_id="r2:0", low=12.0, high=12.0, places=("aguelhok",),
                   region=("aguelhok", "tessalit"), event_date="2029-01-12", side="rebels", speaker="Rebels",
                   as_of="2029-01-14", published_at="2029-01-14T12:00:00Z")
    crash = claim(article_id="r1", claim_id="r1:0", low=4.0, high=4.0, places=("tessalit",),
                  region=("tessalit",), event_date="2029-01-13", side="army", speaker="The army",
                  as_of="2029-01-14", published_at="2029-01-14T10:00:00Z")
    assert conflict(attack, crash) is None
    # one named day: the report naming the other's place in passing may be of its event
    assert conflict(replace(attack, event_date=None), crash) is not None


def test_a_count_given_by_place_meets_only_its_own_places():
    # "five in Aurangabad and three each in Nawada and Jehanabad": the three are not the count
    # of places another report names in passing
    lightning = {**FLOOD, "topics": ()}
    listed = claim(**{**lightning, "region": ("aurangabad", "bihar", "gaya", "nawada")}, low=3.0,
                   high=3.0, places=("nawada", "jehanabad", "*listed"),
                   article_id="a2",
                   text="Figures show six deaths in Gaya, five in Aurangabad and three each in Nawada.",
                   side="outlet", speaker="Outlet")
    other = claim(**{**lightning, "region": ("bihar", "jamui", "banka", "nawada")}, low=2.0, high=2.0,
                  places=("jamui", "banka"), article_id="a1",
                  text="Two deaths were reported from Jamui and Banka.", side="department",
                  speaker="The department")
    assert conflict(listed, other) is None
    # (without the mark, a place one report names may be where the other's event was)
    named_in_passing = claim(**{**listed.to_dict(), "places": ("nawada", "jehanabad")})
    assert conflict(named_in_passing, other) is not None


def test_two_districts_tolls_do_not_meet():
    shangla = claim(**FLOOD, low=19.0, high=19.0, text="19 persons died in Shangla district.",
                    places=("shangla",), side="shangla", speaker="Shangla")
    buner = claim(**FLOOD, low=61.0, high=61.0, text="In Buner, the worst-hit district, 61 died.",
                  places=("buner",), side="buner", speaker="Buner")
    assert conflict(shangla, buner) is None
    # ... but one district named two ways is one district
    swat = claim(**FLOOD, low=50.0, high=50.0, text="The floods killed 50 people in Swat district.",
                 places=("swat district",), side="police", speaker="Police")
    also_swat = claim(**FLOOD, low=80.0, high=80.0, text="In Swat, the worst-hit district, 80 died.",
                      places=("swat",), side="officials", speaker="Officials")
    assert conflict(swat, also_swat) is not None


def test_a_claim_arriving_late_still_meets_the_claims_of_its_day():
    # Two workers read a backlog at unequal speeds: one hands the row claims made weeks after
    # those the other hands it. The window stretches by the lateness seen, so the late claim
    # still meets the claim of its own day that the fast worker's claims would have expired.
    def day(n: int) -> dict[str, Any]:
        iso = (date(2022, 3, 2) + timedelta(days=n)).isoformat()
        return dict(as_of=iso, event_date=iso, published_at=f"{iso}T12:00:00Z")

    det = Detector({}, retention_days=30)
    russia = claim(low=498.0, high=498.0, **day(0))
    det.detect(russia)
    det.detect(claim(low=100.0, high=100.0, **day(20)))  # the fast worker, 20 days on
    det.detect(claim(**UKRAINE, low=7.0, high=7.0, **day(1)))  # the slow one: 19 days late
    det.detect(claim(low=120.0, high=120.0, **day(40)))  # the fast worker again
    (alert,) = det.detect(claim(**UKRAINE, low=5840.0, high=5840.0, **day(0)))
    assert alert.conflicts_with.claim_id == russia.claim_id
    assert det.stats.expired == 0


def test_a_late_claim_from_years_back_stretches_the_window_only_so_far():
    det = Detector({}, retention_days=30)
    det.detect(claim(as_of="2022-03-02", event_date="2022-03-02"))
    # an archive's report, fed in years late
    det.detect(claim(**UKRAINE, as_of="2019-03-02", event_date="2019-03-02",
                     published_at="2019-03-02T08:00:00Z"))
    det.detect(claim(as_of="2022-12-01", event_date="2022-12-01", published_at="2022-12-01T08:00:00Z"))
    assert det.stats.expired == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an earthquake toll and a flood toll
        (
            dict(topics=("earthquake",), low=112.0, high=112.0, **UKRAINE),
            dict(topics=("flood",), low=9.0, high=9.0),
        ),
        # two reports naming different countries and towns
        (
            dict(region=("talvania",), low=112.0, high=112.0, **UKRAINE),
            dict(region=("lorren",), low=9.0, high=9.0),
        ),
        # one report, two towns
        (
            dict(article_id="r1", claim_id="r1:0", places=("saltrey",), low=23.0, high=None, **UKRAINE),
            dict(article_id="r1", claim_id="r1:1", places=("lorren",), low=9.0, high=9.0),
        ),
        # revenue for 2023 vs revenue for the second quarter
        (
            dict(
                key="money|revenue",
                measure="money|revenue",
                subject="",
                period="y2023",
                low=4.2e9,
                high=4.2e9,
                **UKRAINE,
            ),
            dict(
                key="money|revenue", measure="money|revenue", subject="", period="q2", low=9.58e8, high=9.58e8
            ),
        ),
        # undated claims six weeks apart are about different events
        (
            dict(
                key="participants",
                measure="participants",
                subject="",
                as_of="2023-03-06",
                low=3000.0,
                high=3000.0,
                **UKRAINE,
            ),
            dict(
                key="participants",
                measure="participants",
                subject="",
                as_of="2023-01-19",
                low=85000.0,
                high=85000.0,
            ),
        ),
        # a death toll from another side, days later and higher: it grew
        (
            dict(as_of="2022-10-05", low=290.0, high=290.0, subject="", **UKRAINE),
            dict(as_of="2022-10-03", low=112.0, high=112.0, subject=""),
        ),
    ],
)
def test_different_events_or_updates(a, b):
    assert conflict(claim(**a), claim(**b)) is None


def test_a_company_and_its_local_arm_are_one_side():
    arm = claim(speaker="Vantra Polska", side="vantra polska")
    assert same_side(arm, claim(speaker="Vantra", side="vantra"))


def test_same_organisation_named_two_ways_is_one_side():
    first = claim(
        speaker="Ukraine's General Staff", side="ukraine", low=150.0, high=150.0, as_of="2022-03-01"
    )
    second = claim(
        speaker="The General Staff", side="general staff", low=100.0, high=100.0, as_of="2022-03-05",
        text="The General Staff revised the figure to 100.",
    )
    found = conflict(second, first)
    assert found is not None and found.kind == "revision"  # not a dispute between two sides


def test_a_sides_lower_figure_that_does_not_say_it_revises_is_no_revision():
    """ "strikes across the south killed 21", then "the strike killed 14": a part, mostly."""
    first = claim(speaker="The health ministry", side="ministry", low=21.0, high=21.0, as_of="2022-03-01")
    second = claim(speaker="The health ministry", side="ministry", low=14.0, high=14.0, as_of="2022-03-02",
                   text="The health ministry said the strike killed 14 people.")
    assert conflict(second, first) is None


def test_negated_act_against_a_figure_for_it():
    denied = claim(
        kind="rejection", key="lose|aircraft", measure="lose|aircraft", subject="russia", low=None, high=None
    )
    lost = claim(
        key="lose|aircraft", measure="lose|aircraft", subject="russia", low=30.0, high=30.0, **UKRAINE
    )
    found = conflict(lost, denied)
    assert found is not None and found.kind == "denial"


def test_a_count_given_days_later_may_still_be_of_the_named_day():
    # the commission's final turnout, given on Thursday with no day named, against the
    # opposition's turnout of Sunday's election: the same vote
    final = claim(key="participants", measure="participants", unit="%", low=60.9, high=60.9,
                  as_of="2025-09-25", **UKRAINE)
    sunday = claim(key="participants", measure="participants", unit="%", low=38.0, high=38.0,
                   event_date="2025-09-21", as_of="2025-09-22")
    assert conflict(final, sunday) is not None


def test_a_toll_that_says_it_rose_a_day_later_updates_another_sides_lower_figure():
    # (a toll of no one side's soldiers: a side's count of its enemy's dead never updates the
    # enemy's own)
    earlier = claim(low=23.0, high=23.0, as_of="2025-10-20", side="official", speaker="local officials",
                    subject="")
    rose = claim(low=31.0, high=31.0, as_of="2025-10-21", rising=True, cumulative=True, subject="", **UKRAINE)
    assert conflict(rose, earlier) is None
    # the same day too: "the number injured has risen to nine" after "wounding six"
    assert conflict(replace(rose, as_of="2025-10-20"), earlier) is None
    # but not in one report, the same day: "the ministry put the toll at 23; the Red Crescent
    # said its count had risen to 31" are two counts of one day
    one_report = replace(rose, as_of="2025-10-20", article_id=earlier.article_id,
                         claim_id=earlier.article_id + ":1")
    assert conflict(one_report, earlier) is not None
    # unless it tells a moment of its story: "the toll later rose to 31"
    later = replace(one_report, text="The death toll later rose to 31, the ministry said.")
    assert conflict(later, earlier) is None
    # a total that does not say it rose ("31 bodies since Monday") still disputes a figure
    # it more than doubles (a little higher, it is an update: the test below)
    total = claim(low=31.0, high=31.0, as_of="2025-10-21", cumulative=True, **UKRAINE)
    assert conflict(total, replace(earlier, low=14.0, high=14.0)) is not None


def test_exact_counts_a_few_percent_apart_disagree_and_rounding_does_not():
    # 95 prisoners freed against 103: two counts of one exchange
    assert conflict(claim(low=103.0, high=103.0, **UKRAINE), claim(low=95.0, high=95.0)) is not None
    # "5,800" is 5,840 rounded
    assert conflict(claim(low=5800.0, high=5800.0, **UKRAINE), claim(low=5840.0, high=5840.0)) is None


def test_a_long_run_total_is_not_one_events_toll():
    # "6,000 civilians killed since the 2021 coup" against "nine killed in Thursday's strike"
    total = claim(**UKRAINE, low=6000.0, high=None, qualifier="more_than", cumulative=True,
                  long_run=True)
    strike = claim(low=9.0, high=9.0, event_date="2022-03-01")
    assert conflict(total, strike) is None
    assert conflict(strike, total) is None
    # a figure of no day may be the other side's total of the war: compared
    assert conflict(total, claim(low=1351.0, high=1351.0)) is not None
    # two such totals are one quantity
    other = claim(low=500.0, high=500.0, cumulative=True, long_run=True)
    assert conflict(total, other) is not None


def test_a_long_run_total_is_not_one_strikes_rising_toll():
    # "has killed more than 370 operatives since the ceasefire" holds "the toll from the strike
    # on a house in Kfar Roummane rose to five"; not "1,351 killed in Ukraine since the start"
    total = claim(**UKRAINE, low=370.0, high=None, qualifier="more_than", cumulative=True,
                  long_run=True)
    strike = claim(low=5.0, high=5.0, cumulative=True, places=("kfar roummane",))
    assert conflict(strike, total) is None
    since = claim(low=1351.0, high=1351.0, cumulative=True, places=("ukraine",))
    assert conflict(since, claim(**UKRAINE, low=13000.0, high=None, qualifier="more_than",
                                 cumulative=True, long_run=True)) is not None




def test_an_outbreaks_toll_denied_meets_its_running_total():
    # "no child had died of measles in the state" against "three children had died of measles
    # since late September"; not "no soldier was killed" against a war's total, nor "no
    # cholera deaths in Bulawayo" against the country's since January
    hospital = dict(speaker="the hospital director", side="hospital", subject="child")
    total = claim(**hospital, low=3.0, high=None, qualifier="at_least", cumulative=True, long_run=True,
                  text="Three children had died of measles since late September.")
    denied = dict(low=None, high=None, qualifier="", figure_text="", polarity="negate", subject="child")
    assert conflict(total, claim(**denied, text="No child had died of measles in the state.")) is not None
    assert conflict(total, claim(**denied, text="No child was killed.")) is None
    placed = claim(**denied, text="No child had died of measles in Bulawayo.", places=("bulawayo",))
    assert conflict(total, placed) is None
    assert conflict(total, claim(**denied, text="No child had died of cholera in the state.")) is None
    week = claim(**denied, text="No child had died of measles in the past week.", period="2022-W09")
    assert conflict(total, week) is None
    assert conflict(total, claim(**denied, text="No child had died after the measles vaccine.")) is None

@pytest.mark.parametrize(
    ("first", "then", "disputed"),
    [
        (31.0, 34.0, False),  # a toll a little higher the next day: an update
        (14.0, 31.0, True),  # more than double: a dispute
        (2.0, 3.0, True),  # few dead are known one by one
    ],
)
def test_a_toll_a_little_higher_the_next_day_updates_another_sides(first, then, disputed):
    earlier = claim(low=first, high=first, as_of="2022-03-01", measure="injured", key="injured", subject="")
    later = claim(**UKRAINE, low=then, high=then, as_of="2022-03-02", measure="injured", key="injured",
                  subject="")
    assert (conflict(later, earlier) is not None) is disputed
    # one report telling a toll's days ("police said on Tuesday 31 ... on Wednesday the Red
    # Cross said 34") tells its growth
    one_report = replace(later, article_id=earlier.article_id, claim_id=earlier.article_id + ":1")
    assert (conflict(one_report, earlier) is not None) is disputed


@pytest.mark.parametrize(
    ("then", "as_of", "disputed"),
    [
        (9.0, "2022-03-02", False),  # eleven trapped, nine a day later: two were found
        (9.0, "2022-03-01", True),  # the same day: a dispute
        (3.0, "2022-03-02", True),  # far fewer: a dispute
        (14.0, "2022-03-02", True),  # more, later: a dispute
    ],
)
def test_the_trapped_a_few_fewer_a_day_later_were_found(then, as_of, disputed):
    trapped = dict(measure="trapped", key="trapped")
    earlier = claim(low=11.0, high=11.0, as_of="2022-03-01", **trapped)
    later = claim(**UKRAINE, low=then, high=then, as_of=as_of, **trapped)
    assert (conflict(later, earlier) is not None) is disputed


@pytest.mark.parametrize(
    ("as_of", "later_count", "disputed"),
    [("2022-03-02", 14.0, False), ("2022-03-01", 14.0, True), ("2022-03-02", 900.0, True)],
)
def test_more_reported_missing_a_day_later_is_no_dispute(as_of, later_count, disputed):
    missing = dict(measure="missing", key="missing")
    earlier = claim(low=9.0, high=9.0, as_of="2022-03-01", **missing)
    later = claim(**UKRAINE, low=later_count, high=later_count, as_of=as_of, **missing)
    assert (conflict(later, earlier) is not None) is disputed


def test_a_companys_denial_meets_the_cuts_it_announces_weeks_later():
    cuts = dict(key="job_cuts|hallberg", measure="job_cuts", subject="hallberg", speaker="Hallberg",
                side="hallberg")
    denial = claim(**cuts, kind="event", low=None, high=None, polarity="negate", as_of="2025-03-05")
    announced = claim(**cuts, low=3800.0, high=3800.0, figure_text="3,800", as_of="2025-03-27")
    assert conflict(announced, denial) is not None
    store: dict[str, Any] = {}
    Detector(store).detect(denial)
    (alert,) = Detector(store).detect(announced)
    assert alert.explanation.startswith("Hallberg reversed itself: Hallberg: 3,800 job cuts")


def test_a_figure_rejected_then_a_smaller_one_announced_is_no_turn():
    cuts = dict(key="job_cuts|kessler", measure="job_cuts", subject="kessler", speaker="Kessler",
                side="kessler")
    rejected = claim(**cuts, kind="rejection", low=5400.0, high=6600.0, qualifier="about",
                     figure_text="around 6,000", polarity="negate", as_of="2026-05-12")
    announced = claim(**cuts, low=4500.0, high=4500.0, figure_text="4,500", as_of="2026-05-14")
    assert conflict(announced, rejected) is None
    # as many or more is a turn
    more = claim(**cuts, low=9000.0, high=9000.0, figure_text="9,000", as_of="2026-05-14")
    assert conflict(more, rejected) is not None


def test_a_plan_due_in_a_period_meets_its_denial_but_not_another_rounds_plan():
    cuts = dict(key="job_cuts|nordbalt", measure="job_cuts", subject="nordbalt")
    denial = claim(**cuts, speaker="Lindqvist", side="nordbalt", kind="event", low=None, high=None,
                   polarity="negate", period="y2026", due=True, as_of="2026-09-08")
    announced = claim(**cuts, speaker="NordBalt Airways", side="nordbalt airways", low=480.0, high=480.0,
                      figure_text="480", period="m1", due=True, as_of="2026-09-22")
    assert conflict(announced, denial) is not None
    past = claim(**cuts, speaker="Union", side="union", low=300.0, high=300.0, figure_text="300",
                 period="m5", as_of="2026-09-22")  # "laid off in May"
    assert conflict(past, denial) is None
    later_round = claim(**cuts, speaker="Union", side="union", low=300.0, high=300.0, figure_text="300",
                        period="y2027", due=True, as_of="2026-09-22")
    assert conflict(later_round, announced) is None
    # a month after the day it was told is when the plan is due, though the model's dates did not
    # say so ("is preparing to close the refinery after the season ends in November")
    reported = claim(**cuts, speaker="sources", side="sources", low=900.0, high=900.0, figure_text="900",
                     period="m11", as_of="2026-08-11")
    assert conflict(reported, denial) is not None


def test_a_reported_plan_meets_the_figure_the_company_announces_weeks_later():
    cuts = dict(key="closures|dunmore home", measure="closures", subject="dunmore home")
    reported = claim(**cuts, speaker="The Sunday Times", side="sunday times", low=180.0, high=220.0,
                     qualifier="about", figure_text="about 200", as_of="2026-05-10")
    announced = claim(**cuts, speaker="Dunmore Home", side="dunmore home", low=120.0, high=120.0,
                      figure_text="120", as_of="2026-05-19")
    assert conflict(announced, reported) is not None
    store: dict[str, Any] = {}
    Detector(store).detect(reported)
    assert [a.kind for a in Detector(store).detect(announced)] == ["figure_mismatch"]
    # a figure a side gives a month after its own earlier one is dated as usual
    again = claim(**{**cuts, "low": 150.0, "high": 150.0}, speaker="The Sunday Times",
                  side="sunday times", as_of="2026-06-20")
    assert conflict(again, reported) is None


def test_another_sides_figure_for_cuts_months_on_is_another_round():
    cuts = dict(key="job_cuts|hallberg", measure="job_cuts", subject="hallberg")
    union = claim(**cuts, speaker="The union", side="union", low=500.0, high=500.0, as_of="2025-03-01")
    company = claim(**cuts, speaker="Hallberg", side="hallberg", low=300.0, high=300.0, as_of="2025-04-15")
    assert conflict(company, union) is None


def test_a_rejection_of_hundreds_rejects_a_figure_in_the_hundreds_not_a_lower_bound():
    hundreds = claim(**UKRAINE, kind="rejection", low=100.0, high=999.0, qualifier="vague",
                     figure_text="hundreds")
    assert conflict(hundreds, claim(low=427.0, high=427.0)) is not None
    assert conflict(hundreds, claim(low=11.0, high=None, qualifier="at_least")) is None


def test_a_rejection_of_over_80_rejects_87_not_12():
    # "reports that over 80 inmates escaped are false"
    over_80 = claim(**UKRAINE, kind="rejection", low=80.0, high=None, qualifier="more_than",
                    figure_text="over 80")
    assert conflict(over_80, claim(low=87.0, high=87.0, figure_text="87")) is not None
    assert conflict(over_80, claim(low=12.0, high=12.0, figure_text="12")) is None


def test_daily_counts_a_day_apart_count_two_days():
    # "over the past day ... 1,180", then the next morning's "over the past day ... 1,040"
    monday = claim(**UKRAINE, low=1180.0, high=1180.0, period="d2022-03-01", as_of="2022-03-01")
    tuesday = claim(low=1040.0, high=1040.0, period="d2022-03-02", as_of="2022-03-02")
    assert conflict(tuesday, monday) is None
    same_day = claim(low=1040.0, high=1040.0, period="d2022-03-01", as_of="2022-03-01")
    assert conflict(same_day, monday) is not None
    # a count of the named day meets the report of the 24 hours after it
    named = claim(**UKRAINE, low=300.0, high=300.0, event_date="2022-03-01", as_of="2022-03-02")
    assert conflict(named, tuesday) is not None


def test_a_toll_a_little_higher_hours_later_the_same_day_is_an_update():
    morning = claim(low=31.0, high=31.0, measure="injured", key="injured", subject="",
                    published_at="2022-03-02T06:40:00Z")
    evening = claim(**UKRAINE, low=42.0, high=42.0, measure="injured", key="injured", subject="",
                    published_at="2022-03-02T18:45:00Z")
    assert conflict(evening, morning) is None
    # within hours, or for arrests (a count the sides dispute), it is still a dispute
    soon = claim(**UKRAINE, low=42.0, high=42.0, measure="injured", key="injured",
                 published_at="2022-03-02T08:00:00Z")
    assert conflict(soon, morning) is not None
    detained = claim(low=212.0, high=212.0, measure="detained", key="detained",
                     published_at="2022-03-02T06:40:00Z")
    more = claim(**UKRAINE, low=300.0, high=None, qualifier="more_than", measure="detained",
                 key="detained", published_at="2022-03-02T18:45:00Z")
    assert conflict(more, detained) is not None


def test_one_sides_toll_higher_later_the_same_day_is_no_revision():
    morning = claim(low=34.0, high=34.0, measure="injured", key="injured", subject="",
                    published_at="2022-03-02T06:40:00Z")
    later = claim(low=47.0, high=47.0, measure="injured", key="injured", subject="",
                  published_at="2022-03-02T09:10:00Z")
    assert conflict(later, morning) is None
    # lower later the same day, said revised, it is: the side revised its toll down; and so is
    # ten times higher
    revised = replace(later, low=20.0, high=20.0, text="The ministry revised the toll to 20.")
    assert conflict(revised, morning) is not None
    assert conflict(replace(revised, low=340.0, high=340.0), morning) is not None


def test_no_soldier_killed_says_nothing_of_people_killed():
    toll = claim(low=42.0, high=42.0, subject="")
    no_soldier = claim(**UKRAINE, kind="event", low=None, high=None, qualifier="", figure_text="",
                       polarity="negate", subject="military")
    assert conflict(no_soldier, toll) is None
    # "no civilian was killed" does: the dead no one names are mostly civilians
    no_civilian = claim(**UKRAINE, kind="event", low=None, high=None, qualifier="", figure_text="",
                        polarity="negate", subject="civilian")
    assert conflict(no_civilian, toll) is not None
    # nor does a denial about one encounter meet a war's whole toll
    war = claim(low=40000.0, high=None, qualifier="more_than", cumulative=True, long_run=True)
    assert conflict(claim(**UKRAINE, kind="event", low=None, high=None, qualifier="",
                          figure_text="", polarity="negate"), war) is None


def test_the_attackers_dead_are_not_the_toll_of_their_attack():
    toll = claim(low=6.0, high=6.0, subject="")
    attackers = claim(**UKRAINE, low=37.0, high=37.0, subject="militant")
    assert conflict(attackers, toll) is None
    assert conflict(toll, attackers) is None
    # soldiers killed may be the whole toll of an attack on their post
    assert conflict(claim(**UKRAINE, low=37.0, high=37.0, subject="military"), toll) is not None
    # and militants killed in the speaker's own strike may be the toll another side counts
    struck = claim(**UKRAINE, low=37.0, high=37.0, subject="militant",
                   text="Its airstrikes in Paktika province killed 37 militants, the army said.")
    assert conflict(struck, toll) is not None


def test_a_vague_count_is_no_ceiling():
    thousands = claim(low=2000.0, high=9000.0, qualifier="vague", figure_text="thousands",
                      measure="displaced", key="displaced")
    assert conflict(claim(**UKRAINE, low=36000.0, high=36000.0, measure="displaced", key="displaced"),
                    thousands) is None
    # but it is a floor: "thousands" is not 300
    assert conflict(claim(**UKRAINE, low=300.0, high=300.0, measure="displaced", key="displaced"),
                    thousands) is not None


def test_an_organisation_and_its_acronym_are_one_side():
    from claimwatch.detect import same_side

    full = claim(speaker="the Provincial Disaster Management Authority", side="provincial authority")
    short = claim(speaker="the PDMA", side="pdma")
    named = claim(speaker="The Nigeria Centre for Disease Control (NCDC)", side="nigeria")
    assert same_side(full, short) and same_side(named, claim(speaker="NCDC", side="ncdc"))
    assert not same_side(short, claim(speaker="the NDMA", side="ndma"))
    # an acronym that opens a name is left out of its initials
    un_office = claim(speaker="UN Office for the Coordination of Humanitarian Affairs", side="united nations")
    assert same_side(un_office, claim(speaker="OCHA", side="ocha"))
    assert not same_side(un_office, claim(speaker="UNOCHR", side="unochr"))


def test_a_sides_count_over_the_country_is_not_revised_by_its_count_of_one_place():
    base = dict(source="Wire", speaker="Defence Ministry", side="russia", kind="figure",
                key="lose|drone", measure="lose|drone", subject="ukraine", as_of="2025-11-23",
                published_at="2025-11-23T08:00:00Z")
    national = Claim(claim_id="a:0", article_id="a", text="57 over Russian regions", low=57.0, high=57.0,
                     places=("*nationwide",), **base)
    local = Claim(claim_id="b:0", article_id="b", text="23 over the region", low=23.0, high=23.0, **base)
    assert conflict(local, national) is None


def test_a_long_runs_total_far_above_an_events_count_is_its_whole():
    base = dict(names=("dravia",),
                source="Wire", kind="figure", key="deaths", measure="deaths", as_of="2025-11-23",
                published_at="2025-11-23T08:00:00Z")
    war = Claim(claim_id="a:0", article_id="a", speaker="UN", side="united nations", text="war", low=20000.0,
                high=None, qualifier="more_than", long_run=True, **base)
    event = Claim(claim_id="b:0", article_id="b", speaker="army", side="army", text="event", low=12.0,
                  high=12.0, **base)
    assert conflict(event, war) is None
    # a total not far above the count may be the other side's count of it
    assert conflict(replace(event, low=900.0, high=900.0), replace(war, low=4300.0)) is not None
    # a count since a day of its own ("1,351 killed since the operation began") may be the
    # other side's count of the long run
    since_its_day = replace(event, low=1351.0, high=1351.0, cumulative=True)
    assert conflict(since_its_day, replace(war, low=20000.0)) is not None


def test_a_count_that_dwindles_is_restored_not_revised():
    base = dict(source="Wire", speaker="CEM", side="cem", kind="figure", key="without_power",
                measure="without_power", text="t")
    peak = Claim(claim_id="a:0", article_id="a", low=210000.0, high=210000.0, as_of="2026-06-11",
                 published_at="2026-06-11T08:00:00Z", **base)
    later = Claim(claim_id="b:0", article_id="b", low=22000.0, high=22000.0, as_of="2026-06-13",
                  published_at="2026-06-13T08:00:00Z", **base)
    assert conflict(later, peak) is None


def test_officers_hurt_are_some_of_the_people_hurt():
    base = dict(names=("dravia",),
                source="Wire", kind="figure", key="injured", measure="injured", as_of="2025-11-23",
                published_at="2025-11-23T08:00:00Z", text="t")
    officers = Claim(claim_id="a:0", article_id="a", speaker="police", side="police", subject="military",
                     low=6.0, high=6.0, **base)
    people = Claim(claim_id="b:0", article_id="b", speaker="medics", side="medic", low=17.0, high=None,
                   qualifier="at_least", **base)
    assert conflict(people, officers) is None
    # more officers than people hurt in all cannot be
    assert conflict(replace(people, low=3.0, high=3.0, qualifier="exact"), replace(officers, low=30.0,
                                                                                   high=30.0)) is not None


def test_one_sides_soldiers_killed_are_some_of_the_people_killed():
    # "ISWAP said it killed 20 Nigerian soldiers" and "we buried 42 people": some of them
    soldiers = claim(side="iswap", speaker="ISWAP", subject="nigeria military", low=20.0, high=20.0)
    people = claim(side="civilian joint task force", speaker="a member of the task force", subject="",
                   low=42.0, high=None, qualifier="at_least", figure_text="at least 42")
    assert conflict(people, soldiers) is None
    assert conflict(replace(people, low=12.0, high=12.0, qualifier="exact"), soldiers) is not None


def test_a_states_forces_are_one_actor_in_an_act():
    base = dict(names=("dravia",),
                source="Wire", kind="event", key="use|rubber bullet", measure="act", as_of="2026-02-26",
                published_at="2026-02-26T08:00:00Z", text="t", verb="fire")
    denied = Claim(claim_id="a:0", article_id="a", speaker="ministry", side="ministry", subject="police",
                   polarity="negate", **base)
    fired = Claim(claim_id="b:0", article_id="b", speaker="CELS", side="cels", subject="troop", **base)
    assert conflict(fired, denied) is not None
    # but not one state's troops and another's police
    assert conflict(replace(fired, subject="russia troop"), replace(denied, subject="ukraine police")) is None
    # "the security troops did not fire" and "the gendarmes fired"
    assert conflict(replace(fired, subject="gendarme"), replace(denied, subject="security troop")) is not None
    # (but not armed men, who are no state's)
    assert conflict(replace(fired, subject="armed man"), replace(denied, subject="security troop")) is None


def test_an_amount_said_so_far_is_no_toll_that_only_grows():
    base = dict(names=("dravia",),
                source="Wire", kind="figure", key="leaked", measure="leaked", unit="l", text="t",
                qualifier="about")
    company = Claim(claim_id="a:0", article_id="a", speaker="company", side="company", low=37206.0,
                    high=45474.0, as_of="2026-05-25", published_at="2026-05-25T08:00:00Z", **base)
    regulator = Claim(claim_id="b:0", article_id="b", speaker="OEFA", side="oefa", low=300510.0,
                      high=367290.0, cumulative=True, rising=True, as_of="2026-05-27",
                      published_at="2026-05-27T08:00:00Z", **base)
    assert conflict(regulator, company) is not None
    # the dead two days later are another count of a toll that only grows
    toll = dict(base, key="deaths", measure="deaths", unit="")
    assert conflict(replace(regulator, **toll), replace(company, **toll)) is None


def test_two_sides_war_totals_disagree_however_each_is_said():
    base = dict(names=("dravia",),
                source="Wire", kind="figure", key="deaths", measure="deaths", subject="russia military",
                as_of="2022-03-25", published_at="2022-03-25T08:00:00Z", text="t", cumulative=True)
    russia = Claim(claim_id="a:0", article_id="a", speaker="Russia's defence ministry", side="russia",
                   low=1351.0, high=1351.0, **base)
    ukraine = Claim(claim_id="b:0", article_id="b", speaker="Ukraine's General Staff", side="ukraine",
                    low=14490.0, high=17710.0, qualifier="about", long_run=True, **base)
    assert conflict(ukraine, russia) is not None


def test_the_demo_wire_raises_its_five_alerts():
    """`make demo` feeds wire/sample-articles.jsonl; the README promises what it shows."""
    from pathlib import Path

    from claimwatch.pipeline import Pipeline
    from schemas import parse_article

    wire = Path(__file__).resolve().parents[1] / "wire" / "sample-articles.jsonl"
    articles = [parse_article(line) for line in wire.read_bytes().splitlines() if line.strip()]
    alerts = [a for out in Pipeline().process(articles) for a in out.alerts]
    figures = {(a.claim.figure_text, a.conflicts_with.figure_text) for a in alerts}
    assert len(alerts) == 5
    assert {("about 16,100", "1,351"), ("1,351", "about 16,100")} & figures
    # the company's denial of cuts at its own terminal ("its Varna Bay terminal" is no company)
    assert [a.kind for a in alerts if a.claim.key.startswith("job_cuts")] == ["negation"]


def test_a_countrys_count_holds_one_places_but_not_a_rival_count_of_the_country():
    country = claim(key="displaced", measure="displaced", subject="", speaker="UN", side="united nations",
                    low=3_500_000.0, high=None, qualifier="more_than", places=("*nationwide",))
    villages = claim(key="displaced", measure="displaced", subject="", speaker="aid groups", side="aid group",
                     low=3600.0, high=4400.0, qualifier="about")
    rival = replace(villages, low=900_000.0, high=900_000.0, qualifier="exact")
    assert conflict(villages, country) is None  # a dozen villages' 4,000 are some of the 3.5 million
    assert conflict(rival, country) is not None


def test_a_strike_not_known_for_a_walkout_may_be_the_wars():
    war = claim(key="capture|place", measure="act", kind="event", low=None, high=None, qualifier="",
                topics=("war",), places=("shakhove",))
    held = replace(war, **UKRAINE, polarity="negate", topics=("strike",), claim_id="b:0", article_id="b")
    march = replace(held, topics=("protest",))
    assert conflict(held, war) is not None and conflict(march, war) is None


def test_a_bare_rejection_rejects_what_its_own_report_told():
    told = claim(**UKRAINE, subject="civilian", low=460.0, high=460.0, article_id="r", claim_id="r:0")
    rejected = claim(speaker="RSF", side="rsf", kind="rejection", subject="civilian", low=None, high=None,
                     qualifier="", figure_text="accusation", article_id="r", claim_id="r:1")
    elsewhere = replace(told, article_id="s", claim_id="s:0", low=1500.0, high=None, qualifier="at_least")
    assert conflict(rejected, told) is not None
    assert conflict(elsewhere, rejected) is None


def test_one_sentences_words_read_twice_are_not_two_claims():
    said = claim(article_id="r", claim_id="r:0", text="X called that a manipulation, saying ...",
                 kind="event", low=None, high=None, qualifier="", figure_text="bodies")
    misread = replace(said, claim_id="r:1", kind="rejection", **UKRAINE)
    assert conflict(misread, said) is None


def test_reports_of_one_story_meet_whatever_kinds_of_event_they_name():
    raid = claim(key="detained", measure="detained", subject="", low=14.0, high=14.0, topics=("war",),
                 names=("tammun", "jenin", "west bank"))
    told_with_fire = replace(raid, **UKRAINE, claim_id="b:0", article_id="b", low=25.0, high=None,
                             qualifier="at_least", topics=("explosion", "fire"))
    flood = replace(told_with_fire, names=("tammun", "nablus"))
    assert conflict(told_with_fire, raid) is not None
    assert conflict(flood, raid) is None  # one name in common: two stories, a raid and a fire


def test_a_count_over_four_towns_meets_the_countrys():
    towns = claim(key="deaths", subject="", low=9.0, high=None, qualifier="at_least",
                  places=("nairobi", "mombasa", "kisumu", "nakuru"))
    country = replace(towns, **UKRAINE, claim_id="b:0", article_id="b", low=3.0, high=3.0, qualifier="exact",
                      places=("kisumu", "*nationwide"))
    assert conflict(country, towns) is not None
    # one town's count is some of the country's; above it, the two cannot both be right
    below = replace(towns, places=("nairobi",), low=2.0, high=2.0, qualifier="exact")
    assert conflict(country, below) is None
    assert conflict(country, replace(towns, places=("nairobi",))) is not None


def test_the_area_a_fire_has_burned_grows_while_it_spreads():
    """2,100 hectares on the first evening and 15,500 two days later are one fire grown; the
    same two areas of a park, told the same way, are two figures for one thing."""
    area = dict(key="area", measure="area", subject="", side="conaf", speaker="CONAF")
    first = claim(**area, low=21e6, high=21e6, as_of="2026-03-04", published_at="2026-03-04T20:00:00Z")
    later = dict(area, side="governor", speaker="the governor")
    grown = claim(**later, low=155e6, high=155e6, as_of="2026-03-06", published_at="2026-03-06T15:00:00Z")
    fire = ("fire",)
    assert conflict(replace(grown, topics=fire), replace(first, topics=fire)) is None
    assert conflict(grown, first) is not None


def test_a_body_named_with_its_place_and_without_is_one_side():
    """'the Chandpur fire service' and 'the fire service' of a report that names Chandpur; not
    a body several governments have ('the Donetsk health ministry', 'the health ministry')."""
    whole = claim(side="chandpur fire service", speaker="the Chandpur fire service", low=14.0, high=14.0)
    short = claim(side="fire service", speaker="the fire service", region=("chandpur", "meghna"))
    assert same_side(whole, short)
    assert not same_side(whole, replace(short, region=("dhaka",)))
    rival = claim(side="donetsk health ministry", speaker="the Donetsk health ministry")
    assert not same_side(rival, claim(side="health ministry", speaker="the health ministry",
                                      region=("donetsk",)))


def test_a_place_spelled_two_ways_is_one_place():
    # a Russian and a Ukrainian transliteration of one village; the row index files both alike
    russian = claim(places=("stupochki",), region=("stupochki", "ukraine"))
    ukrainian = claim(**UKRAINE, places=("stupochky",), region=("stupochky", "ukraine"), low=5840.0,
                      high=5840.0, figure_text="5,840")
    assert conflict(ukrainian, russian) is not None
    detector = Detector({})
    assert detector.detect(russian) == [] and len(detector.detect(ukrainian)) == 1
    # two places whose names differ are still two, however alike ("pokrovsk", "pokrovske")
    assert conflict(replace(ukrainian, places=("sloviansk",)), russian) is None
    town = claim(places=("pokrovsk",), region=("pokrovsk", "ukraine"))
    village = replace(ukrainian, places=("pokrovske",), region=("pokrovske", "ukraine"))
    assert conflict(village, town) is None


def test_fewer_still_trapped_days_later_is_no_disagreement_but_more_is():
    first = dict(key="trapped", measure="trapped", subject="", low=9.0, high=9.0, figure_text="nine",
                 speaker="The operator", side="operator", as_of="2026-05-14",
                 published_at="2026-05-14T09:00:00Z")
    store: dict[str, Any] = {}
    det = Detector(store)
    det.detect(claim(**first))
    later = dict(first, speaker="The union", side="union", as_of="2026-05-18", verb="remain",
                 published_at="2026-05-18T09:00:00Z")
    assert det.detect(claim(**{**later, "low": 2.0, "high": 2.0, "figure_text": "two"})) == []
    assert det.detect(claim(**{**later, "low": 20.0, "high": 20.0, "figure_text": "20"})) != []


def test_a_companys_job_cuts_meet_wherever_its_reports_were_filed():
    cuts = dict(kind="figure", key="job_cuts|rheinische handelsbank", measure="job_cuts",
                subject="rheinische handelsbank", figure_text="2,000", low=2000.0, high=2000.0)
    reported = claim(**cuts, speaker="Boersen-Zeitung", side="boersen zeitung", region=("germany",))
    announced = claim(**{**cuts, "figure_text": "1,200", "low": 1200.0, "high": 1200.0},
                      speaker="The bank", side="bank", region=("frankfurt",))
    assert conflict(announced, reported) is not None


def test_aircraft_seen_are_counted_by_the_day_and_a_total_is_no_days_count():
    seen = dict(key="find|aircraft", measure="find|aircraft", subject="", names=("taiwan",))
    monday = claim(**seen, low=32.0, high=32.0, event_date="2022-03-07", as_of="2022-03-08")
    # "tracked 59 aircraft over the previous 24 hours", said on Wednesday: Tuesday's count
    wednesday = claim(**UKRAINE, **seen, low=59.0, high=59.0, as_of="2022-03-09")
    assert conflict(wednesday, monday) is None
    same_day = claim(**UKRAINE, **seen, low=71.0, high=71.0, event_date="2022-03-07", as_of="2022-03-08")
    assert conflict(same_day, monday) is not None
    # "a total of 172 aircraft over the three days"
    total = claim(**UKRAINE, **seen, low=172.0, high=172.0, cumulative=True, as_of="2022-03-08")
    assert conflict(total, monday) is None


def test_a_company_named_short_is_the_company():
    full = claim(speaker="Kestrel Mobile", side="kestrel mobile", low=1.2e6, high=1.2e6)
    short = claim(speaker="Kestrel", side="kestrel", low=2.1e6, high=2.1e6)
    assert same_side(full, short) and same_side(short, full)
    assert not same_side(claim(speaker="Kestrel Mobile", side="kestrel mobile"),
                         claim(speaker="Mobile Watch", side="mobile watch"))


def test_a_country_every_story_from_it_names_tells_no_story():
    flood = claim(topics=("flood",), names=("pakistan", "islamabad", "buner"), low=112.0, high=112.0)
    attack = claim(**UKRAINE, topics=("war",), names=("pakistan", "islamabad", "kech"), low=31.0, high=31.0)
    assert conflict(attack, flood) is None


def test_a_company_named_after_a_country_does_not_speak_for_it():
    airline = claim(speaker="China Mobile", side="china mobile")
    state = claim(speaker="China", side="china")
    assert not same_side(airline, state)


def test_a_side_called_by_two_names_is_contradicted_once():
    """The Baloch Liberation Army's claim, then the BLA's repeat of it from another outlet:
    the military's count contradicts that one side, in one alert against its latest claim."""
    store: dict[str, Any] = {}
    det = Detector(store)
    rebels = dict(subject="pakistan military", low=27.0, high=27.0, figure_text="27", names=("pakistan",))
    named = "The outlawed Baloch Liberation Army (BLA)"
    det.detect(claim(speaker=named, side="baloch liberation army", **rebels))
    later = claim(speaker="The BLA", side="bla", as_of="2022-03-03", **rebels)
    det.detect(later)
    army = dict(subject="pakistan military", low=7.0, high=7.0, figure_text="seven", names=("pakistan",))
    alerts = det.detect(claim(speaker="The military", side="military", as_of="2022-03-03", **army))
    assert [a.conflicts_with.claim_id for a in alerts] == [later.claim_id]


def test_a_side_named_by_the_acronym_the_other_speaker_gives_is_one_side():
    named = "The National Disaster Management Authority (NDMA)"
    told = claim(speaker=named, side="national disaster management authority")
    again = claim(speaker="Ali Sadiqi", side="ndma")
    assert same_side(told, again)


def test_a_share_and_a_count_are_not_compared():
    trains = dict(key="cancel|train", measure="cancel|train", subject="")
    share = claim(**UKRAINE, **trains, unit="%", low=30.0, high=30.0)
    count = claim(**trains, low=1200.0, high=1200.0)
    assert conflict(share, count) is None


def test_a_raised_count_of_the_enemys_dead_disputes_the_enemys_own():
    own = claim(speaker="Tajikistan's border troops", side="tajikistan", subject="tajikistan military",
                low=3.0, high=3.0, figure_text="three", as_of="2022-03-02")
    theirs = claim(speaker="Kyrgyzstan's border service", side="kyrgyzstan", subject="tajikistan military",
                   low=12.0, high=None, qualifier="at_least", figure_text="at least 12", rising=True,
                   as_of="2022-03-04", published_at="2022-03-04T12:00:00Z",
                   text="It raised its estimate of Tajik losses, saying at least 12 were killed.")
    found = conflict(theirs, own)
    assert found is not None and found.kind == "figure_mismatch"


def test_a_host_states_count_of_foreign_nationals_dead_may_grow():
    # Qatar's later count of Nepali workers killed updates Nepal's: no enemy's count
    nepal = claim(speaker="Nepal's foreign ministry", side="nepal", subject="nepal", low=3.0, high=3.0,
                  as_of="2022-03-01")
    qatar = claim(speaker="Qatar's interior ministry", side="qatar", subject="nepal", low=9.0, high=9.0,
                  rising=True, cumulative=True, as_of="2022-03-03", published_at="2022-03-03T12:00:00Z")
    assert conflict(qatar, nepal) is None


@pytest.mark.parametrize(
    ("measure", "words"),
    [("close|school", "school closed"), ("destroy|home", "home destroyed"), ("lose|tank", "tank lost"),
     ("deaths", "deaths"), ("bury|body", "body buried"), ("money|revenue", "revenue"),
     ("remain|people", "people")],
)
def test_a_count_of_things_acted_on_reads_as_what_was_done(measure, words):
    from claimwatch.detect import _thing_done

    assert _thing_done(measure) == words


def _denied_then_told(denial_text: str, told: dict[str, Any]) -> tuple[Claim, Claim]:
    denial = claim(
        kind="event", key="injured", measure="injured", subject="", low=None, high=None, figure_text="",
        polarity="negate", side="transaustral", speaker="TransAustral", text=denial_text,
        as_of="2027-11-01", published_at="2027-11-01T10:00:00Z",
    )
    later = claim(
        kind="figure", key="injured", measure="injured", subject="", low=2.0, high=2.0, figure_text="two",
        side="transaustral", speaker="TransAustral", text="Two employees suffered burns.",
        as_of="2027-11-03", published_at="2027-11-03T10:00:00Z", context_date="2027-11-01",
    )
    return denial, replace(later, **told)


def test_a_side_that_denied_a_harm_and_later_tells_of_it_turned():
    denial, later = _denied_then_told("No one was injured in the incident.", {})
    found = conflict(later, denial)
    assert found is not None and found.kind == "revision"


@pytest.mark.parametrize(
    "denial_text, told, turned",
    [
        # a denial hedged on what was known may simply have been overtaken ...
        ("No injuries have been reported so far.", {}, False),
        ("There were no immediate reports of injuries.", {}, False),
        # ... unless what it tells happened before the denial was made
        ("No injuries have been recorded.", {"event_date": "2027-10-31"}, True),
        # one report, or the denial the later claim: no turn
        ("No one was injured in the incident.", {"article_id": "same"}, False),
        # what happened after the denial: a later day, or told as later
        ("No one was injured in the incident.", {"event_date": "2027-11-02"}, False),
        ("No one was injured in the incident.", {"text": "A worker later died in hospital."}, False),
        ("According to preliminary information, no one was injured.", {}, False),
        ("No one was seriously injured in the fire.", {}, False),
        # with no day of its own to put it before the denial
        ("No one was injured in the incident.", {"context_date": None}, False),
        ("No one was injured in the incident.", {"as_of": "2027-11-01"}, False),
    ],
)
def test_what_makes_a_sides_denial_and_later_account_a_turn(denial_text, told, turned):
    denial, later = _denied_then_told(denial_text, told)
    if told.get("article_id"):
        denial = replace(denial, article_id="same")
    assert (conflict(later, denial) is not None) == turned


@pytest.mark.parametrize(
    ("part_low", "whole_text", "disputed"),
    [
        (18000.0, "damaged 41,000 hectares across the departments of San Rafael, Alvear and Malargue", False),
        (50000.0, "damaged 41,000 hectares across the departments of San Rafael, Alvear and Malargue", True),
        # a town and its district named together are one place, not a list to be part of
        (18000.0, "damaged 41,000 hectares in San Rafael, Alvear", True),
    ],
)
def test_a_count_in_one_of_the_places_another_counts_across_is_a_part(part_low, whole_text, disputed):
    area = dict(key="area", measure="area", subject="", side="province", speaker="the province")
    places = ("san rafael", "alvear", "malargue")
    whole = claim(**area, low=41000.0, high=41000.0, text=whole_text, places=places)
    part = claim(
        **area | {"side": "growers", "speaker": "growers"},
        low=part_low,
        high=part_low,
        text="Growers said crops on 18,000 hectares were damaged in San Rafael.",
        places=("san rafael",),
    )
    assert (conflict(part, whole) is not None) == disputed


def test_no_one_has_died_is_overtaken_by_a_death_dated_after_it_only():
    denial = claim(kind="event", low=None, high=None, figure_text="", polarity="negate", side="hospital",
                   speaker="The hospital", text='"No patient has died," he said.', as_of="2027-11-01",
                   subject="")
    died = claim(low=1.0, high=1.0, figure_text="one", side="institute", speaker="The institute",
                 subject="", as_of="2027-11-03", published_at="2027-11-03T12:00:00Z")
    assert conflict(died, denial) is not None  # (of no day: perhaps before the denial)
    assert conflict(replace(died, event_date="2027-11-02"), denial) is None


def test_no_one_has_died_answers_a_death_days_before_it_that_its_report_dates_from_the_outbreak():
    # the denial's report carries the outbreak's first day; "has died" is up to the day it is said
    denial = claim(kind="event", low=None, high=None, figure_text="", polarity="negate", side="ministry",
                   speaker="The ministry", text='"No patient has died," the spokesman said.',
                   context_date="2027-10-20", as_of="2027-11-08", subject="civilian")
    died = claim(low=1.0, high=None, qualifier="at_least", figure_text="one", side="hospital",
                 speaker="A doctor", subject="", event_date="2027-11-07", as_of="2027-11-11",
                 published_at="2027-11-11T12:00:00Z")
    assert conflict(died, denial) is not None
    since = replace(denial, text='"No patient has died since Monday," the spokesman said.')
    assert conflict(died, since) is None


@pytest.mark.parametrize(
    ("denial_text", "denial_day", "overtaken"),
    [
        ("No deaths have been reported from the district so far, he said.", "2027-11-01", True),
        ("There were no immediate reports of deaths, police said.", "2027-11-01", True),
        # a flat denial, or one made after the count, is a dispute
        ("No one was killed in the storm, he said.", "2027-11-01", False),
        ("No deaths have been reported so far, he said.", "2027-11-03", False),
    ],
)
def test_a_denial_of_what_was_known_so_far_is_overtaken_by_a_later_count(denial_text, denial_day, overtaken):
    denial = claim(kind="event", low=None, high=None, figure_text="", polarity="negate", side="state",
                   speaker="The state", text=denial_text, as_of=denial_day, subject="")
    count = claim(low=19.0, high=19.0, figure_text="19", side="hospital", speaker="The hospital",
                  subject="", as_of="2027-11-02", published_at="2027-11-02T12:00:00Z")
    assert (conflict(count, denial) is None) == overtaken
    # a count of what happened by the denial's day disputes it, "so far" or not
    assert conflict(replace(count, event_date="2027-11-01"), denial) is not None


@pytest.mark.parametrize(
    ("denial_text", "days_after", "disputed"),
    [
        ("There have been no typhoid deaths in this outbreak, he said.", 4, True),
        ("No deaths have been recorded to date, he said.", 10, True),
        ("No deaths have been recorded to date, he said.", 20, False),  # news of another spell
        ("No one died in the fire on Friday, he said.", 4, False),  # a day's toll, not the whole
        ("No one has died of cholera in Kasese so far this week, he said.", 4, False),  # this week's
        ("We have not recorded a single death from dengue this season, he said.", 4, True),
    ],
)
def test_a_denial_of_any_toll_to_date_answers_the_counts_before_it(denial_text, days_after, disputed):
    counted = date(2027, 11, 1)
    count = claim(low=3.0, high=3.0, figure_text="three", side="ministry", speaker="The ministry",
                  subject="", context_date=counted.isoformat(), as_of="2027-11-03",
                  published_at="2027-11-03T12:00:00Z")
    made = (counted + timedelta(days=days_after)).isoformat()
    denial = claim(kind="event", low=None, high=None, figure_text="", polarity="negate", side="city",
                   speaker="The city", text=denial_text, context_date=made, as_of=made,
                   published_at=f"{made}T12:00:00Z", subject="")
    assert (conflict(denial, count) is not None) == disputed
    # and the table finds the count for it, though its day is outside the usual window
    detector = Detector({})
    detector.detect(count)
    assert bool(detector.detect(denial)) == disputed


@pytest.mark.parametrize(
    "said_of_the_enemy, counted, meets",
    [
        ("not ukraine military", "russia military", True),  # Ukraine's "enemy soldiers" are Russia's
        ("not ukraine military", "ukraine military", False),  # not Ukraine's own dead
        ("not ukraine military", "not ukraine military", True),
        ("not ukraine military", "not russia military", False),
    ],
)
def test_the_enemy_a_side_counts_is_any_side_but_its_own(said_of_the_enemy, counted, meets):
    enemy = claim(**UKRAINE, subject=said_of_the_enemy, low=112.0, high=112.0, figure_text="112")
    other = claim(subject=counted, low=3.0, high=3.0, figure_text="three")
    assert (conflict(enemy, other) is not None) is meets


def test_reports_filed_from_one_city_of_two_countries_are_two_events():
    somalia = claim(region=("somalia",), article_place="geneva", names=())
    kenya = claim(**UKRAINE, region=("kenya",), article_place="geneva", low=30.0, high=30.0, names=())
    assert conflict(kenya, somalia) is None
    mukono = claim(region=("buikwe", "mukono"), article_place="mukono", names=())
    wakiso = claim(
        **UKRAINE, region=("uganda", "wakiso"), article_place="mukono", low=30.0, high=30.0, names=()
    )
    assert conflict(wakiso, mukono) is not None


def test_those_present_are_of_their_group():
    journalists = claim(
        key="aboard", measure="aboard", subject="journalist", low=40.0, high=40.0
    )
    villagers = claim(
        **UKRAINE, key="aboard", measure="aboard", subject="villager", low=300.0, high=300.0
    )
    assert conflict(villagers, journalists) is None


@pytest.mark.parametrize(
    ("denial_text", "disputed"),
    [
        ("No students have been hospitalized, the district said.", True),
        ("No one was hurt, police said.", True),
        ("There are no injuries, police said.", True),
        ("No adults were hurt, police said.", False),  # the children are not among them
        ("No one else was hurt, police said.", False),  # besides the children counted
    ],
)
def test_a_denial_of_everyone_hurt_covers_the_children_counted(denial_text, disputed):
    denial = claim(key="injured", measure="injured", kind="event", low=None, high=None, figure_text="",
                   polarity="negate", side="district", speaker="The district", text=denial_text,
                   subject="civilian" if "student" in denial_text else "")
    children = claim(key="injured", measure="injured", low=5.0, high=5.0, figure_text="five",
                     side="hospital", speaker="The hospital", subject="child", as_of="2022-03-03",
                     published_at="2022-03-03T12:00:00Z")
    assert (conflict(children, denial) is not None) == disputed



def test_a_valley_is_the_place_it_is_named_for():
    valley = claim(region=("ourika valley",), article_place="", names=())
    town = claim(**UKRAINE, region=("marrakech", "morocco", "ourika"), article_place="marrakech",
                 low=30.0, high=30.0, names=())
    assert conflict(town, valley) is not None
    kivu = claim(**UKRAINE, region=("north kivu",), article_place="", low=30.0, high=30.0, names=())
    assert conflict(kivu, claim(region=("south kivu",), article_place="", names=())) is None


def test_a_side_that_denied_a_figure_and_gives_its_own_again_has_not_turned():
    denial = claim(key="trapped", measure="trapped", low=11.0, high=11.0, figure_text="eleven",
                   polarity="negate", side="police", speaker="Police", as_of="2022-03-01",
                   published_at="2022-03-01T12:00:00Z",
                   text="Police said seven miners, not eleven, were trapped.")
    again = claim(key="trapped", measure="trapped", low=7.0, high=7.0, figure_text="seven", side="police",
                  speaker="Police", article_id="later", as_of="2022-03-03",
                  published_at="2022-03-03T12:00:00Z", event_date="2022-02-28",
                  text="Police said seven miners were trapped in total.")
    assert conflict(again, denial) is None


def test_those_rescued_told_as_a_running_count_have_grown():
    so_far = claim(key="rescued", measure="rescued", low=15.0, high=15.0, figure_text="15", side="agency",
                   speaker="The agency", cumulative=True,
                   text="The agency said 15 people had been rescued so far.")
    total = claim(key="rescued", measure="rescued", low=23.0, high=23.0, figure_text="23", side="lasema",
                  speaker="LASEMA", cumulative=True, article_id="later", as_of="2022-03-04",
                  published_at="2022-03-04T12:00:00Z", text="LASEMA said a total of 23 people were rescued.")
    assert conflict(total, so_far) is None
    other = claim(key="rescued", measure="rescued", low=31.0, high=31.0, figure_text="31", side="police",
                  speaker="Police", article_id="later", as_of="2022-03-03",
                  published_at="2022-03-03T12:00:00Z", text="Police said 31 passengers were rescued alive.")
    divers = claim(key="rescued", measure="rescued", low=24.0, high=24.0, figure_text="24", side="diver",
                   speaker="Divers", text="Divers rescued 24 people.")
    assert conflict(other, divers) is not None


def test_a_city_and_its_province_are_two_places():
    province = claim(region=("nampula province",), article_place="", names=(), cumulative=True)
    city = claim(**UKRAINE, region=("nampula city",), article_place="", low=14.0, high=14.0,
                 names=(), cumulative=True)
    assert conflict(city, province) is None


def test_a_count_told_as_disputing_the_other_is_no_update():
    held = claim(key="held", measure="held", low=136.0, high=136.0, figure_text="136", side="israel",
                 speaker="Israel", text="Some 136 hostages remain in captivity, Israel said.")
    disputed = claim(key="held", measure="held", low=100.0, high=100.0, figure_text="100", side="hamas",
                     speaker="Hamas", article_id="later", as_of="2022-03-03",
                     published_at="2022-03-03T12:00:00Z",
                     text="Hamas said only 100 hostages remain in captivity, disputing the Israeli figure.")
    assert conflict(disputed, held) is not None


def test_a_side_that_denied_a_figure_then_gives_more_has_turned():
    denial = claim(low=30.0, high=30.0, figure_text="30", polarity="negate", side="ministry",
                   speaker="The ministry", as_of="2022-03-01", published_at="2022-03-01T12:00:00Z",
                   text="The ministry said 12 people, not 30, died.")
    more = claim(low=34.0, high=34.0, figure_text="34", side="ministry", speaker="The ministry",
                 article_id="later", as_of="2022-03-03", published_at="2022-03-03T12:00:00Z",
                 event_date="2022-02-28", text="The ministry said 34 people died.")
    assert conflict(more, denial) is not None


def _plant(polarity: str, text: str, as_of: str, side: str = "hanbit") -> Claim:
    return claim(key="operate|plant", measure="act", kind="event", low=None, high=None, figure_text="",
                 qualifier="", polarity=polarity, side=side, speaker=side.title(), subject="hanbit",
                 verb="operate", text=text, as_of=as_of, published_at=f"{as_of}T12:00:00Z",
                 places=("gunsan",))


def test_a_plan_for_a_plant_denied_meets_its_announcement_weeks_later():
    denied = _plant("affirm", '"The company has no plans for closing the Gunsan plant," Hanbit said.',
                    "2026-04-02")
    announced = _plant("negate", "Hanbit said it will stop engine production at its Gunsan plant.",
                       "2026-04-20")
    assert conflict(announced, denied) is not None


def test_a_plant_running_and_stopped_weeks_apart_are_two_moments():
    running = _plant("affirm", "The Gunsan plant operated normally on Monday, Hanbit said.",
                     "2026-04-02")
    stopped = _plant("negate", "Production at the Gunsan plant was halted on Friday, Hanbit said.",
                     "2026-04-20")
    assert conflict(stopped, running) is None


def test_the_row_index_offers_a_plan_denied_weeks_before():
    detector = Detector({})
    detector.detect(
        _plant("affirm", '"We have no plans to close the Gunsan plant," Hanbit said.', "2026-04-02")
    )
    alerts = detector.detect(
        _plant("negate", "Hanbit said it will stop engine production at its Gunsan plant.", "2026-04-20")
    )
    assert [a.kind for a in alerts] == ["revision"]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Hanbit said it will close its Saarlouis plant next year.",
         "Hanbit has no plans to close its plant."),
        ("Hanbit said its Gunsan plant will stay closed until Monday for the holiday break.",
         "Hanbit said it has no plans to close the Gunsan plant."),
        ("Hanbit shut its Gunsan plant on Tuesday after a fire and said it will investigate the cause.",
         "Hanbit said it has no plans to shut the Gunsan plant."),
    ],
)
def test_a_stop_for_a_while_or_of_another_plant_is_no_plan_turned(first, then):
    stopped = _plant("negate", first, "2026-01-10")
    denied = _plant("affirm", then, "2026-02-20")
    if "Saarlouis" in first:
        stopped = replace(stopped, places=("saarlouis",))
        denied = replace(denied, places=())
    assert conflict(denied, stopped) is None


def _found(polarity: str, text: str, as_of: str) -> Claim:
    return claim(key="find|salmonella", measure="act", kind="event", low=None, high=None, figure_text="",
                 qualifier="", polarity=polarity, side="vandermeulen", speaker="Vandermeulen",
                 subject="", verb="find", text=text, as_of=as_of, published_at=f"{as_of}T12:00:00Z")


def test_a_company_that_denied_a_contamination_and_then_found_it_has_turned():
    denied = _found("negate", '"There is no salmonella in any of our products," the company said.',
                    "2029-04-04")
    found = _found("affirm", "The company said salmonella was found in a praline filling.", "2029-04-11")
    assert conflict(found, denied) is not None
    hedged = _found("negate", "No salmonella has been found so far, the company said.", "2029-04-04")
    assert conflict(found, hedged) is None


def test_a_contamination_denied_in_one_thing_and_found_in_another_is_no_turn():
    denied = _found("negate", "There is no salmonella in our milk, the company said.", "2029-04-04")
    found = _found("affirm", "The company said salmonella had been found in its cheese.", "2029-04-11")
    assert conflict(found, denied) is None



def test_survivors_quoted_by_two_reports_are_two_voices():
    told = dict(key="aboard", measure="aboard", subject="", side="survivor", speaker="survivors",
                published_at="2029-01-09T12:00:00Z", as_of="2029-01-09")
    first = claim(**told, low=95.0, high=95.0, figure_text="about 95")
    second = claim(**told, low=50.0, high=50.0, figure_text="about 50")
    assert same_side(first, second) is False
    assert same_side(first, replace(second, article_id=first.article_id)) is True
    assert same_side(replace(first, side="survivors"), replace(second, side="survivors")) is False


def test_a_count_told_as_above_the_others_figures_has_not_grown_from_them():
    told = dict(key="deaths", measure="deaths", subject="", published_at="2029-08-27T12:00:00Z",
                as_of="2029-08-27", names=("guayaquil",))
    official = claim(**told, side="snai", speaker="SNAI", low=8.0, high=8.0, figure_text="Eight",
                     text="Eight inmates were killed in a riot, SNAI said.")
    later = dict(told, published_at="2029-08-29T12:00:00Z", as_of="2029-08-29")
    relatives = claim(**later, side="relative", speaker="Relatives", low=31.0, high=None,
                      qualifier="at_least", figure_text="at least 31",
                      text="Relatives said at least 31 inmates were killed, far more than the figures "
                           "released by authorities.")
    assert conflict(relatives, official) is not None
    grown = replace(relatives, text="Relatives said at least 31 inmates were killed.")
    assert conflict(grown, official) is None


def test_two_counts_of_one_moment_have_not_grown_one_from_the_other():
    told = dict(key="displaced", measure="displaced", subject="", names=("durazno",), cumulative=True)
    agency = claim(**told, side="sinae", speaker="Sinae", low=1530.0, high=1530.0, figure_text="1,530",
                   as_of="2029-09-27", published_at="2029-09-28T09:00:00Z",
                   text="Sinae put the number of evacuees at 1,530 as of Thursday night.")
    mayor = claim(**told, side="sosa", speaker="Sosa", low=2600.0, high=2600.0, figure_text="2,600",
                  event_date="2029-09-27", as_of="2029-09-28", published_at="2029-09-28T12:00:00Z",
                  rising=True, text="The number of evacuees reached 2,600 on Thursday night, Sosa said.")
    assert conflict(mayor, agency) is not None
    later = replace(mayor, event_date="2029-09-28", as_of="2029-09-29", published_at="2029-09-29T12:00:00Z",
                    text="The number of evacuees reached 2,600 on Friday night, Sosa said.")
    assert conflict(later, agency) is None


def test_a_toll_counted_so_far_then_a_little_higher_in_a_later_report_went_on():
    told = dict(key="deaths", measure="deaths", subject="", as_of="2029-09-06", names=("chamoli",))
    so_far = claim(**told, side="district", speaker="District Magistrate", low=4.0, high=4.0,
                   figure_text="Four", published_at="2029-09-06T08:00:00Z",
                   text="Four bodies have been recovered so far, she said.")
    later = claim(**told, side="state", speaker="Secretary", low=6.0, high=6.0, figure_text="Six",
                  published_at="2029-09-06T20:00:00Z",
                  text="Six bodies had been recovered by Thursday night, he said.")
    assert conflict(later, so_far) is None
    assert conflict(replace(later, low=20.0, high=20.0, figure_text="20"), so_far) is not None
    assert conflict(later, replace(so_far, text="Four bodies have been recovered, she said.")) is not None


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("The death toll stood at 25, police said late on Thursday night.",
         "The death toll stood at 31, the Red Cross said in a statement on Thursday night."),
        ("The floods that began on Thursday night have killed 25 people, police said.",
         "The floods that began on Thursday night have killed 31 people, the Red Cross said."),
    ],
)
def test_a_day_told_or_of_the_event_is_no_moment_a_count_names(first, then):
    told = dict(key="deaths", measure="deaths", subject="", names=("durazno",), cumulative=True, rising=True)
    police = claim(**told, side="police", speaker="police", low=25.0, high=25.0, figure_text="25",
                   as_of="2029-01-11", published_at="2029-01-11T09:00:00Z", text=first)
    red_cross = claim(**told, side="red cross", speaker="Red Cross", low=31.0, high=31.0, figure_text="31",
                      as_of="2029-01-12", published_at="2029-01-12T09:00:00Z", text=then)
    assert conflict(red_cross, police) is None


def test_barrels_burned_meet_litres_burned_and_read_in_their_own_units():
    from claimwatch.pipeline import Pipeline
    from schemas import Article

    articles = [
        Article("a", "Punch", "2029-12-27T09:00:00Z", "",
                "About 12,000 barrels of crude oil were burned, according to the company."),
        Article("b", "Vanguard", "2029-12-29T09:00:00Z", "",
                "Community leaders said more than six million litres of crude were burned."),
    ]
    (alert,) = [a for out in Pipeline().process(articles) for a in out.alerts]
    assert "six million litres burned" in alert.explanation
    assert "12,000 barrels burned" in alert.explanation


def test_a_count_throughout_the_country_meets_the_country_both_reports_name():
    # "2,050 pharmacies closed throughout the country" (its report names the country only in
    # the union's name) against the ministry's 810 in a report from the capital
    union = dict(key="close|pharmacy", measure="close|pharmacy", subject="", side="union", speaker="union",
                 low=2050.0, high=2050.0, figure_text="2,050", places=("*nationwide",),
                 region=("chaco",), names=("asociacion", "paraguay", "chaco"))
    ministry = dict(key="close|pharmacy", measure="close|pharmacy", subject="", side="ministry",
                    speaker="ministry", low=810.0, high=810.0, figure_text="810", region=("paraguay",),
                    article_place="asuncion",
                    names=("paraguay", "villalba"))
    assert conflict(claim(**ministry), claim(**union)) is not None
    # not when the other report is of another country
    abroad = {**ministry, "region": ("bolivia",), "article_place": "la paz", "names": ("bolivia", "arce")}
    assert conflict(claim(**abroad), claim(**union)) is None
    # nor for strikers of no kind the key names (pharmacists' and nurses' strikes of one country)
    strikers = dict(key="participants", measure="participants")
    assert conflict(claim(**{**ministry, **strikers}), claim(**{**union, **strikers})) is None


def test_the_places_a_claims_sentence_names_are_where_its_report_is():
    # "6,900 displaced by the eruption in East Flores" (a report whose main places are villages)
    # against the national agency's 5,120 in a report that names East Flores
    regency = dict(key="displaced", measure="displaced", subject="", side="bpbd", speaker="BPBD",
                   low=6900.0, high=6900.0, figure_text="6,900", places=("east flores",),
                   region=("konga", "titehena"), names=("lewotobi", "flores"))
    agency = dict(key="displaced", measure="displaced", subject="", side="bnpb", speaker="BNPB",
                  low=5120.0, high=5120.0, figure_text="5,120", region=("east flores", "indonesia"),
                  names=("lewotobi", "flores"))
    assert conflict(claim(**agency), claim(**regency)) is not None


def test_more_missing_told_as_above_the_others_count_is_no_update():
    # nine missing, then another side's 16 a day later "almost double the figure given by the
    # maritime authorities": disputed, not more reported missing since
    authority = dict(key="missing", measure="missing", subject="", side="authority",
                     speaker="maritime authorities", low=9.0, high=9.0, figure_text="nine",
                     as_of="2030-01-21", published_at="2030-01-21T09:00:00Z",
                     text="Nine fishermen are missing.")
    fishers = dict(authority, side="apai", speaker="fishers' association", low=16.0, high=16.0,
                   figure_text="16", as_of="2030-01-22", published_at="2030-01-22T09:00:00Z",
                   text="The association says 16 of its members are still missing, almost double the figure "
                        "given by the maritime authorities.")
    assert conflict(claim(**fishers), claim(**authority)) is not None
    plain = dict(fishers, text="The association says 16 of its members are still missing.")
    assert conflict(claim(**plain), claim(**authority)) is None
    # ("... and accused the navy of leaving out passengers": disputed too)
    left_out = dict(fishers, text="Relatives said at least 16 people remained missing, and accused the "
                                  "authorities of leaving out passengers from inland villages.")
    assert conflict(claim(**left_out), claim(**authority)) is not None


def test_the_vehicle_of_a_crash_report_is_the_bus():
    said = dict(kind="event", key="suffer|brake failure", measure="act", verb="suffer", subject="vehicle",
                low=None, high=None, qualifier="", figure_text="", side="police", speaker="police")
    denied = dict(said, subject="bus", polarity="negate", side="prosecutor", speaker="prosecutor")
    assert conflict(claim(**denied), claim(**said)) is not None
    # (not a plane; nor the other vehicle of a crash between two)
    assert conflict(claim(**{**denied, "subject": "plane"}), claim(**said)) is None
    rammed = dict(said, text="The vehicle suffered a brake failure before ramming into the bus.")
    assert conflict(claim(**denied), claim(**rammed)) is None


def test_a_count_over_a_country_meets_no_town_of_another():
    # "16 killed in the drone attack in central Sudan" against "52 killed when gangs attacked
    # Lascahobas" (Haiti): a place's count above a country's is the country's only in that country
    sudan = dict(low=16.0, high=16.0, figure_text="16", places=("*nationwide",), region=("sudan", "kordofan"),
                 names=("sudan", "obeid"), side="who", speaker="WHO", subject="", topics=("attack",))
    haiti = dict(low=52.0, high=52.0, figure_text="52", places=("lascahobas",),
                 region=("haiti", "lascahobas"), names=("haiti", "lascahobas"), side="un", speaker="UN",
                 subject="", topics=("attack",))
    assert conflict(claim(**haiti), claim(**sudan)) is None


@pytest.mark.parametrize(
    ("counted", "found"),
    [
        # none "in the camp" against a count among the camp's residents: a conflict
        ("MSF said it had confirmed 64 cases of cholera among residents of the camp.", True),
        # (not against a count over the state the camp is in)
        ("The state ministry said 120 cholera cases had been confirmed in Borno state.", False),
    ],
)
def test_no_outbreak_in_the_camp_meets_only_the_camps_count(counted: str, found: bool) -> None:
    denial = claim(
        kind="event", key="cases", measure="cases", subject="confirmed", polarity="negate", low=None,
        high=None, qualifier="", figure_text="", side="county health",
        text='The county health director said: "There is no cholera outbreak in the camp."',
    )
    count = claim(key="cases", measure="cases", subject="confirmed", low=64.0, high=64.0, figure_text="64",
                  side="msf", text=counted, as_of="2022-03-03")
    assert (conflict(count, denial) is not None) == found


def test_no_one_killed_in_the_camp_still_denies_a_toll() -> None:
    # (the camp's guard is for an outbreak's cases only)
    denial = claim(kind="event", polarity="negate", low=None, high=None, qualifier="", figure_text="",
                   side="army", text="No one was killed in the camp, the army said.")
    count = claim(low=12.0, high=12.0, figure_text="12", side="health ministry", as_of="2022-03-03",
                  text="The raid on Jenin killed 12 people, the health ministry said.")
    assert conflict(count, denial) is not None


def test_people_in_shelters_on_two_days_are_two_counts() -> None:
    shelter = dict(key="sheltered", measure="sheltered", subject="", figure_text="9,800")
    monday = claim(low=9800.0, high=9800.0, side="state", as_of="2022-03-02", **shelter)
    # (a later day's lower count from another side: people went home)
    later = claim(low=4000.0, high=4000.0, side="red cross", as_of="2022-03-04", **shelter)
    assert conflict(later, monday) is None
    # (two sides' counts the same day disagree)
    same_day = claim(low=4000.0, high=4000.0, side="red cross", as_of="2022-03-02", **shelter)
    assert conflict(same_day, monday) is not None
    # (and migrants in shelters are some of all the people there)
    migrants = claim(low=4000.0, high=4000.0, side="red cross", as_of="2022-03-02",
                     **{**shelter, "subject": "migrant"})
    assert conflict(migrants, monday) is None


def test_no_cases_in_the_camp_at_a_place_meets_that_places_count() -> None:
    denial = claim(kind="event", key="cases", measure="cases", subject="confirmed", polarity="negate",
                   low=None, high=None, qualifier="", figure_text="", side="county health",
                   text="No cholera cases have been recorded in the camp at Kakuma, the official said.")
    count = claim(key="cases", measure="cases", subject="confirmed", low=45.0, high=45.0, figure_text="45",
                  side="msf", text="MSF said 45 cholera cases had been confirmed in Kakuma.",
                  places=("kakuma",), as_of="2022-03-03")
    assert conflict(count, denial) is not None


def test_trains_cancelled_on_two_strike_days_are_two_counts() -> None:
    cancelled = dict(key="cancel|train", measure="cancel|train", subject="", figure_text="541")
    monday = claim(low=541.0, high=541.0, side="cp", as_of="2022-03-07", event_date="2022-03-07", **cancelled)
    friday = claim(low=402.0, high=402.0, side="union", as_of="2022-03-11", event_date="2022-03-11",
                   **cancelled)
    assert conflict(friday, monday) is None
    # (a count announced the day before for the day meets the count of that day)
    announced = claim(low=800.0, high=800.0, side="cp", as_of="2022-03-06", event_date="2022-03-07",
                      **cancelled)
    told = claim(low=1300.0, high=1300.0, side="union", as_of="2022-03-07", event_date="2022-03-07",
                 **cancelled)
    assert conflict(told, announced) is not None


def test_a_disease_denied_in_a_place_meets_the_outbreak_counted_since_a_month() -> None:
    # (the denial carries its report's day, not one of its own)
    denial = claim(kind="event", key="cases", measure="cases", subject="confirmed", polarity="negate",
                   low=None, high=None, qualifier="", figure_text="", side="district health",
                   text='"There is no plague in Ambositra," the district health officer said.',
                   places=("ambositra",), context_date="2022-03-01")
    count = claim(key="cases", measure="cases", subject="", low=17.0, high=17.0, figure_text="17",
                  side="ministry", long_run=True, places=("ambositra",), as_of="2022-03-04",
                  text="The ministry confirmed an outbreak of pneumonic plague in Ambositra, with 17 cases "
                       "recorded since late February.")
    assert conflict(count, denial) is not None
    # (a denial of a day named is that day's)
    of_monday = replace(denial, event_date="2022-02-28", context_date=None)
    assert conflict(count, of_monday) is None


def test_a_vehicle_acts_through_its_driver() -> None:
    sounded = claim(kind="event", key="sound|horn", measure="act", verb="sound", subject="driver",
                    low=None, high=None, qualifier="", figure_text="", side="railway",
                    text="He said the driver of the train sounded the horn repeatedly.")
    silent = replace(sounded, subject="train", polarity="negate", side="police", article_id="a2",
                     text='"The train did not sound its horn," the officer said.')
    assert conflict(sounded, silent) is not None
    # (two vehicles are not one, nor is the bus driver the train's)
    assert conflict(replace(sounded, subject="bus"), silent) is None
    bus_driver = replace(sounded, text="The driver of the bus sounded the horn before it hit the train.")
    assert conflict(bus_driver, silent) is None


def test_a_count_kept_against_anothers_did_not_grow_from_it() -> None:
    told = dict(key="deaths", measure="deaths", subject="", side="ministry", article_id="d1", cumulative=True)
    ministry = claim(low=31.0, high=31.0, figure_text="31", as_of="2022-03-02", **told,
                     text="The ministry said on Wednesday the toll stood at 31 dead.")
    district = replace(ministry, claim_id="d1:1", side="district administration", low=38.0, high=38.0,
                       figure_text="38", as_of="2022-03-03", cumulative=False,
                       text="The district administration, however, stood by its count of 38 dead.")
    assert conflict(district, ministry) is not None
    grown = replace(district, text="The district administration said the toll had risen to 38.", rising=True)
    assert conflict(grown, ministry) is None


def test_a_report_that_opens_on_a_site_in_a_town_counts_in_that_town() -> None:
    crowd = dict(key="participants", measure="participants", subject="", topics=("protest",))
    police = claim(low=12_000.0, high=12_000.0, side="police", places=("cochabamba",),
                   article_place="cochabamba", region=("bolivia", "cochabamba", "sucre"), **crowd)
    guard = claim(low=25_000.0, high=25_000.0, side="municipal guard", places=(),
                  article_place="plaza de las banderas", region=("cochabamba", "plaza de las banderas"),
                  **crowd)
    assert conflict(guard, police) is not None
    # (a report that opens on another town has moved away from it)
    elsewhere = replace(guard, article_place="sucre", region=("cochabamba", "sucre"))
    assert conflict(elsewhere, police) is None


def test_two_reports_sharing_no_name_and_placed_apart_tell_two_events():
    # a kind of event alone ("protest") does not tie a strike in Riga to a vote in Cacheu
    strike = claim(key="participants", measure="participants", subject="", low=91.0, high=91.0, unit="%",
                   names=("kalnins", "rigas"), article_place="riga", topics=("strike",), side="union")
    vote = claim(key="participants", measure="participants", subject="", low=45.0, high=55.0, unit="%",
                 qualifier="about", names=("cacheu", "sanca"), region=("cacheu", "guinea-bissau"),
                 article_place="cacheu", topics=("strike",), side="terra nova")
    assert conflict(vote, strike) is None
    # (placed in one town, they may be one event)
    assert conflict(vote, replace(strike, article_place="cacheu")) is not None


@pytest.mark.parametrize(
    "denied, told, apart",
    [
        ("the bridge had not been inspected since 2021", "it was inspected in March 2025", False),
        ("the bridge had not been inspected since 2021", "it was inspected in March 2019", True),
        ("the boiler had not been inspected for more than two years", "last inspected in April 2027", True),
        ("the boiler had not been inspected for more than two years", "inspected in April 2030", False),
        ("the tram had not undergone the December inspection", "last underwent one in June 2026", True),
        ("the tram had not undergone the December inspection", "passed its inspection in December", False),
        ("the restaurant had never been inspected", "passed a safety inspection in January", False),
        ("the bridge had not been inspected since 2027", "it was last inspected in March 2027", True),
        ("the bridge had not been inspected since March", "it was inspected in February", True),
        ("the bridge had not been inspected since March", "it was inspected in June", False),
        ("no inspection was made in the past five years", "it was inspected in 2021", True),
    ],
)
def test_an_inspection_denied_meets_one_told_only_in_the_time_denied(denied, told, apart):
    inspected = dict(key="inspected", measure="inspected", kind="event", low=None, high=None, subject="",
                     figure_text="", as_of="2030-09-10")
    denial = claim(**inspected, text=denied, polarity="negate", side="union")
    telling = claim(**inspected, text=told, side="company")
    assert (conflict(denial, telling) is None) == apart


def test_a_count_set_in_one_place_of_a_report_that_names_two_is_that_places():
    lome = claim(key="participants", measure="participants", subject="", low=4500.0, high=4500.0,
                 text="In Lome, the march gathered around 4,500 people.", places=("lome",),
                 region=("lome", "sokode"), side="ministry")
    sokode = claim(key="participants", measure="participants", subject="", low=12000.0, high=12000.0,
                   text="About 12,000 people marched in Sokode on Tuesday.", places=("sokode",),
                   region=("sokode",), side="organisers")
    assert conflict(sokode, lome) is None
    in_passing = replace(lome, text="The march gathered around 4,500 people in Lome.")
    assert conflict(sokode, in_passing) is not None  # (Lome may be where Sokode's march went)


@pytest.mark.parametrize(
    "a, b, one",
    [("leak", "rupture", True), ("blast", "explosion", True), ("fire", "incident", True), ("fire", "", True),
     ("fire", "collapse", False), ("crash", "death", False)],
)
def test_the_event_a_cause_is_told_of(a, b, one):
    told = dict(key="cause", measure="cause", kind="event", low=None, high=None, subject="leak:gas",
                figure_text="gas leak")
    affirmed = claim(**told, verb=a, side="company")
    denied = claim(**told, verb=b, polarity="negate", side="union")
    assert (conflict(denied, affirmed) is not None) == one


def test_fewer_still_trapped_a_day_later_came_out():
    trapped = dict(measure="trapped", key="trapped")
    earlier = claim(low=6.0, high=6.0, as_of="2022-03-01", text="Six miners were trapped.", **trapped)
    still = claim(**UKRAINE, low=2.0, high=2.0, as_of="2022-03-02", text="Two miners are still trapped.",
                  **trapped)
    assert conflict(still, earlier) is None
    assert conflict(replace(still, text="Only two miners were trapped."), earlier) is not None


def test_a_toll_told_as_grown_by_now_another_day_is_an_update():
    earlier = claim(low=5.0, high=5.0, as_of="2022-03-01", subject="")
    now = claim(**UKRAINE, low=9.0, high=9.0, as_of="2022-03-02", subject="", rising=True,
                text="Nine miners have now died.")
    assert conflict(now, earlier) is None
    assert conflict(replace(now, rising=False, text="Nine miners died."), earlier) is not None


def test_an_alert_shows_a_reports_own_words_rather_than_its_paraphrase():
    denial = dict(kind="event", key="be|overloaded", measure="act", subject="vessel", low=None, high=None,
                  figure_text="", polarity="negate", article_id="op", speaker="The operator", side="operator")
    quoted = claim(**denial, claim_id="op:0", quoted=True, text='"The vessel was not overloaded," it said.')
    paraphrase = claim(**denial, claim_id="op:1", text="The operator denied the ferry was overloaded.")
    told = claim(kind="event", key="be|overloaded", measure="act", subject="vessel", low=None, high=None,
                 figure_text="", speaker="A survivor", side="survivor", as_of="2022-03-03",
                 text="The ferry was overloaded, a survivor said.")
    det = Detector({})
    det.detect(quoted)
    det.detect(paraphrase)
    (alert,) = det.detect(told)
    assert alert.conflicts_with.claim_id == "op:0"


@pytest.mark.parametrize(
    "text",
    [
        "Only two miners are missing, not 18 as the association claims.",
        "Only five miners were trapped by the collapse, and rescuers were still working.",
    ],
)
def test_fewer_the_next_day_told_against_the_other_or_of_the_event_is_disputed(text):
    missing = dict(measure="missing", key="missing")
    earlier = claim(low=18.0, high=18.0, as_of="2022-03-01", text="Eighteen miners are missing.", **missing)
    later = claim(**UKRAINE, low=2.0, high=2.0, as_of="2022-03-02", text=text, **missing)
    assert conflict(later, earlier) is not None


def test_miners_and_workers_of_one_shift_are_one_count():
    company = claim(key="aboard", measure="aboard", subject="miner", side="company",
                    low=38.0, high=38.0, figure_text="38")
    union = claim(key="aboard", measure="aboard", subject="worker", side="union",
                  low=52.0, high=52.0, figure_text="52")
    found = conflict(union, company)
    assert found is not None and found.kind == "figure_mismatch"


def test_a_count_told_in_place_of_the_other_sides_has_not_grown():
    army = claim(key="captured", measure="captured", subject="", side="army", low=41.0, high=41.0,
                 figure_text="41", as_of="2030-11-09", published_at="2030-11-09T18:00:00Z")
    families = claim(key="captured", measure="captured", subject="", side="relative", low=47.0, high=47.0,
                     figure_text="47", as_of="2030-11-10", published_at="2030-11-10T11:00:00Z",
                     text="Relatives said 47 workers had been seized, not 41 as officials have said.")
    found = conflict(families, army)
    assert found is not None and found.kind == "figure_mismatch"
    # (what it sets aside is not this count: a war's prisoners, a count that only grows, grown)
    war = dict(subject="ukraine military")
    other = replace(families, claim_id="b9:0", article_id="b9", **war,
                    text="Relatives said 47 soldiers had been captured, not 30 as officials have said.")
    assert conflict(other, replace(army, **war)) is None
    # (set aside in words: "not fourteen as the military has said")
    in_words = replace(families, claim_id="b8:0", article_id="b8", figure_text="forty-seven",
                       text="Relatives said forty-seven were seized, not forty-one as officials have said.")
    found = conflict(in_words, army)
    assert found is not None and found.kind == "figure_mismatch"
    # (set aside bare, at the end of its clause: "were taken from the camp, not forty-one")
    bare = replace(families, claim_id="b7:0", article_id="b7", figure_text="forty-seven",
                   text='"Forty-seven of our sons were taken from the camp, not forty-one," he said.')
    found = conflict(bare, army)
    assert found is not None and found.kind == "figure_mismatch"


def test_those_aboard_told_as_a_total_are_no_running_count():
    owner = claim(key="aboard", measure="aboard", subject="", side="owner", low=52.0, high=52.0,
                  figure_text="52", cumulative=True, as_of="2030-11-09", published_at="2030-11-09T18:00:00Z",
                  text="There were 48 passengers and four crew on board, 52 people in total.")
    navy = claim(key="aboard", measure="aboard", subject="", side="navy", low=64.0, high=64.0,
                 figure_text="64", as_of="2030-11-11", published_at="2030-11-11T11:00:00Z")
    found = conflict(navy, owner)
    assert found is not None and found.kind == "figure_mismatch"


def test_live_rounds_told_by_wounds_meet_a_denial_in_their_own_report_only():
    wounds = claim(kind="event", key="use|live ammunition", measure="act", subject="", side="nurse",
                   low=None, high=None, figure_text="", verb="use",
                   text="Two men were admitted with gunshot wounds, a nurse said.")
    denial = replace(wounds, claim_id="w2:0", article_id="w2", side="police", polarity="negate",
                     text="No live ammunition was used at any point, police said.")
    assert conflict(wounds, denial) is None
    same_report = replace(denial, claim_id=f"{wounds.article_id}:1", article_id=wounds.article_id)
    assert conflict(wounds, same_report) is not None


def test_a_figure_set_aside_for_another_quantity_says_nothing_of_the_count():
    police = claim(side="police", low=41.0, high=41.0, figure_text="41", subject="", as_of="2030-11-09",
                   published_at="2030-11-09T18:00:00Z")
    ministry = claim(side="ministry", low=47.0, high=47.0, figure_text="47", subject="", as_of="2030-11-10",
                     published_at="2030-11-10T11:00:00Z",
                     text="47 were killed; the bus carried 60, not 41 as the operator said.")
    assert conflict(ministry, police) is None  # the toll grew: the 41 set aside is of passengers
    # (nor a number told in words between: "the bus, carrying sixty, not forty-one as")
    in_words = replace(ministry, claim_id="m9:0", article_id="m9",
                       text="47 were killed; the bus, carrying sixty, not forty-one as the operator said")
    assert conflict(in_words, police) is None



def test_arrests_in_one_town_are_not_arrests_in_another_whichever_report_names_both():
    abidjan = claim(key="detained", measure="detained", subject="", side="police", low=43.0, high=43.0,
                    figure_text="43", places=("yopougon",), region=("abidjan", "bouake", "yopougon"))
    bouake = claim(key="detained", measure="detained", subject="", side="cctm", low=40.0, high=40.0,
                   figure_text="40", places=("bouake",), region=("abidjan", "bouake", "koko"))
    assert conflict(bouake, abidjan) is None
    marchers = replace(abidjan, claim_id="m9:0", article_id="m9", key="participants", measure="participants")
    in_bouake = replace(bouake, key="participants", measure="participants")
    assert conflict(in_bouake, marchers) is not None  # (crowds still meet, as before)



def test_a_county_police_named_with_its_county_is_the_county_police():
    first = claim(side="murang'a county police", speaker="Mr Kiprono", low=9.0, high=9.0, figure_text="nine",
                  subject="", cumulative=True, as_of="2029-01-07", region=("kandara", "murang'a county"))
    later = claim(side="county police", speaker="he", low=14.0, high=14.0, figure_text="14", subject="",
                  cumulative=True, as_of="2029-01-08", region=("kandara", "murang'a county"))
    assert same_side(later, first)


def test_a_march_placed_at_a_spot_is_in_its_reports_town():
    capital = claim(key="participants", measure="participants", subject="", side="police", low=6000.0,
                    high=6000.0, figure_text="6,000", places=("antananarivo",),
                    region=("antananarivo", "toamasina"))
    boulevard = claim(key="participants", measure="participants", subject="", side="organisers",
                      low=15000.0, high=15000.0, figure_text="15,000", places=("boulevard joffre",),
                      article_place="toamasina", region=("antananarivo", "boulevard joffre", "toamasina"))
    assert conflict(boulevard, capital) is None
    in_the_capital = replace(boulevard, article_place="antananarivo")
    assert conflict(in_the_capital, capital) is not None
    names_the_spot = replace(capital, region=("antananarivo", "boulevard joffre", "toamasina"))
    assert conflict(boulevard, names_the_spot) is not None  # (the other report names it too)


def test_cases_of_two_diseases_named_apart_are_two_counts():
    cholera = claim(kind="event", key="cases", measure="cases", subject="", side="ministry",
                    polarity="negate", low=None, high=None, qualifier="", figure_text="",
                    text="The health ministry said there were no cases of cholera in Oran.")
    poisoning = claim(kind="event", key="cases", measure="cases", subject="", side="officials",
                      low=None, high=None, qualifier="", figure_text="",
                      text="Health officials in Oran confirmed a collective food poisoning at a wedding.")
    assert conflict(poisoning, cholera) is None
    again = replace(poisoning, text="Health officials in Oran confirmed a cholera outbreak at a wedding.")
    assert conflict(again, cholera) is not None


def test_an_outbreak_denied_then_confirmed_ten_days_later_is_one_outbreak():
    denied = claim(kind="event", key="cases", measure="cases", subject="", side="health department",
                   polarity="negate", low=None, high=None, qualifier="", figure_text="",
                   as_of="2030-08-09", published_at="2030-08-09T10:00:00Z", places=("savannakhet",),
                   text="There are no cases of chikungunya in Savannakhet.")
    confirmed = claim(kind="figure", key="cases", measure="cases", subject="", side="ministry", low=27.0,
                      high=27.0, figure_text="27", as_of="2030-08-19", published_at="2030-08-19T10:00:00Z",
                      places=("savannakhet",),
                      text="The ministry confirmed an outbreak of chikungunya with 27 cases.")
    assert conflict(confirmed, denied) is not None
    months_on = replace(confirmed, as_of="2030-10-16", published_at="2030-10-16T10:00:00Z")
    assert conflict(months_on, denied) is None
    counted = replace(confirmed, text="As of Monday, 27 cases of chikungunya had been reported.")
    assert conflict(counted, denied) is None  # (a count told since, not the outbreak confirmed)
    unconfirmed = replace(confirmed, text="The WHO said 27 cases were reported, but none has been confirmed.")
    assert conflict(unconfirmed, denied) is None
    elsewhere = replace(confirmed, places=("ubon ratchathani",), region=("thailand", "ubon ratchathani"))
    assert conflict(elsewhere, denied) is None  # (a neighbouring country's outbreak)
    nowhere = replace(denied, places=())
    assert conflict(confirmed, nowhere) is None  # (a denial of no place is not stretched)
    untagged = replace(denied, places=(), region=("savannakhet", "xayphouthong"))
    assert conflict(confirmed, untagged) is not None  # (the place its words name, untagged)


def test_a_days_turnout_given_a_week_after_another_is_of_another_day():
    week_one = claim(key="participants", measure="participants", unit="%", low=27.0, high=27.0,
                     side="operator", as_of="2031-01-14", published_at="2031-01-14T12:00:00Z", subject="")
    week_two = claim(key="participants", measure="participants", unit="%", low=95.0, high=95.0,
                     side="union", as_of="2031-01-21", published_at="2031-01-21T12:00:00Z", subject="")
    assert conflict(week_two, week_one) is None
    next_day = claim(key="participants", measure="participants", unit="%", low=95.0, high=95.0,
                     side="union", as_of="2031-01-15", published_at="2031-01-15T12:00:00Z", subject="")
    assert conflict(next_day, week_one) is not None



def test_a_report_that_names_only_its_country_tells_the_story_whose_names_it_shares():
    company = claim(side="goldvale", low=9.0, high=9.0, figure_text="nine", subject="", cumulative=True,
                    region=("south africa",), names=("doornpan", "goldvale", "south africa"),
                    as_of="2031-01-13", published_at="2031-01-13T15:00:00Z")
    union = claim(side="union", low=14.0, high=14.0, figure_text="14", subject="", cumulative=True,
                  region=("welkom",), names=("doornpan", "goldvale", "num"),
                  as_of="2031-01-13", published_at="2031-01-13T20:30:00Z")
    assert conflict(union, company) is not None
    other_story = replace(union, claim_id="u9:0", article_id="u9", names=("kloof", "sibanye", "num"))
    assert conflict(other_story, company) is None
    # (not a count its own sentence places: "at Goldvale's Kroonkop mine near Carletonville")
    other_mine = replace(union, claim_id="u8:0", article_id="u8", places=("carletonville",))
    assert conflict(other_mine, company) is None


def test_a_villages_denial_after_an_earthquake_is_of_the_village_not_the_provinces_toll():
    quake = dict(topics=("earthquake",), measure="deaths", key="deaths", subject="", names=("bejaia",))
    spared = claim(
        **quake, side="civil protection", kind="event", low=None, high=None, qualifier="", figure_text="",
        polarity="negate", places=("tala ouzrou",), region=("bejaia", "tala ouzrou"),
    )
    province = claim(
        **quake, side="red crescent", low=52.0, high=None, qualifier="at_least", places=("bejaia",)
    )
    village = claim(**quake, side="red crescent", low=3.0, high=3.0, places=("tala ouzrou",))
    assert conflict(province, spared) is None
    assert conflict(village, spared) is not None
    # (nor the whole quake's toll, placed nowhere, in a report that names the village among others)
    whole = claim(**quake, side="red crescent", low=11.0, high=None, qualifier="at_least", places=(),
                  article_place="kherrata", region=("bejaia", "kherrata", "tala ouzrou"))
    assert conflict(whole, spared) is None
    # (one place's denial outside a disaster meets a count at a spot in it: "no tear gas in Serekunda")
    protest = dict(topics=("protest",), measure="act", key="use|gas", subject="", kind="event", low=None,
                   high=None, qualifier="", figure_text="", names=("serekunda",))
    denied = claim(**protest, side="police", polarity="negate", places=("serekunda",),
                   region=("serekunda", "westfield"))
    fired = claim(**protest, side="witnesses", places=("westfield",))
    assert conflict(fired, denied) is not None


def test_a_warning_never_received_meets_the_letter_sent_whenever_and_whoever_sent_it():
    act = dict(kind="event", key="receive|warning", measure="act", low=None, high=None, figure_text="",
               verb="receive")
    sent = claim(**act, side="union", subject="union", event_date="2031-01-20", as_of="2031-02-07",
                 text="The union said it sent a letter to the mine director on January 20.")
    never = claim(**act, side="company", subject="company", polarity="negate", as_of="2031-02-09",
                  context_date="2031-02-07",
                  text='"The company has never received any written warning from the unions," he said.')
    assert conflict(never, sent) is not None
    # (a denial of one day only keeps to its day)
    that_day = replace(never, claim_id="n9:0", article_id="n9", event_date="2031-02-06",
                       text="The company did not receive any warning on February 6, he said.")
    assert conflict(that_day, sent) is None


@pytest.mark.parametrize("order", ["letter first", "denial first"])
def test_a_warning_never_received_is_looked_up_weeks_from_the_letter_sent(order):
    act = dict(kind="event", key="receive|warning", measure="act", low=None, high=None, figure_text="",
               verb="receive")
    sent = claim(**act, side="union", subject="union", event_date="2031-02-24", as_of="2031-03-09",
                 text="According to him, the union sent a written warning to management on February 24.")
    never = claim(**act, side="company", subject="company", polarity="negate", as_of="2031-03-12",
                  context_date="2031-03-12", published_at="2031-03-12T12:00:00Z",
                  text='"The company has never received any letter or warning from the union," it said.')
    first, then = (sent, never) if order == "letter first" else (never, sent)
    det = Detector({})
    det.detect(first)
    assert len(det.detect(then)) == 1  # (filed 16 days apart by the days each names)
    # (a denial that names its day keeps to it)
    that_day = replace(never, claim_id="n8:0", article_id="n8", event_date="2031-03-12",
                       text="The company said it at no point received a warning on Thursday.")
    assert conflict(that_day, sent) is None


def test_a_count_its_teller_called_final_has_not_grown_into_anothers_higher_one():
    told = dict(key="deaths", measure="deaths", subject="", names=("musonoi",), cumulative=True)
    company = claim(**told, side="mdm", speaker="MDM", low=16.0, high=16.0, figure_text="16",
                    as_of="2031-03-12", published_at="2031-03-12T17:00:00Z",
                    text="MDM ended the rescue, putting the final death toll at 16.")
    union = claim(**told, side="union", speaker="The union", low=23.0, high=None, qualifier="at_least",
                  figure_text="at least 23", as_of="2031-03-13", published_at="2031-03-13T09:00:00Z",
                  text="The union said at least 23 miners died in the collapse.")
    assert conflict(union, company) is not None
    running = replace(company, text="MDM said the death toll had reached 16.")
    assert conflict(union, running) is None  # (a little higher a day later: grown)
    hedged = replace(company, text="MDM said 16 miners died and warned the final death toll could rise.")
    assert conflict(union, hedged) is None


def test_those_taken_in_one_abduction_do_not_grow_into_anothers_count():
    told = dict(key="captured", measure="captured", subject="", names=("dabaga",), context_date="2031-03-11")
    army = claim(**told, side="defence ministry", low=23.0, high=23.0, figure_text="twenty-three",
                 as_of="2031-03-11", published_at="2031-03-11T21:00:00Z",
                 text="The ministry said twenty-three employees were abducted.")
    families = claim(**told, side="families", low=41.0, high=41.0, figure_text="41", as_of="2031-03-21",
                     published_at="2031-03-21T10:00:00Z",
                     text='"41 people were taken from the Dabaga camp," their spokesman said.')
    assert conflict(families, army) is not None
    # (a war's prisoners, a count that only grows, may have grown)
    war = dict(told, subject="ukraine military")
    assert conflict(replace(families, **war), replace(army, **war)) is None


def test_a_country_acts_by_its_forces():
    act = dict(kind="event", key="cross|border", measure="act", low=None, high=None, figure_text="",
               verb="cross")
    crossed = claim(**act, side="mauritania", subject="mali troop", text="Malian soldiers crossed over.")
    never = claim(**act, side="mali", subject="troop", polarity="negate",
                  text="Bamako said its soldiers had never set foot on Mauritanian territory.")
    assert conflict(never, crossed) is not None
    theirs = replace(crossed, subject="mauritania troop", text="Mauritanian troops crossed the border.")
    assert conflict(never, theirs) is None  # (another country's forces than the speaker's own)
    assert conflict(replace(never, subject="mali"), replace(crossed, subject="eritrea troop")) is None
    refugees = replace(crossed, subject="mali", text="Malian refugees crossed the border.")
    assert conflict(never, refugees) is None  # (no force of Mali's)


def test_a_plan_for_a_plant_named_with_its_kind_is_a_plan_for_that_plant():
    act = dict(kind="event", key="close|packing plant", measure="act", low=None, high=None, figure_text="",
               verb="close", side="tropicalia", subject="tropicalia", names=("tropicalia", "siquirres"))
    denied = claim(**act, polarity="negate", as_of="2031-03-04", published_at="2031-03-04T12:00:00Z",
                   text='"There is no plan to close the Siquirres packing plant," the company said.')
    announced = claim(**act, as_of="2031-03-25", published_at="2031-03-25T12:00:00Z", places=("siquirres",),
                      text="Tropicalia will close its packing plant in Siquirres by the end of June.")
    assert conflict(announced, denied) is not None  # (three weeks on: the company turned)
    other = replace(denied, text='"There is no plan to close the Guapiles packing plant," the company said.')
    assert conflict(announced, other) is None
    german = replace(denied, text='"There is no plan to close the German engine plant," the company said.')
    assert conflict(replace(announced, places=(), text="Tropicalia will close its German battery plant."),
                    german) is None  # (whose plant, not which)


def test_a_count_told_after_the_others_toll_of_the_same_moment_has_not_grown_from_it():
    told = dict(key="deaths", measure="deaths", subject="", names=("guerrero",), cumulative=True)
    federal = claim(**told, side="civil protection", low=23.0, high=23.0, figure_text="23",
                    as_of="2031-03-20", published_at="2031-03-20T19:00:00Z",
                    text="Civil Protection said the quake killed 23 people.")
    state = claim(**told, side="governor", low=34.0, high=34.0, figure_text="34", as_of="2031-03-21",
                  published_at="2031-03-21T14:00:00Z",
                  text="On Thursday night, the state's count stood at 34 dead, the governor said, several "
                       "hours after federal authorities gave a toll of 23.")
    assert conflict(state, federal) is not None
    grown = replace(state, text="The state's count stood at 34 dead, the governor said.")
    assert conflict(grown, federal) is None  # (a little higher a day later: grown)
    initial = replace(state, text="The state's count stood at 34 dead, hours after federal authorities "
                                  "gave an initial toll of 23.")
    assert conflict(initial, federal) is None


def test_a_strikes_turnout_told_bare_in_a_report_of_the_port_is_the_ports():
    told = dict(key="participants", measure="participants", subject="", unit="%", topics=("strike",),
                names=("buenaventura",))
    union = claim(**told, side="union", low=95.0, high=95.0, figure_text="95%", places=("buenaventura",),
                  region=("buenaventura", "cali"), text="Buenaventura's dockers struck, 95% of them.")
    port = claim(**told, side="port", low=18.0, high=18.0, figure_text="18%", article_place="buenaventura",
                 region=("bogota", "colombia"), text="Turnout was 18%, the port operator said.")
    assert conflict(port, union) is not None
    vote = dict(topics=("election",))
    assert conflict(replace(port, **vote), replace(union, **vote)) is None  # (a city's, not the vote's)
    # (a city set as one scene of a national strike is that city's)
    paris = replace(union, places=("paris",), text="In Paris, the union said 65 percent walked out.")
    assert conflict(replace(port, article_place="paris"), paris) is None


def test_a_count_across_the_province_meets_the_provinces_own():
    told = dict(key="destroy|home", measure="destroy|home", subject="", topics=("earthquake",),
                names=("highlands", "eastern"), region=("eastern highlands", "kainantu"), as_of="2031-04-14",
                event_date="2031-04-14")
    centre = claim(**told, side="disaster centre", low=360.0, high=440.0, qualifier="about",
                   figure_text="400",
                   places=("eastern highlands",), published_at="2031-04-14T10:00:00Z",
                   text="The quake struck Eastern Highlands province, destroying about 400 houses, "
                        "the centre said.")
    governor = claim(**told, side="governor", low=3600.0, high=4400.0, qualifier="about", figure_text="4,000",
                     places=("*nationwide",), published_at="2031-04-15T10:00:00Z",
                     text="The governor said some 4,000 houses had been destroyed across the province.")
    assert conflict(governor, centre) is not None
    # (across the country is more than one province)
    country = replace(governor, text="Some 4,000 houses had been destroyed across the country.")
    assert conflict(country, centre) is None
    # (nor across a province by name another: "across Hiraan" is Hiraan's)
    named = replace(governor, text="Some 4,000 houses had been destroyed across Eastern Highlands.")
    assert conflict(named, centre) is not None
    elsewhere = replace(named, text="Some 4,000 houses had been destroyed across Morobe.")
    assert conflict(elsewhere, centre) is None


def test_a_denial_its_side_took_back_meets_no_figure_told_after():
    cuts = dict(key="job_cuts|hallberg", measure="job_cuts", subject="hallberg", speaker="Hallberg",
                side="hallberg")
    denial = claim(**cuts, kind="event", low=None, high=None, polarity="negate", as_of="2025-03-05")
    announced = claim(**cuts, low=2150.0, high=2150.0, figure_text="2,150", as_of="2025-03-27")
    union = claim(**{**cuts, "speaker": "The union", "side": "union"}, low=3400.0, high=3400.0,
                  figure_text="3,400", as_of="2025-03-28")
    assert conflict(union, denial) is not None  # (alone, the two disagree)
    store: dict[str, Any] = {}
    det = Detector(store)
    det.detect(denial)
    det.detect(announced)
    # the union's figure meets the company's announcement, not the denial it has taken back
    assert [a.conflicts_with.claim_id for a in det.detect(union)] == [announced.claim_id]


def test_no_cases_in_our_own_sites_meets_only_cases_told_of_them():
    told = dict(key="cases", measure="cases", subject="", topics=("outbreak",), as_of="2031-04-14")
    denial = claim(**told, kind="event", low=None, high=None, polarity="negate", side="education director",
                   text='"There is no food poisoning in our schools," the education director said.')
    schools = claim(**told, kind="event", low=None, high=None, side="health ministry",
                    text="The ministry confirmed an outbreak of food poisoning linked to school meals.")
    assert conflict(schools, denial) is not None
    prisons = replace(denial, text='"There are no cholera cases in our prisons," the prisons service said.')
    capital = claim(**told, low=400.0, high=400.0, figure_text="400", side="health ministry",
                    text="The ministry said 400 cholera cases had been recorded in the capital.")
    assert conflict(capital, prisons) is None


def test_all_accounted_for_days_later_is_what_is_left_not_a_dispute():
    told = dict(key="missing", subject="", topics=("collapse",), names=("bellmore",))
    trapped = claim(**told, measure="trapped", side="company", low=23.0, high=23.0, figure_text="23",
                    as_of="2031-04-06",
                    text="Twenty-three miners were trapped underground, the company said.")
    accounted = claim(**told, measure="missing", kind="event", side="government", low=None, high=None,
                      polarity="negate", as_of="2031-04-09", verb="account",
                      text='"All 27 miners who were trapped have now been accounted for," the ministry '
                           'said.')
    assert conflict(accounted, trapped) is None
    # (a side's own soldiers "accounted for" is its count of them, disputed)
    soldiers = dict(subject="chad military", measure="missing")
    assert conflict(replace(accounted, **soldiers), replace(trapped, **soldiers)) is not None


def test_everyone_now_accounted_for_a_day_after_two_were_missing_is_no_dispute():
    told = dict(key="missing", measure="missing", subject="", topics=("explosion",), names=("ekibastuz",))
    missing = claim(**told, side="newspaper", low=2.0, high=2.0, figure_text="Two", as_of="2031-07-08",
                    text="Two workers are still missing.")
    found = claim(**told, kind="event", side="company", low=None, high=None, polarity="negate",
                  as_of="2031-07-09", verb="account",
                  text='"Every person who was on the shift has now been accounted for," the company said.')
    assert conflict(found, missing) is None
    # (but the same day, or without its "now", one denies the other)
    assert conflict(replace(found, as_of="2031-07-08"), missing) is not None
    unchanged = replace(found, text="Every person on the shift is accounted for, it said.")
    assert conflict(unchanged, missing) is not None
    # (a "now" of something else: "no workers were missing and the fire is now under control")
    elsewhere = replace(found, text="The company said no workers were missing and that the fire is "
                                    "now under control.")
    assert conflict(elsewhere, missing) is not None


def test_no_flight_cancelled_on_one_strike_day_says_nothing_of_the_next():
    told = dict(key="cancel|flight", topics=("strike",), names=("podgorica",), places=("podgorica",))
    denied = claim(**told, kind="event", measure="act", side="operator", low=None, high=None,
                   polarity="negate", as_of="2031-08-09",
                   text='"No flight was cancelled at Podgorica airport."')
    counted = claim(**told, measure="cancel|flight", side="union", low=21.0, high=21.0, figure_text="21",
                    event_date="2031-08-15", as_of="2031-08-15",
                    text="The union said 21 flights had been cancelled across the two airports on Friday.")
    assert conflict(counted, denied) is None
    assert conflict(replace(counted, event_date="2031-08-09", as_of="2031-08-09"), denied) is not None
    # (but a denial of every day of the strike meets any of them)
    throughout = replace(denied, text="Not a single flight has been cancelled since the strike began.")
    assert conflict(counted, throughout) is not None


def test_a_rate_of_a_country_named_is_the_country_wide_rate():
    told = dict(key="participants", measure="participants", unit="%", topics=("strike",), names=("jamaica",),
                event_date="2031-07-16", as_of="2031-07-16", published_at="2031-07-16T12:00:00Z")
    union = claim(**told, side="union", low=92.0, high=92.0, figure_text="92 percent", places=("jamaica",),
                  text="Jamaica's nurses staged a second strike, and their union said 92 percent took part.")
    ministry = claim(**told, side="ministry", low=38.0, high=38.0, figure_text="38 percent",
                     text="The health ministry said 38 percent of rostered nurses stayed away from work.")
    assert conflict(ministry, union) is not None
    # (not a town's: "turnout in Kingston")
    assert conflict(ministry, replace(union, places=("kingston",))) is None


def test_a_place_within_the_area_a_quake_struck_counts_a_part_of_its_toll():
    quake = dict(topics=("earthquake",), subject="", names=("colca", "caylloma"))
    valley = claim(**quake, speaker="regional government", side="government", places=("colca",),
                   region=("colca", "arequipa"), low=23.0, high=23.0, figure_text="23",
                   text="The death toll from the earthquake in the Colca valley has reached 23.")
    hamlet = claim(**quake, speaker="survivors", side="survivor", places=("quillcapampa",),
                   region=("quillcapampa", "colca", "caylloma province"), low=11.0, high=11.0,
                   figure_text="11")
    assert conflict(hamlet, valley) is None
    # (a part above the whole cannot be: both are not right)
    assert conflict(replace(hamlet, low=40.0, high=40.0, figure_text="40"), valley) is not None



def test_what_a_boat_may_carry_holds_whatever_month_is_named_beside_it():
    licence = dict(kind="figure", key="capacity", measure="capacity", subject="", names=("kivu",))
    operator = claim(**licence, speaker="operator", side="operator", low=80.0, high=80.0, figure_text="80",
                     as_of="2022-06-27")
    commission = claim(**licence, speaker="commission", side="commission", low=0.0, high=60.0,
                       qualifier="up_to", figure_text="a maximum of 60", period="m3", as_of="2022-06-30")
    assert conflict(commission, operator) is not None


def test_a_town_another_report_names_in_passing_is_no_part_of_its_town():
    quake = dict(topics=("earthquake",), subject="", names=("hatay", "gaziantep"))
    hatay = claim(**quake, speaker="AFAD", side="afad", places=("hatay",), region=("hatay", "gaziantep"),
                  text="In Hatay, 452 people were killed, the disaster agency AFAD said.",
                  low=452.0, high=452.0, figure_text="452")
    gaziantep = claim(**quake, speaker="mayor", side="mayor", places=("gaziantep",), region=("gaziantep",),
                      text="In Gaziantep, 13 people were killed, the city's mayor said.",
                      low=13.0, high=13.0, figure_text="13")
    # (neither counts over an area: two towns' tolls, not a part and its whole)
    assert conflict(gaziantep, hatay) is None


def test_two_claims_of_one_month_meet_whenever_they_are_told():
    # "There was no burst on the Serowe supply network in August" (said on 5 September, in a
    # report of the 24 August burst) against "a main pipe had burst near Serowe in late August"
    # (said on 9 September)
    burst = dict(kind="event", key="be|burst", measure="act", low=None, high=None, qualifier="",
                 subject="", verb="be", period="m8")
    denied = claim(**burst, polarity="negate", side="wuc", speaker="A spokesperson",
                   context_date="2031-08-24", as_of="2031-09-05", published_at="2031-09-05T09:00:00Z")
    told = claim(**burst, polarity="affirm", side="ministry", speaker="The ministry", as_of="2031-09-09",
                 published_at="2031-09-09T09:00:00Z")
    assert conflict(told, denied) is not None


@pytest.mark.parametrize("denied, given", [
    ('"Management has never received any warning, written or verbal," she said.',
     "The inspectorate said it had ordered the company in June to replace valves."),
    # ("no warning of any kind": none ever, as "never")
    ('"We received no warning of any kind about the stability of level four," he said.',
     "The union said it had warned the company in writing in June."),
])
def test_a_warning_never_received_meets_one_given_in_a_month_named(denied, given):
    warning = dict(kind="event", key="receive|warning", measure="act", low=None, high=None,
                   qualifier="", subject="", verb="receive")
    never = claim(**warning, polarity="negate", side="company", speaker="The company", as_of="2031-10-08",
                  text=denied)
    ordered = claim(**warning, polarity="affirm", side="inspectorate", speaker="The inspectorate",
                    period="m6", as_of="2031-10-09", event_date="2031-10-07", text=given)
    assert conflict(ordered, never) is not None


def test_a_union_never_consulted_meets_representatives_consulted_in_a_month_named():
    told = dict(kind="event", key="consult|workforce", measure="act", low=None, high=None, qualifier="",
                subject="", verb="consult")
    consulted = claim(**told, polarity="affirm", side="company", speaker="The company", period="m11",
                      as_of="2031-12-09", text="The company said employee representatives had been consulted "
                                               "on the plan in November.")
    never = claim(**told, polarity="negate", side="union", speaker="The union", as_of="2031-12-10",
                  text="Georgieva said the union had never been consulted.")
    assert conflict(never, consulted) is not None


def test_told_is_not_consulted():
    staff = dict(kind="event", measure="act", low=None, high=None, qualifier="", subject="")
    informed = claim(**staff, key="inform|workforce", verb="inform", polarity="affirm", side="company",
                     speaker="The company", as_of="2031-12-09",
                     text="The works council was informed of the plan on Tuesday, the company said.")
    unconsulted = claim(**staff, key="consult|workforce", verb="consult", polarity="negate", side="union",
                        speaker="The union", as_of="2031-12-10",
                        text="Employee representatives had not been consulted, the union said.")
    assert conflict(unconsulted, informed) is None


def test_a_total_on_both_days_told_as_a_total_is_a_sum():
    strike = dict(measure="participants", key="participants", side="union", speaker="The union")
    both = claim(**strike, low=25000.0, high=25000.0,
                 text="In all, 25,000 nurses joined the strike on both days.")
    tuesday = claim(measure="participants", key="participants", low=9000.0, high=9000.0, side="ministry",
                    speaker="The ministry", text="The ministry said 9,000 nurses stayed away on Tuesday.")
    assert conflict(both, tuesday) is None


def test_a_states_police_named_with_its_country_are_the_police_the_witnesses_saw():
    denial = claim(kind="event", key="use|gas", measure="act", verb="deploy", subject="ghana police",
                   low=None, high=None, figure_text="", polarity="negate", side="service",
                   speaker="The service",
                   text="The Ghana Police Service did not deploy tear gas at the march.")
    seen = claim(kind="event", key="use|gas", measure="act", verb="fire", subject="police", low=None,
                 high=None, figure_text="", side="witness", speaker="Witnesses",
                 text="Witnesses saw officers fire tear gas canisters into the crowd.")
    assert conflict(denial, seen) is not None


def test_a_village_said_spared_and_said_struck_disagree():
    base = dict(kind="event", key="struck|community", measure="act", verb="struck", subject="", low=None,
                high=None, figure_text="", topics=("earthquake",))
    spared = claim(**base, polarity="negate", side="ndc", speaker="NDC", places=("baira",),
                   text="Baira was not affected, the official said.")
    buried = claim(**base, side="governor", speaker="The governor", places=("baira",),
                   text="The governor said the village of Baira had been buried by a landslide.")
    assert conflict(buried, spared) is not None
    assert conflict(replace(buried, places=("kainantu",)), spared) is None  # another village


def test_no_ransom_paid_denies_a_payment_whatever_day_its_sentence_names():
    base = dict(key="pay|ransom", subject="", names=("koui",), topics=())
    denial = claim(**base, kind="event", measure="act", verb="pay", low=None, high=None, figure_text="",
                   polarity="negate", side="government", speaker="The government", event_date="2031-12-14",
                   as_of="2031-12-20", places=("bocaranga-koui",),
                   text="The government said those abducted on Sunday were freed and no ransom was paid.")
    paid = claim(**base, measure="pay|ransom", low=1.5e6, high=1.5e6, figure_text="1.5 million",
                 unit="franc", side="family", speaker="Martine Yakite", event_date="2031-12-18",
                 as_of="2031-12-20",
                 places=("koui",), text="Her family had paid 1.5 million CFA francs to the kidnappers.")
    # (Koui ends the Bocaranga-Koui road the abduction was on)
    assert conflict(paid, denial) is not None


@pytest.mark.parametrize(
    "denial_text",
    ['"No patients have died at the hospital in the past week," he said.',
     '"No patients have died over the weekend," he said.'],
)
def test_no_one_has_died_over_a_span_it_names_is_of_that_span(denial_text):
    denial = claim(kind="event", low=None, high=None, figure_text="", polarity="negate", side="hospital",
                   speaker="The hospital", text=denial_text, as_of="2027-11-08", subject="")
    died = claim(low=1.0, high=None, qualifier="at_least", figure_text="one", side="family",
                 speaker="A relative", subject="", event_date="2027-10-22", as_of="2027-11-11",
                 published_at="2027-11-11T12:00:00Z")
    assert conflict(died, denial) is None


def test_a_denial_of_another_time_its_sentence_names_is_not_of_the_first_day():
    toll = claim(low=2.0, high=2.0, figure_text="two", side="border troops", speaker="Border troops",
                 subject="", context_date="2031-12-02", as_of="2031-12-02")
    again = claim(kind="event", low=None, high=None, figure_text="", polarity="negate", side="governor",
                  speaker="Sarhadi", subject="", event_date="2031-12-03", as_of="2031-12-03",
                  text="Sarhadi said Tajik forces had shelled the district again on Wednesday afternoon, and "
                       "that there had been no casualties this time.")
    assert conflict(again, toll) is None
    plain = replace(again, text="Sarhadi said there had been no casualties on Wednesday.")
    assert conflict(plain, toll) is not None


def test_those_aboard_one_boat_are_counted_of_it_wherever_each_report_is_filed():
    # the survivors' count, filed at the port the boat left, and the officials' days later,
    # filed on the lake: one boat, as the names the reports share say
    names = ("kalya", "kigoma", "mv", "tanganyika", "upendo", "ziwa")
    aboard = dict(key="aboard", measure="aboard", subject="", topics=())
    survivors = claim(**aboard, side="survivor", speaker="survivors", low=130.0, high=None,
                      qualifier="more_than", figure_text="more than 130", places=("kigoma",),
                      region=("kigoma", "maweni"), event_date="2032-01-22", as_of="2032-01-23", names=names)
    officials = claim(**aboard, side="district", speaker="district committee", low=67.5, high=82.5,
                      qualifier="about", figure_text="about 75", article_place="lake tanganyika",
                      region=("lake tanganyika",), as_of="2032-01-27", names=(*names[1:], "esther"))
    assert conflict(officials, survivors) is not None
    det = Detector({})
    det.detect(survivors)
    assert len(det.detect(officials)) == 1
    # (two reports that share a name or two tell of two boats)
    other = replace(officials, claim_id="b1:0", article_id="b1", names=("kigoma", "mv", "baraka"))
    assert conflict(other, survivors) is None


def test_a_figure_far_below_an_estimate_up_to_another_disputes_it():
    border = dict(names=("ak-sai",), measure="deaths", key="deaths")
    kyrgyz = claim(**border, speaker="Border Service", side="kyrgyzstan", subject="tajikistan military",
                   low=0.0, high=20.0, qualifier="up_to", figure_text="up to 20")
    tajik = claim(**border, speaker="Sughd Info Agency", side="tajikistan", subject="military",
                  low=2.0, high=2.0, figure_text="two")
    assert conflict(tajik, kyrgyz) is not None
    # (near it, the estimate holds: "up to 4,500 jobs", then 3,800)
    assert conflict(replace(tajik, low=15.0, high=15.0, figure_text="15"), kyrgyz) is None
    # (nor of a toll that says not whom it counts: "up to 60 soldiers" and "17 killed")
    assert conflict(replace(tajik, subject=""), kyrgyz) is None
    # (nor two estimates each "up to" a figure; nor a day's sum "over the past day")
    up_to_five = replace(tajik, qualifier="up_to", low=0.0, high=5.0, figure_text="up to 5")
    assert conflict(up_to_five, kyrgyz) is None
    assert conflict(tajik, replace(kyrgyz, period="d2022-03-01")) is None
    # a cap reaches to none: "no more than 20"
    assert conflict(tajik, replace(kyrgyz, qualifier="less_than", figure_text="no more than 20")) is None


def test_a_spot_meets_its_reports_town_and_a_spot_of_no_town_meets_another_report():
    march = dict(key="participants", measure="participants", subject="", figure_text="")
    organisers = claim(**march, side="federation", low=45000.0, high=None, qualifier="more_than",
                       places=("university square",), article_place="bucharest",
                       region=("bucharest", "university square"))
    gendarmerie = claim(**march, article_id=organisers.article_id, side="gendarmerie", low=10800.0,
                        high=13200.0, qualifier="about", places=("bucharest",),
                        region=("bucharest", "university square"))
    assert conflict(gendarmerie, organisers) is not None  # (one report: the square is in its town)
    other_town = replace(gendarmerie, places=("cluj-napoca",), region=("bucharest", "cluj-napoca"))
    assert conflict(other_town, organisers) is None
    # a press release that names only "Piața Victoriei", no town
    release = claim(**march, side="gendarmerie", low=10800.0, high=13200.0, qualifier="about",
                    places=("piata victoriei",), region=())
    assert conflict(release, organisers) is not None
    in_a_town = replace(release, region=("cluj-napoca",), article_place="cluj-napoca")
    assert conflict(in_a_town, organisers) is None
