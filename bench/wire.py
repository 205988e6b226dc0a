"""Realistic benchmark wires built from the real General Staff series.

The backbone is Ukraine's General Staff daily cumulative tally of Russian losses
(/work/shared/data/russia_losses_*.json, one record a day from 25 February 2022): one or two
articles a day, in varied templates, padded to 150-600 words with the paragraphs and page
furniture real articles carry. Interleaved with it:

- Russia's own statements of its military dead (498 on 2 March 2022, 1,351 on 25 March 2022,
  5,937 on 21 September 2022), which contradict Ukraine's figures of the same day;
- protest counts: organisers' figure, then the police's far lower one, for the same march on
  the same day in one city (two outlets);
- job cuts: a company's job cuts reported by anonymous sources, then denied by the company.

Everything is deterministic given (n, seed); `published_at` is strictly increasing.
`generate(n, seed)` returns the articles; `generate_wire(n, seed)` also returns the article
pairs the wire is built to contradict (`Wire.contradictions`). That list is what the wire
intends, not ground truth: a run of the real pipeline decides what is actually detected.

    python -m bench.wire 1000 > wire.jsonl
    python -m bench.wire 600 --seed 3 --contradictions pairs.jsonl > wire.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(
    os.environ.get("CLAIMWATCH_SERIES_DIR") or Path(__file__).resolve().parents[2] / "shared/data"
)
PERSONNEL = "russia_losses_personnel.json"
EQUIPMENT = "russia_losses_equipment.json"

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Russia's official statements of its military dead, with who said them.
RUSSIA_STATEMENTS: tuple[dict[str, Any], ...] = (
    {
        "date": "2022-03-02",
        "killed": 498,
        "wounded": 1597,
        "lead": "Russia's defence ministry said on {weekday} that {killed:,} Russian soldiers "
        "had been killed since the start of the operation in Ukraine.",
        "second": "Defence ministry spokesman Major General Igor Konashenkov said {wounded:,} "
        "soldiers had been wounded. It was the first time Moscow had given a figure for its "
        "losses.",
        "title": "Moscow admits {killed:,} soldiers killed in Ukraine",
    },
    {
        "date": "2022-03-25",
        "killed": 1351,
        "wounded": 3825,
        "lead": "Russia's defence ministry said on {weekday} that {killed:,} Russian soldiers "
        "had been killed since the start of the operation and {wounded:,} wounded.",
        "second": "Colonel General Sergei Rudskoy, a senior Russian commander, told a briefing "
        "in Moscow that the first stage of the operation had been largely completed.",
        "title": "Russia updates its military death toll",
    },
    {
        "date": "2022-09-21",
        "killed": 5937,
        "wounded": None,
        "lead": "Russian Defence Minister Sergei Shoigu said on {weekday} that {killed:,} "
        "Russian soldiers had been killed since the start of the operation in Ukraine.",
        "second": "Shoigu spoke hours after President Vladimir Putin announced a partial "
        "mobilisation of reservists, the first since the Second World War.",
        "title": "Shoigu says {killed:,} Russian soldiers killed in Ukraine",
    },
)

WAR_OUTLETS = ("Dnipro Daily", "Kestria Herald", "World Desk", "Northern Wire", "Eastern Courier",
               "Continental Post", "Evening Ledger")
NEWS_OUTLETS = ("Capital Times", "Metro Post", "Northern Wire", "Continental Post",
                "Evening Ledger", "Kestria Herald", "Harbour Times")
BUSINESS_OUTLETS = ("Business Line", "Business Coast", "Market Ledger", "Harbour Times",
                    "Continental Post")

PROTEST_CITIES = ("Lyon", "Porto", "Valencia", "Bilbao", "Turin", "Naples", "Leipzig", "Gdansk",
                  "Brno", "Thessaloniki", "Marseille", "Seville", "Bologna", "Krakow", "Dresden",
                  "Rotterdam", "Antwerp", "Toulouse", "Genoa", "Wroclaw")
PROTEST_CAUSES = ("the pension reform", "rising fuel prices", "the sale of the port",
                  "the closure of the city hospital", "the new mining law", "housing costs",
                  "cuts to public transport", "the government's budget plans",
                  "the proposed airport expansion", "school closures")
COMPANIES = (
    ("Velora Motors", "carmaker", "plant"), ("Meridian Shipping", "shipping group", "terminal"),
    ("Arcton Steel", "steelmaker", "mill"), ("Halvard Chemicals", "chemicals group", "plant"),
    ("Norvik Airlines", "airline", "maintenance base"), ("Castell Foods", "food group", "factory"),
    ("Brightwater Logistics", "logistics group", "depot"),
    ("Osterholm Paper", "papermaker", "mill"), ("Tessaro Electronics", "electronics maker",
                                                 "factory"),
    ("Kaldor Pharma", "drugmaker", "plant"), ("Aurel Glass", "glassmaker", "works"),
    ("Ferrant Rail", "train maker", "plant"),
)
COMPANY_TOWNS = ("Swindon", "Sunderland", "Wolfsburg", "Eindhoven", "Tampere", "Linz",
                 "Gothenburg", "Aarhus", "Ostrava", "Pilsen", "Gyor", "Derby", "Le Mans",
                 "Ingolstadt", "Setubal", "Zwickau", "Kolin", "Mlada Boleslav")

# --- padding: realistic paragraphs that state no figure -----------------------------------

WAR_PARAGRAPHS = (
    "Air raid sirens sounded across much of the country overnight, and regional officials "
    "urged residents to stay in shelters until the all-clear was given.",
    "The figures could not be independently verified. Neither Kyiv nor Moscow publishes "
    "regular figures for its own military losses, and Western estimates differ from those "
    "given by either side.",
    "Western governments have pledged further military aid, including air defence systems and "
    "artillery ammunition, although officials in Kyiv say deliveries remain too slow.",
    "President Volodymyr Zelensky, in his nightly video address, thanked the armed forces and "
    "called on allies to tighten sanctions on Russia's energy exports.",
    "Fighting remained heaviest in the east, where Russian forces have pressed attacks around "
    "Bakhmut and Avdiivka for weeks, the General Staff said in its morning update.",
    "In Kharkiv, emergency crews worked through the night to restore power and heating after "
    "strikes damaged a substation on the edge of the city.",
    "The regional governor of Zaporizhzhia said shelling had damaged houses and a school, and "
    "that rescue teams were still clearing rubble in the afternoon.",
    "Ukraine's foreign ministry summoned diplomats to discuss the protection of grain exports "
    "through the Black Sea ports around Odesa.",
    "The International Atomic Energy Agency said its experts at the Zaporizhzhia nuclear plant "
    "had again heard explosions near the site and called for restraint.",
    "Analysts at the Institute for the Study of War said Russian forces were likely to "
    "continue small-scale attacks along the front line in the coming days.",
    "Ukrainian officials have repeatedly accused Moscow of targeting energy infrastructure to "
    "break civilian morale ahead of the winter.",
    "Volunteers in Dnipro collected warm clothes, generators and medical supplies for units at "
    "the front, a local charity said.",
    "The European Union is preparing a new package of sanctions, diplomats in Brussels said, "
    "although member states remain divided over some of the measures.",
    "Railway services between Kyiv and the western city of Lviv ran with delays after an "
    "overnight air alert, the state railway company said.",
    "Kremlin spokesman Dmitry Peskov told reporters that the operation would continue until "
    "its goals had been achieved.",
    "Rescue workers in Kherson said residents on the right bank of the Dnipro river faced "
    "daily shelling from Russian positions across the water.",
    "The United Nations human rights monitoring mission has urged both sides to respect the "
    "rules of war and to protect civilians caught near the front line.",
    "Schools in several frontline regions continue to teach online, and parents said children "
    "had spent much of the week in basements.",
    "Military analysts caution that daily tallies published by either side are part of the "
    "information war and should be treated with care.",
    "The defence ministry in Kyiv said new recruits were being trained abroad with the help of "
    "NATO member states and would join brigades in the east.",
    "Officials in Sumy said drones had struck an industrial site near the border, starting a "
    "fire that firefighters put out by morning.",
    "Ukraine's energy company urged consumers to limit their use of electricity during the "
    "evening peak to avoid emergency blackouts.",
)

RUSSIA_PARAGRAPHS = (
    "The ministry did not say how many soldiers had been wounded in the most recent fighting or "
    "give a breakdown by unit.",
    "Kremlin spokesman Dmitry Peskov told reporters that the operation was proceeding "
    "according to plan and that its goals would be achieved.",
    "Russian state television carried the figures in its evening bulletin, alongside footage "
    "of military equipment moving by rail.",
    "Independent Russian media outlets, many of which have been blocked inside the country, "
    "have questioned the official figures.",
    "Western officials say Russian losses are considerably higher than Moscow acknowledges, "
    "although they too have given only broad estimates.",
    "Families of soldiers have complained on social media that they have received little "
    "information about relatives sent to the front.",
    "Russia calls its invasion a special military operation and has passed laws punishing what "
    "it describes as false information about the armed forces.",
    "The statement came as diplomats prepared for another round of talks, which both sides "
    "said had so far produced little progress.",
    "The ministry said the armed forces were striking only military targets, a claim rejected "
    "by Kyiv and by Western governments.",
    "Analysts noted that Moscow rarely updates its figures and that each update has been "
    "followed by weeks of silence.",
)

PROTEST_PARAGRAPHS = (
    "The march ended peacefully outside the town hall, where union leaders addressed the "
    "crowd from the back of a lorry.",
    "Unions have called for further strikes if the government does not withdraw the plans, "
    "and said they would meet next week to agree dates.",
    "Shops along the main avenue closed early, and public transport was disrupted for much of "
    "the afternoon.",
    "The government has said the reform is needed to keep public finances sound and that it "
    "will not back down in the face of street protests.",
    "Opposition politicians joined the front of the march, calling on the prime minister to "
    "put the plans to a vote in parliament.",
    "Protesters carried banners and flags, and a brass band played as the crowd moved slowly "
    "through the old town.",
    "A small group of masked protesters broke away near the station and threw bottles at "
    "riot police, who responded with batons, witnesses said.",
    "Organisers had chartered buses from surrounding towns and villages to bring supporters to "
    "the city for the march.",
    "The city's mayor said the right to protest was fundamental but urged everyone to respect "
    "the agreed route.",
    "Similar marches were held in other cities, although turnout there appeared smaller, "
    "local media reported.",
    "Students joined the march after classes were cancelled at the university, which said its "
    "buildings would reopen on the following day.",
    "Police closed several streets in the centre from early morning and diverted traffic "
    "around the old town.",
)

BUSINESS_PARAGRAPHS = (
    "The company has been hit by weak demand, higher energy costs and competition from "
    "cheaper producers abroad.",
    "Union representatives said they had not been consulted and demanded an urgent meeting "
    "with management.",
    "Local politicians said the plant was vital to the regional economy and urged the "
    "government to step in.",
    "Shares in the group were little changed in morning trading as investors awaited more "
    "details of its restructuring plans.",
    "Analysts said a smaller workforce would help protect margins but warned that the "
    "restructuring could take years to pay off.",
    "The company is due to publish its annual results next month, when executives are "
    "expected to present a new strategy.",
    "Suppliers in the region said they were worried about orders, and several said they had "
    "already cut shifts.",
    "The economy ministry said it was in contact with the company and with local authorities "
    "about the future of the site.",
    "Industry groups have warned that high energy prices are forcing manufacturers to rethink "
    "their investment plans.",
    "The chief executive told staff in a memo that the group faced difficult decisions and "
    "that it would keep them informed.",
    "Workers gathered outside the factory gates at the end of the early shift to discuss the "
    "reports.",
    "A regional development agency said it would help any workers affected find new jobs with "
    "other employers in the area.",
)

RELATED_HEADLINES = (
    "Explainer: how the front line has moved", "In pictures: life in the shelters",
    "Analysis: what the sanctions mean for Europe", "Who is Sergei Shoigu?",
    "Pension reform: what changes for you", "Storm warnings issued for the northern coast",
    "Markets: energy shares rise", "Opinion: the long road to peace talks",
    "Factory orders fall for a third month", "Live: the latest from the region",
)

FURNITURE: tuple[Callable[[random.Random], list[str]], ...] = (
    lambda r: ["Share this article"],
    lambda r: ["Read more", *r.sample(RELATED_HEADLINES, 2)],
    lambda r: ["Please enter your comment!", "Please enter your name here"],
    lambda r: ["Advertisement"],
    lambda r: ["Related stories", *r.sample(RELATED_HEADLINES, 3)],
    lambda r: ["Share on Facebook", "Share on Twitter", "Copy link"],
    lambda r: ["Sign up for our daily newsletter"],
)


@dataclass
class Wire:
    """A generated wire and the contradictions it was built to contain."""

    articles: list[dict[str, Any]]
    # (earlier article id, later article id, why): what the wire intends, not ground truth.
    contradictions: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class _Draft:
    day: date
    minute: int  # minutes after midnight UTC, for ordering within the day
    kind: str
    article: dict[str, Any]


@lru_cache(maxsize=1)
def load_series() -> tuple[tuple[dict[str, Any], dict[str, Any]], ...]:
    """(personnel, equipment) records, one pair a day, in date order."""
    personnel = json.loads((DATA_DIR / PERSONNEL).read_text(encoding="utf-8"))
    equipment = {r["date"]: r for r in json.loads((DATA_DIR / EQUIPMENT).read_text("utf-8"))}
    return tuple((p, equipment[p["date"]]) for p in personnel if p["date"] in equipment)


def _words(text: str) -> int:
    return len(text.split())


def _pad(rng: random.Random, paragraphs: list[str], pool: tuple[str, ...], target: int) -> None:
    """Add distinct paragraphs from `pool` until the body reaches `target` words."""
    for extra in rng.sample(pool, len(pool)):
        if sum(_words(p) for p in paragraphs) >= target:
            break
        # Keep a claim paragraph first; background goes anywhere after it.
        paragraphs.insert(rng.randint(1, len(paragraphs)), extra)


def _body(rng: random.Random, paragraphs: list[str], pool: tuple[str, ...]) -> str:
    target = int(rng.triangular(150, 600, 280))
    _pad(rng, paragraphs, pool, target)
    parts = list(paragraphs)
    if rng.random() < 0.8:
        parts.append("\n".join(rng.choice(FURNITURE)(rng)))
    sep = "\n\n" if rng.random() < 0.85 else "\n"
    return sep.join(parts)


def _qualifier(rng: random.Random, star: str) -> str:
    if star == "more":
        return rng.choice(("more than", "over"))
    return rng.choice(("about", "about", "around", "some"))


def _equipment_list(rng: random.Random, eq: dict[str, Any]) -> str:
    items = [
        ("tank", "tanks"), ("APC", "armoured combat vehicles"),
        ("field artillery", "artillery systems"), ("MRL", "multiple rocket launchers"),
        ("aircraft", "aircraft"), ("helicopter", "helicopters"), ("drone", "drones"),
        ("anti-aircraft warfare", "air defence systems"),
    ]
    chosen = [items[0], items[1], *rng.sample(items[2:], rng.randint(1, 3))]
    named = [f"{eq[k]:,} {label}" for k, label in chosen if eq.get(k)]
    return ", ".join(named[:-1]) + " and " + named[-1]


def _gs_article(rng: random.Random, per: dict[str, Any], eq: dict[str, Any], outlet: str,
                article_id: str, published: datetime) -> dict[str, Any]:
    day = date.fromisoformat(per["date"])
    weekday = WEEKDAYS[day.weekday()]
    n = per["personnel"]
    q = _qualifier(rng, per.get("personnel*", "about"))
    lead = rng.choice((
        f"Ukraine's General Staff said on {weekday} that {q} {n:,} Russian soldiers had been "
        "killed since the start of the invasion.",
        f"Ukraine's General Staff said on {weekday} that Russia had lost {q} {n:,} soldiers "
        "since the start of the full-scale invasion.",
        f"According to Ukraine's General Staff, {q} {n:,} Russian troops have been killed "
        "since the start of the invasion.",
        f"Ukraine's General Staff said in its daily update on {weekday} that {q} {n:,} Russian "
        "soldiers had been killed so far.",
    ))
    equipment = rng.choice((
        f"Ukraine's General Staff said Russian forces had also lost {_equipment_list(rng, eq)} "
        "since the start of the invasion.",
        f"According to Ukraine's General Staff, Russia has also lost {_equipment_list(rng, eq)} "
        "so far.",
    ))
    first = lead if rng.random() < 0.5 else f"{lead} {equipment}"
    paragraphs = [first] if first != lead else [lead, equipment]
    if eq.get("greatest losses direction") and rng.random() < 0.6:
        paragraphs.append(
            f"The heaviest Russian losses over the past day were in the "
            f"{eq['greatest losses direction']} direction, Ukraine's General Staff said."
        )
    short = f"{round(n, -2):,}" if n >= 1000 else f"{n:,}"
    title = rng.choice((
        f"Russian losses reach {short}, Kyiv says",
        f"General Staff: Russia has lost {q} {n:,} soldiers",
        f"Day {per['day']}: Ukraine updates Russian losses",
        "Ukraine's General Staff publishes daily tally of Russian losses",
        f"Kyiv puts Russian losses at {short}",
    ))
    return {
        "id": article_id,
        "source": outlet,
        "published_at": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title": title,
        "body": _body(rng, paragraphs, WAR_PARAGRAPHS),
    }


def _russia_article(rng: random.Random, st: dict[str, Any], outlet: str, article_id: str,
                    published: datetime) -> dict[str, Any]:
    weekday = WEEKDAYS[published.weekday()]
    fields = {**st, "weekday": weekday}
    paragraphs = [st["lead"].format(**fields), st["second"].format(**fields)]
    return {
        "id": article_id,
        "source": outlet,
        "published_at": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title": st["title"].format(**fields),
        "body": _body(rng, paragraphs, RUSSIA_PARAGRAPHS),
    }


def _protest_pair(rng: random.Random, day: date, city: str, cause: str, ids: tuple[str, str]
                  ) -> tuple[_Draft, _Draft, str]:
    weekday = WEEKDAYS[day.weekday()]
    organisers = rng.randrange(30, 200) * 1000
    police = int(organisers * rng.uniform(0.12, 0.3)) // 500 * 500
    out_a, out_b = rng.sample(NEWS_OUTLETS, 2)
    lead_a = rng.choice((
        f"Organisers said {organisers:,} people took part in {weekday}'s march in {city} "
        f"against {cause}.",
        f"Crowds marched through {city} on {weekday} against {cause}. Organisers said "
        f"{organisers:,} people took part in the march.",
    ))
    a = {
        "id": ids[0],
        "source": out_a,
        "title": rng.choice((f"Huge crowds march in {city} against {cause}",
                             f"{city} march: organisers claim {organisers:,}")),
        "body": _body(rng, [lead_a], PROTEST_PARAGRAPHS),
    }
    lead_b = [f"Police in {city} said about {police:,} people joined {weekday}'s march against "
              f"{cause}."]
    if rng.random() < 0.5:
        lead_b.append(f"\"The figure of {organisers:,} has no basis,\" a police spokesman told "
                      "reporters.")
    b = {
        "id": ids[1],
        "source": out_b,
        "title": rng.choice((f"Police put {city} march at {police:,}",
                             f"Police stand by {city} march count")),
        "body": _body(rng, [" ".join(lead_b)], PROTEST_PARAGRAPHS),
    }
    t_a, t_b = rng.randint(17 * 60, 19 * 60), rng.randint(20 * 60, 23 * 60)
    why = f"organisers {organisers:,} vs police {police:,} marchers, {city}, {day.isoformat()}"
    return _Draft(day, t_a, "protest", a), _Draft(day, t_b, "protest", b), why


def _jobs_pair(rng: random.Random, day: date, company: tuple[str, str, str], town: str,
               ids: tuple[str, str]) -> tuple[_Draft, _Draft, str]:
    name, noun, site = company
    cut = rng.randrange(5, 60) * 100
    staff = cut * rng.randint(3, 8) // 1000 * 1000
    out_a, out_b = rng.sample(BUSINESS_OUTLETS, 2)
    later = day + timedelta(days=1)
    a_lead = (f"{name} will cut about {cut:,} jobs at its {town} {site} this year, two people "
              f"familiar with the plans told {out_a}.")
    a_rest = rng.choice((
        f"The {noun} employs roughly {staff:,} people at {town}. {name} did not immediately "
        "respond to a request for comment.",
        f"{name} did not immediately respond to a request for comment.",
    ))
    a = {
        "id": ids[0],
        "source": out_a,
        "title": f"{name} to cut {cut:,} jobs at {town} - sources",
        "body": _body(rng, [f"{a_lead} {a_rest}"], BUSINESS_PARAGRAPHS),
    }
    b_lead = rng.choice((
        f"{name} on {WEEKDAYS[later.weekday()]} denied a report that it planned to cut "
        f"{cut:,} jobs at its {town} {site}. \"We have no plans for layoffs at {town},\" a "
        "company spokeswoman said.",
        f"{name} denied on {WEEKDAYS[later.weekday()]} that it planned to cut jobs at its "
        f"{town} {site}. \"There are no plans for layoffs at {town},\" the {noun} said in a "
        "statement.",
    ))
    b = {
        "id": ids[1],
        "source": out_b,
        "title": f"{name.split()[0]} denies {town} job cut report",
        "body": _body(rng, [b_lead], BUSINESS_PARAGRAPHS),
    }
    why = f"{name}: sources say {cut:,} job cuts at {town}, company denies"
    return (_Draft(day, rng.randint(6 * 60, 9 * 60), "jobs", a),
            _Draft(later, rng.randint(9 * 60, 13 * 60), "jobs", b), why)


def generate_wire(n: int, seed: int = 7) -> Wire:
    """A wire of exactly `n` articles (n >= 1) in publication order, deterministic in seed."""
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(seed)
    series = load_series()
    # Roughly 60% General Staff tallies, 40% the other stories; more than one tally article
    # a day only when the wire is longer than the series allows.
    per_day = max(1, -(-int(n * 0.6) // len(series)))
    statements = {st["date"]: st for st in RUSSIA_STATEMENTS}
    drafts: list[_Draft] = []
    pairs: list[tuple[_Draft, _Draft, str]] = []
    serial = 0

    def next_id(prefix: str, day: date) -> str:
        nonlocal serial
        serial += 1
        return f"{prefix}-{day.isoformat()}-{serial:05d}"

    gs_by_day: dict[str, list[str]] = {}
    russia: list[tuple[str, str]] = []  # (date, article id) of Russia's statements
    for index, (per, eq) in enumerate(series):
        day = date.fromisoformat(per["date"])
        for k, outlet in enumerate(rng.sample(WAR_OUTLETS, per_day)):
            minute = rng.randint(7 * 60, 12 * 60) + k * 30
            art_id = next_id("gs", day)
            gs_by_day.setdefault(per["date"], []).append(art_id)
            published = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
            drafts.append(_Draft(day, minute, "gs", _gs_article(rng, per, eq, outlet, art_id,
                                                                published)))
        if per["date"] in statements:
            minute = rng.randint(14 * 60, 17 * 60)
            published = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
            art_id = next_id("ru", day)
            drafts.append(_Draft(day, minute, "ru", _russia_article(
                rng, statements[per["date"]], rng.choice(WAR_OUTLETS), art_id, published)))
            russia.append((per["date"], art_id))
        # A protest every fifth day, a job-cut story every sixth.
        if index % 5 == 1:
            city = PROTEST_CITIES[(index // 5) % len(PROTEST_CITIES)]
            ids = (next_id("march-org", day), next_id("march-police", day))
            pairs.append(_protest_pair(rng, day, city, rng.choice(PROTEST_CAUSES), ids))
            drafts.extend(pairs[-1][:2])
        if index % 6 == 3:
            company = COMPANIES[(index // 6) % len(COMPANIES)]
            town = COMPANY_TOWNS[(index // 6) % len(COMPANY_TOWNS)]
            ids = (next_id("jobs-report", day), next_id("jobs-denial", day))
            pairs.append(_jobs_pair(rng, day, company, town, ids))
            drafts.extend(pairs[-1][:2])
        if len(drafts) >= n + 4:
            break

    drafts.sort(key=lambda d: (d.day, d.minute, d.article["id"]))
    drafts = drafts[:n]
    kept = {d.article["id"] for d in drafts}
    articles = []
    last: datetime | None = None
    for d in drafts:
        published = datetime(d.day.year, d.day.month, d.day.day) + timedelta(minutes=d.minute)
        if last is not None and published <= last:
            published = last + timedelta(minutes=1)  # strictly increasing
        last = published
        articles.append({**d.article, "published_at": published.strftime("%Y-%m-%dT%H:%M:%SZ")})

    found = [(a.article["id"], b.article["id"], why) for a, b, why in pairs]
    for when, ru_id in russia:
        # Against the General Staff's tally of the same day. (The next day's tally may be
        # flagged too: running totals of two sides a day apart are compared.)
        killed = statements[when]["killed"]
        found += [(gs, ru_id, f"Russia {killed:,} vs Ukraine's General Staff, {when}")
                  for gs in gs_by_day.get(when, [])]
    contradictions = sorted(
        ((a, b, why) for a, b, why in found if a in kept and b in kept), key=lambda p: p[:2]
    )
    return Wire(articles, contradictions)


def generate(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """`n` articles (dicts: id, source, published_at, title, body) in publication order."""
    return generate_wire(n, seed).articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.wire", description="Write a realistic wire as JSON Lines."
    )
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--contradictions", metavar="PATH",
                        help="also write the intended contradictory pairs (JSON Lines: a, b, why)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("n must be at least 1")
    wire = generate_wire(args.n, args.seed)
    out = sys.stdout
    for article in wire.articles:
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
    if args.contradictions:
        with open(args.contradictions, "w", encoding="utf-8") as f:
            for a, b, why in wire.contradictions:
                f.write(json.dumps({"a": a, "b": b, "why": why}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
