"""Cleaning: boilerplate out, headlines apart, punctuation repaired."""

from pathlib import Path

import pytest

from claimwatch.clean import clean_article, clean_text, fix_punctuation, split_glued
from schemas import Article
from schemas.records import Segment

SEED = Path(__file__).resolve().parents[2] / "shared/wire/seed-article.txt"


@pytest.fixture(scope="module")
def seed_segments():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return clean_text(SEED.read_text(encoding="utf-8"))


def test_seed_boilerplate_removed(seed_segments):
    text = "\n".join(s.text for s in seed_segments)
    assert "Please enter your comment" not in text
    assert "Please enter your name here" not in text
    assert ". ." not in text
    assert not any(s.text.startswith(":") for s in seed_segments)


@pytest.mark.parametrize(
    "headline",
    ["Ukraine took 200 hostage!", "1,067 military bases targeted", "Russia defends at UNSC"],
)
def test_seed_headlines_are_own_segments(seed_segments, headline):
    assert any(s.kind == "headline" and s.text == headline for s in seed_segments)
    assert not any(s.kind == "paragraph" and headline in s.text for s in seed_segments)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (": Even though Russia", "Even though Russia"),
        ("systems. . Significantly", "systems. Significantly"),
        ("heard in Ukraine .  ", "heard in Ukraine."),
        ("word ,next", "word, next"),
        # wire datelines, in capitals or in title case with a date
        ("KYIV, March 2 (Reuters) - Ukraine said", "Ukraine said"),
        ("Rasna, 22 September (NG) – The opposition said", "The opposition said"),
        ("Quito, Nov 16 (EFE).- Ecuador's prison authority said", "Ecuador's prison authority said"),
        ("Police said (in a statement) - 14 died", "Police said (in a statement) - 14 died"),
        # a place in title case with an agency's name, or the agency first
        ("Düsseldorf (dpa) - German car maker Kessler said", "German car maker Kessler said"),
        ("Port Sudan (AFP) - The death toll rose", "The death toll rose"),
        ("Lampedusa (Italy) (AFP) - Survivors said", "Survivors said"),
        ("(ANSA) - ROME, MAY 7 - Nine migrants died", "Nine migrants died"),
        ("Amnesty International (AI) - said on Monday", "Amnesty International (AI) - said on Monday"),
        # with no agency: a place in capitals and a dash
        ("ROME - Aurelia Airways said", "Aurelia Airways said"),
        ("MANILA, Philippines — At least 14 people died", "At least 14 people died"),
        ("COTABATO CITY – The commission said", "The commission said"),
        ("NATO said on Friday", "NATO said on Friday"),
        ("UK - based firms said", "UK - based firms said"),
    ],
)
def test_fix_punctuation(raw, expected):
    assert fix_punctuation(raw) == expected


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Ukraine took 200 hostage!Russia did not disclose it.",
            ["Ukraine took 200 hostage!", "Russia did not disclose it."],
        ),
        (
            "1,067 military bases targetedMajor General Konashenkov said",
            ["1,067 military bases targeted", "Major General Konashenkov said"],
        ),
        ("JavaScript and iPhone stay whole.", ["JavaScript and iPhone stay whole."]),
    ],
)
def test_split_glued(line, parts):
    assert split_glued(line) == parts


def test_a_long_headline_glued_to_the_text_is_a_headline():
    body = (
        "Families say at least 40 dead in riot at the Litoral prison; rights group counts 31 "
        "bodiesRelatives of inmates said on Saturday that at least 40 died."
    )
    segments = clean_text(body)
    assert [s.kind for s in segments] == ["headline", "paragraph"]
    # a long sentence of its own, glued to nothing, stays a paragraph
    assert clean_text(segments[0].text)[0].kind == "paragraph"


def test_link_lists_and_tags_dropped():
    body = (
        "The march ended peacefully.\n\nRead more\nPension reform: what changes for you\n"
        "Who is the finance minister?\n\nTAGS\nfloods\nPort Aldren\n\nShare this article"
    )
    assert [s.text for s in clean_text(body)] == ["The march ended peacefully."]


def test_a_teaser_for_another_story_is_dropped():
    # "You may be interested: Machala registers 14 violent deaths" is another story's headline
    body = (
        "Six inmates died in the riot, the prison service said.\n\n"
        "You may be interested: Port Aldren registers 14 violent deaths in a week\n\n"
        "You might also be interested in\nFloods: the toll rises"
    )
    assert [s.text for s in clean_text(body)] == ["Six inmates died in the riot, the prison service said."]
    kept = "You may be interested to know that the dam held, the engineers said."
    assert [s.text for s in clean_text(kept)] == [kept]


def test_html_body_becomes_text():
    segs = clean_text("<p>Police said 12 people were hurt.</p><script>alert(1)</script><p>More later.</p>")
    assert [s.text for s in segs] == ["Police said 12 people were hurt.", "More later."]


def test_mojibake_repaired():
    assert clean_text("The ministryâ€™s figure was 12.")[0].text == "The ministry's figure was 12."


def test_title_is_first_headline():
    art = clean_article(
        Article("a1", "Wire", "2025-01-01T00:00:00Z", "Floods kill 14", "Officials said 14 died.")
    )
    assert art.segments[0].kind == "headline" and art.segments[0].text == "Floods kill 14"


def test_a_dateline_is_a_segment_of_its_own_not_part_of_the_lead():
    segments = clean_text("Port Sudan (AFP) - The death toll rose to 52.\n\nMore died later.")
    assert [(s.kind, s.text) for s in segments] == [
        ("dateline", "Port Sudan"),
        ("paragraph", "The death toll rose to 52."),
        ("paragraph", "More died later."),
    ]
    assert clean_text("(ANSA) - ROME, MAY 7 - Nine migrants died.")[0] == Segment("dateline", "ROME")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a dateline in capitals keeps cutting before a lower-case name
        ("BERLIN (Reuters) - eBay said it would cut 1,000 jobs.", "eBay said it would cut 1,000 jobs."),
        # an organisation's initials are no agency: no dateline
        ("Human Rights Watch (HRW) - Forces killed 40.", "Human Rights Watch (HRW) - Forces killed 40."),
        ("Kessler (KSL) - It will cut 1,200 jobs.", "Kessler (KSL) - It will cut 1,200 jobs."),
        # the day in brackets and a colon, as Malaysian papers write it
        ("GEORGE TOWN (June 10): Veltronic will cut jobs.", "Veltronic will cut jobs."),
        ("WHO (World Health Organization): Cases rose.", "WHO (World Health Organization): Cases rose."),
        ("UPDATE (June 10): The toll rose to 12.", "UPDATE (June 10): The toll rose to 12."),
        ("WHO (May 5): Cases rose.", "WHO (May 5): Cases rose."),
        # a place in capitals, its country and the day
        ("NAIROBI, Kenya, Jan 8 - The county says 11 died.", "The county says 11 died."),
        # (a hyphenated name; two words, the first of two capitals; but no acronym alone)
        ("CLUJ-NAPOCA, Romania, Aug 14 - Thousands marched.", "Thousands marched."),
        ("KY SON, Vietnam, Aug 17 - Floods killed 11.", "Floods killed 11."),
        ("UN - The agency said 11 died.", "UN - The agency said 11 died."),
    ],
)
def test_only_a_news_agency_makes_a_dateline(raw, expected):
    assert fix_punctuation(raw) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a page repeating its title at the head of its first paragraph, with no break
        ("Two border guards martyred in Saravan, 9 terrorists liquidated",
         "Two border guards martyred in Saravan, 9 terrorists liquidated According to the report of "
         "Tasnim, a terrorist team attacked a border post.",
         [("paragraph", "According to the report of Tasnim, a terrorist team attacked a border post.")]),
        # ... and the place the story was filed from, which came after it
        ("Doctors Network: rising of dead to 22",
         "Doctors Network: rising of dead to 22 El Obeid - The Sudan Doctors Network said 22 died.",
         [("dateline", "El Obeid"), ("paragraph", "The Sudan Doctors Network said 22 died.")]),
        ("Iranian shelling, 5 persons martyred",
         "Iranian shelling, 5 persons martyred Mashkel (Intekhab correspondent) In Mashkel 5 died.",
         [("dateline", "Mashkel"), ("paragraph", "In Mashkel 5 died.")]),
        # a first paragraph that only begins with the title's words is left as it is
        ("Floods kill 12", "Floods kill 12 people in the north, officials said.",
         [("paragraph", "Floods kill 12 people in the north, officials said.")]),
        ("Israeli strikes kill 20 in Gaza", "Israeli strikes kill 20 in Gaza City, the ministry said.",
         [("paragraph", "Israeli strikes kill 20 in Gaza City, the ministry said.")]),
        ("Kenya", "Kenya Airways said it would cut 300 jobs.",
         [("paragraph", "Kenya Airways said it would cut 300 jobs.")]),
        # (a person's name and a photo caption are no dateline)
        ("Gunmen kill 12", "Gunmen kill 12 John Mahama (File photo) The president said 12 died.",
         [("paragraph", "John Mahama (File photo) The president said 12 died.")]),
        # datelines as translated pages write them
        ("Clash on the border", "Clash on the border BUNER (Khyber Voice): The district said 46 died.",
         [("dateline", "BUNER"), ("paragraph", "The district said 46 died.")]),
        ("Clash on the border", "Clash on the border Asmara, 14 August 2028 - In the night 12 died.",
         [("dateline", "Asmara"), ("paragraph", "In the night 12 died.")]),
        # a wire dateline after the title
        ("Gunmen kill 12 in Zamfara", "Gunmen kill 12 in Zamfara GUSAU, Nov 3 (Reuters) - Gunmen killed 12.",
         [("dateline", "GUSAU"), ("paragraph", "Gunmen killed 12.")]),
        # a lede that repeats the title as its first sentence keeps it
        ("Flash floods kill 9 in Mombasa", "Flash floods kill 9 in Mombasa. The Red Cross said 2 were "
         "missing.",
         [("paragraph", "Flash floods kill 9 in Mombasa. The Red Cross said 2 were missing.")]),
        # the title copied without its comma
        ("Provocation in Kalbajar direction, 40 enemy manpower neutralized",
         "Provocation in Kalbajar direction 40 enemy manpower neutralized According to the ministry, 3 died.",
         [("paragraph", "According to the ministry, 3 died.")]),
    ],
)
def test_a_title_glued_to_the_first_paragraph_is_taken_off_it(title, body, expected):
    article = Article(id="a", source="S", published_at="2027-11-01T10:00:00Z", title=title, body=body)
    segments = clean_article(article).segments
    assert segments[0] == Segment("headline", title)
    assert [(s.kind, s.text) for s in segments[1:]] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a place in capitals and a colon on the first line, as Indian papers write it
        ("THIRUVANANTHAPURAM: The minister said 38 were ill.",
         [("dateline", "THIRUVANANTHAPURAM"), ("paragraph", "The minister said 38 were ill.")]),
        ("NEW DELHI: The ministry said 12 died.",
         [("dateline", "NEW DELHI"), ("paragraph", "The ministry said 12 died.")]),
        # not a desk's label, nor a speaker's line further down
        ("VIDEO: The toll rose to 12.", [("paragraph", "VIDEO: The toll rose to 12.")]),
        ("The toll rose to 12.\n\nUNICEF: Children are at risk.",
         [("paragraph", "The toll rose to 12."), ("paragraph", "UNICEF: Children are at risk.")]),
    ],
)
def test_a_dateline_in_capitals_and_a_colon_opens_only_the_first_line(raw, expected):
    assert [(s.kind, s.text) for s in clean_text(raw)] == expected


@pytest.mark.parametrize(
    ("raw", "dateline"),
    [
        # a place in capitals with accented capitals is a dateline as any other
        ("ASUNCIÓN, Jan 25 (EFE) - The government said 28% joined.", "ASUNCIÓN"),
        ("BOGOTÁ (AP) — The army said 12 died.", "BOGOTÁ"),
        ("SÃO PAULO - The union said 40,000 marched.", "SÃO PAULO"),
        ("SÃO PAULO: The union said 40,000 marched.", "SÃO PAULO"),
    ],
)
def test_a_dateline_may_have_accented_capitals(raw, dateline):
    assert clean_text(raw)[0].kind == "dateline"
    assert clean_text(raw)[0].text == dateline


def test_a_desk_label_in_capitals_is_no_dateline():
    assert [s.kind for s in clean_text("ÚLTIMA HORA - El gobierno dijo que 28% se unió.")] == ["paragraph"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a place and a day with no mark after them, as agencies of the former Soviet Union write
        ("Bishkek, May 8 On the morning of May 8 the Tajik side opened fire.",
         [("dateline", "Bishkek"), ("paragraph", "On the morning of May 8 the Tajik side opened fire.")]),
        ("MOSCOW, March 3 /TASS/ the Defense Ministry said 12 drones were shot down.",
         [("dateline", "MOSCOW"), ("paragraph", "the Defense Ministry said 12 drones were shot down.")]),
        # (not a day a sentence opens on, nor a date that is what a sentence is about)
        ("On Sunday, March 3 The ministry said 12 died.",
         [("paragraph", "On Sunday, March 3 The ministry said 12 died.")]),
        ("Paris, May 8 is the date of the vote.", [("paragraph", "Paris, May 8 is the date of the vote.")]),
    ],
)
def test_a_dateline_of_a_place_and_a_day_alone(raw, expected):
    assert [(s.kind, s.text) for s in clean_text(raw)] == expected
