"""Extraction, as tables of sentences and the claims expected from them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimwatch.clean import clean_article
from claimwatch.detect import Detector, conflict, explain
from claimwatch.extract import ClaimExtractor, company_name
from schemas import Article, Claim

PUBLISHED = "2022-03-02T12:00:00Z"  # a Wednesday


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor()


def claims_of(extractor: ClaimExtractor, body: str, published: str = PUBLISHED) -> list[Claim]:
    article = Article("t1", "Test Wire", published, "", body)
    return extractor.extract(clean_article(article))


def only(claims: list[Claim], **where: Any) -> Claim:
    found = [c for c in claims if all(getattr(c, k) == v for k, v in where.items())]
    assert len(found) == 1, (
        f"expected one claim with {where}, got {[(c.kind, c.key, c.side, c.low) for c in claims]}"
    )
    return found[0]


# sentence, expected (low, high, qualifier)
QUALIFIERS = [
    ("Officials said 14 people died in the floods.", (14, 14, "exact")),
    ("Officials said about 15 people died in the floods.", (13.5, 16.5, "about")),
    ("Officials said some 4,300 soldiers were killed.", (3870, 4730, "about")),
    ("Officials said nearly 300 people died in the floods.", (270, 300, "nearly")),
    ("Officials said more than 5,840 soldiers were killed.", (5840, None, "more_than")),
    ("Officials said at least 40 people died in the floods.", (40, None, "at_least")),
    ("Officials said 40 or more people died in the floods.", (40, None, "at_least")),
    ("Officials said 30 or so people died in the floods.", (27, 33, "about")),
    ("Officials said no less than 40 people died in the floods.", (40, None, "at_least")),
    # a cap reaches to none; an estimate "up to" a figure is read near it (row.UP_TO_FLOOR)
    ("Officials said not more than 60 people died in the floods.", (0, 60, "less_than")),
    ("Officials said up to 60 people died in the floods.", (0, 60, "up_to")),
    ("Officials said between 2,500 and 3,000 people died in the floods.", (2500, 3000, "range")),
    ("Officials said twelve people died in the floods.", (12, 12, "exact")),
    ("Officials said 1.2 million people marched in the capital.", (1_200_000, 1_200_000, "exact")),
    ('"More than 120,000 people have fled their homes," the governor said.', (120_000, None, "more_than")),
    (
        '"More than 120,000 of our compatriots have been driven out of Nyabiondo and the surrounding '
        'villages," the spokesman said.',
        (120_000, None, "more_than"),
    ),
    (
        "Tens of thousands of people marched through the capital on Saturday, organisers said.",
        (20_000, 99_999, "vague"),
    ),
    # "several hundred" is a few hundred, not one hundred
    ("Police said several hundred people marched through the town.", (200, 900, "vague")),
    ("Police said a few thousand people marched through the town.", (2_000, 5_000, "vague")),
    ("Police said several hundred thousand people marched.", (200_000, 900_000, "vague")),
]


@pytest.mark.parametrize(("sentence", "expected"), QUALIFIERS)
def test_qualifiers(extractor, sentence, expected):
    claim = only(claims_of(extractor, sentence), kind="figure")
    low, high, qualifier = expected
    assert claim.qualifier == qualifier
    assert claim.low == pytest.approx(low) if low is not None else claim.low is None
    assert claim.high == pytest.approx(high) if high is not None else claim.high is None


def test_percentages_and_units(extractor):
    claim = only(
        claims_of(extractor, "The statistics office said the economy grew 2.1% in the first quarter."),
        kind="figure",
    )
    assert (claim.unit, claim.low, claim.key) == ("%", 2.1, "change|economy")


@pytest.mark.parametrize("sign", ["%", " percent"])
def test_a_percentage_reads_the_same_however_written(extractor, sign):
    claim = only(claims_of(extractor, f"Turnout was 38{sign}, the opposition said."), kind="figure")
    assert (claim.unit, claim.low, claim.key, claim.side) == ("%", 38.0, "participants", "opposition")


# sentence, measure, subject
MEASURES = [
    ("Ukraine says it has killed 4,300 Russian soldiers.", "deaths", "russia military"),
    ("The army said 120 Ukrainian troops were wounded.", "injured", "ukraine military"),
    ("Kyiv said it had taken 200 Russian soldiers prisoner.", "captured", "russia military"),
    ("The ministry said three citizens were martyred in the raid.", "deaths", "civilian"),
    ("The army said 41 terrorists had been neutralised.", "deaths", "militant"),
    ("Ukraine brought home 146 servicemen from Russian captivity.", "released", "ukraine"),
    # a state's forces and an armed group's fighters are two quantities
    ("The government said its forces had killed more than 70 militants.", "deaths", "militant"),
    ("The group said it lost only four of its fighters.", "deaths", "militant"),
    ("The army said 12 soldiers fell in the fighting.", "deaths", "military"),
    ("The ministry said 37 servicemen laid down their weapons.", "captured", "military"),
    ("The toll on the friendly side is of 7 soldiers fallen with arms in hand.", "deaths", "military"),
    ("The toll on the friend side is 4 dead, the army said.", "deaths", "military"),
    ("A security source put the army's toll at about 30 dead.", "deaths", "military"),
    ("The army put its own losses at six dead, the statement said.", "deaths", "military"),
    ("The army put the enemy's losses at 40 dead, the statement said.", "deaths", ""),
    ("The toll is as follows: on the friendly side, 6 killed.", "deaths", "military"),
    ("Gunmen killed three passengers near Nioro, the union said.", "deaths", "civilian"),
    ("The carmaker will cut 4,000 jobs, people familiar with the plans said.", "job_cuts", ""),
    ("The union said 40,000 workers were on strike on Tuesday.", "participants", ""),
    ("The number of people killed has risen to 35, officials said.", "deaths", ""),
    ("The number of people fleeing the fighting has passed 41,000, the UN said.", "displaced", ""),
    ("The ministry said 9,500 strikers stopped work.", "participants", ""),
    ("The ministry said 9,800 people had crossed the border since September 24.", "displaced", "abroad"),
    ("Officials said 300 people crossed into Velmar on Monday.", "displaced", "abroad"),
    ("The army said 5,000 troops crossed the border.", "cross|people", "military"),
    ("The ministry said only 4,800 employees did not come to work on Tuesday.", "participants", ""),
    ("The ministry said 3,000 nurses did not show up for work.", "participants", ""),
    ("About 2,000 teachers stayed away from work, the union said.", "participants", ""),
    ("The carmaker employs 12,000 people, the company said.", "workforce", ""),
    ("Organisers said 120,000 people took part in the march.", "participants", ""),
    ("The City Police estimated the crowd at 18,000 people.", "participants", ""),
    ("The number of dead has climbed to 40, officials said.", "deaths", ""),
    ("The company said it would shed about 1,200 positions.", "job_cuts", ""),
    ("The bank confirmed it would lay off 1,200 staff.", "job_cuts", ""),
    ("The village chief said 17 people were still unaccounted for.", "missing", ""),
    # (the model lemmatises "unaccounted" as "unaccounte", and reads the clause as its own)
    ("The search ended with the toll at 17 and, the navy said, seven people still unaccounted for.",
     "missing", ""),
    ("The union said the real unemployment rate was above 42 percent.", "unemployment", ""),
    ("Youth unemployment stood at 62.4%, the agency said.", "unemployment", "youth"),
    ("Ukraine's General Staff said Russia had lost 1,090 troops.", "deaths", "russia military"),
    ("Police put the crowd at about 3,000 people.", "participants", ""),
    ("The CGT said adherence to the stoppage reached 90 percent nationwide.", "participants", ""),
    ("Police said 35 people were detained.", "detained", ""),
    ("Officials said 12 people lost their lives in the blaze.", "deaths", ""),
    ("Sixty-four passengers were stuck in the cabins, rescuers said.", "trapped", "civilian"),
    ("Fifty-eight passengers were left stranded in two cabins, the operator said.", "trapped", "civilian"),
]


@pytest.mark.parametrize(
    ("sentence", "key", "low"),
    [
        ("The union said more than 80 per cent of rostered nurses stopped work.", "participants", 80.0),
        ("The union said more than 200 planned operations had to be postponed.", "postpone|operation", 200.0),
    ],
)
def test_figures_written_in_more_words_than_one(extractor, sentence, key, low):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert (claim.key, claim.low) == (key, low)


def test_there_is_the_one_place_of_the_sentence_before(extractor):
    claims = claims_of(extractor, "The strike followed an eight-hour walkout in Auckland on Tuesday. "
                                  "Health NZ says 2150 nurses took part there.")
    assert only(claims, kind="figure").places == ("auckland",)
    (claim,) = claims_of(extractor, "Police said there were 40 people injured.")
    assert claim.places == ()


def test_the_wounded_told_after_some_of_a_sides_dead_are_of_that_side(extractor):
    claims = claims_of(extractor, "Peru's command said two of its soldiers were killed and three wounded.")
    assert {c.measure: c.subject for c in claims if c.kind == "figure"} == {
        "deaths": "peru military", "injured": "peru military"}


def test_a_count_that_led_to_what_was_dismissed_is_not_dismissed(extractor):
    sentence = ("The Ministry of Health has dismissed reports of a Marburg virus outbreak in Kasese District "
                "after four members of the same family died within a week.")
    claim = only(claims_of(extractor, sentence), measure="deaths")
    assert claim.kind == "figure"
    assert claim.places == ("kasese district",)  # a disease named after a town places nothing
    claim = only(claims_of(extractor, "The army dismissed claims that 40 soldiers died."), measure="deaths")
    assert claim.kind == "rejection"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The army said there were no losses among the army's aircraft on Tuesday.", None),
        ("Kenya's police service said it had suffered no casualties during the protests.", ""),
    ],
)
def test_losses_of_things_and_a_services_own_are_no_forces_dead(extractor, sentence, subject):
    deaths = [c.subject for c in claims_of(extractor, sentence) if c.measure == "deaths"]
    assert deaths == ([] if subject is None else [subject])


@pytest.mark.parametrize(
    "body",
    [
        "The minister flew to Geneva for talks. Speaking there, he said 300 civilians had been killed.",
        "Three protesters who were standing near Zelensky were arrested on Tuesday, police in Kyiv said.",
    ],
)
def test_where_a_speaker_or_a_person_stood_places_no_event(extractor, body):
    assert all(not c.places for c in claims_of(extractor, body) if c.kind == "figure")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Avalanches killed 5 skiers in the Alps on Tuesday, rescuers said.", "alps"),
        ("In Gaza fever and diarrhoea have killed 12 children this month, the agency said.", "gaza"),
    ],
)
def test_a_place_named_like_a_disease_or_a_plural_is_still_a_place(extractor, sentence, place):
    assert place in only(claims_of(extractor, sentence), kind="figure").places


def test_a_radioactive_release_is_what_leaked_in_becquerels(extractor):
    claim = only(claims_of(extractor, "SSM said the release amounted to 2.6 gigabecquerels."), kind="figure")
    assert (claim.measure, claim.low, claim.unit) == ("leaked", 2.6e9, "Bq")
    for other in ("Patients were given a dose of 5 megabecquerels of iodine-131.",
                  "The water contains about 190 becquerels of tritium per litre.",
                  "The operator said it would release 1.1 terabecquerels this year."):
        assert all(c.measure != "leaked" for c in claims_of(extractor, other))


def test_a_yearly_toll_is_no_events(extractor):
    claim = only(claims_of(extractor, "Official data shows that more than 80 people are killed by elephants "
                                      "in the state every year."), kind="figure")
    assert claim.long_run
    # (not a yearly event, this year's telling of it counted on its day)
    claim = only(claims_of(extractor, "A stampede on Sunday killed 20 pilgrims at the shrine, which draws "
                                      "millions of visitors every year."), measure="deaths")
    assert not claim.long_run


def test_people_left_without_power_are_not_households(extractor):
    people = only(claims_of(extractor, "The blackout affected some 790,000 residents, the regulator said."),
                  kind="figure")
    homes = only(claims_of(extractor, "The blackout left 265,000 households without power."), kind="figure")
    assert people.measure == homes.measure == "without_power" and people.subject != homes.subject


def test_people_the_model_takes_for_a_place_are_no_place(extractor):
    claim = only(claims_of(extractor, "Pirates abducted six crew members from a fishing trawler at the "
                                      "weekend, Ghana's navy said on Monday."), kind="figure")
    assert claim.places == ()


def test_people_who_lost_something_else_than_their_lives_are_alive(extractor):
    claims = claims_of(extractor, "The doctor said eight survivors had lost their sight.")
    assert not [c for c in claims if c.kind == "figure"]


@pytest.mark.parametrize(("sentence", "measure", "subject"), MEASURES)
def test_measures(extractor, sentence, measure, subject):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert (claim.measure, claim.subject) == (measure, subject)
    assert claim.polarity == "affirm"  # "did not come to work" counts absentees; it denies nothing


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The federation said only 14 vessels suffered delays in Antwerp.", "delay|ship"),
        ("Officials said 300 homes sustained damage in the storm.", "damage|home"),
        ("The airline said 40 flights experienced cancellation on Monday.", "cancel|flight"),
        # what they face is ahead of them
        ("About 300 schools face closure in Lagos state because of the strike.", "face|school"),
    ],
)
def test_what_the_counted_things_underwent_is_the_act_counted(extractor, sentence, key):
    assert only(claims_of(extractor, sentence), kind="figure").key == key


@pytest.mark.parametrize(
    "sentence",
    [
        # a side that keeps to its figure is not stuck anywhere
        "The health ministry stuck to its figure of 30 dead on Tuesday, despite opposition claims of 120.",
        # not yet done, or to be done if
        "Rescuers said 15 miners have yet to be rescued from the flooded mine in Hpakant on Tuesday.",
        "Officials said 5,000 residents will have to be evacuated if the river keeps rising.",
    ],
)
def test_what_is_not_done_is_not_counted_as_done(extractor, sentence):
    measures = {c.measure for c in claims_of(extractor, sentence) if c.polarity == "affirm"}
    assert not measures & {"trapped", "rescued", "displaced"}


def test_a_nationality_the_gazetteer_does_not_know_is_kept_as_written(extractor):
    tuvaluan = only(claims_of(extractor, "The health ministry said three Tuvaluan civilians had died."))
    palauan = only(claims_of(extractor, "The ministry said six Palauan civilians had been killed."))
    assert (tuvaluan.subject, palauan.subject) == ("tuvaluan civilian", "palauan civilian")
    assert conflict(tuvaluan, replace(palauan, side="palau")) is None


def test_an_earlier_figure_up_from_is_neither_a_claim_nor_its_day(extractor):
    claims = claims_of(extractor, "The ministry said six civilians had been killed, up from four on Monday.")
    assert [(c.low, c.event_date) for c in claims] == [(6.0, None)]


def test_the_figure_a_speaker_revises_is_not_a_claim_it_makes(extractor):
    text = ("The builder said on Monday that 58 people were working on the stand when its roof collapsed, "
            "revising the figure of 46 it gave on the day of the accident.")
    assert [c.low for c in claims_of(extractor, text) if c.key == "aboard"] == [58.0]
    # (the number it was revised to is its claim)
    text = "The ministry revised the death toll to 58."
    assert [c.low for c in claims_of(extractor, text)] == [58.0]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The floods have left 31 people dead and eight missing.", [("deaths", 31.0), ("missing", 8.0)]),
        ("The storm left 12 people injured, officials said.", [("injured", 12.0)]),
        ("Police said two were still missing.", [("missing", 2.0)]),
    ],
)
def test_each_count_left_in_a_state_is_of_that_state(extractor, sentence, figures):
    assert [(c.measure, c.low) for c in claims_of(extractor, sentence)] == figures


def test_two_dozen_is_a_round_twenty_four(extractor):
    claim = only(claims_of(extractor, "The union said two dozen workers were still missing."))
    assert (claim.measure, claim.qualifier, claim.figure_text) == ("missing", "about", "two dozen")
    assert claim.low is not None and claim.high is not None and claim.low < 24 < claim.high


def test_workers_absent_in_a_strike_are_its_strikers(extractor):
    strike = "Dock workers went on strike on Monday.\n\n"
    claim = only(claims_of(extractor, strike + "The port authority said only 600 employees were absent."))
    assert claim.measure == "participants"
    # absent from school in an outbreak: not strikers
    assert not [c for c in claims_of(extractor, "The school said 60 pupils were absent.")
                if c.measure == "participants"]


def test_a_list_of_losses_after_killed_and_wounded(extractor):
    claims = claims_of(extractor, "According to the ministry, the Ukrainian army lost up to 220 "
                                  "servicemen killed and wounded, eight tanks, including two Leopards, "
                                  "and 14 armoured vehicles.")
    assert only(claims, low=0.0).measure == "casualties"  # the dead and the hurt together
    assert only(claims, low=8.0).key == "lose|tank"  # not eight wounded
    daily = "Ukraine said Russia lost 1,100 soldiers killed and wounded in the past day."
    tally = only(claims_of(extractor, daily))
    passive = only(claims_of(extractor, "The army said 40 soldiers were killed and wounded in the attack."))
    assert passive.measure == "casualties"
    assert tally.measure == "casualties"


def test_unmanned_aerial_vehicles_are_drones(extractor):
    sentence = ("Air defense forces shot down 23 Ukrainian aircraft-type unmanned aerial vehicles "
                "during the battle, the ministry added.")
    claim = only(claims_of(extractor, sentence))
    assert claim.key == "lose|drone"


def test_what_a_company_expects_to_cut_is_its_plan(extractor):
    plan = only(claims_of(extractor, "The company expects to cut 4,500 jobs, it said."))
    assert (plan.measure, plan.low) == ("job_cuts", 4500.0)
    for forecast in ("Analysts expect the company to cut 4,500 jobs, Reuters reported.",
                     "The company did not expect to cut 4,500 jobs, it said.",
                     "The sector expects to shed 40,000 jobs, officials said."):
        assert not claims_of(extractor, forecast)


def test_people_in_hospital_are_hurt(extractor):
    for sentence in ('"We have 27 people in hospital at this moment," a fire service spokesman said.',
                     "Officials said 27 people were in hospital.",
                     "The operator said that only 27 people needed hospital treatment."):
        assert only(claims_of(extractor, sentence), low=27.0).measure == "injured"
    for other in ("Officials said 300 doctors were in hospital on strike duty.",
                  "5,000 people were in hospital with COVID-19, officials said.",
                  "The charity said 3 million people need humanitarian care."):
        assert not [c for c in claims_of(extractor, other) if c.measure == "injured"]


def test_what_evidence_shows_is_said_to_have_happened(extractor):
    shown = only(claims_of(extractor, "Tests showed that styrene had entered the river, the agency said."))
    denied = only(claims_of(extractor, "The company said tests showed no styrene had reached the river."))
    assert (shown.key, shown.polarity, denied.key, denied.polarity) == (
        "cross|river", "affirm", "cross|river", "negate")
    not_shown = "The agency said the measurements did not show that styrene entered the river."
    assert not [c for c in claims_of(extractor, not_shown) if c.polarity == "affirm"]


def test_an_engine_fire_and_a_fire_in_the_engine_are_one_fire(extractor):
    denied = only(claims_of(extractor, "The airline said there was no engine fire."))
    seen = only(claims_of(extractor, "Investigators said there was a fire in the left engine."))
    assert denied.key == seen.key == "be|fire"


def test_strike_rates_of_two_sectors_are_two_quantities(extractor):
    primary = only(claims_of(extractor, "The union said 58% of primary teachers were on strike nationwide."))
    rate = "In secondary schools, the ministry said 21.4% of teachers had walked out."
    secondary = only(claims_of(extractor, rate))
    assert (primary.subject, secondary.subject) == ("primary", "secondary")
    both = only(claims_of(extractor, "The union said 58% of primary and secondary teachers were on strike."))
    assert both.subject == ""
    assert conflict(primary, secondary) is None


def test_excess_deaths_are_not_a_toll(extractor):
    for sentence in ("The institute put excess deaths at about 1,240 between May 7 and May 14.",
                     "The institute raised its estimate of excess deaths to about 1,240.",
                     "The institute said there had been 610 excess deaths."):
        assert only(claims_of(extractor, sentence), kind="figure").measure == "excess_deaths"


def test_held_hostage_counts_hostages(extractor):
    held = only(claims_of(extractor, "A broadcaster reported that nine people had been held hostage."))
    hostages = only(claims_of(extractor, "Police said six hostages were held inside the bank."))
    assert held.key == hostages.key == "captured"


def test_a_prison_population_is_no_one_captured(extractor):
    for sentence in ("Ecuador's prisons hold roughly 33,000 inmates, and the Litoral alone houses more "
                     "than 6,000 prisoners, officials said.",
                     "The prison holds more than 6,000 prisoners, officials said.",
                     "The jail, which holds 1,500 prisoners, was stormed, officials said.",
                     "Some 300,000 residents are being held hostage by gangs, the UN said."):
        assert not [c for c in claims_of(extractor, sentence) if c.measure == "captured"]
    housed = "The army said it housed 200 prisoners captured in the raid."
    assert only(claims_of(extractor, housed)).measure == "captured"


def test_killed_and_wounded_are_different_quantities(extractor):
    claims = claims_of(extractor, "The ministry said 40 civilians were killed and 120 were wounded.")
    assert {c.measure for c in claims if c.kind == "figure"} >= {"deaths"}
    assert len({c.key for c in claims if c.kind == "figure"}) == len(
        [c for c in claims if c.kind == "figure"]
    )


# sentence, side
SIDES = [
    ("According to the General Staff, the enemy lost 1,120 soldiers.", "general staff"),
    ("Hospital staff said 31 people had died.", "hospital"),
    ("Russia's defence ministry said 498 soldiers had been killed.", "russia"),
    (
        "Major General Igor Konashenkov of the Russian defence ministry said 498 soldiers were killed.",
        "russia",
    ),
    ("Moscow said 498 soldiers had been killed.", "russia"),
    ("The Russian army said 498 soldiers had been killed.", "russia"),
    ("Kyiv said 5,840 Russian soldiers had been killed.", "ukraine"),
    ("Ukraine's deputy defence minister said 5,840 Russian soldiers had been killed.", "ukraine"),
    ("An adviser to Ukraine's president said 5,840 Russian soldiers had been killed.", "ukraine"),
    ("Organisers said 120,000 people took part.", "organiser"),
    ("Police put the figure at 18,000 marchers.", "police"),
    ("As per the ministry, 9,500 employees had stopped work.", "ministry"),
    # a relative clause speaks for the noun it hangs on
    ("The opposition Civic Alliance, which says turnout was 38%, has filed complaints.",
     "civic alliance"),
    ("Two people familiar with the plans said the firm will cut 4,000 jobs.", "anonymous sources"),
    ("14 people died in the floods, according to the governor's office.", "governor office"),
    ("About 15 people have died in the floods.", "test wire"),  # unattributed: the outlet
    # a state's body known by its acronym, and a state known by the name its rulers give it
    ("Three soldiers were killed, Inter-Services Public Relations (ISPR) said.", "pakistan"),
    ("The Islamic Emirate's Ministry of Defence said two soldiers were killed.", "afghanistan"),
    # a body before a title is whom the titled person speaks for
    ("Murang'a County Police Commander Joseph Kiprono said nine people had died.", "murang'a county police"),
    # an organisation's name before a person's ("Metrorex director-general Cristian Popa")
    ("Metrorex director-general Cristian Popa said 22 passengers were injured.", "metrorex"),
    ("Turkey's National Intelligence Organization said 12 PKK militants were killed.", "turkey"),
    # a union named after its country is not the country's state
    ("About 4200 nurses walked off the job, the New Zealand Nurses Organisation says.",
     "new zealand nurses organisation"),
]


@pytest.mark.parametrize(("sentence", "side"), SIDES)
def test_sides(extractor, sentence, side):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert claim.side == side


def test_person_named_beside_a_role_keeps_its_side(extractor):
    claims = claims_of(extractor, "An army spokesman, Colonel Idris Wanjala, said seven people were "
                                  "killed. Wanjala said no residents had been abducted.")
    assert {c.side for c in claims} == {"army"}


def test_person_keeps_side_from_first_mention(extractor):
    body = (
        "Russian Defense Ministry spokesman Major General Igor Konashenkov said 1,067 bases were hit. "
        "Major General Konashenkov said that Russia had suffered much less damage than the Ukrainian troops."
    )
    damage = only(claims_of(extractor, body), kind="event", key="suffer|damage")
    assert damage.side == "russia" and "Konashenkov" in damage.speaker


# sentence, kind, polarity, key
DENIALS = [
    ("Police did not use tear gas, the minister said.", "event", "negate", "use|gas"),
    ("The minister said police never used tear gas.", "event", "negate", "use|gas"),
    # the thing acted on as the subject of a passive
    ("Police said no tear gas was used.", "event", "negate", "use|gas"),
    ("Witnesses said rubber bullets were fired at the crowd.", "event", "affirm", "use|rubber bullet"),
    # live rounds, bullets, ammunition or fire are one thing fired; plastic bullets are another
    ("Police said no live rounds were fired by officers.", "event", "negate", "use|live ammunition"),
    ("Witnesses said police used live fire against the crowd.", "event", "affirm",
     "use|live ammunition"),
    ("Witnesses said police fired plastic bullets at the crowd.", "event", "affirm",
     "use|plastic bullet"),
    ("Witnesses said police fired less-lethal rounds at the crowd.", "event", "affirm", "use|round"),
    # what a witness saw
    ("A photographer saw officers use pepper spray against protesters.", "event", "affirm",
     "use|pepper spray"),
    # "no X was <done>", whatever the act
    ('"No extraordinary meeting was held," the bank said.', "event", "negate", "hold|meeting"),
    ("The operator said no leak had occurred.", "event", "negate", "leaked"),
    ('"We have no plans for layoffs," a company spokeswoman said.', "event", "negate", "job_cuts"),
    (
        "The company denied a report that it planned to cut 4,000 jobs.",
        "rejection",
        "affirm",
        "job_cuts",
    ),
    (
        "Organisers said 120,000 people marched. "
        '"The figure of 120,000 has no basis," a police spokesman said.',
        "rejection",
        "affirm",
        "participants",
    ),
    (
        "The ministry dismissed the report that 300 soldiers were killed as disinformation.",
        "rejection",
        "affirm",
        "deaths",
    ),
    ('"Reports that more than 160 people died are not correct," the spokesman said.', "rejection",
     "affirm", "deaths"),
    ("The minister said reports of hundreds of heatstroke deaths were baseless.", "rejection", "affirm",
     "deaths"),
    ("The department said no heatstroke deaths had been reported.", "event", "negate", "deaths"),
    # an act on people is their count: detaining migrants, killing civilians
    ("The agency denied that its agents had detained migrants.", "rejection", "affirm", "detained"),
    ("The army said it did not kill civilians.", "event", "negate", "deaths"),
    # no casualties: nobody killed
    ("The army said there were no civilian casualties.", "event", "negate", "deaths"),
    ('"No civilian was harmed by our forces," the militia said.', "event", "negate", "deaths"),
    # none did what a count of people counts: "three inmates escaped" is escape|people
    ("The prison authority said no inmate escaped during the riot.", "event", "negate", "escaped"),
    ("Police said nobody escaped from the prison.", "event", "negate", "escaped"),
    ("The authority said not a single inmate had escaped.", "event", "negate", "escaped"),
    # all accounted for: no one is missing
    ("The coast guard said everyone had been accounted for.", "event", "negate", "missing"),
    # "no evidence that" denies the clause
    ("The ministry said there was no evidence that anyone had died at sea.", "event", "negate", "deaths"),
]


@pytest.mark.parametrize(("sentence", "kind", "polarity", "key"), DENIALS)
def test_negation_and_denial(extractor, sentence, kind, polarity, key):
    claims = claims_of(extractor, sentence)
    found = [
        c
        for c in claims
        if c.kind == kind and c.polarity == polarity and (key is None or key in (c.key, c.measure))
    ]
    assert found, [(c.kind, c.polarity, c.key) for c in claims]


def test_withholding_is_not_denial(extractor):
    claims = claims_of(extractor, "Russia did not disclose the number of dead and injured.")
    assert not [c for c in claims if c.polarity == "negate"]


# sentence, event_date, as_of (published Wednesday 2 March 2022)
DATES = [
    ("Police said 14 people died on Sunday.", "2022-02-27", "2022-03-02"),
    ("Police said on Monday that 14 people died.", None, "2022-02-28"),
    ("Police said 14 people died on 1 March.", "2022-03-01", "2022-03-02"),
    ("Police said 14 people died yesterday.", "2022-03-01", "2022-03-02"),
    # the day an event noun names is the event's, whatever the verb's day
    ("Officials on Monday raised to 17 the number of inmates killed in Sunday's riot.", "2022-02-27",
     "2022-03-02"),
    ("Relatives said 40 died in the riot of Sunday night.", "2022-02-27", "2022-03-02"),
    # the day a count stood at is when it was given, not the day of its event
    ("The committee said that until the noon of Monday it had registered 31 bodies.", None, "2022-02-28"),
    ("Authorities said 8,500 villagers had fled by Monday evening.", None, "2022-02-28"),
    # what will happen is dated ahead
    ("The union said 40,000 workers will strike on Monday.", "2022-03-07", "2022-03-02"),
    ("The airline said it would cancel 1,900 flights from March 10.", "2022-03-10", "2022-03-02"),
    # a running total is about the day it is given, not the day it counts from
    ("Police said 14 people have died since Thursday.", None, "2022-03-02"),
    ("Police said 14 people have died since the river burst its banks on Monday.", None, "2022-03-02"),
    ("Officials said 14 people have fled since fighting broke out on 24 February.", None,
     "2022-03-02"),
]


@pytest.mark.parametrize(("sentence", "event_date", "as_of"), DATES)
def test_dates(extractor, sentence, event_date, as_of):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert (claim.event_date, claim.as_of) == (event_date, as_of)


# sentence, cumulative
TALLIES = [
    ("The death toll rose to 35, officials said.", True),
    ("Ukraine said 5,840 Russian soldiers had been killed so far.", True),
    ("Ukraine said 5,840 Russian soldiers had been killed since the start of the invasion.", True),
    ("Police said 14 people died on Sunday.", False),
    ("The ministry said 6,200 people had entered the country since the clashes began.", True),
    # causal "since" counts nothing from a start
    ("Since the road was closed, police said 14 people died on Sunday.", False),
    # "in all" is whole words: not "in allied attacks"
    ("Police said 14 people died in allied attacks on Sunday.", False),
]


@pytest.mark.parametrize(("sentence", "cumulative"), TALLIES)
def test_cumulative(extractor, sentence, cumulative):
    assert only(claims_of(extractor, sentence), kind="figure").cumulative is cumulative


# text (published Wednesday 2 March 2022), long_run: a total over months or years
LONG_RUNS = [
    ("The UN said 12,000 civilians had been killed since February 2021.", True),
    ("The UN said 12,000 civilians had been killed since 3 January.", True),
    ("The army seized power in a February 2021 coup. The UN said 6,000 civilians had been killed "
     "since then.", True),
    ("Prosecutors said 700 civilians had been killed since the start of the full-scale invasion.",
     True),
    ("The health ministry said Israeli fire has killed more than 580 people since the truce began.",
     True),
    ("Borno is at the centre of an insurgency that has killed more than 40,000 people, the UN says.",
     True),
    # a year's count so far, however translated
    ("Since the beginning of year, the navy says it has intercepted more than 4,000 migrants.", True),
    # counted from days ago: the toll of the event itself
    ("Police said 14 people have died since Thursday.", False),
    ("The storm hit on Monday. Police said 14 people have died since then.", False),
]


def test_a_total_so_far_this_year_is_long_run_and_a_plan_for_the_year_is_not(extractor):
    body = "The agency said 230 people had died this year. The company will cut 4,000 jobs this year."
    deaths, cuts = claims_of(extractor, body, published="2025-09-08T10:00:00Z")
    assert (deaths.long_run, cuts.long_run) == (True, False)


@pytest.mark.parametrize(("text", "long_run"), LONG_RUNS)
def test_long_run_totals(extractor, text, long_run):
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.cumulative, claim.long_run) == (True, long_run)


def test_a_rate_revised_up_to_a_figure_gives_that_figure(extractor):
    claim = only(
        claims_of(
            extractor,
            "The statistics institute revised the third-quarter unemployment rate up to 8.1% from "
            "the 7.8% it published on Monday.",
        ),
        kind="figure",
    )
    assert (claim.key, claim.low, claim.high, claim.qualifier, claim.revision) == (
        "unemployment", 8.1, 8.1, "exact", True
    )


def test_a_speaker_who_rejects_a_figure_and_gives_its_own_says_two_things(extractor):
    claims = claims_of(
        extractor,
        "The trade unions rejected the institute's figures and said their own survey showed "
        "unemployment at 11.2%.",
    )
    figure = only(claims, kind="figure")
    assert (figure.low, figure.polarity, figure.key) == (11.2, "affirm", "unemployment")
    assert only(claims, kind="rejection").target_side == "institute"


def test_revision(extractor):
    claim = only(
        claims_of(extractor, "The statistics office revised first-quarter growth down to 1.4% from 2.1%."),
        kind="figure",
    )
    assert (claim.low, claim.revision, claim.previous_value, claim.side) == (
        1.4,
        True,
        2.1,
        "statistic office",
    )


def test_speaker_numbers_are_not_claims(extractor):
    claims = claims_of(extractor, "Two people familiar with the plans said the firm will cut 4,000 jobs.")
    assert [c.low for c in claims if c.kind == "figure"] == [4000]


def test_years_are_not_figures(extractor):
    assert not [c for c in claims_of(extractor, "The law was passed in 2019, the ministry said.") if c.low]


SEED = Path(__file__).resolve().parents[2] / "shared/wire/seed-article.txt"


def test_seed_article_claims(extractor):
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    claims = claims_of(extractor, SEED.read_text(encoding="utf-8"), published="2022-02-27T12:00:00Z")
    killed = [c for c in claims if c.kind == "figure" and c.measure == "deaths" and c.low == 4300]
    assert killed and all(c.side == "ukraine" and c.subject == "russia military" for c in killed)
    captured = [c for c in claims if c.measure == "captured" and c.low == 200]
    assert captured and all(c.side == "ukraine" for c in captured)
    damage = [c for c in claims if "much less damage" in c.text and c.kind == "event"]
    assert damage and damage[0].side == "russia" and "Konashenkov" in damage[0].speaker
    shelling = [c for c in claims if c.key.endswith("infrastructure")]
    assert shelling and shelling[0].polarity == "negate" and shelling[0].side == "russia"
    # nothing read from the page furniture or the glued headlines
    assert not [c for c in claims if "Please enter" in c.text]
    assert not [
        c for c in claims if c.text.startswith(("Ukraine took 200 hostage", "1,067 military bases targeted"))
    ]


def test_refusal_to_accept_is_a_rejection(extractor):
    claims = claims_of(extractor, "Russia has refused to accept this claim of Ukraine.")
    assert [c for c in claims if c.kind == "rejection" and c.side == "russia"]


def test_crossing_and_entering_a_country_count_the_same_people(extractor):
    crossed = only(claims_of(extractor, "The UN said 27,000 people had crossed into Velmar."),
                   kind="figure")
    entered = only(claims_of(extractor, "The ministry said 6,200 people had entered Velmar."),
                   kind="figure")
    assert crossed.key == entered.key


def test_the_figure_after_but_is_asserted(extractor):
    claims = claims_of(extractor, "The opposition said turnout was not 61% but only 38%.")
    assert only(claims, low=61.0).polarity == "negate"
    assert only(claims, low=38.0).polarity == "affirm"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ('Konashenkov dismissed Kyiv\'s claims of thousands of Russian dead as "disinformation".',
         "ukraine"),
        ("Russia rejected the figure of 5,000 deaths given by Ukraine.", "ukraine"),
        # a side named by a common noun ("the union") may be any union: no target
        ("The ministry rejected the figure of 42,000 strikers given by the union for Monday.", ""),
    ],
)
def test_rejection_names_whose_figure_it_rejects(extractor, sentence, target):
    assert only(claims_of(extractor, sentence), kind="rejection").target_side == target


def test_a_particle_is_not_a_qualifier(extractor):
    claim = only(claims_of(extractor, "The ministry said it had handed over 103 prisoners."),
                 kind="figure")
    assert (claim.low, claim.high, claim.qualifier) == (103.0, 103.0, "exact")


def test_a_place_near_which_a_thing_happened_is_a_place_even_if_tagged_an_organisation(extractor):
    (claim,) = claims_of(extractor, "Lebanon's health ministry said that an Israeli strike on a car "
                                    "near Nabatieh on Friday killed three people.")
    assert claim.places == ("nabatieh",)


def test_a_name_beside_the_speaker_says_who_speaks_not_where(extractor):
    sentence = "The organisers, the opposition United Adjara bloc, said 15,000 people took part."
    assert only(claims_of(extractor, sentence), kind="figure").places == ()
    named = "Local officials, the Kharkiv regional administration, said three people were killed."
    assert only(claims_of(extractor, named), kind="figure").places == ("kharkiv",)


def test_a_place_near_which_nothing_but_a_building_is_named_is_no_town(extractor):
    # a landmark in a town the report names elsewhere: not a place of its own
    for sentence in ("Witnesses said 5 people were killed near Al-Shifa Hospital.",
                     "Police said 3 people were killed in the blast outside the Interior Ministry."):
        (claim,) = claims_of(extractor, sentence)
        assert claim.places == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorena handed over the bodies of 1,000 dead Dravian servicemen and released 110 prisoners.",
        "Dravia repatriated the remains of 909 soldiers and released 110 prisoners.",
        "Dravia received 1,000 bodies from Sorena in the exchange and released 110 prisoners.",
        "Sorena returned 1,000 bodies to Dravia and released 110 prisoners.",
    ],
)
def test_the_dead_handed_back_in_a_swap_are_no_toll_and_no_one_freed(extractor, sentence):
    claims = claims_of(extractor, sentence)
    assert [(c.measure, c.low) for c in claims if c.kind == "figure"] == [("released", 110.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Civil defence said the toll rose to 19, most of them children, after the recovery of two bodies.",
        "The death toll has risen to 19 after 15 of the wounded died in hospital, a doctors' group said.",
        "The toll rose to 19 after rescuers recovered the remains of two people.",
    ],
)
def test_what_a_toll_rose_by_is_no_toll(extractor, sentence):
    assert only(claims_of(extractor, sentence), kind="figure").low == 19.0


@pytest.mark.parametrize(
    "sentence, measure, low",
    [
        ("A missile hit the market after 12 people had been killed in the first strike.", "deaths", 12.0),
        ("The toll rose to 19 after the attack, in which 40 people were wounded.", "injured", 40.0),
    ],
)
def test_other_figures_in_what_came_before_are_kept(extractor, sentence, measure, low):
    assert any(c.measure == measure and c.low == low for c in claims_of(extractor, sentence))


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("One of the missiles hit the grounds of a children's hospital, the mayor said.", "affirm"),
        ("Troops dropped a guided bomb on the territory of the city hospital, the governor said.", "affirm"),
        ("The army did not strike on the hospital in Velmar, the governor said.", "negate"),
    ],
)
def test_a_hospital_hit_on_its_grounds_or_struck_on_is_the_hospital(extractor, sentence, polarity):
    claim = only(claims_of(extractor, sentence), key="attack|hospital")
    assert claim.polarity == polarity


def test_a_day_struck_on_is_no_target(extractor):
    claims = claims_of(extractor, "Nurses struck on Tuesday, the union said.")
    assert all(not c.key.startswith("attack|") for c in claims)


def test_drones_destroyed_in_the_air_and_shot_down_are_one_count(extractor):
    destroyed = only(claims_of(extractor, "The ministry said air defences destroyed 87 drones overnight."))
    downed = only(claims_of(extractor, "The governor said 26 drones had been shot down over the region."))
    assert destroyed.key == downed.key == "intercept|drone"
    # a tank destroyed is no drone brought down
    assert only(claims_of(extractor, "The army destroyed 12 tanks, the ministry said.")).key == "destroy|tank"


def test_each_of_two_things_that_happened_is_said(extractor):
    claims = claims_of(extractor, "An explosion and a large fire broke out at the plant, the governor said.")
    assert {c.key for c in claims} == {"be|explosion", "be|fire"}


def test_a_place_held_that_was_never_taken_was_not_captured(extractor):
    claim = only(claims_of(extractor, "The army said the camp was never taken."), kind="event")
    assert (claim.key, claim.polarity) == ("capture|base", "negate")


def test_people_taken_to_hospital_are_hurt_not_captured(extractor):
    claim = only(claims_of(extractor, "Ten soldiers were taken to hospital, the army said."), kind="figure")
    assert (claim.measure, claim.low) == ("injured", 10.0)
    dead = claims_of(extractor, "The bodies of four soldiers were taken to the morgue, the army said.")
    assert all(c.measure != "injured" for c in dead)


def test_no_civilian_affected_by_a_strike_is_none_harmed(extractor):
    claim = only(claims_of(extractor, "No civilians were affected by the strike, the army said."))
    assert (claim.measure, claim.subject, claim.polarity) == ("deaths", "civilian", "negate")
    assert only(claims_of(extractor, "The airline said no flights were affected.")).measure != "deaths"
    outage = claims_of(extractor, "No residents were affected by the power outage, the utility said.")
    assert all(c.measure != "deaths" for c in outage)


def test_bodies_a_morgue_received_are_the_dead(extractor):
    (received,) = claims_of(extractor, "Doctors at the city hospital said they had received 34 bodies.")
    assert (received.measure, received.low) == ("deaths", 34.0)


@pytest.mark.parametrize(
    "sentence",
    [
        # who attacked, or whose count it is, is not whose dead they are
        "Dravian officials put the Sorenan missile attack's toll at 23 dead.",
        "Dravia's interior ministry put its toll at 30 dead.",
        "At her friend's side in hospital, the mother said 4 people were killed in the strike.",
    ],
)
def test_whose_toll_is_said_only_by_who_lost_them(extractor, sentence):
    assert only(claims_of(extractor, sentence), kind="figure").subject == ""


def test_speaker_parsed_as_an_apposition_still_speaks(extractor):
    claims = claims_of(extractor, "Referring to Tuesday's clash near Velika Brda, Sorena's defence "
                                  "ministry said three Dravian soldiers had been killed there.")
    assert only(claims, kind="figure").speaker == "Sorena's defence ministry"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The government reiterated on Saturday that no protesters had been killed.", "government"),
        ("The union repeated that 40 people had been arrested at the march.", "union"),
        ("The mayor affirmed that 148 bodies had been recovered.", "mayor"),
    ],
)
def test_a_speaker_who_repeats_or_affirms_speaks(extractor, sentence, speaker):
    (claim,) = claims_of(extractor, sentence)
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    "sentence", ["Police put the march at 24,000.", "Police put the Paris march at 24,000."]
)
def test_a_protest_put_at_a_figure_is_its_crowd(extractor, sentence):
    (claim,) = claims_of(extractor, sentence)
    assert (claim.measure, claim.low, claim.speaker) == ("participants", 24_000, "Police")


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        ("The operator said fewer than 300 people had been moved out of their homes.", 0),
        ("The governor said 1,200 people had to leave their homes.", 1_200),
        ("The mayor said 300 residents had been asked to leave their homes.", 300),
    ],
)
def test_people_made_to_leave_their_homes_are_displaced(extractor, sentence, low):
    assert only(claims_of(extractor, sentence), kind="figure").low == low
    assert only(claims_of(extractor, sentence), kind="figure").measure == "displaced"


def test_patients_moved_to_another_hospital_are_not_displaced(extractor):
    claims = claims_of(extractor, "The hospital said 40 patients were moved to another hospital.")
    assert all(c.measure != "displaced" for c in claims)


def test_a_company_is_named_without_the_words_any_company_name_ends_in():
    assert company_name("veltronic semiconductor bhd") == "veltronic"  # as it is called for short
    assert company_name("kestrel mining group") == "kestrel"
    # different companies stay apart; a company named after a country is not the country
    assert company_name("apex technologies") != company_name("apex chemicals")
    assert company_name("china mobile") == "china mobile"
    # (a trade a name ends in: "Tropicalia Fruit Company", "Kessler Antriebstechnik")
    assert company_name("tropicalia fruit company") == company_name("tropicalia") == "tropicalia"
    assert company_name("kessler antriebstechnik") == "kessler"
    assert company_name("nordvik tobacco") == company_name("nordvik") == "nordvik"


def test_cases_are_a_diseases_in_an_article_that_names_it_wherever_they_are_counted(extractor):
    body = ("Mpox is spreading in Kasai province.\n\nThe provincial health minister said 214 "
            "suspected cases had been recorded in the same period.")
    (claim,) = claims_of(extractor, body)
    assert (claim.key, claim.low) == ("cases", 214)
    (claim,) = claims_of(extractor, "The court said 40 cases had been recorded.")
    assert claim.key != "cases"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Only 37 cholera cases have been confirmed by the laboratory, the minister said.", "confirmed"),
        ("The WHO counted 148 suspected cholera cases.", "suspected"),
        ("The ministry said 150 cholera cases had been recorded.", ""),
    ],
)
def test_suspected_and_confirmed_cases_are_two_counts(extractor, sentence, status):
    assert only(claims_of(extractor, sentence), key="cases").subject == status


@pytest.mark.parametrize(
    ("sentence", "whose"),
    [
        ("The minister said no deaths had been recorded among children.", "child"),
        ("The group said 41 people had been detained, among them two minors.", ""),
    ],
)
def test_a_count_among_a_group_is_the_groups_but_not_a_count_with_some_among_them(extractor, sentence, whose):
    assert claims_of(extractor, sentence)[0].subject == whose


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry repeated its call for calm after clashes that killed five people.",
        "The hospital director did not mention that three patients had died.",
        "Residents in Beira must contend with power cuts after the cyclone, which killed 12 people.",
    ],
)
def test_a_verb_that_repeats_or_affirms_no_clause_gives_its_subject_no_figure(extractor, sentence):
    assert all(c.speaker == "Test Wire" for c in claims_of(extractor, sentence) if c.kind == "figure")


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts put the rally in oil prices at 4 percent.",
        "The interior ministry put the demonstrations at 230 across France.",
        "Heavy rain put Sunday's march at risk.",
    ],
)
def test_a_rally_in_prices_protests_counted_or_a_march_at_risk_is_no_crowd(extractor, sentence):
    assert all(c.measure != "participants" for c in claims_of(extractor, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Police urged the 3,000 residents of Marhanets not to leave their homes.",
        "Authorities plan to ask 5,000 residents to leave their homes.",
        "The company will relocate 300 employees to its new plant.",
    ],
)
def test_people_told_to_stay_or_to_be_asked_to_leave_later_are_not_displaced(extractor, sentence):
    assert all(c.measure != "displaced" for c in claims_of(extractor, sentence))


def test_other_cases_in_an_article_that_names_a_disease_are_not_the_diseases(extractor):
    body = "Cholera is spreading in the province.\n\nPolice said 30 cases of looting had been recorded."
    assert all(c.key != "cases" for c in claims_of(extractor, body))


def test_a_speaker_contacted_by_the_outlet_speaks(extractor):
    text = ('Contacted by our editorial staff, an officer of the army formally denied. "The camp of Léré '
            'never fell," he declared.')
    (claim,) = claims_of(extractor, text)
    assert claim.side == "army"


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Officials said a fire at the warehouse killed two workers.", ("fire",)),
        ("Officials said an exchange of fire near the village killed two soldiers.", ()),
        ("Officials said 41,000 people had fled the fighting.", ("war",)),
        ("Officials said troops opened fire and killed two protesters.", ("protest",)),
    ],
)
def test_gunfire_is_not_a_blaze(extractor, sentence, topics):
    assert only(claims_of(extractor, sentence), kind="figure").topics == topics


def test_rejecting_a_count_names_what_it_counted(extractor):
    claims = claims_of(extractor, "The teachers' union dismissed the interior ministry's count of "
                                  "Thursday's march as a deliberate undercount.")
    rejection = only(claims, kind="rejection")
    assert (rejection.key, rejection.side, rejection.target_side) == (
        "participants", "teacher union", "interior ministry")


def test_standing_by_a_figure_gives_it(extractor):
    claims = claims_of(extractor, "Police said 21,500 people took part in the march. "
                                  "The ministry stood by its figure of 21,500.")
    assert {c.side for c in claims if c.low == 21500.0} == {"police", "ministry"}


def test_a_participle_denial_speaks_for_the_teller(extractor):
    claims = claims_of(extractor, '"We did nothing wrong," police spokesman Anders Lunde told '
                                  "reporters, denying that officers had used rubber bullets.")
    rejection = only(claims, kind="rejection")
    assert (rejection.key, rejection.speaker) == ("use|rubber bullet", "police spokesman Anders Lunde")


@pytest.mark.parametrize("agent", ["Officers", "Police", "Riot police"])
def test_a_force_named_by_its_members_is_one_agent(extractor, agent):
    claims = claims_of(extractor, f"{agent} fired rubber bullets at the farmers, witnesses said.")
    assert only(claims, kind="event").subject == "police"


def test_opening_fire_is_firing_shots(extractor):
    opened = only(claims_of(extractor, "The ministry said Sorenan forces opened fire first."),
                  kind="event")
    denied = only(claims_of(extractor, 'The ministry said its forces "did not fire a single shot".'),
                  kind="event")
    assert opened.key == denied.key == "use|shot"
    assert (opened.polarity, denied.polarity) == ("affirm", "negate")


@pytest.mark.parametrize(
    "sentence",
    [
        "In a separate attack on Tuesday, 12 people were killed in Lorren, police said.",
        "A separate fire near the town of Valdora burned 450 hectares, the fire service said.",
        "Elsewhere in the territory, strikes killed 14 people, medics said.",
        "A magnitude 5.4 aftershock struck the province on Tuesday, killing 14 people, officials said.",
        "In Port Aldren, a smaller march along the river drew about 6,000 people, the organisers said.",
        "Earlier in June, the collapse of a smaller bridge in Lorren province killed two people.",
        "The virus had killed 21 people in the state before the current outbreak, officials said.",
        "A separate, smaller hailstorm hit Maipu on Wednesday, damaging about 2,300 hectares.",
    ],
)
def test_a_separate_event_is_marked_as_its_own(extractor, sentence):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert any("#" in p for p in claim.places)


def test_none_outside_a_town_is_no_count_of_the_towns(extractor):
    # (and "no deaths linked to the bread": a count, though the model reads "linked" as its verb)
    said = "A ministry spokesman said no deaths linked to the bread had been reported outside Ganta."
    claim = only(claims_of(extractor, said))
    assert (claim.key, claim.polarity) == ("deaths", "negate")
    assert any("#" in p for p in claim.places)
    # (but an act denied outside a building is denied there)
    said = 'The ministry said police "did not fire a single rubber bullet" during the rally outside Congress.'
    assert not any("#" in p for p in only(claims_of(extractor, said)).places)
    said = "Police said no one was arrested during the protest outside Parliament."
    assert not any("#" in p for c in claims_of(extractor, said) for p in c.places)


def test_none_further_along_is_of_another_stretch(extractor):
    # ("no deaths further south": not the toll of the stretch the report counts)
    claim = only(claims_of(extractor, "'There have been no deaths further south,' the director said."))
    assert (claim.key, claim.polarity) == ("deaths", "negate")
    assert any("#" in p for p in claim.places)


def test_places_the_model_does_not_tag_are_in_the_region(extractor):
    claims = claims_of(
        extractor,
        "The death toll from Sunday attack on Mbarasi community in Dawaki local government area "
        "of Kalende State has risen to 31, the chairman of Dawaki local council said.\n\n"
        "Residents said 52 persons were taken away by the bandits.",
    )
    assert all("mbarasi" in c.region for c in claims)


def test_claims_carry_the_names_their_article_names_most(extractor):
    claims = claims_of(
        extractor,
        "Halbrook Steel will cut 2,500 jobs at its Corvin mill, the Health Ministry said on "
        "Monday.\n\nHalbrook did not comment.",
    )
    names = only(claims, measure="job_cuts").names
    assert {"halbrook", "corvin"} <= set(names)
    assert not {"monday", "health", "ministry"} & set(names)


def test_a_lower_case_word_is_no_place_name(extractor):
    claims = claims_of(
        extractor,
        "Union calls march count a deliberate undercount\n\nThe union said 85,000 teachers "
        "marched through Brennick on Thursday.",
    )
    assert "march" not in only(claims, kind="figure").region


def test_a_quotation_over_two_sentences_is_the_speakers_who_close_it(extractor):
    claims = claims_of(
        extractor,
        '"We did not use tear gas. Our officers acted lawfully," the police said.',
    )
    (claim,) = [c for c in claims if c.key == "use|gas"]
    assert (claim.side, claim.polarity, claim.text) == ("police", "negate", '"We did not use tear gas.')


def test_a_quotation_in_single_marks_is_the_speakers_who_close_it(extractor):
    # (some outlets quote with single marks, which stand apart from the apostrophes of
    # "the families' account" and "don't")
    claims = claims_of(extractor, "'We did not use tear gas. Our officers acted lawfully,' the police said.")
    (claim,) = [c for c in claims if c.key == "use|gas"]
    assert (claim.side, claim.polarity) == ("police", "negate")


def test_single_marks_that_quote_are_told_from_apostrophes():
    from claimwatch.nlp import load_nlp
    from claimwatch.reading import single_quote_marks

    doc = load_nlp()("'All six were freed,' he said. The families' account, which they don't doubt, was "
                     "called 'rumours' by the army.")
    marks = [(t.i, t.nbor(1).text) for t in single_quote_marks(doc[:])]
    assert marks == [(0, "All"), (6, "he"), (23, "rumours"), (25, "by")]
    # (nor a name's mark that no other closes: "near 'Ayn Issa")
    assert single_quote_marks(load_nlp()("Fighting near 'Ayn Issa killed five, the monitor said.")[:]) == []


def test_there_were_not_n_people_denies_the_count_just_given(extractor):
    claims = claims_of(
        extractor,
        "Rescuers said 19 miners remained trapped.\n\n"
        '"There were not 19 men in that section," the company said.\n\n'
        "There were 200 people at the market, witnesses said.",
    )
    assert [(c.key, c.low, c.polarity) for c in claims if c.kind == "figure"] == [
        ("missing", 19.0, "affirm"),  # (the trapped, counted with the missing)
        ("missing", 19.0, "negate"),
    ]


def test_firing_on_a_place_and_shelling_it_are_one_act(extractor):
    (shelled,) = claims_of(
        extractor, "Sorena said Dravian artillery had shelled the border village of Lesno overnight."
    )
    (denied,) = claims_of(
        extractor, '"Dravian units did not fire on Lesno or any other settlement," a spokesman said.'
    )
    assert (shelled.key, denied.key) == ("attack|place", "attack|place")
    assert "lesno" in shelled.places and "lesno" in denied.places
    assert denied.polarity == "negate"
    assert conflict(denied, shelled) is not None


def test_firing_on_people_is_an_act_not_a_count(extractor):
    (claim,) = claims_of(extractor, "Police said officers fired on protesters.")
    assert (claim.kind, claim.key) == ("event", "attack|protester")


def test_half_a_million(extractor):
    claim = only(claims_of(extractor, "Officials said more than half a million people had fled."),
                 kind="figure")
    assert (claim.low, claim.qualifier, claim.figure_text) == (500_000.0, "more_than",
                                                               "more than half a million")


def test_adding_ballots_is_an_act_not_a_report(extractor):
    claim = only(claims_of(extractor, "The alliance said the commission had added 500,000 ballots."),
                 kind="figure")
    assert (claim.key, claim.side) == ("add|ballot", "alliance")


def test_rejecting_the_accusations_rejects_the_figure_another_side_just_gave(extractor):
    claims = claims_of(
        extractor,
        '"The commission has added more than half a million ballots," the alliance said.\n\n'
        "The commission rejected the accusations.\n\n"
        "Sorena said artillery had shelled the village of Lesno, damaging 14 houses.\n\n"
        "The army denied the claim.",
    )
    (rejection,) = [c for c in claims if c.kind == "rejection"]
    assert (rejection.key, rejection.side, rejection.target_side) == ("add|ballot", "commission", "alliance")


def test_being_in_talks_to_buy_speaks_of_buying(extractor):
    (denial,) = claims_of(extractor, "Pellum Foods denied that it was in talks to buy Greystone Dairy.")
    report = only(
        claims_of(extractor, "Pellum Foods is in advanced talks to buy Greystone Dairy, the Post reported."),
        kind="event",
    )
    assert (denial.kind, denial.key) == ("rejection", "buy|dairy")
    assert report.key == "buy|dairy"


def test_a_state_and_its_denial_meet(extractor):
    (said,) = claims_of(extractor, "Survivors said the ferry was so overloaded that people stood on deck.")
    (denied,) = claims_of(extractor, "Salka Lines denied that the vessel had been overloaded.")
    assert (said.key, said.kind, denied.key, denied.kind) == (
        "be|overloaded", "event", "be|overloaded", "rejection"
    )
    assert conflict(denied, said) is not None
    assert claims_of(extractor, "Police said the situation was calm.") == []


def test_what_leaked_is_weighed_in_kilograms_and_a_leak_can_be_denied(extractor):
    (tonnes,) = claims_of(extractor, "About 2.5 tonnes of chlorine escaped, the inspectorate said.")
    kilos = only(
        claims_of(extractor, 'Velchem said there had been "a limited release" of less than 200 kg.'),
        kind="figure",
    )
    (none,) = claims_of(extractor, '"There was no leak," Velchem said.')
    assert (tonnes.key, tonnes.low, tonnes.high, tonnes.unit) == ("leaked", 2250.0, 2750.0, "kg")
    assert (kilos.key, kilos.high, kilos.unit) == ("leaked", 200.0, "kg")
    assert (none.key, none.polarity) == ("leaked", "negate")
    assert conflict(kilos, tonnes) is not None
    assert conflict(none, tonnes) is not None


def test_a_day_said_of_the_reporting_verb_is_when_it_was_said(extractor):
    claim = only(
        claims_of(
            extractor,
            "Velchem acknowledged for the first time on Monday that there had been a release, but "
            "said it amounted to less than 200 kg.",
        ),
        kind="figure",
    )
    assert claim.event_date is None


def test_open_and_locked_are_one_state_and_its_opposite(extractor):
    (open_,) = claims_of(extractor, "The club said all exit gates of the north stand were open at all times.")
    (locked,) = claims_of(extractor, '"The north gates were locked, we were banging on them," said a fan.')
    assert (open_.key, open_.subject, open_.polarity) == ("be|open", "gate", "affirm")
    assert (locked.key, locked.subject, locked.polarity) == ("be|open", "gate", "negate")
    assert conflict(locked, open_) is not None


def test_a_state_joined_to_another_clause_is_read(extractor):
    (locked,) = claims_of(
        extractor,
        '"People were falling over each other on the stairs and the gates at the bottom were '
        'locked," said a fan.',
    )
    assert (locked.key, locked.polarity) == ("be|open", "negate")


def test_shooting_down_drones_is_intercepting_not_launching(extractor):
    shot = only(claims_of(extractor, "The air force said it shot down 23 of 30 drones launched overnight."),
                kind="figure")
    launched = only(claims_of(extractor, "Russia launched 30 drones, the air force said."), kind="figure")
    assert (shot.key, shot.low) == ("intercept|drone", 23.0)
    assert launched.key != shot.key


def test_a_date_in_a_sentence_without_a_verb(extractor):
    # the date's governing verb is looked for up to the root, which here is a noun
    claims_of(extractor, "The toll on Monday: 12 dead.")


def test_put_it_at_gives_the_figure_of_what_was_just_counted(extractor):
    claims = claims_of(extractor, "Police estimated the crowd at 15,000, while organisers put it at 100,000.")
    assert [(c.key, c.side, c.low) for c in claims] == [
        ("participants", "police", 15000.0),
        ("participants", "organiser", 100000.0),
    ]


def test_according_to_speaks_for_its_own_clause_beside_another_speaker(extractor):
    claims = claims_of(
        extractor,
        "At least 12 people were killed, according to police, while hospital officials said 20 had died.",
    )
    assert [(c.side, c.low) for c in claims] == [("police", 12.0), ("hospital", 20.0)]


def test_dismissing_the_report_rejects_what_it_said_of_whose_jobs(extractor):
    claims = claims_of(
        extractor,
        "The Post reported that the ministry planned to cut 4,000 jobs.\n\n"
        'A spokesman for the ministry dismissed the report as "fake news".',
    )
    figure, rejection = claims
    assert (figure.key, figure.side) == ("job_cuts|ministry", "post")
    assert (rejection.kind, rejection.key) == ("rejection", "job_cuts|ministry")
    assert rejection.target_side == "post"


def test_it_was_n_gives_the_figure_of_what_was_just_counted(extractor):
    claims = claims_of(extractor, "The ministry said 14 people were killed.\n\nOfficials said it was 20.")
    assert [(c.side, c.low) for c in claims if c.key == "deaths"] == [("ministry", 14.0), ("official", 20.0)]
    assert claims_of(extractor, "It was 2019, the ministry said.") == []


def test_what_happened_to_counted_things_is_no_state(extractor):
    claims = claims_of(
        extractor,
        "The governor's office said 14 deaths had been confirmed and about 230 homes were destroyed.\n\n"
        "Several people were treated for breathing problems, a medic said.",
    )
    assert not [c for c in claims if c.key.startswith("be|")]


def test_the_figure_revised_from_is_not_a_claim_of_its_own(extractor):
    claims = claims_of(
        extractor, "The statistics office revised May's inflation rate up to 8.1% from a preliminary 7.9%."
    )
    assert [(c.low, c.previous_value) for c in claims] == [(8.1, 7.9)]


def test_an_earthquake_striking_a_province_is_no_attack_on_a_place(extractor):
    claims = claims_of(extractor, "A strong earthquake struck the Ardesh province, the agency said.")
    assert not [c for c in claims if c.key == "attack|place"]


def test_people_freed_in_an_exchange_are_counted_by_whose_they_are(extractor):
    claims = claims_of(
        extractor,
        "Dravia's defence ministry said 95 Dravian servicemen had returned home in the exchange.\n\n"
        "Sorena's foreign ministry said it had handed over 103 Dravian prisoners and released 110 "
        "Sorenan soldiers.",
    )
    assert [(c.key, c.subject, c.low) for c in claims if c.kind == "figure"][:2] == [
        ("released", "dravian", 95.0),
        ("released", "dravian", 103.0),
    ]
    (hostages,) = claims_of(extractor, "Hamas released 13 Israeli hostages on Friday, the army said.")
    assert (hostages.key, hostages.subject) == ("released", "israel")


@pytest.mark.parametrize(
    "sentence",
    [
        "The dead included a family of five in a tent in al-Mawasi.",
        "The war began when Hamas-led militants attacked southern Israel, killing about 1,200 people.",
        # what may come
        "The UN warned that the toll may rise to 500.",
        "Analysts said unemployment might reach 12 percent next year.",
    ],
)
def test_sizes_history_and_predictions_are_not_counts_of_the_day(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.kind == "figure"]


def test_children_are_counted_apart(extractor):
    total, children = claims_of(
        extractor, "An air strike on a school killed 22 people, including six children, the agency said."
    )
    (none,) = claims_of(extractor, "An army spokesperson said no children were killed in the strike.")
    assert (total.subject, children.subject, children.low, none.subject) == ("", "child", 6.0, "child")
    assert conflict(none, total) is None
    assert conflict(none, children) is not None


@pytest.mark.parametrize(
    ("sentence", "key", "low"),
    [
        ("Nine of the dead were children, the ministry said.", "deaths", 9.0),
        ("Among the dead there are 17 children, local officials said.", "deaths", 17.0),
        ("The dead included nine children, the ministry said.", "deaths", 9.0),
        ("At least 12 of those killed were children, the agency said.", "deaths", 12.0),
        ("Seven of the injured were children, the hospital said.", "injured", 7.0),
    ],
)
def test_the_children_among_the_dead_are_counted_apart(extractor, sentence, key, low):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert (claim.key, claim.subject, claim.low) == (key, "child", low)
    (none,) = claims_of(extractor, "An army spokesperson said no children were killed in the strike.")
    assert (conflict(none, claim) is not None) == (key == "deaths")


@pytest.mark.parametrize(
    ("sentence", "whose"),
    [
        ("From Ukrainian captivity returned home 115 Russian servicemen, she said.", "russia"),
        ("The ministry said 103 Russian servicemen had been returned from Ukraine.", "russia"),
        ("Ukraine received 115 prisoners of the Armed Forces of Ukraine, she said.", "ukraine"),
        ("Kyiv said 139 Ukrainians had come home.", "ukraine"),
    ],
)
def test_ways_of_telling_a_swap(extractor, sentence, whose):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert (claim.key, claim.subject) == ("released", whose)


def test_did_not_exceed_sets_a_ceiling(extractor):
    (claim,) = claims_of(extractor, '"Turnout did not exceed 30 percent," the opposition said.')
    assert (claim.polarity, claim.low, claim.high, claim.qualifier) == ("affirm", 0.0, 30.0, "less_than")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 40 people were killed in the bombing, which came two years after a similar attack.",
        "Organisers said 60,000 people took part in the protest, more than in previous years.",
        "The agency said 40 people had died, up from 25 before the latest update.",
    ],
)
def test_this_event_likened_to_another_is_not_a_separate_event(extractor, sentence):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert not any("#" in p for p in claim.places)


def test_a_similar_count_is_not_a_separate_event(extractor):
    # "a similar figure", "a larger toll": another count of this event, not another event
    sentence = "The ministry gave a similar toll, saying 12 people were killed in Lorren."
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert not any("#" in p for p in claim.places)


def test_a_separate_statement_is_not_a_separate_event(extractor):
    claim = only(
        claims_of(extractor, "In a separate statement, an adviser said only five people died in the camp."),
        kind="figure",
    )
    assert not any("#" in p for p in claim.places)


def test_forecasts_and_the_outlets_own_scene_are_no_counts(extractor):
    assert claims_of(extractor, "Intelligence services had forecast 800,000 to 900,000 protesters.") == []
    assert claims_of(extractor, "Hundreds of thousands of people have marched in cities across France.") == []


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        ("The union said 2.5 million people had marched across the country.",
         "In Paris, police said 80,000 people had marched."),
        ("Across Pakistan, the disaster agency has recorded 96 heat deaths, officials said.",
         "In Karachi, the health department confirmed 11 heat deaths."),
        ("The union put national turnout at 850,000.", "In Marseille, police counted 9,500 marchers."),
        ("Floods in central Vietnam have killed 23 people, officials said.",
         "In Hue, police said a landslide killed six people."),
    ],
)
def test_a_count_across_the_country_is_not_a_citys_count(extractor, whole, part):
    (nation,) = claims_of(extractor, whole)
    (city,) = claims_of(extractor, part)
    assert conflict(city, nation) is None


def test_a_count_along_the_whole_front_is_not_one_directions_count(extractor):
    whole, stretch = claims_of(
        extractor,
        "Across the entire front line, Russia lost 1,090 troops over the past day, Ukraine's General "
        "Staff reported. In the Kostiantynivka direction over the past day the occupiers lost 240 "
        "soldiers, the spokesperson added.",
    )
    assert (whole.places, stretch.places) == (("*nationwide",), ("kostiantynivka",))
    assert conflict(stretch, whole) is None


@pytest.mark.parametrize(
    ("refugees", "abroad"),
    [
        ("UNHCR said about 21,000 people had crossed Lake Tanganyika into Burundi.", True),
        ("The number of people fleeing fighting in Keth province into Velmar has passed 41,000, the UN "
         "refugee agency said on Monday.", True),
        ("The ministry said 9,800 people had crossed the border since September.", True),
        ("About 12,000 people fled across the country, officials said.", False),
        ("About 5,000 people fled the fighting into Goma, officials said.", False),
        ("Officials said 8,000 people had been displaced and some had crossed into Chad.", False),
    ],
)
def test_people_who_fled_across_a_border_are_not_all_the_displaced(extractor, refugees, abroad):
    fled = only(claims_of(extractor, refugees), kind="figure")
    (displaced,) = claims_of(extractor, "The provincial government said 38,000 people had been displaced.")
    assert (fled.key, fled.subject.endswith("abroad")) == ("displaced", abroad)
    assert (conflict(fled, displaced) is None) is abroad


def test_a_figure_in_a_statement_the_speaker_rejects_is_rejected(extractor):
    body = ("The spokesman said no members of the security forces had been captured, rejecting the "
            "AA's statement that more than 300 soldiers had surrendered.")
    none = only(claims_of(extractor, body), kind="event")
    rejected = only(claims_of(extractor, body), kind="rejection")
    assert (none.key, none.polarity) == ("captured", "negate")
    assert (rejected.key, rejected.low, rejected.target_side) == ("captured", 300.0, "aa")


def test_no_town_captured_is_no_count_of_people_captured(extractor):
    (town,) = claims_of(extractor, "The army said no town had been captured.")
    assert (town.key, town.polarity) == ("capture|place", "negate")


@pytest.mark.parametrize(
    "denial",
    [
        "The army said no soldier had been taken prisoner.",
        '"Not a single serviceman was taken prisoner there," the spokesman said.',
        "The spokesman said no members of the security forces had been captured.",
        '"No unit surrendered," an army spokesman said.',
        "The army said not one soldier had been taken prisoner.",
    ],
)
def test_no_soldier_taken_prisoner_denies_soldiers_captured(extractor, denial):
    (none,) = claims_of(extractor, denial)
    assert (none.kind, none.key, none.polarity) == ("event", "captured", "negate")
    (taken,) = claims_of(extractor, "The rebels said more than 300 soldiers had surrendered.")
    assert (taken.key, taken.low) == ("captured", 300.0)
    assert conflict(taken, none) is not None


@pytest.mark.parametrize(
    "denial",
    ['"Not a single civilian was killed by our forces," the statement said.',
     "The army said not one civilian was killed."],
)
def test_not_a_single_civilian_killed_denies_civilians_killed(extractor, denial):
    (none,) = claims_of(extractor, denial)
    assert (none.key, none.subject, none.polarity) == ("deaths", "civilian", "negate")
    (toll,) = claims_of(extractor, "The health ministry said 31 civilians were killed.")
    assert conflict(toll, none) is not None


def test_a_toll_since_the_truce_is_no_strikes_toll(extractor):
    total = "The ministry said the toll of martyrs since the announcement of the ceasefire rose to 663."
    (whole,) = claims_of(extractor, total)
    (strike,) = claims_of(extractor, "Seventeen people were killed in Tuesday's strike, medics said.")
    assert whole.long_run
    assert conflict(strike, whole) is None
    # but the first attack since the truce is one attack
    first_attack = "Five people were killed in the first attack since the ceasefire, medics said."
    (first,) = claims_of(extractor, first_attack)
    assert not first.long_run


def test_fighters_killed_and_no_other_casualties_is_the_whole_toll(extractor):
    army = "The army said the two terrorists were eliminated and no additional casualties were identified."
    (fighters,) = claims_of(extractor, army)
    (toll,) = claims_of(extractor, "The health ministry said 17 people were killed in the strike.")
    assert (fighters.key, fighters.subject, fighters.low) == ("deaths", "", 2.0)
    assert conflict(toll, fighters) is not None
    # without it, two fighters may be some of the 17
    (some,) = claims_of(extractor, "The army said the two terrorists were eliminated.")
    assert conflict(toll, some) is None
    kept_out = "The army said 40 militants were killed, and no other people were allowed into the area."
    assert only(claims_of(extractor, kept_out), key="deaths").subject == "militant"


def test_three_times_a_figure_is_a_ratio_not_a_count(extractor):
    body = "The union said 36 miners died, three times the 12 deaths the company reported."
    claims = claims_of(extractor, body)
    assert 3.0 not in {c.low for c in claims}
    assert {36.0, 12.0} <= {c.low for c in claims}


def test_a_statement_speaks_for_the_body_quoted_before_it(extractor):
    claims = claims_of(
        extractor,
        "The General Staff said on Saturday that six soldiers were killed in the attack. According to "
        "a new communiqué published Sunday evening, the toll on the friendly side is of 7 soldiers fallen.",
    )
    assert [c.side for c in claims] == ["general staff", "general staff"]


def test_a_denial_that_any_religious_building_was_hit_meets_the_monastery_hit(extractor):
    (denial,) = claims_of(extractor, "The junta denied that any religious building was hit.")
    hit = only(claims_of(extractor, "Jets bombed a monastery in the village, residents said."), kind="event")
    assert denial.key == hit.key == "attack|religious building"
    assert conflict(hit, denial) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Three soldiers fell from a truck, police said.",
        "Twenty soldiers fell ill after the meal, medics said.",
        "About 300 militants fell back to the hills, the army said.",
    ],
)
def test_soldiers_who_fell_from_ill_or_back_are_not_dead(extractor, sentence):
    assert all(c.measure != "deaths" for c in claims_of(extractor, sentence))


def test_homes_flooded_are_not_people_missing(extractor):
    body = ("Eleven people remain missing, according to the disaster agency, and more than 52,000 "
            "homes have been flooded across five provinces.")
    assert [c.low for c in claims_of(extractor, body) if c.key == "missing"] == [11.0]


def test_dropping_an_assault_is_no_attack(extractor):
    (dropped,) = claims_of(extractor, "The army dropped its assault on the town, officials said.")
    assert not dropped.key.startswith("attack|")


def test_bombs_dropped_on_a_monastery_by_a_jet_attack_it_for_whoever_sent_the_jet(extractor):
    hit = only(
        claims_of(extractor, "A Y-12 aircraft dropped two bombs on the monastery, residents said."),
        kind="event",
    )
    (denial,) = claims_of(extractor, "The Tatmadaw did not attack any religious building, the army said.")
    assert (hit.key, hit.subject) == ("attack|religious building", "")
    assert conflict(hit, denial) is not None


def test_prisoners_taken_in_a_war_are_fighters(extractor):
    taken = only(claims_of(extractor, "JNIM said it killed 54 soldiers and took 14 prisoner."),
                 key="captured")
    (none,) = claims_of(extractor, "The army said no soldier had been taken prisoner.")
    assert (taken.subject, taken.low) == ("military", 14.0)
    assert conflict(taken, none) is not None
    (escaped,) = claims_of(extractor, "Police said 450 prisoners escaped.")
    assert escaped.subject == ""  # a jail's inmates
    (moved,) = claims_of(extractor, "Police said 450 prisoners were taken to a new prison.")
    assert moved.subject == ""


def test_a_place_written_with_and_without_its_accents_is_one_place(extractor):
    (army,) = claims_of(extractor, "Six soldiers were killed in the attack on the camp in Léré, it said.")
    (local,) = claims_of(extractor, "At least 20 soldiers were killed in the attack in Lere, officials said.")
    assert army.places == local.places == ("lere",)
    assert conflict(local, army) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "JNIM said it killed 54 soldiers in the attack, in a statement circulated on Wednesday.",
        "The group said in a video posted on Wednesday that it had killed 54 soldiers.",
    ],
)
def test_the_day_a_statement_was_made_public_is_not_the_events_day(extractor, sentence):
    claim = only(claims_of(extractor, sentence, published="2026-04-02T09:00:00Z"), key="deaths")
    assert (claim.event_date, claim.as_of) == (None, "2026-04-01")


def test_a_place_in_its_french_or_arabic_spelling_is_the_place_in_its_english_one():
    from claimwatch.gazetteer import place_key

    assert place_key("tombouctou") == place_key("timbuktu") == "timbuktu"
    assert place_key("al-hudaydah") == place_key("hodeidah") == "hodeidah"


def test_a_town_in_its_russian_spelling_is_the_town_in_its_ukrainian_one(extractor):
    taken = only(
        claims_of(extractor, "Russian troops completed the liberation of the city of Konstantinovka, "
                             "the Russian Defence Ministry said."),
        key="capture|place",
    )
    held = only(
        claims_of(extractor, "Kostiantynivka remains under the control of the Defence Forces of Ukraine, "
                             "the General Staff said."),
        key="capture|place",
    )
    assert "kostiantynivka" in taken.places and held.places == ("kostiantynivka",)
    assert conflict(held, taken) is not None


def test_a_city_in_the_south_of_a_country_is_no_count_of_the_south(extractor):
    sentence = "Nine people were killed in the southern Ukrainian city of Kherson, officials said."
    (claim,) = claims_of(extractor, sentence)
    assert "*nationwide" not in claim.places


def test_a_capital_is_also_a_place(extractor):
    claim = only(claims_of(extractor, "In Paris, police said 80,000 people had marched."), kind="figure")
    assert "paris" in claim.places and {"paris", "france"} <= set(claim.region)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told reporters in Kinshasa that 52 bodies had been recovered.",
        "The spokesman said at a news conference in Naypyidaw that nine people were killed.",
    ],
)
def test_where_a_claim_was_made_is_not_where_the_event_was(extractor, sentence):
    assert only(claims_of(extractor, sentence), kind="figure").places == ()


def test_a_count_that_reached_a_figure_says_it_rose(extractor):
    claim = only(claims_of(extractor, "The commission said its count had reached 31 dead."), kind="figure")
    assert (claim.key, claim.rising, claim.cumulative) == ("deaths", True, True)


def test_as_per_speaks_for_its_own_clause_beside_another_speaker(extractor):
    claims = claims_of(
        extractor,
        "As per the ministry, only 4,800 employees did not come to work on Tuesday, while the union "
        "said 40,000 were on strike.",
    )
    assert [(c.side, c.low) for c in claims] == [("ministry", 4800.0), ("union", 40000.0)]


def test_a_citys_police_speaks_for_the_police(extractor):
    claims = claims_of(
        extractor, "Organisers said 140,000 people marched.\n\nBrussels police put the number at 80,000."
    )
    assert [(c.side, c.low) for c in claims] == [("organiser", 140000.0), ("police", 80000.0)]


def test_a_claim_naming_no_day_is_about_the_articles_main_day(extractor):
    claims = claims_of(
        extractor,
        "Hundreds of thousands marched across France on Tuesday, police said.\n\n"
        "The first protest, on Monday 28 February, drew fewer people, the ministry said.\n\n"
        "The CGT union said the turnout was 1.8 million.",
    )
    union = only(claims, side="cgt union")
    assert union.context_date == "2022-03-01"  # Tuesday, the article's day, not the background Monday


def test_a_day_put_before_those_who_count_is_the_day_counted(extractor):
    claims = claims_of(
        extractor,
        "In Nairobi on Tuesday, police estimated the crowd at 1,800 people.\n\n"
        "Police estimated on Tuesday that 3,000 people had marched on Monday.\n\n"
        "On Tuesday, rescuers counted 41 bodies.",
    )
    assert [(c.low, c.event_date) for c in claims if c.measure in ("participants", "deaths")] == [
        (1800.0, "2022-03-01"),  # the crowd of Tuesday
        (3000.0, "2022-02-28"),  # Tuesday is when they estimated Monday's march
        (41.0, None),  # a count of bodies stands on the day it is given: a running count
    ]


def test_a_day_to_come_is_not_the_articles_main_day(extractor):
    claims = claims_of(
        extractor,
        "Doctors will strike again on Thursday after the walkout, the union said.\n\n"
        "The unions put the national turnout at 130,000.",
    )
    assert only(claims, side="union").context_date is None  # not Thursday's, still to come


def test_a_day_named_by_a_strike_to_come_is_not_the_articles_main_day(extractor):
    claims = claims_of(
        extractor,
        "Unions said they would press ahead with a second strike next week after Tuesday's "
        "walkout.\n\nThe unions put the national turnout at 130,000.",
    )
    # "Tuesday's walkout" may be past or to come; either way it dates nothing after it
    assert only(claims, side="union").context_date in (None, "2022-03-01")


def test_an_approximate_turnout_is_off_by_points_not_by_a_tenth(extractor):
    claims = claims_of(
        extractor, "The opposition said its poll watchers recorded turnout of around 55%."
    )
    assert [(c.low, c.high) for c in claims if c.measure == "participants"] == [(52.5, 57.5)]


def test_a_toll_of_so_many_dead_and_so_many_injured(extractor):
    claims = claims_of(extractor, "The provisional toll is 11 dead and 7 injured, the ministry said.")
    assert [(c.measure, c.low) for c in claims] == [("deaths", 11.0), ("injured", 7.0)]


def test_a_crowd_that_turned_out(extractor):
    claims = claims_of(
        extractor,
        "The organisers said fewer than 60,000 people had attended, while police said more than "
        "200,000 had turned up.\n\nAbout 5,000 people turned out for the rally, police said.",
    )
    assert [(c.measure, c.side, c.low) for c in claims if c.measure == "participants"] == [
        ("participants", "organiser", 0.0),
        ("participants", "police", 200000.0),
        ("participants", "police", 4500.0),
    ]
    voters = claims_of(extractor, "About 2.1 million people turned out to vote, the commission said.")
    assert [c.low for c in voters if c.measure == "participants"] == [1890000.0]
    # what a figure proved to be, what a search found, and who came to work in a strike, are
    # no crowd
    for body in ("The figure of 3,000 turned out to be wrong, the ministry said.",
                 "The search had turned up 14 more bodies, police said.",
                 "The ministry said only 27% of doctors turned up for work on Tuesday.",
                 "About 2,000 teachers showed up for classes on Tuesday, the ministry said.",
                 "Only 1,200 workers turned up at the factory on Tuesday, management said.",
                 "Only 300 of the 2,000 miners showed up to work on Tuesday, the company said."):
        assert not [c for c in claims_of(extractor, body) if c.measure == "participants"], body


def test_marchers_counted_by_a_bare_number_or_by_a_count(extractor):
    (bare,) = claims_of(extractor, "The CGT said 350,000 marched in the capital.")
    counted = claims_of(extractor, "Organisers said 100,000 people marched.\n\nPolice counted 55,000 people.")
    assert (bare.key, bare.low) == ("participants", 350000.0)
    assert [(c.key, c.side, c.low) for c in counted] == [
        ("participants", "organiser", 100000.0),
        ("participants", "police", 55000.0),
    ]


def test_a_hyphenated_number_describes_a_thing(extractor):
    claims = claims_of(extractor, "A missile hit a nine-storey building, killing seven people, police said.")
    assert [c.low for c in claims if c.kind == "figure"] == [7.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Jurm district alone, 47 people were killed, the governor said.",
        "The hospital alone had recorded 14 deaths, a doctor said.",
        "MSF said it had recorded 17 deaths at one facility.",
        "A doctor said 11 people had died of heatstroke at the hospital since Friday.",
        "The charity said its morgues had received 568 bodies since Thursday.",
    ],
)
def test_a_count_of_a_part_says_the_whole_is_no_less(extractor, sentence):
    claim = only(claims_of(extractor, sentence), kind="figure", key="deaths")
    assert (claim.qualifier, claim.high) == ("at_least", None)


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        ("A drone strike on the market killed 12 people, doctors said.", ("strike", "war")),
        ("Doctors said the shelling of the market killed 12 people.", ("war",)),
        ("The union said 40,000 workers joined the strike on Monday.", ("strike",)),
    ],
)
def test_a_military_strike_is_war(extractor, body, topics):
    assert claims_of(extractor, body)[0].topics == topics


@pytest.mark.parametrize(
    "sentence",
    [
        # a rate: what is usual, or per unit of time
        "An official said the morgues normally receive 30 to 40 bodies a day.",
        "The refinery processes around 9 million tons of crude a year, the company said.",
        # a forecast; history
        "Economists expect annual inflation to fall to 29.6 percent by the end of 2025.",
        "Earlier this year the army seized the camp in an assault that the UN said killed 400 people.",
    ],
)
def test_rates_forecasts_and_history_count_nothing_of_the_day(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.kind == "figure"] == []



# One says a thing happened, another that it did not: both are the act "be|<thing>".
OCCURRENCES = [
    ("A large fire broke out at the oil depot, the General Staff said.", "affirm"),
    ("The General Staff said a fire had been recorded at the depot.", "affirm"),
    ("There was no fire at the depot, the governor said.", "negate"),
    ("Reports of a fire at the depot are untrue, the governor said.", "negate"),
    ("The governor said reports of a fire were not true.", "negate"),
]


@pytest.mark.parametrize(("sentence", "polarity"), OCCURRENCES)
def test_a_thing_that_happened_or_did_not(extractor, sentence, polarity):
    claim = only(claims_of(extractor, sentence), key="be|fire")
    assert (claim.kind, claim.polarity) == ("event", polarity)


def test_a_denied_report_of_an_explosion_says_there_was_none(extractor):
    claim = only(claims_of(extractor, "The governor denied reports of an explosion at the plant."))
    assert (claim.key, claim.polarity) == ("be|explosion", "negate")


def test_corpses_are_the_dead(extractor):
    # the small model lemmatises "corpses" as "corps"
    claim = only(claims_of(extractor, "Police counted 146 corpses."), kind="figure")
    assert (claim.key, claim.low) == ("deaths", 146.0)



def test_a_national_rate_of_no_named_country_is_the_one_country_the_report_is_about(extractor):
    official, independent = claims_of(
        extractor,
        "Turkey said annual inflation eased to 35.1% in June. "
        "The independent group ENAG said annual inflation in June was 71.2%.",
    )
    assert official.key == independent.key == "inflation|turkey"


@pytest.mark.parametrize(
    ("body", "figure_text"),
    [
        ("Police counted 5,000 demonstrators. The unions announced 9,000.", "9,000"),
        ("Unions said 60 percent of teachers had joined the strike.", "60 percent"),
        ("The education ministry put participation much lower, at 24.7 percent.", "24.7 percent"),
    ],
)
def test_ways_of_giving_a_turnout(extractor, body, figure_text):
    claim = only(claims_of(extractor, body), kind="figure", figure_text=figure_text)
    assert claim.key == "participants"


def test_not_mentioning_casualties_denies_none(extractor):
    assert claims_of(extractor, "The ministry did not mention civilian casualties.") == []


def test_the_outlets_own_no_deaths_reported_denies_nothing(extractor):
    # "No deaths have been reported": none known yet, said by no one
    claims = claims_of(extractor, "A wildfire burned 3,200 hectares. No deaths have been reported.")
    assert [c for c in claims if c.key == "deaths"] == []


def test_a_group_named_in_apposition_speaks_for_itself(extractor):
    official, monitors = claims_of(
        extractor,
        "The Central Election Commission said turnout stood at 31.6 percent. But the independent "
        "monitoring group Taza Shailoo estimated turnout at about 19 percent.",
    )
    assert (official.side, monitors.side) == ("central election commission", "taza shailoo")



def test_a_place_named_as_where_is_kept_though_the_speaker_bears_its_name(extractor):
    claim = only(
        claims_of(
            extractor, "Inflation in Istanbul stood at 41.3 percent, the Istanbul Chamber of Commerce said."
        ),
        kind="figure",
    )
    assert claim.places == ("istanbul",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police used force to stop a group of about 50 protesters.",
        "The commission said turnout stood at 31.6 percent as of 6:00 pm.",
    ],
)
def test_some_of_a_crowd_and_a_turnout_so_far_are_lower_bounds(extractor, sentence):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert (claim.key, claim.qualifier, claim.high) == ("participants", "at_least", None)


def test_a_strikes_share_at_midday_is_the_days_figure(extractor):
    body = "The ministry put participation at 24.7 percent at midday."
    assert only(claims_of(extractor, body), kind="figure").qualifier == "exact"


def test_with_unions_claiming_speaks_for_the_unions(extractor):
    body = "Teachers walked out, with unions claiming that 60 percent of teachers had joined the strike."
    assert only(claims_of(extractor, body), kind="figure").side == "union"


def test_a_company_role_speaks_for_the_company_and_a_deadline_is_no_period(extractor):
    report, denial = claims_of(
        extractor,
        "Hallberg plans to cut about 4,000 jobs in Germany by the end of 2027, a newspaper reported. "
        "Hallberg chief executive Matthias Kröner said there were no plans for mass layoffs.",
    )
    assert (report.key, report.period) == ("job_cuts|hallberg", None)
    assert (denial.key, denial.side, denial.polarity) == ("job_cuts|hallberg", "hallberg", "negate")


def test_halting_and_suspending_are_one_act(extractor):
    order, denial = (
        c
        for c in claims_of(
            extractor,
            "Workers said the plant suspended production on Monday. "
            "The operator said it had not halted production.",
        )
        if c.key.startswith("halt|")
    )
    assert order.key == denial.key == "halt|production"


def test_the_report_is_false_rejects_the_figure_reported_last(extractor):
    claims = claims_of(
        extractor,
        'Hallberg plans to cut about 4,000 jobs, a newspaper reported. "The report is false. There are '
        'no plans for mass layoffs," Kröner told employees.',
    )
    rejection = only(claims, kind="rejection")
    assert (rejection.key, rejection.target_side, rejection.text) == (
        "job_cuts|hallberg", "newspaper", '"The report is false.'
    )


def test_a_figure_noun_with_a_measure_gives_that_measure(extractor):
    body = 'The official said the turnout figure of 33.2 percent was "accurate and final."'
    claim = only(claims_of(extractor, body), kind="figure")
    assert (claim.key, claim.low, claim.unit) == ("participants", 33.2, "%")


def test_a_paragraph_opening_on_a_place_sets_the_scene_for_its_claims(extractor):
    police, unions, brest = claims_of(
        extractor,
        "In Rennes, the procession stretched for more than a kilometre. Police counted 5,000 "
        "demonstrators. The unions announced 9,000.\n\nIn Brest, 2,200 people marched, the prefecture said.",
    )
    assert (police.places, unions.places, brest.places) == (("rennes",), ("rennes",), ("brest",))


def test_a_company_officer_of_no_named_company_speaks_for_the_one_reported_on(extractor):
    report, denial = claims_of(
        extractor,
        'Tana Commercial Bank plans to cut 600 jobs, sources said. "We have no plans to lay off '
        'staff," managing director Jane Wanjiru said.',
    )
    assert report.key == denial.key == "job_cuts|tana commercial"  # ("Tana Commercial" for short)
    assert (denial.side, denial.polarity) == ("tana commercial bank", "negate")


def test_a_sentence_opening_on_another_place_is_another_event_of_the_report(extractor):
    _, buenos_aires, cordoba = claims_of(
        extractor,
        "Pensioners marched to Congress in Buenos Aires on Wednesday. Organisers said 80,000 people "
        "took part. The City police put the figure at 12,000.\n\nIn Córdoba, police said about 5,000 "
        "people marched to the legislature.",
    )
    assert (buenos_aires.places, buenos_aires.article_place) == ((), "buenos aires")
    assert (cordoba.places, cordoba.article_place) == (("cordoba",), "buenos aires")
    assert conflict(buenos_aires, cordoba) is None


def test_the_last_two_bodies_add_to_a_toll(extractor):
    body = "The rescue team called off its search after recovering the last two bodies, police said."
    claim = only(claims_of(extractor, body), kind="figure")
    assert (claim.key, claim.qualifier, claim.high) == ("deaths", "at_least", None)



def test_a_few_people_picked_out_unhurt_deny_no_toll(extractor):
    body = "Fragments of a drone fell on a private house, and the owners were not injured, he said."
    assert [c for c in claims_of(extractor, body) if c.key == "injured"] == []
    (none,) = claims_of(extractor, "Nobody was injured, police said.")
    assert (none.key, none.polarity) == ("injured", "negate")


def test_what_a_figure_counts_is_its_own_noun_not_the_verbs_other_object(extractor):
    body = "The bank plans to cut 600 jobs and close 14 branches, sources say."
    jobs, branches = claims_of(extractor, body)
    assert (jobs.key, branches.key) == ("job_cuts", "cut|branch")
    body = "It will reduce its German workforce by around 1,200 positions, he said."
    (positions,) = claims_of(extractor, body)
    assert positions.key.startswith("job_cuts")


def test_a_strike_on_part_of_a_building_is_a_strike_on_the_building(extractor):
    hit, denied = (
        c
        for c in claims_of(
            extractor,
            "The mayor said the drone hit the upper floor of the hospital. "
            "The defence ministry denied striking the maternity hospital.",
        )
        if c.key.startswith("attack|")
    )
    assert hit.key == denied.key == "attack|hospital"
    assert (hit.polarity, denied.kind) == ("affirm", "rejection")
    assert hit.subject == ""  # "the drone" names no side; "a Russian drone" would


def test_areas_are_compared_in_square_metres(extractor):
    from claimwatch.detect import describe

    claims = claims_of(
        extractor,
        "Ukraine said a fire broke out on an area of about 1,000 square meters. "
        "The fire, covering 150 square metres, was put out by morning, the refinery said. "
        "The wildfire has burned 3,200 hectares, the fire service said.",
    )
    staff, company, wildfire = (only(claims, key="area", low=low) for low in (900.0, 150.0, 32_000_000.0))
    assert staff.unit == company.unit == wildfire.unit == "m2"
    assert conflict(company, staff) is not None
    assert describe(company) == "Refinery: 150 square metres in area (2 Mar 2022)"


def test_the_capital_is_the_capital_of_the_state_reported_on(extractor):
    claims = claims_of(
        extractor,
        "The union said more than 2.5 million people had marched across France. "
        "Its count for the capital was half a million.",
    )
    capital = only(claims, figure_text="half a million")
    assert capital.places == ("paris",)


@pytest.mark.parametrize("country, capital", [("Slovakia", "bratislava"), ("Kenya", "nairobi")])
def test_the_capital_of_a_state_known_by_its_capital_only_as_a_place(extractor, country, capital):
    claims = claims_of(
        extractor,
        f"Thousands marched across {country} on Sunday. Police said 14,000 people marched in the capital.",
    )
    assert only(claims, figure_text="14,000").places == (capital,)


def test_a_denial_phrase_is_whole_words(extractor):
    # "rallies" holds "lies"; the count is no rejection
    body = "The group, which counts participants at rallies, estimated that 40,000 people attended."
    assert only(claims_of(extractor, body), kind="figure").key == "participants"


@pytest.mark.parametrize(
    "text",
    [
        "Over the past day the Defense Forces eliminated 1,040 occupiers, the General Staff said.",
        "Russia's defence ministry said air defences destroyed 57 drones overnight.",
        "The ministry said 12 people were killed in the past 24 hours.",
    ],
)
def test_a_count_of_the_past_day_is_of_the_day_it_was_given(extractor, text):
    claim = only(claims_of(extractor, text), kind="figure")
    assert claim.period == "d2022-03-02"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a hospital counts the dead it received: a part of the toll, which is no less
        ("Four people died of heatstroke at the Jinnah Postgraduate Medical Centre, its head said.",
         "at_least"),
        ("Civil Hospital Karachi reported 19 such deaths over the same period.", "at_least"),
        ("About two dozen wounded people are being treated at clinics run by the resistance.", "at_least"),
        # a medical group counts the toll of the attack
        ("Shelling killed 42 people on Sunday, a medical group said.", "exact"),
    ],
)
def test_a_facilitys_count_is_a_part_of_the_toll(extractor, text, qualifier):
    assert only(claims_of(extractor, text), kind="figure").qualifier == qualifier


def test_a_figure_moved_from_is_the_old_one(extractor):
    text = ("Police said 6,500 teachers marched against the job cuts on Thursday. The government "
            "said it would reduce the number of posts to be cut next year to 2,000, from the 4,000 "
            "initially planned.")
    assert "4,000" not in [c.figure_text for c in claims_of(extractor, text)]


def test_an_attack_carried_out_on_a_thing_is_an_attack_on_it(extractor):
    body = ("The ministry said its forces carried out a strike on a gathering of troops in Kherson. "
            "The ministry said its forces did not carry out any strikes on medical facilities in Kherson.")
    gathering, facilities = (c for c in claims_of(extractor, body) if c.measure == "act")
    assert (gathering.key, facilities.key) == ("attack|military target", "attack|hospital")
    assert conflict(facilities, gathering) is None


@pytest.mark.parametrize(
    "text",
    [
        "Officials said four of the wounded died in hospital on Tuesday.",
        "The ministry said 1,300 soldiers were lost. Of these, up to 385 were lost near Pokrovsk.",
    ],
)
def test_some_of_a_group_is_a_part_of_it(extractor, text):
    part = claims_of(extractor, text)[-1]
    assert (part.figure_text.split()[-1], part.qualifier) in (("four", "at_least"), ("385", "at_least"))


def test_a_year_that_names_a_thing_is_not_the_period_counted(extractor):
    text = ("The interior ministry counted 198,000 demonstrators across France on Thursday against the "
            "2026 austerity budget.")
    claim = only(claims_of(extractor, text, published="2026-03-19T18:00:00Z"), kind="figure")
    assert (claim.period, claim.long_run) == (None, False)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The shadow National Unity Government, made up largely of lawmakers ousted in the 2021 "
         "coup, said 41 people had been killed in Wednesday's strike.", "deaths"),
        ("The bank will cut 1,200 full-time positions, the lender said on Wednesday, as it reported "
         "an 18 percent rise in first-quarter profit.", "job_cuts"),
        ("The government said the drones were launched by the RSF, which has repeatedly targeted "
         "the city since losing control of the capital last year.", "use|drone"),
    ],
)
def test_a_period_told_beside_the_claim_is_not_its_period(extractor, text, key):
    claim = only(claims_of(extractor, text, published="2026-05-14T10:00:00Z"), key=key)
    assert claim.period is None


@pytest.mark.parametrize(
    ("text", "key", "period"),
    [
        ("The UN recorded 1,200 civilians killed in the first quarter.", "deaths", "q1"),
        ("There were 300 cholera cases recorded in March.", "cases", "m3"),
        ("80 people were killed in attacks carried out in January, officials said.", "deaths", "m1"),
        ("Profit fell 20 percent as sales dropped in the first quarter.", "change|profit", "q1"),
        ("While exports fell 3 percent in the first quarter, imports rose 12%.", "change|import", "q1"),
    ],
)
def test_a_period_told_of_what_was_counted_stays_its_period(extractor, text, key, period):
    claim = only(claims_of(extractor, text, published="2026-05-14T10:00:00Z"), key=key)
    assert claim.period is not None and period in claim.period


@pytest.mark.parametrize(
    "text",
    ["The war between the army and the RSF, which began in April 2023, has killed tens of "
     "thousands of people, according to the United Nations.",
     "The floods, which killed 40 people in March 2024, were the worst in decades."],
)
def test_a_period_told_of_what_did_the_counting_is_its_period(extractor, text):
    (dead,) = [c for c in claims_of(extractor, text, published="2026-05-14T10:00:00Z") if c.key == "deaths"]
    assert dead.period is not None and "y202" in dead.period


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        ('"More than 1,300 flights will not take place on Tuesday," the union said.', "cancel|flight", 1300),
        ("The association said at least 120 flights did not leave Riga today.", "cancel|flight", 120),
        ("The union said 300 trains did not run on Tuesday.", "cancel|train", 300),
    ],
)
def test_services_that_did_not_run_were_cancelled(extractor, text, key, low):
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.key, claim.low, claim.polarity) == (key, low, "affirm")


@pytest.mark.parametrize(
    "text",
    ["The airline said 40 flights were not delayed.",
     "At least 500 flights did not depart on schedule.",
     "About 200 trains did not run until midday.",
     "Some 120 flights did not operate as scheduled.",
     "Thirty flights did not fly empty.",
     "About 20 Easter services did not take place."],
)
def test_services_that_ran_late_or_otherwise_were_not_cancelled(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key.startswith("cancel|")]


@pytest.mark.parametrize(
    "text",
    ["200 flights did not take off, the airport said.", "Ten sailings did not go ahead."],
)
def test_services_that_did_not_take_off_or_go_ahead_were_cancelled(extractor, text):
    claim = only(claims_of(extractor, text), kind="figure")
    assert claim.key.startswith("cancel|") and claim.polarity == "affirm"


def test_people_who_participated_are_participants_and_warships_are_not(extractor):
    march = "Organisers said 5,000 people participated in the march."
    said = only(claims_of(extractor, march), kind="figure")
    assert (said.key, said.low) == ("participants", 5000)
    drills = "The ministry said 32 warships participated in the drills."
    drill = only(claims_of(extractor, drills), kind="figure")
    assert drill.key != "participants"


@pytest.mark.parametrize(
    ("text", "key"),
    [("Some 80 tractors participated in the protest.", "cross|tractor"),
     ("About 3,000 tractors joined the protest, the union said.", "cross|tractor"),
     ("Twenty countries participated in the talks.", "participate|country"),
     ("Some 90 schools joined the strike.", "join|school")],
)
def test_vehicles_and_bodies_that_took_part_are_not_people_taking_part(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == [key]


def test_a_speaker_named_with_an_acronym_after_a_list_of_tolls_speaks(extractor):
    text = ("A magnitude 6.3 earthquake struck Turkey's eastern Malatya province before dawn on Monday, "
            "killing at least 41 people and injuring 380 others, the country's Disaster and Emergency "
            "Management Authority (AFAD) said.")
    sides = {c.key: c.side for c in claims_of(extractor, text)}
    assert sides["deaths"] == sides["injured"] == "disaster and emergency management authority"


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [('"By our count, 31 workers have not come out of that mine," Chanda said.', "trapped", 31),
     ("The union said at least 16 workers went into that tunnel and did not come out.", "trapped", 16),
     ("A union leader said 29 workers who were on shift have not been found.", "missing", 29)],
)
def test_people_not_out_or_not_found_are_trapped_or_missing(extractor, text, key, low):
    claim = only(claims_of(extractor, text), kind="figure")
    # (both counted as the missing: those not yet brought out)
    assert (claim.measure, claim.key, claim.low, claim.polarity) == (key, "missing", low, "affirm")


@pytest.mark.parametrize(
    "text",
    ["Twelve residents have not been found guilty.",
     "50 fighters have not come out of hiding.",
     "200 residents have not come out of their homes since the curfew.",
     "Seven hikers have not been found, police said."],
)
def test_people_judged_hiding_or_uncounted_are_not_trapped_nor_missing(extractor, text):
    said = claims_of(extractor, text)
    assert not [c for c in said if c.key in ("trapped", "missing")]
    assert all(c.polarity == "negate" for c in said if c.kind == "figure")


def test_people_who_did_not_come_out_to_vote_are_not_trapped(extractor):
    said = claims_of(extractor, "About 300 people did not come out to vote, officials said.")
    assert not [c for c in said if c.key == "trapped"]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [("There are no plans to close the plant, the spokesperson said.", "affirm"),
     ('"We will not close the Plauen plant," he said.', "affirm"),
     ("The company does not plan to shut the factory, a spokesman said.", "affirm"),
     ('"The company has no plans for layoffs or for closing the Gunsan plant," it said.', "affirm"),
     ("The company said it had no intention of closing the plant.", "affirm"),
     ("The Plauen plant will close by the end of 2026, the company said.", "negate")],
)
def test_a_closing_ruled_out_keeps_the_plant_working(extractor, text, polarity):
    (working,) = [c for c in claims_of(extractor, text) if c.key == "operate|plant"]
    assert working.polarity == polarity


@pytest.mark.parametrize(
    "text",
    ["The company said the plant will not close until 2027.",
     "The company will not shut the Brussels plant before February.",
     "The company would not close the plant if the state provided subsidies.",
     "There are no plans to close any other plants, the company said."],
)
def test_a_closing_put_off_or_of_other_plants_keeps_nothing_working(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key == "operate|plant" and c.polarity == "affirm"]


def test_a_closing_in_a_denied_report_is_not_the_deniers_word(extractor):
    # the company denies the union's report: it does not say the plant will shut
    said = claims_of(extractor, "Hanbit Motors on Thursday denied a union report that it plans to "
                                "cut jobs and shut its engine plant in Gunsan.")
    assert not [c for c in said if c.key == "operate|plant"]


def test_not_planning_to_shut_a_factory_denies_shutting_it(extractor):
    said = claims_of(extractor, "The company does not plan to shut the factory, a spokesman said.")
    assert [c.polarity for c in said if c.key == "close|factory"] == ["negate"]


@pytest.mark.parametrize(
    "text",
    ['The army said "no detainees were harmed" during the operation.',
     "Officials said no hostages were killed.",
     "No hostages were freed, officials said."],
)
def test_no_captives_harmed_says_nothing_of_captives_taken_or_of_the_toll(extractor, text):
    assert [c for c in claims_of(extractor, text) if c.measure in ("detained", "captured", "deaths")] == []


@pytest.mark.parametrize(
    ("text", "side"),
    [("Shelling killed five people in the town, police and residents said.", "police"),
     ("Air strikes killed 12 people in Idlib, the Syrian Observatory for Human Rights (SOHR) said.", "sohr")],
)
def test_the_first_body_named_before_said_speaks(extractor, text, side):
    assert only(claims_of(extractor, text), kind="figure").side == side


def test_no_compulsory_redundancies_denies_no_cuts(extractor):
    said = claims_of(extractor, "The bank said there would be no compulsory redundancies.")
    assert not [c for c in said if c.measure == "job_cuts"]
    said = claims_of(extractor, "The bank said there would be no redundancies.")
    assert [(c.measure, c.polarity) for c in said] == [("job_cuts", "negate")]


def test_some_of_a_counted_group_described_is_no_count_of_its_own(extractor):
    text = ("The ministry said at least 950 Palestinians, many of them militants but also scores of "
            "civilians, have been killed in the territory.")
    assert "scores" not in [c.figure_text for c in claims_of(extractor, text)]


@pytest.mark.parametrize(
    ("taken", "held"),
    [
        ("The ministry said its units had liberated the town of Kupiansk.",
         '"Kupiansk is under the control of the Defense Forces of Ukraine," the spokesman said.'),
        ("The group said its fighters took control of the army base in Djibo.",
         "The army said the camp in Djibo remains under the control of its troops."),
        # a town the model takes for an organisation; a locality of a name
        ("The ministry said its units had liberated the settlement of Shakhove.",
         "Our defenders repelled all attacks, and Shakhove remains under the control of the Defense "
         "Forces, the General Staff said."),
        ("The rebels said they had captured Nyabiondo.",
         "The locality of Nyabiondo remains under the total control of the loyalist forces, the army said."),
    ],
)
def test_a_place_held_denies_its_capture(extractor, taken, held):
    (capture,) = claims_of(extractor, taken)
    (control,) = [c for c in claims_of(extractor, f"{taken} {held}") if c.polarity == "negate"]
    assert capture.key == control.key and conflict(control, capture) is not None


def test_a_military_target_struck_meets_a_denial_that_there_was_one(extractor):
    (struck,) = claims_of(extractor, "The Russian Defence Ministry said its forces struck a temporary "
                                     "deployment point of Ukrainian army units.")
    (none,) = claims_of(extractor, "The governor said there was no military facility at the site.")
    assert struck.key == none.key == "attack|military target"
    assert (struck.polarity, none.polarity) == ("affirm", "negate")
    assert conflict(none, struck) is not None
    always = claims_of(extractor, "The ministry said Russian forces strike only military targets.")
    assert "attack|military target" not in [c.key for c in always]  # what a side always does


def test_dead_who_were_all_civilians_were_no_fighters(extractor):
    (none,) = claims_of(extractor, "The mayor said the dead were all civilians.")
    killed = only(claims_of(extractor, "The Israeli military said it killed four Hezbollah operatives."),
                  kind="figure")
    assert (none.key, none.subject, none.polarity) == ("deaths", "militant", "negate")
    assert conflict(none, killed) is not None
    assert claims_of(extractor, "The army said the men were civilians.")[0].key != "deaths"


def test_attending_to_the_injured_is_treating_them(extractor):
    text = "The Kenya Red Cross said it had attended to 160 injured people."
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.key, claim.qualifier) == ("injured", "at_least")  # those it treated: a part


def test_the_buried_are_some_of_the_dead(extractor):
    text = "Local sources said at least 20 soldiers had been buried."
    buried = only(claims_of(extractor, text), kind="figure")
    rubble = claims_of(extractor, "Rescuers said 12 people were buried under the rubble.")
    assert (buried.key, buried.subject, buried.qualifier) == ("deaths", "military", "at_least")
    assert "deaths" not in [c.key for c in rubble]


@pytest.mark.parametrize(
    ("held", "taken"),
    [
        ('"The base of Djibo was never taken," the minister said.',
         "The rebels said they had captured the base in Djibo."),
        ('"The camp of Léré never fell," the army said.', "JNIM said it had seized the camp of Léré."),
    ],
)
def test_a_camp_that_never_fell_was_not_taken(extractor, held, taken):
    (never,) = claims_of(extractor, held)
    (seized,) = [c for c in claims_of(extractor, taken) if c.kind == "event"]
    assert (never.key, never.polarity) == (seized.key, "negate")
    assert conflict(never, seized) is not None
    decision = claims_of(extractor, "No decision was taken, the minister said.")
    assert "capture|base" not in [c.key for c in decision]


def test_a_place_now_under_our_control_was_taken(extractor):
    (taken,) = claims_of(extractor, '"Nyabiondo is now under our control," the rebel spokesman said.')
    (held,) = claims_of(extractor, "The army said Nyabiondo remains under the control of its troops.")
    assert (taken.key, taken.polarity) == ("capture|place", "affirm")
    assert conflict(held, taken) is not None


def test_fighters_who_suffered_no_losses_lost_none_of_their_own(extractor):
    (none,) = claims_of(extractor, "The rebel spokesman said the rebels had suffered no losses.")
    killed = only(claims_of(extractor, "The army said 37 rebels were killed in the fighting."), kind="figure")
    assert (none.key, none.subject, none.polarity) == ("deaths", "militant", "negate")
    assert conflict(none, killed) is not None
    (money,) = claims_of(extractor, "The company said it suffered no losses from the fire.")
    assert money.key != "deaths"


def test_a_named_storm_is_no_place(extractor):
    claim = only(claims_of(extractor, "Typhoon Sinlaku killed 22 people in Catanduanes, the governor said."),
                 kind="figure")
    assert "typhoon sinlaku" not in claim.places + claim.region


def test_a_situation_under_control_holds_no_place(extractor):
    claims = claims_of(extractor, "The situation is under control, the governor said.")
    assert [c.key for c in claims] == ["be|under control"]


@pytest.mark.parametrize(
    ("claimed", "denied", "disputed"),
    [
        ("Russia's defence ministry said its forces destroyed three Ukrainian tanks near Pokrovsk.",
         "Ukraine's army said it had not lost a single tank near Pokrovsk.", True),
        ("Russia said its air defences shot down a Ukrainian Su-27 fighter jet.",
         "The Ukrainian Air Force said it had lost no aircraft.", True),
        ("Russia's defence ministry said the enemy lost three tanks near Pokrovsk.",
         "Ukraine's army said it had not lost a single tank near Pokrovsk.", True),
        # what Ukraine destroyed was not Ukraine's
        ("Ukraine's General Staff said its forces destroyed five tanks near Pokrovsk.",
         "Ukraine's army said it had not lost a single tank near Pokrovsk.", False),
    ],
)
def test_a_thing_destroyed_is_the_other_sides_loss(extractor, claimed, denied, disputed):
    (claim,) = claims_of(extractor, claimed)
    (denial,) = claims_of(extractor, denied)
    assert claim.key == denial.key
    assert (conflict(denial, claim) is not None) is disputed


@pytest.mark.parametrize(
    ("working", "stopped"),
    [
        ('The governor said "the enterprise is operating normally" after the drone attack.',
         "The refinery halted its main crude distillation unit after the attack, sources said."),
        ("The minister said bus lines in the capital had operated normally.",
         "The drivers' union said no bus line ran in the capital."),
        ("The company said the Pune plant would remain open.",
         "The union said the Pune plant would close."),
        ("The border crossing at Rafah reopened on Monday, officials said.",
         "The border crossing at Rafah remained closed on Monday, witnesses said."),
    ],
)
def test_a_facility_working_and_one_halted_disagree(extractor, working, stopped):
    (works,) = [c for c in claims_of(extractor, working) if c.key.startswith("operate|")]
    (halted,) = [c for c in claims_of(extractor, stopped) if c.key.startswith("operate|")]
    assert (works.polarity, halted.polarity) == ("affirm", "negate")
    assert conflict(halted, works) is not None


def test_a_situation_said_normal_says_nothing_of_a_facility(extractor):
    assert not [c for c in claims_of(extractor, "The situation is normal, the governor said.")
                if c.key.startswith("operate|")]


def test_since_that_says_which_raid_is_no_long_run(extractor):
    text = ("The opposition says 53 people were killed in the attack on Thursday, one of the deadliest "
            "air raids since the coup.")
    claim = only(claims_of(extractor, text), kind="figure")  # and "one of the deadliest" counts nothing
    assert (claim.figure_text, claim.long_run) == ("53", False)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Thirty-one people were wounded, officials said.", 31.0, 31.0),
        ("Officials said twenty-three people were killed.", 23.0, 23.0),
        ("Officials said between twenty-one and thirty people were killed.", 21.0, 30.0),
        ("Officials said 20-30 people were killed.", 20.0, 30.0),
    ],
)
def test_a_number_written_with_a_hyphen_is_one_number(extractor, text, low, high):
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.low, claim.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The company said the vessel was licensed to carry 350 passengers.",
        "The ferry can hold 400 people, the operator said.",
        "The camp has a capacity of 3,000 people, officials said.",
    ],
)
def test_what_a_vessel_may_hold_is_no_count(extractor, text):
    # (what it may hold is its capacity, which another side may dispute, not those aboard)
    assert {c.measure for c in claims_of(extractor, text) if c.kind == "figure"} <= {"capacity"}


def test_a_facility_counts_only_the_figures_of_its_own_clause(extractor):
    text = ("He said seven civilians lost their lives in the attack while 11 others were injured and "
            "are receiving treatment at a military medical facility.")
    dead = only(claims_of(extractor, text), kind="figure", measure="deaths")
    assert dead.qualifier == "exact"
    text = "34 people were injured, of them 11 remain in hospitals, the Emergency Service said."
    part = [c for c in claims_of(extractor, text) if c.figure_text == "11"]
    assert [c.qualifier for c in part] == ["at_least"]


def test_the_figure_of_500_dead_rejected(extractor):
    text = "The ministry said the figure of 500 dead was false."
    claim = only(claims_of(extractor, text), kind="rejection")
    assert (claim.key, claim.low) == ("deaths", 500.0)


@pytest.mark.parametrize(
    "text",
    [
        '"Claims that 300 people died in the floods are wrong," the minister said.',
        '"A death toll of 300 has no basis," the minister said.',
        'Floods killed 12 people, the minister said. "The number 300 being quoted is wrong."',
    ],
)
def test_a_figure_named_as_the_subject_of_false_is_rejected(extractor, text):
    rejected = [c for c in claims_of(extractor, text) if c.low == 300.0]
    assert [(c.kind, c.key) for c in rejected] == [("rejection", "deaths")]


@pytest.mark.parametrize(
    ("text", "key", "kind", "polarity"),
    [
        ("Residents reported a loud explosion at the plant.", "be|explosion", "event", "affirm"),
        ("The ministry denied that any civilians had been killed.", "deaths", "event", "negate"),
        ("The army denied that its soldiers had killed protesters.", "deaths", "rejection", "affirm"),
        # denials said in other words
        ('The ministry called the toll of 63 "fabricated".', "deaths", "rejection", "affirm"),
        ("The coast guard said no one was missing.", "missing", "event", "negate"),
        ("The ministry said the hospital was not evacuated.", "evacuate|hospital", "event", "negate"),
        ("Witnesses said the hospital had been evacuated.", "evacuate|hospital", "event", "affirm"),
    ],
)
def test_what_was_witnessed_or_denied_happening(extractor, text, key, kind, polarity):
    claim = only(claims_of(extractor, text), key=key)
    assert (claim.kind, claim.polarity) == (kind, polarity)


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 43 civilians were killed on Sunday when the RSF shelled a market, a volunteer group said.",
        "Medics said 23 people were killed after a drone struck the livestock market.",
    ],
)
def test_a_toll_told_with_its_attack_says_the_attack_happened(extractor, sentence):
    struck = only(claims_of(extractor, sentence), key="attack|market")
    (denied,) = claims_of(extractor, "The army said it did not target any market.")
    assert (struck.kind, struck.polarity) == ("event", "affirm")
    assert conflict(denied, struck) is not None


@pytest.mark.parametrize(
    ("sentence", "key", "qualifier"),
    [
        ("The governor said the number of the martyrs exceeded 2,000 citizens.", "deaths", "more_than"),
        ("The number of the displaced has reached 45,000 people, the agency said.", "displaced", "exact"),
        ("The number of dead has reached 45 people, the ministry said.", "deaths", "exact"),
        ("The number of missing has risen to 12, police said.", "missing", "exact"),
    ],
)
def test_the_number_of_the_dead_counts_the_dead(extractor, sentence, key, qualifier):
    claim = only(claims_of(extractor, sentence), kind="figure")
    assert (claim.key, claim.qualifier) == (key, qualifier)


def test_more_than_a_million_is_a_lower_bound(extractor):
    claim = only(claims_of(extractor, "The union said more than a million people marched."), kind="figure")
    assert (claim.low, claim.qualifier, claim.figure_text) == (1e6, "more_than", "more than a million")


def test_what_a_count_includes_is_a_part_of_it(extractor):
    text = "Officials said the dead included 12 children."
    claim = only(claims_of(extractor, text), kind="figure")
    assert claim.qualifier == "at_least"


def test_an_estimate_does_not_speak_and_a_new_group_is_its_own_side(extractor):
    text = ("Taza Shailoo said on April 15 that its final estimate, based on counts at 140 polling "
            "stations, put turnout at 19.4 percent.")
    turnout = only(claims_of(extractor, text), figure_text="19.4 percent")
    assert (turnout.side, turnout.key) == ("taza shailoo", "participants")
    text = ("The commission said turnout was 33 percent. An independent monitoring group says turnout "
            "was 19.4 percent, far below the figure reported by the commission.")
    group = only(claims_of(extractor, text), figure_text="19.4 percent")
    assert group.side == "monitoring group"


def test_an_estimate_named_as_its_owners_speaks_for_its_owner(extractor):
    text = "The Emergency Situations Ministry's first toll had put the number of dead at eight."
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.speaker, claim.side) == ("Emergency Situations Ministry", "emergency situations ministry")


@pytest.mark.parametrize("name", ["Disaster and Emergency Management Authority (AFAD)",
                                  "Disaster and Emergency Management Authority, known as AFAD,"])
def test_the_acronym_a_body_is_given_is_its_own(extractor, name):
    # so that "AFAD said" later in the report is the same body (detect.same_side)
    claim = only(claims_of(extractor, f"The {name} said 1,140 people had been injured."), kind="figure")
    assert claim.speaker == "Disaster and Emergency Management Authority (AFAD)"


def test_a_figure_after_not_is_denied_beside_the_one_given(extractor):
    text = "According to villagers, 14 people were killed, not 12 as the police have said."
    deaths = sorted((c.low, c.polarity) for c in claims_of(extractor, text) if c.key == "deaths")
    assert deaths == [(12.0, "negate"), (14.0, "affirm")]


def test_no_exchange_of_fire_does_not_deny_that_one_side_fired(extractor):
    # "there was no exchange of fire ... police shot him dead": police fired, nobody fired back
    text = ('Police said the Maoists opened fire on the team. "There was no exchange of fire," '
            "a villager said.")
    fired = [(c.polarity, c.figure_text) for c in claims_of(extractor, text) if c.key == "use|shot"]
    assert fired == [("affirm", "shots")]


def test_the_animals_a_disaster_killed_are_not_its_dead(extractor):
    text = ("More than 180,000 head of livestock have perished, the agency said. The Red Cross said "
            "about 1.2 million animals had died. At least 11 herders have died, the agency said. "
            "The agency put livestock losses at 243,600 animals.")
    keys = sorted(c.key for c in claims_of(extractor, text))
    assert keys == ["animal_deaths", "animal_deaths", "animal_deaths", "deaths"]


def test_this_event_ranked_over_years_is_no_long_run(extractor):
    text = "Police said 40 people were killed in Friday's floods in Sindh, the worst in the past 30 years."
    assert not only(claims_of(extractor, text), kind="figure").long_run


@pytest.mark.parametrize("sentence", [
    "Vantra, which has cut more than 3,000 jobs in Europe over the past two years, will close the plant.",
    "More than 100 people were killed in fog-related road accidents last winter, officials said.",
])
def test_a_total_over_years_or_seasons_is_a_long_run(extractor, sentence):
    assert all(c.long_run for c in claims_of(extractor, sentence) if c.kind == "figure")


def test_bodies_taken_somewhere_are_some_of_the_dead(extractor):
    text = "Villagers said two bodies were taken away by security forces."
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.key, claim.qualifier) == ("deaths", "at_least")


def test_no_new_cases_deny_no_count(extractor):
    # none since the last count, which stands
    text = "No new Nipah case has been reported in Kozhikode for five days, the minister said."
    assert [c for c in claims_of(extractor, text) if c.key == "cases"] == []


def test_the_cases_of_a_disease_the_lexicon_names(extractor):
    text = "Kerala's health department put the number of confirmed Nipah cases at five."
    assert only(claims_of(extractor, text), kind="figure").key == "cases"


def test_those_who_came_to_a_protest_took_part(extractor):
    text = ("Thousands joined a protest against the bill in Bratislava. The organisers from the civic "
            "initiative Open Slovakia said 50,000 people had come.")
    assert only(claims_of(extractor, text), figure_text="50,000").key == "participants"


def test_a_closure_that_costs_jobs_cuts_the_companys_jobs(extractor):
    text = ("Finnish board maker Saimaa Board will close its Varkaus mill. The union says the closure "
            "will cost all of the roughly 400 jobs at the mill.")
    claim = only(claims_of(extractor, text), kind="figure")
    assert claim.key == "job_cuts|saimaa board"


def test_a_name_the_report_calls_a_company_is_the_company_however_the_model_tags_it(extractor):
    # the model takes "Telvia" for a place; "mobile operator Telvia" says it is a company, so
    # "it would cut" is Telvia's, not the union's or the newspaper's named beside it
    text = ("Portuguese mobile operator Telvia said on Tuesday it would cut 950 jobs, two weeks "
            "after denying a report by the newspaper ECO. The union SINTTAV said the plan was unfair. "
            "Telvia said the cuts were needed.")
    cuts = only(claims_of(extractor, text), kind="figure")
    assert cuts.key == "job_cuts|telvia"


def test_a_companys_local_arm_and_a_maker_named_with_its_country_are_the_company(extractor):
    denial = only(claims_of(extractor, "Vantra Polska was not planning any collective redundancies, "
                                       "the company said."), kind="event")
    text = "Swedish appliance maker Vantra said the closure would affect 1,150 employees."
    cuts = only(claims_of(extractor, text), kind="figure")
    assert denial.key == cuts.key == "job_cuts|vantra"
    assert cuts.side == "vantra"


@pytest.mark.parametrize("text", [
    "The partial government shutdown has affected 800,000 federal employees, the unions said.",
    "Vantra said its decision to move its headquarters to Warsaw would affect 350 employees.",
])
def test_employees_a_shutdown_of_government_or_a_move_affects_are_no_job_cuts(extractor, text):
    assert not any(c.key.startswith("job_cuts") for c in claims_of(extractor, text))


def test_a_lawmaker_named_with_his_country_is_no_company(extractor):
    claim = only(claims_of(extractor, "Russian lawmaker Andrei Kartapolov said 300 soldiers were killed."))
    assert claim.side == "russia"


def test_an_adjective_of_a_newly_known_country_does_not_make_organisers_the_state(extractor):
    text = "Slovak organisers said 60,000 protested in Bratislava. Slovak police said 20,000."
    assert sorted(c.side for c in claims_of(extractor, text)) == ["organiser", "police"]


def test_the_members_of_an_organisation_a_relative_clause_counts(extractor):
    claim = only(claims_of(extractor, "Police said the group, which has 300 members, was banned."))
    assert (claim.key, claim.subject) == ("members", "group")


def test_a_county_capital_is_not_the_capital(extractor):
    text = "Thousands marched across Kenya. Police shot dead six protesters in the western county capital."
    assert only(claims_of(extractor, text), kind="figure").places != ("nairobi",)


def test_the_employees_a_closure_affects_lose_their_jobs(extractor):
    text = ("Saimaa Board proposes to close its Varkaus mill. The planned measures would affect up to "
            "290 employees at the Varkaus mill.")
    claims = claims_of(extractor, text)
    assert {c.key for c in claims} >= {"closures|saimaa board", "job_cuts|saimaa board"}


def test_the_town_of_a_companys_site_is_not_the_company(extractor):
    # the model tags "Varkaus" as an organisation, and the report names it more than the company
    text = ("The union says the planned closure of Saimaa Board's Varkaus mill will cost all of the "
            "roughly 400 jobs at the mill. Varkaus mayor Jari Kinnunen said the Varkaus mill was the "
            "town's largest employer. Workers at the Varkaus mill said they had expected bad news.")
    assert only(claims_of(extractor, text), kind="figure").key == "job_cuts|saimaa board"


def test_how_many_members_an_organisation_has(extractor):
    text = ("The Hanbit Workers' Union says it has more than 31,000 members. The company says the union "
            "has about 24,000 members. Members of the union marched in Seoul.")
    claims = [c for c in claims_of(extractor, text) if c.key == "members"]
    assert [c.subject for c in claims] == ["hanbit workers' union"] * 2


@pytest.mark.parametrize("text", ["Monday's tally indicated 40 people died, the agency said.",
                                  "The earthquake's toll stood at 40, the agency said."])
def test_a_day_or_an_event_owns_no_figure(extractor, text):
    assert only(claims_of(extractor, text), kind="figure").side == "agency"


def test_jobs_a_government_decision_costs_an_industry_are_no_companys_cuts(extractor):
    text = ("Nordboard will close its Kemi mill, cutting 400 jobs. The government's decision to end energy "
            "subsidies could cost 5,000 jobs across the forest industry, the union said.")
    cut = only(claims_of(extractor, text), figure_text="5,000")
    assert cut.key == "job_cuts|industry"


def test_people_who_came_forward_took_no_part_in_a_protest(extractor):
    text = "Thousands joined a protest in Lorren. Police said 12 people had come forward to report injuries."
    assert only(claims_of(extractor, text), figure_text="12").key != "participants"


def test_cases_against_people_are_no_disease_cases(extractor):
    text = ("Kerala confirmed a Nipah outbreak. Police have registered 12 cases against people for "
            "spreading false information about Nipah.")
    # (the outbreak confirmed says there are cases; the 12 are none of them)
    assert [c.kind for c in claims_of(extractor, text) if c.key == "cases"] == ["event"]


def test_an_estimate_named_after_a_body_speaks_for_it(extractor):
    text = "According to the police estimate, 14,000 people took part in the rally."
    assert only(claims_of(extractor, text), kind="figure").side == "police"


def test_the_capital_a_report_names_is_the_capital(extractor):
    # the model takes "Bratislava" for a person here; the report names Russia's laws too
    text = ("Slovaks marched through Bratislava on Sunday against a bill which critics say is inspired "
            "by Russian legislation.\n\nPolice said some 22,000 people took part in Sunday's march "
            "in the capital.")
    assert only(claims_of(extractor, text), kind="figure").places == ("bratislava",)


def test_the_city_of_a_place_is_the_place(extractor):
    (claim,) = claims_of(extractor, "Police said 38 people were detained in the city of Buenos Aires.")
    assert "buenos aires" in claim.places


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The union said 45% had walked out, with one school in three closed.", ["45%"]),
        ("One in five teachers joined the strike, the union said.", []),
    ],
)
def test_one_in_three_is_a_share_and_walking_out_is_striking(extractor, text, figures):
    claims = [c for c in claims_of(extractor, text) if c.kind == "figure"]
    assert [c.figure_text for c in claims] == figures
    assert all(c.key == "participants" for c in claims)


def test_raising_the_toll_is_a_running_count(extractor):
    toll = only(claims_of(extractor, "A fourth person died, the ministry said, raising the toll to four."),
                kind="figure")
    assert (toll.key, toll.rising) == ("deaths", True)


def test_all_drones_shot_down_denies_that_drones_struck(extractor):
    (struck,) = [c for c in claims_of(extractor, "Ukrainian drones struck the oil refinery in Ryazan "
                                      "overnight, the General Staff said.") if c.key == "land|drone"]
    (stopped,) = [c for c in claims_of(extractor, "The governor said air defences shot down all the drones "
                                       "over Ryazan.") if c.key == "land|drone"]
    assert (struck.polarity, stopped.polarity) == ("affirm", "negate")
    assert conflict(stopped, struck) is not None
    # drones on their way had not struck yet; "all but three" were not all
    assert not [c for c in claims_of(extractor, "The governor said drones targeting the city were seen.")
                if c.key == "land|drone"]
    assert not [c for c in claims_of(extractor, "Air defences shot down all but three of the drones.")
                if c.key == "land|drone"]


def test_a_familys_dead_and_a_spots_unhurt_are_parts(extractor):
    family = [c for c in claims_of(extractor, "Ahmed, whose brother and two nephews were killed, said "
                                   "they were asleep.") if c.kind == "figure"]
    assert all(c.qualifier == "at_least" for c in family)
    assert not claims_of(extractor, "Patients had been moved to the basement and nobody was hurt there, "
                         "he added.")


def test_a_separate_attack_in_the_middle_of_a_sentence_is_its_own_event(extractor):
    (claim,) = claims_of(extractor, "In neighbouring Mali, a separate JNIM attack on a military post "
                         "killed 12 soldiers, the army said.")
    assert any("#" in p for p in claim.places)


def test_one_countrys_crossings_say_nothing_of_anothers(extractor):
    (closed,) = claims_of(extractor, "Poland closed all its road and rail crossings with Belarus at "
                          "midnight on Thursday.")
    (open_,) = claims_of(extractor, "Lithuania said its crossings with Belarus remained open.")
    assert (closed.key, open_.key) == ("operate|checkpoint", "operate|checkpoint")
    assert (closed.subject, open_.subject) == ("poland", "lithuania")
    assert conflict(open_, closed) is None


def test_a_convoy_that_reached_a_town_entered_it(extractor):
    (reached,) = [c for c in claims_of(extractor, "The World Food Programme said its convoy reached El "
                                       "Fasher on Tuesday.") if c.kind == "event"]
    (denied,) = claims_of(extractor, "Sudan's army said no aid convoy had entered El Fasher on Tuesday.")
    assert reached.key == denied.key
    assert conflict(denied, reached) is not None


@pytest.mark.parametrize(
    ("text", "key", "polarity"),
    [
        ("Heavy fighting was reported in Pokrovsk on Saturday. The army said Pokrovsk has not fallen.",
         "capture|place", "negate"),
        ("The ministry said its troops had completed the liberation of the town of Konstantinovka.",
         "capture|place", "affirm"),
        ('Fighting raged around the town of Sange in South Kivu. A rebel spokesman said the rebels had '
         '"liberated" Sange on Saturday.', "capture|place", "affirm"),
        ("The army said air defences downed all 16 drones launched at the station.", "land|drone", "negate"),
        ("The army said no driver was kidnapped.", "captured", "negate"),
        ("COGAT said the Zikim crossing was open all week.", "operate|checkpoint", "affirm"),
    ],
)
def test_acts_said_in_other_words(extractor, text, key, polarity):
    assert (key, polarity) in {(c.key, c.polarity) for c in claims_of(extractor, text)}


def test_places_taken_only_when_named(extractor):
    text = "Russia's Defense Ministry has repeatedly announced the capture of settlements."
    assert not [c for c in claims_of(extractor, text) if c.key == "capture|place"]
    assert not [c for c in claims_of(extractor, "Prices fell sharply in Kharkiv, traders said.")
                if c.key == "capture|place"]


def test_people_made_to_flee_are_displaced(extractor):
    text = "The clashes forced about 41,000 people to flee their homes, the IOM said."
    (claim,) = claims_of(extractor, text)
    assert claim.measure == "displaced"


def test_a_groups_patron_does_not_speak_for_it(extractor):
    text = "The Rwanda-backed group claimed it had taken control of the town of Sange."
    claims = claims_of(extractor, text)
    assert claims and all(c.side != "rwanda" for c in claims)


def test_one_person_who_did_not_die_denies_no_toll(extractor):
    assert not [c for c in claims_of(extractor, "The prosecutor said the driver of the bus did not die.")
                if c.measure == "deaths"]


def test_the_number_arrested_counts_arrests(extractor):
    text = ("Police said about 2,500 people took part in the march. JMPD said nine more people were "
            "arrested on Thursday, bringing to 23 the number arrested since the strike began.")
    counts = {(c.measure, c.low) for c in claims_of(extractor, text) if c.kind == "figure"}
    assert ("detained", 23.0) in counts and ("participants", 23.0) not in counts


def test_what_a_toll_rose_by_is_a_part_of_it(extractor):
    text = ("The number of people killed in the airstrike has risen to 34, after three patients died of "
            "their wounds, rescue workers said.")
    three = [c for c in claims_of(extractor, text) if c.low == 3.0]
    assert all(c.qualifier == "at_least" for c in three)


def test_a_separate_airstrike_is_its_own_event(extractor):
    text = ("On the same night, a separate airstrike on a village in Sagaing Region killed nine villagers, "
            "according to a local resistance group.")
    (claim,) = claims_of(extractor, text)
    assert any("#" in p for p in claim.places)


def test_a_wars_whole_toll_holds_one_attacks_dead(extractor):
    text = ("Two workers were killed in the drone attack on the power station, the company said. "
            "The war has killed tens of thousands of people, according to the United Nations.")
    workers, war = (c for c in claims_of(extractor, text) if c.measure == "deaths")
    assert war.long_run and not workers.long_run
    assert conflict(war, workers) is None


def test_soldiers_not_taken_back_are_not_prisoners_freed(extractor):
    text = "Russia said Kyiv had refused to take back more than 500 of its own soldiers."
    assert not [c for c in claims_of(extractor, text) if c.measure in ("released", "captured")]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The CGT said it had mobilised 500,000 people in Buenos Aires.", "participants"),
        ("The union said 85% of its members heeded the strike call.", "participants"),
    ],
)
def test_turnout_said_in_other_words(extractor, text, measure):
    assert [c.measure for c in claims_of(extractor, text) if c.kind == "figure"] == [measure]


def test_production_that_continued_and_lines_that_stood_still_disagree(extractor):
    (works,) = claims_of(extractor, "The company said production continued normally at the plant.")
    (stopped,) = claims_of(extractor, "Workers said the assembly lines stood still for six hours.")
    assert (works.key, stopped.key) == ("operate|plant", "operate|plant")
    assert conflict(stopped, works) is not None


def test_the_base_of_a_share_is_not_counted(extractor):
    text = "About 950 of the plant's 1,100 employees joined the strike on Tuesday, the union said."
    assert 1100.0 not in {c.low for c in claims_of(extractor, text)}


def test_a_plant_put_out_of_service_is_halted(extractor):
    text = "The company said a drone started a fire that put the plant out of service."
    assert ("operate|plant", "negate") in {(c.key, c.polarity) for c in claims_of(extractor, text)}


def test_pointing_out_is_saying(extractor):
    text = "He pointed out that there are no casualties among the workers of the station."
    (claim,) = claims_of(extractor, text)
    assert (claim.measure, claim.polarity, claim.speaker) == ("deaths", "negate", "He")


def test_a_past_election_is_another_event(extractor):
    text = ("He added that turnout in Sunday's re-run was only 49 percent. Turnout in the original "
            "November 2024 election was 71.3 percent, according to the commission.")
    rerun, original = (c for c in claims_of(extractor, text, published="2026-04-27T10:00:00Z")
                       if c.measure == "participants")
    assert original.period and "y2024" in original.period
    assert conflict(rerun, original) is None
    # the year names which budget, not a period counted
    (budget,) = [c for c in claims_of(extractor, "Unions said 40,000 people marched against the 2026 "
                                      "budget.", published="2026-03-02T10:00:00Z") if c.kind == "figure"]
    assert budget.period is None


def test_aid_trucks_are_trucks(extractor):
    (few,) = [c for c in claims_of(extractor, "The media office said only 986 aid trucks entered the Gaza "
                                   "Strip over the past week.") if c.kind == "figure"]
    (many,) = [c for c in claims_of(extractor, "COGAT said 4,200 trucks entered the Gaza Strip over the "
                                    "past week.") if c.kind == "figure"]
    assert few.key == many.key
    assert conflict(few, many) is not None


def test_bodies_found_after_a_toll_went_up_are_part_of_it(extractor):
    text = ("Police said on Monday that 15 people were killed in the attack, up from 12 announced earlier, "
            "after three bodies were found in a burned house.")
    (three,) = [c for c in claims_of(extractor, text) if c.low == 3.0]
    assert three.qualifier == "at_least"


def test_a_headlines_verb_and_a_fire_set_in_an_attack_name_no_kind_of_event():
    from claimwatch.nlp import load_nlp
    from claimwatch.when_where import topics_of

    nlp = load_nlp()
    assert "storm" not in topics_of(nlp("Gangs storm Haitian town north of capital, rights group says"))
    assert "fire" not in topics_of(nlp("Gang members stormed the town, setting two dozen homes on fire."))
    assert "fire" in topics_of(nlp("The fire at the factory killed 12 workers."))


@pytest.mark.parametrize(
    ("text", "unit", "low"),
    [
        ("The alliance said around 30 tonnes of nitric acid entered the river from the site.", "kg", 27000.0),
        ("The company said about 260 barrels of crude oil spilled into the sea on Sunday.", "l", 37206.0),
        ("The group estimates that at least 3,000 barrels were lost.", "l", 477000.0),
    ],
)
def test_a_leaks_amount_in_one_unit_per_kind(extractor, text, unit, low):
    (claim,) = [c for c in claims_of(extractor, text) if c.kind == "figure"]
    assert (claim.measure, claim.unit, round(claim.low or 0)) == ("leaked", unit, low)


def test_those_a_hospital_treated_are_some_of_the_hurt(extractor):
    (treated,) = [c for c in claims_of(extractor, "The hospital said it had treated 19 passengers.")
                  if c.kind == "figure"]
    assert (treated.measure, treated.qualifier) == ("injured", "at_least")
    (admitted,) = claims_of(extractor, "Three workers from the plant were admitted with chemical burns, "
                            "the hospital said.")
    assert admitted.measure == "injured"


@pytest.mark.parametrize(
    "text",
    [
        "The storm left 210,000 customers without electricity in the region, the distributor said.",
        "The regulator said 410,000 customers had lost power at the peak of the storm.",
        "The mayor said 38,000 homes of the commune remain without electric supply.",
    ],
)
def test_a_blackout_counts_those_without_power(extractor, text):
    assert "without_power" in {c.measure for c in claims_of(extractor, text) if c.kind == "figure"}


def test_the_bodies_of_soldiers_are_soldiers(extractor):
    (claim,) = [c for c in claims_of(extractor, "Residents said they saw at least 20 bodies of soldiers.")
                if c.kind == "figure"]
    assert claim.subject == "military"


def test_those_still_without_power_are_not_all_who_lost_it(extractor):
    text = ("The regulator said 410,000 customers had lost power at the peak of the storm. By noon on "
            "Thursday, 95,000 customers were still without supply, the company said.")
    peak, still = (c for c in claims_of(extractor, text) if c.measure == "without_power")
    assert (peak.subject, still.subject) == ("cut", "still")
    assert conflict(still, peak) is None


@pytest.mark.parametrize(
    ("text", "polarity", "low"),
    [
        ("The ministry reported 312 cholera cases and 11 deaths.", "affirm", 312.0),
        ("MSF said its teams have admitted more than 900 patients with cholera since the outbreak began.",
         "affirm", 900.0),
        ("The minister said no cholera case has been recorded in Lilongwe city so far.", "negate", None),
    ],
)
def test_an_outbreaks_cases_are_counted_apart(extractor, text, polarity, low):
    (case,) = [c for c in claims_of(extractor, text) if c.measure == "cases"]
    assert (case.polarity, case.low) == (polarity, low)


def test_cases_of_something_else_are_not_an_outbreaks():
    from claimwatch.extract import _disease_cases
    from claimwatch.nlp import load_nlp

    doc = load_nlp()("Courts heard 12 cases of fraud last year.")
    assert not _disease_cases(doc[3], doc[1])


def test_a_substance_found_and_not_found_disagree_whoever_tested(extractor):
    (found,) = claims_of(extractor, "The board said samples tested at the laboratory contained diethylene "
                         "glycol.")
    (none,) = claims_of(extractor, '"Our own quality tests found no diethylene glycol in any batch," the '
                        "company said.")
    assert (found.key, none.key) == ("find|glycol", "find|glycol")
    assert conflict(none, found) is not None


def test_flames_are_a_fire(extractor):
    (none,) = claims_of(extractor, '"There was no fire on the aircraft," the airline said.')
    (flames,) = claims_of(extractor, '"The left engine was burning, there were flames," she said.')
    assert (none.key, flames.key) == ("be|fire", "be|fire")
    assert conflict(none, flames) is not None


def test_a_recall_covers_what_it_recalls_and_police_count_the_marchers(extractor):
    (covers,) = [c for c in claims_of(extractor, "Hanul Motors said its recall covers 98,400 vehicles sold "
                                      "in Korea.") if c.kind == "figure"]
    (recalls,) = [c for c in claims_of(extractor, "The ministry said Hanul would recall 142,318 vehicles.")
                  if c.kind == "figure"]
    assert covers.key == recalls.key == "recall|vehicle"
    text = ("The CGT said 500,000 people marched. The city police calculated around 40,000 people in the "
            "surroundings of Congress.")
    assert [c.measure for c in claims_of(extractor, text)] == ["participants", "participants"]
    # what is counted by name stays what it is
    (corpses,) = claims_of(extractor, '"We ourselves have counted 146 corpses," he said.')
    assert corpses.measure == "deaths"


def test_the_one_reported_is_no_figure(extractor):
    text = ("The regulator estimated that the spill reached approximately 2,100 barrels, a figure eight "
            "times higher than the one reported by the company.")
    assert 1.0 not in {c.low for c in claims_of(extractor, text)}


def test_medical_institutions_are_hospitals(extractor):
    (denied,) = claims_of(extractor, "The ministry said its forces did not strike medical institutions.")
    assert denied.key == "attack|hospital"


def test_cases_confirmed_in_a_paragraph_on_an_outbreak(extractor):
    text = ("Cholera has spread to the city, health officials said. The city council said it had "
            "confirmed two cases in Luveve.")
    assert "cases" in {c.measure for c in claims_of(extractor, text) if c.kind == "figure"}


def test_a_complaint_lodged_is_a_complaint_received(extractor):
    (none,) = claims_of(extractor, "The commission said it had received no complaint from the party.")
    (lodged,) = claims_of(extractor, "The party said it had lodged a complaint on Monday.")
    assert none.key == lodged.key
    assert conflict(none, lodged) is not None


def test_jobs_that_go_are_cut(extractor):
    text = "The works council said 4,700 jobs would go at the Schweinfurt plant."
    (claim,) = [c for c in claims_of(extractor, text) if c.kind == "figure"]
    assert claim.measure == "job_cuts"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The provisional assessment on the friendly side is 6 soldiers killed and 9 wounded, the army said.",
         {("deaths", 6.0), ("injured", 9.0)}),
        ("A nurse said the hospital had received 19 wounded from the village.", {("injured", 19.0)}),
        ('"The death toll stands at 118 martyrs and 322 wounded," the spokesman told AFP.',
         {("deaths", 118.0), ("injured", 322.0)}),
    ],
)
def test_a_participle_says_what_befell_the_people_counted(extractor, text, counts):
    assert {(c.key, c.low) for c in claims_of(extractor, text) if c.kind == "figure"} == counts


def test_what_the_counted_were_is_no_count_of_what_befell_them(extractor):
    text = "The municipality said the three men killed in the car were municipal employees."
    assert not [c for c in claims_of(extractor, text) if c.key == "deaths"]


def test_no_civilian_harmed_is_said_beside_a_count_of_fighters_killed(extractor):
    text = ("The spokesman said the strike had killed dozens of militia fighters and that no civilian "
            "was harmed.")
    none = only(claims_of(extractor, text), kind="event", key="deaths")
    assert (none.polarity, none.subject) == ("negate", "civilian")
    text = "Two people were killed and no one else was killed, police said."
    assert [c.polarity for c in claims_of(extractor, text) if c.key == "deaths"] == ["affirm"]


def test_no_casualties_on_our_side_are_the_speakers_own_forces(extractor):
    text = '"There were no casualties on our side," the army spokesperson said.'
    none = only(claims_of(extractor, text), key="deaths")
    assert (none.polarity, none.subject) == ("negate", "military")


def test_took_place_is_happened_not_taken(extractor):
    text = "An explosion took place at the plant on Sunday, witnesses said."
    assert [c.key for c in claims_of(extractor, text)] == ["be|explosion"]
    text = "The RSF said that no massacre had taken place in the city."
    assert not [c for c in claims_of(extractor, text) if c.key.startswith("capture")]


def test_a_number_of_places_or_days_is_no_count_of_the_dead(extractor):
    text = "More than 200 people were killed in Lanfiera and two neighbouring hamlets, the collective said."
    assert [c.figure_text for c in claims_of(extractor, text)] == ["More than 200"]
    text = "Gunmen killed 23 villagers in three villages over two days, officials said."
    assert [c.figure_text for c in claims_of(extractor, text)] == ["23"]
    # the parser may hang the hamlets on the verb: still where, not who
    text = "The collective says more than 200 people were killed in Lanfiéra and two neighbouring hamlets."
    assert [c.figure_text for c in claims_of(extractor, text)] == ["more than 200"]



def test_a_toll_a_source_gave_earlier_is_background(extractor):
    text = "Local media earlier reported seven dead and dozens injured in the city."
    assert not claims_of(extractor, text)
    text = "Local media reported seven dead in the city."
    assert [c.low for c in claims_of(extractor, text)] == [7.0]


def test_a_figure_in_the_second_half_of_fabricated_news_is_rejected(extractor):
    text = ("He said that foreign media are spreading the fabricated news that the monastery was bombed "
            "and 23 civilians were killed.")
    rejected = only(claims_of(extractor, text), key="deaths")
    assert (rejected.kind, rejected.low) == ("rejection", 23.0)


def test_one_family_counts_a_family_not_its_dead(extractor):
    text = "The mayor said the dead were members of one family who had returned home."
    assert not [c for c in claims_of(extractor, text) if c.key == "deaths"]
    text = "The ferry carried 212 passengers and 24 crew, the operator said."
    # (the crew are people counted, not a group: with the passengers, one count of all aboard)
    assert {c.low for c in claims_of(extractor, text)} == {236.0}


def test_a_groups_name_is_no_state(extractor):
    text = ("The government said 44 civilians were killed when Islamic State militants attacked a mosque "
            "in the western Tillaberi region.")
    assert [c.places for c in claims_of(extractor, text) if c.key == "deaths"] == [("tillaberi",)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Amnesty International Nigeria said 50 civilians were killed.", "amnesty international nigeria"),
        ("The governor of Nigeria's Borno State, Babagana Zulum, said 63 were killed.", "babagana zulum"),
        ("Nigeria's Defence Headquarters said seven civilians were killed.", "nigeria"),
        ("The Nigerian Army said 12 people were killed.", "nigeria"),
        # a body of civil society carrying the country's name
        ("The Sudan Doctors Network said 61 people had been killed.", "sudan doctors network"),
        ("The Syrian Observatory for Human Rights said 12 people were killed.",
         "syrian observatory for human rights"),
    ],
)
def test_a_governor_or_a_national_branch_does_not_speak_for_the_country(extractor, text, side):
    assert [c.side for c in claims_of(extractor, text)] == [side]


def test_a_figure_noun_a_relative_clause_counts_and_the_part_of_its_total(extractor):
    text = "The directorate updated the figure of deaths of the accident, which now ascends to 27 deceased."
    assert [(c.key, c.low) for c in claims_of(extractor, text)] == [("deaths", 27.0)]
    text = "Of the total of deceased, 24 correspond to the province of Caylloma, the agency said."
    part = only(claims_of(extractor, text), key="deaths")
    assert (part.low, part.high, part.qualifier) == (24.0, None, "at_least")


def test_a_share_of_a_counted_whole_counts_the_whole_s_things(extractor):
    text = "Aurelia Airways said it had cancelled 86 of the 412 flights it had scheduled for the day."
    assert [(c.key, c.low) for c in claims_of(extractor, text)] == [("cancel|flight", 86.0)]


def test_people_who_suffered_injuries_are_injured(extractor):
    text = "Four passengers suffered minor injuries and were treated at the airport clinic, the airline said."
    assert [(c.key, c.low) for c in claims_of(extractor, text) if c.kind == "figure"] == [("injured", 4.0)]


def test_a_number_before_dead_counts_the_dead(extractor):
    text = "On the friendly side, it is to deplore 04 dead and 09 wounded, the army said."
    assert [(c.key, c.low) for c in claims_of(extractor, text)] == [("deaths", 4.0), ("injured", 9.0)]


def test_the_friendly_side_of_a_communique_is_the_speakers_forces(extractor):
    text = ("The provisional toll is as follows: on the friendly side, 6 dead; on the enemy side, "
            "41 terrorists neutralized, the army said.")
    subjects = {c.low: c.subject for c in claims_of(extractor, text) if c.key == "deaths"}
    assert subjects == {6.0: "military", 41.0: "militant"}


@pytest.mark.parametrize(
    "sentence",
    ['"No bodies remain underground," the company said.', "No bodies were left at the site, officials said."],
)
def test_no_bodies_left_denies_no_deaths(extractor, sentence):
    """All the dead recovered says nothing of how many there were."""
    assert not [c for c in claims_of(extractor, sentence) if c.measure == "deaths"]


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ('"Of the 57 injured, 23 suffered gunshot wounds," the statement said.', [("injured", 57.0)]),
        ("Of the 57 injured, 23 people suffered gunshot wounds, the statement said.", [("injured", 57.0)]),
        # a part of another measure is a count of its own; so is a figure after "instead of"
        ("Of the 40 miners who were trapped, 12 were killed, the company said.", [("deaths", 12.0)]),
        ("Instead of 12, at least 15 people died, officials said.", [("deaths", 12.0), ("deaths", 15.0)]),
    ],
)
def test_a_part_of_a_whole_told_before_is_no_count_of_its_own(extractor, sentence, figures):
    claims = claims_of(extractor, sentence)
    assert set(figures) <= {(c.measure, c.low) for c in claims if c.kind == "figure"}
    if len(figures) == 1 and figures[0][0] == "injured":
        assert [c.low for c in claims if c.kind == "figure"] == [57.0]


def test_a_town_the_model_takes_for_a_person_near_which_things_happened_is_a_place(extractor):
    (claim, *_) = claims_of(extractor, "Rebels in northern Mali say they shot down a military helicopter "
                                       "near Tessalit, contradicting the army's account that seven soldiers "
                                       "were killed.")
    assert "tessalit" in claim.places and "tessalit" in claim.region


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("In Rosario, police said 8,000 people joined a rally at the flag memorial.", "rosario"),
        ("In Plauen, 1,150 employees joined the stoppage, the union said.", "plauen"),
        ('"In Rosario, police said 8,000 people joined a rally."', "rosario"),
        ("In neighbouring Wonosobo regency, three people died in flash floods, the agency said.", "wonosobo"),
    ],
)
def test_a_place_the_model_takes_for_a_name_is_a_place(extractor, sentence, place):
    """A sentence that opens on a name set off by a comma opens on a place; a regency is a
    kind of place (Indonesia's)."""
    figures = [c for c in claims_of(extractor, sentence) if c.kind == "figure"]
    assert figures and all(place in c.places for c in figures)


@pytest.mark.parametrize(
    "sentence",
    [
        "A fire at the Hyatt Regency killed three people.",
        "In Congress, Democrats said 40 people were arrested.",
        "In Al-Shifa Hospital, doctors said 12 patients died.",
    ],
)
def test_a_building_or_an_institution_opened_on_is_no_place(extractor, sentence):
    assert all(not c.places for c in claims_of(extractor, sentence) if c.kind == "figure")


@pytest.mark.parametrize(
    "sentence, key, value",
    [
        ("Brightwell's will close 38 of its 112 stores, putting 1,150 jobs at risk.", "job_cuts", 1150),
        ("Brightwell's said it would shut 38 of its shops, with 1,150 roles affected.", "job_cuts", 1150),
        ("Brightwell's said it would shut 38 of its 112 shops.", "closures", 38),
        ('"Documents list 45 stores for closure, not 38," the union said.', "closures", 45),
        ("The council will shut 12 libraries.", "close|library", 12),
    ],
)
def test_closures_and_jobs_at_risk_are_counted_as_the_cuts(extractor, sentence, key, value):
    """Jobs put at risk or affected by closures are the cuts; shutting shops is closing stores,
    and so is listing them for closure; to shut is to close."""
    claim = next(c for c in claims_of(extractor, sentence) if c.key.startswith(key) and c.low == value)
    assert claim.polarity == "affirm"


def test_jobs_lost_at_some_of_the_sites_are_a_part_of_the_cuts(extractor):
    """The union's 160 at the four Irish stores are a part of the company's cuts (the whole is no
    less), not a count of them; twelve miners killed at one mine are the collapse's toll; the
    2,400 staff who lose their jobs are the employer's cuts, not the staff's own key."""
    part = claims_of(extractor, "The union said 160 workers at the four Irish stores would lose their jobs.")
    whole = claims_of(extractor, "The union said 160 workers would lose their jobs.")
    toll = claims_of(extractor, "Twelve miners at the Kasompe mine were killed in the collapse.")
    assert only(part, measure="job_cuts").qualifier == "at_least"
    assert only(whole, measure="job_cuts").qualifier == "exact"
    assert only(toll, measure="deaths").qualifier == "exact"
    at_risk = claims_of(extractor, "Brightwell's will close 38 stores, putting 1,150 jobs at risk.")
    cuts = only(at_risk, measure="job_cuts")
    staff = claims_of(
        extractor, 'Brightwell\'s is closing stores. "All told, 2,400 staff will lose their jobs," it said.'
    )
    assert only(staff, measure="job_cuts").subject == cuts.subject == "brightwell"


@pytest.mark.parametrize(
    "sentence, key, value",
    [
        ("The fire service put the number of homes destroyed at 51 as of Friday.", "destroy|home", 51),
        ("The fire destroyed 40 houses.", "destroy|home", 40),
        ("The operator said there were 120 passengers aboard the ship when it left port.", "aboard", 120),
        ("There were 120 passengers on board.", "aboard", 120),
    ],
)
def test_what_a_number_is_put_at_and_who_was_aboard(extractor, sentence, key, value):
    """'put the number of homes destroyed at 51' counts homes destroyed (the parser hangs the
    verb on 'number'); houses are homes; 'there were 120 passengers aboard' counts those aboard."""
    assert any(c.key == key and c.low == value for c in claims_of(extractor, sentence))


def test_people_at_a_market_are_not_aboard(extractor):
    assert not [c for c in claims_of(extractor, "There were 200 people at the market.") if c.key == "aboard"]


def test_people_counted_by_their_role_are_those_people(extractor):
    """'280 firefighters were deployed' and 'some 600 soldiers were deployed' count two
    groups; 'people' says nothing of who they are."""
    soldiers = only(claims_of(extractor, "Some 600 soldiers were deployed."), kind="figure")
    firefighters = only(claims_of(extractor, "Some 280 firefighters were deployed, he said."), kind="figure")
    assert soldiers.key == firefighters.key == "use|people"
    assert firefighters.subject == "firefighter" and soldiers.subject != firefighters.subject


@pytest.mark.parametrize(
    "sentence, denies",
    [
        ('"Community deaths are often not captured in the official figures," said the official.', False),
        ("The hospital said it had not recorded any strike-related deaths.", True),
        ("No deaths were recorded, the ministry said.", True),
        ("Officials said they had not recorded deaths.", True),
    ],
)
def test_deaths_left_out_of_a_count_are_not_denied(extractor, sentence, denies):
    """Deaths a count did not capture were left out of it; a count that recorded none, or not
    any, says there were none."""
    denials = [c for c in claims_of(extractor, sentence) if c.measure == "deaths" and c.polarity == "negate"]
    assert bool(denials) == denies


def test_a_permitted_number_is_a_limit_not_a_count(extractor):
    claims = claims_of(extractor, "Dizon said the ferry was carrying 14 trucks against a permitted nine.")
    assert [c.low for c in claims if c.kind == "figure"] == [14.0]


@pytest.mark.parametrize(
    "sentence, polarity, value",
    [
        ('"We have no plans to close any of our stores," the spokesperson said.', "negate", None),
        ("Department store chain Brightwell's will close 38 of its 112 stores.", "affirm", 38),
        ('"Documents list 45 stores for closure, not 38," the union said.', "affirm", 45),
        ("The bank will shut 14 branches.", "affirm", 14),
    ],
)
def test_store_closures_are_a_company_measure(extractor, sentence, polarity, value):
    """Closing stores, shops or branches is counted like job cuts, by company ('department store
    chain Brightwell's' is Brightwell's)."""
    claim = only(claims_of(extractor, sentence), measure="closures")
    assert (claim.polarity, claim.low) == (polarity, value)
    if "Brightwell" in sentence:
        assert claim.subject == "brightwell"


def test_no_plans_to_close_stores_meets_the_closures_announced_later(extractor):
    """A company's 'no plans to close any of our stores' is its denial of closures: the 38 it
    announces two weeks later turn it; a plan only not told of, or a plan that is no company
    measure, denies nothing."""
    body = "Brightwell's, the retailer, spoke on Sunday. "
    no_plans = '"We have no plans to close any of our stores," a spokesperson said.'
    denial = claims_of(extractor, body + no_plans, published="2026-03-01T09:00:00Z")
    closing = "Brightwell's said 38 stores will close."
    later = claims_of(extractor, body + closing, published="2026-03-17T09:00:00Z")
    denied = only(denial, measure="closures")
    announced = only(later, measure="closures")
    assert denied.polarity == "negate" and denied.key == announced.key == "closures|brightwell"
    company = dict(side="brightwell")
    assert conflict(replace(announced, article_id="t2", **company), replace(denied, **company))
    for sentence in ("The company did not disclose plans to cut jobs.",
                     "The union said it had no plans to call off the strike."):
        denials = [c for c in claims_of(extractor, sentence) if c.polarity == "negate"]
        assert all(c.key == "have|plan" for c in denials)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariffs could put 50,000 jobs at risk, economists warned.",
        "The glitch affected 10,000 posts on the platform.",
        "Police shut 300 shops in the market during the curfew.",
    ],
)
def test_jobs_at_risk_from_a_cause_are_no_company_cuts(extractor, sentence):
    """Jobs a cause puts at risk, posts affected, shops the police shut: no company's cuts."""
    assert not [c for c in claims_of(extractor, sentence) if c.measure in ("job_cuts", "closures")]


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Four civilians were killed, among them two women, the ministry said.", [4.0]),
        ("Twelve soldiers died in the attack, among them two officers, the army said.", [12.0]),
        ("The strike killed nine people, among whom were three medics, officials said.", [9.0]),
        ("The strike killed nine people, among them three children, officials said.", [9.0, 3.0]),
    ],
)
def test_a_part_named_among_them_is_no_toll_of_its_own(extractor, sentence, kept):
    """'among them two women' is a part of the four killed, not a toll of two; children are
    counted apart, as with 'including'."""
    deaths = [c.low for c in claims_of(extractor, sentence) if c.key == "deaths"]
    assert deaths == kept


@pytest.mark.parametrize(
    "sentence, kept",
    [
        (
            "The ministry said fewer than 9,000 employees had stopped work, out of a public "
            "hospital workforce of about 160,000.",
            [0.0],
        ),
        ("Police said 200 protesters were detained out of a crowd of 5,000.", [200.0]),
        ("Five out of seven passengers were killed, police said.", [5.0]),
    ],
)
def test_the_whole_a_count_is_out_of_is_not_counted(extractor, sentence, kept):
    assert [c.low for c in claims_of(extractor, sentence) if c.kind == "figure"] == kept


@pytest.mark.parametrize(
    "sentence, key, value",
    [
        ("Police reported 12 people killed in the attack.", "deaths", 12.0),
        ("Rescuers have counted 850 homes destroyed in the valley.", "destroy|home", 850.0),
        ("The agency has registered 300 houses damaged.", "damage|home", 300.0),
    ],
)
def test_a_count_reported_with_what_befell_it(extractor, sentence, key, value):
    """'reported 12 people killed', 'counted 850 homes destroyed': the participle says what
    is counted."""
    assert [(c.key, c.low) for c in claims_of(extractor, sentence) if c.kind == "figure"] == [(key, value)]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The ministry says the number of staff on strike has fallen every day and stood at 5,200 on Friday.",
         5200.0),
        ("The number of workers on strike rose to 9,000, the union said.", 9000.0),
    ],
)
def test_the_number_of_people_on_strike_counts_the_strikers(extractor, sentence, value):
    """'the number of staff on strike' counts strikers; a second verb with no subject of its
    own ('has fallen ... and stood at 5,200') shares the first one's figure noun."""
    assert [(c.key, c.low) for c in claims_of(extractor, sentence)] == [("participants", value)]


def test_it_after_a_body_named_by_a_common_noun_is_that_body(extractor):
    claims = claims_of(
        extractor,
        "The federation said 38,000 staff had stopped work. The health ministry gave much lower "
        "figures. In a statement, it said fewer than 9,000 employees had stopped work.",
    )
    assert [c.side for c in claims if c.key == "participants"] == ["federation", "health ministry"]


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("The federation said staff at 140 hospitals had joined the action.", []),
        ("The union said 400 workers at three plants walked out.", [400.0]),
    ],
)
def test_the_places_where_people_are_are_not_the_people(extractor, sentence, kept):
    assert [c.low for c in claims_of(extractor, sentence) if c.kind == "figure"] == kept


def test_customers_exposed_and_affected_are_one_count(extractor):
    """A breach 'exposed the data of 3.4 million customers', 'about 1.2 million customers are
    affected': one count, the same key."""
    exposed = only(claims_of(extractor, "The regulator said the breach had exposed the data of 3.4 million "
                                        "customers."), kind="figure")
    affected = only(claims_of(extractor, "About 1.2 million customers are affected, the company said."),
                    kind="figure")
    assert exposed.key == affected.key == "affect|customer"


def test_denying_the_opposite_of_a_state_says_the_state(extractor):
    """'denied that any gate had been locked': the gates were open (a denial of 'not open'),
    not a denial that they were open."""
    claim = only(claims_of(extractor, "The club denied that any gate had been locked."), key="be|open")
    assert (claim.kind, claim.polarity) == ("event", "affirm")
    overloaded = only(claims_of(extractor, "The operator denied that the ferry had been overloaded."),
                      key="be|overloaded")
    assert overloaded.kind == "rejection"


def test_the_day_between_from_and_to_is_the_earlier_values(extractor):
    """'fell from 8,700 on Tuesday to 7,900 on Wednesday': 7,900 is Wednesday's."""
    claim = only(
        claims_of(extractor, "The ministry said the number of staff on strike fell from 8,700 on Tuesday "
                             "to 7,900 on Wednesday.", published="2026-03-05T10:00:00Z"),
        key="participants",
    )
    assert (claim.low, claim.event_date) == (7900.0, "2026-03-04")


@pytest.mark.parametrize(
    "sentence, key, value",
    [
        ("The number of injured people rose to 40, police said.", "injured", 40.0),
        ("The number of killed civilians rose to 35, the governor said.", "deaths", 35.0),
    ],
)
def test_the_number_of_people_a_participle_describes(extractor, sentence, key, value):
    """'the number of injured people': the participle before the noun says what is counted."""
    assert [(c.key, c.low) for c in claims_of(extractor, sentence) if c.kind == "figure"] == [(key, value)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a second verb shares only the first one's subject, and only when it says a level
        ("Police dispersed the crowds and arrested 40.", [("detained", 40.0)]),
        ("The army counted the dead and evacuated 300 from the village.", [("displaced", 300.0)]),
        # people on strike, not places
        ("The number of hospitals on strike rose to 140.", []),
        # the whole a count is out of, when it is itself a toll
        ("Out of the 40 injured, 12 are in critical condition, doctors said.", [("injured", 40.0)]),
        # exposed to a hazard is no breach
        ("Officials said 40 workers were exposed to toxic fumes.", [("expose|people", 40.0)]),
        # a participle that says nothing of what befell them
        ("The number of registered voters is 60,000.", []),
    ],
)
def test_the_session_24_rules_stay_within_what_they_were_written_for(extractor, sentence, expected):
    assert [(c.key, c.low) for c in claims_of(extractor, sentence) if c.kind == "figure"] == expected


def test_it_is_not_a_body_named_inside_what_was_reported(extractor):
    claims = claims_of(
        extractor,
        "The company said the regulator had opened an inquiry. It said 1.2 million customers were affected.",
    )
    assert only(claims, kind="figure").side == "company"


def test_its_members_speak_for_the_body_it_stands_for(extractor):
    claims = claims_of(
        extractor,
        "The Metalworkers Union called the strike. At least 3,000 workers took part in the strike "
        "at the plant on Monday, its members said.",
    )
    assert only(claims, kind="figure").side == "metalworkers union"


def test_its_members_speak_for_the_body_named_before_in_the_sentence(extractor):
    claims = claims_of(
        extractor,
        "The agency said 300 herders were evacuated. But the Herders Federation said its members "
        "had counted more than 600,000 dead sheep.",
    )
    assert {c.side for c in claims if c.measure == "animal_deaths"} == {"herders federation"}


def test_it_speaks_for_the_body_named_before_it_in_the_sentence(extractor):
    claims = claims_of(extractor, '"The navy is lying when it says nobody was hurt," Selvam said.')
    assert [c.side for c in claims if c.measure == "injured"] == ["navy"]


@pytest.mark.parametrize(
    ("sentence", "key", "polarity"),
    [
        ("The rebels said it is false that drones were used in the attack.", "use|drone", "negate"),
        ("It is not true that soldiers opened fire, the ministry said.", "use|shot", "negate"),
        # what precedes a comma is not what "it is the same lie" calls false
        ("The soldiers opened fire, it is the same lie as always, the rebels said.", "use|shot", "affirm"),
    ],
)
def test_a_clause_called_false_is_denied(extractor, sentence, key, polarity):
    assert [c.polarity for c in claims_of(extractor, sentence) if c.key == key] == [polarity]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No soldier fell in the fighting, the army said.", [("deaths", None, "negate")]),
        ("No one fell ill, the ministry said.", []),
        ("No soldier fell from the truck, the army said.", []),
        ("Two protesters were shot in the leg by police, witnesses said.", [("injured", 2.0, "affirm")]),
        ("Police shot two protesters in the arm, witnesses said.", [("injured", 2.0, "affirm")]),
        ("One fisherman was shot dead, the association said.", [("deaths", 1.0, "affirm")]),
    ],
)
def test_fallen_fighters_are_dead_and_a_shot_in_a_limb_wounds(extractor, sentence, expected):
    claims = [c for c in claims_of(extractor, sentence) if c.measure in ("deaths", "injured")]
    assert [(c.measure, c.low, c.polarity) for c in claims] == expected


def test_the_day_a_thing_moved_from_is_its_day(extractor):
    claim = only(
        claims_of(extractor, "Rescuers evacuated 300 people from the flooded town on Thursday to a school, "
                             "officials said.", published="2026-03-07T10:00:00Z"),
        kind="figure",
    )
    assert claim.event_date == "2026-03-05"


def test_a_dateline_is_no_part_of_the_sentence_and_places_only_a_placeless_report(extractor):
    # "Düsseldorf" glued to the lead would be read as the company cutting the jobs
    cuts = claims_of(extractor, "Düsseldorf (dpa) - German car maker Kessler Automobilwerke plans to cut "
                                "3,000 jobs in Germany, the IG Metall union said on Monday.")
    assert not any("düsseldorf" in c.key or "düsseldorf" in c.side for c in cuts)
    placeless = claims_of(extractor, "Hanoi (AFP) - Floods have killed 23 people, officials said.")
    assert only(placeless, key="deaths").article_place == "hanoi"
    placed = claims_of(extractor, "Kyiv (AFP) - A Russian strike on a building in Kharkiv killed "
                                  "three people, officials said.\n\nThe army said four soldiers were killed.")
    assert {c.article_place for c in placed if c.low == 4} == {"kharkiv"}


@pytest.mark.parametrize(
    ("sentence", "key", "low"),
    [
        ("The Interior Ministry put attendance at 24,000.", "participants", 24000),
        ("Organisers said 140,000 people had filled Slavija Square.", "participants", 140000),
        ("The coast guard said the rescue saved 24 people.", "rescued", 24),
        ("The Red Cross said 26 survivors of the shipwreck were brought to the hotspot.", "rescued", 26),
        ("The mayor said more than 40 houses were completely burned.", "destroy|home", 40),
        ('"More than 20 people are still under the wreckage," a volunteer said.', "missing", 20),
        ("The agency put the death toll at 58 and the number of injured at 655.", "injured", 655),
        ("The agency put the death toll at 58 and the number of injured at 655.", "deaths", 58),
        ("The number of people sickened has risen to 48 and the death toll to seven.", "deaths", 7),
    ],
)
def test_counts_read_by_what_their_words_say(extractor, sentence, key, low):
    assert only(claims_of(extractor, sentence), key=key, kind="figure").low == low


def test_a_crowd_that_packs_an_arena_or_survivors_who_speak_are_no_count_of_the_event(extractor):
    match = claims_of(extractor, "More than 50,000 fans packed the arena on Sunday to watch the final.")
    assert not any(c.key == "participants" for c in match)
    spoke = claims_of(extractor, "Four survivors interviewed by UNHCR said the coast guard threw a rope.")
    assert not any(c.key == "rescued" for c in spoke)


def test_no_one_remaining_trapped_denies_a_count_of_the_trapped(extractor):
    claims = claims_of(extractor, '"No one remains trapped under the rubble," the agency said.')
    assert only(claims, key="missing").polarity == "negate"  # (the trapped, counted with the missing)


def test_a_bare_toll_is_of_the_dead_not_of_the_rescued_counted_before_it(extractor):
    claims = claims_of(extractor, "The coast guard said 147 people had been rescued. On Tuesday evening, "
                                  "the coast guard had put the toll at 33.")
    assert only(claims, low=33).key == "deaths"


def test_a_fire_said_contained_and_said_not_to_be_are_one_state_and_its_denial(extractor):
    said = only(claims_of(extractor, "The minister said the fire was contained."), key="be|contained")
    denied = only(claims_of(extractor, 'The mayor said the fire "was never contained".'), key="be|contained")
    assert (said.polarity, said.subject) == ("affirm", "fire")
    assert (denied.polarity, denied.subject) == ("negate", "fire")


@pytest.mark.parametrize(
    "text",
    [
        "Malatya was among the provinces devastated by the earthquakes of February 2019, which killed "
        "more than 53,000 people in Turkey.",
        "Residents remain traumatised by August 2021, when a fire killed more than 50 people in Evia.",
    ],
)
def test_a_toll_told_of_a_past_month_is_that_months_not_todays(extractor, text):
    (dead,) = [c for c in claims_of(extractor, text) if c.key == "deaths"]
    assert dead.period is not None and dead.period.split()[-1] in ("y2019", "y2021")


@pytest.mark.parametrize(
    "text",
    [
        "A reporter said she was hit by tear gas near the parliament.",
        "A doctor said two people were treated for injuries consistent with rubber bullets.",
        "His friends said the wound was caused by a rubber bullet.",
    ],
)
def test_someone_hurt_by_a_crowd_weapon_says_it_was_used(extractor, text):
    used = [c for c in claims_of(extractor, text) if c.key.startswith("use|")]
    assert [c.polarity for c in used] == ["affirm"]
    assert used[0].key in ("use|gas", "use|rubber bullet")


def test_each_weapon_of_a_denied_list_is_denied(extractor):
    text = 'The police director said "police did not use tear gas, rubber bullets or any other means".'
    used = {c.key: c.polarity for c in claims_of(extractor, text) if c.key.startswith("use|")}
    assert used == {"use|gas": "negate", "use|rubber bullet": "negate"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("At least 40 people lie dead under the rubble, residents said.", "deaths"),
        ("Heavy rain flooded 300 streets in the city, officials said.", "flood|street"),
        ("About 30,000 people jammed the streets of the capital, organisers said.", "participants"),
    ],
)
def test_a_count_under_the_rubble_or_on_the_streets_is_read_by_who_is_counted(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == [key]


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 survivors of the earthquake brought a lawsuit against the government.",
        "School attendance fell to 60 percent in the province after the attacks.",
        "About 60 homes were partially burned in the blaze.",
    ],
)
def test_survivors_who_act_attendance_as_a_share_and_partly_burned_homes_are_no_such_counts(extractor, text):
    assert not {c.key for c in claims_of(extractor, text)} & {"rescued", "participants", "destroy|home"}


@pytest.mark.parametrize(
    "text",
    ["Officials said the fire was 40 percent contained.", "The fire is partially contained, officials said.",
     "The fire is not fully contained, the mayor said."],
)
def test_a_fire_partly_contained_is_neither_contained_nor_not(extractor, text):
    assert not any(c.key == "be|contained" for c in claims_of(extractor, text))


def test_a_blaze_that_remains_uncontained_is_the_fire_not_contained(extractor):
    (state,) = claims_of(extractor, "The blaze remains uncontained, the fire service said.")
    assert (state.key, state.subject, state.polarity) == ("be|contained", "fire", "negate")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Russian Federation said its forces killed 200 Ukrainian soldiers.", "russia"),
        ("The Saudi-led coalition said it had intercepted five drones.", "saudi arabia"),
    ],
)
def test_a_state_named_as_a_federation_or_a_coalition_it_leads_speaks_for_it(extractor, text, side):
    assert {c.side for c in claims_of(extractor, text)} == {side}


def test_a_toll_to_this_day_told_after_a_past_month_is_no_toll_of_that_month(extractor):
    text = ("Shelling has hit Kherson since February 2021, when Russia began an offensive that has killed "
            "300 civilians in the city, officials said.")
    assert [c.period for c in claims_of(extractor, text) if c.key == "deaths"] == [None]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ('"The situation is under control," the minister said.', "affirm"),
        ('"We have the outbreak under control," the deputy minister said.', "affirm"),
        ('"This is not an outbreak under control," the organisation said.', "negate"),
        ('"What we see is an epidemic that is far from under control," the coordinator said.', "negate"),
    ],
)
def test_an_outbreak_said_under_control_and_said_not_to_be(extractor, text, polarity):
    assert [c.polarity for c in claims_of(extractor, text) if c.key == "be|under control"] == [polarity]


def test_a_place_under_an_armys_control_or_a_fire_hoped_under_control_is_no_such_state(extractor):
    for text in ("The town is under the control of the army, the governor said.",
                 "Firefighters hope to bring the blaze under control by Friday, officials said."):
        assert not any(c.key == "be|under control" for c in claims_of(extractor, text))


def test_a_vessel_said_overloaded_and_a_launch_said_not_to_be_are_one_state(extractor):
    said = only(claims_of(extractor, "The company said the ferry was overloaded."), key="be|overloaded")
    denied = only(claims_of(extractor, '"The launch was not overloaded," he said.'), key="be|overloaded")
    assert (said.subject, said.polarity) == ("vessel", "affirm")
    assert (denied.subject, denied.polarity) == ("vessel", "negate")


@pytest.mark.parametrize(
    ("text", "key", "side"),
    [
        ("Police put the number of missing at about 40.", "missing", "police"),
        ("The control room said 38 people had been reported missing.", "missing", "control room"),
        ("Officials said nine people are feared dead.", "deaths", "official"),
        ('"Around 220 people were on board, according to our initial information," the police chief said.',
         "aboard", "police"),
    ],
)
def test_states_reported_and_figures_cited_from_ones_own_information(extractor, text, key, side):
    (found,) = [c for c in claims_of(extractor, text) if c.kind == "figure"]
    assert (found.key, found.side) == (key, side)


def test_an_amount_in_taka_is_money_not_the_last_count(extractor):
    text = ("Police put the number of missing at about 40. "
            "The administration announced Tk 25,000 for each family.")
    assert [c.key for c in claims_of(extractor, text)] == ["missing", "money|administration"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Police said 52 prisoners had fled the jail.", "escaped"),
        ("The prisons authority said 38 inmates escaped.", "escaped"),
        ("The guards' union said 57 inmates broke out.", "escaped"),
        ("The authority puts the number of escapees at 38.", "escaped"),
        ("Police said 19 escapees had been rearrested.", "recaptured"),
        ("Police said 120 prisoners were taken by the rebels.", "captured"),
    ],
)
def test_prisoners_who_escaped_are_counted_apart_from_prisoners_taken(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == [key]


def test_no_inmate_escaped_denies_a_count_of_escaped_inmates(extractor):
    (found,) = claims_of(extractor, "The ministry said no inmate escaped during the riot.")
    assert (found.key, found.polarity) == ("escaped", "negate")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Taiwan's defence ministry said it had detected 71 Chinese aircraft on Monday.", "find|aircraft"),
        ("A US official said American forces had tracked 89 Chinese aircraft on Monday.", "find|aircraft"),
        ("The command said 38 aircraft were involved in the drills on Monday.", "find|aircraft"),
        ("The UN dashboard showed 1,084 trucks entering Gaza over the week.", "cross|truck"),
        ("The company said data of about 1.2 million customers was stolen.", "affect|customer"),
        ("Observers said they had recorded 23 cases of ballot stuffing.", "record|case"),
        # (not craft, nor customers' data: people who took part are participants; villages
        # and cars keep their own verbs)
        ("About 5,000 people participated in the march, police said.", "participants"),
        ("Its observers monitored 1,200 polling stations, the mission said.", "monitor|polling station"),
        ("Aid workers had been able to access 40 villages, the UN said.", "access|village"),
        ("Thieves stole 40 cars in the city, police said.", "steal|car"),
    ],
)
def test_what_was_seen_counted_or_shown_doing_something_is_one_count(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == [key]


@pytest.mark.parametrize(
    "text",
    ["At least 300 inmates have caught COVID-19, officials said.",
     "Government troops captured 20 prisoners, the army said."],
)
def test_inmates_who_caught_a_virus_or_prisoners_taken_are_no_recaptured_escapees(extractor, text):
    assert "recaptured" not in [c.key for c in claims_of(extractor, text)]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The coast guard said 142 passengers and 18 crew were on board.", 160.0),
        ("The union said seven employees and four customers had been held by the gunman.", 11.0),
        ("The hospital said it treated 20 men and 15 women.", 35.0),
    ],
)
def test_people_listed_under_one_verb_are_one_count(extractor, text, total):
    assert [c.low for c in claims_of(extractor, text) if c.kind == "figure"] == [total]


def test_children_or_soldiers_listed_with_others_are_still_counted_apart(extractor):
    text = "Officials said 30 soldiers and 12 civilians were killed."
    counts = [(c.low, c.subject) for c in claims_of(extractor, text)]
    assert counts == [(30.0, "military"), (12.0, "civilian")]


def test_a_thing_said_done_is_the_act_its_denial_denies(extractor):
    said = claims_of(extractor, "A security source told AFP a ransom had been paid to the gang.")
    denied = claims_of(extractor, "The state government said no ransom was paid.")
    assert [(c.key, c.polarity) for c in said] == [("pay|ransom", "affirm")]
    assert [(c.key, c.polarity) for c in denied] == [("pay|ransom", "negate")]


def test_the_missing_of_a_story_of_abducted_pupils_are_the_abducted(extractor):
    text = ("Gunmen abducted students from a boarding school on Tuesday, police said. "
            "The school's principal said a headcount showed 87 students were missing.")
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == ["captured"]
    flood = "Floods swept through the valley. Officials said 87 people were missing."
    assert [c.key for c in claims_of(extractor, flood) if c.kind == "figure"] == ["missing"]


def test_how_many_tallies_is_no_tally(extractor):
    text = "The toll rose to 14, police said. OCHA said the gap between the two tallies had persisted."
    assert [c.low for c in claims_of(extractor, text)] == [14.0]


def test_one_side_a_launch_tilted_to_counts_nothing(extractor):
    assert claims_of(extractor, "The launch tilted to one side and everyone slid, a survivor said.") == []


def test_bodies_that_differ_are_organisations_not_the_dead(extractor):
    assert claims_of(extractor, "The two bodies also differed sharply on the damage to housing.") == []
    found = claims_of(extractor, "Rescuers said two bodies were recovered from the river.")
    assert [(c.key, c.low) for c in found] == [("deaths", 2.0)]


@pytest.mark.parametrize(
    "text",
    [
        "His family said the ransom must be paid by Friday.",
        "The union said the strike was called off on Sunday.",
        "Officials said the ballots were counted in 12 polling stations.",
    ],
)
def test_a_demand_a_phrasal_act_or_a_part_is_no_act_done_to_a_thing(extractor, text):
    assert "pay|ransom" not in [c.key for c in claims_of(extractor, text)]
    assert not [c for c in claims_of(extractor, text) if c.key in ("call|strike", "count|ballot")]


def test_civilians_of_two_nations_listed_together_are_counted_apart(extractor):
    text = "Officials said 4 Israeli civilians and 30 Palestinian civilians were killed in the West Bank."
    assert sorted(c.low for c in claims_of(extractor, text) if c.kind == "figure") == [4.0, 30.0]


def test_disaster_bodies_that_put_the_toll_at_a_figure_give_it(extractor):
    text = "The federal and provincial disaster bodies put the number of dead at 58."
    assert [(c.key, c.low) for c in claims_of(extractor, text)] == [("deaths", 58.0)]


def test_oil_still_leaking_says_the_leak_is_not_contained(extractor):
    leaking = claims_of(extractor, "The coast guard said oil is still leaking from the hull.")
    sealed = claims_of(extractor, "The operator said the spill had been contained on Wednesday.")
    assert [(c.key, c.subject, c.polarity) for c in leaking] == [("be|contained", "leak", "negate")]
    assert [(c.key, c.subject, c.polarity) for c in sealed] == [("be|contained", "leak", "affirm")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said that the number of the dead is 13 and the wounded 27.",
        "The toll was 13 dead and the injured 27, police said.",
        "Officials said the dead are 13 and the injured are 27 persons.",
    ],
)
def test_people_named_by_what_befell_them_before_their_number(extractor, text):
    assert sorted((c.key, c.low) for c in claims_of(extractor, text)) == [("deaths", 13.0), ("injured", 27.0)]


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        ("Our team has documented the killing of at least 52 people, she said.", "deaths", 52.0),
        ("The strike forced the cancellation of 600 flights, the airline said.", "cancel|flight", 600.0),
    ],
)
def test_an_act_named_by_a_noun_counts_what_it_was_done_to(extractor, text, key, low):
    assert [(c.key, c.low) for c in claims_of(extractor, text)] == [(key, low)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('"The toll is 312," Ali Sadiqi, spokesman for the disaster authority, said.', "disaster authority"),
        ("Peter Mutai, the police spokesman, said 14 people had been arrested.", "police"),
    ],
)
def test_a_named_person_speaks_for_the_body_given_in_apposition(extractor, text, side):
    assert {c.side for c in claims_of(extractor, text)} == {side}


@pytest.mark.parametrize(
    "text",
    [
        '"We could see this fire reach 50,000 hectares by the weekend," the fire chief said.',
        "The ministry said 85 out of 100 schools were closed.",
        "The operator said seven in ten high-speed trains were running.",
    ],
)
def test_what_may_come_and_a_share_of_a_round_ten_are_no_counts(extractor, text):
    assert [c for c in claims_of(extractor, text) if c.kind == "figure"] == []


def test_a_count_out_of_a_known_whole_is_a_count(extractor):
    text = "Five out of seven passengers were rescued, the coast guard said."
    assert [(c.key, c.low) for c in claims_of(extractor, text)] == [("rescued", 5.0)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("There was no loss of life among Pakistani troops, the army said.", "pakistan military"),
        ("The army said there were no deaths among civilians.", "civilian"),
    ],
)
def test_none_among_a_group_is_said_of_that_group(extractor, text, subject):
    said = [(c.key, c.polarity, c.subject) for c in claims_of(extractor, text)]
    assert said == [("deaths", "negate", subject)]


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        ("We have lost 140 homes to the wildfire, the mayor said.", "destroy|home", 140.0),
        ("He said fewer than 8,000 people had left their homes.", "displaced", 0.0),
        ("The group said it had documented 430 detentions.", "detained", 430.0),
        ('"All 21 seafarers on board are safe," the managing director said.', "aboard", 21.0),
        ("The company said the ship was carrying 21 seafarers.", "aboard", 21.0),
    ],
)
def test_other_words_for_homes_destroyed_people_displaced_detained_and_aboard(extractor, text, key, low):
    assert (key, low) in [(c.key, c.low) for c in claims_of(extractor, text) if c.kind == "figure"]


def test_a_union_named_in_a_report_on_a_company_is_not_the_company(extractor):
    text = (
        "Some 4,200 jobs will be lost at Dunmore Home, the shopworkers' union Usdaw has said.\n\n"
        "The company said on Tuesday that 120 stores would close.\n\n"
        "Usdaw said it would fight the closures. Usdaw officials met staff."
    )
    closures = only(claims_of(extractor, text), key="closures|dunmore home")
    assert closures.side == "dunmore home"
    # (nor a federation of unions, named more often than the company)
    text = (
        "Viet Tin Footwear Co. has denied rumours of layoffs at its Trang Bom factory.\n\n"
        "The Dong Nai Federation of Labour said it had received reports of planned cuts. "
        "The Dong Nai Federation of Labour said it would meet workers.\n\n"
        "The factory employs 9,800 workers, the Dong Nai Federation of Labour said."
    )
    assert only(claims_of(extractor, text), kind="figure").key == "workforce|viet tin footwear co. plant"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ('A spokeswoman for Dunmore Home said: "No closures are planned."', "closures"),
        ("Kestrel Bank said no layoffs were planned.", "job_cuts"),
        ("Kestrel Bank said no job cuts were planned.", "job_cuts"),
    ],
)
def test_none_planned_is_the_company_saying_none(extractor, text, measure):
    (said,) = claims_of(extractor, text)
    assert (said.measure, said.polarity, said.kind) == (measure, "negate", "event")


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters prevented the destruction of 200 homes.",
        "A court halted the deportation of 40 migrants.",
        "The strike could force the cancellation of 1,200 flights.",
        "The army denied any role in the killing of 52 people.",
        "The execution of 12 contracts would be delayed.",
    ],
)
def test_an_act_named_by_a_noun_but_not_done_counts_nothing_done(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.measure in ("deaths", "displaced")
                or c.key.startswith(("destroy|", "deport|", "cancel|", "kill|"))]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Vassily Nebenzia, Russia's ambassador to the UN, said 14 people were killed.", "russia"),
        ("Jennifer McKeown, head of research at Capital Economics, said 14 people were killed.",
         "capital economics"),
        ("Ali Hassan, a former army spokesman, said 14 people were killed.", "ali hassan"),
    ],
)
def test_the_body_in_apposition_is_the_one_spoken_for(extractor, text, side):
    assert {c.side for c in claims_of(extractor, text)} == {side}


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Seven out of ten passengers on the minibus died, police said.", 7.0),
        ("The ministry could confirm that the death toll had risen to 40.", 40.0),
        ("A 5.6 magnitude aftershock killed 30 people, officials said.", 30.0),
        ("The quake, of magnitude 6.3, killed 150 people, officials said.", 150.0),
    ],
)
def test_a_count_near_a_share_a_modal_or_a_magnitude_is_still_a_count(extractor, text, low):
    assert [c.low for c in claims_of(extractor, text) if c.kind == "figure"] == [low]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The county lost 140 homes to foreclosure last year.", "destroy|home"),
        ("Officials said 10,000 people had left their homes to join the march.", "displaced"),
        ("Officials said 300 seafarers on board ships had refused to sail.", "aboard"),
    ],
)
def test_homes_lost_people_leaving_and_seafarers_elsewhere_are_other_counts(extractor, text, key):
    assert key not in [c.key for c in claims_of(extractor, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 people were killed, the wounded 60 and the missing 9, the governor said.",
         [("deaths", 14.0), ("injured", 60.0), ("missing", 9.0)]),
        ("Officials said 300 people lost their homes in the floods.", [("displaced", 300.0)]),
    ],
)
def test_a_gapped_list_of_states_and_people_who_lost_their_homes(extractor, text, expected):
    assert [(c.key, c.low) for c in claims_of(extractor, text) if c.kind == "figure"] == expected


def test_a_figure_about_the_speaker_is_not_what_it_denies(extractor):
    text = "Kestrel, which employs about 6,800 people in the region, flatly denied the claim."
    assert [c.kind for c in claims_of(extractor, text) if c.low] == ["figure"]


def test_a_vessel_is_a_ship(extractor):
    ships = claims_of(extractor, "The port said 38 ships were waiting at anchor.")
    vessels = claims_of(extractor, "The union said 63 vessels were waiting at anchor.")
    assert {c.key for c in ships if c.low} == {c.key for c in vessels if c.low}


def test_a_share_of_things_acted_on_is_keyed_by_the_act(extractor):
    said = claims_of(extractor, "SNCF said 30% of scheduled trains were cancelled nationwide.")
    assert [(c.key, c.low, c.unit) for c in said] == [("cancel|train", 30.0, "%")]


def test_some_of_the_drones_brought_down_are_counted(extractor):
    said = claims_of(extractor, "The air force said 118 of the drones had been shot down.")
    assert [(c.key, c.low) for c in said] == [("intercept|drone", 118.0)]


@pytest.mark.parametrize(
    "text, polarity",
    [
        ('Troops captured Kotlyne, the ministry said. "Kotlyne has not been taken," the brigade said.',
         "negate"),
        ("Troops captured Kotlyne, the ministry said. Kotlyne was never captured, the brigade said.",
         "negate"),
        ("Sanaa was taken by the Houthis on Sunday, residents said.", "affirm"),
    ],
)
def test_a_place_taken_by_name_in_the_passive(extractor, text, polarity):
    said = [c for c in claims_of(extractor, text) if c.key == "capture|place"]
    assert said[-1].polarity == polarity


@pytest.mark.parametrize(
    "text",
    ["John Smith was taken to hospital, police said.", "Ahmed Musa was captured on Monday, his family said."],
)
def test_a_person_taken_is_no_place_taken(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key == "capture|place"]


def test_a_weeks_toll_is_no_rate(extractor):
    said = claims_of(extractor, "The army said it had killed more than 500 fighters in a week of fighting.")
    assert [(c.measure, c.low) for c in said] == [("deaths", 500.0)]


def test_things_counted_with_what_was_done_to_them(extractor):
    said = claims_of(extractor, "The mayor said there were 140 destroyed homes in the town.")
    assert [(c.key, c.low) for c in said] == [("destroy|home", 140.0)]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("SUD-Rail said three-quarters of trains had been cancelled.", 67.5, 82.5),
        ("The union said more than half of all trains had been cancelled.", 50.0, None),
        ("The union said two-thirds of trains had been cancelled.", 60.03, 73.37),
    ],
)
def test_a_share_in_words_is_a_rounded_percentage(extractor, text, low, high):
    said = only(claims_of(extractor, text), key="cancel|train")
    expected_high = pytest.approx(high) if high else None
    assert (said.unit, said.low, said.high) == ("%", pytest.approx(low), expected_high)


def test_a_date_in_words_is_no_share(extractor):
    assert not [c for c in claims_of(extractor, "The strike began on the third of May.") if c.unit == "%"]


@pytest.mark.parametrize(
    "text",
    ['"The nation will never forget the sacrifices of our martyrs," he said.',
     "The families said they would never forget the victims."],
)
def test_remembering_the_dead_counts_no_one(extractor, text):
    assert claims_of(extractor, text) == []


def test_troops_abandoning_positions_is_still_a_claim(extractor):
    said = claims_of(extractor, "The army said its troops had not abandoned their positions.")
    assert [(c.key, c.polarity) for c in said] == [("abandon|position", "negate")]


@pytest.mark.parametrize(
    "text",
    ["Maduro was captured by US forces in Caracas on Saturday, officials said.",
     "Kyiv was taken aback by Washington's plan, European diplomats said.",
     "Pokrovsk was captured on drone footage, a reporter said.",
     "The Galaxy Leader was seized by the Houthis, the company said."],
)
def test_people_ships_idioms_and_footage_are_no_place_taken(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key == "capture|place"]


@pytest.mark.parametrize(
    "text",
    ["Deaths in the first half of the year fell by 20 percent, the ministry said.",
     "UK inflation fell by a quarter of a point, the statistics office said."],
)
def test_halves_of_years_and_quarters_of_points_are_no_shares(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.figure_text.lower().endswith(("half", "quarter"))]


def test_a_rate_in_a_day_is_still_a_rate(extractor):
    text = "Russia loses about 1,000 soldiers in a day on the eastern front, the General Staff said."
    assert claims_of(extractor, text) == []


def test_a_stock_of_destroyed_homes_is_no_days_destruction(extractor):
    said = claims_of(extractor, "Mariupol had 2,000 destroyed homes, the mayor said on Tuesday.")
    assert [c.key for c in said] == ["count|home"]


@pytest.mark.parametrize(
    ("text", "key"),
    [("The ministry said 212 workers were underground at the time of the explosion.", "aboard"),
     ("Rescuers said 11 miners were trapped underground.", "missing"),  # (the trapped are the missing)
     ("The company said it employs 3,000 people underground.", "workforce")],
)
def test_miners_underground_when_it_happened_are_those_aboard(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.low] == [key]


# A report on a company: its jobs name it (extract._plans_of_its_company).
KESSLER = "Kessler Automotive will cut 2,000 jobs, Kessler said on Monday. "


@pytest.mark.parametrize(
    ("sentence", "polarity", "place"),
    [
        ("Kessler Automotive intends to close its Chemnitz plant by mid-2028.", "affirm", "chemnitz"),
        ('"There are no plans to close the Chemnitz site," a spokeswoman said.', "negate", "chemnitz"),
        ('"We will not close the Plauen plant," the chief executive said.', "negate", "plauen"),
        ("The Plauen plant will close by the end of 2026, the union said.", "affirm", "plauen"),
        ("The company denied that it planned to close its plant in Zwickau.", "negate", "zwickau"),
    ],
)
def test_a_plan_for_a_plant_is_its_companys_closure_plan(extractor, sentence, polarity, place):
    plan = only(claims_of(extractor, KESSLER + sentence), measure="closures", kind="event")
    assert (plan.key, plan.polarity, plan.places) == ("closures|kessler", polarity, (place,))
    assert plan.event_date is None and plan.period is None  # "by 2026" is when, not what of


@pytest.mark.parametrize(
    "sentence",
    ["The Plauen plant closed in 2019, the company said.",
     "A strike shut the Plauen plant on Monday, the union said.",
     "The company will not close the Plauen plant until 2027.",
     # for a while, not for good
     "Kessler will shut the Zwickau plant for a week because of a chip shortage.",
     "The plant will be shut for two weeks in August for maintenance.",
     "The plant will be closed to visitors during the renovation.",
     # closed by others than the company
     "The strike will shut the Zwickau plant on Tuesday, the union said.",
     "The government will shut the Garzweiler mine in 2030.",
     "Regulators said they would shut the refinery.",
     "The mine will be shut down after the accident, the ministry said.",
     # wondered about, feared, dropped
     "It is unclear whether Kessler will close the Plauen plant.",
     "Workers fear the plant will close.",
     "Kessler dropped plans to close the Plauen plant.",
     "Kessler had planned to close the Plauen plant but reversed course.",
     "Without the subsidy, the plant would have closed."],
)
def test_a_closing_that_happened_or_is_put_off_is_no_plan(extractor, sentence):
    said = claims_of(extractor, KESSLER + sentence)
    assert not [c for c in said if c.measure == "closures" and c.kind == "event"]


def test_a_closing_ruled_out_meets_the_closing_announced_weeks_later(extractor):
    ruled_out = only(claims_of(extractor, KESSLER + '"We will not close the Plauen plant," he said.',
                               published="2025-05-08T10:00:00Z"), measure="closures", kind="event")
    announced = only(claims_of(extractor, KESSLER + "The Plauen plant will close by the end of 2026.",
                               published="2025-05-21T10:00:00Z"), measure="closures", kind="event")
    assert conflict(replace(announced, article_id="t2", claim_id="t2:0"), ruled_out) is not None
    # ... but a plan for another plant is another plan
    other = only(claims_of(extractor, KESSLER + "Kessler will close its Zwickau plant, the union said."),
                 measure="closures", kind="event")
    assert conflict(other, ruled_out) is None


@pytest.mark.parametrize(
    ("sentence", "key", "polarity"),
    [
        # another company's plan is its own
        ("Rival Bosch will close its Bamberg plant next year, a source said.", "closures|bosch", "affirm"),
        ("Bosch, a key supplier, said it would close its plant in Bamberg.", "closures|bosch", "affirm"),
        # what a denial denies, and what it does not
        ("Kessler denied the report but said it would close the Plauen plant in 2027.",
         "closures|kessler", "affirm"),
        ("The company did not deny that it planned to close its plant in Zwickau.",
         "closures|kessler", "affirm"),
    ],
)
def test_whose_closing_plan_and_which_way(extractor, sentence, key, polarity):
    plan = only(claims_of(extractor, KESSLER + sentence), measure="closures", kind="event")
    assert (plan.key, plan.polarity) == (key, polarity)


def test_a_gapped_state_counts_its_own_people(extractor):
    # the parser makes "two" the subject of "missing", which it joins to "put"
    claims = claims_of(extractor, "The disaster authority put the toll at 11 dead and two missing.")
    assert only(claims, measure="deaths").low == 11
    assert only(claims, measure="missing").low == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Last Saturday's rally drew 40,000 people according to organisers and 8,500 according to police.",
        "According to organisers, 40,000 people attended, and 8,500 according to police.",
    ],
)
def test_each_figure_is_told_by_the_source_next_to_it(extractor, sentence):
    claims = claims_of(extractor, sentence)
    assert only(claims, low=40_000).side == "organiser"
    assert only(claims, low=8_500).side == "police"
    assert {c.measure for c in claims} == {"participants"}


def test_a_bare_number_after_another_counts_it_only_when_sourced(extractor):
    # "eight" is missing, not dead; "2,100 over the three days" is no figure of its own
    claims = claims_of(extractor, "Floods have left 31 people dead and eight missing, according to a report.")
    assert only(claims, low=8).measure == "missing"
    claims = claims_of(
        extractor, "The ministry said 1,300 operations were postponed on Monday and 2,100 over the week."
    )
    assert [c.low for c in claims if c.kind == "figure"] == [1_300]


def test_people_listed_as_missing_are_missing(extractor):
    claims = claims_of(extractor, "The authority's incident portal listed 15 people as missing as of noon.")
    assert only(claims, kind="figure").measure == "missing"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Officials declared 12 people as dead.", "deaths"),
        ("Police in Kano confirmed nine as dead after the market fire.", "deaths"),
        ("The Red Cross reported 14 as missing.", "missing"),
        ("The Red Cross listed 30 as injured.", "injured"),
        ("Twelve people were listed as missing, police said.", "missing"),
        ("Nine were confirmed as dead by the ministry.", "deaths"),
    ],
)
def test_a_count_listed_as_a_state_counts_that_state(extractor, text, measure):
    # the parser hangs "as ..." on the verb or on the counted noun, or makes it a clause
    assert only(claims_of(extractor, text), kind="figure").measure == measure


def test_an_airline_closing_a_base_plans_a_closure(extractor):
    claims = claims_of(extractor, "NordBalt said on Tuesday it will cut 480 jobs and close its Vilnius base.")
    assert only(claims, measure="closures").polarity == "affirm"
    claims = claims_of(extractor, "NordBalt said it will cut 480 jobs and closed its Riga base last year.")
    assert not [c for c in claims if c.measure == "closures"]
    claims = claims_of(extractor, '"We will not close any of our bases," he said.')
    assert only(claims, measure="closures").polarity == "negate"
    claims = claims_of(extractor, '"The Vilnius base is not being closed," the spokesman said.')
    assert only(claims, measure="closures").polarity == "negate"


def test_a_plans_period_is_when_it_is_due(extractor):
    # when cuts are due is no period counted: a denial rules them out whenever (detect)
    claims = claims_of(extractor, "NordBalt said on Tuesday it will cut 480 jobs in January.")
    assert (only(claims, measure="job_cuts").period, only(claims, measure="job_cuts").due) == ("m1", True)
    claims = claims_of(extractor, '"There will be no layoffs at NordBalt this year or next," he said.')
    assert only(claims, measure="job_cuts").due
    # a past round's period is the one it was made in
    claims = claims_of(extractor, "The union said 300 workers had been laid off in May.")
    assert not only(claims, measure="job_cuts").due


def test_a_capital_the_model_takes_for_an_organisation_is_a_place(extractor):
    text = "Police on Tuesday fired tear gas to disperse hundreds of applicants protesting in Accra."
    assert "accra" in only(claims_of(extractor, text), key="use|gas").places


def test_patients_in_a_ward_are_not_the_hurt(extractor):
    text = "The fire started in a ward where 17 patients were hospitalised, the spokesperson said."
    assert not [c for c in claims_of(extractor, text) if c.measure == "injured"]
    text = "Seventeen patients were hospitalised with burns after the blast, officials said."
    assert only(claims_of(extractor, text), kind="figure").measure == "injured"


def test_the_reports_own_word_that_police_fired_tear_gas_meets_their_denial(extractor):
    claims = claims_of(extractor, "Police on Tuesday fired tear gas to disperse hundreds of protesters.")
    assert only(claims, key="use|gas").polarity == "affirm"
    # not anyone firing anything
    claims = claims_of(extractor, "Gunmen fired live rounds at the bus in Nairobi, killing 12 passengers.")
    assert all(c.measure != "act" for c in claims)


def test_an_airline_named_after_its_country_plans_its_own_closures(extractor):
    claims = claims_of(extractor, "Qatar Airways said it would not close any of its bases.")
    assert only(claims, measure="closures").polarity == "negate"
    # a state's closing is no company's plan
    claims = claims_of(extractor, "The plant will be closed in 2030, the German government said.")
    assert not [c for c in claims if c.measure == "closures"]


def test_no_plans_to_close_denies_the_closing(extractor):
    claims = claims_of(extractor, "There are no plans to close any schools, the permanent secretary said.")
    assert only(claims, key="close|school").polarity == "negate"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The army said 63 members of the extremist group were killed.", "militant"),
        ("The army said it killed 97 extremists.", "militant"),
        ("The rebels said more than 180 members of the enemy army were destroyed.", "military"),
        ("Police said 12 members of the public were killed.", ""),
        ("Gunmen killed 3 members of the pilots' union, police said.", ""),
    ],
)
def test_members_of_a_force_are_its_fighters(extractor, text, subject):
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.measure, claim.subject) == ("deaths", subject)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("According to information obtained from the Command Post, 63 fighters were killed.", "command post"),
        ("According to data from the health ministry, 40 people died.", "health ministry"),
        ("According to figures released by the army, 40 soldiers died.", "army"),
        # the speaker's own figures, a time, a body not named: the source is not the speaker
        ("According to our figures from the field, 45 people were killed, the army spokesman said.", "army"),
        ("According to figures from last year, 45 people were killed.", "test wire"),
    ],
)
def test_according_to_what_a_body_gave_is_that_body(extractor, text, side):
    assert only(claims_of(extractor, text), kind="figure").side == side


def test_kidnapped_people_freed_are_rescued(extractor):
    text = "State prosecutors said troops freed 31 people who had been kidnapped from a bus."
    claims = claims_of(extractor, text)
    assert only(claims, kind="figure").measure == "rescued"
    claims = claims_of(extractor, "Russia released 110 prisoners, officials said.")
    assert only(claims, kind="figure").measure == "released"
    # let go by their captors: released, not rescued
    claims = claims_of(extractor, "Police said gunmen freed 12 kidnapped passengers in Reynosa.")
    assert only(claims, kind="figure").measure == "released"


def test_a_toll_risen_to_a_number_the_model_reads_as_a_time(extractor):
    text = "The death toll rose to 14 this morning, according to the fire service."
    assert only(claims_of(extractor, text), kind="figure").low == 14


def test_a_question_asserts_nothing(extractor):
    claims = claims_of(extractor, '"Now the company says there were no layoffs?" he said.')
    assert not [c for c in claims if c.measure == "job_cuts"]
    assert not claims_of(extractor, "How can they say no officer died?")
    # a clause before the question still asserts
    claims = claims_of(extractor, '"Two officers were buried on Monday; how can they say no officer died?"')
    assert [c.low for c in claims if c.kind == "figure"] == [2]


def test_the_gazetteer_knows_the_sides_of_border_wars_beyond_europe(extractor):
    thai = only(claims_of(extractor, "The health ministry said three Thai civilians had died."))
    cambodian = only(claims_of(extractor, "The ministry said six Cambodian civilians had been killed."))
    assert thai.subject != cambodian.subject
    army = only(claims_of(extractor, "Thailand's army said two soldiers had been killed."))
    assert army.side == "thailand"


def test_a_state_that_counts_destroyed_homes_counts_its_own(extractor):
    # a government's count of homes a fire destroyed is no enemy's loss (as tanks would be)
    claim = only(claims_of(extractor, "The Greek government said 22 homes were destroyed by the wildfire."))
    assert (claim.key, claim.subject) == ("destroy|home", "")


def test_none_said_of_two_verbs_is_said_of_both(extractor):
    claims = claims_of(extractor, "The agency said no prison officials were harmed or taken hostage.")
    assert only(claims, measure="captured").polarity == "negate"
    claims = claims_of(extractor, "No civilian was killed or injured in the operations, the army said.")
    assert only(claims, measure="injured").subject == only(claims, measure="deaths").subject == "civilian"
    # a second verb with a subject of its own says its own
    claims = claims_of(extractor, "Police said no one was killed, and 12 people were injured.")
    assert only(claims, measure="injured").low == 12


def test_a_plan_denied_denies_the_act(extractor):
    claims = claims_of(extractor, "Brenner Autowerke is not preparing to shut its plant, a spokeswoman said.")
    assert {c.polarity for c in claims if c.key.startswith(("close|", "closures"))} == {"negate"}


def test_a_company_named_with_its_country_closes_its_own_plant(extractor):
    # "German carmaker X will close" is the company's plan, not Germany's doing
    claims = claims_of(
        extractor, "German carmaker Brenner Autowerke will close its plant in Martin, the company said."
    )
    assert only(claims, measure="closures").polarity == "affirm"
    assert not [c for c in claims_of(extractor, "The United States will close the plant, officials said.")
                if c.measure == "closures"]


@pytest.mark.parametrize(
    ("speaker", "state"),
    [
        ("Kenya's interior ministry", True),
        ("Cameroon's army", True),
        ("Bangladesh's main opposition party", False),
        ("Chile's National Human Rights Institute", False),
        ("Cameroonian separatists", False),
        ("Thai Airways", False),
        ("A Haitian rights group", False),
    ],
)
def test_a_country_is_the_side_of_its_state_bodies_only(extractor, speaker, state):
    claim = only(claims_of(extractor, f"{speaker} said 12 people were killed on Sunday."), kind="figure")
    assert (claim.side in ("kenya", "cameroon")) is state


def test_a_company_named_with_its_country_speaks_by_its_name(extractor):
    for speaker, name in (("South Korea's Hanwa Steel", "hanwa steel"),
                          ("German carmaker Kessler Automobil", "kessler automobil"),
                          ("Kenya Airways", "kenya airways"),
                          ("Kenya Airways chief executive Allan Kilavuka", "kenya airways")):
        claim = only(claims_of(extractor, f"{speaker} said on Monday it would cut 500 jobs."), kind="figure")
        assert claim.side == name
    # a state's bank named by no name of its own is the state's
    claim = only(claims_of(extractor, "Nigeria's Central Bank said inflation rose to 30 percent."))
    assert claim.side == "nigeria"


def test_a_named_officer_speaks_for_the_body_named_with_him_later(extractor):
    text = "The chief executive of NordBalt Airways, Erik Lindqvist, said on Tuesday that 40 jobs would go."
    assert {c.side for c in claims_of(extractor, text)} == {"nordbalt airways"}
    text = ('NordBalt spokesman Martins Ozols denied the report. "The Vilnius base is not being closed," '
            'Ozols said.')
    assert {c.side for c in claims_of(extractor, text)} == {"nordbalt"}
    # another person of the same surname is not the airline
    text = ("The chief executive of NordBalt Airways, Erik Lindqvist, said the airline would cut 200 jobs. "
            "Union leader Anna Lindqvist said 600 jobs would go.")
    assert only(claims_of(extractor, text), low=600).side != "nordbalt airways"


def test_a_country_word_in_a_name_or_a_place_is_no_side(extractor):
    claim = only(claims_of(extractor, "Chad Richards, a spokesman for Veltra, said 12 workers were hurt."))
    assert claim.side != "chad"
    claim = only(claims_of(extractor, "Police in Niger State said 14 people were killed on Tuesday."))
    assert claim.side != "niger" and "niger" not in claim.region


def test_a_source_before_and_belongs_to_the_figure_before_it(extractor):
    claims = claims_of(
        extractor,
        "Police arrested 300 people in Paris, according to the interior ministry, and 120 in Lyon, "
        "according to local officials.",
    )
    assert only(claims, low=300).side == "ministry"
    assert only(claims, low=120).side == "official"


def test_a_question_after_a_statement_leaves_the_statement(extractor):
    question = "The ministry said 300 homes were destroyed, so why has no aid reached the village?"
    claims = claims_of(extractor, question)
    assert [c.low for c in claims if c.kind == "figure"] == [300]


def test_missing_work_is_no_count_of_the_missing(extractor):
    claims = claims_of(extractor, "The company listed 300 employees as missing work during the strike.")
    assert all(c.measure != "missing" for c in claims)


def test_a_generic_word_is_no_company_name_alone():
    assert company_name("general semiconductor") != company_name("general motors")
    assert company_name("national semiconductor") == "national semiconductor"


def test_a_period_an_event_is_ranked_in_is_no_period_of_its_figure(extractor):
    ranked = (
        "Organizers put the turnout at 20,000 and said it was the largest of the weekly protests this year."
    )
    claim = only(claims_of(extractor, ranked), kind="figure")
    assert (claim.period, claim.cumulative) == (None, False)
    # a figure counted over the year still is
    claim = only(claims_of(extractor, "The ministry said 1,200 people have died of cholera this year."))
    assert claim.period == "y2022"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company did not want to close the Leipzig plant, but was forced to.",
        "The company is not scheduled to close the Leipzig plant until 2030.",
    ],
)
def test_a_wish_or_a_timetable_denied_is_no_act_denied(extractor, sentence):
    assert all(c.polarity == "affirm" for c in claims_of(extractor, sentence) if c.key.startswith("close|"))


def test_a_question_with_its_teller_after_it_asserts_nothing(extractor):
    assert not claims_of(extractor, '"How can they say no officer died?" said the village chief.')


def test_mujahideen_are_fighters_of_the_side_that_names_them(extractor):
    claim = only(
        claims_of(extractor, "Afghanistan's defence ministry said two mujahideen were martyred."),
        kind="figure",
    )
    assert (claim.measure, claim.subject) == ("deaths", "militant")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The owner said only 22 workers were on the premises at the time of the blast.",
         [("aboard", 22.0)]),
        ("Officials said 43 workers had been present on the day of the explosion.", [("aboard", 43.0)]),
        ("About 200 people were present at the meeting, police said.", []),
    ],
)
def test_those_at_the_site_when_a_disaster_struck_count_as_aboard(extractor, sentence, expected):
    assert [(c.key, c.low) for c in claims_of(extractor, sentence) if c.key == "aboard"] == expected


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ('"No worker has been dismissed for joining the strike," the spokesman said.', "dismiss|people"),
        ("No one was evacuated, the mayor said.", "displaced"),
    ],
)
def test_nobody_done_to_in_the_passive_is_none(extractor, sentence, key):
    assert [(c.key, c.polarity) for c in claims_of(extractor, sentence)] == [(key, "negate")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister said on Monday that the dyke had not breached.", [("give way|dyke", "negate")]),
        ("The mayor said the dyke had burst late on Sunday.", [("give way|dyke", "affirm")]),
        ("Residents said the levee was breached overnight.", [("give way|dyke", "affirm")]),
        ("The minister said the bridge did not collapse.", [("give way|bridge", "negate")]),
        ("Engineers warned that the dam could burst.", []),  # a risk, not what happened
        ("The chairman said a section of the embankment was breached.", [("give way|dyke", "affirm")]),
        ("The board said no embankments had been breached.", [("give way|dyke", "negate")]),
        ("The ministry said the dam's concrete wall collapsed.", [("give way|dam", "affirm")]),
        # a vessel sinking, likewise
        ("The governor said the vessel sank near Idjwi after the fire spread.", [("sink|vessel", "affirm")]),
        ("The owner said the ship did not sink.", [("sink|vessel", "negate")]),
        ("The captain said the boat could sink if the weather worsened.", []),
        ("Shares in the company sank on Monday.", []),
    ],
)
def test_a_structure_giving_way_is_one_question_in_other_words(extractor, sentence, expected):
    assert [(c.key, c.polarity) for c in claims_of(extractor, sentence)] == expected


def test_the_others_hurt_beside_a_count_are_of_its_kind(extractor):
    claims = claims_of(extractor, "Three Pakistani soldiers were martyred and seven others injured.")
    assert [(c.measure, c.subject) for c in claims] == [("deaths", "pakistan military"),
                                                        ("injured", "pakistan military")]


def test_counter_demonstrators_are_not_the_marchs_crowd(extractor):
    (claim,) = claims_of(extractor, "About 200 counter-demonstrators gathered in front of the parliament, "
                                    "police said.")
    assert (claim.measure, claim.subject) == ("participants", "counter")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The ministry said five people had been killed on the Kyrgyz side.", "kyrgyzstan"),
        ("It said more than 15 servicemen of the Kyrgyz side were killed.", "kyrgyzstan military"),
        ("The losses of Tajik side compose about ten military servicemen killed.", "tajikistan military"),
        # the side the speaker is on is not whose the dead are
        ("Officials on the Russian side said five soldiers were killed.", "military"),
        # the country itself, of the people counted
        ("In result 5 soldiers of Tajikistan were killed.", "tajikistan military"),
        ("He said no member of the border forces of the Islamic Emirate was killed.", "afghanistan military"),
        ("Three residents of Kenya were killed in the attack.", "kenya civilian"),
        # or its forces
        ("One serviceman of the Armenian Armed Forces was killed.", "armenia military"),
        ("Four servicemen of the Armenia armed forces were killed.", "armenia military"),
        ("The ministry said there are no losses among the personnel of the Azerbaijan Army.",
         "azerbaijan military"),
        # a nationality a translation puts after the noun
        ("According to the official bulletin, in the confrontation died one soldier Ecuadorian and two "
         "more resulted wounded.", "ecuador military"),
        # not a party called "Forces", nor the losses of aircraft
        ("Hezbollah said two members of the Lebanese Forces were killed in clashes in Beirut.", ""),
        # a country's own losses, said of itself
        ("Baku said it had suffered no casualties.", "azerbaijan military"),
    ],
)
def test_the_dead_of_a_named_side_are_its_countrys(extractor, sentence, subject):
    assert [c.subject for c in claims_of(extractor, sentence) if c.measure == "deaths"] == [subject]


def test_counts_given_by_place_are_each_of_their_own_places(extractor):
    claims = claims_of(extractor, "The department's updated figures show six deaths in Gaya, five in "
                                  "Aurangabad and three each in Nawada and Jehanabad.")
    assert [(c.low, c.places) for c in claims] == [
        (6.0, ("gaya", "*listed")), (5.0, ("aurangabad", "*listed")),
        (3.0, ("nawada", "jehanabad", "*listed"))]
    # one count with its place, another with none: the sentence's places as before
    claims = claims_of(extractor, "Nine people died in Gaya on Monday, officials said, and 40 were injured.")
    assert [c.places for c in claims] == [("gaya",), ("gaya",)]


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        # what a source had said on an earlier day, told again as background: no claim here
        ("Newspaper ECO had reported on July 10 that the company was planning to cut about 1,200 jobs.",
         False),
        ("The owner had said on Monday that the ship did not sink.", False),
        # ... or the other side's figure, told again in the report of the answer to it
        ("The union had said 21 flights were cancelled.", False),
        # said in this report, or only counted by a day: a claim
        ("The newspaper reported on July 10 that the company was planning to cut about 1,200 jobs.", True),
        ("Volunteers had counted 41 deaths nationwide as of Wednesday, the Red Cross said.", True),
        ("The health department had said earlier on Wednesday that no deaths had been reported.", True),
        ("The master had told investigators the launch was carrying 140 passengers, police said.", True),
    ],
)
def test_what_a_source_had_said_on_an_earlier_day_is_told_again(extractor, sentence, claimed):
    assert bool(claims_of(extractor, sentence)) is claimed


def test_martyrdom_attained_is_death_and_the_others_hurt_are_of_the_kind_counted(extractor):
    claims = claims_of(extractor, "In this cowardly attack two of the border guards of our country reached "
                                  "to the degree of martyrdom and three others were injured.")
    assert [(c.measure, c.subject) for c in claims] == [("deaths", "military"), ("injured", "military")]
    (claim, *_) = claims_of(extractor, "Three soldiers attained martyrdom in the attack, the army said.")
    assert (claim.measure, claim.low) == ("deaths", 3.0)


def test_a_total_brought_up_to_a_figure_is_a_running_total(extractor):
    (claim,) = claims_of(extractor, "Orders were extended to two more villages, bringing the number of "
                                    "people evacuated to about 900.")
    assert (claim.measure, claim.cumulative, claim.rising) == ("displaced", True, True)
    # (not a thing taken somewhere, nor a toll brought down)
    assert not any(c.rising for c in claims_of(extractor, "The bus was taken to 40 towns."))
    assert not any(c.rising for c in claims_of(extractor, "The ministry corrected its count, bringing "
                                                          "the death toll to 31 from 40."))


# Narrowed after a review of the session 42 rules: each over-reach it found stays closed.
@pytest.mark.parametrize(
    ("text", "check"),
    [
        # a region called a producer is no company
        ("Suncor said on Monday it would cut 1,500 jobs. Most of the cuts will fall in Alberta, "
         "Canada's largest oil producer. Alberta's premier said Alberta would help the workers.",
         lambda cs: [c.key for c in cs if c.kind == "figure"] == ["job_cuts|suncor"]),
        # an indefinite ship may be another than the one reported; a tanker on a road, a launch
        ("A cargo ship sank off Odesa on Monday after hitting a mine, the navy said.",
         lambda cs: not any(c.key == "sink|vessel" for c in cs)),
        ("The fuel tanker sank into the mud on the flooded road near Kisumu on Monday.",
         lambda cs: not any(c.key == "sink|vessel" for c in cs)),
        # a ship sunk by another is the same question
        ("Ukraine said its sea drones sank the Russian landing ship off Crimea on Monday.",
         lambda cs: [c.key for c in cs] == ["sink|vessel"]),
        # a toll a source had said on a day may be the only telling of it
        ("Zamfara state police had said on Monday that 45 people were killed in the attack.",
         lambda cs: [c.low for c in cs if c.measure == "deaths"] == [45.0]),
        ("The BLA had initially claimed on Wednesday that 27 soldiers were killed.",
         lambda cs: not any(c.measure == "deaths" for c in cs)),
        # a vow of martyrdom, and a martyrdom remembered, are no deaths
        ("A commander said 5,000 fighters would gladly embrace martyrdom to defend Gaza.",
         lambda cs: not any(c.measure == "deaths" for c in cs)),
        ("Pilgrims in Karbala on Monday marked Ashura, when Imam Hussain and his 72 companions "
         "attained martyrdom.", lambda cs: not any(c.measure == "deaths" for c in cs)),
        # a group, an army or a bank named after a country is not the country
        ("Security forces killed 8 militants of Tehreek-e-Taliban Pakistan in North Waziristan.",
         lambda cs: [c.subject for c in cs if c.measure == "deaths"] == ["militant"]),
        ("Six fighters of the Free Syrian Army were killed in the clashes.",
         lambda cs: [c.subject for c in cs if c.measure == "deaths"] == ["militant"]),
        # drones "destroyed" are no people
        ("Air defences destroyed 12 aerial intruders over the region overnight.",
         lambda cs: not any(c.measure == "deaths" for c in cs)),
        # a whole told with its parts by place keeps the places of the sentence
        ("Strikes killed nine people in Ukraine overnight, including five in Kharkiv and two in Odesa.",
         lambda cs: "*listed" not in next(c for c in cs if c.low == 9.0).places),
        ("The storm killed 22 people in Bihar, with 12 in Patna and 10 in Gaya.",
         lambda cs: "*listed" not in next(c for c in cs if c.low == 22.0).places),
    ],
)
def test_session_42_rules_do_not_over_reach(extractor, text, check):
    assert check(claims_of(extractor, text))


def test_a_place_the_model_takes_for_a_person_before_region_is_a_place(extractor):
    (claim,) = claims_of(extractor, "The ministry says 23,100 cattle have now died in the Kunene region "
                                    "since July.")
    assert claim.places == ("kunene",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four Somaliland soldiers were killed and nine were wounded in the fighting.",
         [("deaths", 4.0), ("injured", 9.0)]),
        ("Eleven Makerere University students were admitted to hospital with injuries.", [("injured", 11.0)]),
        # a number inside a name counts nothing
        ("The Three Gorges Dam workers were evacuated on Monday after floods killed 12 people.",
         [("deaths", 12.0)]),
        ("Thousands of One Direction fans gathered in London on Monday, police said.",
         [("participants", 2000.0)]),
    ],
)
def test_a_number_before_a_name_counts_the_noun_after_it(extractor, sentence, expected):
    assert [(c.measure, c.low) for c in claims_of(extractor, sentence)] == expected


def test_skiers_caught_are_people_caught_and_the_city_of_a_name_is_the_name(extractor):
    (skiers,) = claims_of(extractor, "Seven skiers were caught in the avalanche, the resort said.")
    (people,) = claims_of(extractor, "The army said 11 people were caught in the avalanche.")
    assert skiers.key == people.key == "catch|people"
    (cases,) = claims_of(extractor, "The City of Harare has recorded 148 suspected typhoid cases.")
    assert cases.places == ("harare",)


@pytest.mark.parametrize(
    "sentence",
    ['"The claim of Puntland that 63 of our soldiers were killed is baseless propaganda, the whole '
     'world knows who was defeated," said the Minister.',
     "The reports that 63 soldiers were killed are Russian propaganda, the ministry said."],
)
def test_a_figure_called_propaganda_is_rejected(extractor, sentence):
    (claim,) = [c for c in claims_of(extractor, sentence) if c.measure == "deaths"]
    assert (claim.kind, claim.low) == ("rejection", 63.0)


def test_a_share_at_work_on_a_strike_day_leaves_the_rest_on_strike(extractor):
    text = ("Dockers went on strike in Antwerp on Tuesday. The employers' federation said about 60% of "
            "dockers on the morning shift reported for work.")
    (claim,) = claims_of(extractor, text)
    assert (claim.measure, claim.low, claim.high, claim.side) == ("participants", 37.5, 42.5,
                                                                  "employer federation")
    # (a count of those at work counts no strikers)
    assert not claims_of(extractor, "Dockers went on strike. The port said 1,200 dockers reported for work.")
    # nor do those who came and then struck, those back after it ended, nor police on duty
    for text in ["Dockers went on strike. About 40 percent of workers who reported for work on Tuesday later "
                 "joined the strike, the union said.",
                 "Dockers went on strike. The strike ended on Wednesday and 95% of dockers returned to work "
                 "on Thursday, the port authority said.",
                 "Dockers went on strike. Police said 95% of officers reported for duty to police the "
                 "protests."]:
        assert not [c for c in claims_of(extractor, text) if c.measure == "participants" and c.low
                    and c.low < 30], text


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # a minister's portfolio names no body: the minister speaks by name
        ("Energy and Natural Resources Minister Cemil Aydoğan said 19 miners had been trapped.",
         "cemil aydoğan"),
        # (a spokesman of two bodies is still one of them, and a party's secretary speaks for it)
        ("Police and army spokesman John Ade said 12 people were killed.", "army"),
        ("State Peace and Development Council secretary Khin Nyunt said 40 protesters were killed.",
         "council"),
    ],
)
def test_a_ministers_portfolio_is_no_speaker(extractor, sentence, side):
    assert [c.side for c in claims_of(extractor, sentence)] == [side]


def test_violators_liquidated_are_people_killed(extractor):
    (claim,) = claims_of(extractor, "In the responding fire 7 violators of the border were liquidated.")
    assert (claim.measure, claim.low, claim.subject) == ("deaths", 7.0, "")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The Carabineros said no demonstrators were injured during the march.", "civilian"),
        ("Police said six officers were hurt by stones thrown at the end of the march.", "military"),
        ("Union leaders said three teachers were injured when police charged.", ""),
    ],
)
def test_a_marchs_crowd_is_not_its_police(extractor, sentence, subject):
    assert [c.subject for c in claims_of(extractor, sentence) if c.measure == "injured"] == [subject]


# Narrowed after a review of the session 37 rules: each over-reach it found stays closed.
@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Residents said it is not false that drones were used in the strike.", "use|drone"),
        ("The ministry said it was wrong that 40 people were killed while police stood by.", "deaths"),
        ("No soldiers fell in the river during the crossing exercise, the army said.", "deaths"),
        ("The bank fired 300 employees in its investment arm on Monday.", "injured"),
        ("The job cuts hit 400 workers in the company's retail arm.", "injured"),
        ("The minister promised that no worker would be dismissed.", "dismiss|people"),
        ("The union demanded that no worker be dismissed during the restructuring.", "dismiss|people"),
        ("No additional patients have been identified, the ministry said.", "identify|people"),
        ("About 200 people were present at the memorial for the victims of the explosion.", "aboard"),
        ("Police said 40 officers were on the premises after the explosion to secure the site.", "aboard"),
        ("The building burst into flames shortly after midnight, firefighters said.", "give way|building"),
        ("The opposition block collapsed after two parties quit, the speaker said.", "give way|building"),
        ("Farmers said the minister's stand on subsidies had crumbled.", "give way|stand"),
        ("The perimeter wall of the prison was breached by attackers, police said.", "give way|wall"),
    ],
)
def test_the_session_37_rules_stay_within_what_they_were_written_for(extractor, sentence, key):
    # (none denied; none counted as wounded or on site; no structure given way)
    plain = key in ("injured", "aboard") or key.startswith("give way")
    claims = claims_of(extractor, sentence)
    assert not [c for c in claims if c.key == key and (plain or c.polarity == "negate")]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # some of those counted ("including three soldiers") do not make the others soldiers
        ("A suicide bomber killed 12 people, including three soldiers, and injured 40 others.", ""),
        ("Two counter-terrorism officers were killed in the raid, police said.", "military"),
    ],
)
def test_others_and_counter_words_keep_to_their_cases(extractor, sentence, subject):
    assert {c.subject for c in claims_of(extractor, sentence) if c.measure in ("injured", "deaths")
            and c.low in (40.0, 2.0)} == {subject}


def test_it_is_the_nearest_body_before_it_not_one_setting_the_scene(extractor):
    claims = claims_of(extractor, "The police estimated the crowd at 3,000, but the union said it had "
                                  "counted 40,000 marchers.")
    assert {(c.low, c.side) for c in claims} == {(3000.0, "police"), (40000.0, "union")}


@pytest.mark.parametrize(
    "sentence",
    [
        '"At no time did police fire live rounds," the spokesman said.',
        "The spokesman said police at no point used tear gas.",
    ],
)
def test_at_no_time_denies_the_act(extractor, sentence):
    assert [c.polarity for c in claims_of(extractor, sentence)] == ["negate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The commander said that at no point was live ammunition used in Kisumu.",
        '"Never was tear gas used against the students," the spokesman said.',
        "The ministry said that under no circumstances were rubber bullets fired at the crowd.",
    ],
)
def test_a_fronted_denial_before_a_passive_denies_the_act(extractor, sentence):
    # the model reads "was ammunition" as a state, "used" describing it (claimwatch/parse_repairs.py)
    assert [c.polarity for c in claims_of(extractor, sentence)] == ["negate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said there was ammunition used in training at the base.",  # nothing fronted
        "At that point was the gas used by the police, the report asked.",  # no "no"
        "At no point was the road a danger to drivers, the mayor said.",  # no participle
    ],
)
def test_only_a_fronted_denial_before_a_participle_changes_the_parse(extractor, sentence):
    from claimwatch.parse_repairs import repair

    def arcs(doc):
        return [(t.dep_, t.head.i) for t in doc]

    assert arcs(repair(extractor.nlp(sentence))) == arcs(extractor.nlp(sentence))


@pytest.mark.parametrize(
    "sentence, measure, low",
    [
        ("The health ministry raised the number of deaths linked to the tainted liquor to seven.",
         "deaths", 7.0),
        ("Officials raised the number of people killed in the collapse to 31.", "deaths", 31.0),
        ("Authorities put the number of people displaced by the floods in Sindh at 12,000.",
         "displaced", 12000.0),
    ],
)
def test_the_figure_a_number_was_raised_to_is_the_verbs(extractor, sentence, measure, low):
    # the model hangs "to seven" on "linked" (claimwatch/parse_repairs.py)
    assert {(c.measure, c.low) for c in claims_of(extractor, sentence)} == {(measure, low)}


def test_a_participle_describing_the_counted_is_not_their_verb(extractor):
    # the model reads "worshippers abducted" as a clause of its own (claimwatch/parse_repairs.py)
    claims = claims_of(extractor, "Police said on Saturday that 11 worshippers abducted from a church in "
                                  "Iyara earlier this week had been rescued in an operation in a forest.")
    assert [(c.measure, c.low) for c in claims] == [("rescued", 11.0)]


def test_two_clauses_joined_stay_two(extractor):
    from claimwatch.parse_repairs import repair

    sentence = "Police said that 11 worshippers abducted from a church fled and had been found."
    arcs = [(t.dep_, t.head.i) for t in extractor.nlp(sentence)]
    assert [(t.dep_, t.head.i) for t in repair(extractor.nlp(sentence))] == arcs


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("The pastor said 32 members of his congregation had been taken, among them his wife and four "
         "teenagers.", {(32.0, "")}),
        ("Police said 20 people were killed, among them six children and two teachers.",
         {(20.0, ""), (6.0, "child")}),
    ],
)
def test_those_named_among_them_are_part_of_the_count(extractor, sentence, figures):
    assert {(c.low, c.subject) for c in claims_of(extractor, sentence)} == figures


@pytest.mark.parametrize(
    "sentence, places",
    [
        ("The Health Ministry in Cairo said on Monday that 17 people had died.", ()),
        ("Police in Lagos said 40 people were arrested.", ("lagos",)),
    ],
)
def test_where_a_ministry_sits_is_not_where_the_event_was(extractor, sentence, places):
    assert [c.places for c in claims_of(extractor, sentence)] == [places]


def test_the_day_a_march_is_named_by_is_its_own(extractor):
    # (the model tags a lower-case "march" as the month's proper noun)
    claims = claims_of(extractor, "The delegate on Sunday defended the official count of Saturday's housing "
                                  "march, saying no more than 22,000 people had taken part.")
    assert [c.event_date for c in claims] == ["2022-02-26"]


def test_a_capital_known_only_as_a_place_puts_its_country_in_the_region(extractor):
    claims = claims_of(extractor, "Turnout stood at 38.6%, the election authority told a press conference "
                                  "in Algiers.")
    assert {"algiers", "algeria"} <= set(claims[0].region)


def test_two_bodies_whose_names_end_alike_are_two_sides(extractor):
    claims = claims_of(extractor, "The National Emergency Management Agency (NEMA) said 14 bodies had been "
                                  "recovered from the rubble in Ikeja.\n\nBut the Lagos State Emergency "
                                  "Management Agency said 11 people had been confirmed dead.")
    assert [c.side for c in claims] == ["national emergency management agency",
                                        "lagos state emergency management agency"]


def test_a_boat_that_left_with_people_on_board_counts_those_aboard(extractor):
    claims = claims_of(extractor, "The IOM said the boat left Obock with about 150 people on board.")
    assert [c.measure for c in claims if c.low] == ["aboard"]


def test_no_plans_for_two_acts_rules_out_both(extractor):
    claims = claims_of(extractor, '"Lestari Bank has no plans to reduce its workforce or to close any of '
                                  'its branches," the bank said in a filing.')
    assert {(c.measure, c.polarity) for c in claims} == {("job_cuts", "negate"), ("closures", "negate")}


def test_a_separate_boat_is_an_event_of_its_own(extractor):
    claims = claims_of(extractor, "Also on Monday, a separate boat with 48 people aboard was intercepted "
                                  "south of Gran Canaria, the agency said.")
    assert [c.measure for c in claims] == ["aboard"] and claims[0].places[0].endswith("#0")


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout stood at 38.6% at 19:00, the president of the election authority, Abdelhafid Mezouar, "
        "told a press conference in Algiers.",
        "Mezouar told a press conference in Algiers that turnout was 38.6%.",
        "No deaths have been recorded in the state so far, Health Minister Rocío Gutiérrez Pinto told "
        "reporters in Tuxtla Gutiérrez.",
    ],
)
def test_where_a_briefing_was_held_is_not_where_the_count_was(extractor, sentence):
    assert [c.places for c in claims_of(extractor, sentence)] == [()]


def test_a_city_a_body_is_named_after_stays_in_the_region(extractor):
    claims = claims_of(extractor, "Madrid City Council put the figure at 35,000.\n\nThe government delegate "
                                  "in Madrid said 22,000 people had taken part.")
    assert all("madrid" in c.region for c in claims)


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("Two children under five have died of measles, according to a federal bulletin.", [2.0]),
        ("Twelve people over 65 have died of the flu, the ministry said.", [12.0]),
        ("Police said over 65 people were arrested.", [65.0]),
    ],
)
def test_an_age_is_no_count(extractor, sentence, figures):
    assert [c.low for c in claims_of(extractor, sentence)] == figures


@pytest.mark.parametrize(
    "sentence",
    ["The ministry put the participation rate at 14.6 percent.",
     "The ministry put the turnout figure at 14.6 percent."],
)
def test_a_rate_put_at_a_figure_is_its_measures(extractor, sentence):
    claims = claims_of(extractor, sentence)
    assert [(c.measure, c.low, c.side) for c in claims] == [("participants", 14.6, "ministry")]


def test_a_company_named_with_an_ampersand_is_one_subject(extractor):
    claims = claims_of(extractor, "Kastner & Lind will close 12 of its 41 department stores by the end of "
                                  "March 2028, cutting 940 jobs, the Austrian retailer said on Monday.")
    assert {c.subject for c in claims} == {"kastner & lind"}


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("The union said at least 4,800 schools had remained completely closed.", "close|school"),
        ("Officials said 300 shops stayed shut on Monday.", "close|store"),
    ],
)
def test_what_remained_closed_was_closed(extractor, sentence, key):
    assert [c.key for c in claims_of(extractor, sentence)] == [key]


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ('"No hospital in Dhaka has had to turn away a single dengue patient," the minister said.', "negate"),
        ("Police said they did not have to use tear gas.", "negate"),
        ("Police said they had to use tear gas.", "affirm"),
    ],
)
def test_none_had_to_do_it_denies_it(extractor, sentence, polarity):
    assert [c.polarity for c in claims_of(extractor, sentence)] == [polarity]


def test_what_people_spent_the_night_doing_is_what_is_counted(extractor):
    claims = claims_of(extractor, "More than 600 people spent a fifth night sleeping in the streets, the "
                                  "fire brigade said.")
    assert [c.key for c in claims if c.low] == ["sleep|people"]


def test_nowhere_before_a_passive_denies_the_act(extractor):
    assert [c.polarity for c in claims_of(extractor, "Nowhere was tear gas used, police said.")] == ["negate"]


def test_a_participle_stays_the_count_when_the_verb_after_counts_nothing(extractor):
    claims = claims_of(extractor, "The commissioner said that 11 worshippers abducted from a church in "
                                  "Kaduna were still being held.")
    assert [(c.measure, c.low) for c in claims] == [("captured", 11.0)]


def test_a_shortened_name_is_the_body_named_before(extractor):
    claims = claims_of(extractor, "The National Emergency Management Agency said 12 people died in the "
                                  "flood. The Emergency Management Agency later said 15 people had died.")
    assert {c.side for c in claims} == {"national emergency management agency"}


def test_a_namesake_of_a_capital_puts_no_country_in_the_region(extractor):
    claims = claims_of(extractor, "Two people died in Vienna, Virginia, police said.")
    assert "austria" not in claims[0].region


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("The commission put turnout at 14.6 percent, below the 30 percent it had forecast.", [14.6]),
        ("Turnout fell below 30 percent, the commission said.", [0.0]),
    ],
)
def test_a_benchmark_beside_a_figure_put_is_no_second_figure(extractor, sentence, figures):
    assert [c.low for c in claims_of(extractor, sentence)] == figures


def test_a_separate_statement_is_no_separate_event(extractor):
    claims = claims_of(extractor, "A separate statement from the coast guard said 40 people were rescued "
                                  "off Lesbos.")
    assert [c.places for c in claims] == [("lesbos",)]


def test_turnout_of_a_share_is_the_turnout(extractor):
    found = claims_of(
        extractor,
        "The electoral council said the Yes option was ahead in Sunday's referendum, with turnout "
        "of 82.4% of the 13.9 million people registered to vote.",
    )
    turnout = only(found, key="participants")
    assert (turnout.low, turnout.unit) == (82.4, "%")


@pytest.mark.parametrize(
    "sentence",
    [
        "The earlier estimate was equivalent to about 101,000 acres, the ministry said.",
        "The previous figure of 41,000 hectares was revised on Thursday, the ministry said.",
    ],
)
def test_a_figure_told_before_is_no_claim_now(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.kind == "figure"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Part of silo 4 collapsed after the explosion, the fire department said.",
        "Police said a steward opened gate 7 shortly before the clashes.",
    ],
)
def test_a_number_after_its_noun_names_one_and_counts_nothing(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.kind == "figure"] == []


def test_a_magnitude_and_a_number_said_as_a_figure_are_still_read(extractor):
    found = claims_of(extractor, "The network said the injured are number 35 persons.")
    assert only(found, key="injured").low == 35.0


def test_inmates_refusing_food_are_hunger_strikers(extractor):
    found = claims_of(extractor, "Lawyers said 420 inmates at Domokos prison were refusing food.")
    assert only(found, key="participants").low == 420.0


@pytest.mark.parametrize(
    "sentence",
    [
        "Grower Hector Bustos, who farms 35 hectares of malbec near Rama Caida, said his crop was gone.",
        "Mendoza's vineyard area totals about 145,000 hectares.",
    ],
)
def test_an_area_held_is_no_area_struck(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.key == "area"] == []


@pytest.mark.parametrize(
    ("body", "apart"),
    [
        (
            "Separately, a fire broke out on Saturday in a warehouse at the port of Rio Grande. No one "
            "was injured and the fire was controlled within three hours, the fire department said.",
            True,
        ),
        (
            "The violence followed a separate clash on Saturday near Karlovac, where about 40 fans "
            "fought. Five people were injured in that incident, police said.",
            True,
        ),
        (
            "A separate clash on Saturday near Karlovac left two fans hurt. Five people were injured "
            "in the stadium, police said.",
            False,
        ),
    ],
)
def test_a_sentence_that_goes_on_with_a_separate_event_is_of_it(extractor, body, apart):
    claims = claims_of(extractor, body)
    injured = next(c for c in claims if c.key == "injured" and c.text.startswith(("No one", "Five")))
    marks = {p for c in claims for p in c.places if "#" in p}
    assert len(marks) == 1  # the separate sentence's own mark
    assert (set(injured.places) & marks != set()) == apart


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The health department confirmed that a nine-year-old pupil died on October 26.", "deaths"),
        ("A police officer was killed in the attack, the ministry said.", "deaths"),
    ],
)
def test_one_person_harmed_without_a_number_is_at_least_one(extractor, sentence, key):
    found = only(claims_of(extractor, sentence), key=key)
    assert (found.low, found.high, found.qualifier) == (1.0, None, "at_least")


@pytest.mark.parametrize(
    "sentence",
    [
        "A dozen workers were hurt, the company said.",
        "A soldier was not killed, the ministry said.",
        "A report said the guards had beaten inmates.",
    ],
)
def test_one_person_is_not_read_where_there_is_none(extractor, sentence):
    assert not any(c.low == 1.0 and c.qualifier == "at_least" for c in claims_of(extractor, sentence))


def test_a_total_after_a_separate_event_sums_it_and_is_not_of_it(extractor):
    claims = claims_of(
        extractor,
        "In a separate incident on Friday, two men drowned when their car was swept away. That brings "
        "the number of people killed by floods in Jordan since Thursday to nine.",
    )
    total = only(claims, low=9.0)
    assert not any("#" in p for p in total.places)


def test_positions_lost_are_job_cuts(extractor):
    found = claims_of(extractor, "The faculty association said 520 positions would be lost.")
    assert only(found, low=520.0).measure == "job_cuts"


def test_students_a_closure_affects_are_no_jobs_cut(extractor):
    found = claims_of(extractor, "The university said the closures would affect about 1,900 students.")
    assert not any(c.measure == "job_cuts" for c in found)


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        (
            "Dockers began a strike on Tuesday. The union said roughly nine in ten of the 5,200 "
            "registered dockworkers had stayed away.",
            87.5,
            92.5,
        ),
        ("Teachers began a strike. Seven out of ten teachers walked out, the union said.", 67.5, 72.5),
        ('Drivers began a strike. The union said "nine out of ten drivers" had walked out.', 87.5, 92.5),
    ],
)
def test_a_share_of_a_round_ten_of_people_is_a_percentage(extractor, body, low, high):
    share = only(claims_of(extractor, body), key="participants")
    assert (share.low, share.high, share.unit) == (low, high, "%")


def test_a_share_of_a_round_ten_of_things_is_not_read_as_people(extractor):
    found = claims_of(extractor, "One in ten votes was spoiled, observers said.")
    assert not any(c.unit == "%" for c in found)


def test_a_tornado_is_a_storm(extractor):
    found = claims_of(extractor, "A tornado tore through three counties, killing at least six people.")
    assert "storm" in only(found, key="deaths").topics


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Two workers were burned in the pipeline explosion, firefighters said.", "injured"),
        ("Two guards were stabbed to death during the riot, officials said.", "deaths"),
        ("Five villagers were burned alive in the attack, officials said.", "deaths"),
        ("The fire burned 3,200 hectares, officials said.", "area"),
    ],
)
def test_people_burned_or_stabbed_are_hurt_and_to_death_killed(extractor, sentence, key):
    assert only(claims_of(extractor, sentence), kind="figure").key == key


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        # an earlier figure given still, or changed to a new one, is read; the old one is not
        ("The initial death toll of 12 from the bus crash rose to 19, police said.", [19.0]),
        ("The initial estimate of 40 deaths in the fire was confirmed by police on Tuesday.", [40.0]),
        ("The operator said its earlier figure of 300 evacuees had been based on bad data.", []),
        # what almost or might have happened is no harm
        ("A firefighter was nearly killed in the fire at the market on Monday.", []),
        ("A driver could have been killed in the crash on the bypass, police said.", []),
        # a target or a past vote's turnout is not this vote's
        ("The commission is aiming for turnout of 75% in the election on Sunday.", []),
        ("Voting was brisk, compared with turnout of 82% at the last election, the commission said.", []),
    ],
)
def test_second_reader_cases_read_only_what_is_given_now(extractor, sentence, read):
    assert [c.low for c in claims_of(extractor, sentence) if c.kind == "figure"] == read


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The Dixie fire in Butte County now spans 12,000 acres.", "area"),
        ("The area destroyed by hail in San Rafael totals 41,000 hectares.", "area"),
        ("Flooded farmland in the province totals 40,000 hectares.", "area"),
        ("Ukrainian forces lost 12 positions near Pokrovsk, the army said.", "lose|position"),
    ],
)
def test_second_reader_cases_keep_what_an_event_struck(extractor, sentence, key):
    assert only(claims_of(extractor, sentence), kind="figure").key == key


@pytest.mark.parametrize(
    "body",
    [
        "Rail workers began a strike. About 50,000 passengers stayed away from the station on Monday.",
        "Dockers began a strike. Nine in ten tankers stayed away from the port.",
        "Some 5,000 shoppers boycotted food from the Acme chain on Monday.",
    ],
)
def test_who_stays_away_or_refuses_food_is_no_striker_unless_staff_or_inmates(extractor, body):
    assert not any(c.key == "participants" for c in claims_of(extractor, body))


def test_a_sentence_back_on_the_main_event_after_a_separate_one_is_of_the_main_event(extractor):
    claims = claims_of(
        extractor,
        "Separately, the interior minister visited the wounded in hospital. The attack on the "
        "market killed 40 people, the minister said.",
    )
    assert not any("#" in p for p in only(claims, low=40.0).places)


@pytest.mark.parametrize(
    "sentence",
    [
        "A court sentenced 14 men to death over the bombing on Monday.",
        "Rioters burned the homes of 40 migrants on Monday, police said.",
        "The council slashed the pay of 300 teachers.",
        "Two men stabbed three guards at the prison, officials said.",
        "A man stabbed his neighbour's dog, police said.",
    ],
)
def test_no_harm_is_read_from_a_sentence_an_attacker_or_a_thing_burned(extractor, sentence):
    assert not any(c.key in ("deaths", "injured") for c in claims_of(extractor, sentence))


def test_a_name_the_report_calls_a_place_is_a_place_wherever_it_is_named(extractor):
    # the model takes "Satkhira" for an organisation; "Satkhira district" says what it is
    (claim,) = claims_of(
        extractor,
        "The top official in Satkhira district, Deputy Commissioner Rahim Uddin, said 23 people had "
        "been killed in Satkhira alone.",
    )
    assert "satkhira" in claim.places


def test_a_count_of_one_day_ranked_in_its_year_is_the_days(extractor):
    (claim,) = claims_of(
        extractor,
        "Nine deaths were recorded in the 24 hours to 8am on Monday, the highest daily figure this "
        "year, the directorate said.",
    )
    assert not claim.long_run and claim.period is None


def test_land_sprayed_is_not_land_damaged(extractor):
    (sprayed,) = claims_of(extractor, "The ministry said 38,000 hectares had been sprayed since January 10.")
    (damaged,) = claims_of(extractor, "Desert locusts have damaged about 65,000 hectares, the FAO said.")
    assert (sprayed.key, damaged.key) == ("area", "area")
    assert (sprayed.subject, damaged.subject) == ("worked", "")


def test_cubic_metres_are_a_volume_and_a_flow_meets_flows_only(extractor):
    (released,) = claims_of(extractor, "The ministry said 2.1 million cubic metres of slurry had escaped.")
    (barrels,) = claims_of(extractor, "The company said about 600 barrels of crude leaked.")
    (flow,) = claims_of(extractor, "Data showed the discharge peaked at 2,900 cubic metres per second.")
    assert (released.key, released.unit, released.low) == ("leaked", "l", 2.1e9)
    assert (barrels.key, barrels.unit) == ("leaked", "l")
    assert (flow.key, flow.unit, flow.low, flow.figure_text) == (
        "leaked", "l/s", 2.9e6, "2,900 cubic metres per second"
    )


@pytest.mark.parametrize(
    "sentence, measure, low",
    [
        ("Prosecutors said the tram was travelling at 52 km/h when it entered the curve.", "speed", 52.0),
        ("Police said the bus was doing 60 mph on the bridge.", "speed", 96.558),
        ("The sinkhole was 40 metres deep, the municipality said.", "depth", 40.0),
        ("The agency put the height of the ash column at 55,000 feet.", "height", 16764.0),
        ("A tide gauge at Paradip recorded a surge of 3.8 metres, the agency said.", "height", 3.8),
    ],
)
def test_a_length_or_a_speed_its_sentence_names_is_measured(extractor, sentence, measure, low):
    (claim,) = claims_of(extractor, sentence)
    assert claim.key == measure and claim.low == pytest.approx(low)


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven miners are trapped 640 metres underground, the company said.",
        "The speed limit for trams on the boulevard is 15 km/h, the city said.",
        "The village lies 3 km from the border, the army said.",
        "Eleven miners are trapped at a depth of 700 metres, the company said.",
    ],
)
def test_a_length_said_in_passing_or_a_limit_measures_nothing(extractor, sentence):
    sizes = ("speed", "depth", "height", "length", "width")
    assert not [c for c in claims_of(extractor, sentence) if c.low == 700.0 or c.key in sizes]


def test_people_counted_by_their_nationality_are_counted(extractor):
    (killed,) = claims_of(extractor, "Israeli forces killed three Palestinians in Jenin, the ministry said.")
    (arrested,) = claims_of(extractor, "Police arrested four Serbs in the village, the office said.")
    assert (killed.key, killed.subject, killed.low) == ("deaths", "palestine nationals", 3.0)
    assert (arrested.key, arrested.low) == ("detained", 4.0)


@pytest.mark.parametrize(
    "body, long_run",
    [
        # a rank "since" a ceasefire is no count since then
        ("Strikes killed five people on Tuesday, the ministry said, one of the deadliest days in the "
         "south since a ceasefire took effect in November 2024.", False),
        # since when a thing has been is not what a count counts from
        ("An air strike on a school killed 14 people on Tuesday, the agency said, despite a ceasefire "
         "in force since October 2024.", False),
        ("More than 72,000 people were killed during the two years of war, the ministry said.", True),
        # "since then", "over the same period": the long run the sentence before told of
        ("Violence has soared since the war began. At least 950 people have been killed since then, "
         "the ministry said. At least 35 soldiers were killed over the same period, the army said.", True),
    ],
)
def test_what_a_count_is_counted_over(extractor, body, long_run):
    claims = [c for c in claims_of(extractor, body) if c.key == "deaths"]
    assert claims and all(c.long_run is long_run for c in claims)


def test_data_taken_is_counted_in_gigabytes(extractor):
    (claimed,) = claims_of(extractor, "The group claimed to have stolen 1.2 terabytes of data, police said.")
    (found,) = claims_of(extractor, "A review found that about 300 gigabytes were exfiltrated, it said.")
    assert (claimed.key, claimed.unit, claimed.low) == ("data", "GB", 1200.0)
    assert (found.key, found.unit) == ("data", "GB")


def test_ambulances_redirected_are_ambulances_diverted(extractor):
    (redirected,) = claims_of(extractor, "At least 14 ambulances were redirected, the union said.")
    (diverted,) = claims_of(extractor, "Not a single ambulance was diverted, the director said.")
    assert redirected.key == diverted.key == "divert|ambulance"


def test_no_one_reported_missing_denies_the_missing(extractor):
    (claim,) = claims_of(extractor, "Nobody was reported missing, police said.")
    assert (claim.key, claim.polarity) == ("missing", "negate")


def test_a_boat_that_had_people_on_board_counts_them_aboard(extractor):
    (claim,) = claims_of(extractor, "The boat had 42 people on board, the guard said.")
    assert (claim.key, claim.low) == ("aboard", 42.0)
    assert not claims_of(extractor, "The firm had 300 employees on board the project, it said.")


def test_a_size_is_of_the_thing_its_sentence_sizes(extractor):
    (pace,) = claims_of(extractor, "Hurricane Milton was moving east at 15 mph, the center said.")
    (winds,) = claims_of(extractor, "Hurricane Milton's winds reached 120 mph near Tampa, forecasters said.")
    assert (pace.key, winds.key) == ("speed", "speed") and pace.subject != winds.subject
    (column,) = claims_of(extractor, "The agency put the height of the ash column at 55,000 feet.")
    (plume,) = claims_of(extractor, "The plume reached a height of about 12 kilometres, it said.")
    assert column.subject == plume.subject == "plume"
    (hole,) = claims_of(extractor, "The sinkhole, which appeared at 02:00, measured 15 metres deep, he said.")
    assert (hole.key, hole.subject) == ("depth", "sinkhole")
    # a difference, or a size of nothing named, measures nothing
    landing = claims_of(extractor, "The landing was 60 knots above the normal landing speed, they said.")
    assert not [c for c in landing if c.key == "speed"]
    assert not [c for c in claims_of(extractor, "Rescuers dug through rubble 10 metres high, police said.")
                if c.key == "height"]
    # a number beside a sentence's size is no size in no unit (and no crash)
    raised = claims_of(extractor, "The volcano sent an ash column about 4 kilometers high and prompting "
                       "the institute to raise Alert Level 3 over the volcano.")
    assert [c.low for c in raised if c.key == "height"] == [3600.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The operator was discharging 3,000 cubic metres of water per second from the dam, it said.",
        "Ministry data showed the discharge peaked at 2,900 cubic metres per second.",
    ],
)
def test_a_flow_is_a_flow_wherever_its_time_is_told(extractor, sentence):
    (flow,) = [c for c in claims_of(extractor, sentence) if c.key == "leaked"]
    assert flow.unit == "l/s"


def test_what_a_tank_holds_has_not_leaked(extractor):
    sentence = "The tank, with a capacity of 5,000 cubic metres, leaked diesel into the river, it said."
    assert not [c for c in claims_of(extractor, sentence) if c.key == "leaked"]


@pytest.mark.parametrize(
    "body, long_run",
    [
        # a place ranked is no event ranked: still counted since the war began
        ("More than 2,000 civilians have been killed in El Fasher, the largest city in Darfur, since "
         "the war began, the UN said.", True),
        # what did the killing, counted since October
        ("Israeli strikes since October have killed more than 400 people in Gaza, the ministry said.", True),
        # a year's count ranked against other countries' is still the year's
        ("Bangladesh has recorded 1,017 dengue deaths, the highest number this year of any country in "
         "Asia, the directorate said.", True),
    ],
)
def test_what_a_count_is_counted_over_when_ranked(extractor, body, long_run):
    claims = [c for c in claims_of(extractor, body) if c.key == "deaths"]
    assert claims and all(c.long_run is long_run for c in claims)


@pytest.mark.parametrize(
    "sentence, key, low",
    [
        ("About 35,000 cubic feet of slurry escaped, the regulator said.", "leaked", 991095.0),
        ("The fire burned 12 square kilometres of forest, officials said.", "area", 1.2e7),
    ],
)
def test_a_length_made_a_volume_or_an_area_is_one(extractor, sentence, key, low):
    (claim,) = [c for c in claims_of(extractor, sentence) if c.key == key]
    assert (claim.low or 0) <= low <= (claim.high or 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its backup system, which stores 40 terabytes, was not affected, the ministry said.",
        "The group has so far leaked 200 gigabytes, researchers said.",
        "The boat had room for 20 people on board, the navy said.",
        "The field, which stores 86 billion cubic feet of gas, has been leaking since October, it said.",
        "The bus company said none of its staff were reported injured.",
        "No one else was reported missing, the police said.",
        "Initially no one was reported missing, but police later said three fishermen had not returned.",
    ],
)
def test_what_is_held_or_was_said_of_some_is_no_count_of_it(extractor, sentence):
    keys = ("data", "aboard", "leaked", "missing", "injured")
    claims = claims_of(extractor, sentence)
    assert not [c for c in claims if c.key in keys and (c.low or c.polarity == "negate")]


@pytest.mark.parametrize(
    "sentence, key, low",
    [
        ("The principal told Daily Trust that 187 students were unaccounted for.", "missing", 187.0),
        ("We have 14 people who are still missing, Simiyu told The Star.", "missing", 14.0),
        ("The ministry confirmed the deaths of three children.", "deaths", 3.0),
        ("Police announced the arrest of 12 students on Friday.", "detained", 12.0),
        ("The ministry confirmed the death of a seven-year-old boy on Saturday.", "deaths", 1.0),
    ],
)
def test_a_state_or_a_fate_told_around_the_people_counts_them(extractor, sentence, key, low):
    (claim,) = [c for c in claims_of(extractor, sentence) if c.key == key]
    assert claim.low == low


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers saved the lives of 30 children trapped in the school.",
        "Residents staged a sit-in with the bodies of two victims on Wednesday.",
        "Anger grew over the deaths of more than 20 people in the crush.",
    ],
)
def test_a_fate_not_told_as_a_count_is_no_toll(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "deaths"]


def test_the_parties_something_is_between_are_no_count(extractor):
    text = "The army said it killed 47 soldiers in the worst clash between the two neighbours since 2018."
    assert [c.low for c in claims_of(extractor, text) if c.key == "deaths"] == [47.0]
    text = "Police said between 2,500 and 3,000 farmers had taken part in the blockade."
    (crowd,) = [c for c in claims_of(extractor, text) if c.key == "participants"]
    assert (crowd.low, crowd.high) == (2500.0, 3000.0)


def test_a_bare_number_after_a_counted_kind_is_of_that_kind(extractor):
    text = "Three Ethiopian soldiers were killed and 11 wounded in the fighting, he said."
    (wounded,) = [c for c in claims_of(extractor, text) if c.key == "injured"]
    assert wounded.subject == "ethiopia military"


def test_the_enemy_a_side_counts_is_not_its_own(extractor):
    text = "Eritrea's defence ministry said 112 enemy soldiers were liquidated in the fighting."
    (dead,) = [c for c in claims_of(extractor, text) if c.key == "deaths"]
    assert dead.subject == "not eritrea military"


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("From the side of the Eritrean Defence Forces 5 members became martyrs.", "eritrea military"),
        ("Our forces lost three members, Ethiopia's army said.", "ethiopia military"),
    ],
)
def test_a_sides_own_fallen_are_its_forces_dead(extractor, sentence, subject):
    (dead,) = [c for c in claims_of(extractor, sentence) if c.key == "deaths"]
    assert dead.subject == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "The cancellation affects 12,400 candidates at centres in Lusaka, Copperbelt and Central provinces.",
        "Sixty-three prisoners broke out, and a manhunt is under way across Mzuzu city and Mzimba district.",
    ],
)
def test_named_provinces_and_towns_are_no_whole_country(extractor, sentence):
    assert all("*nationwide" not in c.places for c in claims_of(extractor, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 412 vehicles were stranded on the highway.",
        "The Gendarmerie said eleven vehicles were trapped inside the tunnel.",
    ],
)
def test_vehicles_held_up_are_no_people_trapped(extractor, sentence):
    claims = claims_of(extractor, sentence)
    assert not [c for c in claims if c.key == "trapped"]
    assert [c for c in claims if c.key.endswith("|vehicle")]


def test_a_second_slide_is_an_event_of_its_own(extractor):
    text = "Officials said the second slide caused no casualties."
    claims = claims_of(extractor, text)
    assert claims and all(any("#" in p for p in c.places) for c in claims)


@pytest.mark.parametrize(
    "sentence, key",
    [
        ('"We have 40 children who are missing school every day," the principal said.', "missing"),
        ('"We have 14 people who are not missing," he said.', "missing"),
        ("The army did not confirm the deaths of 12 soldiers in the ambush.", "deaths"),
        ("It is too early to confirm the deaths of the 40 miners, the company said.", "deaths"),
        ("The families demanded that police confirm the arrest of 12 students.", "detained"),
    ],
)
def test_a_state_or_a_fate_not_told_as_so_counts_no_one(extractor, sentence, key):
    assert not [c for c in claims_of(extractor, sentence) if c.key == key]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("Two police officers were injured and 15 were arrested, police said.", ""),  # not the officers
        ("Ukraine's army dismissed Moscow's claim that 500 enemy soldiers were killed.", "military"),
        ("About 40 Salvation Army volunteers were injured in the crash.", ""),
    ],
)
def test_whose_a_count_is_not_borrowed_from_another(extractor, sentence, subject):
    counted = [c for c in claims_of(extractor, sentence) if c.key in ("detained", "deaths", "injured")]
    assert counted and counted[-1].subject == subject


def test_the_parties_between_are_no_count_but_a_crowd_between_is(extractor):
    text = "Clashes broke out between the 5,000 protesters and police."
    assert [c.low for c in claims_of(extractor, text) if c.key == "participants"] == [5000.0]


@pytest.mark.parametrize(
    "sentence, side",
    [
        ("About 2,500 tonnes of crude oil leaked from the tanker Cape Amaranth, the state environment "
         "department said.", "state environment department"),
        ("About 2,500 tonnes of crude oil leaked from the tanker after its collision off Johor, "
         "Malaysia's Marine Department (JLM) said on Friday.", "malaysia"),
    ],
)
def test_a_count_the_parser_makes_the_subject_of_said_is_still_told_by_the_teller(extractor, sentence, side):
    (spill,) = [c for c in claims_of(extractor, sentence) if c.key == "leaked"]
    assert spill.side == side and spill.low == 2_250_000.0


@pytest.mark.parametrize(
    "sentence, low",
    [
        ("UNGRD said 87 families were left homeless by the disaster.", 87.0),
        ("The mayor's office said 120 families had lost their homes.", 120.0),
        ("Officials said 500 households were displaced.", 500.0),
    ],
)
def test_families_made_homeless_are_counted_as_families(extractor, sentence, low):
    (families,) = [c for c in claims_of(extractor, sentence) if c.key == "displace|family"]
    assert families.low == low
    assert not [c for c in claims_of(extractor, sentence) if c.key == "displaced"]


def test_a_figure_stated_is_a_figure_though_the_model_calls_it_a_date(extractor):
    text = "The prison service insisted that the number of inmates who escaped was 41."
    assert [c.low for c in claims_of(extractor, text) if c.key == "escaped"] == [41.0]
    assert not [c for c in claims_of(extractor, "The year was 2019, he said.") if c.low == 2019.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Halcyon said the ship's remaining cargo, about 129,000 tonnes, was secure.",
        "About 5,100 barrels of crude is equivalent to roughly 700 tonnes.",
    ],
)
def test_an_amount_said_to_be_is_no_count(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key.startswith("count|")]


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("Eleven vehicles remained trapped under the snow, officials said.", "trapped"),
        ("In Zaporizhzhia, the younger generation has stopped going to church, a priest said.",
         "operate|plant"),
    ],
)
def test_things_that_only_look_like_people_or_plants_are_not(extractor, sentence, key):
    assert not [c for c in claims_of(extractor, sentence) if c.key == key]


def test_a_witness_who_speaks_is_not_replaced_by_the_words_after_the_comma(extractor):
    text = "Three witnesses, residents of the village, said 12 people were killed by the soldiers."
    (dead,) = [c for c in claims_of(extractor, text) if c.key == "deaths"]
    assert dead.side == "witness"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers fear a second collapse at the mine, where 30 miners remain trapped, police said.",
        "The quake was the second largest quake in the country this decade and killed 120 people.",
    ],
)
def test_a_second_event_feared_or_ranked_is_no_event_of_its_own(extractor, sentence):
    assert all(not any("#" in p for p in c.places) for c in claims_of(extractor, sentence))


def test_a_count_as_of_a_day_is_where_it_stood_not_the_days_event(extractor):
    text = "The prison service said 19 escapees had been recaptured as of Monday morning."
    (caught,) = [c for c in claims_of(extractor, text) if c.key == "recaptured"]
    assert caught.event_date is None


def test_some_of_the_inmates_brought_back_are_recaptured(extractor):
    text = "Police said they have recaptured 27 of the inmates who escaped."
    (caught,) = [c for c in claims_of(extractor, text) if c.key == "recaptured"]
    assert caught.low == 27.0


def test_confirmed_that_a_thing_was_done_is_the_act(extractor):
    text = "The council confirmed that the mathematics paper was leaked."
    assert [c.polarity for c in claims_of(extractor, text) if c.key.startswith("leak|")] == ["affirm"]


@pytest.mark.parametrize(
    "sentence, low",
    [
        ("Witnesses said about 40 workers were at the site when the crane fell.", 36.0),
        ("The company said only 15 of its workers were on site at the time.", 15.0),
    ],
)
def test_how_many_were_there_when_it_happened(extractor, sentence, low):
    (there,) = [c for c in claims_of(extractor, sentence) if c.key == "aboard"]
    assert there.low == low


def test_people_somewhere_on_a_day_are_no_count_of_those_present(extractor):
    claims = claims_of(extractor, "About 40 workers were at the site on Monday.")
    assert not [c for c in claims if c.kind == "figure"]


def test_an_aside_on_those_counted_leaves_the_count_to_its_clause(extractor):
    text = "Police said about 300 vehicles, most of them cargo trucks, were stuck on Route 60."
    (stuck,) = [c for c in claims_of(extractor, text) if c.key.endswith("|vehicle")]
    assert stuck.low == 270.0


def test_some_of_the_prisoners_killed_are_dead_not_captured(extractor):
    text = "Twelve of the prisoners were killed when the roof of the jail collapsed, officials said."
    assert [c.key for c in claims_of(extractor, text) if c.low == 12.0] == ["deaths"]


@pytest.mark.parametrize(
    ("sentence", "key", "low"),
    [
        ('"We have recorded six rabies deaths since January," the doctor said.', "deaths", 6.0),
        ("The ministry confirmed 12 measles cases in the county.", "cases", 12.0),
    ],
)
def test_a_number_counts_the_noun_its_kind_is_told_of(extractor, sentence, key, low):
    assert [c.low for c in claims_of(extractor, sentence) if c.key == key] == [low]


def test_a_country_named_after_of_is_who_acted(extractor):
    text = "Police said that the militia of Ethiopia crossed the border in the night near Moyale."
    (crossed,) = [c for c in claims_of(extractor, text) if c.key == "cross|border"]
    assert crossed.subject == "ethiopia troop"  # (a force of Ethiopia's)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("A firefighter was hospitalised with burns to his arms, the fire brigade said.", "hospitalise"),
        ("The driver was shot in the leg when the gang stopped the bus, the company said.", "shoot"),
        ("The soldier was wounded by a sniper, the army said.", "wound"),
    ],
)
def test_one_person_hurt_told_without_a_number_is_one_at_least(extractor, sentence, verb):
    (hurt,) = [c for c in claims_of(extractor, sentence) if c.key == "injured"]
    assert (hurt.low, hurt.qualifier, hurt.verb) == (1.0, "at_least", verb)


def test_one_person_in_a_state_not_hurt_is_no_count(extractor):
    assert not [c for c in claims_of(extractor, "The victim was not injured, police said.") if c.low]


@pytest.mark.parametrize(
    ("sentence", "key", "low"),
    [
        ('"We received 34 injured people from the restaurant," the director said.', "injured", 34.0),
        ("Ambulances brought 20 wounded soldiers to the clinic, police said.", "injured", 20.0),
        ("Rescuers carried five dead people out of the mine, officials said.", "deaths", 5.0),
    ],
)
def test_people_carried_in_are_counted_by_their_state(extractor, sentence, key, low):
    assert [c.low for c in claims_of(extractor, sentence) if c.key == key] == [low]


def test_people_still_held_are_not_those_taken(extractor):
    text = "Police said seven worshippers remain in captivity."
    assert [(c.key, c.low) for c in claims_of(extractor, text)] == [("held", 7.0)]


def test_the_number_of_passengers_on_a_bus_is_how_many_were_aboard(extractor):
    text = "Police put the number of passengers on the bus at about 40."
    assert [c.key for c in claims_of(extractor, text)] == ["aboard"]


def test_reports_of_a_thing_rejected_are_not_the_figure_counted_before(extractor):
    text = (
        "The shipping agents said 23 ships were delayed at the port. "
        "The port company rejected reports of violence."
    )
    assert not [c for c in claims_of(extractor, text) if c.kind == "rejection"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The shipping agents said 23 ships were delayed at the two ports.",
        "A survey by the forest department found 16 houses destroyed across five villages.",
    ],
)
def test_where_the_counted_things_are_is_no_count_of_its_own(extractor, sentence):
    assert len([c for c in claims_of(extractor, sentence) if c.kind == "figure"]) == 1


def test_things_found_in_a_state_are_counted_by_it(extractor):
    text = "A survey by the forest department found 16 houses destroyed across five villages."
    assert [c.key for c in claims_of(extractor, text)] == ["destroy|home"]


def test_a_swap_that_saw_prisoners_released_found_nothing(extractor):
    text = "The last swap, on October 2, saw 185 prisoners released by each side."
    assert "destroy" not in " ".join(c.key for c in claims_of(extractor, text))
    assert all(c.verb != "release" or c.key != "see|prisoner" for c in claims_of(extractor, text))


def test_a_bare_number_in_a_toll_says_its_own_state(extractor):
    text = "The Interior Ministry raised its toll on Monday morning to 14 dead and four missing."
    assert sorted((c.key, c.low) for c in claims_of(extractor, text)) == [("deaths", 14.0), ("missing", 4.0)]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Rescuers put the number of dead passengers on the bus near Shimla at 14, police said.", "deaths"),
        ("The operator put the number of missing passengers on the ferry at 30.", None),
    ],
)
def test_passengers_said_to_be_in_a_state_are_not_a_count_aboard(extractor, sentence, key):
    keys = [c.key for c in claims_of(extractor, sentence)]
    assert "aboard" not in keys and (key is None or key in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters of Iran stormed the US embassy in Baghdad on Tuesday.",
        "The Revolutionary Armed Forces of Colombia attacked a police post on Tuesday.",
    ],
)
def test_a_group_named_for_a_country_is_not_that_country(extractor, sentence):
    assert all(c.subject not in ("iran", "colombia") for c in claims_of(extractor, sentence))


def test_those_found_are_no_longer_in_the_state_they_were_found_in(extractor):
    text = "Two missing were found alive off Galle on Monday, the coast guard said."
    assert not [c for c in claims_of(extractor, text) if c.key == "missing"]
    text = "Rescuers found 12 miners trapped in a side tunnel and brought them out alive, the governor said."
    assert not [c for c in claims_of(extractor, text) if c.key == "trapped"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The journalist was killed in 2022 while covering the war, the union said.",
        "The guard was wounded in the 2018 siege of the hotel in Kabul, police said.",
        "The victim was stabbed 14 times, prosecutors told the court.",
    ],
)
def test_the_one_told_of_as_background_is_no_toll(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key in ("deaths", "injured")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine received 95 wounded soldiers in the prisoner exchange, the ministry said.",
        "Italy will take 50 injured children from Gaza for treatment, the ministry said.",
    ],
)
def test_the_hurt_carried_in_an_exchange_or_a_plan_are_no_toll(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "injured"]


def test_claims_rejected_by_whom_are_still_the_figure_told_before(extractor):
    text = (
        "The commission said 500,000 ballots were added. "
        "The chairman of the party rejected the claims by the commission."
    )
    rejected = [c for c in claims_of(extractor, text) if c.kind == "rejection"]
    assert [c.low for c in rejected] in ([], [None])  # (whatever it reads, never "of" a thing)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("The municipality said five people died in the collapse. Another 22 people were injured, it said.",
         [22.0]),
        ("Three people were killed and another 12 injured, police said.", [12.0]),
        ("Two soldiers were wounded on Monday. Another three were wounded on Tuesday, the army said.", [2.0]),
    ],
)
def test_another_count_of_a_harm_other_than_the_one_just_counted_is_all_of_it(extractor, text, injured):
    assert [c.low for c in claims_of(extractor, text) if c.key == "injured"] == injured


@pytest.mark.parametrize(
    "text",
    [
        "Hospital officials said the number of injured had reached 60. Another eight people died "
        "overnight, and another 20 were injured in fresh clashes on Tuesday.",
        "The blast killed 10 people, officials said on Monday. Doctors said on Tuesday that 40 people "
        "were still being treated. Another five died overnight, a hospital official said.",
    ],
)
def test_another_count_of_a_harm_the_report_told_of_before_is_more(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.low in (20.0, 5.0)]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ('"There is no salmonella in any of our products," the chief executive said.', "find|salmonella"),
        ('"There was no lead in the water," the utility said.', "find|lead"),
        ('"There is no cholera in the district," the officer said.', "cases"),  # none of its cases
        ("There was no fire in the building, police said.", "be|fire"),
    ],
)
def test_what_is_not_in_a_thing_is_what_tests_did_not_find(extractor, sentence, key):
    assert [c.key for c in claims_of(extractor, sentence)] == [key]


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no water in the tank when the fire started, the fire brigade said.",
        "There is no value in the stock, analysts at the bank said.",
        "There is no room in the tank, the operator said.",
    ],
)
def test_a_moments_state_or_no_substance_is_no_finding(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key.startswith("find|")]


@pytest.mark.parametrize(
    ("word", "country"),
    [("djiboutian", "djibouti"), ("burundian", "burundi"), ("honduran", "honduras"),
     ("tanzanian", "tanzania"), ("papua new guinean", "papua new guinea"), ("dutch", "netherlands"),
     ("equatorial guinea", "equatorial guinea"), ("guinean", "guinea"), ("russian", "russia")],
)
def test_the_gazetteer_knows_each_countrys_people_by_their_adjective(word, country):
    from claimwatch.gazetteer import country_in, nationality_in

    assert nationality_in(word.split()) == country
    # (a speaker named so is not the state: "Slovak organisers")
    assert country_in(word.split()) in (country if " " in word or word == "russian" else None, None)


def test_people_of_a_country_known_by_name_only_are_its_people(extractor):
    claim = only(claims_of(extractor, "The ministry said three Djiboutian soldiers had been killed."))
    assert claim.subject == "djibouti military"
    organisers = only(claims_of(extractor, "Djiboutian organisers said 6,000 people marched."))
    assert organisers.side != "djibouti"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The Djiboutian side has lost 15 soldiers killed, it added.", "djibouti military"),
        ("The balance on the Djiboutian side makes state of four soldiers fallen, the paper said.",
         "djibouti military"),
        ("On the side of Burundi, two soldiers of the army have lost the life, he said.", "burundi military"),
        ("Djibouti's defence ministry put its own losses at six dead on Saturday.", "djibouti"),
    ],
)
def test_a_side_named_before_a_count_or_a_defence_ministrys_losses_say_whose(extractor, sentence, subject):
    deaths = [c for c in claims_of(extractor, sentence) if c.key == "deaths"]
    assert [c.subject for c in deaths][:1] == [subject]


def test_what_a_company_is_before_its_name_is_not_its_name(extractor):
    claims = claims_of(extractor, "Steelmaker Helvion Steel will close a blast furnace at its plant in "
                                  "Kladno and cut 1,800 jobs, the company announced on Tuesday.")
    cuts = only([c for c in claims if c.measure == "job_cuts"])
    assert cuts.key == "job_cuts|helvion"
    assert cuts.side == "helvion steel"


def test_what_is_said_of_every_death_denies_none(extractor):
    assert not claims_of(extractor, '"Every death in a hot week is not a heat death," he told reporters.')


def test_no_one_missing_read_as_a_verb_is_none_missing(extractor):
    claim = only(claims_of(extractor, '"No passenger is missing any more," the chairman said.'))
    assert (claim.key, claim.polarity) == ("missing", "negate")


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Officials said relatives had registered the names of 19 people who were still missing.", "missing"),
        ("Relatives have registered 19 people who remain missing, officials said.", "missing"),
        ("Rescuers pulled out 12 people who were trapped, officials said.", "pull|people"),
    ],
)
def test_people_put_on_a_list_are_counted_as_the_list_tells_them(extractor, sentence, key):
    assert [c.key for c in claims_of(extractor, sentence) if c.kind == "figure"] == [key]


def test_deaths_a_count_leaves_out_are_not_none(extractor):
    claims = claims_of(extractor, "A ministry official said the district's figures did not yet include "
                                  "deaths reported by the upazila health complexes.")
    assert not [c for c in claims if c.key == "deaths"]


@pytest.mark.parametrize(
    ("sentence", "lows"),
    [
        ("The operator raised the number of people injured in the collision between two trains to 61.",
         [61.0]),
        ("Police said between two and three people were killed.", [2.0]),
    ],
)
def test_the_things_a_collision_is_between_are_no_count(extractor, sentence, lows):
    assert [c.low for c in claims_of(extractor, sentence) if c.kind == "figure"] == lows


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # the count's own words say whose, or another clause's side is not its own
        ("On the Burundian side, officials say the border is calm, but Rwanda said four of its "
         "soldiers died.", "rwanda military"),
        ("On the Russian side of the border, Ukrainian officials said 14 of their soldiers were "
         "captured.", "ukraine military"),
        ("Losses on the Russian side were heavier, while Ukraine said it lost 40 soldiers.",
         "ukraine military"),
        ("According to officials on the Russian side, five soldiers were killed.", "military"),
        # a country's adjective of two words, and one hyphened to the thing it did
        ("Five Equatorial Guinean soldiers were killed.", "equatorial guinea military"),
        ("The Dutch defence ministry said two of its soldiers were killed.", "netherlands military"),
    ],
)
def test_a_side_named_elsewhere_in_the_sentence_is_not_whose_the_count_is(extractor, sentence, subject):
    assert [c.subject for c in claims_of(extractor, sentence) if c.kind == "figure"] == [subject]


def test_who_made_or_trained_people_or_things_is_not_whose_they_are(extractor):
    claim = only(claims_of(extractor, "Four Australian-trained Fijian peacekeepers were wounded."))
    assert not claim.subject.startswith("australia")


@pytest.mark.parametrize(
    "sentence",
    [
        "No one is missing out on aid, the minister said.",
        "No documents are missing, the archive said.",
        "Police identified 12 people who were no longer missing.",
        "Police identified the bodies of 12 people who had been missing since the flood.",
    ],
)
def test_missing_out_missing_things_and_the_found_are_no_count_of_the_missing(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "missing"]


def test_records_that_contain_no_deaths_still_deny_them(extractor):
    claim = only(claims_of(extractor, "The hospital's records did not contain any deaths from the virus."))
    assert (claim.key, claim.polarity) == ("deaths", "negate")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Corpo de Bombeiros said its teams had evacuated some 3,000 passengers from the two trains.",
        "About 1,200 passengers were evacuated on foot through the tunnel to the two stations, the "
        "operator said.",
    ],
)
def test_things_named_by_a_number_beside_a_count_of_people_are_no_count(extractor, sentence):
    assert [c.low for c in claims_of(extractor, sentence) if c.kind == "figure"] in ([2700.0], [1080.0])


def test_deaths_a_report_refers_to_are_counted(extractor):
    claims = claims_of(extractor, "The state government's order, seen by Reuters, refers to eight deaths "
                                  "and 30 injuries.")
    assert 8.0 in [c.low for c in claims if c.key == "deaths"]


def test_an_insurers_name_ends_before_assurances(extractor):
    claims = claims_of(extractor, "Belgian insurer Valmonde Assurances said it would close 38 branches in "
                                  "Belgium and cut 620 jobs.")
    assert {c.key for c in claims if c.kind == "figure"} == {"closures|valmonde", "job_cuts|valmonde"}


def test_a_services_customers_cut_off_are_without_it(extractor):
    claim = only(claims_of(extractor, "He said 3.8 million customers were cut off, some for eight hours."))
    assert claim.key == "without_power"
    # (not people a flood cut off)
    assert only(claims_of(extractor, "Floods cut off 500 people in three villages, officials said.")).key != (
        "without_power"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Steelmaker Helvion Steel will close the No. 2 blast furnace at its plant in Kladno, it said.",
        "She said all incidents happened in the lane outside gate number 2.",
        "He said furnace number two, where the blast happened, had been shut down.",
    ],
)
def test_a_number_that_names_one_thing_is_no_count(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.low == 2.0]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ('"We are not planning any job cuts at Kladno," said the chief executive of Helvion.', "job_cuts"),
        ('"There are no further job cuts planned at Timisoara," she added.', "be|job cut"),
        ("The Verdi services union said it would resist any job cuts.", "resist|job cut"),
    ],
)
def test_job_cuts_a_company_does_not_plan_are_none(extractor, sentence, key):
    assert [c.key.split("|")[0] if c.key.startswith("job_cuts") else c.key
            for c in claims_of(extractor, sentence)] == [key]


def test_a_second_tally_told_with_the_first_verb_is_its_own(extractor):
    claims = claims_of(extractor, "The number of cholera cases in Nampula province has risen to 512 and the "
                                  "number of deaths to eight, the provincial health directorate said.")
    assert sorted((c.key, c.low) for c in claims if c.kind == "figure") == [("cases", 512.0), ("deaths", 8.0)]


def test_some_of_the_things_where_people_died_are_no_count_of_the_dead(extractor):
    claims = claims_of(extractor, "At least 23 people have died of heatstroke at two of the city's largest "
                                  "public hospitals since Friday, officials said.")
    assert [c.low for c in claims if c.kind == "figure"] == [23.0]



@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("On the Armenian side, the defence ministry reported that 49 servicemen had been killed.",
         "armenia military"),
        ("The Swedish defence ministry said two of its soldiers were killed.", "sweden military"),
    ],
)
def test_a_side_named_on_the_report_of_a_count_or_by_its_speaker_is_whose(extractor, sentence, subject):
    assert [c.subject for c in claims_of(extractor, sentence) if c.kind == "figure"] == [subject]


@pytest.mark.parametrize(
    ("sentence", "key", "polarity"),
    [
        ("No hikers are missing, rescuers said.", "missing", "negate"),
        ("No passengers are missing from the ship, the operator said.", "missing", "negate"),
        ("Officials published the names of 19 people who remain missing more than a week after the quake.",
         "missing", "affirm"),
    ],
)
def test_who_is_missing_or_not_missing_however_told(extractor, sentence, key, polarity):
    claim = only(claims_of(extractor, sentence))
    assert (claim.key, claim.polarity) == (key, polarity)


@pytest.mark.parametrize(
    "sentence",
    [
        "The official count did not contain deaths in private hospitals.",
        "The figures do not include any deaths among soldiers, the ministry said.",
    ],
)
def test_a_tally_that_leaves_deaths_out_denies_none(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "deaths"]


@pytest.mark.parametrize(
    "sentence",
    [
        "40,000 customers were cut off from online banking.",
        "The carrier cut off 300 users who had not paid their bills.",
    ],
)
def test_users_cut_off_from_one_service_or_for_not_paying_are_no_outage(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "without_power"]


def test_no_said_before_a_number_is_an_answer_not_a_label(extractor):
    claims = claims_of(extractor, "Asked whether anyone had died, the spokesman said no. 12 people were "
                                  "injured.")
    assert 12.0 in [c.low for c in claims]


def test_offices_and_stores_closed_are_told_apart(extractor):
    claims = claims_of(extractor, "Vantra said it will close 20 stores and 4 offices.")
    assert [c.low for c in claims if c.key.startswith("closures")] == [20.0]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Listeria was detected in samples taken from the plant, the agency said.", "find|listeria"),
        ("Salmonella was found in a filling, the agency said.", "find|salmonella"),
    ],
)
def test_a_germ_found_by_its_name_is_a_finding(extractor, sentence, key):
    assert [c.key for c in claims_of(extractor, sentence)] == [key]


def test_a_person_found_by_full_name_is_no_finding_of_a_germ(extractor):
    assert not [c for c in claims_of(extractor, "Police said Tom Jones was found in the river.")
                if c.key.startswith("find|")]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("MSF is scaling up its response to a cholera outbreak in Memba district, where its teams have "
         "treated 212 patients since the end of May, the organisation said.", "cases"),
        ("Amid a cholera outbreak, the hospital treated 40 patients injured in the blast.", "injured"),
    ],
)
def test_patients_treated_in_an_outbreak_are_its_cases(extractor, sentence, key):
    assert [c.key for c in claims_of(extractor, sentence) if c.kind == "figure"] == [key]


def test_an_army_named_by_the_short_name_its_article_spells_out_is_its_countrys(extractor):
    text = ("The Rwanda Defence Force (RDF) said Burundian soldiers fired first. He explained that one "
            "soldier of RDF has died in this attack.")
    deaths = only([c for c in claims_of(extractor, text) if c.key == "deaths"])
    assert deaths.subject == "rwanda military"


def test_a_short_name_spelled_out_without_a_country_names_none():
    from claimwatch.gazetteer import acronym_countries

    text = ("In Moscow the Wagner Group (WG) said. The Rapid Support Forces (RSF) said. The Rwanda "
            "Defence Force (RDF) said. Médecins Sans Frontières (MSF) said. The Democratic Forces for "
            "the Liberation of Rwanda (FDLR) said.")
    assert acronym_countries(text) == {"rdf": "rwanda"}


def test_a_short_name_of_a_forces_name_given_elsewhere_is_that_countrys(extractor):
    from claimwatch.gazetteer import acronym_countries

    assert acronym_countries("The Royal Cambodian Armed Forces fought back. The RCAF did not cross.") == {
        "rcaf": "cambodia"}
    # (no force's name: "the Nigerian National Petroleum Company" is not Nigeria's forces; nor one that
    # fights a state, "the Free Syrian Army")
    assert acronym_countries("The Nigerian National Petroleum Company said NNPC would pay.") == {}
    assert acronym_countries("The Free Syrian Army said FSA fighters held the town.") == {}
    titled = "The Royal Cambodian Armed Forces Commander Mao Sophan said the RCAF did not cross."
    assert acronym_countries(titled) == {"rcaf": "cambodia"}
    body = ("The brave soldiers of the Royal Cambodian Armed Forces fought back, the ministry said. The "
            "Ministry underlines that the RCAF have not fired on any Thai village and have not crossed the "
            "border line.")
    assert only(claims_of(extractor, body), key="cross|border").subject == "cambodia troop"


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty-seven detainees escaped from the jail in Lae on Sunday night, police said.",
        "Police now believe 49 detainees escaped, a spokesman said.",
    ],
)
def test_detainees_who_escaped_are_escapees_not_detained(extractor, sentence):
    assert [c.key for c in claims_of(extractor, sentence) if c.kind == "figure"] == ["escaped"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The facility was designed for about 500 detainees, the post said.",
        "The school, built for 300 pupils, was damaged, the ministry said.",
        # (nor what a plant can slaughter)
        "Its daily slaughter capacity is 2,000 head of cattle, the union says.",
        "It has capacity to slaughter 1,400 head of cattle a day, according to the statement.",
    ],
)
def test_what_a_place_was_built_for_is_no_count(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.kind == "figure"]


def test_a_name_set_beside_a_role_is_no_place(extractor):
    text = ('In total, 21,500 passengers were affected, the company said. "Fewer than half of the pilots '
            'joined the strike," said spokeswoman An Verhulst.')
    assert all("verhulst" not in c.region for c in claims_of(extractor, text))


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Relatives of inmates at Ecuador's largest prison said at least 31 inmates were killed.",
         "relative"),
        ("Syrian villagers said 12 people were killed.", "villager"),
    ],
)
def test_people_who_speak_for_themselves_speak_for_no_state(extractor, sentence, side):
    assert only(claims_of(extractor, sentence), key="deaths").side == side


def test_a_union_named_before_its_short_name_speaks_for_no_state(extractor):
    text = "Paraguay's National Doctors' Union (Sinamed) said at least 11 people have died of dengue."
    assert only(claims_of(extractor, text), key="deaths").side != "paraguay"


def test_a_finding_rejected_names_the_body_that_found_it(extractor):
    text = ("The head of the fire service on Wednesday rejected the health ministry's finding that an oxygen "
            "leak caused a deadly fire at a Tegucigalpa hospital.")
    assert only(claims_of(extractor, text), kind="rejection").target_side == "health ministry"


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike forced the cancellation of 230 of the carrier's 310 scheduled flights on Friday, the "
        "union said.",
        "According to the union, 230 flights were grounded on Friday.",
        "The airline cancelled 230 flights on Friday.",
    ],
)
def test_flights_grounded_or_whose_cancellation_was_forced_were_cancelled(extractor, sentence):
    assert [c.key.split("|")[0] for c in claims_of(extractor, sentence) if c.kind == "figure"] == ["cancel"]


def test_the_whole_told_first_is_what_its_clause_says_and_each_part_its_own(extractor):
    text = ("Of the 14 people who fell, nine were rescued, three died and two were still missing, according "
            "to the report.")
    found = {(c.measure, c.low) for c in claims_of(extractor, text) if c.kind == "figure"}
    assert ("rescued", 9.0) in found and ("deaths", 3.0) in found and ("missing", 2.0) in found
    assert ("rescued", 14.0) not in found and ("deaths", 2.0) not in found


def test_lao_soldiers_are_laos(extractor):
    text = "According to the ministry, at least 11 Lao soldiers were killed in the clash."
    assert only(claims_of(extractor, text), key="deaths").subject.startswith("laos")


def test_lives_sacrificed_are_deaths_and_a_count_joined_to_the_wrong_noun_keeps_its_verb(extractor):
    text = ("For the side of Lao, 2 soldiers have sacrificed their life for the nation and 5 soldiers got "
            "injury.")
    claims = claims_of(extractor, text)
    assert [(c.key, c.low, c.subject) for c in claims if c.low == 2.0] == [("deaths", 2.0, "laos military")]
    assert [c.verb for c in claims if c.low == 5.0] in ([], ["get"])


def test_a_companys_own_site_is_not_the_company_and_a_name_ending_in_plc_is_one(extractor):
    text = ("Luanshya Ridge Mining Plc has dismissed reports that it intends to close its Mwambashi copper "
            "mine. Ms Chansa said no job cuts are being considered at Mwambashi.")
    assert only(claims_of(extractor, text), measure="job_cuts").subject == "luanshya ridge"


def test_aircraft_grounded_are_not_flights_cancelled(extractor):
    assert [c.key for c in claims_of(extractor, "The regulator grounded 171 Boeing jets, it said.")
            if c.kind == "figure"] != ["cancel|jet"]


def test_a_state_body_named_union_speaks_for_its_state(extractor):
    text = "India's Union Health Ministry said 40 people died of heatstroke in Odisha."
    assert only(claims_of(extractor, text), key="deaths").side == "india"


def test_people_who_fell_are_no_figure_that_fell(extractor):
    text = "Of the 14 people who fell into the river, nine were rescued, police said."
    assert [(c.measure, c.low) for c in claims_of(extractor, text) if c.kind == "figure"] == [
        ("fall|people", 14.0), ("rescued", 9.0)]


def test_a_finding_of_a_body_named_in_lower_case_is_aimed_at_it(extractor):
    text = "The opposition rejected the health ministry's finding that 40 people died of cholera in Harare."
    assert only(claims_of(extractor, text), kind="rejection").target_side == "health ministry"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The union says 2,100 workers will lose their jobs when Luanshya Ridge Mining Plc shuts its "
         "Mwambashi mine. MUZ president Joseph Chileshe told reporters the company had misled workers. "
         "Chileshe accused the company of lying. Chileshe said the union would fight.", "luanshya ridge"),
        ("Brightwell said it will close 38 stores. Founded in 1964 by Arthur Brightwell, the chain "
         "employs 6,800 people. Brightwell is due to publish results in June.", "brightwell"),
    ],
)
def test_a_persons_surname_is_no_company_unless_the_company_is_named_after_them(extractor, text, company):
    subjects = {c.subject for c in claims_of(extractor, text) if c.measure in ("job_cuts", "closures")}
    assert subjects == {company}


def test_a_hospital_struck_by_the_disaster_counts_the_whole_of_its_toll(extractor):
    struck = ("Three patients died in a fire that swept through the intensive care ward of a public hospital "
              "late Sunday, the hospital's director said Monday.")
    assert only(claims_of(extractor, struck), key="deaths").qualifier == "exact"
    received = "Civil Hospital Karachi reported 19 deaths from the heatwave."
    assert only(claims_of(extractor, received), key="deaths").qualifier == "at_least"


def test_a_share_of_teachers_who_followed_a_strike_took_part(extractor):
    text = "Teachers' unions said on Tuesday that 92 percent of teachers in Dakar followed their strike."
    assert only(claims_of(extractor, text), kind="figure").measure == "participants"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Britain's Trades Union Congress (TUC) said 300,000 workers joined the strike.",
         "trades union congress"),
        ("India's Union Health Ministry said 300,000 workers joined the strike.", "india"),
    ],
)
def test_a_union_in_a_bodys_name_is_civil_unless_it_opens_a_state_bodys(extractor, text, side):
    assert only(claims_of(extractor, text), kind="figure").side == side


def test_arrests_that_followed_a_strike_took_no_part_in_it(extractor):
    claims = claims_of(extractor, "Some 200 arrests followed the strike, police said.")
    assert "participants" not in [c.measure for c in claims]


def test_a_company_named_after_its_founder_is_still_the_company(extractor):
    text = ("Brightwell said on Monday it would cut 300 jobs at its Leeds plant. The firm was founded by "
            "Arthur Brightwell in 1952. Unite said the cuts were a betrayal.")
    assert only(claims_of(extractor, text), measure="job_cuts").subject == "brightwell"


def test_the_capture_of_carbon_is_no_capture_of_people(extractor):
    text = "The plant achieved the capture of 1.2 million tonnes of carbon dioxide last year, the firm said."
    assert not [c for c in claims_of(extractor, text) if c.key.startswith("capture|")]


def test_what_numbered_a_figure_is_what_it_counts(extractor):
    text = ("The council said 26,100 families were staying in evacuation centres. Damaged houses numbered "
            "8,920, the council said.")
    assert only(claims_of(extractor, text), low=8920.0).key == "damage|home"


def test_demonstrators_who_took_part_are_participants(extractor):
    text = "According to the federal police, 60,000 demonstrators took part in Tuesday's march."
    assert only(claims_of(extractor, text), kind="figure").measure == "participants"


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        ("At the height of the stoppage, 34 stations were closed, the manager said.", "close|station", 34.0),
    ],
)
def test_things_said_to_be_closed_are_counted_closed(extractor, text, key, low):
    assert [(c.key, c.low) for c in claims_of(extractor, text) if c.kind == "figure"] == [(key, low)]


def test_an_average_carried_is_no_count(extractor):
    text = "The metro carries an average of about 2.3 million passengers on a working day, the company said."
    assert not [c for c in claims_of(extractor, text) if c.low == 2_300_000.0 or c.high == 2_530_000.0]


def test_things_buried_by_a_landslide_are_all_of_them_and_the_dead_buried_some(extractor):
    things = '"Seven vehicles, including a bus, were buried under the debris," the magistrate said.'
    assert only(claims_of(extractor, things), kind="figure").qualifier == "exact"
    dead = "Villagers buried 40 victims on Sunday, the mayor said."
    assert only(claims_of(extractor, dead), kind="figure").qualifier == "at_least"


def test_some_of_all_the_things_there_are_is_that_many_and_some_of_a_count_at_least(extractor):
    kilns = "Wadi El Nil Cement said on Monday it will shut down two of the four kilns at its plant."
    assert only(claims_of(extractor, kilns), kind="figure").qualifier == "exact"
    wounded = "Four of the 20 wounded died overnight, the hospital said."
    assert only(claims_of(extractor, wounded), key="deaths").qualifier == "at_least"


def test_a_count_told_together_with_the_clauses_own_is_of_others(extractor):
    text = "The commander said 286 passengers were on board, together with 11 crew members."
    assert [c.low for c in claims_of(extractor, text) if c.kind == "figure"] == [286.0]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Two of the 10 gunmen were killed, the army said.", "at_least"),
        ("Rescue teams buried 30 coffins on Friday.", "at_least"),
    ],
)
def test_some_of_people_or_of_the_dead_stay_at_least(extractor, text, qualifier):
    assert only(claims_of(extractor, text), kind="figure").qualifier == qualifier


def test_people_killed_together_with_others_are_all_counted(extractor):
    text = "The strike killed 14 civilians together with 5 soldiers, the ministry said."
    assert sorted(c.low for c in claims_of(extractor, text) if c.kind == "figure") == [5.0, 14.0]


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        ('"Nine passengers sought medical help with minor injuries," the company said.', "injured", 9.0),
        ("The union said more than 16,000 resident doctors had withdrawn their services on Monday.",
         "participants", 16_000.0),
        ("The union said services were paralysed in 63 hospitals on the first day.", "affect|hospital", 63.0),
        ("The ministry said eight carriages of the train went off the rails.", "derail|carriage", 8.0),
        ("The railway said six carriages left the rails at 05:40 local time.", "derail|carriage", 6.0),
    ],
)
def test_what_is_said_in_other_words_is_the_same_measure(extractor, text, key, low):
    """Sought help: hurt; withdrew their services: on strike; paralysed: affected; went off
    the rails: derailed."""
    assert [(c.key, c.low) for c in claims_of(extractor, text) if c.kind == "figure"] == [(key, low)]


def test_a_shaft_named_by_its_number_counts_nothing(extractor):
    text = "The company said 16 workers were rescued from the flooded Number 3 shaft and seven died."
    assert sorted(c.low for c in claims_of(extractor, text) if c.kind == "figure") == [7.0, 16.0]


def test_there_being_no_case_of_a_disease_is_none_of_its_cases(extractor):
    text = '"There is no case of mpox in Butanyerera province," the ministry spokesperson said.'
    none = only(claims_of(extractor, text), key="cases")
    assert (none.kind, none.polarity) == ("event", "negate")


@pytest.mark.parametrize(
    "text",
    [
        'A spokesman said there was "no confirmed cholera case outside Lusaka province".',
        'The commissioner said "there is no single cholera case in any camp in Zamfara".',
        '"We said there were no confirmed cases of cholera at that time," the minister said.',
        "There are no new cases of mpox in Goma, the governor said.",
        "There are no cases of cholera outside the camp in Dadaab, WHO said.",
        "There are currently no cases of mpox in the province, the ministry said.",
    ],
)
def test_no_case_in_a_part_lately_or_at_a_moment_is_no_count_of_none(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key == "cases"]


def test_a_role_the_parser_hangs_on_its_bodys_name_speaks_for_the_whole_body(extractor):
    text = ('"Our records show that 27 miners were trapped," the Ministry of Mines and Mining Development\'s '
            "chief mining engineer for the Midlands told journalists.")
    assert only(claims_of(extractor, text), key="missing").side == "ministry of mines and mining development"


def test_a_speed_in_kilometres_an_hour_is_a_speed_not_a_rate(extractor):
    text = "A passenger said the train was going over 100 kilometres an hour before he heard a bang."
    speed = only(claims_of(extractor, text), key="speed")
    assert (speed.low, speed.qualifier) == (100.0, "more_than")


def test_no_flights_of_one_kind_cancelled_is_not_no_flights_cancelled(extractor):
    none = only(claims_of(extractor, '"No international flights were cancelled," the spokesperson said.'))
    some = only(claims_of(extractor, "The airline said the strike forced it to cancel 150 flights."))
    assert none.key == "cancel|international flight" != some.key == "cancel|flight"


def test_the_outlet_that_reports_a_company_is_not_the_company(extractor):
    body = ('"We are not planning any redundancies," Nordhavn Line\'s head of communications, Mette Kjaer, '
            "told ShippingWatch on Wednesday.\n\nThe company employs about 13,500 people worldwide.")
    article = Article("t1", "ShippingWatch", PUBLISHED, "", body)
    claims = extractor.extract(clean_article(article))
    assert {c.subject for c in claims if c.measure in ("workforce", "job_cuts")} == {"nordhavn"}
    assert only(claims, measure="job_cuts").side == "nordhavn line"


def test_a_role_over_a_department_speaks_for_its_owner(extractor):
    text = "The hospital's director of nursing said 12 patients died."
    assert only(claims_of(extractor, text), key="deaths").side == "hospital"


def test_people_who_remain_marooned_are_not_all_who_were(extractor):
    remained = "The district administration said more than 400,000 people remained marooned."
    were = "The ministry said 1.2 million people were marooned in the district."
    assert only(claims_of(extractor, remained), kind="figure").key != only(claims_of(extractor, were)).key


def test_a_storms_winds_are_not_its_pace(extractor):
    winds = only(claims_of(extractor, "Police said the typhoon had winds of 150 km/h."))
    moving = "The typhoon was moving west at 20 kilometres per hour, the agency said."
    pace = only(claims_of(extractor, moving))
    assert (winds.key, winds.subject, pace.subject) == ("speed", "wind", "typhoon")


def test_a_count_of_one_kind_of_flight_is_a_count_of_flights(extractor):
    text = "The strike forced Lufthansa to cancel 800 international flights on Wednesday, the airline said."
    assert only(claims_of(extractor, text), kind="figure").key == "cancel|flight"


def test_no_cases_suspected_or_confirmed_are_none_of_either(extractor):
    text = "The governor said there were no suspected or confirmed cases of mpox in Goma."
    assert only(claims_of(extractor, text), key="cases").subject == ""


def test_there_being_no_disease_named_is_none_of_its_cases(extractor):
    named = only(claims_of(extractor, '"There is no Marburg disease in Geita," the commissioner said.'))
    assert (named.key, named.polarity) == ("cases", "negate")
    unnamed = claims_of(extractor, '"There is no disease here," the mayor said.')
    assert not [c for c in unnamed if c.key == "cases"]


def test_whose_the_things_are_is_not_what_they_are(extractor):
    text = "The ministry said the outage affected 20 of the country's 24 provinces."
    owned = only(claims_of(extractor, text))
    plain = only(claims_of(extractor, "The grid operator said all 24 provinces had been affected."))
    assert owned.key == plain.key == "affect|province"


@pytest.mark.parametrize(
    "text",
    [
        "More than 2,000 people sought help at relief camps after the floods, the Red Cross said.",
        "Around 30 people sought psychological help after the attack in Leeds, the NHS said.",
    ],
)
def test_help_sought_that_is_not_medical_hurts_no_one(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.measure == "injured"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Some 5,000 vehicles came off the production line last month.", "cross|vehicle"),
        ("Three cars left the track on the opening lap.", "leave|car"),
        ("Four wagons left the tracks near the station, the railway said.", "derail|wagon"),
    ],
)
def test_only_rail_vehicles_leave_the_tracks_by_derailing(extractor, text, key):
    assert only(claims_of(extractor, text), kind="figure").key == key


def test_people_paralysed_are_hurt_and_hospitals_paralysed_affected(extractor):
    people = "Doctors said 3 passengers were paralysed in the bus crash in Kano."
    assert only(claims_of(extractor, people), kind="figure").key == "paralyse|people"
    hospitals = "The union said services were paralysed in 63 hospitals on the first day."
    assert only(claims_of(extractor, hospitals), kind="figure").key == "affect|hospital"


def test_two_kinds_of_a_service_joined_are_all_of_it(extractor):
    text = "The strike halted 300 international and domestic flights."
    assert only(claims_of(extractor, text), kind="figure").key == "halt|flight"


def test_the_outlet_a_company_is_reported_by_may_be_the_company(extractor):
    body = ("The BBC said it would cut 500 jobs.\n\nThe broadcaster's regulator Ofcom said it was reviewing "
            "the BBC. The company said it would close 12 local radio stations.")
    claims = extractor.extract(clean_article(Article("t1", "BBC", PUBLISHED, "", body)))
    assert only(claims, measure="job_cuts").key == "job_cuts|bbc"


def test_a_role_over_a_body_of_a_place_speaks_for_the_body(extractor):
    text = "The region's head of police said 12 people were arrested in Nakuru on Monday."
    assert only(claims_of(extractor, text), kind="figure").side == "police"


def test_things_paralysed_are_at_least_that_many_affected(extractor):
    crippled = only(claims_of(extractor, "The strike crippled 40 schools in Kenya, the ministry said."))
    assert (crippled.key, crippled.low, crippled.high) == ("affect|school", 40.0, None)


@pytest.mark.parametrize(
    ("text", "key", "subject"),
    [
        ("There have been no cases of cholera in Lusaka this week, the minister said.", "be|case", ""),
        ("There are no confirmed cases of mpox in Goma, the governor said.", "cases", "confirmed"),
    ],
)
def test_no_cases_of_a_time_or_of_a_kind_are_none_of_that(extractor, text, key, subject):
    none = only(claims_of(extractor, text))
    assert (none.key, none.subject) == (key, subject)


def test_a_site_that_has_the_thing_stays_in_its_name(extractor):
    text = "A drone strike damaged the refinery's storage tank in Tuapse, the governor said."
    assert only(claims_of(extractor, text)).key == "damage|refinery storage tank"


def test_a_role_of_a_place_over_a_public_service_speaks_for_the_service(extractor):
    text = "The island's director of civil protection said 12 people were evacuated."
    assert only(claims_of(extractor, text)).side == "protection"


def test_parts_of_a_building_are_named_without_it(extractor):
    text = "An expert report found that three of the building's nine floors had been built without a permit."
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == ["build|floor"]


def test_gusts_are_winds(extractor):
    text = "The agency said its station recorded gusts that did not exceed 35 km/h at the time."
    assert only(claims_of(extractor, text), key="speed").subject == "wind"


def test_the_outlet_told_is_never_the_company_even_when_no_other_is_named(extractor):
    body = "The airline will cut 300 jobs, a spokesman told Reuters on Monday."
    claims = extractor.extract(clean_article(Article("t1", "Reuters", PUBLISHED, "", body)))
    assert only(claims, measure="job_cuts").key == "job_cuts"


def test_a_plan_to_close_that_is_denied_stops_no_plant(extractor):
    text = ("Cork stopper maker Corticeira Alvarenga on Monday denied that it plans to close its factory "
            "in Lourosa.")
    claims = claims_of(extractor, text)
    assert not [c for c in claims if c.key.startswith("operate|")]
    closing = only(claims, measure="closures")
    assert (closing.polarity, closing.side) == ("negate", "corticeira alvarenga")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Six soldiers were injured in the firing, an Army statement issued on Tuesday said.", "army"),
        ("Four people died, the ministry's statement said.", "ministry"),
        # a maker of films is a person
        ("Six people died, film producer Ana Ruiz said.", "ana ruiz"),
    ],
)
def test_a_statement_speaks_for_the_body_that_issued_it(extractor, text, side):
    assert only(claims_of(extractor, text), kind="figure").side == side


def test_a_gap_at_the_district_level_rejects_no_count(extractor):
    body = ("The district reported 38 cases of leptospirosis, the health department said. The minister "
            'rejected allegations that the government had suppressed information but acknowledged "a '
            'communication gap" at the district level.')
    assert not [c for c in claims_of(extractor, body) if c.kind == "rejection"]


def test_a_charge_denied_just_after_an_accusation_is_that_accusation(extractor):
    body = ("The department confirmed 23 cases, and two people have died, officials said. "
            "Fever clinics have been opened in the flood-hit villages. The opposition accused the department "
            "of hiding the outbreak, saying the delay had cost lives. Officials denied the charge and said "
            "testing had been carried out as quickly as possible.")
    assert not [c for c in claims_of(extractor, body) if c.kind == "rejection"]


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        ("About 12,000 barrels of crude oil were burned, the company said.", "burn|litre", 12000 * 159 * 0.9),
        ("An estimated 1.9 million litres of crude oil were consumed by the fire, the commissioner said.",
         "burn|litre", 1_710_000),
        ("The fire destroyed 40 tonnes of rice, the ministry said.", "destroy|kilogram", 40_000),
    ],
)
def test_amounts_acted_on_meet_in_one_unit(extractor, text, key, low):
    amount = only(claims_of(extractor, text), kind="figure")
    assert (amount.key, amount.low) == (key, pytest.approx(low))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Lourosa plant has 410 workers, the union said.", "workforce|lourosa plant"),
        ("The Lourosa factory employs 340 workers, the company said.", "workforce|lourosa plant"),
        ("The factory in Lourosa has 410 permanent workers, the union said.", "workforce|plant"),
        ("Founded in 1952, the company has around 1,200 full-time employees, it said.", "workforce"),
        ("The town has 4,000 people, the mayor said.", None),
        ("Spain has 400,000 workers in the sector, the union said.", None),
    ],
)
def test_a_works_staff_is_its_workforce_however_said(extractor, text, key):
    found = [c.key for c in claims_of(extractor, text) if c.measure == "workforce"]
    assert found == ([key] if key else [])


def test_soldiers_hurt_in_a_clash_with_a_countrys_troops_are_not_its_soldiers(extractor):
    text = ("The Army said eight soldiers had been injured in Monday night's exchange of fire with Chinese "
            "troops in the Yangtse area.")
    assert only(claims_of(extractor, text), kind="figure").subject == "not china military"


def test_others_hurt_after_the_dead_are_counted_hurt(extractor):
    text = ("Two workers were killed and five others injured on Wednesday when fire broke out at a refinery "
            "in Ibaa, the operator of the facility has said.")
    figures = {(c.key, c.low) for c in claims_of(extractor, text) if c.kind == "figure"}
    assert figures == {("deaths", 2.0), ("injured", 5.0)}


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Four patients died in the fire at the hospital, the physician said.", "exact"),
        # those brought to a hospital are some of the dead
        ("Four people died at the hospital, the physician said.", "at_least"),
    ],
)
def test_a_hospital_the_fire_was_at_counts_all_its_dead(extractor, text, qualifier):
    assert only(claims_of(extractor, text), kind="figure").qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("In Beijing, China's Defence Ministry on Thursday acknowledged that three of its soldiers were "
         "slightly hurt in the incident.", ()),
        ("In Moscow, the Defence Ministry said 40 soldiers were killed.", ()),
        # police speak of their city
        ("In Mogadishu, police said a car bomb killed 12 people.", ("mogadishu",)),
    ],
)
def test_a_capital_where_a_states_ministry_speaks_is_not_where_the_event_was(extractor, text, places):
    assert only(claims_of(extractor, text), kind="figure").places == places


@pytest.mark.parametrize(
    ("text", "key", "subject"),
    [
        ("About 1.9 million litres of crude oil were consumed by the fire.", "burn|litre", "petroleum"),
        ("Villagers had consumed about 300 kg of meat, officials said.", "consume|kilogram", "food"),
        ("Police destroyed 2,500 kg of explosives.", "destroy|kilogram", "explosive"),
        ("The cell held nearly 25,000 tonnes of soybeans.", "hold|kilogram", "grain"),
        # what the table does not know may be any: "tonnes of aid" may be the "tonnes of supplies"
        ("Israel said 300 tonnes of humanitarian aid were delivered.", "deliver|kilogram", ""),
        ("The fire destroyed 200 tonnes of cotton, officials said.", "destroy|kilogram", "cotton"),
        ("Police seized 40 tonnes of palm oil, officials said.", "capture|kilogram", "food"),
        ("Police seized 40 tonnes of illegal substances, officials said.", "capture|kilogram", ""),
        ("The fire destroyed 300 tonnes of cocoa beans, officials said.", "destroy|kilogram", "cocoa"),
        ("The blast destroyed 300 tonnes of fertilizer, officials said.", "destroy|kilogram", "fertiliser"),
        ("The fire, which consumed 5 million litres of crude, was put out.", "burn|litre", "petroleum"),
        ("About 300 litres of diesel were consumed in the blaze, police said.", "burn|litre", "petroleum"),
    ],
)
def test_an_amount_is_of_its_substance_and_only_fire_consumes_by_burning(extractor, text, key, subject):
    amount = only(claims_of(extractor, text), kind="figure")
    assert (amount.key, amount.subject) == (key, subject)


@pytest.mark.parametrize(
    "text",
    [
        "The Tonnies plant has 1,500 workers infected, officials said.",
        "Siemens has 86,000 employees in Germany, the company said.",
        "The plant has 300 striking workers, the union said.",
        "After the cuts, the Lourosa plant will have 900 workers, the company said.",
        "In Germany, Siemens has 86,000 employees, the company said.",
        "The plant has 300 temporary workers, the union said.",
    ],
)
def test_some_of_a_staff_is_no_workforce(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.measure == "workforce"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # those a side killed in a clash with another's troops may be the other's
        ("The Indian army said it killed five soldiers in fire against Pakistani troops.", "military"),
        ("A violent clash with Chinese troops killed 20 soldiers, the army said.", "not china military"),
        ("Indian troops killed five soldiers in a clash, the army said.", "not india military"),
    ],
)
def test_soldiers_killed_in_a_clash_are_not_the_killers_own(extractor, text, subject):
    assert only(claims_of(extractor, text), kind="figure").subject == subject


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("A Friday statement from the health ministry said 12 people died.", "health ministry"),
        ("Four people died, a police press statement said.", "police"),
    ],
)
def test_a_statement_is_the_issuers_not_its_kind_nor_its_day(extractor, text, side):
    assert only(claims_of(extractor, text), kind="figure").side == side


@pytest.mark.parametrize(
    ("body", "rejections"),
    [
        ("The opposition said 300,000 ballots had been added. The commission rejected the accusations.", 1),
        # an act accused of in between, by another: that act is what is rejected
        ("Health officials said 23 cases were confirmed. The opposition accused the department of hiding the "
         "outbreak. Officials denied the charge.", 0),
        ("The army said it killed 40 militants. It accused the rebels of using civilians as human shields. "
         "The rebels denied the accusation.", 0),
        # ... unless the act was done to a count
        ("The opposition said 300,000 ballots had been added. It accused the commission of rigging the vote. "
         "The commission rejected the accusations.", 1),
    ],
)
def test_accusations_rejected_are_the_last_count_unless_an_act_was_accused_of_since(
    extractor, body, rejections
):
    assert [c.kind for c in claims_of(extractor, body)].count("rejection") == rejections


@pytest.mark.parametrize(
    ("text", "key", "polarity"),
    [
        ("More than 18,000 schools did not open their doors, the union said.", "close|school", "affirm"),
        # they opened, late; or opened nothing new
        ("About 300 shops did not open until 10 am, traders said.", "open|store", "negate"),
        ("Two banks did not open new branches last year, the regulator said.", "open|bank", "negate"),
    ],
)
def test_premises_that_did_not_open_were_closed(extractor, text, key, polarity):
    figure = only(claims_of(extractor, text), kind="figure")
    assert (figure.key, figure.polarity) == (key, polarity)


def test_a_titled_name_the_model_takes_for_a_body_is_no_company_and_a_name_that_closes_works_is(extractor):
    body = ("The STCN union said that 380 workers will lose their jobs when Corticeira Alvarenga closes its "
            'factory in Lourosa.\n\n"The numbers do not match," union coordinator Helena Sampaio told Lusa.'
            '\n\n"Now they want to close in three months," Sampaio said.')
    claims = extractor.extract(clean_article(Article("t1", "Lusa", PUBLISHED, "", body)))
    assert only(claims, measure="job_cuts").key == "job_cuts|corticeira alvarenga"


def test_a_city_the_model_takes_for_a_body_is_no_company_and_a_line_is_a_shipping_company(extractor):
    body = ("The trade union HK Privat has accused Nordhavn Line of understating its restructuring, saying "
            "1,400 jobs will go across the group.\n\nNordhavn Line said its figures were correct. Staff in "
            "Copenhagen and Aarhus were told on Monday, and Copenhagen will keep its head office.")
    claims = extractor.extract(clean_article(Article("t1", "The Copenhagen Post", PUBLISHED, "", body)))
    assert only(claims, measure="job_cuts").key == "job_cuts|nordhavn"  # (its suffix dropped)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        # a titled name the model takes for a body is a person's, whatever the role
        ('The company said 410 jobs would go.\n\n"It is a disgrace," union official Helena Sampaio said.\n\n'
         'Corticeira Alvarenga said the cuts were needed.', "job_cuts|corticeira alvarenga"),
        # a name that closes the works is a company, however tagged
        ("Corticeira Alvarenga will close the Lourosa factory and cut 410 jobs, the company said.",
         "job_cuts|corticeira alvarenga"),
    ],
)
def test_the_company_a_report_is_about_is_no_titled_person(extractor, body, key):
    claims = extractor.extract(clean_article(Article("t1", "Lusa", PUBLISHED, "", body)))
    assert only(claims, measure="job_cuts").key == key


def test_a_company_called_by_its_country_is_the_company_not_the_country(extractor):
    body = ("Kessler Hausgeraete will close its factory in Lodz and cut 1,850 jobs, the privately held "
            "German company said.")
    claims = extractor.extract(clean_article(Article("t1", "Reuters", PUBLISHED, "", body)))
    assert only(claims, kind="figure").side == "kessler hausgeraete"
    # a company by its name is not the one reported on
    body = ("Kessler Hausgeraete said it would cut jobs. The ship carried 23 crew members, the British "
            "security company Ambrey said.")
    claims = extractor.extract(clean_article(Article("t1", "Reuters", PUBLISHED, "", body)))
    assert only(claims, key="aboard").side != "kessler hausgeraete"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Around 90 miners were working at the site when the gallery collapsed, the ministry said.",
         "aboard"),
        # working there, said of any day
        ("About 300 miners are working at the site, the company said.", "work|people"),
    ],
)
def test_those_working_there_when_it_happened_were_present(extractor, text, key):
    assert only(claims_of(extractor, text), kind="figure").key == key


def test_a_company_spelled_out_with_its_short_name_goes_by_the_short_name(extractor):
    body = ("The Société Tunisienne des Phosphates du Sud (STPS) on Tuesday denied reports that it "
            "intends to shed workers. \"There is no plan to cut any jobs at STPS,\" its director said.")
    claims = claims_of(extractor, body)
    assert only(claims, polarity="negate", measure="job_cuts").key == "job_cuts|stps"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # none of the works is no one
        ('"None of our washing plants will close," the director said.', False),
        # none of the people is
        ('"None of the occupants was captured," the statement said.', True),
    ],
)
def test_none_of_the_plants_is_no_one(extractor, text, people):
    keys = [c.key for c in claims_of(extractor, text)]
    assert any(key.endswith("|people") or "|" not in key for key in keys) == people, keys


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # no outbreak of a disease the report names: none of its cases
        ("There is no meningitis outbreak in the region, the director said.", "negate"),
        ("Not a single case of meningitis has been confirmed in the region, the director said.", "negate"),
        # an outbreak declared or confirmed: there are cases
        ('"We have formally declared an outbreak of meningitis in the region," she said.', "affirm"),
        ("The ministry on Wednesday confirmed an outbreak of Marburg virus disease in Kasese.", "affirm"),
        ("MSF said a meningitis epidemic is under way in the Tahoua region.", "affirm"),
    ],
)
def test_an_outbreak_denied_or_declared_says_whether_there_are_cases(extractor, text, polarity):
    assert only(claims_of(extractor, text), key="cases").polarity == polarity


def test_no_outbreak_denies_confirmed_cases_not_suspected_ones(extractor):
    text = "There is no meningitis outbreak in the region, the director said."
    assert only(claims_of(extractor, text), key="cases").subject == "confirmed"


@pytest.mark.parametrize(
    "text",
    [
        # not an outbreak of a disease, nor one not declared
        "There is no outbreak of violence in the region, the governor said.",
        '"We have not declared an outbreak of meningitis," she said.',
        "MSF said no meningitis epidemic is under way in the Tahoua region.",
        # an outbreak declared over, one among animals, one of violence: no cases of people
        "The ministry declared the Ebola outbreak over on Monday.",
        "The ministry confirmed an outbreak of H5N1 bird flu at a poultry farm in Mukono.",
        "Police confirmed an outbreak of violence in the camp, where cholera has spread.",
        "There is no outbreak of violence in the camp, where cholera has spread, the governor said.",
        "The USDA confirmed an outbreak in a dairy herd in Weld County, where bird flu has spread.",
        "The ministry has yet to declare an outbreak of cholera in the camp.",
    ],
)
def test_no_outbreak_of_people_declared_or_under_way_says_nothing_of_cases(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key == "cases" and c.kind == "event"]


def test_a_place_named_before_its_event_is_where_it_was_not_where_a_road_leads(extractor):
    body = ("Police fired tear gas on protesters in the city of Zarqa on Saturday. Organisers said "
            "about 4,000 people joined the Zarqa protest, which moved towards the main road to Amman.")
    assert only(claims_of(extractor, body), measure="participants").places == ("zarqa",)


def test_a_body_spelled_out_with_its_short_name_is_no_place(extractor):
    body = ("According to the National Directorate of Health Surveillance (Dinavisa), 640 pharmacies "
            "remained closed. \"No hospital pharmacy closed,\" said the director of Dinavisa.")
    claim = only(claims_of(extractor, body), key="close|pharmacy")
    assert "dinavisa" not in claim.region and claim.article_place != "dinavisa"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # what a speaker's information is, is what it says happened
        ('"The preliminary information is that the vehicle suffered a brake failure," Quispe said.', True),
        # (not a wish, nor information that would say so)
        ('"The information would be that the vehicle suffered a brake failure," Quispe said.', False),
    ],
)
def test_what_the_information_is_is_what_a_speaker_says_happened(extractor, text, found):
    assert bool([c for c in claims_of(extractor, text) if c.key == "suffer|brake failure"]) == found


def test_a_day_a_strike_is_called_for_dates_no_claim_after_it_a_year_back(extractor):
    body = ("The union on Tuesday gave a far higher estimate of the plan's consequences, calling a regional "
            "general strike for March 20. According to the union, the plan will in reality eliminate 1,400 "
            "jobs at Kordia Mining.")
    claim = only(claims_of(extractor, body), kind="figure")
    assert claim.context_date is None or claim.context_date >= "2022-03-01", claim.context_date


def test_a_region_named_in_a_title_places_no_claim(extractor):
    body = ("Two people were killed in Shostka on Wednesday, Sumy governor Volodymyr Artiukh said. In the "
            "city of Sumy, a drone strike killed 11 people on Wednesday, the acting mayor said.")
    assert only(claims_of(extractor, body), figure_text="Two").places == ("shostka",)


def test_a_place_in_brackets_after_a_body_stays_a_place(extractor):
    body = "Floods killed 40 people on Tuesday, the National Disaster Management Authority (Pakistan) said."
    assert "pakistan" in only(claims_of(extractor, body), kind="figure").region


def test_a_bare_outbreak_declared_is_the_outbreak_of_the_disease_its_report_names(extractor):
    body = ("The health service has recorded 58 suspected cases of meningitis.\n\n"
            '"The threshold has been crossed, and we have formally declared an outbreak in the region," '
            "she said.")
    declared = [c for c in claims_of(extractor, body) if c.key == "cases" and c.kind == "event"]
    assert [c.polarity for c in declared] == ["affirm"]


def test_a_place_the_model_cuts_at_a_hyphen_is_named_whole(extractor):
    body = ("The eruption of Mount Lewotobi Laki-laki in East Flores has displaced 6,900 people, the agency "
            "said.")
    assert "mount lewotobi laki-laki" in only(claims_of(extractor, body), kind="figure").places
    # (not "Vienna-based")
    body = "The Vienna-based agency said 40 inspectors visited the plant in Zaporizhzhia."
    assert all("-" not in p for p in only(claims_of(extractor, body), kind="figure").region)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # shutters kept or pulled down: premises closed
        ("According to the union, close to 1,900 pharmacies kept their shutters down.", "close|pharmacy"),
        ("About 300 shops pulled down their shutters on Tuesday, traders said.", "close|store"),
        # (not doors kept open, nor shutters not pulled down)
        ("About 300 shops kept their doors open on Tuesday, traders said.", "keep|store"),
        ("About 300 shops did not pull down their shutters on Tuesday, traders said.", "pull|store"),
    ],
)
def test_premises_that_kept_their_shutters_down_closed(extractor, text, key):
    assert only(claims_of(extractor, text), kind="figure").key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # ash fallen on villages covered them
        ("The national disaster agency said ash had fallen on 10 villages.", "cover|village"),
        ("Ash has now covered 14 villages, the agency said.", "cover|village"),
        # (not shells that fell on villages, nor snow, which may since have melted)
        ("Two shells fell on three villages, the army said.", "fall|village"),
        ("Snow fell on three provinces, the army said.", "fall|province"),
    ],
)
def test_ash_fallen_on_villages_covered_them(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.figure_text in ("10", "14", "three")] == [key]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a leak confirmed or admitted was one
        ("Inspectors have confirmed a leak of cyanide solution from the mine, the inspectorate said.", True),
        # (not one not confirmed or yet to be; nor a leak of documents, nor one inside a building)
        ("The company has not confirmed any leak at the mine, the inspectorate said.", False),
        ("The company has yet to confirm a leak at the mine, the inspectorate said.", False),
        ("The Pentagon on Monday acknowledged a leak of classified documents.", False),
        ("The Pentagon acknowledged a leak of classified documents, officials said.", False),
        ("The operator confirmed a leak of radioactive water inside the reactor building.", False),
    ],
)
def test_a_leak_confirmed_leaked(extractor, text, found):
    polarities = [c.polarity for c in claims_of(extractor, text) if c.key == "leaked"]
    assert polarities == (["affirm"] if found else [])


def test_a_name_before_a_named_body_or_two_places_hyphened_are_no_new_places(extractor):
    # "Lao People's Army": a name, not Lao as the place of the people
    body = "The Lao People's Army killed 9 soldiers of Cambodia in Champasak, the announcement said."
    assert "lao" not in only(claims_of(extractor, body), kind="figure").places
    # "the Cambodia-Laos border": Cambodia and Laos, not one place
    body = "Three soldiers were killed on the Cambodia-Laos border, the ministry said."
    assert "cambodia-laos" not in only(claims_of(extractor, body), kind="figure").region


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        # whose fire: the side it came from, or the one it was fired by
        ("In total about 15 rounds were fired from the Myanmar side that night, he said.", "myanmar"),
        ("About 20 drones were launched by Russian forces overnight, the air force said.", "russia"),
        ("The Thai soldiers fired back with 4 rounds, the district chief said.", "thailand"),
        # (what the fire hit is its owner's)
        ("Two Indian forward posts were damaged by Chinese fire, defence officials said.", "india"),
    ],
)
def test_rounds_fired_from_a_sides_ground_are_that_sides(extractor, text, whose):
    assert only(claims_of(extractor, text), kind="figure").subject == whose


@pytest.mark.parametrize(
    "text",
    [
        # a promise or a call not to take part: no count of none who took part
        "They were released after signing pledges not to take part in unlicensed gatherings, Al-Khatib said.",
        "The protesters agreed not to take part in further rallies, police said.",
    ],
)
def test_a_pledge_not_to_take_part_is_no_one_taking_part(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key == "participants"]


def test_a_decision_not_to_close_still_denies_closing(extractor):
    text = "The company decided not to close the Lodz plant, a spokesman said."
    assert [c.polarity for c in claims_of(extractor, text) if c.key == "close|plant"] == ["negate"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # coaches that left the tracks derailed, counted as a train's part
        ("Seven of the train's nine coaches left the tracks near Aab-e-Gum, police said.", "derail|coach"),
        # a contract ended is a job cut (not one renewed)
        ("Viet Tin will terminate the labour contracts of 2,650 workers from March 15, the company said.",
         "job_cuts|viet tin"),
        ("The company renewed the contracts of 40 nurses, the company said.", "renew|people"),
        # homes inundated are flooded
        ("Heavy rain inundated 12,400 homes in Tabasco, the institute said.", "flood|home"),
        # bank branches are branches
        ("The strike closed 1,150 of the country's 1,480 bank branches, the union said.", "close|branch"),
        # a protest that drew a bare number drew its crowd
        ("Police said the rally in the capital on Saturday drew no more than 3,000.", "participants"),
        ("The march attracted 20,000, organisers said.", "participants"),
    ],
)
def test_words_for_one_thing_done_meet_in_one_key(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # no outbreak in the camp a story is about: none of its cases
        ('The county health director said: "There is no hepatitis E outbreak in the camp."', "cases"),
        # (none in any camp or in a hospital is none in a part)
        ("There is no cholera case in any camp, the director said.", "be|cholera case"),
        ("There is no cholera case in the hospital, the director said.", "be|cholera case"),
    ],
)
def test_no_outbreak_in_the_camp_denies_its_cases(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.polarity == "negate"] == [key]


def test_a_count_in_a_sub_district_alone_is_a_part(extractor):
    # (the parser may take "district" for an adjective before "alone")
    text = "In Pacitan sub-district alone, 340 houses were flooded, the agency said."
    assert only(claims_of(extractor, text), kind="figure").qualifier == "at_least"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "there is no civilian who died": none died
        ("Those reports are false, there is no civilian who died in Goma because of it, he said.", "deaths"),
        ("There was no one who was injured in the blast, police said.", "injured"),
        # (not one who did not do something, nor no one else)
        ("There is no soldier who did not fight, he said.", "be|soldier"),
        ("There was no one else who died in the crash, police said.", "be|one"),
    ],
)
def test_no_one_who_died_denies_deaths(extractor, text, key):
    assert [c.key for c in claims_of(extractor, text) if c.polarity == "negate"] == [key]


@pytest.mark.parametrize(
    "text",
    [
        # people in shelters, however they are there
        "Some 3,100 people are staying in 48 temporary shelters set up in schools, the institute said.",
        "Salgado said nearly 5,600 people were sleeping in shelters.",
        "About 2,000 people have taken refuge in evacuation centres, officials said.",
        "Some 900 residents were housed in shelters, officials said.",
        "The number of people in shelters fell to about 1,900 as water receded, the state said.",
        "About 4,200 people are staying in relief camps in Kerala, officials said.",
    ],
)
def test_people_in_shelters_are_counted_as_sheltered(extractor, text):
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure"] == ["sheltered"]


@pytest.mark.parametrize(
    "text",
    [
        # (not people who hid in one in an attack, nor shelters built)
        "Two people hid in a bomb shelter during the attack, police said.",
        "The city built 900 shelters, officials said.",
        "Twelve people in the shelter were killed, police said.",
        # (one shelter a missile hit is a building, not the shelters of the homeless)
        "About 300 people were in the shelter when the missile hit the building, police said.",
    ],
)
def test_shelters_hid_in_or_built_are_no_people_sheltered(extractor, text):
    assert not [c for c in claims_of(extractor, text) if c.key == "sheltered"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # what was lost, other than lives, is no death
        ("There is no worker who lost his job because of the fire, the owner said.", "job_cuts"),
        # "swamped with patients" is no flood
        ("Hospitals were swamped with 300 patients, officials said.", "overwhelm|people"),
        # a federation that is no labour body may be the body a report is about
        ("The International Handball Federation said it would cut 100 jobs after Adidas ended its deal.",
         "job_cuts|international handball federation"),
    ],
)
def test_what_the_new_readings_leave_alone(extractor, text, key):
    assert key in [c.key for c in claims_of(extractor, text)]
    assert "deaths" not in [c.key for c in claims_of(extractor, text)]


def test_children_in_shelters_are_counted_apart(extractor):
    text = "Some 1,500 children are staying in shelters, officials said."
    assert only(claims_of(extractor, text), kind="figure").subject == "child"


@pytest.mark.parametrize(
    ("name", "union"),
    [
        ("dong nai federation of labour", True),
        ("congress of trade unions", True),
        ("federation of greek bank employees' unions", True),
        # (an employers' federation, a building, a sports body are none)
        ("federation of kenya employers", False),
        ("world trade center", False),
        ("international handball federation", False),
    ],
)
def test_a_labour_body_by_its_name(name, union):
    from claimwatch.speakers import _named_a_union

    assert _named_a_union(name, set()) is union


@pytest.mark.parametrize(
    ("text", "key", "subject"),
    [
        # families, or people, in evacuation centres; the number of people staying in them
        ("Some 2,600 families, or about 9,800 people, are staying in evacuation centers, officials said.",
         "sheltered", ""),
        ("The number of people staying in evacuation centers rose to 9,800, it said.", "sheltered", ""),
        # a group of its own in shelters
        ("Some 65,000 migrants are staying in city shelters, officials said.", "sheltered", "migrant"),
        # (not the dead in the camps, nor people fed there)
        ("Diarrhoea caused the deaths of 12 people in relief camps, officials said.", "cause|people", ""),
        ("Aid agencies gave food to 50,000 people in relief camps, they said.", "give|people", ""),
        # (nor striking workers' contracts ended: a dispute, not a job cut)
        ("The company terminated the contracts of 300 striking workers, the union said.", "terminate|people",
         "worker"),
        # (nor hospitals "inundated with patients"; homes flooded with water are flooded)
        ("Three hospitals in the city were inundated with patients, they said.", "overwhelm|hospital", ""),
        ("About 300 homes were flooded with muddy water, officials said.", "flood|home", ""),
        ("About 300 homes were flooded with up to two metres of water, they said.", "flood|home", ""),
    ],
)
def test_the_third_readers_cases(extractor, text, key, subject):
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.key, claim.subject) == (key, subject)


def test_no_one_injured_apart_from_one_is_no_denial(extractor):
    text = "There was no one who was injured apart from the driver, police said."
    assert "injured" not in [c.key for c in claims_of(extractor, text)]


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        # the bodies of the dead, counted by whom they were, as a toll so far
        ("Residents say the bodies of 38 miners have been recovered since a tunnel collapsed on Monday.",
         "deaths", 38.0),
        ("Rescuers have recovered the bodies of 12 miners, the governor said.", "deaths", 12.0),
        # the number of those killed, grown to a count that names them again
        ("The group said that the number of the soldiers of the Kenyan army who was killed in the attack of "
         "Tuesday increased to 51 soldiers, after they found more bodies.", "deaths", 51.0),
        # workers a closure leaves without jobs lose them; a plant's whole payroll is its workforce
        ("The closure will leave 2,300 workers without jobs in Barra do Garcas, the union said.",
         "job_cuts", 2300.0),
        ("Araguaia Carnes will close the plant. According to the union, the plant has 2,300 workers on its "
         "payroll.", "workforce|araguaia carnes plant", 2300.0),
        # displaced families recorded are displaced families
        ("The IOM said its teams had recorded 3,450 displaced families across five districts.",
         "displace|family", 3450.0),
    ],
)
def test_the_eval88_counts(extractor, text, key, low):
    claim = only(claims_of(extractor, text), kind="figure")
    assert (claim.key.split("|")[0] if key == "job_cuts" else claim.key, claim.low) == (key, low)


@pytest.mark.parametrize(
    "text",
    [
        # the bodies of people told of before, or some of the dead one day took in
        "The bodies of the two skiers were shifted to Tangmarg for medico-legal formalities.",
        "Rescue teams recovered the bodies of four hikers on Friday from the canyon, the directorate said.",
        # bodies not seen or not received are no count of the dead
        '"They say the work is finished, but we have not seen their bodies," a miner said.',
        "Families said they had not received the bodies of their sons.",
        # (nor bodies not yet recovered, nor bodies identified)
        "The bodies of 38 miners have not been recovered since the collapse at the mine, the union said.",
        "The bodies of 31 victims have been identified so far, officials said.",
    ],
)
def test_bodies_that_are_no_toll(extractor, text):
    assert "deaths" not in [c.key for c in claims_of(extractor, text)]


@pytest.mark.parametrize(
    ("text", "low", "so_far"),
    [
        # the bodies a hospital took in are some of the dead at least, whose they were told
        ("The director said the hospital had received the bodies of six inmates with gunshot wounds.",
         6, True),
        # (that day's, when the day is told; else a running count)
        ("A doctor said the military hospital had received the bodies of seven soldiers on Tuesday morning.",
         7, False),
        ("The forensic institute said it had received the bodies of 27 people from the site.", 27, True),
        ("A nurse at the health centre said it had received nine bodies, all of them civilians.", 9, True),
    ],
)
def test_bodies_a_place_received(extractor, text, low, so_far):
    claim = only(claims_of(extractor, text), key="deaths")
    assert (claim.low, claim.qualifier, claim.cumulative) == (low, "at_least", so_far)


def test_no_bodies_found_is_still_none_found(extractor):
    claim = only(claims_of(extractor, "No bodies have been found, police said."), key="deaths")
    assert claim.polarity == "negate"


def test_a_union_officer_titled_by_a_place_speaks_for_the_union(extractor):
    text = ("The Association of Taxi and Ride-Hailing Operators (ATRO) accused the police of using force. "
            "The union's FCT chairman, Alhaji Sani Garba, said nearly 3,000 drivers joined the protest "
            "in Abuja.")
    assert only(claims_of(extractor, text), kind="figure").side == "union"


def test_torched_is_burned(extractor):
    text = "According to Kiprono, four military vehicles were torched by the attackers during the raid."
    assert only(claims_of(extractor, text), kind="figure").key == "burn|vehicle"


def test_no_decision_to_close_keeps_the_plant_working(extractor):
    claims = claims_of(extractor, "Araguaia Carnes said there is no decision to close the plant.")
    assert only(claims, key="operate|plant").polarity == "affirm"
    assert only(claims, measure="closures").polarity == "negate"


@pytest.mark.parametrize("disease", ["plague", "Rift Valley fever"])
def test_no_plague_in_a_place_is_none_of_its_cases(extractor, disease):
    text = f'"There is no {disease} in Ambositra," the official said.'
    claim = only(claims_of(extractor, text), key="cases")
    assert claim.polarity == "negate"


def test_part_of_a_thing_acts_as_the_thing(extractor):
    text = "The agency said part of the acid reached the Loa River through a dry gully."
    assert only(claims_of(extractor, text), key="cross|place").subject == "acid"


def test_where_a_teller_stood_is_not_where_a_rate_was(extractor):
    text = ('"Adherence to the strike is around 90 percent," SMAQ president Antonio Ribeiro told Lusa at '
            "Santa Apolonia station in Lisbon.")
    assert only(claims_of(extractor, text), kind="figure").places == ()


def test_an_outbreak_denied_under_way_is_none(extractor):
    text = ("The head of the district health service on Tuesday denied that an outbreak of plague was under "
            "way in the district, after five people died in less than a week.")
    assert only(claims_of(extractor, text), key="cases").polarity == "negate"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the trains cancelled until an hour of the day, or the bodies brought to one place: at least
        ("CP cancelled 212 of the 498 trains scheduled until 10:00 on Monday, the rail operator told Lusa.",
         "cancel|train"),
        ("A medical source said the bodies of seven soldiers had been brought to the facility since Monday.",
         "deaths"),
    ],
)
def test_a_count_of_some_is_a_lower_bound(extractor, text, key):
    assert only(claims_of(extractor, text), kind="figure").qualifier == "at_least"
    assert only(claims_of(extractor, text), kind="figure").key == key


def test_a_pandemics_jobless_are_no_companys_cuts(extractor):
    text = "The pandemic has left 2.5 million workers without jobs in South Africa, officials said."
    assert "job_cuts" not in [c.key.split("|")[0] for c in claims_of(extractor, text)]


def test_bodies_pulled_out_that_brought_a_toll_up_are_not_the_toll(extractor):
    text = ("Rescuers have pulled the bodies of 12 people from the rubble in Al Haouz, bringing the death "
            "toll to 45, the interior ministry said.")
    assert [c.low for c in claims_of(extractor, text) if c.key == "deaths"] == [45.0]


def test_bodies_recovered_so_far_are_some_of_the_dead(extractor):
    text = ("The bodies of 40 passengers have been recovered from Lake Victoria since Thursday, rescuers "
            "said, and dozens remain missing.")
    claim = only(claims_of(extractor, text), key="deaths")
    assert (claim.low, claim.qualifier) == (40.0, "at_least")


def test_tellers_of_those_a_participle_tells_of_are_the_tellers(extractor):
    # ("Families of people abducted from the village said": the model reads the families as
    # the subject of "abducted", and the saying as having none)
    text = ("Families of people abducted from the village of Sori-Gando said on Sunday that 19 people were "
            "taken by gunmen on Wednesday night.")
    claim = only(claims_of(extractor, text, published="2032-04-25T13:00:00Z"), key="captured")
    assert (claim.side, claim.event_date) == ("family", "2032-04-21")


def test_the_scene_a_teller_stood_at_is_the_events_place(extractor):
    text = "A police spokesman told reporters at the scene in Kasarani that 12 people were killed in a crush."
    assert only(claims_of(extractor, text), key="deaths").places == ("kasarani",)


def test_no_decision_yet_to_close_is_undecided(extractor):
    claims = claims_of(extractor, "Volta said there is no decision yet to close the plant in Setubal.")
    assert "affirm" not in [c.polarity for c in claims if c.key == "operate|plant"]


def test_a_strike_from_an_hour_until_an_hour_cancels_its_whole_count(extractor):
    text = "The strike from 6 am until 2 pm forced the cancellation of 120 flights, the airport said."
    assert only(claims_of(extractor, text), key="cancel|flight").qualifier == "exact"


def test_no_sentence_starts_at_a_names_small_word():
    from claimwatch.nlp import load_nlp

    doc = load_nlp()("Araguaia Carnes said it will close its beef plant in Barra do Garças, in eastern Mato "
                     "Grosso, on April 30. The union said 2,300 workers would lose their jobs.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    ("text", "nationwide"),
    [
        ("It will close its plant in Barra do Garças, in eastern Mato Grosso, on April 30.", False),
        ("Attacks in northern Burkina Faso killed 40 people.", True),
        ("Floods in central Vietnam killed 12 people.", True),
        # (where a place named just before it is: the village's, not a count over the region)
        ("Gunmen abducted 19 people from the village of Sori-Gando in northern Benin.", False),
        # (but not a day, a body or a group named before it)
        ("Cholera has killed 400 people since January in northern Nigeria.", True),
        ("Attacks by JNIM in northern Benin killed 40 people.", True),
    ],
)
def test_a_compass_word_before_a_states_name_is_no_country(text, nationwide):
    from claimwatch.when_where import says_nationwide

    assert says_nationwide(text) is nationwide


def test_a_unions_initials_spelled_out_before_them_are_no_company(extractor):
    text = ("Kafubu Smelting Limited has dismissed claims by the Mineworkers Union of Zambia (MUZ) that it "
            "is preparing to lay off workers at its Mufulira smelter.\n\nMUZ said it had credible "
            "information. MUZ leaders met in Kitwe. \"There are no plans to reduce the workforce at the "
            "Mufulira smelter,\" the company said.")
    claims = claims_of(extractor, text)
    assert {c.key for c in claims if c.key.startswith("job_cuts|")} == {"job_cuts|kafubu smelting"}


def test_the_company_just_named_by_its_legal_form_speaks_in_a_report_on_a_department(extractor):
    text = ("About 600 tonnes of effluent flowed into the river, the Sabah Environment Protection "
            "Department (EPD) said. EPD officers took samples.\n\nIn a statement, Borneo Lestari "
            "Plantations Bhd admitted that a section of the wall gave way on April 12.\n\nThe company "
            "estimated that approximately 150,000 litres of effluent escaped.")
    claims = claims_of(extractor, text)
    assert only(claims, low=135_000.0).side == "borneo lestari plantations bhd"  # (about 150,000)


def test_people_there_when_it_happened_though_the_when_hangs_on_a_later_verb(extractor):
    text = ("The Labor Ministry said Wednesday that 22 workers were inside the Santa Rita coal mine near "
            "Sabinas, Coahuila, when a methane explosion tore through its galleries on Tuesday afternoon, "
            "three more than the operator had reported.")
    assert only(claims_of(extractor, text), key="aboard").low == 22.0


def test_a_noun_after_a_names_initials_in_brackets_is_what_is_counted(extractor):
    text = "The WHO said Rwanda has reported 19 human Rift Valley fever (RVF) cases in Nyagatare district."
    assert only(claims_of(extractor, text), low=19.0).key == "cases"


@pytest.mark.parametrize("opening", ["A further 48 people", "Another 48"])
def test_a_paragraph_counting_a_further_harm_counts_all_of_it(extractor, opening):
    claims = claims_of(extractor, f"Eleven people were killed in the crush, SEMA said.\n\n{opening} were "
                       "injured, she said.")
    injured = only(claims, key="injured")
    assert (injured.low, injured.qualifier) == (48.0, "exact")
    # (more of the same harm are more: no count of their own)
    more = claims_of(extractor, "Eleven people were killed in the crush.\n\nAnother 3 people died on Sunday.")
    assert [c.low for c in more if c.key == "deaths"] == [11.0]


def test_none_of_them_are_the_things_the_clause_before_was_about(extractor):
    said = claims_of(extractor, "He confirmed that all the drones have reached their targets, and none of "
                     "them was intercepted by the enemy defenses.")
    assert only(said, key="intercept|drone").polarity == "negate"
    (named,) = claims_of(extractor, "He said none of the drones was intercepted.")
    assert (named.key, named.polarity) == ("intercept|drone", "negate")


def test_airspace_open_or_closed_is_whether_it_works(extractor):
    closed = claims_of(extractor, "The union said upper airspace was closed from 6 a.m. on Tuesday.")
    opened = claims_of(extractor, "Skeyes said Belgian airspace remained open at all times on Tuesday.")
    assert only(closed, key="operate|airspace").polarity == "negate"
    assert only(opened, key="operate|airspace").polarity == "affirm"


def test_the_destroying_of_vehicles_destroyed_them(extractor):
    text = "He said the operation resulted in the destroying of 9 armored vehicles completely."
    assert only(claims_of(extractor, text), low=9.0).key == "destroy|vehicle"


def test_a_name_before_upazila_is_a_place(extractor):
    text = ("The death toll from the collision at a level crossing in Mymensingh's Gouripur upazila has "
            "risen to 12, police said on Monday.")
    assert "gouripur" in only(claims_of(extractor, text), key="deaths").region


def test_a_day_between_the_saying_and_its_clause_is_the_sayings(extractor):
    text = ("Taiwan's defence ministry said on Tuesday it had detected 71 Chinese military aircraft around "
            "the island on Monday.")
    (aircraft,) = claims_of(extractor, text)
    assert (aircraft.event_date, aircraft.as_of) == ("2022-02-28", "2022-03-01")


def test_the_day_a_plan_takes_effect_is_not_the_day_of_its_news(extractor):
    text = "Wadi El Nil Cement said on Monday it will shut down two of its four kilns from 1 October."
    (kilns,) = claims_of(extractor, text)
    assert (kilns.event_date, kilns.as_of) == (None, "2022-02-28")




def test_none_of_the_gates_locked_is_of_the_gates(extractor):
    claims = claims_of(extractor, "Police said none of the exit gates was locked.")
    gates = only(claims, key="be|open")
    assert (gates.subject, gates.polarity) == ("gate", "affirm")


def test_the_day_a_body_spoke_is_no_part_of_its_name(extractor):
    text = "The national disaster authority on Tuesday morning put the nationwide death toll at 14."
    assert only(claims_of(extractor, text), key="deaths").side == "disaster authority"


def test_no_one_hurt_in_that_incident_is_of_the_day_just_told(extractor):
    text = ("Four civilians were wounded when shells landed in Mae Sot on Sunday, the army said. On Tuesday "
            "afternoon two shells landed in paddy fields in Phop Phra district, the army said. No one was "
            "hurt in that incident.")
    unhurt = only(claims_of(extractor, text), key="injured", polarity="negate")
    assert unhurt.event_date == "2022-03-01"


def test_a_place_between_the_saying_and_its_clause_stays_the_clauses(extractor):
    text = "Deputy Commissioner Buner told reporters that in Buner district 66 deaths are confirmed."
    assert only(claims_of(extractor, text), key="deaths").places == ("buner",)


def test_a_bank_whose_name_opens_on_union_is_no_union(extractor):
    text = ("Union Bank of Nigeria (UBN) will cut 1,000 jobs as part of a restructuring, the lender said on "
            "Monday.\n\nUBN said the cuts would be completed by June. The National Union of Bank Employees "
            "(NUBE) said 1,500 jobs would go.")
    assert {c.key for c in claims_of(extractor, text) if c.kind == "figure"} == {"job_cuts|ubn"}


def test_the_company_is_the_one_reported_on_unless_that_is_a_public_body(extractor):
    text = ("Helvion Steel will cut 1,200 jobs at its Gary plant, Helvion said on Monday. Helvion Steel "
            "employs 5,000 people in Indiana, Helvion said.\n\nKorma Metals Ltd, which supplies coke to the "
            "plant, said on Monday it would cut 150 jobs.\n\nThe company said the 1,200 job cuts at the Gary "
            "plant would be completed by June.")
    assert only(claims_of(extractor, text), figure_text="1,200", as_of="2022-03-02").side == "helvion steel"


def test_another_injured_after_a_toll_are_more_when_the_injured_were_counted_before(extractor):
    text = ("At least 40 people were injured and five were killed in clashes in Kisumu on Monday, police "
            "said.\n\nAnother 12 were injured on Tuesday, police said.")
    assert [c.low for c in claims_of(extractor, text) if c.key == "injured"] == [40.0]


def test_none_of_them_are_the_last_things_named_not_their_possessions(extractor):
    text = "Police arrested 20 protesters, and none of them was charged, their lawyer said."
    charged = claims_of(extractor, text)
    assert only(charged, kind="event").key == "charge|protester"


def test_airspace_closed_to_some_says_nothing_of_it_working(extractor):
    for text in ("Pakistan closed its airspace to Indian airlines, the ministry said.",
                 "Pakistani airspace remained open to international flights, the authority said."):
        assert not [c for c in claims_of(extractor, text) if c.key == "operate|airspace"]


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        # a day after "said that" is the clause's
        ("Witnesses said that on Saturday night soldiers shot dead 9 protesters in Mandalay.", "deaths",
         "2022-02-26"),
        # a government's order "from Monday" keeps its day (a company's plan does not)
        ("The state government will close all schools in Lagos from Monday, the commissioner said.",
         "close|school", "2022-03-07"),
    ],
)
def test_the_day_a_clause_names_stays_its_own(extractor, text, key, day):
    assert only(claims_of(extractor, text), key=key).event_date == day


def test_that_incident_is_never_a_day_to_come_nor_another_paragraphs(extractor):
    text = ("Gunmen killed 12 villagers in Zamfara on Sunday, police said. The state governor will visit the "
            "area on Thursday.\n\nSeparately, a fire broke out at a police station in Gusau. No one was hurt "
            "in that fire, police said.")
    assert only(claims_of(extractor, text), key="injured").event_date is None


def test_a_count_of_cancellations_counts_what_the_report_counts_as_cancelled(extractor):
    text = ("The union said nearly 500 flights were cancelled on Tuesday.\n\nSkeyes said the first strike, "
            "on March 1, had led to 418 cancellations at Brussels Airport.")
    assert only(claims_of(extractor, text), low=418.0).key == "cancel|flight"
    # (a report that counts nothing cancelled leaves it as it is)
    alone = claims_of(extractor, "Skeyes said the strike had led to 418 cancellations at Brussels Airport.")
    assert only(alone, low=418.0).key == "lead|cancellation"


def test_none_since_a_moment_is_no_denial_of_those_counted_before(extractor):
    later = claims_of(extractor, "A police officer said no bodies had been recovered since the morning.")
    assert not [c for c in later if c.key == "deaths"]
    # (the "since" of a reason keeps the denial)
    because = claims_of(extractor, "No one was hurt since the hall was empty, police said.")
    assert only(because, key="injured").polarity == "negate"
    # (nor the "since" of a whole event: none at all)
    text = "No casualties have been reported since the explosion at the market, police said."
    whole = claims_of(extractor, text)
    assert only(whole, key="deaths").polarity == "negate"


def test_those_admitted_into_a_venue_are_no_one_hurt(extractor):
    venue = claims_of(extractor, "He said about 30,000 people had been admitted into the stadium.")
    assert [c.key for c in venue] == ["present|people"]
    assert claims_of(extractor, "About 1,200 migrants were admitted into the country last month.") == []
    for place in ("the University of Maiduguri Teaching Hospital", "the hospital's emergency hall"):
        cared = claims_of(extractor, f"Fourteen people were admitted to {place}, officials said.")
        assert only(cared, low=14.0).key == "injured"
    assert only(claims_of(extractor, "About 30 people were admitted to hospital."), low=27.0).key == "injured"


def test_a_figure_for_a_protest_counts_those_who_came_whatever_was_counted_before(extractor):
    text = ("The ministry said four people had been detained after Saturday's protest in Skopje. "
            "The ministry stood by its estimate of 6,500 for the Skopje protest.")
    assert only(claims_of(extractor, text), low=6500.0).key == "participants"
    text = "Four people were detained. Police said the number for the day was 12."
    assert only(claims_of(extractor, text), low=12.0).key == "detained"
    # (not a month, nor a toll, nor the reason a verb gives)
    text = "Forty people died of cholera in February. The figure for March was 62."
    assert only(claims_of(extractor, text), low=62.0).key == "deaths"
    text = ("Twelve people were killed in clashes during the protest. "
            "The toll for Saturday's protest rose to 14.")
    assert only(claims_of(extractor, text), low=14.0).key == "deaths"


def test_the_day_a_figure_is_compared_with_is_not_its_own(extractor):
    text = ("Teachers went on strike again on Tuesday. SPASH said 76 percent of teachers had stayed away "
            "from classrooms, slightly fewer than on May 7, which the union blamed on pressure from school "
            "directors.")
    assert only(claims_of(extractor, text), key="participants").event_date is None
    # (but a day compared with that has its own count keeps it: "lower than last Saturday, when
    # the Archive counted around 90,000")
    for compared in ("last Saturday", "at last Saturday's march"):
        text = (f"Police said five people were detained. Turnout was lower than {compared}, when the Archive "
                "counted around 90,000 people at the square.")
        assert only(claims_of(extractor, text), low=81000.0).event_date == "2022-02-26"
    # (nor is a figure under "than" an earlier one: "no higher than 31 percent")
    text = "An observer network says turnout in the referendum was no higher than 31 percent."
    assert only(claims_of(extractor, text), key="participants").low == 31.0


def test_the_day_of_an_event_another_is_set_after_is_not_its_own(extractor):
    # (published on a Friday: "on Friday" is that day; "last Saturday's march" the week before)
    text = ("Thousands protested in Kruja on Friday, a week after last Saturday's march in the capital. "
            "Organisers said about 20,000 people joined the march.")
    claims = claims_of(extractor, text, published="2032-03-12T21:00:00Z")
    assert only(claims, key="participants").context_date == "2032-03-12"
    # (but it stays the sentence's day where the sentence names no other)
    text = "Three people were killed after Saturday's blast, the ministry said."
    assert only(claims_of(extractor, text), key="deaths").event_date == "2022-02-26"
    # (nor the day of the event a toll is of: "the death toll after Saturday's earthquake")
    text = "The death toll after Saturday's earthquake rose to 40 on Monday."
    assert only(claims_of(extractor, text), key="deaths").event_date == "2022-02-26"


def test_a_lead_puts_its_event_in_a_town_the_model_took_for_an_organisation(extractor):
    # ("Shkodër" is tagged an organisation; it is a town of the gazetteer's)
    text = ("Thousands of people protested in Shkodër on Friday against the law.\n\n"
            "Police estimated the crowd at 4,000.")
    assert only(claims_of(extractor, text), key="participants").article_place == "shkoder"
    # (further down it is one place of many, not where the report's event is)
    text = ("Argentina's unions held a general strike on Monday.\n\n"
            "The union said 92 percent of workers stayed away.\n\n"
            "Ports in Rosario and Bahia Blanca were paralysed.")
    assert only(claims_of(extractor, text), key="participants").article_place == ""
    # (nor a company or a person so called: shares in it, trust in him)
    for lead in ("Shares in Hitachi fell 4% on Tuesday.", "Voters put their trust in Clinton on Tuesday."):
        claims = claims_of(extractor, lead + "\n\nThe union said 6,000 workers joined the strike.")
        assert only(claims, key="participants").article_place == ""


def test_a_loss_report_says_what_befell_each_count(extractor):
    text = "As a result of retaliatory fire the enemy lost 6 servicemen killed and more than 10 wounded."
    claims = claims_of(extractor, text)
    assert only(claims, low=6.0).key == "deaths"
    assert only(claims, low=10.0).key == "injured"
    # (those wounded who died later are dead)
    text = "Two people wounded in Israeli strikes on south Lebanon died overnight, the ministry said."
    assert only(claims_of(extractor, text), low=2.0).key == "deaths"


def test_a_day_of_a_figure_compared_with_stays_that_figures(extractor):
    text = "Lasema's final figure of 11 is higher than the six deaths it reported on Tuesday."
    assert only(claims_of(extractor, text), low=6.0).event_date == "2022-03-01"


def test_what_held_a_substance_in_total_held_all_of_it(extractor):
    text = "The company said the released water contained approximately 120 kilograms of cyanide in total."
    assert only(claims_of(extractor, text), key="leaked").qualifier == "about"
    # (a list that included some keeps them as some)
    text = "The company said the released water contained approximately 120 kilograms of cyanide."
    assert only(claims_of(extractor, text), key="leaked").qualifier == "at_least"


def test_those_in_the_hands_of_their_captors_are_held(extractor):
    text = ("Gunmen abducted 30 students from the school on Friday. Two students are still in the hands of "
            "the assailants, the government said.")
    assert only(claims_of(extractor, text), low=2.0).key == "held"


@pytest.mark.parametrize("verb", ["affect", "concern"])
def test_a_closure_said_to_touch_so_many_employees_cuts_their_jobs(extractor, verb):
    text = ("Lapinkaari Paper said on Tuesday it would close its Kemi mill. The closure is estimated to "
            f"{verb} 410 employees at the Kemi mill.")
    assert only(claims_of(extractor, text), low=410.0).key == "job_cuts|lapinkaari"


def test_talks_on_cutting_jobs_concern_the_jobs_cut(extractor):
    text = ("Lapinkaari Paper plans to close its Kemi mill and will start change negotiations. The change "
            "negotiations are estimated to concern 410 employees at the Kemi mill.")
    assert only(claims_of(extractor, text), low=410.0).key == "job_cuts|lapinkaari"
    # (not wage negotiations)
    wages = claims_of(extractor, "The wage negotiations concern 4,000 employees, the union said.")
    assert only(wages, low=4000.0).key == "concern|people"


# sentence, the key of its share of the vote
VOTE_SHARES = [
    ("Adjara Forward received 54.3% of the vote and 13 of the council's 21 seats, the CEC said.", "forward"),
    ("The Electoral Commission on Monday declared ruling party candidate Joseph Mwanza the winner of "
     "the election with 52.1% of the vote.", "mwanza"),
    ("The tabulation estimated that ruling party candidate Joseph Mwanza had won 47.9% of the vote.",
     "mwanza"),
    ("Hichilema had 54.8 percent of the presidential vote, according to the ECZ.", "hichilema"),
    ("The candidate of the RHDP Koffi Assale would have obtained only 41.2% of votes.", "rhdp"),
    ("Its count showed the Yes side winning with 57.2 percent of the vote.", "yes"),
    ("The opposition said its own parallel tally showed the incumbent on 47.9%.", "incumbent"),
    ("Its count showed the SNS list on 45.8 percent.", "sns"),
    ("The amendment was approved with 68.9 percent of valid votes cast in favour.", "yes"),
    ("The Electoral Commission of Zambia (ECZ) on Monday declared ruling party candidate Joseph Mwanza "
     "the winner of last Thursday's presidential election with 52.1% of the vote.", "mwanza"),
    ("The DRP has won 54.1 percent of the vote, according to provisional results released by the IEC.",
     "drp"),
    ("About 52% of voters voted for Mwanza, the commission said.", "mwanza"),
    ("Japan's Liberal Democratic Party won 38% of the vote.", "ldp"),
    ("Lelo for Georgia won 11% of the vote, the commission said.", "lelo"),
    ("Mwanza won 54.3% of the vote in the runoff.", "mwanza runoff"),
]


@pytest.mark.parametrize("text,who", VOTE_SHARES)
def test_a_share_of_the_vote_is_its_winners(extractor, text, who):
    share = only(claims_of(extractor, text), unit="%")
    assert (share.key, share.subject) == (f"vote_share|{who}", who)


def test_shares_told_together_are_each_of_its_own_party(extractor):
    claims = claims_of(extractor, "Final results gave the DRP 54.1 percent of the vote and the National "
                                  "Unity Alliance (NUA) 38.7 percent, the commission said.")
    assert {(c.key, c.low) for c in claims} == {("vote_share|drp", 54.1), ("vote_share|nua", 38.7)}
    claims = claims_of(extractor, "The NUA said its own tally from party agents showed the NUA winning 50.8 "
                                  "percent and the DRP 42.0 percent.")
    assert {(c.key, c.low) for c in claims} == {("vote_share|nua", 50.8), ("vote_share|drp", 42.0)}
    claims = claims_of(extractor, "Cáceres had 53% of the vote against 44% for Ordóñez, the council said.")
    assert {(c.key, c.low) for c in claims} == {("vote_share|cáceres", 53.0), ("vote_share|ordóñez", 44.0)}
    claims = claims_of(extractor, "According to the CEC, 79.4% of voters supported the amendments, 17.1% "
                                  "voted against.")
    # (beside the act the CEC tells, as "the CEC said 79.4% ... supported the amendments" does)
    shares = {(c.key, c.low) for c in claims if c.kind == "figure"}
    assert shares == {("vote_share|yes", 79.4), ("vote_share|no", 17.1)}


def test_a_share_of_the_vote_of_no_one_named_is_no_claim(extractor):
    assert not claims_of(extractor, "The party won 45 percent of the vote, the commission said.")
    # (nor a share won of something else than a vote)
    assert not claims_of(extractor, "Sales at the chain won 5 percent, the company said.")
    backed = claims_of(extractor, "About 60 percent of voters backed the ruling party, the poll said.")
    assert not any(c.measure == "vote_share" for c in backed)
    # (turnout is still turnout)
    assert only(claims_of(extractor, "Turnout was 63 percent of registered voters.")).key == "participants"


def test_a_share_of_the_vote_disagrees_with_another_sides_share_for_the_same_party(extractor):
    official = only(claims_of(extractor, "Joseph Mwanza won 52.1% of the vote, the electoral commission "
                                         "said."))
    observed = claims_of(extractor, "Ruling party candidate Joseph Mwanza had won 47.9% of the vote, the "
                                    "observers said.", published="2022-03-03T12:00:00Z")
    assert conflict(only(observed), official) is not None


def test_life_rafts_are_no_lives_lost(extractor):
    claims = claims_of(extractor, "Naivalu said only two of the six life rafts were released.")
    assert all(c.key != "deaths" for c in claims)
    assert only(claims_of(extractor, "He said 12 lives were lost.")).key == "deaths"


def test_where_a_speaker_announced_is_not_where_the_event_was(extractor):
    text = ("Announcing the final results at the national tally centre in Gaborone, IEC chairperson "
            "Kagiso Molefhe said turnout stood at 63.8 percent.")
    assert "gaborone" not in only(claims_of(extractor, text)).places
    # (a visit is where the speaker saw the event)
    text = "Visiting the site in Kharkiv, the governor said 12 people were killed."
    assert only(claims_of(extractor, text)).places == ("kharkiv",)


def test_city_hall_is_the_council_not_a_place(extractor):
    text = ("About 82 percent of bus drivers joined the strike, according to the union, which called the "
            "stoppage after talks with City Hall broke down last month.")
    assert only(claims_of(extractor, text), kind="figure").places == ()


def test_a_countrys_name_and_its_peoples_are_in_the_region(extractor):
    text = ("Chad will not accept attacks on its territory, the army said. At least 11 soldiers were "
            "killed when Swazi gunmen attacked a post.")
    region = only(claims_of(extractor, text), key="deaths").region
    assert {"chad", "eswatini"} <= set(region)
    # (not a surname: "Jim Jordan", then "Jordan said"; nor Dominican friars, of an order)
    text = ("Representative Jim Jordan spoke on Monday. Jordan said police fired tear gas and 12 people were "
            "hurt. Two Dominican friars were among them.")
    region = only(claims_of(extractor, text), key="injured").region
    assert "jordan" not in region and "dominican republic" not in region


def test_a_second_thing_put_at_a_figure_is_counted_as_itself(extractor):
    claims = claims_of(extractor, "The ministry put deaths at 12 and injuries at 40.")
    assert {(c.key, c.low) for c in claims} == {("deaths", 12.0), ("injured", 40.0)}
    claims = claims_of(extractor, "The health ministry put the number of deaths at 19 and cases at 1,412.")
    assert only(claims, low=19.0).key == "deaths"
    assert all(c.key != "deaths" for c in claims if c.low == 1412.0)


def test_men_at_work_are_anyone_there_and_employees_the_workers(extractor):
    nine = only(claims_of(extractor, "Nine employees were in the furnace building at the time of the blast."))
    men = only(claims_of(extractor, "At least 15 men were working in the furnace hall when it happened."))
    assert (nine.key, nine.subject) == ("aboard", "worker")
    assert (men.key, men.subject) == ("aboard", "worker")
    # (men elsewhere are men: not women at a market)
    women = only(claims_of(extractor, "About 40 women were at the market when the shell hit."))
    assert women.subject == "woman"


@pytest.mark.parametrize(
    "sentence",
    [
        "City Hall said 216 of the 310 trolleybuses in the fleet were in service on Tuesday.",
        "Only 40 of the 310 trolleybuses left the depots this morning, the union said.",
        "Only 40 trolleybuses were running on Tuesday, the union said.",
    ],
)
def test_buses_in_service_or_out_of_the_depots_ran(extractor, sentence):
    assert only(claims_of(extractor, sentence), kind="figure").key == "run|trolleybus"


def test_samples_that_tested_positive_for_a_disease_are_confirmed_cases(extractor):
    cases = only(claims_of(extractor, "Three samples tested positive for cholera, the ministry said."))
    assert (cases.key, cases.subject, cases.low) == ("cases", "confirmed", 3.0)
    drugs = only(claims_of(extractor, "Three samples tested positive for cocaine, police said."))
    assert drugs.key != "cases"


@pytest.mark.parametrize(
    "sentence",
    [
        "The governing Adjara Forward party was leading in Sunday's election with 56.1% of the vote, "
        "according to preliminary results released after 58% of precincts had been counted.",
        "Ruling party candidate Joseph Mwanza led with 54.3% of the vote in provisional results from 131 of "
        "156 constituencies announced by the ECZ.",
        "Mwanza had 54.3% of the vote with results from 131 of the 156 constituencies counted.",
        "Mwanza was ahead with 51.0% of the vote.",
        "With most ballots counted, Mwanza had 50.2% of the vote.",
        "Exit polls had shown Hichilema winning 62 percent of the vote.",
        "A poll by Afrobarometer gave Hichilema 45 percent of the vote.",
        "Some 62% of voters support a ban on smartphones, a YouGov survey found.",
        "89% of members voted for strike action, the union said.",
    ],
)
def test_a_share_of_a_vote_still_being_counted_is_no_result(extractor, sentence):
    """(and no opinion poll's share, nor a union's ballot)"""
    assert not [c for c in claims_of(extractor, sentence) if c.measure == "vote_share"]


def test_people_seized_are_captured_whatever_the_verb(extractor):
    text = "Armed men seized twenty-three construction workers on the road, the army said."
    seized = only(claims_of(extractor, text))
    assert (seized.key, seized.low) == ("captured", 23.0)


def test_those_still_out_there_after_an_abduction_are_held(extractor):
    text = ("Gunmen kidnapped 41 people on Friday. Twenty-five remain in the forest, including all the "
            "jeepney passengers, the families said.")
    assert only(claims_of(extractor, text), low=25.0).key == "held"
    text = ("Gunmen kidnapped 41 people on Friday. Four victims remain in the hands of the group, the army "
            "said.")
    assert only(claims_of(extractor, text), low=4.0).key == "held"
    # (not those in hospital)
    text = "Gunmen kidnapped 41 people on Friday. Twelve remain in hospital, the families said."
    assert not [c for c in claims_of(extractor, text) if c.low == 12.0 and c.key == "held"]


def test_a_count_out_of_all_on_a_roll_is_the_count(extractor):
    text = "Roughly 115,000 of the 337,420 registered voters had cast a ballot, the observatory said."
    cast = only(claims_of(extractor, text), kind="figure")
    assert (cast.qualifier, cast.high) == ("about", 126500.00000000001)
    # (some of a count of its own stay some)
    assert only(claims_of(extractor, "Four of the 12 wounded died in hospital.")).qualifier == "at_least"


@pytest.mark.parametrize(
    "text",
    [
        "Boucan Knitwear will close its Floreal plant. The union said that job losses at Boucan Knitwear "
        "would reach 1,700.",
        "Boucan Knitwear will close its Floreal plant. Of the 1,700 jobs to go, about 870 are held by "
        "Mauritian employees, the company said.",
        "Boucan Knitwear said 1,700 jobs will disappear.",
    ],
)
def test_jobs_lost_going_or_disappearing_are_cut(extractor, text):
    assert only(claims_of(extractor, text), low=1700.0).key == "job_cuts|boucan knitwear"


def test_a_toll_raised_to_people_so_harmed_counts_their_harm(extractor):
    raised = only(claims_of(extractor, "The ministry raised its toll to four soldiers killed."))
    assert (raised.key, raised.low, raised.subject) == ("deaths", 4.0, "military")
    brought = only(claims_of(extractor, "The army brought the toll to 12 people injured."))
    assert (brought.key, brought.low) == ("injured", 12.0)


@pytest.mark.parametrize(
    "text,low",
    [
        ("Dockworkers went on strike on Monday. The union said about 3,400 of the port's 4,200 registered "
         "dockworkers stayed away.", 3400.0),
        ("Dockworkers went on strike on Monday. Of the 4,200 workers in the port workers' registry, only 780 "
         "failed to report for their scheduled shifts, the ministry said.", 780.0),
    ],
)
def test_those_who_stayed_away_or_failed_to_report_in_a_strike_struck(extractor, text, low):
    (struck,) = [c for c in claims_of(extractor, text) if c.key == "participants"]
    assert struck.low == low or struck.qualifier == "about"
    # (not those who stayed away from a match)
    fans = only(claims_of(extractor, "Rain fell on Monday. About 3,400 fans stayed away, the club said."))
    assert fans.key != "participants"


def test_a_bodys_own_statement_says_there_were_none(extractor):
    text = "The marches were calm. No death was recorded in Sokode, and the gendarmes fired no live rounds."
    statement = Article("t1", "Ministry of Security (communique)", PUBLISHED, "", text)
    assert only(extractor.extract(clean_article(statement)), key="deaths").polarity == "negate"
    # (an outlet's own "no deaths were recorded" says only none were known yet)
    report = Article("t1", "Reuters", PUBLISHED, "", text)
    assert not [c for c in extractor.extract(clean_article(report)) if c.key == "deaths"]


def test_those_who_ascended_as_martyrs_died(extractor):
    died = only(claims_of(extractor, "Two of our heroes soldiers ascended as martyrs, the source said."))
    assert (died.key, died.low) == ("deaths", 2.0)


def test_so_many_of_us_there_were_present(extractor):
    text = '"There were at least 35 of us on the evening shift," said Emre Dogan, a forklift operator.'
    there = only(claims_of(extractor, text), kind="figure")
    assert (there.key, there.low, there.qualifier) == ("aboard", 35.0, "at_least")


def test_the_towns_a_road_joins_are_in_the_region(extractor):
    text = "Gunmen seized 23 workers on a remote stretch of the Sibuco-Sirawai road on Friday, the army said."
    assert {"sibuco", "sirawai"} <= set(only(claims_of(extractor, text)).region)
    # (a country named with a hyphen stays one)
    text = "Floods killed 12 people in Guinea-Bissau, officials said."
    assert "guinea" not in only(claims_of(extractor, text)).region


def test_a_share_of_the_vote_is_not_taken_for_the_count_before_it(extractor):
    text = ("Mwanza received 52.1% of the vote, the commission said. The official tally gave Banda 40.2 "
            "percent of the vote, observers said.")
    assert {(c.key, c.low) for c in claims_of(extractor, text)} == {
        ("vote_share|mwanza", 52.1), ("vote_share|banda", 40.2)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said five remain in custody after the raid.",
        "Twenty of the students remain with their families after being freed.",
    ],
)
def test_those_in_custody_or_freed_are_not_held_by_captors(extractor, sentence):
    text = "Gunmen kidnapped 41 people on Friday. " + sentence
    assert not [c for c in claims_of(extractor, text) if c.key == "held"]


def test_the_death_toll_not_more_than_a_figure_is_asserted(extractor):
    toll = only(claims_of(extractor, "Police said the death toll was not more than 60."))
    assert (toll.polarity, toll.qualifier, toll.high) == ("affirm", "less_than", 60.0)


def test_pupils_who_stayed_away_are_no_strikers(extractor):
    text = "Teachers went on strike on Monday. The ministry said 120,000 pupils stayed away."
    assert not [c for c in claims_of(extractor, text) if c.key == "participants"]


def test_the_fleet_on_a_normal_day_and_water_samples_are_no_counts_of_the_event(extractor):
    buses = claims_of(extractor, "Some 300 buses operate in the capital on a normal day, the company said.")
    assert not [c for c in buses if c.key == "run|bus"]
    water = claims_of(extractor, "Officials said 14 water samples from wells tested positive for cholera.")
    assert not [c for c in water if c.key == "cases"]
    jobs = claims_of(extractor, "The governor said most of the 600 jobs will go to local residents.")
    assert not [c for c in jobs if c.key.startswith("job_cuts")]
    assert only(claims_of(extractor, "Officials said the casualties number twelve.")).low == 12.0


# sentence, key, (low, high) in minutes
DURATIONS = [
    ("The exchange of fire lasted about 40 minutes, the army said.", "duration|fighting", (36.0, 44.0)),
    ("The combat lasted about two hours before the enemy fled.", "duration|fighting", (108.0, 132.0)),
    ("The fire burned for nearly three hours, firefighters said.", "duration|fire", (162.0, 180.0)),
    ("The fire was extinguished within 20 minutes by the hospital staff.", "duration|fire", (0.0, 20.0)),
    ("Some residents were without power for up to 19 hours, the regulator said.", "duration|outage",
     (0.0, 1140.0)),
    ("Protesters blocked the western bypass of Vilnius for almost five hours.", "duration|blockade",
     (270.0, 300.0)),
    ("Several residents said hail fell for almost an hour on Monday evening.", "duration|storm",
     (54.0, 60.0)),
    ("The shooting lasted an hour and a half, residents said.", "duration|fighting", (90.0, 90.0)),
    ("The fire burned for two and a half hours.", "duration|fire", (150.0, 150.0)),
]


@pytest.mark.parametrize("sentence,key,span", DURATIONS)
def test_how_long_an_event_lasted_is_a_figure_in_minutes(extractor, sentence, key, span):
    lasted = only(claims_of(extractor, sentence), key=key)
    assert (lasted.unit, lasted.low, lasted.high) == ("min", *span)


@pytest.mark.parametrize(
    "sentence",
    ["He was jailed for 20 days.", "Prices fell for three days in a row.",
     "Two hours later, the police arrived."],
)
def test_time_that_is_no_events_length_is_no_duration(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key.startswith("duration")]


def test_two_sides_lengths_of_one_fight_disagree(extractor):
    army = only(claims_of(extractor, "The exchange of fire lasted about 15 minutes, the army said."))
    residents = only(claims_of(extractor, "The shooting lasted nearly two hours, residents said.",
                               published="2022-03-03T12:00:00Z"))
    assert conflict(residents, army) is not None
    # (about 40 minutes and 45 are one length)
    close = only(claims_of(extractor, "The shooting lasted 45 minutes, residents said.",
                           published="2022-03-03T12:00:00Z"))
    assert conflict(close, replace(army, low=36.0, high=44.0)) is None


def test_a_company_that_has_no_plans_for_cuts_told_without_a_speaker_denies_them(extractor):
    denied = only(claims_of(extractor, "Boucan Knitwear has no plans to reduce its workforce in Mauritius."))
    assert (denied.key, denied.polarity) == ("job_cuts|boucan knitwear", "negate")
    # (not anyone's other plans)
    assert not claims_of(extractor, "He has no plans to retire.")


@pytest.mark.parametrize(
    "text",
    [
        "Families paid a ransom of about $5,000 each, relatives said.",
        "A ransom of 50 million naira was paid to the gang's leader, a source said.",
        "Gunmen kidnapped 12 pupils. The families had contributed 3 million naira which was handed to the "
        "kidnappers.",
    ],
)
def test_money_paid_for_captives_is_a_ransom_paid(extractor, text):
    assert [c.key for c in claims_of(extractor, text) if c.kind == "figure" and c.unit] == ["pay|ransom"]


def test_a_ransom_denied_meets_one_paid_and_a_demand_meets_its_denial(extractor):
    denied = only(claims_of(extractor, "Not a single kobo was paid as ransom, the governor said."))
    to_captors = only(claims_of(extractor, "Not a single kobo was paid to the kidnappers, the governor "
                                           "said."))
    assert to_captors.key == denied.key
    paid = only(claims_of(extractor, "A ransom of 50 million naira was paid to the gang's leader, a source "
                                     "said.", published="2022-03-03T12:00:00Z"))
    assert (denied.key, denied.polarity) == ("pay|ransom", "negate")
    assert conflict(paid, denied) is not None
    none_asked = only(claims_of(extractor, "The kidnappers had made no ransom demand, the police said."))
    asked = claims_of(extractor, "The kidnappers demanded 50 million naira for the girls, a relative said.")
    assert none_asked.key == only(asked).key == "demand|ransom"
    # (not fines paid)
    assert only(claims_of(extractor, "The company paid 3 million naira in fines.")).key != "pay|ransom"
    # (money the families collected and handed over, after an abduction: paid)
    handed = claims_of(extractor, "Gunmen abducted 19 farmers. A relative said the families had collected "
                                  "8 million CFA francs and handed it to an intermediary.")
    assert only(handed, key="pay|ransom").low == 8_000_000
    given = claims_of(extractor, "The church collected 2 million shillings and gave it to flood victims.")
    assert not [c for c in given if c.key == "pay|ransom"]


@pytest.mark.parametrize(
    "sentence,key,polarity",
    [
        ("All hostages have been freed, the army said.", "held", "negate"),
        ("The army said soldiers had freed all the people abducted from the village.", "held", "negate"),
        ("No student remains in captivity, the governor said.", "held", "negate"),
        ("At least 40 girls were still being held, a parent said.", "held", "affirm"),
        ("Only 11 of our passengers have come home, the families said.", "released", "affirm"),
    ],
)
def test_after_an_abduction_who_is_held_and_who_is_free(extractor, sentence, key, polarity):
    claims = claims_of(extractor, "Gunmen kidnapped 41 people on Friday. " + sentence)
    told = only([c for c in claims if c.low != 41.0])
    assert (told.key, told.polarity) == (key, polarity)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kidnappers freed all the children on Monday but were still holding two teachers, police said.",
        "Soldiers freed all the women abducted from Kuriga, the army said.",
    ],
)
def test_some_of_the_captives_freed_are_not_all_of_them(extractor, sentence):
    claims = claims_of(extractor, "Gunmen kidnapped 41 people on Friday. " + sentence)
    assert not [c for c in claims if c.key == "held" and c.polarity == "negate"]
    # (those rescued from a ferry are rescued)


@pytest.mark.parametrize(
    "sentence",
    [
        "The state government paid 10 million naira in compensation to the families.",
        "Police offered a reward of 1 million naira to anyone who gives information.",
        "The kidnappers asked the family to pay 5 million naira.",
        "They threatened to kill him unless a ransom of 100 million naira is paid.",
        "Protesting teachers demanded 30,000 naira in unpaid allowances.",
    ],
)
def test_money_in_an_abduction_story_that_is_no_ransom_paid(extractor, sentence):
    claims = claims_of(extractor, "Gunmen kidnapped 12 pupils on Friday. " + sentence)
    assert not [c for c in claims if c.key == "pay|ransom"]
    assert not [c for c in claims if c.key == "demand|ransom" and "teachers" in c.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Not all the students have been freed, the army said.",
        "All the hostages were freed except three, the army said.",
        "All the passengers were rescued after the bus plunged into a river, police said.",
        "The 20 people arrested were being held at the police station.",
    ],
)
def test_what_does_not_say_the_captives_are_all_free_or_held(extractor, sentence):
    claims = claims_of(extractor, "Gunmen kidnapped 41 people on Friday. " + sentence)
    assert not [c for c in claims if c.key == "held"]


@pytest.mark.parametrize(
    "sentence,key,qualifier",
    [
        ("The blockade of the highway has lasted 10 days, the union said.", "duration|blockade", "at_least"),
        ("The blaze shut the motorway for five hours.", "duration|closure", "exact"),
    ],
)
def test_a_length_so_far_is_a_lower_bound_and_a_closure_is_the_roads(extractor, sentence, key, qualifier):
    lasted = only(claims_of(extractor, sentence))
    assert (lasted.key, lasted.qualifier) == (key, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "The exchange of prisoners lasted two days.",
        "Protesters burned tyres for three hours.",
        "The miners survived without water for five days.",
        "The minister promised that power would be restored within 48 hours.",
        "Fighting continued two days later.",
    ],
)
def test_what_is_no_events_length(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key.startswith("duration")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government has no plans to cut jobs at Boucan.",
        "Boucan Knitwear had no plans to cut jobs until orders collapsed in March.",
    ],
)
def test_no_plans_that_are_not_the_companys_own_now(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key.startswith("job_cuts")]


def test_the_lexicon_names_each_word_list_once():
    # (a second definition silently replaces the first: CARE_WORDS, DEMAND_VERBS and
    # DATA_TAKING_VERBS each were, until session 54)
    import re

    text = (Path(__file__).parent.parent / "claimwatch" / "lexicon.py").read_text()
    names = re.findall(r"^([A-Z][A-Z0-9_]+)\s*[:=]", text, re.M)
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_a_customers_data_accessed_counts_the_customers(extractor):
    text = "The company said hackers accessed the data of 1.2 million customers."
    assert only(claims_of(extractor, text)).key == "affect|customer"


def test_the_dead_and_the_injured_listed_together_are_two_counts(extractor):
    text = "Officials counted nine deceased persons and 23 injured persons, of whom 20 were discharged."
    claims = claims_of(extractor, text)
    assert only(claims, key="deaths").low == 9.0
    # (people of no state named are still one count: "142 passengers and 18 crew")
    assert only(claims_of(extractor, "142 passengers and 18 crew were on board.")).low == 160.0


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("Relatives said at least six prisoners were killed during the riot.", "deaths"),
        ("Four inmates died in the fire, the prison service said.", "deaths"),
        ("Twelve hostages were wounded in the rescue operation, the army said.", "injured"),
        ("The militants freed 20 hostages on Sunday.", "released"),
    ],
)
def test_people_held_who_were_killed_are_counted_dead(extractor, sentence, key):
    assert only(claims_of(extractor, sentence)).key == key


def test_hostages_left_in_the_captors_hands_are_still_held(extractor):
    body = (
        "Gunmen kidnapped 23 travellers on the Bouar road on Monday.\n\n"
        "Five hostages remain in the hands of the criminals, the army said."
    )
    assert only(claims_of(extractor, body), low=5.0).key == "held"


def test_a_companys_foreign_legal_form_ends_its_name(extractor):
    assert company_name("baltronic as") == "baltronic"
    assert company_name("metsa oyj") == "metsa"
    # (the model may read the name as an adjective of "AS")
    text = "Baltronic AS will cut 760 jobs at its Narva plant."
    assert only(claims_of(extractor, text)).key == "job_cuts|baltronic"


def test_job_cuts_said_to_affect_employees_count_the_cuts(extractor):
    claims = claims_of(extractor, "The union said the job cuts will affect 300 workers in Gdansk.")
    assert only(claims).key.startswith("job_cuts")
    # (the company's whose cuts they are, though the report names a public fund first)
    body = (
        "The company notified the Unemployment Insurance Fund on Tuesday.\n\n"
        "The union says that the layoffs at Baltronic will affect 760 employees of the Narva plant."
    )
    assert only(claims_of(extractor, body), low=760.0).key == "job_cuts|baltronic"
    assert only(claims_of(extractor, "The strike affected 300 employees.")).key == "affect|people"


@pytest.mark.parametrize(
    "sentence, key, low",
    [
        ("The opposition coalition Terra Nova won 31 seats, the commission said.", "seats|nova", 31.0),
        ("The ruling UPND won 97 of the 156 elected seats, the commission said.", "seats|upnd", 97.0),
        ("The National Liberation Front (FLN) won 112 of the 407 seats, ANIE said.", "seats|fln", 112.0),
    ],
)
def test_seats_won_are_the_winners_own(extractor, sentence, key, low):
    seats = only(claims_of(extractor, sentence))
    assert (seats.key, seats.low) == (key, low)


def test_seats_won_so_far_are_no_partys_result(extractor):
    text = "With results in from 40 of the 80 constituencies, the NUA had won 31 seats."
    assert not [c for c in claims_of(extractor, text) if c.key.startswith("seats")]


def test_a_not_before_what_a_figure_is_said_instead_of_denies_that(extractor):
    text = "Survivors said the bus was carrying more than 40 passengers, not the figure given by officials."
    assert only(claims_of(extractor, text), key="aboard").polarity == "affirm"
    # (which the model may take for the verb's object; and those who lose their jobs are no employer)
    text = ("Nordvik Tobacco said it would close the factory. The union said on Wednesday that 390 of the "
            "plant's employees would lose their jobs when production moves to Poland, not the number "
            "announced by the company.")
    claim = only(claims_of(extractor, text), low=390.0)
    assert (claim.key, claim.polarity) == ("job_cuts|nordvik", "affirm")
    # (unless their employer is named: "500 of Bosch's workers")
    text = ("Volkswagen said it would cut 2,000 jobs. The union said 500 of Bosch's workers would lose "
            "their jobs.")
    assert only(claims_of(extractor, text), low=500.0).key == "job_cuts|bosch"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said 47 of the 53 bus routes were operated on Wednesday.",
        "The union said only 14 of the city's 53 bus routes ran at all on Wednesday.",
    ],
)
def test_routes_operated_are_routes_that_ran(extractor, sentence):
    assert only(claims_of(extractor, sentence)).key == "run|bus route"


def test_two_kinds_of_seat_are_two_counts(extractor):
    text = "The All Progressives Congress won all the 16 chairmanship seats and 171 of the 177 {} seats."
    claims = claims_of(extractor, text.format("councillorship"))
    assert {c.key for c in claims} == {"seats|apc chairmanship", "seats|apc councillorship"}


def test_seats_a_party_says_it_won_are_its_own(extractor):
    text = "The Comoros' main opposition party, Juwa, said on Thursday it had won 14 seats in the election."
    assert only(claims_of(extractor, text)).key == "seats|juwa"


def test_no_village_reached_by_the_flames_is_denied_by_one_the_fire_entered(extractor):
    fires = "Forest fires have burned 4,300 hectares in El Tarf.\n\n"
    denial = "No village was reached by the flames, the Civil Protection said."
    denied = only(claims_of(extractor, fires + denial), kind="event")
    body = fires + "On Saturday the fire entered the village of El Frin, Bouzidi said."
    entered_in = Article("t2", "Other Wire", "2022-03-03T12:00:00Z", "", body)
    entered = only(extractor.extract(clean_article(entered_in)), kind="event")
    assert denied.key == entered.key == "cross|village"
    assert conflict(entered, denied) is not None


def test_people_registered_in_a_state_are_counted_in_it(extractor):
    text = "Since Saturday we have registered 12,000 displaced people in the wilaya, Bouzidi said."
    assert only(claims_of(extractor, text)).key == "displaced"
    # (not a country's standing count, in a report of an attack that displaced 3,500)
    body = (
        "Officials said 3,500 people have fled the attacked villages.\n\n"
        "Mali already has some 400,000 internally displaced people, according to the agency."
    )
    assert only(claims_of(extractor, body), key="displaced").low == 3500.0


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic has treated 31 patients with Crimean-Congo haemorrhagic fever, a doctor said.",
        "The hospital admitted 12 people for cholera on Monday.",
    ],
)
def test_patients_cared_for_with_a_named_disease_are_cases(extractor, sentence):
    assert only(claims_of(extractor, sentence)).key == "cases"
    # (not the hurt: "patients with burns")
    assert only(claims_of(extractor, "The hospital treated 31 patients with burns.")).key == "injured"


def test_a_bodys_own_statement_speaks_for_the_body(extractor):
    article = Article("t1", "SINAPRED (communiqué)", PUBLISHED, "", "The final toll is nine dead.")
    assert only(extractor.extract(clean_article(article))).side == "sinapred"


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 34 percent of registered voters cast ballots, the council said.",
        "Fewer than 25 per cent of registered voters came out, the opposition said.",
        "Barely half of the registered voters went to the polls, the opposition said.",
    ],
)
def test_a_share_of_voters_who_turned_out_is_the_turnout(extractor, sentence):
    assert only(claims_of(extractor, sentence), kind="figure").key == "participants"


@pytest.mark.parametrize(
    "sentence",
    [
        "A turnout of 71.4 percent is statistically impossible, the observers said.",
        "The figure of 300 dead is exaggerated, the ministry said.",
    ],
)
def test_a_figure_called_impossible_or_exaggerated_is_rejected(extractor, sentence):
    assert only(claims_of(extractor, sentence)).kind == "rejection"


def test_the_particles_of_names_are_no_names_a_story_shares(extractor):
    claim = only(claims_of(extractor, "Forest fires in El Tarf have killed three people, officials said."))
    assert "el" not in claim.names and "tarf" in claim.names


@pytest.mark.parametrize(
    "sentence, thing, polarity",
    [
        ("The ministry said the bridge had been inspected in March 2025.", "bridge", "affirm"),
        ("Engineers said the bridge had not been inspected since 2021.", "bridge", "negate"),
        ("The restaurant had passed a safety inspection in January, the owner said.", "restaurant", "affirm"),
        ("The restaurant had never been inspected by municipal officials.", "restaurant", "negate"),
        ("The bridge had received no structural inspection since 2019, engineers said.", "bridge", "negate"),
        ("The bridge was the object of a technical inspection on 14 March.", "bridge", "affirm"),
        ("No inspection was carried out this year, the union said.", "", "negate"),
        ("The structure was inspected by the municipality in April, the mayor said.", "", "affirm"),
        # (a valid certificate of its safety says it was inspected; an expired one, not since)
        ("The building did not have a valid fire licence, the fire service said.", "building", "negate"),
        ("The crane's fitness certificate had expired in March, the ministry said.", "crane", "negate"),
        ("The owners insisted the certificate was valid until December.", "", "affirm"),
        ("The chairlift had a valid inspection certificate issued in November.", "chairlift", "affirm"),
        ("The operator admitted that no certificate had been issued for the stand.", "", "negate"),
        ("The hotel had never been granted fire safety approval.", "hotel", "negate"),
        ("The boiler was certified by the safety department in March this year.", "boiler", "affirm"),
        ("Its technical inspection certificate expired on October 31 and was not renewed.", "", "negate"),
    ],
)
def test_whether_a_thing_was_inspected_is_one_claim(extractor, sentence, thing, polarity):
    inspected = only(claims_of(extractor, sentence), key="inspected")
    assert (inspected.subject, inspected.polarity) == (thing, polarity)
    assert not [c for c in claims_of(extractor, sentence) if c.key != "inspected" and "inspect" in c.key]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge will be inspected next week, the ministry said.",
        "Inspectors inspected 40 shops in the market on Monday.",
        "Engineers who inspected the site on Sunday said the structure failed at its eastern end.",
        # (after the event, on one occasion, not done well or not yet, another thing, in doubt)
        "Police inspected the bus on Tuesday to determine the cause of the crash.",
        "The bus was not inspected at the police checkpoint at Ahero.",
        "Investigators have not yet inspected the mine because of gas.",
        "The bridge was not properly inspected, the engineers said.",
        "Other bridges in the region had not been inspected since 2020.",
        "A storage facility nearby had not been inspected since 2025, officials said.",
        "It was not clear whether the bridge had been inspected.",
        "Doctors certified 59 deaths at the hospital.",
        "The ferry's insurance certificate had expired, the port authority said.",
        "The bus had a valid operating permit for the route.",
        # (certificates of other things)
        "We have 41 death certificates from the city of Seville alone.",
        "The protest organisers had no permit, police said.",
        "The company has applied for a mining licence.",
    ],
)
def test_inspections_to_come_or_after_the_event_are_no_inspection_told(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "inspected"]


def _inspection_told(extractor, article_id: str, body: str, published: str) -> Claim:
    article = Article(article_id, f"Wire {article_id}", published, "", body)
    return only(extractor.extract(clean_article(article)), key="inspected")


def test_an_inspection_told_and_denied_conflict_unless_years_apart(extractor):
    story = "The El Tule bridge in Matagalpa collapsed on Friday, killing nine people.\n\n"
    told_in = "The ministry said the bridge had been inspected in March {}."
    told = _inspection_told(extractor, "a1", story + told_in.format(2030), "2030-09-08T10:00:00Z")
    denial = "Engineers said the bridge had not been inspected since 2019."
    denied = _inspection_told(extractor, "a2", story + denial, "2030-09-10T10:00:00Z")
    assert conflict(denied, told) is not None
    earlier = _inspection_told(extractor, "a3", story + told_in.format(2018), "2030-09-08T10:00:00Z")
    assert conflict(denied, earlier) is None


def test_a_community_the_fire_entered_is_a_village_it_reached(extractor):
    fires = "Forest fires have burned 4,300 hectares in Lomerio.\n\n"
    said = "On Monday the fire entered the community of Palmarito de Lomerio, the governor said."
    assert only(claims_of(extractor, fires + said), kind="event").key == "cross|village"


def test_a_denial_that_a_thing_was_not_inspected_says_it_was(extractor):
    text = "The operator denied that the bridge had not been inspected."
    assert only(claims_of(extractor, text), key="inspected").polarity == "affirm"


@pytest.mark.parametrize(
    "sentence",
    [
        "About 34 percent of voters cast ballots for the ruling party, the commission said.",
        "Some 12 percent of voters cast blank ballots, the commission said.",
        "Nearly 70 percent of voters came out in favour of the constitutional change.",
    ],
)
def test_how_a_share_of_voters_voted_is_no_turnout(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "participants"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Relatives said the gunmen threatened to kill the 25 hostages unless a ransom is paid.",
        "Families fear that 12 hostages may have been killed.",
    ],
)
def test_hostages_threatened_or_feared_killed_are_no_dead(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "deaths"]


def test_hostages_kept_somewhere_after_their_rescue_are_not_held(extractor):
    body = (
        "Gunmen abducted 80 students in Kebbi on Monday. All 80 were rescued by troops on Friday.\n\n"
        "Twenty hostages remain in Birnin Kebbi for medical checks, officials said."
    )
    assert not [c for c in claims_of(extractor, body) if c.key == "held"]


def test_buses_a_company_operated_on_a_normal_day_are_its_fleet(extractor):
    text = "On a normal day, the company operated 300 buses, the union said."
    assert not [c for c in claims_of(extractor, text) if c.key.startswith("run|")]


def test_patients_with_symptoms_like_a_disease_are_not_its_cases(extractor):
    text = "Doctors in Beni have treated 85 patients with flu-like symptoms."
    assert not [c for c in claims_of(extractor, text) if c.key == "cases"]


def test_voters_registered_displaced_are_voters(extractor):
    text = "The electoral commission registered 5,000 displaced voters in the camps."
    assert not [c for c in claims_of(extractor, text) if c.key == "displaced"]


def test_layoffs_affecting_workers_at_suppliers_are_no_cuts_of_the_company(extractor):
    text = "The layoffs at Baltronic will affect 2,000 workers at suppliers and subcontractors."
    assert not [c for c in claims_of(extractor, text) if c.key.startswith("job_cuts")]


@pytest.mark.parametrize(
    "body, polarity",
    [
        # (a day of the event's week, before the event: the inspection the dispute is about)
        ("A temporary stand collapsed at the stadium on Sunday, killing five people.\n\n"
         "The Governor said the stand had been inspected and certified on Friday.", "affirm"),
        # (the day of the collapse, told of the bridge, is not the inspection's)
        ("Engineers said on Tuesday that the bridge, which collapsed on Friday, had received no "
         "structural inspection since 2019.", "negate"),
        ("The SPPG in Kadungora had not yet obtained its SLHS certificate, the official said.", "negate"),
    ],
)
def test_an_inspection_before_the_event_is_the_one_disputed(extractor, body, polarity):
    claims = claims_of(extractor, body, published="2022-03-08T12:00:00Z")
    assert only(claims, key="inspected").polarity == polarity


@pytest.mark.parametrize(
    "sentence, cause, polarity",
    [
        ("The fire was caused by an electrical short circuit.", "circuit:", "affirm"),
        ("The technical inspection ruled out a short circuit.", "circuit:", "negate"),
        ("Third-party chargers played no role in the incidents.", "charger:party", "negate"),
        ("The forensic team found no evidence of a short circuit.", "circuit:", "negate"),
        ("The explosion was not caused by a gas leak, police said.", "leak:gas", "negate"),
        ("Police blamed the blast on a gas leak.", "leak:gas", "affirm"),
    ],
)
def test_a_cause_told_or_ruled_out_is_one_claim(extractor, sentence, cause, polarity):
    told = only(claims_of(extractor, sentence), key="cause")
    assert (told.subject, told.polarity) == (cause, polarity)
    assert not [c for c in claims_of(extractor, sentence) if c.measure == "act"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police have not ruled out arson.",
        "The damage was caused by the storm.",
        "Investigators said the fire could have been caused by a cigarette.",
    ],
)
def test_a_cause_left_open_or_of_damage_is_no_cause_told(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "cause"]


def test_a_cause_told_and_ruled_out_conflict_unless_two_causes(extractor):
    story = "A fire at the Kafue market killed four people on Monday.\n\n"
    said = {
        "c1": "Firefighters said the fire was caused by an electrical short circuit.",
        "c2": "The forensic team found no evidence of a short circuit.",
        "c3": "The forensic team found no evidence of a gas leak.",
    }
    told, ruled_out, other = (
        Article(i, f"Wire {i}", f"2030-04-0{n + 2}T10:00:00Z", "", story + text)
        for n, (i, text) in enumerate(said.items())
    )
    a, b, c = (only(extractor.extract(clean_article(x)), key="cause") for x in (told, ruled_out, other))
    found = conflict(b, a)
    assert found is not None and "not caused by short circuit" in explain(b, a, found)
    assert conflict(c, a) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators are examining whether the fire was caused by a short circuit.",
        "Reports that the fire was caused by arson were false, the mayor said.",
        "The finance minister ruled out new taxes.",
        "The mayor said police played no role in the decision to sell extra tickets.",
        "Britain blamed the poisoning on Russia.",
        "Rescuers said there was no sign of survivors.",
    ],
)
def test_a_cause_questioned_or_a_plan_or_an_actor_is_no_cause_told(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "cause"]


def test_the_causes_of_two_events_do_not_meet(extractor):
    story = "A fire destroyed the Kafue market on Monday and the roof collapsed.\n\n"
    fire_said = "The fire was caused by a faulty heater, firefighters said."
    collapse_said = "Engineers ruled out the heater as the cause of the collapse."
    fire = Article("c1", "Wire A", "2030-04-02T10:00:00Z", "", story + fire_said)
    collapse = Article("c2", "Wire B", "2030-04-03T10:00:00Z", "", story + collapse_said)
    a, b = (only(extractor.extract(clean_article(x)), key="cause") for x in (fire, collapse))
    assert conflict(b, a) is None


def test_a_place_the_model_takes_for_a_person_is_a_place_of_the_report(extractor):
    story = (
        "Malawi's Ministry of Health confirmed an outbreak of shigellosis in Zomba.\n\n"
        "Three people have died."
    )
    claims = claims_of(extractor, story)
    assert claims and all("zomba" in c.region for c in claims)


def test_where_a_thing_was_said_places_nothing(extractor):
    said = "The minister told a press conference in Naypyitaw that eight civilians were killed."
    assert all("naypyitaw" not in c.places for c in claims_of(extractor, said))


@pytest.mark.parametrize(
    "sentence",
    [
        "The manifest shows 84 passengers on this trip, the company said.",
        "The lamp-room records show 18 employees underground in 2 Section, the company said.",
    ],
)
def test_a_roll_of_those_aboard_or_underground_counts_them(extractor, sentence):
    assert only(claims_of(extractor, sentence), key="aboard").low in (84, 18)


def test_payroll_records_count_no_one_aboard(extractor):
    said = "Payroll records show 3,000 employees at the mine."
    assert not [c for c in claims_of(extractor, said) if c.key == "aboard"]


def test_a_list_of_states_hung_on_its_last_counts_each(extractor):
    said = '"As of this morning, our provincial count is 41 dead and 16 missing," the governor said.'
    assert only(claims_of(extractor, said), key="missing").low == 16


def test_all_hostages_freed_by_number_alone_are_the_freed(extractor):
    story = (
        "Gunmen abducted 23 road workers on Thursday. "
        "All twenty-three were freed unharmed on Sunday, police said."
    )
    assert only(claims_of(extractor, story), key="released").low == 23


def test_those_still_unaccounted_for_after_an_abduction_are_still_held(extractor):
    story = (
        "Gunmen abducted 94 girls on Friday. The government said the girls were freed. "
        "The principal said 17 of her students were still unaccounted for."
    )
    assert only(claims_of(extractor, story), key="held").low == 17
    none_back = "Gunmen abducted 94 girls on Friday. Parents said more than 100 pupils are still missing."
    assert only(claims_of(extractor, none_back), side="parent").key == "captured"


def test_an_army_named_by_its_country_lost_its_own(extractor):
    said = "The Ukrainian army lost eight tanks near the village, the Russian ministry said."
    assert only(claims_of(extractor, said), key="lose|tank").subject == "ukraine"


def test_first_aid_is_care_of_the_hurt_and_food_aid_is_not(extractor):
    assert only(claims_of(extractor, "Four civilians received first aid for minor injuries, police said."),
                key="injured").low == 4
    food = "About 5,000 families received food aid."
    assert not [c for c in claims_of(extractor, food) if c.key == "injured"]


def test_tear_gas_fired_in_canisters_is_tear_gas(extractor):
    fired_said = "Witnesses said police fired tear gas canisters into the square."
    denied_said = "Officers did not fire tear gas at any moment, the commissioner said."
    fired = only(claims_of(extractor, fired_said), key="use|gas")
    denied = only(claims_of(extractor, denied_said), key="use|gas")
    assert (fired.polarity, denied.polarity) == ("affirm", "negate")


def test_not_one_job_lost_denies_cuts(extractor):
    story = 'Velmont makes tyres in Krusevac.\n\n"Not one job will be lost in Krusevac," Velmont said.'
    assert only(claims_of(extractor, story), measure="job_cuts").polarity == "negate"


@pytest.mark.parametrize(
    "sentence",
    [
        "The district has not recorded any case of shigellosis, the health officer said.",
        "The district has recorded no cases of shigellosis, the health officer said.",
    ],
)
def test_no_case_of_a_disease_recorded_is_none(extractor, sentence):
    assert only(claims_of(extractor, sentence), key="cases").polarity == "negate"


def test_no_new_case_recorded_lately_is_not_none(extractor):
    said = "The district has not recorded any new cases of cholera since Monday, the officer said."
    assert not [c for c in claims_of(extractor, said) if c.key == "cases"]


def test_no_death_attributed_to_someone_is_no_toll(extractor):
    said = 'The spokesman said "not a single death" could be attributed to police action.'
    assert not [c for c in claims_of(extractor, said) if c.key == "deaths"]


def test_a_quotation_that_goes_on_after_its_speaker_is_the_speakers(extractor):
    said = (
        '"The vessel was certified to carry 90 passengers," the regulator said. "On this trip it was '
        'carrying at least 190 people. The ferry was clearly overloaded when it left Nansio."'
    )
    claims = claims_of(extractor, said)
    assert only(claims, key="aboard").side == "regulator"
    assert only(claims, key="be|overloaded").side == "regulator"


def test_people_listed_beside_things_are_counted_together(extractor):
    said = "The ferry's manifest listed 53 passengers and 12 crew members, as well as 22 vehicles."
    assert only(claims_of(extractor, said), key="aboard").low == 65


@pytest.mark.parametrize(
    ("sentence", "cause", "polarity"),
    [
        ('"There is no link between our water and these cases," the board said.', "water:", "negate"),
        ("The outbreak is linked to the piped water supplied in the city, the minister said.",
         "water:", "affirm"),
        ("The ministry said there was no link between the vaccine and the deaths.", "vaccine:", "negate"),
        # (the model reads "to contaminated" as an infinitive)
        ("Officials said the outbreak was linked to contaminated water.", "water:", "affirm"),
        ("Officials said there was no link to the water supply.", "water:", "negate"),
        ('"We now confirm that the cases are linked to the consumption of the syrup," he said.', "syrup:",
         "affirm"),
        ("The minister said the illness was caused by eating contaminated bread.", "bread:", "affirm"),
    ],
)
def test_a_cause_linked_or_not_to_an_event_or_its_cases(extractor, sentence, cause, polarity):
    told = only(claims_of(extractor, sentence), key="cause")
    assert (told.subject, told.polarity) == (cause, polarity)


def test_gunmen_linked_to_a_group_name_no_cause(extractor):
    said = "Police said the gunmen were linked to the group."
    assert not [c for c in claims_of(extractor, said) if c.key == "cause"]


def test_a_works_in_part_of_a_country_makes_no_count_nationwide(extractor):
    said = ("The company will cut 1,150 of its 2,300 jobs at the plant, Velmont said, as part of a "
            "group-wide restructuring that also includes a plant in northern Italy.")
    assert "*nationwide" not in only(claims_of(extractor, said), measure="job_cuts").places


def test_money_paid_after_an_abduction_in_birr_is_a_ransom(extractor):
    story = (
        "Gunmen abducted 40 workers on Thursday. "
        '"Fifteen of our people came home on Sunday, after the families paid 2.5 million birr," '
        "a relative said."
    )
    claims = claims_of(extractor, story)
    assert only(claims, key="pay|ransom").low == 2_500_000
    assert only(claims, key="released").low == 15


def test_compensation_paid_in_birr_is_no_ransom(extractor):
    said = "The company paid 2.5 million birr in compensation, relatives said."
    assert not [c for c in claims_of(extractor, said) if c.key == "pay|ransom"]


def test_wounds_named_by_a_crowd_weapon_say_it_was_used(extractor):
    said = "The hospital treated five protesters for rubber bullet wounds on Friday evening, a doctor said."
    assert only(claims_of(extractor, said), key="use|rubber bullet").polarity == "affirm"
    shot = "He suffered bullet wounds in the attack."
    assert not [c for c in claims_of(extractor, shot) if c.key.startswith("use|")]


def test_a_part_of_a_works_named_by_its_number_is_no_count(extractor):
    said = '"The company received a written warning about poor roof bolting in 2 Section," the union said.'
    claims = claims_of(extractor, said)
    assert not [c for c in claims if c.kind == "figure"]
    assert only(claims, key="receive|warning").polarity == "affirm"


def test_a_toll_that_has_now_reached_a_number_has_grown(extractor):
    said = '"Nine miners have now died," the company said.'
    assert only(claims_of(extractor, said), key="deaths").rising
    assert not only(claims_of(extractor, "Nine miners died, the company said."), key="deaths").rising


@pytest.mark.parametrize(
    ("body", "not_a_place"),
    [
        ("Gunmen killed 12 people in a Fulani village in Zamfara state, police said.", "fulani"),
        ("Cyclone Gita struck Tonga on Monday. Four people died in Gita's wake, officials said.", "gita"),
        ("Cyclone Gita struck Tonga on Monday. Four people died in Gita, officials said.", "gita"),
        ("The president said he had found an ally in Kim.", "kim"),
    ],
)
def test_a_peoples_name_a_storms_or_an_allys_is_no_place(extractor, body, not_a_place):
    assert all(not_a_place not in c.places + c.region for c in claims_of(extractor, body))


def test_those_underground_on_a_typical_shift_are_no_count_of_the_day(extractor):
    said = "Company records show about 150 workers underground on a typical day shift."
    assert not [c for c in claims_of(extractor, said) if c.key == "aboard"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The University Teaching Hospital has not recorded any case of cholera among its staff.",
        "Uganda has not recorded any local case of Ebola, the ministry said.",
    ],
)
def test_no_case_recorded_in_a_part_is_no_none(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "cases" and c.polarity == "negate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The explosion was not directly linked to the gas leak, investigators said.",
        "There is no direct link between the piped water supply and the outbreak, the board said.",
        "The fire was linked to three deaths, officials said.",
        # (a link not yet found is left open: no denial)
        "The ministry said it had not established any link with food.",
    ],
)
def test_a_link_left_open_or_to_what_the_event_caused_is_no_cause(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "cause"]


def test_a_name_spelled_like_a_currency_is_no_money(extractor):
    said = "Police rescued 14 Lev Tahor children from a compound, officials said."
    assert all(c.unit != "lev" for c in claims_of(extractor, said))


def test_a_count_before_a_numbered_part_is_a_count(extractor):
    said = "The fire displaced 500 Ward 12 residents, officials said."
    assert [c for c in claims_of(extractor, said) if c.low == 500]


def test_suspects_released_after_an_abduction_are_no_hostages_freed(extractor):
    story = (
        "Gunmen abducted 40 workers on Thursday. "
        "Police arrested 8 suspects; 5 were released after questioning."
    )
    assert not [c for c in claims_of(extractor, story) if c.key == "released"]


def test_people_home_from_hospital_after_an_abduction_were_not_freed(extractor):
    story = (
        "Gunmen abducted 40 workers on Thursday. "
        "Only 12 of the workers wounded in the raid came home from hospital."
    )
    assert not [c for c in claims_of(extractor, story) if c.key == "released"]


def test_a_quotation_closed_with_another_speaker_named_is_not_the_earlier_speakers(extractor):
    said = (
        '"Only four people died," police spokesman John Banda said. '
        '"At least 23 people were killed. Many bodies are still missing," a survivor recalled.'
    )
    assert all(c.side != "police" for c in claims_of(extractor, said) if c.low == 23)


@pytest.mark.parametrize(
    "sentence",
    [
        "The city said the tender would not lead to any job losses.",
        "The city said the tender would not result in job cuts.",
        "Velmont makes tyres. Velmont said the merger would entail no job cuts.",
    ],
)
def test_a_move_that_brings_no_job_losses_denies_cuts(extractor, sentence):
    assert only(claims_of(extractor, sentence), measure="job_cuts").polarity == "negate"


def test_a_move_that_leads_to_arrests_or_money_losses_makes_no_job_cuts(extractor):
    for said in ("Police said the clashes led to 12 arrests.", "The fire led to losses of $3 million."):
        assert not [c for c in claims_of(extractor, said) if c.measure == "job_cuts"]


def test_a_post_that_never_fell_and_remained_under_control_was_not_taken(extractor):
    said = '"The post never fell and remained at all times under the control of our troops," a general said.'
    assert only(claims_of(extractor, said), key="capture|base").polarity == "negate"


@pytest.mark.parametrize(
    "sentence",
    [
        "The earthquake damaged or destroyed 1,200 homes, officials said.",
        "About 1,200 houses were destroyed or badly damaged, the agency said.",
    ],
)
def test_things_damaged_or_destroyed_are_one_count_of_both(extractor, sentence):
    (count,) = [c for c in claims_of(extractor, sentence) if c.kind == "figure"]
    assert count.key == "damage or destroy|home"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kalehe fell on Monday and remained under the control of the M23 rebels, residents said.",
        "The army base is in an area under the control of the RSF, witnesses said.",
    ],
)
def test_a_place_that_fell_or_lies_in_an_area_held_by_others_is_no_denial_of_its_capture(extractor, sentence):
    claims = claims_of(extractor, sentence)
    assert not [c for c in claims if c.key.startswith("capture|") and c.polarity == "negate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police have now arrested 60 people, the union said.",
        "The militants said they have now killed 150 soldiers.",
        "Amnesty said 70 people have now been killed, contradicting the army's figure.",
    ],
)
def test_a_count_of_deeds_or_one_told_against_another_is_no_toll_grown(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.rising]


def test_a_strike_that_led_to_no_job_losses_denies_no_company_cuts(extractor):
    said = "The union said the strike did not lead to any job losses."
    assert not [c for c in claims_of(extractor, said) if c.measure == "job_cuts"]


def test_so_many_people_in_a_place_of_a_march_are_its_crowd(extractor):
    march = "The march against the reform drew thousands on Friday. "
    story = march + "There were 20,000 people in the square, organisers said."
    assert only(claims_of(extractor, story), key="participants").low == 20_000
    injured = march + "There were 40 people injured in the square."
    assert not [c for c in claims_of(extractor, injured) if c.key == "participants" and c.low == 40]


def test_the_jobs_a_move_costs_are_the_company_that_made_it(extractor):
    said = "The union said the restructuring announced by Axentis would cost 1,900 jobs, not 1,150."
    assert {c.key for c in claims_of(extractor, said) if c.measure == "job_cuts"} == {"job_cuts|axentis"}


def test_an_outbreak_confirmed_in_the_passive_is_cases_and_none_confirmed_is_not(extractor):
    said = "The national agency said a diphtheria outbreak has been confirmed in the prefecture of Siguiri."
    assert only(claims_of(extractor, said), key="cases").polarity == "affirm"
    none = "The agency said no outbreak of cholera has been confirmed in the district."
    assert not [c for c in claims_of(extractor, none) if c.key == "cases" and c.polarity == "affirm"]


def test_hostages_still_out_there_are_held(extractor):
    story = 'Gunmen abducted 47 students on Friday. "Twenty-six are still out there," a parent said.'
    assert only(claims_of(extractor, story), key="held").low == 26


def test_a_toll_that_remained_so_many_killed_is_the_dead(extractor):
    said = "The government spokesman said the toll remained three soldiers killed."
    assert only(claims_of(extractor, said), key="deaths").low == 3


def test_a_participle_says_what_the_subject_of_the_first_of_its_joined_verbs_says(extractor):
    said = (
        "Relatives of the workers abducted from a canal camp in Kulachi blocked the Indus Highway on Sunday, "
        "saying that forty-seven workers had been seized in Friday's attack, not 41 as officials have said."
    )
    assert only(claims_of(extractor, said), key="captured").side == "relative"


def test_workers_made_redundant_are_jobs_cut(extractor):
    said = "Adria Naval Group said on Monday that 640 of the yard's 1,120 employees would be made redundant."
    assert only([c for c in claims_of(extractor, said) if c.measure == "job_cuts"]).low == 640


def test_volleys_of_tear_gas_canisters_are_tear_gas(extractor):
    fired = "Witnesses said police fired volleys of tear gas canisters at marchers near the market."
    denied = "Not a single tear gas canister was fired in Abidjan today, the police said."
    assert only(claims_of(extractor, fired), key="use|gas").polarity == "affirm"
    assert only(claims_of(extractor, denied), key="use|gas").polarity == "negate"


def test_bullet_wounds_say_live_rounds_were_used_and_rubber_bullet_wounds_do_not(extractor):
    wounds = "After the protest, two men were admitted to hospital with gunshot wounds, a nurse said."
    assert only(claims_of(extractor, wounds), key="use|live ammunition").polarity == "affirm"
    rubber = "After the protest, a nurse said two men were admitted with rubber bullet wounds."
    assert not [c for c in claims_of(extractor, rubber) if c.key == "use|live ammunition"]
    caused = ("After the protest, a surgeon said a student had been admitted with a wound to his left thigh "
              "caused by a live round.")
    assert only(claims_of(extractor, caused), key="use|live ammunition").polarity == "affirm"
    rubber_caused = "After the protest, a surgeon said a student had a wound caused by a rubber round."
    assert not [c for c in claims_of(extractor, rubber_caused) if c.key == "use|live ammunition"]


def test_the_remaining_hostages_an_operation_goes_on_to_free_are_held(extractor):
    story = "Gunmen abducted 41 workers on Friday. "
    remaining = story + "The army said the operation was continuing to recover the remaining 23 workers."
    assert only(claims_of(extractor, remaining), key="held").low == 23
    trying = story + "Troops are trying to free 12 hostages, the army said."
    assert not [c for c in claims_of(extractor, trying) if c.key == "released"]
    freed = story + "The army said it freed the remaining 12 hostages."
    assert only(claims_of(extractor, freed), key="released").low == 12


def test_a_rescue_operation_is_no_plant_at_work(extractor):
    said = "Gunmen abducted 41 workers. The army said the operation was continuing in the hills."
    assert not [c for c in claims_of(extractor, said) if c.key == "operate|plant"]


@pytest.mark.parametrize(
    ("sentence", "key", "low"),
    [
        ("Officials said about 60 people were believed to have been on board.", "aboard", 54),
        ("Five people are believed to have died in the blast, police said.", "deaths", 5),
        ("At least 12 people were reported to have been killed, the agency said.", "deaths", 12),
    ],
)
def test_people_believed_or_reported_to_have_done_a_thing_are_counted_by_it(extractor, sentence, key, low):
    assert only(claims_of(extractor, sentence), key=key).low == low


def test_people_recorded_dead_are_the_dead(extractor):
    said = '"Our volunteers have recorded 52 people dead, by name, in the villages," the coordinator said.'
    assert only(claims_of(extractor, said), key="deaths").low == 52


def test_no_case_of_food_poisoning_denies_cases(extractor):
    said = '"No case of food poisoning has been confirmed among these students," the health director said.'
    assert only(claims_of(extractor, said), key="cases").polarity == "negate"


def test_a_bare_count_after_the_whole_a_sentence_opens_on_counts_its_things(extractor):
    said = "Of the 480 trains, 410 have been cancelled, the union said."
    assert only(claims_of(extractor, said), key="cancel|train").low == 410


def test_the_only_death_recorded_is_one(extractor):
    said = '"This is the only death recorded in connection with this outbreak," the ministry said.'
    count = only(claims_of(extractor, said), key="deaths")
    assert (count.low, count.high) == (1, 1)


def test_a_speakers_own_words_come_before_the_reports_paraphrase_of_them(extractor):
    story = (
        "The operator said on Tuesday that the vessel was carrying 48 passengers. "
        '"Forty-eight passengers were on board, all of them on our manifest," said Yaw Boateng, '
        "managing director of Lakeside Crossings."
    )
    aboard = [c for c in claims_of(extractor, story) if c.key == "aboard"]
    assert [c.quoted for c in aboard][:1] == [True]


def test_a_named_lake_and_a_name_on_a_route_to_a_known_place_are_places(extractor):
    story = (
        "The death toll from Sunday's capsizing of a passenger boat on Ghana's Volta Lake rose to 13, "
        "the Navy said.\n\nThe state operator will add a daily ferry between Yeji and Makango."
    )
    claims = claims_of(extractor, story)
    assert claims and all({"volta lake", "yeji"} <= set(c.region) for c in claims)
    talks = "Talks between Kenya and Ruto ended on Monday. Police said 12 people were killed."
    assert all("ruto" not in c.region for c in claims_of(extractor, talks))


def test_a_name_set_beside_a_kind_of_place_is_a_place_wherever_the_report_names_it(extractor):
    story = (
        "Meziane said search operations in Tala Ouzrou, a village whose name has circulated on social media, "
        'had found no victims. "Tala Ouzrou has been spared, and no one there was killed," he said.'
    )
    denied = only(claims_of(extractor, story), key="deaths")
    assert denied.polarity == "negate" and "tala ouzrou" in denied.places


def test_a_whole_quotation_after_its_speakers_named_one_is_the_speakers(extractor):
    story = '"We are investigating," the police spokesman said. "Nobody was killed."'
    assert only(claims_of(extractor, story), key="deaths").side == "police"
    own = '"Nobody was killed." Witnesses said three people died.'
    assert all(c.side != "police" for c in claims_of(extractor, own))


def test_a_body_named_by_its_kind_after_its_full_name_is_that_body(extractor):
    story = (
        "The death toll rose to seven on Saturday, the Emergency Management Service said. "
        "Rescuers recovered three bodies overnight, the service said."
    )
    sides = {c.side for c in claims_of(extractor, story) if c.key == "deaths"}
    assert sides == {"emergency management service"}
    alone = "The ministry said 12 people died."
    assert only(claims_of(extractor, alone), key="deaths").side == "ministry"


@pytest.mark.parametrize(
    "sentence",
    [
        "After the protest, Kenyatta National Hospital said none of the injured had gunshot wounds.",
        "After the protest, the hospital said it had received no patients with gunshot wounds.",
        "After the protest, a shopkeeper was treated for gunshot wounds after an armed robbery.",
        "During protests in 2017, dozens of people died of gunshot wounds, the report said.",
        "After the protest, a hospital treated four protesters for bullet wounds caused by pellets.",
    ],
)
def test_wounds_denied_or_of_another_shooting_say_nothing_of_live_rounds(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "use|live ammunition"]


def test_people_not_believed_to_have_been_hurt_are_no_count_of_the_hurt(extractor):
    said = "Police said the 12 crew members were not believed to have been injured."
    assert not [c for c in claims_of(extractor, said) if c.key == "injured" and c.polarity == "affirm"]


def test_hostages_an_effort_freed_on_a_day_are_freed(extractor):
    story = "Gunmen abducted 41 workers on Friday. "
    done = story + "Police said troops worked with local hunters to free the remaining 23 workers on Sunday."
    assert not [c for c in claims_of(extractor, done) if c.key == "held"]


def test_a_participle_of_saying_after_a_reported_clause_is_the_tellers(extractor):
    said = "Villagers said the police came two days later and did nothing, saying 20 people were killed."
    assert only(claims_of(extractor, said), key="deaths").side != "police"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary, 64, was the only death in the family, her son said.",
        "The ministry said it was the only death recorded outside Nairobi.",
    ],
)
def test_the_only_death_of_a_part_is_no_toll(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "deaths" and c.low == 1]


def test_a_rescue_operation_suspended_is_no_plant_but_still_an_operation(extractor):
    said = "Police said the rescue operation at the mine was suspended on Monday."
    keys = {c.key for c in claims_of(extractor, said)}
    assert "operate|plant" not in keys and "operate|operation" in keys


def test_a_town_the_model_takes_for_a_date_is_a_place(extractor):
    said = "Yao said police had counted about 4,000 marchers in Bouaké, where 18 people were arrested."
    assert only(claims_of(extractor, said), key="participants").places == ("bouake",)
    feast = "Police said 4,000 people marched before Christmas."
    assert only(claims_of(extractor, feast), key="participants").places == ()


def test_a_number_closing_a_quotation_is_no_teller(extractor):
    said = '"Two students have died, not one," union leader Ahmed Belhaj told a news conference.'
    assert only(claims_of(extractor, said), key="deaths").side != "test wire"


def test_a_denial_told_in_its_speakers_own_words_is_one_denial(extractor):
    story = (
        "Velko on Thursday denied a newspaper report that it plans to cut up to 1,800 jobs. "
        '"There are no plans for layoffs at Velko," a company spokesman said.'
    )
    claims = [c for c in claims_of(extractor, story) if c.measure == "job_cuts"]
    assert claims and all(c.kind != "rejection" or c.side != claims[0].side for c in claims[1:])


def test_a_state_the_parser_makes_a_complement_is_still_said(extractor):
    story = (
        '"Forty-eight passengers were on board," said the owner. '
        '"The boat is licensed to carry 70 and it was not overloaded."'
    )
    assert only(claims_of(extractor, story), key="be|overloaded").polarity == "negate"


def test_an_act_only_talked_of_is_neither_done_nor_denied(extractor):
    said = "The company said the board had never discussed closing the plant."
    assert not [c for c in claims_of(extractor, said) if c.key.startswith(("close|", "operate|"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The cold killed 30 people in Winter, Kyiv city officials said.",
        "In Summer, the heavy rains killed 11 persons, officials said.",
        "Police said 12 people were arrested at Weekend.",
    ],
)
def test_a_capitalised_word_of_the_calendar_is_no_place(extractor, sentence):
    assert all(c.places == () for c in claims_of(extractor, sentence) if c.kind == "figure")


def test_a_teller_after_another_reporting_clause_is_not_the_quotations(extractor):
    said = '"Seven dead, not ten," the army said, the rebels say 40.'
    assert {c.side for c in claims_of(extractor, said) if c.low == 7} == {"army"}


def test_a_quoted_denial_of_other_people_leaves_the_rejection(extractor):
    story = (
        "Police denied reports that 41 workers had been abducted in Zamfara. "
        '"No police officer was abducted," the police said.'
    )
    assert [c for c in claims_of(extractor, story) if c.kind == "rejection"]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The union said fewer than five ship movements had taken place all day.", "happen|ship movement"),
        ("The board said 19 of the 28 ship movements had gone ahead.", "happen|ship movement"),
        ("The union said only 12 of the 40 flights took place.", "run|flight"),
        # (those a strike left doing a thing are counted doing it)
        ("The strike left 31 vessels waiting at anchor, the union said.", "wait|ship"),
    ],
)
def test_what_went_ahead_or_took_place_happened(extractor, sentence, key):
    assert [c.key for c in claims_of(extractor, sentence)] == [key]


def test_evidence_that_a_plant_halted_still_says_it_stopped(extractor):
    said = "Satellite images suggest the Baiji refinery has halted production, analysts said."
    assert only(claims_of(extractor, said), key="operate|plant").polarity == "negate"


def test_the_records_a_body_counts_from_are_not_its_teller(extractor):
    story = (
        "Nurses went on strike on Thursday. The HSE said 11,400 nursing staff were absent from work "
        "today according to rosters returned by hospitals."
    )
    assert only(claims_of(extractor, story), key="participants").side == "hse"
    story = "The cooperative said only 35 passengers had boarded, according to the tickets it had sold."
    assert only(claims_of(extractor, story), key="aboard").side == "cooperative"
    # (and the "it" of what a body tells is that body, not the one named before)
    story = ("The navy said 58 were aboard. The operating cooperative said on Monday that it maintained "
             "that only 35 passengers had boarded, according to the tickets it had sold.")
    assert only(claims_of(extractor, story), low=35.0).side == "cooperative"


def test_a_name_ending_in_its_trade_is_the_company_the_report_is_about(extractor):
    story = (
        "Moravec Glass on Tuesday denied a report that it plans to close its works. "
        '"We have no plans to lay anyone off," chief executive Tomas Hrbacek said. '
        "The Glass and Ceramics Workers' Union declined to comment."
    )
    assert only(claims_of(extractor, story), measure="job_cuts").side == "moravec glass"


def test_a_company_that_shuts_furnaces_at_its_own_works_does_what_companies_do(extractor):
    story = (
        "Moravec Glass will shut the melting furnaces at its Karolinka works and cut 480 jobs, the company "
        "said. The governor of the Zlin region said he would ask the government for help."
    )
    assert only(claims_of(extractor, story), measure="job_cuts").side == "moravec glass"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # "anyone" is whoever the act would be done to
        ("The company said it had no plans to lay anyone off.", "job_cuts"),
        ("Police said they did not arrest anyone.", "detained"),
        # no such people are none of them
        ('"We have no missing citizens at this hour," the governor said.', "missing"),
        ("There are no trapped miners, the company said.", "trapped"),
    ],
)
def test_anyone_and_no_such_people_are_denials_of_any(extractor, sentence, measure):
    assert only(claims_of(extractor, sentence), measure=measure).polarity == "negate"


def test_tear_gas_thrown_is_tear_gas_used(extractor):
    said = '"They threw tear gas canisters at us near the market," a trader said.'
    assert only(claims_of(extractor, said), key="use|gas").polarity == "affirm"


def test_a_ransom_in_meticais_is_a_ransom_paid(extractor):
    said = '"The company paid a ransom of 1.5 million meticais," the local leader said.'
    paid = only(claims_of(extractor, said), key="pay|ransom")
    assert paid.low == 1_500_000


@pytest.mark.parametrize(
    "sentence",
    [
        "All of the hostages have been freed and none remain in captivity, the army said.",
        "None of the hostages remain in captivity, the army said.",
        "No one remains in captivity, the army said.",
    ],
)
def test_none_left_in_captivity_denies_any_still_held(extractor, sentence):
    assert only(claims_of(extractor, sentence), key="held").polarity == "negate"


@pytest.mark.parametrize(
    "sentence",
    [
        "None of the cars remain in captivity, the army said.",
        "None of the students remain in captivity, the school said.",
        "The army freed 20 of the workers on Friday. None of those remain in captivity, the army said.",
    ],
)
def test_none_of_some_group_in_captivity_is_no_denial_of_all_held(extractor, sentence):
    assert not [c for c in claims_of(extractor, sentence) if c.key == "held" and c.polarity == "negate"]


def test_so_many_of_them_came_back_are_the_freed(extractor):
    story = "Gunmen abducted 41 workers from the camp on Monday. "
    back = story + "Thirty-five of them came back on Saturday, the leader said."
    assert only(claims_of(extractor, back), key="released").low == 35
    hospital = story + "Thirty of them came back from hospital on Saturday."
    assert not [c for c in claims_of(extractor, hospital) if c.key == "released"]
    to_work = story + "About 200 of them came back to work on Thursday, the company said."
    assert not [c for c in claims_of(extractor, to_work) if c.key == "released"]
    fled = "Gunmen abducted 287 pupils. Many villagers fled into the bush; 300 of them came back on Tuesday."
    assert not [c for c in claims_of(extractor, fled) if c.key == "released"]


def test_a_confirmed_food_poisoning_is_cases(extractor):
    said = "The Ministry of Health confirmed a collective food poisoning linked to the meal."
    assert only(claims_of(extractor, said), key="cases").polarity == "affirm"


def test_a_number_after_a_part_of_a_works_names_the_part(extractor):
    story = (
        "The company said the gallery collapsed on level 400 of block 5, where a team was installing "
        "steel arches. Four miners are still missing."
    )
    assert [c.low for c in claims_of(extractor, story) if c.kind == "figure"] == [4.0]
    counted = "In the damaged section 14 miners were trapped, the company said."
    assert [c.low for c in claims_of(extractor, counted) if c.kind == "figure"] == [14.0]


def test_so_many_of_the_enemy_are_that_many_enemies(extractor):
    said = "The South Sudan army said its forces have killed 25 of the enemy elements."
    killed = only(claims_of(extractor, said), key="deaths")
    # (the enemy's fighters)
    assert (killed.low, killed.high, killed.subject) == (25.0, 25.0, "not south sudan military")
    some = only(claims_of(extractor, "Police said four of the wounded died."), key="deaths")
    assert some.high is None  # (some of a group counted elsewhere)


def test_an_outlet_named_for_its_capital_tells_whose_enemy(extractor):
    said = "Fighting broke out on the border of South Sudan. The heroic forces have killed 25 of the enemy."
    claims = extractor.extract(clean_article(Article("t1", "Juba Al-Youm", PUBLISHED, "", said)))
    assert only(claims, key="deaths").subject == "not south sudan military"
    abroad = "Myanmar troops killed 25 of the enemy in Myawaddy on Monday."
    claims = extractor.extract(clean_article(Article("t2", "Bangkok Post", PUBLISHED, "", abroad)))
    assert only(claims, key="deaths").subject == "not myanmar military"  # (the killers', not the outlet's)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said 27 miners were working in the affected sector when the gallery collapsed.",
        "The union said 41 men were underground in the sector hit by the collapse.",
    ],
)
def test_those_at_work_there_when_it_fell_are_those_underground(extractor, sentence):
    assert [c.key for c in claims_of(extractor, sentence) if c.kind == "figure"] == ["aboard"]


def test_people_in_pictures_carried_are_no_one_aboard(extractor):
    said = "Relatives marched to the courthouse carrying photographs of 11 men."
    assert not [c for c in claims_of(extractor, said) if c.key == "aboard"]
    boat = "The boat was carrying 87 passengers, the owner said."
    assert only(claims_of(extractor, boat), key="aboard").low == 87


def test_a_crowd_at_the_site_is_no_count_of_those_on_board(extractor):
    said = "About 60 people were in the market when the plane came down, witnesses said."
    assert only(claims_of(extractor, said), kind="figure").key == "present|people"


@pytest.mark.parametrize(
    "sentence",
    [
        "About 300 people were on the quay when the ferry capsized, police said.",
        "About 1,000 people were at the station when the trains collided, police said.",
    ],
)
def test_a_crowd_at_a_public_place_is_not_counted_with_those_aboard(extractor, sentence):
    assert only(claims_of(extractor, sentence), kind="figure").key == "present|people"


def test_people_inside_a_works_when_it_blew_are_counted_with_those_on_shift(extractor):
    said = "According to the union, 31 people were inside the boiler house when it exploded."
    assert only(claims_of(extractor, said), kind="figure").key == "aboard"


def test_a_first_name_the_model_takes_for_a_town_is_no_place(extractor):
    said = (
        '"Velmont will lay off 1,700 of its own employees, not 1,150," Dragan Jovanovic, president of the '
        "union branch at the plant, told a meeting."
    )
    assert "dragan" not in only(claims_of(extractor, said), measure="job_cuts").places


def test_a_town_that_names_the_works_is_closed_whoever_the_model_takes_it_for(extractor):
    story = (
        "Moravec Glass denied a report that it plans to close its works in Karolinka. "
        '"We have no plans to close Karolinka," chief executive Tomas Hrbacek said.'
    )
    closing = only(claims_of(extractor, story), measure="closures")
    assert (closing.polarity, closing.places) == ("negate", ("karolinka",))


def test_a_rivals_closing_of_a_town_is_not_the_companys(extractor):
    story = (
        "Moravec Glass will cut 300 jobs at its glassworks in Karolinka, the company said. "
        "Moravec Glass said its rival would close Karolinka too."
    )
    assert not [c for c in claims_of(extractor, story) if c.measure == "closures"]


def test_a_second_no_plans_joined_to_the_verb_is_read_as_the_first(extractor):
    story = (
        "Moravec Glass denied a report that it plans to close its works. "
        '"We have no plans to close Karolinka and no plans to lay anyone off," chief executive '
        "Tomas Hrbacek said."
    )
    assert only(claims_of(extractor, story), measure="job_cuts").polarity == "negate"


def test_there_were_so_many_passengers_counts_those_aboard(extractor):
    said = (
        'The owner said the ferry capsized near the ghat. "There were 64 passengers and four crew," he '
        "said."
    )
    assert only(claims_of(extractor, said), measure="aboard").low == 68
    for elsewhere in (
        "There were 2.3 million passengers last year, the airport said.",
        "The airport is busy: there were 2.3 million passengers through its gates.",
        "A train derailed on Monday. There were 40 passengers waiting at the station when it happened.",
        "Among the survivors there were 20 passengers and two crew, the navy said.",
    ):
        assert not [c for c in claims_of(extractor, elsewhere) if c.measure == "aboard"]


def test_no_such_things_are_no_count_of_people(extractor):
    said = "We have no missing documents, the ministry said."
    assert not [c for c in claims_of(extractor, said) if c.measure == "missing"]
    rescued = 'A landslide trapped 30 miners on Monday. "There are no trapped miners left," the company said.'
    assert not [c for c in claims_of(extractor, rescued) if c.measure == "trapped" and c.polarity == "negate"]


def test_no_such_children_are_no_children_only(extractor):
    said = '"We have no missing children," the head of the school said.'
    assert only(claims_of(extractor, said), measure="missing").subject == "child"


def test_the_outlets_own_name_is_no_place(extractor):
    body = (
        "As the crowd approached the roundabout, police fired tear gas to stop marchers, three "
        "witnesses told Central Africa Wire."
    )
    article = Article("t1", "Central Africa Wire", PUBLISHED, "", body)
    for claim in extractor.extract(clean_article(article)):
        assert "central africa wire" not in (*claim.places, *claim.region)


def test_there_after_a_name_the_report_calls_a_place_is_that_place(extractor):
    story = (
        "The governor rejected reports that the village of Kaynarpınar had been flattened. "
        '"Kaynarpınar was not hit. There is no loss of life and no collapse there," he said.'
    )
    denied = only(claims_of(extractor, story), measure="deaths")
    assert (denied.polarity, denied.places) == ("negate", ("kaynarpınar",))


def test_officials_there_are_where_the_speaker_was_not_the_events_place(extractor):
    story = "Floods hit the town of Lorren on Monday. Officials there said 12 people had died."
    assert only(claims_of(extractor, story), measure="deaths").places == ()


def test_all_hostages_freed_is_none_held_though_no_one_was_said_to_be_kidnapped(extractor):
    story = (
        "Security forces have freed the construction workers held by armed separatists, the military said. "
        '"All hostages have been freed in a special operation," a spokesman said.'
    )
    assert only(claims_of(extractor, story), measure="held").polarity == "negate"


def test_words_that_say_a_passive_none_again_are_no_object(extractor):
    said = "No ransom was paid, not one rupiah, the army spokesman said."
    assert only(claims_of(extractor, said), kind="event").key == "pay|ransom"
    unpaid = "No families were paid compensation, the villagers said."
    assert only(claims_of(extractor, unpaid), kind="event").key == "pay|compensation"


def test_a_ransom_for_data_tells_of_no_abduction(extractor):
    story = "Hackers demanded a ransom from the hospital. Twelve employees were missing from work, it said."
    assert not [c for c in claims_of(extractor, story) if c.measure in ("captured", "held")]


def test_container_vessels_are_container_ships(extractor):
    said = '"We worked container vessels at three of our berths," the port operator said.'
    assert "work|container ship" in {c.key for c in claims_of(extractor, said)}



def test_people_who_boarded_are_those_aboard(extractor):
    said = "Ticket counterfoils showed that 132 people had boarded the ferry, the district commissioner said."
    assert only(claims_of(extractor, said), kind="figure").measure == "aboard"
    meaning = "Survivors said 95 people had boarded the boat in Sfax on Saturday, meaning 35 are missing."
    assert only(claims_of(extractor, meaning), measure="aboard").low == 95
    for not_aboard in (
        "Volunteers boarded up 30 homes, the mayor said.",
        "The ferry sank on Sunday. Twenty migrants boarded a second boat which turned back, police said.",
        "The ferry sank on Sunday. Forty volunteers boarded speedboats to search for survivors, police said.",
        "The ferry sank on Sunday. Twelve soldiers boarded the tanker before dawn, the navy said.",
        "The plane crashed on Monday. 300 passengers boarded flights at the airport on Tuesday, it said.",
        "The ferry sank on Sunday. Eighty passengers boarded the ferry at its last stop, police said.",
    ):
        assert not [c for c in claims_of(extractor, not_aboard) if c.measure == "aboard"], not_aboard



def test_no_craft_that_did_a_thing_denies_a_count_of_them(extractor):
    said = '"All six berths were working and no vessel was waiting at anchor," the company said.'
    denied = only(claims_of(extractor, said), key="wait|ship")
    assert denied.polarity == "negate"
    may_be = "The port operator said no ship will sail on Monday."
    assert not [c for c in claims_of(extractor, may_be) if c.key.startswith("sail|")]


def test_an_ocean_that_names_a_ports_side_is_no_place(extractor):
    said = (
        "Dockworkers at Colombia's main Pacific port stopped work on Tuesday, and their union said 91% of "
        "the workers had joined the walkout."
    )
    assert all("pacific" not in c.places for c in claims_of(extractor, said))


@pytest.mark.parametrize(
    ("words", "country"),
    [("guinea army", "guinea"), ("papua new guinea", "papua new guinea"), ("new guinea island", None),
     ("the gulf of guinea", None), ("used as guinea pigs", None), ("guinea bissau", "guinea-bissau"),
     ("equatorial guinea", "equatorial guinea")],
)
def test_the_gazetteer_knows_guinea_apart_from_places_and_things_named_after_it(words, country):
    from claimwatch.gazetteer import country_in, country_of_capital

    assert country_in(words.split()) == country
    assert country_of_capital("conakry") == "guinea"


def test_an_army_that_says_it_lost_soldiers_lost_its_own(extractor):
    said = only(claims_of(extractor, "Guinea's army said on Sunday that it lost only one soldier."))
    assert said.subject == "guinea military"
    told = only(claims_of(extractor, "The rebels said the army lost 12 soldiers."))
    assert told.subject != "guinea military"


def test_a_name_after_a_title_is_a_persons_whatever_the_model_tags_it(extractor):
    said = (
        "Bingöl Governor Ahmet Karaca said on Wednesday morning that 41 people had been killed in the "
        "province by the earthquake."
    )
    toll = only(claims_of(extractor, said), measure="deaths")
    assert "karaca" not in (*toll.places, *toll.region, toll.article_place)
    town = only(claims_of(extractor, "The governor of Kharkiv said 12 people were killed in Kharkiv."))
    assert town.places == ("kharkiv",)


@pytest.mark.parametrize(
    "sentence",
    [
        "A rockfall hit the mine on Monday. Two miners are still underground, the union said.",
        'A rockfall hit the mine on Monday. "Five of our comrades are still down there," the union said.',
        "A rockfall hit the mine on Monday. Rescuers said 30 miners remain underground.",
        'A rockfall hit the mine on Monday. "Three of our colleagues are still lying under the rubble," '
        "he said.",
    ],
)
def test_those_still_underground_after_a_fall_are_missing(extractor, sentence):
    assert only(claims_of(extractor, sentence), kind="figure").measure == "missing"


@pytest.mark.parametrize(
    "said",
    [
        "The mine exploded on Monday, when 212 miners were underground, the company said.",
        # in the mine or a part of its workings, when it struck
        "A rock burst hit the coal mine. There were 38 miners working in the affected section, the "
        "company said.",
        'A rock burst hit the coal mine. "52 of our colleagues were in that section when the tremor hit," '
        "he said.",
        "A blast hit the mine. 27 miners were working in the affected sector, the company said.",
        "22 workers were inside the Santa Rita coal mine when it exploded, the ministry said.",
    ],
)
def test_those_underground_when_it_blew_were_there_then(extractor, said):
    assert only(claims_of(extractor, said), kind="figure").measure == "aboard"


@pytest.mark.parametrize(
    "said",
    [
        "About 2,000 people work in the mine, the company said.",  # its workforce
        "A blast hit the mine. Some 1,200 miners had worked in the pit for more than a decade.",
        "A blast hit the mine. Forty rescuers were inside the mine on Tuesday searching for survivors.",
        "A blast hit the mine. Some 300 miners remain in the mine and refuse to come up.",  # a sit-in
        "A crush at the stadium on Sunday. 50 fans were in the away section, police said.",
    ],
)
def test_a_mines_workforce_and_a_stands_section_are_no_one_down_the_mine(extractor, said):
    assert [c for c in claims_of(extractor, said) if c.measure in ("aboard", "missing")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        'A rockfall hit the mine on Monday. "There is no one left underground," the company said.',
        'A rockfall hit the mine on Monday. "There is nobody left underground," the company said.',
    ],
)
def test_no_one_left_underground_is_none_missing(extractor, sentence):
    assert only(claims_of(extractor, sentence), measure="missing").polarity == "negate"


def test_life_jackets_on_the_boat_are_no_one_aboard(extractor):
    said = "There were only about ten life jackets on the boat, and they were tied up, a survivor said."
    assert [c for c in claims_of(extractor, said) if c.measure == "aboard"] == []
    aboard = only(claims_of(extractor, "There were 120 passengers aboard the ship, the navy said."))
    assert (aboard.measure, aboard.low) == ("aboard", 120)


def test_a_total_told_after_its_parts_is_not_added_to_them(extractor):
    said = '"There were 48 passengers and four crew on board, 52 people in total," the owner said.'
    assert (only(claims_of(extractor, said)).measure, only(claims_of(extractor, said)).low) == ("aboard", 52)
    listed = only(claims_of(extractor, "There were 142 passengers and 18 crew on board, the navy said."))
    assert listed.low == 160
    # (a third count that happens to equal the sum of the first two is more of them)
    said = "There were 10 passengers, two crew and 12 students on board, the navy said."
    listed = only(claims_of(extractor, said))
    assert listed.low == 24


def test_a_toll_brought_to_a_figure_past_a_noun_the_model_reads_as_a_verb(extractor):
    said = (
        "The rescue ended on Tuesday with the recovery of the last three bodies, bringing the death toll "
        "from last Friday's rock burst to eight, the operator said."
    )
    assert 8 in [c.low for c in claims_of(extractor, said) if c.measure == "deaths"]


def test_a_public_relations_officer_speaks_for_the_police(extractor):
    said = '"12 people were arrested," the police public relations officer said in a statement.'
    assert only(claims_of(extractor, said)).side == "police"


def test_the_day_of_what_follows_an_arrest_is_not_the_arrests(extractor):
    said = '"12 people were arrested for throwing stones and will be charged in court on Monday."'
    assert only(claims_of(extractor, said)).event_date is None


def test_protesters_hurt_are_counted_as_hurt_not_as_protesters(extractor):
    said = "Two protesters suffered minor injuries and were treated and discharged, the police said."
    assert only(claims_of(extractor, said), kind="figure").measure == "injured"


def test_an_outlet_told_by_its_short_name_is_no_place(extractor):
    said = "The district hospital treated nine protesters, a nurse at the hospital told the Bulletin."
    assert "bulletin" not in only(claims_of(extractor, said), kind="figure").places


def test_some_of_those_just_counted_are_no_count_of_their_own(extractor):
    said = "The hospital treated nine protesters, three of them for gunshot wounds, a nurse said."
    assert [c.low for c in claims_of(extractor, said) if c.kind == "figure"] == [9]
    # (but "five of them children" counts the children among them)
    said = "The strike killed 12 people, five of them children, officials said."
    assert sorted(c.low for c in claims_of(extractor, said) if c.kind == "figure") == [5, 12]


def test_sons_taken_from_a_camp_are_captured(extractor):
    said = (
        "Gunmen kidnapped workers from the camp. \"Twenty-three of our sons and brothers were taken from "
        "the camp,\" a relative said."
    )
    taken = only(claims_of(extractor, said), kind="figure")
    assert (taken.measure, taken.low) == ("captured", 23)
    widow = "Then they started shooting, a woman who lost her husband and two sons said."
    assert not claims_of(extractor, widow)
    assert not claims_of(extractor, "Two of his sons were taken ill after drinking the water, he said.")


@pytest.mark.parametrize(
    "said, strikers",
    [
        ('Doctors held a strike on Monday. "Today 97% of the doctors stopped," the union said.', True),
        ("Doctors held a strike on Monday. About 4,000 doctors stopped work, the union said.", True),
        ("Drivers held a strike on Monday. The union said that some 12,000 trucks were stopped.", False),
    ],
)
def test_doctors_who_stopped_in_a_strike_are_its_strikers(extractor, said, strikers):
    assert (only(claims_of(extractor, said), kind="figure").measure == "participants") is strikers


def test_a_village_an_earthquake_spared_had_no_one_killed(extractor):
    said = 'An earthquake struck Merida state. "The village of Mucutuy was not affected," the governor said.'
    spared = only(claims_of(extractor, said), measure="deaths")
    assert (spared.polarity, spared.places) == ("negate", ("mucutuy",))
    # (not a place an attack spared: its report tells of one site)
    said = 'A drone attack hit the district on Thursday. "The village of Mucutuy was not affected," he said.'
    assert [c for c in claims_of(extractor, said) if c.measure == "deaths"] == []
    # (nor a service in it)
    said = "Floods hit the province on Monday. Power supply in Lusaka was not affected, the utility said."
    assert [c for c in claims_of(extractor, said) if c.measure == "deaths"] == []


def test_where_a_body_sits_is_not_where_its_report_is(extractor):
    body = (
        "Five miners were killed in the rock burst, the operator said.\n\nProsecutors in Gliwice said "
        "they had opened a case.\n\nFunerals were held in Jastrzebie-Zdroj on Tuesday."
    )
    toll = only(claims_of(extractor, body), measure="deaths")
    assert "gliwice" not in toll.region and toll.article_place != "gliwice"


def test_a_translated_communique_of_a_border_clash(extractor):
    body = (
        "The BIR repel with vigour the aggression of the Nigerian enemy forces.\n\n"
        "The balance is heavy for the enemy: 23 assailants of the enemy were neutralised. From our "
        "side, only two soldiers fell on the field of honour, the Ministry regrets to announce.\n\n"
        '"No element of the BIR is in the hands of the enemy, all the soldiers of the detachment have '
        'answered present at the roll call of the morning," precises the communiqué.'
    )
    claims = claims_of(extractor, body)
    enemy, own = sorted((c for c in claims if c.measure == "deaths"), key=lambda c: c.low or 0)[::-1]
    # the enemy's soldiers, by the name the report gives the enemy; the speaker's side's own
    assert (enemy.low, enemy.subject) == (23, "nigeria military")
    assert (own.low, own.subject) == (2, "not nigeria military")
    assert only(claims, measure="captured").polarity == "negate"  # no one taken prisoner
    # ... and soldiers in the enemy's hands are prisoners (the kidnappers' hold hostages)
    held = only(claims_of(extractor, "Two of our soldiers are in the hands of the enemy, the army said."))
    assert (held.measure, held.low) == ("captured", 2)


@pytest.mark.parametrize(
    "said, low, high",
    [
        ('"The boat was not overloaded; it is licensed to carry 60 passengers," the owner said.', 60, 60),
        # (a limit is the capacity: "no more than 40" is 40)
        ("Records showed the boat was licensed to carry no more than 40 passengers, the navy said.", 40, 40),
        ("The authorized passenger capacity was 280, the agency said.", 280, 280),
        ("The ferry has a capacity of 300 passengers, the company said.", 300, 300),
    ],
)
def test_the_people_a_vessel_may_carry_are_its_capacity_not_those_aboard(extractor, said, low, high):
    capacity = only(claims_of(extractor, said), kind="figure")
    assert (capacity.measure, capacity.low, capacity.high) == ("capacity", low, high)


def test_a_capacity_of_things_is_no_claim(extractor):
    assert not claims_of(extractor, "The truck can hold 400 tonnes, the company said.")


@pytest.mark.parametrize(
    "said, measure, subject",
    [
        # a place, not a side: "our side of the border"
        ("Four gunmen were shot dead from our side of the border as they tried to cross, the Indian army "
         "said.", "deaths", "militant"),
        # "the enemy" no report names as a country: a band's fighters
        ("Jihadists attacked the post on Monday. Twelve fighters of the enemy were killed, the army said.",
         "deaths", "militant"),
        # an enemy named in one side's words is not the report's: the other side's "our side"
        ("Russia's defence ministry said it had repelled attacks by the Ukrainian enemy near Avdiivka. A "
         "commander of the 93rd brigade told Reuters that on our side, 12 soldiers were wounded.",
         "injured", "military"),
    ],
)
def test_a_side_and_an_enemy_only_as_the_report_tells_them(extractor, said, measure, subject):
    claim = only(claims_of(extractor, said), kind="figure")
    assert (claim.measure, claim.subject) == (measure, subject)


@pytest.mark.parametrize(
    "said",
    [
        "Two villages remain in the hands of the enemy, the army said.",  # places, not prisoners
        "The boat could be carrying as many as 300 migrants, the coast guard said.",  # a guess, not a licence
        "A navy vessel that can carry 400 people reached the scene, the navy said.",  # another craft
    ],
)
def test_no_prisoners_nor_capacity_where_none_is_told(extractor, said):
    assert [c for c in claims_of(extractor, said) if c.measure in ("captured", "capacity")] == []


def test_a_letter_sent_and_a_warning_never_received_are_one_thing(extractor):
    sent = only(claims_of(extractor, "The union said it sent a letter to the mine director on January 20."))
    said = '"SGW has never received any written warning from the unions," he said.'
    never = only(claims_of(extractor, said))
    warned = only(claims_of(extractor, "The union warned management about the danger on the wall, it said."))
    assert sent.key == never.key == warned.key == "receive|warning"
    assert (sent.polarity, never.polarity) == ("affirm", "negate")


def test_a_paraphrase_naming_no_day_was_said_when_its_quotation_was(extractor):
    body = (
        "The owner of the boat said it was carrying 52 people and rejected suggestions that it was "
        'overloaded.\n\n"There were 48 passengers and four crew on board, 52 people in total," owner '
        "Jacinto Soares told the Daily at his house on Sunday night."
    )
    aboard = [c for c in claims_of(extractor, body) if c.measure == "aboard"]
    assert len(aboard) == 2 and {c.as_of for c in aboard} == {"2022-02-27"}
    assert aboard[0].quoted  # (the words themselves first)


@pytest.mark.parametrize(
    "said, low, high",
    [
        ("Jeepney drivers went on strike on Monday. The group said 90 percent of jeepneys stayed off the "
         "road.", 90.0, 90.0),
        ("The bus strike began on Monday. The union said 70 percent of buses stayed in depots.", 70.0, 70.0),
        ("The transport strike was a failure. He said 92 percent of jeepneys plied their routes.", 8.0, 8.0),
        ("The strike had minimal impact. He said 94 percent of jeepneys were operating on Wednesday.",
         6.0, 6.0),
    ],
)
def test_a_share_of_a_fleet_off_the_road_or_running_tells_a_strikes_turnout(extractor, said, low, high):
    turnout = only(claims_of(extractor, said), kind="figure")
    assert (turnout.measure, turnout.unit, turnout.low, turnout.high) == ("participants", "%", low, high)


@pytest.mark.parametrize(
    "said",
    [
        "The city said 90 percent of buses were operating on Monday after the storm.",  # no strike
        "Drivers went on strike. The company said 40% of its buses run on electricity.",  # always
        "Drivers went on strike. The operator said 70% of trains did not run.",  # a service level
        "Drivers went on strike. The operator said 70% of buses were running late.",  # how they ran
    ],
)
def test_a_share_of_a_fleet_is_no_turnout_but_on_a_strike_day_off_the_road(extractor, said):
    assert [c for c in claims_of(extractor, said) if c.measure == "participants"] == []


def test_a_share_of_a_fleet_not_running_is_struck_told_once(extractor):
    said = "Drivers went on strike. About 75% of buses were not operating, the union said."
    struck = only(claims_of(extractor, said), measure="participants")
    assert (struck.low, struck.high, struck.polarity) == (72.5, 77.5, "affirm")


@pytest.mark.parametrize(
    "said, measure",
    [
        ("The army repelled an attack. There is no loss in the ranks of the FAMa.", "deaths"),
        ("The army repelled an attack. There were no casualties.", "deaths"),
        ("The police dispersed the crowd. There were no arrests.", "detained"),
        ("The hospital building was damaged by shells, and there was no loss of life.", "deaths"),
    ],
)
def test_the_reports_own_there_was_none_denies_a_count(extractor, said, measure):
    none = only(claims_of(extractor, said), measure=measure)
    assert none.polarity == "negate"


@pytest.mark.parametrize(
    "said",
    [
        '"Families are being turned away and told there are no more bodies," its president said.',
        "The initial information that there were no deaths was not correct.",
        "The storm hit the town. There is no doubt the toll will rise.",
        "The cyclone is expected on Friday; there should be no casualties if people stay indoors.",
        "Even if there are no casualties, the damage will be enormous.",
        "There will be no arrests, the minister promised.",
        "There is no independent body to monitor the elections.",
        "There was no participation by opposition parties in the vote.",
        "There were no losses on the loan book during the quarter.",
    ],
)
def test_there_being_no_more_or_no_doubt_denies_no_count(extractor, said):
    assert [c for c in claims_of(extractor, said) if c.polarity == "negate"] == []


def test_a_killing_told_of_some_of_the_people_of_a_place_is_its_count(extractor):
    citizens = only(claims_of(extractor, "The aggression martyred nine of the citizens, the statement said."))
    assert (citizens.low, citizens.high, citizens.qualifier) == (9.0, 9.0, "exact")
    # (but after the toll, some of it)
    body = ("Gunmen killed 15 people in the village on Sunday, police said. Nine of the residents were "
            "killed in their homes, police said.")
    assert only(claims_of(extractor, body), low=9.0).qualifier == "at_least"
    patients = only(claims_of(extractor, "Two of the patients died overnight, the director said."))
    assert (patients.low, patients.qualifier) == (2.0, "at_least")  # (some of the injured)


def test_what_according_to_a_source_was_done_is_its_claim(extractor):
    for said in ("According to the army, the rebels burned the school on Monday.",
                 "The rebels burned the school on Monday, according to the army."):
        burned = only(claims_of(extractor, said))
        assert (burned.key, burned.side, burned.polarity) == ("burn|school", "army", "affirm")


@pytest.mark.parametrize(
    "said, key",
    [
        ("The army said a group of terrorists attempted to storm the post from several directions.",
         "attempt|post"),
        ("Gunmen tried to kill the mayor, police said.", "attempt|mayor"),
        ("According to the army, the rebels failed to capture the town.", "fail|place"),
    ],
)
def test_an_attempt_is_no_act_done(extractor, said, key):
    assert only(claims_of(extractor, said)).key == key


@pytest.mark.parametrize(
    "said",
    [
        "According to the latest polls, the ruling party will win the election.",  # no teller
        "The vote was postponed according to a presidential decree.",  # as a decree has it
        "According to the army, the rebels might attack the town.",  # what may be
        "According to the army, the rebels would attack the town if the ceasefire collapsed.",
        "The school, which according to the army was burned by rebels, reopened on Monday.",
    ],
)
def test_what_is_not_told_done_according_to_someone_is_no_act(extractor, said):
    assert [c for c in claims_of(extractor, said) if c.kind == "event"] == []


def test_a_thing_suspended_is_halted_as_when_someone_suspends_it(extractor):
    suspended = only(claims_of(extractor, "Classes were suspended in Quezon City on Monday, officials said."))
    denied = only(claims_of(extractor, "The ministry said no local government unit suspended classes."))
    assert suspended.key == denied.key == "halt|class"
    assert (suspended.polarity, denied.polarity) == ("affirm", "negate")


def test_no_one_stranded_denies_a_count_of_the_stranded(extractor):
    none = only(claims_of(extractor, '"No commuters were stranded because we were ready," the MMDA said.'))
    assert (none.measure, none.polarity) == ("trapped", "negate")


def test_a_management_alerted_was_warned(extractor):
    alerted = only(claims_of(extractor, "The union said it had alerted management to the danger."))
    assert (alerted.key, alerted.verb, alerted.polarity) == ("receive|warning", "receive", "affirm")
    brigade = only(claims_of(extractor, "Neighbours alerted the fire brigade, the fire service said."))
    assert brigade.key != "receive|warning"  # (a call, no warning of a danger)


def test_a_place_is_named_without_the_time_or_firm_the_model_ran_it_into(extractor):
    body = (
        "Niger's army said on Thursday it had freed the road workers abducted near the northern city "
        "of Agadez nine days ago.\n\nThe mayor said about 40 people were taken from the camp of the "
        "company Aïr Routes et Travaux.\n\nRelatives gathered at the Nkhata Bay jetty."
    )
    region = claims_of(extractor, body)[0].region
    assert {"agadez", "nkhata bay"} <= set(region)
    assert not {"travaux", "agadez nine days ago"} & set(region)


def test_a_count_the_model_ran_into_today_is_still_a_count(extractor):
    missing = only(claims_of(extractor, "Today 29 miners are still unaccounted for, the union leader said."))
    assert (missing.measure, missing.low) == ("missing", 29.0)


def test_homes_destroyed_are_no_homes_without_power_in_a_sentence_on_power_cuts(extractor):
    said = ("She said 400 homes were destroyed and about 2,600 damaged, and some 1.2 million people were "
            "affected, mainly by power cuts.")
    homes = only(claims_of(extractor, said), low=400.0)
    assert homes.key == "destroy|home"
    assert only(claims_of(extractor, "The storm left 400 homes without power.")).measure == "without_power"


@pytest.mark.parametrize(
    "said, polarity",
    [
        ("The General Staff said the FAMa have at no moment crossed the border line with Mauritania.",
         "negate"),
        ("The statement said the attacking force entered twelve kilometres inside the national territory.",
         "affirm"),
        ("Bamako maintained that its soldiers had never set foot on Mauritanian territory.", "negate"),
        ("The ministry said Malian soldiers had crossed into the Tenhamad area before dawn.", "affirm"),
        ("The ministry said units of the Malian army penetrated at dawn into the territory of Mauritania.",
         "affirm"),
    ],
)
def test_a_force_crossing_into_anothers_land_is_one_act_however_told(extractor, said, polarity):
    crossed = only(claims_of(extractor, said), key="cross|border")
    assert crossed.polarity == polarity


def test_a_named_forces_crossing_told_in_the_reports_own_words_is_the_outlets_claim(extractor):
    body = ("Before they are repulsed, the Thai troops advanced about 500 metres inside the Cambodian "
            "territory at the foot of the mountain.")
    crossed = only(claims_of(extractor, body), key="cross|border")
    assert (crossed.polarity, crossed.subject) == ("affirm", "thailand troop")
    # (no force of a country's: refugees crossing, or a force no country's)
    for untold in ("Thousands of Malian refugees crossed the border into Mauritania on Monday.",
                   "The gunmen crossed the border at night before dawn on Monday."):
        assert [c for c in claims_of(extractor, untold) if c.key == "cross|border"] == []


def test_an_area_entered_is_no_border_crossed(extractor):
    assert [c for c in claims_of(extractor, "Police said they entered the area on Monday.")
            if c.key == "cross|border"] == []


def test_those_still_held_after_an_abduction_are_held_however_few_words_say_it(extractor):
    body = ("Gunmen abducted 41 people at the camp.\n\n\"Nineteen came back on Thursday. But 22 of our "
            "relatives are still held,\" said Moussa Ekawel.")
    held = only(claims_of(extractor, body), measure="held")
    assert held.low == 22.0
    custody = "Gunmen abducted 41 people at the camp. Police said 12 suspects are still held in custody."
    assert [c for c in claims_of(extractor, custody) if c.measure == "held"] == []


def test_a_count_all_of_which_was_at_a_hospital_is_the_whole_count(extractor):
    whole = "The ministry said three deaths have been recorded, all of them at Lobito General Hospital."
    assert only(claims_of(extractor, whole)).qualifier == "exact"
    part = "The ministry said three people died at Lobito General Hospital."
    assert only(claims_of(extractor, part)).qualifier == "at_least"  # (a hospital's part)


def test_a_loss_in_the_ranks_of_a_force_is_of_that_forces_fighters(extractor):
    body = ("The General Staff of the Armed Forces of Mali (FAMa) said the FAMa repelled an attack near the "
            "border. There is no loss in the ranks of the FAMa.")
    assert only(claims_of(extractor, body), key="deaths").subject == "mali military"
    army = "The army repelled an attack. There is no loss in the ranks of the army."
    assert only(claims_of(extractor, army)).subject == "military"


def test_an_acronym_of_a_countrys_forces_acts_for_the_country(extractor):
    body = ("A unit of the Armed Forces of Mali (FAMa) was attacked near the border, the General Staff said. "
            "The General Staff said the FAMa have at no moment crossed the border line.")
    assert only(claims_of(extractor, body), key="cross|border").subject == "mali troop"
    refugees = "The UN refugee agency said Malian refugees crossed the border into Mauritania."
    assert only(claims_of(extractor, refugees)).subject == "mali"  # (no force of Mali's)


def test_those_still_held_and_a_ransom_are_not_of_the_day_of_the_abduction(extractor):
    body = ("Families of the people abducted at Dabaga on March 11 said on Friday that 22 of their relatives "
            "remain in the hands of the kidnappers. A notable said a ransom of 50 million CFA francs was "
            "paid through intermediaries.")
    claims = claims_of(extractor, body, published="2031-03-21T10:00:00Z")
    held, ransom = only(claims, measure="held"), only(claims, key="pay|ransom")
    assert held.context_date is None and ransom.context_date is None


def test_fire_opened_with_live_rounds_is_live_rounds_used(extractor):
    told = "Police dispersed the march. Witnesses said police opened fire with live ammunition."
    assert only(claims_of(extractor, told), key="use|live ammunition").polarity == "affirm"
    rubber = "Police dispersed the march. Witnesses said police opened fire with rubber bullets."
    assert [c for c in claims_of(extractor, rubber) if c.key == "use|live ammunition"] == []


def test_no_firearm_used_is_no_live_rounds_fired(extractor):
    denied = "Police dispersed the march. The minister said no firearm was used by the police in Ziguinchor."
    assert only(claims_of(extractor, denied), key="use|live ammunition").polarity == "negate"


def test_a_witness_saw_a_force_fire_a_crowd_weapon_the_model_read_as_one_noun(extractor):
    seen = only(claims_of(extractor, "An AFP journalist saw police fire tear gas at marchers near a square."))
    assert (seen.key, seen.subject, seen.polarity) == ("use|gas", "police", "affirm")
    assert claims_of(extractor, "Witnesses saw tear gas canisters on the ground.") == []
    canisters = "A reporter saw police fire canisters of tear gas into the crowd on Kenyatta Avenue."
    assert only(claims_of(extractor, canisters), key="use|gas").subject == "police"
    assert claims_of(extractor, "Witnesses saw canisters of tear gas on the ground.") == []
    unseen = "Reuters reporters at the march did not see police fire tear gas."
    assert [c for c in claims_of(extractor, unseen) if c.key == "use|gas"] == []


def test_a_toll_of_people_killed_counts_the_killed(extractor):
    toll = only(claims_of(extractor, "The toll of one soldier killed was unchanged, the spokesman added."))
    assert (toll.measure, toll.low, toll.subject) == ("deaths", 1.0, "military")
    cited = ("The number of 300 people arrested, cited by activists, could not be independently verified "
             "by AFP.")
    assert [c for c in claims_of(extractor, cited) if c.measure == "detained"] == []


def test_bodies_still_under_the_rubble_of_a_mine_are_missing(extractor):
    body = "The mine collapsed on Saturday. Kalenga said seven bodies still lie under the rubble."
    assert only(claims_of(extractor, body)).measure == "missing"
    building = "The building collapsed on Saturday. He said three bodies still lie beneath the debris."
    assert only(claims_of(extractor, building)).measure == "deaths"


def test_a_toll_of_the_attack_just_told_is_of_its_day(extractor):
    body = ("The army said on Thursday it had freed the workers. The workers were seized on March 11 at a "
            "camp near Dabaga. Two gendarmes were killed in the attack.")
    toll = only(claims_of(extractor, body, published="2030-03-29T09:00:00Z"), measure="deaths")
    assert toll.event_date == "2030-03-11"


def test_a_name_told_with_its_kind_of_place_is_a_place_not_the_reports_organisation(extractor):
    body = ("JAYAPURA, Jan 11 - Armed separatists in Indonesia's Highland Papua province have seized 14 "
            "construction workers from a bridge site in Nduga regency, the military said on Saturday.\n\n"
            "They were taken by members of the West Papua National Liberation Army (TPNPB), a spokesman "
            "said.\n\nNduga has been the scene of repeated violence since 2018.")
    seized = only(claims_of(extractor, body), kind="figure")
    assert "nduga" in seized.region


@pytest.mark.parametrize(
    "said, subject, polarity",
    [
        ("The ministry said a unit of the Guinean army crossed the Makona river.", "guinea troop", "affirm"),
        ("The government repeated that Guinean troops never left Guinean soil.", "guinea troop", "negate"),
    ],
)
def test_a_border_river_crossed_or_a_land_never_left_is_the_border(extractor, said, subject, polarity):
    crossed = only(claims_of(extractor, said), key="cross|border")
    assert (crossed.subject, crossed.polarity) == (subject, polarity)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # whose dead a war report counts, told in ways a translation may take
        ("Ethiopia's bureau said only two members of the regional police were killed.", "military"),
        ("The spokesman mourned four martyrs from our heroic forces who ascended in defending the land.",
         "military"),
        ("The army spokesman said a fifth soldier had died of his wounds, bringing the army's losses to "
         "five dead.", "military"),
        ("A nurse at the health centre said it had received nine bodies, all of them civilians.", "civilian"),
    ],
)
def test_whose_dead_a_war_report_counts(extractor, text, subject):
    assert only(claims_of(extractor, text), key="deaths").subject == subject


@pytest.mark.parametrize(
    "text",
    [
        # those down a mine's shift, however told
        "The union said 87 miners went down for the night shift at the colliery.",
        "Mahato said the union had collected the names of 87 men who went down for the night shift at "
        "the pit.",
        "The collapse at the colliery killed nine miners. The company raised its figure for the number of "
        "workers underground to 87, which a spokesman said was final.",
    ],
)
def test_those_down_a_mines_shift(extractor, text):
    assert only(claims_of(extractor, text), low=87.0).key == "aboard"


def test_prices_going_down_are_no_shift(extractor):
    assert [c.key for c in claims_of(extractor, "Fuel prices went down for the third week, 12 traders said.")
            if c.key == "aboard"] == []


@pytest.mark.parametrize(
    ("text", "key", "low"),
    [
        ("He said 44 people were pulled alive from the water on Saturday.", "rescued", 44.0),
        ("Rescuers pulled 12 people alive from the rubble.", "rescued", 12.0),
        ("Survivors said the boat had been packed with more than 80 people.", "aboard", 80.0),
    ],
)
def test_the_living_brought_out_and_those_packed_aboard(extractor, text, key, low):
    assert only(claims_of(extractor, text), kind="figure").key == key
    assert only(claims_of(extractor, text), kind="figure").low == low


def test_a_crowd_counted_denies_nothing_the_teller_does(extractor):
    text = ("Suriname police said on Friday that about 6,000 people took part in a march in Paramaribo, far "
            "fewer than organisers claimed, and denied using tear gas to disperse protesters.")
    gas = [c for c in claims_of(extractor, text) if c.key == "use|gas"]
    assert [(c.kind, c.side) for c in gas] == [("rejection", "suriname")]


def test_a_name_of_its_own_with_a_country_inside_is_not_the_state(extractor):
    claims = claims_of(extractor, "The Burgerplatform Suriname Nu, which organised the protest, said "
                                  "about 25,000 people took part. Suriname police said about 6,000 people "
                                  "took part.")
    assert [c.side for c in claims if c.key == "participants"] == ["burgerplatform suriname nu", "suriname"]
    # (but the state's own body, and a company's man, are as before)
    thai = only(claims_of(extractor, "The Royal Thai Police said 40 people were arrested."), kind="figure")
    assert thai.side == "thailand"


def test_a_company_the_model_takes_for_a_person_is_still_the_one_reported_on(extractor):
    # "Maluti Apparel" tagged a person: its trade word names a company, not the ministry named once
    claims = claims_of(extractor, "Maluti Apparel will close its denim factory in Maseru at the end of June "
                                  "and cut 2,150 jobs, the company said on Thursday. The Ministry of Labour "
                                  "and Employment confirmed it had received formal notice of the cuts. "
                                  "Maluti Apparel said its Ha Nyenye plant would stay open.")
    assert only(claims, kind="figure").side == "maluti apparel"


def test_no_outbreak_in_our_schools_denies_the_cases(extractor):
    # all of the speaker's own schools, where the cases are said to be (not "in any camp": a part)
    text = '"There is no food poisoning in our schools. The meals are checked," the education director said.'
    denial = only(claims_of(extractor, text), key="cases")
    assert denial.polarity == "negate"
    in_a_camp = claims_of(extractor, '"There is no cholera case in any camp," he said.')
    assert "cases" not in [c.key for c in in_a_camp]


ABDUCTION = "Gunmen abducted 41 people from a convoy near Gumuruk on Monday. "


def test_those_a_release_left_behind_are_still_held(extractor):
    told = "Four escaped and 15 were released on Saturday, leaving 22 still held, the chairman said."
    claims = claims_of(extractor, ABDUCTION + told)
    assert only(claims, key="held").low == 22.0


def test_captors_paid_are_paid_a_ransom(extractor):
    told = "Two relatives said the kidnappers were paid 15 million pounds on Friday."
    paid = only(claims_of(extractor, ABDUCTION + told), key="pay|ransom")
    denied = only(claims_of(extractor, ABDUCTION + '"No ransom was paid," the army spokesman said.'),
                  key="pay|ransom")
    assert conflict(paid, denied) is not None


def test_no_things_doing_a_thing_denies_a_count_of_them(extractor):
    told = '"There are no ships waiting at anchor because of the strike," the port authority said.'
    denial = only(claims_of(extractor, told), key="wait|ship")
    count = only(claims_of(extractor, "The union said 14 ships were waiting at anchor outside the harbour."),
                 key="wait|ship")
    assert denial.polarity == "negate" and conflict(denial, count) is not None


def test_a_denial_told_again_weeks_later_is_background(extractor):
    # (the report tells what the company said three weeks before: its denial was read then)
    recalled = claims_of(extractor, "Three weeks ago the company denied a report that it was preparing to "
                                    "shut the plant, saying it had no plans to retrench workers.")
    assert [c for c in recalled if c.polarity == "negate" or c.kind == "rejection"] == []
    told = claims_of(extractor, "The company denied a report that it was preparing to shut the plant, saying "
                                "it had no plans to retrench workers.")
    assert [c for c in told if c.polarity == "negate" or c.kind == "rejection"] != []


def test_people_counted_as_the_boat_set_off_were_aboard(extractor):
    text = ('The boat capsized on the Mekong, killing 13, the navy said. "We counted more than 80 people '
            'when we left Koh Trong," a survivor said.')
    assert only(claims_of(extractor, text), low=80.0).key == "aboard"


def test_a_bodys_officer_named_after_the_role_speaks_for_the_body(extractor):
    text = ("State-run Damodar Coalfields Ltd (DCL) said 52 workers were underground. \"Three bodies have "
            "been recovered,\" DCL's general manager for the Kusunda area, Pradeep Sinha, told reporters. "
            "Sinha said 43 workers came out safely.")
    claims = claims_of(extractor, text)
    assert only(claims, key="deaths").side == "dcl"
    assert only(claims, low=43.0).side == "dcl"  # (the officer named again)
    kenya = only(claims_of(extractor, "Kenya's managing director, Jane Wanjiru, said 40 people were hurt."),
                 kind="figure")
    assert kenya.side == "kenya"  # (a country's, as before)


def test_the_enemy_told_by_no_side_named_are_fighters(extractor):
    text = ("The statement said that our forces dealt with the enemy. Our forces were able of killing more "
            "than 60 of the enemy elements.")
    assert only(claims_of(extractor, text), key="deaths").subject == "military"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # what the rules above are not: captives taken alive, rescuers down a mine, a crowd in a
        # square, a rescue ship's survivors, suspects left in cells
        ("Five soldiers were taken alive by the attackers, the source said.", "captured"),
        ("The collapse at the colliery killed nine miners. Some 40 rescuers descended into the mine on "
         "Monday to search for the missing.", "descend|people"),
        ("It was crammed with more than 20,000 people by noon, police said.", "cram|people"),
    ],
)
def test_what_the_aboard_and_rescued_rules_leave_alone(extractor, text, key):
    figures = [c for c in claims_of(extractor, text) if c.kind == "figure"]
    assert figures[-1].key == key  # (the sentence's last count)


def test_people_who_act_are_no_crowd_counted(extractor):
    text = "The army said 200 rebels had attacked Sake and claimed they had killed 30 soldiers."
    assert only(claims_of(extractor, text), key="deaths").side == "rebel"


def test_suspects_left_in_cells_are_not_hostages_still_held(extractor):
    told = "Eighteen suspects were released on bail on Tuesday, leaving 22 held in police cells, police said."
    assert "held" not in [c.key for c in claims_of(extractor, ABDUCTION + told)]
    freed = "Fifteen were freed on Saturday, leaving 22 in captivity, relatives said."
    assert only(claims_of(extractor, ABDUCTION + freed), key="held").low == 22.0


def test_a_police_informant_is_no_officer(extractor):
    shot = only(claims_of(extractor, "Two police informants were shot dead by militants."), key="deaths")
    assert shot.subject != "military"


def test_a_denial_dated_after_the_telling_is_still_told(extractor):
    text = ("Hallberg denied a report a week ago that it would close its Plauen plant, the company said on "
            "Monday.")
    assert [c for c in claims_of(extractor, text) if c.polarity == "negate" or c.kind == "rejection"] != []


def test_the_dead_counted_tell_no_toll_the_teller_does(extractor):
    text = ("Two people wounded in Israeli strikes died overnight, raising the death toll from Monday's "
            "attacks to 14, Lebanon's health ministry said Tuesday.")
    assert only(claims_of(extractor, text), low=14.0).side == "lebanon"


def test_those_trapped_are_counted_with_the_missing(extractor):
    collapse = ("Three miners were killed and six were trapped underground after the roof collapsed at the "
                "colliery, the company said.")
    trapped = only(claims_of(extractor, collapse), low=6.0)
    union = "The union said 21 miners were still unaccounted for at the colliery."
    missing = only(claims_of(extractor, union), low=21.0)
    assert trapped.key == missing.key == "missing" and conflict(missing, trapped) is not None
    # (not passengers stranded by a strike)
    strike = "About 3,000 passengers were stranded at the airport by the strike."
    stranded = only(claims_of(extractor, strike), kind="figure")
    assert stranded.key == "trapped"


def test_a_name_things_happen_at_is_a_place(extractor):
    text = "Malas said there had been no deaths on Ambrym, where the cyclone first made landfall."
    assert "ambrym" in only(claims_of(extractor, text), key="deaths").places


def test_a_capital_the_model_takes_for_an_organisation_is_in_the_region(extractor):
    text = "About 4,500 people took part in Friday's rally in Ulaanbaatar's central square, police said."
    assert "ulaanbaatar" in only(claims_of(extractor, text), key="participants").region


def test_hostages_back_in_a_town_are_freed_and_those_still_held_are_no_toll_of_the_taken(extractor):
    back = "Fifteen hostages, most of them children, returned to Mokolo on Sunday, relatives said."
    assert only(claims_of(extractor, ABDUCTION + back), low=15.0).key == "released"
    held = "Families said that 19 of the people abducted in last week's raid were still being held."
    assert only(claims_of(extractor, ABDUCTION + held), low=19.0).key == "held"
    # (not the gunmen who came: no hostages)
    came = "Gunmen came back to the village on Sunday and took 12 more people, residents said."
    assert "released" not in [c.key for c in claims_of(extractor, ABDUCTION + came)]


def test_a_driver_on_the_bus_is_no_count_of_those_aboard(extractor):
    text = "A survivor told reporters that only one driver had been on the bus."
    assert only(claims_of(extractor, text), kind="figure").key == "crew"
    aboard = only(claims_of(extractor, "Police said 40 passengers were on the bus."), kind="figure")
    assert aboard.key == "aboard"


def test_people_each_dead_or_alive_are_no_toll(extractor):
    text = '"All 41 people are either dead, in hospital or at home," the owner said.'
    assert [c for c in claims_of(extractor, text) if c.kind == "figure"] == []
    assert only(claims_of(extractor, "Four people are dead, police said."), kind="figure").key == "deaths"


def test_protesters_who_sought_medical_help_are_the_hurt_not_the_crowd(extractor):
    text = "A city health official said 16 protesters had sought medical help, mostly for bruises."
    assert only(claims_of(extractor, text), kind="figure").key == "injured"


def test_people_who_came_today_from_every_district_came_to_the_protest(extractor):
    text = ("Thousands joined a protest against fuel prices on Friday. \"More than 30,000 people came today, "
            "from every district of the city,\" a spokeswoman for the movement said.")
    assert only(claims_of(extractor, text), low=30000.0).key == "participants"


def test_enemies_sent_to_hell_are_killed(extractor):
    text = "In this response 27 soldiers of the Afghan Taliban regime were sent to hell, the ISPR said."
    assert only(claims_of(extractor, text), kind="figure").key == "deaths"
    assert "deaths" not in [c.key for c in claims_of(extractor, "The court sent 27 men to prison.")]


def test_a_figure_set_aside_after_a_comma_is_the_one_denied(extractor):
    text = "The union said the restructuring would cost 1,820 jobs, not the 1,150 the company announced."
    found = {c.low: c.polarity for c in claims_of(extractor, text) if c.kind == "figure"}
    assert found == {1820.0: "affirm", 1150.0: "negate"}


def test_there_is_the_place_within_the_wider_one(extractor):
    text = ("The group said its volunteers reached the hamlet of Quillcapampa in Caylloma province on Monday."
            " "
            "Eleven bodies had been recovered there, survivors said.")
    assert only(claims_of(extractor, text), low=11.0).places == ("quillcapampa",)



def test_the_dead_counted_in_one_district_are_placed_there(extractor):
    text = "Volunteers had counted at least 52 dead in Karlova district after the earthquake, the group said."
    assert only(claims_of(extractor, text), key="deaths").places != ()


def test_a_count_given_on_a_day_is_no_part_of_the_day(extractor):
    text = "The provincial government revised the number of people rescued on Friday to 38, police said."
    assert only(claims_of(extractor, text), kind="figure").low == 38.0


def test_a_maximum_a_certificate_allows_is_a_capacity(extractor):
    text = ("The commission said the boat's operating certificate allowed it to carry a maximum of 60 "
            "passengers.")
    assert only(claims_of(extractor, text), kind="figure").key == "capacity"
    bound = "Police said a maximum of 60 passengers were on the boat."
    aboard = only(claims_of(extractor, bound), kind="figure")
    assert aboard.key == "aboard"


@pytest.mark.parametrize(
    "freed", ["All of the people kidnapped in Argelia last week have been freed, the army said.",
              "All of the hostages are free, the general said."],
)
def test_all_of_those_taken_freed_is_none_held(extractor, freed):
    story = "Gunmen kidnapped 19 people in Argelia last week. "
    assert only(claims_of(extractor, story + freed), measure="held").polarity == "negate"
    free_to = "All of the workers are free to leave, the general said."
    assert [c for c in claims_of(extractor, story + free_to) if c.measure == "held"] == []


def test_every_worker_accounted_for_is_none_missing(extractor):
    text = ("An explosion killed 15 miners at the colliery on Tuesday. \"Every worker who was underground "
            "has now been accounted for,\" the manager said.")
    assert only(claims_of(extractor, text), key="missing").polarity == "negate"


def test_a_translated_count_before_its_owner_word_counts_the_noun(extractor):
    text = "As the result of the aggression two our border guards died the heroic death, the agency said."
    assert only(claims_of(extractor, text), key="deaths").subject == "military"


def test_no_evidence_to_support_a_toll_rejects_it(extractor):
    text = ("At least 37 people were killed by the earthquake, an aid group said. The institute's head said "
            "it had no evidence to support the toll of 37 given by the aid group.")
    assert only(claims_of(extractor, text), low=37.0, kind="rejection").side != "aid group"


@pytest.mark.parametrize(
    "sentence",
    ["The ministry said it had not been informed of any plans to close the plant.",
     "The ministry said it was not aware of any plans to close the plant."],
)
def test_plans_a_speaker_does_not_know_of_say_nothing_of_the_plant(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.key.startswith("operate|")] == []
    told = "The union said it had been informed of plans to close the plant."
    assert only(claims_of(extractor, told), key="operate|plant").polarity == "negate"


@pytest.mark.parametrize(
    ("sentence", "unread"),
    [
        ("Since 2022 our soldiers have killed 3,000 militants, the ministry said.", set()),  # (a year)
        ("Police said two drivers and 40 passengers were on the bus.", {"crew"}),  # (all aboard)
        ("Officials said 12 Ukrainian truck drivers were aboard the ferry.", {"crew"}),  # (who rode)
        ("The captain told police that the owner had allowed him to carry 120 passengers that day.",
         {"capacity"}),
        ("Officials said not every worker has been accounted for.", {"missing"}),
        ("Gunmen kidnapped 30 people. The governor said all of the hostages should be free soon.", {"held"}),
        ("Gunmen kidnapped 30 people. The governor said all of the hostages who were released on Friday "
         "are free and in good health.", {"held"}),
        ("He said his 27 men had been sent to hell and back.", {"deaths"}),
        ("A doctor said 16 protesters might need medical help.", {"injured"}),
        ("Police said 12 people were either dead or missing.", {"deaths", "missing"}),
    ],
)
def test_the_edges_of_this_sessions_rules_stay_unread(extractor, sentence, unread):
    said = claims_of(extractor, sentence)
    assert not {c.key for c in said} & unread, [(c.key, c.polarity, c.low) for c in said]
    assert 2022.0 not in {c.low for c in said}


def test_there_is_not_where_people_came_from(extractor):
    text = "Rescuers flew from Ankara to Hatay province. At least 400 people were killed there, police said."
    assert only(claims_of(extractor, text), key="deaths").places == ()


def test_a_span_of_days_is_no_count(extractor):
    assert [c for c in claims_of(extractor, "Officials said the search ran from Monday to Friday.")
            if c.kind == "figure"] == []


def test_a_body_families_have_not_received_is_no_denial_of_the_dead(extractor):
    # (but "no body was brought to the district hospital" denies the dead a report says were
    # taken away: the gold of two wires pairs it with the higher toll)
    sentence = '"There are families here who have not received a body," he said.'
    assert [c for c in claims_of(extractor, sentence) if c.key == "deaths"] == []
    found = only(claims_of(extractor, "Police said no bodies were found in the river."), key="deaths")
    assert found.polarity == "negate"


@pytest.mark.parametrize("event", ["capsizing", "collapse"])
def test_the_day_an_event_noun_names_is_the_events_not_the_sayings(extractor, event):
    text = (f"Divers recovered seven more bodies, raising the death toll from Friday's {event} to 29, the "
            "navy said on Monday.")
    toll = only(claims_of(extractor, text), key="deaths")
    assert toll.as_of != toll.event_date and toll.event_date is not None


def test_a_company_the_model_takes_for_a_person_is_known_by_what_it_does(extractor):
    # called a maker once, then by its first name alone (one name); an outlet that saw
    # documents, or whose report another cites, is no company
    plan, = (c for c in claims_of(
        extractor,
        "Austrian sanitaryware maker Brennert Sanitär is preparing to shut two of the three kilns at "
        "its plant in Zaječar. The plan would cost around 900 jobs, one of the people said.\n\n"
        "The plant employs about 1,380 people, according to documents seen by Timok Business Daily. "
        "Brennert employs about 6,000 people at seven plants.",
    ) if c.measure == "job_cuts")
    assert plan.subject == "brennert sanitär"
    denial, = (c for c in claims_of(
        extractor,
        "The Timok Business Daily reported on Wednesday, citing unnamed sources, that the group "
        "intended to shut two kilns. \"There are no plans to reduce the workforce in Zaječar,\" Brennert "
        "spokesman Markus Haider said. Brennert employs about 6,000 people at seven plants.",
    ) if c.measure == "job_cuts")
    assert denial.subject == "brennert"
    # a name that owns the works, or cuts so many jobs at its plant, is the company
    union, = (c for c in claims_of(
        extractor,
        "The restructuring at Brennert Sanitär's Zaječar plant will cost about 1,050 jobs, the "
        "Nezavisnost trade union said on Tuesday.",
    ) if c.measure == "job_cuts")
    assert union.subject == "brennert sanitär"
    text = "Brennert Sanitär will cut 610 jobs at its plant in Zaječar, a spokesman said."
    cut = only(claims_of(extractor, text), measure="job_cuts")
    assert cut.subject == "brennert sanitär"


def test_the_soonest_a_plan_is_due_is_no_period_it_counts(extractor):
    plan = only(claims_of(extractor, "The plan could be presented to employees as early as September and "
                                     "would cost around 900 jobs at Brennert, one of the people said."),
                measure="job_cuts")
    assert plan.period is None


def test_the_dead_a_side_calls_its_martyrs_are_its_own_and_the_enemy_is_the_other_side(extractor):
    claims = claims_of(
        extractor,
        "As the result of the retaliatory measures more than 40 enemy manpower were neutralized, the "
        "Ministry informed.\n\nUnfortunately, three servicemen of the Azerbaijan Army became the shehids.",
    )
    enemy = only(claims, measure="deaths", low=40.0)
    own = only(claims, measure="deaths", low=3.0)
    assert (enemy.subject, own.subject) == ("not azerbaijan military", "azerbaijan military")


def test_soldiers_killed_in_a_fight_between_two_countries_are_both_sides_dead(extractor):
    total = only(claims_of(extractor, "At least seven soldiers were killed in fighting on the border "
                                      "between Armenia and Azerbaijan late on Tuesday, officials said."),
                 measure="deaths")
    assert total.subject == "both military"
    own = only(claims_of(extractor, "Armenia said four of its servicemen had died."), measure="deaths")
    assert conflict(own, total) is None


def test_the_dead_a_clause_adds_to_a_toll_are_counted_in_it(extractor):
    claims = claims_of(extractor, "Two workers who were being treated for burns died on Thursday and Friday, "
                                  "bringing the toll to 13, the health department said.")
    assert [c.low for c in claims if c.measure == "deaths"] == [13.0]
    # (not the five of Sunday's attack, a toll of its own, against a month's count)
    month = claims_of(extractor, "Five people were killed on Sunday, bringing to 40 the number of people "
                                 "killed this month.")
    assert sorted(c.low for c in month if c.measure == "deaths") == [5.0, 40.0]


def test_means_of_any_kind_named_by_example_are_the_thing_named(extractor):
    text = "Special means, including tear gas, were not used, the ministry said."
    denial = only(claims_of(extractor, text), kind="event")
    assert (denial.key, denial.polarity) == ("use|gas", "negate")
    both = claims_of(extractor, "Police did not use any special means, including tear gas or water cannon.")
    assert {c.key for c in both} == {"use|gas", "use|water cannon"}


def test_a_level_named_by_a_number_in_words_is_no_count(extractor):
    claims = claims_of(extractor, "The company revised the number of people who were underground at the time "
                                  "of the collapse to 22. It said eight workers from the contractor had also "
                                  "been on level four.")
    assert 4.0 not in {c.low for c in claims}


def test_soldiers_who_fell_as_martyrs_were_killed(extractor):
    text = "The Ministry announces that four soldiers fell as the martyrs of the Nation."
    fell = only(claims_of(extractor, text), low=4.0)
    assert fell.measure == "deaths"


def test_a_sides_losses_said_to_stand_at_so_many_dead_are_its_own(extractor):
    stood = only(claims_of(extractor, "A ministry spokesman said that Eritrean losses now stood at no fewer "
                                      "than 45 dead."), measure="deaths")
    risen = only(claims_of(extractor, "The minister said that Djiboutian losses in the clash had risen to at "
                                      "least 70 dead."), measure="deaths")
    assert (stood.subject, risen.subject) == ("eritrea", "djibouti")


def test_soldiers_killed_in_fighting_between_two_peoples_troops_are_both_sides_dead(extractor):
    total = only(claims_of(extractor, "At least six soldiers were killed overnight in fighting between "
                                      "Djiboutian and Eritrean troops, officials said."), measure="deaths")
    assert total.subject == "both military"


def test_those_by_whom_people_were_taken_are_not_counted_as_taken(extractor):
    claims = claims_of(extractor, "The army said four members of the team had been seized by about 15 armed "
                                  "men in the village.")
    assert [c.low for c in claims if c.measure == "captured"] == [4.0]


def test_the_number_of_cases_of_no_illness_named_is_not_what_was_counted_last(extractor):
    claims = claims_of(extractor, "An outbreak hit the district.\n\nThe contamination was detected in 17 of "
                                  "the 24 samples it took, the committee said. The number of cases has risen "
                                  "to 219, the health ministry said.")
    assert 219.0 not in {c.low for c in claims if c.measure != "cases"}


def test_our_martyrs_are_the_side_whose_martyrs_the_report_mourns(extractor):
    own = only(claims_of(extractor, "Two members of our Defence Forces became martyrs in the fighting. The "
                                    "people of Eritrea remember with honour the sacrifice of the martyrs."),
               measure="deaths")
    assert own.subject.startswith("eritrea")

    # (not the enemy's doing, told by the verb: "the Malian army martyred nine of the citizens")
    enemy = claims_of(extractor, "The Malian army martyred nine of the citizens in Tenhamad.\n\nOne soldier "
                                 "of our army was martyred and three others were wounded.")
    assert not only(enemy, low=1.0, measure="deaths").subject.startswith("mali")


def test_a_company_that_reports_citing_a_reason_is_still_the_company(extractor):
    text = ("Maersk reported a 40 percent drop in quarterly profit, citing weak freight rates. Maersk said "
            "it would cut 10,000 jobs. Rival Hapag-Lloyd said rates were recovering.")
    assert only(claims_of(extractor, text), measure="job_cuts").subject == "maersk"


def test_a_union_named_after_its_company_leaves_the_company_the_company(extractor):
    claims = claims_of(extractor, "The Hyundai Motor union said 43,000 workers would strike. Hyundai Motor "
                                  "said it would cut 2,000 jobs. Kia also warned of delays.")
    assert only(claims, measure="job_cuts").subject == "hyundai motor"


def test_a_toll_that_grew_keeps_whose_and_what_its_growth_says(extractor):
    text = "Two children were hurt on Thursday, bringing the toll to 13, officials said."
    hurt = claims_of(extractor, text)
    assert {(c.measure, c.subject) for c in hurt} == {("injured", "child")}
    soldiers = claims_of(extractor, "Seven soldiers were killed on Tuesday, bringing the military's toll in "
                                    "the offensive to 48, the defence ministry said.")
    assert sorted(c.low for c in soldiers if c.measure == "deaths") == [7.0, 48.0]


def test_the_martyrs_of_the_other_sides_strikes_do_not_make_it_our_side(extractor):
    claims = claims_of(extractor, "The number of martyrs from the Israeli occupation's strikes on Gaza rose "
                                  "to 40. Two of our fighters were also killed.")
    assert not only(claims, low=2.0).subject.startswith("israel")


def test_soldiers_counted_by_one_side_or_beside_talks_are_not_both_sides(extractor):
    text = ("Two soldiers were killed on Tuesday in clashes on the border between Armenia and Azerbaijan, "
            "Armenia's defence ministry said.")
    own = only(claims_of(extractor, text), measure="deaths")
    text = "Three soldiers died on Monday, days before peace talks between Armenia and Azerbaijan."
    talks = only(claims_of(extractor, text), measure="deaths")
    assert "both" not in (own.subject, talks.subject)


def test_as_early_as_a_month_is_a_period_of_what_was(extractor):
    text = "Inflation in Ghana reached 9 percent as early as January, the statistics office said."
    assert only(claims_of(extractor, text), measure="inflation").period is not None


def test_the_attackers_numbers_are_counted_though_the_taken_are_not(extractor):
    text = "The army base was attacked by some 300 militants on Sunday, the army said."
    claims = claims_of(extractor, text)
    assert any(c.low is not None and c.low <= 300.0 <= (c.high or 0.0) for c in claims)


# ---- session 65: mines, breakdowns, both sides' dead, schools shut, blanket denials ---------------


def test_men_below_ground_are_those_underground(extractor):
    claims = claims_of(extractor, "A gallery collapsed at the mine on Tuesday. Armijos repeated that at "
                                  "least 26 men had been below ground, not 14.")
    assert only(claims, low=26).measure == "aboard"


def test_men_still_under_the_ground_are_not_a_count_of_those_there_when_it_struck(extractor):
    claims = claims_of(extractor, "A gas blast at the Soma coal mine killed 12 miners. Fourteen of our "
                                  "brothers are still under the ground, the union said.")
    assert [c.measure for c in claims if c.low == 14] == []


def test_lamps_issued_for_a_shift_are_miners_underground(extractor):
    claims = claims_of(extractor, "A gas explosion at the Kovran coal mine killed 12 miners on Monday. "
                                  "Police said lamp-room records seized on Friday showed 41 cap lamps "
                                  "had been issued for the night shift.")
    assert only(claims, low=41).measure == "aboard"


def test_passengers_listed_on_a_manifest_are_those_aboard(extractor):
    claims = claims_of(extractor, "The launch capsized on the river. The launch's owner, Tori Navigation, "
                                  "said 118 passengers had been listed on the launch's manifest.")
    assert only(claims, low=118).measure == "aboard"


def test_men_who_had_been_in_the_pit_are_those_underground(extractor):
    claims = claims_of(extractor, "A methane explosion at the Breza coal mine killed five. The mine's "
                                  "management said in a statement that 38 miners had been in the pit.")
    assert only(claims, low=38).measure == "aboard"


def test_people_not_accounted_for_are_missing(extractor):
    claims = claims_of(extractor, 'A methane explosion at the Breza coal mine killed five. "By our count, 19 '
                                  'of our people have not been accounted for, alive or dead," Kulenovic '
                                  'said.')
    assert only(claims, low=19).measure == "missing"


def test_miners_rescuers_try_to_reach_who_are_still_missing_are_missing_now(extractor):
    claims = claims_of(extractor, "An explosion at the Breza coal mine killed five, the management said, as "
                                  "rescuers fought to reach four miners who are still missing.")
    four = only(claims, low=4)
    assert (four.measure, four.cumulative) == ("missing", False)


def test_a_toll_that_reached_so_many_people_counts_the_dead(extractor):
    claims = claims_of(extractor, "The death toll reached 31 people on Monday, officials said.")
    assert only(claims, low=31).measure == "deaths"


def test_no_one_remaining_underground_is_none_missing(extractor):
    claims = claims_of(extractor, 'An explosion at the Breza coal mine killed 11. "No one remains '
                                  'underground '
                                  'in the Podgaj pit," the head of the rescue operation said.')
    none = only(claims, measure="missing")
    assert none.polarity == "negate"


def test_a_clause_hung_on_the_statement_it_was_said_in_is_still_said(extractor):
    claims = claims_of(extractor, "A collapse at the La Esperanza gold mine killed ten miners. Minera Cerro "
                                  "Azul said in a statement that every worker on Tuesday's shift had "
                                  "now been accounted for.")
    none = only(claims, measure="missing")
    assert (none.side, none.polarity) == ("minera cerro azul", "negate")


def test_a_numbered_level_with_a_hyphen_is_no_count(extractor):
    claims = claims_of(extractor, "A collapse at the La Esperanza gold mine killed ten miners. The company "
                                  "denied that the union had raised any concern about the level-four "
                                  "supports.")
    assert [c.low for c in claims if c.low is not None] == [10]


def test_it_is_the_company_just_named_as_a_subject(extractor):
    claims = claims_of(extractor, "Rescuers recovered four more bodies from the La Esperanza mine, the "
                                  "national risk management service said. The company rejected that "
                                  "account. In a statement it said its records showed 14 lamps had been "
                                  "issued for the shift.")
    assert only(claims, low=14).side != "national risk management service"


def test_information_given_to_the_teller_is_told_by_him(extractor):
    claims = claims_of(extractor, "A gallery collapsed at the mine. The mayor, Jorge Sarmiento, said "
                                  "about 25 "
                                  "miners had been in the mine when it collapsed, according to information "
                                  "given to him by rescuers.")
    assert only(claims, measure="aboard").side not in ("information", "rescuer")


@pytest.mark.parametrize("sentence", [
    "Bhattacharya rejected the union's claim that 87 workers had been underground, saying the lamp-room "
    "records showed 52 cap lamps issued for the shift.",
    "The Associated Mine Workers Union said 52 miners were still unaccounted for, insisting that the company "
    "was hiding the truth.",
])
def test_a_participle_of_saying_is_the_teller_s_not_a_count_s(extractor, sentence):
    claims = claims_of(extractor, "A gas explosion at the Kusunda mine killed nine miners. " + sentence)
    assert only(claims, low=52).side not in ("worker", "miner")


def test_a_participle_after_a_denial_is_the_denier_s(extractor):
    claims = claims_of(extractor, "A collapse at the mine killed ten miners. The company also denied "
                                  "that the "
                                  "union had raised any concern, saying the letter \"was never received\".")
    assert only(claims, key="receive|warning").side != "union"


def test_a_body_named_with_its_short_name_after_a_comma_tells_the_count(extractor):
    claims = claims_of(extractor, "A magnitude 7.4 earthquake struck off Tonga early on Tuesday, sending "
                                  "tsunami waves into the Ha'apai island group and killing at least three "
                                  "people, the National Emergency Management Office (NEMO) said. NEMO "
                                  "director Sione Fifita said the three dead were on Lifuka.")
    first, second = [c for c in claims if c.measure == "deaths"]
    # (one body, by its name and its short name: detect.same_side knows them for one)
    assert (first.side, first.speaker, second.side) == (
        "national emergency management office", "National Emergency Management Office (NEMO)", "nemo")


def test_a_count_s_shares_by_place_are_no_counts_of_their_own(extractor):
    claims = claims_of(extractor, "A tsunami struck the Ha'apai islands on Tuesday. NEMO said six deaths had "
                                  "been confirmed, four on Lifuka and two on Foa.")
    assert [c.low for c in claims if c.measure == "deaths"] == [6]


def test_people_killed_in_fighting_between_two_countries_are_both_sides_dead(extractor):
    claims = claims_of(extractor, "At least nine people were killed overnight in fighting between Thai and "
                                  "Cambodian troops on a disputed ridge, according to figures released "
                                  "by the two governments on Wednesday.")
    assert only(claims, low=9).subject == "both"


def test_villagers_counted_with_a_side_s_soldiers_are_its_own(extractor):
    claims = claims_of(extractor, "Cambodia's defence ministry said three of its soldiers and two villagers "
                                  "had died.")
    assert only(claims, low=2).subject == "cambodia civilian"


@pytest.mark.parametrize("sentence, low", [
    ("The union said classes were suspended in 860 of the country's roughly 1,240 schools.", 860),
    ("According to the union, 97 schools in the capital did not hold lessons.", 97),
    ("The ministry said lessons took place normally in 84 percent of schools and only 190 were closed.", 190),
])
def test_schools_without_lessons_are_schools_closed(extractor, sentence, low):
    claims = claims_of(extractor, "Teachers went on strike across Moldova on Tuesday. " + sentence)
    shut = only(claims, low=low)
    assert (shut.key, shut.polarity) == ("close|school", "affirm")


def test_no_special_means_denies_each_means_used_on_a_crowd(extractor):
    claims = claims_of(extractor, 'Police dispersed the rally in Aktobe. "No special means were used against '
                                  'the citizens," the police spokesman said.')
    gas = only(claims, key="use|gas")
    assert gas.polarity == "negate"


def test_a_link_told_in_a_second_clause_of_what_was_said_is_a_cause(extractor):
    claims = claims_of(extractor, "Cryptosporidium sickened hundreds in Serowe. The Ministry of Health said "
                                  "that laboratory tests had confirmed Cryptosporidium and that the "
                                  "outbreak was linked to the village's tap water.")
    cause = only(claims, measure="cause")
    assert (cause.side, cause.polarity) == ("ministry of health", "affirm")


@pytest.mark.parametrize("sentence, polarity", [
    ("Mamani said the captain had permission from the harbour master to sail.", "affirm"),
    ("The port captain said his office had not authorised the boat to leave.", "negate"),
    ("Police said the rally was not authorized.", "negate"),
    ("The organisers said they had received written permission from the city to hold a meeting.", "affirm"),
])
def test_leave_given_or_refused_is_one_question(extractor, sentence, polarity):
    claims = claims_of(extractor, sentence)
    assert only(claims, key="authorise|permission").polarity == polarity


def test_names_on_a_passenger_list_are_those_aboard(extractor):
    claims = claims_of(extractor, "A launch capsized on Lake Titicaca. The port captaincy said the passenger "
                                  "list handed in before departure contained 31 names.")
    aboard = only(claims, low=31)
    assert (aboard.measure, aboard.qualifier) == ("aboard", "exact")


def test_people_listed_who_have_not_come_home_are_missing(extractor):
    claims = claims_of(extractor, "A launch capsized on Lake Titicaca. A committee of families said it had "
                                  "drawn up a list of 16 people who had not come home.")
    assert only(claims, low=16).measure == "missing"


def test_some_still_being_held_after_an_abduction_are_held(extractor):
    claims = claims_of(extractor, "Gunmen abducted 30 bus passengers on Thursday. Wollega University said on "
                                  "Tuesday that four of its students were still being held.")
    assert only(claims, low=4).measure == "held"


def test_a_teller_asked_in_between_still_tells(extractor):
    claims = claims_of(extractor, "Gunmen abducted 30 bus passengers on Thursday. A government spokesman, "
                                  "asked about the discrepancies, said the number of people abducted had "
                                  "never exceeded 12.")
    assert only(claims, low=0.0).side == "government"


def test_a_saying_read_as_a_plural_noun_still_says(extractor):
    claims = claims_of(extractor, "Fighting broke out on the border with Thailand. The Ministry underlines "
                                  "that the RCAF have not fired on any Thai village.")
    assert only(claims, key="attack|place").side == "ministry"


@pytest.mark.parametrize("sentence, ground, polarity", [
    ("The Thai artillery shells also fell on the village of Kouk Sralau, the ministry said.",
     "not thailand village", "affirm"),
    ("The army insists that the Thai artillery did not fire into the Cambodian territory.",
     "cambodia", "negate"),
    ('"Our forces did not fire a single rocket toward Thai territory," the Cambodian spokesman said.',
     "thailand", "negate"),
    ("Sierra Leone said not a single Sierra Leonean shell fell on the Guinean side.", "guinea", "negate"),
    ("Guinea said four villagers were killed by the shells of the Sierra Leonean army.",
     "not sierra leone", "affirm"),
    ("Iran's border guards said the Iranian side fired mortar shells which fell on the village of Kalat.",
     "not iran village", "affirm"),
    # (a village shelled by its name, which the model may take for a person's)
    ("Thai artillery on the far side of the border then shelled Qanafez, the statement said.",
     "not thailand", "affirm"),
    # (none fired at all: none fell on the other side)
    ("The army said Thai forces did not fire a single artillery round across the border.",
     "not thailand", "negate"),
])
def test_fire_across_a_border_is_told_by_whose_ground_it_fell_on(extractor, sentence, ground, polarity):
    # (in a report of a fight between two states: the other side's ground is the other state's)
    claims = claims_of(extractor, "Fighting broke out between Thailand and Cambodia, Guinea and Sierra "
                                  "Leone, and Iran and Afghanistan. " + sentence)
    fire = only(claims, key="attack|territory")
    assert (fire.subject, fire.polarity) == (ground, polarity)


def test_fire_on_a_place_of_no_side_named_is_no_fire_across(extractor):
    claims = claims_of(extractor, "A resident said two shells landed near the pagoda shortly after 10 pm.")
    assert [c for c in claims if c.key == "attack|territory"] == []
    # (nor shells denied of one firing, nor rounds fired with no place)
    for said in ("Thai police said they did not fire the shells that hit the market in Surin.",
                 "The Thai army said it fired 40 artillery rounds."):
        assert [c for c in claims_of(extractor, "Fighting broke out between Thailand and Cambodia. " + said)
                if c.key == "attack|territory"] == []


def test_fire_that_fell_on_a_side_meets_that_side_s_foe_s_denial_only(extractor):
    (fell,) = [c for c in claims_of(extractor, "Cambodia said Thai artillery shells fell on the village of "
                                               "Kouk Sralau.") if c.key == "attack|territory"]
    (denied,) = [c for c in claims_of(extractor, "Thailand's army said the Thai artillery did not fire into "
                                                 "the Cambodian territory.") if c.key == "attack|territory"]
    (own,) = [c for c in claims_of(extractor, "Cambodia said its artillery did not fire into Thai "
                                              "territory.") if c.key == "attack|territory"]
    assert conflict(denied, fell) is not None
    assert conflict(own, fell) is None  # (Cambodia's own fire, not Thailand's)


@pytest.mark.parametrize("sentence, starter", [
    ("According to the spokesperson, in the night of Tuesday toward 22h15 the troops of the Thai army have "
     "opened the fire on the positions of the Royal Cambodian Armed Forces.", "thailand"),
    ("The army said the soldiers of the Cambodia have opened fire with the RPG on the Thai patrol.",
     "cambodia"),
    ("The ministry said the military forces of the Pakistani regime started the attack.", "pakistan"),
    ("The spokesman said the forces of the army of Pakistan attacked the positions of our forces at dawn.",
     "pakistan"),
    ("The army said armed men from the Thai side crossed the river and attacked a frontier outpost.",
     "thailand"),
])
def test_who_started_a_fight_is_told_by_the_side_said_to_have_started_it(extractor, sentence, starter):
    claims = claims_of(extractor, "Fighting broke out between Thailand and Cambodia, and Afghanistan and "
                                  "Pakistan. " + sentence)
    assert only(claims, key="open|first fire").subject == starter


def test_two_sides_each_saying_the_other_opened_fire_disagree(extractor):
    first = "open|first fire"
    (thai,) = [c for c in claims_of(extractor, "Cambodia's defence ministry said Thai troops opened fire "
                                               "on its positions on Tuesday night.") if c.key == first]
    (cambodian,) = [c for c in claims_of(extractor, "Thailand's army said Cambodian soldiers opened fire "
                                                    "on a Thai patrol on Tuesday night.") if c.key == first]
    assert conflict(thai, cambodian) is not None
    assert conflict(thai, replace(cambodian, subject="thailand", side="thailand army")) is None
    # (a row of them raises it: two assertions are not passed by as agreeing before they are read)
    detector = Detector({})
    assert detector.detect(replace(thai, claim_id="a:0")) == []
    assert len(detector.detect(replace(cambodian, claim_id="b:0"))) == 1



def test_who_started_a_fight_is_one_dispute_however_many_tell_it(extractor):
    first = "open|first fire"
    (thai,) = [c for c in claims_of(extractor, "Cambodia's defence ministry said Thai troops opened fire "
                                               "on its positions on Tuesday night.") if c.key == first]
    (cambodian,) = [c for c in claims_of(extractor, "Thailand's army said Cambodian soldiers opened fire "
                                                    "on a Thai patrol on Tuesday night.") if c.key == first]
    detector = Detector({})
    detector.detect(replace(thai, claim_id="a:0", article_id="a"))
    assert len(detector.detect(replace(cambodian, claim_id="b:0", article_id="b"))) == 1
    # (Thailand's account told again, by another teller in another report: the same dispute)
    again = replace(cambodian, claim_id="c:0", article_id="c", side="thai government", speaker="Bangkok")
    assert detector.detect(again) == []
    # (a clash of another day is a dispute of its own)
    day = dict(event_date="2031-04-20", as_of="2031-04-20")
    detector.detect(replace(thai, claim_id="d:0", article_id="d", **day))
    later = replace(cambodian, claim_id="e:0", article_id="e", **day)
    assert len(detector.detect(later)) == 1


def test_fire_on_a_side_s_posts_is_not_fire_on_its_villages(extractor):
    clash = "Fighting broke out between Thailand and Cambodia. "
    (posts,) = [c for c in claims_of(extractor, clash + '"Cambodian troops fired on our position on Saturday '
                                                'night," the Thai army said.') if c.key == "attack|territory"]
    told = claims_of(extractor, clash + '"Cambodian forces did not fire on any village," the Cambodian '
                                        "ministry said.")
    (villages,) = [c for c in told if c.key == "attack|territory"]
    (land,) = [c for c in claims_of(extractor, '"Cambodian forces did not fire into Thai territory," the '
                                               "Cambodian ministry said.") if c.key == "attack|territory"]
    assert conflict(villages, posts) is None
    assert conflict(land, posts) is not None


def test_the_water_supply_and_tap_water_are_one_cause(extractor):
    told = claims_of(extractor, '"There is no link between these cases and the water supply," the '
                                "corporation said.")
    (denied,) = [c for c in told if c.measure == "cause"]
    (linked,) = [c for c in claims_of(extractor, "The ministry said the outbreak was linked to the village's "
                                                 "tap water.") if c.measure == "cause"]
    assert denied.subject == linked.subject == "water:"
    assert conflict(linked, denied) is not None


def test_deaths_of_children_are_children_s(extractor):
    claims = claims_of(extractor, "The Red Cross said its volunteers had recorded at least 12 deaths of "
                                  "children in Serowe.")
    assert only(claims, low=12).subject == "child"


@pytest.mark.parametrize("sentence", [
    "The Cambodian government launched a vaccination campaign in Phnom Penh on Tuesday.",
    "Thailand's tourism authority launched a new festival in the Thai city of Chiang Mai.",
    "Cambodian police fired tear gas in Phnom Penh on Tuesday.",
    "Shell fell 2 percent in London on Tuesday.",
    "Myanmar's military shelled the town of Myawaddy on Tuesday.",
])
def test_no_fire_across_a_border_from_what_is_not_a_side_s_fire_on_another(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.key == "attack|territory"] == []


@pytest.mark.parametrize("sentence", [
    "Two Thai gunmen opened fire in a shopping mall in Bangkok, near the border with Cambodia.",
    "Kenyan police opened fire on protesters in Nairobi, Ugandan traders said.",
    "Russia launched a missile attack on Kharkiv, Ukraine said.",
])
def test_no_first_fire_from_fire_on_no_side_s_forces(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.key == "open|first fire"] == []


@pytest.mark.parametrize("sentence, key", [
    ("The commission said no illegal means were used in Minsk on Tuesday to influence the vote.", "use|gas"),
    ("Parliament on Tuesday authorised the government to borrow 500 million dollars.",
     "authorise|permission"),
    ("The ministry said about 300 schools do not hold lessons on Saturdays.", "close|school"),
])
def test_what_only_looks_like_a_denied_weapon_a_refused_permit_or_a_shut_school(extractor, sentence, key):
    assert [c for c in claims_of(extractor, sentence) if c.key == key] == []


@pytest.mark.parametrize("sentence, side", [
    ("WAPDA General Manager Ali Khan said 12 people died.", "wapda"),
    ("The company said 19 miners were still missing, adding that 26 had been rescued.", "company"),
])
def test_a_rank_before_a_role_and_a_count_missing_are_no_teller(extractor, sentence, side):
    claims = claims_of(extractor, "A gas explosion hit the Kovran coal mine. " + sentence)
    assert only(claims, low=12 if "12" in sentence else 19).side == side


def test_a_toll_that_rose_to_so_many_people_counts_the_dead(extractor):
    claims = claims_of(extractor, "The death toll rose to 31 people on Monday, officials said.")
    assert only(claims, low=31).measure == "deaths"


def test_who_opened_fire_in_a_claim_its_teller_refutes_is_denied(extractor):
    claims = claims_of(extractor, "Fighting broke out between Armenia and Azerbaijan. The Ministry of "
                                  "Defense of Armenia resolutely refutes the disinformation which is "
                                  "spreading by Azerbaijani side about that the Armenian units opened fire "
                                  "first.")
    first = only(claims, key="open|first fire")
    assert (first.subject, first.polarity) == ("armenia", "negate")


def test_fire_from_the_side_a_report_fights_with_fell_on_the_other_s_ground(extractor):
    # (a report that names only the enemy's nationality, fighting "with the Nigerian army")
    claims = claims_of(extractor, "The sub-prefect toured the quarters touched by the fightings of Tuesday "
                                  "with the Nigerian army. Four inhabitants of Jabane were killed by the "
                                  "shells of the Nigerian army which fell on the quarter of the landing "
                                  "beach.")
    assert only(claims, key="attack|territory").subject == "not nigeria"


@pytest.mark.parametrize("sentence, starter", [
    ("Cambodia accused Thai forces of opening fire first.", "thailand"),
    ("The first shots were fired by Cambodian troops, the Thai army said.", "cambodia"),
    ("Thai troops fired the first shots, Cambodia said.", "thailand"),
])
def test_who_fired_first_told_in_other_words(extractor, sentence, starter):
    claims = claims_of(extractor, "Fighting broke out between Thailand and Cambodia. " + sentence)
    assert only(claims, key="open|first fire").subject == starter


def test_a_shell_that_fell_in_a_country_fell_on_its_ground(extractor):
    claims = claims_of(extractor, 'Fighting broke out between Sudan and Ethiopia. "No Sudanese shell fell in '
                                  'Ethiopia, and no civilians were harmed by our forces," he said.')
    fell = only(claims, key="attack|territory")
    assert (fell.subject, fell.polarity) == ("ethiopia", "negate")


def test_a_count_told_as_a_share_of_the_total_is_the_whole_count(extractor):
    claims = claims_of(extractor, "The ministry said 310 schools had been closed, a larger number than "
                                  "during the first strike but still only a quarter of the total.")
    assert (only(claims, low=310).high, only(claims, low=310).qualifier) == (310, "exact")


def test_a_count_shared_out_by_place_is_placed_at_none_of_its_shares(extractor):
    claims = claims_of(extractor, "NEMO said six deaths had been confirmed, four on Lifuka and two on Foa.")
    assert "lifuka" not in only(claims, low=6).places
    # (a list of counts, each of its own place, keeps its places)
    listed = claims_of(extractor, "Officials said six deaths in Gaya, five in Aurangabad.")
    assert "gaya" in only(listed, low=6).places


@pytest.mark.parametrize("sentence", [
    "Relatives said on Monday that their family members were still being held.",
    "The families said the boatmen are still in the hands of the kidnappers.",
])
def test_captives_still_held_told_without_a_number_are_some_held(extractor, sentence):
    claims = claims_of(extractor, "Gunmen abducted 40 passengers and three boatmen from a bus on Tuesday. "
                                  + sentence)
    held = only(claims, key="held")
    assert (held.low, held.qualifier, held.polarity) == (1, "at_least", "affirm")


def test_suspects_still_held_by_police_are_no_captives(extractor):
    claims = claims_of(extractor, "Gunmen abducted 40 passengers on Tuesday. Police said the suspects were "
                                  "still being held.")
    assert [c for c in claims if c.key == "held"] == []


@pytest.mark.parametrize("sentence, jobs", [
    ('"The closure will put 1,150 people who work at this plant out of a job," the union said.', True),
    ("The decision will throw 300 workers out of work, the union said.", True),
    ("The pandemic put 2 million people out of work, the ministry said.", False),
])
def test_a_closure_that_puts_people_out_of_a_job_cuts_jobs(extractor, sentence, jobs):
    claims = claims_of(extractor, sentence)
    assert any(c.measure == "job_cuts" for c in claims) == jobs


def test_a_count_brought_to_a_new_figure_is_of_whom_the_number_names(extractor):
    claims = claims_of(extractor, "Djiboutian soldiers fought Eritrean troops on Sunday. Two Djiboutian "
                                  "soldiers died on Monday, bringing the number of Djiboutian soldiers "
                                  "killed to six, the defence ministry said.")
    assert only(claims, low=6).subject == "djibouti military"


@pytest.mark.parametrize("sentence, key", [
    ('"Not a single centavo was paid," the governor said.', "pay|ransom"),
    ("The company said not a single peso was paid in bonuses.", "pay|peso"),
])
def test_not_a_coin_paid_in_an_abduction_denies_a_ransom(extractor, sentence, key):
    claims = claims_of(extractor, "Gunmen abducted seven health workers last week. " + sentence)
    assert only(claims, key=key).polarity == "negate"


@pytest.mark.parametrize("sentence, polarity", [
    ("Residents said the water turned brown after a main water pipe burst on 24 August.", "affirm"),
    ("Residents said a sewer main had burst beside the pumping station.", "affirm"),
    ("Vosa said the contamination followed a break in a water main near Vunimoli.", "affirm"),
    ('"There was no burst on the Serowe supply network in August," a spokesperson said.', "negate"),
    ("Waqa said there had been no burst main in the area in May.", "negate"),
    ("The water utility said there had been no breaks or repairs in the Davlatobod network.", "negate"),
    ("The Water Utilities Corporation denied there had been any pipe burst.", "negate"),
])
def test_a_burst_pipe_told_as_an_act_or_a_thing_is_one_question(extractor, sentence, polarity):
    assert only(claims_of(extractor, sentence), key="be|burst").polarity == polarity


@pytest.mark.parametrize("sentence", [
    "He said the talks broke down on Monday.",
    "Facebook said there was no break in its social network.",
])
def test_what_breaks_that_is_no_pipe(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.key == "be|burst"] == []


@pytest.mark.parametrize("sentence, polarity", [
    ("There will be no retrenchments this year, the company said.", "negate"),
    ("The company said it would retrench 480 employees.", "affirm"),
    ("The company said 480 workers would be retrenched.", "affirm"),
])
def test_retrenchments_are_job_cuts(extractor, sentence, polarity):
    assert only(claims_of(extractor, sentence), measure="job_cuts").polarity == polarity


@pytest.mark.parametrize("sentence, used", [
    ("Doctors treated four people with breathing problems consistent with exposure to tear gas, a hospital "
     "official said.", True),
    ("Residents said they had been exposed to tear gas.", True),
    ("There was no exposure to tear gas, the official said.", False),
])
def test_exposure_to_tear_gas_says_it_was_used(extractor, sentence, used):
    claims = claims_of(extractor, "Police dispersed the protest in Aktobe. " + sentence)
    assert any(c.key == "use|gas" and c.polarity == "affirm" for c in claims) == used


@pytest.mark.parametrize("sentence, key", [
    ("The ministry walked out of Friday's talks after twenty minutes, the union said.", "abandon|talk"),
    ("The union said the minister stormed out of the meeting.", "abandon|meeting"),
])
def test_walking_out_of_talks_abandons_them(extractor, sentence, key):
    assert only(claims_of(extractor, sentence), key=key).polarity == "affirm"


def test_walking_out_of_a_factory_abandons_no_talks(extractor):
    claims = claims_of(extractor, "The union said the workers walked out of the factory at noon.")
    assert [c for c in claims if c.key.startswith("abandon|")] == []


@pytest.mark.parametrize("sentence, share", [
    ("The union said one in five nurses had stayed away.", 20),
    ("The union maintained that close to six in ten primary nurses had walked out.", 59),
    ("The union said only about one in five nurses had reported for duty.", 80),
    ("The ministry said absenteeism stood at 45 percent.", 45),
])
def test_a_strike_s_share_told_as_one_in_five_or_as_absenteeism(extractor, sentence, share):
    claims = claims_of(extractor, "Nurses went on strike on Tuesday. " + sentence)
    told = only(claims, measure="participants")
    assert (told.unit, told.low <= share <= told.high) == ("%", True)


def test_members_taken_to_a_police_station_are_detained_not_captive(extractor):
    claims = claims_of(extractor, 'Nurses went on strike on Tuesday. "Twelve of our members were taken to '
                                  'Lusaka Central police station," the union said.')
    assert only(claims, low=12).measure == "detained"


def test_all_of_them_free_after_an_abduction_says_none_is_held(extractor):
    claims = claims_of(extractor, "Armed men abducted 17 people from a bus. The police said that all of them "
                                  "were now free.")
    assert only(claims, key="held").polarity == "negate"


@pytest.mark.parametrize("sentence, value", [
    ("The union said two lakh workers joined the strike.", 200_000),
    ("Police said 1.5 lakh people attended the rally.", 150_000),
])
def test_lakhs_are_hundreds_of_thousands(extractor, sentence, value):
    assert only(claims_of(extractor, sentence), measure="participants").low == value


def test_a_company_s_cuts_told_in_a_participle_after_its_move_are_its_own(extractor):
    claims = claims_of(extractor, "Kavin Knit Exports has applied for permission to permanently close its "
                                  "units at Avinashi, retrenching 1,850 workers, according to documents.")
    assert only(claims, measure="job_cuts").subject == "kavin knit exports"


@pytest.mark.parametrize("sentence", [
    "Police called off the search, with 24 bodies recovered and seven people still officially listed as "
    "missing.",
    "Police said seven people were registered as missing.",
])
def test_people_listed_or_registered_as_missing_are_missing(extractor, sentence):
    claims = claims_of(extractor, "A boat capsized on Lake Albert on Sunday. " + sentence)
    assert only(claims, low=7).measure == "missing"


def test_people_who_have_not_been_found_are_missing(extractor):
    claims = claims_of(extractor, "A boat capsized on Lake Albert on Sunday. Relatives have given the names "
                                  "of 19 people who have not been found, the district chairman said.")
    assert only(claims, low=19).measure == "missing"


def test_a_count_raised_to_a_new_figure_counts_whom_its_clause_names(extractor):
    claims = claims_of(extractor, "An explosion ripped through a unit at the Ballsh refinery on Tuesday. The "
                                  "company said 22 people were inside the perimeter of the unit when the "
                                  "explosion occurred. The company on Thursday raised its count of people "
                                  "who were inside the unit's perimeter to 27.")
    assert only(claims, low=27).measure == only(claims, low=22).measure == "aboard"


@pytest.mark.parametrize("sentence, polarity", [
    ("The operator said all passengers were wearing life jackets.", "affirm"),
    ("The company said all passengers were issued life jackets.", "affirm"),
    ("He said every passenger was given a life jacket before we left.", "affirm"),
    ('"Nobody gave us life jackets," a survivor said.', "negate"),
    ("Survivors said no life jackets were handed out.", "negate"),
    ('"None of us had a life jacket," she said.', "negate"),
])
def test_life_jackets_worn_issued_or_given_are_one_question(extractor, sentence, polarity):
    claims = claims_of(extractor, "A ferry capsized on Lake Albert on Sunday. " + sentence)
    assert only(claims, key="have|life jacket").polarity == polarity


def test_a_boat_s_licence_for_a_maximum_is_its_capacity(extractor):
    claims = claims_of(extractor, "A boat capsized on Lake Albert. Hakiza said the boat's licence allowed it "
                                  "to carry a maximum of 35 people.")
    capacity = only(claims, low=35)
    assert (capacity.measure, capacity.qualifier) == ("capacity", "exact")


def test_people_still_missing_read_with_missing_as_a_verb_are_missing(extractor):
    claims = claims_of(extractor, "A landslide struck the village. The death toll rose to 24 on Saturday, "
                                  "with 31 people still missing, the agency said.")
    assert only(claims, low=31).measure == "missing"


def test_the_spokesman_told_bare_speaks_for_the_body_of_the_spokesman_named_before(extractor):
    claims = claims_of(extractor, "Fighting broke out between Sudan and South Sudan at Kiir Adem. SSPDF "
                                  "spokesman Major General Deng Atem Malual told reporters that the "
                                  "Sudanese army opened fire first. Three SSPDF soldiers were killed, "
                                  "according to the spokesman.")
    assert only(claims, low=3).side == "sspdf"


def test_the_enemy_of_a_spokesman_of_no_side_named_is_not_the_outlet_s_country(extractor):
    article = Article("t1", "Sudan Nile Gate", PUBLISHED, "",
                      "The clash between Sudan and South Sudan at Samaha continued. The spokesman said "
                      "that 63 of the enemy elements were killed.")
    claims = extractor.extract(clean_article(article))
    assert only(claims, low=63).subject == "not sudan military"


def test_the_day_a_planned_cut_is_due_is_no_day_of_its_news(extractor):
    claims = claims_of(extractor, "Papelera del Litoral will stop paper production at its Dolores mill on "
                                  "December 15 and cut 260 jobs, the company said on Thursday.",
                       published="2031-10-09T19:00:00Z")
    assert only(claims, low=260).event_date is None


def test_soldiers_a_side_holds_captured_are_taken_prisoner(extractor):
    claims = claims_of(extractor, "Fighting broke out between Sudan and South Sudan. The SSPDF spokesman "
                                  "said the army was holding two Sudanese soldiers captured in the clash.")
    held = only(claims, low=2)
    assert (held.measure, held.subject) == ("captured", "sudan military")


@pytest.mark.parametrize("sentence, polarity", [
    ('"There is no connection between these cases and the city\'s drinking water," he said.', "negate"),
    ("The service said the city's drinking water was the source of the outbreak.", "affirm"),
    ("The service said its tests had found sewage in a water main, confirming that the city's drinking water "
     "was the source of the outbreak.", "affirm"),
])
def test_water_told_as_the_source_or_no_connection_is_a_cause(extractor, sentence, polarity):
    claims = claims_of(extractor, "A hepatitis A outbreak hit Kulob. " + sentence)
    cause = only(claims, key="cause")
    assert (cause.subject, cause.polarity) == ("water:", polarity)


def test_a_share_of_whom_it_names_is_no_bare_figure_of_the_count_before(extractor):
    claims = claims_of(extractor, "Nurses went on strike on Tuesday. The director said three midwives had "
                                  "been on duty in the ward. He said about 70 percent of nurses at the "
                                  "hospital reported for work on Tuesday.")
    share = only(claims, unit="%")
    assert (share.measure, share.low, share.high) == ("participants", 27.5, 32.5)


@pytest.mark.parametrize("sentence", [
    "Relatives said the kidnappers had phoned several families demanding 20,000 US dollars for each captive.",
    "Relatives said the kidnappers called the families, demanding 20,000 US dollars for each captive.",
])
def test_money_the_captors_demand_in_a_participle_is_a_ransom_demanded(extractor, sentence):
    claims = claims_of(extractor, "Gunmen abducted 34 passengers from a bus on Tuesday. " + sentence)
    assert only(claims, low=20000).key == "demand|ransom"


PROTEST = "Police dispersed the protest in Aktobe on Tuesday. "
OUTBREAK = "A hepatitis A outbreak hit Kulob. "
ABDUCTION = "Gunmen abducted 40 passengers from a bus on Tuesday. "
STRIKE = "Teachers went on strike on Tuesday. "
CAPSIZING = "A ferry capsized on Lake Albert on Sunday. "


@pytest.mark.parametrize("context, sentence, key", [
    (PROTEST, "Medics said their symptoms were not consistent with exposure to tear gas.", "use|gas"),
    (PROTEST, "Doctors warned that children exposed to tear gas could suffer lasting harm.", "use|gas"),
    (OUTBREAK, "Residents said there was no break in the water supply.", "be|burst"),
    (OUTBREAK, "The utility said the pumping system at the water works broke down.", "be|burst"),
    (ABDUCTION, "He said not a single cedi of the promised compensation had been paid.", "pay|ransom"),
    (ABDUCTION, "The army said the rescued students are still being held at a barracks for checks.", "held"),
    (ABDUCTION, "Fifteen escaped on Monday. All of them are now free, the police said.", "held"),
    (ABDUCTION, "Police are holding three suspects captured by vigilantes.", "captured"),
    (STRIKE, "Pupil absenteeism reached 60 percent as parents kept children at home.", "participants"),
    (STRIKE, "The plan will put 1,150 people out of work back into jobs, the ministry said.", "job_cuts"),
    (ABDUCTION, "The judge said 19 people who were not found guilty were released.", "missing"),
    (CAPSIZING, "Divers were wearing life jackets.", "have|life jacket"),
    (CAPSIZING, "The minister said the state would supply life jackets to boats.", "have|life jacket"),
])
def test_what_only_looks_like_the_new_readings(extractor, context, sentence, key):
    claims = claims_of(extractor, context + sentence)
    assert [c for c in claims if c.key == key and sentence[:20] in c.text] == []


@pytest.mark.parametrize("context, sentence, key", [
    (PROTEST, "Doctors treated four with symptoms consistent with exposure to tear gas.", "use|gas"),
    (OUTBREAK, "Residents said a sewer main had burst.", "be|burst"),
    (ABDUCTION, '"Not a single centavo was paid," the governor said.', "pay|ransom"),
    (ABDUCTION, "The families said the passengers are still being held.", "held"),
    (ABDUCTION, "The army said it was holding two soldiers captured in the clash.", "captured"),
    (STRIKE, "The ministry said absenteeism stood at 45 percent.", "participants"),
    (STRIKE, "The union said the closure will put 1,150 people out of work.", "job_cuts"),
    (CAPSIZING, "Relatives gave the names of 19 people who have not been found.", "missing"),
    (CAPSIZING, "Survivors said no life jackets were handed out.", "have|life jacket"),
])
def test_the_new_readings_in_their_own_reports(extractor, context, sentence, key):
    claims = claims_of(extractor, context + sentence)
    assert [c.key for c in claims if c.key == key and sentence[:20] in c.text] == [key]


def test_a_boat_carrying_a_maximum_is_no_capacity(extractor):
    claims = claims_of(extractor, "A boat capsized on Lake Albert. The boat was carrying a maximum of 35 "
                                  "people when it capsized.")
    assert only(claims, high=35).measure == "aboard"


def test_a_count_of_the_dead_told_as_part_of_the_total_is_a_part(extractor):
    claims = claims_of(extractor, "Landslides in Badulla killed 24 people, nearly half of the total, "
                                  "officials said.")
    assert only(claims, low=24).qualifier == "at_least"


@pytest.mark.parametrize("sentence, missing", [
    ("The family of a contract welder say he is still unaccounted for.", True),
    ("The welder remains missing, the union said.", True),
    ("Lika is still missing, his wife said.", True),
    ("His wallet is still missing, she said.", False),
    ("He is no longer missing, she said.", False),
])
def test_one_person_still_missing_is_someone_missing(extractor, sentence, missing):
    claims = claims_of(extractor, "An explosion hit the Ballsh refinery on Tuesday. " + sentence)
    assert any(c.key == "missing" and c.polarity == "affirm" for c in claims) == missing


def test_all_the_abducted_home_again_are_none_held(extractor):
    claims = claims_of(extractor, "Gunmen abducted 30 passengers from a bus near Gimbi. The government said "
                                  "all the abducted passengers were now home with their families.")
    assert only(claims, key="held").polarity == "negate"


@pytest.mark.parametrize("sentence, low", [
    ("A 19-year-old student was hit in the face and lost an eye, his family said.", 1),
    ("Three protesters were hit in the head by rubber bullets, medics said.", 3),
])
def test_people_hit_in_the_body_are_injured(extractor, sentence, low):
    claims = claims_of(extractor, "Police dispersed the protest in Tbilisi. " + sentence)
    hurt = only(claims, measure="injured")
    assert (hurt.low, hurt.cumulative, hurt.high) == (low, False, None)


@pytest.mark.parametrize("sentence, polarity", [
    ("The inspectorate said it had ordered Petrol Mallakastra in June to replace corroded valves.", "affirm"),
    ("The inspectorate said it had issued a written order to the company on 14 July.", "affirm"),
    ("The company said it did not receive any notice from the authorities requiring work.", "negate"),
])
def test_an_authority_s_order_to_a_company_is_a_warning_it_received(extractor, sentence, polarity):
    claims = claims_of(extractor, "An explosion hit the refinery on Tuesday. " + sentence)
    assert only(claims, key="receive|warning").polarity == polarity


@pytest.mark.parametrize("sentence", ["The school ordered 40 buses.", "Police ordered residents to leave."])
def test_orders_that_are_no_warnings(extractor, sentence):
    assert [c for c in claims_of(extractor, sentence) if c.key == "receive|warning"] == []


def test_a_letter_written_to_warn_is_a_warning_given(extractor):
    claims = claims_of(extractor, "An explosion hit the refinery. The union said it had written to "
                                  "management on August 14 to warn that valves on the unit were leaking.")
    assert only(claims, key="receive|warning").polarity == "affirm"
    asked = claims_of(extractor, "The minister said he had written to the mayor to ask for help.")
    assert [c for c in asked if c.key == "receive|warning"] == []


REFINERY = "An explosion hit the Ballsh refinery on Tuesday. "


@pytest.mark.parametrize("context, sentence, key", [
    (REFINERY, "Petrol Mallakastra had received an order for 40 tanker trucks.", "receive|warning"),
    (REFINERY, "A court ordered Petrol Mallakastra in June to pay compensation to dismissed workers.",
     "receive|warning"),
    (REFINERY, "Police issued an evacuation order for nearby villages after the blast.", "receive|warning"),
    (REFINERY, "The ministry ordered Petrol Mallakastra to halt production.", "receive|warning"),
    (REFINERY, "The union had written to management in August to warn that it would strike over wages.",
     "receive|warning"),
    (ABDUCTION, "The gunmen had earlier attacked nearby villages, demanding 5 million naira in levies.",
     "demand|ransom"),
    (ABDUCTION, "Police said the kidnappers never phoned the families demanding 20 million naira.",
     "demand|ransom"),
    (REFINERY, "The refinery's director remains missing from public view since the blast, workers said.",
     "missing"),
    (REFINERY, "A welder was still missing on Tuesday night but was found alive on Wednesday.", "missing"),
    (ABDUCTION, "All the abducted girls were home for the holidays when the gunmen came.", "held"),
])
def test_what_only_looks_like_the_later_readings(extractor, context, sentence, key):
    claims = claims_of(extractor, context + sentence)
    assert [c for c in claims if c.key == key and sentence[:20] in c.text] == []


def test_people_hit_in_the_body_are_some_of_the_injured(extractor):
    claims = claims_of(extractor, PROTEST + "Three protesters were hit in the head by rubber bullets.")
    assert only(claims, measure="injured").qualifier == "at_least"


@pytest.mark.parametrize("sentence, held", [
    ("Relatives said some of the passengers are still being held.", True),
    ("Police said 15 escaped and the others are still being held.", True),
    ("Police said some of the suspects are still being held at the station.", False),
])
def test_some_told_still_held_are_held(extractor, sentence, held):
    claims = claims_of(extractor, ABDUCTION + sentence)
    assert any(c.key == "held" and c.polarity == "affirm" for c in claims) == held


# --- session 67: eval108 and eval105 ---------------------------------------------------------

FAD_REPORT = (
    "The Eritrean army attacked the post of the Djiboutian Armed Forces (FAD) at Dar-Elwa, according "
    "to the communique of the Ministry of Defence. The Ministry announces that four soldiers of the FAD "
    "fell as the martyrs of the Nation. "
)


def test_enemy_elements_neutralised_are_the_enemy_s_dead(extractor):
    riposte = "In the result of the riposte 37 enemy elements were neutralised."
    claims = claims_of(extractor, FAD_REPORT + riposte)
    assert only(claims, low=37.0).key == "deaths"
    assert only(claims, low=37.0).subject == "not djibouti military"  # (the FAD's martyrs are Djibouti's)
    # (a translation's "it was neutralised 14 from the enemy elements": the 14 were)
    riposte = "In this operation it was neutralised 14 from the enemy elements, and the others fled."
    claims = claims_of(extractor, FAD_REPORT + riposte)
    assert (only(claims, low=14.0).key, only(claims, low=14.0).subject) == ("deaths", "not djibouti military")
    # (but "it is detected 71 aircraft" counts the aircraft)
    said = "Meanwhile the defence ministry claimed it is detected 71 aircraft around the island."
    assert only(claims_of(extractor, said), low=71.0).key == "find|aircraft"
    # (whose enemy, the report does not say: no count of anyone's dead)
    unknown = claims_of(extractor, riposte)
    assert [c for c in unknown if c.key == "deaths"] == []
    things = claims_of(extractor, FAD_REPORT + "Our forces destroyed 12 enemy vehicles.")
    assert [c for c in things if c.key == "deaths" and c.low == 12.0] == []


def test_elements_a_translation_names_by_kind_are_of_that_kind(extractor):
    # ("17 from the terrorist elements": attackers, whose dead are no army's nor civilians)
    text = "He said that 17 from the terrorist elements were killed in the clash."
    assert only(claims_of(extractor, text), key="deaths").subject == "militant"
    text = "The ministry said that six from the military elements of Pakistan were killed."
    assert only(claims_of(extractor, text), key="deaths").subject == "pakistan military"


def test_a_translations_teller_after_its_verb_speaks(extractor):
    claims = claims_of(extractor, FAD_REPORT + "In the result of the riposte 37 enemy elements were "
                                               "neutralised, precises the communique.")
    assert only(claims, low=37.0).speaker == "communique"


def test_a_teller_after_a_verb_joined_to_the_count_speaks(extractor):
    # the parser joins "reported" to "took part"; the ministry tells it, not the people
    joined = only(claims_of(extractor, "Some 300 people took part in the march, reported the ministry."))
    assert (joined.key, joined.side) == ("participants", "ministry")
    # "added the statement" tells (not "the commission added 500,000 ballots")
    added = claims_of(extractor, "Troops killed 12 of the attackers, added the statement of the army.")
    assert only(added, low=12.0).speaker == "statement of the army"


def test_the_martyrs_a_report_mourns_are_of_the_forces_it_first_quotes(extractor):
    body = ("The Media Office of the General Command of the Libyan Arab Armed Forces has declared that the "
            "forces of the Chadian army attacked the post of Bir Sarra. The Media Office said that 52 from "
            "the enemy elements were killed. The General Command mourns three martyrs from the heroes of "
            "the brigade.")
    claims = claims_of(extractor, body)
    assert only(claims, low=52.0).subject == "not libya military"
    assert only(claims, low=3.0).subject == "libya"


def test_a_total_shared_out_with_of_them_is_placed_at_none_of_its_shares(extractor):
    said = ("The Red Cross said on Tuesday that at least 11 people had been killed by Cyclone Ianeta, "
            "five of them in the village of Sataua on the north-western coast.")
    assert only(claims_of(extractor, said), low=11.0).places == ()


def test_a_second_plan_denied_in_the_same_breath_is_denied_too(extractor):
    said = ('The management of Savinja Aparati denied the reports. "There is no plan to close Šentjur and no '
            'plan for layoffs," plant director Matej Kovačič told the Courier.')
    cuts = only(claims_of(extractor, said), measure="job_cuts")
    assert (cuts.kind, cuts.polarity) == ("event", "negate")
    joined = "There are no plans to close Šentjur and no plans for layoffs, the company said."
    assert only(claims_of(extractor, joined), measure="job_cuts").polarity == "negate"


def test_a_person_named_whole_who_only_speaks_is_no_company(extractor):
    body = ("The trade union at Savinja Aparati said that at least 470 permanent employees would lose their "
            "jobs. Union president Darja Lipovšek said the figure came from staffing tables. Lipovšek said "
            "the works council had not been informed. \"They talk about June,\" Lipovšek said.")
    assert only(claims_of(extractor, body), measure="job_cuts").subject != "lipovšek"


def test_a_union_chairman_speaks_for_the_union(extractor):
    body = ("The Ruptawa mine's operator said 38 miners were in the section. \"52 of our colleagues were in "
            "that section when the tremor hit, not 38,\" union chairman Marek Sowa told the Evening.")
    assert only(claims_of(extractor, body), low=52.0).side == "union"


def test_he_after_a_teller_who_rejects_a_claim_is_the_teller(extractor):
    body = ("Spokesman Tomasz Wilk of SGW said the count stood. Wilk rejected the union's claim that it had "
            "warned management about the danger. \"SGW has never received any written warning from the "
            "unions,\" he said.")
    never = only(claims_of(extractor, body), polarity="negate")
    assert never.side != "union"


def test_a_number_revised_of_those_on_board_or_inside_a_plant_is_of_those_there(extractor):
    bus = "Diamer police said they had revised the number of people on board to 38, from 32."
    assert only(claims_of(extractor, bus), low=38.0).key == "aboard"
    plant = "The company said it had revised to 33 the number of people inside the plant at the time."
    assert only(claims_of(extractor, plant), low=33.0).key == "aboard"
    # (the parser hangs "inside the factory" on the verb)
    put = "A blast tore through the plant. The company put the number of workers inside the factory at 120."
    assert only(claims_of(extractor, put), low=120.0).key == "aboard"
    at_the_plant = "A blast tore through the plant. The union put the number of workers at the plant at 900."
    assert [c for c in claims_of(extractor, at_the_plant) if c.key == "aboard"] == []


def test_a_survivors_we_were_so_many_counts_those_aboard(extractor):
    crash = "A bus plunged into the Indus. The operator said 27 people were aboard. "
    said = only(claims_of(extractor, crash + '"I think we were 40 or more," he said.'), low=40.0)
    assert (said.key, said.qualifier) == ("aboard", "at_least")
    # (the report's own count again, in the survivor's words: no second claim)
    again = claims_of(extractor, "Survivors said 232 people had boarded the boat. \"We were 232,\" one said.")
    assert len([c for c in again if c.key == "aboard"]) == 1
    # (a hedged number the parser takes for an adjective: "we were nearly 60")
    nearly = only(claims_of(extractor, crash + '"We were nearly 60 on that bus," said a survivor.'), low=54.0)
    assert (nearly.key, nearly.high) == ("aboard", 60.0)
    square = claims_of(extractor, '"We were 40 in the square," he said.')
    assert [c for c in square if c.key == "aboard"] == []


def test_one_by_one_is_no_count(extractor):
    claims = claims_of(extractor, CAPSIZING + '"We were 232, the captain counted us one by one before we '
                                              'left Barra," a survivor told the NGO.')
    assert [c for c in claims if c.low == 1.0] == []


@pytest.mark.parametrize("sentence, polarity", [
    ("The attorney general said there has been no ransom demand of any kind.", "negate"),
    ("Police said there had been no demand for ransom.", "negate"),
    ("Police said no ransom demand has been received.", "negate"),
    ("Several families said the kidnappers had telephoned them on Wednesday demanding 500,000 pesos for "
     "each worker.", "affirm"),
])
def test_a_ransom_demand_told_as_a_noun_or_by_telephone_is_a_demand(extractor, sentence, polarity):
    claims = claims_of(extractor, ABDUCTION + sentence)
    assert only(claims, key="demand|ransom").polarity == polarity


def test_money_paid_to_the_criminals_is_a_ransom(extractor):
    claims = claims_of(extractor, ABDUCTION + '"Not a single peso was paid to the criminals," he said.')
    assert only(claims, key="pay|ransom").polarity == "negate"


@pytest.mark.parametrize("sentence, warned", [
    ('"They were warned, and they did nothing," the union leader said.', True),
    ("The company had been warned, the union said.", True),
    ("Residents were warned to leave, the mayor said.", False),
    ("The labour ministry said its inspectors had served Agroquímica Paranaense with a formal notice on "
     "August 14 ordering it to reduce the stocks held in the warehouse.", True),
])
def test_a_warning_received_told_in_other_words(extractor, sentence, warned):
    claims = claims_of(extractor, "A warehouse exploded at the plant on Tuesday. " + sentence)
    assert any(c.key == "receive|warning" and c.polarity == "affirm" for c in claims) == warned


@pytest.mark.parametrize("sentence", [
    "The company said it had not been warned.",
    "TGS said it complied with all safety rules and had never been warned, either by the authorities or by "
    "its own workers, of any risk at the silos.",
])
def test_a_body_never_warned_received_no_warning(extractor, sentence):
    claims = claims_of(extractor, "A warehouse exploded at the plant on Tuesday. " + sentence)
    assert only(claims, key="receive|warning").polarity == "negate"
    untold = claims_of(extractor, "A warehouse exploded on Tuesday. Residents said they were not warned to "
                                  "leave.")
    assert [c for c in untold if c.key == "receive|warning"] == []
    workers = claims_of(extractor, "A scaffold collapsed on Tuesday. Surviving workers said they had never "
                                   "been warned that the scaffolding was unsafe.")
    assert [c for c in workers if c.key == "receive|warning"] == []


@pytest.mark.parametrize("sentence, key, polarity", [
    ("The company said employee representatives had been consulted on the plan in November, as required by "
     "law.", "consult|workforce", "affirm"),
    ("Georgieva said the union had never been consulted.", "consult|workforce", "negate"),
    ("The union said the works council had not been informed or consulted.", "inform|workforce", "negate"),
    ("The company said it informed the works council of the plan on April 16.", "inform|workforce", "affirm"),
    ("The company said workers were informed at a meeting at the plant.", "inform|workforce", "affirm"),
    ("The union said it had never been notified of the plan.", "inform|workforce", "negate"),
])
def test_a_workforce_told_or_consulted_is_one_question_each_however_told(extractor, sentence, key, polarity):
    claims = claims_of(extractor, "The company will close its plant. " + sentence)
    assert only(claims, key=key).polarity == polarity


def test_others_told_are_no_workforce_told(extractor):
    told = claims_of(extractor, "Police said they informed the families of the victims.")
    assert [c for c in told if c.key.endswith("|workforce")] == []
    briefed = claims_of(extractor, "The hospital said staff had been briefed on Ebola protocols in November.")
    assert [c for c in briefed if c.key.endswith("|workforce")] == []


def test_a_count_revised_to_a_figure_told_first_counts_whom_its_clause_names(extractor):
    body = ("A tailings dam above the plant collapsed on Monday. Roan Basin said it had revised to 47 the "
            "number of people who were at the plant when the dam failed.")
    assert only(claims_of(extractor, body, published="2032-01-07T10:00:00Z"), low=47.0).measure == "aboard"


def test_a_terminal_in_a_companys_story_is_its_works(extractor):
    blast = ("TGS said an explosion tore through its grain terminal at Beira on Thursday. TGS also said it "
             "had revised to 31 the number of people who were at the terminal when the blast happened.")
    assert only(claims_of(extractor, blast), low=31.0).measure == "aboard"
    crowd = ("A bomb exploded at the bus terminal in Kano on Thursday, police said. Police said 60 people "
             "were at the terminal when the bomb went off.")
    assert [c.measure for c in claims_of(extractor, crowd) if c.low == 60.0] != ["aboard"]


def test_a_day_weeks_before_a_report_is_no_day_of_its_news(extractor):
    body = ("The ministry said its inspectors had served the company with a formal notice on August 14 "
            "ordering it to move the stocks.\n\nThe company said 33 people were inside the plant at the "
            "time of the blast.")
    inside = only(claims_of(extractor, body, published="2031-11-06T15:00:00Z"), low=33.0)
    assert inside.context_date is None


def test_a_toll_since_a_days_event_is_counted_from_it(extractor):
    since = claims_of(extractor, "The governor said on Tuesday that 31 people had been confirmed dead in the "
                                 "province since Saturday's earthquake.")
    assert (only(since).cumulative, only(since).event_date) == (True, None)
    of_it = claims_of(extractor, "Police said 12 people were killed in Saturday's earthquake.")
    assert only(of_it).event_date is not None


def test_a_share_at_work_told_beside_the_strikes_other_workers_is_the_rest_on_strike(extractor):
    body = ("Railway drivers went on strike on Thursday. Sri Lanka Railways said 71% of engine drivers "
            "reported for work on Thursday, the second day of strike action by drivers and guards.")
    share = only(claims_of(extractor, body), measure="participants")
    assert share.low == 29.0


def test_a_body_named_for_a_city_places_its_report_there(extractor):
    body = ("Bus drivers went on strike on Tuesday. The Kathmandu Valley Transit Corporation said 61 percent "
            "of drivers and conductors reported for work at its depots in Lagankhel and Bhaktapur.")
    assert "kathmandu" in only(claims_of(extractor, body), measure="participants").region


@pytest.mark.parametrize("sentence, count", [
    ("The union said only nine of its buses left the depots in the morning.", 9.0),
    ("The union said only 11 of the 370 trains scheduled for today had left.", 11.0),
    ("The railway said by 10 am, 87 trains had departed.", 87.0),
])
def test_services_that_left_or_departed_on_a_strike_day_ran(extractor, sentence, count):
    claims = claims_of(extractor, "Drivers went on strike on Tuesday. " + sentence)
    assert only(claims, low=count).key.startswith("run|")


@pytest.mark.parametrize("sentence, value, unit", [
    ("The company said employees whose jobs are cut will receive severance of six months' pay.", 6.0,
     "months"),
    ("The union said managers had offered severance of three months' pay at a meeting.", 3.0, "months"),
    ("The union said the company offered only the severance required by law.", 1.0, "legal minimum"),
    ("The company said it had offered each dismissed worker twice the legal severance payment.", 2.0,
     "legal minimum"),
    ("Akdeniz said its offer of double severance stands.", 2.0, "legal minimum"),
])
def test_severance_offered_is_a_figure_in_months_of_pay_or_times_the_legal_minimum(extractor, sentence, value,
                                                                                      unit):
    severance = only(claims_of(extractor, "The company will cut 300 jobs. " + sentence), key="severance")
    assert (severance.low, severance.subject) == (value, unit)
    untold = claims_of(extractor, "The company will cut 300 jobs. Severance will be paid.")
    assert [c for c in untold if c.key == "severance"] == []


@pytest.mark.parametrize("sentence", [
    "If Thai troops cross the border, Cambodia will respond with force.",
    "Residents fear Thai soldiers will cross the border again.",
])
def test_a_crossing_feared_or_supposed_is_no_crossing_told(extractor, sentence):
    claims = claims_of(extractor, "Fighting broke out between Thailand and Cambodia. " + sentence)
    assert [c for c in claims if c.key == "cross|border"] == []


@pytest.mark.parametrize("sentence", [
    "Thai soldiers came under fire and attacked the Cambodian positions in response, the Thai army said.",
    "The army said Thai F-16 fighter jets attacked Cambodian military positions hours after the clash.",
])
def test_an_attack_in_a_fight_begun_is_not_who_began_it(extractor, sentence):
    claims = claims_of(extractor, "Fighting broke out between Thailand and Cambodia. " + sentence)
    assert [c for c in claims if c.key == "open|first fire"] == []


def test_a_crowd_at_a_terminal_in_a_planes_story_is_no_one_aboard(extractor):
    body = ("A Skyline Airways plane caught fire at the gate on Monday. About 2,000 people were in the "
            "terminal when the plane caught fire, the airline said.")
    assert only(claims_of(extractor, body), low=1800.0).measure != "aboard"


def test_a_papers_name_is_no_place_of_its_news(extractor):
    body = ("Police fired tear gas at protesters on Tuesday, witnesses told the Washington Post. Police said "
            "61 percent of officers were deployed.")
    assert all("washington" not in c.region for c in claims_of(extractor, body))


def test_rounds_of_rubber_bullets_seen_fired_are_rubber_bullets(extractor):
    body = "Police dispersed the march. Witnesses saw police fire rounds of rubber bullets into the crowd."
    assert only(claims_of(extractor, body)).key == "use|rubber bullet"


@pytest.mark.parametrize("sentence", [
    "Officials said 40 buses left for the border.",
    "The railway said only 87 of the 370 scheduled trains had departed by 10 am.",
])
def test_a_fleet_that_left_for_somewhere_or_by_an_hour_is_no_count_of_what_ran(extractor, sentence):
    claims = claims_of(extractor, "Drivers went on strike on Tuesday. " + sentence)
    assert [c for c in claims if c.key.startswith("run|")] == []


def test_a_place_dated_weeks_before_the_news_keeps_no_day(extractor):
    body = ("Protesters marched in Kumasi on Tuesday. Last month, on March 12, police fired tear gas at "
            "protesters in Kumasi as well. Police said no live ammunition was used in Kumasi.")
    denial = only(claims_of(extractor, body, published="2031-04-02T12:00:00Z"), key="use|live ammunition")
    assert denial.context_date != "2031-03-12"


def test_a_crowd_counted_by_the_figure_it_reached_is_its_marchers(extractor):
    body = ("Thousands marched in Makassar. The police chief said the Makassar crowd never exceeded 5,000 "
            "people.")
    crowd = only(claims_of(extractor, body), measure="participants")
    assert (crowd.high, crowd.qualifier) == (5000.0, "less_than")
    toll = only(claims_of(extractor, "A bomb exploded. Police said the toll exceeded 50."))
    assert toll.measure == "deaths"


def test_people_treated_for_tear_gas_inhalation_say_tear_gas_was_used(extractor):
    body = ("Thousands marched in Makassar. The doctor said the hospital treated 12 people for tear-gas "
            "inhalation.")
    assert only(claims_of(extractor, body), key="use|gas").polarity == "affirm"


def test_no_protester_harmed_is_no_count_of_marchers(extractor):
    shot = claims_of(extractor, "Police said no protester was shot in Abuja.")
    assert [c for c in shot if c.measure == "participants"] == []
    none = claims_of(extractor, "Police said no protester took part.")
    assert only(none, measure="participants").polarity == "negate"


def test_a_place_an_earlier_sentence_dated_keeps_that_day(extractor):
    body = ("The minister acknowledged that police had fired tear gas during last Saturday's march in "
            "Accra.\n\n"
            "But the minister insisted that police had not fired live ammunition in Kumasi on Thursday. "
            "\"Not a single live round was discharged by the police in Kumasi,\" he said.")
    claims = claims_of(extractor, body, published="2031-12-13T10:00:00Z")
    quoted = only(claims, key="use|live ammunition", event_date=None)
    assert quoted.context_date == "2031-12-11"


def test_a_figure_of_so_many_befallen_counts_what_befell_them(extractor):
    said = ABDUCTION + "She said the state maintained its figure of nine abducted."
    assert only(claims_of(extractor, said), low=9.0).key == "captured"
    assert only(claims_of(extractor, "The army gave a toll of 12 killed."), low=12.0).key == "deaths"


def test_a_force_that_did_not_pursue_the_enemy_into_its_land_did_not_cross(extractor):
    said = ("The army said our forces stopped at the border line and did not pursue the enemy elements "
            "inside the territory of the brotherly Chad.")
    crossed = only(claims_of(extractor, said), key="cross|border")
    assert crossed.polarity == "negate"


def test_a_disease_confirmed_in_so_many_people_counts_confirmed_cases(extractor):
    said = ("Laboratory tests have confirmed Legionnaires' disease in 19 of the 27 people now being treated "
            "for pneumonia in Pejë, the institute said.")
    cases = only(claims_of(extractor, said), low=19.0)
    assert (cases.key, cases.subject) == ("cases", "confirmed")
    assert only(claims_of(extractor, "Cholera was confirmed in 12 patients."), low=12.0).key == "cases"
    problem = claims_of(extractor, "Doctors identified a problem in 12 patients.")
    assert [c for c in problem if c.key == "cases"] == []


def test_no_outbreak_in_a_report_of_a_pneumonia_cluster_denies_its_cases(extractor):
    body = ("The hospital in Pejë is treating 11 adults for severe pneumonia, hospital officials said. "
            'A ministry spokesman said: "There is no outbreak in Pejë."')
    none = only(claims_of(extractor, body), polarity="negate")
    assert (none.key, none.subject) == ("cases", "confirmed")


def test_a_hospital_director_speaks_for_the_hospital(extractor):
    body = ("The National Institute of Public Health said samples met all standards. Hospital director "
            'Dr Arben Gashi said the patients were stable. "No patient has died," he said.')
    assert only(claims_of(extractor, body), key="deaths").side == "hospital"


@pytest.mark.parametrize("sentence, cause, polarity", [
    ("The institute said the outbreak had been traced to a cooling tower on the roof of the mall.", "tower:",
     "affirm"),
    ('The mall said its cooling towers had been switched off and "cannot in any way be linked" to the '
     "illnesses.", "tower:", "negate"),
    ("Police said the fire could not have been caused by a short circuit.", "circuit:", "negate"),
])
def test_a_cause_traced_or_ruled_out_with_cannot(extractor, sentence, cause, polarity):
    told = only(claims_of(extractor, OUTBREAK + sentence), key="cause")
    assert (told.subject, told.polarity) == (cause, polarity)


def test_a_cause_that_could_have_been_is_left_open(extractor):
    assert [c for c in claims_of(extractor, "Police said the fire could have been caused by a short circuit.")
            if c.key == "cause"] == []


@pytest.mark.parametrize("body, key", [
    (CAPSIZING + '"We were 12 in my family, only three survived," said Amina Kato.', "aboard"),
    ("The kidnappers demanded 50 million naira on Friday. There has been no further ransom demand since "
     "then, the family said.", "demand|ransom"),
    ("The shopkeepers said not a single peso was paid to the criminals.", "pay|ransom"),
    ("They were warned they would be dismissed if they did not return underground, the union said.",
     "receive|warning"),
    ("The union served Kamoto Copper Company with a notice of a work stoppage, officials said.",
     "receive|warning"),
    ("The army said its troops advanced into RSF-held territory in North Kordofan.", "cross|border"),
])
def test_what_only_looks_like_the_session_67_readings(extractor, body, key):
    # (the demand made on Friday stays; what is read is no further one, nor a threat, nor a march)
    read = [c for c in claims_of(extractor, body) if c.key == key and (c.kind == "event" or key == "aboard")]
    assert read == []


def test_martyrs_another_side_mourns_or_an_army_killed_are_not_the_first_teller_s(extractor):
    body = ("The Turkish Defence Ministry said it neutralised 15 PKK terrorists in northern Iraq. "
            "The PKK said it mourns seven martyrs who fell in the clashes.")
    assert "turkey" not in only(claims_of(extractor, body), low=7.0).subject
    killed = claims_of(extractor, "Israeli forces killed three martyrs in Jenin, medical sources said.")
    assert "israel" not in only(killed, low=3.0).subject


def test_a_company_named_before_its_chairman_of_that_name_is_still_the_company(extractor):
    body = ("Ford said 3,800 jobs would be cut in Germany. Executive chairman Bill Ford said the decision "
            "was painful. Ford said the cuts were needed. The IG Metall union said it would fight the plan.")
    assert only(claims_of(extractor, body), measure="job_cuts").subject == "ford"



def test_a_translations_not_any_soldier_held_is_none_captured(extractor):
    said = "The army attacked. Not any soldier from our forces is in the hand of the enemy, the Office said."
    held = only(claims_of(extractor, said), key="captured")
    assert (held.kind, held.polarity) == ("event", "negate")


def test_people_at_their_work_killed_in_a_war_are_civilians(extractor):
    shelled = ("Chad's army said soldiers died in fighting on the border. The governor said Libyan shells "
               "hit a miners' camp at Kouri Bougoudi, killing seven gold miners and wounding 15 others.")
    assert only(claims_of(extractor, shelled), measure="deaths").subject == "civilian"
    # (in a mine's collapse, the miners are its workforce)
    collapse = "A tunnel collapsed at the Kroon mine on Monday, killing seven miners."
    assert only(claims_of(extractor, collapse), measure="deaths").subject == ""


def test_a_nations_losses_put_at_a_figure_are_its_dead(extractor):
    said = ("Five Chadian soldiers were killed in fighting on the border, the spokesman said. He put Libyan "
            "losses at more than 60 dead.")
    assert only(claims_of(extractor, said), low=60.0).subject == "libya"


def test_a_states_police_service_named_with_its_country_is_its_police(extractor):
    service = claims_of(extractor, "The Ghana Police Service did not deploy tear gas at the march.")
    assert only(service, key="use|gas").subject == "ghana police"
    kenya = claims_of(extractor, "The Kenya Police did not use tear gas.")
    assert only(kenya, key="use|gas").subject == "kenya police"


def test_a_live_round_discharged_is_live_ammunition_fired(extractor):
    said = '"Not a single live round was discharged by the police in Kumasi," he said.'
    fired = only(claims_of(extractor, said))
    assert (fired.key, fired.polarity) == ("use|live ammunition", "negate")
    # (not waste discharged into a river)
    waste = claims_of(extractor, "The plant discharged 40 tonnes of waste into the river.")
    assert [c for c in waste if c.key.startswith("use|")] == []


def test_a_lower_case_word_tagged_as_a_name_still_names_the_kind_of_event(extractor):
    said = ("Ghana's interior minister acknowledged on Friday that police had fired tear gas during last "
            "Saturday's march in Accra against the mining bill.")
    assert "protest" in only(claims_of(extractor, said), key="use|gas").topics


QUAKE = "An earthquake struck the highlands on Monday, killing at least 30 people. "


@pytest.mark.parametrize(
    "said, place, struck",
    [
        ('Teams arrived in Baira on Tuesday. "Baira was not affected, the slide came down on an empty '
         'hillside," he said.', "baira", False),
        ("The deputy commissioner said the village of Brep had been spared.", "brep", False),
        ("The MP said Sataua had come through without major damage.", "sataua", False),
        ("The hamlets upstream of Tumbaya, including Chañi Bajo, reported no damage, the directorate said.",
         "chañi bajo", False),
        ("We have been in contact with Simlekharka by radio and no damage has been reported there, he said.",
         "simlekharka", False),
        ('"Wintua has been almost completely flattened," the team leader said.', "wintua", True),
        ("Volunteers who reached the hamlet of Chañi Bajo found it buried under mud, the Red Cross said.",
         "chañi bajo", True),
        ("The governor said Zitlaltepec had suffered heavy damage.", "zitlaltepec", True),
        # a report the teller calls wrong is denied
        ("Wari said initial reports that the village of Baira had been buried were wrong.", "baira", False),
        # (and what the disaster did, told in the active voice or in other words)
        ("Ali said a mudslide had destroyed part of the village of Mbambani.", "mbambani", True),
        ("He said the village of Dhagax Weyne had been almost entirely washed away.", "dhagax weyne", True),
    ],
)
def test_a_village_a_disaster_spared_or_struck(extractor, said, place, struck):
    told = only(claims_of(extractor, QUAKE + said), key="struck|community")
    assert told.places == (place,)
    assert told.polarity == ("affirm" if struck else "negate")


@pytest.mark.parametrize(
    "said",
    [
        "Officials said it was not yet clear whether the village of Baira had been affected.",
        "Rescuers feared the village of Brep had been buried.",
        "The town of Dadu could be swept away if the embankment bursts, officials warned.",
        "The town of Chiniot was spared the worst of the flooding, the governor said.",
        "The town of Chiniot was largely spared, the governor said.",
        "The town of Kabwe was not affected by the power cuts, the utility said.",
        "The Kariba Dam was not damaged, the authority said.",
        "Lopez was unharmed, his neighbour said.",
        '"Quispe was not affected," said Rosa Quispe.',
        "Rescuers from the town of Kainantu reached the area and found it buried under mud.",
        "Officials said the army destroyed the bridge near Mbambani.",
    ],
)
def test_a_village_told_spared_or_struck_only_as_feared_partly_or_of_something_else_is_not(extractor, said):
    assert [c for c in claims_of(extractor, QUAKE + said) if c.key == "struck|community"] == []


def test_a_village_spared_or_struck_is_read_only_in_a_disaster_report(extractor):
    # (someone else's report, not called wrong, is not the teller's)
    reported = claims_of(extractor, QUAKE + "He cited reports that the village of Baira had been buried.")
    assert [c for c in reported if c.key == "struck|community"] == []
    strike = claims_of(extractor, "The strike went on. Port Louis was not affected, the union said.")
    assert [c for c in strike if c.key == "struck|community"] == []


def test_homes_destroyed_at_one_village_say_the_disaster_struck_it(extractor):
    said = QUAKE + "In Brep, about 80 of the village's 110 houses had been swept away, the group said."
    assert only(claims_of(extractor, said), key="struck|community").places == ("brep",)
    # and a village said spared has no dead either (a count of its dead answers it)
    spared = QUAKE + '"The village of Wintua was not affected, everyone there is safe," he said.'
    assert only(claims_of(extractor, spared), key="deaths", kind="event").polarity == "negate"


@pytest.mark.parametrize(
    "said",
    [
        '"There were 47 workers on that shift," the union said.',
        "The union said 47 workers were on the night shift.",
    ],
)
def test_workers_on_the_shift_of_a_blast_were_there(extractor, said):
    told = only(claims_of(extractor, "A blast tore through the grain terminal on Friday. " + said), low=47.0)
    assert told.key == "aboard"


def test_a_report_called_not_true_is_denied(extractor):
    said = QUAKE + '"Reports that Kabiraan was flattened are not true," he said.'
    assert only(claims_of(extractor, said), key="struck|community").polarity == "negate"


def test_a_groups_jobs_at_its_plant_are_filed_under_the_plant_its_report_names(extractor):
    denied = ("The management of the Arda Glass bottle factory in Kardzhali rejected reports that the "
              "plant's owner, the Greek-based Thessalia Glass Group, was preparing to lay off workers. "
              '"There are no plans to lay off staff," plant director Hristo Kolev said. The Arda Glass '
              "plant employs 640 people.")
    assert {c.key for c in claims_of(extractor, denied) if c.measure == "job_cuts"} == {"job_cuts|arda"}
    announced = ("Thessalia Glass Group said on Tuesday it would close a furnace at its Arda Glass plant in "
                 "Kardzhali and cut 290 of the factory's 640 jobs.")
    assert only(claims_of(extractor, announced), measure="job_cuts").key == "job_cuts|arda"
    # (a plant named by its town is filed under its owner: its name is what the reports share)
    town = "Thessalia Glass Group said it would cut 290 jobs at its Kardzhali plant."
    assert only(claims_of(extractor, town), measure="job_cuts").key == "job_cuts|thessalia"


def test_they_who_called_a_captives_family_and_asked_for_money_asked_a_ransom(extractor):
    taken = "Gunmen abducted 19 travellers on the Bocaranga road on Sunday. "
    said = ('"They called from my brother\'s phone and asked for 2 million CFA francs for each person," '
            "said Martine Yakite.")
    assert only(claims_of(extractor, taken + said), low=2e6).key == "demand|ransom"
    # (not money asked for in a story of no abduction)
    strike = '"They called the ministry and asked for 2 million CFA francs in unpaid allowances," he said.'
    assert [c for c in claims_of(extractor, strike) if c.key == "demand|ransom"] == []


def test_the_review_of_session_68s_rules_keeps_them_to_what_they_say(extractor):
    # a war named in passing does not make a mine's dead civilians
    mine = ("A tunnel collapsed at the Kroon mine on Monday, killing seven miners. Output had risen since "
            "the war resumed in 2021.")
    assert only(claims_of(extractor, mine), measure="deaths").subject == ""
    # a state's military police are its forces
    military = claims_of(extractor, "Ghana's military police did not use tear gas.")
    assert only(military, key="use|gas").subject != "ghana police"
    # staffing of any day is no count of those there
    staffing = "A blast tore through the mine on Friday. About 120 workers are on each shift at the mine."
    assert [c for c in claims_of(extractor, staffing) if c.key == "aboard"] == []
    # an election won in a landslide is no landslide
    vote = "The president won in a landslide. Kaduna was not affected by the violence, police said."
    assert [c for c in claims_of(extractor, vote) if c.key == "struck|community"] == []
    # "they" who tell it are the relatives, not the captors
    relatives = ("Gunmen abducted 19 travellers on the road on Sunday. Relatives said they called the "
                 "prefect and asked for 5 million CFA francs to help with the search.")
    assert [c for c in claims_of(extractor, relatives) if c.key == "demand|ransom"] == []


def test_a_groups_own_figures_beside_its_plant_stay_the_groups(extractor):
    said = ("Thessalia Glass Group said it would cut 290 jobs at its Arda Glass plant in Kardzhali. The "
            "group, which employs 5,000 people, has cut 1,200 jobs since 2029.")
    keys = {c.low: c.key for c in claims_of(extractor, said) if c.measure in ("job_cuts", "workforce")}
    assert keys[290.0] == "job_cuts|arda"
    assert keys.get(1200.0, "job_cuts|thessalia") == "job_cuts|thessalia"


def test_a_province_said_spared_is_no_denial_of_deaths_in_it(extractor):
    said = (QUAKE + "Officials in Sindh province said Sindh was not affected.")
    assert [c for c in claims_of(extractor, said) if c.key == "deaths" and c.kind == "event"] == []


def test_jobs_counted_with_the_suppliers_are_not_the_companys_cuts(extractor):
    said = ("Akdeniz will cut 380 jobs at the plant. The mayor said the decision would cost the area some "
            "500 jobs once suppliers and transport firms were counted.")
    keys = {c.low: c.key for c in claims_of(extractor, said) if c.measure == "job_cuts"}
    assert keys[380.0] != keys[450.0]


@pytest.mark.parametrize(
    "said",
    ["The union said about 90 percent of the division's 820 officers had joined the strike.",
     "Half of the plant's 600 workers walked out, the union said."],
)
def test_the_whole_a_share_is_of_is_no_count_of_those_who_did_it(extractor, said):
    assert [c for c in claims_of(extractor, said) if c.low in (820.0, 600.0)] == []
    # (a percentage of it is a count: about 90 percent of 820 are about 738)
    if "percent" in said:
        share = only(claims_of(extractor, said), key="participants", unit="")
        assert (share.low, share.high, share.qualifier) == (718, 758, "about")
    # (but "all of the plant's 600 workers" are all there are)
    every = only(claims_of(extractor, "All of the plant's 600 workers walked out, the union said."))
    assert (every.key, every.low) == ("participants", 600.0)


def test_a_list_of_people_who_boarded_counts_those_aboard_or_still_missing(extractor):
    capsized = "The ferry capsized on Sunday. "
    listed = capsized + "Relatives compiled a list of 25 people who boarded the vessel, a committee said."
    assert only(claims_of(extractor, listed), low=25.0).key == "aboard"
    missing = capsized + ("A committee of relatives said it had compiled a list of 25 people who boarded the "
                          "vessel and were still missing.")
    assert only(claims_of(extractor, missing), low=25.0).key == "missing"


def test_where_some_of_those_counted_were_is_not_where_the_count_is(extractor):
    buried = ("The Red Cross now says at least 16 people died, and that its figure includes victims buried "
              "by relatives in Chañi Bajo and other hamlets before officials arrived.")
    assert only(claims_of(extractor, buried), key="deaths").places == ()
    some = "At least 40 people died in Odisha, including three in Kendrapara, officials said."
    assert "kendrapara" not in only(claims_of(extractor, some), key="deaths").places
    # (an event named as one of those counted keeps its place: "including a march in Accra")
    marches = "The protests, including a march in Accra, drew 5,000 people, police said."
    assert only(claims_of(extractor, marches), key="participants").places == ("accra",)
    # (nor is a place told as where some went, nor one named apart from the part, dropped)
    drones = ("According to the ministry, 31 drones were destroyed over the Bryansk Region, eight over the "
              "Moscow Region, including three flying towards Moscow, and six over the Voronezh Region.")
    assert any("moscow" in " ".join(c.places) for c in claims_of(extractor, drones))


@pytest.mark.parametrize(
    ("said", "key"),
    [("Relatives said on Wednesday that 26 people were being held, including seven women.", "captured"),
     ("Police said 15 hostages were freed on Friday. Relatives said on Wednesday that 11 people were "
      "being held.", "held")],
)
def test_those_held_where_none_came_back_are_all_those_taken(extractor, said, key):
    taken = "Gunmen abducted travellers on the Bocaranga road on Sunday. "
    held = [c for c in claims_of(extractor, taken + said) if c.low in (26.0, 11.0)]
    assert [c.key for c in held] == [key]


def test_live_rounds_fired_after_tear_gas_are_live_ammunition(extractor):
    said = "Witnesses said gendarmes fired tear gas and then live rounds after protesters threw stones."
    keys = {c.key for c in claims_of(extractor, said)}
    assert {"use|gas", "use|live ammunition"} <= keys


ARMENIA_REPORT = (
    "Two Armenian servicemen wounded in Tuesday night's fighting near Norabak died in hospital on "
    "Wednesday, bringing the number of Armenian soldiers killed to six, the defence ministry said. "
    "The ministry said updated information showed Azerbaijan had lost at least 25 servicemen in the "
    "fighting. Azerbaijani artillery shelled Armenian positions near the border."
)


def test_a_state_body_of_no_country_speaks_for_the_country_its_report_is_from(extractor):
    def sides(title: str, source: str, body: str = ARMENIA_REPORT) -> set[str]:
        article = Article("t1", source, PUBLISHED, title, body)
        return {c.side for c in extractor.extract(clean_article(article)) if c.key == "deaths"}

    # the title's teller, or the country its outlet is named for
    assert sides("Armenia says Azerbaijan lost 25 soldiers", "Caucasus Wire") == {"armenia"}
    assert sides("Toll from Norabak clash rises to six", "Yerevan Daily Monitor") == {"armenia"}
    # (not where the report names another country's ministry, whose "the ministry" it may quote)
    other = ARMENIA_REPORT + " Azerbaijan's defence ministry said five of its soldiers had died."
    assert "armenia" not in sides("Armenia says Azerbaijan lost 25 soldiers", "Caucasus Wire", other)
    # (nor in a report of an army's fight with armed groups: its general staff is its own)
    jihadists = ("Mali's army said it repelled an attack on its camp at Lere. Six soldiers were killed, "
                 "the army general staff said.")
    assert "mali" not in sides("Mali army says it repelled jihadist assault", "Bamako Wire", jihadists)


def test_a_name_before_a_clause_with_no_subject_is_its_subject(extractor):
    lost = only(claims_of(extractor, ARMENIA_REPORT), low=25.0)
    assert (lost.key, lost.subject) == ("deaths", "azerbaijan military")
    # (not a count the model hung a later subject on: "lost 15 soldiers killed and more were wounded")
    more = "The Djiboutian side has lost 15 soldiers killed and more were wounded, the ministry said."
    assert only(claims_of(extractor, more), low=15.0).key == "deaths"


def test_a_sides_losses_put_at_a_count_of_soldiers_are_its_dead(extractor):
    said = ("The spokesman said Armenian losses had been revised upwards and stood at no fewer than 50 "
            "servicemen, citing radio intercepts.")
    dead = only(claims_of(extractor, said), low=50.0)
    assert (dead.key, dead.subject) == ("deaths", "armenia military")


def test_controllers_who_joined_a_strike_are_counted_and_flight_cancellations_are_flights(extractor):
    joined = "The ministry said 41 percent of air traffic controllers on duty had joined Tuesday's strike."
    assert only(claims_of(extractor, joined), unit="%").key == "participants"
    forced = "The stoppage forced 168 flight cancellations at Larnaca and Paphos, according to the union."
    assert only(claims_of(extractor, forced), low=168.0).key == "cancel|flight"


def test_a_company_named_for_its_tyres_is_the_company_whatever_the_model_tags_it(extractor):
    said = ("Danubia Tyres will cut 620 jobs at its plant in Levice, the company said. The trade union at "
            "Danubia Tyres' plant said 940 jobs would go.")
    assert {c.key for c in claims_of(extractor, said) if c.low in (620.0, 940.0)} == {"job_cuts|danubia"}


@pytest.mark.parametrize(
    "said",
    ["Police fired tear-gas canisters into the crowd.",
     "Police fired a dozen tear gas canisters into the crowd.",
     "Police fired canisters of tear gas at the crowd.",
     "Witnesses saw police fire at least a dozen tear-gas canisters into the crowd.",
     "Witnesses, including a photographer, saw police fire tear-gas canisters into the crowd."],
)
def test_canisters_of_tear_gas_fired_are_tear_gas_used(extractor, said):
    used = only(claims_of(extractor, said), key="use|gas")
    assert (used.polarity, used.subject) == ("affirm", "police")


def test_a_number_from_a_force_counts_its_members_as_translations_say(extractor):
    said = ("The commander announced that four from the border guards of our country reached to the "
            "martyrdom and seven others were injured.")
    assert only(claims_of(extractor, said), key="deaths").low == 4.0
    # (and the others after them are of them: soldiers)
    said = "Two from our soldiers rose as the martyrs, and seven others were wounded."
    assert only(claims_of(extractor, said), key="injured").subject == "military"
    terrorists = "He said that 17 from the terrorists were killed in the clash."
    assert only(claims_of(extractor, terrorists), key="deaths").subject == "militant"


def test_a_claim_described_as_a_lie_is_rejected_and_what_is_joined_to_it_is_not(extractor):
    lie = ('The deputy of the governor described the claim of the Pakistani side about the killing of 11 '
           'soldiers of Iran as "the pure lie" and announced the names of five martyrs.')
    kinds = {c.low: c.kind for c in claims_of(extractor, lie) if c.key == "deaths"}
    assert kinds == {11.0: "rejection", 5.0: "figure"}
    joined = "The governor described the claim as false and said 11 soldiers were killed."
    assert only(claims_of(extractor, joined), key="deaths").kind == "figure"
    accurate = "The governor described the report that 11 soldiers were killed as accurate."
    assert only(claims_of(extractor, accurate), key="deaths").kind == "figure"


def test_a_village_wiped_out_by_a_storm_surge_was_struck(extractor):
    said = ("At least 41 people were killed when the storm struck the coast on Friday, and 23 bodies "
            "were counted in the village of Ambodirano. \"Ambodirano has been almost wiped out by the "
            "surge,\" the coordinator said.")
    struck = only(claims_of(extractor, said), key="struck|community")
    assert (struck.polarity, struck.places) == ("affirm", ("ambodirano",))


def test_the_number_of_people_who_were_at_a_works_counts_those_there_and_its_unit_is_no_count(extractor):
    blast = "A boiler exploded at the power station on Wednesday, killing five workers. "
    put = blast + "HTP said it now put at 44 the number of people who were in the Unit 3 boiler house."
    assert {(c.key, c.low) for c in claims_of(extractor, put)} == {("deaths", 5.0), ("aboard", 44.0)}
    unit = blast + "There was no prior indication of any fault with the Unit 3 boiler, she said."
    assert [c for c in claims_of(extractor, unit) if c.low == 3.0] == []


@pytest.mark.parametrize("said", ['"No redundancies are being prepared," the spokesman said.',
                                  '"No layoffs are being considered," the spokesman said.'])
def test_no_job_cuts_prepared_or_considered_are_none_planned(extractor, said):
    company = "Danubia Tyres employs 1,150 people at its plant in Levice. "
    denied = only(claims_of(extractor, company + said), polarity="negate")
    assert denied.key.startswith("job_cuts|")


def test_a_named_storm_is_a_storm(extractor):
    said = ("At least 41 people were killed when Cyclone Hanitra struck the coast on Friday, and 23 bodies "
            "were counted in the village of Ambodirano. \"Ambodirano has been almost wiped out,\" the "
            "coordinator said.")
    assert "storm" in only(claims_of(extractor, said), low=41.0).topics


def test_neither_one_nor_the_other_did_it(extractor):
    taken = "Gunmen abducted 17 workers from a timber camp on Saturday. "
    asked = taken + ("The army said on Wednesday that neither the authorities nor the families had received "
                     "any ransom demand.")
    assert only(claims_of(extractor, asked), key="demand|ransom").polarity == "negate"
    paid = taken + "He said neither the government nor the company had paid any money to the kidnappers."
    assert only(claims_of(extractor, paid), key="pay|money").polarity == "negate"
    received = taken + "The families said they had received a ransom demand."
    assert only(claims_of(extractor, received), key="demand|ransom").polarity == "affirm"


def test_no_more_hostages_and_a_bare_number_still_held_are_those_not_freed(extractor):
    taken = "Gunmen abducted 17 workers from a timber camp on Saturday. "
    none = taken + '"There are no more hostages, and everyone taken is free," the captain said.'
    assert only(claims_of(extractor, none), polarity="negate").key == "held"
    some = taken + "Families said 14 people had returned home but that 11 were still being held."
    assert {(c.key, c.low) for c in claims_of(extractor, some)} >= {("released", 14.0), ("held", 11.0)}


def test_the_day_of_an_earlier_stoppage_compared_with_is_not_the_counts(extractor):
    said = ("Controllers held a second strike on Thursday. It said 64 flights were cancelled, fewer than "
            "during the first stoppage on February 10.")
    cancelled = only(claims_of(extractor, said, "2032-02-20T10:00:00Z"), key="cancel|flight")
    assert cancelled.event_date is None and cancelled.context_date == "2032-02-19"


def test_each_weapon_fired_is_told_used(extractor):
    fired = "Witnesses said officers on motorcycles fired shotguns and pistols at protesters."
    assert "use|live ammunition" in {c.key for c in claims_of(extractor, fired)}
    # (but "did not use live rounds but rubber bullets" used the bullets)
    but = only(claims_of(extractor, "Police did not use live rounds but rubber bullets."))
    assert (but.key, but.polarity) == ("use|live ammunition", "negate")


def test_a_list_of_people_who_boarded_and_have_not_been_found_counts_the_missing(extractor):
    said = ("The ferry capsized on Sunday. A group representing relatives said it had compiled a list of 27 "
            "people who boarded the vessel and have not been found.")
    assert only(claims_of(extractor, said), low=27.0).key == "missing"


def test_a_letter_sent_warning_that_is_a_warning_given(extractor):
    blast = "A unit of the refinery exploded on Tuesday. "
    wrote = blast + ("He said the union had written to management on August 14 warning that two valves "
                     "on the unit's feed line were leaking.")
    assert only(claims_of(extractor, wrote), key="receive|warning").polarity == "affirm"
    # (not "sent a warning that ...", a noun, whatever else it says)
    sent = blast + "The union sent a warning that valves were leaking."
    assert [c for c in claims_of(extractor, sent) if c.key == "receive|warning"] == []


def test_a_company_spokeswoman_is_no_public_body_the_report_names_most(extractor):
    said = ('A company spokeswoman, Elona Muça, rejected the accusation. "Management has never received any '
            'warning, written or verbal, about the condition of that unit," she said.\n\nRescue teams '
            'recovered two more bodies overnight, the civil protection agency said, raising the number of '
            'dead to five.')
    assert only(claims_of(extractor, said), key="receive|warning").side == "company"


@pytest.mark.parametrize(
    ("said", "expected"),
    [("Two were held in Birnin Kebbi, the state capital.", []),
     ("Twenty-six people were being held in one forest camp and 14 in another, relatives said.",
      [("held", 26.0)]),
     ("There were no hostages taken there, police said of the second attack.", []),
     ("If talks failed there would be no hostages left alive, he said.", [])],
)
def test_what_is_held_and_not_held_is_read_only_of_hostages_held_now(extractor, said, expected):
    taken = "Gunmen abducted 40 villagers on Sunday. "
    held = [(c.key, c.low) for c in claims_of(extractor, taken + said) if c.key == "held" or c.low == 26.0]
    assert held == expected


def test_a_place_where_the_counted_part_was_stays_the_parts_own_claims(extractor):
    part = "The death toll rose to 30, including 20 killed in the market blast in Mogadishu, police said."
    assert only(claims_of(extractor, part), low=20.0).places == ("mogadishu",)
    dead = "The dead included 12 children in Kendrapara, officials said."
    assert only(claims_of(extractor, dead), low=12.0).places == ("kendrapara",)


def test_what_the_model_may_take_for_people_or_storms_and_what_is_judged_not_planned(extractor):
    # (controllers are people, but the words for things or firms named like storms are not)
    conductors = "The storm damaged 14 conductors on the high-voltage line."
    assert [c for c in claims_of(extractor, conductors) if c.key.endswith("|people")] == []
    jets = "RAF Typhoon jets struck the village, the ministry said. The village of Baghuz was flattened."
    assert [c for c in claims_of(extractor, jets) if c.key == "struck|community"] == []
    judged = "Analysts said no further job cuts were considered likely this year."
    assert [c for c in claims_of(extractor, judged) if c.key.startswith("job_cuts")] == []
    # (losses that take in the wounded are no count of the dead)
    wounded = "The spokesman said Armenian losses in killed and wounded stood at 170 servicemen."
    assert [c for c in claims_of(extractor, wounded) if c.key == "deaths"] == []


def test_a_foreseen_cancellation_a_label_beside_and_a_search_are_not_told_facts(extractor):
    foreseen = "The union said the strike would force 168 train cancellations if talks failed."
    assert [c for c in claims_of(extractor, foreseen) if c.key == "cancel|train"] == []
    aside = ("The spokesman described the claim about the killing of 11 soldiers as correct, while "
             "denouncing the video of the clash as fake.")
    assert [c.kind for c in claims_of(extractor, aside) if c.low == 11.0] == ["figure"]
    jackets = ("The ferry capsized on Sunday. A list of 27 passengers who boarded the ferry and could not "
               "find life jackets was compiled.")
    assert only(claims_of(extractor, jackets), low=27.0).key == "aboard"


def test_a_title_teller_of_no_side_in_the_fight_or_another_sides_ministry_names_no_home(extractor):
    def sides(title: str, source: str, body: str) -> set[str]:
        article = Article("t1", source, PUBLISHED, title, body)
        return {c.side for c in extractor.extract(clean_article(article)) if c.key == "deaths"}

    assert "russia" not in sides("Russia says Armenia and Azerbaijan agree to truce", "Wire", ARMENIA_REPORT)
    other = ARMENIA_REPORT + " The Ministry of Defence of Azerbaijan said five of its soldiers had died."
    assert "armenia" not in sides("Toll rises", "Yerevan Daily Monitor", other)


def test_there_were_so_many_of_us_counts_those_aboard_in_a_shipwrecks_report(extractor):
    wreck = "Survivors of Saturday's capsizing of the Lady Almira off Masbate spoke on Sunday. "
    us = only(claims_of(extractor, wreck + '"There were more than 100 of us," said a survivor.'))
    assert (us.key, us.low) == ("aboard", 100.0)
    assert claims_of(extractor, wreck + '"There were two of us left," she said.') == []


def test_a_country_the_model_tags_a_product_is_still_named(extractor):
    said = ("Cape Verde's ferry crews staged a second strike on Thursday. SINAMAR put participation at 91 "
            "percent of crew on duty.")
    assert "cape verde" in only(claims_of(extractor, said), unit="%").region


def test_those_on_shift_are_not_the_missing_a_joined_clause_counts(extractor):
    said = ("The roof of the stand collapsed on Wednesday. The contractor said in a statement that 46 "
            "workers were on shift in the west stand at the time of the collapse and that five of them had "
            "not yet been located.")
    assert only(claims_of(extractor, said), low=46.0).key == "aboard"


def test_calls_received_from_the_kidnappers_demanding_money_demand_a_ransom(extractor):
    taken = "Gunmen abducted 17 workers from a quarry near Elwak on Sunday. "
    called = taken + ("Two relatives said they had received phone calls from the kidnappers on Tuesday "
                      "demanding 3 million shillings for each captive.")
    assert only(claims_of(extractor, called), low=3000000.0).key == "demand|ransom"


def test_the_line_of_the_border_is_the_border(extractor):
    said = "It affirmed also that not any soldier from ours crossed the line of the border."
    assert only(claims_of(extractor, said)).key == "cross|border"
    fire = "Our forces did not cross the line of fire, the statement said."
    assert [c for c in claims_of(extractor, fire) if c.key == "cross|border"] == []


def test_the_martyrs_side_is_not_a_country_named_in_a_clause_joined_to_them(extractor):
    said = ("The number of the martyrs from the soldiers of the post of Hassi Bou Ghazi reached to four, and "
            "the ministry denies the allegations of the Moroccan side, the Ministry of the National Defence "
            "announced.")
    assert "morocco" not in only(claims_of(extractor, said), key="deaths").subject


def test_families_gathered_at_a_port_tell_and_their_port_is_no_place_of_the_missing(extractor):
    said = ("The boat capsized on Lake Tanganyika on Thursday. Families gathered at Kigoma port said at "
            "least 22 of their relatives were still missing.")
    missing = only(claims_of(extractor, said), key="missing")
    assert (missing.side, missing.places) == ("family", ())


@pytest.mark.parametrize(
    "said",
    ["The spokesman said the number of the killed reached 47.",
     "The spokesman explained that the number of the killed from the infiltrators reached to 47 elements."],
)
def test_the_number_of_the_killed_counts_the_dead(extractor, said):
    assert only(claims_of(extractor, said), low=47.0).key == "deaths"


def test_no_plans_to_reduce_the_workforce_in_the_same_breath_denies_job_cuts(extractor):
    said = ("'There are no plans to close the Gyumri plant and no plans to reduce its workforce,' "
            "Brenntal's spokeswoman for the region, Anahit Sargsyan, told the Review.")
    cuts = only(claims_of(extractor, said), measure="job_cuts")
    assert (cuts.kind, cuts.polarity) == ("event", "negate")
    # (two closures ruled out are no job cuts; closing a border no closure of works)
    two = "There are no plans to close the plant and no plans to close the depot, the company said."
    assert not [c for c in claims_of(extractor, two) if c.measure == "job_cuts"]
    border = "The minister said there are no plans to raise taxes and no plans to close the border."
    assert not [c for c in claims_of(extractor, border) if c.measure == "closures"]


def test_workers_on_a_site_when_it_collapsed_are_those_there(extractor):
    lead = "Scaffolding collapsed on a tower site in Chattogram on Thursday, killing four workers. "
    shift = lead + "The contractor said 45 workers were on the site for the morning shift."
    assert only(claims_of(extractor, shift), measure="aboard").low == 45.0
    before = lead + "The union said about 110 workers had been at the site on Thursday morning."
    assert only(claims_of(extractor, before), measure="aboard").low is not None
    # (not those there on another day, nor the plant's workforce, nor those there now)
    for other in ("The union said 300 workers were at the plant on Monday for a meeting.",
                  "About 300 people work at the plant, the union said.",
                  "Rescuers said 20 workers were still at the site.",
                  "About 40 rescue workers were at the site, the fire service said.",
                  "About 20 workers had been at the site since March, building an extension.",
                  "Some 300 workers were at the site in 2019 when it was built.",
                  "Around 100 workers were at the site to protest against the company."):
        assert not [c for c in claims_of(extractor, lead + other) if c.measure == "aboard"]
    # (talks that collapsed are no site that did)
    talks = "Wage talks at the Miskolc plant collapsed on Tuesday. About 300 workers were at the plant."
    assert not [c for c in claims_of(extractor, talks) if c.measure == "aboard"]


def test_workers_still_buried_are_missing(extractor):
    body = ("Scaffolding collapsed in Chattogram on Thursday. The union said three labourers were still "
            "buried under the steel.")
    assert only(claims_of(extractor, body), measure="missing").low == 3.0
    for buried in (
        "A landslide hit the village on Monday. The victims were buried on Friday in their village.",
        "A bus plunged into a ravine on Tuesday, killing 14. Nine of the victims were still buried in a mass "
        "grave near the road, relatives said.",
    ):
        assert not [c for c in claims_of(extractor, buried) if c.measure == "missing"]


def test_a_town_the_model_tags_nothing_is_where_the_lead_puts_its_event(extractor):
    body = ("Police in Arequipa said on Sunday that about 4,500 people joined Saturday's march against the "
            "pension bill.\n\nIn Lima, police had used tear gas a week earlier.")
    assert only(claims_of(extractor, body), measure="participants").article_place == "arequipa"
    # (a name the lead puts things outside of, where it names a town the model tagged, is no town)
    tagged = ("About 500 workers protested outside Goodyear on Tuesday in Akron, the union said. Police "
              "said five protesters were arrested.")
    assert only(claims_of(extractor, tagged), measure="detained").article_place == "akron"


def test_a_town_the_lead_spreads_across_is_its_place(extractor):
    body = ("Refuse went uncollected across much of Bulawayo on Tuesday as municipal waste workers staged a "
            "one-day strike, their union said. The union said 410 workers stayed away.\n\n"
            "In the suburbs of Nkulumane and Emakhandeni, bins had not been emptied for weeks.")
    assert only(claims_of(extractor, body), measure="participants").article_place == "bulawayo"


def test_a_towns_council_names_the_town_its_lead_is_of(extractor):
    body = ("Bulawayo City Council said on Tuesday evening that 140 workers took part in the refuse "
            "collectors' strike.\n\nThe council said it would deduct a day's pay.")
    assert only(claims_of(extractor, body), measure="participants").article_place == "bulawayo"
    company = "Santos Corporation said on Tuesday that five workers were killed at its Moomba plant."
    assert only(claims_of(extractor, company), measure="deaths").article_place != "santos"
    union = ("The Bulawayo Municipal Workers' Union said 410 workers stayed away on Tuesday.\n\n"
             "In Nkulumane, bins had not been emptied for weeks.")
    assert all(c.article_place != "bulawayo" for c in claims_of(extractor, union))


@pytest.mark.parametrize("sentence, low", [
    ("In the result of the answer measures of the border guards 9 from the Kyrgyz military servicemen "
     "were destroyed, and the rest of them retreated.", 9.0),
    ("The army said 52 from the enemy elements were killed in the clashes.", 52.0),
])
def test_a_count_from_its_whole_as_a_translation_words_it(extractor, sentence, low):
    assert only(claims_of(extractor, sentence), key="deaths").low == low


def test_a_toll_told_part_by_part_after_its_figure_is_the_figure(extractor):
    body = ("Kyrgyzstan's Border Service said on Thursday that a fourth Kyrgyz border guard had died of his "
            "wounds overnight, bringing the Kyrgyz death toll to five, four soldiers and a shepherd.")
    assert only(claims_of(extractor, body), key="deaths").low == 5.0


def test_a_place_before_a_march_the_model_took_for_a_month_places_it(extractor):
    body = ("About 25,000 people marched through Kumasi on Tuesday, the organisers said.\n\n"
            "Boateng-Danso said the Accra march a week earlier had drawn more than 50,000 people.\n\n"
            "In Accra, police had put the turnout at 7,500.")
    assert only(claims_of(extractor, body), measure="participants", low=50000.0).places == ("accra",)


def test_information_spread_about_a_count_that_does_not_correspond_to_reality_rejects_it(extractor):
    body = ("The information which was spread by the Kyrgyz side about the detention of the two Tajik "
            "servicemen is not corresponding to the reality.")
    assert only(claims_of(extractor, body), measure="detained").kind == "rejection"
    # (not a report that tells the figure and denies something else)
    told = ("Clashes broke out on Monday. The report which was released about the killing of 12 soldiers "
            "said the rebel claims were not true.")
    assert only(claims_of(extractor, told), key="deaths").kind == "figure"


def test_people_taken_somewhere_by_bus_were_moved_not_seized(extractor):
    body = ("About 1,200 residents of the village were taken by bus to Batken town on Wednesday morning, "
            "the Ministry of Emergency Situations said.")
    assert not [c for c in claims_of(extractor, body) if c.measure == "captured"]
    # (but in an abduction, those taken by truck were seized)
    seized = ("Gunmen stormed a school on Monday and abducted the students. 30 students were taken by "
              "truck to an unknown location, police said.")
    assert [c.low for c in claims_of(extractor, seized) if c.measure == "captured"] == [30.0]


def test_the_passengers_a_bus_transported_were_aboard(extractor):
    body = "Colonel Marcelo Quispe said the bus transported 38 passengers, according to the passenger list."
    assert only(claims_of(extractor, body), low=38.0).key == "aboard"
    # (one trip's, not a fleet's year)
    fleet = ("A bus crashed on Monday. The company's buses transported 1.2 million passengers last year, "
             "it said.")
    assert not [c for c in claims_of(extractor, fleet) if c.key == "aboard"]
    # (and a capacity is a cap's figure, not one "fewer than" it)
    fewer = "A ferry sank on Monday. The boat was licensed to carry fewer than 20 passengers."
    assert only(claims_of(extractor, fewer), key="capacity").qualifier == "less_than"


def test_none_freed_is_told_as_the_count_of_the_freed(extractor):
    body = "The company said on Tuesday that none of its workers had been released."
    denial = only(claims_of(extractor, body), polarity="negate")
    assert (denial.key, denial.kind) == ("released", "event")
    freed = "The army said on Monday that three of the seven workers had been released by the gunmen."
    assert only(claims_of(extractor, freed), kind="figure").key == "released"
    # (not suspects on bail, nor those of one kind in a swap: "no civilians were handed over")
    bail = "Police arrested five suspects; none of the suspects were released on bail, an official said."
    swap = "The headquarters said no Russian civilians were handed over in Friday's exchange."
    for other in (bail, swap):
        assert not [c for c in claims_of(extractor, other) if c.key == "released"]


def test_a_count_after_from_a_countrys_side_is_that_sides(extractor):
    body = ("From the Tajik side two border guards died the death of the brave, the press-center of the "
            "border forces said.")
    assert only(claims_of(extractor, body), key="deaths").subject == "tajikistan military"
    # (not whence the fire came)
    fire = "Two Kyrgyz border guards were killed by fire from the Tajik side, the Border Service said."
    assert only(claims_of(extractor, fire), key="deaths").subject == "kyrgyzstan military"


def test_people_named_by_their_trade_are_counted_as_people(extractor):
    taken = "Gunmen attacked the village on Monday. Families said three boatmen were taken by the gunmen."
    assert only(claims_of(extractor, taken), kind="figure").key == "captured"
    denied = "The army said no boatmen had been abducted on the lake."
    assert only(claims_of(extractor, denied), polarity="negate").key == "captured"


def test_none_of_a_group_killed_is_said_of_that_group(extractor):
    body = ("Shelling hit the district on Monday. The army said none of the villagers was killed in the "
            "shelling.")
    denial = only(claims_of(extractor, body), key="deaths")
    assert (denial.polarity, denial.subject) == ("negate", "civilian")


def claims_from(extractor: ClaimExtractor, source: str, body: str) -> list[Claim]:
    return extractor.extract(clean_article(Article("t1", source, PUBLISHED, "", body)))


def test_a_state_voice_of_no_country_speaks_for_its_outlets_country(extractor):
    # (a translation: "martyrs of our forces" and "the elements of the attacking force")
    body = ("Troops of Eritrea attacked the border post of Tesseney in Sudan on Monday. The spokesman of the "
            "armed forces said that four martyrs from the officers and the soldiers of our forces "
            "fell. He said our forces killed 19 from the elements of the attacking force.")
    claims = claims_from(extractor, "Sudanese News Agency", body)
    assert only(claims, key="deaths", low=4.0).subject.startswith("sudan")
    assert only(claims, key="deaths", low=19.0).subject == "not sudan military"
    other = ("Forces of Sudan crossed into Eritrea on Monday. \"More than 50 members of the attacking force "
             "were killed,\" the statement said.")
    assert only(claims_from(extractor, "Government Press Office (Eritrea)", other), key="deaths").subject == (
        "not eritrea military"
    )


def test_the_number_of_the_killed_from_a_side_is_that_sides(extractor):
    body = ("Fighting broke out at the border on Monday. The spokesman announced that the number of the "
            "killed from the Eritrean elements rose to 33.")
    assert only(claims_of(extractor, body), key="deaths").subject.startswith("eritrea")


def test_a_count_read_as_the_clause_said_is_still_the_count_that_rose(extractor):
    body = ("Sudan and Eritrea traded accusations on Friday over a deadly clash in the border region, as "
            "the Sudanese army said the number of its soldiers killed had risen to nine.")
    deaths = only(claims_of(extractor, body), key="deaths")
    assert (deaths.low, deaths.subject) == (9.0, "sudan military")


def test_others_still_in_hospital_beside_a_toll_leave_the_toll_whole(extractor):
    body = ("A boiler exploded at the mill on Friday. The governor said the death toll stood at six, with 20 "
            "people still in hospital.")
    toll = only(claims_of(extractor, body), key="deaths")
    assert (toll.low, toll.high, toll.qualifier) == (6.0, 6.0, "exact")
    # (a count at the hospital is still a part)
    part = "A boiler exploded at the mill on Friday. Six people died at the district hospital, a nurse said."
    assert only(claims_of(extractor, part), key="deaths").qualifier == "at_least"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The company announced the closure of its plant in Zilina on Tuesday.", "affirm"),
        ("The company does not plan the closing of its plant in Zilina, a spokeswoman said.", "negate"),
        ("The closing of the plant in Zilina is not on the table, the spokeswoman said.", "negate"),
    ],
)
def test_a_closing_told_as_a_noun_is_a_plan_or_one_ruled_out(extractor, sentence, polarity):
    closing = only(claims_of(extractor, sentence), measure="closures")
    assert (closing.polarity, closing.places) == (polarity, ("zilina",))


def test_a_closing_for_good_is_still_a_plan(extractor):
    body = "The company announced the closure of its plant in Zilina for good on Tuesday."
    assert only(claims_of(extractor, body), measure="closures").polarity == "affirm"


def test_speculation_about_a_closing_is_no_plan(extractor):
    body = "There were speculations in the town about the closing of the plant, the paper said."
    assert not [c for c in claims_of(extractor, body) if c.measure == "closures"]


def test_dismissals_are_job_cuts(extractor):
    denied = "We do not plan any dismissals, the spokeswoman said."
    assert only(claims_of(extractor, denied), polarity="negate").measure == "job_cuts"
    announced = "The company announced 300 dismissals."
    assert only(claims_of(extractor, announced), kind="figure").measure == "job_cuts"


def test_a_march_named_by_its_town_is_in_that_town(extractor):
    # (the model tags "Tunis" a people before "march"; the report names it a place elsewhere)
    body = ("Unlike Thursday's rally in Tunis, Saturday's protest passed off calmly. The union has said more "
            "than 50,000 people joined the Tunis march on Thursday.")
    assert only(claims_of(extractor, body), key="participants").places == ("tunis",)


def test_a_strikes_participation_rate_and_the_rate_put_at_it_are_turnout(extractor):
    body = ("The union said on Sunday that the rate of the participation in the general strike reached 95 "
            "percent, while the ministry estimated it at 38 percent.")
    rates = [c for c in claims_of(extractor, body) if c.key == "participants"]
    assert sorted(c.low for c in rates) == [38.0, 95.0]


def test_a_figure_kept_of_persons_is_of_what_was_counted_before(extractor):
    body = ("The union said 60,000 people marched in Tunis. The ministry maintained its figure of about "
            "8,000 persons in Tunis.")
    kept = only(claims_of(extractor, body), speaker="ministry")
    assert (kept.key, kept.low) == ("participants", 7200.0)
    # (not a count that says what it counts: "its count of 61 people on board")
    aboard = ("Police said five people were missing. The commander said the navy's count of 61 people on "
              "board had been confirmed.")
    assert [c.low for c in claims_of(extractor, aboard) if c.key == "missing"] == [5.0]


def test_a_figure_said_to_have_no_relation_with_reality_is_rejected(extractor):
    body = ('The union said turnout in the strike reached 95 percent. "The figure of 95 percent has no '
            'relation with the reality," declared the minister.')
    assert only(claims_of(extractor, body), kind="rejection").low == 95.0


def test_the_i_of_a_quotation_is_its_teller(extractor):
    body = ('The crash killed 21 people, the ministry said. "I counted at least 40 bodies in the last two '
            'carriages myself," said Mahmoud Rahim, a teacher.')
    counted = only(claims_of(extractor, body), key="deaths", low=40.0)
    assert counted.speaker == "Mahmoud Rahim"


def test_a_clause_said_whose_verb_was_read_as_a_description_is_read(extractor):
    body = ("The crash killed 22 people, the minister said. The member of parliament said that the families "
            "of the area buried between 30 and 35 victims of the accident.")
    buried = only(claims_of(extractor, body), key="deaths", low=30.0)
    assert buried.qualifier == "at_least"


def test_a_company_named_for_its_country_is_the_company_its_spokeswoman_speaks_for(extractor):
    body = ("The company Kessler Kabel Slovakia does not plan to move production, said the spokeswoman of "
            "the company, Zuzana Hudakova. \"We do not plan any dismissals,\" said Hudakova.")
    denial = only(claims_of(extractor, body), measure="job_cuts")
    assert (denial.polarity, denial.subject) == ("negate", "kessler")


def test_a_subsidiary_is_named_as_its_company():
    assert company_name("kessler kabel slovakia") == "kessler"
    assert company_name("kessler automobil") == "kessler"


def test_people_sickened_are_cases(extractor):
    body = "At least 310 children were sickened after eating free school meals, the watchdog said."
    assert only(claims_of(extractor, body), kind="figure").key == "cases"


def test_a_familys_own_dead_is_one_dead(extractor):
    body = "The family said that their daughter died on Wednesday morning at home."
    death = only(claims_of(extractor, body), key="deaths")
    assert (death.low, death.qualifier) == (1.0, "at_least")


def test_some_still_with_the_kidnappers_against_anothers_word_that_all_were_freed(extractor):
    body = ("Gunmen abducted 53 students from a school on Thursday. The parents' association said nine "
            "girls were still with the kidnappers, contradicting the government's statement that all had "
            "been freed.")
    assert only(claims_of(extractor, body), key="held").low == 9.0


def test_a_figure_named_to_be_contradicted_is_rejected(extractor):
    body = "The principal said 81 students are unaccounted for, contradicting the police figure of 53."
    rejected = only(claims_of(extractor, body), kind="rejection")
    assert rejected.low == 53.0
    assert only(claims_of(extractor, body), kind="figure").low == 81.0


def test_a_railways_signals_work_or_were_out_of_service(extractor):
    working = "The railway authority said the signals were working normally."
    assert only(claims_of(extractor, working), key="operate|signals").polarity == "affirm"
    body = ("The prosecution said the automatic signalling system had been out of service for three days "
            "before the trains collided.")
    assert only(claims_of(extractor, body), key="operate|signals").polarity == "negate"
    # (and a plant out of service does not work)
    stopped = "The plant has been out of service since May."
    assert only(claims_of(extractor, stopped), key="operate|plant").polarity == "negate"


def test_where_most_of_the_dead_were_is_not_where_the_count_is(extractor):
    body = ("A typhoon struck Isabela province on Tuesday. The mayor said 11 people had died in the town, "
            "most of them in the coastal villages of Dibulo and Santa Rosa.")
    assert "dibulo" not in only(claims_of(extractor, body), key="deaths").places
    # (but all of them there is where the count is)
    whole = ("A typhoon struck Isabela province on Tuesday. The mayor said 11 people had died, all of them "
             "in the village of Dibulo.")
    assert only(claims_of(extractor, whole), key="deaths").places == ("dibulo",)


def test_those_who_died_of_their_wounds_are_some_of_the_dead(extractor):
    body = ("A military source said two soldiers wounded in Thursday's fighting had died of their injuries "
            "overnight.")
    died = only(claims_of(extractor, body), key="deaths")
    assert (died.low, died.qualifier) == (2.0, "at_least")


def test_the_march_of_a_town_is_in_that_town(extractor):
    body = ("Unlike Thursday's rally in Tunis, Saturday's protest passed off calmly. The union revised "
            "upwards its estimate of the march of Tunis, and it speaks now of more than 60,000 participants.")
    assert only(claims_of(extractor, body), key="participants").places == ("tunis",)


# Sentences a helper found the session's new readings over-reached on, each narrowed.
@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        # a people-count of its own is not the last measure ("its estimate of 300,000 people displaced")
        ("Fighting killed 25 soldiers, the army said. The UN refugee agency updated its estimate of 300,000 "
         "people displaced by the fighting.", ("deaths", 300000.0)),
        ("The storm killed 40 people. Officials raised their estimate of 6,000 people without power.",
         ("deaths", 6000.0)),
        # a relative's death of another day
        ("Officials said nobody was killed in the fire. Their daughter died of cancer two years ago, the "
         "couple said.", ("deaths", 1.0)),
        ("Her father died in a similar quake in 1999, she said.", ("deaths", 1.0)),
        # a percent estimated of something else after a strike's count
        ("Unions said 70,000 workers joined the strike on Monday. Inflation has eroded wages, and the "
         "central bank estimated it at 9 percent in March.", ("participants", 9.0)),
        # "questioned a total of 53 protesters": no figure contradicted
        ("Police said they had questioned a total of 53 protesters arrested on Saturday.",
         ("rejection", 53.0)),
    ],
)
def test_the_new_readings_keep_to_their_cases(extractor, body, unwanted):
    said = claims_of(extractor, body)
    assert not [c for c in said if (c.key, c.low) == unwanted or (c.kind, c.low) == unwanted]


@pytest.mark.parametrize(
    "body",
    [
        "Residents disputed the closure of the Kessler plant in Presov, saying it would cost 900 jobs.",
        "Toyota announced the closure of its plant in Aichi after the earthquake damaged production lines.",
        "Kessler said that the closure of the plant is not on the table for now.",
    ],
)
def test_a_closing_opposed_forced_or_put_off_is_no_plan(extractor, body):
    assert not [c for c in claims_of(extractor, body) if c.measure == "closures"]


def test_the_sides_of_victims_a_cause_and_another_armys_spokesman_are_not_guessed(extractor):
    cause = "The health ministry said the number of the killed from the Israeli strikes had risen to 40."
    assert only(claims_of(extractor, cause), key="deaths").subject == ""
    victims = "The Ukrainian army said 60 victims of the invading troops were buried in Bucha."
    assert only(claims_of(extractor, victims), key="deaths").subject == ""
    chad = ("Chad's army clashed with gunmen near the border with Sudan. The spokesman said five of our "
            "forces were martyred.")
    assert not only(claims_from(extractor, "Sudan Tribune", chad), key="deaths").subject.startswith("sudan")


def test_a_past_or_planned_stop_and_a_ships_signal_are_no_service_out_now(extractor):
    for body in ("The hospital was out of service for two years before the war, residents said.",
                 "The plant was out of service for maintenance when the quake struck, the operator said.",
                 "The distress signal did not work, the coast guard said."):
        assert not [c for c in claims_of(extractor, body) if c.key.startswith("operate|")]


def test_soldiers_sacrificed_in_battle_are_the_dead_of_their_side(extractor):
    body = ("The Thai army attacked Cambodia on Monday. According to the spokeswoman of the ministry, two "
            "soldiers from our forces were sacrificed in the battle.")
    dead = only(claims_from(extractor, "Kampuchea Press Agency (English service)", body), key="deaths")
    assert (dead.low, dead.subject) == (2.0, "cambodia military")
    forces = ("The number of the soldiers of the Royal Cambodian Armed Forces who sacrificed in the battle "
              "rose to four.")
    assert only(claims_of(extractor, forces), key="deaths").subject == "cambodia military"
    assert not [c for c in claims_of(extractor, "The company sacrificed 300 jobs to save the plant.")
                if c.key == "deaths"]


def test_the_number_of_those_a_verb_befell(extractor):
    body = ("Two catechists were taken. A military source put the number of those abducted at nine. "
            "Police put the number of those arrested at 40.")
    said = claims_of(extractor, body)
    assert {(c.key, c.low) for c in said if c.low in (9.0, 40.0)} == {("captured", 9.0), ("detained", 40.0)}


@pytest.mark.parametrize(
    "body, low",
    [
        # "around 35 workers": the model reads it as a place after the explosion
        ("A blast hit the fireworks factory. The collector said that at the time of the explosion around 35 "
         "workers were working in the factory.", 35.0),
        ("A blast hit the fireworks factory. \"More than 70 workers were inside the unit that morning,\" the "
         "union said.", 70.0),
    ],
)
def test_workers_there_when_a_blast_struck_are_those_on_site(extractor, body, low):
    there = only(claims_of(extractor, body), key="aboard")
    assert there.low == low or there.high == low * 1.1


def test_workers_at_a_plant_any_day_are_not_those_on_site(extractor):
    body = "A blast hit the fireworks factory. About 300 workers work at the plant."
    assert not [c for c in claims_of(extractor, body) if c.key == "aboard"]


def test_those_who_joined_a_march_and_those_present_in_its_square_are_its_crowd(extractor):
    body = ("Tens of thousands of public sector employees protested in Bucharest against the freezing of "
            "salaries. The federation thanks the more than 50,000 employees who joined Wednesday's march. "
            "At the peak moment, approximately 12,000 people were present in Piața Victoriei.")
    said = claims_of(extractor, body)
    assert {c.low for c in said if c.key == "participants"} >= {50000.0, 10800.0}
    arrested = "Police arrested 30 people who joined the march."
    assert only(claims_of(extractor, arrested), low=30.0).key == "detained"


def test_a_march_the_largest_since_a_year_is_not_counted_since_then(extractor):
    body = "More than 50,000 employees joined Wednesday's march in Bucharest, the largest since 2010."
    assert not only(claims_of(extractor, body), key="participants").long_run


def test_an_aside_after_a_speaker_is_not_its_name(extractor):
    body = "The Gendarmerie of the Capital, on its side, estimated the number of the protesters at 12,000."
    assert only(claims_of(extractor, body), key="participants").speaker == "Gendarmerie of the Capital"


def test_a_figure_denied_as_another_claims_is_not_the_claimants(extractor):
    body = "At least 23 of our members were taken to police stations, not nine as the Gendarmerie claims."
    taken = only(claims_from(extractor, "Federation (statement)", body), key="detained")
    assert (taken.low, taken.speaker, taken.places) == (23.0, "Federation (statement)", ())


def test_a_plans_day_is_not_the_day_of_the_count_beside_it(extractor):
    body = ("The union maintained on Thursday that 14 workers died in the blast and said it would stage a "
            "protest on Friday.")
    assert only(claims_of(extractor, body), key="deaths").event_date is None


def test_a_toll_is_of_all_the_dead_not_the_children_told_of_before(extractor):
    body = ("Police said two of the dead were minors. The toll rose to 11 on Thursday when a worker died in "
            "hospital, officials said.")
    assert only(claims_of(extractor, body), low=11.0).subject == ""


def test_a_road_named_after_its_noun_places_the_towns_it_joins(extractor):
    body = "Gunmen intercepted a vehicle on the axis Jakiri-Kumbo and took hostage 9 passengers."
    assert {"jakiri-kumbo", "jakiri", "kumbo"} <= set(only(claims_of(extractor, body), key="captured").places)
    spaced = "The bus, which covered the route Lima - Pichari, left with 43 passengers."
    assert "lima" not in claims_of(extractor, spaced)[0].region


def test_an_element_of_our_forces_is_a_soldier_and_a_weapons_use_documented_was_used(extractor):
    body = ("Soldiers attacked the terrorists. No element of our forces was wounded. Our observers "
            "documented the use of pepper spray by gendarmes on at least two occasions.")
    said = claims_of(extractor, body)
    assert only(said, key="injured").polarity == "negate"
    assert only(said, key="use|pepper spray").polarity == "affirm"


def test_civilians_hurt_under_a_nations_fire_are_not_that_nations(extractor):
    body = ("She added that the Thai artillery fired more than 40 shells on the village of Tumnob Dach, and "
            "three civilians, among them one child, were injured. No civilians were hurt on the Thai side.")
    said = claims_of(extractor, body)
    assert only(said, key="injured", low=3.0).subject == "not thailand civilian"
    assert only(said, key="injured", low=1.0).subject == "not thailand child"
    assert only(said, key="injured", polarity="negate").subject == "thailand civilian"
    bazaar = "Pakistani artillery had hit the bazaar in Spin Boldak, killing nine civilians and wounding 27."
    assert only(claims_of(extractor, bazaar), key="deaths").subject == "not pakistan civilian"
    docked = "The union said the company had docked pay from 212 workers who took part in Friday's strike."
    assert not [c for c in claims_of(extractor, docked) if c.key == "participants"]


def test_a_force_tagged_as_a_place_is_a_body_and_a_lead_on_the_datelines_town_is_that_towns(extractor):
    body = ("CLUJ-NAPOCA, Romania, Aug 14 - Thousands of public sector workers marched through Cluj-Napoca "
            "on Saturday. Organisers said 20,000 people took part. The Cluj County Gendarmerie put the "
            "number at 5,500. On Wednesday, unions said more than 45,000 people demonstrated in "
            "Bucharest. The gendarmerie there counted around 12,000.")
    said = claims_of(extractor, body)
    cluj = only(said, key="participants", low=5500.0)
    assert (cluj.places, cluj.article_place) == ((), "cluj-napoca")
    assert only(said, key="participants", low=10800.0).places == ("bucharest",)


def test_the_killed_beside_the_missing_are_dead_and_a_province_that_reports_is_their_place(extractor):
    body = ("Floods hit Nghe An. Thanh Hoa province reported two people killed by lightning and one person "
            "missing.")
    said = claims_of(extractor, body)
    dead = only(said, low=2.0)
    assert (dead.key, dead.places) == ("deaths", ("thanh hoa",))
    assert only(said, low=1.0).key == "missing"


def test_a_use_not_reported_is_no_use_denied(extractor):
    body = "Protesters marched. Unlike in Aktobe, witnesses did not report the use of tear gas."
    assert not [c for c in claims_of(extractor, body) if c.key.startswith("use|")]


def test_workers_dismissed_are_job_cuts_unless_for_a_cause(extractor):
    body = ("Halden Schuh owns the Solvena factory in Felgueiras. The company will dismiss 410 workers. No "
            "worker was dismissed, he said.")
    said = claims_of(extractor, body)
    assert only(said, low=410.0).key == "job_cuts|halden schuh"
    assert only(said, polarity="negate").key == "job_cuts|halden schuh"
    sanction = "Halden Schuh owns the Solvena factory. It dismissed 30 workers for joining the strike."
    assert not [c for c in claims_of(extractor, sanction) if c.key.startswith("job_cuts")]


def test_no_plan_of_closing_told_by_a_role_after_a_quote_is_the_companys(extractor):
    body = ("Halden Schuh owns the Solvena factory in Felgueiras. \"There is no plan of closing,\" assured "
            "the administrator Rui Magalhães. The Municipal Chamber of Felgueiras said it knew nothing.")
    closing = only(claims_of(extractor, body), kind="event")
    assert (closing.key, closing.polarity) == ("closures|halden schuh", "negate")


def test_a_neighbouring_district_is_named_and_persons_led_to_a_police_section_are_held(extractor):
    body = ("Cholera hit Nsanje. Neighbouring Chikwawa district has recorded 37 cases, health officials "
            "said. According to the Gendarmerie, 9 persons were led to the police section. The guide led 40 "
            "tourists to the station.")
    said = claims_of(extractor, body)
    # (the next district's own count, an event of its own: `when_where.separate_event`)
    assert only(said, low=37.0).places == ("chikwawa", "t1#4")
    denied = claims_of(extractor, "Floods hit Sunamganj. In neighbouring Sylhet district, no one had died, "
                                  "officials said.")
    assert not [p for c in denied for p in c.places if "#" in p]  # (what it denies is counted there too)
    assert only(said, low=9.0).key == "detained"
    assert only(said, low=40.0).key != "detained"


def test_the_liberation_of_all_the_hostages_frees_them_and_an_abduction_is_an_attack(extractor):
    body = ("Gunmen abducted bus passengers on Monday. The operation permitted, this Tuesday, the liberation "
            "of the totality of the hostages, safe and sound.")
    freed = only(claims_from(extractor, "Ministry of Defence (communiqué)", body), key="held")
    assert (freed.polarity, freed.topics) == ("negate", ("attack",))
    demanded = ("Gunmen abducted bus passengers on Monday. The families demanded the release of all the "
                "hostages.")
    assert not [c for c in claims_of(extractor, demanded) if c.key == "held"]


@pytest.mark.parametrize(
    "body, unwanted",
    [
        # (session 75's rules, kept to their cases: a review found each of these read wrongly)
        ("Thousands of workers sacrificed their weekends to finish the stadium, the minister said.",
         "deaths"),
        ("About 50 employees were sacrificed in the restructuring, the union said.", "deaths"),
        ("A building collapsed in Lagos on Monday. Some 50 workers were working at the site that night, "
         "clearing debris and searching for survivors, officials said.", "aboard"),
        ("The union thanked the 12,000 workers who joined it since January.", "participants"),
        ("The mayor praised the 3,000 volunteers who joined the clean-up of the river on Sunday.",
         "participants"),
        ("Thousands joined a protest against the government in Bucharest on Sunday. Some 300 police "
         "officers were present in Victory Square, the gendarmerie said.", "participants"),
        ("Thousands joined a protest in Bucharest on Sunday. About 200 people were present in the hall for "
         "the union congress on Saturday, the union said.", "participants"),
        ("Protesters marched. Amnesty International condemned any use of tear gas against children.",
         "use|gas"),
        ("Protesters marched in Nairobi. The minister said police would investigate the use of tear gas.",
         "use|gas"),
        ("Forty people were dismissed from the hospital on Monday after treatment, the director said.",
         "job_cuts"),
        ("The government dismissed 15 staff accused of corruption at the customs agency, the minister said.",
         "job_cuts|government"),
    ],
)
def test_session_75s_readings_keep_to_their_cases(extractor, body, unwanted):
    assert not [c for c in claims_of(extractor, body) if c.key == unwanted]


@pytest.mark.parametrize(
    "body, field, value",
    [
        ("John Smith, of the Red Cross, said 40 people died in the floods.", "side", "red cross"),
        ("Two children were killed by a landslide on Monday. The toll among children has risen to 14 this "
         "month, officials said.", "subject", "child"),
        ("Gunmen killed 12 travellers on the road Al-Shabaab fighters use to move supplies, police said.",
         "places", ()),
        ("Thai artillery fired on Cambodian positions in response to an attack that wounded three civilians "
         "in Surin, the Thai army said.", "subject", "civilian"),
        ("An explosion at the Grupa Azoty chemical plant in Police, northwestern Poland, killed two workers "
         "on Monday.", "places", ("police",)),
        ("NEW YORK - The New York Times reported on Monday that floods hit Lagos. Forty people died, "
         "officials said.", "article_place", "lagos"),
        ("Islamic State West Africa Province said it killed 20 soldiers in an attack on a base.",
         "places", ()),
    ],
)
def test_session_75s_readings_leave_the_rest_as_it_was(extractor, body, field, value):
    counted = [c for c in claims_of(extractor, body) if c.kind == "figure"][-1]  # (the last figure told)
    assert getattr(counted, field) == value


def test_a_spillway_operated_or_its_gates_opened_is_one_act_and_a_numbered_plant_is_named(extractor):
    body = ("The Nam Pan 2 hydropower plant on the Nam Mo river did not operate its spillway during the "
            "flood. Villagers said the plant opened its spillway gates at around 2 am on Monday.")
    said = claims_of(extractor, body)
    assert {(c.key, c.polarity) for c in said if "spillway" in c.key} == {
        ("open|spillway", "negate"), ("open|spillway", "affirm")
    }
    assert not [c for c in said if c.kind == "figure"]  # (no "2" plants)


def test_a_bodys_own_statement_says_the_state_it_holds(extractor):
    body = "The ferry capsized on Lake Victoria. The vessel was not overloaded."
    state = only(claims_from(extractor, "Buchosa Marine Services Ltd (statement)", body), key="be|overloaded")
    assert (state.polarity, state.speaker) == ("negate", "Buchosa Marine Services Ltd (statement)")
    assert not [c for c in claims_from(extractor, "Daily Wire", body) if c.key == "be|overloaded"]
