"""Repairs of parses the small English model gets wrong in a way the rules cannot read around.

Each repair is narrow: a shape of sentence the model misparses the same way every time, put
back as it would parse the plain word order, so that every rule after it reads one form.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimwatch.dates import WEEKDAYS
from claimwatch.lexicon import (
    DOCUMENT_NOUNS,
    FIGURE_NOUNS,
    FIGURE_SETTING_VERBS,
    REPORT_VERBS,
    TALLY_VERBS,
    VERB_MEASURES,
    WAITING_VERBS,
)

# Fronted denials that put the auxiliary before the subject: "At no point was ammunition used".
NEGATIVE_FRONTS = frozenset({"never", "nowhere"})
NO_MOMENTS = frozenset({"time", "point", "stage", "moment", "circumstance", "case"})


def repair(doc: Doc) -> Doc:
    """`doc` with its misparses repaired in place."""
    _count_out_of_a_day(doc)
    for sent in doc.sents:
        _saying_read_as_a_noun(sent.root)
    for token in doc:
        if token.lemma_ == "be" and token.pos_ == "AUX":
            _uninvert_passive(token)
    for token in doc:
        if token.dep_ == "ccomp" and token.pos_ in ("NOUN", "PROPN"):
            _clause_read_as_a_noun(token)
    for token in doc:
        if token.dep_ == "ccomp" and token.tag_ in ("VBD", "VBN"):
            _reduced_relative(token)
            _count_read_as_a_clause(token)
        if token.dep_ == "ccomp" and token.pos_ == "VERB":
            _subject_read_as_an_object(token)
            _tellers_read_as_a_clause(token)
    for token in doc:
        if token.dep_ == "compound" and token.like_num:
            _number_to_its_noun(token)
        elif token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in OWNERS:
            _number_before_its_owner(token)
        elif token.dep_ == "nummod" and token.head.dep_ == "compound":
            _number_past_its_kind(token)
    for token in doc:
        if token.text == ")":
            _noun_past_an_acronym(token)
        elif token.dep_ == "prep" and token.head.dep_ == "ccomp":
            _day_to_the_saying(token)
        elif token.dep_ in ("acl", "relcl") and token.head.lower_ in TELLING_PLACES:
            _clause_out_of_a_statement(token)
        elif token.dep_ == "ccomp" and token.lemma_ in ASKING_VERBS:
            _teller_asked_in_between(token)
    for token in doc:
        if token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX"):
            _object_to_its_like(token)
        elif token.dep_ == "conj" and token.lower_ == "live" and token.pos_ == "VERB":
            _live_rounds_read_as_a_verb(token)
        elif token.lower_ == "warning" and token.pos_ == "NOUN":
            _warning_read_as_a_noun(token)
        elif token.lower_ == "the" and token.dep_ == "pobj":
            _the_killed_read_as_a_clause(token)
        elif token.lower_ == "to" and token.dep_ == "aux":
            _participle_after_to_read_as_a_verb(token)
        elif token.lower_ == "it" and token.dep_ == "nsubjpass":
            _count_after_an_empty_it(token)
        elif token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "from":
            _count_from_its_whole(token)
        elif token.lower_ == "to" and token.dep_ == "prep":
            _figure_before_its_parts(token)
    for token in doc:
        if token.dep_ in ("aux", "auxpass") and token.head.i == token.i + 1:
            _subject_read_as_an_object_of_about(token)
    for token in doc:
        if token.dep_ in ("aux", "auxpass"):
            _denial_to_its_verb(token)
        elif token.lemma_ in FIGURE_SETTING_VERBS or token.lemma_ in TALLY_VERBS:
            _figure_to_its_verb(token)
            _figure_fronted(token)
        elif token.lemma_ == "bring":
            _figure_past_a_verb_misread(token)
    return doc


def _saying_read_as_a_noun(root: Token) -> None:
    """ "The Ministry underlines that the RCAF have not fired on any Thai village": the model
    may read "underlines" as a plural noun, the sentence's root, and what it says as a clause
    hung on it. Read it as the verb it is, its name before it the one that says."""
    if root.tag_ != "NNS" or root.lemma_ not in REPORT_VERBS or not root.lower_.endswith("s"):
        return
    said = next((c for c in root.children if c.dep_ in ("relcl", "acl", "ccomp") and c.i > root.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    names = [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
    if said is None or not names:
        return
    root.pos_, root.tag_ = "VERB", "VBZ"
    said.dep_ = "ccomp"
    teller = names[-1]
    teller.dep_ = "nsubj"
    for name in names[:-1]:
        name.head = teller
    for det in [c for c in root.children if c.dep_ == "det"]:
        det.head = teller


def _count_out_of_a_day(doc: Doc) -> None:
    """ "revised the number rescued on Friday to 38": the model takes "Friday to 38" for one
    date; the number is the count the day was given with."""
    ents, split = [], False
    for ent in doc.ents:
        # (not "from 48 on May 12 to 73 the next day": a series, each value of its own day)
        if ent.label_ == "DATE" and len(ent) >= 3 and ent[-2].lower_ == "to" and ent[-1].like_num and (
            ent[-3].lower_ in WEEKDAYS
        ):
            ents += [Span(doc, ent.start, ent.end - 2, label="DATE"),
                     Span(doc, ent.end - 1, ent.end, label="CARDINAL")]
            split = True
        else:
            ents.append(ent)
    if split:
        doc.ents = ents


def no_moment(prep: Token) -> bool:
    """ "at no time", "at no point", "under no circumstances", "in no case"."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lemma_ in NO_MOMENTS and any(d.lower_ == "no" for d in o.children)
        for o in prep.children
    )


def _uninvert_passive(be: Token) -> None:
    """ "At no point was live ammunition used", "never were shots fired": the model reads a
    state ("was ammunition") with "used" describing the noun. Read as "live ammunition was
    not used at any point": the participle is the verb, the noun its passive subject and the
    auxiliary its own."""
    if not any(_denies_up_front(c, be) for c in be.children):
        return
    nouns = (c for c in be.children if c.dep_ in ("attr", "nsubj") and c.i > be.i)
    noun = next((c for c in nouns if c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return
    moved = [c for c in be.children if c is not noun]
    if be.head.i == be.i:  # the sentence's root
        verb.head = verb
    else:
        verb.head = be.head
    verb.dep_ = be.dep_
    be.head, be.dep_ = verb, "auxpass"
    noun.head, noun.dep_ = verb, "nsubjpass"
    for child in moved:
        child.head = verb


def _denies_up_front(child: Token, be: Token) -> bool:
    """ "never", "nowhere", "at no time", "at no point", "under no circumstances", before `be`."""
    if child.i > be.i:
        return False
    return child.lower_ in NEGATIVE_FRONTS or no_moment(child)


def _denial_to_its_verb(aux: Token) -> None:
    """ "that under no circumstances were bullets fired": the model hangs the denial on the
    auxiliary; it denies the verb."""
    for child in list(aux.children):
        if _denies_up_front(child, aux):
            child.head = aux.head


def _object_to_its_like(noun: Token) -> None:
    """ "We have no plans to close Karolinka and no plans to lay anyone off": the model joins the
    second "plans" to the verb; it is a second object, joined to the first."""
    verb = noun.head
    first = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == noun.lemma_ and c.i < noun.i), None
    )
    if first is not None:
        noun.head = first


# What a weapon fires "live": "fired tear gas and then live rounds".
LIVE_FIRED_NOUNS = frozenset({"round", "ammunition", "bullet", "fire", "cartridge"})


def _live_rounds_read_as_a_verb(live: Token) -> None:
    """ "gendarmes fired tear gas and then live rounds": the model may read "live" as a verb
    joined to "fired", the rounds its object. They are a second thing fired, joined to the
    first; "live" says what kind."""
    verb = live.head
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < live.i), None)
    rounds = next((c for c in live.children if c.dep_ == "dobj" and c.lemma_ in LIVE_FIRED_NOUNS), None)
    if first is None or rounds is None or rounds.i != live.i + 1:
        return
    for child in list(live.children):
        if child.i != rounds.i:
            child.head = verb  # ("and then", "after protesters threw stones": the firing's)
    rounds.head, rounds.dep_ = first, "conj"
    live.head, live.dep_, live.pos_, live.tag_ = rounds, "amod", "ADJ", "JJ"


# What a warning is sent by: "had written to management on August 14 warning that ...".
SENDING_VERBS = frozenset({"write", "send", "email"})


def _warning_read_as_a_noun(warning: Token) -> None:
    """ "the union had written to management on August 14 warning that two valves were leaking":
    the model may read "warning" as a noun (the letter's object, or a clause of the saying verb's
    own). It is what the letter did: warn (as "wrote to management to warn that"); not "sent a
    warning that", a noun with its article."""
    doc = warning.doc
    that = doc[warning.i + 1] if warning.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or warning.i == 0:
        return
    if any(c.dep_ == "det" for c in warning.children):
        return
    sender = warning.head if warning.head.lemma_ in SENDING_VERBS and warning.head.pos_ == "VERB" else None
    if sender is None:
        before = doc[warning.i - 1]
        sender = next((t for t in (before, *before.ancestors)
                       if t.lemma_ in SENDING_VERBS and t.pos_ == "VERB" and t.right_edge.i + 1 == warning.i),
                      None)
    if sender is None:
        return
    warning.pos_, warning.tag_, warning.lemma_ = "VERB", "VBG", "warn"
    warning.head, warning.dep_ = sender, "advcl"
    told = that.head
    if told.i > warning.i and told.head.i != warning.i:
        told.head, told.dep_ = warning, "ccomp"


def _number_to_its_noun(number: Token) -> None:
    """ "Four Somaliland soldiers were killed", "Eleven Makerere University students": the model
    hangs the number on the name before the noun; it counts the noun."""
    name = number.head
    if name.pos_ != "PROPN" or name.i != number.i + 1:
        return
    opening = number.i == number.sent.start or all(t.is_punct for t in number.doc[number.sent.start:number.i])
    if not opening or number.lower_ in ("one", "first") or not number.is_alpha:
        # only a number opening its sentence, capitalised there: "Three Gorges Dam workers",
        # "One Direction fans", "First Nations leaders" are names
        return
    noun = name
    while noun.pos_ == "PROPN" and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ == "NOUN" and noun is not name:
        number.head = noun
        number.dep_ = "nummod"
        number.pos_ = "NUM"


def _number_before_its_owner(number: Token) -> None:
    """ "two our border guards died", as a machine translation words "two of our border guards":
    the model hangs the number elsewhere; it counts the noun the owner word goes with."""
    owner = number.doc[number.i + 1]
    noun = owner.head
    if owner.dep_ != "poss" or noun.pos_ != "NOUN" or noun.i <= owner.i or noun.i - owner.i > 3:
        return
    if number.ent_type_ in ("DATE", "TIME") or number.dep_ == "pobj":
        return  # "since 2022 our soldiers have killed ...", "on 14 our positions were shelled"
    if any(c.dep_ == "nummod" for c in noun.children) or number.dep_ == "nummod":
        return
    number.head = noun
    number.dep_ = "nummod"


# Words that say whose, which a translated count may put after its number: "two our soldiers".
OWNERS = frozenset(["our", "their", "its", "his", "her", "your", "my"])


def _number_past_its_kind(number: Token) -> None:
    """ "six rabies deaths", "12 measles cases": the model may hang the number on the word that
    says what kind (a plural-looking disease); it counts the noun after it."""
    kind = number.head
    noun = kind.head
    if kind.pos_ != "NOUN" or kind.i != number.i + 1 or noun.i != kind.i + 1:
        return
    if noun.lemma_ not in COUNTED_KINDS or any(c.dep_ == "nummod" for c in noun.children):
        return
    number.head = noun


# Nouns that a word before them says the kind of: "rabies deaths", "dengue cases".
COUNTED_KINDS = frozenset(["death", "case", "infection", "fatality", "injury", "casualty"])


def _figure_to_its_verb(verb: Token) -> None:
    """ "raised the number of deaths linked to the liquor to seven": the model hangs "to
    seven" on "linked"; it is the figure the number was raised to."""
    if verb.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ in ("to", "at") for c in verb.children):
        return
    counted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if counted is None:
        return
    for participle in counted.subtree:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        figure = [
            p for p in participle.children
            if p.dep_ == "prep" and p.lower_ in ("to", "at") and _a_bare_number(p)
        ]
        if figure:
            figure[-1].head = verb
            return


def _figure_fronted(verb: Token) -> None:
    """ "revised to 47 the number of people who were at the plant": the model reads "47" as the
    number's own numeral, and the number as what the count was revised to; the number is what
    was revised, and 47 the figure it was revised to (as in "revised the number ... to 47")."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return
    count = next((o for o in to.children if o.dep_ == "pobj"), None)
    if count is None or count.lemma_ not in FIGURE_NOUNS or any(c.dep_ == "dobj" for c in verb.children):
        return
    figure = next((c for c in count.children if c.dep_ == "nummod"), None)
    the = next((c for c in count.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if figure is None or the is None or not figure.i < the.i:
        return  # ("raised it to the number agreed": no figure before it)
    figure.head, figure.dep_ = to, "pobj"
    count.head, count.dep_ = verb, "dobj"


def _figure_past_a_verb_misread(verb: Token) -> None:
    """ "bringing the death toll from Friday's rock burst to eight": the model reads "burst" as
    a verb, and "to eight" as where it burst; it is the figure the toll was brought to."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return
    toll = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in FIGURE_NOUNS), None)
    if toll is None:
        return
    # (the first verb after the toll, a finite one made of the last word of a noun the toll is of;
    # not "the number of prisoners released through its mediation to 2,100": a participle)
    misread = next(
        (t for t in verb.sent
         if t.i > toll.i and t.tag_ in ("VBD", "VBZ", "VBP") and t.nbor(-1).pos_ == "NOUN"),
        None,
    )
    if misread is None or misread.nbor(-1) not in verb.subtree:
        return
    figure = [p for p in misread.children if p.dep_ == "prep" and p.lower_ == "to" and _a_bare_number(p)]
    if figure:
        figure[0].head = verb


def _subject_read_as_an_object(clause: Token) -> None:
    """ "updated information showed Azerbaijan had lost at least 25 servicemen": the model may
    read the country as what was shown and "had lost ..." as a clause with no subject. The name
    just before the clause's first word is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return
    shown = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    first = clause.left_edge
    # (the name ends where the clause begins: not "lost 15 soldiers killed and more were
    # wounded", whose "more" the model hung on the soldiers)
    if shown is None or shown.right_edge.i != shown.i or shown.i + 1 != first.i:
        return
    if shown.pos_ not in ("PROPN", "NOUN"):
        return
    if not all(t.dep_ in ("aux", "auxpass", "neg") for t in clause.doc[first.i : clause.i]):
        return  # (the clause opens on its verb or its auxiliaries: "had lost", "had not been")
    shown.head, shown.dep_ = clause, "nsubj"


def _tellers_read_as_a_clause(first: Token) -> None:
    """ "Families gathered at Kigoma port said at least 22 were still missing": the model may read
    "Families gathered at Kigoma port" as a clause the verb of saying tells, and the saying as
    having no subject. The families, gathered at the port, said it (and the families of "Families
    of people abducted from the village said")."""
    said = first.head
    if first.tag_ not in ("VBD", "VBN") or first.i > said.i:
        return
    if said.lemma_ not in REPORT_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
        return
    subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    if subject is None or subject.pos_ != "NOUN":
        return
    if any(c.dep_ in ("aux", "dobj", "mark") for c in first.children):
        return  # ("families had gathered", "gathered their things": a clause of its own)
    # "Families of people abducted from Sori-Gando said ...": a participle of the noun just
    # before it, which is of the tellers' own words
    before = first.doc[first.i - 1]
    of_the_tellers = before.i != subject.i and subject in before.ancestors and before.pos_ == "NOUN"
    described = before if of_the_tellers else None
    if first.lemma_ not in WAITING_VERBS and (described is None or first.tag_ != "VBN"):
        return
    subject.head, subject.dep_ = said, "nsubj"
    first.head, first.dep_, first.tag_ = described or subject, "acl", "VBN"


def _the_killed_read_as_a_clause(the: Token) -> None:
    """ "the number of the killed from the infiltrators reached 47": the model may read "the" as
    the object of "of" and "killed" as a clause on it. The killed are what is counted."""
    killed = next((c for c in the.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == the.i + 1), None)
    if killed is None or killed.lower_ not in ("killed", "wounded", "injured", "dead"):
        return
    killed.head, killed.dep_ = the.head, "pobj"
    the.head, the.dep_, the.pos_ = killed, "det", "DET"


def _participle_after_to_read_as_a_verb(to: Token) -> None:
    """ "the outbreak was linked to contaminated water": the model may read "to contaminated" as
    an infinitive, which a participle never makes. "Contaminated" says what the water was, and
    the water is what "to" governs."""
    participle = to.head
    if participle.tag_ != "VBN" or participle.i != to.i + 1 or participle.dep_ not in ("advcl", "xcomp"):
        return
    noun = next((c for c in participle.children if c.dep_ == "dobj" and c.i == participle.i + 1), None)
    if noun is None or noun.pos_ != "NOUN" or any(c.i < to.i for c in participle.children):
        return
    verb = participle.head
    to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
    noun.head, noun.dep_ = to, "pobj"
    participle.head, participle.dep_, participle.pos_, participle.tag_ = noun, "amod", "ADJ", "JJ"


def _count_after_an_empty_it(it: Token) -> None:
    """ "it was neutralised 14 from the enemy elements", as a translation words "14 of the enemy
    were neutralised": the model reads "it" as the subject and hangs the number elsewhere. The
    number just after the participle is what was done to."""
    verb = it.head
    if verb.tag_ != "VBN" or it.i > verb.i or verb.i + 1 >= len(verb.doc):
        return
    number = verb.doc[verb.i + 1]
    if not number.like_num or number.dep_ not in ("appos", "dobj"):
        return  # (not "it is detected 71 aircraft": a count of the noun after it)
    if any(c.like_num and c.dep_ == "nummod" for c in number.children):
        return
    after = verb.doc[number.i + 1] if number.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in ("from", "of") and after.head.i != number.i:
        after.head = number  # (its own words: "14 from the enemy elements")
    number.head, number.dep_ = verb, "nsubjpass"
    it.dep_ = "expl"


def _count_from_its_whole(number: Token) -> None:
    """ "9 from the Kyrgyz servicemen were destroyed", as a translation words "9 of the Kyrgyz
    servicemen": the model hangs the number and "from" on words before them, and leaves the
    verb after with no subject. The number is its subject, and "from ..." says of whom."""
    of = number.doc[number.i + 1]
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    if whole is None or whole.tag_ not in ("NNS", "NNPS", "PRP") or of.head.i == number.i:
        return
    if number.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return
    if number.dep_ == "nummod" and number.head.i > number.i:
        # ("14 Kyrgyz soldiers from the post": the number is the soldiers'; but a number taken
        # for a name's before it, "the Somoniyon 14 from the servicemen", is misread)
        return
    end = whole.right_edge.i + 1
    after = number.doc[end:number.sent.end]
    verb = next((t for t in after if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
    between = after[: verb.i - end] if verb is not None else after
    if verb is None or verb.pos_ != "VERB" or any(t.pos_ not in ("AUX", "ADV", "PART") for t in between):
        return  # (the verb must come straight after the whole: "9 from them were killed")
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or number in verb.ancestors:
        return
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    of.head = number
    number.head, number.dep_ = verb, "nsubjpass" if passive else "nsubj"


def _figure_before_its_parts(to: Token) -> None:
    """ "bringing the death toll to five, four soldiers and a shepherd": the model reads both
    numbers as the soldiers' own. The figure is the first, after "to"; the rest tells it part
    by part."""
    noun = next((c for c in to.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or to.i + 2 >= len(to.doc):
        return
    first, comma = to.doc[to.i + 1], to.doc[to.i + 2]
    numbers = [c for c in noun.children if c.dep_ == "nummod"]
    if first not in numbers or comma.text != "," or not any(n.i > comma.i for n in numbers):
        return
    first.head, first.dep_ = to, "pobj"
    noun.head, noun.dep_ = first, "appos"
    if comma.head.i == noun.i:
        comma.head = first


def _a_bare_number(prep: Token) -> bool:
    """ "to seven", "to 1,200" (not "to 40 hospitals")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and (objects[0].like_num or objects[0].pos_ == "NUM")


# Verbs by which a count is told as recorded: "no deaths ... had been reported".
RECORDED_VERBS = frozenset(["report", "record", "register", "confirm"])


def _reduced_relative(first: Token) -> None:
    """ "said that 11 worshippers abducted from a church had been rescued": the model reads
    "worshippers abducted" as a clause of its own and "had been rescued" as a second one with
    no subject. Read "abducted from a church" as describing the worshippers, who were rescued.
    (Only when nothing joins the two: "fled and had been found" are two clauses.)"""
    subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(
        c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in first.children
    ):
        return
    later = (s for s in first.head.children if s.dep_ == "ccomp" and s.i > first.i)
    second = next((s for s in later if s.tag_ == "VBN"), None)
    if second is None or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in second.children):
        return
    counts = second.lemma_ in VERB_MEASURES and second.lemma_ != "take"  # ("taken to hospital", "hostage")
    # ("no deaths linked to the bread had been reported outside Ganta": a count told as recorded)
    counts = counts or second.lemma_ in RECORDED_VERBS
    if not any(c.dep_ == "auxpass" for c in second.children) or not counts:
        return  # (only onto a verb that counts: "were still being held" leaves them abducted)
    between = first.doc[first.right_edge.i + 1 : min(c.i for c in second.children if c.dep_ == "auxpass")]
    if any(t.dep_ in ("cc", "punct") or t.pos_ in ("VERB", "CCONJ") for t in between):
        return
    for child in list(first.children):
        if child.dep_ == "mark":
            child.head = second
    subject.head, subject.dep_ = second, "nsubjpass"
    first.head, first.dep_ = subject, "acl"


def _clause_read_as_a_noun(subject: Token) -> None:
    """ "said that the families of the area buried between 30 and 35 victims": the model may
    read the clause said as its subject ("families") and "buried ..." as describing "the
    area". A clause has a verb: the one participle under its subject is it, and the subject
    its subject."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in subject.children):
        return
    verbs = [t for t in subject.subtree if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].dep_ != "acl" or verbs[0].i < subject.i:
        return
    verb = verbs[0]
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return
    for mark in [c for c in subject.children if c.dep_ == "mark"]:
        mark.head = verb
    verb.head, verb.dep_ = subject.head, "ccomp"
    subject.head, subject.dep_ = verb, "nsubj"


def _count_read_as_a_clause(killed: Token) -> None:
    """ "..., as the army said the number of its soldiers killed had risen to seven": after a
    long first clause the model may read "the number ... killed" as what was said, and "had
    risen" as the sentence's verb with no subject. Read it as the plain "the number of its
    soldiers killed had risen to seven": the number rose, the soldiers were killed."""
    number = next((c for c in killed.children if c.dep_ == "nsubj" and c.i < killed.i), None)
    if number is None or number.lemma_ not in FIGURE_NOUNS or killed.lemma_ not in VERB_MEASURES:
        return
    if any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp") for c in killed.children):
        return
    after = killed.right_edge.i + 1
    if after >= len(killed.doc) or killed.doc[after].dep_ != "aux":
        return
    rose = killed.doc[after].head
    if rose.lemma_ not in TALLY_VERBS or rose.i not in {a.i for a in killed.ancestors}:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in rose.children):
        return
    number.head, number.dep_ = rose, "nsubj"
    killed.head, killed.dep_ = number, "acl"


def _noun_past_an_acronym(bracket: Token) -> None:
    """ "19 human Rift Valley fever (RVF) cases": the model hangs "cases" on "fever" as an
    apposition, and counts fevers. Read as the plain "19 human Rift Valley fever cases": the
    noun after the spelled-out name's acronym is the head, the name its compound."""
    doc, i = bracket.doc, bracket.i
    if i < 3 or i + 1 >= len(doc) or doc[i - 2].text != "(":
        return
    acronym, name, noun = doc[i - 1], doc[i - 3], doc[i + 1]
    if not (acronym.text.isalpha() and acronym.text.isupper() and noun.pos_ == "NOUN" and noun.is_lower):
        return
    if noun.head != name or name.pos_ not in ("NOUN", "PROPN"):
        return
    if name.head == name:
        noun.head = noun
    else:
        noun.head = name.head
    noun.dep_ = name.dep_
    name.head, name.dep_ = noun, "compound"
    for child in list(name.children):
        if child.i < name.i and child.dep_ in ("nummod", "det", "poss", "quantmod"):
            child.head = noun  # "19", "the", "its": the noun's, not the name's


# Where a body says something: "said in a statement that ...".
TELLING_PLACES = DOCUMENT_NOUNS | frozenset("letter post message briefing interview".split())


def _clause_out_of_a_statement(verb: Token) -> None:
    """ "The company said in a statement that every worker had been accounted for": the model
    may hang the clause on "statement", as if it told which statement. Read it as what was
    said, as it reads "said that every worker ..." (not "in a statement that was posted")."""
    place = verb.head
    said = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "in" else None
    if said is None or said.lemma_ not in REPORT_VERBS or said.i > place.i:
        return
    # ("that" may be read as the clause's mark, or hung elsewhere; the clause has a subject of
    # its own, not the "that" of a relative clause)
    that = place.i + 1 < len(place.doc) and place.nbor(1).lower_ == "that" or any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children
    )  # ("a statement released on Tuesday that its fighters killed ...")
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not that or subject is None or subject.lower_ in ("that", "which"):
        return
    if any(c.dep_ == "ccomp" for c in said.children):
        return  # (the saying has its clause already)
    verb.head, verb.dep_ = said, "ccomp"


# How a teller came to speak: "a spokesman, asked about the discrepancies, said ...".
ASKING_VERBS = frozenset(["ask", "contact", "question", "reach", "approach", "interview"])


def _teller_asked_in_between(asked: Token) -> None:
    """ "A government spokesman, asked about the discrepancies, said the number ... had never
    exceeded 12": the model may read "spokesman asked" as a clause that was said, leaving
    "said" no subject. Read the spokesman as the teller, asked in between."""
    said = asked.head
    if said.lemma_ not in REPORT_VERBS or said.i < asked.i or any(c.dep_ == "nsubj" for c in said.children):
        return
    teller = next((c for c in asked.children if c.dep_ == "nsubj" and c.i < asked.i), None)
    doc = asked.doc
    if teller is None or doc[asked.i - 1].text != "," or doc[said.i - 1].text != ",":
        return
    teller.head, teller.dep_ = said, "nsubj"
    asked.head, asked.dep_ = teller, "acl"


def _day_to_the_saying(prep: Token) -> None:
    """ "The ministry said on Tuesday it had detected 71 aircraft on Monday": the model may
    hang "on Tuesday" on "detected", giving the detection two days. A day between the saying
    and its clause's subject is the saying's."""
    verb = prep.head
    said = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said.lemma_ not in REPORT_VERBS or subject is None or not said.i < prep.i < subject.i:
        return
    if any(c.dep_ == "mark" and c.i < prep.i for c in verb.children):
        return  # "said that on Saturday night soldiers shot 9": the clause's day
    # (a day only: "told that in Buner district 66 deaths are confirmed" is the district's count)
    if any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children):
        prep.head = said


# Words of about how many, which the model may read as prepositions ("around 35 workers").
ABOUT_WORDS = frozenset("around about some nearly approximately".split())


def _subject_read_as_an_object_of_about(aux: Token) -> None:
    """ "at the time of the explosion around 35 workers were working in the factory": the model
    may read "around 35 workers" as a place after the explosion, and leave "were working" with no
    subject. The counted people just before the verb's auxiliary are its subject, "around" their
    number's."""
    verb = aux.head
    if aux.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    noun = aux.doc[aux.i - 1]
    about = noun.head
    number = next((c for c in noun.children if c.dep_ == "nummod" and c.i == about.i + 1), None)
    if noun.dep_ != "pobj" or about.lower_ not in ABOUT_WORDS or number is None or about.head.i >= about.i:
        return
    if noun.pos_ != "NOUN" or verb.i not in {a.i for a in noun.ancestors}:
        return
    about.head, about.dep_ = number, "advmod"
    noun.head, noun.dep_ = verb, "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"
