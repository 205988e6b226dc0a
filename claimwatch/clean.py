"""Cleaning: from a scraped article to headline and paragraph segments.

Scraped news carries web furniture (comment forms, share buttons, read-more lists, tag
lists), broken encodings, doubled punctuation, and headlines glued to the text around them.
Extraction needs whole sentences, and a headline must never be parsed as the start of the
next sentence, so each headline becomes a segment of its own.
"""

from __future__ import annotations

import html
import re

import ftfy

from schemas.records import Article, CleanArticle, Segment, SegmentKind

# Lines that are page furniture, not reporting. Matched against a whole line, case-insensitive.
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        please\ enter\ your\ (?:comment|name|email)(?:\ (?:here|address))?[!.]?
      | leave\ a\ (?:reply|comment)
      | your\ email\ address\ will\ not\ be\ published.*
      | save\ my\ name,\ email.*
      | share(?:\ (?:this|the))?(?:\ (?:article|story|post))?(?:\ on\ \w+)?
      | (?:share\ on|follow\ us\ on|like\ us\ on)\b.*
      | (?:facebook|twitter|whatsapp|telegram|linkedin|email|print|copy\ link)
      | read\ (?:more|also|next)\b.*
      | also\ read\b.*
      | see\ also\b.*
      | related(?:\ (?:articles|stories|news|posts))?:?.*
      | you\ (?:may|might)\ (?:also\ )?like\b.*
      | you\ (?:may|might)\ (?:also\ )?be\ interested(?:\ in)?(?:\s*:.*)?
      | recommended(?:\ for\ you)?
      | advertisement
      | sponsored(?:\ content)?
      | (?:sign\ up|subscribe)\b.*
      | click\ here\b.*
      | (?:copyright|\(c\)|©).*
      | all\ rights\ reserved\.?
      | tags?:?
      | topics?:
      | comments?(?:\ \(\d+\))?
      | loading(?:\.\.\.|…)?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# After these lines, the short lines that follow are link lists or tags, not text.
LIST_OPENER = re.compile(
    r"^(?:read\ (?:more|also|next)|also\ read|related(?:\ \w+)?|see\ also|tags?|topics?"
    r"|you\ (?:may|might)\ (?:also\ )?(?:like|be\ interested(?:\ in)?)|recommended(?:\ for\ you)?"
    r"|more\ (?:on|from)\b.*):?$",
    re.IGNORECASE | re.VERBOSE,
)

# A headline glued to the next text: "Ukraine took 200 hostage!Russia did..." or
# "1,067 military bases targetedMajor General ...". A whole lower-case word runs straight
# into a capitalised one, which English text never does (camel-cased brands start upper).
GLUED_AFTER_MARK = re.compile(r"([!?])(?=[A-Z][a-z])")
GLUED_WORDS = re.compile(r"\b([a-z]{3,})(?=[A-Z][a-z]{2,})")
GLUED_SENTENCE = re.compile(r"([a-z]{2,}[.])(?=[A-Z][a-z])")

# A news agency's name in a dateline: "(AFP)", "(Reuters)", "(dpa)" (named, so that "Human
# Rights Watch (HRW) - " or "Kessler (KSL) - " opening a paragraph is no dateline).
AGENCIES = """AFP AP Reuters dpa DPA EFE ANSA Xinhua TASS IANS PTI UNI Bernama Yonhap Kyodo AA Anadolu
IRNA KUNA WAM SPA SUNA MENA QNA Ukrinform Interfax RIA Sputnik Lusa APA NNA KNA CTK PAP HINA ATS
Belga ANP NTB MTI BTA Agerpres Tanjug Beta SANA APS MAP TAP NAN ENA Petra NG AIM CNA PNA""".split()
AGENCY = r"\((?:" + "|".join(AGENCIES) + r")\)"
# A place's name in title case, of up to three words: "Port Sudan", "Düsseldorf".
TITLE_PLACE = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\-]+){0,2}"
COUNTRY = r"(?: \([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?"  # "Lampedusa (Italy) (AFP)"
CAP = "[A-ZÀ-ÖØ-Þ]"  # a capital, an accented one too: "ASUNCIÓN", "BOGOTÁ", "SÃO PAULO"
CAPS_RUN = r"[A-ZÀ-ÖØ-Þ .'\-]*"  # ... and the capitals, spaces and marks after it

# A wire dateline before the first sentence: "KYIV, March 2 (Reuters) - ", "LONDON (AP) — ",
# "Rasna, 22 September (NG) – ", "Quito, Nov 16 (EFE).- ", "Lampedusa (Italy) (AFP) - " (a place in
# title case needs the comma and the date, or an agency's name), "(ANSA) - " before a place.
DATELINE = re.compile(
    r"^(?:(?:" + CAP + "{2,}" + CAPS_RUN + r"(?:,[^()\n]{0,40})?"
    r"|[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2},[^()\n]{1,40})"
    r"\s*\([^)\n]{1,40}\)\.?\s*[-–—]{1,2}\s*|"
    r"(?:" + TITLE_PLACE + COUNTRY + " ?)?" + AGENCY + r"\.?\s*[-–—]{1,2}\s*(?=[A-Z0-9\"“‘']))"
)

# A dateline with the day in brackets and a colon, as Malaysian papers write it: "GEORGE TOWN
# (June 10): ", "KUALA LUMPUR (Sept 3): " (not a desk's label, "UPDATE (June 10): ", nor an
# acronym, "WHO (May 5): ").
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DESK_LABELS = (
    r"(?!(?:UPDATE|UPDATED|CORRECTION|CORRECTED|BREAKING|LIVE|EXCLUSIVE|ANALYSIS|EDITOR|FACTBOX|WRAPUP"
    r"|ÚLTIMA|ULTIMA|URGENTE|AO VIVO|EN VIVO|EN DIRECT|DERNIÈRE)\b)"
)
DAY_DATELINE = re.compile(
    r"^" + DESK_LABELS + CAP + "{4,}" + CAPS_RUN
    + r"\((?:" + MONTH + r" \d{1,2}|\d{1,2} " + MONTH + r")\):\s*"
)

# A dateline of a place and a day and no mark after it, as agencies of the former Soviet Union
# write it: "Bishkek, May 8 On the morning ...", "MOSCOW, March 3 /TASS/ The ministry said".
MONTH_DAY_DATELINE = re.compile(
    r"^" + DESK_LABELS + r"(?![^,]*\b(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Ll]ast|[Nn]ext"
    r"|[Tt]his|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
    r"(?:" + CAP + r"{3,}|[A-Z][a-zà-ÿ'\-]+)(?: [A-Z][A-Za-zà-ÿ'\-]+){0,2}, "
    + MONTH + r" \d{1,2}(?: /[A-Z][A-Za-z]{1,12}/\s+(?=[A-Za-z])|\s+(?=[A-Z]))"
)

# A dateline with no agency: "ROME - ", "MANILA, Philippines — ", "COTABATO CITY – ",
# "ROME, MAY 7 - ", "NAIROBI, Kenya, Jan 8 - ", "CLUJ-NAPOCA, Romania, Aug 14 - ", "KY SON,
# Vietnam, Aug 17 - " (a place in capitals, maybe its country, maybe the day, and a dash).
BARE_DATELINE = re.compile(
    # (not a desk's slug, "UK STRIKES - ", "US STOCKS - ")
    r"^" + DESK_LABELS + r"(?!(?:UK|US|EU|UN|AU) )"
    r"(?:" + CAP + "{3,}|" + CAP + "{2}(?=[ .'\\-]" + CAP + "{2}))"
    r"(?:[ .'\-]" + CAP + r"{2,})*"
    r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:, [A-Z][A-Za-z]{2,8}\.? \d{1,2})?"
    r" [-–—]{1,2} (?=[A-Z])"
)

# A dateline in capitals and a colon, as Indian papers write it: "THIRUVANANTHAPURAM: The
# Health Minister told ...", "NEW DELHI: " (not a desk's label, "VIDEO: ", nor an acronym, "WHO: ").
COLON_DATELINE = re.compile(
    r"^" + DESK_LABELS + r"(?!(?:VIDEO|WATCH|PHOTOS?|OPINION|REVEALED|ALSO|READ|NOTE|EDITORIAL|COMMENT"
    r"|INTERVIEW|LISTEN|SOURCES?|UPDATES?|ALERT|WARNING|REPORT|EXPLAINER|FACT|RELATED|QUOTE)\b)"
    r"(?:" + CAP + "{4,}(?:[ .'\\-]" + CAP + "{2,}){0,2}|" + CAP + "{2,3}(?:[ .'\\-]" + CAP + "{2,}){1,2})"
    r":\s+(?=[A-Z][a-z])"
)

TAG = re.compile(r"<[^>]{0,500}>")
HTML_HINT = re.compile(r"<(?:p|div|br|span|a|article|section|h[1-6]|li|ul|script|style)\b", re.I)
BLOCK_TAG = re.compile(r"</?(?:p|div|br|article|section|h[1-6]|li|ul|ol|tr|table)\b[^>]*>", re.I)
SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)

MAX_HEADLINE_WORDS = 14
GLUED_HEADLINE_WORDS = 30  # a headline glued to the text after it may be a long one


def html_to_text(text: str) -> str:
    """Reduce an HTML fragment to text with one block per line; scripts and styles dropped."""
    text = SCRIPT_STYLE.sub(" ", text)
    text = BLOCK_TAG.sub("\n", text)
    return html.unescape(TAG.sub("", text))


def _spaced(text: str) -> str:
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)  # "word ." -> "word."
    text = re.sub(r"([.!?])(?:\s*\.)+", r"\1", text)  # ". ." and "!." -> one mark
    return re.sub(r",\s*,+", ",", text)


def fix_punctuation(text: str) -> str:
    """Repair spacing and punctuation left by scrapers and machine translation."""
    return _fixed_line(text)[1]


def _fixed_line(text: str) -> tuple[str, str]:
    """A line's dateline place, if it opens on one, and the line repaired without it."""
    place, text = _without_dateline(_spaced(text))
    text = re.sub(r"^[\s:;,.\-–—|•*]+", "", text)  # stray leading ": " or bullet
    text = re.sub(r"([,;:])(?=[A-Za-z])", r"\1 ", text)
    return place, text.strip()


def _without_dateline(text: str) -> tuple[str, str]:
    """A line's dateline place ("Port Sudan" of "Port Sudan (AFP) - ") and the line without
    its dateline (an agency's name before a place: "(ANSA) - ROME, MAY 7 - ")."""
    place = ""
    for pattern in (DATELINE, DAY_DATELINE, MONTH_DAY_DATELINE, BARE_DATELINE):
        found = pattern.match(text)
        if found:
            text = text[found.end() :]
            place = re.split(r"[(,]| [-–—]", found.group())[0].strip() or place
    return place, text


def is_headline(line: str, max_words: int = MAX_HEADLINE_WORDS) -> bool:
    """A short line that does not end a sentence is a headline (or a sub-heading)."""
    words = line.split()
    if not words or len(words) > max_words:
        return False
    if line.endswith((".", ",", ";", ":", '"', "”", "’")) and not line.endswith("..."):
        return False
    return not line.startswith(('"', "“"))


def split_glued(line: str) -> list[str]:
    """Split a line where a headline runs into the text after it without a break."""
    line = GLUED_SENTENCE.sub(r"\1 ", line)
    marked = GLUED_AFTER_MARK.sub("\\1\n", line)
    marked = GLUED_WORDS.sub("\\1\n", marked)
    return [part.strip() for part in marked.split("\n") if part.strip()]


def clean_text(text: str) -> list[Segment]:
    """Clean raw article text into segments, in reading order."""
    text = ftfy.fix_text(text)
    if HTML_HINT.search(text):
        text = html_to_text(text)
    segments: list[Segment] = []
    in_list = False
    for raw_line in text.splitlines():
        dateline, line = _fixed_line(raw_line)
        if not segments and line and not dateline and (opener := COLON_DATELINE.match(line)):
            # (only the first line's: "UNICEF: ..." further down is a speaker's line)
            dateline, line = line[: opener.end()].strip().rstrip(":"), line[opener.end() :]
        if not segments and line and dateline:
            # where the story was filed: no part of its first sentence, but where its
            # events are when its lead names no place (when_where.main_place)
            segments.append(Segment("dateline", dateline))
        if not line:
            in_list = False  # a blank line ends a link list
            continue
        if LIST_OPENER.match(line):
            in_list = True
            continue
        if BOILERPLATE_LINE.match(line):
            continue
        if in_list and is_headline(line):
            continue  # a linked headline in a read-more or tag list
        in_list = False
        parts = split_glued(line)
        for n, part in enumerate(parts):
            part = fix_punctuation(part)
            if not part or BOILERPLATE_LINE.match(part):
                continue
            # Text glued to what follows it is a headline when it ends no sentence, however
            # long ("Families denounce at least 40 dead in riot ...; CDH counts 31 bodies").
            glued = n < len(parts) - 1
            longest = GLUED_HEADLINE_WORDS if glued else MAX_HEADLINE_WORDS
            kind: SegmentKind = "headline" if is_headline(part, longest) else "paragraph"
            segments.append(Segment(kind, part))
    return segments


def clean_article(article: Article) -> CleanArticle:
    """Clean an article; its title is the first headline segment."""
    title = fix_punctuation(ftfy.fix_text(html.unescape(TAG.sub("", article.title))))
    segments = clean_text(article.body)
    if title:
        segments = _without_the_title_glued(segments, title)
        segments.insert(0, Segment("headline", title))
    return CleanArticle(
        id=article.id,
        source=article.source.strip(),
        published_at=article.published_at,
        title=title,
        segments=tuple(segments),
        url=article.url,
    )


# Where a page files a story, after its title: "El Obeid - ", "Mashkel (Intekhab correspondent) ",
# "Garowe (PP) - ", "BUNER (Khyber Voice): ", "Asmara, 14 August 2028 - ", "Huixtla, Chiapas.- ".
_BYLINE = r"\((?:[^)]{0,30} )?(?i:correspondent|reporter|bureau|staff|news)\)"
_CAPS_PLACE = r"[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}"
PLACE_AFTER_TITLE = re.compile(
    rf"({TITLE_PLACE}|{_CAPS_PLACE})(?: {_BYLINE}|(?:, [^-–—:()]{{1,30}})?(?: \([^)]{{1,30}}\))?"
    r"(?: ?[-–—:]|\.-)) +(?=[A-Z])"
)
# Words that go on with a name ("Gaza City", "Kaduna State", "Kenya Airways"): a lede that
# only begins with its title's words, not a title glued to the lede.
NAME_GOES_ON = frozenset(
    """city state strip airways airlines air police province region county district bank
    university valley island islands bay river lake square street road international national
    group company force forces army corps republic federation union ministry""".split()
)


def _title_end(text: str, title: str) -> int:
    """Where a copy of the title that opens `text` ends, however the two punctuate it ("in
    Kalbajar direction, more than 40 ..." copied as "in Kalbajar direction more than 40 ..."):
    len(text) when `text` does not open with it."""
    words = re.findall(r"\w+", title)
    # (not the stop that ends a lede's first sentence: "Flash floods kill 9 in Mombasa. The ...")
    found = re.match(r"\W*".join(map(re.escape, words)) + r"[^\w\s.!?]*", text) if words else None
    return found.end() if found else len(text)


def _without_the_title_glued(segments: list[Segment], title: str) -> list[Segment]:
    """A page that repeats its title at the head of its first paragraph, with no break ("Two
    border guards martyred in Saravan, 9 terrorists liquidated According to the report of ..."):
    the paragraph without it (the title stands as its own headline)."""
    for n, seg in enumerate(segments):
        if seg.kind == "dateline":
            continue
        rest = seg.text[_title_end(seg.text, title):]
        if seg.kind == "paragraph" and rest[:1] == " " and rest[1:2].isupper():
            # (the title hid the dateline after it: "... to 22 El Obeid - The Sudan Doctors ...")
            dateline, after = _fixed_line(rest.strip())
            if not dateline and (found := PLACE_AFTER_TITLE.match(after)):
                # ("El Obeid - The Sudan ...", "Mashkel (Intekhab correspondent) In the ...")
                dateline, after = found.group(1), after[found.end():]
            # (not "Israeli strikes kill 20 in Gaza City, ...": a lede that only begins with its
            # title's words, the next one going on with the name)
            if dateline or rest.split()[0].strip(",.:;").lower() not in NAME_GOES_ON:
                filed = [Segment("dateline", dateline)] if dateline and n == 0 else []
                return [*segments[:n], *filed, Segment("paragraph", after), *segments[n + 1:]]
        break
    return segments
