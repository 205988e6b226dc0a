"""What every part of extraction reads with: a token's lemma and noun phrase, who speaks (a
reporting frame), and what an article has told so far (its context)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from claimwatch import lexicon as lx
from schemas.records import CleanArticle

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
NOUNS = ("NOUN", "PROPN")


@dataclass
class Speaker:
    text: str
    side: str
    token: Token | None = None  # the reporting verb


@dataclass
class ArticleContext:
    """What one article has told us so far: who is who, where and when."""

    article: CleanArticle
    published: date
    main_org: str | None
    main_org_public: bool  # whether it is a public body ("the EPD"), not a company
    region: tuple[str, ...]  # every place and country named
    topics: tuple[str, ...]  # kinds of event the article is about
    names: tuple[str, ...]  # the proper names it names most (when_where.names_of)
    person_sides: dict[str, str] = field(default_factory=dict)
    # whom the spokesman last named with a body spoke for: "the spokesman" after "SSPDF
    # spokesman Major General Deng"
    role_sides: dict[str, str] = field(default_factory=dict)
    org_sides: set[str] = field(default_factory=set)  # sides that are organisations or countries
    last_org: str | None = None  # the organisation last named as a sentence's subject
    last_speaker: Speaker | None = None
    # The first day the body names: its main event's, as a rule. A claim that names no day
    # is taken to be about it; later days are often background ("the first march, on 2
    # October"), so they do not replace it.
    main_event_date: date | None = None
    last_event_date: date | None = None  # the past day the paragraph's last sentence to name one named
    # The past day a sentence last gave what it told at a place: "police had not fired live
    # ammunition in Kumasi on Thursday. 'Not a single live round was discharged in Kumasi'" (that day's)
    dated_places: dict[str, date] = field(default_factory=dict)
    measures_told: set[str] = field(default_factory=set)  # what the report's figures counted so far
    figures_told: set[tuple[str, float]] = field(default_factory=set)  # ... and their figures
    last_measure: tuple[str, str] | None = None  # (measure, subject) of the last figure
    last_measure_side: str = ""  # who gave it
    last_claim_counts: bool = False  # whether the article's last claim was that figure (no act after it)
    # (id of the sentence's doc, its start) -> the place names in it the model does not tag
    untagged_places: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    # A place a sentence of the paragraph opened on ("In Rennes, the procession ..."): the
    # paragraph's claims that name no place of their own are about it.
    scene: tuple[str, ...] = ()
    opens_on: tuple[str, ...] = ()  # the place the sentence being read opens on, if any
    # A separate event an earlier sentence of the paragraph told, which this one goes on with
    # ("Separately, a fire broke out in a warehouse. No one was injured, ..."): its mark.
    goes_on_with: tuple[str, ...] = ()
    main_place: str = ""  # the first place the body names
    abduction: bool = False  # a story of people abducted, where the missing are the abducted
    disease: bool = False  # a story that names a disease: its "cases" are the disease's
    # Short names the article spells out, by the country of the whole name: "the Rwanda Defence
    # Force (RDF)" makes "one soldier of RDF" Rwanda's (gazetteer.acronym_countries)
    acronyms: dict[str, str] = field(default_factory=dict)
    enemy: str | None = None  # the country a report calls "the enemy" by name: "the Nigerian enemy"
    own_side: str | None = None  # the country whose dead a report calls its martyrs
    # The country a report of a fight between countries speaks from, when its title's teller or
    # its outlet's name says it and it quotes no other country's forces: whose "the defence
    # ministry" and "the army" are (extract._the_reports_country).
    home: str | None = None
    # A group -> the plant's company the report says it owns ("the plant's owner, the Thessalia
    # Glass Group", "its Arda Glass plant"): the plant's jobs, under the name the plant's own
    # reports give them (which may not name the owner).
    plants: dict[str, str] = field(default_factory=dict)

    @property
    def main_company(self) -> str:
        """The organisation the report is about when it is a company, not a public body ("" else)."""
        return self.main_org if self.main_org and not self.main_org_public else ""


def lemma(token: Token) -> str:
    """The token's lemma; a phrasal verb that means another verb reads as that verb ("shot
    down 23 drones" intercepted them, it did not fire them)."""
    word = token.lemma_.lower()
    if word == "lie" and token.lower_ in ("lay", "lays", "laid", "laying"):
        word = "lay"  # "lay off 1,200 staff": the model reads the past of "lie"
    if word in lx.LEMMA_FIXES:  # the small model's slips: "corpses" -> "corps"
        word = lx.LEMMA_FIXES[word].get(token.lower_, word)
    if word == "attend" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return "treat"  # "attended to 160 injured people" cared for them; it attended nothing
    if word in lx.ACT_NOUNS and token.pos_ == "NOUN" and _of_a_number(token):
        return lx.ACT_NOUNS[word]  # "the killing of 52 people": they were killed
    if word in lx.OFF_RAILS_VERBS and _off_the_rails(token):
        return "derail"
    if word in lx.FLOODING_VERBS and _flooded_with_other_than_water(token):
        return "overwhelm"  # "hospitals were inundated with patients": no flood
    if word in lx.HALTING_VERBS and not any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in lx.PERSON_NOUNS or c.pos_ == "PRON")
        for c in token.children
    ):
        return "affect"  # "services were paralysed in 63 hospitals" (not "three were paralysed")
    if word in lx.PHRASAL_VERBS:
        for child in token.children:
            if child.dep_ in ("prt", "advmod") and (word, child.lower_) in lx.PHRASAL_VERBS[word]:
                return lx.PHRASAL_VERBS[word][(word, child.lower_)]
    return word


def _flooded_with_other_than_water(verb: Token) -> bool:
    """ "inundated with patients", "flooded with calls" (not "flooded with muddy water", "with up
    to two metres of water")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with"
        and any(o.dep_ == "pobj" and not any(t.lemma_.lower() in lx.WATER_WORDS for t in o.subtree)
                for o in c.children)
        for c in verb.children
    )


def _off_the_rails(verb: Token) -> bool:
    """ "went off the rails", "six carriages left the tracks", "the train jumped the track":
    derailed (a track or a line left by a rail vehicle only: not "came off the production
    line", "cars left the track on the opening lap", "hikers left the track")."""
    def rail_vehicle(noun: Token) -> bool:
        # ("seven of the train's nine coaches": the coaches)
        return noun.lemma_.lower() in lx.RAIL_VEHICLES or noun.pos_ == "NUM" and any(
            p.dep_ == "prep" and p.lower_ == "of"
            and any(o.dep_ == "pobj" and rail_vehicle(o) for o in p.children)
            for p in noun.children
        )

    by_rail = any(c.dep_ in ("nsubj", "nsubjpass") and rail_vehicle(c) for c in verb.children)

    def railway(noun: Token) -> bool:
        word = noun.lemma_.lower()
        plain = not any(c.dep_ in ("compound", "amod") for c in noun.children)
        return word == "rail" or word in lx.RAIL_NOUNS and by_rail and plain

    for child in verb.children:
        if child.dep_ == "dobj" and railway(child):
            return verb.lemma_.lower() in ("leave", "jump")
        off = child.dep_ in ("prep", "prt", "advmod") and child.lower_ == "off"
        if off and any(o.dep_ == "pobj" and railway(o) for o in child.children):
            return True
    return False


def puts_a_protest(verb: Token) -> bool:
    """ "police put the march at 24,000": one protest put at a number, its crowd (not "the
    demonstrations at 230", protests counted; not "the rally in oil prices at 4 percent", nor
    "put the march at risk"). In "put the Paris march at", the model hangs "march" on the verb."""
    at_number = any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and o.like_num for o in c.children)
        for c in verb.children
    )
    return at_number and any(
        c.dep_ in ("dobj", "npadvmod")
        and lemma(c) in lx.PROTEST_EVENTS
        and c.tag_ == "NN"
        and not any(p.dep_ == "prep" and p.lower_ == "in" for p in c.children)
        for c in verb.children
    )


# Marks that open or close a quotation.
QUOTES = '"“”'
# Single marks, with which some outlets quote ('No ransom was paid,' he said); apostrophes else.
SINGLE_QUOTES = "'‘’"


def single_quote_marks(span: Span) -> list[Token]:
    """The single marks of a span that open or close a quotation, told from apostrophes ("the
    families' account", "don't") by where they stand: one opens before a word and after a space
    or the span's start ("'All six were freed"); one closes after a stop ("was paid,' he said"),
    or after a word when the span opened one before it ("called it 'rumours' and left")."""
    marks: list[Token] = []
    opened: Token | None = None
    for tok in span:
        if tok.text not in SINGLE_QUOTES:
            continue
        before = tok.doc[tok.i - 1] if tok.i > span.start else None
        after = tok.doc[tok.i + 1] if tok.i + 1 < span.end else None
        spaced_before = before is None or bool(before.whitespace_) or before.text in "([—–"
        if spaced_before and not tok.whitespace_ and after is not None and after.is_alpha:
            if opened is not None and opened.i != span.start:
                marks.remove(opened)  # (a name's mark, never closed: "near 'Ayn Issa")
            marks.append(tok)
            opened = tok
        elif (
            before is not None
            and not before.whitespace_
            and (tok.whitespace_ or after is None or after.is_punct)
            and (before.text in (",", ".", "!", "?") or opened is not None and before.is_alpha)
        ):
            marks.append(tok)
            opened = None
    # (one that opens the span may close in a later sentence; one inside it closes in it)
    if opened is not None and opened.i != span.start:
        marks.remove(opened)
    return marks


def opens_on_a_quote(span: Span) -> bool:
    """Whether a span's first word is a quotation mark."""
    return span[0].text in QUOTES or bool(span[0].text in SINGLE_QUOTES and single_quote_marks(span[:2]))


def shared_subject(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Token | None:
    """The verb's subject, or for a verb joined to others without one the first's: "no civilian
    was killed or injured" says of civilians that none were injured; "Relatives ... marched and
    blocked the highway, saying ...": the relatives say."""
    for _ in range(6):
        subject = next((c for c in verb.children if c.dep_ in deps), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def first_word(sent: Span) -> Token | None:
    """The sentence's first token that is not punctuation (an opening quote mark is read past)."""
    return next((t for t in sent if not t.is_punct), None)


def text_of(sent: Span) -> str:
    """`sent.text`, built once per sentence: spaCy joins the tokens again at every call, and
    the rules read a sentence's text a dozen times."""
    texts: dict[tuple[int, int], str] = sent.doc.user_data.setdefault("claimwatch.texts", {})
    key = (sent.start, sent.end)
    text = texts.get(key)
    if text is None:
        text = texts[key] = sent.text
    return text


def proper_name(token: Token) -> str:
    """A proper noun with the proper nouns compounded into it, lower-cased: "east champaran"."""
    words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join(t.lower_ for t in (*words, token))


def with_a_modal(verb: Token) -> bool:
    """ "could force", "may have been killed", "should have been inspected": said as may be."""
    return any(c.dep_ == "aux" and c.lower_ in lx.MODAL_WORDS for c in verb.children)


def for_work(verb: Token) -> bool:
    """ "reported for work", "came to their shift": to work (whether or not the verb is denied)."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("for", "to")
        and any(g.dep_ == "pobj" and lemma(g) in lx.WORK_NOUNS for g in c.children)
        for c in verb.children
    )


def noun_phrase(token: Token) -> list[Token]:
    """The token with its compounds and modifiers, without determiners or clauses."""
    keep = {"compound", "amod", "nmod", "poss", "case", "nummod"}
    left = [t for t in token.lefts if t.dep_ in keep]
    words: list[Token] = []
    for t in left:
        words.extend(t.subtree if t.dep_ in ("compound", "poss", "amod") else [t])
    return sorted({*words, token}, key=lambda t: t.i)


def _of_a_number(noun: Token) -> bool:
    """ "the killing of 52 people", "the cancellation of 230 of its 310 flights": an
    of-phrase counting what the act was done to."""
    return any(
        c.lower_ == "of"
        and any(p.like_num or any(g.like_num for g in p.children) for p in c.children if p.dep_ == "pobj")
        for c in noun.children
    )


def speaker_span(subject: Token) -> list[Token]:
    """The speaker as written: the subject with its modifiers and conjuncts, no clauses."""
    drop = {"relcl", "acl", "punct", "appos", "advcl"}
    tokens = [subject]
    stack = [subject]
    while stack:
        for child in stack.pop().children:
            # (not an aside set off by a comma: "the Gendarmerie of the Capital, on its side,")
            # (but "John Smith, of the Red Cross," names whom he speaks for)
            aside = child.dep_ == "prep" and child.lower_ != "of"
            aside = aside and child.i > 0 and child.doc[child.i - 1].text == ","
            if (child.dep_ not in drop or _owned_by_the_name(child, subject)) and not aside:
                tokens.append(child)
                stack.append(child)
    return sorted(tokens, key=lambda t: t.i)


def _owned_by_the_name(appos: Token, subject: Token) -> bool:
    """ "the Ministry of Mines and Mining Development's chief engineer", where the parser makes
    the role an apposition of "Ministry" owned by the name's last words: one speaker."""
    if appos.dep_ != "appos" or subject.ent_iob_ == "O":
        return False
    name = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    return name is not None and any(c.dep_ == "poss" and name.start <= c.i < name.end for c in appos.children)


def canonical(words: Iterable[Token], adjectives: bool = False) -> str:
    """Lemmas of a noun phrase's content words: "the regional governor's office" -> "governor office"."""
    deps = ("compound", "amod") if adjectives else ("compound",)
    return " ".join(
        lemma(t)
        for t in words
        if (t.pos_ in ("NOUN", "PROPN") or t.dep_ in deps) and t.ent_type_ not in ("DATE", "TIME")
    )


@dataclass
class Frame:
    """A reporting verb with its speaker and the token ids of the speaker's words."""

    speaker: Speaker
    verb: Token
    span_ids: frozenset[int]
    denial: bool


def verb_above(token: Token) -> Token:
    """The verb of the clause `token` stands in: itself if a verb, else the first verb above it
    (the sentence's root if none)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def governing_verb(token: Token, steps: int = 6) -> Token | None:
    """The verb a token hangs on (itself excepted), walking up the parse at most `steps`."""
    node = token
    for _ in range(steps):
        if node.pos_ in ("VERB", "AUX") and node.i != token.i:
            return node
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None
