"""Who speaks: reporting frames ("the ministry said", "according to police"), the side a
speaker speaks for (a country, an organisation, a person's employer), and whose figure a
rejection names."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from claimwatch import lexicon as lx
from claimwatch.gazetteer import CITIES, SIDE_OF_WORD, company_of, country_in, nationality_in
from claimwatch.reading import (
    NOUNS,
    PLACE_ENTS,
    QUOTES,
    ArticleContext,
    Frame,
    Speaker,
    canonical,
    for_work,
    governing_verb,
    lemma,
    noun_phrase,
    proper_name,
    puts_a_protest,
    shared_subject,
    single_quote_marks,
    speaker_span,
)


def side_named(owner: Token) -> str:
    """Whose figure: "Kyiv's" -> ukraine, "the union's" -> union."""
    words = [t for t in owner.subtree if t.lower_ not in ("'s", "the")]
    return country_in([t.lower_ for t in words]) or canonical(words)


def rejected_owner(anchor: Token) -> str:
    """Whose figure a rejection names: "dismissed Kyiv's claims of thousands of dead" ->
    ukraine; "" when it names no one by name."""
    tok = anchor
    given_by: Token | None = None  # "the figure of 42,000 strikers given by the union"
    for _ in range(4):  # thousands <- of <- claims
        given_by = given_by or _agent_of(tok)
        if tok.head.i == tok.i:  # the root (spaCy makes a new Token object per access)
            return ""
        tok = tok.head
        if lemma(tok) in lx.CLAIM_NOUNS:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None) or _agent_of(tok) or given_by
            # ("the union's figure": which union, the parse cannot tell; "the health
            # ministry's finding" names the one body the model takes for a name)
            if owner is None or not (
                owner.pos_ == "PROPN"
                or owner.ent_type_ == "ORG"
                or lemma(owner) in lx.BODY_NOUNS and any(c.dep_ == "compound" for c in owner.children)
                or country_in([owner.lower_])
            ):
                return ""
            return side_named(owner)
    return ""


def _agent_of(noun: Token) -> Token | None:
    """Who a participle after `noun` names as its agent: "(figures) given by the union"."""
    agents = [a for v in noun.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"]
    return next((c for a in agents for c in a.children if c.dep_ == "pobj"), None)


def names_a_figure(noun: Token | None, anchor: Token) -> bool:
    """ "The figure of 120,000 has no basis", "reports that more than 160 people died are not
    correct": the number is quoted in order to reject it."""
    for named in (anchor, noun):  # "the figure of 2,800 jobs", "reports of hundreds of deaths"
        for _ in range(3):
            # (and "the information which was spread about the detention of the two servicemen";
            # not "described the claim about the killing of 11 soldiers as correct")
            about = named is not None and named.head.lower_ == "about" and named.head.head.pos_ == "VERB"
            if named is None or (named.head.lower_ != "of" and not about) or named.head.dep_ != "prep":
                break
            named = named.head.head
            if lemma(named) in lx.CLAIM_NOUNS:
                return True
            if named.dep_ in ("relcl", "acl") and _the_claim_denied(named.head):
                return True  # "the information which was spread about the detention of two"
    verb = governing_verb(anchor)
    while verb is not None and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "news that the monastery was bombed and 23 civilians were killed"
    return verb is not None and verb.dep_ in ("acl", "ccomp") and lemma(verb.head) in lx.CLAIM_NOUNS


def _the_claim_denied(claim: Token) -> bool:
    """A claim noun that is itself what its sentence denies: "the information ... is not
    corresponding to the reality" (not "the report which was released about the killing of 12
    said the rebel claims were not true": the report tells; nor "in a statement ...")."""
    verb = claim.head
    return (
        lemma(claim) in lx.CLAIM_NOUNS
        and claim.dep_ in ("nsubj", "nsubjpass")
        and lemma(verb) not in lx.REPORT_VERBS
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def _labels_false(verb: Token) -> bool:
    """ "called the toll of 63 'fabricated'", "branded the figures a lie": a rejection."""
    return lemma(verb) in lx.LABEL_VERBS and any(
        c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advcl", "dobj", "attr")
        and (c.lower_ in lx.FALSE_WORDS or lemma(c) in lx.FALSE_WORDS)
        for c in verb.children
    )


# Whose information a speaker cites as its own: "according to our initial information".
OWN_WORDS = frozenset(["our", "my", "its", "their", "his", "her"])


def report_frames(sent: Span, ctx: ArticleContext) -> list[Frame]:
    frames: list[Frame] = []
    for tok in sent:
        lem = lemma(tok)
        as_per = tok.lower_ == "per" and tok.head.lower_ == "as"  # "as per the ministry"
        if tok.pos_ not in ("VERB", "AUX") and not (lem == "accord" or tok.lower_ == "according" or as_per):
            continue
        subject: Token | None = None
        if tok.lower_ == "according":
            subject = _cited(tok)
            if subject is not None and lemma(subject) in lx.TERMS_NOUNS:
                continue  # "according to the ceasefire agreement": what it says, no speaker
            cited = list(subject.children) if subject is not None else []
            if subject is not None and not any(c.dep_ == "poss" for c in cited):
                subject = _source_of(subject) or subject
                cited = list(subject.children)
            own = any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in cited)
            if own or _given_to_the_teller(subject):
                continue  # "according to our information", the police chief said: he speaks
        elif as_per:
            subject = next((c for c in tok.children if c.dep_ == "pobj"), None)
        elif (
            lem in lx.REPORT_VERBS
            # "he added" reports; "the commission added 500,000 ballots" does something
            # (but "..., added the statement" names its teller after it)
            and not (
                lem == "add"
                and any(c.dep_ == "dobj" for c in tok.children)
                and not _teller_after_its_verb(tok)
            )
            # (nor do "60% of dockers reported for work")
            and not (lem == "report" and for_work(tok))
            # (nor "will dismiss 410 workers": a job cut, not a claim dismissed)
            and not (lem == "dismiss" and _dismisses_people(tok))
            or lem in lx.CLAUSE_REPORT_VERBS and _reports_a_clause(tok)
            or (lem in lx.FIGURE_SETTING_VERBS and _puts_figure(tok))
            or (lem == "refuse" and any(lemma(c) == "accept" for c in tok.children))
            or _labels_false(tok)
        ):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            # ('"Two have died, not one," Belhaj told ...': the parser may make the quotation's
            # last number a subject too; the teller is the name)
            nominal = [c for c in subjects if c.pos_ in ("NOUN", "PROPN", "PRON")]
            subject = subjects[0] if subjects else None
            if subject is not None and subject not in nominal and nominal:
                subject = nominal[-1] if _names_after_a_quote(nominal[-1]) else subject
            subject = _teller_after_a_count(tok, sent) or subject
            if subject is None and tok.dep_ == "conj":
                # "Some 300 people took part, reported the ministry": a translation's teller
                # after its verb, which the parser joins to the verb it reports
                subject = _teller_after_its_verb(tok)
            if subject is None and (tok.dep_ == "conj" or tok.tag_ == "VBG" and tok.dep_ == "advcl"):
                # "..., the spokesman told reporters, denying that ...": the teller denies;
                # "the union rejected the count and said ...": one subject, two frames
                subject = _subject_of_the_telling(tok.head)
            if subject is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in NOUNS:
                subject = tok.head  # "with unions claiming that ...", "officials saying ..."
            before = _noun_before(tok, sent)
            if subject is None and before is not None and (
                before.dep_ in ("appos", "conj", "dep", "npadvmod")
                or before.dep_ in ("dobj", "pobj") and tok.dep_ == "ROOT" and before.head.i < before.i
            ):
                # "..., Sorena's defence ministry said", "..., killing 41 and injuring 380 others,
                # the Disaster and Emergency Management Authority (AFAD) said": parsed as an
                # apposition, joined to the last thing counted, or taken for what was sent
                # ("sending waves ... and killing three, the National Emergency Management
                # Office (NEMO) said")
                subject = before
            if subject is None:
                subject = _contacted_by(tok) or _teller_after_its_verb(tok)
            if subject is not None and subject.dep_ == "nsubjpass":
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                subject = pobj
        if subject is not None and subject.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
            subject = tok.head  # "the Alliance, which says ...": the Alliance speaks
        if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        tested = lemma(subject) in TESTING_NOUNS and tok.dep_ in ("ccomp", "conj")
        if tested and lemma(tok.head) in lx.REPORT_VERBS:
            continue  # "the ministry said laboratory tests had confirmed ...": the ministry tells it
        if lemma(subject) in lx.FIGURE_NOUNS and subject.pos_ == "NOUN":
            # "the ministry's first toll had put the dead at eight": the estimate's owner
            # speaks; "its final estimate put turnout at 19.4%": the one that said so
            owners = [c for c in subject.children if _owns_a_figure(c)]
            owner = owners[-1] if owners else None  # "the Bratislava police estimate": police
            if owner is None:
                continue
            subject = owner
        # (without the mark of an owner whose figure spoke: "the ministry's")
        words = [t for t in speaker_span(subject) if not (t.dep_ == "case" and t.head == subject)]
        denial = lem in lx.DENIAL_VERBS or lem == "refuse" or _labels_false(tok)
        called = _acronym_given(subject)
        text = f"{_span_text(words)} ({called})" if called else _span_text(words)
        # "Inter-Services Public Relations (ISPR)" speaks for the state its acronym stands for
        side = (called and country_in([called.lower()])) or _side(words, subject, ctx)
        if ctx.home and side and set(side.split()) <= lx.MILITARY_VOICE_WORDS:
            side = ctx.home  # "the defence ministry said", in a report from Yerevan: Armenia's
        speaker = Speaker(text, side, tok)
        for named in (c for c in subject.children if c.dep_ == "appos"):
            # "An army spokesman, Colonel Idris Wanjala, said": later, "Wanjala said" is the army
            persons = [t for t in named.subtree if t.ent_type_ == "PERSON"]
            if persons:
                ctx.person_sides.setdefault(persons[-1].lower_, speaker.side)
        if not any(t.ent_type_ == "PERSON" for t in words) and subject.pos_ != "PRON":
            ctx.org_sides.add(speaker.side)
        frames.append(Frame(speaker, tok, frozenset(t.i for t in words), denial))
    return _teller_over_the_records(_pronouns_of_their_teller(frames))


def _dismisses_people(verb: Token) -> bool:
    """ "will dismiss 410 workers", "no worker will be dismissed": people let go."""
    return any(c.dep_ in ("dobj", "nsubjpass") and lemma(c) in lx.STAFF_NOUNS for c in verb.children)


def _a_body_tells(frame: Frame) -> bool:
    """Whether a frame's teller is a body ("the operating cooperative"), not a person or one who
    speaks for a body ("a company spokesman", whose "it" is the company)."""
    words = [frame.verb.doc[i] for i in sorted(frame.span_ids)]
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and not any(t.ent_type_ == "PERSON" for t in words) and (
        lemma(nouns[-1]) not in lx.ROLE_NOUNS | lx.PERSON_NOUNS | lx.TITLE_WORDS
    )


def _pronouns_of_their_teller(frames: list[Frame]) -> list[Frame]:
    """ "The operating cooperative said that it maintained that only 35 had boarded": the "it"
    of a clause another teller tells is that teller (not the body last named before); so is the
    "I" or "we" of a quotation its teller gives."""
    out = []
    for frame in frames:
        quoted = frame.speaker.text.lower() in ("i", "we") and frame.verb.dep_ == "ccomp"
        teller = next((f for f in frames if f.speaker.text.lower() not in ("i", "we", "it")
                       and f.verb.i == frame.verb.head.i), None) if quoted else None
        if teller is not None:
            # ('"I counted at least 40 bodies," said a teacher': the one quoted, not the teller
            # before him)
            out.append(Frame(Speaker(teller.speaker.text, teller.speaker.side, frame.verb), frame.verb,
                             frame.span_ids, frame.denial))
            continue
        # (not "they": "police said protesters had blocked the road and that they claimed ...")
        if frame.speaker.text.lower() != "it" or not frame.span_ids:
            out.append(frame)
            continue
        outer = next((f for f in frames if f.speaker.text.lower() != "it" and _a_body_tells(f)
                      and f.verb.i != frame.verb.i and f.verb in frame.verb.ancestors), None)
        pronoun = frame.verb.doc[min(frame.span_ids)]
        if outer is not None and not _body_just_before(pronoun):  # ("the navy is lying when it says")
            frame = Frame(Speaker(frame.speaker.text, outer.speaker.side, frame.verb), frame.verb,
                          frame.span_ids, frame.denial)
        out.append(frame)
    return out


# What is tested, not who tells: "laboratory tests confirmed", "the autopsy showed".
TESTING_NOUNS = frozenset("test analysis result sample examination autopsy".split())


def _teller_over_the_records(frames: list[Frame]) -> list[Frame]:
    """ "The HSE said 11,400 staff were absent, according to rosters returned by hospitals": the
    HSE tells it; the rosters are what it counted from (alone, they are the sentence's source)."""
    records = [f for f in frames if f.verb.lower_ == "according" and _of_records(f)]
    return [f for f in frames if f not in records] if len(records) < len(frames) else frames


def _of_records(frame: Frame) -> bool:
    """Whether an "according to" frame cites records ("rosters", "the manifest"), not a body."""
    cited = _cited(frame.verb)
    return cited is not None and lemma(cited) in lx.RECORD_NOUNS


def _cited(according: Token) -> Token | None:
    """What "according to" names: "according to police" -> police."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _names_after_a_quote(name: Token) -> bool:
    """Whether a name follows a quotation's closing mark with no verb between ('..., not one,"
    UGET secretary general Ahmed Belhaj told'; not '"Seven dead," the army said, the rebels say')."""
    before = name.doc[max(name.sent.start, name.i - 12) : name.i]
    marks = sorted([t.i for t in before if t.text in QUOTES] + [t.i for t in single_quote_marks(before)])
    if not marks:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in name.doc[marks[-1] + 1 : name.i])


def _subject_of_the_telling(verb: Token) -> Token | None:
    """Who does what a participle of saying hangs on: its verb's subject, or that of the first of
    the verbs it is joined to when that first verb is the sentence's own ("Relatives ... marched
    and blocked the highway, saying ..."), not one of a clause reported ("Villagers said the
    police came and did nothing, saying ...": the villagers say, not the police)."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "ccomp" and lemma(first.head) in lx.REPORT_VERBS and _a_crowd_counted(first):
        # "Police said about 6,000 people took part in the march, and denied using tear gas":
        # a crowd counted denies nothing, nor do the dead count ("two wounded people died,
        # raising the toll to 14, the ministry said"); the teller goes on
        return next((c for c in first.head.children if c.dep_ == "nsubj"), None)
    claimed = first.dep_ == "acl" and lemma(first.head) in lx.CLAIM_NOUNS and first.head.dep_ == "dobj"
    if claimed or first.dep_ == "ccomp" and lemma(first.head) in lx.DENIAL_VERBS:
        # "the company denied that the union had raised any concern, saying ...", "rejected the
        # union's claim that 87 workers had been underground, saying ...", "repeated its claim
        # that 12 soldiers died, saying ...": the parser may hang the participle in what is
        # claimed or denied; the one who denies or claims it says
        holder = first.head.head if claimed else first.head
        return next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if first.dep_ != "ROOT":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return shared_subject(verb, ("nsubj",))


def _a_crowd_counted(verb: Token) -> bool:
    """ "about 6,000 people took part", "two people died": the subject of `verb` is a crowd or a
    toll counted (not "200 rebels had attacked Sake": people who act, and may claim)."""
    if lemma(verb) not in COUNTED_NOT_TELLING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.like_num or any(c.dep_ == "nummod" for c in subject.children))


# What a crowd counted does ("took part", "marched", "turned out"), or befalls a toll ("died"),
# or the state a count is in ("19 miners were still unaccounted for").
COUNTED_NOT_TELLING_VERBS = frozenset(
    """take march join gather attend protest rally demonstrate turn assemble die kill injure wound
    drown perish succumb be remain miss trap""".split()
)


def _owns_a_figure(word: Token) -> bool:
    """ "the ministry's toll", "the police estimate", "the UN figure": who gave a figure, named
    before it (not "the casualty figures", "the official estimate")."""
    if word.pos_ not in NOUNS or word.dep_ not in ("poss", "compound"):
        return False
    # (not "Monday's tally", "the earthquake's toll", "the Kerala count": a day, an event, a place)
    if word.ent_type_ in ("ORG", "PERSON", "NORP") or lemma(word) in lx.BODY_NOUNS:
        return True
    return word.dep_ == "poss" and word.ent_type_ == "GPE"  # "Russia's figure"


def _acronym_given(subject: Token) -> str:
    """The acronym a report gives a body as it names it: "the Disaster and Emergency Management
    Authority (AFAD)", "..., known as AFAD,": later "AFAD said" is the same body."""
    for child in subject.children:
        if child.dep_ == "acl" and lemma(child) in ("know", "call", "abbreviate"):
            child = next((o for p in child.children if p.lower_ == "as" for o in p.children
                          if o.dep_ == "pobj"), child)
        elif child.dep_ != "appos":
            continue
        if child.text.isalpha() and child.text.isupper() and 3 <= len(child.text) <= 7:
            return child.text
    # ("the Bureau of Corrections and Rehabilitation (BCR)": hung on the name's last word)
    named = next((t for t in subject.subtree if t.i > subject.i and _spelled_out(t)), None)
    return named.text if named is not None else ""


def _given_to_the_teller(cited: Token | None) -> bool:
    """ "said 25 were in the mine, according to information given to him by rescuers": what
    the teller was told, and tells as his own."""
    return cited is not None and lemma(cited) in lx.CITED_NOUNS and any(
        lemma(acl) in ("give", "pass", "provide", "send") and any(
            to.lower_ == "to" and any(o.pos_ == "PRON" for o in to.children) for to in acl.children
        )
        for acl in cited.children if acl.dep_ == "acl"
    )


def _source_of(cited: Token) -> Token | None:
    """Who gave what "according to" cites: "the information obtained from the Command Post",
    "data from the health ministry", "figures released by the army", "a report by HRW"."""
    if lemma(cited) not in lx.CITED_NOUNS:
        return None
    for holder in (cited, *(c for c in cited.children if c.dep_ == "acl")):
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
                source = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if source is None or source.ent_type_ in ("DATE", "TIME"):
                    continue
                # a name, or a body the report knows ("the health ministry"), not "hospitals"
                if source.pos_ == "PROPN" or any(d.lower_ == "the" for d in source.children):
                    return source
    return None


def _teller_after_a_count(verb: Token, sent: Span) -> Token | None:
    """ "About 2,500 tonnes of crude oil leaked from the tanker, the department said": the parser
    makes the count said the subject of "said"; the teller is the name after the last comma
    (which it makes a second subject, or hangs elsewhere)."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "Three witnesses, residents of the village, said 12 were killed": they speak
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or len(subjects) > 2 or not any(c.dep_ == "nummod" for c in subjects[0].children):
        return None
    counted = subjects[0]
    teller = subjects[1] if len(subjects) == 2 else _noun_before(verb, sent)
    if teller is None or len(subjects) == 1 and teller.dep_ not in ("appos", "conj", "dep", "npadvmod"):
        return None
    comma = any(t.text == "," for t in verb.doc[counted.i : teller.i])
    return teller if comma and counted.i < teller.i < verb.i else None


def _noun_before(verb: Token, sent: Span) -> Token | None:
    """The name between the last comma and a verb, as one phrase: "..., the Disaster and
    Emergency Management Authority (AFAD) said" -> Authority; "..., police and residents said"
    -> police (the first named); "the Syrian Observatory for Human Rights (SOHR) said" ->
    Observatory."""
    start = verb.i
    while start > sent.start and verb.doc[start - 1].text != ",":
        start -= 1
    if start == verb.i or start == sent.start:
        return None
    words = range(start, verb.i)
    roots = [verb.doc[i] for i in words if verb.doc[i].head.i not in words and not verb.doc[i].is_punct]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return roots[0]


def _teller_after_its_verb(verb: Token) -> Token | None:
    """ "..., precises the communiqué", "..., adds the ministry": a translation's teller after
    its verb, which the parser takes for its object (not "..., he told the ministry")."""
    before = verb.nbor(-1) if verb.i > verb.sent.start else None
    if before is None or before.lower_ not in (",", '"', "”") or lemma(verb) in ("tell", "inform", "quote"):
        return None
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or lemma(verb) in lx.DENIAL_VERBS:
        return None  # ("..., rejecting the AA's statement": what it rejects)
    told = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    # (or, after a quotation, one by a role: '"...," assured the administrator Rui Magalhães')
    quoted = before.lower_ in ('"', "”") and told is not None and (
        lemma(told) in lx.ROLE_NOUNS | lx.TITLE_WORDS
    )
    if told is None or not (lemma(told) in lx.DOCUMENT_NOUNS or _issues_statements(told) or quoted):
        return None
    return told


def _contacted_by(verb: Token) -> Token | None:
    """ "Contacted by our staff, an officer of the army denied": the parser hangs the officer
    on "staff" as an apposition; the officer speaks."""
    opener = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBN"), None)
    if opener is None or not any(c.dep_ == "agent" for c in opener.children):
        return None
    named = (t for t in opener.subtree if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.pos_ in NOUNS)
    return next(named, None)


def _puts_figure(verb: Token) -> bool:
    """ "police put the figure at 18,000", "put the march at 24,000": `put` reports a figure;
    so does "the ministry stood by its figure of 21,500"."""
    if lemma(verb) == "stand":
        by = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"]
        return any(lemma(o) in lx.FIGURE_NOUNS for p in by for o in p.children if o.dep_ == "pobj")
    return puts_it(verb) or any(
        # (and "put the participation rate at 14.6 percent")
        c.dep_ == "dobj" and (lemma(c) in lx.FIGURE_NOUNS | {"rate"} or lemma(c) in lx.NOUN_MEASURES)
        for c in verb.children
    ) or puts_a_protest(verb)


def _reports_a_clause(verb: Token) -> bool:
    """ "repeated that ...", not "repeated its call" nor "did not mention that ..."."""
    clause = any(c.dep_ == "ccomp" for c in verb.children)
    return clause and not any(c.dep_ == "neg" for c in verb.children)


def puts_it(verb: Token) -> bool:
    """ "organisers put it at 100,000", "the ministry estimated it at 38 percent": the figure of
    what was just counted."""
    pronoun = any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children)
    at = any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    # (an estimate of a count its sentence has just given: not "inflation ..., and the bank
    # estimated it at 9 percent")
    counted_before = any(t.like_num and t.i < verb.i for t in verb.sent)
    estimated = lemma(verb) in ("estimate", "place") and at and counted_before
    return pronoun and (lemma(verb) == "put" or estimated)


def _span_text(words: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in words).strip()
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I) or text


# Words that name no company of its own beside a country's name.
NO_NAME_OF_ITS_OWN = lx.GENERIC_NAME_WORDS | lx.ORG_SUFFIXES | lx.STATE_BANK_WORDS


def _company_name(head: Token) -> str:
    """The name a company's last word ends: "Hanwa Steel" of "South Korea's Hanwa Steel",
    "Kessler Automobil" of "German carmaker Kessler Automobil", "British Airways" whole."""
    start = head.i
    while start > head.sent.start:
        before = head.doc[start - 1]
        if before.pos_ != "PROPN" or _names_a_kind(before):
            break
        start -= 1
    return " ".join(t.lower_ for t in head.doc[start : head.i + 1])


# What a statement is, not who issued it: "a press statement", "a video statement".
DOCUMENT_FORMS = frozenset(
    "press video audio written joint telegram facebook twitter online news media".split()
)
# What a company is, before its name: "steelmaker", "insurer", "chain".
KIND_WORDS = lx.GENERIC_ORG_NOUNS | lx.MAKER_NOUNS
# ... and what it makes, said in two words: "cork stopper maker", "cement producer".
MAKING_WORDS = frozenset(["maker", "producer", "manufacturer"])
# What a maker or producer who is a person makes: "film producer Ana Ruiz".
WORKS_OF_ART = frozenset("film movie music record documentary television tv theatre cheese wine".split())


def _named_after_its_kind(head: Token) -> str:
    """The name just after what the company is: "Corticeira Alvarenga" of "cork stopper maker
    Corticeira Alvarenga", whatever entity the model took it for (not "airline spokesman
    Tomasz Wrobel": a role between; nor "film producer Ana Ruiz", a person)."""
    name = _company_name(head)
    start = head.i - len(name.split()) + 1
    if start <= head.sent.start:
        return ""
    before = head.doc[start - 1]
    if before.lower_ in KIND_WORDS:
        return name
    made = [t.lower_ for t in before.lefts if t.dep_ == "compound"]
    return name if lemma(before) in MAKING_WORDS and not set(made) & WORKS_OF_ART else ""


def _names_a_kind(word: Token) -> bool:
    """ "Steelmaker" of "Steelmaker Helvion Steel" at a sentence's start, which the model
    takes for part of the name: what the company is, not what it is called."""
    return word.lower_ in KIND_WORDS


def without_kind_words(words: list[str]) -> list[str]:
    """A name's words without those before it that say what the company is."""
    start = 0
    while start < len(words) - 1 and words[start] in KIND_WORDS:
        start += 1
    return words[start:]


def _known_as(name: list[Token]) -> str:
    """What a later sentence may call a named speaker: a person by the surname; a body by all
    of its name (the "Lagos State Emergency Management Agency" is not the "National Emergency
    Management Agency", though both end in "Agency")."""
    last = name[-1].lower_
    if len(name) > 1 and (last in lx.BODY_NOUNS or last in lx.ORG_SUFFIXES):
        return " ".join(t.lower_ for t in name)
    return last


def _shortened(name: str, ctx: ArticleContext) -> str:
    """A body's name shortened from one named before ("the Emergency Management Agency" after
    "the National Emergency Management Agency"): that one, when only one ends so."""
    if " " not in name or name in ctx.person_sides:
        return name
    longer = [known for known in ctx.person_sides if known.endswith(" " + name)]
    return longer[0] if len(longer) == 1 else name


# Whom an organisation of people is made of ("the Nurses Organisation"; "national" is a
# person too, "a Kenyan national", but not in "National Intelligence Organization").
MEMBERS = lx.PERSON_NOUNS - {"national"}


def _side(words: list[Token], head: Token, ctx: ArticleContext) -> str:
    """Whom the speaker speaks for: a country, an organisation, a group, a person; "the
    spokesman", told bare, for whom the report's last spokesman named with a body spoke."""
    # (a spokesman's: other roles are mostly named again by name, "the minister" one of several)
    role = next((lemma(t) for t in reversed(words) if t.i <= head.i and lemma(t).startswith("spokes")), None)
    bare = role is not None and all(t.i == head.i or t.dep_ == "det" and t.lower_ == "the" for t in words)
    if bare and role in ctx.role_sides:
        return ctx.role_sides[role]
    side = _side_named(words, head, ctx)
    # (a body's: not a role's own word, nor the person's name)
    by_name = any(t.ent_type_ == "PERSON" and t.lower_ in side.split() for t in words)
    if role is not None and not bare and side and role not in side and not by_name:
        ctx.role_sides[role] = side
    return side


def _side_named(words: list[Token], head: Token, ctx: ArticleContext) -> str:
    """`_side`, of a speaker as named."""
    # "the Rwanda-backed group", "Iran-backed rebels" speak for the group, not its patron
    words = [t for t in words if not (t.head.lower_ in lx.PATRON_WORDS and t.head.i != t.i
                                      and t.dep_ in ("npadvmod", "punct", "compound"))]
    lower = [t.lower_ for t in words]
    text = " ".join(lower)
    # (not a person's name: "Chad Richards", "Jordan Whitfield")
    country = country_in([t.lower_ for t in words if t.ent_type_ != "PERSON"])
    if country and lemma(head) in lx.LOCAL_BODIES and any(w in CITIES for w in lower):
        country = None  # "Brussels police", "Kyiv city council": the city's, not the state's
    # "German carmaker Kessler Automobil", "Swedish appliance maker Vantra": the company's name
    called = head.ent_type_ != "PERSON" and any(
        t.i < head.i and (lemma(t) in lx.GENERIC_ORG_NOUNS | lx.MAKER_NOUNS) for t in words
    )  # (not "Russian lawmaker Andrei Kartapolov", "Nigerian central bank governor Cardoso")
    named = country and head.pos_ == "PROPN" and (head.lower_ in lx.ORG_SUFFIXES or called)
    company = _company_name(head) if named else ""
    if not company and head.pos_ == "PROPN":
        company = _named_after_its_kind(head)  # "cork stopper maker Corticeira Alvarenga"
    # (not "Nigeria's Central Bank", "the Bank of Japan": a state's, named by no name of its own)
    if company and not all(w in NO_NAME_OF_ITS_OWN or country_in([w]) for w in company.split()):
        return company  # "South Korea's Hanwa Steel", "German carmaker Kessler Automobil"
    civil = lemma(head) in lx.CIVIL_BODY_NOUNS or any(w in lx.NON_STATE_WORDS for w in lower)
    # ("Paraguay's National Doctors' Union (Sinamed)": the name's noun before its short name)
    civil = civil or any(
        t.head.i == head.i and t.dep_ in ("nmod", "appos", "compound") and lemma(t) in lx.CIVIL_BODY_NOUNS
        and not (t.dep_ == "compound" and lemma(head) in lx.STATE_BODY_NOUNS)  # "Union Health Ministry"
        for t in words
    )
    # ("the New Zealand Nurses Organisation", not "Turkey's National Intelligence Organization")
    civil = civil or lemma(head) in ("organisation", "organization") and any(
        t.lower_.removesuffix("s") in MEMBERS for t in words if t.i < head.i
    )  # (a name's "Nurses")
    private = lemma(head) in lx.PRIVATE_VOICES
    civil = civil or bool(country) and head.pos_ == "PROPN" and _named_around_a_country(words)
    if country and (lemma(head) == "governor" or _national_branch(words) or civil or private):
        # "the governor of Nigeria's Borno State" speaks for the state he governs, "Amnesty
        # International Nigeria" for Amnesty, "the Sudan Doctors Network" for its doctors:
        # none for the country's government; nor do "relatives of inmates at Ecuador's
        # largest prison"
        country = None
    persons = [
        t
        for t in words
        if t.ent_type_ == "PERSON"
        or (t.ent_type_ and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "compound") and t.i == head.i)
    ]
    surname = persons[-1].lower_ if persons else None
    if surname in lx.BODY_NOUNS or surname in lx.ORG_SUFFIXES:
        surname = _shortened(_known_as([t for t in words if t.pos_ == "PROPN"] or persons), ctx)
    unnamed = head.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in (*words, *head.children))
    if country and lemma(head) in KIND_WORDS and unnamed and ctx.main_org:
        # "the privately held German company said": the company reported on, not Germany (not
        # "the British maritime security company Ambrey": a company by its name)
        return ctx.main_org
    if country:
        if surname:
            ctx.person_sides[surname] = country
        return country
    if head.pos_ == "PRON":
        return _pronoun_side(head, ctx)
    if len(words) == 1 and head.lower_ in ctx.person_sides and head.text[:1].isupper():
        return ctx.person_sides[head.lower_]  # "Ozols said", however the model tags the name
    employer = _employer(words)
    if not employer and (employer := _role_owned_by_a_name(head)):
        # "DCL's general manager, Pradeep Sinha": later, "Sinha said" is DCL too
        for officer in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            ctx.person_sides.setdefault(officer.lower_, employer)
    if not employer and ctx.main_org and _company_role(words):
        employer = ctx.main_org  # "managing director Jane Wanjiru": of the company reported on
    if employer:  # "Hallberg chief executive Matthias Kröner": Hallberg speaks
        if surname:
            ctx.person_sides[surname] = employer
        return employer
    name = [t for t in words if t.pos_ == "PROPN" and t.lower_ not in lx.TITLE_WORDS]
    titles = [t for t in words if t.lower_ in lx.TITLE_WORDS]
    # (a body before the title is whom the titled person speaks for: "Murang'a County Police
    # Commander Joseph Kiprono", as "Police Chief ..." is)
    body_titled = any(lemma(t) in lx.BODY_NOUNS and t.i < titles[0].i for t in name) if titles else False
    # (and so is an organisation's name before a person's: "Metrorex director-general Cristian
    # Popa", its role cut out as an apposition)
    body_titled = body_titled or (
        any(t.ent_type_ == "ORG" for t in name) and any(t.ent_type_ == "PERSON" for t in name)
    )
    if head.pos_ == "PROPN" and name and not body_titled and all(
        t in name or t in titles or t.dep_ == "punct" for t in words
    ):
        surname = _shortened(_known_as(name), ctx)  # a (titled) name, whatever entity the model gave it
        if surname in ctx.person_sides:
            return ctx.person_sides[surname]
        served = _body_served(head, ctx)
        if served:
            ctx.person_sides[surname] = served
            return served
        side = " ".join(t.lower_ for t in name)
        last = ctx.last_speaker
        if any(t.lower_.startswith("spokes") for t in titles) and last and last.side in ctx.org_sides:
            side = last.side  # "Spokesman Igor Konashenkov" speaks for the body just quoted
        ctx.person_sides[surname] = side
        return side
    if surname and surname in ctx.person_sides:
        return ctx.person_sides[surname]
    if any(m in text for m in lx.ANONYMOUS_MARKERS):
        return "anonymous sources"
    orgs = [t for t in words if t.ent_type_ == "ORG"]
    if orgs and head.ent_type_ == "ORG":
        side = _org_name(orgs)
        if surname:
            ctx.person_sides[surname] = side
        return side
    head_lemma = lemma(head)
    if head_lemma == "staff" and any(c.lower_ == "general" for c in head.lefts):
        return "general staff"  # an army's command, not a role ("hospital staff")
    if head_lemma in lx.ROLE_NOUNS or head.ent_type_ == "PERSON":
        # The organisation behind a role: "the director of the hospital", "a police spokesman".
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "at")]
        # ("Nordhavn Line's head of communications": its owner's, a department of no body; not
        # "the region's head of police", "Kenya's director of public prosecutions")
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if owner is not None and _owns_a_department(owner, of):
            of = []
        for prep in of:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _org_side([*noun_phrase(pobj)], pobj, ctx)
        mods = [
            t
            for t in words
            if t.dep_ in ("compound", "poss")
            and t.i < head.i
            and t.ent_type_ != "PERSON"
            and lemma(t) not in lx.ROLE_NOUNS
        ]
        # ("the police public relations officer": the police's, the role's department set aside,
        # though the model may hang "police" apart; not "a press information bureau official")
        if mods and mods[-1].lower_ in lx.ROLE_DEPARTMENTS and mods[-1].i == head.i - 1:
            kept = [t for t in mods if t.lower_ not in lx.ROLE_DEPARTMENTS]
            bodies = [t for t in words if t.dep_ == "nmod" and lemma(t) in lx.BODY_NOUNS and t.i < head.i]
            mods = sorted({*kept, *bodies}, key=lambda t: t.i)
        # (a minister's portfolio, "Energy and Natural Resources", names no body of its own)
        coordinated = any(t.dep_ == "cc" and t.i < head.i for t in words)
        portfolio = head.ent_type_ == "PERSON" and coordinated and any(
            lemma(t) == "minister" and t.i < head.i for t in words  # (not a party's secretary)
        )
        if portfolio and surname:
            mods = []  # "Energy and Natural Resources Minister Cemil Aydoğan": the minister by name
        if mods and mods[-1].pos_ == "PRON":
            return _pronoun_side(mods[-1], ctx)  # "its members said": the body "it" is
        owner = next(
            (t for t in mods if t.dep_ == "poss" and t.pos_ == "NOUN" and lemma(t) in lx.BODY_NOUNS), None
        )
        if owner is not None:
            mods = [t for t in mods if t.i <= owner.i]  # "the union's FCT chairman": the union's
        if mods:
            side = _org_side(mods, mods[-1], ctx)
            if surname:
                ctx.person_sides[surname] = side
            return side
        if surname:
            return " ".join(t.lower_ for t in persons)
    issued_by = _issuer_side(words, head, ctx) if head_lemma in lx.DOCUMENT_NOUNS else ""
    if issued_by:
        return issued_by
    if head_lemma in lx.DOCUMENT_NOUNS and not any(
        t.i != head.i and (t.pos_ == "PROPN" or t.dep_ in ("compound", "poss")) for t in words
    ):
        # "the statement said", "according to a new communiqué": the body quoted just before
        # (or the one the report is about) issued it
        last = ctx.last_speaker
        if last is not None and last.side in ctx.org_sides:
            return last.side
        if ctx.main_org:
            return ctx.main_org
    named_before = _the_body_named_before(words, head, ctx)
    return named_before or _org_side(words, head, ctx)


def _named_around_a_country(words: list[Token]) -> bool:
    """ "the Burgerplatform Suriname Nu": a name of its own with a country inside it, no state
    body's ("the Royal Thai Police", "South Sudan's army" are not), nor a person's."""
    lower = [t.lower_ for t in words]
    at = next((i for i, w in enumerate(lower) if country_in([w])), None)
    if not at or any(lemma(t) in STATE_VOICES or lemma(t) in lx.ROLE_NOUNS or t.ent_type_ == "PERSON"
                     for t in words):
        return False  # (nor "Velmont Serbia general manager Stefano Righetti": a company's man)
    before = words[at - 1]
    return (
        before.pos_ == "PROPN" and before.ent_type_ != "PERSON" and before.lower_ not in lx.TITLE_WORDS
        and country_in(lower[at - 1 : at + 1]) == country_in([lower[at]])  # (not "South Sudan")
    )


# The words that make a name with a country in it the state's own: "the Royal Thai Police".
STATE_VOICES = lx.BODY_NOUNS | lx.FORCES_NOUNS | lx.STATE_BODY_NOUNS


def _the_body_named_before(words: list[Token], head: Token, ctx: ArticleContext) -> str:
    """ "the service said", after "the Emergency Management Service said": the one body quoted
    before whose name ends in the kind named (none when several do)."""
    if head.pos_ != "NOUN" or any(t.i != head.i and t.dep_ != "det" for t in words):
        return ""
    kind = lemma(head)
    if kind not in lx.BODY_KIND_NOUNS:
        return ""
    named = [side for side in ctx.org_sides if side.endswith(" " + kind)]
    return named[0] if len(named) == 1 else ""


def _issuer_side(words: list[Token], head: Token, ctx: ArticleContext) -> str:
    """Whom a statement speaks for, when it says who issued it: "a statement from the ministry",
    "an Army statement", "the ministry's communiqué" (not what kind of statement it is, "a press
    statement", nor its day, "a Friday statement"); "" when it does not."""
    from_whom = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                      for o in c.children if o.dep_ == "pobj"), None)
    if from_whom is not None:
        return _org_side(list(noun_phrase(from_whom)), from_whom, ctx)
    issuers = [t for t in words if t.i < head.i and t.dep_ in ("compound", "poss")
               and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
               and t.lower_ not in DOCUMENT_FORMS]
    return _org_side([t for t in words if t.i <= issuers[-1].i], issuers[-1], ctx) if issuers else ""


def _issues_statements(noun: Token) -> bool:
    """A body that issues statements: "the Ministry", "the army", "Hanbit" (not "support")."""
    return lemma(noun) in STATE_VOICES or noun.ent_type_ == "ORG"


def _owns_a_department(owner: Token, of: list[Token]) -> bool:
    """Whether a role's "of" names a department of its owner ("Nordhavn Line's head of
    communications", "the hospital's director of nursing"), not a body of a place ("the
    region's head of police", "the country's chief of army staff")."""
    if owner.ent_type_ in PLACE_ENTS or lemma(owner) in lx.PLACE_KIND_WORDS | lx.PLACE_OWNERS:
        return False
    if lemma(owner) == "government":
        return False  # "the government's director of public health": of the health service
    departments = [p for prep in of for p in prep.children if p.dep_ == "pobj"]
    bodies = lx.BODY_NOUNS | lx.PUBLIC_SERVICES
    return all(
        p.pos_ == "NOUN" and not p.ent_type_ and not any(lemma(t) in bodies for t in p.subtree)
        for p in departments
    )


def _pronoun_side(pronoun: Token, ctx: ArticleContext) -> str:
    """Whom "it", "they", "we" (or "its", "their", "our") stand for."""
    word = {"its": "it", "their": "they", "our": "we"}.get(pronoun.lower_, pronoun.lower_)
    if word == "it" and (named := _body_just_before(pronoun)):
        # "the federation said its members had counted", "the navy is lying when it says"
        return named
    if word == "it" and ctx.last_org:
        return ctx.last_org  # "it" is the organisation last named as a subject
    if word in ("it", "they", "we") and ctx.main_org and not ctx.last_speaker:
        return ctx.main_org
    if ctx.last_speaker:
        return ctx.last_speaker.side
    return ctx.main_org or outlet(ctx).side


def _body_just_before(pronoun: Token) -> str | None:
    """The body named nearest before `pronoun` in its sentence, as a subject or an owner ("the
    union said it had counted", "the union's figures ... its members"), outside a clause that
    only sets the scene ("after the army said ...", "while the police said ...")."""
    for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or any(a.dep_ == "advcl" for a in tok.ancestors):
            continue
        if name := _body_named(tok):
            return name
    return None


def _body_served(name: Token, ctx: ArticleContext) -> str:
    """The body a named person speaks for, given in apposition: "Mohammad Sadiqi, spokesman for
    the disaster authority", "Peter Mutai, the police spokesman", "Vassily Nebenzia, Russia's
    ambassador to the UN" (Russia); "" when none is named, or the role is a former one."""
    role = next((c for c in name.children if c.dep_ == "appos" and lemma(c) in lx.ROLE_NOUNS), None)
    if role is None or any(c.lower_ in ("former", "ex", "retired") for c in role.lefts):
        return ""
    owner = next((c for c in role.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if owner is not None:
        return _org_side([*noun_phrase(owner)], owner, ctx)
    bodies = [
        pobj
        for prep in role.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at")
        for pobj in prep.children
        if pobj.dep_ == "pobj" and (_a_body(pobj) or pobj.text.lower() in ctx.org_sides)
    ]
    if bodies:  # "head of research at Capital Economics": the last, the organisation
        return _org_side([*noun_phrase(bodies[-1])], bodies[-1], ctx)
    named = next((t for t in role.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), None)
    if named is not None:  # "the White House national security spokesman", "the U.S. envoy"
        words = [t.lower_ for t in noun_phrase(named) if t.pos_ == "PROPN"]
        return country_in(words) or " ".join(words)
    mods = [t for t in role.lefts if t.dep_ in ("compound", "poss") and t.ent_type_ != "PERSON"]
    mods = [t for t in mods if lemma(t) not in lx.ROLE_NOUNS]
    return _org_side(mods, mods[-1], ctx) if len(mods) == 1 and _a_body(mods[0]) else ""


def _a_body(word: Token) -> bool:
    """A word that names an organisation or a state: "the Red Cross", "the police"."""
    return word.ent_type_ in ("ORG", "GPE", "NORP") or word.pos_ == "PROPN" or lemma(word) in lx.BODY_NOUNS


def _national_branch(words: list[Token]) -> bool:
    """ "Amnesty International Nigeria", "Save the Children Ukraine": an organisation's branch
    in a country, named by the organisation's name and then the country's."""
    if len(words) < 2:
        return False
    last, before = words[-1], words[-2]
    return (
        bool(country_in([last.lower_]))
        and last.ent_type_ == "ORG"
        and before.pos_ == "PROPN"
        and before.ent_type_ == "ORG"
        and not country_in([before.lower_])
    )


def _company_role(words: list[Token]) -> bool:
    """A company's officer named by role and name: "managing director Jane Wanjiru", "chief
    executive Anna Berg" (not "Interior Minister ...", nor a spokesman of no company)."""
    roles = [i for i, t in enumerate(words) if t.lower_ in lx.COMPANY_ROLES or t.lower_ == "director"]
    heads = ("ceo", "chief", "director", "chairman", "chairwoman", "founder", "boss")
    named = [i for i in roles if any(t.ent_type_ == "PERSON" for t in words[i + 1 :])]
    # (not "union chairman Marek Sowa", "hospital director Dr Arben Gashi": the union's, the hospital's)
    bodies = [i for i, t in enumerate(words)
              if lemma(t) in NO_COMPANY_BODIES or t.lower_ in lx.LABOUR_BODY_KINDS]
    return any(words[i].lower_ in heads and not any(b < i for b in bodies) for i in named)


# Bodies and places whose head is no company's officer: "union chairman", "hospital director".
NO_COMPANY_BODIES = lx.BODY_NOUNS | frozenset(["hospital", "clinic", "school", "university"])


# Words of a rank before a role: "General Manager", "Deputy Director".
RANK_WORDS = frozenset(["general", "deputy", "acting", "assistant", "senior", "chief", "executive"])


def _employer(words: list[Token]) -> str:
    """The company named before a company role and a person's name: "Velora Motors CEO Anna
    Berg" -> "velora motors", "NEMO director Sione Fifita" -> "nemo"."""
    role = next((i for i, t in enumerate(words) if t.lower_ in EMPLOYEE_ROLES), None)
    if not role or not any(t.ent_type_ == "PERSON" for t in words[role + 1 :]):
        return ""
    before = words[:role]
    while before and before[0].pos_ == "DET":
        before = before[1:]
    while before and before[-1].lower_ in RANK_WORDS:
        before = before[:-1]  # ("WAPDA General Manager Ali Khan", "NEMO Deputy Director")
    if not before or not all(t.pos_ == "PROPN" for t in before):
        return ""
    if country_in([t.lower_ for t in before]) and before[-1].lower_ not in lx.ORG_SUFFIXES:
        return ""  # ("Kenya Airways chief executive Allan Kilavuka" speaks for the airline)
    return " ".join(t.lower_ for t in before).removesuffix("'s")


def _role_owned_by_a_name(role: Token) -> str:
    """ "DCL's general manager for the Kusunda area, Pradeep Sinha": the body whose officer the
    named person is (not "Kenya's managing director": a country's; nor a role of no one named)."""
    # (the name after the role, however the model tags it: "Pradeep Sinha", read as a body)
    if role.lower_ not in EMPLOYEE_ROLES or not any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in PLACE_ENTS for c in role.children
    ):
        return ""
    owner = next((c for c in role.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or owner.ent_type_ in PLACE_ENTS or owner.ent_type_ in ("PERSON", "NORP"):
        return ""
    name = proper_name(owner).lower()
    return "" if country_in(name.split()) else name


# The officers a body names by their role: "DCL's general manager", "the company's chief executive".
EMPLOYEE_ROLES = lx.COMPANY_ROLES | {"manager", "director", "executive"}


DAY_ENTS = ("DATE", "TIME")  # what a body's name never holds: "the authority on Tuesday morning"


def _org_side(words: list[Token], head: Token, ctx: ArticleContext) -> str:
    # (not the person after a named body: "the chief executive of NordBalt Airways, Erik Lindqvist")
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and not (head.pos_ == "PROPN" and c.ent_type_ == "PERSON")), None)
    if named is not None:  # "the monitoring group Taza Shailoo": the group it names
        name = [t for t in named.lefts if t.dep_ == "compound"] + [named]
        return " ".join(t.lower_ for t in name)
    introduced = any(
        c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ in ("compound", "amod") for c in head.children
    )
    if lemma(head) in lx.GENERIC_ORG_NOUNS and ctx.main_org and not introduced:
        private = lemma(head) in PRIVATE_COMPANY_NOUNS
        if ctx.main_org_public and private and not _a_company_by_law(ctx.last_org):
            # ("a company spokeswoman", in a report whose most named body is the civil protection
            # agency: a company the report does not name, not the agency)
            return lemma(head)
        if _a_company_by_law(ctx.last_org) and ctx.main_org_public:
            # "The company estimated ...", just after "Borneo Lestari Plantations Bhd admitted
            # ...", in a report about the environment department: that company
            return ctx.last_org or ""
        return ctx.main_org  # "the group": the one the report is about, not "a monitoring group"
    orgs = [t for t in words if t.ent_type_ == "ORG"]
    if orgs and head.ent_type_ == "ORG":
        return _org_name(orgs)
    kept = [t for t in words if t.dep_ in ("compound", "poss") or t.i == head.i]
    # (not where or when it spoke: "the national disaster authority on Tuesday morning")
    kept = [t for t in kept if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in (*PLACE_ENTS, *DAY_ENTS)]
    return " ".join(lemma(t) for t in kept) or lemma(head)


def _a_company_by_law(name: str | None) -> bool:
    """ "Borneo Lestari Plantations Bhd", "Kafubu Smelting Limited": a company by its legal form."""
    return bool(name) and (name or "").split()[-1] in lx.LEGAL_SUFFIXES


def _org_name(tokens: list[Token]) -> str:
    # ("Steelmaker Helvion Steel" at a sentence's start is Helvion Steel)
    return " ".join(without_kind_words([t.lower_ for t in tokens if t.lower_ not in ("'s", "the")]))


def acting_speaker(subject: Token, ctx: ArticleContext) -> Speaker:
    """The body whose own act says what it holds ("police ruled out arson", "Britain blamed
    the poisoning on Russia"): it speaks, as if it had said so."""
    words = [t for t in speaker_span(subject) if not (t.dep_ == "case" and t.head == subject)]
    return Speaker(_span_text(words), _side(words, subject, ctx), subject.head)


def outlet(ctx: ArticleContext) -> Speaker:
    # ("SINAPRED (communiqué)" is SINAPRED's side, as "SINAPRED said" in another report)
    return Speaker(ctx.article.source, lx.STATEMENT_MARK.sub("", ctx.article.source).lower())


def org_subject_of(sent: Span, ctx: ArticleContext) -> str | None:
    """A named organisation that is a subject in the sentence ("Kovran Mining did not ..."),
    or a body named by a common noun ("the health ministry", "the company")."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.pos_ == "PROPN" and (name := _body_named(tok)):
            return name
        if tok.pos_ == "NOUN" and tok.head == sent.root and (name := _body_named(tok)):
            # "the health ministry gave lower figures", then "it said ...": that ministry (not
            # the subject of a reported clause)
            return name
        if (
            tok.pos_ == "NOUN" and tok.head == sent.root and lemma(tok) in lx.GENERIC_ORG_NOUNS
            and ctx.main_org and any(c.lower_ == "the" for c in tok.lefts)
        ):
            # "The company rejected that account. In a statement it said ...": the company,
            # not a body named paragraphs before
            return _org_side([tok], tok, ctx)
    return None


def _body_named(tok: Token) -> str | None:
    """The body `tok` names: an organisation by its name ("Kovran Mining"), not a person, a
    place or a country; or a body by a common noun ("the health ministry")."""
    if tok.pos_ == "PROPN":
        if tok.ent_type_ in ("PERSON", "GPE", "LOC", "DATE", "NORP") and tok.lower_ not in lx.ORG_SUFFIXES:
            return None
        name = proper_name(tok)
        return None if country_in(name.split()) else name
    if tok.pos_ == "NOUN" and lemma(tok) in lx.BODY_NOUNS and any(c.lower_ == "the" for c in tok.lefts):
        words = [t for t in tok.lefts if t.dep_ in ("compound", "amod") and t.pos_ != "DET"]
        return " ".join(t.lower_ for t in [*words, tok])
    return None


# Words of the names of a town's governing bodies, which are no company ("the Municipal Chamber of
# Felgueiras"; not "Lisbon Municipal Water", a town's company; and a ministry or a council may be
# the body a report is about, the employer of its strikers or the voice of its state).
TOWN_BODY_WORDS = frozenset(["municipality", "chamber"])


def main_org_of(docs: list[Doc], outlet: str = "") -> str | None:
    """The organisation an article is about: its most named ORG (longest form on ties); never
    the outlet that reports it when the report only tells or cites it ("told ShippingWatch")."""
    counts: Counter[str] = Counter()
    as_org: Counter[str] = Counter()  # how often each name is tagged an organisation
    as_person: Counter[str] = Counter()  # ... and each titled person's surname
    as_place: Counter[str] = Counter()  # ... and each place
    named_whole: set[str] = set()  # the surnames of persons named whole
    employers: Counter[str] = Counter()  # ... and each name that acts as an employer
    # (a name the report once calls a company is one wherever it stands, and so is its first
    # word, which the report goes on to call it by: "sanitaryware maker Brennert Sanitär" ...
    # "Brennert employs about 6,000 people")
    called_names = [proper_name(_name_head(tok)).split() for doc in docs for tok in doc
                    if tok.pos_ == "PROPN" and _named_as_a_company(tok)]
    called_companies = {w for name in called_names for w in {name[-1], name[0]}
                        if not country_in([w]) and w not in CITIES}
    for doc in docs:
        for ent in doc.ents:
            label = ent.label_
            last = next((t for t in reversed(ent) if not t.is_punct), ent[-1])  # ("Danubia Tyres'")
            if label == "PERSON" and len(ent) > 1 and last.lower_ in lx.ORG_SUFFIXES:
                label = "ORG"  # "Maluti Apparel", taken for a person: a company by its name
            # (titled: "president Joseph Chileshe", not "founded by Arthur Brightwell")
            titled = ent.start > 0 and doc[ent.start - 1].lower_ in lx.TITLE_WORDS | lx.ROLE_NOUNS
            # (not "market leader Tata Steel", nor a name a company's suffix ends)
            leads = ent.start > 1 and doc[ent.start - 1].lower_ == "leader" and doc[ent.start - 2].lower_ in (
                "market", "industry", "sector"
            )
            personal = titled and not leads and 2 <= len(ent) <= 3 and ent[-1].lower_ not in lx.ORG_SUFFIXES
            if label == "ORG" and personal and all(t.pos_ == "PROPN" for t in ent):
                # "union coordinator Helena Sampaio", taken for a body: a person, by either name
                as_person[ent[-1].lower_] += 1
                as_person[ent.text.lower()] += 1
                continue
            if label == "ORG":
                as_org[ent.text.lower()] += 1
            if label in PLACE_ENTS:
                as_place[ent.text.lower().removeprefix("the ")] += 1
            # (not a state's body, "the Slovak Republic"; but a company named for its country,
            # "Kessler Kabel Slovakia", leads with a name of its own)
            words = ent.text.lower().split()
            own_name = len(words) > 2 and not country_in(words[:1]) and not nationality_in(words[:1]) and (
                words[0] not in lx.GENERIC_NAME_WORDS and country_in(words[-1:]) is not None
                # (not "the Federation of Bosnia and Herzegovina", "Automotive Industry Association
                # Slovakia": a state's or a trade's body)
                and "of" not in words and not any(lemma(t) in lx.BODY_NOUNS | TRADE_BODIES for t in ent)
            )
            # (nor a town's body: "the Municipal Chamber of Felgueiras")
            public = not set(words).isdisjoint(TOWN_BODY_WORDS)
            if label == "ORG" and (not country_in(words) or own_name) and not public:
                # (not the mark of a plural's owner: "Danubia Tyres' plant")
                name = _short_name(
                    ent.text.lower().removesuffix("'s").rstrip("'’").removeprefix("the ").strip()
                )
                counts[" ".join(without_kind_words(name.split()))] += 1
            if label == "PERSON" and len(ent) > 1 and titled:
                as_person[ent[-1].lower_] += 1
            if label == "PERSON" and len(ent) > 1:
                named_whole.add(ent[-1].lower_)
        for tok in doc:
            if tok.pos_ != "PROPN":
                continue
            # The small model often misses company names; a proper-noun subject is a good bet,
            # and so is the name before a company role ("Hallberg chief executive ...").
            # (and so is a name ending in a company's suffix, whatever the model tags it:
            # "Luanshya Ridge Mining Plc said", read as a person)
            named = tok.dep_ == "nsubj" and (
                tok.ent_type_ not in PLACE_ENTS | {"DATE", "PERSON"} or tok.lower_ in lx.ORG_SUFFIXES
                or _does_what_companies_do(tok)  # "when Corticeira Alvarenga closes its factory"
            )
            employs = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in lx.COMPANY_ROLES
            # ("Nordhavn Line's head of communications": a name the model took for no person's)
            owned_role = tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("'s", "’s") and (
                doc[tok.i + 2].lower_ in lx.COMPANY_ROLES or doc[tok.i + 2].lower_ == "head"
            )
            employs = employs or owned_role and tok.ent_type_ not in PLACE_ENTS | {"PERSON", "NORP"}
            called = tok.lower_ in called_companies and _name_head(tok) is tok
            if named or employs or called:
                name = _counted_name(tok)
                if not country_in(name.split()) and set(name.split()).isdisjoint(TOWN_BODY_WORDS):
                    counts[name] += 1
            elif _acts_as_an_employer(tok):
                employers[_counted_name(tok)] += 1
    # A name that acts as an employer is the company the model missed, unless the report names
    # it otherwise too (then by that name: "Brenntal" of "Brenntal Klimatechnik's plant")
    for name, n in employers.items():
        if not country_in(name.split()) and not any(set(name.split()) & set(k.split()) for k in counts):
            counts[name] += n
    # A person's surname, named whole ("MUZ president Joseph Chileshe"), is no company where
    # the model misses the name later ("Chileshe accused the company"), unless the model
    # takes it for an organisation more often (a company named after its founder, "Arthur
    # Brightwell"); nor is a surname told whole as a person's that only ever speaks ("Union
    # president Darja Lipovšek", then "Lipovšek said", read as a body; "Muhammad Aslam, a
    # labourer, said"), unless the report calls it a company
    persons = {name for name, n in as_person.items() if n >= as_org[name]}
    persons |= {name for name in named_whole - called_companies
                if _only_speaks(name, docs) and _first_named_whole(name, docs)}
    counts = _unless_all(counts, persons)
    if not counts:
        return None
    # The town a company's site is in is no company, however the model tags it: "Saimaa
    # Board's Varkaus mill", "workers in Varkaus", "Varkaus mayor Jari Kinnunen"
    counts = _unless_all(counts, _sites_and_towns(docs))
    # Nor a town the model tags a place more often than an organisation ("in Lubumbashi"),
    # unless the report calls it a company
    places = {name for name, n in as_place.items()
              if n > as_org[name] and not set(name.split()) & called_companies}
    # (and a city the gazetteer knows: "Copenhagen" in The Copenhagen Post, taken for a body)
    places |= {name for name in counts if name in CITIES and name not in called_companies}
    # (and a name told with the kind of place it is: "in Nduga regency", "Kech district")
    kinds = {tok.lower_ for doc in docs for tok in doc[:-1] if tok.pos_ == "PROPN"
             and doc[tok.i + 1].is_lower and doc[tok.i + 1].lower_ in lx.PLACE_KIND_WORDS}
    places |= kinds - called_companies
    counts = _unless_all(counts, places)
    # Nor an outlet whose report this one cites ("the Timok Business Daily reported on
    # Wednesday, citing unnamed sources, that ...")
    counts = _unless_all(counts, _outlets_cited(docs))
    if _told_to_the_outlet(docs, outlet):
        # Nor the outlet that reports it ("told ShippingWatch"), even when it is the only name
        # left: the company is then one the model missed ("the airline said" is not the outlet's)
        counts.pop(" ".join(without_kind_words(outlet.lower().split())), None)
        if not counts:
            return None
    # A union named in a report on a company speaks for its workers; it is not what the
    # report is about ("the shopworkers' union Usdaw said ..."; "the company said ...")
    called_unions = _called_unions(docs)
    unions = {name for name in counts if _named_a_union(name, called_unions)}
    # (and the same body named short: "Nai Federation" of "the Dong Nai Federation of Labour")
    unions |= {
        name for name in counts
        if name.split()[-1] in lx.LABOUR_BODY_SHORT_ENDINGS
        and any(set(name.split()) <= set(union.split()) for union in unions)
    }
    counts = _unless_all(counts, unions)
    # (a name with a company's legal suffix is one: "Luanshya Ridge Mining Plc")
    found = max(counts, key=lambda k: (
        counts[k] + sum(1 for o in counts if o != k and o in k) + (k.rsplit(" ", 1)[-1] in lx.LEGAL_SUFFIXES),
        len(k),
    ))
    return company_of(found)


# Bodies of a trade or its people, named like companies: "Automotive Industry Association Slovakia".
TRADE_BODIES = frozenset(["association", "chamber", "institute", "confederation", "council", "network"])
# What a company's officer is an officer of: "the spokeswoman of the company" (not
# `lexicon.COMPANY_WORDS`, the words a company is told by).
OFFICERS_OF = frozenset(["company", "firm", "management", "employer", "plant", "factory"])


def company_officers(docs: list[Doc], main_org: str | None) -> dict[str, str]:
    """surname -> the report's company, for the persons it names in apposition to a company's
    spokesman or officer: "the spokeswoman of the company, Zuzana Hudáková", "a company
    spokesman, Jan Novak" (whom a later "said Hudáková" speaks for, however the first telling
    was parsed)."""
    if not main_org:
        return {}
    found = {}
    for doc in docs:
        for name in doc:
            if name.ent_type_ != "PERSON" or name.dep_ != "appos" or name.pos_ != "PROPN":
                continue
            role = name.head
            while role.dep_ == "pobj" and role.head.dep_ == "prep":
                role = role.head.head  # ("the spokeswoman of the company, X": hung on "company")
            if not (lemma(role).startswith("spokes") or role.lower_ in lx.COMPANY_ROLES):
                continue
            owners = [o for p in role.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
                      for o in p.children if o.dep_ == "pobj"]
            owners += [c for c in role.children if c.dep_ in ("compound", "poss")]
            if any(lemma(o) in OFFICERS_OF for o in owners):
                found[name.lower_] = main_org
    return found


def _first_named_whole(surname: str, docs: list[Doc]) -> bool:
    """Whether a report first names `surname` as part of a person's whole name ("Union president
    Darja Lipovšek said ...", then "Lipovšek said"; not "Ford said it would cut 3,800 jobs",
    then "executive chairman Bill Ford")."""
    first = next((t for doc in docs for t in doc if t.lower_ == surname), None)
    return first is not None and first.ent_type_ == "PERSON" and first.ent_iob_ == "I"


def _only_speaks(surname: str, docs: list[Doc]) -> bool:
    """Whether a name is the subject of telling verbs only ("Lipovšek said"), as a person is,
    where a company also acts ("Brightwell's will close 38 stores")."""
    verbs = [t.head for doc in docs for t in doc if t.lower_ == surname and t.dep_ == "nsubj"]
    # (and says it of no "it": "Brightwell said it would cut 300 jobs" is the company)
    its_own = any(c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children)
                  for v in verbs for c in v.children)
    return bool(verbs) and all(lemma(v) in lx.REPORT_VERBS for v in verbs) and not its_own


SPELLED_OUT = re.compile(r"^[^()]+\(([a-z][a-z&\-]{1,7})\)?$")


def _short_name(name: str) -> str:
    """ "société tunisienne des phosphates du sud (stps)" -> "stps": a name spelled out with its
    short one is known by the short one, which its reports go on to use ("cuts at STPS")."""
    found = SPELLED_OUT.match(name)
    return found.group(1) if found else name


def _does_what_companies_do(subject: Token) -> bool:
    """A name, however the model tags it, that closes, cuts or sells its (or the) works, stores
    or jobs."""
    verb = subject.head
    if lemma(verb) not in lx.COMPANY_ACTS:
        return False
    # its own: "closes its factory", "the Lourosa factory", "shut the furnaces at its Karolinka
    # works" (not "Elon Musk will cut 10,000 jobs at Tesla": another's)
    if not _only_at_its_own_sites(verb):
        return False
    done_to = [c for c in verb.children if c.dep_ == "dobj"
               and any(o.lower_ in ("its", "their", "the") for o in c.children if o.dep_ in ("poss", "det"))]
    return any(lemma(c) in lx.WORKS_NOUNS | lx.STORE_NOUNS | lx.JOB_NOUNS for c in done_to)


def _counted_name(tok: Token) -> str:
    """The name a company is counted by: its proper name without the words of its kind."""
    return " ".join(without_kind_words(proper_name(tok).split()))


def _acts_as_an_employer(tok: Token) -> bool:
    """A name, however the model tags it, that owns a works ("Brennert Sanitär's Zaječar
    plant"), counts its staff ("Brennert employs about 6,000 people") or cuts so many jobs at
    its own site ("will cut 610 jobs at its plant")."""
    if tok.dep_ == "poss":
        return lemma(tok.head) in lx.WORKS_NOUNS and tok.ent_type_ not in PLACE_ENTS
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    counted = [c for c in verb.children if c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children)]
    if lemma(verb) == "employ":
        return bool(counted)  # (only an employer counts staff so)
    return lemma(verb) in lx.COMPANY_ACTS and any(lemma(c) in lx.JOB_NOUNS for c in counted) and (
        _only_at_its_own_sites(verb)
    )


def _says_it_acts(tok: Token) -> bool:
    """A name that says "it" will do what companies do: "Hyundai Motor said it would cut 2,000
    jobs"."""
    return tok.dep_ == "nsubj" and any(
        c.dep_ == "ccomp" and lemma(c) in lx.COMPANY_ACTS
        and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children)
        for c in tok.head.children
    )


def _only_at_its_own_sites(verb: Token) -> bool:
    """Whether every site a company's act is "at" is its own ("at its Karolinka works"; not
    "at Tesla")."""
    at = [c for t in (verb, *verb.children) for c in t.children if c.dep_ == "prep" and c.lower_ == "at"]
    return all(_its_own_site(prep) for prep in at)


def _its_own_site(at: Token) -> bool:
    """ "at its Karolinka works": a site the doer owns (not "at Tesla")."""
    return any(
        any(o.dep_ == "poss" and o.lower_ in ("its", "their") for o in site.children)
        for site in at.children
        if site.dep_ == "pobj"
    )


def _outlets_cited(docs: list[Doc]) -> set[str]:
    """The names of outlets whose reporting a report cites: the subject of "reported ...,
    citing sources" (a company reports results, citing weak demand, but no sources for them),
    and who saw papers ("according to documents seen by Timok Business Daily")."""
    return {
        _counted_name(tok)
        for doc in docs
        for tok in doc
        if tok.pos_ == "PROPN" and (
            tok.dep_ == "nsubj" and lemma(tok.head) == "report"
            and any(_cites_sources(t) for t in tok.head.subtree)  # (the parser may hang it lower)
            or tok.dep_ == "pobj" and tok.head.lower_ == "by"
            and lemma(tok.head.head) in ("see", "obtain", "review")
        )
    }


def _cites_sources(tok: Token) -> bool:
    """ "citing unnamed sources", "citing people familiar with the plans", "citing documents"
    (not "citing weak freight rates")."""
    return lemma(tok) == "cite" and any(
        c.dep_ == "dobj" and lemma(c) in lx.SOURCES_CITED for c in tok.children
    )


def _told_to_the_outlet(docs: list[Doc], outlet: str) -> bool:
    """Whether the report names its own outlet only as the one told or cited ("told
    ShippingWatch", "in an interview with Reuters", "according to Bloomberg"), not as a
    company it reports on ("the BBC said it would cut 500 jobs")."""
    words = outlet.lower().removeprefix("the ").split()
    mentions = [t for doc in docs for t in doc if words and t.lower_ == words[-1] and t.pos_ == "PROPN"]

    def told(tok: Token) -> bool:
        head = tok.head
        if tok.dep_ == "dobj" and lemma(head) in ("tell", "inform", "contact"):
            return True
        return tok.dep_ == "pobj" and (
            head.lower_ == "with" and lemma(head.head) in ("interview", "speak", "talk")
            or head.lower_ == "to" and (lemma(head.head) in ("speak", "talk", "say")
                                        or head.head.lower_ == "according")
        )

    return bool(mentions) and all(told(t) for t in mentions)


def _unless_all(counts: Counter[str], names: set[str]) -> Counter[str]:
    """`counts` without `names`, unless they are all it holds (then some one of them is it)."""
    if all(name in names for name in counts):
        return counts
    return Counter({k: v for k, v in counts.items() if k not in names})


# What a company is called beside its name: "mobile operator Telvia", "Telvia, Portugal's
# third-largest mobile operator".
COMPANY_NOUNS = lx.MAKER_NOUNS | frozenset(
    "company firm carmaker automaker bank airline retailer manufacturer corporation operator insurer "
    "lender conglomerate brewer chain maker business".split()
)
# ... and before a name only: "auto supplier Kessler", "oil producer Suncor" (not "Alberta,
# Canada's largest oil producer")
COMPANY_NOUNS_BEFORE = COMPANY_NOUNS | {"supplier", "producer", "group"}
# ... and of a private company only (not a body a state may run: a bank, an operator): "a company
# spokeswoman" is none of a public body's.
PRIVATE_COMPANY_NOUNS = COMPANY_NOUNS - {"bank", "operator"}


def _named_as_a_company(tok: Token) -> bool:
    """A name the report calls a company, which the model may take for a place: "Portuguese
    mobile operator Telvia said ..." (not "the Telvia operator in Lisbon", a company's site)."""
    if country_in([tok.lower_]) or tok.lower_ in CITIES:
        return False
    return any(
        c.dep_ == "compound" and c.i < tok.i and lemma(c) in COMPANY_NOUNS_BEFORE
        or c.dep_ == "appos" and lemma(c) in COMPANY_NOUNS
        for c in tok.children
    )


def _name_head(tok: Token) -> Token:
    """The last word of the name a word is in: "Home" of "Dunmore Home"."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _sites_and_towns(docs: list[Doc]) -> set[str]:
    """Proper names a report uses as a place or a site: with a mayor ("Varkaus mayor Jari
    Kinnunen"), both of a site and after "in" ("the Varkaus mill", "workers in Varkaus"), or a
    site the company calls its own ("its Mwambashi copper mine"); not a site named alone ("the
    Amazon warehouse in Coventry"), nor "shares in Kestrel" alone."""
    sites, towns, after_in, owned = set(), set(), set(), set()
    for doc in docs:
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.dep_ not in ("compound", "pobj"):
                continue
            name = proper_name(tok)
            site = tok.head
            while site.dep_ == "compound" and site.head.i != site.i:
                site = site.head  # "its Mwambashi copper mine": the mine
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near"):
                after_in.add(name)
            elif tok.dep_ == "compound" and lemma(tok.head) == "mayor":
                towns.add(name)
            elif tok.dep_ == "compound" and lemma(site) in lx.SITE_NOUNS:
                sites.add(name)
                if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in site.children):
                    owned.add(name)  # the company's own site, not the company
    return towns | (sites & after_in) | owned


def _named_a_union(name: str, called_unions: set[str]) -> bool:
    """Whether an organisation is called a union: by its name ("the GMB union") or in
    apposition (`_called_unions`)."""
    words = set(name.split())
    if "union" in words:
        return name not in SIDE_OF_WORD  # not the European Union
    # ("the Dong Nai Federation of Labour", "the Congress of Trade Unions": unions joined; not
    # "the International Handball Federation", which may cut its own jobs)
    if words & lx.LABOUR_BODY_KINDS and words & lx.LABOUR_WORDS:
        return True
    return name.split()[-1] in called_unions


def _called_unions(docs: list[Doc]) -> set[str]:
    """The proper nouns a report calls a union in apposition: "the shopworkers' union Usdaw",
    "Usdaw, the shopworkers' union"."""
    def before_union(tok: Token) -> bool:
        return tok.dep_ == "compound" and tok.head.lower_ in ("union", "unions") and tok.head.pos_ == "NOUN"

    # "the Nezavisnost trade union said", "Germany's IG Metall union" (not "the European Union",
    # a name whole; nor "the Hyundai Motor union", a company's, that the report has act as one:
    # "Hyundai Motor said it would cut 2,000 jobs")
    companies = {tok.lower_ for doc in docs for tok in doc
                 if tok.pos_ == "PROPN" and not before_union(tok) and (
        _acts_as_an_employer(tok) or _named_as_a_company(tok) or _does_what_companies_do(tok)
        or _says_it_acts(tok)
    )}
    return {
        tok.lower_
        for doc in docs
        for tok in doc
        if tok.pos_ == "PROPN"
        and (
            tok.dep_ == "appos" and lemma(tok.head) == "union"
            or before_union(tok) and tok.lower_ not in companies
            or any(c.dep_ in ("appos", "compound") and lemma(c) == "union" for c in tok.children)
            # "the Mineworkers Union of Zambia (MUZ)": a union's initials, spelled out before them
            or _a_union_spelled_out(_spelled_out(tok))
        )
    }


def a_public_body(name: str | None, docs: list[Doc]) -> bool:
    """Whether the organisation a report is about is a public body, by its name ("the health
    ministry") or by the name its initials spell out ("the Sabah Environment Protection
    Department (EPD)"), and no company."""
    if not name:
        return False
    if name.split()[-1] in lx.BODY_NOUNS:
        return True
    return any(
        (words := _spelled_out(tok)) and words[-1].lower_ in lx.BODY_NOUNS
        for doc in docs for tok in doc if tok.lower_ == name
    )


def _a_union_spelled_out(words: list[Token]) -> bool:
    """ "Mineworkers Union of Zambia": a union by its name (not "Union Bank of Nigeria")."""
    named = [w.lower_ for w in words]
    return any(w in ("union", "unions") for w in named[1:]) and "bank" not in named


def _spelled_out(acronym: Token) -> list[Token]:
    """The capitalised words an acronym in brackets stands for, by their initials: "the
    Mineworkers Union of Zambia (MUZ)"; none when the words before it do not spell it."""
    doc, letters = acronym.doc, acronym.text
    if not (letters.isalpha() and letters.isupper() and acronym.i > 0 and doc[acronym.i - 1].text == "("):
        return []
    words = [t for t in doc[max(0, acronym.i - 3 * len(letters) - 1) : acronym.i - 1] if t.text[:1].isupper()]
    named = words[-len(letters) :]
    return named if "".join(t.text[0] for t in named) == letters else []


def _coordinated_between(according: Token, token: Token) -> bool:
    """ "arrested 300 in Paris, according to the ministry, and 120 in Lyon": a phrase before
    the figure that ends before an "and" is the earlier figure's."""
    return according.i < token.i and any(
        t.dep_ == "cc" for t in according.doc[according.right_edge.i + 1 : token.i]
    )


def _words_between(token: Token, according: Token) -> int:
    """How far `token` is from the phrase "according to ..." (after it, or before it and
    ended), a tie going to the phrase after it."""
    if according.i > token.i:
        return 2 * (according.i - token.i)
    return 2 * (token.i - according.right_edge.i) + 1


def frame_for(token: Token, frames: list[Frame]) -> Frame | None:
    """The reporting frame whose content clause holds `token` (walking up the parse)."""
    by_verb = {f.verb.i: f for f in frames}
    # "12 people were killed, according to police, while ...": "according to" hangs off the
    # clause it attributes
    by_clause: dict[int, list[Frame]] = {}
    for f in frames:
        if f.verb.lower_ == "according":
            by_clause.setdefault(f.verb.head.i, []).append(f)
        elif f.verb.lower_ == "per":  # "as per the ministry": the frame is on "per", on "as"
            by_clause.setdefault(f.verb.head.head.i, []).append(f)
    node = token
    for _ in range(40):
        if node.i in by_verb and node.i != token.i:
            return by_verb[node.i]
        if node.i in by_clause:
            # "drew 40,000 people according to organisers and 8,500 according to police":
            # of several on one clause, the one closest to the figure
            near = [f for f in by_clause[node.i] if not _coordinated_between(f.verb, token)]
            return min(near or by_clause[node.i], key=lambda f: _words_between(token, f.verb))
        if node.head.i == node.i:
            break
        node = node.head
    if token.i in by_verb:
        return by_verb[token.i]
    # "X, witnesses said" parses the reporting verb as root with the clause under it: use
    # the sentence's only frame (not an "as ... claims" hung on another figure: "At least 23 of
    # our members were taken, not nine as the Gendarmerie claims" is not the Gendarmerie's 23).
    if len(frames) != 1 or _as_it_claims_elsewhere(frames[0].verb, token):
        return None
    return frames[0]


def _as_it_claims_elsewhere(verb: Token, token: Token) -> bool:
    """ "not nine as the Gendarmerie claims": an "as" clause that qualifies another word than
    any `token` hangs from, or the figure it denies (read as the one it corrects)."""
    as_clause = verb.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )
    denied = any(c.dep_ == "neg" for c in verb.head.children)
    elsewhere = verb.head.i != token.i and verb.head.i not in {a.i for a in token.ancestors}
    return as_clause and (denied or elsewhere)
